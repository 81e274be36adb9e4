//! Page rendering shared by the public routes and the admin: the article
//! page, the visitor's cookies, the not-found page, static pages and
//! the redirects from old addresses. Route modules build on this one and
//! never on each other.
pub mod article;
pub mod cookies;
pub mod seo_head;
pub mod token;

use crate::error::WebError;
use crate::state::AppState;
use crate::views::{Chrome, FormView, NotFoundPage, url_of};
use article::{PageMode, render};
use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use masthead_core::article::ArticleKind;
use masthead_core::chrono::Utc;

/// The site's absolute address for links that must be absolute (canonical
/// links, sitemaps, structured data): `site.url`, or until it is set the
/// address the request came to.
pub fn site_base(
    settings: &masthead_core::settings::SiteSettings,
    headers: &axum::http::HeaderMap,
) -> String {
    if settings.url.is_empty() {
        crate::wp_json::base_url(headers)
    } else {
        settings.url.clone()
    }
}

/// 301 to `to`: WordPress and search engines expect "moved permanently".
pub fn moved(to: &str) -> Response {
    (
        StatusCode::MOVED_PERMANENTLY,
        [(axum::http::header::LOCATION, to.to_string())],
    )
        .into_response()
}

/// A static page (an imported WordPress page) at `/{slug}`.
pub async fn show_page(
    state: &AppState,
    slug: &str,
    jar: &cookies::ReaderCookies,
) -> Result<Option<Response>, WebError> {
    let Some(page) = state
        .store
        .article_by_slug(slug)
        .await?
        .filter(|a| a.kind == ArticleKind::Page && a.is_live(Utc::now()))
    else {
        return Ok(None);
    };
    let settings = state.settings().await?;
    render(
        state,
        &settings,
        page,
        jar,
        FormView::default(),
        PageMode::Normal,
        StatusCode::OK,
    )
    .await
    .map(Some)
}

/// A 301 from an old WordPress address to where the article lives now.
/// `current` is the path asked for: an old address equal to the new one
/// (a page that kept its slug) must not redirect to itself.
pub async fn old_address(
    state: &AppState,
    path: &str,
    current: &str,
) -> Result<Option<Response>, WebError> {
    let mut found = state.store.legacy_path(path).await?;
    // WordPress writes non-ASCII slugs with lower-case escapes
    // (`/%d8%a7…/`), browsers send upper case: either finds it.
    if found.is_none() && path.contains('%') {
        for upper in [true, false] {
            let other = escapes_cased(path, upper);
            if other != path {
                found = state.store.legacy_path(&other).await?;
                if found.is_some() {
                    break;
                }
            }
        }
    }
    let found = found
        .filter(|a| a.is_live(Utc::now()))
        .map(|a| url_of(&a))
        .filter(|to| to != current);
    Ok(found.map(|to| moved(&to)))
}

/// `path` with the hex digits of its percent escapes in one case.
fn escapes_cased(path: &str, upper: bool) -> String {
    let mut out = String::with_capacity(path.len());
    let mut left = 0u8;
    for c in path.chars() {
        if left > 0 && c.is_ascii_hexdigit() {
            left -= 1;
            out.push(if upper {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            });
            continue;
        }
        left = if c == '%' { 2 } else { 0 };
        out.push(c);
    }
    out
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
