//! Online backup and restore of a SQLite site.
//!
//! `backup` uses `VACUUM INTO`, which reads one consistent snapshot while the
//! server keeps serving and writing. `restore` brings the snapshot up to the
//! current schema in a scratch copy, then replaces every table's rows in one
//! transaction, so a running server sees the old site or the restored one,
//! never a mix.
use super::SqliteStore;
use crate::ConnectError;
use sqlx::Connection;
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("{0} already exists; choose a new file name")]
    Exists(String),
    #[error("{0} does not exist")]
    Missing(String),
    #[error("{path} is not a masthead backup: {reason}")]
    NotABackup { path: String, reason: String },
    #[error(transparent)]
    Open(#[from] ConnectError),
    #[error("database error: {0}")]
    Db(#[from] sqlx::Error),
    #[error("cannot prepare the restore: {0}")]
    Io(#[from] std::io::Error),
    #[error(transparent)]
    Copy(#[from] crate::copy::CopyError),
}

/// A checked copy of a backup file, at the current schema, removed on drop:
/// the backup file itself is never modified.
pub(crate) struct Snapshot {
    pub(crate) path: std::path::PathBuf,
}

impl Snapshot {
    pub(crate) async fn prepare(path: &Path) -> Result<Self, BackupError> {
        let shown = path.display().to_string();
        if !path.is_file() {
            return Err(BackupError::Missing(shown));
        }
        let not_backup = |reason: String| BackupError::NotABackup {
            path: shown.clone(),
            reason,
        };
        let snapshot = Snapshot {
            path: tempfile_path(path),
        };
        // Nothing of an earlier scratch file may mix with this one.
        for suffix in ["-wal", "-shm"] {
            let _ = std::fs::remove_file(with_suffix(&snapshot.path, suffix));
        }
        std::fs::copy(path, &snapshot.path)?;
        // A backup written before backups were sealed may keep its last rows
        // in a WAL beside it: bring that along (SQLite rebuilds the index).
        let wal = with_suffix(path, "-wal");
        if wal.is_file() {
            std::fs::copy(&wal, with_suffix(&snapshot.path, "-wal"))?;
        }
        let url = snapshot.url();
        let store = SqliteStore::open(&url)
            .await
            .map_err(|e| not_backup(e.to_string()))?;
        let check: String = sqlx::query_scalar("PRAGMA integrity_check")
            .fetch_one(&store.pool)
            .await?;
        store.pool.close().await;
        if check != "ok" {
            return Err(not_backup(format!("integrity check failed: {check}")));
        }
        Ok(snapshot)
    }

    pub(crate) fn url(&self) -> String {
        format!("sqlite://{}", self.path.display())
    }
}

impl Drop for Snapshot {
    fn drop(&mut self) {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(with_suffix(&self.path, suffix));
        }
    }
}

impl SqliteStore {
    pub async fn backup_to(&self, path: &Path) -> Result<(), BackupError> {
        let shown = path.display().to_string();
        if path.exists() {
            return Err(BackupError::Exists(shown));
        }
        sqlx::query("VACUUM INTO $1")
            .bind(path.to_string_lossy().as_ref())
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn restore_from(&self, path: &Path) -> Result<(), BackupError> {
        let snapshot = Snapshot::prepare(path).await?;
        let scratch = &snapshot.path;
        let tables: Vec<String> = sqlx::query_scalar(
            "SELECT name FROM sqlite_master WHERE type = 'table' \
             AND name NOT LIKE 'sqlite_%' AND name NOT IN ('_sqlx_migrations', 'site_state', 'article_state') \
             ORDER BY name",
        )
        .fetch_all(&self.pool)
        .await?;
        let mut conn = self.pool.acquire().await?;
        // Closed, not returned to the pool: a connection left with the
        // snapshot attached (a cancelled restore) must not serve anyone.
        conn.close_on_drop();
        sqlx::query("ATTACH DATABASE $1 AS snapshot")
            .bind(scratch.to_string_lossy().as_ref())
            .execute(&mut *conn)
            .await?;
        let copied = async {
            let mut tx = conn.begin_with("BEGIN IMMEDIATE").await?;
            sqlx::query("PRAGMA defer_foreign_keys = ON")
                .execute(&mut *tx)
                .await?;
            for t in &tables {
                // Names come from sqlite_master of our own schema, not from input.
                sqlx::query(&format!("DELETE FROM main.\"{t}\""))
                    .execute(&mut *tx)
                    .await?;
                sqlx::query(&format!(
                    "INSERT INTO main.\"{t}\" SELECT * FROM snapshot.\"{t}\""
                ))
                .execute(&mut *tx)
                .await?;
            }
            // The cache generation only moves forward, so no node keeps a
            // page rendered from before the restore; the comment change log
            // (the backup's own) says nothing about what a process read
            // before, so it counts from here.
            sqlx::query("UPDATE site_state SET generation = generation + 1, site_generation = generation + 1, changes_since = generation + 1 WHERE id = 1")
                .execute(&mut *tx)
                .await?;
            tx.commit().await
        }
        .await;
        copied?;
        sqlx::query("DETACH DATABASE snapshot")
            .execute(&mut *conn)
            .await?;
        Ok(())
    }
}

/// Backup on PostgreSQL: the same SQLite snapshot file, written by a copy
/// from one REPEATABLE READ transaction, so either backend restores it.
pub(crate) async fn backup_postgres(url: &str, path: &Path) -> Result<(), BackupError> {
    if path.exists() {
        return Err(BackupError::Exists(path.display().to_string()));
    }
    let to = format!("sqlite://{}?mode=rwc", path.display());
    let copied = crate::copy::copy(url, &to, crate::copy::Target::MustBeEmpty, |_, _| {}).await;
    if copied.is_err() {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(with_suffix(path, suffix));
        }
    }
    copied?;
    seal(path).await
}

/// Makes a backup one self-contained file: the WAL folded in and removed,
/// the file in rollback-journal mode. Otherwise the rows written last may sit
/// in `-wal` beside it (SQLite folds the WAL in when the last connection
/// closes, which a process that exits at once does not always reach), and a
/// backup copied, moved or restored without it would silently lack them.
async fn seal(path: &Path) -> Result<(), BackupError> {
    let options = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(path)
        .busy_timeout(super::BUSY_TIMEOUT);
    let mut conn = sqlx::SqliteConnection::connect_with(&options).await?;
    super::open::set_journal_mode(&mut conn, "delete").await?;
    conn.close().await?;
    Ok(())
}

/// Restore on PostgreSQL: every table's rows replaced in one transaction.
pub(crate) async fn restore_postgres(url: &str, path: &Path) -> Result<(), BackupError> {
    let snapshot = Snapshot::prepare(path).await?;
    crate::copy::copy(
        &snapshot.url(),
        url,
        crate::copy::Target::Replace,
        |_, _| {},
    )
    .await?;
    Ok(())
}

fn with_suffix(path: &Path, suffix: &str) -> std::path::PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    name.into()
}

fn tempfile_path(path: &Path) -> std::path::PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or_default();
    std::env::temp_dir().join(format!(
        "masthead-restore-{}-{nanos}-{name}",
        std::process::id()
    ))
}
