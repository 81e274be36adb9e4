//! Reads of many rows at once. PostgreSQL streams rows over its socket
//! cheaply, so a story's discussion is read as plain rows.
use super::rows::{PUBLIC_COLUMNS, PublicRow};
use super::{Db, db_err};
use masthead_core::comment::PublicComment;
use masthead_core::ids::ArticleId;
use masthead_core::store::{DiscussionRead, StoreResult};
use sqlx::Pool;

/// The whole approved discussion and the change number it is as of, read
/// in one snapshot.
pub(super) async fn approved_discussion(
    pool: &Pool<Db>,
    article: ArticleId,
) -> StoreResult<DiscussionRead> {
    let mut tx = pool
        .begin_with(super::dialect::BEGIN_SNAPSHOT)
        .await
        .map_err(db_err)?;
    let generation: i64 = sqlx::query_scalar("SELECT generation FROM site_state WHERE id = 1")
        .fetch_one(&mut *tx)
        .await
        .map_err(db_err)?;
    let sql = format!(
        "SELECT {PUBLIC_COLUMNS} FROM comments WHERE article_id = $1 AND status = 'approved' \
         ORDER BY created_at, id"
    );
    let rows: Vec<PublicRow> = sqlx::query_as(&sql)
        .bind(article.0)
        .fetch_all(&mut *tx)
        .await
        .map_err(db_err)?;
    tx.commit().await.map_err(db_err)?;
    Ok(DiscussionRead {
        generation,
        comments: rows.into_iter().map(PublicComment::from).collect(),
    })
}
