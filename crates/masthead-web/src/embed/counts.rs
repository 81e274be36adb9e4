//! `GET /api/counts?url=…&url=…`: approved comments per page, for the
//! comment counts on a site's index pages, in one request.
use super::dto::CountsDto;
use super::request::language;
use crate::error::{ApiError, Text};
use crate::state::AppState;
use axum::Json;
use axum::extract::{RawQuery, State};
use masthead_core::article::thread::PageUrl;
use masthead_core::i18n::Tr;
use std::collections::BTreeMap;

/// At most this many pages per request.
const MAX_URLS: usize = 200;

#[utoipa::path(get, path = "/api/counts", tag = "embed",
    params(("url" = Vec<String>, Query, description = "Page addresses (repeat the parameter, at most 200)", explode = true),
        ("lang" = Option<String>, Query, description = "The language of `labels` (`data-masthead-lang`); the site's by default")),
    responses(
        (status = 200, description = "Approved comments per address as asked; 0 for a page with no thread, or one whose site may not embed", body = CountsDto),
        (status = 400, description = "No address, too many, or one that is not a URL", body = crate::error::ApiErrorBody),
    ))]
pub async fn counts(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> Result<Json<CountsDto>, ApiError> {
    let settings = state.settings().await?;
    let query = query.unwrap_or_default();
    let asked: Vec<String> = form_urlencoded::parse(query.as_bytes())
        .filter(|(k, _)| k == "url")
        .map(|(_, v)| v.into_owned())
        .collect();
    let lang = form_urlencoded::parse(query.as_bytes())
        .find(|(k, _)| k == "lang")
        .map(|(_, v)| v.into_owned());
    let t = Tr::new(language(&settings, lang.as_deref()));
    if asked.is_empty() {
        return Err(ApiError::param(Text::id("error-param-counts-none")));
    }
    if asked.len() > MAX_URLS {
        return Err(ApiError::param(Text::n(
            "error-param-counts-many",
            MAX_URLS as i64,
        )));
    }
    let mut keys = Vec::with_capacity(asked.len());
    for raw in &asked {
        let url = PageUrl::parse(raw)?;
        keys.push(
            settings
                .embed_origins
                .allows(url.origin())
                .then(|| url.as_str().to_string()),
        );
    }
    let wanted: Vec<String> = keys.iter().flatten().cloned().collect();
    let found: BTreeMap<String, u64> = state
        .store
        .thread_counts(&wanted)
        .await?
        .into_iter()
        .collect();
    let counts: BTreeMap<String, u64> = asked
        .into_iter()
        .zip(keys)
        .map(|(raw, key)| {
            let n = key.and_then(|k| found.get(&k).copied()).unwrap_or(0);
            (raw, n)
        })
        .collect();
    // Plural forms are the language's; the script only places the words.
    let labels = counts
        .iter()
        .map(|(url, n)| {
            let n = i64::try_from(*n).unwrap_or(i64::MAX);
            (url.clone(), t.n("comments-count", n))
        })
        .collect();
    Ok(Json(CountsDto { counts, labels }))
}
