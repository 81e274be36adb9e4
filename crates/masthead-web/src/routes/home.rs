use super::article::{moved, show_page};
use crate::error::WebError;
use crate::state::{AppState, Cached};
use crate::views::url_of;
use crate::views::{Chrome, Dates, HomePage, NotFoundPage, SummaryView};
use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::http::Uri;
use axum::response::{Html, IntoResponse, Response};
use axum_extra::extract::SignedCookieJar;
use masthead_core::chrono::Utc;

pub async fn front(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> Result<Response, WebError> {
    // WordPress's plain links: /?p=ID and /?page_id=ID.
    if let Some(q) = query {
        for (key, value) in form_urlencoded::parse(q.as_bytes()) {
            if matches!(key.as_ref(), "p" | "page_id")
                && value.bytes().all(|b| b.is_ascii_digit())
                && let Some(to) = legacy(&state, &format!("/?{key}={value}"), "/").await?
            {
                return Ok(to);
            }
        }
    }
    render(&state, 1).await
}

/// A 301 from an old WordPress address to where the article lives now.
/// `current` is the path asked for: an old address equal to the new one
/// (a page that kept its slug) must not redirect to itself.
async fn legacy(state: &AppState, path: &str, current: &str) -> Result<Option<Response>, WebError> {
    let found = state
        .store
        .legacy_path(path)
        .await?
        .filter(|a| a.is_live(Utc::now()))
        .map(|a| url_of(&a))
        .filter(|to| to != current);
    Ok(found.map(|to| moved(&to)))
}

pub async fn page(
    State(state): State<AppState>,
    Path(page): Path<String>,
) -> Result<Response, WebError> {
    match page.parse::<u64>() {
        Ok(1) => Ok(axum::response::Redirect::permanent("/").into_response()),
        Ok(n) if n > 1 => render(&state, n).await,
        _ => Err(WebError::NotFound),
    }
}

/// The home page list, from the response cache when nothing changed and no
/// scheduled article has gone live since.
async fn render(state: &AppState, page: u64) -> Result<Response, WebError> {
    let key = format!("home:{page}");
    let generation = match state.cached(&key).await? {
        Cached::Hit(response) => return Ok(response),
        Cached::Miss(g) => Some(g),
        Cached::Off => None,
    };
    let Some(body) = render_list(state, page).await? else {
        return not_found_page(state).await;
    };
    let body = bytes::Bytes::from(body);
    let html = "text/html; charset=utf-8";
    state
        .remember(generation, key, body.clone(), Vec::new(), html)
        .await?;
    Ok(([(axum::http::header::CONTENT_TYPE, html)], body).into_response())
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
    let dates = Dates::new(&settings);
    let href = |p: u64| {
        if p == 1 {
            "/".to_string()
        } else {
            format!("/page/{p}")
        }
    };
    let body = HomePage {
        chrome: Chrome::new(&settings),
        articles: rows.iter().map(|a| SummaryView::new(a, dates)).collect(),
        newer: (page > 1).then(|| href(page - 1)),
        older: (page < pages).then(|| href(page + 1)),
        page,
    }
    .render()?;
    Ok(Some(body))
}

/// Anything no route claims: an old WordPress address, a static page, or 404.
pub async fn not_found(
    State(state): State<AppState>,
    uri: Uri,
    jar: SignedCookieJar,
) -> Result<Response, WebError> {
    let path = uri.path();
    if path.len() <= 2048 {
        let with_query = uri.path_and_query().map_or(path, |p| p.as_str());
        let trimmed = path.trim_end_matches('/');
        for candidate in [with_query, path, &format!("{trimmed}/"), trimmed] {
            if let Some(to) = legacy(&state, candidate, path).await? {
                return Ok(to);
            }
        }
        let slug = path.trim_start_matches('/');
        if masthead_core::article::Slug::parse(slug.trim_end_matches('/')).is_ok() {
            if let Some(stripped) = slug.strip_suffix('/') {
                let page = state.store.article_by_slug(stripped).await?;
                if page.is_some_and(|p| p.kind == masthead_core::article::ArticleKind::Page) {
                    return Ok(moved(&format!("/{stripped}")));
                }
            } else if let Some(page) = show_page(&state, slug, &jar).await? {
                return Ok(page);
            }
        }
    }
    not_found_page(&state).await
}

/// The 404 page in the site's own design.
pub async fn not_found_page(state: &AppState) -> Result<Response, WebError> {
    let settings = state.settings().await?;
    let body = NotFoundPage {
        chrome: Chrome::new(&settings),
    }
    .render()?;
    Ok((StatusCode::NOT_FOUND, Html(body)).into_response())
}
