//! Full-text search of live articles and pages.
use super::error::StoreResult;
use crate::search::{SearchPage, SearchQuery};
use async_trait::async_trait;

/// Full-text search of live articles and pages. Each backend keeps its
/// index in step with the articles table inside the same transactions
/// (SQLite FTS5 by triggers, PostgreSQL by a generated `tsvector`).
#[async_trait]
pub trait SearchStore {
    /// A page of hits, best first, and how many matched in all.
    async fn search_articles(&self, query: &SearchQuery) -> StoreResult<SearchPage>;
}
