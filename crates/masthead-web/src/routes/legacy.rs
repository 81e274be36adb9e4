//! Static pages (imported WordPress pages at `/{slug}`) and the old
//! addresses of imported articles and pages (`/2017/11/14/slug/`,
//! `/about/`; `/?p=7` is in `home`): what none of them knows is a 404.
use crate::error::WebError;
use crate::pages::article::show_page;
use crate::pages::cookies::ReaderCookies;
use crate::pages::not_found::not_found_page;
use crate::pages::old_address::{moved, old_address};
use crate::state::AppState;
use axum::extract::State;
use axum::http::Uri;
use axum::response::Response;
use masthead_core::article::{ArticleKind, Slug};

/// Longer paths are never old addresses: no lookup for them.
const MAX_PATH: usize = 2048;

/// The 301 for an old address: the path as asked (with its query), then
/// without and with a trailing slash.
async fn redirect(state: &AppState, uri: &Uri) -> Result<Option<Response>, WebError> {
    let path = uri.path();
    if path.len() > MAX_PATH {
        return Ok(None);
    }
    let with_query = uri.path_and_query().map_or(path, |p| p.as_str());
    let trimmed = path.trim_end_matches('/');
    for candidate in [with_query, path, &format!("{trimmed}/"), trimmed] {
        if let Some(to) = old_address(state, candidate, path).await? {
            return Ok(Some(to));
        }
    }
    Ok(None)
}

/// `GET /{*path}`: an old address (301), else a static page at `/{slug}`,
/// else WordPress's address of one, `/{slug}/` (301 to `/{slug}`).
pub async fn page(
    State(state): State<AppState>,
    uri: Uri,
    jar: ReaderCookies,
) -> Result<Response, WebError> {
    if let Some(to) = redirect(&state, &uri).await? {
        return Ok(to);
    }
    let path = uri.path().strip_prefix('/').unwrap_or_default();
    if let Some(slug) = path.strip_suffix('/') {
        if Slug::parse(slug).is_ok() {
            let page = state.store.article_by_slug(slug).await?;
            if page.is_some_and(|p| p.kind == ArticleKind::Page) {
                return Ok(moved(&format!("/{slug}")));
            }
        }
    } else if Slug::parse(path).is_ok()
        && let Some(page) = show_page(&state, path, &jar).await?
    {
        return Ok(page);
    }
    not_found_page(&state).await
}

/// Anything no route claims, and other methods on the routes above.
pub async fn not_found(State(state): State<AppState>) -> Result<Response, WebError> {
    not_found_page(&state).await
}
