//! ActivityPub's state (both backends).
use super::dialect::BEGIN_WRITE;
use super::{Backend, db_err};
use async_trait::async_trait;
use masthead_core::federation::activitypub::{Local, RemoteActor};
use masthead_core::federation::webmention::Kind;
use masthead_core::ids::{ArticleId, CommentId};
use masthead_core::store::{
    ActivityPubStore, Delivery, DeliveryOutcome, DeliveryRow, FederatedNote, FederationReport,
    ProblemRow, RemoteKey, StoreResult,
};

const SITE_KEY: &str = "activitypub_key";

#[async_trait]
impl ActivityPubStore for Backend {
    async fn federation_report(&self, limit: u32) -> StoreResult<FederationReport> {
        let limit = i64::from(limit);
        // One row per person, however many of the site's actors they follow.
        let recent_followers: Vec<(String, String, i64)> = sqlx::query_as(
            "SELECT MIN(handle), actor_id, MIN(followed_ms) AS since FROM followers \
             GROUP BY actor_id ORDER BY since DESC, actor_id LIMIT $1",
        )
        .bind(limit)
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        type Sent = (
            String,
            String,
            String,
            Option<i64>,
            Option<String>,
            i64,
            i64,
            Option<i64>,
        );
        let sent: Vec<Sent> = sqlx::query_as(
            "SELECT inbox, body, state, status, error, attempts, next_ms, sent_ms \
             FROM deliveries ORDER BY id DESC LIMIT $1",
        )
        .bind(limit)
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        let deliveries = sent
            .into_iter()
            .map(
                |(inbox, body, state, status, error, attempts, next_ms, sent_ms)| DeliveryRow {
                    inbox,
                    kind: serde_json::from_str::<serde_json::Value>(&body)
                        .ok()
                        .and_then(|v| v.get("type")?.as_str().map(String::from))
                        .unwrap_or_default(),
                    state,
                    status: status.and_then(|s| u16::try_from(s).ok()),
                    error,
                    attempts: u32::try_from(attempts).unwrap_or(u32::MAX),
                    at_ms: sent_ms.unwrap_or(next_ms),
                },
            )
            .collect();
        type Problem = (String, String, String, String, Option<String>, i64);
        let problems: Vec<Problem> = sqlx::query_as(
            "SELECT source, target, via, state, error, COALESCE(checked_ms, received_ms) \
             FROM webmentions WHERE state IN ('refused', 'failed', 'gone') \
             ORDER BY id DESC LIMIT $1",
        )
        .bind(limit)
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(FederationReport {
            followers: self.follower_count(None).await?,
            recent_followers,
            deliveries,
            problems: problems
                .into_iter()
                .map(|(source, target, via, state, error, at_ms)| ProblemRow {
                    source,
                    target,
                    via,
                    state,
                    error,
                    at_ms,
                })
                .collect(),
        })
    }

