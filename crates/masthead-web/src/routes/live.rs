//! `GET /articles/{slug}/live`: an article's event stream (Server-Sent
//! Events), or with `?since=ID` the events after ID as one cacheable
//! answer (`crate::streams`).
use crate::error::WebError;
use crate::state::AppState;
use crate::streams::{LiveQuery, answer};
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::Response;
use chrono::Utc;

pub async fn stream(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(q): Query<LiveQuery>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let article = state
        .store
        .article_by_slug(&slug)
        .await?
        .filter(|a| a.is_live(Utc::now()))
        .ok_or(WebError::NotFound)?;
    answer(&state, &article, &q, &headers).await
}
