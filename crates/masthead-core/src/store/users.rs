//! Staff accounts and their application passwords.
use super::error::StoreResult;
use crate::user::{Role, User};
use async_trait::async_trait;

#[async_trait]
pub trait UserStore {
    /// Adds a user; a taken name is `StoreError::Conflict`.
    async fn insert_user(&self, name: &str, role: Role, password_hash: &str) -> StoreResult<i64>;
    async fn user_by_name(&self, name: &str) -> StoreResult<Option<User>>;
    /// Replaces a user's password hash; `false` if there is no such user.
    async fn set_password(&self, name: &str, password_hash: &str) -> StoreResult<bool>;
    async fn users(&self) -> StoreResult<Vec<User>>;
    /// Limits a user to sections (empty: every section); `false` if no such user.
    async fn set_user_sections(&self, name: &str, sections: &[String]) -> StoreResult<bool>;
    /// Stores an application password's hash for a user; `false` if no such user.
    async fn add_app_password(&self, name: &str, label: &str, hash: &str) -> StoreResult<bool>;
    /// The user an application password belongs to (and notes its use).
    async fn user_by_app_password(&self, name: &str, hash: &str) -> StoreResult<Option<User>>;
}
