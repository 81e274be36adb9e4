//! Comments as readers write and read them, and the staff lists.
use super::discussion::{DiscussionChanges, DiscussionRead};
use super::error::StoreResult;
use super::submissions::{Inserted, SubmissionFacts, SubmissionProbe};
use crate::Timestamp;
use crate::comment::{Comment, CommentStatus, NewComment, PublicComment};
use crate::ids::{ArticleId, CommentId};
use async_trait::async_trait;

/// A page of approved comments on published articles (the REST comments collection).
#[derive(Debug, Clone, Default)]
pub struct PublicCommentQuery {
    /// Only on these articles, when not empty.
    pub articles: Vec<ArticleId>,
    /// Only replies to these comments (0 = top level), when not empty.
    pub parents: Vec<i64>,
    /// Matched against author name, website and text — never the email.
    pub search: Option<String>,
    pub ascending: bool,
    pub offset: u64,
    pub limit: u32,
}

/// The orders of the staff lists.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum QueueOrder {
    #[default]
    Newest,
    Oldest,
    /// Most readers' reports first.
    MostReported,
    /// Highest spam-filter score first (unscored last).
    FilterScore,
    /// By article (the newest article first), newest comment first within.
    Article,
}

impl QueueOrder {
    pub const ALL: [Self; 5] = [
        Self::Newest,
        Self::Oldest,
        Self::MostReported,
        Self::FilterScore,
        Self::Article,
    ];

    /// As the queue's `sort` parameter spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Newest => "newest",
            Self::Oldest => "oldest",
            Self::MostReported => "reported",
            Self::FilterScore => "filter",
            Self::Article => "article",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|o| o.as_str() == s)
    }
}

/// What the queue can be filtered by.
#[derive(Debug, Clone, Default)]
pub struct CommentFilter {
    pub status: Option<CommentStatus>,
    pub article: Option<ArticleId>,
    /// Staff search: author, email, website, IP and text.
    pub search: Option<String>,
    /// At most this many, newest first; `None` for all.
    pub limit: Option<u32>,
    /// Skip this many first (pages of the REST list).
    pub offset: u64,
    /// Only editors' picks.
    pub picked: bool,
    /// In which order.
    pub order: QueueOrder,
    /// Only comments whose stored reasons include this code (`links`,
    /// `first-comments`, `filter`…: see `comment::Reasons::to_stored`).
    pub reason: Option<String>,
    /// Only comments on articles in this section (a filter staff choose,
    /// within their desk).
    pub section: Option<String>,
    /// Only comments on articles in one of these sections (a section
    /// desk); `None` for every article.
    pub sections: Option<Vec<String>>,
}

#[async_trait]
pub trait CommentStore {
    async fn insert_comment(&self, comment: &NewComment) -> StoreResult<CommentId>;
    /// Approved comments of one article, for its public page.
    async fn approved_comments(&self, article: ArticleId) -> StoreResult<Vec<PublicComment>>;
    /// The same, with the change number it was read at (one snapshot), so
    /// later reads can ask for [`CommentStore::discussion_changes`] only.
    async fn approved_discussion(&self, article: ArticleId) -> StoreResult<DiscussionRead>;
    /// The comments of `article` whose approved state changed after change
    /// number `since`; `None` when the database cannot say (the log no
    /// longer reaches back that far, or the database was restored or went
    /// back): the caller reads the whole discussion instead.
    async fn discussion_changes(
        &self,
        article: ArticleId,
        since: i64,
    ) -> StoreResult<Option<DiscussionChanges>>;
    /// The given comments of one article, whatever their status (the author's own view).
    async fn public_comments_by_ids(
        &self,
        article: ArticleId,
        ids: &[CommentId],
    ) -> StoreResult<Vec<PublicComment>>;
    async fn comment(&self, id: CommentId) -> StoreResult<Option<Comment>>;
    /// Approved comments on published articles matching `query`, and the total.
    async fn query_public_comments(
        &self,
        query: &PublicCommentQuery,
    ) -> StoreResult<(Vec<PublicComment>, u64)>;
    async fn comments(&self, filter: &CommentFilter) -> StoreResult<Vec<Comment>>;
    /// How many comments `filter` matches, ignoring its limit and offset.
    async fn count_comments(&self, filter: &CommentFilter) -> StoreResult<u64>;
    async fn count_comments_by_status(&self) -> StoreResult<Vec<(CommentStatus, u64)>>;
    /// Comments received per UTC day (`YYYY-MM-DD`) since `since`, days with none left out.
    async fn comments_per_day(&self, since: Timestamp) -> StoreResult<Vec<(String, u64)>>;
    /// Everything the submission rules read, in one round trip.
    async fn submission_facts(&self, probe: &SubmissionProbe<'_>) -> StoreResult<SubmissionFacts>;
    /// Stores a reader's comment unless it is a duplicate. Concurrent calls
    /// share one transaction and one durable commit (group commit); each is
    /// answered only after that commit, and one that the database refuses
    /// does not fail the others.
    async fn insert_reader_comment(&self, comment: &NewComment) -> StoreResult<Inserted>;
}
