//! Every value masthead signs is bound to its purpose (issue 25). Before,
//! the cookie crate signed a cookie's value but not its name, and the
//! pending/authored cookies were read loosely: a commenter named
//! `Eve.7:9999999999.x` who ticked "save my details" got a signed value that,
//! pasted into `masthead_authored`, opened `/comments/7/edit` and `/delete`
//! for someone else's comment, and in `masthead_pending` showed someone
//! else's held comment. Here every value masthead hands out (cookies, embed
//! tokens, form tokens, mail and webhook links) is put into every slot that
//! reads one: only its own slot takes it.
use crate::helpers::{ARTICLE, TestApp, visitor};
use masthead_core::comment::{CommentStatus, ModerationAction};
use masthead_core::ids::CommentId;
use masthead_core::notify::{LinkChannel, MailAction, MailTokens};
use reqwest::StatusCode;
use reqwest::header::{COOKIE, SET_COOKIE};
use serde_json::{Value, json};

const BLOG: &str = "https://blog.example.org";
const PAGE: &str = "https://blog.example.org/2026/12/a-story/";
const VICTIM_PAGE_TEXT: &str = "The victim's held words on the article.";
const VICTIM_EMBED_TEXT: &str = "The victim's held words on the blog.";

/// A client that keeps no cookies: each request carries exactly what the
/// test puts in it.
fn bare() -> reqwest::Client {
    crate::helpers::http()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
}

/// The value a response sets for cookie `name`.
fn set_cookie(r: &reqwest::Response, name: &str) -> Option<String> {
    r.headers()
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter_map(|v| v.split(';').next()?.split_once('='))
        .find(|(n, v)| *n == name && !v.is_empty())
        .map(|(_, v)| v.to_string())
}

/// Where a signed value is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    PendingCookie,
    AuthoredCookie,
    CommenterCookie,
    ReaderCookie,
    ReaderHeader,
    AuthorHeader,
    FormToken,
    MailModerate,
    MailConfirm,
    MailUnsubscribe,
}

const SLOTS: [Slot; 10] = [
    Slot::PendingCookie,
    Slot::AuthoredCookie,
    Slot::CommenterCookie,
    Slot::ReaderCookie,
    Slot::ReaderHeader,
    Slot::AuthorHeader,
    Slot::FormToken,
    Slot::MailModerate,
    Slot::MailConfirm,
    Slot::MailUnsubscribe,
];

struct Site {
    app: TestApp,
    article: i64,
    /// The victim's held comment on the article page, and on the blog's thread.
    page_comment: i64,
    embed_comment: i64,
    /// An approved comment anyone may recommend.
    approved: i64,
    thread_path: String,
}

async fn form_token_from(app: &TestApp, path: &str) -> String {
    let html = app.get_as(&bare(), path).await.body;
    let at = html
        .find("name=\"mh_token\" value=\"")
        .expect("a form token")
        + 23;
    html[at..].split('"').next().unwrap_or_default().to_string()
}

/// Posts the article's form as a fresh browser that ticked "save my details".
async fn post_page(app: &TestApp, article: i64, author: &str, text: &str) -> reqwest::Response {
    let article = article.to_string();
    let token = app.token(&article);
    bare()
        .post(format!("{}/comments", app.base))
        .form(&[
            ("comment_post_ID", article.as_str()),
            ("author", author),
            ("email", "eve@example.net"),
            ("comment", text),
            ("mh_token", &token),
            ("wp-comment-cookies-consent", "yes"),
        ])
        .send()
        .await
        .expect("POST")
}

async fn embed_call(
    app: &TestApp,
    method: reqwest::Method,
    path: &str,
    headers: &[(&str, &str)],
    body: Option<Value>,
) -> (StatusCode, Value) {
    let mut r = bare()
        .request(method, format!("{}{path}", app.base))
        .header("origin", BLOG);
    for (k, v) in headers {
        r = r.header(*k, *v);
    }
    if let Some(b) = body {
        r = r
            .header("content-type", "application/json")
            .body(b.to_string());
    }
    let r = r.send().await.expect("API call");
    let status = r.status();
    (status, r.json().await.unwrap_or(Value::Null))
}

