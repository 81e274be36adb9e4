//! Leases on one-node work (both backends): taken with one upsert that
//! only overwrites a lapsed lease or the holder's own.
use super::{Backend, db_err};
use async_trait::async_trait;
use masthead_core::store::{Held, LeaseStore, StoreResult};

#[async_trait]
impl LeaseStore for Backend {
    async fn take_lease(
        &self,
        name: &str,
        holder: &str,
        now_ms: i64,
        until_ms: i64,
    ) -> StoreResult<Option<Held>> {
        let row: Option<(Option<i64>,)> = sqlx::query_as(
            "INSERT INTO leases (name, holder, until_ms, position) VALUES ($1, $2, $3, NULL) \
             ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, until_ms = excluded.until_ms \
             WHERE leases.holder = excluded.holder OR leases.until_ms < $4 \
             RETURNING position",
        )
        .bind(name)
        .bind(holder)
        .bind(until_ms)
        .bind(now_ms)
        .fetch_optional(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(row.map(|(position,)| Held { position }))
    }

    async fn release_lease(&self, name: &str, holder: &str) -> StoreResult<()> {
        sqlx::query("UPDATE leases SET until_ms = 0 WHERE name = $1 AND holder = $2")
            .bind(name)
            .bind(holder)
            .execute(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(())
    }

    async fn lease_position(&self, name: &str) -> StoreResult<Option<i64>> {
        let position: Option<Option<i64>> =
            sqlx::query_scalar("SELECT position FROM leases WHERE name = $1")
                .bind(name)
                .fetch_optional(&self.pool)
                .await
                .map_err(db_err)?;
        Ok(position.flatten())
    }

    async fn start_lease_position(
        &self,
        name: &str,
        holder: &str,
        position: i64,
    ) -> StoreResult<()> {
        // A lapsed lease (until 0) that records where the work begins; the
        // first node to take the lease resumes from it.
        sqlx::query(
            "INSERT INTO leases (name, holder, until_ms, position) VALUES ($1, $2, 0, $3) \
             ON CONFLICT (name) DO UPDATE SET position = excluded.position \
             WHERE leases.position IS NULL",
        )
        .bind(name)
        .bind(holder)
        .bind(position)
        .execute(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(())
    }
}
