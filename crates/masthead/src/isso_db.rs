//! Reads an Isso database file for `masthead import isso`: read-only, so the
//! file (which a running Isso may still use) is never changed.
use masthead_core::import::isso::{Comment, Thread};
use sqlx::sqlite::{SqliteConnectOptions, SqliteRow};
use sqlx::{ConnectOptions, Connection, Row};
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum IssoDbError {
    #[error("{0} does not exist")]
    Missing(String),
    #[error("cannot open it as an SQLite database: {0}")]
    Open(#[source] sqlx::Error),
    #[error("not an Isso database: it has no `{0}` table")]
    NoTable(&'static str),
    #[error("cannot read its {table} table: {source}")]
    Read {
        table: &'static str,
        #[source]
        source: sqlx::Error,
    },
}

/// Every thread and comment, comments in id order.
pub async fn read(file: &Path) -> Result<(Vec<Thread>, Vec<Comment>), IssoDbError> {
    if !file.is_file() {
        return Err(IssoDbError::Missing(file.display().to_string()));
    }
    let mut db = SqliteConnectOptions::new()
        .filename(file)
        .read_only(true)
        .create_if_missing(false)
        .connect()
        .await
        .map_err(IssoDbError::Open)?;
    for table in ["threads", "comments"] {
        let found: Option<String> =
            sqlx::query_scalar("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?")
                .bind(table)
                .fetch_optional(&mut db)
                .await
                .map_err(IssoDbError::Open)?;
        if found.is_none() {
            return Err(IssoDbError::NoTable(table));
        }
    }
    let threads = sqlx::query("SELECT id, uri, title FROM threads ORDER BY id")
        .try_map(|r: SqliteRow| {
            Ok(Thread {
                id: r.try_get("id")?,
                uri: r.try_get::<Option<String>, _>("uri")?.unwrap_or_default(),
                title: r.try_get("title")?,
            })
        })
        .fetch_all(&mut db)
        .await
        .map_err(|source| IssoDbError::Read {
            table: "threads",
            source,
        })?;
    // Isso's columns are loosely typed (SQLite): read them as what Isso writes.
    let comments = sqlx::query(
        "SELECT tid, id, parent, CAST(created AS REAL) AS created, \
         CAST(modified AS REAL) AS modified, mode, remote_addr, text, author, email, website, \
         COALESCE(likes, 0) AS likes FROM comments ORDER BY id",
    )
    .try_map(|r: SqliteRow| {
        Ok(Comment {
            tid: r.try_get::<Option<i64>, _>("tid")?.unwrap_or(0),
            id: r.try_get("id")?,
            parent: r.try_get("parent")?,
            created: r.try_get::<Option<f64>, _>("created")?.unwrap_or(0.0),
            modified: r.try_get("modified")?,
            mode: r.try_get::<Option<i64>, _>("mode")?.unwrap_or(0),
            remote_addr: r.try_get("remote_addr")?,
            text: r.try_get::<Option<String>, _>("text")?.unwrap_or_default(),
            author: r.try_get("author")?,
            email: r.try_get("email")?,
            website: r.try_get("website")?,
            likes: r.try_get("likes")?,
        })
    })
    .fetch_all(&mut db)
    .await
    .map_err(|source| IssoDbError::Read {
        table: "comments",
        source,
    })?;
    let _ = db.close().await;
    Ok((threads, comments))
}
