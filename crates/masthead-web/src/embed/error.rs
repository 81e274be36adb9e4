//! The embed API's errors: `{"code", "message"}` with the status, and for a
//! comment with bad fields, one message per field. Every refusal of a use
//! case keeps the status the HTML form gives it (`error::submit_status`).
use crate::error::{reader_status, submit_status};
use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use masthead_core::article::thread::PageUrlError;
use masthead_core::comment::Field;
use masthead_core::service::{ReaderError, SubmitError, ThreadError};
use masthead_core::store::StoreError;
use serde::Serialize;
use std::collections::BTreeMap;
use utoipa::ToSchema;

#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub code: &'static str,
    pub message: String,
    pub fields: BTreeMap<&'static str, &'static str>,
    pub retry_after: Option<u64>,
}

/// The body of every error of the embed API.
#[derive(Serialize, ToSchema)]
pub struct ApiErrorBody {
    /// Machine-readable: `invalid_url`, `origin_not_allowed`, `thread_not_found`,
    /// `invalid_fields`, `invalid_token`, `expired_token`, `too_fast`, `flood`,
    /// `duplicate`, `comments_closed`, `parent_not_approved`, `invalid_json`,
    /// `invalid_param`, `unsupported_media_type`, `comment_not_found`,
    /// `not_your_comment`, `edit_window_closed`, `invalid_reason`,
    /// `rate_limited`, `internal`.
    pub code: String,
    /// For a person, in the words the site's own form uses.
    pub message: String,
    /// Per field (`comment`, `author`, `email`, `website`), what is wrong.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub fields: BTreeMap<String, String>,
}

impl ApiError {
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            status,
            code,
            message: message.into(),
            fields: BTreeMap::new(),
            retry_after: None,
        }
    }

    pub fn param(name: &str, detail: &str) -> Self {
        Self::new(
            StatusCode::BAD_REQUEST,
            "invalid_param",
            format!("Invalid parameter {name}: {detail}"),
        )
    }

    /// 429 with `Retry-After`: this address must wait `wait` seconds.
    pub fn rate_limited(wait: u64, message: &str) -> Self {
        let mut e = Self::new(StatusCode::TOO_MANY_REQUESTS, "rate_limited", message);
        e.retry_after = Some(wait);
        e
    }

    /// 400 when any of `texts` holds a NUL: no field has a use for it, and
    /// PostgreSQL cannot store it, so both backends refuse it here alike.
    pub fn refuse_nul<'a>(texts: impl IntoIterator<Item = &'a str>) -> Result<(), Self> {
        if texts.into_iter().any(|t| t.contains('\0')) {
            return Err(Self::new(
                StatusCode::BAD_REQUEST,
                "invalid_text",
                "Fields may not contain NUL characters.",
            ));
        }
        Ok(())
    }

    pub fn no_thread() -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            "thread_not_found",
            "There is no discussion of that page yet.",
        )
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        if self.status.is_server_error() {
            tracing::error!("embed API: {}", self.message);
        }
        let message = if self.status.is_server_error() {
            "Something went wrong on our side. Please try again.".to_string()
        } else {
            self.message
        };
        let body = ApiErrorBody {
            code: self.code.to_string(),
            message,
            fields: self
                .fields
                .into_iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        };
        let mut response = (self.status, Json(body)).into_response();
        if let Some(secs) = self.retry_after
            && let Ok(v) = HeaderValue::from_str(&secs.max(1).to_string())
        {
            response.headers_mut().insert(header::RETRY_AFTER, v);
        }
        response
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Unstorable => {
                Self::new(StatusCode::BAD_REQUEST, "invalid_text", e.to_string())
            }
            other => Self::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal",
                other.to_string(),
            ),
        }
    }
}

impl From<askama::Error> for ApiError {
    fn from(e: askama::Error) -> Self {
        Self::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", e.to_string())
    }
}

impl From<crate::error::WebError> for ApiError {
    fn from(e: crate::error::WebError) -> Self {
        match e {
            crate::error::WebError::Store(s) => s.into(),
            crate::error::WebError::NotFound => Self::no_thread(),
            other => Self::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal",
                other.to_string(),
            ),
        }
    }
}

impl From<PageUrlError> for ApiError {
    fn from(e: PageUrlError) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "invalid_url", e.to_string())
    }
}

impl From<SubmitError> for ApiError {
    fn from(e: SubmitError) -> Self {
        let status = submit_status(&e);
        let code = match &e {
            SubmitError::Store(s) if !matches!(s, StoreError::Unstorable) => {
                return Self::new(status, "internal", e.to_string());
            }
            SubmitError::Store(_) => "invalid_text",
            SubmitError::ArticleNotFound | SubmitError::CommentNotFound(_) => "thread_not_found",
            SubmitError::CommentsClosed => "comments_closed",
            SubmitError::ParentNotApproved => "parent_not_approved",
            SubmitError::Invalid(_) => "invalid_fields",
            SubmitError::Duplicate => "duplicate",
            SubmitError::InvalidToken => "invalid_token",
            SubmitError::ExpiredToken => "expired_token",
            SubmitError::TooFast { .. } => "too_fast",
            SubmitError::Flood { .. } => "flood",
        };
        let mut out = Self::new(status, code, e.to_string());
        match e {
            SubmitError::Invalid(errors) => {
                out.message =
                    "Your comment was not posted. Please correct the fields marked below."
                        .to_string();
                for err in errors {
                    let name = match err.field {
                        Field::Comment => "comment",
                        Field::Author => "author",
                        Field::Email => "email",
                        Field::Url => "website",
                    };
                    out.fields.entry(name).or_insert(err.message);
                }
            }
            SubmitError::TooFast { retry_after } | SubmitError::Flood { retry_after } => {
                out.retry_after = Some(retry_after);
            }
            _ => {}
        }
        out
    }
}

impl From<ThreadError> for ApiError {
    fn from(e: ThreadError) -> Self {
        match e {
            ThreadError::OriginNotAllowed(_) => {
                Self::new(StatusCode::FORBIDDEN, "origin_not_allowed", e.to_string())
            }
            ThreadError::Refused(s) => s.into(),
        }
    }
}

impl From<ReaderError> for ApiError {
    fn from(e: ReaderError) -> Self {
        let status = reader_status(&e);
        let code = match &e {
            ReaderError::Store(s) if !matches!(s, StoreError::Unstorable) => {
                return Self::new(status, "internal", e.to_string());
            }
            ReaderError::Store(_) => "invalid_text",
            ReaderError::NotFound | ReaderError::NotApproved => "comment_not_found",
            ReaderError::NotYours => "not_your_comment",
            ReaderError::WindowClosed(_) => "edit_window_closed",
            ReaderError::Invalid(_) => "invalid_fields",
            ReaderError::BadReason(_) => "invalid_reason",
        };
        let mut out = Self::new(status, code, e.to_string());
        if let ReaderError::Invalid(errors) = e {
            for err in errors.into_iter().filter(|e| e.field == Field::Comment) {
                out.fields.entry("comment").or_insert(err.message);
            }
        }
        out
    }
}
