//! The PostgreSQL migrations against a real server (MASTHEAD_TEST_DATABASE_URL):
//! they apply to an empty database, twice without harm, give the same tables
//! and columns as SQLite's, and the cache generation moves as on SQLite.
use sqlx::{Connection, Executor, PgConnection, Row, SqlitePool};
use std::collections::BTreeSet;

fn server_url() -> Option<String> {
    match std::env::var("MASTHEAD_TEST_DATABASE_URL") {
        Ok(url) if !url.is_empty() => Some(url),
        _ if masthead_testkit::under_ci() => {
            panic!("MASTHEAD_TEST_DATABASE_URL is not set and CI=true")
        }
        _ => {
            masthead_testkit::skipped(
                "the PostgreSQL schema tests (no PostgreSQL)",
                masthead_testkit::POSTGRES_SETUP,
            );
            None
        }
    }
}

/// `postgres://…/db` with the database name replaced.
fn with_database(url: &str, name: &str) -> String {
    let (base, query) = url
        .split_once('?')
        .map_or((url, None), |(b, q)| (b, Some(q)));
    // The path starts at the first '/' after the scheme's "//" (none: no path).
    let authority = base.find("://").map_or(0, |i| i + 3);
    let cut = base[authority..]
        .find('/')
        .map_or(base.len(), |i| authority + i);
    let mut out = format!("{}/{name}", &base[..cut]);
    if let Some(q) = query {
        out.push('?');
        out.push_str(q);
    }
    out
}

// Each backend's search index is its own (PostgreSQL's generated `tsvector`
// column, SQLite's FTS5 tables): left out of the comparison.
async fn columns_pg(conn: &mut PgConnection) -> BTreeSet<(String, String)> {
    let rows = sqlx::query(
        "SELECT table_name::text AS t, column_name::text AS c FROM information_schema.columns \
         WHERE table_schema = 'public' AND table_name <> '_sqlx_migrations' \
         AND is_generated = 'NEVER'",
    )
    .fetch_all(conn)
    .await
    .unwrap();
    rows.iter().map(|r| (r.get("t"), r.get("c"))).collect()
}

