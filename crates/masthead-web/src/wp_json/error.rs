//! WordPress's REST error shape: `{"code","message","data":{"status"}}`.
use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use masthead_core::comment::Field;
use masthead_core::service::{ModerationError, SubmitError};
use masthead_core::store::StoreError;
use serde::Serialize;
use std::collections::BTreeMap;
use utoipa::ToSchema;

#[derive(Debug)]
pub struct WpError {
    pub status: StatusCode,
    pub code: &'static str,
    pub message: String,
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
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            status,
            code,
            message: message.into(),
            params: BTreeMap::new(),
        }
    }

    /// 400 `rest_invalid_param` naming one parameter.
    pub fn invalid_param(name: &str, detail: impl Into<String>) -> Self {
        let mut e = Self::new(
            StatusCode::BAD_REQUEST,
            "rest_invalid_param",
            format!("Invalid parameter(s): {name}"),
        );
        e.params.insert(name.to_string(), detail.into());
        e
    }

    /// 401 `rest_forbidden_param`: a query parameter only staff may use.
    pub fn forbidden_param(name: &str) -> Self {
        Self::new(
            StatusCode::UNAUTHORIZED,
            "rest_forbidden_param",
            format!("Query parameter not permitted: {name}"),
        )
    }

    /// 500 for a failure that is a bug, logged in full, shown without detail.
    pub fn internal(detail: String) -> Self {
        tracing::error!(error = %detail, "REST request failed");
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "rest_internal_error",
            "The server could not complete this request.",
        )
    }

    /// 404 `rest_comment_invalid_id`: no comment has this id.
    pub fn invalid_comment_id() -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            "rest_comment_invalid_id",
            "Invalid comment ID.",
        )
    }

    /// 403 `rest_comment_invalid_post_id`: a comment needs a live post.
    pub fn no_post() -> Self {
        Self::new(
            StatusCode::FORBIDDEN,
            "rest_comment_invalid_post_id",
            "Sorry, you are not allowed to create this comment without a post.",
        )
    }

    pub fn no_route() -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            "rest_no_route",
            "No route was found matching the URL and request method.",
        )
    }
}

/// WordPress's codes for each refusal of a comment, created or edited.
impl From<SubmitError> for WpError {
    fn from(e: SubmitError) -> Self {
        let bad = |code, msg: &str| Self::new(StatusCode::BAD_REQUEST, code, msg);
        match e {
            SubmitError::ArticleNotFound => Self::no_post(),
            SubmitError::CommentNotFound(_) => Self::invalid_comment_id(),
            SubmitError::CommentsClosed => Self::new(
                StatusCode::FORBIDDEN,
                "rest_comment_closed",
                "Sorry, comments are closed for this item.",
            ),
            SubmitError::ParentNotApproved => Self::new(
                StatusCode::FORBIDDEN,
                "comment_reply_to_unapproved_comment",
                e.to_string(),
            ),
            SubmitError::Invalid(errors) => {
                let Some(first) = errors.first() else {
                    return bad("rest_invalid_param", "Please check the comment.");
                };
                match (first.field, first.code) {
                    (Field::Comment, "require_valid_comment") => {
                        bad("rest_comment_content_invalid", "Invalid comment content.")
                    }
                    (_, "require_name_email") => bad(
                        "rest_comment_author_data_required",
                        "Creating a comment requires valid author name and email values.",
                    ),
                    (Field::Email, "require_valid_email") => {
                        Self::invalid_param("author_email", "Invalid email address.")
                    }
                    (Field::Url, "invalid_url") => Self::invalid_param("author_url", first.message),
                    (_, code) => bad(code, "Comment field exceeds maximum length allowed."),
                }
            }
            SubmitError::Duplicate => {
                Self::new(StatusCode::CONFLICT, "comment_duplicate", e.to_string())
            }
            SubmitError::Flood { .. } => bad(
                "comment_flood",
                "You are posting comments too quickly. Slow down.",
            ),
            SubmitError::InvalidToken | SubmitError::ExpiredToken | SubmitError::TooFast { .. } => {
                bad("rest_invalid_param", &e.to_string())
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
            ModerationError::NoComments => {
                Self::new(StatusCode::BAD_REQUEST, "rest_invalid_param", e.to_string())
            }
        }
    }
}

impl From<StoreError> for WpError {
    fn from(e: StoreError) -> Self {
        if matches!(e, StoreError::Unstorable) {
            return Self::new(StatusCode::BAD_REQUEST, "rest_invalid_param", e.to_string());
        }
        tracing::error!(error = %e, "REST request failed");
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "rest_internal_error",
            "The server could not complete this request.",
        )
    }
}

impl From<crate::error::WebError> for WpError {
    fn from(e: crate::error::WebError) -> Self {
        let status = e.status();
        if status.is_server_error() {
            tracing::error!(error = %e, "REST request failed");
            return Self::new(
                status,
                "rest_internal_error",
                "The server could not complete this request.",
            );
        }
        Self::new(status, "rest_invalid_request", e.to_string())
    }
}

impl IntoResponse for WpError {
    fn into_response(self) -> Response {
        let body = WpErrorBody {
            code: self.code.to_string(),
            message: self.message,
            data: WpErrorData {
                status: self.status.as_u16(),
                params: self.params,
            },
        };
        (self.status, Json(body)).into_response()
    }
}
