//! Webmentions and the comments their replies became (both backends).
use super::dialect::BEGIN_WRITE;
use super::{Backend, db_err};
use async_trait::async_trait;
use masthead_core::comment::{CommentStatus, NewComment};
use masthead_core::federation::webmention::Kind;
use masthead_core::ids::{ArticleId, CommentId};
use masthead_core::store::{
    Checked, MentionState, OutgoingMention, Reaction, SendOutcome, SendState, StoreResult,
    StoredMention, WebmentionStore,
};

#[derive(sqlx::FromRow)]
struct MentionRow {
    id: i64,
    source: String,
    target: String,
    article_id: i64,
    state: String,
    comment_id: Option<i64>,
    attempts: i64,
    error: Option<String>,
}

impl From<MentionRow> for StoredMention {
    fn from(r: MentionRow) -> Self {
        StoredMention {
            id: r.id,
            source: r.source,
            target: r.target,
            article_id: ArticleId(r.article_id),
            state: MentionState::parse(&r.state),
            comment_id: r.comment_id.map(CommentId),
            attempts: u32::try_from(r.attempts).unwrap_or(u32::MAX),
            error: r.error,
        }
    }
}

const COLUMNS: &str = "id, source, target, article_id, state, comment_id, attempts, error";

#[derive(sqlx::FromRow)]
struct SendRow {
    id: i64,
    article_id: i64,
    target: String,
    state: String,
    endpoint: Option<String>,
    status: Option<i64>,
    error: Option<String>,
    attempts: i64,
}

impl From<SendRow> for OutgoingMention {
    fn from(r: SendRow) -> Self {
        OutgoingMention {
            id: r.id,
            article_id: ArticleId(r.article_id),
            target: r.target,
            state: SendState::parse(&r.state),
            endpoint: r.endpoint,
            status: r.status.and_then(|s| u16::try_from(s).ok()),
            error: r.error,
            attempts: u32::try_from(r.attempts).unwrap_or(u32::MAX),
        }
    }
}

const SEND_COLUMNS: &str = "id, article_id, target, state, endpoint, status, error, attempts";

#[async_trait]
impl WebmentionStore for Backend {
    async fn receive_webmention(
        &self,
        source: &str,
        target: &str,
        article: ArticleId,
        now_ms: i64,
    ) -> StoreResult<Option<i64>> {
        // Sent again: checked again from the start, keeping its comment.
        // A row ActivityPub made is not a Webmention's to change.
        let id: Option<i64> = sqlx::query_scalar(
            "INSERT INTO webmentions (source, target, article_id, state, next_ms, received_ms) \
             VALUES ($1, $2, $3, 'pending', $4, $4) \
             ON CONFLICT (source, target) DO UPDATE SET state = 'pending', attempts = 0, \
             error = NULL, next_ms = excluded.next_ms, received_ms = excluded.received_ms \
             WHERE webmentions.via = 'webmention' RETURNING id",
        )
        .bind(source)
        .bind(target)
        .bind(article.0)
        .bind(now_ms)
        .fetch_optional(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(id)
    }

    async fn due_webmentions(&self, now_ms: i64, limit: u32) -> StoreResult<Vec<StoredMention>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM webmentions WHERE state = 'pending' AND next_ms <= $1 \
             ORDER BY next_ms, id LIMIT $2"
        );
        let rows: Vec<MentionRow> = sqlx::query_as(&sql)
            .bind(now_ms)
            .bind(i64::from(limit))
            .fetch_all(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(rows.into_iter().map(StoredMention::from).collect())
    }

    async fn webmention(&self, id: i64) -> StoreResult<Option<StoredMention>> {
        let sql = format!("SELECT {COLUMNS} FROM webmentions WHERE id = $1");
        let row: Option<MentionRow> = sqlx::query_as(&sql)
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(row.map(StoredMention::from))
    }

