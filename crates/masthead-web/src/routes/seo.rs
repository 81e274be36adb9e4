//! What search engines fetch besides pages: `/robots.txt`, the sitemap
//! index `/sitemap.xml` and its pages `/sitemap-N.xml`, and the Google News
//! sitemap `/news-sitemap.xml`. Addresses are absolute, under `site.url`
//! or, until it is set, the address the request came to.
use crate::error::WebError;
use crate::page_cache::{Answer, Fresh, Freshness};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};
use masthead_core::chrono::{Duration, Utc};
use masthead_core::seo::{self, news, robots, sitemap};

const XML: &str = "application/xml; charset=utf-8";
const TEXT: &str = "text/plain; charset=utf-8";

pub async fn robots_txt(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let settings = state.settings().await?;
    let base = crate::views::site_base(&settings, &headers);
    let body = robots::render(&settings.robots, &base);
    Ok(([(header::CONTENT_TYPE, TEXT)], body).into_response())
}

pub async fn index(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let settings = state.settings().await?;
    let base = crate::views::site_base(&settings, &headers);
    let entries = state.store.count_sitemap_entries().await?;
    let pages = sitemap::page_count(entries, sitemap::MAX_URLS);
    // Each page's newest change, so crawlers refetch only pages that moved;
    // the first holds the home page, which changes with the newest article.
    let mut lastmods = state.store.sitemap_lastmods(sitemap::MAX_URLS).await?;
    if let (Some(first), Some(newest)) = (lastmods.first().copied(), lastmods.iter().max().copied())
    {
        lastmods[0] = first.max(newest);
    }
    let body = sitemap::write_index(&base, pages, &lastmods).map_err(xml_error)?;
    Ok(([(header::CONTENT_TYPE, XML)], body).into_response())
}

/// `/sitemap-N.xml`. A page is up to 50,000 rows: kept in the response
/// cache under the number every change moves, like the home page.
pub async fn page(
    State(state): State<AppState>,
    Path(name): Path<String>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let n = name
        .strip_suffix(".xml")
        .filter(|n| !n.is_empty() && n.len() <= 9 && n.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|n| n.parse::<u64>().ok())
        .ok_or(WebError::NotFound)?;
    let settings = state.settings().await?;
    let base = crate::views::site_base(&settings, &headers);
    let key = format!("sitemap|{base}|{n}");
    let render = |_| async {
        let total = state.store.count_sitemap_entries().await?;
        let slice = sitemap::page_slice(n, total, sitemap::MAX_URLS).ok_or(WebError::NotFound)?;
        let entries = if slice.count > 0 {
            let limit = u32::try_from(slice.count).unwrap_or(u32::MAX);
            state.store.sitemap_entries(slice.offset, limit).await?
        } else {
            Vec::new()
        };
        // The home page changes with the newest article.
        let home = if slice.home {
            let newest = state
                .store
                .articles_since(Utc::now() - Duration::days(36_500), 1)
                .await?;
            Some(newest.first().map(|e| e.last_modified()))
        } else {
            None
        };
        let body = sitemap::write_page(&base, home, &entries).map_err(xml_error)?;
        Ok::<_, WebError>(Fresh::Keep(Answer {
            body: body.into(),
            content_type: XML,
            headers: vec![(header::CACHE_CONTROL, state.public_cache_control())],
        }))
    };
    state
        .cache
        .get_or_render(key, Freshness::Generation, &headers, render)
        .await
}

/// The Google News sitemap: read per request (at most a thousand rows),
/// since an article leaves it when its two days are over.
pub async fn news_sitemap(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let settings = state.settings().await?;
    let base = crate::views::site_base(&settings, &headers);
    let since = Utc::now() - Duration::hours(news::WINDOW_HOURS);
    let entries = state
        .store
        .articles_since(since, news::MAX_ARTICLES)
        .await?;
    let body = news::write(&base, &settings.title, seo::LANGUAGE, &entries).map_err(xml_error)?;
    Ok(([(header::CONTENT_TYPE, XML)], body).into_response())
}

fn xml_error(e: std::io::Error) -> WebError {
    WebError::Internal(format!("writing a sitemap: {e}"))
}
