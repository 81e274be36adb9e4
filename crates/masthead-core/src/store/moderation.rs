//! Every change to a comment after it is stored: its status (by staff, its
//! author or masthead's own rules), a staff edit, its author's edit, each
//! logged. Only `masthead_core::service::moderate` calls it.
use super::error::StoreResult;
use crate::Timestamp;
use crate::comment::{By, CommentStatus, ModerationAction, Reasons};
use crate::html::SanitizedHtml;
use crate::ids::CommentId;
use async_trait::async_trait;

/// One change to comments, applied by [`ModerationStore::moderate_comments`]
/// in one transaction. Built only by `masthead_core::service::moderate`,
/// which decides what is asked; the store applies it and logs it.
#[derive(Debug, Clone)]
pub struct ModerationBatch<'a> {
    pub ids: &'a [CommentId],
    /// The status change (or pick, or deletion); `None` for a change of
    /// text alone.
    pub action: Option<ModerationAction>,
    pub by: &'a By,
    pub at: Timestamp,
    /// Change only the comments now in this status; the others are left as
    /// they are (`unchanged`). An automatic decision must not undo a
    /// person's: a hold by reports moves only an approved comment.
    pub only_from: Option<CommentStatus>,
    /// Stored with the change (on each comment whose status changes, and
    /// on one whose text changes); `None` keeps what is stored. An
    /// approval always clears the reason.
    pub reasons: Option<&'a Reasons>,
    /// New words for the one comment in `ids`, saved before its status.
    pub text: Option<NewText<'a>>,
    /// The features of the comments a staff decision may teach the spam
    /// filter: each status change that is a lesson
    /// ([`crate::comment::lesson_for`]) is stored as one, in this
    /// transaction.
    pub teach: &'a [(CommentId, crate::filter::Features)],
    /// The statement of reasons a decision gives (a notice's: the law and
    /// its category), written for each comment this change removes or
    /// hides, whatever its status was. Without one, each published comment
    /// whose change [`crate::notify::bits::on_change`] says is stated gets
    /// the site's terms as its ground.
    pub statement: Option<&'a GivenStatement<'a>>,
}

/// A decision's own statement of reasons; what was decided, who decided
/// and whether automated means did are the change's.
#[derive(Debug, Clone)]
pub struct GivenStatement<'a> {
    pub notice_id: Option<i64>,
    /// `law` (the category names the illegality) or `terms`.
    pub ground: &'a str,
    pub category: &'a str,
    /// The facts and circumstances relied on; empty for the default words.
    pub facts: &'a str,
}

/// New words for a comment.
#[derive(Debug, Clone)]
pub enum NewText<'a> {
    /// Staff's edit of the author fields and the text (logged as `edit`).
    Staff(EditedText<'a>),
    /// Its author's own edit: the words it replaces are kept for staff.
    Author(AuthorText<'a>),
}

#[derive(Debug, Clone)]
pub struct EditedText<'a> {
    pub author_name: &'a str,
    pub author_url: Option<&'a str>,
    pub content_source: &'a str,
    pub content_html: &'a SanitizedHtml,
}

/// A commenter's edit of their own comment, within the edit window.
#[derive(Debug, Clone)]
pub struct AuthorText<'a> {
    pub source: &'a str,
    pub html: &'a SanitizedHtml,
    pub ip: Option<&'a str>,
    /// Refused, nothing changed, when the comment already has this many
    /// earlier texts (counted in the change's transaction).
    pub max_edits: u32,
}

/// What a change did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Moderated {
    /// Comments whose status changed (or that are gone, for a delete).
    pub changed: Vec<CommentId>,
    /// Comments left as they were: in the status asked for already, or not
    /// in `only_from`.
    pub unchanged: Vec<CommentId>,
    /// The statements of reasons written, by comment.
    pub statements: Vec<(CommentId, i64)>,
}

/// Why a change was refused, nothing written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    /// These comments do not exist.
    Missing(Vec<CommentId>),
    /// An author's edit past `max_edits`.
    EditLimit,
}

/// A line of the moderation log: who did what to which comment, when.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ModerationEntry {
    pub comment_id: CommentId,
    /// A [`ModerationAction`] verb, or `edit`.
    pub action: String,
    /// The staff member, `author` (the comment's) or the rule (`reports`).
    pub actor: String,
    pub user_id: Option<i64>,
    /// A staff member's door (`admin`, `rest`, `cli`, `mail`, `webhook`),
    /// or `reader` or `system`.
    pub via: String,
    pub at: Timestamp,
}

/// Moderation-log lines of one kind in a period, counted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogCount {
    pub action: String,
    pub actor: String,
    pub via: String,
    pub count: u64,
}

/// What a transparency report counts, in a period.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TransparencyCounts {
    pub log: Vec<LogCount>,
    /// Readers' reports by reason.
    pub reports: Vec<(String, u64)>,
    /// Sanctions set, by kind.
    pub sanctions: Vec<(String, u64)>,
    /// Notices of illegal content, by category.
    pub illegal_notices: Vec<(String, u64)>,
    /// Statements of reasons, by ground (`law`, `terms`).
    pub statements: Vec<(String, u64)>,
    /// Appeals decided, by outcome (`upheld`, `reversed`).
    pub appeals: Vec<(String, u64)>,
}

/// Every change to a stored comment goes through here, one transaction per
/// call. Only `masthead_core::service::moderate` calls it.
#[async_trait]
pub trait ModerationStore {
    /// Applies `batch` to every comment in `batch.ids`, or — if any of them
    /// does not exist — to none (`Refused::Missing`). `Trust` also trusts
    /// each author's email; `Delete` removes the rows (replies keep their
    /// text and become top-level). Queues what
    /// [`crate::notify::bits::on_change`] says for each status changed, and
    /// logs: staff's every call on every id (and `edit` for their text), an
    /// author's or a rule's only the statuses it changed.
    async fn moderate_comments(
        &self,
        batch: &ModerationBatch<'_>,
    ) -> StoreResult<Result<Moderated, Refused>>;
    /// Whether staff ever approved this comment (an approve, trust or pick
    /// in the moderation log).
    async fn staff_approved(&self, comment: CommentId) -> StoreResult<bool>;
    /// The counts of a transparency report: log lines, readers' reports and
    /// sanctions from `since` (or the start) until `until`.
    async fn transparency_counts(
        &self,
        since: Option<Timestamp>,
        until: Timestamp,
    ) -> StoreResult<TransparencyCounts>;
    /// The log, newest first: of one comment, or of all.
    async fn moderation_log(
        &self,
        comment: Option<CommentId>,
        limit: u32,
    ) -> StoreResult<Vec<ModerationEntry>>;
}
