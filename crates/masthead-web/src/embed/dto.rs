//! The embed API's JSON shapes (documented in the OpenAPI document).
use crate::views::avatar_path;
use masthead_core::article::Article;
use masthead_core::comment::{CommentStatus, PublicComment};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use utoipa::{IntoParams, ToSchema};

/// A page's discussion.
#[derive(Serialize, ToSchema)]
pub struct ThreadDto {
    pub id: i64,
    /// The page's address, normalised.
    pub url: String,
    /// The title a comment proposed, once that comment was approved (or
    /// the one staff gave it); until then the address without its scheme
    /// (`blog.example.org/some-story`).
    pub title: String,
    /// Whether it takes comments now.
    pub open: bool,
    /// Approved comments.
    pub comments: usize,
    /// The discussion on masthead itself (works without JavaScript).
    pub page_url: String,
}

impl ThreadDto {
    pub fn new(a: &Article, open: bool, comments: usize, base: &str) -> Self {
        Self {
            id: a.id.0,
            url: a.external_url.clone().unwrap_or_default(),
            title: a.title.clone(),
            open,
            comments,
            page_url: format!("{base}{}", a.path()),
        }
    }
}

/// One page of a discussion as the embed shows it: the same HTML as
/// masthead's own article page (comments, their pages, the form, whose
/// hidden field `mh_token` carries the form token).
#[derive(Serialize, ToSchema)]
pub struct EmbedDto {
    /// `null` until the page's first comment makes its thread.
    pub thread: Option<ThreadDto>,
    /// The discussion's HTML: `<section class="comments-area">…</section>`.
    pub html: String,
    /// This page's number, of `pages`; `default_page` is the one shown first.
    pub page: usize,
    pub pages: usize,
    pub default_page: usize,
    /// The language of `html` and `strings` (`<html lang>`), and its
    /// direction (`ltr`, `rtl`).
    pub lang: String,
    pub dir: String,
    /// The words the script shows around the HTML (buttons, the report
    /// form, notes), by name, in `lang`.
    pub strings: BTreeMap<String, String>,
}

/// A comment as the API gives it: never an email, never an address.
#[derive(Serialize, ToSchema)]
pub struct CommentDto {
    pub id: i64,
    pub parent: Option<i64>,
    pub author: String,
    pub author_url: Option<String>,
    /// RFC 3339, in UTC.
    pub date: String,
    /// The comment's sanitised HTML, as stored when it was written.
    pub html: String,
    /// `approved`, or `pending` for the reader's own held comment.
    pub status: String,
    /// Written by a member of staff.
    pub staff: bool,
    /// Readers who recommended it.
    pub recommends: u64,
    /// An editors' pick.
    pub picked: bool,
    /// When its author last edited it (RFC 3339), if they did.
    pub edited: Option<String>,
    /// The author's identicon (`/avatar/SEED.svg`, relative to masthead's
    /// address), when avatars are on; for the reader's own held comment,
    /// the one neutral picture every held comment has
    /// (`/avatar/placeholder.svg`).
    pub avatar: Option<String>,
}

impl CommentDto {
    /// `avatars`: the site shows them (`comments.avatars`).
    pub fn new(c: &PublicComment, avatars: bool) -> Self {
        Self {
            id: c.id.0,
            parent: c.parent_id.map(|p| p.0),
            author: c.author_name.clone(),
            author_url: c.author_url.clone(),
            date: c.created_at.to_rfc3339(),
            html: c.content_html.as_str().to_string(),
            status: match c.status {
                CommentStatus::Approved => "approved",
                _ => "pending",
            }
            .to_string(),
            staff: c.by_staff,
            recommends: c.recommends,
            picked: c.picked,
            edited: c.edited_at.map(|t| t.to_rfc3339()),
            avatar: c.shown_avatar().filter(|_| avatars).map(avatar_path),
        }
    }
}

/// A page of a thread's comments.
#[derive(Serialize, ToSchema)]
pub struct CommentsDto {
    pub thread: ThreadDto,
    pub comments: Vec<CommentDto>,
    pub page: u64,
    pub per_page: u64,
    /// Comments in the list (approved, and the reader's own held ones).
    pub total: u64,
}

/// The order of a comment list.
#[derive(Deserialize, ToSchema, Clone, Copy, Default, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Sort {
    #[default]
    Oldest,
    Newest,
    /// Most recommended first.
    Best,
    /// Only the editors' picks.
    Picks,
}

impl Sort {
    pub fn order(self) -> masthead_core::comment::CommentOrder {
        use masthead_core::comment::CommentOrder;
        match self {
            Self::Oldest => CommentOrder::Oldest,
            Self::Newest => CommentOrder::Newest,
            Self::Best => CommentOrder::Best,
            Self::Picks => CommentOrder::Picks,
        }
    }
}

