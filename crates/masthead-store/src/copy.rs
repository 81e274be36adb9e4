//! Copies a whole site from one database to another, either backend to
//! either backend: `masthead copy`, and backup and restore on PostgreSQL.
//!
//! The source is read in one snapshot (a read transaction), the target is
//! written in one transaction, so a failure leaves the target as it was. Ids
//! are kept, so links, threads and sessions survive; PostgreSQL's identity
//! sequences are moved past the copied ids.
use crate::ConnectError;
use sqlx::AnyPool;
use sqlx::any::AnyPoolOptions;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Executor, Row};
use std::collections::BTreeSet;

/// Every table, parents before children. `site_state` and `article_state`
/// are not copied: the target keeps its own cache versions, which the copy
/// itself moves forward.
const TABLES: &[&str] = &[
    "settings",
    "secrets",
    "media",
    "users",
    "sessions",
    "app_passwords",
    "articles",
    "article_redirects",
    "legacy_paths",
    "terms",
    "article_terms",
    "comments",
    "trusted_authors",
    "imported",
    "moderation_log",
    "filter_lessons",
    "commenter_sanctions",
    "illegal_notices",
    "statements_of_reasons",
    "live_coverage",
    "live_entries",
    "wire_sources",
    "wire_items",
    "article_versions",
    "webmentions",
    "webmention_sends",
    "remote_keys",
    "followers",
    "deliveries",
    "comment_recommends",
    "comment_edits",
    "comment_reports",
    "notify_queue",
    "mail_addresses",
    "mail_subscriptions",
    "outbox",
];
const NOT_COPIED: &[&str] = &[
    "_sqlx_migrations",
    "site_state",
    "article_state",
    "comment_changes",
    // Who does one-node work now and the GRIP chain: numbered in the
    // source's change log, which the target does not share.
    "leases",
    "grip_channels",
    // One row, made by the migration; set from the copied lessons below.
    "filter_state",
    // SQLite's search index and its shadow tables: the target's own index
    // (triggers, or PostgreSQL's generated column) fills as articles arrive.
    "articles_fts",
    "articles_fts_data",
    "articles_fts_idx",
    "articles_fts_docsize",
    "articles_fts_config",
];
/// Columns that point into their own table: written as NULL, then set once
/// every row is in (a reply may have a smaller id than the comment it answers).
const SELF_REFERENCES: &[(&str, &str)] = &[("comments", "parent_id")];

#[derive(Debug, thiserror::Error)]
pub enum CopyError {
    #[error(transparent)]
    Open(#[from] ConnectError),
    #[error("{0} already holds a site ({1} rows in {2}); copy into an empty database")]
    NotEmpty(String, i64, String),
    #[error(
        "{url} is not at this masthead's schema (missing migrations: {missing}); run `masthead migrate --database {url}` first"
    )]
    SourceNotCurrent { url: String, missing: String },
    #[error("{0} has a table this masthead does not know how to copy: {1}")]
    UnknownTable(String, String),
    #[error(
        "{url} was written by a newer masthead (migrations {unknown}); copy it with that version"
    )]
    SourceNewer { url: String, unknown: String },
    #[error("cannot copy table {table}: {source}")]
    Table {
        table: &'static str,
        #[source]
        source: sqlx::Error,
    },
    #[error("database error: {0}")]
    Db(#[from] sqlx::Error),
}

/// What to do with rows already in the target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// Refuse unless the target has no content.
    MustBeEmpty,
    /// Delete them in the same transaction (a restore).
    Replace,
}

/// Rows copied per table, in copy order.
pub type CopySummary = Vec<(&'static str, u64)>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Int,
    Bool,
    Text,
    Blob,
}

enum Value {
    Int(Option<i64>),
    Bool(Option<bool>),
    Text(Option<String>),
    Blob(Option<Vec<u8>>),
}

impl Value {
    fn size(&self) -> usize {
        match self {
            Value::Text(Some(s)) => s.len(),
            Value::Blob(Some(b)) => b.len(),
            _ => 8,
        }
    }
}

