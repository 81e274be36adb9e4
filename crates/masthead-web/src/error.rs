//! The one place errors become responses. Handlers return `Result<_, WebError>`;
//! anything unexpected is logged in full and shown to the visitor as a plain
//! 500 page without internals. Expected refusals (bad form input, unknown
//! pages) are rendered by their handlers with the page they belong to.
use crate::views::ErrorPage;
use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use masthead_core::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum WebError {
    /// 404: no such page.
    #[error("Page not found")]
    NotFound,
    /// 400: the request itself is malformed; the message says how.
    #[error("{0}")]
    BadRequest(String),
    /// 403: signed in, but the role may not do this (or the CSRF token is wrong).
    #[error("{0}")]
    Forbidden(String),
    /// 413: an upload or form larger than this route takes.
    #[error("{0}")]
    TooLarge(String),
    /// 415: a form post that is not `application/x-www-form-urlencoded`.
    #[error("Forms must be sent as application/x-www-form-urlencoded.")]
    UnsupportedMediaType,
    /// 500: storage failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// 500: a template failed to render (a bug).
    #[error("template error: {0}")]
    Template(#[from] askama::Error),
    /// 500: the server was started with an unusable configuration.
    #[error("{0}")]
    Config(String),
}

impl WebError {
    pub fn status(&self) -> StatusCode {
        match self {
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::BadRequest(_) => StatusCode::BAD_REQUEST,
            Self::Forbidden(_) => StatusCode::FORBIDDEN,
            Self::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::TooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            Self::Store(StoreError::Unstorable) => StatusCode::BAD_REQUEST,
            Self::Store(_) | Self::Template(_) | Self::Config(_) => {
                StatusCode::INTERNAL_SERVER_ERROR
            }
        }
    }
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        let status = self.status();
        let (title, message) = if status.is_server_error() {
            tracing::error!(error = %self, "request failed");
            (
                "Something went wrong",
                "The server could not complete this request. Please try again in a moment."
                    .to_string(),
            )
        } else if status == StatusCode::NOT_FOUND {
            (
                "Page not found",
                "There is no page at this address.".to_string(),
            )
        } else {
            ("This request could not be handled", self.to_string())
        };
        let page = ErrorPage {
            title,
            message: &message,
        };
        match page.render() {
            Ok(body) => (status, Html(body)).into_response(),
            Err(_) => (status, message).into_response(),
        }
    }
}
