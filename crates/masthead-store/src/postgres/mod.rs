//! PostgreSQL backend, for sites that run several masthead nodes on one
//! database. The queries are SQLite's (`../sql/`, compiled here with
//! `Db = Postgres`); what PostgreSQL spells differently is in [`dialect`].
//! `migrations/postgres/` mirrors `migrations/sqlite/`, number for number.
//!
//! Every node keeps its page caches under the cache versions
//! (`crate::versions`). Triggers move them on every change that a page shows
//! and `NOTIFY` what changed on `masthead_generation`; [`generation`] follows
//! those notifications on one listening connection, so a cached page costs
//! no query, and falls back to asking the database whenever that connection
//! is down.
#[path = "../sql/activitypub.rs"]
mod activitypub;
#[path = "../sql/articles.rs"]
mod articles;
mod bulk;
#[path = "../sql/comments.rs"]
mod comments;
#[path = "../sql/discussion.rs"]
mod discussion;
#[path = "../sql/filter.rs"]
mod filter;
#[path = "../sql/grip.rs"]
mod grip;
mod group_insert;
#[path = "../sql/imports.rs"]
mod imports;
#[path = "../sql/leases.rs"]
mod leases;
#[path = "../sql/legacy_reasons.rs"]
mod legacy_reasons;
#[path = "../sql/live.rs"]
mod live;
#[path = "../sql/media.rs"]
mod media;
#[path = "../sql/moderation.rs"]
mod moderation;
#[path = "../sql/notices.rs"]
mod notices;
#[path = "../sql/notify.rs"]
mod notify;
#[path = "../sql/privacy.rs"]
mod privacy;
#[path = "../sql/readers.rs"]
mod readers;
#[path = "../sql/revisions.rs"]
mod revisions;
#[path = "../sql/rows.rs"]
mod rows;
#[path = "../sql/sanctions.rs"]
mod sanctions;
mod search;
#[path = "../sql/search_hits.rs"]
mod search_hits;
#[path = "../sql/search_text.rs"]
mod search_text;
#[path = "../sql/sections.rs"]
mod sections;
#[path = "../sql/sessions.rs"]
mod sessions;
#[path = "../sql/settings.rs"]
mod settings;
#[path = "../sql/submissions.rs"]
mod submissions;
#[path = "../sql/users.rs"]
mod users;
#[path = "../sql/webmentions.rs"]
mod webmentions;
#[path = "../sql/wire.rs"]
mod wire;

mod generation;

use crate::ConnectError;
use crate::common::{db_err, placeholders, ts};
use generation::Generation;
use masthead_core::store::StoreResult;
use sqlx::Connection;
use sqlx::postgres::{PgConnectOptions, PgConnection, PgPool, PgPoolOptions};
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

pub use crate::backends::POSTGRES_MIGRATOR as MIGRATOR;

type Db = sqlx::Postgres;
type Backend = PgStore;

mod dialect {
    /// SQLite's LIKE ignores ASCII case; PostgreSQL's ILIKE does the same.
    pub const LIKE: &str = "ILIKE";
    /// A transaction that will write (SQLite needs `BEGIN IMMEDIATE`).
    pub const BEGIN_WRITE: &str = "BEGIN";
    /// Locks the rows a write transaction read, so a second one waits for
    /// the first's commit and reads what it wrote (SQLite's `BEGIN
    /// IMMEDIATE` already lets one writer in at a time).
    pub const FOR_UPDATE: &str = " FOR UPDATE";
    /// A transaction that only reads, every statement from one snapshot
    /// (READ COMMITTED would take a new one per statement).
    pub const BEGIN_SNAPSHOT: &str = "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY";
    /// The UTC day (`YYYY-MM-DD`) of `created_at` (Unix seconds).
    pub const UTC_DAY: &str = "to_char(to_timestamp(created_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD')";
}

#[derive(Debug, Clone)]
pub struct PgStore {
    pool: PgPool,
    generation: Arc<Generation>,
    /// Generation reads that had to ask PostgreSQL, for metrics and tests.
    generation_queries: Arc<std::sync::atomic::AtomicU64>,
    /// Readers' comments, committed in groups.
    comment_writer: Arc<crate::group::GroupCommit>,
}

impl PgStore {
    /// Connects, applies pending migrations (under PostgreSQL's advisory lock,
    /// so nodes starting together take turns) and starts following the
    /// generation number.
    pub async fn open(url: &str) -> Result<Self, ConnectError> {
        Self::open_as(url, crate::Use::Server).await
    }

