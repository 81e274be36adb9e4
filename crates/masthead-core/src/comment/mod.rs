//! Comments: what a reader submits, how it is checked, how it is moderated and
//! how a discussion is threaded for display.

mod action;
mod author_token;
mod edit_window;
mod email;
mod form;
mod identicon;
mod lesson;
mod network;
mod notice;
mod order;
mod pages;
pub mod proof;
mod reader_token;
mod reason;
mod report;
mod sanction;
mod thread;
pub(crate) mod token;

pub use action::{Actor, By, ModerationAction, Rule, UnknownAction, Via};
pub use author_token::{AuthorTokens, Authored, PROOF_SKEW_SECONDS};
pub use edit_window::EditWindow;
pub use email::is_email;
pub use form::{
    CommentForm, Field, FieldError, LONG_COMMENT, REQUIRED_COMMENT, ValidComment, limits,
};
pub use identicon::{PLACEHOLDER, avatar_seed, identicon_svg, is_avatar_seed, placeholder_svg};
pub use lesson::lesson_for;
pub use network::Network;
pub use notice::{
    EXPLANATION_MAX, EXPLANATION_MIN, IllegalCategory, NoticeForm, NoticeProblem, ValidNotice,
};
pub use order::{CommentOrder, UnknownOrder, picks};
pub use pages::{DefaultPage, Newcomer, Paging};
pub use reader_token::{Reader, ReaderTokens};
pub use reason::{Audience, ModerationReason, Reasons};
pub use report::{
    REPORT_DETAILS_MAX, ReportReason, SETTLED_READER_DAYS, UnknownReason, hold_tally, report_weight,
};
pub use sanction::{
    DAYS_MAX as SANCTION_DAYS_MAX, NewSanction, Sanction, SanctionError, SanctionKind, Target,
    applying as applying_sanction,
};
pub use thread::{ThreadItem, thread};
pub use token::{FormTokens, TokenError, TokenSubject};

use crate::Timestamp;
use crate::html::SanitizedHtml;
use crate::ids::{ArticleId, CommentId};
use serde::Serialize;
use std::fmt;
use std::str::FromStr;

/// WordPress's statuses; stored as these words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CommentStatus {
    Pending,
    Approved,
    Spam,
    Trash,
}

impl CommentStatus {
    pub const ALL: [CommentStatus; 4] = [Self::Pending, Self::Approved, Self::Spam, Self::Trash];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Approved => "approved",
            Self::Spam => "spam",
            Self::Trash => "trash",
        }
    }
}

impl fmt::Display for CommentStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, thiserror::Error)]
#[error("unknown comment status “{0}” (expected pending, approved, spam or trash)")]
pub struct UnknownStatus(pub String);

impl FromStr for CommentStatus {
    type Err = UnknownStatus;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "pending" | "hold" | "0" => Ok(Self::Pending),
            "approved" | "approve" | "1" => Ok(Self::Approved),
            "spam" => Ok(Self::Spam),
            "trash" => Ok(Self::Trash),
            other => Err(UnknownStatus(other.to_string())),
        }
    }
}

/// What a reader can see of a comment. It has no email and no IP on purpose:
/// public pages are built only from this type, so they cannot leak either.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PublicComment {
    pub id: CommentId,
    pub article_id: ArticleId,
    pub parent_id: Option<CommentId>,
    pub author_name: String,
    pub author_url: Option<String>,
    pub content_html: SanitizedHtml,
    pub status: CommentStatus,
    pub created_at: Timestamp,
    /// Written by a staff member (shown with a "Staff" mark).
    pub by_staff: bool,
    /// Readers who recommended it.
    pub recommends: u64,
    /// An editors' pick.
    pub picked: bool,
    /// When its author last edited it.
    pub edited_at: Option<Timestamp>,
    /// The seed of the author's identicon (a keyed hash, see [`avatar_seed`]).
    pub avatar: Option<String>,
    /// Where it was first posted, for a reply from another site (a
    /// Webmention's source page).
    pub origin_url: Option<String>,
}

