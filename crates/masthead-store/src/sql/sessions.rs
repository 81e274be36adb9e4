//! Staff sessions: the cookie's token is stored only as a hash (both backends).
use super::{Backend, db_err, ts};
use async_trait::async_trait;
use masthead_core::Timestamp;
use masthead_core::store::{Session, SessionStore, StoreResult};

#[async_trait]
impl SessionStore for Backend {
    async fn create_session(
        &self,
        token_hash: &str,
        user_id: i64,
        csrf: &str,
        now: Timestamp,
    ) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO sessions (token_hash, user_id, csrf, created_at, last_seen_at) \
             VALUES ($1, $2, $3, $4, $4)",
        )
        .bind(token_hash)
        .bind(user_id)
        .bind(csrf)
        .bind(now.timestamp())
        .execute(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(())
    }

    async fn session(&self, token_hash: &str) -> StoreResult<Option<Session>> {
        type Row = (i64, String, String, String, String, String, i64, i64);
        let row: Option<Row> = sqlx::query_as(
            "SELECT u.id, u.name, u.role, u.password_hash, u.sections, s.csrf, s.created_at, \
             s.last_seen_at \
             FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1",
        )
        .bind(token_hash)
        .fetch_optional(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(row.map(
            |(id, name, role, password_hash, sections, csrf, created, seen)| Session {
                user: super::users::user((id, name, role, password_hash, sections)),
                csrf,
                created_at: ts(created),
                last_seen_at: ts(seen),
            },
        ))
    }

    async fn touch_session(&self, token_hash: &str, now: Timestamp) -> StoreResult<()> {
        sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2")
            .bind(now.timestamp())
            .bind(token_hash)
            .execute(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(())
    }

    async fn delete_session(&self, token_hash: &str) -> StoreResult<()> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(token_hash)
            .execute(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(())
    }
}
