//! Comments on any website: the embed's JSON API under `/api/` and the
//! script at `/embed.js`. A static page names itself by address; its
//! thread is an article row with that address (`Article::external_url`),
//! made by the first comment when the page's site is allowed
//! (`embed.allowed_origins`), and shown with the same templates, rules and
//! sanitised HTML as masthead's own pages. Browsers on allowed origins may
//! read the answers (CORS); the commenter's proof of authorship is a signed
//! token the embedding page keeps (`AuthorTokens`), never a cookie.
pub(crate) mod comments;
pub(crate) mod counts;
pub mod dto;
pub mod error;
pub(crate) mod reader;
mod script;
pub(crate) mod thread;

use crate::localize::Text;
use crate::page_cache::Discussion;
use crate::state::AppState;
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, header};
use axum::routing::get;
use masthead_core::article::Article;
use masthead_core::article::thread::PageUrl;
use masthead_core::chrono::Utc;
use masthead_core::comment::{AuthorTokens, Authored};
use masthead_core::i18n::{Lang, Tr};
use masthead_core::ids::CommentId;
use masthead_core::settings::SiteSettings;
use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;
use tower_http::cors::{AllowOrigin, CorsLayer};

pub use error::ApiError;
pub use script::script;

/// The request header carrying the reader's author tokens, space-separated.
pub const AUTHORED: HeaderName = HeaderName::from_static("x-masthead-authored");
/// At most this many author tokens are read from one request.
const MAX_TOKENS: usize = 50;
/// A comment is a few KB; JSON escaping can double it.
const BODY_LIMIT: usize = 256 * 1024;

pub fn routes(state: AppState) -> Router<AppState> {
    let cors = CorsLayer::new()
        .allow_origin(AllowOrigin::async_predicate(
            move |origin: HeaderValue, _: &axum::http::request::Parts| {
                let state = state.clone();
                async move { origin_allowed(&state, &origin).await }
            },
        ))
        .allow_methods([Method::GET, Method::POST, Method::PATCH, Method::DELETE])
        .allow_headers([header::CONTENT_TYPE, AUTHORED, reader::READER])
        .max_age(Duration::from_secs(600));
    Router::new()
        .route("/api/embed", get(thread::embed))
        .route("/api/threads", get(thread::one))
        .route(
            "/api/comments",
            get(comments::list)
                .post(comments::create)
                .layer(DefaultBodyLimit::max(BODY_LIMIT)),
        )
        .route(
            "/api/comments/{id}",
            axum::routing::patch(reader::edit)
                .delete(reader::delete)
                .layer(DefaultBodyLimit::max(BODY_LIMIT)),
        )
        .route(
            "/api/comments/{id}/recommend",
            axum::routing::post(reader::recommend),
        )
        .route(
            "/api/comments/{id}/report",
            axum::routing::post(reader::report).layer(DefaultBodyLimit::max(BODY_LIMIT)),
        )
        .route("/api/counts", get(counts::counts))
        .layer(cors)
}

async fn origin_allowed(state: &AppState, origin: &HeaderValue) -> bool {
    let Ok(origin) = origin.to_str() else {
        return false;
    };
    match state.settings().await {
        Ok(s) => s.embed_origins.allows(origin),
        Err(_) => false,
    }
}

/// Refuses a browser request sent from a page of a site that may not embed
/// (a request without `Origin`, from a program or masthead's own pages, is
/// judged by the page address alone).
fn check_request_origin(settings: &SiteSettings, headers: &HeaderMap) -> Result<(), ApiError> {
    let Some(origin) = headers.get(header::ORIGIN) else {
        return Ok(());
    };
    let origin = origin.to_str().unwrap_or("");
    if crate::origin::is_own(settings, headers, origin) || settings.embed_origins.allows(origin) {
        Ok(())
    } else {
        Err(ApiError::new(
            axum::http::StatusCode::FORBIDDEN,
            "origin_not_allowed",
            Text::s("error-origin-not-allowed", "origin", origin),
        ))
    }
}

/// The page address a request names, normalised, and allowed to embed.
fn page_url(settings: &SiteSettings, raw: Option<&str>) -> Result<PageUrl, ApiError> {
    let raw = raw.ok_or_else(|| ApiError::param(Text::id("error-param-url-required")))?;
    let url = PageUrl::parse(raw)?;
    masthead_core::service::check_origin(settings, &url)?;
    Ok(url)
}

/// The comments this reader wrote, from the author tokens they sent.
fn authored(state: &AppState, headers: &HeaderMap) -> Vec<Authored> {
    author_proofs(state, headers)
}

