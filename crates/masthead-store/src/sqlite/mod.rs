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

pub use backup::BackupError;
pub(crate) use backup::{backup_postgres, restore_postgres};

use crate::ConnectError;
use crate::common::{db_err, placeholders, ts};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};
use std::str::FromStr;
use std::time::Duration;

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
        Ok(Self { pool })
    }

    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    /// Other processes (the CLI, a second server) write to the same file
    /// unannounced, so every view asks SQLite.
    fn known_generation(&self) -> Option<i64> {
        None
    }

    /// Nothing to do: the next view asks SQLite anyway.
    async fn wrote(&self) {}
}
