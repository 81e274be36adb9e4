//! A change to a story's discussion costs what it changed: a process that
//! read the discussion at change number N asks the database's change log
//! (migration 0013) for the comments touched since, on both backends.
use crate::helpers::{TestApp, metric, visitor};
use masthead_core::comment::{Actor, ModerationAction, PublicComment, Via, thread};
use masthead_core::ids::{ArticleId, CommentId};
use masthead_core::store::DiscussionChanges;

fn ids(comments: &[PublicComment]) -> Vec<i64> {
    let mut v: Vec<i64> = comments.iter().map(|c| c.id.0).collect();
    v.sort_unstable();
    v
}

/// `old` brought up to date with `changes`, as the page cache does it.
fn applied(old: &[PublicComment], changes: &DiscussionChanges) -> Vec<PublicComment> {
    let mut out: Vec<PublicComment> = old
        .iter()
        .filter(|c| !changes.touched.contains(&c.id))
        .cloned()
        .collect();
    out.extend(changes.approved.iter().cloned());
    out
}

async fn moderate(app: &TestApp, id: i64, action: ModerationAction) {
    let actor = Actor {
        user_id: None,
        name: "test".into(),
        via: Via::Cli,
        sections: Vec::new(),
    };
    masthead_core::service::moderate(
        app.store.as_ref(),
        &[CommentId(id)],
        action,
        &actor,
        chrono::Utc::now(),
    )
    .await
    .expect("moderate");
}

#[tokio::test]
async fn the_change_log_names_every_comment_a_change_touched() {
    let (app, a) = TestApp::with_article().await;
    let b = app
        .add_article("+++\ntitle = \"Other story\"\n+++\nBody.\n")
        .await;
    let store = app.store.as_ref();
    let article = ArticleId(a);
    let c1 = app.approved_comment(a, "Reader One", "First.", None).await;
    let c2 = app.approved_comment(a, "Reader Two", "Second.", None).await;
    let held = app
        .comment_as(
            &visitor(),
            a,
            "Held Reader",
            "held@example.com",
            "Held.",
            None,
        )
        .await;
    let first = store.approved_discussion(article).await.unwrap();
    assert_eq!(ids(&first.comments), vec![c1, c2]);

    // Nothing since: an empty answer, not a refusal.
    let none = store
        .discussion_changes(article, first.generation)
        .await
        .unwrap()
        .expect("the log reaches back to a fresh read");
    assert!(none.touched.is_empty() && none.approved.is_empty());

    // Every kind of change, some from outside the server (plain SQL, as
    // another process would), and one on another story.
    let c3 = app
        .approved_comment(a, "Reader Three", "Third.", Some(c1))
        .await;
    moderate(&app, held, ModerationAction::Approve).await;
    moderate(&app, c2, ModerationAction::Spam).await;
    let pool = app.db.pool().await;
    sqlx::query("UPDATE comments SET content_html = '<p>Edited.</p>' WHERE id = $1")
        .bind(c1)
        .execute(&pool)
        .await
        .unwrap();
    let elsewhere = app
        .approved_comment(b, "Reader Four", "Elsewhere.", None)
        .await;
    let changes = store
        .discussion_changes(article, first.generation)
        .await
        .unwrap()
        .expect("within the log");
    let mut touched: Vec<i64> = changes.touched.iter().map(|c| c.0).collect();
    touched.sort_unstable();
    let mut expected = vec![c1, c2, c3, held];
    expected.sort_unstable();
    assert_eq!(touched, expected, "and not {elsewhere}, on another story");
    let whole = store.approved_discussion(article).await.unwrap();
    assert!(changes.generation >= whole.generation - 1);
    let updated = applied(&first.comments, &changes);
    assert_eq!(ids(&updated), ids(&whole.comments));
    // The same threaded list, edits included, as a whole read gives.
    assert_eq!(thread(updated, 5), thread(whole.comments.clone(), 5));

    // A deletion, and a comment moved to the other story.
    moderate(&app, c3, ModerationAction::Delete).await;
    sqlx::query("UPDATE comments SET article_id = $1 WHERE id = $2")
        .bind(b)
        .bind(held)
        .execute(&pool)
        .await
        .unwrap();
    let later = store
        .discussion_changes(article, whole.generation)
        .await
        .unwrap()
        .expect("within the log");
    let now = store.approved_discussion(article).await.unwrap();
    assert_eq!(ids(&applied(&whole.comments, &later)), ids(&now.comments));
    assert_eq!(ids(&now.comments), vec![c1]);
    let other = store.approved_discussion(ArticleId(b)).await.unwrap();
    assert!(ids(&other.comments).contains(&held));

    // A number the database never reached (a restored or replaced file),
    // or older than where the log is complete: only a whole read can say.
    assert!(
        store
            .discussion_changes(article, now.generation + 5)
            .await
            .unwrap()
            .is_none()
    );
    sqlx::query("UPDATE site_state SET changes_since = generation WHERE id = 1")
        .execute(&pool)
        .await
        .unwrap();
    assert!(
        store
            .discussion_changes(article, now.generation - 1)
            .await
            .unwrap()
            .is_none()
    );
    pool.close().await;
}

