//! Storage backends for masthead. Each backend lives in its own module and
//! implements `masthead_core::store::Store`; [`connect`] picks one from the URL.
#![forbid(unsafe_code)]
// `sql/` is compiled once per backend on purpose (see `sqlite` and `postgres`).
#![allow(clippy::duplicate_mod)]

mod backends;
mod common;
pub mod copy;
mod group;
pub mod postgres;
mod sqlite;
mod versions;

use masthead_core::store::Store;
use std::sync::Arc;

pub use postgres::PgStore;
pub use sqlite::{BackupError, SqliteStore};

#[derive(Debug, thiserror::Error)]
pub enum ConnectError {
    #[error(
        "database URL “{0}” is not supported: use sqlite://PATH or postgres://USER@HOST/DATABASE"
    )]
    Unsupported(String),
    #[error("cannot open database {url}: {source}")]
    Open {
        url: String,
        #[source]
        source: sqlx::Error,
    },
    #[error("cannot bring database {url} up to date: {source}")]
    Migrate {
        url: String,
        #[source]
        source: sqlx::migrate::MigrateError,
    },
}

/// What a store is opened for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Use {
    /// A server: a full pool, and it follows other nodes' changes.
    Server,
    /// A command that runs once: few connections, no listening.
    Command,
}

/// Opens the database named by `url` for a server and applies pending
/// migrations.
pub async fn connect(url: &str) -> Result<Arc<dyn Store>, ConnectError> {
    connect_as(url, Use::Server).await
}

/// Opens the database named by `url` for `purpose` and applies pending
/// migrations.
pub async fn connect_as(url: &str, purpose: Use) -> Result<Arc<dyn Store>, ConnectError> {
    if url.starts_with("sqlite:") {
        Ok(Arc::new(SqliteStore::open(url).await?))
    } else if is_postgres(url) {
        Ok(Arc::new(PgStore::open_as(url, purpose).await?))
    } else {
        Err(ConnectError::Unsupported(redact(url)))
    }
}

/// Applies pending migrations to the database named by `url` (SQLite or
/// PostgreSQL) without opening a store on it.
pub async fn migrate(url: &str) -> Result<(), ConnectError> {
    if is_postgres(url) {
        postgres::migrate(url).await
    } else if url.starts_with("sqlite:") {
        SqliteStore::open(url).await?.pool().close().await;
        Ok(())
    } else {
        Err(ConnectError::Unsupported(redact(url)))
    }
}

/// Writes a consistent snapshot of the site at `url` to a new SQLite file,
/// while servers keep running. Either backend restores it.
pub async fn backup(url: &str, path: &std::path::Path) -> Result<(), BackupError> {
    if is_postgres(url) {
        sqlite::backup_postgres(url, path).await
    } else {
        SqliteStore::open(url).await?.backup_to(path).await
    }
}

/// Replaces the content of the site at `url` with a snapshot made by
/// [`backup`], in one transaction.
pub async fn restore(url: &str, path: &std::path::Path) -> Result<(), BackupError> {
    if is_postgres(url) {
        sqlite::restore_postgres(url, path).await
    } else {
        SqliteStore::open(url).await?.restore_from(path).await
    }
}

pub fn is_postgres(url: &str) -> bool {
    url.starts_with("postgres:") || url.starts_with("postgresql:")
}

/// Hides a password in a database URL before it is printed.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => match url[s + 3..at].split_once(':') {
            Some((user, _)) => format!("{}{user}:***{}", &url[..s + 3], &url[at..]),
            None => url.to_string(),
        },
        _ => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn passwords_are_redacted() {
        assert_eq!(
            super::redact("postgres://u:secret@h/db"),
            "postgres://u:***@h/db"
        );
        assert_eq!(super::redact("sqlite://x.db"), "sqlite://x.db");
    }
}