#[derive(Deserialize, IntoParams)]
pub struct ListParams {
    /// The page's address.
    pub url: Option<String>,
    /// From 1.
    pub page: Option<u64>,
    /// 1 to 100, 50 by default.
    pub per_page: Option<u64>,
    pub sort: Option<Sort>,
}

#[derive(Deserialize, IntoParams)]
pub struct EmbedParams {
    /// The page's address.
    pub url: Option<String>,
    /// Which comment page (from 1); the site's default page when left out.
    pub page: Option<u64>,
    /// Show the page that holds this comment (a `#comment-ID` link).
    pub comment: Option<i64>,
    /// A reader's chosen order instead of the date-ordered pages; `page`
    /// then counts pages of that order.
    pub sort: Option<Sort>,
    /// Another shipped language for this embed (`data-masthead-lang`):
    /// `en`, `fr`, `de`, `es`, `pl` or `ar`; anything else means the site's.
    pub lang: Option<String>,
}

/// A commenter's new text for their own comment (within the edit window).
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EditDto {
    pub comment: String,
}

/// A comment after its author's edit.
#[derive(Serialize, ToSchema)]
pub struct EditedDto {
    pub comment: CommentDto,
}

/// A recommend taken (or taken before from this reader).
#[derive(Serialize, ToSchema)]
pub struct RecommendedDto {
    pub id: i64,
    /// The comment's public count: the networks (an IPv4 address, an IPv6
    /// /64) its recommends came from, so it does not move when another
    /// reader on a network that recommended it already does.
    pub recommends: u64,
    /// `true` when this request took this reader's recommend; `false` when
    /// this reader had already recommended it.
    pub counted: bool,
    /// The reader's token: keep it, send it in `X-Masthead-Reader`.
    pub reader_token: String,
}

/// A reader's report of a comment.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReportDto {
    /// `spam`, `abusive`, `off-topic`, `misinformation` or `other`.
    pub reason: String,
    /// Up to 500 characters.
    #[serde(default)]
    pub details: Option<String>,
}

/// A report taken.
#[derive(Serialize, ToSchema)]
pub struct ReportedDto {
    pub id: i64,
    /// `false` when this reader had already reported it.
    pub counted: bool,
    pub reader_token: String,
}

#[derive(Deserialize, IntoParams)]
pub struct UrlParam {
    /// The page's address.
    pub url: Option<String>,
}

/// A reader's comment on a page.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewCommentDto {
    /// The page's address; its thread is made by its first comment.
    pub url: String,
    /// The page's title, kept with the comment: the thread takes it when
    /// this comment is approved, if no approved comment named it before.
    #[serde(default)]
    pub title: Option<String>,
    /// The comment answered, if any.
    #[serde(default)]
    pub parent: Option<i64>,
    pub author: String,
    pub email: String,
    #[serde(default)]
    pub website: Option<String>,
    pub comment: String,
    /// The form token of the form the reader filled in.
    #[serde(default)]
    pub token: Option<String>,
    /// The form's hidden field: people leave it empty.
    #[serde(default)]
    pub hp: Option<String>,
    /// "Notify me of follow-up comments by email": the address is first
    /// mailed a confirmation request (double opt-in).
    #[serde(default)]
    pub subscribe: bool,
}

/// A comment taken (approved, or held for moderation).
#[derive(Serialize, ToSchema)]
pub struct CreatedDto {
    pub comment: CommentDto,
    /// Proof of authorship: keep it, send it in `X-Masthead-Authored` to see
    /// your held comment.
    pub author_token: String,
    pub thread: ThreadDto,
    /// The comment on masthead's page of the thread.
    pub permalink: String,
    /// The comment page of the embed that holds it.
    pub page: usize,
    /// The reader's token (the one sent in `X-Masthead-Reader`, or a new
    /// one): keep it and send it with recommends and reports, which weigh
    /// more from a reader whose comment was approved. Absent when the
    /// address has had its new reader ids for now.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reader_token: Option<String>,
}

/// Approved comments per page address, keyed by the address as asked.
#[derive(Serialize, ToSchema)]
pub struct CountsDto {
    pub counts: BTreeMap<String, u64>,
    /// The same, as words ("3 comments"), in the embed's language.
    pub labels: BTreeMap<String, String>,
}

#[derive(Deserialize, IntoParams)]
pub struct LiveParams {
    /// The page's address.
    pub url: Option<String>,
    /// Polling: the events after this number, as one cacheable answer.
    pub since: Option<String>,
    /// Where a reconnecting reader left off, for clients that cannot send
    /// the `Last-Event-ID` header (the embed's first connection names the
    /// number its discussion was read at).
    pub last_event_id: Option<String>,
}
