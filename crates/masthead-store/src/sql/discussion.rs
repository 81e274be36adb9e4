//! A story's approved discussion after a change: only the comments the
//! change log (migration 0013) names since the number a process last read
//! (both backends). The whole discussion is read by `bulk.rs`, each backend
//! its own way.
use super::Db;
use super::db_err;
use super::dialect::BEGIN_SNAPSHOT;
use super::rows::{PUBLIC_COLUMNS, PublicRow};
use masthead_core::comment::PublicComment;
use masthead_core::ids::{ArticleId, CommentId};
use masthead_core::store::{DiscussionChanges, StoreResult};
use sqlx::Pool;

pub(super) async fn changes(
    pool: &Pool<Db>,
    article: ArticleId,
    since: i64,
) -> StoreResult<Option<DiscussionChanges>> {
    // One snapshot: the number, the log and the rows agree.
    let mut tx = pool.begin_with(BEGIN_SNAPSHOT).await.map_err(db_err)?;
    let (generation, complete_after): (i64, i64) =
        sqlx::query_as("SELECT generation, changes_since FROM site_state WHERE id = 1")
            .fetch_one(&mut *tx)
            .await
            .map_err(db_err)?;
    // Older than the log, or a number this database never reached (it was
    // restored or replaced): only a whole read can say.
    if since < complete_after || since > generation {
        tx.commit().await.map_err(db_err)?;
        return Ok(None);
    }
    let last_changes: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT comment_id, MAX(generation) AS g FROM comment_changes \
         WHERE article_id = $1 AND generation > $2 GROUP BY comment_id ORDER BY g, comment_id",
    )
    .bind(article.0)
    .bind(since)
    .fetch_all(&mut *tx)
    .await
    .map_err(db_err)?;
    let approved: Vec<PublicComment> = if last_changes.is_empty() {
        Vec::new()
    } else {
        let sql = format!(
            "SELECT {PUBLIC_COLUMNS} FROM comments WHERE article_id = $1 AND status = 'approved' \
             AND id IN (SELECT comment_id FROM comment_changes \
             WHERE article_id = $1 AND generation > $2)"
        );
        let rows: Vec<PublicRow> = sqlx::query_as(&sql)
            .bind(article.0)
            .bind(since)
            .fetch_all(&mut *tx)
            .await
            .map_err(db_err)?;
        rows.into_iter().map(PublicComment::from).collect()
    };
    tx.commit().await.map_err(db_err)?;
    Ok(Some(DiscussionChanges {
        generation,
        touched: last_changes.iter().map(|(c, _)| CommentId(*c)).collect(),
        last_changes: last_changes
            .into_iter()
            .map(|(c, g)| (CommentId(c), g))
            .collect(),
        approved,
    }))
}
