//! SQLite backend: one file, WAL journal, foreign keys on, `synchronous=FULL`
//! so an acknowledged comment survives a power cut as well as a crash.
//!
//! The queries live in `../sql/`, compiled here with `Db = Sqlite`; what
//! SQLite spells differently is in [`dialect`].
#[path = "../sql/activitypub.rs"]
mod activitypub;
#[path = "../sql/articles.rs"]
mod articles;
mod backup;
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
mod open;
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
mod wal_watch;
#[path = "../sql/webmentions.rs"]
mod webmentions;
#[path = "../sql/wire.rs"]
mod wire;

pub use backup::BackupError;
pub(crate) use backup::{backup_postgres, restore_postgres};
pub(crate) use open::BUSY_TIMEOUT;

use crate::ConnectError;
use crate::common::{db_err, placeholders, ts};
use crate::versions::Versions;
use masthead_core::store::StoreResult;
use sqlx::sqlite::{SqliteConnectOptions, SqlitePool, SqlitePoolOptions, SqliteSynchronous};
use std::str::FromStr;
use std::sync::Arc;
use wal_watch::WalWatch;

pub(crate) use crate::backends::SQLITE_MIGRATOR as MIGRATOR;

type Db = sqlx::Sqlite;
type Backend = SqliteStore;

mod dialect {
    /// SQLite's LIKE already ignores ASCII case.
    pub const LIKE: &str = "LIKE";
    /// A transaction that will write takes the write lock at once: one
    /// that reads first and writes later fails with SQLITE_BUSY, without
    /// waiting, if another process committed in between.
    pub const BEGIN_WRITE: &str = "BEGIN IMMEDIATE";
    /// Locks the rows a write transaction read, so a second one waits for
    /// the first's commit and reads what it wrote (SQLite's `BEGIN
    /// IMMEDIATE` already lets one writer in at a time).
    pub const FOR_UPDATE: &str = "";
    /// A transaction that only reads: in WAL mode every statement in it
    /// sees the database as of its first read.
    pub const BEGIN_SNAPSHOT: &str = "BEGIN";
    /// The UTC day (`YYYY-MM-DD`) of `created_at` (Unix seconds).
    pub const UTC_DAY: &str = "date(created_at, 'unixepoch')";
}

#[derive(Debug, Clone)]
pub struct SqliteStore {
    pool: SqlitePool,
    /// None for in-memory databases.
    wal: Option<Arc<WalWatch>>,
    /// What this process knows of the cache versions.
    versions: Arc<Versions>,
    /// Generation reads that had to ask SQLite, for metrics and tests.
    generation_queries: Arc<std::sync::atomic::AtomicU64>,
    /// Readers' comments, committed in groups.
    comment_writer: Arc<crate::group::GroupCommit>,
}

impl SqliteStore {
    pub async fn open(url: &str) -> Result<Self, ConnectError> {
        let open_err = |source| ConnectError::Open {
            url: url.to_string(),
            source,
        };
        // No `journal_mode` here: setting it on every connection would take an
        // exclusive lock each time (see `open`); it is set once per file.
        let options = SqliteConnectOptions::from_str(url)
            .map_err(open_err)?
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .busy_timeout(open::BUSY_TIMEOUT)
            // 1 MiB of pages per connection, not SQLite's 2 MiB: masthead
            // keeps what readers ask for itself (the page cache, the
            // threaded discussions), and the file stays in the OS's cache.
            .pragma("cache_size", "-1024");
        let in_memory = options.get_filename() == std::path::Path::new(":memory:")
            || url.contains("mode=memory");
        // One connection stays open for the life of the store, so SQLite
        // never deletes and recreates the -shm file under a running server.
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .min_connections(1)
            .idle_timeout(None)
            .max_lifetime(None)
            .acquire_timeout(2 * open::BUSY_TIMEOUT)
            .connect_with(options)
            .await
            .map_err(open_err)?;
        {
            let mut conn = pool.acquire().await.map_err(open_err)?;
            if !in_memory {
                open::ensure_wal(&mut conn).await.map_err(open_err)?;
            }
            open::migrate(&mut conn)
                .await
                .map_err(|source| ConnectError::Migrate {
                    url: url.to_string(),
                    source,
                })?;
        }
        search_text::fill(&pool).await.map_err(open_err)?;
        legacy_reasons::convert(&pool).await.map_err(open_err)?;
        // The file as SQLite itself named it (symbolic links resolved), so the
        // -shm file watched is the one SQLite writes.
        let wal = if in_memory {
            None
        } else {
            let main: Option<String> =
                sqlx::query_scalar("SELECT file FROM pragma_database_list WHERE name = 'main'")
                    .fetch_optional(&pool)
                    .await
                    .map_err(open_err)?;
            main.filter(|f| !f.is_empty())
                .map(|f| Arc::new(WalWatch::new(std::path::Path::new(&f))))
        };
        Ok(Self {
            comment_writer: submissions::writer(&pool),
            pool,
            wal,
            versions: Arc::default(),
            generation_queries: Arc::default(),
        })
    }

    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    /// Other processes (the CLI, a second server) write to the same file
    /// unannounced. The wal-index header says whether anything at all was
    /// committed since the versions were last brought up to date; only then
    /// is the database asked what changed (one query for all articles).
    async fn refresh_versions(&self) -> StoreResult<()> {
        let seen = self.wal.as_ref().and_then(|w| w.header());
        if let Some(wal) = &self.wal {
            match &seen {
                Some(header) if wal.is_current(header) && self.versions.known().is_some() => {
                    return Ok(());
                }
                Some(_) => {}
                // Missing or mid-update: whatever was known may be stale.
                None => wal.forget(),
            }
        }
        let changes = settings::read_changes(&self.pool, self.versions.known()).await?;
        self.generation_queries
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let applied = self.versions.apply(changes);
        if let (true, Some(wal), Some(header)) = (applied, &self.wal, seen) {
            wal.remember(header);
        }
        Ok(())
    }

    async fn current_generation(&self) -> StoreResult<i64> {
        self.refresh_versions().await?;
        self.versions
            .generation()
            .ok_or_else(crate::versions::unavailable)
    }

    async fn current_page_version(
        &self,
        article: Option<masthead_core::ids::ArticleId>,
    ) -> StoreResult<i64> {
        self.refresh_versions().await?;
        self.versions
            .page_version(article.map(|a| a.0))
            .ok_or_else(crate::versions::unavailable)
    }

    /// Nothing to do: the commit changed the wal-index header.
    async fn wrote(&self) {}
}
