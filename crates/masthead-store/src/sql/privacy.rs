//! The privacy tools' queries (both backends): a commenter's comments by
//! email, their erasure, and the expiry of IP addresses. Emails match in
//! any case, as people type them.
use super::dialect::BEGIN_WRITE;
use super::rows::{FULL_SELECT, FullRow};
use super::{Backend, db_err};
use async_trait::async_trait;
use masthead_core::Timestamp;
use masthead_core::comment::Comment;
use masthead_core::store::{Erasure, PrivacyStore, StoreResult};

#[async_trait]
impl PrivacyStore for Backend {
    async fn comments_by_email(&self, email: &str) -> StoreResult<Vec<Comment>> {
        let sql = format!(
            "{FULL_SELECT} WHERE LOWER(c.author_email) = LOWER($1) AND c.author_email <> '' \
             ORDER BY c.created_at, c.id"
        );
        let rows: Vec<FullRow> = sqlx::query_as(&sql)
            .bind(email.trim())
            .fetch_all(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(rows.into_iter().map(Comment::from).collect())
    }

    async fn is_trusted(&self, email: &str) -> StoreResult<bool> {
        let n: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM trusted_authors WHERE LOWER(email) = LOWER($1)",
        )
        .bind(email.trim())
        .fetch_one(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(n > 0)
    }

    async fn erase_by_email(&self, email: &str, how: Erasure, at: Timestamp) -> StoreResult<u64> {
        let email = email.trim();
        if email.is_empty() {
            return Ok(0);
        }
        let mut tx = self.pool.begin_with(BEGIN_WRITE).await.map_err(db_err)?;
        const MINE: &str = "LOWER(author_email) = LOWER($1)";
        sqlx::query(&format!(
            "UPDATE comment_edits SET author_ip = NULL \
             WHERE comment_id IN (SELECT id FROM comments WHERE {MINE})"
        ))
        .bind(email)
        .execute(&mut *tx)
        .await
        .map_err(db_err)?;
        // Before the comments lose their address (or go).
        super::filter::forget_author(&mut tx, email).await?;
        // A notifier's name and address, kept for their acknowledgement
        // and decision, go too (the notice itself stays, for the record).
        sqlx::query(
            "UPDATE illegal_notices SET notifier_email = '', notifier_name = '' \
             WHERE LOWER(notifier_email) = LOWER($1)",
        )
        .bind(email)
        .execute(&mut *tx)
        .await
        .map_err(db_err)?;
        let changed = match how {
            Erasure::Anonymize => sqlx::query(&format!(
                "UPDATE comments SET author_name = 'Anonymous', author_email = '', \
                 author_url = NULL, author_ip = NULL, user_agent = NULL, avatar = NULL, \
                 reader_id = NULL, updated_at = $2 WHERE {MINE}"
            ))
            .bind(email)
            .bind(at.timestamp())
            .execute(&mut *tx)
            .await
            .map_err(db_err)?
            .rows_affected(),
            Erasure::Delete => sqlx::query(&format!("DELETE FROM comments WHERE {MINE}"))
                .bind(email)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?
                .rows_affected(),
        };
        // Mail: subscriptions, the confirmation, and every message to it.
        for sql in [
            "DELETE FROM trusted_authors WHERE LOWER(email) = LOWER($1)",
            "DELETE FROM mail_subscriptions WHERE email = LOWER($1)",
            "DELETE FROM mail_addresses WHERE email = LOWER($1)",
            "DELETE FROM outbox WHERE kind <> 'webhook' AND LOWER(recipient) = LOWER($1)",
        ] {
            sqlx::query(sql)
                .bind(email)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
        }
        tx.commit().await.map_err(db_err)?;
        self.wrote().await;
        Ok(changed)
    }

    async fn clear_addresses_before(&self, before: Timestamp) -> StoreResult<u64> {
        // Plain statements, no explicit transaction: this runs as background
        // upkeep and must never hold the write lock across an await (each
        // statement is whole on its own; a crash between them loses nothing).
        let cutoff = before.timestamp();
        let cleared = sqlx::query(
            "UPDATE comments SET author_ip = NULL WHERE author_ip IS NOT NULL AND created_at < $1",
        )
        .bind(cutoff)
        .execute(&self.pool)
        .await
        .map_err(db_err)?
        .rows_affected();
        for sql in [
            "UPDATE comment_edits SET author_ip = NULL WHERE author_ip IS NOT NULL AND edited_at < $1",
            "UPDATE comment_reports SET author_ip = NULL WHERE author_ip IS NOT NULL AND created_at < $1",
            // A network is an address too (an IPv4 one is the address).
            // Expired ones become one shared word, not NULL: a comment's
            // old reports then count as one network, never as one per
            // reader, so waiting out the retention buys no weight.
            "UPDATE comment_reports SET network = 'expired' \
             WHERE network IS NOT NULL AND network <> 'expired' AND created_at < $1",
            "UPDATE comment_recommends SET network = 'expired' \
             WHERE network IS NOT NULL AND network <> 'expired' AND created_at < $1",
        ] {
            sqlx::query(sql)
                .bind(cutoff)
                .execute(&self.pool)
                .await
                .map_err(db_err)?;
        }
        if cleared > 0 {
            self.wrote().await;
        }
        Ok(cleared)
    }
}
