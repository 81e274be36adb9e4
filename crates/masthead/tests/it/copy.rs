//! `masthead copy`: a whole site moved between SQLite and PostgreSQL, in both
//! directions, serves the same pages, JSON and staff views afterwards.
use crate::db::{TestDb, postgres_server};
use crate::helpers::{TestApp, add_user, run_cli, sign_in, stderr, stdout};
use masthead_core::store::{CommentFilter, Media};
use masthead_core::user::Role;
use reqwest::StatusCode;

/// What a reader, an API client and a moderator see, ids included.
async fn everything(app: &TestApp) -> Vec<String> {
    let mut out = Vec::new();
    for path in [
        "/articles/test-story",
        "/",
        "/wp-json/wp/v2/comments?post=1&per_page=100",
        "/wp-json/wp/v2/posts",
    ] {
        let page = app.get(path).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        // The form token is fresh on every view; everything else must match.
        // …and so is the port links are built with, and the number of the
        // database's change log a live stream starts after (each database
        // counts its own changes).
        let body =
            without_live_number(&without_form_token(&page.body)).replace(&app.base, "http://SITE");
        out.push(format!("{path}\n{body}"));
    }
    let staff = app
        .store
        .comments(&CommentFilter {
            status: None,
            article: None,
            search: None,
            limit: None,
            offset: 0,
            picked: false,
            order: Default::default(),
            reason: None,
            section: None,
            sections: None,
        })
        .await
        .unwrap();
    out.push(format!("{staff:#?}"));
    out.push(format!("{:?}", app.store.settings().await.unwrap()));
    out.push(format!(
        "{:?}",
        app.store.media("copy-test.png").await.unwrap()
    ));
    out
}