/// Copies every row of the site at `from` into `to`. The target is created
/// and brought to the current schema first; the source must already be.
pub async fn copy(
    from: &str,
    to: &str,
    target: Target,
    mut progress: impl FnMut(&str, u64),
) -> Result<CopySummary, CopyError> {
    // A SQLite target is usually a new file: create it unless told otherwise.
    let to = &if to.starts_with("sqlite:") && !to.contains("mode=") {
        format!("{to}{}mode=rwc", if to.contains('?') { '&' } else { '?' })
    } else {
        to.to_string()
    };
    ensure_current(from).await?;
    crate::migrate(to).await?;
    let source = any_pool(from).await?;
    let dest = any_pool(to).await?;
    let from_pg = crate::is_postgres(from);
    let to_pg = crate::is_postgres(to);

    let known: BTreeSet<&str> = TABLES.iter().chain(NOT_COPIED).copied().collect();
    for t in table_names(&source, from_pg).await? {
        if !known.contains(t.as_str()) && !t.starts_with("sqlite_") {
            return Err(CopyError::UnknownTable(crate::redact(from), t));
        }
    }

    let mut read = source.begin().await?;
    if from_pg {
        read.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            .await?;
    }
    // SQLite: take the write lock now, not at the first INSERT, which would
    // fail at once if another process had committed since the count below.
    let mut write = if to_pg {
        dest.begin().await?
    } else {
        dest.begin_with("BEGIN IMMEDIATE").await?
    };
    if to_pg {
        // Nodes serving from the target wait until the copy commits: no row
        // of theirs can slip in between the DELETEs and the INSERTs.
        write
            .execute(
                format!(
                    "LOCK TABLE {}, site_state IN EXCLUSIVE MODE",
                    TABLES.join(", ")
                )
                .as_str(),
            )
            .await?;
    }
    // A restore replaces rows, but ids the target handed out stay used.
    let target_handed_out = comment_ids_handed_out(&mut write, to_pg).await?;
    match target {
        Target::MustBeEmpty => {
            for t in TABLES {
                let n: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {t}"))
                    .fetch_one(&mut *write)
                    .await?;
                // A new database already has its cookie secret and nothing else.
                if n > 0 && !(*t == "secrets" || *t == "settings") {
                    return Err(CopyError::NotEmpty(crate::redact(to), n, t.to_string()));
                }
            }
            for t in ["settings", "secrets"] {
                write.execute(format!("DELETE FROM {t}").as_str()).await?;
            }
        }
        Target::Replace => {
            for t in TABLES.iter().rev() {
                write.execute(format!("DELETE FROM {t}").as_str()).await?;
            }
        }
    }

    let mut summary = Vec::new();
    // Tables keyed by an `id`, whose PostgreSQL sequence must move past the copy.
    let mut with_id = Vec::new();
    for &table in TABLES {
        let kinds = column_kinds(&mut write, table, to_pg).await?;
        if kinds.iter().any(|(c, _)| c == "id") {
            with_id.push(table);
        }
        let n = copy_table(&mut read, &mut write, table, &kinds, from_pg)
            .await
            .map_err(|source| CopyError::Table { table, source })?;
        progress(table, n);
        summary.push((table, n));
    }
    for (table, column) in SELF_REFERENCES {
        let links: Vec<(i64, i64)> = sqlx::query_as(&format!(
            "SELECT id, {column} FROM {table} WHERE {column} IS NOT NULL ORDER BY id"
        ))
        .fetch_all(&mut *read)
        .await?;
        for chunk in links.chunks(1000) {
            // Any passes SQL through as written: `$N` suits both backends.
            let sql = format!(
                "WITH links (id, target) AS (VALUES {}) \
                 UPDATE {table} SET {column} = (SELECT target FROM links WHERE links.id = {table}.id) \
                 WHERE id IN (SELECT id FROM links)",
                rows_of_placeholders(chunk.len(), 2)
            );
            let mut q = sqlx::query(&sql);
            for (id, target) in chunk {
                q = q.bind(*id).bind(*target);
            }
            q.execute(&mut *write).await?;
        }
    }
    if to_pg {
        for table in with_id {
            write
                .execute(
                    format!(
                        "SELECT setval(pg_get_serial_sequence('{table}', 'id'), \
                         GREATEST(MAX(id), 1), MAX(id) IS NOT NULL) FROM {table}"
                    )
                    .as_str(),
                )
                .await?;
        }
    }
    let handed_out = comment_ids_handed_out(&mut read, from_pg)
        .await?
        .max(target_handed_out);
    keep_comment_ids_used(&mut write, handed_out, to_pg).await?;
    // Pages cached from the old content must go, whichever triggers fired,
    // and the comment change log starts afresh: a discussion read before
    // the copy is read whole again.
    // Every node rebuilds its filter from the copied lessons.
    write
        .execute(
            "UPDATE filter_state SET generation = generation + 1, \
             last_lesson = (SELECT COALESCE(MAX(id), 0) FROM filter_lessons) WHERE id = 1",
        )
        .await?;
    write
        .execute(
            "UPDATE site_state SET generation = generation + 1, \
             site_generation = generation + 1, changes_since = generation + 1 WHERE id = 1",
        )
        .await?;
    if to_pg {
        // Announced like the triggers' changes, so nodes learn the last number.
        write
            .execute(
                "SELECT pg_notify('masthead_generation', current_schema() || ' ' || generation || ' s') \
                 FROM site_state WHERE id = 1",
            )
            .await?;
    }
    write.commit().await?;
    // Statistics for the planner: a freshly filled PostgreSQL table has none
    // until autovacuum comes by, and without them the search index went
    // unused (a search took 140 ms instead of 2 on 20,000 articles).
    sqlx::query("ANALYZE").execute(&dest).await?;
    if !to_pg {
        // The rows are in the target's WAL; fold them into the file itself,
        // so the file is whole even if this process exits before SQLite
        // would do it on close.
        sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
            .execute(&dest)
            .await?;
    }
    // The copy is done; a failing rollback of the read snapshot changes nothing.
    let _ = read.rollback().await;
    source.close().await;
    dest.close().await;
    Ok(summary)
}

