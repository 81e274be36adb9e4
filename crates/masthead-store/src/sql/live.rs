//! Live coverage and its updates (both backends). Switching coverage and
//! adding an update touch the article's row, so the triggers move the
//! site's cache versions (the page, its JSON-LD and feed change) and the
//! update is numbered with the change that did it.
use super::dialect::BEGIN_WRITE;
use super::{Backend, db_err, ts};
use async_trait::async_trait;
use masthead_core::Timestamp;
use masthead_core::html::SanitizedHtml;
use masthead_core::ids::ArticleId;
use masthead_core::store::{Coverage, LiveEntry, LiveStore, StoreResult};

const ENTRY: &str =
    "SELECT id, article_id, body_html, author, created_at, generation FROM live_entries";

type EntryRow = (i64, i64, String, String, i64, i64);

fn entry((id, article, html, author, at, generation): EntryRow) -> LiveEntry {
    LiveEntry {
        id,
        article_id: ArticleId(article),
        html: SanitizedHtml::from_stored(html),
        author,
        created_at: ts(at),
        generation,
    }
}

#[async_trait]
impl LiveStore for Backend {
    async fn set_coverage(&self, article: ArticleId, on: bool, at: Timestamp) -> StoreResult<bool> {
        let mut tx = self.pool.begin_with(BEGIN_WRITE).await.map_err(db_err)?;
        let now: Option<(i64, Option<i64>)> =
            sqlx::query_as("SELECT started_at, ended_at FROM live_coverage WHERE article_id = $1")
                .bind(article.0)
                .fetch_optional(&mut *tx)
                .await
                .map_err(db_err)?;
        let is_on = now.is_some_and(|(_, end)| end.is_none());
        if is_on == on {
            return Ok(false);
        }
        if on {
            sqlx::query(
                "INSERT INTO live_coverage (article_id, started_at, ended_at) VALUES ($1, $2, NULL) \
                 ON CONFLICT (article_id) DO UPDATE SET started_at = $2, ended_at = NULL",
            )
            .bind(article.0)
            .bind(at.timestamp())
            .execute(&mut *tx)
            .await
            .map_err(db_err)?;
        } else {
            sqlx::query("UPDATE live_coverage SET ended_at = $2 WHERE article_id = $1")
                .bind(article.0)
                .bind(at.timestamp())
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
        }
        touch(&mut tx, article, at).await?;
        tx.commit().await.map_err(db_err)?;
        self.wrote().await;
        Ok(true)
    }

    async fn coverage(&self, article: ArticleId) -> StoreResult<Option<Coverage>> {
        let row: Option<(i64, Option<i64>)> =
            sqlx::query_as("SELECT started_at, ended_at FROM live_coverage WHERE article_id = $1")
                .bind(article.0)
                .fetch_optional(&self.pool)
                .await
                .map_err(db_err)?;
        Ok(row.map(|(start, end)| Coverage {
            started_at: ts(start),
            ended_at: end.map(ts),
        }))
    }

    async fn live_articles(&self) -> StoreResult<Vec<ArticleId>> {
        let ids: Vec<i64> = sqlx::query_scalar(
            "SELECT article_id FROM live_coverage WHERE ended_at IS NULL ORDER BY article_id",
        )
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(ids.into_iter().map(ArticleId).collect())
    }

    async fn add_entry(
        &self,
        article: ArticleId,
        html: &SanitizedHtml,
        author: &str,
        at: Timestamp,
    ) -> StoreResult<LiveEntry> {
        let mut tx = self.pool.begin_with(BEGIN_WRITE).await.map_err(db_err)?;
        touch(&mut tx, article, at).await?;
        // The number the touch just moved the site to: this update's.
        let generation: i64 = sqlx::query_scalar("SELECT generation FROM site_state WHERE id = 1")
            .fetch_one(&mut *tx)
            .await
            .map_err(db_err)?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO live_entries (article_id, body_html, author, created_at, generation) \
             VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(article.0)
        .bind(html.as_str())
        .bind(author)
        .bind(at.timestamp())
        .bind(generation)
        .fetch_one(&mut *tx)
        .await
        .map_err(db_err)?;
        tx.commit().await.map_err(db_err)?;
        self.wrote().await;
        Ok(LiveEntry {
            id,
            article_id: article,
            html: html.clone(),
            author: author.to_string(),
            created_at: at,
            generation,
        })
    }

    async fn entries(&self, article: ArticleId) -> StoreResult<Vec<LiveEntry>> {
        let rows: Vec<EntryRow> = sqlx::query_as(&format!(
            "{ENTRY} WHERE article_id = $1 ORDER BY created_at DESC, id DESC"
        ))
        .bind(article.0)
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(rows.into_iter().map(entry).collect())
    }

    async fn entries_after(
        &self,
        article: ArticleId,
        generation: i64,
    ) -> StoreResult<Vec<LiveEntry>> {
        let rows: Vec<EntryRow> = sqlx::query_as(&format!(
            "{ENTRY} WHERE article_id = $1 AND generation > $2 ORDER BY generation, id"
        ))
        .bind(article.0)
        .bind(generation)
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(rows.into_iter().map(entry).collect())
    }
}

/// The article changed (its updated time): the triggers move the versions.
async fn touch(
    tx: &mut sqlx::Transaction<'_, super::Db>,
    article: ArticleId,
    at: Timestamp,
) -> StoreResult<()> {
    sqlx::query("UPDATE articles SET updated_at = $2 WHERE id = $1")
        .bind(article.0)
        .bind(at.timestamp())
        .execute(&mut **tx)
        .await
        .map_err(db_err)?;
    Ok(())
}
