//! SQLite's half of the group commit: one `BEGIN IMMEDIATE` transaction, one
//! guarded INSERT per comment (in-process, so statements are cheap), one
//! commit and fsync for the lot.
use super::Db;
use super::db_err;
use super::dialect::BEGIN_WRITE;
use masthead_core::comment::NewComment;
use masthead_core::ids::CommentId;
use masthead_core::store::{Inserted, StoreResult};
use sqlx::Pool;

/// The INSERT of a reader's comment, unless an identical one (not trashed)
/// is there: the duplicate rule, decided inside the transaction that
/// stores it, where it also sees the group's earlier rows.
const GUARDED_INSERT: &str = "INSERT INTO comments (article_id, parent_id, author_name, \
    author_email, author_url, author_ip, user_agent, content_source, content_html, status, \
    moderation_reason, created_at, updated_at, user_id, comment_type, avatar, page_title, reader_id, \
    filter_score) \
    SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, $13, $14, $15, $16, $17, $18 \
    WHERE NOT EXISTS (SELECT 1 FROM comments d WHERE d.article_id = $1 \
      AND d.parent_id IS NOT DISTINCT FROM $2 AND d.author_name = $3 AND d.author_email = $4 \
      AND d.content_source = $8 AND d.status <> 'trash') \
    RETURNING id";

const QUEUE: &str = "INSERT INTO notify_queue (comment_id, bits, created_at) VALUES ($1, $2, $3)";

/// The filter's own decision, logged as any other (auto mode).
const FILTER_LOG: &str = "INSERT INTO moderation_log (comment_id, action, actor, \
    user_id, via, at) VALUES ($1, $2, 'filter', NULL, 'system', $3)";

/// The notification bits of a reader's new comment.
pub(super) fn bits(c: &NewComment) -> i32 {
    use masthead_core::notify::bits;
    if c.subscribe {
        bits::NEW | bits::SUBSCRIBE
    } else {
        bits::NEW
    }
}

/// Stores a group in one transaction: one durable commit for all of it.
pub(super) async fn store_group(
    pool: &Pool<Db>,
    group: &[NewComment],
) -> StoreResult<Vec<Inserted>> {
    let mut tx = pool.begin_with(BEGIN_WRITE).await.map_err(db_err)?;
    let mut out = Vec::with_capacity(group.len());
    for c in group {
        let id: Option<i64> = super::comments::bind_comment(GUARDED_INSERT, c, "comment")
            .fetch_optional(&mut *tx)
            .await
            .map_err(db_err)?;
        if let Some(id) = id {
            // Queued for the notification worker in the comment's own
            // transaction: a stored comment is never left unnotified.
            sqlx::query(QUEUE)
                .bind(id)
                .bind(bits(c))
                .bind(c.created_at.timestamp())
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
            if let Some(action) = c.filter_log_action() {
                sqlx::query(FILTER_LOG)
                    .bind(id)
                    .bind(action)
                    .bind(c.created_at.timestamp())
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?;
            }
        }
        out.push(id.map_or(Inserted::Duplicate, |id| Inserted::Stored(CommentId(id))));
    }
    tx.commit().await.map_err(db_err)?;
    Ok(out)
}
