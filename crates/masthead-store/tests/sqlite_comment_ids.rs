//! Comment ids are never handed out twice (issue 25). Migration 0021
//! rebuilt SQLite's `comments` with AUTOINCREMENT, and 0022 moved its
//! sequence past the ids other tables still name. A database made at
//! migration 0020, with articles, threaded comments, recommends, edits,
//! reports and lines naming comments deleted before (the moderation log,
//! the change log, the notification queue, the outbox, the import record),
//! keeps every row and link through the migrations, passes SQLite's own
//! checks, and its next comment's id is above every id any table names.
use masthead_store::SqliteStore;
use sqlx::migrate::Migrator;
use sqlx::{Row, SqlitePool};
use std::path::Path;

const MIGRATIONS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/migrations/sqlite");

/// A database at migration 0020: the same files, so the store later finds
/// their checksums as it wrote them and applies only what follows.
async fn at_0020(dir: &Path) -> (String, SqlitePool) {
    let files = dir.join("migrations");
    std::fs::create_dir(&files).unwrap();
    for entry in std::fs::read_dir(MIGRATIONS).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let version: u32 = name[..4].parse().unwrap();
        if version <= 20 {
            std::fs::copy(&path, files.join(&name)).unwrap();
        }
    }
    let migrator = Migrator::new(files.as_path()).await.unwrap();
    assert_eq!(migrator.iter().last().map(|m| m.version), Some(20));
    let url = format!("sqlite://{}?mode=rwc", dir.join("old.db").display());
    let pool = SqlitePool::connect(&url).await.unwrap();
    migrator.run(&pool).await.unwrap();
    (url, pool)
}

/// The site as 0020 stored it; `named` is a comment id one table still
/// names after the comment was deleted (`table` says which).
async fn fill(pool: &SqlitePool, table: &str, named: i64) {
    let sql = [
        "INSERT INTO users (id, name, role, password_hash, created_at, updated_at) \
         VALUES (1, 'mod', 'moderator', 'x', 1, 1)",
        "INSERT INTO articles (id, slug, title, body_markdown, body_html, status, published_at, \
         created_at, updated_at) VALUES (1, 'one', 'One', 'b', '<p>b</p>', 'published', 1, 1, 1), \
         (2, 'two', 'Two', 'b', '<p>b</p>', 'published', 1, 1, 1)",
        // A thread of replies (2 → 1, 3 → 2, 5 → 1), another article's
        // comment, a staff reply, held and spam ones; 7 is deleted below.
        "INSERT INTO comments (id, article_id, parent_id, author_name, author_email, \
         content_source, content_html, status, created_at, updated_at, user_id, recommends, \
         picked, edited_at) VALUES \
         (1, 1, NULL, 'Ann', 'ann@example.com', 'one', '<p>one</p>', 'approved', 10, 10, NULL, 2, TRUE, 12), \
         (2, 1, 1, 'Bob', 'bob@example.com', 'two', '<p>two</p>', 'approved', 11, 11, NULL, 1, FALSE, NULL), \
         (3, 1, 2, 'Mod', 'mod@example.com', 'three', '<p>three</p>', 'approved', 12, 12, 1, 0, FALSE, NULL), \
         (4, 2, NULL, 'Cy', 'cy@example.com', 'four', '<p>four</p>', 'pending', 13, 13, NULL, 0, FALSE, NULL), \
         (5, 1, 1, 'Di', 'di@example.com', 'five', '<p>five</p>', 'spam', 14, 14, NULL, 0, FALSE, NULL), \
         (6, 2, NULL, 'Ed', 'ed@example.com', 'six', '<p>six</p>', 'approved', 15, 15, NULL, 0, FALSE, NULL), \
         (7, 2, 6, 'Fay', 'fay@example.com', 'seven', '<p>seven</p>', 'pending', 16, 16, NULL, 0, FALSE, NULL)",
        "INSERT INTO comment_recommends (comment_id, reader, created_at) VALUES \
         (1, 'r1', 20), (1, 'r2', 21), (2, 'r1', 22)",
        "INSERT INTO comment_edits (id, comment_id, content_source, content_html, status, \
         edited_at, author_ip) VALUES (1, 1, 'zero', '<p>zero</p>', 'approved', 12, '192.0.2.1')",
        "INSERT INTO comment_reports (id, comment_id, reader, reason, author_ip, created_at) \
         VALUES (1, 2, 'r3', 'spam', '192.0.2.2', 23), (2, 6, 'r1', 'other: why', NULL, 24)",
        "INSERT INTO moderation_log (comment_id, action, actor, user_id, via, at) VALUES \
         (4, 'unapprove', 'mod', 1, 'admin', 30)",
        // The newest comment, gone for good (a privacy erasure logs nothing):
        // before 0021 the next comment would have taken its id.
        "DELETE FROM comments WHERE id = 7",
    ];
    for s in sql {
        sqlx::query(s).execute(pool).await.unwrap();
    }
    let naming = match table {
        "moderation_log" => {
            "INSERT INTO moderation_log (comment_id, action, actor, user_id, via, at) \
             VALUES ($1, 'delete', 'mod', 1, 'cli', 31)"
        }
        "comment_changes" => {
            "INSERT INTO comment_changes (generation, article_id, comment_id) VALUES (99, 2, $1)"
        }
        "notify_queue" => {
            "INSERT INTO notify_queue (comment_id, bits, created_at) VALUES ($1, 1, 40)"
        }
        "outbox" => {
            "INSERT INTO outbox (kind, recipient, body, comment_id, dedupe, created_at, \
             next_attempt_at) VALUES ('mail', 'mod@example.org', 'held', $1, \
             'held:' || $1 || ':mod@example.org', 41, 41)"
        }
        "imported" => {
            "INSERT INTO imported (source, kind, source_id, target_id) \
             VALUES ('wxr:https://old.example', 'comment', '77', $1)"
        }
        other => panic!("no table {other}"),
    };
    sqlx::query(naming).bind(named).execute(pool).await.unwrap();
}

