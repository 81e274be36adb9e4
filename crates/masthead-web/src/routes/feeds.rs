//! The feeds, at WordPress's addresses: `/feed/` (the latest articles),
//! `/comments/feed/` (the latest approved comments), `/articles/SLUG/feed/`
//! (one article's); each also as Atom under `…/feed/atom/`. The XML is
//! written by `masthead_core::feed`; this module reads the store, keeps the
//! bytes in the response cache under the version that moves when they may
//! change, and answers conditional requests from it.
//!
//! Comments on outside pages (the embed's threads) are left out of
//! `/comments/feed/`: they belong to another site's page, which this site
//! has no page of its own for, and article lists leave those threads out
//! too.
use crate::error::WebError;
use crate::page_cache::{Answer, Fresh, Freshness};
use crate::pages::not_found::not_found_page;
use crate::pages::old_address::moved;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use masthead_core::Timestamp;
use masthead_core::article::Article;
use masthead_core::chrono::{DateTime, Utc};
use masthead_core::comment::PublicComment;
use masthead_core::feed::{self, CommentTitle, FEED_ITEMS, Feed};
use masthead_core::i18n::Tr;
use masthead_core::ids::ArticleId;
use masthead_core::store::{ArticleOrder, ArticleQuery, PublicCommentQuery};
use sha2::Digest;
use std::collections::HashMap;
use std::collections::hash_map::Entry;

/// How a feed is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Rss,
    Atom,
}

impl Format {
    fn content_type(self) -> &'static str {
        match self {
            Self::Rss => feed::rss::CONTENT_TYPE,
            Self::Atom => feed::atom::CONTENT_TYPE,
        }
    }

    /// The feed's address below its base (`/feed/` or `/feed/atom/`).
    fn suffix(self) -> &'static str {
        match self {
            Self::Rss => "feed/",
            Self::Atom => "feed/atom/",
        }
    }

    fn write(self, f: &Feed) -> Result<Vec<u8>, WebError> {
        let bytes = match self {
            Self::Rss => feed::rss::write(f),
            Self::Atom => feed::atom::write(f),
        };
        bytes.map_err(|e| WebError::Internal(e.to_string()))
    }
}

pub async fn articles_rss(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    site_feed(&state, &headers, Format::Rss, Kind::Articles).await
}

pub async fn articles_atom(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    site_feed(&state, &headers, Format::Atom, Kind::Articles).await
}

pub async fn comments_rss(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    site_feed(&state, &headers, Format::Rss, Kind::Comments).await
}

pub async fn comments_atom(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    site_feed(&state, &headers, Format::Atom, Kind::Comments).await
}

pub async fn article_rss(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    article_feed(&state, &slug, &headers, Format::Rss).await
}

pub async fn article_atom(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    article_feed(&state, &slug, &headers, Format::Atom).await
}

/// A feed's address without its final slash: moved to the one with it,
/// as WordPress's feeds and the comment pages are.
pub async fn add_slash(uri: axum::http::Uri) -> Response {
    let query = uri.query().map(|q| format!("?{q}")).unwrap_or_default();
    moved(&format!("{}/{query}", uri.path()))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Articles,
    Comments,
}

/// `/feed/` and `/comments/feed/`: kept under the number every change moves.
async fn site_feed(
    state: &AppState,
    request: &HeaderMap,
    format: Format,
    kind: Kind,
) -> Result<Response, WebError> {
    let settings = state.settings().await?;
    let tr = Tr::new(settings.language);
    let base = base(&settings, request);
    let key = format!("feed|{kind:?}|{format:?}|{base}");
    // The version is read before the feed, so its tag never names a newer
    // state than it shows.
    let render = |version| async move {
        let feed = match kind {
            Kind::Articles => {
                let entries = latest_articles(state, &base).await?;
                Feed {
                    title: settings.title.clone(),
                    description: settings.shown_description(),
                    link: format!("{base}/"),
                    self_url: format!("{base}/{}", format.suffix()),
                    updated: Feed::newest(&entries, DateTime::<Utc>::UNIX_EPOCH),
                    entries,
                }
            }
            Kind::Comments => {
                let entries = latest_comments(state, &base, tr).await?;
                Feed {
                    title: tr.s("feed-site-comments", "site", &settings.title),
                    description: settings.shown_description(),
                    link: format!("{base}/"),
                    self_url: format!("{base}/comments/{}", format.suffix()),
                    updated: Feed::newest(&entries, DateTime::<Utc>::UNIX_EPOCH),
                    entries,
                }
            }
        };
        answer(version, &feed, format)
    };
    let response = state
        .cache
        .get_or_render(key, Freshness::Generation, request, render)
        .await?;
    Ok(conditional(request, response))
}

