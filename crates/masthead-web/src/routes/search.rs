//! `/search?q=`: full-text search of the site's articles and pages, a page
//! of ten hits at a time (`&page=N`), a plain GET form that works without
//! JavaScript. WordPress's `/?s=` lands here (see `home::front`).
//!
//! Results depend on articles and settings only, so a rendered page is kept
//! in the response cache under the site version, which moves with exactly
//! those (and with a scheduled article going live); comments leave it alone.
use crate::error::WebError;
use crate::page_cache::{Answer, Fresh, Freshness};
use crate::state::AppState;
use crate::views::{Chrome, Dates};
use askama::Template;
use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use masthead_core::html::Markup;
use masthead_core::search::{
    COUNT_LIMIT, PER_PAGE, RANK_WINDOW, SearchError, SearchPage, SearchQuery, SearchTerms,
};

const HTML: &str = "text/html; charset=utf-8";

/// One hit on the search page.
pub struct SearchHitView {
    pub url: String,
    pub title: String,
    pub byline: String,
    pub date_iso: String,
    pub date: String,
    /// From `masthead_core::search::highlight`.
    pub snippet: Markup,
}

impl SearchHitView {
    pub fn new(h: &masthead_core::search::SearchHit, dates: Dates) -> Self {
        Self {
            url: h.path(),
            title: h.title.clone(),
            byline: h.byline.clone(),
            date_iso: dates.iso(h.published_at),
            date: dates.day(h.published_at),
            snippet: h.snippet.clone(),
        }
    }
}

#[derive(Template)]
#[template(path = "search.html")]
pub struct SearchPageView {
    pub chrome: Chrome,
    /// What was typed, shown back in the box.
    pub query: String,
    /// Whether anything was typed (the empty form shows no count).
    pub searched: bool,
    pub error: Option<String>,
    pub total: u64,
    /// The backend stopped counting at `total`: "more than".
    pub total_is_floor: bool,
    /// More matched than are ranked: only the newest `window` are listed.
    pub windowed: bool,
    pub window: u32,
    /// Positions of this page's first and last hit among all.
    pub first: u64,
    pub last: u64,
    pub hits: Vec<SearchHitView>,
    pub newer: Option<String>,
    pub older: Option<String>,
    pub page: u64,
}

/// The words of `search.html`, from the counts.
impl SearchPageView {
    /// The page's `<h1>`: "Search", or "Search results for “…”".
    pub fn heading(&self) -> String {
        if self.searched {
            self.chrome.s("search-results-for", "query", &self.query)
        } else {
            self.chrome.t("search-title")
        }
    }

    /// The `<title>`'s own part: the heading, with the page past the first.
    pub fn title(&self) -> String {
        if self.searched && self.page > 1 {
            self.chrome.tr.args(
                "search-results-for-page",
                &[
                    ("query", self.query.as_str().into()),
                    ("page", self.page.into()),
                ],
            )
        } else {
            self.heading()
        }
    }

    /// How to search, as HTML: the operators stay as typed.
    pub fn help(&self) -> Markup {
        let or = Markup::element("code").text("or");
        let minus = Markup::element("code").text("-");
        self.chrome
            .tr
            .html("search-help", &[("or", &or), ("minus", &minus)], &[])
    }

    /// "Results 1–10 of 25", "1 result", or past the last hit "No more results…".
    pub fn count_line(&self) -> String {
        let t = self.chrome.tr;
        if self.hits.is_empty() {
            t.n(
                "search-past-end",
                i64::try_from(self.total).unwrap_or(i64::MAX),
            )
        } else if self.total == 1 {
            t.t("search-one-result")
        } else {
            let id = if self.total_is_floor {
                "search-range-floor"
            } else {
                "search-range"
            };
            t.args(
                id,
                &[
                    ("first", self.first.into()),
                    ("last", self.last.into()),
                    ("total", self.total.into()),
                ],
            )
        }
    }

    /// Only the newest matches are ranked: "The best of the 500 newest…".
    pub fn windowed_line(&self) -> String {
        self.chrome
            .tr
            .args("search-windowed", &[("window", self.window.into())])
    }
}

