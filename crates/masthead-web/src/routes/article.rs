//! `GET /articles/{slug}` and its comment pages: the article page, from the
//! rendered-page cache when the visitor has nothing of their own on it.
use crate::error::{Text, WebError};
use crate::page_cache::{CachedPage, Fresh, Served, TOKEN_PLACEHOLDER, accepts_gzip};
use crate::pages::article::{PageHtml, PageMode, page_html};
use crate::pages::cookies::ReaderCookies;
use crate::pages::discussion::CommentPage;
use crate::pages::discussion_view::FormView;
use crate::pages::not_found::{not_found_page, withdrawn_page};
use crate::pages::old_address::moved;
use crate::state::AppState;
use crate::views::{site_base, url_of};
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use masthead_core::article::ArticleKind;
use masthead_core::chrono::Utc;
use masthead_core::comment::{CommentOrder, FormTokens, TokenSubject, UnknownOrder};
use masthead_core::settings::SiteSettings;
use serde::Deserialize;
use std::sync::Arc;

#[derive(Deserialize)]
pub struct ArticleQuery {
    /// WordPress's no-JavaScript reply link: `?replytocom=ID#respond`.
    replytocom: Option<String>,
    /// A reader's chosen order (`oldest`, `newest`, `best`, `picks`) and
    /// its page.
    csort: Option<String>,
    cpage: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(q): Query<ArticleQuery>,
    headers: HeaderMap,
    jar: ReaderCookies,
) -> Result<Response, WebError> {
    serve(&state, &slug, CommentPage::Default, q, &headers, &jar).await
}

/// `GET /articles/{slug}/comment-page-{n}/`: another page of a long
/// discussion. Anything but a page that exists is the 404 page; the default
/// page moves to the article's own address.
pub async fn show_comment_page(
    State(state): State<AppState>,
    Path((slug, page)): Path<(String, String)>,
    Query(q): Query<ArticleQuery>,
    headers: HeaderMap,
    jar: ReaderCookies,
) -> Result<Response, WebError> {
    let n = page
        .strip_prefix("comment-page-")
        .filter(|n| !n.is_empty() && n.len() <= 9 && n.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|n| n.parse::<usize>().ok())
        .filter(|n| *n > 0);
    match n {
        Some(n) => serve(&state, &slug, CommentPage::Number(n), q, &headers, &jar).await,
        None => not_found_page(&state).await,
    }
}

/// `GET /articles/{slug}/comment-page-{n}` (no slash): moved to WordPress's
/// form, which has one.
pub async fn add_slash(
    State(state): State<AppState>,
    Path((_, page)): Path<(String, String)>,
    uri: axum::http::Uri,
) -> Result<Response, WebError> {
    let path = uri.path();
    if !page.starts_with("comment-page-") || path.len() > 2048 {
        return not_found_page(&state).await;
    }
    let query = uri.query().map(|q| format!("?{q}")).unwrap_or_default();
    Ok(moved(&format!("{path}/{query}")))
}

async fn serve(
    state: &AppState,
    slug: &str,
    page: CommentPage,
    q: ArticleQuery,
    headers: &HeaderMap,
    jar: &ReaderCookies,
) -> Result<Response, WebError> {
    let settings = state.settings().await?;
    // The same address as ActivityPub's `Article`, for servers that ask.
    let accept = headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    if settings.federation.enabled
        && matches!(page, CommentPage::Default)
        && masthead_core::federation::activitypub::wants_activity_json(accept)
    {
        match super::activitypub::article(state, slug).await {
            Ok(Some(response)) => return Ok(response),
            Ok(None) => {}
            Err(e) => return Ok(e.into_response()),
        }
    }
    let mut response = serve_page(state, &settings, slug, page, q, headers, jar).await?;
    if settings.federation.enabled {
        // Caches keep the page and the `Article` apart.
        response
            .headers_mut()
            .append(header::VARY, HeaderValue::from_static("Accept"));
    }
    // Webmention discovery: the endpoint, in a header as well as the head.
    if settings.federation.enabled && response.status() == StatusCode::OK {
        let link = format!(
            "<{}{}>; rel=\"webmention\"",
            crate::views::site_base(&settings, headers),
            super::webmention::PATH
        );
        if let Ok(v) = HeaderValue::from_str(&link) {
            response.headers_mut().append(header::LINK, v);
        }
    }
    Ok(response)
}

