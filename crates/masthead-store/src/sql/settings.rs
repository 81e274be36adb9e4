//! Site settings, the site secret, the cache generation and readiness (both
//! backends).
use super::{Backend, db_err};
use crate::versions::Changes;
use async_trait::async_trait;
use masthead_core::ids::ArticleId;
use masthead_core::store::{ChangeSet, SettingsStore, StoreResult};

#[async_trait]
impl SettingsStore for Backend {
    async fn settings(&self) -> StoreResult<Vec<(String, String)>> {
        sqlx::query_as("SELECT key, value FROM settings ORDER BY key")
            .fetch_all(&self.pool)
            .await
            .map_err(db_err)
    }

    async fn put_setting(&self, key: &str, value: &str) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO settings (key, value) VALUES ($1, $2) \
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )
        .bind(key)
        .bind(value)
        .execute(&self.pool)
        .await
        .map_err(db_err)?;
        self.wrote().await;
        Ok(())
    }

    async fn site_secret(&self, candidate: &[u8]) -> StoreResult<Vec<u8>> {
        // First writer wins, so every process sharing the database signs alike.
        sqlx::query(
            "INSERT INTO secrets (name, value) VALUES ('cookie', $1) ON CONFLICT (name) DO NOTHING",
        )
        .bind(candidate)
        .execute(&self.pool)
        .await
        .map_err(db_err)?;
        sqlx::query_scalar("SELECT value FROM secrets WHERE name = 'cookie'")
            .fetch_one(&self.pool)
            .await
            .map_err(db_err)
    }

    async fn generation(&self) -> StoreResult<i64> {
        self.current_generation().await
    }

    async fn page_version(&self, article: ArticleId) -> StoreResult<i64> {
        self.current_page_version(Some(article)).await
    }

    async fn site_version(&self) -> StoreResult<i64> {
        self.current_page_version(None).await
    }

    async fn changed_since(&self, since: Option<i64>) -> StoreResult<ChangeSet> {
        let c = read_changes(&self.pool, since).await?;
        Ok(ChangeSet {
            generation: c.generation,
            site: since.is_some_and(|n| c.site > n || c.generation < n),
            articles: c.articles.into_iter().map(|(a, _)| ArticleId(a)).collect(),
        })
    }

    async fn readiness(&self) -> StoreResult<Result<(), String>> {
        let applied: Vec<i64> =
            sqlx::query_scalar("SELECT version FROM _sqlx_migrations WHERE success = TRUE")
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
        let missing: Vec<String> = super::MIGRATOR
            .iter()
            .filter(|m| !applied.contains(&m.version))
            .map(|m| format!("{} {}", m.version, m.description))
            .collect();
        Ok(if missing.is_empty() {
            Ok(())
        } else {
            Err(format!("migrations not applied: {}", missing.join(", ")))
        })
    }

    fn pool_stats(&self) -> (u32, usize) {
        (self.pool.size(), self.pool.num_idle())
    }

    fn generation_queries(&self) -> u64 {
        self.generation_queries
            .load(std::sync::atomic::Ordering::Relaxed)
    }

    fn comment_groups(&self) -> (u64, u64) {
        self.comment_writer.stats()
    }
}

/// What changed since the number `since` (see `crate::versions`): the
/// counter and the last site-wide number first, then the articles; an
/// article changed in between is listed with its number, which is harmless.
pub(super) async fn read_changes(
    pool: &sqlx::Pool<super::Db>,
    since: Option<i64>,
) -> StoreResult<Changes> {
    let (generation, site): (i64, i64) =
        sqlx::query_as("SELECT generation, site_generation FROM site_state WHERE id = 1")
            .fetch_one(pool)
            .await
            .map_err(db_err)?;
    let articles = match since {
        Some(n) if n < generation => {
            sqlx::query_as("SELECT article_id, generation FROM article_state WHERE generation > $1")
                .bind(n)
                .fetch_all(pool)
                .await
                .map_err(db_err)?
        }
        _ => Vec::new(),
    };
    Ok(Changes {
        since,
        generation,
        site,
        articles,
    })
}