    /// As [`Self::open`], for `purpose`: a command runs once and serves no
    /// cached page, so it keeps few connections and does not listen for
    /// changes: forty commands at once then need about forty connections
    /// of the server's hundred, not eighty.
    pub async fn open_as(url: &str, purpose: crate::Use) -> Result<Self, ConnectError> {
        let shown = crate::redact(url);
        let open_err = |source| ConnectError::Open {
            url: shown.clone(),
            source,
        };
        let options = PgConnectOptions::from_str(url).map_err(open_err)?;
        let pool = while_server_full(|| {
            PgPoolOptions::new()
                .max_connections(match purpose {
                    crate::Use::Server => pool_size(),
                    crate::Use::Command => COMMAND_POOL,
                })
                .acquire_timeout(Duration::from_secs(10))
                .connect_with(options.clone())
        })
        .await
        .map_err(open_err)?;
        MIGRATOR
            .run(&pool)
            .await
            .map_err(|source| ConnectError::Migrate {
                url: shown.clone(),
                source,
            })?;
        search_text::fill(&pool).await.map_err(open_err)?;
        legacy_reasons::convert(&pool).await.map_err(open_err)?;
        let generation = match purpose {
            crate::Use::Server => Generation::follow(pool.clone()),
            // Never live: each read of the versions asks the database.
            crate::Use::Command => Arc::default(),
        };
        Ok(Self {
            comment_writer: submissions::writer(&pool),
            pool,
            generation,
            generation_queries: Arc::default(),
        })
    }

    pub fn pool(&self) -> &PgPool {
        &self.pool
    }

    /// Asks the database what changed since the versions were last current.
    async fn refresh_versions(&self) -> StoreResult<()> {
        let since = self.generation.versions.known();
        let changes = settings::read_changes(&self.pool, since).await?;
        // Not taken in: the next request asks again.
        let _ = self.generation.versions.apply(changes);
        Ok(())
    }

    /// The versions, current: known from NOTIFY while the listener is up,
    /// asked for while it is down.
    async fn current_versions(&self) -> StoreResult<&crate::versions::Versions> {
        if !self.generation.live() {
            self.generation_queries
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            self.refresh_versions().await?;
        }
        Ok(&self.generation.versions)
    }

    async fn current_generation(&self) -> StoreResult<i64> {
        let versions = self.current_versions().await?;
        versions
            .generation()
            .ok_or_else(crate::versions::unavailable)
    }

    async fn current_page_version(
        &self,
        article: Option<masthead_core::ids::ArticleId>,
    ) -> StoreResult<i64> {
        let versions = self.current_versions().await?;
        versions
            .page_version(article.map(|a| a.0))
            .ok_or_else(crate::versions::unavailable)
    }

    /// After a change made through this node, learn what changed at once
    /// rather than when its NOTIFY arrives, so the editor who clicked
    /// "Unpublish" (or the reader whose comment was approved) never gets the
    /// cached page back on the redirect.
    async fn wrote(&self) {
        if let Err(e) = self.refresh_versions().await {
            tracing::debug!("cache versions not refreshed after a write: {e}");
        }
    }
}

/// Connects, waiting while the server refuses for having as many clients
/// as it allows (SQLSTATE 53300: nodes and commands starting together),
/// up to 20 s; any other error at once.
async fn while_server_full<T, F, Fut>(connect: F) -> Result<T, sqlx::Error>
where
    F: Fn() -> Fut,
    Fut: std::future::Future<Output = Result<T, sqlx::Error>>,
{
    let mut wait = Duration::from_millis(50);
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    loop {
        match connect().await {
            Err(sqlx::Error::Database(e))
                if e.code().as_deref() == Some("53300")
                    && std::time::Instant::now() + wait < deadline =>
            {
                tokio::time::sleep(wait).await;
                wait = (wait * 2).min(Duration::from_secs(2));
            }
            other => return other,
        }
    }
}

/// Connections a command may open; it opens a second only when it needs
/// two at once.
const COMMAND_POOL: u32 = 4;

/// Connections per node: `MASTHEAD_PG_POOL`, else 16. PostgreSQL's default
/// `max_connections` is 100, so about six nodes fit with room for the CLI.
fn pool_size() -> u32 {
    std::env::var("MASTHEAD_PG_POOL")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|n| *n > 0)
        .unwrap_or(16)
}

/// Applies the PostgreSQL migrations to the database at `url`.
pub async fn migrate(url: &str) -> Result<(), ConnectError> {
    let shown = crate::redact(url);
    let mut conn = while_server_full(|| PgConnection::connect(url))
        .await
        .map_err(|source| ConnectError::Open {
            url: shown.clone(),
            source,
        })?;
    MIGRATOR
        .run(&mut conn)
        .await
        .map_err(|source| ConnectError::Migrate { url: shown, source })?;
    let _ = conn.close().await;
    Ok(())
}