fn without_live_number(body: &str) -> String {
    body.split("last_event_id=")
        .enumerate()
        .map(|(i, part)| {
            if i == 0 {
                part.to_string()
            } else {
                part.trim_start_matches(|c: char| c.is_ascii_digit())
                    .to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("last_event_id=")
}

fn without_form_token(body: &str) -> String {
    body.split("name=\"mh_token\" value=\"")
        .enumerate()
        .map(|(i, part)| {
            if i == 0 {
                part.to_string()
            } else {
                part.split_once('"')
                    .map_or(part, |(_, rest)| rest)
                    .to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("name=\"mh_token\" value=\"")
}

async fn serve(db: TestDb, dir: tempfile::TempDir) -> TestApp {
    TestApp::spawn_on(
        db,
        dir,
        masthead_web::WebConfig::default(),
        masthead::server::HEADER_TIMEOUT,
    )
    .await
}

#[tokio::test]
async fn a_site_copied_to_the_other_backend_and_back_is_the_same_site() {
    let Some(server) = postgres_server() else {
        crate::helpers::skipped(
            "the copy test between backends (no PostgreSQL)",
            crate::helpers::POSTGRES_SETUP,
        );
        return;
    };
    let (app, article) = TestApp::with_article().await;
    let first = app
        .approved_comment(article, "Ann", "First <em>words</em>.", None)
        .await;
    app.approved_comment(article, "Bob", "A reply.", Some(first))
        .await;
    let visitor = crate::helpers::visitor();
    app.comment_as(
        &visitor,
        article,
        "Held",
        "held@example.com",
        "Not yet.",
        None,
    )
    .await;
    app.set("site.title", "Copied Times").await;
    add_user(&app, "mo", Role::Moderator).await;
    app.store
        .put_media(&Media {
            name: "copy-test.png".into(),
            content_type: "image/png".into(),
            bytes: vec![0x89, b'P', b'N', b'G', 0, 1, 2, 255],
        })
        .await
        .unwrap();
    let original = everything(&app).await;

    // To the other backend.
    let dir = tempfile::tempdir().unwrap();
    let other = if app.db.is_postgres() {
        TestDb::sqlite(dir.path(), "copy.db")
    } else {
        TestDb::postgres(&server).await
    };
    // A SQLite target is named as users would: a new file, no `?mode=rwc`.
    let target = other.url.replace("?mode=rwc", "");
    let out = run_cli(
        &app.db_url,
        &["copy", "--from", &app.db_url, "--to", &target],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("comments: 3"), "{}", stdout(&out));
    let other_url = other.url.clone();
    let copy = serve(other, dir).await;
    assert_eq!(everything(&copy).await, original);
    // The target's own search index holds the copied articles.
    let found = copy.get("/search?q=paragraph").await;
    assert!(
        found.body.contains("href=\"/articles/test-story\""),
        "{}",
        found.body
    );
    // The moderator's password came along.
    let page = sign_in(
        &copy,
        &crate::helpers::visitor(),
        "mo",
        crate::helpers::PASSWORD,
    )
    .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);

    // A second copy into the now non-empty database is refused, harmlessly.
    let again = run_cli(
        &app.db_url,
        &["copy", "--from", &app.db_url, "--to", &other_url],
    );
    assert!(!again.status.success());
    assert!(
        stderr(&again).contains("already holds a site"),
        "{}",
        stderr(&again)
    );
    assert_eq!(everything(&copy).await, original);

    // New rows continue after the copied ids (sequences moved on PostgreSQL).
    let newest = copy
        .approved_comment(article, "Cy", "After the move.", None)
        .await;
    assert!(newest > first + 2, "new id {newest} reuses a copied one");

    // And back again, into a fresh database of the first backend.
    let back_dir = tempfile::tempdir().unwrap();
    let back = if app.db.is_postgres() {
        TestDb::postgres(&server).await
    } else {
        TestDb::sqlite(back_dir.path(), "back.db")
    };
    let out = run_cli(
        &app.db_url,
        &["copy", "--from", &other_url, "--to", &back.url],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let back = serve(back, back_dir).await;
    assert_eq!(everything(&back).await, everything(&copy).await);
}

#[tokio::test]
async fn copy_refuses_unknown_databases_and_outdated_sources() {
    let out = run_cli(
        "sqlite://unused.db",
        &["copy", "--from", "mysql://x/y", "--to", "sqlite://z.db"],
    );
    assert!(!out.status.success());
    assert!(stderr(&out).contains("not supported"), "{}", stderr(&out));
    // A source without masthead's schema is not silently copied as empty.
    let dir = tempfile::tempdir().unwrap();
    let empty = format!(
        "sqlite://{}?mode=rwc",
        dir.path().join("empty.db").display()
    );
    std::fs::write(dir.path().join("empty.db"), b"").unwrap();
    let to = format!("sqlite://{}?mode=rwc", dir.path().join("to.db").display());
    let out = run_cli(&empty, &["copy", "--from", &empty, "--to", &to]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("masthead migrate"),
        "{}",
        stderr(&out)
    );
    // Nor is one from a newer masthead, whose extra columns would be lost.
    let newer = format!(
        "sqlite://{}?mode=rwc",
        dir.path().join("newer.db").display()
    );
    assert!(run_cli(&newer, &["migrate"]).status.success());
    let pool = sqlx::SqlitePool::connect(&newer).await.unwrap();
    sqlx::query(
        "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
         VALUES (99999, 'from the future', TRUE, x'00', 0)",
    )
    .execute(&pool)
    .await
    .unwrap();
    pool.close().await;
    let out = run_cli(&newer, &["copy", "--from", &newer, "--to", &to]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("newer masthead"), "{}", stderr(&out));
}

/// A copy keeps every comment id used: the target's next comment takes an
/// id above the deleted newest one's (named by the moderation log) and
/// above the newest one the source ever handed out, whichever the target's
/// backend. Before, the target's sequence stopped at the largest id copied.
#[tokio::test]
async fn a_copy_never_hands_out_a_deleted_comments_id() {
    let (app, article) = TestApp::with_article().await;
    app.approved_comment(article, "Ann", "Kept.", None).await;
    let logged = app
        .approved_comment(article, "Bob", "Deleted by staff.", None)
        .await;
    let out = app.cli(&["comments", "delete", &logged.to_string()]).await;
    assert!(out.status.success(), "{}", stderr(&out));
    // The newest of all, erased: nothing names it any more.
    let erased = app.approved_comment(article, "Cy", "Erased.", None).await;
    let out = app
        .cli(&["privacy", "erase", "cy@example.com", "--delete"])
        .await;
    assert!(out.status.success(), "{}", stderr(&out));

    let mut targets = vec![false];
    if postgres_server().is_some() {
        targets.push(true);
    }
    for to_pg in targets {
        let dir = tempfile::tempdir().unwrap();
        let other = match (to_pg, postgres_server()) {
            (true, Some(server)) => TestDb::postgres(&server).await,
            _ => TestDb::sqlite(dir.path(), "copy.db"),
        };
        let out = run_cli(
            &app.db_url,
            &["copy", "--from", &app.db_url, "--to", &other.url],
        );
        assert!(out.status.success(), "{}", stderr(&out));
        let copy = serve(other, dir).await;
        copy.set("comments.flood_seconds", "0").await;
        copy.set("comments.min_fill_seconds", "0").await;
        let next = copy
            .comment_as(
                &crate::helpers::visitor(),
                article,
                "Dee",
                "dee@example.com",
                "After the copy.",
                None,
            )
            .await;
        assert!(
            next > erased && erased > logged,
            "to PostgreSQL: {to_pg}: new id {next}, deleted {logged} and {erased}"
        );
    }
}
