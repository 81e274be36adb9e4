//! Every change of a comment's status goes through one use case and leaves
//! a moderation-log line naming who made it (issue 26): staff through their
//! door (a REST `status`, a reply from the queue that approves its parent),
//! a commenter changing their own comment (an edit held again, a deletion),
//! masthead's own rules (readers' reports crossing the threshold). And the
//! reasons stored as English sentences before they were codes are read as
//! codes once the store opens the database.
use crate::helpers::{
    ARTICLE, PASSWORD, TestApp, add_user, app_password, call, post_as, sign_in, stdout, visitor,
};
use masthead_core::comment::{CommentStatus, ModerationReason, ReportReason};
use masthead_core::ids::CommentId;
use masthead_core::store::ModerationEntry;
use masthead_core::user::Role;
use reqwest::{Method, StatusCode};
use serde_json::json;

/// A form POST to `path` as `client`, from `ip` (the app trusts the proxy
/// on 127.0.0.1, so each reader can speak from its own network).
async fn post_from(
    app: &TestApp,
    client: &reqwest::Client,
    ip: &str,
    path: &str,
    form: &[(&str, &str)],
) -> StatusCode {
    client
        .post(format!("{}{path}", app.base))
        .header("x-forwarded-for", ip)
        .form(form)
        .send()
        .await
        .unwrap()
        .status()
}

/// The log of one comment, newest first, as (action, actor, user id, via).
async fn log_of(app: &TestApp, id: i64) -> Vec<(String, String, Option<i64>, String)> {
    let log: Vec<ModerationEntry> = app
        .store
        .moderation_log(Some(CommentId(id)), 20)
        .await
        .unwrap();
    log.into_iter()
        .map(|e| (e.action, e.actor, e.user_id, e.via))
        .collect()
}

fn line(
    action: &str,
    actor: &str,
    user: Option<i64>,
    via: &str,
) -> (String, String, Option<i64>, String) {
    (action.into(), actor.into(), user, via.into())
}

async fn comment(app: &TestApp, id: i64) -> masthead_core::comment::Comment {
    app.store.comment(CommentId(id)).await.unwrap().unwrap()
}

async fn user_id(app: &TestApp, name: &str) -> Option<i64> {
    app.store.user_by_name(name).await.unwrap().map(|u| u.id)
}

#[tokio::test]
async fn every_status_change_is_logged_under_who_made_it() {
    let app = TestApp::behind_proxy().await;
    let article = app.add_article(ARTICLE).await;
    app.set("comments.report_threshold", "1").await;
    add_user(&app, "ad", Role::Admin).await;
    add_user(&app, "mo", Role::Moderator).await;
    let mo_password = app_password(&app, "mo").await;

    // A commenter's edit of a comment a moderator approved: held again by
    // its author, and the moderators are queued to hear of it.
    let author = visitor();
    let edited = app
        .comment_as(
            &author,
            article,
            "Ann Author",
            "ann@example.com",
            "Words a moderator read.",
            None,
        )
        .await;
    app.approve(edited).await;
    let path = format!("/comments/{edited}/edit");
    let edit = post_from(
        &app,
        &author,
        "127.0.0.1",
        &path,
        &[("comment", "New words.")],
    )
    .await;
    assert_eq!(edit, StatusCode::SEE_OTHER);
    let c = comment(&app, edited).await;
    assert_eq!(
        (c.status, c.content_source.as_str()),
        (CommentStatus::Pending, "New words.")
    );
    assert_eq!(
        c.moderation_reason.unwrap().as_slice()[0],
        ModerationReason::EditedAfterApproval
    );
    assert_eq!(
        log_of(&app, edited).await,
        [
            line("unapprove", "author", None, "reader"),
            line("approve", "test", None, "cli"),
        ]
    );
    // The edit history keeps the words it replaced, as approved.
    let past = app.store.past_texts(CommentId(edited)).await.unwrap();
    assert_eq!(
        (past.len(), past[0].status, past[0].content_source.as_str()),
        (1, CommentStatus::Approved, "Words a moderator read.")
    );

    // A commenter deletes their own comment: to the trash, by its author.
    let deleted = app
        .comment_as(
            &author,
            article,
            "Ann Author",
            "ann@example.com",
            "Second thoughts.",
            None,
        )
        .await;
    let path = format!("/comments/{deleted}/delete");
    assert_eq!(
        post_from(&app, &author, "127.0.0.1", &path, &[]).await,
        StatusCode::OK
    );
    let c = comment(&app, deleted).await;
    assert_eq!(c.status, CommentStatus::Trash);
    assert_eq!(
        c.moderation_reason.map(|r| r.to_string()).as_deref(),
        Some("Deleted by its author")
    );
    assert_eq!(
        log_of(&app, deleted).await,
        [line("trash", "author", None, "reader")]
    );

    // Readers' reports cross the threshold (1: two new readers, each from
    // its own network): masthead's rule holds the comment, once.
    let reported = app
        .approved_comment(article, "Loud Reader", "Something rude.", None)
        .await;
    let path = format!("/comments/{reported}/report");
    for ip in ["203.0.113.7", "198.51.100.7"] {
        let report = post_from(&app, &visitor(), ip, &path, &[("reason", "abusive")]).await;
        assert_eq!(report, StatusCode::OK, "{ip}");
    }
    let c = comment(&app, reported).await;
    assert_eq!(c.status, CommentStatus::Pending);
    // Hidden by automated means, and its page says so (EU DSA art. 17).
    let page = app.get(&format!("/comments/{reported}")).await;
    assert_eq!(page.status, StatusCode::GONE);
    for words in [
        "Readers reported the comment; it was hidden automatically",
        "Automated means were used in this decision.",
    ] {
        assert!(page.body.contains(words), "{words}: {}", page.body);
    }
    assert_eq!(
        c.moderation_reason.unwrap().as_slice(),
        [ModerationReason::Reported {
            readers: 2,
            kinds: vec![ReportReason::Abusive]
        }]
    );
    assert_eq!(
        log_of(&app, reported).await,
        [
            line("unapprove", "reports", None, "system"),
            line("approve", "test", None, "cli"),
        ],
        "held once, by the report that crossed"
    );

    // A REST `status`: the moderator's, through the REST door.
    let held = app
        .comment_as(
            &visitor(),
            article,
            "Rest Reader",
            "rest@example.com",
            "Held at first.",
            None,
        )
        .await;
    let (code, _, body) = call(
        &app,
        Method::POST,
        &format!("/wp-json/wp/v2/comments/{held}"),
        Some(("mo", &mo_password)),
        Some(json!({ "status": "approved" })),
    )
    .await;
    assert_eq!(code, StatusCode::OK, "{body}");
    assert_eq!(comment(&app, held).await.status, CommentStatus::Approved);
    assert_eq!(
        log_of(&app, held).await,
        [line("approve", "mo", user_id(&app, "mo").await, "rest")]
    );

    // A staff reply from the queue approves its held parent, logged under
    // the admin who replied.
    let parent = app
        .comment_as(
            &visitor(),
            article,
            "Asking Reader",
            "ask@example.com",
            "Is this confirmed?",
            None,
        )
        .await;
    let staff = visitor();
    sign_in(&app, &staff, "ad", PASSWORD).await;
    let queue = app.get_as(&staff, "/admin/comments").await;
    let csrf = queue.attr("#queue input[name=_csrf]", "value").unwrap();
    let reply_field = format!("reply_{parent}");
    let reply = post_as(
        &app,
        &staff,
        "/admin/comments",
        &[
            ("_csrf", &csrf),
            (&reply_field, "Yes, confirmed."),
            ("action", &format!("reply:{parent}")),
        ],
    )
    .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert_eq!(comment(&app, parent).await.status, CommentStatus::Approved);
    assert_eq!(
        log_of(&app, parent).await,
        [line("approve", "ad", user_id(&app, "ad").await, "admin")]
    );

    // The command line shows who acted, and where from.
    let out = app.cli(&["comments", "log", &reported.to_string()]).await;
    let printed = stdout(&out);
    assert!(printed.contains("reports (system)"), "{printed}");
    let out = app.cli(&["comments", "log", &edited.to_string()]).await;
    let printed = stdout(&out);
    assert!(printed.contains("author (reader)"), "{printed}");
}

