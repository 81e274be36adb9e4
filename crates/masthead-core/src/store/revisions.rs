//! What an article was before it changed, and what the page says of its
//! history (see [`crate::article::Provenance`]).
use super::error::StoreResult;
use crate::Timestamp;
use crate::article::Provenance;
use crate::ids::ArticleId;
use async_trait::async_trait;

/// An article as it read before an update replaced it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleVersion {
    pub saved_at: Timestamp,
    pub title: String,
    pub standfirst: String,
    pub body_html: String,
    /// Why it was replaced ("wire update", "edited").
    pub why: String,
}

#[async_trait]
pub trait RevisionStore {
    /// Sets every [`Provenance`] field of an article; `false` if it is gone.
    async fn set_provenance(&self, id: ArticleId, provenance: &Provenance) -> StoreResult<bool>;
    /// Earlier versions, newest first.
    async fn article_versions(&self, id: ArticleId) -> StoreResult<Vec<ArticleVersion>>;
    /// Takes a story down now: a draft, marked withdrawn at `at`.
    async fn withdraw_article(&self, id: ArticleId, at: Timestamp) -> StoreResult<bool>;
    /// An article's tag names, by name.
    async fn article_tags(&self, id: ArticleId) -> StoreResult<Vec<String>>;
}
