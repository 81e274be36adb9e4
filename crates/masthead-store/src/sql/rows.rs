//! The columns of `comments` every query reads, and the rows they fill:
//! the public shape (no email, no IP) and staff's whole one.
use super::ts;
use masthead_core::comment::{Comment, CommentStatus, PublicComment, Reasons};
use masthead_core::html::SanitizedHtml;
use masthead_core::ids::{ArticleId, CommentId};

/// Only the public columns: the email and IP are not even read for public pages.
#[derive(sqlx::FromRow)]
pub(crate) struct PublicRow {
    id: i64,
    article_id: i64,
    parent_id: Option<i64>,
    author_name: String,
    author_url: Option<String>,
    content_html: String,
    status: String,
    created_at: i64,
    by_staff: bool,
    recommends: i64,
    picked: bool,
    edited_at: Option<i64>,
    avatar: Option<String>,
    origin_url: Option<String>,
}

pub(crate) const PUBLIC_COLUMNS: &str = "id, article_id, parent_id, author_name, author_url, content_html, \
    status, created_at, user_id IS NOT NULL AS by_staff, recommends, picked, edited_at, avatar, \
    origin_url";

pub(crate) fn status(s: &str) -> CommentStatus {
    s.parse().unwrap_or(CommentStatus::Pending)
}

impl From<PublicRow> for PublicComment {
    fn from(r: PublicRow) -> Self {
        PublicComment {
            id: CommentId(r.id),
            article_id: ArticleId(r.article_id),
            parent_id: r.parent_id.map(CommentId),
            author_name: r.author_name,
            author_url: r.author_url,
            content_html: SanitizedHtml::from_stored(r.content_html),
            status: status(&r.status),
            created_at: ts(r.created_at),
            by_staff: r.by_staff,
            recommends: u64::try_from(r.recommends).unwrap_or(0),
            picked: r.picked,
            edited_at: r.edited_at.map(ts),
            avatar: r.avatar,
            origin_url: r.origin_url,
        }
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct FullRow {
    id: i64,
    article_id: i64,
    article_slug: String,
    parent_id: Option<i64>,
    author_name: String,
    author_email: String,
    author_url: Option<String>,
    author_ip: Option<String>,
    user_agent: Option<String>,
    content_source: String,
    content_html: String,
    status: String,
    moderation_reason: Option<String>,
    created_at: i64,
    user_id: Option<i64>,
    comment_type: String,
    recommends: i64,
    picked: bool,
    edited_at: Option<i64>,
    avatar: Option<String>,
    origin_url: Option<String>,
}

impl From<FullRow> for Comment {
    fn from(r: FullRow) -> Self {
        Comment {
            id: CommentId(r.id),
            article_id: ArticleId(r.article_id),
            article_slug: r.article_slug,
            parent_id: r.parent_id.map(CommentId),
            author_name: r.author_name,
            author_email: r.author_email,
            author_url: r.author_url,
            author_ip: r.author_ip,
            user_agent: r.user_agent,
            content_source: r.content_source,
            content_html: SanitizedHtml::from_stored(r.content_html),
            status: status(&r.status),
            moderation_reason: r
                .moderation_reason
                .as_deref()
                .and_then(Reasons::from_stored),
            created_at: ts(r.created_at),
            user_id: r.user_id,
            comment_type: r.comment_type,
            recommends: u64::try_from(r.recommends).unwrap_or(0),
            picked: r.picked,
            edited_at: r.edited_at.map(ts),
            avatar: r.avatar,
            origin_url: r.origin_url,
        }
    }
}

pub(crate) const FULL_SELECT: &str = "SELECT c.id, c.article_id, a.slug AS article_slug, c.parent_id, \
    c.author_name, c.author_email, c.author_url, c.author_ip, c.user_agent, c.content_source, \
    c.content_html, c.status, c.moderation_reason, c.created_at, c.user_id, c.comment_type, \
    c.recommends, c.picked, c.edited_at, c.avatar, c.origin_url \
    FROM comments c JOIN articles a ON a.id = c.article_id";