/// What a reader is shown beside a comment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Avatar<'a> {
    /// The author's identicon, by its seed.
    Identicon(&'a str),
    /// The one neutral picture ([`PLACEHOLDER`]).
    Placeholder,
}

impl PublicComment {
    /// The picture readers may see beside it: the identicon of an approved
    /// comment only. A held or spam comment is shown (to its author) with
    /// the placeholder: its seed would tell whoever typed the address
    /// whether it is the one behind an identicon on the page, and the form
    /// promises the address is not published. `None` for an approved
    /// comment whose seed is not filled in yet.
    pub fn shown_avatar(&self) -> Option<Avatar<'_>> {
        match self.status {
            CommentStatus::Approved => self.avatar.as_deref().map(Avatar::Identicon),
            _ => Some(Avatar::Placeholder),
        }
    }
}

/// Everything stored about a comment; for staff (CLI, admin) only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Comment {
    pub id: CommentId,
    pub article_id: ArticleId,
    pub article_slug: String,
    pub parent_id: Option<CommentId>,
    pub author_name: String,
    pub author_email: String,
    pub author_url: Option<String>,
    pub author_ip: Option<String>,
    pub user_agent: Option<String>,
    pub content_source: String,
    pub content_html: SanitizedHtml,
    pub status: CommentStatus,
    /// Why it was held, marked spam or trashed.
    pub moderation_reason: Option<Reasons>,
    pub created_at: Timestamp,
    /// The staff member who wrote it, for replies from the admin.
    pub user_id: Option<i64>,
    /// `comment`, `pingback` or `trackback` (imported from WordPress).
    pub comment_type: String,
    pub recommends: u64,
    pub picked: bool,
    pub edited_at: Option<Timestamp>,
    pub avatar: Option<String>,
    pub origin_url: Option<String>,
}

impl Comment {
    /// What a reader could see of it (staff views reuse the public shapes).
    pub fn public(&self) -> PublicComment {
        PublicComment {
            id: self.id,
            article_id: self.article_id,
            parent_id: self.parent_id,
            author_name: self.author_name.clone(),
            author_url: self.author_url.clone(),
            content_html: self.content_html.clone(),
            status: self.status,
            created_at: self.created_at,
            by_staff: self.user_id.is_some(),
            recommends: self.recommends,
            picked: self.picked,
            edited_at: self.edited_at,
            avatar: self.avatar.clone(),
            origin_url: self.origin_url.clone(),
        }
    }
}

/// A comment ready to be stored: validated, rendered and moderated.
#[derive(Debug, Clone)]
pub struct NewComment {
    pub article_id: ArticleId,
    pub parent_id: Option<CommentId>,
    pub author_name: String,
    pub author_email: String,
    pub author_url: Option<String>,
    pub author_ip: Option<String>,
    pub user_agent: Option<String>,
    pub content_source: String,
    pub content_html: SanitizedHtml,
    pub status: CommentStatus,
    pub moderation_reason: Option<Reasons>,
    pub created_at: Timestamp,
    /// The staff member who wrote it, for replies from the admin.
    pub user_id: Option<i64>,
    /// The identicon's seed ([`avatar_seed`]); `None` leaves it to be filled later.
    pub avatar: Option<String>,
    /// Its author asked for follow-up comments by email (readers' comments).
    pub subscribe: bool,
    /// The title an outside page proposed for its thread with this comment
    /// (the embed's); the thread takes it when the comment is approved.
    pub page_title: Option<String>,
    /// The reader id of the browser that wrote it (a reader's comment), so
    /// that reader's reports weigh more once it is approved. Never published.
    pub reader_id: Option<String>,
    /// The spam filter's score, in thousandths (the queue sorts by it);
    /// `None` when the filter was off.
    pub filter_score: Option<u16>,
    /// The filter decided its status alone (auto mode): logged as its
    /// decision.
    pub filter_decided: bool,
}

impl NewComment {
    /// The moderation log's action for a status the filter chose alone.
    pub fn filter_log_action(&self) -> Option<&'static str> {
        match (self.filter_decided, self.status) {
            (true, CommentStatus::Approved) => Some("approve"),
            (true, CommentStatus::Spam) => Some("spam"),
            _ => None,
        }
    }
}
