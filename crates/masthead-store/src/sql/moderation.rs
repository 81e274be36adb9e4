//! Moderation: status changes, deletions, trust and staff edits, each call in
//! one write transaction that first checks every id and then logs who acted.
use super::dialect::BEGIN_WRITE;
use super::{Backend, Db, db_err, placeholders, ts};
use async_trait::async_trait;
use masthead_core::Timestamp;
use masthead_core::comment::{Actor, CommentStatus, ModerationAction};
use masthead_core::ids::CommentId;
use masthead_core::store::{
    CommentEdit, Moderated, ModerationBatch, ModerationEntry, ModerationStore, StoreResult,
};

type Conn = <Db as sqlx::Database>::Connection;

async fn set_status(
    conn: &mut Conn,
    ids: &[CommentId],
    status: CommentStatus,
    at: Timestamp,
) -> StoreResult<()> {
    if ids.is_empty() {
        return Ok(());
    }
    // An approved comment no longer needs the reason it was held.
    let sql = format!(
        "UPDATE comments SET status = $1, updated_at = $2, \
         moderation_reason = CASE WHEN $1 = 'approved' THEN NULL ELSE moderation_reason END \
         WHERE id IN ({})",
        placeholders(3, ids.len())
    );
    if status == CommentStatus::Approved {
        // A held comment's approval is queued for the notification worker
        // (its author and the article's followers are told) in this
        // transaction. Read before the UPDATE: it needs the old status.
        let queue = format!(
            "INSERT INTO notify_queue (comment_id, bits, created_at) \
             SELECT id, $1, $2 FROM comments WHERE status IN ('pending', 'spam') AND id IN ({})",
            placeholders(3, ids.len())
        );
        let mut q = sqlx::query(&queue)
            .bind(masthead_core::notify::bits::APPROVED)
            .bind(at.timestamp());
        for id in ids {
            q = q.bind(id.0);
        }
        q.execute(&mut *conn).await.map_err(db_err)?;
    }
    let mut q = sqlx::query(&sql).bind(status.as_str()).bind(at.timestamp());
    for id in ids {
        q = q.bind(id.0);
    }
    q.execute(&mut *conn).await.map_err(db_err)?;
    Ok(())
}

