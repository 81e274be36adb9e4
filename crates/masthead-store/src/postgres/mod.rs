//! PostgreSQL: the schema, kept migration for migration in step with SQLite's
//! (`migrations/postgres/` mirrors `migrations/sqlite/`, same numbers). The
//! store itself is not built yet; `masthead migrate` can already prepare a
//! PostgreSQL database, and a test checks both schemas have the same tables
//! and columns.
use crate::ConnectError;
use sqlx::Connection;
use sqlx::postgres::PgConnection;

pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

/// Applies the PostgreSQL migrations to the database at `url`.
pub async fn migrate(url: &str) -> Result<(), ConnectError> {
    let shown = crate::redact(url);
    let mut conn = PgConnection::connect(url)
        .await
        .map_err(|source| ConnectError::Open {
            url: shown.clone(),
            source,
        })?;
    MIGRATOR
        .run(&mut conn)
        .await
        .map_err(|source| ConnectError::Migrate { url: shown, source })?;
    let _ = conn.close().await;
    Ok(())
}
