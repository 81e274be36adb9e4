//! Webmentions other sites sent, and the comments their replies became.
use super::error::StoreResult;
use crate::comment::NewComment;
use crate::federation::webmention::Kind;
use crate::ids::{ArticleId, CommentId};
use async_trait::async_trait;

/// Where a mention stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionState {
    /// Received, to be checked (again).
    Pending,
    /// Checked: the source links to the target and is this.
    Verified(Kind),
    /// The source does not link to the target.
    Refused,
    /// The source answered 410 Gone.
    Gone,
    /// The source could not be fetched, after every retry.
    Failed,
}

impl MentionState {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Verified(kind) => kind.as_str(),
            Self::Refused => "refused",
            Self::Gone => "gone",
            Self::Failed => "failed",
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "pending" => Self::Pending,
            "refused" => Self::Refused,
            "gone" => Self::Gone,
            "failed" => Self::Failed,
            other => Kind::parse(other).map_or(Self::Failed, Self::Verified),
        }
    }
}

/// One stored mention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredMention {
    pub id: i64,
    pub source: String,
    pub target: String,
    pub article_id: ArticleId,
    pub state: MentionState,
    /// The comment a reply made (kept while the reply stands).
    pub comment_id: Option<CommentId>,
    pub attempts: u32,
    pub error: Option<String>,
}

/// What a check found, to record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    pub state: MentionState,
    pub comment_id: Option<CommentId>,
    pub author_name: String,
    pub author_url: Option<String>,
    pub author_photo: Option<String>,
    pub error: Option<String>,
    pub attempts: u32,
    /// When to check again (a `Pending` state's retry).
    pub next_ms: i64,
    pub checked_ms: i64,
}

/// A like, repost or plain mention, as the article lists them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reaction {
    pub kind: Kind,
    pub source: String,
    pub author_name: String,
    pub author_url: Option<String>,
}

/// Where telling one linked page stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SendState {
    Pending,
    Sent,
    /// The linked site names no Webmention endpoint.
    NoEndpoint,
    Failed,
    /// The article was unpublished or withdrawn before its turn.
    Skipped,
}

impl SendState {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Sent => "sent",
            Self::NoEndpoint => "none",
            Self::Failed => "failed",
            Self::Skipped => "skipped",
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "pending" => Self::Pending,
            "sent" => Self::Sent,
            "none" => Self::NoEndpoint,
            "skipped" => Self::Skipped,
            _ => Self::Failed,
        }
    }
}

/// One linked page to tell of an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutgoingMention {
    pub id: i64,
    pub article_id: ArticleId,
    pub target: String,
    pub state: SendState,
    pub endpoint: Option<String>,
    /// The endpoint's answer.
    pub status: Option<u16>,
    pub error: Option<String>,
    pub attempts: u32,
}

/// What a try found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SendOutcome {
    pub state: SendState,
    pub endpoint: Option<String>,
    pub status: Option<u16>,
    pub error: Option<String>,
    pub attempts: u32,
    pub next_ms: i64,
    pub sent_ms: Option<i64>,
}

#[async_trait]
pub trait WebmentionStore {
    /// Records a mention to check at `now_ms`: a new one, or one sent again
    /// (an update: checked again, whatever it was); `None` when the pair is
    /// a post that came by ActivityPub, which a Webmention never changes.
    async fn receive_webmention(
        &self,
        source: &str,
        target: &str,
        article: ArticleId,
        now_ms: i64,
    ) -> StoreResult<Option<i64>>;
    /// Mentions due for a check, oldest first.
    async fn due_webmentions(&self, now_ms: i64, limit: u32) -> StoreResult<Vec<StoredMention>>;
    async fn webmention(&self, id: i64) -> StoreResult<Option<StoredMention>>;
    async fn record_check(&self, id: i64, checked: &Checked) -> StoreResult<()>;
    /// An article's verified likes, reposts and mentions, oldest first.
    async fn reactions(&self, article: ArticleId) -> StoreResult<Vec<Reaction>>;
    /// Stores a comment that arrived from another site: its
    /// `comment_type` says how (`webmention`), `origin_url` where it was
    /// posted.
    /// Queues the linked pages of a published article to be told at
    /// `at_ms`: these targets, and those told before that the article no
    /// longer links to (so their sites learn the link went).
    async fn queue_sends(
        &self,
        article: ArticleId,
        targets: &[String],
        at_ms: i64,
    ) -> StoreResult<()>;
    /// Sends due now, oldest first.
    async fn due_sends(&self, now_ms: i64, limit: u32) -> StoreResult<Vec<OutgoingMention>>;
    async fn record_send(&self, id: i64, outcome: &SendOutcome) -> StoreResult<()>;
    /// An article's sends, by target.
    async fn sends(&self, article: ArticleId) -> StoreResult<Vec<OutgoingMention>>;
    async fn insert_federated_comment(
        &self,
        comment: &NewComment,
        comment_type: &str,
        origin_url: &str,
    ) -> StoreResult<CommentId>;
}
