//! The searchable text of articles written before search existed (both
//! backends): `body_text` is NULL on those rows until the store, opening,
//! fills it from the stored HTML. New and edited articles carry it from the
//! start (`articles::bind_fields`).
use super::Db;
use masthead_core::html::SanitizedHtml;
use masthead_core::search::indexable_text;

/// Rows per statement: one short write at a time, so a server already
/// running on the file waits for no long transaction.
const BATCH: i64 = 200;

/// Fills every missing `body_text`; returns how many rows it wrote.
pub(crate) async fn fill(pool: &sqlx::Pool<Db>) -> Result<u64, sqlx::Error> {
    let mut filled = 0u64;
    loop {
        let rows: Vec<(i64, String)> = sqlx::query_as(
            "SELECT id, body_html FROM articles WHERE body_text IS NULL ORDER BY id LIMIT $1",
        )
        .bind(BATCH)
        .fetch_all(pool)
        .await?;
        if rows.is_empty() {
            return Ok(filled);
        }
        for (id, html) in rows {
            let text = indexable_text(&SanitizedHtml::from_stored(html));
            // `IS NULL` again: an edit in between wrote the newer text.
            sqlx::query("UPDATE articles SET body_text = $1 WHERE id = $2 AND body_text IS NULL")
                .bind(text)
                .bind(id)
                .execute(pool)
                .await?;
            filled += 1;
        }
    }
}
