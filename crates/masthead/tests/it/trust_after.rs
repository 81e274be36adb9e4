//! `comments.trust_after` (issue 25): how many approved comments a name and
//! email need before their comments skip the first-time hold. WordPress's
//! "previously approved" rule is 1; a site that knows anyone can type a
//! known name and email may ask for more, and 0 holds no newcomer.
use crate::helpers::{PASSWORD, TestApp, add_user, post_as, sign_in, stderr, stdout, visitor};
use masthead_core::comment::CommentStatus;
use masthead_core::ids::CommentId;
use masthead_core::user::Role;
use reqwest::StatusCode;

const REFUSAL: &str = "a number from 0 (hold no newcomer) to 1,000";

async fn post(app: &TestApp, article: i64, name: &str, email: &str, text: &str) -> i64 {
    app.comment_as(&visitor(), article, name, email, text, None)
        .await
}

/// The comment's status and why it was held.
async fn verdict(app: &TestApp, id: i64) -> (CommentStatus, String) {
    let c = app.store.comment(CommentId(id)).await.unwrap().unwrap();
    let reason = c.moderation_reason.map(|r| r.to_string());
    (
        c.status,
        crate::helpers::rules_reasons(&reason.unwrap_or_default()),
    )
}

async fn set(app: &TestApp, key: &str, value: &str) -> String {
    let out = app.cli(&["settings", "set", key, value]).await;
    assert!(out.status.success(), "{}", stderr(&out));
    stdout(&out)
}

#[tokio::test]
async fn trust_after_counts_a_commenters_approved_comments() {
    let (app, article) = TestApp::with_article().await;
    assert_eq!(
        set(&app, "comments.trust_after", "2").await.trim(),
        "comments.trust_after = 2"
    );
    let ann = |text: &'static str| post(&app, article, "Ann", "ann@example.org", text);

    let one = ann("One.").await;
    assert_eq!(
        verdict(&app, one).await,
        (
            CommentStatus::Pending,
            "first comments from this name and email (approved so far: 0 of 2)".into()
        )
    );
    app.approve(one).await;
    // One approved comment is not enough any more: still held, and the
    // moderator is told how far along she is.
    let two = ann("Two.").await;
    let (status, reason) = verdict(&app, two).await;
    assert_eq!(status, CommentStatus::Pending);
    assert!(reason.contains("approved so far: 1 of 2"), "{reason}");
    add_user(&app, "mod", Role::Moderator).await;
    let staff = visitor();
    sign_in(&app, &staff, "mod", PASSWORD).await;
    let queue = app.get_as(&staff, "/admin/comments").await;
    assert!(
        queue
            .text(&format!("#row-{two}"))
            .contains("first comments from this name and email (approved so far: 1 of 2)"),
        "{}",
        queue.body
    );
    app.approve(two).await;
    // Two: approved at once.
    let three = ann("Three.").await;
    assert_eq!(verdict(&app, three).await.0, CommentStatus::Approved);
    // The pair counts, not the name or the address alone.
    for (name, email) in [
        ("Ann", "ann@elsewhere.example"),
        ("Not Ann", "ann@example.org"),
    ] {
        let id = post(&app, article, name, email, "Me?").await;
        let (status, reason) = verdict(&app, id).await;
        assert_eq!(status, CommentStatus::Pending, "{name} <{email}>");
        assert!(reason.contains("approved so far: 0 of 2"), "{reason}");
    }

    // 0: the rule holds no newcomer (WordPress's option switched off).
    set(&app, "comments.trust_after", "0").await;
    let zoe = post(&app, article, "Zoe", "zoe@example.org", "New here.").await;
    assert_eq!(verdict(&app, zoe).await.0, CommentStatus::Approved);
    // WordPress's switch is the same setting under its old name.
    assert_eq!(
        set(&app, "comments.require_previously_approved", "true")
            .await
            .trim(),
        "comments.trust_after = 1"
    );
    let yan = post(&app, article, "Yan", "yan@example.org", "Hi.").await;
    assert_eq!(
        verdict(&app, yan).await,
        (
            CommentStatus::Pending,
            "first comments from this name and email (approved so far: 0 of 1)".into()
        )
    );
    set(&app, "comments.require_previously_approved", "false").await;
    let out = app.cli(&["settings", "get", "comments.trust_after"]).await;
    assert_eq!(stdout(&out).trim(), "0");
}

#[tokio::test]
async fn bad_trust_after_values_are_refused_by_the_cli_and_the_admin() {
    let app = TestApp::spawn().await;
    for bad in ["-1", "1001", "lots", "2.5", ""] {
        let out = app
            .cli(&["settings", "set", "--", "comments.trust_after", bad])
            .await;
        assert!(!out.status.success(), "{bad} was taken");
        let said = stderr(&out);
        assert!(
            said.contains("comments.trust_after") && said.contains(REFUSAL),
            "{bad}: {said}"
        );
    }
    let out = app.cli(&["settings", "get", "comments.trust_after"]).await;
    assert_eq!(stdout(&out).trim(), "1", "unchanged");

    add_user(&app, "root", Role::Admin).await;
    let admin = visitor();
    sign_in(&app, &admin, "root", PASSWORD).await;
    let page = app.get_as(&admin, "/admin/settings").await;
    assert_eq!(
        page.attr("#comments-trust_after", "value").as_deref(),
        Some("1")
    );
    let csrf = page.attr("input[name=_csrf]", "value").unwrap();
    let refused = post_as(
        &app,
        &admin,
        "/admin/settings",
        &[("_csrf", &csrf), ("comments.trust_after", "1001")],
    )
    .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let note = refused.text("#comments-trust_after-error");
    assert!(
        note.contains("comments.trust_after") && note.contains(REFUSAL),
        "{note}"
    );
    assert_eq!(
        refused.attr("#comments-trust_after", "value").as_deref(),
        Some("1001"),
        "the value is shown again"
    );
    let stored = app.store.settings().await.unwrap();
    assert!(!stored.iter().any(|(k, _)| k == "comments.trust_after"));
    let saved = post_as(
        &app,
        &admin,
        "/admin/settings",
        &[("_csrf", &csrf), ("comments.trust_after", "3")],
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let out = app.cli(&["settings", "get", "comments.trust_after"]).await;
    assert_eq!(stdout(&out).trim(), "3");
}