/// `/articles/SLUG/feed/`: kept under the article's page version, which
/// moves with its discussion and with site-wide changes only.
async fn article_feed(
    state: &AppState,
    slug: &str,
    request: &HeaderMap,
    format: Format,
) -> Result<Response, WebError> {
    let Some(article) = state
        .store
        .article_by_slug(slug)
        .await?
        .filter(|a| a.is_live(Utc::now()) && !a.is_thread())
    else {
        return not_found_page(state).await;
    };
    let settings = state.settings().await?;
    let tr = Tr::new(settings.language);
    let base = base(&settings, request);
    let key = format!("feed|article|{}|{format:?}|{base}", article.id.0);
    let id = article.id;
    let render = |version| async move {
        let (comments, _) = state
            .store
            .query_public_comments(&PublicCommentQuery {
                articles: vec![article.id],
                ascending: false,
                limit: FEED_ITEMS,
                ..PublicCommentQuery::default()
            })
            .await?;
        let link = feed::absolute(&base, &article.path());
        // A live story's updates come with its comments, newest first.
        let updates = state.store.entries(article.id).await?;
        let mut entries: Vec<feed::Entry> = comments
            .iter()
            .map(|c| feed::comment_entry(c, &article.title, &base, CommentTitle::ByAuthor, tr))
            .chain(updates.iter().map(|u| feed::Entry {
                title: tr.s("feed-live-update", "title", &article.title),
                link: format!("{link}#entry-{}", u.id),
                author: u.author.clone(),
                published: u.created_at,
                updated: u.created_at,
                summary: String::new(),
                content_html: u.html.as_str().to_string(),
                enclosure: None,
            }))
            .collect();
        entries.sort_by_key(|e| std::cmp::Reverse(e.published));
        entries.truncate(FEED_ITEMS as usize);
        let feed = Feed {
            title: tr.s("feed-article-comments", "title", &article.title),
            description: settings.shown_description(),
            self_url: format!("{link}/{}", format.suffix()),
            link,
            updated: Feed::newest(&entries, article.published_at),
            entries,
        };
        answer(version, &feed, format)
    };
    let response = state
        .cache
        .get_or_render(key, Freshness::Article(id), request, render)
        .await?;
    Ok(conditional(request, response))
}

/// The newest live articles, with their photos as enclosures.
async fn latest_articles(state: &AppState, base: &str) -> Result<Vec<feed::Entry>, WebError> {
    let (articles, _) = state
        .store
        .query_articles(&ArticleQuery {
            order_by: ArticleOrder::Date,
            ascending: false,
            limit: FEED_ITEMS,
            ..ArticleQuery::default()
        })
        .await?;
    let mut entries = Vec::with_capacity(articles.len());
    for a in &articles {
        let enclosure = match &a.photo {
            Some(photo) => {
                let stored = match feed::media_name(photo) {
                    Some(name) => state.store.media_info(name).await?,
                    None => None,
                };
                Some(feed::photo_enclosure(photo, base, stored))
            }
            None => None,
        };
        entries.push(feed::article_entry(a, base, enclosure));
    }
    Ok(entries)
}

/// The newest approved comments on the site's own live articles and pages.
async fn latest_comments(
    state: &AppState,
    base: &str,
    tr: Tr,
) -> Result<Vec<feed::Entry>, WebError> {
    // Rounds of this many, so that comments on outside pages, left out,
    // do not leave the feed short; a few rounds at most.
    const ROUND: u32 = 50;
    let mut articles: HashMap<ArticleId, Option<Article>> = HashMap::new();
    let mut kept: Vec<(PublicComment, String)> = Vec::new();
    for round in 0..4u64 {
        let (comments, total) = state
            .store
            .query_public_comments(&PublicCommentQuery {
                ascending: false,
                offset: round * u64::from(ROUND),
                limit: ROUND,
                ..PublicCommentQuery::default()
            })
            .await?;
        let fetched = comments.len();
        for c in comments {
            let article = match articles.entry(c.article_id) {
                Entry::Occupied(known) => known.into_mut(),
                Entry::Vacant(slot) => {
                    let a = state.store.article_by_id(c.article_id).await?;
                    slot.insert(a.filter(|a| !a.is_thread()))
                }
            };
            if let Some(a) = article {
                let title = a.title.clone();
                kept.push((c, title));
            }
            if kept.len() >= FEED_ITEMS as usize {
                break;
            }
        }
        let seen = (round + 1) * u64::from(ROUND);
        if kept.len() >= FEED_ITEMS as usize || fetched < ROUND as usize || seen >= total {
            break;
        }
    }
    Ok(kept
        .iter()
        .map(|(c, title)| feed::comment_entry(c, title, base, CommentTitle::OnArticle, tr))
        .collect())
}