/// Every value masthead hands out, each with the slot that should take it.
async fn values(site: &Site) -> Vec<(&'static str, String, Option<Slot>)> {
    let app = &site.app;
    let mut out = Vec::new();

    // The attacker's saved details, the name shaped like the old attack.
    let name = format!("Eve.{}:9999999999.x", site.page_comment);
    let r = post_page(app, site.article, &name, "Eve's own comment.").await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let commenter = set_cookie(&r, "masthead_commenter").expect("commenter cookie");
    let pending = set_cookie(&r, "masthead_pending").expect("pending cookie");
    let authored = set_cookie(&r, "masthead_authored").expect("authored cookie");
    out.push(("commenter cookie", commenter, Some(Slot::CommenterCookie)));
    out.push(("attacker's pending cookie", pending, None));
    out.push(("attacker's authored cookie", authored, None));

    // A reader cookie from a recommend on the page.
    let r = bare()
        .post(format!("{}/comments/{}/recommend", app.base, site.approved))
        .send()
        .await
        .expect("recommend");
    let reader = set_cookie(&r, "masthead_reader").expect("reader cookie");
    out.push(("reader cookie", reader, Some(Slot::ReaderCookie)));

    // A reader token from the embed's API.
    let (status, body) = embed_call(
        app,
        reqwest::Method::POST,
        &format!("/api/comments/{}/recommend", site.approved),
        &[],
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let token = body["reader_token"].as_str().expect("reader token");
    out.push(("reader token", token.to_string(), Some(Slot::ReaderHeader)));

    // The form token of the article page.
    let form = form_token_from(app, "/articles/test-story").await;
    out.push(("form token", form, Some(Slot::FormToken)));

    // Links masthead mails and posts to webhooks, for the victim.
    let now = chrono::Utc::now();
    let links = MailTokens::new(app.secret());
    let moderate = MailAction::Moderate(CommentId(site.page_comment), ModerationAction::Approve);
    out.push((
        "mail moderation link",
        links.issue(&moderate, now),
        Some(Slot::MailModerate),
    ));
    out.push((
        "webhook moderation link",
        links.issue_in(&moderate, LinkChannel::Webhook, now),
        Some(Slot::MailModerate),
    ));
    out.push((
        "confirmation link",
        links.issue(&MailAction::Confirm("victim@example.org".into()), now),
        Some(Slot::MailConfirm),
    ));
    out.push((
        "unsubscribe link",
        links.issue(
            &MailAction::Unsubscribe("victim@example.org".into(), None),
            now,
        ),
        Some(Slot::MailUnsubscribe),
    ));

    // Made-up values in the shapes the old cookies read loosely.
    let id = site.page_comment;
    for forged in [
        format!("{id}"),
        format!("{id}:9999999999"),
        format!("Eve.{id}:9999999999.x"),
        format!("ca2.{id}-9999999999.00000000000000000000000000000000"),
    ] {
        out.push(("made-up value", forged, None));
    }
    out
}

/// Whether `slot` took `value` (did what only a valid value does).
async fn takes(site: &Site, slot: Slot, value: &str) -> bool {
    let app = &site.app;
    let cookie = |name: &str| format!("{name}={value}");
    let get_with = |path: String, name: &'static str| {
        bare()
            .get(format!("{}{path}", app.base))
            .header(COOKIE, cookie(name))
            .send()
    };
    match slot {
        Slot::PendingCookie => {
            let article = get_with("/articles/test-story".into(), "masthead_pending")
                .await
                .expect("GET");
            let thread = get_with(site.thread_path.clone(), "masthead_pending")
                .await
                .expect("GET");
            let (a, t) = (
                article.text().await.unwrap_or_default(),
                thread.text().await.unwrap_or_default(),
            );
            a.contains(VICTIM_PAGE_TEXT) || t.contains(VICTIM_EMBED_TEXT)
        }
        Slot::AuthoredCookie => {
            let mut opened = false;
            for id in [site.page_comment, site.embed_comment] {
                let r = get_with(format!("/comments/{id}/edit"), "masthead_authored")
                    .await
                    .expect("GET");
                opened |= r.status() == StatusCode::OK;
            }
            opened
        }
        Slot::CommenterCookie => {
            let r = get_with("/articles/test-story".into(), "masthead_commenter")
                .await
                .expect("GET");
            let html = r.text().await.unwrap_or_default();
            let at = html.find("id=\"author\"").unwrap_or(0);
            let input = &html[at..html[at..].find('>').map_or(html.len(), |e| at + e)];
            input.contains("value=\"Eve.")
        }
        Slot::ReaderCookie => {
            let r = bare()
                .post(format!("{}/comments/{}/recommend", app.base, site.approved))
                .header(COOKIE, cookie("masthead_reader"))
                .send()
                .await
                .expect("recommend");
            // A value not taken is replaced by a new reader id.
            r.status() == StatusCode::SEE_OTHER && set_cookie(&r, "masthead_reader").is_none()
        }
        Slot::ReaderHeader => {
            let (status, _) = embed_call(
                app,
                reqwest::Method::POST,
                &format!("/api/comments/{}/recommend", site.approved),
                &[("x-masthead-reader", value)],
                None,
            )
            .await;
            status == StatusCode::OK
        }
        Slot::AuthorHeader => {
            let (status, body) = embed_call(
                app,
                reqwest::Method::GET,
                &format!("/api/comments?url={PAGE}"),
                &[("x-masthead-authored", value)],
                None,
            )
            .await;
            assert_eq!(status, StatusCode::OK, "{body}");
            body["comments"]
                .as_array()
                .is_some_and(|l| l.iter().any(|c| c["id"] == json!(site.embed_comment)))
        }
        Slot::FormToken => {
            let article = site.article.to_string();
            let r = bare()
                .post(format!("{}/comments", app.base))
                .form(&[
                    ("comment_post_ID", article.as_str()),
                    ("author", "Token Tester"),
                    ("email", "tokens@example.net"),
                    ("comment", "Posted to test a form token."),
                    ("mh_token", value),
                ])
                .send()
                .await
                .expect("POST");
            r.status() == StatusCode::SEE_OTHER
        }
        Slot::MailModerate | Slot::MailConfirm | Slot::MailUnsubscribe => {
            let path = match slot {
                Slot::MailModerate => "moderate",
                Slot::MailConfirm => "confirm",
                _ => "unsubscribe",
            };
            let r = bare()
                // Every value here is URL-safe as it is.
                .get(format!("{}/mail/{path}?token={value}", app.base))
                .send()
                .await
                .expect("GET");
            r.status() == StatusCode::OK
        }
    }
}

