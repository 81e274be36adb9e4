//! WordPress's REST API (`/wp-json/wp/v2/…`): the subset real clients use to
//! read posts and comments and to post comments, with WordPress's field names,
//! pagination headers and error shape. The OpenAPI document of this API is at
//! `/api/openapi.json`.
mod auth;
mod comments;
mod dto;
pub(crate) mod error;
mod index;
mod openapi;
mod params;
mod posts;
mod writes;

use crate::state::AppState;
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::HeaderMap;
use axum::http::header;
use axum::routing::get;

pub use error::WpError;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/wp-json", get(index::index))
        .route("/wp-json/", get(index::index))
        .route(
            "/wp-json/wp/v2/posts",
            get(posts::list)
                .post(writes::create_post)
                .layer(DefaultBodyLimit::max(2 * 1024 * 1024)),
        )
        .route(
            "/wp-json/wp/v2/posts/{id}",
            get(posts::one)
                .post(writes::update_post)
                .put(writes::update_post)
                .patch(writes::update_post)
                .layer(DefaultBodyLimit::max(2 * 1024 * 1024)),
        )
        .route(
            "/wp-json/wp/v2/comments",
            get(comments::list)
                .post(comments::create)
                .layer(DefaultBodyLimit::max(256 * 1024)),
        )
        .route(
            "/wp-json/wp/v2/comments/{id}",
            get(comments::one)
                .post(writes::update_comment)
                .put(writes::update_comment)
                .patch(writes::update_comment)
                .delete(writes::delete_comment)
                .layer(DefaultBodyLimit::max(256 * 1024)),
        )
        .route(
            "/wp-json/{*rest}",
            axum::routing::any(|| async { WpError::no_route() }),
        )
        .route("/api/openapi.json", get(openapi::document))
}

/// The site's absolute base URL as the client addressed it (links in JSON
/// and headers must be absolute for WordPress clients).
pub fn base_url(headers: &HeaderMap) -> String {
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| {
            h.chars()
                .all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c))
        })
        .unwrap_or("localhost");
    format!("http://{host}")
}
