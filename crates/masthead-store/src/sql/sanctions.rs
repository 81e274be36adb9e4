//! Sanctions on commenters, and a commenter's record (both backends).
use super::dialect::BEGIN_WRITE;
use super::{Backend, db_err, placeholders, ts};
use async_trait::async_trait;
use masthead_core::Timestamp;
use masthead_core::comment::{Actor, NewSanction, Sanction};
use masthead_core::store::{CommenterHistory, CommenterRow, SanctionStore, StoreResult};

const COLUMNS: &str = "id, kind, target, reason, ends_at, set_by, set_via, created_at, \
     cleared_at, cleared_by";

type Row = (
    i64,
    String,
    String,
    String,
    Option<i64>,
    String,
    String,
    i64,
    Option<i64>,
    Option<String>,
);

/// A stored row; one the code no longer reads (a hand-edited target) is
/// skipped rather than guessed at.
fn sanction(r: Row) -> Option<Sanction> {
    let (id, kind, target, reason, ends_at, set_by, set_via, created_at, cleared_at, cleared_by) =
        r;
    Some(Sanction {
        id,
        kind: kind.parse().ok()?,
        target: target.parse().ok()?,
        reason,
        ends_at: ends_at.map(ts),
        set_by,
        set_via,
        created_at: ts(created_at),
        cleared_at: cleared_at.map(ts),
        cleared_by,
    })
}

fn sanctions(rows: Vec<Row>) -> Vec<Sanction> {
    rows.into_iter().filter_map(sanction).collect()
}

