//! Notices of illegal content and the statements of reasons that answer
//! them (the EU Digital Services Act, articles 16, 17 and 20).
use super::error::StoreResult;
use crate::Timestamp;
use crate::ids::CommentId;
use async_trait::async_trait;
use serde::Serialize;

/// A notice to store.
#[derive(Debug, Clone)]
pub struct NewNotice<'a> {
    pub comment_id: CommentId,
    pub category: &'a str,
    pub explanation: &'a str,
    pub notifier_name: &'a str,
    pub notifier_email: &'a str,
    /// The language the notifier wrote in (their mail is in it).
    pub lang: &'a str,
    pub at: Timestamp,
}

/// A notice as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Notice {
    pub id: i64,
    /// `None` once the comment is deleted for good.
    pub comment_id: Option<CommentId>,
    pub category: String,
    pub explanation: String,
    pub notifier_name: String,
    #[serde(skip)]
    pub notifier_email: String,
    pub lang: String,
    pub created_at: Timestamp,
    /// `removed` or `kept`, once decided.
    pub decision: Option<String>,
    pub decided_by: Option<String>,
    pub decided_at: Option<Timestamp>,
}

/// A statement of reasons as stored, with its appeal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Statement {
    pub id: i64,
    pub comment_id: Option<CommentId>,
    pub notice_id: Option<i64>,
    pub decision: String,
    pub ground: String,
    pub category: String,
    pub facts: String,
    pub automated: bool,
    pub decided_by: String,
    pub created_at: Timestamp,
    pub appeal: Option<String>,
    pub appealed_at: Option<Timestamp>,
    /// `upheld` or `reversed`.
    pub appeal_outcome: Option<String>,
    pub appeal_decided_by: Option<String>,
    pub appeal_decided_at: Option<Timestamp>,
}

#[async_trait]
pub trait NoticeStore {
    async fn insert_notice(&self, notice: &NewNotice<'_>) -> StoreResult<i64>;
    /// Notices not yet decided, oldest first.
    async fn open_notices(&self) -> StoreResult<Vec<Notice>>;
    async fn notice(&self, id: i64) -> StoreResult<Option<Notice>>;
    /// Records the decision on an open notice; `false` when it was decided
    /// already (by someone else meanwhile). A removal's statement is
    /// written by the moderation change itself.
    async fn decide_notice(
        &self,
        id: i64,
        decision: &str,
        by: &str,
        at: Timestamp,
    ) -> StoreResult<bool>;
    async fn statement(&self, id: i64) -> StoreResult<Option<Statement>>;
    /// The newest statement about a comment.
    async fn statement_of(&self, comment: CommentId) -> StoreResult<Option<Statement>>;
    /// Stores an appeal against a statement; `false` if one was made already.
    async fn appeal(&self, statement: i64, text: &str, at: Timestamp) -> StoreResult<bool>;
    /// Statements appealed and not yet decided, oldest appeal first.
    async fn open_appeals(&self) -> StoreResult<Vec<Statement>>;
    /// Records the review of an appeal; `false` if decided already.
    async fn decide_appeal(
        &self,
        statement: i64,
        outcome: &str,
        by: &str,
        at: Timestamp,
    ) -> StoreResult<bool>;
}
