//! `GET /media/{name}`: stored photos, under names derived from their bytes.
use crate::error::WebError;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};

/// Stored photos. Names are content hashes, so they never change and may be
/// cached for a year; the sandbox CSP keeps an SVG from running script.
pub async fn serve(
    State(state): State<AppState>,
    Path(name): Path<String>,
) -> Result<Response, WebError> {
    let media = state.store.media(&name).await?.ok_or(WebError::NotFound)?;
    Ok((
        [
            (header::CONTENT_TYPE, media.content_type),
            (
                header::CACHE_CONTROL,
                "public, max-age=31536000, immutable".to_string(),
            ),
            (
                header::CONTENT_SECURITY_POLICY,
                "default-src 'none'; style-src 'unsafe-inline'; sandbox".to_string(),
            ),
        ],
        media.bytes,
    )
        .into_response())
}
