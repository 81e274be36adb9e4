//! Sections (WordPress's categories) of articles, as section desks read
//! them.
use super::error::StoreResult;
use crate::ids::{ArticleId, CommentId};
use async_trait::async_trait;

#[async_trait]
pub trait SectionStore {
    /// The sections of each comment's article (ids that do not exist are
    /// left out).
    async fn comment_sections(
        &self,
        ids: &[CommentId],
    ) -> StoreResult<Vec<(CommentId, Vec<String>)>>;
    /// The sections of each article: (term id, slug), in slug order.
    async fn article_sections(
        &self,
        ids: &[ArticleId],
    ) -> StoreResult<Vec<(ArticleId, Vec<(i64, String)>)>>;
}
