use super::comments::pending_ids;
use super::home::not_found_page;
use crate::error::WebError;
use crate::page_cache::{CachedPage, TOKEN_PLACEHOLDER};
use crate::state::AppState;
use crate::views::{ArticlePage, Chrome, CommentView, Dates, FormView, ReplyTo, url_of};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderName, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum_extra::extract::SignedCookieJar;
use masthead_core::article::{Article, ArticleKind};
use masthead_core::chrono::Utc;
use masthead_core::comment::{CommentStatus, FormTokens, thread};
use masthead_core::ids::CommentId;
use masthead_core::settings::SiteSettings;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct ArticleQuery {
    /// WordPress's no-JavaScript reply link: `?replytocom=ID#respond`.
    replytocom: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(q): Query<ArticleQuery>,
    headers: HeaderMap,
    jar: SignedCookieJar,
) -> Result<Response, WebError> {
    // Readers without held comments of their own all see the same page.
    let cacheable =
        state.config.page_cache && q.replytocom.is_none() && pending_ids(&jar).is_empty();
    let generation = if cacheable {
        let g = state.store.generation().await?;
        if let Some(page) = state.pages.get(&slug, g, Utc::now()) {
            return Ok(serve_cached(&state, &page, &headers, true));
        }
        Some(g)
    } else {
        None
    };
    let Some(article) = state
        .store
        .article_by_slug(&slug)
        .await?
        .filter(|a| a.is_live(Utc::now()))
    else {
        // A renamed article keeps its old address working.
        if let Some(current) = state.store.redirected_slug(&slug).await?
            && let Some(target) = state.store.article_by_slug(&current).await?
            && target.is_live(Utc::now())
        {
            return Ok(moved(&url_of(&target)));
        }
        return not_found_page(&state).await;
    };
    if article.kind == ArticleKind::Page {
        return Ok(moved(&url_of(&article)));
    }
    let settings = state.settings().await?;
    if let Some(g) = generation {
        let days = settings.moderation.close_after_days;
        let valid_until = (days > 0 && article.comments_open)
            .then(|| article.published_at + masthead_core::chrono::Duration::days(i64::from(days)));
        let id = article.id;
        let html = page_html(
            &state,
            &settings,
            article.clone(),
            &jar,
            FormView::default(),
            (PageMode::Normal, StatusCode::OK),
            TOKEN_PLACEHOLDER.to_string(),
        )
        .await?;
        let lifetime = i64::from(settings.moderation.form_max_age_hours) * 3600;
        if let Some(page) = CachedPage::new(g, id, html, valid_until, lifetime) {
            let page = state.pages.put(&slug, page);
            return Ok(serve_cached(&state, &page, &headers, false));
        }
        // The marker showed up in the content itself: serve this one uncached.
        return render(
            &state,
            &settings,
            article,
            &jar,
            FormView::default(),
            PageMode::Normal,
            StatusCode::OK,
        )
        .await;
    }
    let mut form = FormView::default();
    let mut mode = PageMode::Normal;
    if let Some(raw) = q.replytocom {
        mode = PageMode::NoIndex;
        form.parent = raw.parse::<i64>().ok().filter(|n| *n > 0);
    }
    render(&state, &settings, article, &jar, form, mode, StatusCode::OK).await
}

/// 301 to `to`: WordPress and search engines expect "moved permanently".
pub fn moved(to: &str) -> Response {
    (
        StatusCode::MOVED_PERMANENTLY,
        [(axum::http::header::LOCATION, to.to_string())],
    )
        .into_response()
}

/// A static page (an imported WordPress page) at `/{slug}`.
pub async fn show_page(
    state: &AppState,
    slug: &str,
    jar: &SignedCookieJar,
) -> Result<Option<Response>, WebError> {
    let Some(page) = state
        .store
        .article_by_slug(slug)
        .await?
        .filter(|a| a.kind == ArticleKind::Page && a.is_live(Utc::now()))
    else {
        return Ok(None);
    };
    let settings = state.settings().await?;
    render(
        state,
        &settings,
        page,
        jar,
        FormView::default(),
        PageMode::Normal,
        StatusCode::OK,
    )
    .await
    .map(Some)
}