#[tokio::test]
async fn reasons_stored_as_sentences_are_read_as_codes() {
    let (app, article) = TestApp::with_article().await;
    // (as stored, the codes read, told in English now)
    let ids = [
        (
            "contains 3 links (limit 2); first comment from this name and email",
            "contains 3 links (limit 2); first comments from this name and email (approved so far: 0 of 1)",
            vec![
                ModerationReason::TooManyLinks { links: 3, limit: 2 },
                ModerationReason::FirstComment {
                    approved: 0,
                    needed: 1,
                },
            ],
        ),
        (
            "Reported by 2 readers (abusive, spam)",
            "Reported by 2 readers (abusive, spam)",
            vec![ModerationReason::Reported {
                readers: 2,
                kinds: vec![ReportReason::Abusive, ReportReason::Spam],
            }],
        ),
        (
            "a rule of long ago",
            "a rule of long ago",
            vec![ModerationReason::Text("a rule of long ago".into())],
        ),
    ];
    let pool = app.db.pool().await;
    let mut stored = Vec::new();
    for (n, (words, _, _)) in ids.iter().enumerate() {
        let id = app
            .comment_as(
                &visitor(),
                article,
                "Old Reader",
                &format!("old{n}@example.com"),
                &format!("Held long ago, {n}."),
                None,
            )
            .await;
        // As a masthead from before reasons were codes wrote it.
        sqlx::query("UPDATE comments SET moderation_reason = $1 WHERE id = $2")
            .bind(*words)
            .bind(id)
            .execute(&pool)
            .await
            .unwrap();
        stored.push(id);
    }
    // The next process to open the database converts them.
    let store = masthead_store::connect(&app.db_url).await.unwrap();
    for (id, (words, english, codes)) in stored.iter().zip(&ids) {
        let c = store.comment(CommentId(*id)).await.unwrap().unwrap();
        let reasons = c.moderation_reason.unwrap();
        assert_eq!(reasons.as_slice(), codes.as_slice(), "{words}");
        assert_eq!(reasons.to_string(), *english);
        let raw: String =
            sqlx::query_scalar("SELECT moderation_reason FROM comments WHERE id = $1")
                .bind(*id)
                .fetch_one(&pool)
                .await
                .unwrap();
        assert!(raw.starts_with("[{\"code\":"), "{raw}");
    }
}
