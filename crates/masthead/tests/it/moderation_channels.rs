//! The three ways to moderate — the admin queue, the REST API and the command
//! line — go through one use case: the same action gives the same result, the
//! same refusal the same answer, and each is logged under whoever acted.
use crate::helpers::{
    PASSWORD, TestApp, add_user, app_password, call, post_as, sign_in, stderr, visitor,
};
use masthead_core::ids::CommentId;
use masthead_core::user::Role;
use reqwest::{Method, StatusCode};
use serde_json::json;

const UNKNOWN: &str = "987654321";

/// A server with an article, a signed-in admin ("ad") and a moderator ("mo")
/// with an application password.
struct Desk {
    app: TestApp,
    article: i64,
    staff: reqwest::Client,
    csrf: String,
    mo: String,
}

impl Desk {
    async fn new() -> Self {
        let (app, article) = TestApp::with_article().await;
        add_user(&app, "ad", Role::Admin).await;
        add_user(&app, "mo", Role::Moderator).await;
        let mo = app_password(&app, "mo").await;
        let staff = visitor();
        assert_eq!(
            sign_in(&app, &staff, "ad", PASSWORD).await.status,
            StatusCode::SEE_OTHER
        );
        let queue = app.get_as(&staff, "/admin/comments").await;
        let csrf = queue.attr("#queue input[name=_csrf]", "value").unwrap();
        Self {
            app,
            article,
            staff,
            csrf,
            mo,
        }
    }

    async fn held_comment(&self, n: usize) -> i64 {
        let name = format!("Reader {n}");
        let email = format!("reader{n}@example.com");
        self.app
            .comment_as(
                &visitor(),
                self.article,
                &name,
                &email,
                &format!("Comment number {n}."),
                None,
            )
            .await
    }

    async fn stored(&self, id: i64) -> masthead_core::comment::Comment {
        let c = self.app.store.comment(CommentId(id)).await.unwrap();
        c.expect("the comment is stored")
    }

    async fn status(&self, id: i64) -> Option<String> {
        self.app
            .store
            .comment(CommentId(id))
            .await
            .unwrap()
            .map(|c| c.status.to_string())
    }

    async fn admin(&self, verb: &str, ids: &[i64]) -> crate::helpers::Page {
        let ids: Vec<String> = ids.iter().map(ToString::to_string).collect();
        let mut fields = vec![("_csrf", self.csrf.as_str()), ("bulk_action", verb)];
        fields.extend(ids.iter().map(|i| ("ids", i.as_str())));
        post_as(&self.app, &self.staff, "/admin/comments", &fields).await
    }

    /// `POST /wp-json/wp/v2/comments/ID` as the moderator.
    async fn rest_update(
        &self,
        id: &str,
        body: serde_json::Value,
    ) -> (StatusCode, serde_json::Value) {
        let (code, _, body) = call(
            &self.app,
            Method::POST,
            &format!("/wp-json/wp/v2/comments/{id}"),
            Some(("mo", &self.mo)),
            Some(body),
        )
        .await;
        (code, body)
    }

    async fn rest_status(&self, id: &str, status: &str) -> (StatusCode, serde_json::Value) {
        self.rest_update(id, json!({ "status": status })).await
    }

    async fn cli(&self, verb: &str, ids: &[&str]) -> std::process::Output {
        let mut args = vec!["comments", verb];
        args.extend_from_slice(ids);
        self.app.cli(&args).await
    }
}

#[tokio::test]
async fn each_action_ends_the_same_whichever_way_it_is_taken() {
    let desk = Desk::new().await;
    // (admin and CLI verb, REST status, the status every channel must leave)
    let cases = [
        ("approve", "approved", Some("approved")),
        ("unapprove", "hold", Some("pending")),
        ("spam", "spam", Some("spam")),
        ("trash", "trash", Some("trash")),
    ];
    let mut n = 0;
    for (verb, rest, expected) in cases {
        let mut ids = Vec::new();
        for _ in 0..3 {
            n += 1;
            let id = desk.held_comment(n).await;
            // Start from approved, so "unapprove" changes something too.
            if verb == "unapprove" {
                desk.app.approve(id).await;
            }
            ids.push(id);
        }
        assert_eq!(
            desk.admin(verb, &[ids[0]]).await.status,
            StatusCode::SEE_OTHER
        );
        let (code, body) = desk.rest_status(&ids[1].to_string(), rest).await;
        assert_eq!(code, StatusCode::OK, "{body}");
        assert_eq!(body["status"], json!(rest), "{body}");
        let out = desk.cli(verb, &[&ids[2].to_string()]).await;
        assert!(out.status.success(), "{}", stderr(&out));
        for id in &ids {
            assert_eq!(desk.status(*id).await.as_deref(), expected, "{verb} {id}");
        }
    }

    // Delete for good: the admin's "delete", REST's force, the CLI's delete.
    let mut gone = Vec::new();
    for k in n + 1..=n + 3 {
        gone.push(desk.held_comment(k).await);
    }
    assert_eq!(
        desk.admin("delete", &[gone[0]]).await.status,
        StatusCode::SEE_OTHER
    );
    let (code, _, body) = call(
        &desk.app,
        Method::DELETE,
        &format!("/wp-json/wp/v2/comments/{}?force=true", gone[1]),
        Some(("mo", &desk.mo)),
        None,
    )
    .await;
    assert_eq!((code, &body["deleted"]), (StatusCode::OK, &json!(true)));
    let out = desk.cli("delete", &[&gone[2].to_string()]).await;
    assert!(out.status.success(), "{}", stderr(&out));
    for id in &gone {
        assert_eq!(desk.status(*id).await, None, "{id} still there");
    }

    // Every change is in the log under the one who made it, and the door.
    let log = desk.app.store.moderation_log(None, 100).await.unwrap();
    let admin_line = log
        .iter()
        .find(|e| e.comment_id.0 == gone[0])
        .expect("the admin's delete is logged");
    assert_eq!(
        (
            admin_line.action.as_str(),
            admin_line.actor.as_str(),
            admin_line.via.as_str()
        ),
        ("delete", "ad", "admin")
    );
    let rest_line = log.iter().find(|e| e.comment_id.0 == gone[1]).unwrap();
    assert_eq!(
        (
            rest_line.action.as_str(),
            rest_line.actor.as_str(),
            rest_line.via.as_str()
        ),
        ("delete", "mo", "rest")
    );
    let cli_line = log.iter().find(|e| e.comment_id.0 == gone[2]).unwrap();
    assert_eq!(
        (cli_line.action.as_str(), cli_line.via.as_str()),
        ("delete", "cli")
    );
    assert!(cli_line.user_id.is_none() && !cli_line.actor.is_empty());
    let out = desk
        .app
        .cli(&["comments", "log", &gone[2].to_string()])
        .await;
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(crate::helpers::stdout(&out).contains("delete"));
}

