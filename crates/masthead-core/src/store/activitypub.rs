//! ActivityPub's state: the site's key, other servers' keys, followers,
//! the delivery queue, and which posts and reactions came from where.
use super::error::StoreResult;
use crate::federation::activitypub::{Local, RemoteActor};
use crate::federation::webmention::Kind;
use crate::ids::{ArticleId, CommentId};
use async_trait::async_trait;

/// Another server's public key, with its actor as last fetched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemoteKey {
    pub key_id: String,
    pub actor: RemoteActor,
    pub public_pem: String,
    pub fetched_ms: i64,
}

/// One activity to POST to one inbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delivery {
    pub id: i64,
    pub inbox: String,
    pub body: String,
    pub attempts: u32,
}

/// How a try at a delivery ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeliveryOutcome {
    /// `sent`, `pending` (to retry at `next_ms`) or `failed`.
    pub state: &'static str,
    pub status: Option<u16>,
    pub error: Option<String>,
    pub attempts: u32,
    pub next_ms: i64,
}

/// A post from the Fediverse that became a comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FederatedNote {
    pub article_id: ArticleId,
    /// `None` once the comment is gone.
    pub comment_id: Option<CommentId>,
    /// Who wrote it: the only actor who may change or delete it.
    pub actor_id: String,
}

/// What staff see of the site's federation (`/admin/federation`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FederationReport {
    pub followers: u64,
    /// The newest followers: handle, actor id, since when (ms).
    pub recent_followers: Vec<(String, String, i64)>,
    /// The newest deliveries, with how each went.
    pub deliveries: Vec<DeliveryRow>,
    /// The newest mentions and Fediverse posts that did not stand
    /// (`refused`, `failed`, `gone`).
    pub problems: Vec<ProblemRow>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeliveryRow {
    pub inbox: String,
    /// The activity's `type`.
    pub kind: String,
    pub state: String,
    pub status: Option<u16>,
    pub error: Option<String>,
    pub attempts: u32,
    /// When it was sent, or is next tried (ms).
    pub at_ms: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProblemRow {
    pub source: String,
    pub target: String,
    /// `webmention` or `activitypub`.
    pub via: String,
    pub state: String,
    pub error: Option<String>,
    pub at_ms: i64,
}

#[async_trait]
pub trait ActivityPubStore {
    /// Followers, deliveries and refusals, the newest `limit` of each.
    async fn federation_report(&self, limit: u32) -> StoreResult<FederationReport>;
    /// The site actor's private key (PKCS#8 PEM), if made.
    async fn site_key(&self) -> StoreResult<Option<String>>;
    /// Keeps `candidate` as the site's key unless one is kept already (the
    /// first node wins); the key kept.
    async fn keep_site_key(&self, candidate: &str) -> StoreResult<String>;
    async fn remote_key(&self, key_id: &str) -> StoreResult<Option<RemoteKey>>;
    async fn keep_remote_key(&self, key: &RemoteKey) -> StoreResult<()>;
    /// Adds (or refreshes) a follower of `followed`.
    async fn add_follower(
        &self,
        actor: &RemoteActor,
        followed: Local,
        now_ms: i64,
    ) -> StoreResult<()>;
    /// Ends the actor's follow of `followed`, or (`None`) every follow it
    /// has here; `false` if it was not following.
    async fn remove_follower(&self, actor_id: &str, followed: Option<Local>) -> StoreResult<bool>;
    /// The followers of `followed`, or (`None`) the actors following any
    /// of the site's actors.
    async fn follower_count(&self, followed: Option<Local>) -> StoreResult<u64>;
    /// Queues `body` once per instance (its shared inbox, or each one's own
    /// inbox) where someone follows one of `of`, about `article`; how many
    /// were queued.
    async fn queue_for_followers(
        &self,
        article: ArticleId,
        of: &[Local],
        body: &str,
        at_ms: i64,
    ) -> StoreResult<u64>;
    /// A staff author's user name, by user id: an account credited with a
    /// published article.
    async fn author_name(&self, user_id: i64) -> StoreResult<Option<String>>;
    /// A staff author's user id, by name (any case).
    async fn author_id(&self, name: &str) -> StoreResult<Option<i64>>;
    /// Drops the article's deliveries that have not gone yet (a newer
    /// version replaces them); whether any of its activities was delivered.
    async fn cancel_article_deliveries(&self, article: ArticleId) -> StoreResult<bool>;
    async fn queue_delivery(&self, inbox: &str, body: &str, at_ms: i64) -> StoreResult<()>;
    /// Forgets deliveries that ended (sent or failed) before `before_ms`,
    /// except each article's newest sent one, which says that its next
    /// change is an `Update`; how many were forgotten.
    async fn prune_deliveries(&self, before_ms: i64) -> StoreResult<u64>;
    /// Deliveries due now, oldest first.
    async fn due_deliveries(&self, now_ms: i64, limit: u32) -> StoreResult<Vec<Delivery>>;
    async fn record_delivery(&self, id: i64, outcome: &DeliveryOutcome) -> StoreResult<()>;
    async fn federated_note(&self, note_id: &str) -> StoreResult<Option<FederatedNote>>;
    /// Records the comment a remote post became (or, `None`, that it made
    /// none: refused).
    async fn record_note(
        &self,
        note_id: &str,
        target: &str,
        article: ArticleId,
        comment: Option<CommentId>,
        actor: &RemoteActor,
        now_ms: i64,
    ) -> StoreResult<()>;
    /// Lists a like or boost under the article (moving its caches).
    async fn record_reaction(
        &self,
        activity_id: &str,
        target: &str,
        article: ArticleId,
        kind: Kind,
        actor: &RemoteActor,
        now_ms: i64,
    ) -> StoreResult<()>;
    /// Takes a like or boost back, if `actor_id` made it; whether it did.
    async fn remove_reaction(&self, activity_id: &str, actor_id: &str) -> StoreResult<bool>;
}
