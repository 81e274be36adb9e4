//! Articles, pages and the threads of outside pages.
use super::error::StoreResult;
use crate::Timestamp;
use crate::article::{Article, ArticleListing, ArticleSummary, NewArticle};
use crate::html::SanitizedHtml;
use crate::ids::{ArticleId, CommentId};
use crate::search::SearchTerms;
use crate::seo::SitemapEntry;
use async_trait::async_trait;

/// How a list of published articles is sorted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ArticleOrder {
    #[default]
    Date,
    Id,
    Title,
    Slug,
    Modified,
    /// Best match first; only with a search (otherwise by date).
    Relevance,
}

/// A page of published articles (the REST posts collection).
#[derive(Debug, Clone, Default)]
pub struct ArticleQuery {
    /// Full-text search (as the search page reads it), when given.
    pub search: Option<SearchTerms>,
    /// Only these slugs, when not empty.
    pub slugs: Vec<String>,
    pub order_by: ArticleOrder,
    pub ascending: bool,
    pub offset: u64,
    pub limit: u32,
}

#[async_trait]
pub trait ArticleStore {
    /// Stores a new article with the sections, tags and provenance it
    /// names, in one transaction.
    async fn insert_article(
        &self,
        article: &NewArticle,
        body_html: &SanitizedHtml,
    ) -> StoreResult<ArticleId>;
    async fn article_by_id(&self, id: ArticleId) -> StoreResult<Option<Article>>;
    async fn article_by_slug(&self, slug: &str) -> StoreResult<Option<Article>>;
    /// Published articles, newest first, with their approved-comment counts.
    async fn published_articles(&self, offset: u64, limit: u32)
    -> StoreResult<Vec<ArticleSummary>>;
    async fn count_published_articles(&self) -> StoreResult<u64>;
    async fn count_articles(&self) -> StoreResult<u64>;
    /// Published articles matching `query`, and how many match in all.
    async fn query_articles(&self, query: &ArticleQuery) -> StoreResult<(Vec<Article>, u64)>;
    /// Every article whatever its status (the editor's list), newest first.
    async fn article_listing(&self, offset: u64, limit: u32) -> StoreResult<Vec<ArticleListing>>;
    /// Replaces an article's fields; `false` if there is no such article. When
    /// the slug changes, the old one is kept as a redirect to the article; a
    /// slug taken by another article is `StoreError::Conflict`. With
    /// `keep_as`, a save that changes the title, standfirst or body keeps the
    /// text it replaces as an earlier version for that reason. Sections,
    /// tags and provenance it names are written in the same transaction.
    async fn update_article(
        &self,
        id: ArticleId,
        article: &NewArticle,
        body_html: &SanitizedHtml,
        keep_as: Option<&str>,
    ) -> StoreResult<bool>;
    /// The current slug of the article that once had `old_slug`.
    /// The thread of an outside page, by its normalised address.
    async fn thread_by_url(&self, url: &str) -> StoreResult<Option<Article>>;
    /// Makes the thread of an outside page, or returns the one another
    /// request made at the same moment.
    async fn create_thread(&self, thread: &NewThread) -> StoreResult<Article>;
    /// Titles proposed by these comments for threads whose title is not
    /// confirmed yet: (comment, thread, title) for each approved comment
    /// with a non-empty `page_title`, in comment order.
    async fn title_proposals(
        &self,
        ids: &[CommentId],
    ) -> StoreResult<Vec<(CommentId, ArticleId, String)>>;
    /// Gives a thread whose title is not confirmed `title`, confirmed;
    /// `false` when it was confirmed already (or is gone).
    async fn confirm_thread_title(&self, thread: ArticleId, title: &str) -> StoreResult<bool>;
    /// Approved comments of the threads of these page addresses (those
    /// with a thread), in one query.
    async fn thread_counts(&self, urls: &[String]) -> StoreResult<Vec<(String, u64)>>;
    async fn redirected_slug(&self, old_slug: &str) -> StoreResult<Option<String>>;
    /// When the next scheduled article goes live (the first publication time
    /// after `now`): cached lists are right only until then.
    async fn next_scheduled(&self, now: Timestamp) -> StoreResult<Option<Timestamp>>;
    /// Live articles and static pages (no drafts, nothing scheduled, no
    /// outside-page threads) in id order, a page of the sitemap at a time.
    async fn sitemap_entries(&self, offset: u64, limit: u32) -> StoreResult<Vec<SitemapEntry>>;
    /// How many [`ArticleStore::sitemap_entries`] there are.
    async fn count_sitemap_entries(&self) -> StoreResult<u64>;
    /// The newest change on each sitemap page of `per_page` addresses,
    /// first page first, counting positions as `seo::sitemap::page_slice`
    /// does (the home page is position 0, entry `i` position `i + 1`).
    async fn sitemap_lastmods(&self, per_page: u64) -> StoreResult<Vec<Timestamp>>;
    /// Live articles (not pages, not threads) published at or after
    /// `since`, newest first: the news sitemap.
    async fn articles_since(&self, since: Timestamp, limit: u32) -> StoreResult<Vec<SitemapEntry>>;
}

/// The thread of a page outside masthead, before it is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewThread {
    /// The page's normalised address (`PageUrl::as_str`).
    pub url: String,
    pub slug: String,
    pub title: String,
    /// `false` for a thread made by a reader's comment: its title is the
    /// page's address until a comment proposing one is approved.
    pub title_confirmed: bool,
    pub created_at: Timestamp,
}
