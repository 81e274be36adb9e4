//! What a reader's submission is checked against, and what became of it.
use crate::Timestamp;
use crate::article::Article;
use crate::comment::CommentStatus;
use crate::ids::{ArticleId, CommentId};

/// What a reader's submission is checked against: its article, its parent
/// and the author's history, read together (one query) before the rules run.
#[derive(Debug, Clone)]
pub struct SubmissionProbe<'a> {
    pub article_id: ArticleId,
    pub parent_id: Option<CommentId>,
    /// The validated fields the duplicate rule compares (WordPress's
    /// `comment_duplicate`) and the author the history is keyed on; empty
    /// when the fields did not validate.
    pub author_name: &'a str,
    pub author_email: &'a str,
    pub content_source: &'a str,
    /// The client's address, for the flood rule ("" when unknown).
    pub ip: &'a str,
    /// How many approved comments of the author's are worth counting
    /// (`comments.trust_after`): the count stops there.
    pub approved_wanted: u32,
    /// How many of the author's newest decided comments the rejection rate
    /// is counted over (`comments.recent_history`; 0: none are read).
    pub recent_wanted: u32,
}

/// The answers to a [`SubmissionProbe`].
#[derive(Debug, Clone, Default)]
pub struct SubmissionFacts {
    pub article: Option<Article>,
    /// The parent's status, if it exists on the same article.
    pub parent_status: Option<CommentStatus>,
    /// An identical comment (not trashed) is already there.
    pub duplicate: bool,
    /// The newest comment from this address or this email (the flood rule
    /// keys on either, as WordPress's does).
    pub last_comment_at: Option<Timestamp>,
    /// Approved comments with the same name and email, at most the
    /// probe's `approved_wanted`.
    pub approved_comments: u32,
    /// Staff trusted this email.
    pub trusted: bool,
    /// The email's earlier comments by status, each counted up to 3 (as far
    /// as the spam filter reads them).
    pub history: crate::filter::History,
    /// The author's newest decided (approved, spam, trash) comments, at
    /// most the probe's `recent_wanted`, and how many of those were
    /// rejected (spam or trash).
    pub recent_decided: u32,
    pub recent_rejected: u32,
    /// Where the spam filter's stored lessons stand.
    pub filter_mark: super::FilterMark,
}

/// What became of a reader's comment handed to the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inserted {
    Stored(CommentId),
    /// An identical comment got there first (decided in the transaction
    /// that would have stored it, so two racing copies store one).
    Duplicate,
}