async fn columns_sqlite(pool: &SqlitePool) -> BTreeSet<(String, String)> {
    let rows = sqlx::query(
        "SELECT m.name AS t, p.name AS c FROM sqlite_master m JOIN pragma_table_info(m.name) p \
         WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> '_sqlx_migrations' \
         AND m.name NOT LIKE 'articles_fts%'",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    rows.iter().map(|r| (r.get("t"), r.get("c"))).collect()
}

async fn generation(conn: &mut PgConnection) -> i64 {
    sqlx::query_scalar("SELECT generation FROM site_state")
        .fetch_one(conn)
        .await
        .unwrap()
}

#[tokio::test]
async fn postgres_schema_is_in_step_with_sqlite() {
    let Some(url) = server_url() else { return };
    let name = format!(
        "masthead_schema_{}_{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos()
    );
    let mut admin = PgConnection::connect(&url)
        .await
        .expect("PostgreSQL answers");
    admin
        .execute(format!("CREATE DATABASE {name}").as_str())
        .await
        .unwrap();
    let db = with_database(&url, &name);

    masthead_store::migrate(&db)
        .await
        .expect("migrations apply");
    masthead_store::migrate(&db)
        .await
        .expect("and apply again as a no-op");
    let sqlite_migrations =
        std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/migrations/sqlite"))
            .unwrap()
            .count();
    assert_eq!(
        masthead_store::postgres::MIGRATOR.iter().count(),
        sqlite_migrations,
        "one PostgreSQL migration per SQLite migration"
    );

    let dir = tempfile::tempdir().unwrap();
    let sqlite_url = format!("sqlite://{}?mode=rwc", dir.path().join("s.db").display());
    masthead_store::migrate(&sqlite_url).await.unwrap();
    let sqlite = SqlitePool::connect(&sqlite_url).await.unwrap();
    let mut conn = PgConnection::connect(&db).await.unwrap();
    let (pg_cols, lite_cols) = (columns_pg(&mut conn).await, columns_sqlite(&sqlite).await);
    assert!(pg_cols.len() > 60, "{pg_cols:?}");
    let differ: Vec<_> = pg_cols.symmetric_difference(&lite_cols).collect();
    assert!(differ.is_empty(), "tables and columns differ: {differ:?}");

    // The generation moves on an approved comment, not on a held one, as on SQLite.
    let g0 = generation(&mut conn).await;
    let article: i64 = sqlx::query_scalar(
        "INSERT INTO articles (slug, title, body_markdown, body_html, status, published_at, \
         created_at, updated_at) VALUES ('a', 'A', '', '', 'published', 0, 0, 0) RETURNING id",
    )
    .fetch_one(&mut conn)
    .await
    .unwrap();
    assert!(generation(&mut conn).await > g0);
    for (status, moves) in [("pending", false), ("approved", true)] {
        let before = generation(&mut conn).await;
        sqlx::query(
            "INSERT INTO comments (article_id, author_name, author_email, content_source, \
             content_html, status, created_at, updated_at) \
             VALUES ($1, 'n', 'e', 'c', 'c', $2, 0, 0)",
        )
        .bind(article)
        .bind(status)
        .execute(&mut conn)
        .await
        .unwrap();
        assert_eq!(generation(&mut conn).await > before, moves, "{status}");
    }
    let _ = conn.close().await;
    admin
        .execute(format!("DROP DATABASE {name} WITH (FORCE)").as_str())
        .await
        .unwrap();
}

/// Migration 0022: a site copied into PostgreSQL before `masthead copy`
/// kept comment ids used had its sequence at the largest comment copied,
/// below ids the moderation log and the outbox name; 0022 moves it past
/// them, so the next comment takes none of those ids.
#[tokio::test]
async fn migration_0022_moves_the_comment_ids_past_every_named_one() {
    let Some(url) = server_url() else { return };
    let name = format!(
        "masthead_ids_{}_{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos()
    );
    let mut admin = PgConnection::connect(&url).await.unwrap();
    admin
        .execute(format!("CREATE DATABASE {name}").as_str())
        .await
        .unwrap();
    let db = with_database(&url, &name);
    // The schema at 0021, from the same files.
    let dir = tempfile::tempdir().unwrap();
    let source = concat!(env!("CARGO_MANIFEST_DIR"), "/migrations/postgres");
    for entry in std::fs::read_dir(source).unwrap() {
        let path = entry.unwrap().path();
        let file = path.file_name().unwrap().to_string_lossy().to_string();
        if file[..4].parse::<u32>().unwrap() <= 21 {
            std::fs::copy(&path, dir.path().join(&file)).unwrap();
        }
    }
    let mut conn = PgConnection::connect(&db).await.unwrap();
    let old = sqlx::migrate::Migrator::new(dir.path()).await.unwrap();
    old.run(&mut conn).await.unwrap();
    for sql in [
        "INSERT INTO articles (id, slug, title, body_markdown, body_html, status, published_at, \
         created_at, updated_at) VALUES (1, 'one', 'One', 'b', '<p>b</p>', 'published', 1, 1, 1)",
        "INSERT INTO comments (id, article_id, author_name, author_email, content_source, \
         content_html, status, created_at, updated_at) \
         VALUES (3, 1, 'Ann', 'ann@example.com', 'x', '<p>x</p>', 'approved', 1, 1)",
        // As the copy left it: at the largest comment copied.
        "SELECT setval(pg_get_serial_sequence('comments', 'id'), 3)",
        "INSERT INTO moderation_log (comment_id, action, actor, via, at) \
         VALUES (9, 'delete', 'mod', 'cli', 2)",
        "INSERT INTO outbox (kind, recipient, body, comment_id, dedupe, created_at, \
         next_attempt_at) VALUES ('mail', 'mod@example.org', 'held', 12, 'held:12:mod', 3, 3)",
    ] {
        conn.execute(sql).await.unwrap();
    }
    conn.close().await.unwrap();

    masthead_store::migrate(&db).await.expect("0022 applies");
    let mut conn = PgConnection::connect(&db).await.unwrap();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO comments (article_id, author_name, author_email, content_source, \
         content_html, status, created_at, updated_at) \
         VALUES (1, 'Bob', 'bob@example.com', 'y', '<p>y</p>', 'pending', 4, 4) RETURNING id",
    )
    .fetch_one(&mut conn)
    .await
    .unwrap();
    assert_eq!(id, 13);
    conn.close().await.unwrap();
    admin
        .execute(format!("DROP DATABASE {name} WITH (FORCE)").as_str())
        .await
        .unwrap();
}