async fn serve_page(
    state: &AppState,
    settings: &SiteSettings,
    slug: &str,
    page: CommentPage,
    q: ArticleQuery,
    headers: &HeaderMap,
    jar: &ReaderCookies,
) -> Result<Response, WebError> {
    let page = match q.csort.as_deref() {
        None => page,
        Some(raw) => {
            let order: CommentOrder = raw
                .parse()
                .map_err(|_: UnknownOrder| WebError::bad_request(Text::id("error-bad-order")))?;
            let n = match q.cpage.as_deref() {
                None => 1,
                Some(n) => n
                    .parse::<usize>()
                    .ok()
                    .filter(|n| (1..=1_000_000).contains(n))
                    .ok_or_else(|| WebError::bad_request(Text::id("error-bad-comment-page")))?,
            };
            CommentPage::Ordered(order, n)
        }
    };
    // Readers without comments of their own on it all see the same page.
    let cacheable = state.cache.on() && q.replytocom.is_none() && !jar.has_own();
    if !cacheable {
        let mut response = match render(state, slug, page, q, jar, headers, false).await? {
            Fresh::Send(response) => response,
            // Not asked for: never happens, but a page is a page.
            Fresh::Keep(page) => serve_cached(state, None, &Arc::new(page), headers, false),
        };
        // This visitor's own page (their held comment, a reply form): for
        // their browser only, never a shared cache.
        if response.status() == StatusCode::OK {
            response.headers_mut().insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static("private, no-cache"),
            );
        }
        return Ok(response);
    }
    // Absolute links name the site's address: until `site.url` is set,
    // the one the request came to, so each address has its own copy.
    let base = site_base(settings, headers);
    let key = match page {
        CommentPage::Default => format!("{base}|{slug}"),
        CommentPage::Number(n) => format!("{base}|{slug}/comment-page-{n}"),
        CommentPage::Ordered(o, n) => format!("{base}|{slug}?csort={o}&cpage={n}"),
    };
    let render = || render(state, slug, page, q, jar, headers, true);
    Ok(match state.cache.get_or_render_page(&key, render).await? {
        Served::Page { page, hit } => serve_cached(state, Some(&key), &page, headers, hit),
        Served::Sent(response) => response,
    })
}

