//! One page of an article's discussion as a visitor sees it: the shared
//! approved list with the visitor's own held comments threaded in, cut into
//! pages (or one reader's chosen order), and where a comment's page is.
use super::cookies::ReaderCookies;
use super::discussion_view::{
    CommentNav, CommentView, DiscussionView, FormView, LiveAttrs, OrderLink, ReplyTo,
};
use crate::error::WebError;
use crate::page_cache::Discussion;
use crate::state::AppState;
use crate::views::{Dates, url_of};
use axum::http::StatusCode;
use masthead_core::article::Article;
use masthead_core::chrono::Utc;
use masthead_core::comment::{
    Authored, CommentOrder, CommentStatus, Newcomer, Paging, PublicComment, ThreadItem, picks,
    thread,
};
use masthead_core::ids::{ArticleId, CommentId};
use masthead_core::settings::SiteSettings;
use std::sync::Arc;

/// Which page of a long discussion to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommentPage {
    /// The one the article's own address shows (`comments.default_page`).
    Default,
    /// `/articles/SLUG/comment-page-N/`.
    Number(usize),
    /// Page N of the discussion in a reader's chosen order (`?csort=&cpage=`).
    Ordered(CommentOrder, usize),
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

/// Where a discussion's links point: masthead's own pages use site-relative
/// addresses and plain ids; the embed, on another site's page, absolute
/// addresses under `base` and ids with a prefix.
#[derive(Debug, Clone)]
pub(crate) enum Links {
    Site,
    Embed { base: String },
}

/// What one view of a discussion asks for.
pub(crate) struct Ask {
    /// The visitor's own held comments (cookie or embed tokens).
    pub own: Vec<Authored>,
    pub form: FormView,
    pub status: StatusCode,
    pub page: CommentPage,
    /// The page version when every reader without comments of their own sees it alike.
    pub version: Option<i64>,
    pub token: String,
    pub links: Links,
    /// The visitor's own comments still in their edit window.
    pub editable: Vec<CommentId>,
}

/// Which page of how many a discussion view is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PageOf {
    pub n: usize,
    pub count: usize,
    pub default: usize,
}

pub(crate) enum Cut {
    View(Box<DiscussionView>, PageOf),
    /// No such page.
    Missing,
    /// The page asked for by number is the default one.
    Moved,
}

