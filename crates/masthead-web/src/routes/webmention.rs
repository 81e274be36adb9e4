//! The Webmention endpoint (`POST /webmention`, W3C Webmention): another
//! site says its page (`source`) links to one of our articles (`target`).
//! The request is checked and recorded at once and answered 202; the source
//! is fetched and read later (`masthead::federation`), never while the
//! sender waits. Only with `federation.enabled`; otherwise there is no
//! such endpoint (404). Errors are JSON (`{"code", "message"}`).
use crate::error::{ApiError, Text};
use crate::extract::ClientIp;
use crate::form::FormFields;
use crate::state::AppState;
use crate::views::site_base;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use masthead_core::chrono::Utc;
use masthead_core::federation::webmention::RequestError;
use masthead_core::service::{WebmentionError, receive_webmention};

/// The endpoint's path, as articles advertise it.
pub const PATH: &str = "/webmention";

pub async fn receive(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let settings = state.settings().await?;
    if !settings.federation.enabled {
        return Err(ApiError::new(
            StatusCode::NOT_FOUND,
            "not_found",
            Text::id("error-webmention-disabled"),
        ));
    }
    // A mention costs the site a fetch later: as dear as a comment.
    if let Err(wait) = state.limits.check_post(ip) {
        return Err(ApiError::rate_limited(wait, Text::id("error-rate-limited")));
    }
    let form = FormFields::parse(&headers, &body)?;
    let site = url::Url::parse(&site_base(&settings, &headers)).map_err(ApiError::internal)?;
    let id = receive_webmention(
        state.store.as_ref(),
        &settings,
        &site,
        &form.text("source"),
        &form.text("target"),
        Utc::now(),
    )
    .await
    .map_err(|e| match e {
        WebmentionError::Disabled => ApiError::new(
            StatusCode::NOT_FOUND,
            "not_found",
            Text::id("error-webmention-disabled"),
        ),
        WebmentionError::Store(e) => e.into(),
        WebmentionError::Request(r) => refused(&r),
    })?;
    Ok((
        StatusCode::ACCEPTED,
        axum::Json(serde_json::json!({ "id": id, "status": "pending" })),
    )
        .into_response())
}

/// 400, saying what is wrong with the request.
fn refused(r: &RequestError) -> ApiError {
    let (code, message) = match r {
        RequestError::Missing => ("missing_param", Text::id("error-webmention-missing")),
        RequestError::NotHttp(name) => (
            "invalid_param",
            Text::s("error-webmention-not-http", "name", *name),
        ),
        RequestError::TooLong(name) => (
            "invalid_param",
            Text::s("error-webmention-too-long", "name", *name),
        ),
        RequestError::Same => ("invalid_param", Text::id("error-webmention-same")),
        RequestError::NotOurs => ("invalid_target", Text::id("error-webmention-not-ours")),
        RequestError::Federated => ("invalid_param", Text::id("error-webmention-federated")),
        RequestError::Blocked => {
            return ApiError::new(
                StatusCode::FORBIDDEN,
                "blocked_domain",
                Text::id("error-webmention-blocked"),
            );
        }
    };
    ApiError::new(StatusCode::BAD_REQUEST, code, message)
}
