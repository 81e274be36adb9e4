//! The notification queue, the outbox and commenters' mail addresses.
use super::error::StoreResult;
use crate::Timestamp;
use crate::comment::Comment;
use crate::ids::ArticleId;
use crate::notify::{NewMessage, OutboxKind};
use async_trait::async_trait;

/// A queued comment (`notify_queue`) with what the notification rules read.
#[derive(Debug, Clone)]
pub struct NotifyWork {
    pub queue_id: i64,
    /// [`crate::notify::bits`].
    pub bits: i32,
    /// `None` when the comment is gone (deleted, erased) since.
    pub comment: Option<Comment>,
    pub article_title: String,
    /// Confirmed addresses following the comment's article, lower case.
    pub followers: Vec<String>,
    /// The comment author's address is confirmed (double opt-in done).
    pub author_confirmed: bool,
    /// The author's address asked for no mail at all ("never mail me
    /// again"): no confirmation request goes to it.
    pub author_suppressed: bool,
    /// Confirmation requests queued in the last day for comments from the
    /// author's IP address (bounds how many strangers one client can have
    /// masthead write to).
    pub ip_confirmations: u32,
}

/// What the notification worker decided for some queued comments, stored
/// in one transaction that also takes them off the queue.
#[derive(Debug, Clone)]
pub struct NotifyOutcome<'a> {
    /// `notify_queue` ids handled.
    pub done: &'a [i64],
    /// Follow-up requests: (article, lower-case address).
    pub subscribe: &'a [(ArticleId, String)],
    pub messages: &'a [NewMessage],
    pub at: Timestamp,
}

/// An outbox row claimed for sending.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxRow {
    pub id: i64,
    pub kind: OutboxKind,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub unsubscribe: Option<String>,
    pub attempts: u32,
    /// Messages this recipient was sent in the hour before the claim.
    pub sent_last_hour: u64,
}

/// What is stored for an address's mail (the privacy export).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct MailData {
    pub confirmed_at: Option<Timestamp>,
    /// When it asked for no more mail at all.
    pub unsubscribed_at: Option<Timestamp>,
    /// Slugs of the articles it follows.
    pub following: Vec<String>,
    /// Subjects of messages to it not sent yet.
    pub queued: Vec<String>,
}

/// The outbox of notifications and what they need: the queue of comments
/// to notify about, subscriptions, confirmed addresses.
#[async_trait]
pub trait NotifyStore {
    /// The oldest queued comments, at most `limit`.
    async fn notify_work(&self, limit: u32) -> StoreResult<Vec<NotifyWork>>;
    /// Stores messages and subscriptions and unqueues `done`, in one
    /// transaction; a message whose `dedupe` key is stored already is skipped.
    async fn record_notifications(&self, outcome: &NotifyOutcome<'_>) -> StoreResult<()>;
    /// Leases up to `limit` due messages (not digest items; mail only
    /// `with_mail`) for `lease_secs`: a crashed sender's rows come back
    /// after that.
    async fn claim_outbox(
        &self,
        now: Timestamp,
        lease_secs: i64,
        limit: u32,
        with_mail: bool,
    ) -> StoreResult<Vec<OutboxRow>>;
    /// The message was accepted by the server: never send it again.
    async fn outbox_sent(&self, id: i64, at: Timestamp) -> StoreResult<()>;
    /// An attempt failed: counted, and tried again at `retry_at`.
    async fn outbox_failed(&self, id: i64, error: &str, retry_at: Timestamp) -> StoreResult<()>;
    /// Held back (rate limit) until `at`, without counting an attempt.
    async fn outbox_later(&self, id: i64, at: Timestamp) -> StoreResult<()>;
    /// Digest items not folded into a digest yet, oldest first.
    async fn digest_items(&self) -> StoreResult<Vec<OutboxRow>>;
    /// Stores `digest` and marks `items` folded, in one transaction;
    /// `false` (nothing stored) if another process folded one first.
    async fn fold_digest(
        &self,
        items: &[i64],
        digest: &NewMessage,
        at: Timestamp,
    ) -> StoreResult<bool>;
    /// Confirms an address that asked for mail (clearing an unsubscribe);
    /// `false` if it never asked (or was erased since).
    async fn confirm_address(&self, email: &str, at: Timestamp) -> StoreResult<bool>;
    /// Stops mail about one article, or (`None`) ends the address's
    /// subscriptions, confirmation and queued mail and records that it wants
    /// none; how many subscriptions ended.
    async fn unsubscribe(
        &self,
        email: &str,
        article: Option<ArticleId>,
        at: Timestamp,
    ) -> StoreResult<u64>;
    async fn mail_data(&self, email: &str) -> StoreResult<MailData>;
}
