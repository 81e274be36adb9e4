//! The one status of each refusal of the core use cases, whatever shape the
//! answer has (the HTML form, the error page, the embed's JSON).
use axum::http::StatusCode;
use masthead_core::service::{ReaderError, SubmitError};
use masthead_core::store::StoreError;

/// The status of each refusal of a comment submission or staff edit, where
/// the form comes back with the message (the article page, the comment
/// editor). Elsewhere the error page says it, with the same status except
/// that bad fields are a plain 400 there: no form shows them.
pub fn submit_status(e: &SubmitError) -> StatusCode {
    match e {
        SubmitError::ArticleNotFound | SubmitError::CommentNotFound(_) => StatusCode::NOT_FOUND,
        SubmitError::CommentsClosed
        | SubmitError::ParentNotApproved
        | SubmitError::Banned
        | SubmitError::Suspended { .. }
        | SubmitError::OutsideDesk(_)
        | SubmitError::RefusedByHook(_) => StatusCode::FORBIDDEN,
        SubmitError::Invalid(_) | SubmitError::ExpiredToken => StatusCode::UNPROCESSABLE_ENTITY,
        SubmitError::Duplicate => StatusCode::CONFLICT,
        SubmitError::InvalidToken => StatusCode::BAD_REQUEST,
        SubmitError::TooFast { .. } | SubmitError::Flood { .. } => StatusCode::TOO_MANY_REQUESTS,
        SubmitError::Store(StoreError::Unstorable) => StatusCode::BAD_REQUEST,
        SubmitError::Store(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// The status of each refusal of a reader's edit, recommend or report.
pub fn reader_status(e: &ReaderError) -> StatusCode {
    match e {
        ReaderError::NotFound | ReaderError::NotApproved => StatusCode::NOT_FOUND,
        ReaderError::NotYours
        | ReaderError::WindowClosed(_)
        | ReaderError::TooManyEdits(_)
        | ReaderError::Banned => StatusCode::FORBIDDEN,
        ReaderError::Invalid(_) | ReaderError::BadReason(_) => StatusCode::UNPROCESSABLE_ENTITY,
        ReaderError::Store(StoreError::Unstorable) => StatusCode::BAD_REQUEST,
        ReaderError::Store(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}
