//! A commenter's personal data, found by email.
use super::error::StoreResult;
use crate::Timestamp;
use crate::comment::Comment;
use async_trait::async_trait;

/// How a commenter's comments go when their data is erased.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Erasure {
    /// Kept, as "Anonymous", with no email, website, address or browser.
    Anonymize,
    /// Gone (replies stay, as top-level comments).
    Delete,
}

/// A commenter's personal data, found by email (staff's privacy tools).
#[async_trait]
pub trait PrivacyStore {
    /// Every comment with this email (any case), oldest first.
    async fn comments_by_email(&self, email: &str) -> StoreResult<Vec<Comment>>;
    /// Whether staff trusted this email.
    async fn is_trusted(&self, email: &str) -> StoreResult<bool>;
    /// Erases what is stored about this email in one transaction; how many
    /// comments it changed or deleted.
    async fn erase_by_email(&self, email: &str, how: Erasure, at: Timestamp) -> StoreResult<u64>;
    /// Clears the IP addresses of comments, edits and reports made before
    /// `before`, and the networks of reports and recommends (to one word,
    /// `expired`, that still counts as one network); how many comments lost
    /// their addresses.
    async fn clear_addresses_before(&self, before: Timestamp) -> StoreResult<u64>;
}