/// How an article page is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageMode {
    Normal,
    /// A variant of the page search engines should skip (`?replytocom=`, a refused form).
    NoIndex,
    /// The editor's preview: not stored, not indexed, marked as a preview.
    Preview,
}

/// Renders an article with its discussion and the comment form in `form`'s
/// state. Used for the normal view and to show a refused comment again.
pub async fn render(
    state: &AppState,
    settings: &SiteSettings,
    article: Article,
    jar: &SignedCookieJar,
    form: FormView,
    mode: PageMode,
    status: StatusCode,
) -> Result<Response, WebError> {
    let token = FormTokens::new(state.secret()).issue(article.id, Utc::now());
    let html = page_html(state, settings, article, jar, form, (mode, status), token).await?;
    Ok((status, Html(html)).into_response())
}

/// The article page as HTML, with `token` as the comment form's token.
async fn page_html(
    state: &AppState,
    settings: &SiteSettings,
    article: Article,
    jar: &SignedCookieJar,
    mut form: FormView,
    (mode, status): (PageMode, StatusCode),
    token: String,
) -> Result<String, WebError> {
    let mut comments = state.store.approved_comments(article.id).await?;
    let approved_count = comments.len();
    // The visitor's own held comments, named in their signed cookie.
    let own: Vec<CommentId> = pending_ids(jar)
        .into_iter()
        .filter(|id| !comments.iter().any(|c| c.id == *id))
        .collect();
    if !own.is_empty() {
        let held = state.store.public_comments_by_ids(article.id, &own).await?;
        comments.extend(
            held.into_iter()
                .filter(|c| matches!(c.status, CommentStatus::Pending | CommentStatus::Spam)),
        );
    }
    // A reply target must be an approved comment of this article.
    let reply_to = form.parent.and_then(|p| {
        comments
            .iter()
            .find(|c| c.id.0 == p && c.status == CommentStatus::Approved)
            .map(|c| ReplyTo {
                id: c.id.0,
                author: c.author_name.clone(),
            })
    });
    form.parent = reply_to
        .as_ref()
        .map(|r| r.id)
        .or(form.parent.filter(|_| status != StatusCode::OK));
    let dates = Dates::new(settings);
    let items = thread(comments, settings.thread_depth as usize);
    let page = ArticlePage {
        chrome: Chrome::new(settings),
        url: url_of(&article),
        date_iso: dates.iso(article.published_at),
        date: dates.day(article.published_at),
        contributor_line: article.contributor_line(),
        comments: items
            .into_iter()
            .map(|t| CommentView::new(t, dates))
            .collect(),
        approved_count,
        allowed_tags: settings.allowlist.describe(),
        form,
        reply_to,
        noindex: mode != PageMode::Normal,
        preview: mode == PageMode::Preview,
        form_token: token,
        comments_open: article.accepts_comments(Utc::now(), settings.moderation.close_after_days),
        article,
    };
    Ok(page.render()?)
}

/// The cached page, filled in for this visitor; 304 when their copy is current.
fn serve_cached(state: &AppState, page: &CachedPage, headers: &HeaderMap, hit: bool) -> Response {
    crate::metrics::page_cache(hit);
    let etag = page.etag(Utc::now());
    let cache_headers = [
        (header::ETAG, etag.clone()),
        (header::CACHE_CONTROL, "no-cache".to_string()),
        (
            HeaderName::from_static("x-cache"),
            if hit { "hit" } else { "miss" }.to_string(),
        ),
    ];
    let fresh = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag));
    if fresh {
        return (StatusCode::NOT_MODIFIED, cache_headers).into_response();
    }
    let token = FormTokens::new(state.secret()).issue(page.article_id, Utc::now());
    let length = page.len(&token).to_string();
    let chunks = page.chunks(&token).map(Ok::<_, std::convert::Infallible>);
    (
        cache_headers,
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8".to_string()),
            (header::CONTENT_LENGTH, length),
        ],
        axum::body::Body::from_stream(futures_util::stream::iter(chunks)),
    )
        .into_response()
}
