//! The chain of items published to the GRIP proxy (both backends): the
//! publishing node records each round under its lease, so a node that
//! takes the lease over continues the chain and every node answers a held
//! stream with the same `prev-id`.
use super::dialect::BEGIN_WRITE;
use super::{Backend, db_err};
use async_trait::async_trait;
use masthead_core::ids::ArticleId;
use masthead_core::store::{GRIP_LEASE, GripChain, GripItem, StoreResult};

#[async_trait]
impl GripChain for Backend {
    async fn grip_position(&self, article: ArticleId) -> StoreResult<(Option<i64>, Option<i64>)> {
        let (last, reached): (Option<i64>, Option<i64>) = sqlx::query_as(
            "SELECT (SELECT last_id FROM grip_channels WHERE article_id = $1), \
                    (SELECT position FROM leases WHERE name = $2)",
        )
        .bind(article.0)
        .bind(GRIP_LEASE)
        .fetch_one(&self.pool)
        .await
        .map_err(db_err)?;
        Ok((last, reached))
    }

    async fn grip_last_ids(&self, articles: &[ArticleId]) -> StoreResult<Vec<(ArticleId, i64)>> {
        let mut out = Vec::with_capacity(articles.len());
        // A round publishes a few stories: one indexed read each.
        for article in articles {
            let last: Option<i64> =
                sqlx::query_scalar("SELECT last_id FROM grip_channels WHERE article_id = $1")
                    .bind(article.0)
                    .fetch_optional(&self.pool)
                    .await
                    .map_err(db_err)?;
            out.extend(last.map(|id| (*article, id)));
        }
        Ok(out)
    }

    async fn record_grip(
        &self,
        lease: &str,
        holder: &str,
        items: &[GripItem],
        reached: i64,
        until_ms: i64,
    ) -> StoreResult<bool> {
        let mut tx = self.pool.begin_with(BEGIN_WRITE).await.map_err(db_err)?;
        let held = sqlx::query(
            "UPDATE leases SET position = $3, until_ms = $4 WHERE name = $1 AND holder = $2",
        )
        .bind(lease)
        .bind(holder)
        .bind(reached)
        .bind(until_ms)
        .execute(&mut *tx)
        .await
        .map_err(db_err)?
        .rows_affected()
            == 1;
        if !held {
            return Ok(false);
        }
        for item in items {
            sqlx::query(
                "INSERT INTO grip_channels (article_id, last_id) VALUES ($1, $2) \
                 ON CONFLICT (article_id) DO UPDATE SET last_id = excluded.last_id",
            )
            .bind(item.article.0)
            .bind(item.id)
            .execute(&mut *tx)
            .await
            .map_err(db_err)?;
        }
        tx.commit().await.map_err(db_err)?;
        Ok(true)
    }
}
