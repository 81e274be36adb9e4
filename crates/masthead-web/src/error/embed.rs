//! The embed API's errors: `{"code", "message"}` with the status, and for a
//! comment with bad fields, one message per field. Every refusal of a use
//! case keeps the status the HTML form gives it (`super::status`).
//! Messages are written in the embed's language (`lang`, else the site's:
//! `super::context`) when the error becomes the answer; codes never change.
use super::context;
use super::html::WebError;
use super::status::{reader_status, submit_status};
use super::text::Text;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use masthead_core::article::thread::PageUrlError;
use masthead_core::comment::Field;
use masthead_core::i18n::{Lang, Tr};
use masthead_core::service::{ReaderError, SubmitError, ThreadError};
use masthead_core::store::StoreError;
use serde::Serialize;
use std::collections::BTreeMap;
use utoipa::ToSchema;

#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub code: &'static str,
    pub message: Text,
    pub fields: BTreeMap<&'static str, Text>,
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
    /// `rate_limited`, `unavailable`, `internal`.
    pub code: String,
    /// For a person, in the words the site's own form uses.
    pub message: String,
    /// Per field (`comment`, `author`, `email`, `website`), what is wrong.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub fields: BTreeMap<String, String>,
}

impl ApiError {
    pub fn new(status: StatusCode, code: &'static str, message: Text) -> Self {
        Self {
            status,
            code,
            message,
            fields: BTreeMap::new(),
            retry_after: None,
        }
    }

    /// 400 `invalid_param`: what the parameter must be.
    pub fn param(message: Text) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "invalid_param", message)
    }

    /// 500: logged in full, told as "something went wrong".
    pub fn internal(detail: impl std::fmt::Display) -> Self {
        tracing::error!("embed API: {detail}");
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            Text::id("error-embed-server"),
        )
    }

    /// 429 with `Retry-After`: this address must wait `wait` seconds.
    pub fn rate_limited(wait: u64, message: Text) -> Self {
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
                Text::id("error-unstorable"),
            ));
        }
        Ok(())
    }

    pub fn no_thread() -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            "thread_not_found",
            Text::id("error-no-thread"),
        )
    }
}

impl ApiError {
    /// The answer, written in `lang`.
    pub fn respond(self, lang: Lang) -> Response {
        let t = Tr::new(lang);
        let body = ApiErrorBody {
            code: self.code.to_string(),
            message: self.message.get(t),
            fields: self
                .fields
                .iter()
                .map(|(k, v)| (k.to_string(), v.get(t)))
                .collect(),
        };
        // Strings only: serialising cannot fail.
        let text = serde_json::to_string(&body).unwrap_or_default();
        let mut response = (
            self.status,
            [(header::CONTENT_TYPE, "application/json")],
            text,
        )
            .into_response();
        if let Some(secs) = self.retry_after
            && let Ok(v) = HeaderValue::from_str(&secs.max(1).to_string())
        {
            response.headers_mut().insert(header::RETRY_AFTER, v);
        }
        response
    }
}

/// In the request's language (the embed's `lang`, else the site's).
impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        self.respond(context::lang())
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Unstorable => {
                Self::new(StatusCode::BAD_REQUEST, "invalid_text", Text::of(e))
            }
            other => Self::internal(other),
        }
    }
}

impl From<askama::Error> for ApiError {
    fn from(e: askama::Error) -> Self {
        Self::internal(e)
    }
}

impl From<WebError> for ApiError {
    fn from(e: WebError) -> Self {
        match e {
            WebError::Store(s) => s.into(),
            WebError::NotFound => Self::no_thread(),
            WebError::Refused { status, text } => Self::new(status, "invalid_param", text),
            WebError::Busy { text, retry_after } => {
                let mut e = Self::new(StatusCode::SERVICE_UNAVAILABLE, "unavailable", text);
                e.retry_after = Some(retry_after);
                e
            }
            WebError::UnsupportedMediaType => Self::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported_media_type",
                Text::id("error-form-type"),
            ),
            WebError::TooMany(wait) => Self::rate_limited(
                wait,
                Text::n(
                    "error-too-many-wait",
                    i64::try_from(wait.max(1)).unwrap_or(i64::MAX),
                ),
            ),
            other => Self::internal(other),
        }
    }
}

impl From<PageUrlError> for ApiError {
    fn from(e: PageUrlError) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "invalid_url", Text::of(e))
    }
}

impl From<SubmitError> for ApiError {
    fn from(e: SubmitError) -> Self {
        let status = submit_status(&e);
        let code = match &e {
            SubmitError::Store(s) if !matches!(s, StoreError::Unstorable) => {
                return Self::internal(e);
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
            SubmitError::Banned => "banned",
            SubmitError::Suspended { .. } => "suspended",
            SubmitError::OutsideDesk(_) => "outside_desk",
            SubmitError::RefusedByHook(_) => "refused",
        };
        let mut out = Self::new(status, code, Text::id("error-fix-fields"));
        match e {
            SubmitError::Invalid(errors) => {
                for err in errors {
                    let name = match err.field {
                        Field::Comment => "comment",
                        Field::Author => "author",
                        Field::Email => "email",
                        Field::Url => "website",
                    };
                    out.fields.entry(name).or_insert_with(|| Text::of(err));
                }
            }
            SubmitError::TooFast { retry_after } | SubmitError::Flood { retry_after } => {
                out.retry_after = Some(retry_after);
                out.message = Text::of(e);
            }
            other => out.message = Text::of(other),
        }
        out
    }
}

impl From<ThreadError> for ApiError {
    fn from(e: ThreadError) -> Self {
        match e {
            ThreadError::OriginNotAllowed(_) => {
                Self::new(StatusCode::FORBIDDEN, "origin_not_allowed", Text::of(e))
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
                return Self::internal(e);
            }
            ReaderError::Store(_) => "invalid_text",
            ReaderError::NotFound | ReaderError::NotApproved => "comment_not_found",
            ReaderError::NotYours => "not_your_comment",
            ReaderError::WindowClosed(_) => "edit_window_closed",
            ReaderError::TooManyEdits(_) => "edit_limit_reached",
            ReaderError::Invalid(_) => "invalid_fields",
            ReaderError::BadReason(_) => "invalid_reason",
            ReaderError::Banned => "banned",
        };
        if let ReaderError::Invalid(errors) = &e {
            let mut out = Self::new(status, code, Text::of(ReaderError::Invalid(errors.clone())));
            for err in errors.iter().filter(|e| e.field == Field::Comment) {
                out.fields
                    .entry("comment")
                    .or_insert_with(|| Text::of(err.clone()));
            }
            return out;
        }
        Self::new(status, code, Text::of(e))
    }
}
