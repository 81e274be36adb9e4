//! The SQLite store reads the cache generation only when the wal-index header
//! says something was committed: every commit by another connection (here a
//! separate pool, as another process would hold) must still be seen at once.
use masthead_core::store::SettingsStore;
use masthead_store::SqliteStore;
use sqlx::SqlitePool;

#[tokio::test]
async fn every_commit_elsewhere_is_seen_by_the_next_generation_read() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("g.db").display());
    let store = SqliteStore::open(&url).await.unwrap();
    let other = SqlitePool::connect(&url).await.unwrap();
    let mut last = store.generation().await.unwrap();
    // Unchanged while nothing is written, and answered without a query.
    let asked = store.generation_queries();
    for _ in 0..3 {
        assert_eq!(store.generation().await.unwrap(), last);
    }
    assert_eq!(store.generation_queries(), asked, "no commit, no query");
    for i in 0..300 {
        sqlx::query(
            "INSERT INTO settings (key, value) VALUES ('site.title', $1) \
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )
        .bind(format!("Title {i}"))
        .execute(&other)
        .await
        .unwrap();
        let asked = store.generation_queries();
        let now = store.generation().await.unwrap();
        assert!(now > last, "commit {i} by another connection not seen");
        assert_eq!(store.generation_queries(), asked + 1);
        last = now;
        // A commit that does not move the generation (a session row) is
        // noticed too, and the number read again is the same.
        if i % 50 == 0 {
            sqlx::query(
                "INSERT INTO secrets (name, value) VALUES ($1, x'00') ON CONFLICT (name) DO NOTHING",
            )
            .bind(format!("probe-{i}"))
            .execute(&other)
            .await
            .unwrap();
            assert_eq!(store.generation().await.unwrap(), last);
        }
    }
    // The store's own writes, and after a checkpoint that restarts the WAL.
    store.put_setting("site.title", "Mine").await.unwrap();
    let mine = store.generation().await.unwrap();
    assert!(mine > last);
    let (busy, _, _): (i64, i64, i64) = sqlx::query_as("PRAGMA wal_checkpoint(TRUNCATE)")
        .fetch_one(&other)
        .await
        .unwrap();
    assert_eq!(
        busy, 0,
        "the checkpoint ran, so the next commit restarts the WAL"
    );
    sqlx::query("UPDATE settings SET value = 'After checkpoint' WHERE key = 'site.title'")
        .execute(&other)
        .await
        .unwrap();
    assert!(store.generation().await.unwrap() > mine);
}

/// A server restarted on a quiet database finds the WAL empty (its last
/// close checkpointed it): cached reads must still make no query, and the
/// first commit after that is seen at once.
#[tokio::test]
async fn an_empty_wal_after_a_restart_needs_no_query_per_read() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("r.db").display());
    {
        let store = SqliteStore::open(&url).await.unwrap();
        store.put_setting("site.title", "Before").await.unwrap();
        store.pool().close().await;
    }
    let store = SqliteStore::open(&url).await.unwrap();
    let (busy, frames, _): (i64, i64, i64) = sqlx::query_as("PRAGMA wal_checkpoint(TRUNCATE)")
        .fetch_one(store.pool())
        .await
        .unwrap();
    assert_eq!(
        (busy, frames),
        (0, 0),
        "the WAL is empty, as after a restart"
    );
    let first = store.generation().await.unwrap();
    let asked = store.generation_queries();
    for _ in 0..5 {
        assert_eq!(store.generation().await.unwrap(), first);
    }
    assert_eq!(store.generation_queries(), asked, "no commit, no query");
    let other = SqlitePool::connect(&url).await.unwrap();
    sqlx::query("UPDATE settings SET value = 'After' WHERE key = 'site.title'")
        .execute(&other)
        .await
        .unwrap();
    assert!(store.generation().await.unwrap() > first);
    // A TRUNCATE checkpoint leaves no frames again, with new salts: one
    // query to learn that nothing changed, then none.
    sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
        .fetch_one(&other)
        .await
        .unwrap();
    let now = store.generation().await.unwrap();
    let asked = store.generation_queries();
    assert_eq!(store.generation().await.unwrap(), now);
    assert_eq!(store.generation_queries(), asked);
}
