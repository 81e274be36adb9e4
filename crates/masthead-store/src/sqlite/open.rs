//! Opening a SQLite file that other masthead processes may be opening,
//! upgrading or writing at the same moment (a server and a cron job started
//! together, several CLI commands at once).
//!
//! Two steps would otherwise race:
//! - Switching a new file to WAL needs an exclusive lock that SQLite's busy
//!   handler does not wait for, so it is done once per file, only when the
//!   file is not in WAL mode yet, and retried until the busy timeout.
//! - sqlx's SQLite migrator takes no lock: two processes would both see a
//!   migration as pending and both apply it. Here check-and-apply runs inside
//!   one `BEGIN IMMEDIATE` transaction (SQLite's own write lock, which every
//!   process waits for), so the applied set is read again by whoever holds
//!   the lock, and each migration runs exactly once. sqlx applies each
//!   migration in a savepoint of that transaction.
use super::MIGRATOR;
use sqlx::migrate::MigrateError;
use sqlx::{Connection, SqliteConnection};
use std::time::{Duration, Instant};

/// How long any step waits out another process's lock.
pub(crate) use crate::backends::SQLITE_BUSY_TIMEOUT as BUSY_TIMEOUT;

/// SQLite's primary result code for "database is locked" (SQLITE_BUSY).
const SQLITE_BUSY: &str = "5";

fn is_busy(e: &sqlx::Error) -> bool {
    match e {
        sqlx::Error::Database(d) => d
            .code()
            .is_some_and(|c| c == SQLITE_BUSY || c.parse::<i32>().is_ok_and(|n| n & 0xff == 5)),
        _ => false,
    }
}

/// Puts the file in WAL mode unless it already is. WAL mode is stored in the
/// file, so this happens once in a file's life.
pub(super) async fn ensure_wal(conn: &mut SqliteConnection) -> Result<(), sqlx::Error> {
    set_journal_mode(conn, "wal").await
}

/// Sets the file's journal mode (`wal`, or `delete` to fold the WAL into the
/// file and remove it) unless it is already that. The exclusive lock a
/// change needs cannot always be waited for by the busy handler, hence the
/// loop, up to the busy timeout.
pub(super) async fn set_journal_mode(
    conn: &mut SqliteConnection,
    mode: &'static str,
) -> Result<(), sqlx::Error> {
    let deadline = Instant::now() + BUSY_TIMEOUT;
    let mut pause = Duration::from_millis(2);
    loop {
        let step = async {
            let was: String = sqlx::query_scalar("PRAGMA journal_mode")
                .fetch_one(&mut *conn)
                .await?;
            if was.eq_ignore_ascii_case(mode) {
                return Ok(());
            }
            // SQLite answers with the mode in force; without shared memory
            // (some network filesystems) WAL is refused silently.
            let now: String = sqlx::query_scalar(&format!("PRAGMA journal_mode = {mode}"))
                .fetch_one(&mut *conn)
                .await?;
            if now.eq_ignore_ascii_case(mode) {
                Ok(())
            } else {
                Err(sqlx::Error::Configuration(
                    format!("SQLite cannot use {mode} mode on this file (it stays in {now} mode)")
                        .into(),
                ))
            }
        };
        match step.await {
            Err(e) if is_busy(&e) && Instant::now() < deadline => {
                tokio::time::sleep(pause).await;
                pause = (pause * 2).min(Duration::from_millis(50));
            }
            done => return done,
        }
    }
}

/// True when every migration this binary knows is applied, with the same
/// checksum, and no other: then there is nothing to lock for. Anything else
/// (a new file, an older schema, a newer one) goes to [`migrate`].
async fn up_to_date(conn: &mut SqliteConnection) -> bool {
    let applied: Result<Vec<(i64, Vec<u8>, bool)>, _> =
        sqlx::query_as("SELECT version, checksum, success FROM _sqlx_migrations ORDER BY version")
            .fetch_all(&mut *conn)
            .await;
    let Ok(applied) = applied else {
        return false;
    };
    let known: Vec<(i64, &[u8])> = MIGRATOR
        .iter()
        .filter(|m| m.migration_type.is_up_migration())
        .map(|m| (m.version, m.checksum.as_ref()))
        .collect();
    applied.len() == known.len()
        && applied
            .iter()
            .zip(&known)
            .all(|((v, c, ok), (kv, kc))| *ok && v == kv && c.as_slice() == *kc)
}

/// Applies pending migrations under SQLite's write lock.
pub(super) async fn migrate(conn: &mut SqliteConnection) -> Result<(), MigrateError> {
    if up_to_date(conn).await {
        return Ok(());
    }
    let mut tx = conn.begin_with("BEGIN IMMEDIATE").await?;
    MIGRATOR.run(&mut *tx).await?;
    tx.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    /// Every migration runs in a savepoint of the one `BEGIN IMMEDIATE`
    /// (sqlx's SQLite migrator ignores `-- no-transaction`), where VACUUM,
    /// `journal_mode` and `foreign_keys = OFF` fail or do nothing: a table
    /// rebuild must use `PRAGMA defer_foreign_keys` instead.
    #[test]
    fn no_migration_needs_to_run_outside_a_transaction() {
        for m in super::MIGRATOR.iter() {
            assert!(!m.no_tx, "migration {} asks for no transaction", m.version);
            let sql = m.sql.to_ascii_lowercase();
            for word in ["vacuum", "journal_mode", "foreign_keys"] {
                assert!(!sql.contains(word), "migration {} uses {word}", m.version);
            }
        }
    }
}
