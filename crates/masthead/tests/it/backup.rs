//! `masthead backup` takes a consistent snapshot while the server runs;
//! `masthead restore` brings it back, also while the server runs.
use crate::helpers::{TestApp, stderr, visitor};

#[tokio::test]
async fn backup_and_restore_round_trip_while_the_server_runs() {
    let (app, id) = TestApp::with_article().await;
    let kept = app
        .approved_comment(id, "Before Backup", "In the snapshot.", None)
        .await;
    let dir = tempfile::tempdir().unwrap();
    let snap = dir.path().join("site.backup");
    let snap_s = snap.to_str().unwrap();

    let out = app.cli(&["backup", snap_s]).await;
    assert!(out.status.success(), "{}", stderr(&out));
    // A second backup to the same file is refused; the snapshot is untouched.
    let again = app.cli(&["backup", snap_s]).await;
    assert!(!again.status.success() && stderr(&again).contains("already exists"));

    // Change the live site after the snapshot.
    let later = app
        .approved_comment(id, "After Backup", "Not in the snapshot.", None)
        .await;
    assert!(
        app.cli(&["comments", "trash", &kept.to_string()])
            .await
            .status
            .success()
    );
    let page = app.get_as(&visitor(), "/articles/test-story").await;
    assert!(page.body.contains("Not in the snapshot.") && !page.body.contains("In the snapshot."));

    let out = app.cli(&["restore", snap_s]).await;
    assert!(out.status.success(), "{}", stderr(&out));
    let page = app.get_as(&visitor(), "/articles/test-story").await;
    if !page.has(&format!("#comment-{kept}")) {
        let pool = app.db.pool().await;
        let stored: (i64, String) = sqlx::query_as(
            "SELECT (SELECT generation FROM site_state WHERE id = 1), \
             (SELECT status FROM comments WHERE id = $1)",
        )
        .bind(kept)
        .fetch_one(&pool)
        .await
        .unwrap();
        panic!(
            "restored comment missing: page status {}, ETag {:?}, database generation and \
             status {stored:?}, server's generation {}\n{}",
            page.status,
            page.headers.get("etag"),
            app.store.generation().await.unwrap(),
            page.body
        );
    }
    assert!(
        !page.has(&format!("#comment-{later}")),
        "comment made after the backup survived"
    );

    if !app.db.is_postgres() {
        let check: String = sqlx::query_scalar("PRAGMA integrity_check")
            .fetch_one(
                masthead_store::SqliteStore::open(&app.db_url)
                    .await
                    .unwrap()
                    .pool(),
            )
            .await
            .unwrap();
        assert_eq!(check, "ok");
    }
    // The running server keeps working on the restored data.
    let next = app
        .approved_comment(id, "After Restore", "Still works.", None)
        .await;
    assert!(
        app.get("/articles/test-story")
            .await
            .has(&format!("#comment-{next}"))
    );
}

#[tokio::test]
async fn restore_refuses_what_is_not_a_backup_and_changes_nothing() {
    let (app, id) = TestApp::with_article().await;
    let c = app
        .approved_comment(id, "Survivor", "Still here.", None)
        .await;
    let dir = tempfile::tempdir().unwrap();
    let junk = dir.path().join("junk.backup");
    std::fs::write(&junk, b"this is not a database").unwrap();
    let out = app.cli(&["restore", junk.to_str().unwrap()]).await;
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("not a masthead backup"),
        "{}",
        stderr(&out)
    );
    let out = app
        .cli(&["restore", dir.path().join("missing").to_str().unwrap()])
        .await;
    assert!(stderr(&out).contains("does not exist"));
    assert!(
        app.get("/articles/test-story")
            .await
            .has(&format!("#comment-{c}"))
    );
}

/// A backup is one file: copied or moved alone (the obvious thing to do with
/// it), it still holds the whole site. Found by the flake hunt: on PostgreSQL
/// the rows written last could stay in a `-wal` file beside the backup, and a
/// restore, which copies the file alone, silently lost them.
#[tokio::test]
async fn every_backup_is_one_whole_file() {
    let (app, id) = TestApp::with_article().await;
    for i in 0..5 {
        app.approved_comment(id, &format!("Reader {i}"), "In every backup.", None)
            .await;
    }
    let dir = tempfile::tempdir().unwrap();
    let moved = tempfile::tempdir().unwrap();
    for round in 0..8 {
        let file = dir.path().join(format!("site-{round}.backup"));
        let out = app.cli(&["backup", file.to_str().unwrap()]).await;
        assert!(out.status.success(), "{}", stderr(&out));
        for suffix in ["-wal", "-shm"] {
            let companion = format!("{}{suffix}", file.display());
            assert!(
                !std::path::Path::new(&companion).exists(),
                "backup {round} left {companion} beside it"
            );
        }
        let alone = moved.path().join(format!("site-{round}.db"));
        std::fs::copy(&file, &alone).unwrap();
        let pool = sqlx::SqlitePool::connect(&format!("sqlite://{}?mode=ro", alone.display()))
            .await
            .unwrap();
        let (articles, comments): (i64, i64) = sqlx::query_as(
            "SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM comments)",
        )
        .fetch_one(&pool)
        .await
        .unwrap();
        pool.close().await;
        assert_eq!(
            (articles, comments),
            (1, 5),
            "backup {round}, copied alone, lacks rows"
        );
    }
}
