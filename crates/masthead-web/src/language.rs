//! The language of a request's answers, settled before its handler runs:
//! the embed's own choice (`lang` on `/api/` requests, from
//! `data-masthead-lang`), else the site's (`site.language`, from the
//! settings as cached per site version: no database read while nothing
//! changed). The rest of the request runs in its scope (`error::scope`), so
//! every error is written in it where it becomes a response.
use crate::error;
use crate::state::AppState;
use axum::extract::{Request, State};
use axum::http::Uri;
use axum::middleware::Next;
use axum::response::Response;
use masthead_core::i18n::Lang;

/// Middleware: runs the request in its answers' language.
pub async fn settle(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let lang = match asked_lang(req.uri()) {
        Some(lang) => lang,
        None => state.language(true).await,
    };
    error::scope(lang, next.run(req)).await
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