/// One page of an article's discussion, threaded and cut, with the form.
pub(crate) async fn discussion_view(
    state: &AppState,
    settings: &SiteSettings,
    article: &Article,
    ask: Ask,
) -> Result<Cut, WebError> {
    let Ask {
        own,
        mut form,
        status,
        page,
        version,
        token,
        links,
        editable,
    } = ask;
    let order = match page {
        CommentPage::Ordered(o, _) => Some(o),
        _ => None,
    };
    let depth = settings.thread_depth as usize;
    let discussion = discussion_for(state, article.id, own, version, depth).await?;
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
    let paging = settings.paging;
    // A chosen order is its own list, paged from its first page.
    let reordered = order.map(|o| o.apply(&discussion.items));
    let items: &[ThreadItem] = reordered.as_deref().unwrap_or(&discussion.items);
    let count = paging.count(items);
    let default = if order.is_some() {
        1
    } else {
        paging.default_of(count)
    };
    let n = match page {
        CommentPage::Default => default,
        CommentPage::Number(n)
            if n == default && order.is_none() && matches!(links, Links::Site) =>
        {
            return Ok(Cut::Moved);
        }
        CommentPage::Number(n) | CommentPage::Ordered(_, n) => n,
    };
    let Some(shown) = paging.slice(items, n) else {
        return Ok(Cut::Missing);
    };
    let page_url = |k: usize| match order {
        None => comment_page_url(article, k, default),
        Some(o) => format!("{}?csort={o}&cpage={k}", url_of(article)),
    };
    let nav = (count > 1).then(|| CommentNav {
        older: (k_ok(n, count, -1)).then(|| page_url(n - 1)),
        newer: (k_ok(n, count, 1)).then(|| page_url(n + 1)),
    });
    let (base, idp) = match links {
        Links::Site => (String::new(), ""),
        Links::Embed { base } => (base, "mh-"),
    };
    // The visitor's own editable comments on this page, with their source
    // for the embed's editor (a few at most: one query each).
    let mut sources = std::collections::HashMap::new();
    for t in shown.iter().filter(|t| editable.contains(&t.comment.id)) {
        if let Some(c) = state.store.comment(t.comment.id).await? {
            sources.insert(c.id, c.content_source);
        }
    }
    let view = |t: &ThreadItem| {
        let mut v = CommentView::new(t.clone(), dates);
        v.source = sources.get(&t.comment.id).cloned();
        v.editable = v.source.is_some();
        if !settings.readers.avatars {
            v.avatar = None;
        }
        v
    };
    let any_picks = discussion.items.iter().any(|t| t.comment.picked);
    let orders = if approved_count > 1 || any_picks {
        CommentOrder::ALL
            .into_iter()
            .filter(|o| *o != CommentOrder::Picks || any_picks)
            .map(|o| OrderLink {
                label: dates.tr().t(&format!("comment-order-{o}")),
                href: format!("{}?csort={o}#comments", url_of(article)),
                current: order == Some(o),
            })
            .collect()
    } else {
        Vec::new()
    };
    // Picks first, above the default view's first page shown.
    let picks = if order.is_none() && n == default {
        picks(&discussion.items).iter().map(view).collect()
    } else {
        Vec::new()
    };
    // A page's first comment makes its thread, proposing the page's title.
    let new_thread = (article.id.0 == 0)
        .then(|| {
            article
                .external_url
                .clone()
                .map(|u| (u, form.page_title.clone()))
        })
        .flatten();
    // The stream: the article's own, or the embed's (by page address, from
    // masthead's address: the embedding page is another site).
    let stream = match (idp.is_empty(), &article.external_url) {
        (false, Some(u)) => format!(
            "{base}/api/live?url={}",
            form_urlencoded::byte_serialize(u.as_bytes()).collect::<String>()
        ),
        _ => format!("/articles/{}/live", article.slug),
    };
    let d = DiscussionView {
        article_id: article.id.0,
        title: article.title.clone(),
        url: page_url(n),
        comment_nav: nav,
        comments: shown.iter().map(view).collect(),
        approved_count,
        allowed_tags: settings.allowlist.describe(),
        form,
        reply_to,
        form_token: token,
        proof_of_work: base.is_empty()
            && settings.moderation.proof_of_work
                == masthead_core::settings::ProofOfWork::WhenUnsure,
        comments_open: article.accepts_comments(Utc::now(), settings.moderation.close_after_days),
        closed_on: article
            .closed_since(Utc::now(), settings.moderation.close_after_days)
            .flatten()
            .map(|t| dates.day(t)),
        base,
        idp,
        new_thread,
        orders,
        picks,
        ordered: order.is_some(),
        tr: dates.tr(),
        // New comments join the default page of the default order.
        live: (order.is_none() && n == default && article.id.0 != 0)
            .then(|| LiveAttrs::new(&stream, discussion.read_at(), dates.tr())),
    };
    Ok(Cut::View(Box::new(d), PageOf { n, count, default }))
}

/// Whether page `n + step` exists among `count`.
fn k_ok(n: usize, count: usize, step: isize) -> bool {
    n.checked_add_signed(step)
        .is_some_and(|k| k >= 1 && k <= count)
}

