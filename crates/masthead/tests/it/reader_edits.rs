//! The bounds of a commenter's own edits (issue 25), on the article page's
//! form and through the embed's API: an edit of a comment a moderator
//! approved goes back to the queue, saying why, and moderators are told as
//! of a new held comment; a comment approved at once by the rules keeps its
//! status; and a comment takes at most `MAX_EDITS` edits.
use crate::embed_reader::{JSON, PAGE, call, held_thread, text_of, thread};
use crate::helpers::{PASSWORD, TestApp, add_user, sign_in, visitor};
use crate::reader_features::{post_to, status_of};
use masthead_core::comment::{CommentStatus, ModerationReason};
use masthead_core::ids::CommentId;
use masthead_core::notify::bits;
use masthead_core::service::MAX_EDITS;
use masthead_core::user::Role;
use reqwest::StatusCode;
use serde_json::json;
use sqlx::Row;

async fn reason_of(app: &TestApp, id: i64) -> Option<String> {
    let c = app.store.comment(CommentId(id)).await.unwrap().unwrap();
    c.moderation_reason.map(|r| r.to_string())
}

/// The bits queued for the notification worker for a comment.
async fn queued(app: &TestApp, id: i64) -> Vec<i32> {
    let pool = app.db.pool().await;
    let rows = sqlx::query("SELECT bits FROM notify_queue WHERE comment_id = $1 ORDER BY id")
        .bind(id)
        .fetch_all(&pool)
        .await
        .unwrap();
    rows.iter().map(|r| r.get::<i32, _>("bits")).collect()
}