/// Those of them still in the edit window.
fn editable(state: &AppState, headers: &HeaderMap, settings: &SiteSettings) -> Vec<CommentId> {
    let window = masthead_core::service::edit_window(settings);
    let now = Utc::now();
    author_proofs(state, headers)
        .into_iter()
        .filter(|a| window.is_open(a.issued, now))
        .map(|a| a.comment)
        .collect()
}

/// What the author tokens a reader sent prove.
fn author_proofs(state: &AppState, headers: &HeaderMap) -> Vec<Authored> {
    let tokens = AuthorTokens::new(state.secret());
    headers
        .get_all(AUTHORED)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split([' ', ',']))
        .filter(|t| !t.is_empty())
        .take(MAX_TOKENS)
        .filter_map(|t| tokens.verify(t))
        .collect()
}

/// A page's live thread and its shared approved discussion as of now.
async fn live_thread(
    state: &AppState,
    settings: &SiteSettings,
    url: &PageUrl,
) -> Result<(Article, Arc<Discussion>), ApiError> {
    let now = Utc::now();
    let thread = state
        .store
        .thread_by_url(url.as_str())
        .await?
        .filter(|a| a.is_live(now))
        .ok_or_else(ApiError::no_thread)?;
    let version = state.store.page_version(thread.id).await?;
    let depth = settings.thread_depth as usize;
    let d = state
        .threads
        .approved(state.store.as_ref(), thread.id, version, depth)
        .await?;
    Ok((thread, d))
}

/// A JSON body of type `T`, or the 415 / 400 that says what is wrong.
fn json_body<T: serde::de::DeserializeOwned>(
    headers: &HeaderMap,
    body: &[u8],
) -> Result<T, ApiError> {
    let is_json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.trim_start()
                .to_ascii_lowercase()
                .starts_with("application/json")
        });
    if !is_json {
        return Err(ApiError::new(
            axum::http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            Text::id("error-not-json"),
        ));
    }
    serde_json::from_slice(body).map_err(|e| {
        // serde's detail is English and for developers: logged, not shown.
        tracing::debug!("embed API: unreadable body: {e}");
        ApiError::new(
            axum::http::StatusCode::BAD_REQUEST,
            "invalid_json",
            Text::id("error-bad-json"),
        )
    })
}

/// The language of an embed: the one it asked for (`lang`, from
/// `data-masthead-lang`) when masthead ships it, else the site's.
pub(crate) fn language(settings: &SiteSettings, asked: Option<&str>) -> Lang {
    asked
        .and_then(|l| Lang::parse(l).ok())
        .unwrap_or(settings.language)
}

/// The words embed.js shows itself, by the names it uses.
const SCRIPT_WORDS: &[(&str, &str)] = &[
    ("load_failed", "error-embed-load-failed"),
    ("send_failed", "error-embed-send-failed"),
    ("recommended", "error-embed-recommended"),
    ("retry", "error-embed-retry"),
    ("failed", "error-embed-failed"),
    ("report_question", "error-embed-report-question"),
    ("reason_spam", "error-embed-reason-spam"),
    ("reason_abusive", "error-embed-reason-abusive"),
    ("reason_off-topic", "error-embed-reason-off-topic"),
    ("reason_misinformation", "error-embed-reason-misinformation"),
    ("reason_other", "error-embed-reason-other"),
    ("send_report", "error-embed-send-report"),
    ("report_thanks", "error-embed-report-thanks"),
    ("report_failed", "error-embed-report-failed"),
    ("edit_label", "error-embed-edit-label"),
    ("save", "error-embed-save"),
    ("delete", "error-embed-delete"),
    ("delete_confirm", "error-embed-delete-confirm"),
    ("more", "error-embed-more"),
    ("error_label", "error-label"),
    ("not_posted", "error-not-posted"),
];

/// [`SCRIPT_WORDS`] in `lang`.
pub(crate) fn script_words(lang: Lang) -> BTreeMap<String, String> {
    let t = Tr::new(lang);
    SCRIPT_WORDS
        .iter()
        .map(|(name, id)| (name.to_string(), t.t(id)))
        .collect()
}

/// masthead's own address, for links that leave the embedding page: the
/// site's `site.url`, or the address the request came to.
fn base(settings: &SiteSettings, headers: &HeaderMap) -> String {
    if settings.url.is_empty() {
        crate::wp_json::base_url(headers)
    } else {
        settings.url.clone()
    }
}
