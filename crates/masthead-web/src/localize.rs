//! Error answers in the reader's language. Handlers and extractors refuse
//! with errors that know their words but not the language (`WebError`,
//! `ApiError`, `WpError` hold a [`Text`]); their `into_response` leaves the
//! body to [`localize`], the layer around every route, which learns the
//! language once the handler is done — the site's (`site.language`), or the
//! embed's own choice (`lang` on `/api/` requests, from `data-masthead-lang`)
//! — and writes the body. So errors are still turned into answers in one
//! place per shape, and no handler has to carry the settings to fail.
use crate::state::AppState;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use masthead_core::Localized;
use masthead_core::i18n::{Lang, Tr};
use std::fmt;
use std::sync::Arc;

/// Words for a person, written when the language is known.
#[derive(Clone)]
pub struct Text(Arc<dyn Fn(Tr) -> String + Send + Sync>);

impl Text {
    /// Catalogue message `id`.
    pub fn id(id: &'static str) -> Self {
        Self(Arc::new(move |t| t.t(id)))
    }

    /// Catalogue message `id` with `$count` (plural forms).
    pub fn n(id: &'static str, count: i64) -> Self {
        Self(Arc::new(move |t| t.n(id, count)))
    }

    /// Catalogue message `id` with one text variable.
    pub fn s(id: &'static str, name: &'static str, value: impl Into<String>) -> Self {
        let value = value.into();
        Self(Arc::new(move |t| t.s(id, name, &value)))
    }

    /// What a core error says to a person.
    pub fn of(e: impl Localized + Send + Sync + 'static) -> Self {
        Self(Arc::new(move |t| e.message(t)))
    }

    /// Text that is the same in every language. Only for words that are
    /// not ours to translate (a staff member's own input, a detail the
    /// admin's pages wrote before they were translated).
    pub fn verbatim(s: impl Into<String>) -> Self {
        let s = s.into();
        Self(Arc::new(move |_| s.clone()))
    }

    pub fn get(&self, t: Tr) -> String {
        (self.0)(t)
    }
}

/// English, for logs.
impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.get(Tr::new(Lang::En)))
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Text({:?})", self.to_string())
    }
}

type Render = dyn Fn(Tr) -> (&'static str, String) + Send + Sync;

/// The body of an answer, waiting for its language: its content type and
/// text in a given language.
#[derive(Clone)]
struct Deferred(Arc<Render>);

/// An answer with `status` whose body `render` writes in the request's
/// language (by [`localize`]).
pub fn deferred(
    status: StatusCode,
    render: impl Fn(Tr) -> (&'static str, String) + Send + Sync + 'static,
) -> Response {
    let mut response = status.into_response();
    response.extensions_mut().insert(Deferred(Arc::new(render)));
    response
}

/// The language the embed asked for with `lang=` on an `/api/` request; a
/// language masthead does not ship is no choice (the site's applies).
pub fn asked_lang(uri: &Uri) -> Option<Lang> {
    if !uri.path().starts_with("/api/") {
        return None;
    }
    form_urlencoded::parse(uri.query()?.as_bytes())
        .find(|(k, _)| k == "lang")
        .and_then(|(_, v)| Lang::parse(&v).ok())
}

/// Middleware: writes deferred bodies in the request's language, and gives
/// the bodies of the framework's own refusals (a body over the limit, a
/// query that does not parse: plain English text) the shape and the
/// language of masthead's.
pub async fn localize(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let asked = asked_lang(req.uri());
    let path = req.uri().path().to_string();
    let mut response = next.run(req).await;
    let render = match response.extensions_mut().remove::<Deferred>() {
        Some(Deferred(render)) => render,
        None if is_framework_refusal(&response) => framework_refusal(response.status(), &path),
        None => return response,
    };
    let lang = match asked {
        Some(lang) => lang,
        // A 429 must cost no database read: the settings as last read.
        None => {
            state
                .language(response.status() != StatusCode::TOO_MANY_REQUESTS)
                .await
        }
    };
    let (content_type, body) = render(Tr::new(lang));
    let (mut parts, _) = response.into_parts();
    parts.headers.remove(header::CONTENT_ENCODING);
    parts.headers.remove(header::CONTENT_LENGTH);
    parts
        .headers
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    Response::from_parts(parts, Body::from(body))
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

fn framework_refusal(status: StatusCode, path: &str) -> Arc<Render> {
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
    if path.starts_with("/api/") {
        Arc::new(move |t| crate::embed::error::json_body(t, embed_code, &text))
    } else if path.starts_with("/wp-json") {
        Arc::new(move |t| crate::wp_json::error::json_body(t, rest_code, status, &text))
    } else {
        Arc::new(move |t| crate::error::page(t, "error-title-refused", &text.get(t)))
    }
}