#[tokio::test]
async fn an_edit_of_a_comment_a_moderator_approved_is_held_again() {
    let (app, article) = TestApp::with_article().await;
    app.set("site.language", "fr").await;
    let author = visitor();
    let other = visitor();
    // A first comment is held; a moderator reads it and approves it.
    let held = app
        .comment_as(
            &author,
            article,
            "Ann Author",
            "ann@example.com",
            "Words a moderator read.",
            None,
        )
        .await;
    assert_eq!(status_of(&app, held).await, CommentStatus::Pending);
    app.approve(held).await;

    // A later comment is approved at once by the rules: an edit whose words
    // pass them keeps it approved, as before.
    let at_once = app
        .comment_as(
            &author,
            article,
            "Ann Author",
            "ann@example.com",
            "Approved at once.",
            None,
        )
        .await;
    assert_eq!(status_of(&app, at_once).await, CommentStatus::Approved);
    let (status, location, _) = post_to(
        &author,
        &app,
        &format!("/comments/{at_once}/edit"),
        &[("comment", "Approved at once, then edited.")],
    )
    .await;
    assert_eq!(
        (status, location),
        (StatusCode::SEE_OTHER, format!("/comments/{at_once}"))
    );
    assert_eq!(status_of(&app, at_once).await, CommentStatus::Approved);

    // The moderator's approval was of other words: the edit is held again.
    let (status, location, body) = post_to(
        &author,
        &app,
        &format!("/comments/{held}/edit"),
        &[("comment", "Now a link to https://spam.example/ instead.")],
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{body}");
    assert!(
        location.ends_with(&format!("#comment-{held}")),
        "{location}"
    );
    assert_eq!(status_of(&app, held).await, CommentStatus::Pending);
    assert_eq!(
        reason_of(&app, held).await,
        Some(ModerationReason::EditedAfterApproval.to_string())
    );
    let theirs = app.get_as(&other, "/articles/test-story").await;
    assert!(!theirs.has(&format!("#comment-{held}")));
    assert!(!theirs.body.contains("spam.example"));
    // Its author still sees it, marked as held.
    let mine = app.get_as(&author, "/articles/test-story").await;
    assert!(
        mine.has(&format!("#comment-{held} .comment-awaiting-moderation")),
        "{}",
        mine.body
    );
    // Moderators are told, as of a new held comment...
    assert!(queued(&app, held).await.contains(&bits::HELD_AGAIN));
    // ...and the queue says why, in the site's language.
    add_user(&app, "mod", Role::Moderator).await;
    let staff = visitor();
    sign_in(&app, &staff, "mod", PASSWORD).await;
    let queue = app.get_as(&staff, "/admin/comments?status=pending").await;
    let row = queue.text(&format!("#row-{held}"));
    assert!(
        row.contains("modifié après l’approbation d’un modérateur"),
        "{row}"
    );
}

/// The notice moderators get of a comment held again by its author's edit:
/// a second webhook (and mail), its reason saying so, the first not
/// swallowing it.
#[tokio::test]
async fn moderators_are_told_of_an_edit_held_again() {
    use axum::routing::post;
    use std::sync::{Arc, Mutex};
    use std::time::{Duration, Instant};
    let got: Arc<Mutex<Vec<serde_json::Value>>> = Arc::default();
    let seen = got.clone();
    let hook = axum::Router::new().route(
        "/hook",
        post(move |body: String| {
            let seen = seen.clone();
            async move {
                let json = serde_json::from_str(&body).unwrap_or_default();
                seen.lock().expect("lock").push(json);
                axum::http::StatusCode::OK
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, hook).await });
    let (app, article) = crate::notify::quiet_site().await;
    app.set("notify.webhooks", &format!("http://{addr}/hook"))
        .await;
    crate::notify::start_worker(&app, crate::notify::config(None)).await;
    let wait_for = |n: usize| {
        let got = got.clone();
        async move {
            let start = Instant::now();
            while got.lock().expect("lock").len() < n {
                assert!(start.elapsed() < Duration::from_secs(30), "no webhook {n}");
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }
    };
    let author = visitor();
    let id = app
        .comment_as(
            &author,
            article,
            "Ann Author",
            "ann@example.com",
            "Words a moderator read.",
            None,
        )
        .await;
    wait_for(1).await;
    app.approve(id).await;
    let (status, _, _) = post_to(
        &author,
        &app,
        &format!("/comments/{id}/edit"),
        &[("comment", "Other words.")],
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    wait_for(2).await;
    let second = got.lock().expect("lock")[1].clone();
    assert_eq!(second["comment_id"], id);
    assert_eq!(second["reason"], "edited after a moderator approved it");
    assert_eq!(second["content_text"], "Other words.");
    assert!(
        second["text"]
            .as_str()
            .is_some_and(|t| t.contains("edited by its author after a moderator approved it")),
        "{second}"
    );
    // The moderator's mail waits for an SMTP server: one for each notice.
    let pool = app.db.pool().await;
    let n: i64 = sqlx::query(
        "SELECT COUNT(*) AS n FROM outbox WHERE kind = 'mail' AND recipient = 'mod@example.org' \
         AND comment_id = $1",
    )
    .bind(id)
    .fetch_one(&pool)
    .await
    .unwrap()
    .get("n");
    assert_eq!(n, 2);
}

#[tokio::test]
async fn the_embed_holds_an_edit_of_a_comment_a_moderator_approved() {
    let app = TestApp::spawn().await;
    let (id, token) = held_thread(&app).await;
    assert_eq!(text_of(&app, id).await.1, CommentStatus::Pending);
    app.approve(id).await;
    let authored = ("x-masthead-authored", token.as_str());
    let (status, edited) = call(
        &app,
        reqwest::Method::PATCH,
        &format!("/api/comments/{id}"),
        &[JSON, authored],
        Some(json!({"comment": "Rewritten after approval."}).to_string()),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{edited}");
    assert_eq!(edited["comment"]["status"], "pending");
    assert_eq!(
        text_of(&app, id).await,
        (
            "Rewritten after approval.".to_string(),
            CommentStatus::Pending
        )
    );
    assert_eq!(
        reason_of(&app, id).await,
        Some(ModerationReason::EditedAfterApproval.to_string())
    );
    assert!(queued(&app, id).await.contains(&bits::HELD_AGAIN));
    let embed = format!("/api/embed?url={PAGE}");
    let (_, mine) = call(&app, reqwest::Method::GET, &embed, &[authored], None).await;
    let html = mine["html"].as_str().unwrap();
    assert!(
        html.contains("Rewritten after approval.") && html.contains("comment-awaiting-moderation"),
        "{html}"
    );
    let (_, theirs) = call(&app, reqwest::Method::GET, &embed, &[], None).await;
    assert!(!theirs["html"].as_str().unwrap().contains("Rewritten"));
}

#[tokio::test]
async fn edits_stop_at_the_limit_on_the_page() {
    let (app, article) = TestApp::with_article().await;
    app.set("comments.require_previously_approved", "false")
        .await;
    app.set("site.language", "de").await;
    let author = visitor();
    let id = app
        .comment_as(
            &author,
            article,
            "Ann Author",
            "ann@example.com",
            "Version 0.",
            None,
        )
        .await;
    let path = format!("/comments/{id}/edit");
    for n in 1..=MAX_EDITS {
        let text = format!("Version {n}.");
        let (status, _, body) = post_to(&author, &app, &path, &[("comment", &text)]).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "edit {n}: {body}");
    }
    let last = format!("Version {MAX_EDITS}.");
    let (status, _, body) = post_to(&author, &app, &path, &[("comment", "One too many.")]).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    assert!(
        body.contains("Ein Kommentar kann 10 Mal bearbeitet werden") && body.contains("<html"),
        "{body}"
    );
    // Nothing changed.
    assert_eq!(text_of(&app, id).await, (last, CommentStatus::Approved));
    let history = app.store.past_texts(CommentId(id)).await.unwrap();
    assert_eq!(history.len(), MAX_EDITS as usize);
    // The form says so before anything is typed.
    let form = app.get_as(&author, &path).await;
    assert_eq!(form.status, StatusCode::FORBIDDEN);
    assert!(
        form.body.contains("Ein Kommentar kann 10 Mal"),
        "{}",
        form.body
    );
}

#[tokio::test]
async fn edits_stop_at_the_limit_in_the_embed() {
    let app = TestApp::spawn().await;
    app.set("site.language", "de").await;
    let (id, token) = thread(&app).await;
    let path = format!("/api/comments/{id}");
    let authored = ("x-masthead-authored", token.as_str());
    let edit = |text: String| Some(json!({"comment": text}).to_string());
    for n in 1..MAX_EDITS {
        let (status, answer) = call(
            &app,
            reqwest::Method::PATCH,
            &path,
            &[JSON, authored],
            edit(format!("Version {n}.")),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "edit {n}: {answer}");
    }
    // The last allowed edit, sent several times at once: one is taken.
    let headers = [JSON, authored];
    let race = |k: u32| {
        call(
            &app,
            reqwest::Method::PATCH,
            &path,
            &headers,
            edit(format!("Racer {k}.")),
        )
    };
    let (a, b, c, d) = tokio::join!(race(0), race(1), race(2), race(3));
    let answers = [a, b, c, d];
    let taken = answers.iter().filter(|(s, _)| *s == StatusCode::OK).count();
    assert_eq!(taken, 1, "{answers:?}");
    for (status, answer) in answers.iter().filter(|(s, _)| *s != StatusCode::OK) {
        assert_eq!(*status, StatusCode::FORBIDDEN, "{answer}");
        assert_eq!(answer["code"], "edit_limit_reached");
        assert!(
            answer["message"]
                .as_str()
                .is_some_and(|m| m.contains("Ein Kommentar kann 10 Mal")),
            "{answer}"
        );
    }
    let (kept, status) = text_of(&app, id).await;
    assert!(kept.starts_with("Racer "), "{kept}");
    assert_eq!(status, CommentStatus::Approved);
    assert_eq!(
        app.store.past_texts(CommentId(id)).await.unwrap().len(),
        MAX_EDITS as usize
    );
    let (status, answer) = call(
        &app,
        reqwest::Method::PATCH,
        &path,
        &[JSON, authored],
        edit("One too many.".into()),
    )
    .await;
    assert_eq!(
        (status, answer["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("edit_limit_reached"))
    );
    assert_eq!(text_of(&app, id).await.0, kept);
}
