//! The one place errors become HTML responses. Handlers return
//! `Result<_, WebError>`; anything unexpected is logged in full and shown to
//! the visitor as a plain 500 page without internals. Each error of the core
//! use cases has its one status here ([`submit_status`], `From` impls); the
//! REST API's JSON mapping of the same errors is in `wp_json::error`. Pages
//! are written in the site's language by `localize`, the layer that knows it.
use crate::localize::{Text, deferred};
use crate::views::ErrorPage;
use askama::Template;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use masthead_core::i18n::Tr;
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
    /// A refusal in the reader's words, whatever their language: 400 bad
    /// request, 403, 413 and the refusals of the use cases.
    #[error("{text}")]
    Said { status: StatusCode, text: Text },
}

impl WebError {
    /// 400 in the reader's language.
    pub fn bad_request(text: Text) -> Self {
        Self::Said {
            status: StatusCode::BAD_REQUEST,
            text,
        }
    }

    /// 403 in the reader's language.
    pub fn forbidden(text: Text) -> Self {
        Self::Said {
            status: StatusCode::FORBIDDEN,
            text,
        }
    }
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
            SubmitError::Invalid(_) => Self::bad_request(Text::of(e)),
            other => Self::Said {
                status: submit_status(&other),
                text: Text::of(other),
            },
        }
    }
}

/// The status of each refusal of a reader's edit, recommend or report.
pub fn reader_status(e: &ReaderError) -> StatusCode {
    match e {
        ReaderError::NotFound | ReaderError::NotApproved => StatusCode::NOT_FOUND,
        ReaderError::NotYours | ReaderError::WindowClosed(_) | ReaderError::TooManyEdits(_) => {
            StatusCode::FORBIDDEN
        }
        ReaderError::Invalid(_) | ReaderError::BadReason(_) => StatusCode::UNPROCESSABLE_ENTITY,
        ReaderError::Store(StoreError::Unstorable) => StatusCode::BAD_REQUEST,
        ReaderError::Store(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

impl From<ReaderError> for WebError {
    fn from(e: ReaderError) -> Self {
        match e {
            ReaderError::Store(s) => Self::Store(s),
            other => Self::Said {
                status: reader_status(&other),
                text: Text::of(other),
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
        Self::Said {
            status,
            text: Text::of(e),
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
            Self::Refused { status, .. } | Self::Said { status, .. } => *status,
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
            ("error-title-server", Text::id("error-server"))
        } else {
            let title = if status == StatusCode::NOT_FOUND {
                "error-title-not-found"
            } else {
                "error-title-refused"
            };
            let message = match self {
                Self::NotFound => return deferred(status, not_found_page),
                Self::UnsupportedMediaType => Text::id("error-form-type"),
                Self::Said { text, .. } => text,
                // Words written before errors had languages (the admin's):
                // shown as they are, in a page of the site's language.
                other => Text::verbatim(other.to_string()),
            };
            (title, message)
        };
        deferred(status, move |t| page(t, title, &message.get(t)))
    }
}

/// The error page: `title` (a message id) and `message`, in `t`'s language.
pub fn page(t: Tr, title: &str, message: &str) -> (&'static str, String) {
    let view = ErrorPage {
        tr: t,
        title: t.t(title),
        message,
        front_page_hint: false,
    };
    match view.render() {
        Ok(body) => ("text/html; charset=utf-8", body),
        Err(_) => ("text/plain; charset=utf-8", message.to_string()),
    }
}

/// "Page not found", with the hint readers get on a mistyped address.
fn not_found_page(t: Tr) -> (&'static str, String) {
    let message = t.t("error-no-page-hint");
    let view = ErrorPage {
        tr: t,
        title: t.t("error-title-page-not-found"),
        message: &message,
        front_page_hint: true,
    };
    match view.render() {
        Ok(body) => ("text/html; charset=utf-8", body),
        Err(_) => ("text/plain; charset=utf-8", message),
    }
}
