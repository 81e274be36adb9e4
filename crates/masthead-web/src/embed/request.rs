//! What the embed's handlers read from a request alike: whether the page
//! it came from may embed, the page address it names, the author tokens
//! it carries, its JSON body, and the page's live thread.
use crate::error::{ApiError, Text};
use crate::page_cache::Discussion;
use crate::state::AppState;
use axum::http::{HeaderMap, HeaderName, StatusCode, header};
use masthead_core::article::Article;
use masthead_core::article::thread::PageUrl;
use masthead_core::chrono::Utc;
use masthead_core::comment::{AuthorTokens, Authored};
use masthead_core::i18n::Lang;
use masthead_core::ids::CommentId;
use masthead_core::settings::SiteSettings;
use std::sync::Arc;

/// The request header carrying the reader's author tokens, space-separated.
pub const AUTHORED: HeaderName = HeaderName::from_static("x-masthead-authored");
/// At most this many author tokens are read from one request.
pub const MAX_TOKENS: usize = 50;

/// Refuses a browser request sent from a page of a site that may not embed
/// (a request without `Origin`, from a program or masthead's own pages, is
/// judged by the page address alone).
pub fn check_request_origin(settings: &SiteSettings, headers: &HeaderMap) -> Result<(), ApiError> {
    let Some(origin) = headers.get(header::ORIGIN) else {
        return Ok(());
    };
    let origin = origin.to_str().unwrap_or("");
    if crate::origin::is_own(settings, headers, origin) || settings.embed_origins.allows(origin) {
        Ok(())
    } else {
        Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "origin_not_allowed",
            Text::s("error-origin-not-allowed", "origin", origin),
        ))
    }
}

/// The page address a request names, normalised, and allowed to embed.
pub fn page_url(settings: &SiteSettings, raw: Option<&str>) -> Result<PageUrl, ApiError> {
    let raw = raw.ok_or_else(|| ApiError::param(Text::id("error-param-url-required")))?;
    let url = PageUrl::parse(raw)?;
    masthead_core::service::check_origin(settings, &url)?;
    Ok(url)
}

/// The comments this reader wrote, from the author tokens they sent.
pub fn authored(state: &AppState, headers: &HeaderMap) -> Vec<Authored> {
    author_proofs(state, headers)
}

/// Those of them still in the edit window.
pub fn editable(state: &AppState, headers: &HeaderMap, settings: &SiteSettings) -> Vec<CommentId> {
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
pub async fn live_thread(
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
pub fn json_body<T: serde::de::DeserializeOwned>(
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
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            Text::id("error-not-json"),
        ));
    }
    serde_json::from_slice(body).map_err(|e| {
        // serde's detail is English and for developers: logged, not shown.
        tracing::debug!("embed API: unreadable body: {e}");
        ApiError::new(
            StatusCode::BAD_REQUEST,
            "invalid_json",
            Text::id("error-bad-json"),
        )
    })
}

/// The language of an embed: the one it asked for (`lang`, from
/// `data-masthead-lang`) when masthead ships it, else the site's.
pub fn language(settings: &SiteSettings, asked: Option<&str>) -> Lang {
    asked
        .and_then(|l| Lang::parse(l).ok())
        .unwrap_or(settings.language)
}
