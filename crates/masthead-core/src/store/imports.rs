//! Imports, each in one transaction, and what export reads back.
use super::articles::NewThread;
use super::error::StoreResult;
use crate::Timestamp;
use crate::article::{Article, ArticleKind, NewArticle, Photo};
use crate::comment::NewComment;
use crate::html::SanitizedHtml;
use crate::ids::{ArticleId, CommentId};
use async_trait::async_trait;

/// One import, in one transaction: nothing is visible until `commit`, and
/// dropping it without committing leaves the database as it was.
#[async_trait]
pub trait ImportTx: Send {
    /// The masthead id of something imported before from `source`.
    async fn imported(
        &mut self,
        source: &str,
        kind: &str,
        source_id: &str,
    ) -> StoreResult<Option<i64>>;
    async fn record_import(
        &mut self,
        source: &str,
        kind: &str,
        source_id: &str,
        target_id: i64,
    ) -> StoreResult<()>;
    /// Many `record_import`s in one statement.
    async fn record_imports(
        &mut self,
        source: &str,
        kind: &str,
        pairs: &[(String, i64)],
    ) -> StoreResult<()>;
    async fn slug_taken(&mut self, slug: &str) -> StoreResult<bool>;
    async fn insert_article(
        &mut self,
        article: &NewArticle,
        kind: ArticleKind,
        body_html: &SanitizedHtml,
    ) -> StoreResult<ArticleId>;
    async fn set_article_photo(&mut self, id: ArticleId, photo: &Photo) -> StoreResult<()>;
    async fn insert_comment(
        &mut self,
        comment: &NewComment,
        comment_type: &str,
    ) -> StoreResult<CommentId>;
    async fn set_comment_parent(&mut self, id: CommentId, parent: CommentId) -> StoreResult<()>;
    /// Inserts many comments (each with its type) and returns their new ids,
    /// in the same order: a bulk import's fast path.
    async fn insert_comments(
        &mut self,
        comments: &[(NewComment, String)],
    ) -> StoreResult<Vec<CommentId>>;
    /// Sets many (comment, parent) links at once.
    async fn set_comment_parents(&mut self, links: &[(CommentId, CommentId)]) -> StoreResult<()>;
    /// An old address of the article (kept if the path is already taken).
    async fn add_legacy_path(&mut self, path: &str, article: ArticleId) -> StoreResult<()>;
    /// Declares a term (kept if it exists) and, with an article, tags it.
    async fn add_term(&mut self, term: &Term, article: Option<ArticleId>) -> StoreResult<()>;
    /// Articles whose slug or legacy path is `path` (Disqus threads name URLs).
    async fn article_for_path(&mut self, path: &str) -> StoreResult<Option<ArticleId>>;
    /// The thread of an outside page (by `thread.url`), made if there is
    /// none; `true` when it was made now. Importers of other comment servers
    /// bring threads of pages masthead does not publish.
    async fn outside_thread(&mut self, thread: &NewThread) -> StoreResult<(ArticleId, bool)>;
    /// The reader counts an imported comment had where it came from: its
    /// recommends (likes, upvotes) and when its author last edited it.
    async fn set_comment_counts(
        &mut self,
        id: CommentId,
        recommends: u32,
        edited_at: Option<Timestamp>,
    ) -> StoreResult<()>;
    async fn commit(self: Box<Self>) -> StoreResult<()>;
}

/// A category, tag or other WordPress term.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Term {
    pub taxonomy: String,
    pub slug: String,
    pub name: String,
    pub parent: String,
}

#[async_trait]
pub trait ImportStore {
    async fn begin_import(&self) -> StoreResult<Box<dyn ImportTx>>;
    /// The article an old address (`/?p=7`, `/2017/11/14/slug/`) belongs to.
    async fn legacy_path(&self, path: &str) -> StoreResult<Option<Article>>;
    /// Every term, parents before children, for export.
    async fn terms(&self) -> StoreResult<Vec<Term>>;
    async fn article_terms(&self, id: ArticleId) -> StoreResult<Vec<Term>>;
    /// Article ids after `after`, ascending, at most `limit` (export walks them).
    async fn article_ids(&self, after: i64, limit: u32) -> StoreResult<Vec<ArticleId>>;
}
