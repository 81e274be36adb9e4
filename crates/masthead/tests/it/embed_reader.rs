//! The embed's reader actions over its JSON API: a commenter edits and
//! deletes their own comment with the author token their page kept, readers
//! recommend and report with a reader token, orders, and every refusal a
//! 4xx with nothing changed.
use crate::helpers::{TestApp, visitor};
use crate::reader_features::backdate;
use masthead_core::comment::CommentStatus;
use masthead_core::ids::CommentId;
use reqwest::StatusCode;
use serde_json::{Value, json};

pub(crate) const BLOG: &str = "https://blog.example.org";
pub(crate) const PAGE: &str = "https://blog.example.org/2017/11/some-story/";

pub(crate) async fn call(
    app: &TestApp,
    method: reqwest::Method,
    path: &str,
    headers: &[(&str, &str)],
    body: Option<String>,
) -> (StatusCode, Value) {
    let mut r = visitor().request(method, format!("{}{path}", app.base));
    for (k, v) in headers {
        r = r.header(*k, *v);
    }
    if let Some(b) = body {
        r = r.body(b);
    }
    let r = r.send().await.unwrap();
    let status = r.status();
    (status, r.json().await.unwrap_or(Value::Null))
}

pub(crate) const JSON: (&str, &str) = ("content-type", "application/json");

/// A refused request: its headers and body, the status and code expected.
type Case<'a> = (Vec<(&'a str, &'a str)>, Option<String>, StatusCode, &'a str);

/// A thread for PAGE with one comment approved at once; its id and author token.
pub(crate) async fn thread(app: &TestApp) -> (i64, String) {
    app.set("comments.require_previously_approved", "false")
        .await;
    let (id, token) = held_thread(app).await;
    assert_eq!(text_of(app, id).await.1, CommentStatus::Approved);
    (id, token)
}