/// Columns that name comment ids, the comments themselves among them.
const NAMING_COMMENTS: &[(&str, &str)] = &[
    ("comments", "id"),
    ("moderation_log", "comment_id"),
    ("notify_queue", "comment_id"),
    ("outbox", "comment_id"),
    ("webmentions", "comment_id"),
    ("imported", "CASE WHEN kind = 'comment' THEN target_id END"),
];

/// The largest comment id a database's sequence handed out (0 for none).
async fn comment_ids_handed_out(conn: &mut AnyConnection, pg: bool) -> Result<i64, sqlx::Error> {
    let last: Option<i64> = if pg {
        sqlx::query_scalar(
            "SELECT pg_sequence_last_value(pg_get_serial_sequence('comments', 'id')::regclass)",
        )
        .fetch_one(&mut *conn)
        .await?
    } else {
        sqlx::query_scalar("SELECT seq FROM sqlite_sequence WHERE name = 'comments'")
            .fetch_optional(&mut *conn)
            .await?
    };
    Ok(last.unwrap_or(0))
}

/// A comment id is never handed out twice (issue 25): the target's sequence
/// moves past every id either database handed out (deleted comments'
/// included) and every id a copied row names, not only past the copied
/// comments.
async fn keep_comment_ids_used(
    write: &mut AnyConnection,
    handed_out: i64,
    to_pg: bool,
) -> Result<(), sqlx::Error> {
    let mut high = handed_out;
    for (table, column) in NAMING_COMMENTS {
        let named: Option<i64> = sqlx::query_scalar(&format!("SELECT MAX({column}) FROM {table}"))
            .fetch_one(&mut *write)
            .await?;
        high = high.max(named.unwrap_or(0));
    }
    if high == 0 {
        return Ok(());
    }
    if to_pg {
        sqlx::query("SELECT setval(pg_get_serial_sequence('comments', 'id'), $1)")
            .bind(high)
            .execute(&mut *write)
            .await?;
    } else {
        sqlx::query("UPDATE sqlite_sequence SET seq = max(seq, $1) WHERE name = 'comments'")
            .bind(high)
            .execute(&mut *write)
            .await?;
        sqlx::query(
            "INSERT INTO sqlite_sequence (name, seq) SELECT 'comments', $1 \
             WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'comments')",
        )
        .bind(high)
        .execute(&mut *write)
        .await?;
    }
    Ok(())
}

