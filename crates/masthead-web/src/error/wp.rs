//! WordPress's REST error shape: `{"code","message","data":{"status"}}`.
//! The `code` is WordPress's in every language; the `message` is written in
//! the request's language (`super::context`) when the error becomes the answer.
use super::context;
use super::html::WebError;
use super::text::Text;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use masthead_core::comment::Field;
use masthead_core::i18n::{Lang, Tr};
use masthead_core::service::{CommenterError, ModerationError, SubmitError};
use masthead_core::store::StoreError;
use serde::Serialize;
use std::collections::BTreeMap;
use utoipa::ToSchema;

#[derive(Debug)]
pub struct WpError {
    pub status: StatusCode,
    pub code: &'static str,
    pub message: Text,
    /// Per-parameter messages of a `rest_invalid_param` error.
    pub params: BTreeMap<String, String>,
}

/// The error body every REST error has.
#[derive(Serialize, ToSchema)]
pub struct WpErrorBody {
    pub code: String,
    pub message: String,
    pub data: WpErrorData,
}

#[derive(Serialize, ToSchema)]
pub struct WpErrorData {
    pub status: u16,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub params: BTreeMap<String, String>,
}

impl WpError {
    pub fn new(status: StatusCode, code: &'static str, message: Text) -> Self {
        Self {
            status,
            code,
            message,
            params: BTreeMap::new(),
        }
    }

    /// 400 `rest_invalid_param` naming one parameter.
    pub fn invalid_param(name: &str, detail: impl Into<String>) -> Self {
        let mut e = Self::new(
            StatusCode::BAD_REQUEST,
            "rest_invalid_param",
            Text::s("error-rest-invalid-param", "params", name),
        );
        e.params.insert(name.to_string(), detail.into());
        e
    }

    /// 401 `rest_forbidden_param`: a query parameter only staff may use.
    pub fn forbidden_param(name: &str) -> Self {
        Self::new(
            StatusCode::UNAUTHORIZED,
            "rest_forbidden_param",
            Text::s("error-rest-forbidden-param", "params", name),
        )
    }

    /// 500 for a failure that is a bug, logged in full, shown without detail.
    pub fn internal(detail: String) -> Self {
        tracing::error!(error = %detail, "REST request failed");
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "rest_internal_error",
            Text::id("error-rest-internal"),
        )
    }

    /// 404 `rest_comment_invalid_id`: no comment has this id.
    pub fn invalid_comment_id() -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            "rest_comment_invalid_id",
            Text::id("error-rest-invalid-comment-id"),
        )
    }

    /// 403 `rest_comment_invalid_post_id`: a comment needs a live post.
    pub fn no_post() -> Self {
        Self::new(
            StatusCode::FORBIDDEN,
            "rest_comment_invalid_post_id",
            Text::id("error-rest-no-post"),
        )
    }

    pub fn no_route() -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            "rest_no_route",
            Text::id("error-rest-no-route"),
        )
    }
}