/// Every row of the tables the rebuild touches, as text, in a fixed order.
async fn snapshot(pool: &SqlitePool) -> Vec<String> {
    let queries = [
        "SELECT id, article_id, parent_id, author_name, author_email, content_source, \
         content_html, status, created_at, updated_at, user_id, recommends, picked, edited_at \
         FROM comments ORDER BY id",
        "SELECT comment_id, reader, created_at FROM comment_recommends ORDER BY comment_id, reader",
        "SELECT id, comment_id, content_source, content_html, status, edited_at, author_ip \
         FROM comment_edits ORDER BY id",
        "SELECT id, comment_id, reader, reason, author_ip, created_at FROM comment_reports \
         ORDER BY id",
        "SELECT id, comment_id, action, actor, user_id, via, at FROM moderation_log ORDER BY id",
        "SELECT comment_id, bits FROM notify_queue ORDER BY id",
        "SELECT comment_id, dedupe FROM outbox ORDER BY id",
        "SELECT kind, source_id, target_id FROM imported ORDER BY source_id",
        "SELECT id, slug, title FROM articles ORDER BY id",
    ];
    let mut out = Vec::new();
    for q in queries {
        let rows = sqlx::query(q).fetch_all(pool).await.unwrap();
        for row in rows {
            let cells: Vec<String> = (0..row.len())
                .map(|i| {
                    let v: Option<String> = row
                        .try_get::<Option<String>, _>(i)
                        .or_else(|_| {
                            row.try_get::<Option<i64>, _>(i)
                                .map(|v| v.map(|n| n.to_string()))
                        })
                        .unwrap();
                    v.unwrap_or_else(|| "NULL".into())
                })
                .collect();
            out.push(format!("{q}: {}", cells.join("|")));
        }
    }
    out
}

