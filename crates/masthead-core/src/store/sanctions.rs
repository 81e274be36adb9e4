//! Sanctions on commenters, and what staff see of a commenter.
use super::error::StoreResult;
use crate::Timestamp;
use crate::comment::{Actor, NewSanction, Sanction};
use async_trait::async_trait;

/// A commenter's record on the site, for staff: their comments by status,
/// the reports readers made of them, and when they were first and last seen.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct CommenterHistory {
    pub approved: u64,
    pub pending: u64,
    pub spam: u64,
    pub trash: u64,
    /// Readers' reports of their comments.
    pub reports: u64,
    pub first_seen: Option<Timestamp>,
    pub last_seen: Option<Timestamp>,
    /// The names they commented under, most used first.
    pub names: Vec<String>,
}

/// One commenter in the list staff browse: an email and its counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommenterRow {
    pub email: String,
    pub name: String,
    pub comments: u64,
    pub rejected: u64,
    pub last_seen: Timestamp,
}

#[async_trait]
pub trait SanctionStore {
    /// Sets a sanction, clearing (as by the same actor) any active one on
    /// the same target first, in one transaction; its id.
    async fn set_sanction(&self, new: &NewSanction) -> StoreResult<i64>;
    /// Clears the active sanctions on a target (its key); how many.
    async fn clear_sanctions(&self, key: &str, by: &Actor, at: Timestamp) -> StoreResult<u64>;
    /// Sanctions newest first: only those active at `active_at`, or all.
    async fn sanctions(&self, active_at: Option<Timestamp>) -> StoreResult<Vec<Sanction>>;
    /// Every sanction ever set on one of `keys` (exact targets), newest first.
    async fn sanctions_on(&self, keys: &[String]) -> StoreResult<Vec<Sanction>>;
    /// The active sanctions that may apply to a new comment: those on one
    /// of `keys` (see `Target::keys_for`) and every range.
    async fn sanctions_for(&self, keys: &[String], now: Timestamp) -> StoreResult<Vec<Sanction>>;
    /// An email's record (any case).
    async fn commenter_history(&self, email: &str) -> StoreResult<CommenterHistory>;
    /// Commenters who wrote since `since`, those with most rejected
    /// comments first, at most `limit`.
    async fn commenters(&self, since: Timestamp, limit: u32) -> StoreResult<Vec<CommenterRow>>;
}
