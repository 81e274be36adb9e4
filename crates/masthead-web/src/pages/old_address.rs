//! Addresses that moved: the 301s from old WordPress addresses (and plain
//! links such as `/?p=7`) to where an article or page lives now.
use crate::error::WebError;
use crate::state::AppState;
use crate::views::url_of;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use masthead_core::chrono::Utc;

/// 301 to `to`: WordPress and search engines expect "moved permanently".
pub fn moved(to: &str) -> Response {
    (
        StatusCode::MOVED_PERMANENTLY,
        [(axum::http::header::LOCATION, to.to_string())],
    )
        .into_response()
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
