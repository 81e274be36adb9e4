//! Reads of many rows at once. sqlx's SQLite driver hands each row from its
//! worker thread to the caller as a message of its own (a wake-up and a copy
//! of every value), which made reading a 3,000-comment discussion again
//! after each new comment a third of the server's time in the live-story
//! bench. SQLite builds the whole list as one JSON value instead: one row.
use super::{Db, db_err, ts};
use masthead_core::comment::PublicComment;
use masthead_core::html::SanitizedHtml;
use masthead_core::ids::{ArticleId, CommentId};
use masthead_core::store::{DiscussionRead, StoreError, StoreResult};
use sqlx::Pool;

/// One comment as `json_array` lays it out below.
type Row = (
    (
        i64,
        i64,
        Option<i64>,
        String,
        Option<String>,
        String,
        String,
        i64,
        i64,
    ),
    (i64, i64, Option<i64>, Option<String>, Option<String>),
);

/// The whole approved discussion and, from the same statement (so the same
/// snapshot), the change number it is as of.
pub(super) async fn approved_discussion(
    pool: &Pool<Db>,
    article: ArticleId,
) -> StoreResult<DiscussionRead> {
    let (generation, json): (i64, String) = sqlx::query_as(
        "SELECT (SELECT generation FROM site_state WHERE id = 1), \
         json_group_array(json_array(json_array(id, article_id, parent_id, author_name, \
         author_url, content_html, status, created_at, user_id IS NOT NULL), \
         json_array(recommends, picked, edited_at, avatar, origin_url))) \
         FROM comments WHERE article_id = $1 AND status = 'approved'",
    )
    .bind(article.0)
    .fetch_one(pool)
    .await
    .map_err(db_err)?;
    let rows: Vec<Row> =
        serde_json::from_str(&json).map_err(|e| StoreError::Backend(Box::new(e)))?;
    let mut comments: Vec<PublicComment> = rows
        .into_iter()
        .map(
            |(
                (id, article_id, parent_id, author_name, author_url, html, status, at, staff),
                (recommends, picked, edited_at, avatar, origin_url),
            )| {
                PublicComment {
                    id: CommentId(id),
                    article_id: ArticleId(article_id),
                    parent_id: parent_id.map(CommentId),
                    author_name,
                    author_url,
                    content_html: SanitizedHtml::from_stored(html),
                    status: super::rows::status(&status),
                    created_at: ts(at),
                    by_staff: staff != 0,
                    recommends: u64::try_from(recommends).unwrap_or(0),
                    picked: picked != 0,
                    edited_at: edited_at.map(ts),
                    avatar,
                    origin_url,
                }
            },
        )
        .collect();
    // The order the plain query gave (an aggregate's order is not promised).
    comments.sort_by_key(|c| (c.created_at, c.id));
    Ok(DiscussionRead {
        generation,
        comments,
    })
}