#[tokio::test]
async fn an_unknown_id_is_refused_alike_and_changes_nothing() {
    let desk = Desk::new().await;
    let held = desk.held_comment(1).await;
    let held_s = held.to_string();

    // Alone.
    let page = desk.admin("approve", &[UNKNOWN.parse().unwrap()]).await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(page.body.contains(UNKNOWN), "{}", page.body);
    let (code, body) = desk.rest_status(UNKNOWN, "approved").await;
    assert_eq!(
        (code, body["code"].as_str()),
        (StatusCode::NOT_FOUND, Some("rest_comment_invalid_id"))
    );
    let out = desk.cli("approve", &[UNKNOWN]).await;
    assert!(!out.status.success());
    assert!(stderr(&out).contains(UNKNOWN), "{}", stderr(&out));

    // Beside a real one: the real one is left as it was, by the admin and the CLI.
    let page = desk
        .admin("approve", &[held, UNKNOWN.parse().unwrap()])
        .await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(page.body.contains(UNKNOWN) && page.body.contains("nothing was changed"));
    let out = desk.cli("approve", &[&held_s, UNKNOWN]).await;
    assert!(!out.status.success());
    // Only the unknown one is named.
    assert!(
        stderr(&out).contains(&format!("id {UNKNOWN};")),
        "{}",
        stderr(&out)
    );
    assert_eq!(desk.status(held).await.as_deref(), Some("pending"));
    assert!(
        desk.app
            .store
            .moderation_log(None, 10)
            .await
            .unwrap()
            .is_empty(),
        "a refused call logged something"
    );

    // An unknown verb is refused by name in the admin and by clap in the CLI.
    let page = desk.admin("explode", &[held]).await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    assert!(page.body.contains("explode"));
    assert!(!desk.cli("explode", &[&held_s]).await.status.success());
    let (code, body) = desk.rest_status(&held_s, "explode").await;
    assert_eq!(
        (code, body["code"].as_str()),
        (StatusCode::BAD_REQUEST, Some("rest_invalid_param"))
    );
    assert_eq!(desk.status(held).await.as_deref(), Some("pending"));
}

#[tokio::test]
async fn a_staff_edit_with_a_status_is_saved_whole_or_not_at_all() {
    let desk = Desk::new().await;
    let id = desk.held_comment(1).await;
    let id_s = id.to_string();
    // Bad text and a good status: neither is stored.
    let (code, body) = desk
        .rest_update(&id_s, json!({ "content": " ", "status": "approved" }))
        .await;
    assert_eq!(code, StatusCode::BAD_REQUEST, "{body}");
    let stored = desk.stored(id).await;
    assert_eq!(
        (stored.status.as_str(), stored.content_source.as_str()),
        ("pending", "Comment number 1.")
    );
    // Both good: both stored, and both logged.
    let (code, body) = desk
        .rest_update(
            &id_s,
            json!({ "content": "Edited by staff.", "status": "approved" }),
        )
        .await;
    assert_eq!(code, StatusCode::OK, "{body}");
    let stored = desk.stored(id).await;
    assert_eq!(
        (stored.status.as_str(), stored.content_html.as_str()),
        ("approved", "<p>Edited by staff.</p>")
    );
    let actions: Vec<String> = desk
        .app
        .store
        .moderation_log(Some(CommentId(id)), 10)
        .await
        .unwrap()
        .into_iter()
        .map(|e| format!("{} by {}", e.action, e.actor))
        .collect();
    assert_eq!(actions, ["approve by mo", "edit by mo"]);

    // A staff reply to a comment that does not exist is "not found", not
    // "unapproved"; so is the editor of one.
    let page = post_as(
        &desk.app,
        &desk.staff,
        "/admin/comments",
        &[
            ("_csrf", &desk.csrf),
            ("action", &format!("reply:{UNKNOWN}")),
            (&format!("reply_{UNKNOWN}"), "Hello?"),
        ],
    )
    .await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(page.body.contains(UNKNOWN));
    let page = post_as(
        &desk.app,
        &desk.staff,
        &format!("/admin/comments/{UNKNOWN}/edit"),
        &[("_csrf", &desk.csrf), ("author", "A"), ("comment", "B")],
    )
    .await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
}
