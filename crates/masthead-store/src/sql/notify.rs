//! The notification queue, subscriptions and outbox (both backends; see
//! migration 0017 for why comments are queued in their own transaction).
//! Every write here is one short statement or transaction: nothing holds a
//! write lock while mail is being sent.
use super::dialect::BEGIN_WRITE;
use super::rows::{FULL_SELECT, FullRow};
use super::{Backend, db_err, placeholders, ts};
use async_trait::async_trait;
use masthead_core::Timestamp;
use masthead_core::comment::Comment;
use masthead_core::ids::ArticleId;
use masthead_core::notify::{NewMessage, OutboxKind};
use masthead_core::store::{
    MailData, NotifyOutcome, NotifyStore, NotifyWork, OutboxRow, StoreResult,
};

const ROW: &str = "id, kind, recipient, subject, body, unsubscribe, attempts";
type Row = (i64, String, String, String, String, Option<String>, i32);

fn row((id, kind, recipient, subject, body, unsubscribe, attempts): Row) -> OutboxRow {
    OutboxRow {
        id,
        kind: OutboxKind::parse(&kind).unwrap_or(OutboxKind::Mail),
        recipient,
        subject,
        body,
        unsubscribe,
        attempts: u32::try_from(attempts).unwrap_or(0),
        sent_last_hour: 0,
    }
}

const INSERT_MESSAGE: &str = "INSERT INTO outbox (kind, recipient, subject, body, unsubscribe, \
    comment_id, dedupe, created_at, next_attempt_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) \
    ON CONFLICT (dedupe) DO NOTHING";

async fn insert_message<'c, E>(conn: E, m: &NewMessage, at: Timestamp) -> StoreResult<()>
where
    E: sqlx::Executor<'c, Database = super::Db>,
{
    sqlx::query(INSERT_MESSAGE)
        .bind(m.kind.as_str())
        .bind(&m.recipient)
        .bind(&m.subject)
        .bind(&m.body)
        .bind(&m.unsubscribe)
        .bind(m.comment_id)
        .bind(&m.dedupe)
        .bind(at.timestamp())
        .execute(conn)
        .await
        .map_err(db_err)?;
    Ok(())
}

#[async_trait]
impl NotifyStore for Backend {
    async fn notify_work(&self, limit: u32) -> StoreResult<Vec<NotifyWork>> {
        let queued: Vec<(i64, i32, i64)> =
            sqlx::query_as("SELECT id, bits, comment_id FROM notify_queue ORDER BY id LIMIT $1")
                .bind(i64::from(limit))
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
        let mut out = Vec::with_capacity(queued.len());
        for (queue_id, bits, comment_id) in queued {
            let sql = format!("{FULL_SELECT} WHERE c.id = $1");
            let comment: Option<FullRow> = sqlx::query_as(&sql)
                .bind(comment_id)
                .fetch_optional(&self.pool)
                .await
                .map_err(db_err)?;
            let comment = comment.map(Comment::from);
            let mut w = NotifyWork {
                queue_id,
                bits,
                comment: None,
                article_title: String::new(),
                followers: Vec::new(),
                author_confirmed: false,
                author_suppressed: false,
                ip_confirmations: 0,
            };
            if let Some(c) = &comment {
                w.article_title = sqlx::query_scalar("SELECT title FROM articles WHERE id = $1")
                    .bind(c.article_id.0)
                    .fetch_optional(&self.pool)
                    .await
                    .map_err(db_err)?
                    .unwrap_or_default();
                w.followers = sqlx::query_scalar(
                    "SELECT s.email FROM mail_subscriptions s \
                     JOIN mail_addresses a ON a.email = s.email \
                     WHERE s.article_id = $1 AND a.confirmed_at IS NOT NULL ORDER BY s.email",
                )
                .bind(c.article_id.0)
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
                let address: Option<(Option<i64>, Option<i64>)> = sqlx::query_as(
                    "SELECT confirmed_at, unsubscribed_at FROM mail_addresses \
                     WHERE email = LOWER($1)",
                )
                .bind(c.author_email.trim())
                .fetch_optional(&self.pool)
                .await
                .map_err(db_err)?;
                if let Some((confirmed, unsubscribed)) = address {
                    w.author_confirmed = confirmed.is_some();
                    w.author_suppressed = unsubscribed.is_some();
                }
                if let Some(ip) = c.author_ip.as_deref().filter(|ip| !ip.is_empty()) {
                    let n: i64 = sqlx::query_scalar(
                        "SELECT COUNT(*) FROM outbox o JOIN comments c ON c.id = o.comment_id \
                         WHERE o.dedupe LIKE 'confirm:%' AND o.created_at >= $1 \
                         AND c.author_ip = $2",
                    )
                    .bind(c.created_at.timestamp() - 86_400)
                    .bind(ip)
                    .fetch_one(&self.pool)
                    .await
                    .map_err(db_err)?;
                    w.ip_confirmations = u32::try_from(n).unwrap_or(u32::MAX);
                }
            }
            w.comment = comment;
            out.push(w);
        }
        Ok(out)
    }

