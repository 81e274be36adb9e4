//! The home page: the newest articles, a page at a time (`/`, `/page/N`),
//! WordPress's plain links (`/?p=ID`) and its search address (`/?s=`).
use crate::error::WebError;
use crate::page_cache::{Answer, Fresh, Freshness};
use crate::pages::not_found::not_found_page;
use crate::pages::old_address::old_address;
use crate::state::AppState;
use crate::views::{Chrome, Dates, article_url};
use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use masthead_core::article::ArticleSummary;

/// One article in the list.
pub struct SummaryView {
    pub url: String,
    pub title: String,
    pub standfirst: String,
    pub byline: String,
    pub date_iso: String,
    pub date: String,
    /// "3 comments", in the site's language.
    pub comments: String,
    /// Its live coverage is on ("Live").
    pub live: bool,
}

impl SummaryView {
    pub fn new(a: &ArticleSummary, dates: Dates) -> Self {
        Self {
            url: article_url(&a.slug),
            title: a.title.clone(),
            standfirst: a.standfirst.clone(),
            byline: a.byline.clone(),
            date_iso: dates.iso(a.published_at),
            date: dates.day(a.published_at),
            comments: dates.tr().n("comments-count", a.comment_count),
            live: false,
        }
    }
}

#[derive(Template)]
#[template(path = "home.html")]
pub struct HomePage {
    pub chrome: Chrome,
    /// "Page 2", for the title of every page but the first.
    pub page_title: String,
    pub articles: Vec<SummaryView>,
    pub newer: Option<String>,
    pub older: Option<String>,
    pub page: u64,
}

pub async fn front(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    // WordPress's plain links: /?p=ID and /?page_id=ID.
    if let Some(q) = query {
        for (key, value) in form_urlencoded::parse(q.as_bytes()) {
            // WordPress's search address.
            if key == "s" {
                let mut to = form_urlencoded::Serializer::new(String::new());
                to.append_pair("q", &value);
                return Ok(
                    axum::response::Redirect::to(&format!("/search?{}", to.finish()))
                        .into_response(),
                );
            }
            if matches!(key.as_ref(), "p" | "page_id")
                && value.bytes().all(|b| b.is_ascii_digit())
                && let Some(to) = old_address(&state, &format!("/?{key}={value}"), "/").await?
            {
                return Ok(to);
            }
        }
    }
    render(&state, 1, &headers).await
}

pub async fn page(
    State(state): State<AppState>,
    Path(page): Path<String>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    match page.parse::<u64>() {
        Ok(1) => Ok(axum::response::Redirect::permanent("/").into_response()),
        Ok(n) if n > 1 => render(&state, n, &headers).await,
        _ => Err(WebError::NotFound),
    }
}

/// The home page list, from the response cache when nothing changed and no
/// scheduled article has gone live since.
async fn render(state: &AppState, page: u64, headers: &HeaderMap) -> Result<Response, WebError> {
    let key = format!("home:{page}");
    let render = |_| async {
        let Some(body) = render_list(state, page).await? else {
            return Ok(Fresh::Send(not_found_page(state).await?));
        };
        let mut headers = vec![(
            axum::http::header::CACHE_CONTROL,
            state.public_cache_control(),
        )];
        headers.extend(crate::purge::surrogate_headers(None));
        Ok::<_, WebError>(Fresh::Keep(Answer {
            body: body.into(),
            content_type: "text/html; charset=utf-8",
            headers,
        }))
    };
    state
        .cache
        .get_or_render(key, Freshness::Generation, headers, render)
        .await
}

/// `None` when the page number is past the end.
async fn render_list(state: &AppState, page: u64) -> Result<Option<String>, WebError> {
    let settings = state.settings().await?;
    let per_page = settings.articles_per_page;
    let total = state.store.count_published_articles().await?;
    let pages = total.div_ceil(u64::from(per_page)).max(1);
    if page > pages {
        return Ok(None);
    }
    let offset = (page - 1).saturating_mul(u64::from(per_page));
    let rows = state.store.published_articles(offset, per_page).await?;
    let live = state.store.live_articles().await?;
    let dates = Dates::new(&settings);
    let href = |p: u64| {
        if p == 1 {
            "/".to_string()
        } else {
            format!("/page/{p}")
        }
    };
    let body = HomePage {
        page_title: dates.tr().args("home-page-title", &[("page", page.into())]),
        chrome: Chrome::new(&settings),
        articles: rows
            .iter()
            .map(|a| SummaryView {
                live: live.contains(&a.id),
                ..SummaryView::new(a, dates)
            })
            .collect(),
        newer: (page > 1).then(|| href(page - 1)),
        older: (page < pages).then(|| href(page + 1)),
        page,
    }
    .render()?;
    Ok(Some(body))
}