    async fn record_check(&self, id: i64, c: &Checked) -> StoreResult<()> {
        let shown = matches!(
            c.state,
            MentionState::Verified(Kind::Like | Kind::Repost | Kind::Mention)
        );
        let mut tx = self.pool.begin_with(BEGIN_WRITE).await.map_err(db_err)?;
        let was: Option<bool> = sqlx::query_scalar("SELECT shown FROM webmentions WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut *tx)
            .await
            .map_err(db_err)?;
        let article: Option<i64> = sqlx::query_scalar(
            "UPDATE webmentions SET state = $1, comment_id = $2, author_name = $3, \
             author_url = $4, author_photo = $5, error = $6, attempts = $7, next_ms = $8, \
             checked_ms = $9, shown = $10 WHERE id = $11 RETURNING article_id",
        )
        .bind(c.state.as_str())
        .bind(c.comment_id.map(|i| i.0))
        .bind(&c.author_name)
        .bind(&c.author_url)
        .bind(&c.author_photo)
        .bind(&c.error)
        .bind(i64::from(c.attempts))
        .bind(c.next_ms)
        .bind(c.checked_ms)
        .bind(shown)
        .bind(id)
        .fetch_optional(&mut *tx)
        .await
        .map_err(db_err)?;
        // A like listed or taken off the article's page: the article's
        // triggers move the cache versions (on every node), its data
        // unchanged. Refused and failed mentions move nothing, so no one
        // can empty the site's caches by sending them.
        if let Some(article) = article
            && (shown || was == Some(true))
        {
            sqlx::query("UPDATE articles SET updated_at = updated_at WHERE id = $1")
                .bind(article)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
        }
        tx.commit().await.map_err(db_err)?;
        self.wrote().await;
        Ok(())
    }

    async fn reactions(&self, article: ArticleId) -> StoreResult<Vec<Reaction>> {
        let rows: Vec<(String, String, String, Option<String>)> = sqlx::query_as(
            "SELECT state, source, author_name, author_url FROM webmentions \
             WHERE article_id = $1 AND state IN ('like', 'repost', 'mention') \
             ORDER BY checked_ms, id",
        )
        .bind(article.0)
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(rows
            .into_iter()
            .filter_map(|(state, source, author_name, author_url)| {
                Some(Reaction {
                    kind: Kind::parse(&state)?,
                    source,
                    author_name,
                    author_url,
                })
            })
            .collect())
    }

    async fn queue_sends(
        &self,
        article: ArticleId,
        targets: &[String],
        at_ms: i64,
    ) -> StoreResult<()> {
        let mut tx = self.pool.begin_with(BEGIN_WRITE).await.map_err(db_err)?;
        // Links told before and gone now: told again, so their sites look.
        sqlx::query(
            "UPDATE webmention_sends SET state = 'pending', attempts = 0, error = NULL, \
             next_ms = $2 WHERE article_id = $1 AND state IN ('sent', 'failed', 'skipped')",
        )
        .bind(article.0)
        .bind(at_ms)
        .execute(&mut *tx)
        .await
        .map_err(db_err)?;
        for target in targets {
            sqlx::query(
                "INSERT INTO webmention_sends (article_id, target, state, next_ms) \
                 VALUES ($1, $2, 'pending', $3) \
                 ON CONFLICT (article_id, target) DO UPDATE SET state = 'pending', \
                 attempts = 0, error = NULL, next_ms = excluded.next_ms",
            )
            .bind(article.0)
            .bind(target)
            .bind(at_ms)
            .execute(&mut *tx)
            .await
            .map_err(db_err)?;
        }
        tx.commit().await.map_err(db_err)?;
        Ok(())
    }

    async fn due_sends(&self, now_ms: i64, limit: u32) -> StoreResult<Vec<OutgoingMention>> {
        let sql = format!(
            "SELECT {SEND_COLUMNS} FROM webmention_sends WHERE state = 'pending' \
             AND next_ms <= $1 ORDER BY next_ms, id LIMIT $2"
        );
        let rows: Vec<SendRow> = sqlx::query_as(&sql)
            .bind(now_ms)
            .bind(i64::from(limit))
            .fetch_all(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(rows.into_iter().map(OutgoingMention::from).collect())
    }

    async fn record_send(&self, id: i64, o: &SendOutcome) -> StoreResult<()> {
        sqlx::query(
            "UPDATE webmention_sends SET state = $1, endpoint = $2, status = $3, error = $4, \
             attempts = $5, next_ms = $6, sent_ms = COALESCE($7, sent_ms) WHERE id = $8",
        )
        .bind(o.state.as_str())
        .bind(&o.endpoint)
        .bind(o.status.map(i64::from))
        .bind(&o.error)
        .bind(i64::from(o.attempts))
        .bind(o.next_ms)
        .bind(o.sent_ms)
        .bind(id)
        .execute(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(())
    }

    async fn sends(&self, article: ArticleId) -> StoreResult<Vec<OutgoingMention>> {
        let sql = format!(
            "SELECT {SEND_COLUMNS} FROM webmention_sends WHERE article_id = $1 ORDER BY target"
        );
        let rows: Vec<SendRow> = sqlx::query_as(&sql)
            .bind(article.0)
            .fetch_all(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(rows.into_iter().map(OutgoingMention::from).collect())
    }

    async fn insert_federated_comment(
        &self,
        c: &NewComment,
        comment_type: &str,
        origin_url: &str,
    ) -> StoreResult<CommentId> {
        let id: i64 = super::comments::bind_comment(
            "INSERT INTO comments (article_id, parent_id, author_name, author_email, author_url, \
             author_ip, user_agent, content_source, content_html, status, moderation_reason, \
             created_at, updated_at, user_id, comment_type, avatar, page_title, reader_id, \
             filter_score, origin_url) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, $13, $14, $15, $16, \
             $17, $18, $19) RETURNING id",
            c,
            comment_type,
        )
        .bind(origin_url)
        .fetch_one(&self.pool)
        .await
        .map_err(db_err)?;
        if c.status == CommentStatus::Approved {
            self.wrote().await;
        }
        Ok(CommentId(id))
    }
}
