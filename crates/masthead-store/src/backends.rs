//! What each backend is built from: its migrations, and (SQLite) how long a
//! connection waits out another process's lock. Read by the backends and by
//! `copy.rs`, which works on both without reaching into either (a backend's
//! backup and restore reach `copy.rs`).
use std::time::Duration;

pub static SQLITE_MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");

pub static POSTGRES_MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

/// How long any SQLite step waits out another process's lock.
pub(crate) const SQLITE_BUSY_TIMEOUT: Duration = Duration::from_secs(10);