async fn site() -> (Site, String, String, String) {
    let app = TestApp::spawn().await;
    let article = app.add_article(ARTICLE).await;
    app.set("embed.allowed_origins", BLOG).await;
    // The victim: a held comment on the article, kept in their browser's cookies.
    let r = post_page(&app, article, "Victim", VICTIM_PAGE_TEXT).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let location = r
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    let page_comment = crate::helpers::comment_id_from(&location);
    let pending = set_cookie(&r, "masthead_pending").expect("pending cookie");
    let authored = set_cookie(&r, "masthead_authored").expect("authored cookie");
    // And a held comment on a blog's thread, through the embed.
    let (_, embed) = embed_call(
        &app,
        reqwest::Method::GET,
        &format!("/api/embed?url={PAGE}"),
        &[],
        None,
    )
    .await;
    let html = embed["html"].as_str().expect("embed html");
    let at = html.find("name=\"mh_token\" value=\"").expect("form token") + 23;
    let token = html[at..].split('"').next().unwrap_or_default();
    let (status, created) = embed_call(
        &app,
        reqwest::Method::POST,
        "/api/comments",
        &[],
        Some(json!({"url": PAGE, "title": "A story", "author": "Victim",
            "email": "victim@example.org", "comment": VICTIM_EMBED_TEXT,
            "token": token, "hp": ""})),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    let embed_comment = created["comment"]["id"].as_i64().expect("id");
    let author_token = created["author_token"]
        .as_str()
        .expect("author token")
        .to_string();
    let url = masthead_core::article::thread::PageUrl::parse(PAGE).expect("a page address");
    let thread_path = app
        .store
        .thread_by_url(url.as_str())
        .await
        .expect("thread")
        .expect("a thread")
        .path();
    let approved = app
        .approved_comment(article, "Someone Else", "Recommend me.", None)
        .await;
    let site = Site {
        app,
        article,
        page_comment,
        embed_comment,
        approved,
        thread_path,
    };
    (site, pending, authored, author_token)
}

#[tokio::test]
async fn every_signed_value_is_taken_only_where_it_was_issued_for() {
    let (site, pending, authored, author_token) = site().await;
    let mut values = values(&site).await;
    values.push((
        "victim's pending cookie",
        pending,
        Some(Slot::PendingCookie),
    ));
    values.push((
        "victim's authored cookie",
        authored,
        Some(Slot::AuthoredCookie),
    ));
    values.push((
        "victim's author token",
        author_token,
        Some(Slot::AuthorHeader),
    ));

    let mut wrong = Vec::new();
    for (label, value, home) in &values {
        for slot in SLOTS {
            let expected = *home == Some(slot);
            if takes(&site, slot, value).await != expected {
                wrong.push(format!(
                    "{label} in {slot:?}: {}",
                    if expected { "refused" } else { "taken" }
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");

    // Nothing of the victim's changed.
    for (id, text) in [
        (site.page_comment, VICTIM_PAGE_TEXT),
        (site.embed_comment, VICTIM_EMBED_TEXT),
    ] {
        let c = site
            .app
            .store
            .comment(CommentId(id))
            .await
            .expect("read")
            .expect("still there");
        assert_eq!(
            (c.content_source.as_str(), c.status),
            (text, CommentStatus::Pending)
        );
    }
}

/// The attack as it was reported: Eve's saved-details cookie, pasted into
/// `masthead_authored` and `masthead_pending`, must neither open, change,
/// delete nor show the victim's held comment.
#[tokio::test]
async fn a_forged_cookie_neither_edits_deletes_nor_shows_another_readers_comment() {
    let (site, _, _, _) = site().await;
    let app = &site.app;
    let victim = site.page_comment;
    let name = format!("Eve.{victim}:9999999999.x");
    let r = post_page(app, site.article, &name, "Eve's comment.").await;
    let forged = set_cookie(&r, "masthead_commenter").expect("commenter cookie");
    let send = |method: reqwest::Method, path: String, cookie: String| {
        let client = visitor();
        async move {
            client
                .request(method, format!("{}{path}", app.base))
                .header(COOKIE, cookie)
                .form(&[("comment", "Rewritten by Eve.")])
                .send()
                .await
                .expect("request")
                .status()
        }
    };
    let as_authored = format!("masthead_authored={forged}");
    for (method, path) in [
        (reqwest::Method::GET, format!("/comments/{victim}/edit")),
        (reqwest::Method::POST, format!("/comments/{victim}/edit")),
        (reqwest::Method::POST, format!("/comments/{victim}/delete")),
    ] {
        let status = send(method.clone(), path.clone(), as_authored.clone()).await;
        assert!(
            status == StatusCode::FORBIDDEN || status == StatusCode::NOT_FOUND,
            "{method} {path}: {status}"
        );
    }
    let page = bare()
        .get(format!("{}/articles/test-story", app.base))
        .header(COOKIE, format!("masthead_pending={forged}"))
        .send()
        .await
        .expect("GET")
        .text()
        .await
        .unwrap_or_default();
    assert!(!page.contains(VICTIM_PAGE_TEXT));
    let c = app
        .store
        .comment(CommentId(victim))
        .await
        .expect("read")
        .expect("still there");
    assert_eq!(c.content_source, VICTIM_PAGE_TEXT);
    assert_eq!(c.status, CommentStatus::Pending);
}