/// The largest comment id any table names.
async fn largest_named(pool: &SqlitePool) -> i64 {
    sqlx::query_scalar(
        "SELECT max(coalesce((SELECT max(id) FROM comments), 0), \
         coalesce((SELECT max(parent_id) FROM comments), 0), \
         coalesce((SELECT max(comment_id) FROM comment_recommends), 0), \
         coalesce((SELECT max(comment_id) FROM comment_edits), 0), \
         coalesce((SELECT max(comment_id) FROM comment_reports), 0), \
         coalesce((SELECT max(comment_id) FROM moderation_log), 0), \
         coalesce((SELECT max(comment_id) FROM comment_changes), 0), \
         coalesce((SELECT max(comment_id) FROM notify_queue), 0), \
         coalesce((SELECT max(comment_id) FROM outbox), 0), \
         coalesce((SELECT max(target_id) FROM imported WHERE kind = 'comment'), 0))",
    )
    .fetch_one(pool)
    .await
    .unwrap()
}

async fn new_comment(pool: &SqlitePool) -> i64 {
    sqlx::query_scalar(
        "INSERT INTO comments (article_id, author_name, author_email, content_source, \
         content_html, status, created_at, updated_at) \
         VALUES (1, 'New', 'new@example.com', 'new', '<p>new</p>', 'pending', 50, 50) RETURNING id",
    )
    .fetch_one(pool)
    .await
    .unwrap()
}

#[tokio::test]
async fn migrating_from_0020_keeps_every_row_and_never_reuses_a_comment_id() {
    for (table, named) in [
        ("moderation_log", 9),
        ("comment_changes", 10),
        ("notify_queue", 11),
        ("outbox", 12),
        ("imported", 13),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let (url, old) = at_0020(dir.path()).await;
        fill(&old, table, named).await;
        let before = snapshot(&old).await;
        assert_eq!(largest_named(&old).await, named, "{table}");
        old.close().await;

        // The store applies 0021 onwards as it opens the file.
        let store = SqliteStore::open(&url).await.unwrap();
        drop(store);
        let pool = SqlitePool::connect(&url).await.unwrap();
        assert_eq!(snapshot(&pool).await, before, "{table}: rows changed");
        let problems = sqlx::query("PRAGMA foreign_key_check")
            .fetch_all(&pool)
            .await
            .unwrap();
        assert!(problems.is_empty(), "{table}: foreign key check");
        let ok: String = sqlx::query_scalar("PRAGMA integrity_check")
            .fetch_one(&pool)
            .await
            .unwrap();
        assert_eq!(ok, "ok");
        // The links point at `comments` itself, not at the rebuild's old name.
        for t in [
            "comments",
            "comment_edits",
            "comment_reports",
            "comment_recommends",
        ] {
            let targets: Vec<String> = sqlx::query_scalar(&format!(
                "SELECT \"table\" FROM pragma_foreign_key_list('{t}')"
            ))
            .fetch_all(&pool)
            .await
            .unwrap();
            assert!(
                targets.iter().all(|x| x != "comments_rebuilt"),
                "{t}: {targets:?}"
            );
        }

        // The next comment's id is above every id any table names.
        let id = new_comment(&pool).await;
        assert!(
            id > named && id > 7,
            "{table}: new comment {id}, named {named}"
        );
        // Deleting the newest does not hand its id out again.
        sqlx::query("DELETE FROM comments WHERE id = $1")
            .bind(id)
            .execute(&pool)
            .await
            .unwrap();
        assert!(new_comment(&pool).await > id, "{table}");

        // The links still act: a deleted parent's replies stay, top-level;
        // its recommends and earlier texts go with it.
        sqlx::query("DELETE FROM comments WHERE id = 1")
            .execute(&pool)
            .await
            .unwrap();
        let orphans: Vec<(i64, Option<i64>)> =
            sqlx::query_as("SELECT id, parent_id FROM comments WHERE id IN (2, 5) ORDER BY id")
                .fetch_all(&pool)
                .await
                .unwrap();
        assert_eq!(orphans, vec![(2, None), (5, None)]);
        let left: i64 = sqlx::query_scalar(
            "SELECT (SELECT COUNT(*) FROM comment_recommends WHERE comment_id = 1) \
             + (SELECT COUNT(*) FROM comment_edits WHERE comment_id = 1)",
        )
        .fetch_one(&pool)
        .await
        .unwrap();
        assert_eq!(left, 0);
        pool.close().await;
    }
}
