//! The one place errors become HTML responses. Handlers return
//! `Result<_, WebError>`; anything unexpected is logged in full and shown to
//! the visitor as a plain 500 page without internals. Each error of the core
//! use cases has its one status here ([`submit_status`], `From` impls); the
//! REST API's JSON mapping of the same errors is in `wp_json::error`.
use crate::views::ErrorPage;
use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use masthead_core::service::{ModerationError, ReaderError, SubmitError};
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
    /// A use case refused: the status says why, the message in whose words.
    #[error("{message}")]
    Refused { status: StatusCode, message: String },
    /// 500: something that should not fail did (a worker died, the OS gave
    /// no random numbers, the server was started with an unusable secret).
    #[error("{0}")]
    Internal(String),
}

/// The status of each refusal of a comment submission or staff edit, where
/// the form comes back with the message (the article page, the comment
/// editor). Elsewhere the error page says it, with the same status except
/// that bad fields are a plain 400 there: no form shows them.
pub fn submit_status(e: &SubmitError) -> StatusCode {
    match e {
        SubmitError::ArticleNotFound | SubmitError::CommentNotFound(_) => StatusCode::NOT_FOUND,
        SubmitError::CommentsClosed | SubmitError::ParentNotApproved => StatusCode::FORBIDDEN,
        SubmitError::Invalid(_) | SubmitError::ExpiredToken => StatusCode::UNPROCESSABLE_ENTITY,
        SubmitError::Duplicate => StatusCode::CONFLICT,
        SubmitError::InvalidToken => StatusCode::BAD_REQUEST,
        SubmitError::TooFast { .. } | SubmitError::Flood { .. } => StatusCode::TOO_MANY_REQUESTS,
        SubmitError::Store(StoreError::Unstorable) => StatusCode::BAD_REQUEST,
        SubmitError::Store(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

impl From<SubmitError> for WebError {
    fn from(e: SubmitError) -> Self {
        match e {
            SubmitError::Store(s) => Self::Store(s),
            SubmitError::Invalid(_) => Self::BadRequest(e.to_string()),
            other => Self::Refused {
                status: submit_status(&other),
                message: other.to_string(),
            },
        }
    }
}

/// The status of each refusal of a reader's edit, recommend or report.
pub fn reader_status(e: &ReaderError) -> StatusCode {
    match e {
        ReaderError::NotFound | ReaderError::NotApproved => StatusCode::NOT_FOUND,
        ReaderError::NotYours | ReaderError::WindowClosed(_) => StatusCode::FORBIDDEN,
        ReaderError::Invalid(_) | ReaderError::BadReason(_) => StatusCode::UNPROCESSABLE_ENTITY,
        ReaderError::Store(StoreError::Unstorable) => StatusCode::BAD_REQUEST,
        ReaderError::Store(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

impl From<ReaderError> for WebError {
    fn from(e: ReaderError) -> Self {
        match e {
            ReaderError::Store(s) => Self::Store(s),
            other => Self::Refused {
                status: reader_status(&other),
                message: other.to_string(),
            },
        }
    }
}

impl From<ModerationError> for WebError {
    fn from(e: ModerationError) -> Self {
        let status = match e {
            ModerationError::Store(s) => return Self::Store(s),
            ModerationError::NoComments => StatusCode::BAD_REQUEST,
            ModerationError::CommentNotFound(_) => StatusCode::NOT_FOUND,
        };
        Self::Refused {
            status,
            message: e.to_string(),
        }
    }
}

impl WebError {
    pub fn status(&self) -> StatusCode {
        match self {
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::BadRequest(_) => StatusCode::BAD_REQUEST,
            Self::Forbidden(_) => StatusCode::FORBIDDEN,
            Self::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::TooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            Self::Refused { status, .. } => *status,
            Self::Store(StoreError::Unstorable) => StatusCode::BAD_REQUEST,
            Self::Store(_) | Self::Template(_) | Self::Internal(_) => {
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
        } else if matches!(self, Self::NotFound) {
            (
                "Page not found",
                "There is no page at this address.".to_string(),
            )
        } else if status == StatusCode::NOT_FOUND {
            ("Not found", self.to_string())
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