/// WordPress's codes for each refusal of a comment, created or edited.
impl From<SubmitError> for WpError {
    fn from(e: SubmitError) -> Self {
        let bad = |code, msg: Text| Self::new(StatusCode::BAD_REQUEST, code, msg);
        match e {
            SubmitError::ArticleNotFound => Self::no_post(),
            SubmitError::CommentNotFound(_) => Self::invalid_comment_id(),
            SubmitError::CommentsClosed => Self::new(
                StatusCode::FORBIDDEN,
                "rest_comment_closed",
                Text::id("error-comments-closed"),
            ),
            SubmitError::ParentNotApproved => Self::new(
                StatusCode::FORBIDDEN,
                "comment_reply_to_unapproved_comment",
                Text::of(e),
            ),
            SubmitError::Invalid(errors) => {
                let Some(first) = errors.first() else {
                    return bad("rest_invalid_param", Text::id("error-check-comment"));
                };
                match (first.field, first.code) {
                    (Field::Comment, "require_valid_comment") => bad(
                        "rest_comment_content_invalid",
                        Text::id("error-rest-content-invalid"),
                    ),
                    (_, "require_name_email") => bad(
                        "rest_comment_author_data_required",
                        Text::id("error-rest-author-required"),
                    ),
                    (Field::Email, "require_valid_email") => {
                        Self::invalid_param("author_email", "Invalid email address.")
                    }
                    (Field::Url, "invalid_url") => Self::invalid_param("author_url", first.message),
                    (_, code) => bad(code, Text::id("error-rest-too-long")),
                }
            }
            SubmitError::Duplicate => {
                Self::new(StatusCode::CONFLICT, "comment_duplicate", Text::of(e))
            }
            SubmitError::Flood { .. } => bad("comment_flood", Text::id("error-flood")),
            SubmitError::OutsideDesk(_) => {
                Self::new(StatusCode::FORBIDDEN, "rest_cannot_edit", Text::of(e))
            }
            SubmitError::RefusedByHook(_) => {
                Self::new(StatusCode::FORBIDDEN, "comment_refused", Text::of(e))
            }
            SubmitError::Banned | SubmitError::Suspended { .. } => {
                Self::new(StatusCode::FORBIDDEN, "comment_author_banned", Text::of(e))
            }
            SubmitError::InvalidToken | SubmitError::ExpiredToken | SubmitError::TooFast { .. } => {
                bad("rest_invalid_param", Text::of(e))
            }
            SubmitError::Store(s) => s.into(),
        }
    }
}

/// The same refusals as in the admin and the CLI, in WordPress's words.
impl From<ModerationError> for WpError {
    fn from(e: ModerationError) -> Self {
        match e {
            ModerationError::Store(s) => s.into(),
            ModerationError::CommentNotFound(_) => Self::invalid_comment_id(),
            ModerationError::OutsideDesk(_) => {
                Self::new(StatusCode::FORBIDDEN, "rest_cannot_edit", Text::of(e))
            }
            ModerationError::NoComments => {
                Self::new(StatusCode::BAD_REQUEST, "rest_invalid_param", Text::of(e))
            }
        }
    }
}

/// A sanction or a commenter staff asked for that cannot be.
impl From<CommenterError> for WpError {
    fn from(e: CommenterError) -> Self {
        match e {
            CommenterError::Store(s) => s.into(),
            CommenterError::Sanction(_) | CommenterError::NotEmail(_) => {
                Self::new(StatusCode::BAD_REQUEST, "rest_invalid_param", Text::of(e))
            }
        }
    }
}

impl From<StoreError> for WpError {
    fn from(e: StoreError) -> Self {
        if matches!(e, StoreError::Unstorable) {
            return Self::new(StatusCode::BAD_REQUEST, "rest_invalid_param", Text::of(e));
        }
        tracing::error!(error = %e, "REST request failed");
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "rest_internal_error",
            Text::id("error-rest-internal"),
        )
    }
}

impl From<WebError> for WpError {
    fn from(e: WebError) -> Self {
        let status = e.status();
        if status.is_server_error() {
            tracing::error!(error = %e, "REST request failed");
            return Self::new(
                status,
                "rest_internal_error",
                Text::id("error-rest-internal"),
            );
        }
        Self::new(status, "rest_invalid_request", e.text())
    }
}

impl WpError {
    /// The answer, written in `lang`.
    pub fn respond(self, lang: Lang) -> Response {
        let body = WpErrorBody {
            code: self.code.to_string(),
            message: self.message.get(Tr::new(lang)),
            data: WpErrorData {
                status: self.status.as_u16(),
                params: self.params,
            },
        };
        // Plain strings and numbers: serialising cannot fail.
        let text = serde_json::to_string(&body).unwrap_or_default();
        (
            self.status,
            [(header::CONTENT_TYPE, "application/json")],
            text,
        )
            .into_response()
    }
}

/// In the request's language.
impl IntoResponse for WpError {
    fn into_response(self) -> Response {
        self.respond(context::lang())
    }
}