    async fn record_notifications(&self, o: &NotifyOutcome<'_>) -> StoreResult<()> {
        let mut tx = self.pool.begin_with(BEGIN_WRITE).await.map_err(db_err)?;
        let at = o.at.timestamp();
        for (article, email) in o.subscribe {
            sqlx::query(
                "INSERT INTO mail_addresses (email, confirmed_at, created_at) \
                 VALUES ($1, NULL, $2) ON CONFLICT (email) DO NOTHING",
            )
            .bind(email)
            .bind(at)
            .execute(&mut *tx)
            .await
            .map_err(db_err)?;
            sqlx::query(
                "INSERT INTO mail_subscriptions (article_id, email, created_at) \
                 VALUES ($1, $2, $3) ON CONFLICT (article_id, email) DO NOTHING",
            )
            .bind(article.0)
            .bind(email)
            .bind(at)
            .execute(&mut *tx)
            .await
            .map_err(db_err)?;
        }
        for m in o.messages {
            insert_message(&mut *tx, m, o.at).await?;
        }
        if !o.done.is_empty() {
            let sql = format!(
                "DELETE FROM notify_queue WHERE id IN ({})",
                placeholders(1, o.done.len())
            );
            let mut q = sqlx::query(&sql);
            for id in o.done {
                q = q.bind(id);
            }
            q.execute(&mut *tx).await.map_err(db_err)?;
        }
        tx.commit().await.map_err(db_err)?;
        Ok(())
    }

