//! `GET /api/live?url=PAGE`: the live stream of a page's discussion for
//! the embed, the same events as an article page's (`crate::streams`)
//! under the embed's CORS rules.
use super::dto::LiveParams;
use super::request::{check_request_origin, page_url};
use crate::error::ApiError;
use crate::state::AppState;
use crate::streams::{LiveQuery, answer};
use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::response::Response;
use masthead_core::chrono::Utc;

#[utoipa::path(get, path = "/api/live", tag = "embed",
    params(LiveParams),
    responses(
        (status = 200, description = "Server-Sent Events (`text/event-stream`): `comment`, `removed` and `reload` events numbered by the discussion's change log; with `since`, the events after it as one cacheable answer", content_type = "text/event-stream", body = String),
        (status = 400, description = "No or no valid page address, or a bad event number", body = crate::error::ApiErrorBody),
        (status = 403, description = "The page's site may not embed", body = crate::error::ApiErrorBody),
        (status = 404, description = "The page has no discussion yet", body = crate::error::ApiErrorBody),
        (status = 503, description = "This server holds as many streams as it may; `Retry-After`", body = crate::error::ApiErrorBody),
    ))]
pub async fn live(
    State(state): State<AppState>,
    Query(q): Query<LiveParams>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let settings = state.settings().await?;
    check_request_origin(&settings, &headers)?;
    let url = page_url(&settings, q.url.as_deref())?;
    let thread = state
        .store
        .thread_by_url(url.as_str())
        .await?
        .filter(|a| a.is_live(Utc::now()))
        .ok_or_else(ApiError::no_thread)?;
    let query = LiveQuery {
        since: q.since,
        last_event_id: q.last_event_id,
    };
    Ok(answer(&state, &thread, &query, &headers).await?)
}
