//! Reads of many rows at once. PostgreSQL streams rows over its socket
//! cheaply, so a story's discussion is read as plain rows.
use super::comments::{PUBLIC_COLUMNS, PublicRow};
use super::{Db, db_err};
use masthead_core::comment::PublicComment;
use masthead_core::ids::ArticleId;
use masthead_core::store::StoreResult;
use sqlx::Pool;

pub(super) async fn approved_comments(
    pool: &Pool<Db>,
    article: ArticleId,
) -> StoreResult<Vec<PublicComment>> {
    let sql = format!(
        "SELECT {PUBLIC_COLUMNS} FROM comments WHERE article_id = $1 AND status = 'approved' \
         ORDER BY created_at, id"
    );
    let rows: Vec<PublicRow> = sqlx::query_as(&sql)
        .bind(article.0)
        .fetch_all(pool)
        .await
        .map_err(db_err)?;
    Ok(rows.into_iter().map(PublicComment::from).collect())
}