    async fn claim_outbox(
        &self,
        now: Timestamp,
        lease_secs: i64,
        limit: u32,
        with_mail: bool,
    ) -> StoreResult<Vec<OutboxRow>> {
        // The lease conditions are repeated outside the subquery: on
        // PostgreSQL a row another node leased meanwhile is re-checked
        // against them, so it is skipped rather than claimed twice.
        const FREE: &str = "sent_at IS NULL AND kind <> 'digest_item' \
            AND (lease_until IS NULL OR lease_until < $2) AND ($4 OR kind = 'webhook')";
        let sql = format!(
            "UPDATE outbox SET lease_until = $1 WHERE id IN (SELECT id FROM outbox \
             WHERE {FREE} AND next_attempt_at <= $2 ORDER BY id LIMIT $3) AND {FREE} \
             RETURNING {ROW}"
        );
        let now_s = now.timestamp();
        let rows: Vec<Row> = sqlx::query_as(&sql)
            .bind(now_s + lease_secs)
            .bind(now_s)
            .bind(i64::from(limit))
            .bind(with_mail)
            .fetch_all(&self.pool)
            .await
            .map_err(db_err)?;
        let mut out: Vec<OutboxRow> = rows.into_iter().map(row).collect();
        out.sort_by_key(|r| r.id);
        for r in &mut out {
            let n: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM outbox WHERE recipient = $1 AND sent_at >= $2",
            )
            .bind(&r.recipient)
            .bind(now_s - 3600)
            .fetch_one(&self.pool)
            .await
            .map_err(db_err)?;
            r.sent_last_hour = u64::try_from(n).unwrap_or(0);
        }
        Ok(out)
    }

    async fn outbox_sent(&self, id: i64, at: Timestamp) -> StoreResult<()> {
        sqlx::query(
            "UPDATE outbox SET sent_at = $2, lease_until = NULL, last_error = NULL WHERE id = $1",
        )
        .bind(id)
        .bind(at.timestamp())
        .execute(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(())
    }

    async fn outbox_failed(&self, id: i64, error: &str, retry_at: Timestamp) -> StoreResult<()> {
        let error: String = error.chars().take(500).collect();
        sqlx::query(
            "UPDATE outbox SET attempts = attempts + 1, last_error = $2, next_attempt_at = $3, \
             lease_until = NULL WHERE id = $1 AND sent_at IS NULL",
        )
        .bind(id)
        .bind(error)
        .bind(retry_at.timestamp())
        .execute(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(())
    }

    async fn outbox_later(&self, id: i64, at: Timestamp) -> StoreResult<()> {
        sqlx::query(
            "UPDATE outbox SET next_attempt_at = $2, lease_until = NULL \
             WHERE id = $1 AND sent_at IS NULL",
        )
        .bind(id)
        .bind(at.timestamp())
        .execute(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(())
    }

    async fn digest_items(&self) -> StoreResult<Vec<OutboxRow>> {
        let sql = format!(
            "SELECT {ROW} FROM outbox WHERE kind = 'digest_item' AND sent_at IS NULL ORDER BY id"
        );
        let rows: Vec<Row> = sqlx::query_as(&sql)
            .fetch_all(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(rows.into_iter().map(row).collect())
    }

    async fn fold_digest(
        &self,
        items: &[i64],
        digest: &NewMessage,
        at: Timestamp,
    ) -> StoreResult<bool> {
        if items.is_empty() {
            return Ok(false);
        }
        let mut tx = self.pool.begin_with(BEGIN_WRITE).await.map_err(db_err)?;
        let sql = format!(
            "UPDATE outbox SET sent_at = $1 WHERE kind = 'digest_item' AND sent_at IS NULL \
             AND id IN ({})",
            placeholders(2, items.len())
        );
        let mut q = sqlx::query(&sql).bind(at.timestamp());
        for id in items {
            q = q.bind(id);
        }
        let folded = q.execute(&mut *tx).await.map_err(db_err)?.rows_affected();
        if folded != items.len() as u64 {
            // Another process folded some first: drop the transaction.
            return Ok(false);
        }
        insert_message(&mut *tx, digest, at).await?;
        tx.commit().await.map_err(db_err)?;
        Ok(true)
    }

    async fn confirm_address(&self, email: &str, at: Timestamp) -> StoreResult<bool> {
        let n = sqlx::query(
            "UPDATE mail_addresses SET confirmed_at = COALESCE(confirmed_at, $2), \
             unsubscribed_at = NULL WHERE email = LOWER($1)",
        )
        .bind(email.trim())
        .bind(at.timestamp())
        .execute(&self.pool)
        .await
        .map_err(db_err)?
        .rows_affected();
        Ok(n > 0)
    }

    async fn unsubscribe(
        &self,
        email: &str,
        article: Option<ArticleId>,
        at: Timestamp,
    ) -> StoreResult<u64> {
        let email = email.trim().to_lowercase();
        let mut tx = self.pool.begin_with(BEGIN_WRITE).await.map_err(db_err)?;
        let n = match article {
            Some(a) => {
                sqlx::query("DELETE FROM mail_subscriptions WHERE email = $1 AND article_id = $2")
                    .bind(&email)
                    .bind(a.0)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?
                    .rows_affected()
            }
            None => {
                let n = sqlx::query("DELETE FROM mail_subscriptions WHERE email = $1")
                    .bind(&email)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?
                    .rows_affected();
                // The row stays, marked, so no stranger can have a
                // confirmation request sent to it again.
                sqlx::query(
                    "INSERT INTO mail_addresses (email, created_at, unsubscribed_at) \
                     VALUES ($1, $2, $2) ON CONFLICT (email) DO UPDATE \
                     SET confirmed_at = NULL, unsubscribed_at = $2",
                )
                .bind(&email)
                .bind(at.timestamp())
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
                sqlx::query(
                    "DELETE FROM outbox WHERE LOWER(recipient) = $1 AND sent_at IS NULL \
                     AND kind = 'mail'",
                )
                .bind(&email)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
                n
            }
        };
        tx.commit().await.map_err(db_err)?;
        Ok(n)
    }

    async fn mail_data(&self, email: &str) -> StoreResult<MailData> {
        let email = email.trim().to_lowercase();
        let address: Option<(Option<i64>, Option<i64>)> = sqlx::query_as(
            "SELECT confirmed_at, unsubscribed_at FROM mail_addresses WHERE email = $1",
        )
        .bind(&email)
        .fetch_optional(&self.pool)
        .await
        .map_err(db_err)?;
        let (confirmed, unsubscribed) = address.unwrap_or_default();
        let following = sqlx::query_scalar(
            "SELECT a.slug FROM mail_subscriptions s JOIN articles a ON a.id = s.article_id \
             WHERE s.email = $1 ORDER BY a.slug",
        )
        .bind(&email)
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        let queued = sqlx::query_scalar(
            "SELECT subject FROM outbox WHERE LOWER(recipient) = $1 AND sent_at IS NULL \
             AND kind = 'mail' ORDER BY id",
        )
        .bind(&email)
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(MailData {
            confirmed_at: confirmed.map(ts),
            unsubscribed_at: unsubscribed.map(ts),
            following,
            queued,
        })
    }
}