#[async_trait]
impl SanctionStore for Backend {
    async fn set_sanction(&self, new: &NewSanction) -> StoreResult<i64> {
        let key = new.target.key();
        let at = new.at.timestamp();
        let mut tx = self.pool.begin_with(BEGIN_WRITE).await.map_err(db_err)?;
        sqlx::query(
            "UPDATE commenter_sanctions SET cleared_at = $1, cleared_by = $2 \
             WHERE target = $3 AND cleared_at IS NULL",
        )
        .bind(at)
        .bind(&new.by.name)
        .bind(&key)
        .execute(&mut *tx)
        .await
        .map_err(db_err)?;
        let id = sqlx::query_scalar(
            "INSERT INTO commenter_sanctions (kind, target, target_kind, reason, ends_at, \
             set_by, set_via, user_id, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        )
        .bind(new.kind.as_str())
        .bind(&key)
        .bind(new.target.kind())
        .bind(&new.reason)
        .bind(new.ends_at.map(|t| t.timestamp()))
        .bind(&new.by.name)
        .bind(new.by.via.as_str())
        .bind(new.by.user_id)
        .bind(at)
        .fetch_one(&mut *tx)
        .await
        .map_err(db_err)?;
        tx.commit().await.map_err(db_err)?;
        Ok(id)
    }

    async fn clear_sanctions(&self, key: &str, by: &Actor, at: Timestamp) -> StoreResult<u64> {
        let done = sqlx::query(
            "UPDATE commenter_sanctions SET cleared_at = $1, cleared_by = $2 \
             WHERE target = $3 AND cleared_at IS NULL AND (ends_at IS NULL OR ends_at > $1)",
        )
        .bind(at.timestamp())
        .bind(&by.name)
        .bind(key)
        .execute(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(done.rows_affected())
    }

    async fn sanctions(&self, active_at: Option<Timestamp>) -> StoreResult<Vec<Sanction>> {
        let rows: Vec<Row> = match active_at {
            Some(now) => sqlx::query_as(&format!(
                "SELECT {COLUMNS} FROM commenter_sanctions WHERE cleared_at IS NULL \
                 AND (ends_at IS NULL OR ends_at > $1) ORDER BY id DESC"
            ))
            .bind(now.timestamp())
            .fetch_all(&self.pool)
            .await
            .map_err(db_err)?,
            None => sqlx::query_as(&format!(
                "SELECT {COLUMNS} FROM commenter_sanctions ORDER BY id DESC"
            ))
            .fetch_all(&self.pool)
            .await
            .map_err(db_err)?,
        };
        Ok(sanctions(rows))
    }

    async fn sanctions_on(&self, keys: &[String]) -> StoreResult<Vec<Sanction>> {
        if keys.is_empty() {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT {COLUMNS} FROM commenter_sanctions WHERE target IN ({}) ORDER BY id DESC",
            placeholders(1, keys.len())
        );
        let mut q = sqlx::query_as::<_, Row>(&sql);
        for k in keys {
            q = q.bind(k);
        }
        Ok(sanctions(q.fetch_all(&self.pool).await.map_err(db_err)?))
    }

    async fn sanctions_for(&self, keys: &[String], now: Timestamp) -> StoreResult<Vec<Sanction>> {
        // Exact targets from their index, ranges all (there are few).
        let list = if keys.is_empty() {
            "''".to_string()
        } else {
            placeholders(2, keys.len())
        };
        let sql = format!(
            "SELECT {COLUMNS} FROM commenter_sanctions WHERE cleared_at IS NULL \
             AND (ends_at IS NULL OR ends_at > $1) \
             AND (target IN ({list}) OR target_kind = 'range')"
        );
        let mut q = sqlx::query_as::<_, Row>(&sql).bind(now.timestamp());
        for k in keys {
            q = q.bind(k);
        }
        Ok(sanctions(q.fetch_all(&self.pool).await.map_err(db_err)?))
    }

    async fn commenter_history(&self, email: &str) -> StoreResult<CommenterHistory> {
        let counts: (i64, i64, i64, i64, Option<i64>, Option<i64>) = sqlx::query_as(
            "SELECT \
             COALESCE(SUM(CASE WHEN status = 'approved' THEN 1 ELSE 0 END), 0), \
             COALESCE(SUM(CASE WHEN status = 'pending' THEN 1 ELSE 0 END), 0), \
             COALESCE(SUM(CASE WHEN status = 'spam' THEN 1 ELSE 0 END), 0), \
             COALESCE(SUM(CASE WHEN status = 'trash' THEN 1 ELSE 0 END), 0), \
             MIN(created_at), MAX(created_at) \
             FROM comments WHERE LOWER(author_email) = LOWER($1) AND $1 <> ''",
        )
        .bind(email)
        .fetch_one(&self.pool)
        .await
        .map_err(db_err)?;
        let reports: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM comment_reports r JOIN comments c ON c.id = r.comment_id \
             WHERE LOWER(c.author_email) = LOWER($1) AND $1 <> ''",
        )
        .bind(email)
        .fetch_one(&self.pool)
        .await
        .map_err(db_err)?;
        let names: Vec<(String, i64)> = sqlx::query_as(
            "SELECT author_name, COUNT(*) AS n FROM comments \
             WHERE LOWER(author_email) = LOWER($1) AND $1 <> '' \
             GROUP BY author_name ORDER BY n DESC, author_name LIMIT 10",
        )
        .bind(email)
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        let n = |v: i64| u64::try_from(v).unwrap_or(0);
        let (approved, pending, spam, trash, first, last) = counts;
        Ok(CommenterHistory {
            approved: n(approved),
            pending: n(pending),
            spam: n(spam),
            trash: n(trash),
            reports: n(reports),
            first_seen: first.map(ts),
            last_seen: last.map(ts),
            names: names.into_iter().map(|(name, _)| name).collect(),
        })
    }

    async fn commenters(&self, since: Timestamp, limit: u32) -> StoreResult<Vec<CommenterRow>> {
        let rows: Vec<(String, String, i64, i64, i64)> = sqlx::query_as(
            "SELECT LOWER(author_email) AS email, MAX(author_name), COUNT(*), \
             COALESCE(SUM(CASE WHEN status IN ('spam', 'trash') THEN 1 ELSE 0 END), 0) \
               AS rejected, \
             MAX(created_at) \
             FROM comments WHERE author_email <> '' AND created_at >= $1 AND user_id IS NULL \
             GROUP BY LOWER(author_email) ORDER BY rejected DESC, MAX(created_at) DESC \
             LIMIT $2",
        )
        .bind(since.timestamp())
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        let n = |v: i64| u64::try_from(v).unwrap_or(0);
        Ok(rows
            .into_iter()
            .map(|(email, name, comments, rejected, last)| CommenterRow {
                email,
                name,
                comments: n(comments),
                rejected: n(rejected),
                last_seen: ts(last),
            })
            .collect())
    }
}
