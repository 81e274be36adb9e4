//! Comments on any website: the embed's JSON API under `/api/` and the
//! script at `/embed.js`. A static page names itself by address; its
//! thread is an article row with that address (`Article::external_url`),
//! made by the first comment when the page's site is allowed
//! (`embed.allowed_origins`), and shown with the same templates, rules and
//! sanitised HTML as masthead's own pages. Browsers on allowed origins may
//! read the answers (CORS); the commenter's proof of authorship is a signed
//! token the embedding page keeps (`AuthorTokens`), never a cookie.
pub(crate) mod comments;
pub(crate) mod counts;
pub mod dto;
pub(crate) mod live;
pub(crate) mod reader;
mod request;
pub mod script;
pub(crate) mod thread;

use crate::state::AppState;
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderValue, Method, header};
use axum::routing::get;
use std::time::Duration;
use tower_http::cors::{AllowOrigin, CorsLayer};

/// A comment is a few KB; JSON escaping can double it.
const BODY_LIMIT: usize = 256 * 1024;

pub fn routes(state: AppState) -> Router<AppState> {
    let cors = CorsLayer::new()
        .allow_origin(AllowOrigin::async_predicate(
            move |origin: HeaderValue, _: &axum::http::request::Parts| {
                let state = state.clone();
                async move { origin_allowed(&state, &origin).await }
            },
        ))
        .allow_methods([Method::GET, Method::POST, Method::PATCH, Method::DELETE])
        .allow_headers([header::CONTENT_TYPE, request::AUTHORED, reader::READER])
        .max_age(Duration::from_secs(600));
    Router::new()
        .route("/api/embed", get(thread::embed))
        .route("/api/threads", get(thread::one))
        .route(
            "/api/comments",
            get(comments::list)
                .post(comments::create)
                .layer(DefaultBodyLimit::max(BODY_LIMIT)),
        )
        .route(
            "/api/comments/{id}",
            axum::routing::patch(reader::edit)
                .delete(reader::delete)
                .layer(DefaultBodyLimit::max(BODY_LIMIT)),
        )
        .route(
            "/api/comments/{id}/recommend",
            axum::routing::post(reader::recommend),
        )
        .route(
            "/api/comments/{id}/report",
            axum::routing::post(reader::report).layer(DefaultBodyLimit::max(BODY_LIMIT)),
        )
        .route("/api/counts", get(counts::counts))
        // Streams are read by `EventSource`, which sends no custom header.
        .route("/api/live", get(live::live))
        .layer(cors)
}

async fn origin_allowed(state: &AppState, origin: &HeaderValue) -> bool {
    let Ok(origin) = origin.to_str() else {
        return false;
    };
    match state.settings().await {
        Ok(s) => s.embed_origins.allows(origin),
        Err(_) => false,
    }
}
