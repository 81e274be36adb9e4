//! Live coverage of a story (issue 29, part 4): whether it is on, and the
//! timestamped updates staff add, numbered in the database's change log.
use super::error::StoreResult;
use crate::Timestamp;
use crate::html::SanitizedHtml;
use crate::ids::ArticleId;
use async_trait::async_trait;

/// An article's live coverage: on from `started_at` until `ended_at`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Coverage {
    pub started_at: Timestamp,
    pub ended_at: Option<Timestamp>,
}

impl Coverage {
    pub fn is_on(&self) -> bool {
        self.ended_at.is_none()
    }
}

/// One update of a live story.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LiveEntry {
    pub id: i64,
    pub article_id: ArticleId,
    pub html: SanitizedHtml,
    pub author: String,
    pub created_at: Timestamp,
    /// Its number in the change log (a live stream's event id).
    pub generation: i64,
}

#[async_trait]
pub trait LiveStore {
    /// Switches live coverage on (a new start if it had ended) or off (its
    /// end); `false` when it already was so. Moves the article's pages.
    async fn set_coverage(&self, article: ArticleId, on: bool, at: Timestamp) -> StoreResult<bool>;
    async fn coverage(&self, article: ArticleId) -> StoreResult<Option<Coverage>>;
    /// Articles whose coverage is on now.
    async fn live_articles(&self) -> StoreResult<Vec<ArticleId>>;
    /// Adds an update (and moves the article's pages), in one transaction.
    async fn add_entry(
        &self,
        article: ArticleId,
        html: &SanitizedHtml,
        author: &str,
        at: Timestamp,
    ) -> StoreResult<LiveEntry>;
    /// An article's updates, newest first.
    async fn entries(&self, article: ArticleId) -> StoreResult<Vec<LiveEntry>>;
    /// An article's updates numbered after `generation`, oldest first.
    async fn entries_after(
        &self,
        article: ArticleId,
        generation: i64,
    ) -> StoreResult<Vec<LiveEntry>>;
}

/// The lease of the node that publishes to the GRIP proxy.
pub const GRIP_LEASE: &str = "grip-publish";

/// One item published on an article's channel of the GRIP proxy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GripItem {
    pub article: ArticleId,
    pub id: i64,
}

/// The chain of items published to the GRIP proxy, shared by every node:
/// the publishing node records it, any node answers a held stream from it.
#[async_trait]
pub trait GripChain {
    /// The last item published on `article`'s channel, and the number
    /// everything up to which has been published (`None`: nothing yet).
    async fn grip_position(&self, article: ArticleId) -> StoreResult<(Option<i64>, Option<i64>)>;
    /// The last item published on each of `articles`' channels.
    async fn grip_last_ids(&self, articles: &[ArticleId]) -> StoreResult<Vec<(ArticleId, i64)>>;
    /// Records a round's items and the number it reached, while `holder`
    /// holds the `lease` (renewed until `until_ms`); `false` if it lost it.
    async fn record_grip(
        &self,
        lease: &str,
        holder: &str,
        items: &[GripItem],
        reached: i64,
        until_ms: i64,
    ) -> StoreResult<bool>;
}