/// A pool on either backend. SQLite connections wait out another process's
/// lock as long as the store's own do (the Any driver's default is shorter).
async fn any_pool(url: &str) -> Result<AnyPool, CopyError> {
    sqlx::any::install_default_drivers();
    let sqlite = url.starts_with("sqlite:");
    AnyPoolOptions::new()
        .after_connect(move |conn, _| {
            Box::pin(async move {
                if sqlite {
                    let ms = crate::backends::SQLITE_BUSY_TIMEOUT.as_millis();
                    conn.execute(format!("PRAGMA busy_timeout = {ms}").as_str())
                        .await?;
                }
                Ok(())
            })
        })
        .connect(url)
        .await
        .map_err(|e| open_err(url, e))
}

fn open_err(url: &str, source: sqlx::Error) -> CopyError {
    CopyError::Open(ConnectError::Open {
        url: crate::redact(url),
        source,
    })
}

/// The source must have exactly the migrations this binary knows: copying
/// from an older schema would silently drop what the newer columns hold.
async fn ensure_current(url: &str) -> Result<(), CopyError> {
    let pool = any_pool(url).await?;
    let migrator = if crate::is_postgres(url) {
        &crate::backends::POSTGRES_MIGRATOR
    } else {
        &crate::backends::SQLITE_MIGRATOR
    };
    let applied: Result<Vec<i64>, _> =
        sqlx::query_scalar("SELECT version FROM _sqlx_migrations WHERE success = TRUE")
            .fetch_all(&pool)
            .await;
    pool.close().await;
    let missing: Vec<String> = migrator
        .iter()
        .filter(|m| !applied.as_ref().is_ok_and(|a| a.contains(&m.version)))
        .map(|m| format!("{} {}", m.version, m.description))
        .collect();
    // Columns a newer version added would be silently left behind.
    let unknown: Vec<String> = applied
        .iter()
        .flatten()
        .filter(|v| !migrator.iter().any(|m| m.version == **v))
        .map(i64::to_string)
        .collect();
    if !unknown.is_empty() {
        return Err(CopyError::SourceNewer {
            url: crate::redact(url),
            unknown: unknown.join(", "),
        });
    }
    if missing.is_empty() {
        Ok(())
    } else {
        Err(CopyError::SourceNotCurrent {
            url: crate::redact(url),
            missing: missing.join(", "),
        })
    }
}

async fn table_names(pool: &AnyPool, pg: bool) -> Result<Vec<String>, sqlx::Error> {
    let sql = if pg {
        "SELECT CAST(table_name AS TEXT) FROM information_schema.tables \
         WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
    } else {
        "SELECT name FROM sqlite_master WHERE type = 'table'"
    };
    sqlx::query_scalar(sql).fetch_all(pool).await
}

/// The target's columns of `table`, in order, with what they hold; never a
/// generated one (PostgreSQL's `articles.search`), which computes itself.
async fn column_kinds(
    conn: &mut AnyConnection,
    table: &str,
    pg: bool,
) -> Result<Vec<(String, Kind)>, sqlx::Error> {
    let rows: Vec<(String, String)> = if pg {
        sqlx::query_as(
            "SELECT CAST(column_name AS TEXT), CAST(data_type AS TEXT) \
             FROM information_schema.columns \
             WHERE table_schema = current_schema() AND table_name = $1 \
             AND is_generated = 'NEVER' ORDER BY ordinal_position",
        )
        .bind(table)
        .fetch_all(&mut *conn)
        .await?
    } else {
        sqlx::query_as("SELECT name, type FROM pragma_table_info($1) ORDER BY cid")
            .bind(table)
            .fetch_all(&mut *conn)
            .await?
    };
    Ok(rows
        .into_iter()
        .map(|(name, ty)| {
            let ty = ty.to_ascii_uppercase();
            let kind = if ty.contains("BOOL") {
                Kind::Bool
            } else if ty.contains("INT") {
                Kind::Int
            } else if ty.contains("BLOB") || ty.contains("BYTEA") {
                Kind::Blob
            } else {
                Kind::Text
            };
            (name, kind)
        })
        .collect())
}

