//! Errors of masthead's own pages, answered as an HTML error page.
//! Handlers return `Result<_, WebError>`; anything unexpected is logged in
//! full and shown to the visitor as a plain 500 page without internals.
//! Each error of the core use cases has its one status (`super::status`,
//! the `From` impls here); the REST API's and the embed's shapes of the
//! same errors are `super::wp` and `super::embed`.
use super::context;
use super::page::{not_found, page};
use super::status::{reader_status, submit_status};
use super::text::Text;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use masthead_core::i18n::{Lang, Tr};
use masthead_core::service::{ModerationError, ReaderError, SubmitError};
use masthead_core::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum WebError {
    /// 404: no such page.
    #[error("Page not found")]
    NotFound,
    /// A refusal in the reader's words: 400 bad request, 403, 413, 410 and
    /// the refusals of the use cases.
    #[error("{text}")]
    Refused { status: StatusCode, text: Text },
    /// 415: a form post that is not `application/x-www-form-urlencoded`.
    #[error("Forms must be sent as application/x-www-form-urlencoded.")]
    UnsupportedMediaType,
    /// 429: this address must wait this many seconds (`Retry-After`).
    #[error("too many requests: wait {0} s")]
    TooMany(u64),
    /// 503: this node is full for now; come back in `retry_after` seconds.
    #[error("{text}")]
    Busy { text: Text, retry_after: u64 },
    /// 500: storage failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// 500: a template failed to render (a bug).
    #[error("template error: {0}")]
    Template(#[from] askama::Error),
    /// 500: something that should not fail did (a worker died, the OS gave
    /// no random numbers, the server was started with an unusable secret).
    /// The detail is for the log only.
    #[error("{0}")]
    Internal(String),
}

impl WebError {
    /// A refusal with `status`, in the reader's words.
    pub fn refused(status: StatusCode, text: impl Into<Text>) -> Self {
        Self::Refused {
            status,
            text: text.into(),
        }
    }

    /// 400 in the reader's words.
    pub fn bad_request(text: impl Into<Text>) -> Self {
        Self::refused(StatusCode::BAD_REQUEST, text)
    }

    /// 403 in the reader's words.
    pub fn forbidden(text: impl Into<Text>) -> Self {
        Self::refused(StatusCode::FORBIDDEN, text)
    }

    pub fn status(&self) -> StatusCode {
        match self {
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::Refused { status, .. } => *status,
            Self::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::TooMany(_) => StatusCode::TOO_MANY_REQUESTS,
            Self::Busy { .. } => StatusCode::SERVICE_UNAVAILABLE,
            Self::Store(StoreError::Unstorable) => StatusCode::BAD_REQUEST,
            Self::Store(_) | Self::Template(_) | Self::Internal(_) => {
                StatusCode::INTERNAL_SERVER_ERROR
            }
        }
    }

    /// What a person is told (server errors: only that something failed).
    pub fn text(&self) -> Text {
        match self {
            Self::Busy { text, .. } => text.clone(),
            e if e.status().is_server_error() => Text::id("error-server"),
            Self::Refused { text, .. } => text.clone(),
            Self::UnsupportedMediaType => Text::id("error-form-type"),
            Self::TooMany(wait) => Text::n(
                "error-too-many-wait",
                i64::try_from((*wait).max(1)).unwrap_or(i64::MAX),
            ),
            // The storage layer's refusal of a text (a 400): its own words.
            other => Text::verbatim(other.to_string()),
        }
    }

    /// The answer, written in `lang` (outside a request's scope: the
    /// request limiter's 429, which must not read the settings afresh).
    pub fn respond(self, lang: Lang) -> Response {
        let t = Tr::new(lang);
        let status = self.status();
        let (content_type, body) = match &self {
            Self::Busy { .. } => page(t, "error-title-refused", &self.text().get(t)),
            _ if status.is_server_error() => {
                tracing::error!(error = %self, "request failed");
                page(t, "error-title-server", &t.t("error-server"))
            }
            Self::NotFound => not_found(t),
            Self::TooMany(_) => page(t, "error-title-too-many", &self.text().get(t)),
            _ if status == StatusCode::NOT_FOUND => {
                page(t, "error-title-not-found", &self.text().get(t))
            }
            _ => page(t, "error-title-refused", &self.text().get(t)),
        };
        let mut response = (status, [(header::CONTENT_TYPE, content_type)], body).into_response();
        if let Self::TooMany(wait)
        | Self::Busy {
            retry_after: wait, ..
        } = self
        {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(wait.max(1)));
        }
        response
    }
}

/// In the request's language.
impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        self.respond(context::lang())
    }
}

impl From<SubmitError> for WebError {
    fn from(e: SubmitError) -> Self {
        match e {
            SubmitError::Store(s) => Self::Store(s),
            SubmitError::Invalid(_) => Self::bad_request(Text::of(e)),
            other => Self::refused(submit_status(&other), Text::of(other)),
        }
    }
}

impl From<ReaderError> for WebError {
    fn from(e: ReaderError) -> Self {
        match e {
            ReaderError::Store(s) => Self::Store(s),
            other => Self::refused(reader_status(&other), Text::of(other)),
        }
    }
}

impl From<ModerationError> for WebError {
    fn from(e: ModerationError) -> Self {
        let status = match e {
            ModerationError::Store(s) => return Self::Store(s),
            ModerationError::NoComments => StatusCode::BAD_REQUEST,
            ModerationError::CommentNotFound(_) => StatusCode::NOT_FOUND,
            ModerationError::OutsideDesk(_) => StatusCode::FORBIDDEN,
        };
        Self::refused(status, Text::of(e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusals_keep_their_status_and_words() {
        let e = WebError::forbidden(Text::id("error-foreign-form"));
        assert_eq!(e.status(), StatusCode::FORBIDDEN);
        let fr = Tr::new(Lang::Fr);
        assert_eq!(e.text().get(fr), fr.t("error-foreign-form"));
        // A server error says only that something failed, whatever it was.
        let e = WebError::Internal("a secret detail".into());
        assert_eq!(e.text().get(fr), fr.t("error-server"));
    }

    #[tokio::test]
    async fn an_error_is_written_in_the_request_s_language() {
        let body = |r: axum::response::Response| async move {
            let bytes = axum::body::to_bytes(r.into_body(), usize::MAX)
                .await
                .unwrap();
            String::from_utf8(bytes.to_vec()).unwrap()
        };
        let de = Tr::new(Lang::De);
        let answer = context::scope(Lang::De, async { WebError::TooMany(3).into_response() }).await;
        assert_eq!(answer.status(), StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(answer.headers()["retry-after"], "3");
        let text = body(answer).await;
        assert!(text.contains(r#"<html lang="de""#), "{text}");
        assert!(text.contains(&de.n("error-too-many-wait", 3)), "{text}");
    }
}
