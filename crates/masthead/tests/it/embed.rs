//! The embed's API for other sites' pages (`/api/…`): threads made by a
//! page's first comment on an allowed site, the same form and rules as
//! masthead's pages, the reader's own held comment shown by their author
//! token, counts, CORS limited to the allowed origins, and refusals.
use crate::helpers::{TestApp, visitor};
use masthead_core::comment::{Actor, ModerationAction, Via};
use masthead_core::ids::CommentId;
use reqwest::StatusCode;
use serde_json::{Value, json};

pub(crate) const BLOG: &str = "https://blog.example.org";
pub(crate) const PAGE: &str = "https://blog.example.org/2017/11/some-story/";

pub(crate) async fn embed(
    app: &TestApp,
    query: &str,
    authored: Option<&str>,
) -> (StatusCode, Value) {
    let mut r = visitor().get(format!("{}/api/embed?{query}", app.base));
    if let Some(t) = authored {
        r = r.header("x-masthead-authored", t);
    }
    let r = r.send().await.unwrap();
    let status = r.status();
    (status, r.json().await.unwrap_or(Value::Null))
}

pub(crate) fn q(url: &str) -> String {
    format!("url={}", urlencode(url))
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

pub(crate) async fn post(app: &TestApp, origin: Option<&str>, body: &Value) -> (StatusCode, Value) {
    let mut r = visitor()
        .post(format!("{}/api/comments", app.base))
        .header("content-type", "application/json")
        .body(body.to_string());
    if let Some(o) = origin {
        r = r.header("origin", o);
    }
    let r = r.send().await.unwrap();
    let status = r.status();
    (status, r.json().await.unwrap_or(Value::Null))
}

pub(crate) fn comment(url: &str, token: &str, text: &str) -> Value {
    json!({
        "url": url,
        "title": "Some story – Example Blog",
        "author": "Blog Reader",
        "email": "reader@example.com",
        "website": "",
        "comment": text,
        "token": token,
        "hp": ""
    })
}

/// The form token in the embed's HTML (the form's hidden field).
pub(crate) fn token_of(embed: &Value) -> String {
    let html = embed["html"].as_str().unwrap_or_default();
    let needle = "name=\"mh_token\" value=\"";
    let at = html.find(needle).expect("a form token") + needle.len();
    html[at..].split('"').next().unwrap().to_string()
}

async fn comment_count(app: &TestApp) -> usize {
    app.store.comments(&Default::default()).await.unwrap().len()
}

#[tokio::test]
async fn a_static_page_gets_a_thread_with_its_first_comment() {
    let app = TestApp::spawn().await;
    // No site may embed until staff say which.
    let (status, body) = embed(&app, &q(PAGE), None).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(body["code"], "origin_not_allowed");
    app.set(
        "embed.allowed_origins",
        &format!("{BLOG} http://127.0.0.1:8081"),
    )
    .await;

    // Before the first comment: no thread, the form as on masthead's pages.
    let (status, first) = embed(&app, &q(PAGE), None).await;
    assert_eq!(status, StatusCode::OK, "{first}");
    assert!(first["thread"].is_null());
    let html = first["html"].as_str().unwrap();
    let text: String = scraper::Html::parse_fragment(html)
        .root_element()
        .text()
        .collect();
    for expected in [
        "Leave a Reply",
        "Your email address will not be published.",
        "Required fields are marked *",
        "You may use these HTML tags and attributes: <a href=\"\" title=\"\"> <abbr title=\"\"> \
         <acronym title=\"\"> <b> <blockquote cite=\"\"> <cite> <code> <del datetime=\"\"> <em> \
         <i> <q cite=\"\"> <strike> <strong>",
    ] {
        assert!(text.contains(expected), "{expected} missing from\n{text}");
    }
    // Ids kept apart from the embedding page's; links lead to masthead.
    assert!(html.contains("id=\"mh-commentform\"") && html.contains("id=\"mh-comment\""));
    assert!(html.contains(&format!("action=\"{}/comments\"", app.base)));
    let token = token_of(&first);
    assert_eq!(comment_count(&app).await, 0);

    // The first comment, from another spelling of the same address.
    let variant = "https://BLOG.example.org/2017/11/some-story?utm_source=feed#comments";
    let (status, created) = post(
        &app,
        Some(BLOG),
        &comment(
            variant,
            &token,
            "First! <script>alert(1)</script><b>bold</b>",
        ),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    let id = created["comment"]["id"].as_i64().unwrap();
    // A newcomer is held, as on masthead's pages.
    assert_eq!(created["comment"]["status"], "pending");
    assert_eq!(
        created["thread"]["url"],
        "https://blog.example.org/2017/11/some-story"
    );
    // Its title is the page's address until a comment proposing one is
    // approved (thread_titles.rs).
    assert_eq!(
        created["thread"]["title"],
        "blog.example.org/2017/11/some-story"
    );
    let stored_html = created["comment"]["html"].as_str().unwrap();
    assert!(!stored_html.contains("<script") && stored_html.contains("<b>bold</b>"));
    assert!(
        created.to_string().find("reader@example.com").is_none(),
        "no email"
    );
    let author_token = created["author_token"].as_str().unwrap().to_string();

    // Held: shown to its author (by token), nobody else.
    let (_, anyone) = embed(&app, &q(PAGE), None).await;
    assert!(!anyone["html"].as_str().unwrap().contains("First!"));
    assert_eq!(anyone["thread"]["comments"], 0);
    let (_, mine) = embed(&app, &q(PAGE), Some(&author_token)).await;
    let mine = mine["html"].as_str().unwrap();
    assert!(mine.contains("First!") && mine.contains("Your comment is awaiting moderation."));
    let (_, forged) = embed(&app, &q(PAGE), Some(&format!("{id}.1.00ff"))).await;
    assert!(!forged["html"].as_str().unwrap().contains("First!"));

    // Approved: everyone sees it, counted for index pages.
    let actor = Actor {
        user_id: None,
        name: "test".into(),
        via: Via::Cli,
        sections: Vec::new(),
    };
    masthead_core::service::moderate(
        app.store.as_ref(),
        &[CommentId(id)],
        ModerationAction::Approve,
        &actor,
        chrono::Utc::now(),
    )
    .await
    .unwrap();
    let (_, anyone) = embed(&app, &q(PAGE), None).await;
    assert!(anyone["html"].as_str().unwrap().contains("First!"));
    assert_eq!(anyone["thread"]["comments"], 1);
    // Readers without comments of their own share one kept answer per
    // change, each with a valid form token of its own.
    let hits = |text: &str| crate::helpers::metric(text, "masthead_page_hits");
    let before = hits(&app.get("/metrics").await.body);
    let (_, again) = embed(&app, &q(PAGE), None).await;
    let untokened = |v: &Value| v["html"].as_str().unwrap().replace(&token_of(v), "T");
    assert_eq!(untokened(&again), untokened(&anyone));
    assert_eq!(hits(&app.get("/metrics").await.body), before + 1.0);
    assert!(!again["html"].as_str().unwrap().contains("mhtoken"));
    let other = "https://blog.example.org/another/";
    let counts = visitor()
        .get(format!(
            "{}/api/counts?url={}&url={}&url={}",
            app.base,
            urlencode(PAGE),
            urlencode(other),
            urlencode("https://elsewhere.example/x")
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(counts.status(), StatusCode::OK);
    let counts: Value = counts.json().await.unwrap();
    assert_eq!(counts["counts"][PAGE], 1);
    assert_eq!(counts["counts"][other], 0);
    assert_eq!(counts["counts"]["https://elsewhere.example/x"], 0);

    // The structured list and the thread.
    let list: Value = visitor()
        .get(format!("{}/api/comments?{}&sort=newest", app.base, q(PAGE)))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(list["total"], 1);
    assert_eq!(list["comments"][0]["author"], "Blog Reader");
    assert!(list.to_string().find("reader@example.com").is_none());
    let thread: Value = visitor()
        .get(format!("{}/api/threads?{}", app.base, q(PAGE)))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let page_url = thread["page_url"].as_str().unwrap().to_string();

    // Its page on masthead: the discussion, the original named as canonical;
    // threads are not among the site's articles.
    let page = app.get(page_url.trim_start_matches(&app.base)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("First!"));
    assert!(
        page.body.contains(
            "<link rel=\"canonical\" href=\"https://blog.example.org/2017/11/some-story\">"
        )
    );
    assert!(!app.get("/").await.body.contains("Some story"));
    let posts = app.get("/wp-json/wp/v2/posts").await;
    assert!(!posts.body.contains("Some story"));

    // Staff see it among the articles: its title, the page, open.
    crate::helpers::add_user(&app, "erik", masthead_core::user::Role::Editor).await;
    let staff = visitor();
    crate::helpers::sign_in(&app, &staff, "erik", crate::helpers::PASSWORD).await;
    let list = app.get_as(&staff, "/admin/articles").await;
    assert!(
        list.body.contains("Some story – Example Blog"),
        "{}",
        list.body
    );
    assert!(list.body.contains(
        "(thread of <a href=\"https://blog.example.org/2017/11/some-story\" rel=\"noopener\">"
    ));
}

#[tokio::test]
async fn browsers_on_other_sites_are_told_no() {
    let app = TestApp::spawn().await;
    app.set("embed.allowed_origins", BLOG).await;
    let client = visitor();
    // CORS: the allowed origin may read; another may not.
    let preflight = |origin: &'static str| {
        client
            .request(
                reqwest::Method::OPTIONS,
                format!("{}/api/comments", app.base),
            )
            .header("origin", origin)
            .header("access-control-request-method", "POST")
            .header(
                "access-control-request-headers",
                "content-type, x-masthead-authored",
            )
            .send()
    };
    let ok = preflight(BLOG).await.unwrap();
    assert_eq!(
        ok.headers()["access-control-allow-origin"]
            .to_str()
            .unwrap(),
        BLOG
    );
    let allowed = ok.headers()["access-control-allow-headers"]
        .to_str()
        .unwrap()
        .to_lowercase();
    assert!(allowed.contains("x-masthead-authored"), "{allowed}");
    let evil = preflight("https://evil.example").await.unwrap();
    assert!(evil.headers().get("access-control-allow-origin").is_none());
    let get = client
        .get(format!("{}/api/embed?{}", app.base, q(PAGE)))
        .header("origin", BLOG)
        .send()
        .await
        .unwrap();
    assert_eq!(get.headers()["access-control-allow-origin"], BLOG);

    // A page of a site not allowed, or a browser on one: refused, nothing made.
    let (_, first) = embed(&app, &q(PAGE), None).await;
    let token = &token_of(&first);
    let (status, body) = post(
        &app,
        None,
        &comment("https://evil.example/page", token, "Hello"),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(body["code"], "origin_not_allowed");
    let (status, _) = post(
        &app,
        Some("https://evil.example"),
        &comment(PAGE, token, "Hello"),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(comment_count(&app).await, 0);
    assert!(app.store.thread_by_url(PAGE).await.unwrap().is_none());
}

#[tokio::test]
async fn hostile_requests_get_4xx_and_change_nothing() {
    let app = TestApp::spawn().await;
    app.set("embed.allowed_origins", BLOG).await;
    let (_, first) = embed(&app, &q(PAGE), None).await;
    let token = token_of(&first);
    let client = visitor();
    let raw = |ctype: &'static str, body: Vec<u8>| {
        client
            .post(format!("{}/api/comments", app.base))
            .header("content-type", ctype)
            .body(body)
            .send()
    };
    let cases: Vec<(&str, reqwest::Response, StatusCode, &str)> = vec![
        (
            "not JSON",
            raw("application/json", b"{\"url\":".to_vec()).await.unwrap(),
            StatusCode::BAD_REQUEST,
            "invalid_json",
        ),
        (
            "a form, not JSON",
            raw("application/x-www-form-urlencoded", b"url=x".to_vec()).await.unwrap(),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
        ),
        (
            "an unknown field",
            raw(
                "application/json",
                json!({"url": PAGE, "author": "a", "email": "a@example.com", "comment": "x", "status": "approved"})
                    .to_string()
                    .into_bytes(),
            )
            .await
            .unwrap(),
            StatusCode::BAD_REQUEST,
            "invalid_json",
        ),
        (
            "invalid UTF-8",
            raw("application/json", vec![b'{', b'"', 0xff, b'"', b':', b'1', b'}']).await.unwrap(),
            StatusCode::BAD_REQUEST,
            "invalid_json",
        ),
        (
            "not a page address",
            client
                .post(format!("{}/api/comments", app.base))
                .header("content-type", "application/json")
                .body(comment("javascript:alert(1)", &token, "x").to_string())
                .send()
                .await
                .unwrap(),
            StatusCode::BAD_REQUEST,
            "invalid_url",
        ),
        (
            "a forged form token on a new page",
            client
                .post(format!("{}/api/comments", app.base))
                .header("content-type", "application/json")
                .body(comment(PAGE, "1700000000.00112233445566778899aabbccddeeff", "x").to_string())
                .send()
                .await
                .unwrap(),
            StatusCode::BAD_REQUEST,
            "invalid_token",
        ),
        (
            "another page's token",
            client
                .post(format!("{}/api/comments", app.base))
                .header("content-type", "application/json")
                .body(comment("https://blog.example.org/other/", &token, "x").to_string())
                .send()
                .await
                .unwrap(),
            StatusCode::BAD_REQUEST,
            "invalid_token",
        ),
        (
            "a body over the limit",
            raw("application/json", vec![b' '; 400 * 1024]).await.unwrap(),
            StatusCode::PAYLOAD_TOO_LARGE,
            "",
        ),
        (
            "a NUL in a field",
            client
                .post(format!("{}/api/comments", app.base))
                .header("content-type", "application/json")
                .body(comment(PAGE, &token, "before\u{0}after").to_string())
                .send()
                .await
                .unwrap(),
            StatusCode::BAD_REQUEST,
            "invalid_text",
        ),
    ];
    for (what, response, status, code) in cases {
        assert_eq!(response.status(), status, "{what}");
        if !code.is_empty() {
            let body: Value = response.json().await.unwrap();
            assert_eq!(body["code"], code, "{what}: {body}");
        }
    }
    // Empty fields: one message per field, as the page's form gives them.
    let mut empty = comment(PAGE, &token, "");
    empty["author"] = json!("");
    let (status, body) = post(&app, None, &empty).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(body["code"], "invalid_fields");
    assert!(body["fields"]["comment"].is_string() && body["fields"]["author"].is_string());

    for query in [
        String::new(),
        "url=".into(),
        "url=not%20a%20url".into(),
        format!("{}&page=0", q(PAGE)),
        format!("{}&page=x", q(PAGE)),
        format!("url={}", "a".repeat(3000)),
    ] {
        let (status, _) = embed(&app, &query, None).await;
        assert!(status.is_client_error(), "{query}: {status}");
    }
    for query in ["", "url=ftp://x.example/", "per_page=500"] {
        let r = client
            .get(format!("{}/api/comments?{query}", app.base))
            .send()
            .await
            .unwrap();
        assert!(r.status().is_client_error(), "{query}");
    }
    let too_many: String = (0..201)
        .map(|i| format!("url=https://blog.example.org/{i}&"))
        .collect();
    let r = client
        .get(format!("{}/api/counts?{too_many}", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    // Nothing was stored, and no thread was made by a refused comment.
    assert_eq!(comment_count(&app).await, 0);
    assert!(
        app.store
            .thread_by_url("https://blog.example.org/2017/11/some-story")
            .await
            .unwrap()
            .is_none()
    );
}

/// Without JavaScript the embed's `<noscript>` link leads to masthead's own
/// page for the thread, whose plain form makes the thread.
#[tokio::test]
async fn the_thread_page_works_without_javascript() {
    let app = TestApp::spawn().await;
    app.set("embed.allowed_origins", BLOG).await;
    let refused = app.get("/thread?url=https%3A%2F%2Fevil.example%2Fx").await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let reader = visitor();
    let page = app
        .get_as(&reader, &format!("/thread?{}&title=Some%20story", q(PAGE)))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Leave a Reply") && page.body.contains("name=\"mh_thread_url\""));
    // The title in the address is not masthead's to show; the form carries
    // it for the first comment to propose.
    assert_eq!(
        page.text("title").trim(),
        "blog.example.org/2017/11/some-story – masthead"
    );
    assert_eq!(
        page.attr("input[name=mh_thread_title]", "value").as_deref(),
        Some("Some story")
    );
    let doc = page.html();
    let token = doc
        .select(&scraper::Selector::parse("input[name=mh_token]").unwrap())
        .next()
        .unwrap()
        .value()
        .attr("value")
        .unwrap()
        .to_string();
    let posted = app
        .post_form_as(
            &reader,
            &[
                (
                    "mh_thread_url",
                    "https://blog.example.org/2017/11/some-story",
                ),
                ("mh_thread_title", "Some story"),
                ("comment_parent", "0"),
                ("author", "Plain Reader"),
                ("email", "plain@example.com"),
                ("url", ""),
                ("comment", "Posted without JavaScript."),
                ("mh_token", &token),
            ],
        )
        .await;
    assert_eq!(posted.status, StatusCode::SEE_OTHER, "{}", posted.body);
    let thread = app
        .store
        .thread_by_url("https://blog.example.org/2017/11/some-story")
        .await
        .unwrap()
        .expect("the thread was made");
    assert_eq!(thread.title, "blog.example.org/2017/11/some-story");
    assert!(posted.location().starts_with(&thread.path()));
    // Its author sees the held comment there (the page's cookie).
    let mine = app.get_as(&reader, &posted.location()).await;
    assert!(mine.body.contains("Posted without JavaScript."));
    // Now the link leads to the thread's page.
    let again = app.get(&format!("/thread?{}", q(PAGE))).await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    assert_eq!(again.headers["location"], thread.path().as_str());
}