/// The log keeps the last 10,000 numbers: after more changes than that, a
/// reader who knew an older number is told to read the whole discussion.
/// (SQLite's triggers move the number once per row, so one transaction is
/// enough to go past the window.)
#[tokio::test]
async fn the_log_is_pruned_and_says_so() {
    let (app, a) = TestApp::with_article().await;
    if app.db.is_postgres() {
        // PostgreSQL moves the number once per statement: the same rule is
        // covered above by moving `changes_since` by hand.
        return;
    }
    let store = app.store.as_ref();
    let first = store.approved_discussion(ArticleId(a)).await.unwrap();
    let pool = app.db.pool().await;
    let mut tx = pool.begin().await.unwrap();
    for i in 0..10_200 {
        sqlx::query(
            "INSERT INTO comments (article_id, author_name, author_email, content_source, \
             content_html, status, created_at, updated_at) \
             VALUES ($1, 'Bulk', 'bulk@example.com', $2, $2, 'approved', 1, 1)",
        )
        .bind(a)
        .bind(format!("Bulk {i}"))
        .execute(&mut *tx)
        .await
        .unwrap();
    }
    tx.commit().await.unwrap();
    let kept: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM comment_changes")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert!(kept <= 10_064, "the log was pruned: {kept} rows");
    assert!(
        store
            .discussion_changes(ArticleId(a), first.generation)
            .await
            .unwrap()
            .is_none(),
        "the log no longer reaches back to the first read"
    );
    let recent = store.approved_discussion(ArticleId(a)).await.unwrap();
    assert_eq!(recent.comments.len(), 10_200);
    assert!(
        store
            .discussion_changes(ArticleId(a), recent.generation)
            .await
            .unwrap()
            .is_some()
    );
    pool.close().await;
}

/// Through the server: after the first read, a new comment on a story, or
/// one approved by another process, brings the kept discussion up to date
/// from the log (by metric), and the next view shows it.
#[tokio::test]
async fn pages_after_a_change_are_cut_from_the_updated_discussion() {
    let (app, a) = TestApp::with_article().await;
    let reads = || async {
        let text = app.get("/metrics").await.body;
        (
            metric(&text, "masthead_discussion_reads{kind=\"whole\"}"),
            metric(&text, "masthead_discussion_reads{kind=\"updated\"}"),
        )
    };
    app.approved_comment(a, "Reader One", "The first comment.", None)
        .await;
    assert!(
        app.get("/articles/test-story")
            .await
            .body
            .contains("The first comment.")
    );
    let (whole, updated) = reads().await;
    assert!(whole >= 1.0);

    app.approved_comment(a, "Reader Two", "A second comment.", None)
        .await;
    let page = app.get("/articles/test-story").await.body;
    assert!(page.contains("The first comment.") && page.contains("A second comment."));
    let held = app
        .comment_as(
            &visitor(),
            a,
            "Held Reader",
            "held@example.com",
            "Held until now.",
            None,
        )
        .await;
    let out = app.cli(&["comments", "approve", &held.to_string()]).await;
    assert!(out.status.success());
    assert!(
        app.get("/articles/test-story")
            .await
            .body
            .contains("Held until now.")
    );
    let (whole_after, updated_after) = reads().await;
    assert_eq!(whole_after, whole, "no whole read after the first");
    assert!(
        updated_after >= updated + 2.0,
        "{updated} -> {updated_after}"
    );
}