async fn log(
    conn: &mut Conn,
    ids: &[CommentId],
    action: &str,
    actor: &Actor,
    at: Timestamp,
) -> StoreResult<()> {
    for id in ids {
        sqlx::query(
            "INSERT INTO moderation_log (comment_id, action, actor, user_id, via, at) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(id.0)
        .bind(action)
        .bind(&actor.name)
        .bind(actor.user_id)
        .bind(actor.via.as_str())
        .bind(at.timestamp())
        .execute(&mut *conn)
        .await
        .map_err(db_err)?;
    }
    Ok(())
}

#[async_trait]
impl ModerationStore for Backend {
    async fn moderate_comments(
        &self,
        b: &ModerationBatch<'_>,
    ) -> StoreResult<Result<Moderated, Vec<CommentId>>> {
        if b.ids.is_empty() {
            return Ok(Ok(Moderated::default()));
        }
        let mut tx = self.pool.begin_with(BEGIN_WRITE).await.map_err(db_err)?;
        let sql = format!(
            "SELECT id, status, author_email FROM comments WHERE id IN ({})",
            placeholders(1, b.ids.len())
        );
        let mut q = sqlx::query_as::<_, (i64, String, String)>(&sql);
        for id in b.ids {
            q = q.bind(id.0);
        }
        let rows = q.fetch_all(&mut *tx).await.map_err(db_err)?;
        let missing: Vec<CommentId> = b
            .ids
            .iter()
            .filter(|id| !rows.iter().any(|(r, _, _)| *r == id.0))
            .copied()
            .collect();
        if !missing.is_empty() {
            // Dropping the transaction rolls it back: nothing was written.
            return Ok(Err(missing));
        }
        let mut done = Moderated::default();
        if let Some(pick) = b.action.picks() {
            // A pick is approved and marked; unpicking keeps the status.
            let sql = format!(
                "SELECT id FROM comments WHERE picked = $1 AND id IN ({})",
                placeholders(2, b.ids.len())
            );
            let mut q = sqlx::query_scalar::<_, i64>(&sql).bind(pick);
            for id in b.ids {
                q = q.bind(id.0);
            }
            let already = q.fetch_all(&mut *tx).await.map_err(db_err)?;
            for id in b.ids {
                if already.contains(&id.0) {
                    done.unchanged.push(*id);
                } else {
                    done.changed.push(*id);
                }
            }
            if pick {
                let to_approve: Vec<CommentId> = rows
                    .iter()
                    .filter(|(_, s, _)| s != "approved")
                    .map(|(id, _, _)| CommentId(*id))
                    .collect();
                set_status(&mut tx, &to_approve, CommentStatus::Approved, b.at).await?;
            }
            let sql = format!(
                "UPDATE comments SET picked = $1 WHERE id IN ({})",
                placeholders(2, done.changed.len().max(1))
            );
            if !done.changed.is_empty() {
                let mut q = sqlx::query(&sql).bind(pick);
                for id in &done.changed {
                    q = q.bind(id.0);
                }
                q.execute(&mut *tx).await.map_err(db_err)?;
            }
        } else {
            match b.action.target() {
                Some(status) => {
                    for (id, current, _) in &rows {
                        if *current == status.as_str() {
                            done.unchanged.push(CommentId(*id));
                        } else {
                            done.changed.push(CommentId(*id));
                        }
                    }
                    set_status(&mut tx, &done.changed, status, b.at).await?;
                }
                None => {
                    let sql = format!(
                        "DELETE FROM comments WHERE id IN ({})",
                        placeholders(1, b.ids.len())
                    );
                    let mut q = sqlx::query(&sql);
                    for id in b.ids {
                        q = q.bind(id.0);
                    }
                    q.execute(&mut *tx).await.map_err(db_err)?;
                    done.changed = b.ids.to_vec();
                }
            }
        }
        if b.action == ModerationAction::Trust {
            for (_, _, email) in rows.iter().filter(|(_, _, e)| !e.is_empty()) {
                sqlx::query(
                    "INSERT INTO trusted_authors (email, created_at) VALUES ($1, $2) \
                     ON CONFLICT (email) DO NOTHING",
                )
                .bind(email)
                .bind(b.at.timestamp())
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
            }
        }
        log(&mut tx, b.ids, b.action.as_str(), b.actor, b.at).await?;
        tx.commit().await.map_err(db_err)?;
        self.wrote().await;
        done.changed.sort();
        done.unchanged.sort();
        Ok(Ok(done))
    }

    async fn edit_comment(&self, e: &CommentEdit<'_>) -> StoreResult<bool> {
        let mut tx = self.pool.begin_with(BEGIN_WRITE).await.map_err(db_err)?;
        let current: Option<String> =
            sqlx::query_scalar("SELECT status FROM comments WHERE id = $1")
                .bind(e.id.0)
                .fetch_optional(&mut *tx)
                .await
                .map_err(db_err)?;
        let Some(current) = current else {
            return Ok(false);
        };
        if let Some(t) = &e.text {
            sqlx::query(
                "UPDATE comments SET author_name = $1, author_url = $2, content_source = $3, \
                 content_html = $4, updated_at = $5 WHERE id = $6",
            )
            .bind(t.author_name)
            .bind(t.author_url)
            .bind(t.content_source)
            .bind(t.content_html.as_str())
            .bind(e.at.timestamp())
            .bind(e.id.0)
            .execute(&mut *tx)
            .await
            .map_err(db_err)?;
            log(&mut tx, &[e.id], "edit", e.actor, e.at).await?;
        }
        if let Some(status) = e.status.filter(|s| s.as_str() != current) {
            set_status(&mut tx, &[e.id], status, e.at).await?;
            let action = ModerationAction::to_status(status);
            log(&mut tx, &[e.id], action.as_str(), e.actor, e.at).await?;
        }
        tx.commit().await.map_err(db_err)?;
        self.wrote().await;
        Ok(true)
    }

    async fn staff_approved(&self, comment: CommentId) -> StoreResult<bool> {
        let n: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM moderation_log WHERE comment_id = $1 AND action IN ($2, $3, $4)",
        )
        .bind(comment.0)
        .bind(ModerationAction::Approve.as_str())
        .bind(ModerationAction::Trust.as_str())
        .bind(ModerationAction::Pick.as_str())
        .fetch_one(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(n > 0)
    }

    async fn moderation_log(
        &self,
        comment: Option<CommentId>,
        limit: u32,
    ) -> StoreResult<Vec<ModerationEntry>> {
        let filter = if comment.is_some() {
            "WHERE comment_id = $2"
        } else {
            "WHERE $2 = $2"
        };
        let sql = format!(
            "SELECT comment_id, action, actor, user_id, via, at FROM moderation_log \
             {filter} ORDER BY id DESC LIMIT $1"
        );
        let rows: Vec<(i64, String, String, Option<i64>, String, i64)> = sqlx::query_as(&sql)
            .bind(i64::from(limit))
            .bind(comment.map_or(0, |c| c.0))
            .fetch_all(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(rows
            .into_iter()
            .map(|(id, action, actor, user_id, via, at)| ModerationEntry {
                comment_id: CommentId(id),
                action,
                actor,
                user_id,
                via,
                at: ts(at),
            })
            .collect())
    }
}
