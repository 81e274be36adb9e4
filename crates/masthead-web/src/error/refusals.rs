//! The framework's own refusals in masthead's shapes. axum's extractors
//! refuse a body over the limit (413) or a query or path that does not
//! parse (400) with a short English `text/plain` body, before any handler
//! of ours runs; this layer gives such an answer the shape of the surface
//! it came from (the embed's JSON under `/api/`, WordPress's under
//! `/wp-json`, else the error page), in the request's language.
use super::embed::ApiError;
use super::html::WebError;
use super::text::Text;
use super::wp::WpError;
use axum::extract::Request;
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// Which of masthead's error shapes a path answers with.
#[derive(Clone, Copy)]
enum Surface {
    Embed,
    Rest,
    Page,
}

impl Surface {
    fn of(path: &str) -> Self {
        if path.starts_with("/api/") {
            Self::Embed
        } else if path.starts_with("/wp-json") {
            Self::Rest
        } else {
            Self::Page
        }
    }
}

/// Middleware: reshapes the framework's refusals (see the module's doc).
pub async fn reshape(req: Request, next: Next) -> Response {
    let surface = Surface::of(req.uri().path());
    let response = next.run(req).await;
    if !is_framework_refusal(&response) {
        return response;
    }
    let status = response.status();
    let (id, embed_code, rest_code) = if status == StatusCode::PAYLOAD_TOO_LARGE {
        ("error-too-large", "too_large", "rest_request_too_large")
    } else {
        (
            "error-bad-request",
            "invalid_request",
            "rest_invalid_request",
        )
    };
    let text = Text::id(id);
    let ours = match surface {
        Surface::Embed => ApiError::new(status, embed_code, text).into_response(),
        Surface::Rest => WpError::new(status, rest_code, text).into_response(),
        Surface::Page => WebError::refused(status, text).into_response(),
    };
    // The refusal's own headers (CORS, `Connection`) stay; its body and
    // what described that body go.
    let (mut parts, _) = response.into_parts();
    let (ours, body) = ours.into_parts();
    parts.headers.remove(header::CONTENT_ENCODING);
    parts.headers.remove(header::CONTENT_LENGTH);
    if let Some(content_type) = ours.headers.get(header::CONTENT_TYPE) {
        parts
            .headers
            .insert(header::CONTENT_TYPE, content_type.clone());
    }
    Response::from_parts(parts, body)
}

/// axum's extractors refuse with a short English `text/plain` body.
fn is_framework_refusal(r: &Response) -> bool {
    matches!(
        r.status(),
        StatusCode::PAYLOAD_TOO_LARGE | StatusCode::BAD_REQUEST
    ) && r
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"text/plain"))
}
