//! The external moderation hook (issue 28, part 8): a newsroom's own
//! classifier at `moderation.hook_url`, asked before each comment is stored,
//! signed, within `moderation.hook_timeout_ms`; its verdict (approve, hold,
//! spam, refuse, with a reason) is taken, and silence holds the comment.
use crate::helpers::{TestApp, visitor};
use axum::http::HeaderMap;

use masthead_core::comment::CommentStatus;
use masthead_core::ids::CommentId;
use masthead_web::{RateLimitConfig, WebConfig};
use reqwest::StatusCode;
use serde_json::{Value, json};
use std::sync::{Arc, Mutex};
use std::time::Duration;

type Asked = Arc<Mutex<Vec<(HeaderMap, String)>>>;

/// A classifier on loopback: its verdict is the comment's first word.
async fn classifier() -> (String, Asked) {
    let asked: Asked = Arc::default();
    let seen = asked.clone();
    let app = axum::Router::new().route(
        "/verdict",
        axum::routing::post(move |headers: HeaderMap, body: String| {
            let seen = seen.clone();
            async move {
                let question: Value = serde_json::from_str(&body).unwrap_or(Value::Null);
                seen.lock().unwrap().push((headers, body));
                let text = question["content"].as_str().unwrap_or("").to_string();
                let first = text.split_whitespace().next().unwrap_or("").to_string();
                if first == "slow" {
                    tokio::time::sleep(Duration::from_secs(2)).await;
                }
                let answer = match first.as_str() {
                    "approve" => json!({"verdict": "approve"}),
                    "hold" => json!({"verdict": "hold", "reason": "toxicity 0.91"}),
                    "spam" => json!({"verdict": "spam", "reason": "link farm"}),
                    "refuse" => json!({"verdict": "refuse", "reason": "threats of violence"}),
                    "nonsense" => json!({"verdict": "perhaps"}),
                    _ => json!({"verdict": "approve"}),
                };
                axum::Json(answer)
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    (format!("http://{addr}/verdict"), asked)
}

async fn site(allow_private: bool) -> (TestApp, i64) {
    let app = TestApp::spawn_with(WebConfig {
        rate_limits: RateLimitConfig::OFF,
        allow_private_hooks: allow_private,
        ..WebConfig::default()
    })
    .await;
    app.set("comments.flood_seconds", "0").await;
    app.set("comments.min_fill_seconds", "0").await;
    let article = app.add_article(crate::helpers::ARTICLE).await;
    (app, article)
}

async fn stored(app: &TestApp, id: i64) -> (CommentStatus, String) {
    let c = app.store.comment(CommentId(id)).await.unwrap().unwrap();
    (
        c.status,
        c.moderation_reason
            .map(|r| r.to_string())
            .unwrap_or_default(),
    )
}

async fn post(app: &TestApp, article: i64, n: u32, text: &str) -> crate::helpers::Page {
    app.post_form_as(
        &visitor(),
        &[
            ("comment_post_ID", &article.to_string()),
            ("author", "New Reader"),
            ("email", &format!("new{n}@example.org")),
            ("comment", text),
        ],
    )
    .await
}

#[tokio::test]
async fn the_newsrooms_classifier_decides_and_silence_holds() {
    let (url, asked) = classifier().await;
    let (app, article) = site(true).await;
    app.set("moderation.hook_url", &url).await;
    app.set("moderation.hook_timeout_ms", "300").await;
    let id = |page: &crate::helpers::Page| crate::helpers::comment_id_from(&page.location());

    // A first comment masthead would hold: the classifier approves it.
    let approved = post(&app, article, 1, "approve this one").await;
    assert_eq!(approved.status, StatusCode::SEE_OTHER);
    assert_eq!(stored(&app, id(&approved)).await.0, CommentStatus::Approved);
    let held = post(&app, article, 2, "hold this one").await;
    let (status, why) = stored(&app, id(&held)).await;
    assert_eq!(status, CommentStatus::Pending);
    assert!(
        why.starts_with("the newsroom’s classifier said hold: toxicity 0.91; first comments"),
        "the classifier's word first, masthead's beside it: {why}"
    );
    // A site that holds every comment still does; the approval is noted.
    app.set("comments.hold_all", "true").await;
    let vouched = post(&app, article, 7, "approve this too").await;
    let (status, why) = stored(&app, id(&vouched)).await;
    assert_eq!(status, CommentStatus::Pending);
    assert!(
        why.contains("the newsroom’s classifier said approve"),
        "{why}"
    );
    app.set("comments.hold_all", "false").await;
    let spam = post(&app, article, 3, "spam this one").await;
    assert_eq!(stored(&app, id(&spam)).await.0, CommentStatus::Spam);
    let before = app.store.comments(&Default::default()).await.unwrap().len();
    let refused = post(&app, article, 4, "refuse this one").await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(
        refused
            .body
            .contains("This comment was not accepted: threats of violence"),
        "{}",
        refused.body
    );
    let after = app.store.comments(&Default::default()).await.unwrap().len();
    assert_eq!(before, after, "a refused comment is not stored");
    // Too slow, or an answer that is not a verdict: held, and said so.
    for (n, text) in [(5, "slow answer"), (6, "nonsense answer")] {
        let page = post(&app, article, n, text).await;
        let (status, why) = stored(&app, id(&page)).await;
        assert_eq!(status, CommentStatus::Pending, "{text}");
        assert!(
            why.starts_with("the newsroom’s classifier did not answer in time"),
            "{why}"
        );
    }

    // Each question is signed with the site's webhook key, and carries no
    // email address.
    let asked = asked.lock().unwrap().clone();
    assert_eq!(asked.len(), 7);
    let key = masthead_core::notify::webhook_key("", app.secret());
    for (headers, body) in &asked {
        let signature = headers["x-masthead-signature"].to_str().unwrap();
        assert_eq!(
            signature,
            masthead_core::notify::webhook_signature(&key, body.as_bytes())
        );
        assert!(!body.contains("@example.org"), "{body}");
        let q: Value = serde_json::from_str(body).unwrap();
        assert_eq!(q["event"], "comment.submitted");
        assert_eq!(q["article"]["id"], article);
        assert_eq!(q["masthead"]["status"], "pending");
    }
}

#[tokio::test]
async fn a_hook_on_a_private_address_is_not_reached_without_the_operators_leave() {
    let (url, asked) = classifier().await;
    let (app, article) = site(false).await;
    app.set("moderation.hook_url", &url).await;
    let page = post(&app, article, 1, "approve this one").await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    let (status, why) = stored(&app, crate::helpers::comment_id_from(&page.location())).await;
    assert_eq!(status, CommentStatus::Pending);
    assert!(why.contains("did not answer in time"), "{why}");
    assert!(
        asked.lock().unwrap().is_empty(),
        "loopback was never posted to"
    );
    // The setting takes one http(s) URL or nothing.
    let bad = app
        .cli(&["settings", "set", "moderation.hook_url", "ftp://x.example/"])
        .await;
    assert!(!bad.status.success());
    let two = app
        .cli(&[
            "settings",
            "set",
            "moderation.hook_url",
            "https://a.example/ https://b.example/",
        ])
        .await;
    assert!(!two.status.success());
}
