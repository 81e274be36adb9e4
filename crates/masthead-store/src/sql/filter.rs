//! The spam filter's lessons and what its features are read from (both
//! backends).
use super::dialect::FOR_UPDATE;
use super::{Backend, Db, db_err, placeholders};
use async_trait::async_trait;
use masthead_core::Timestamp;
use masthead_core::comment::{By, CommentStatus, lesson_for};
use masthead_core::filter::label::{ids_from_bytes, ids_to_bytes};
use masthead_core::filter::{Features, History, Label, Lesson};
use masthead_core::ids::CommentId;
use masthead_core::store::{FilterInput, FilterMark, FilterStore, StoreResult, StoredLesson};

type Conn = <Db as sqlx::Database>::Connection;

/// Stores the lessons of a staff decision's status changes (`moves`: id,
/// from, to), inside its transaction. The state row is locked first, so
/// lessons get their ids in the order they commit and a node that has
/// learnt up to one id has every lesson before it.
pub(super) async fn record_lessons(
    conn: &mut Conn,
    by: &By,
    moves: &[(CommentId, CommentStatus, CommentStatus)],
    teach: &[(CommentId, Features)],
    at: Timestamp,
) -> StoreResult<()> {
    if !by.is_staff() {
        return Ok(());
    }
    let lessons: Vec<(CommentId, Label, f32, &Features)> = moves
        .iter()
        .filter_map(|(id, from, to)| {
            let (label, weight) = lesson_for(*from, *to)?;
            let (_, f) = teach.iter().find(|(t, _)| t == id)?;
            Some((*id, label, weight, f))
        })
        .collect();
    if lessons.is_empty() {
        return Ok(());
    }
    sqlx::query(&format!(
        "SELECT last_lesson FROM filter_state WHERE id = 1{FOR_UPDATE}"
    ))
    .fetch_optional(&mut *conn)
    .await
    .map_err(db_err)?;
    let mut last = 0_i64;
    for (id, label, weight, f) in lessons {
        #[allow(clippy::cast_possible_truncation)]
        let thousandths = (weight * 1000.0).round() as i64;
        last = sqlx::query_scalar(
            "INSERT INTO filter_lessons (comment_id, label, weight, content, author, at) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(id.0)
        .bind(label.as_str())
        .bind(thousandths)
        .bind(ids_to_bytes(&f.content))
        .bind(ids_to_bytes(&f.author))
        .bind(at.timestamp())
        .fetch_one(&mut *conn)
        .await
        .map_err(db_err)?;
    }
    sqlx::query("UPDATE filter_state SET last_lesson = $1 WHERE id = 1")
        .bind(last)
        .execute(&mut *conn)
        .await
        .map_err(db_err)?;
    Ok(())
}

/// Forgets the author features of `email`'s lessons (an erasure, which
/// matches addresses as it does, whatever their case), and
/// makes every node learn again from the rewritten lessons.
pub(super) async fn forget_author(conn: &mut Conn, email: &str) -> StoreResult<()> {
    let changed = sqlx::query(
        "UPDATE filter_lessons SET author = $1 WHERE comment_id IN \
         (SELECT id FROM comments WHERE LOWER(author_email) = LOWER($2))",
    )
    .bind(Vec::<u8>::new())
    .bind(email)
    .execute(&mut *conn)
    .await
    .map_err(db_err)?
    .rows_affected();
    if changed > 0 {
        sqlx::query("UPDATE filter_state SET generation = generation + 1 WHERE id = 1")
            .execute(&mut *conn)
            .await
            .map_err(db_err)?;
    }
    Ok(())
}

type InputRow = (i64, String, Option<String>, String, i64, i64, i64);

fn history((approved, spam, trashed): (i64, i64, i64)) -> History {
    let n = |v: i64| u32::try_from(v).unwrap_or(u32::MAX);
    History {
        approved: n(approved),
        spam: n(spam),
        trashed: n(trashed),
    }
}

/// An author's earlier comments by status, counted in SQL.
const HISTORY: &str = "SUM(CASE WHEN h.status = 'approved' THEN 1 ELSE 0 END) AS approved, \
     SUM(CASE WHEN h.status = 'spam' THEN 1 ELSE 0 END) AS spam, \
     SUM(CASE WHEN h.status = 'trash' THEN 1 ELSE 0 END) AS trashed";

#[async_trait]
impl FilterStore for Backend {
    async fn filter_mark(&self) -> StoreResult<FilterMark> {
        let row: Option<(i64, i64)> =
            sqlx::query_as("SELECT generation, last_lesson FROM filter_state WHERE id = 1")
                .fetch_optional(&self.pool)
                .await
                .map_err(db_err)?;
        Ok(
            row.map_or_else(FilterMark::default, |(generation, last_lesson)| {
                FilterMark {
                    generation,
                    last_lesson,
                }
            }),
        )
    }

    async fn filter_lessons(&self, after: i64) -> StoreResult<Vec<StoredLesson>> {
        let rows: Vec<(i64, String, i64, Vec<u8>, Vec<u8>)> = sqlx::query_as(
            "SELECT id, label, weight, content, author FROM filter_lessons \
             WHERE id > $1 ORDER BY id",
        )
        .bind(after)
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(rows
            .into_iter()
            .filter_map(|(id, label, weight, content, author)| {
                #[allow(clippy::cast_precision_loss, clippy::cast_possible_truncation)]
                let weight = (weight as f64 / 1000.0) as f32;
                Some(StoredLesson {
                    id,
                    lesson: Lesson {
                        label: Label::parse(&label)?,
                        weight,
                        content: ids_from_bytes(&content),
                        author: ids_from_bytes(&author),
                    },
                })
            })
            .collect())
    }

    async fn filter_inputs(&self, ids: &[CommentId]) -> StoreResult<Vec<FilterInput>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        // The history as it stood when each comment arrived, counted for
        // the handful of ids a decision names.
        let list = placeholders(1, ids.len());
        let sql = format!(
            "SELECT c.id, c.author_name, c.author_url, c.content_html, \
             COALESCE(h0.approved, 0), COALESCE(h0.spam, 0), COALESCE(h0.trashed, 0) \
             FROM comments c LEFT JOIN (SELECT c2.id AS cid, {HISTORY} FROM comments c2 \
             JOIN comments h ON h.author_email = c2.author_email AND c2.author_email <> '' \
             AND h.created_at < c2.created_at WHERE c2.id IN ({list}) GROUP BY c2.id) \
             h0 ON h0.cid = c.id WHERE c.id IN ({list})"
        );
        let mut q = sqlx::query_as::<_, InputRow>(&sql);
        for id in ids {
            q = q.bind(id.0);
        }
        let rows = q.fetch_all(&self.pool).await.map_err(db_err)?;
        Ok(rows
            .into_iter()
            .map(|(id, name, url, html, a, s, t)| FilterInput {
                id: CommentId(id),
                author_name: name,
                author_url: url.unwrap_or_default(),
                content_html: html,
                history: history((a, s, t)),
            })
            .collect())
    }
}
