//! SQLite backend: one file, WAL journal, foreign keys on, `synchronous=FULL`
//! so an acknowledged comment survives a power cut as well as a crash.
//!
//! The queries live in `../sql/`, compiled here with `Db = Sqlite`; what
//! SQLite spells differently is in [`dialect`].
#[path = "../sql/articles.rs"]
mod articles;
mod backup;
#[path = "../sql/comments.rs"]
mod comments;
#[path = "../sql/imports.rs"]
mod imports;
#[path = "../sql/media.rs"]
mod media;
#[path = "../sql/sessions.rs"]
mod sessions;
#[path = "../sql/settings.rs"]
mod settings;
#[path = "../sql/users.rs"]
mod users;
mod wal_watch;

pub use backup::BackupError;
pub(crate) use backup::{backup_postgres, restore_postgres};

use crate::ConnectError;
use crate::common::{db_err, placeholders, ts};
use masthead_core::store::StoreResult;
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;
use wal_watch::WalWatch;

pub(crate) static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");

type Db = sqlx::Sqlite;
type Backend = SqliteStore;

mod dialect {
    /// SQLite's LIKE already ignores ASCII case.
    pub const LIKE: &str = "LIKE";
    /// The UTC day (`YYYY-MM-DD`) of `created_at` (Unix seconds).
    pub const UTC_DAY: &str = "date(created_at, 'unixepoch')";
}

#[derive(Debug, Clone)]
pub struct SqliteStore {
    pool: SqlitePool,
    /// None for in-memory databases.
    wal: Option<Arc<WalWatch>>,
    /// Generation reads that had to ask SQLite (see [`Self::generation_queries`]).
    generation_queries: Arc<std::sync::atomic::AtomicU64>,
}

impl SqliteStore {
    pub async fn open(url: &str) -> Result<Self, ConnectError> {
        let open_err = |source| ConnectError::Open {
            url: url.to_string(),
            source,
        };
        let options = SqliteConnectOptions::from_str(url)
            .map_err(open_err)?
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10));
        let file = options.get_filename();
        let wal = (file != std::path::Path::new(":memory:") && !url.contains("mode=memory"))
            .then(|| Arc::new(WalWatch::new(file)));
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .connect_with(options)
            .await
            .map_err(open_err)?;
        MIGRATOR
            .run(&pool)
            .await
            .map_err(|source| ConnectError::Migrate {
                url: url.to_string(),
                source,
            })?;
        Ok(Self {
            pool,
            wal,
            generation_queries: Arc::default(),
        })
    }

    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    /// How many generation reads went to SQLite rather than being answered
    /// from the unchanged wal-index header.
    pub fn generation_queries(&self) -> u64 {
        self.generation_queries
            .load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Other processes (the CLI, a second server) write to the same file
    /// unannounced. The wal-index header says whether anything at all was
    /// committed since the number was last read; only then is it read again.
    async fn current_generation(&self) -> StoreResult<i64> {
        let seen = self.wal.as_ref().and_then(|w| w.header());
        if let (Some(wal), Some(header)) = (&self.wal, &seen)
            && let Some(n) = wal.known(header)
        {
            return Ok(n);
        }
        let n = settings::read_generation(&self.pool).await?;
        self.generation_queries
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        if let (Some(wal), Some(header)) = (&self.wal, seen) {
            wal.remember(header, n);
        }
        Ok(n)
    }

    /// Nothing to do: the commit changed the wal-index header.
    async fn wrote(&self) {}
}