/// The page of the discussion that holds a comment (approved, or the
/// visitor's own held one), for permalinks and, with `Newcomer` known, the
/// 303 after posting.
pub async fn page_holding(
    state: &AppState,
    settings: &SiteSettings,
    article: &Article,
    jar: &ReaderCookies,
    comment: Held,
) -> Result<String, WebError> {
    let paging = settings.paging;
    let depth = settings.thread_depth as usize;
    let id = comment.id();
    // Read after the comment was stored, so the shared list is not older.
    let version = state.store.page_version(article.id).await?;
    let own = jar.pending();
    let (n, count) = if own.iter().all(|o| o.comment == id) {
        // Nothing else of the visitor's is held: the shared list, as is.
        let d = state
            .threads
            .approved(state.store.as_ref(), article.id, version, depth)
            .await?;
        match (paging.page_of(&d.items, id), comment) {
            (Some(n), _) => (n, paging.count(&d.items)),
            (None, Held::Posted(c)) => paging.place(&d.items, &c),
            (None, Held::Id(_)) => placed_again(state, article.id, &d, id, paging, depth).await?,
        }
    } else {
        let d = discussion_for(state, article.id, own, Some(version), depth).await?;
        match paging.page_of(&d.items, id) {
            Some(n) => (n, paging.count(&d.items)),
            None => placed_again(state, article.id, &d, id, paging, depth).await?,
        }
    };
    Ok(comment_page_url(article, n, paging.default_of(count)))
}

/// Which comment [`page_holding`] looks for.
#[derive(Debug, Clone, Copy)]
pub enum Held {
    /// Any comment (a permalink).
    Id(CommentId),
    /// The comment just posted.
    Posted(Newcomer),
}

impl Held {
    fn id(self) -> CommentId {
        match self {
            Self::Id(id) => id,
            Self::Posted(c) => c.id,
        }
    }
}

/// A comment neither in the shared list nor the visitor's own: threaded in
/// from the database (a cookie naming someone else's, an old link).
async fn placed_again(
    state: &AppState,
    article: ArticleId,
    d: &Discussion,
    id: CommentId,
    paging: Paging,
    depth: usize,
) -> Result<(usize, usize), WebError> {
    let mut comments: Vec<PublicComment> = d.items.iter().map(|t| t.comment.clone()).collect();
    comments.extend(state.store.public_comments_by_ids(article, &[id]).await?);
    let items = thread(comments, depth);
    let count = paging.count(&items);
    Ok((paging.page_of(&items, id).unwrap_or(count), count))
}

/// The page of `article`'s discussion (with `own` held comments threaded
/// in) that holds comment `id`, if it is there.
pub(crate) async fn page_number_of(
    state: &AppState,
    settings: &SiteSettings,
    article: ArticleId,
    own: Vec<Authored>,
    id: CommentId,
) -> Result<Option<usize>, WebError> {
    let version = state.store.page_version(article).await?;
    let depth = settings.thread_depth as usize;
    let d = discussion_for(state, article, own, Some(version), depth).await?;
    Ok(settings.paging.page_of(&d.items, id))
}

/// The discussion as this visitor sees it: the shared approved list (kept
/// per page version, when there is one) and the visitor's own held comments
/// named in their cookie or tokens, threaded in — each only if the proof is
/// for the comment that has that id (issued when it was written).
pub(crate) async fn discussion_for(
    state: &AppState,
    article: ArticleId,
    own: Vec<Authored>,
    version: Option<i64>,
    depth: usize,
) -> Result<Arc<Discussion>, WebError> {
    let shared = match version {
        Some(v) => Some(
            state
                .threads
                .approved(state.store.as_ref(), article, v, depth)
                .await?,
        ),
        None => None,
    };
    let mut comments: Vec<PublicComment> = match shared {
        Some(d) if own.is_empty() => return Ok(d),
        Some(d) => d.items.iter().map(|t| t.comment.clone()).collect(),
        None => state.store.approved_comments(article).await?,
    };
    let approved = comments.len();
    let ids: Vec<CommentId> = own
        .iter()
        .map(|a| a.comment)
        .filter(|id| !comments.iter().any(|c| c.id == *id))
        .collect();
    if !ids.is_empty() {
        let held = state.store.public_comments_by_ids(article, &ids).await?;
        comments.extend(held.into_iter().filter(|c| {
            matches!(c.status, CommentStatus::Pending | CommentStatus::Spam)
                && own.iter().any(|a| a.proves(c.id, c.created_at))
        }));
    }
    Ok(Arc::new(Discussion::new(comments, approved, depth)))
}
