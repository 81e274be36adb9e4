//! Site settings, the signing secret and the numbers that say what changed.
use super::error::StoreResult;
use crate::ids::ArticleId;
use async_trait::async_trait;

/// What [`SettingsStore::changed_since`] found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChangeSet {
    /// The counter now: ask with it next time.
    pub generation: i64,
    /// Something site-wide changed (an article, a setting), or the database
    /// went back: every page may differ.
    pub site: bool,
    /// Articles whose approved comments changed.
    pub articles: Vec<ArticleId>,
}

#[async_trait]
pub trait SettingsStore {
    async fn settings(&self) -> StoreResult<Vec<(String, String)>>;
    async fn put_setting(&self, key: &str, value: &str) -> StoreResult<()>;
    /// The secret for signing cookies: `candidate` (fresh random bytes) is stored
    /// if there is none yet, so every process on this database shares one secret.
    async fn site_secret(&self, candidate: &[u8]) -> StoreResult<Vec<u8>>;
    /// A number that changes whenever anything a public page shows changes
    /// (articles, settings, approved comments), in any process.
    async fn generation(&self) -> StoreResult<i64>;
    /// A number that changes whenever anything article `article`'s pages show
    /// changes: a site-wide change (articles, settings) or one of its
    /// approved comments, in any process. Changes elsewhere leave it alone.
    async fn page_version(&self, article: ArticleId) -> StoreResult<i64>;
    /// A number that changes whenever something every page shares changes
    /// (settings, articles), in any process; comments leave it alone.
    async fn site_version(&self) -> StoreResult<i64>;
    /// What changed after `since` (a `generation` of an earlier answer; the
    /// database's own counter, not the numbers above); `None` asks only for
    /// the counter now. For telling reverse-proxy caches what to purge.
    async fn changed_since(&self, since: Option<i64>) -> StoreResult<ChangeSet>;
    /// Ready to serve: the database answers and every migration this build
    /// knows is applied (`Err` names what is missing).
    async fn readiness(&self) -> StoreResult<Result<(), String>>;
    /// Connections open and idle in the pool, for metrics.
    fn pool_stats(&self) -> (u32, usize);
    /// How many generation reads had to ask the database (the rest were
    /// answered from what the store already knew), for metrics.
    fn generation_queries(&self) -> u64;
    /// Group commits of readers' comments so far: (groups, comments in them).
    fn comment_groups(&self) -> (u64, u64);
}
