//! Staff accounts and their application passwords (both backends).
use super::{Backend, db_err};
use async_trait::async_trait;
use masthead_core::store::{StoreResult, UserStore};
use masthead_core::user::{Role, User, parse_sections};

type UserRow = (i64, String, String, String, String);

pub(super) fn user((id, name, role, password_hash, sections): UserRow) -> User {
    // The CHECK constraint keeps roles valid; an unreadable one gets least rights.
    let role = role.parse().unwrap_or(Role::Moderator);
    User {
        id,
        name,
        role,
        password_hash,
        // Written by `set_user_sections` from checked slugs; anything else
        // there (a hand edit) reaches no section rather than every one.
        sections: parse_sections(&sections).unwrap_or_else(|_| vec![String::from("!unreadable")]),
    }
}

#[async_trait]
impl UserStore for Backend {
    async fn insert_user(&self, name: &str, role: Role, password_hash: &str) -> StoreResult<i64> {
        let now = masthead_core::chrono::Utc::now().timestamp();
        sqlx::query_scalar(
            "INSERT INTO users (name, role, password_hash, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $4) RETURNING id",
        )
        .bind(name)
        .bind(role.as_str())
        .bind(password_hash)
        .bind(now)
        .fetch_one(&self.pool)
        .await
        .map_err(db_err)
    }

    async fn user_by_name(&self, name: &str) -> StoreResult<Option<User>> {
        let row: Option<UserRow> = sqlx::query_as(
            "SELECT id, name, role, password_hash, sections FROM users WHERE name = $1",
        )
        .bind(name)
        .fetch_optional(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(row.map(user))
    }

    async fn set_password(&self, name: &str, password_hash: &str) -> StoreResult<bool> {
        let now = masthead_core::chrono::Utc::now().timestamp();
        let done =
            sqlx::query("UPDATE users SET password_hash = $1, updated_at = $2 WHERE name = $3")
                .bind(password_hash)
                .bind(now)
                .bind(name)
                .execute(&self.pool)
                .await
                .map_err(db_err)?;
        Ok(done.rows_affected() > 0)
    }

    async fn users(&self) -> StoreResult<Vec<User>> {
        let rows: Vec<UserRow> = sqlx::query_as(
            "SELECT id, name, role, password_hash, sections FROM users ORDER BY name",
        )
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(rows.into_iter().map(user).collect())
    }

    async fn add_app_password(&self, name: &str, label: &str, hash: &str) -> StoreResult<bool> {
        let now = masthead_core::chrono::Utc::now().timestamp();
        let done = sqlx::query(
            "INSERT INTO app_passwords (user_id, label, hash, created_at) \
             SELECT id, $2, $3, $4 FROM users WHERE name = $1",
        )
        .bind(name)
        .bind(label)
        .bind(hash)
        .bind(now)
        .execute(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(done.rows_affected() > 0)
    }

    async fn set_user_sections(&self, name: &str, sections: &[String]) -> StoreResult<bool> {
        let done = sqlx::query("UPDATE users SET sections = $1, updated_at = $2 WHERE name = $3")
            .bind(sections.join(","))
            .bind(masthead_core::chrono::Utc::now().timestamp())
            .bind(name)
            .execute(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(done.rows_affected() > 0)
    }

    async fn user_by_app_password(&self, name: &str, hash: &str) -> StoreResult<Option<User>> {
        let row: Option<UserRow> = sqlx::query_as(
            "SELECT u.id, u.name, u.role, u.password_hash, u.sections FROM app_passwords p \
             JOIN users u ON u.id = p.user_id WHERE u.name = $1 AND p.hash = $2",
        )
        .bind(name)
        .bind(hash)
        .fetch_optional(&self.pool)
        .await
        .map_err(db_err)?;
        if row.is_some() {
            sqlx::query("UPDATE app_passwords SET last_used_at = $1 WHERE hash = $2")
                .bind(masthead_core::chrono::Utc::now().timestamp())
                .bind(hash)
                .execute(&self.pool)
                .await
                .map_err(db_err)?;
        }
        Ok(row.map(user))
    }
}