pub async fn show(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let mut typed = String::new();
    let mut page_param = None;
    for (key, value) in form_urlencoded::parse(raw.unwrap_or_default().as_bytes()) {
        match key.as_ref() {
            "q" => typed = value.into_owned(),
            "page" => page_param = Some(value.into_owned()),
            _ => {}
        }
    }
    let page = match page_param.as_deref().map(str::parse::<u64>) {
        None => 1,
        Some(Ok(n)) if n >= 1 => n,
        Some(_) => {
            let tr = masthead_core::i18n::Tr::new(state.settings().await?.language);
            return refused(&state, &typed, &tr.t("search-bad-page")).await;
        }
    };
    if typed.trim().is_empty() {
        return render(&state, &typed, page, StatusCode::OK, None).await;
    }
    let terms = match SearchTerms::parse(&typed) {
        Ok(terms) => terms,
        // Only punctuation: nothing can match; say so, as for no hits.
        Err(SearchError::Empty) => {
            return render(&state, &typed, page, StatusCode::OK, None).await;
        }
        Err(e) => return refused(&state, &shown(&typed), &e.to_string()).await,
    };
    // The page shows the search as parsed, not as typed: two spellings of
    // one search share a cached page, so neither may show the other's text.
    let normalized = terms.to_websearch();
    let key = format!("search|{normalized}|{page}");
    let render = |_| async {
        let (status, body) = page_body(&state, &normalized, Some(terms), page, None).await?;
        if status != StatusCode::OK {
            return Ok(Fresh::Send(respond(&state, status, body, false)));
        }
        let mut headers = vec![(header::CACHE_CONTROL, state.public_cache_control())];
        headers.extend(crate::purge::surrogate_headers(None));
        Ok::<_, WebError>(Fresh::Keep(Answer {
            body: body.into(),
            content_type: HTML,
            headers,
        }))
    };
    state
        .cache
        .get_or_render(key, Freshness::Site, &headers, render)
        .await
}

/// What the search box shows back: the typed text, cut to a length the
/// page can hold (a refused 10 KB query is not echoed whole).
fn shown(typed: &str) -> String {
    typed.chars().filter(|c| *c != '\0').take(300).collect()
}

async fn refused(state: &AppState, typed: &str, message: &str) -> Result<Response, WebError> {
    render(
        state,
        &shown(typed),
        1,
        StatusCode::BAD_REQUEST,
        Some(message.to_string()),
    )
    .await
}

/// A page nobody's query made cacheable: the empty form, a refusal.
async fn render(
    state: &AppState,
    typed: &str,
    page: u64,
    status: StatusCode,
    error: Option<String>,
) -> Result<Response, WebError> {
    let (found, body) = page_body(state, typed, None, page, error).await?;
    let status = if found == StatusCode::OK {
        status
    } else {
        found
    };
    Ok(respond(state, status, body, false))
}

fn respond(
    state: &AppState,
    status: StatusCode,
    body: impl Into<axum::body::Body>,
    cacheable: bool,
) -> Response {
    let cache = if cacheable {
        state.public_cache_control()
    } else {
        HeaderValue::from_static("no-cache")
    };
    let mut response = (
        status,
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(HTML)),
            (header::CACHE_CONTROL, cache),
        ],
        body.into(),
    )
        .into_response();
    response
        .headers_mut()
        .extend(crate::purge::surrogate_headers(None));
    response
}

/// The page's HTML, and 404 when `page` is past the last.
async fn page_body(
    state: &AppState,
    typed: &str,
    terms: Option<SearchTerms>,
    page: u64,
    error: Option<String>,
) -> Result<(StatusCode, String), WebError> {
    let settings = state.settings().await?;
    let dates = Dates::new(&settings);
    let offset = (page - 1).saturating_mul(u64::from(PER_PAGE));
    let found = match &terms {
        Some(terms) => {
            state
                .store
                .search_articles(&SearchQuery {
                    terms: terms.clone(),
                    offset,
                    limit: PER_PAGE,
                })
                .await?
        }
        None => SearchPage::default(),
    };
    let (hits, total) = (&found.hits, found.total);
    let pages = found.listed().div_ceil(u64::from(PER_PAGE));
    let not_found = page > 1 && page > pages;
    let href = |p: u64| {
        let mut q = form_urlencoded::Serializer::new(String::new());
        q.append_pair("q", typed);
        if p > 1 {
            q.append_pair("page", &p.to_string());
        }
        format!("/search?{}", q.finish())
    };
    let view = SearchPageView {
        chrome: Chrome::new(&settings),
        query: typed.to_string(),
        searched: terms.is_some() || !typed.trim().is_empty(),
        error,
        total,
        total_is_floor: total >= u64::from(COUNT_LIMIT),
        windowed: total > u64::from(RANK_WINDOW),
        window: RANK_WINDOW,
        first: offset.saturating_add(1),
        last: offset.saturating_add(hits.len() as u64),
        hits: hits.iter().map(|h| SearchHitView::new(h, dates)).collect(),
        newer: (page > 1 && !not_found).then(|| href(page - 1)),
        older: (page < pages).then(|| href(page + 1)),
        page,
    };
    let status = if not_found {
        StatusCode::NOT_FOUND
    } else {
        StatusCode::OK
    };
    Ok((status, view.render()?))
}