/// A thread for PAGE with one new comment, as the rules left it; its id
/// and author token.
pub(crate) async fn held_thread(app: &TestApp) -> (i64, String) {
    app.set("embed.allowed_origins", BLOG).await;
    let (_, embed) = call(
        app,
        reqwest::Method::GET,
        &format!("/api/embed?url={PAGE}"),
        &[],
        None,
    )
    .await;
    let html = embed["html"].as_str().unwrap();
    let at = html.find("name=\"mh_token\" value=\"").unwrap() + 23;
    let token = html[at..].split('"').next().unwrap();
    let body = json!({"url": PAGE, "title": "Some story", "author": "Blog Reader",
        "email": "reader@example.com", "comment": "First version.", "token": token, "hp": ""});
    let (status, created) = call(
        app,
        reqwest::Method::POST,
        "/api/comments",
        &[JSON, ("origin", BLOG)],
        Some(body.to_string()),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    let id = created["comment"]["id"].as_i64().unwrap();
    (id, created["author_token"].as_str().unwrap().to_string())
}

pub(crate) async fn text_of(app: &TestApp, id: i64) -> (String, CommentStatus) {
    let c = app.store.comment(CommentId(id)).await.unwrap().unwrap();
    (c.content_source, c.status)
}

#[tokio::test]
async fn the_embed_edits_and_deletes_with_the_author_token_within_the_window() {
    let app = TestApp::spawn().await;
    let (id, token) = thread(&app).await;
    let path = format!("/api/comments/{id}");
    let edit = |text: &str| Some(json!({"comment": text}).to_string());
    let authored = ("x-masthead-authored", token.as_str());

    // The author's embed view offers Edit with the source for the editor.
    let (_, mine) = call(
        &app,
        reqwest::Method::GET,
        &format!("/api/embed?url={PAGE}"),
        &[authored],
        None,
    )
    .await;
    let html = mine["html"].as_str().unwrap();
    assert!(
        html.contains("comment-edit-link") && html.contains(">First version.</textarea>"),
        "{html}"
    );
    let (_, theirs) = call(
        &app,
        reqwest::Method::GET,
        &format!("/api/embed?url={PAGE}"),
        &[],
        None,
    )
    .await;
    assert!(
        !theirs["html"]
            .as_str()
            .unwrap()
            .contains("comment-edit-link")
    );

    // Refusals, each leaving the comment as it was.
    let forged = format!("{id}.1700000000.00000000000000000000000000000000");
    // A real token, for another comment.
    let other = token.replacen(&id.to_string(), &(id + 1).to_string(), 1);
    let cases: Vec<Case> = vec![
        (
            vec![JSON],
            edit("No token."),
            StatusCode::FORBIDDEN,
            "not_your_comment",
        ),
        (
            vec![JSON, ("x-masthead-authored", &forged)],
            edit("Forged."),
            StatusCode::FORBIDDEN,
            "not_your_comment",
        ),
        (
            vec![JSON, ("x-masthead-authored", &other)],
            edit("Another's."),
            StatusCode::FORBIDDEN,
            "not_your_comment",
        ),
        (
            vec![JSON, authored],
            Some("{not json".into()),
            StatusCode::BAD_REQUEST,
            "invalid_json",
        ),
        (
            vec![JSON, authored],
            Some(json!({"comment": "x", "status": "approved"}).to_string()),
            StatusCode::BAD_REQUEST,
            "invalid_json",
        ),
        (
            vec![authored],
            edit("Not JSON typed."),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
        ),
        (
            vec![JSON, authored],
            edit(""),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_fields",
        ),
        (
            vec![JSON, authored],
            edit("nul\u{0}"),
            StatusCode::BAD_REQUEST,
            "invalid_text",
        ),
    ];
    for (headers, body, status, code) in cases {
        let (got, answer) = call(&app, reqwest::Method::PATCH, &path, &headers, body).await;
        assert_eq!(
            (got, answer["code"].as_str().unwrap_or_default()),
            (status, code),
            "{answer}"
        );
    }
    let huge = edit(&"x".repeat(300 * 1024));
    let (got, _) = call(&app, reqwest::Method::PATCH, &path, &[JSON, authored], huge).await;
    assert_eq!(got, StatusCode::PAYLOAD_TOO_LARGE);
    let (got, _) = call(
        &app,
        reqwest::Method::PATCH,
        "/api/comments/abc",
        &[JSON, authored],
        edit("x"),
    )
    .await;
    assert_eq!(got, StatusCode::BAD_REQUEST);
    assert_eq!(text_of(&app, id).await.0, "First version.");

    // The edit itself, sanitised by the one code path.
    let (status, edited) = call(
        &app,
        reqwest::Method::PATCH,
        &path,
        &[JSON, authored, ("origin", BLOG)],
        edit("Second <em>version</em><img src=x onerror=alert(1)>."),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{edited}");
    assert_eq!(edited["comment"]["html"], "<p>Second <em>version</em>.</p>");
    assert!(edited["comment"]["edited"].is_string());
    assert_eq!(app.store.past_texts(CommentId(id)).await.unwrap().len(), 1);
    // A page of a site that may not embed cannot act either.
    let (status, _) = call(
        &app,
        reqwest::Method::PATCH,
        &path,
        &[JSON, authored, ("origin", "https://evil.example")],
        edit("Evil."),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // After the window: refused.
    backdate(&app, id, 20).await;
    let (status, answer) = call(
        &app,
        reqwest::Method::PATCH,
        &path,
        &[JSON, authored],
        edit("Too late."),
    )
    .await;
    assert_eq!(
        (status, answer["code"].as_str().unwrap()),
        (StatusCode::FORBIDDEN, "edit_window_closed")
    );
    let (status, _) = call(&app, reqwest::Method::DELETE, &path, &[authored], None).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(
        text_of(&app, id).await,
        (
            "Second <em>version</em><img src=x onerror=alert(1)>.".to_string(),
            CommentStatus::Approved
        )
    );

    // Delete, on a fresh comment.
    let (second, token2) = thread(&app).await;
    let (status, _) = call(
        &app,
        reqwest::Method::DELETE,
        &format!("/api/comments/{second}"),
        &[],
        None,
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = call(
        &app,
        reqwest::Method::DELETE,
        &format!("/api/comments/{second}"),
        &[("x-masthead-authored", &token2)],
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(text_of(&app, second).await.1, CommentStatus::Trash);
}

#[tokio::test]
async fn the_embed_recommends_once_per_reader_and_reports() {
    let app = TestApp::spawn().await;
    let (id, _) = thread(&app).await;
    let rec = format!("/api/comments/{id}/recommend");
    let (status, first) = call(&app, reqwest::Method::POST, &rec, &[("origin", BLOG)], None).await;
    assert_eq!(status, StatusCode::OK, "{first}");
    assert_eq!(
        (first["recommends"].as_u64(), first["counted"].as_bool()),
        (Some(1), Some(true))
    );
    let reader = first["reader_token"].as_str().unwrap().to_string();
    let (_, again) = call(
        &app,
        reqwest::Method::POST,
        &rec,
        &[("x-masthead-reader", &reader)],
        None,
    )
    .await;
    assert_eq!(
        (again["recommends"].as_u64(), again["counted"].as_bool()),
        (Some(1), Some(false))
    );
    let forged = reader.replacen("r2.", "r2.f", 1);
    let (status, answer) = call(
        &app,
        reqwest::Method::POST,
        &rec,
        &[("x-masthead-reader", &forged)],
        None,
    )
    .await;
    assert_eq!(
        (status, answer["code"].as_str().unwrap()),
        (StatusCode::BAD_REQUEST, "invalid_reader")
    );
    let (status, _) = call(
        &app,
        reqwest::Method::POST,
        "/api/comments/999999/recommend",
        &[],
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (_, list) = call(
        &app,
        reqwest::Method::GET,
        &format!("/api/comments?url={PAGE}&sort=best"),
        &[],
        None,
    )
    .await;
    assert_eq!(list["comments"][0]["recommends"], 1, "{list}");
    let (status, _) = call(
        &app,
        reqwest::Method::GET,
        &format!("/api/comments?url={PAGE}&sort=worst"),
        &[],
        None,
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, sorted) = call(
        &app,
        reqwest::Method::GET,
        &format!("/api/embed?url={PAGE}&sort=best"),
        &[],
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    // An order's pages start from its first.
    assert_eq!(sorted["default_page"], 1);
    assert!(
        sorted["html"]
            .as_str()
            .unwrap()
            .contains(&format!("id=\"comment-{id}\""))
    );

    let rep = format!("/api/comments/{id}/report");
    let body = |reason: &str| Some(json!({"reason": reason}).to_string());
    let (status, answer) = call(&app, reqwest::Method::POST, &rep, &[JSON], body("boring")).await;
    assert_eq!(
        (status, answer["code"].as_str().unwrap()),
        (StatusCode::UNPROCESSABLE_ENTITY, "invalid_reason")
    );
    let (status, _) = call(
        &app,
        reqwest::Method::POST,
        &rep,
        &[JSON],
        Some("[]".into()),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, _) = call(&app, reqwest::Method::POST, &rep, &[], body("spam")).await;
    assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert!(app.store.reports(CommentId(id)).await.unwrap().is_empty());
    let (status, taken) = call(
        &app,
        reqwest::Method::POST,
        &rep,
        &[JSON, ("x-masthead-reader", &reader)],
        body("off-topic"),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{taken}");
    let (_, twice) = call(
        &app,
        reqwest::Method::POST,
        &rep,
        &[JSON, ("x-masthead-reader", &reader)],
        body("spam"),
    )
    .await;
    assert_eq!(twice["counted"], false);
    assert_eq!(app.store.reports(CommentId(id)).await.unwrap().len(), 1);

    // CORS lets the allowed site send the new methods and headers.
    let pre = visitor()
        .request(
            reqwest::Method::OPTIONS,
            format!("{}/api/comments/{id}", app.base),
        )
        .header("origin", BLOG)
        .header("access-control-request-method", "PATCH")
        .header(
            "access-control-request-headers",
            "content-type, x-masthead-authored, x-masthead-reader",
        )
        .send()
        .await
        .unwrap();
    let allowed = pre.headers()["access-control-allow-methods"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(
        allowed.contains("PATCH") && allowed.contains("DELETE"),
        "{allowed}"
    );

    // An id of the first format (before issue 25), still in some readers'
    // storage, is replaced by a new one rather than refused for ever.
    let old = "r1.0707070707070707070707070707070707.00000000000000000000000000000000";
    let (status, answer) = call(
        &app,
        reqwest::Method::POST,
        &rec,
        &[("x-masthead-reader", old)],
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    assert!(answer["reader_token"].as_str().unwrap().starts_with("r2."));
}
