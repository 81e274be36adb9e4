//! What the tests of the Isso, Remark42 and Commento imports read back from
//! the database, on SQLite or PostgreSQL alike.
use std::collections::BTreeMap;

pub async fn pool(url: &str) -> sqlx::AnyPool {
    sqlx::any::install_default_drivers();
    sqlx::AnyPool::connect(url).await.unwrap()
}

/// Comments by status.
pub async fn by_status(url: &str) -> BTreeMap<String, i64> {
    let db = pool(url).await;
    let rows: Vec<(String, i64)> =
        sqlx::query_as("SELECT status, COUNT(*) FROM comments GROUP BY status")
            .fetch_all(&db)
            .await
            .unwrap();
    db.close().await;
    rows.into_iter().collect()
}

/// (reply, parent) by their ids in the imported file.
pub async fn links(url: &str) -> Vec<(String, String)> {
    let db = pool(url).await;
    let mut rows: Vec<(String, String)> = sqlx::query_as(
        "SELECT a.source_id, b.source_id FROM comments c \
         JOIN imported a ON a.kind = 'comment' AND a.target_id = c.id \
         JOIN imported b ON b.kind = 'comment' AND b.target_id = c.parent_id",
    )
    .fetch_all(&db)
    .await
    .unwrap();
    db.close().await;
    rows.sort();
    rows
}

/// One imported comment's stored fields: (status, author, email, ip,
/// recommends, edited, content_html, article slug).
#[derive(Debug)]
pub struct Stored {
    pub status: String,
    pub author: String,
    pub email: String,
    pub ip: Option<String>,
    pub url: Option<String>,
    pub recommends: i64,
    pub edited: bool,
    pub html: String,
    pub slug: String,
}

pub async fn comment(url: &str, source_id: &str) -> Stored {
    let db = pool(url).await;
    let row: (String, String, String, Option<String>, Option<String>, i64, i64, String, String) =
        sqlx::query_as(
            "SELECT c.status, c.author_name, c.author_email, c.author_ip, c.author_url, \
             CAST(c.recommends AS BIGINT), CAST(CASE WHEN c.edited_at IS NULL THEN 0 ELSE 1 END AS BIGINT), c.content_html, a.slug \
             FROM comments c JOIN imported i ON i.kind = 'comment' AND i.target_id = c.id \
             JOIN articles a ON a.id = c.article_id WHERE i.source_id = $1",
        )
        .bind(source_id)
        .fetch_one(&db)
        .await
        .unwrap_or_else(|e| panic!("comment {source_id}: {e}"));
    db.close().await;
    Stored {
        status: row.0,
        author: row.1,
        email: row.2,
        ip: row.3,
        url: row.4,
        recommends: row.5,
        edited: row.6 == 1,
        html: row.7,
        slug: row.8,
    }
}

/// Outside-page threads: (external_url, title).
pub async fn outside_threads(url: &str) -> Vec<(String, String)> {
    let db = pool(url).await;
    let rows: Vec<(String, String)> = sqlx::query_as(
        "SELECT external_url, title FROM articles WHERE external_url IS NOT NULL ORDER BY id",
    )
    .fetch_all(&db)
    .await
    .unwrap();
    db.close().await;
    rows
}

/// How many rows the tables an import writes hold.
pub async fn counts(url: &str) -> (i64, i64, i64) {
    let db = pool(url).await;
    let n = |table: &'static str| {
        let db = db.clone();
        async move {
            sqlx::query_scalar::<_, i64>(&format!("SELECT COUNT(*) FROM {table}"))
                .fetch_one(&db)
                .await
                .unwrap()
        }
    };
    let out = (
        n("articles").await,
        n("comments").await,
        n("imported").await,
    );
    db.close().await;
    out
}
