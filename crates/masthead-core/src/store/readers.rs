//! What readers do to comments besides writing them: recommends, reports,
//! the history of their own edits, and the identicon seeds. (Their edits and
//! deletions change a comment through `ModerationStore`.)
use super::error::StoreResult;
use crate::Timestamp;
use crate::comment::{CommentStatus, Network, ReportReason};
use crate::html::SanitizedHtml;
use crate::ids::CommentId;
use async_trait::async_trait;

/// A comment's text before one of its author's edits (for staff).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PastText {
    pub content_source: String,
    pub content_html: SanitizedHtml,
    pub status: CommentStatus,
    /// When the edit that replaced it was made.
    pub edited_at: Timestamp,
    pub ip: Option<String>,
}

/// What a reader's recommend did. A comment's count is the number of
/// networks its recommends came from (rows from before networks were
/// recorded count one each).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recommended {
    /// Taken, the first from its network: counted; the comment's count now.
    Counted(u64),
    /// Taken for this reader, but its network had recommended the comment
    /// already: the count as it is, and the comment left untouched.
    SameNetwork(u64),
    /// This reader had already recommended it; the count as it is.
    Already(u64),
    /// No approved comment has that id.
    NotFound,
}

/// A reader's recommend, before it is stored.
#[derive(Debug, Clone, Copy)]
pub struct NewRecommend<'a> {
    pub comment: CommentId,
    pub reader: &'a str,
    pub network: &'a Network,
    pub at: Timestamp,
}

/// A reader's report, before it is stored.
#[derive(Debug, Clone)]
pub struct NewReport<'a> {
    pub comment: CommentId,
    pub reader: &'a str,
    pub network: &'a Network,
    /// [`crate::comment::report_weight`], decided by the use case.
    pub weight: u8,
    pub reason: &'a str,
    pub ip: Option<&'a str>,
    pub at: Timestamp,
    /// The tally ([`crate::comment::hold_tally`]) whose crossing sends the
    /// comment back to the queue.
    pub hold_at: u32,
}

/// What a reader's report did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reported {
    /// Stored; `reports` readers have reported it, for these reasons (each
    /// once, in alphabetical order). `crossed` when this report took the
    /// tally to `hold_at`: the use case then sends the comment back to the
    /// queue.
    Counted {
        reports: u64,
        kinds: Vec<ReportReason>,
        crossed: bool,
    },
    /// This reader had already reported it.
    Already,
    /// No approved comment has that id.
    NotFound,
}

/// A report as staff see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub reason: String,
    pub ip: Option<String>,
    pub at: Timestamp,
}

/// What readers do to comments besides writing them: recommends and
/// reports, the history of their own edits (made through
/// [`super::ModerationStore`]), and the identicon seeds.
#[async_trait]
pub trait ReaderStore {
    /// The texts a comment had before its author's edits, oldest first.
    async fn past_texts(&self, id: CommentId) -> StoreResult<Vec<PastText>>;
    /// Stores one reader's recommend of an approved comment, once, and
    /// counts it if it is the first from its network. One that does not
    /// count leaves the comment's row alone (an update would retire the
    /// article's cached pages).
    async fn recommend(&self, recommend: &NewRecommend<'_>) -> StoreResult<Recommended>;
    /// Stores one reader's report of an approved comment, once. The tally
    /// is the sum, over the networks that reported it, of each network's
    /// largest weight (rows without a network count one per reader); the
    /// report that takes it from below `hold_at` to `hold_at` or more is
    /// `crossed`, decided in its transaction: concurrent reports are
    /// serialised on the comment, so exactly one crosses. (The hold itself
    /// is the use case's, through `ModerationStore`.)
    async fn report(&self, report: &NewReport<'_>) -> StoreResult<Reported>;
    /// Whether this reader id wrote a comment that is approved: a reader
    /// with history.
    async fn reader_has_approved_comment(&self, reader: &str) -> StoreResult<bool>;
    /// The reports on a comment, oldest first.
    async fn reports(&self, id: CommentId) -> StoreResult<Vec<Report>>;
    /// The reports on each of `ids` (a page of the queue), in one query:
    /// (comment, report) pairs, each comment's oldest first.
    async fn reports_of(&self, ids: &[CommentId]) -> StoreResult<Vec<(CommentId, Report)>>;
    /// Comments whose identicon seed is not computed yet, with their emails.
    async fn comments_without_avatar(&self, limit: u32) -> StoreResult<Vec<(CommentId, String)>>;
    async fn set_avatars(&self, seeds: &[(CommentId, String)]) -> StoreResult<()>;
}
