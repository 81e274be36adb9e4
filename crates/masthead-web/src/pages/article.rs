//! The article page: an article with its discussion and the comment form,
//! for the public route, the comment form's refusals and the editor's preview.
use super::pending::pending_ids;
use crate::error::WebError;
use crate::page_cache::Discussion;
use crate::state::AppState;
use crate::views::{
    ArticlePage, Chrome, CommentNav, CommentView, Dates, FormView, ReplyTo, url_of,
};
use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum_extra::extract::SignedCookieJar;
use masthead_core::article::Article;
use masthead_core::chrono::Utc;
use masthead_core::comment::{CommentStatus, FormTokens, thread};
use masthead_core::ids::CommentId;
use masthead_core::settings::SiteSettings;
use std::sync::Arc;

/// How an article page is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageMode {
    Normal,
    /// A variant of the page search engines should skip (`?replytocom=`, a refused form).
    NoIndex,
    /// The editor's preview: not stored, not indexed, marked as a preview.
    Preview,
}

/// Which page of a long discussion to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommentPage {
    /// The one the article's own address shows (`comments.default_page`).
    Default,
    /// `/articles/SLUG/comment-page-N/`.
    Number(usize),
}

/// What [`page_html`] made of a request for a page.
#[derive(Debug)]
pub enum PageHtml {
    Html(String),
    /// The discussion has no such page.
    Missing,
    /// The page asked for by number is the default one: it lives at this
    /// address (the article's own).
    Moved(String),
}

impl PageHtml {
    /// The HTML, when there is a page to show under the asked address.
    pub fn html(self) -> Option<String> {
        match self {
            PageHtml::Html(html) => Some(html),
            PageHtml::Missing | PageHtml::Moved(_) => None,
        }
    }
}

/// Where page `n` of an article's discussion lives: the article's own
/// address for the default page, `…/comment-page-N/` for the others.
pub fn comment_page_url(article: &Article, n: usize, default: usize) -> String {
    if n == default {
        url_of(article)
    } else {
        format!("{}/comment-page-{n}/", url_of(article))
    }
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
    let view = (mode, status, CommentPage::Default, None);
    let html = page_html(state, settings, article, jar, form, view, token)
        .await?
        .html()
        .ok_or(WebError::NotFound)?;
    Ok((status, Html(html)).into_response())
}

/// How a page is shown, what status it answers with, which comment page, and
/// the page version it is rendered for (`Some` only for a page every reader
/// without cookies sees alike: its discussion comes from the shared list).
pub(crate) type View = (PageMode, StatusCode, CommentPage, Option<i64>);

/// The article page as HTML, with `token` as the comment form's token.
pub(crate) async fn page_html(
    state: &AppState,
    settings: &SiteSettings,
    article: Article,
    jar: &SignedCookieJar,
    mut form: FormView,
    (mode, status, page, version): View,
    token: String,
) -> Result<PageHtml, WebError> {
    let depth = settings.thread_depth as usize;
    let own = pending_ids(jar);
    let discussion =
        match version {
            // The page every reader sees: cut from the shared threaded list.
            Some(v) if own.is_empty() => {
                state
                    .threads
                    .approved(state.store.as_ref(), article.id, v, depth)
                    .await?
            }
            _ => {
                let mut comments = state.store.approved_comments(article.id).await?;
                let approved = comments.len();
                // The visitor's own held comments, named in their signed cookie.
                let own: Vec<CommentId> = own
                    .into_iter()
                    .filter(|id| !comments.iter().any(|c| c.id == *id))
                    .collect();
                if !own.is_empty() {
                    let held = state.store.public_comments_by_ids(article.id, &own).await?;
                    comments.extend(held.into_iter().filter(|c| {
                        matches!(c.status, CommentStatus::Pending | CommentStatus::Spam)
                    }));
                }
                Arc::new(Discussion::new(comments, approved, depth))
            }
        };
    let approved_count = discussion.approved;
    // A reply target must be an approved comment of this article.
    let reply_to = form.parent.and_then(|p| {
        discussion
            .items
            .iter()
            .map(|t| &t.comment)
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
    let items = &discussion.items;
    let paging = settings.paging;
    let count = paging.count(items);
    let default = paging.default_of(count);
    let n = match page {
        CommentPage::Default => default,
        CommentPage::Number(n) if n == default => return Ok(PageHtml::Moved(url_of(&article))),
        CommentPage::Number(n) => n,
    };
    let Some(items) = paging.slice(items, n) else {
        return Ok(PageHtml::Missing);
    };
    let nav = (count > 1).then(|| CommentNav {
        older: (n > 1).then(|| comment_page_url(&article, n - 1, default)),
        newer: (n < count).then(|| comment_page_url(&article, n + 1, default)),
    });
    let page = ArticlePage {
        chrome: Chrome::new(settings),
        url: comment_page_url(&article, n, default),
        comment_nav: nav,
        date_iso: dates.iso(article.published_at),
        date: dates.day(article.published_at),
        contributor_line: article.contributor_line(),
        comments: items
            .iter()
            .map(|t| CommentView::new(t.clone(), dates))
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
    Ok(PageHtml::Html(page.render()?))
}

/// The page of the discussion that holds comment `id` (approved, or the
/// visitor's own held one), for the 303 after posting and for permalinks.
pub async fn page_holding(
    state: &AppState,
    settings: &SiteSettings,
    article: &Article,
    jar: &SignedCookieJar,
    id: CommentId,
) -> Result<String, WebError> {
    let paging = settings.paging;
    let own = pending_ids(jar);
    if own.is_empty() {
        // An approved comment, for a visitor with nothing held: the shared
        // threaded list (read after the comment was stored) has it.
        let version = state.store.page_version(article.id).await?;
        let depth = settings.thread_depth as usize;
        let d = state
            .threads
            .approved(state.store.as_ref(), article.id, version, depth)
            .await?;
        if let Some(n) = paging.page_of(&d.items, id) {
            return Ok(comment_page_url(
                article,
                n,
                paging.default_of(paging.count(&d.items)),
            ));
        }
    }
    let mut comments = state.store.approved_comments(article.id).await?;
    if !comments.iter().any(|c| c.id == id) {
        comments.extend(
            state
                .store
                .public_comments_by_ids(article.id, &[id])
                .await?,
        );
    }
    if !own.is_empty() {
        comments.extend(
            state
                .store
                .public_comments_by_ids(article.id, &own)
                .await?
                .into_iter()
                .filter(|c| c.status != CommentStatus::Approved && c.id != id),
        );
    }
    let items = thread(comments, settings.thread_depth as usize);
    let count = paging.count(&items);
    let n = paging.page_of(&items, id).unwrap_or(count);
    Ok(comment_page_url(article, n, paging.default_of(count)))
}