    async fn site_key(&self) -> StoreResult<Option<String>> {
        let v: Option<Vec<u8>> = sqlx::query_scalar("SELECT value FROM secrets WHERE name = $1")
            .bind(SITE_KEY)
            .fetch_optional(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(v.and_then(|v| String::from_utf8(v).ok()))
    }

    async fn keep_site_key(&self, candidate: &str) -> StoreResult<String> {
        sqlx::query(
            "INSERT INTO secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING",
        )
        .bind(SITE_KEY)
        .bind(candidate.as_bytes())
        .execute(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(self
            .site_key()
            .await?
            .unwrap_or_else(|| candidate.to_string()))
    }

    async fn remote_key(&self, key_id: &str) -> StoreResult<Option<RemoteKey>> {
        type Row = (
            String,
            String,
            Option<String>,
            String,
            String,
            Option<String>,
            String,
            i64,
        );
        let row: Option<Row> = sqlx::query_as(
            "SELECT actor_id, inbox, shared_inbox, handle, name, url, public_pem, fetched_ms \
             FROM remote_keys WHERE key_id = $1",
        )
        .bind(key_id)
        .fetch_optional(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(row.map(
            |(id, inbox, shared_inbox, handle, name, url, public_pem, fetched_ms)| RemoteKey {
                key_id: key_id.to_string(),
                actor: RemoteActor {
                    id,
                    inbox,
                    shared_inbox,
                    handle,
                    name,
                    url,
                },
                public_pem,
                fetched_ms,
            },
        ))
    }

    async fn keep_remote_key(&self, k: &RemoteKey) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO remote_keys (key_id, actor_id, inbox, shared_inbox, handle, name, url, \
             public_pem, fetched_ms) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
             ON CONFLICT (key_id) DO UPDATE SET actor_id = excluded.actor_id, \
             inbox = excluded.inbox, shared_inbox = excluded.shared_inbox, \
             handle = excluded.handle, name = excluded.name, url = excluded.url, \
             public_pem = excluded.public_pem, fetched_ms = excluded.fetched_ms",
        )
        .bind(&k.key_id)
        .bind(&k.actor.id)
        .bind(&k.actor.inbox)
        .bind(&k.actor.shared_inbox)
        .bind(&k.actor.handle)
        .bind(&k.actor.name)
        .bind(&k.actor.url)
        .bind(&k.public_pem)
        .bind(k.fetched_ms)
        .execute(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(())
    }

    async fn add_follower(&self, a: &RemoteActor, followed: Local, now_ms: i64) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO followers (actor_id, followed, inbox, shared_inbox, handle, followed_ms) \
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (actor_id, followed) DO UPDATE SET \
             inbox = excluded.inbox, shared_inbox = excluded.shared_inbox, \
             handle = excluded.handle",
        )
        .bind(&a.id)
        .bind(followed.followed())
        .bind(&a.inbox)
        .bind(&a.shared_inbox)
        .bind(&a.handle)
        .bind(now_ms)
        .execute(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(())
    }

    async fn remove_follower(&self, actor_id: &str, followed: Option<Local>) -> StoreResult<bool> {
        let r =
            sqlx::query("DELETE FROM followers WHERE actor_id = $1 AND ($2 < 0 OR followed = $2)")
                .bind(actor_id)
                .bind(followed.map_or(-1, Local::followed))
                .execute(&self.pool)
                .await
                .map_err(db_err)?;
        Ok(r.rows_affected() > 0)
    }

    async fn follower_count(&self, followed: Option<Local>) -> StoreResult<u64> {
        let n: i64 = sqlx::query_scalar(
            "SELECT COUNT(DISTINCT actor_id) FROM followers WHERE $1 < 0 OR followed = $1",
        )
        .bind(followed.map_or(-1, Local::followed))
        .fetch_one(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    async fn queue_for_followers(
        &self,
        article: ArticleId,
        of: &[Local],
        body: &str,
        at_ms: i64,
    ) -> StoreResult<u64> {
        if of.is_empty() {
            return Ok(0);
        }
        let among: Vec<String> = (0..of.len()).map(|i| format!("${}", i + 4)).collect();
        let sql = format!(
            "INSERT INTO deliveries (inbox, article_id, body, state, next_ms) \
             SELECT DISTINCT COALESCE(shared_inbox, inbox), $1, $2, 'pending', $3 FROM followers \
             WHERE followed IN ({})",
            among.join(", ")
        );
        let mut q = sqlx::query(&sql).bind(article.0).bind(body).bind(at_ms);
        for who in of {
            q = q.bind(who.followed());
        }
        let r = q.execute(&self.pool).await.map_err(db_err)?;
        Ok(r.rows_affected())
    }

    async fn prune_deliveries(&self, before_ms: i64) -> StoreResult<u64> {
        let r = sqlx::query(
            "DELETE FROM deliveries WHERE state <> 'pending' \
             AND COALESCE(sent_ms, next_ms) < $1 \
             AND id NOT IN (SELECT MAX(id) FROM deliveries \
               WHERE state = 'sent' AND article_id IS NOT NULL GROUP BY article_id)",
        )
        .bind(before_ms)
        .execute(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(r.rows_affected())
    }

    async fn author_name(&self, user_id: i64) -> StoreResult<Option<String>> {
        sqlx::query_scalar(
            "SELECT u.name FROM users u WHERE u.id = $1 AND EXISTS (SELECT 1 FROM articles a \
             WHERE a.author_id = u.id AND a.status = 'published')",
        )
        .bind(user_id)
        .fetch_optional(&self.pool)
        .await
        .map_err(db_err)
    }

    async fn author_id(&self, name: &str) -> StoreResult<Option<i64>> {
        sqlx::query_scalar(
            "SELECT u.id FROM users u WHERE LOWER(u.name) = LOWER($1) AND EXISTS (SELECT 1 \
             FROM articles a WHERE a.author_id = u.id AND a.status = 'published') \
             ORDER BY u.id LIMIT 1",
        )
        .bind(name)
        .fetch_optional(&self.pool)
        .await
        .map_err(db_err)
    }

    async fn cancel_article_deliveries(&self, article: ArticleId) -> StoreResult<bool> {
        let mut tx = self.pool.begin_with(BEGIN_WRITE).await.map_err(db_err)?;
        sqlx::query("DELETE FROM deliveries WHERE article_id = $1 AND state = 'pending'")
            .bind(article.0)
            .execute(&mut *tx)
            .await
            .map_err(db_err)?;
        let sent: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM deliveries WHERE article_id = $1 AND state = 'sent'",
        )
        .bind(article.0)
        .fetch_one(&mut *tx)
        .await
        .map_err(db_err)?;
        tx.commit().await.map_err(db_err)?;
        Ok(sent > 0)
    }

    async fn queue_delivery(&self, inbox: &str, body: &str, at_ms: i64) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO deliveries (inbox, body, state, next_ms) VALUES ($1, $2, 'pending', $3)",
        )
        .bind(inbox)
        .bind(body)
        .bind(at_ms)
        .execute(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(())
    }

    async fn due_deliveries(&self, now_ms: i64, limit: u32) -> StoreResult<Vec<Delivery>> {
        let rows: Vec<(i64, String, String, i64)> = sqlx::query_as(
            "SELECT id, inbox, body, attempts FROM deliveries \
             WHERE state = 'pending' AND next_ms <= $1 ORDER BY next_ms, id LIMIT $2",
        )
        .bind(now_ms)
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(rows
            .into_iter()
            .map(|(id, inbox, body, attempts)| Delivery {
                id,
                inbox,
                body,
                attempts: u32::try_from(attempts).unwrap_or(u32::MAX),
            })
            .collect())
    }

    async fn record_delivery(&self, id: i64, o: &DeliveryOutcome) -> StoreResult<()> {
        sqlx::query(
            "UPDATE deliveries SET state = $1, status = $2, error = $3, attempts = $4, \
             next_ms = $5, sent_ms = CASE WHEN $1 = 'sent' THEN $5 ELSE sent_ms END \
             WHERE id = $6",
        )
        .bind(o.state)
        .bind(o.status.map(i64::from))
        .bind(&o.error)
        .bind(i64::from(o.attempts))
        .bind(o.next_ms)
        .bind(id)
        .execute(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(())
    }

    async fn federated_note(&self, note_id: &str) -> StoreResult<Option<FederatedNote>> {
        let row: Option<(i64, Option<i64>, Option<String>)> = sqlx::query_as(
            "SELECT article_id, comment_id, actor_id FROM webmentions \
             WHERE source = $1 AND via = 'activitypub' AND state = 'reply' ORDER BY id LIMIT 1",
        )
        .bind(note_id)
        .fetch_optional(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(row.map(|(article, comment, actor)| FederatedNote {
            article_id: ArticleId(article),
            comment_id: comment.map(CommentId),
            actor_id: actor.unwrap_or_default(),
        }))
    }

    async fn record_note(
        &self,
        note_id: &str,
        target: &str,
        article: ArticleId,
        comment: Option<CommentId>,
        actor: &RemoteActor,
        now_ms: i64,
    ) -> StoreResult<()> {
        let state = if comment.is_some() {
            "reply"
        } else {
            "refused"
        };
        sqlx::query(
            "INSERT INTO webmentions (source, target, article_id, state, comment_id, \
             author_name, author_url, next_ms, received_ms, checked_ms, via, actor_id) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $8, 'activitypub', $9) \
             ON CONFLICT (source, target) DO UPDATE SET state = excluded.state, \
             comment_id = excluded.comment_id, checked_ms = excluded.checked_ms",
        )
        .bind(note_id)
        .bind(target)
        .bind(article.0)
        .bind(state)
        .bind(comment.map(|c| c.0))
        .bind(&actor.handle)
        .bind(actor.url.as_ref().unwrap_or(&actor.id))
        .bind(now_ms)
        .bind(&actor.id)
        .execute(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(())
    }

    async fn record_reaction(
        &self,
        activity_id: &str,
        target: &str,
        article: ArticleId,
        kind: Kind,
        actor: &RemoteActor,
        now_ms: i64,
    ) -> StoreResult<()> {
        let mut tx = self.pool.begin_with(BEGIN_WRITE).await.map_err(db_err)?;
        // One like (or boost) per actor and article, however many are sent.
        sqlx::query(
            "DELETE FROM webmentions WHERE via = 'activitypub' AND actor_id = $1 \
             AND article_id = $2 AND state = $3",
        )
        .bind(&actor.id)
        .bind(article.0)
        .bind(kind.as_str())
        .execute(&mut *tx)
        .await
        .map_err(db_err)?;
        sqlx::query(
            "INSERT INTO webmentions (source, target, article_id, state, author_name, \
             author_url, next_ms, received_ms, checked_ms, via, actor_id, shown) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $7, 'activitypub', $8, TRUE) \
             ON CONFLICT (source, target) DO NOTHING",
        )
        .bind(activity_id)
        .bind(target)
        .bind(article.0)
        .bind(kind.as_str())
        .bind(&actor.handle)
        .bind(actor.url.as_ref().unwrap_or(&actor.id))
        .bind(now_ms)
        .bind(&actor.id)
        .execute(&mut *tx)
        .await
        .map_err(db_err)?;
        // Listed under the article: its caches move (see `record_check`).
        sqlx::query("UPDATE articles SET updated_at = updated_at WHERE id = $1")
            .bind(article.0)
            .execute(&mut *tx)
            .await
            .map_err(db_err)?;
        tx.commit().await.map_err(db_err)?;
        self.wrote().await;
        Ok(())
    }

    async fn remove_reaction(&self, activity_id: &str, actor_id: &str) -> StoreResult<bool> {
        let mut tx = self.pool.begin_with(BEGIN_WRITE).await.map_err(db_err)?;
        let article: Option<i64> = sqlx::query_scalar(
            "DELETE FROM webmentions WHERE source = $1 AND actor_id = $2 \
             AND via = 'activitypub' AND state IN ('like', 'repost') RETURNING article_id",
        )
        .bind(activity_id)
        .bind(actor_id)
        .fetch_optional(&mut *tx)
        .await
        .map_err(db_err)?;
        if let Some(article) = article {
            sqlx::query("UPDATE articles SET updated_at = updated_at WHERE id = $1")
                .bind(article)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
        }
        tx.commit().await.map_err(db_err)?;
        if article.is_some() {
            self.wrote().await;
        }
        Ok(article.is_some())
    }
}