/// Renders the page for `slug`; with `for_cache`, as a page to keep when it
/// can be kept.
async fn render(
    state: &AppState,
    slug: &str,
    page: CommentPage,
    q: ArticleQuery,
    jar: &ReaderCookies,
    headers: &HeaderMap,
    for_cache: bool,
) -> Result<Fresh<CachedPage>, WebError> {
    let now = Utc::now();
    let found = state.store.article_by_slug(slug).await?;
    if let Some(at) = found
        .as_ref()
        .filter(|a| !a.is_live(now))
        .and_then(|a| a.provenance.withdrawn_at)
    {
        return Ok(Fresh::Send(withdrawn_page(state, at).await?));
    }
    let Some(mut article) = found.filter(|a| a.is_live(now)) else {
        // A renamed article keeps its old address working.
        if let Some(current) = state.store.redirected_slug(slug).await?
            && let Some(target) = state.store.article_by_slug(&current).await?
            && target.is_live(now)
        {
            return Ok(Fresh::Send(moved(&url_of(&target))));
        }
        return Ok(Fresh::Send(not_found_page(state).await?));
    };
    if article.kind == ArticleKind::Page {
        return Ok(Fresh::Send(moved(&url_of(&article))));
    }
    // The version is read before what the page shows, so a page is never
    // older than the version it is kept under: the article is read again.
    let mut version = None;
    if for_cache {
        let v = state.store.page_version(article.id).await?;
        match state.store.article_by_slug(slug).await? {
            Some(again) if again.id == article.id && again.is_live(now) => {
                article = again;
                version = Some(v);
            }
            // Changed in between: shown as read, not kept.
            _ => {}
        }
    }
    let mut settings = (*state.settings().await?).clone();
    // The page's absolute links (canonical, Open Graph, JSON-LD) use it.
    settings.url = site_base(&settings, headers);
    let mut form = FormView::default();
    if let Some(c) = jar.commenter() {
        form.author = c.name;
        form.email = c.email;
        form.url = c.url;
        form.remember = true;
    }
    let mut mode = PageMode::Normal;
    if let Some(raw) = q.replytocom {
        mode = PageMode::NoIndex;
        form.parent = raw.parse::<i64>().ok().filter(|n| *n > 0);
    }
    let id = article.id;
    let view = (mode, StatusCode::OK, page, version);
    let token = match version {
        Some(_) => TOKEN_PLACEHOLDER.to_string(),
        None => FormTokens::new(state.secret()).issue(TokenSubject::of(&article), now),
    };
    let html = match page_html(state, &settings, article.clone(), jar, form, view, token).await? {
        PageHtml::Html(html) => html,
        PageHtml::Moved(url) => return Ok(Fresh::Send(moved(&url))),
        PageHtml::Missing => return Ok(Fresh::Send(not_found_page(state).await?)),
    };
    let Some(version) = version else {
        return Ok(Fresh::Send((StatusCode::OK, Html(html)).into_response()));
    };
    let days = settings.moderation.close_after_days;
    let valid_until = (days > 0 && article.comments_open)
        .then(|| article.published_at + masthead_core::chrono::Duration::days(i64::from(days)));
    let lifetime = i64::from(settings.moderation.form_max_age_hours) * 3600;
    let subject = TokenSubject::of(&article);
    match CachedPage::new(version, id, subject, html, valid_until, lifetime) {
        Some(page) => Ok(Fresh::Keep(page)),
        // The marker showed up in the content itself: render this one
        // again with a real token, not kept.
        None => {
            let token = FormTokens::new(state.secret()).issue(TokenSubject::of(&article), now);
            let html = page_html(
                state,
                &settings,
                article,
                jar,
                FormView::default(),
                view,
                token,
            )
            .await?
            .html()
            .ok_or(WebError::NotFound)?;
            Ok(Fresh::Send((StatusCode::OK, Html(html)).into_response()))
        }
    }
}

/// The cached page, filled in for this visitor; 304 when their copy is current.
/// `key`: what the page is kept under, if it is.
fn serve_cached(
    state: &AppState,
    key: Option<&str>,
    page: &Arc<CachedPage>,
    headers: &HeaderMap,
    hit: bool,
) -> Response {
    let etag = page.etag(Utc::now());
    let cache_headers = [
        (
            header::ETAG,
            HeaderValue::from_str(&etag).unwrap_or(HeaderValue::from_static("\"\"")),
        ),
        (header::CACHE_CONTROL, state.public_cache_control()),
        (
            HeaderName::from_static("x-cache"),
            HeaderValue::from_static(if hit { "hit" } else { "miss" }),
        ),
    ];
    let keys = page.surrogate_keys.clone();
    let fresh = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag));
    if fresh {
        return (StatusCode::NOT_MODIFIED, cache_headers, keys).into_response();
    }
    let token = crate::pages::token::issue(state.secret(), &page.token_subject, Utc::now());
    let html = HeaderValue::from_static("text/html; charset=utf-8");
    if accepts_gzip(headers) {
        // Compressed once per page, not per request; the compression layer
        // leaves an answer that has its encoding alone.
        let (chunks, length) = match key {
            Some(key) => state.cache.gzip_chunks(key, page, &token),
            None => page.gzip_chunks(&token),
        };
        let chunks = chunks.map(Ok::<_, std::convert::Infallible>);
        return (
            cache_headers,
            keys,
            [
                (header::CONTENT_TYPE, html),
                (header::CONTENT_ENCODING, HeaderValue::from_static("gzip")),
                (header::VARY, HeaderValue::from_static("accept-encoding")),
                (header::CONTENT_LENGTH, HeaderValue::from(length)),
            ],
            axum::body::Body::from_stream(futures_util::stream::iter(chunks)),
        )
            .into_response();
    }
    let length = HeaderValue::from(page.len(&token));
    let chunks = page.chunks(&token).map(Ok::<_, std::convert::Infallible>);
    (
        cache_headers,
        keys,
        [
            (header::CONTENT_TYPE, html),
            (header::CONTENT_LENGTH, length),
        ],
        axum::body::Body::from_stream(futures_util::stream::iter(chunks)),
    )
        .into_response()
}
