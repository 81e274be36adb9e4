//! What the spam filter reads from storage: the lessons every node learns
//! in the same order, and what a comment's features are made of. Lessons are
//! written by [`super::ModerationStore::moderate_comments`], in the
//! decision's own transaction.
use super::error::StoreResult;
use crate::filter::{History, Lesson};
use crate::ids::CommentId;
use async_trait::async_trait;

/// Where the lessons stand.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FilterMark {
    /// Moves when stored lessons are rewritten (an erasure): start again.
    pub generation: i64,
    /// The newest lesson's id; 0 for none.
    pub last_lesson: i64,
}

/// A stored lesson and its id (the order every node learns in).
#[derive(Debug, Clone, PartialEq)]
pub struct StoredLesson {
    pub id: i64,
    pub lesson: Lesson,
}

/// What the filter reads of a stored comment: its words and author, and the
/// author's history as it stood when the comment arrived.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilterInput {
    pub id: CommentId,
    pub author_name: String,
    pub author_url: String,
    pub content_html: String,
    pub history: History,
}

#[async_trait]
pub trait FilterStore {
    /// One small read, before every decision.
    async fn filter_mark(&self) -> StoreResult<FilterMark>;

    /// The lessons after id `after`, oldest first.
    async fn filter_lessons(&self, after: i64) -> StoreResult<Vec<StoredLesson>>;

    /// The filter's view of these comments (missing ones are left out).
    async fn filter_inputs(&self, ids: &[CommentId]) -> StoreResult<Vec<FilterInput>>;
}
