//! The route table: every URL of the public site.
pub(crate) mod article;
mod comments;
mod home;
mod media;

use crate::state::AppState;
use crate::{assets, headers, rate_limit};
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::routing::{get, post};
use tower_http::timeout::TimeoutLayer;

/// A comment may be 64 KiB; percent-encoding can triple that.
const FORM_BODY_LIMIT: usize = 256 * 1024;

/// 200 when the database answers and its schema is current; 503 otherwise,
/// so a load balancer sends no traffic to a node that cannot serve it.
async fn ready(
    axum::extract::State(state): axum::extract::State<AppState>,
) -> (StatusCode, String) {
    match state.store.readiness().await {
        Ok(Ok(())) => (StatusCode::OK, "ready".into()),
        Ok(Err(why)) => (StatusCode::SERVICE_UNAVAILABLE, why),
        Err(e) => (StatusCode::SERVICE_UNAVAILABLE, format!("database: {e}")),
    }
}

pub fn router(state: AppState) -> Router {
    let timeout =
        TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, state.config.request_timeout);
    let comment_post = post(comments::submit).layer(DefaultBodyLimit::max(FORM_BODY_LIMIT));
    let router = Router::new()
        .route("/", get(home::front))
        .route("/page/{page}", get(home::page))
        .route("/articles/{slug}", get(article::show))
        .route("/comments", comment_post.clone())
        // The classic WordPress endpoint, so an old theme's form keeps working.
        .route("/wp-comments-post.php", comment_post)
        .route("/media/{name}", get(media::serve))
        .route("/static/{name}", get(assets::serve))
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(ready))
        .route("/metrics", get(crate::metrics::render))
        .merge(crate::wp_json::routes())
        .fallback(home::not_found)
        // Public responses only: admin pages carry a CSRF token next to
        // reflected input, which compression could leak (BREACH).
        .layer(tower_http::compression::CompressionLayer::new())
        .merge(crate::admin::routes())
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            rate_limit::limit_requests,
        ))
        .layer(axum::middleware::from_fn(headers::api_link))
        .layer(axum::middleware::from_fn(crate::metrics::track))
        .layer(timeout)
        // A global ceiling for every body; the comment routes set their own.
        .layer(DefaultBodyLimit::max(FORM_BODY_LIMIT))
        .with_state(state);
    headers::add(router)
}
