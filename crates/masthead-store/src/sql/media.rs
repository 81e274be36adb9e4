//! Stored files (article photos), by content-derived name (both backends).
use super::{Backend, db_err};
use async_trait::async_trait;
use masthead_core::store::{Media, MediaStore, StoreResult};

#[async_trait]
impl MediaStore for Backend {
    async fn put_media(&self, m: &Media) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO media (name, content_type, bytes, created_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (name) DO NOTHING",
        )
        .bind(&m.name)
        .bind(&m.content_type)
        .bind(&m.bytes)
        .bind(masthead_core::chrono::Utc::now().timestamp())
        .execute(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(())
    }

    async fn media(&self, name: &str) -> StoreResult<Option<Media>> {
        let row: Option<(String, String, Vec<u8>)> =
            sqlx::query_as("SELECT name, content_type, bytes FROM media WHERE name = $1")
                .bind(name)
                .fetch_optional(&self.pool)
                .await
                .map_err(db_err)?;
        Ok(row.map(|(name, content_type, bytes)| Media {
            name,
            content_type,
            bytes,
        }))
    }

    async fn media_info(&self, name: &str) -> StoreResult<Option<(String, u64)>> {
        let row: Option<(String, i64)> = sqlx::query_as(
            "SELECT content_type, CAST(LENGTH(bytes) AS BIGINT) FROM media WHERE name = $1",
        )
        .bind(name)
        .fetch_optional(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(row.map(|(content_type, size)| (content_type, size.unsigned_abs())))
    }
}