/// The feed written, with its validators: `version` is the one it is kept
/// under.
fn answer(version: i64, feed: &Feed, format: Format) -> Result<Fresh<Answer>, WebError> {
    let body = Bytes::from(format.write(feed)?);
    let mut headers = vec![
        (header::ETAG, etag(version, &body)),
        // Readers revalidate each time: a 304 is cheap, and a new comment
        // shows at the next fetch.
        (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
    ];
    if let Some(newest) = feed.entries.iter().map(|e| e.updated).max()
        && let Ok(v) = HeaderValue::from_str(&http_date(newest))
    {
        headers.push((header::LAST_MODIFIED, v));
    }
    Ok(Fresh::Keep(Answer {
        body,
        content_type: format.content_type(),
        headers,
    }))
}

/// The version the feed was built at, and a digest of its bytes: a
/// scheduled article going live changes a feed without moving the version.
fn etag(version: i64, body: &[u8]) -> HeaderValue {
    let digest = sha2::Sha256::digest(body);
    let short: String = digest[..6].iter().map(|b| format!("{b:02x}")).collect();
    HeaderValue::from_str(&format!("\"v{version}-{short}\""))
        .unwrap_or(HeaderValue::from_static("\"\""))
}

/// An HTTP date (RFC 9110's IMF-fixdate).
fn http_date(t: Timestamp) -> String {
    t.format("%a, %d %b %Y %H:%M:%S GMT").to_string()
}

/// `304 Not Modified` (validators kept, no body) when the client's copy is
/// current: its `If-None-Match` names the tag, or, when it sends none, its
/// `If-Modified-Since` is not before `Last-Modified`.
fn conditional(request: &HeaderMap, response: Response) -> Response {
    let value = |map: &HeaderMap, name| {
        map.get(name)
            .and_then(|v: &HeaderValue| v.to_str().ok())
            .map(str::to_string)
    };
    let fresh = match value(request, header::IF_NONE_MATCH) {
        Some(tags) => value(response.headers(), header::ETAG).is_some_and(|etag| {
            tags.split(',')
                .map(|t| t.trim().trim_start_matches("W/"))
                .any(|t| t == "*" || t == etag)
        }),
        None => {
            let since = value(request, header::IF_MODIFIED_SINCE)
                .and_then(|v| DateTime::parse_from_rfc2822(&v).ok());
            let modified = value(response.headers(), header::LAST_MODIFIED)
                .and_then(|v| DateTime::parse_from_rfc2822(&v).ok());
            matches!((since, modified), (Some(s), Some(m)) if m <= s)
        }
    };
    if !fresh || response.status() != StatusCode::OK {
        return response;
    }
    let mut not_modified = StatusCode::NOT_MODIFIED.into_response();
    for name in [header::ETAG, header::LAST_MODIFIED, header::CACHE_CONTROL] {
        if let Some(v) = response.headers().get(&name) {
            not_modified.headers_mut().insert(name, v.clone());
        }
    }
    not_modified
}

/// The site's public address (`site.url`), else the one the request used.
fn base(settings: &masthead_core::settings::SiteSettings, request: &HeaderMap) -> String {
    if settings.url.is_empty() {
        crate::views::base_url(request)
    } else {
        settings.url.trim_end_matches('/').to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn feed_response(etag: &str, modified: &str) -> Response {
        let mut r = StatusCode::OK.into_response();
        r.headers_mut().insert(
            header::ETAG,
            HeaderValue::from_str(etag).unwrap_or(HeaderValue::from_static("")),
        );
        r.headers_mut().insert(
            header::LAST_MODIFIED,
            HeaderValue::from_str(modified).unwrap_or(HeaderValue::from_static("")),
        );
        r
    }

    fn ask(pairs: &[(header::HeaderName, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(
                k.clone(),
                HeaderValue::from_str(v).unwrap_or(HeaderValue::from_static("")),
            );
        }
        h
    }

    #[test]
    fn conditional_requests() {
        let modified = "Wed, 04 Mar 2026 10:05:06 GMT";
        let r = || feed_response("\"v7-abc\"", modified);
        let status = |h: HeaderMap| conditional(&h, r()).status();
        assert_eq!(
            status(ask(&[(header::IF_NONE_MATCH, "\"v7-abc\"")])),
            StatusCode::NOT_MODIFIED
        );
        assert_eq!(
            status(ask(&[(header::IF_NONE_MATCH, "\"x\", W/\"v7-abc\"")])),
            StatusCode::NOT_MODIFIED
        );
        assert_eq!(
            status(ask(&[(header::IF_NONE_MATCH, "\"v6-abc\"")])),
            StatusCode::OK
        );
        assert_eq!(
            status(ask(&[(header::IF_MODIFIED_SINCE, modified)])),
            StatusCode::NOT_MODIFIED
        );
        assert_eq!(
            status(ask(&[(
                header::IF_MODIFIED_SINCE,
                "Wed, 04 Mar 2026 10:05:05 GMT"
            )])),
            StatusCode::OK
        );
        // The tag decides when both are sent.
        assert_eq!(
            status(ask(&[
                (header::IF_NONE_MATCH, "\"v6\""),
                (header::IF_MODIFIED_SINCE, modified)
            ])),
            StatusCode::OK
        );
        assert_eq!(
            status(ask(&[(header::IF_MODIFIED_SINCE, "garbage")])),
            StatusCode::OK
        );
    }
}