/// Reads one column as the target wants it. SQLite hands booleans over as
/// integers, PostgreSQL as booleans; both become what the target column is.
fn value(row: &AnyRow, i: usize, kind: Kind) -> Result<Value, sqlx::Error> {
    Ok(match kind {
        Kind::Int => Value::Int(row.try_get(i)?),
        Kind::Text => Value::Text(row.try_get(i)?),
        Kind::Blob => Value::Blob(row.try_get(i)?),
        Kind::Bool => Value::Bool(match row.try_get::<Option<bool>, _>(i) {
            Ok(b) => b,
            Err(_) => row.try_get::<Option<i64>, _>(i)?.map(|n| n != 0),
        }),
    })
}

async fn copy_table(
    read: &mut AnyConnection,
    write: &mut AnyConnection,
    table: &str,
    kinds: &[(String, Kind)],
    from_pg: bool,
) -> Result<u64, sqlx::Error> {
    use futures_util::TryStreamExt;
    let nulled: Vec<&str> = SELF_REFERENCES
        .iter()
        .filter(|(t, _)| *t == table)
        .map(|(_, c)| *c)
        .collect();
    let names: Vec<&str> = kinds.iter().map(|(n, _)| n.as_str()).collect();
    let list = names.join(", ");
    // The Any driver has no mapping for SQLite's BOOLEAN: read it as 0 or 1.
    let columns: Vec<String> = kinds
        .iter()
        .map(|(n, k)| match k {
            Kind::Bool if !from_pg => format!("CAST({n} AS INTEGER) AS {n}"),
            _ => n.clone(),
        })
        .collect();
    let order = if names.contains(&"id") {
        " ORDER BY id"
    } else {
        ""
    };
    // Names come from our own schema, never from input.
    let select = format!("SELECT {} FROM {table}{order}", columns.join(", "));
    let per_batch = (30_000 / names.len().max(1)).clamp(1, 500);
    let mut rows = sqlx::query(&select).fetch(&mut *read);
    let mut batch: Vec<Vec<Value>> = Vec::new();
    let mut bytes = 0usize;
    let mut total = 0u64;
    while let Some(row) = rows.try_next().await? {
        let mut values = Vec::with_capacity(kinds.len());
        for (i, (name, kind)) in kinds.iter().enumerate() {
            let v = if nulled.contains(&name.as_str()) {
                Value::Int(None)
            } else {
                value(&row, i, *kind)?
            };
            bytes += v.size();
            values.push(v);
        }
        batch.push(values);
        if batch.len() >= per_batch || bytes > 8 << 20 {
            total += insert(write, table, &list, std::mem::take(&mut batch)).await?;
            bytes = 0;
        }
    }
    total += insert(write, table, &list, batch).await?;
    Ok(total)
}

async fn insert(
    write: &mut AnyConnection,
    table: &str,
    list: &str,
    batch: Vec<Vec<Value>>,
) -> Result<u64, sqlx::Error> {
    if batch.is_empty() {
        return Ok(0);
    }
    let n = batch.len() as u64;
    let width = batch.first().map_or(0, Vec::len);
    let sql = format!(
        "INSERT INTO {table} ({list}) VALUES {}",
        rows_of_placeholders(batch.len(), width)
    );
    let mut q = sqlx::query(&sql);
    for v in batch.into_iter().flatten() {
        q = match v {
            Value::Int(x) => q.bind(x),
            Value::Bool(x) => q.bind(x),
            Value::Text(x) => q.bind(x),
            Value::Blob(x) => q.bind(x),
        };
    }
    q.execute(&mut *write).await?;
    Ok(n)
}

/// `($1, $2), ($3, $4), …` for `rows` rows of `width` values.
fn rows_of_placeholders(rows: usize, width: usize) -> String {
    (0..rows)
        .map(|r| format!("({})", crate::common::placeholders(r * width + 1, width)))
        .collect::<Vec<_>>()
        .join(", ")
}
