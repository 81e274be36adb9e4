//! Webmention (issue 31): another site's page that links to an article is
//! received at the advertised endpoint, fetched by the server's checker and
//! becomes a held reply, a like, or nothing; an update and a deletion of the
//! page follow. The other site is a real HTTP server on loopback serving
//! pages with microformats, changed by the test between mentions.
use crate::helpers::{ARTICLE, TestApp, visitor};
use axum::extract::{Path, State};
use axum::http::StatusCode as AxumStatus;
use masthead_core::comment::CommentStatus;
use masthead_core::federation::webmention::Kind;
use masthead_core::store::{MentionState, StoredMention};
use masthead_web::{RateLimitConfig, WebConfig};
use reqwest::StatusCode;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The other site's pages: path → (status, HTML).
type Pages = Arc<Mutex<HashMap<String, (u16, String)>>>;

async fn other_site() -> (String, Pages) {
    let pages: Pages = Arc::default();
    let app = axum::Router::new()
        .route(
            "/{*path}",
            axum::routing::get(
                |State(p): State<Pages>, Path(path): Path<String>| async move {
                    let found = p.lock().expect("lock").get(&path).cloned();
                    match found {
                        Some((status, html)) => (
                            AxumStatus::from_u16(status).unwrap_or(AxumStatus::OK),
                            [("content-type", "text/html; charset=utf-8")],
                            html,
                        ),
                        None => (
                            AxumStatus::NOT_FOUND,
                            [("content-type", "text/html; charset=utf-8")],
                            String::new(),
                        ),
                    }
                },
            ),
        )
        .with_state(pages.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move { axum::serve(listener, app).await });
    (format!("http://{addr}"), pages)
}

fn put(pages: &Pages, path: &str, status: u16, html: String) {
    pages
        .lock()
        .expect("lock")
        .insert(path.to_string(), (status, html));
}

async fn app(allow_private: bool) -> TestApp {
    let app = TestApp::spawn_with(WebConfig {
        rate_limits: RateLimitConfig::OFF,
        allow_private_addresses: allow_private,
        ..WebConfig::default()
    })
    .await;
    app.set("comments.flood_seconds", "0").await;
    app.set("site.url", &app.base).await;
    app.set("federation.enabled", "true").await;
    app.add_article(ARTICLE).await;
    app
}

async fn send(app: &TestApp, source: &str, target: &str) -> (StatusCode, serde_json::Value) {
    let r = visitor()
        .post(format!("{}/webmention", app.base))
        .form(&[("source", source), ("target", target)])
        .send()
        .await
        .expect("POST");
    let status = r.status();
    let body = r.json().await.unwrap_or(serde_json::Value::Null);
    (status, body)
}

/// Sends a mention and waits (at most 30 s, a bound for a loaded machine)
/// for the server's checker to settle it.
async fn mention(app: &TestApp, source: &str, target: &str) -> StoredMention {
    let (status, body) = send(app, source, target).await;
    assert_eq!(status, StatusCode::ACCEPTED, "{body}");
    let id = body["id"].as_i64().expect("an id");
    until(app, id, |m| m.state != MentionState::Pending).await
}

/// Waits (at most 30 s, a bound for a loaded machine) until mention `id`
/// is as `done` asks.
async fn until(app: &TestApp, id: i64, done: impl Fn(&StoredMention) -> bool) -> StoredMention {
    let start = Instant::now();
    loop {
        let m = app.store.webmention(id).await.unwrap().expect("stored");
        if done(&m) {
            return m;
        }
        assert!(start.elapsed() < Duration::from_secs(30), "not yet: {m:?}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The page's `Link` header values.
fn page_links(page: &crate::helpers::Page) -> Vec<String> {
    page.headers
        .get_all("link")
        .iter()
        .filter_map(|v| v.to_str().ok().map(str::to_string))
        .collect()
}

fn reply_page(target: &str, text: &str) -> String {
    format!(
        r#"<!doctype html><html><body><article class="h-entry">
        <div class="p-author h-card"><a class="u-url p-name" href="/">Ada Lovelace</a></div>
        <p>In reply to <a class="u-in-reply-to" href="{target}">the story</a></p>
        <div class="e-content"><p>{text}</p><script>alert(1)</script></div>
        <a class="u-url" href="/notes/1">permalink</a>
        </article></body></html>"#
    )
}

#[tokio::test]
async fn a_reply_is_held_shown_once_approved_updated_and_taken_down_with_its_page() {
    let app = app(true).await;
    let (site, pages) = other_site().await;
    let target = format!("{}/articles/test-story", app.base);

    // Discovery: the header and the head name the endpoint.
    let page = app.get("/articles/test-story").await;
    let links = page_links(&page);
    assert!(
        links.contains(&format!("<{}/webmention>; rel=\"webmention\"", app.base)),
        "{links:?}"
    );
    assert_eq!(
        page.attr("link[rel=webmention]", "href"),
        Some(format!("{}/webmention", app.base))
    );

    // A reply: held, as a first comment is, with the author's name and
    // where it was posted; never its page's script.
    put(
        &pages,
        "notes/1",
        200,
        reply_page(&target, "I <b>agree</b>."),
    );
    let source = format!("{site}/notes/1");
    let m = mention(&app, &source, &target).await;
    assert_eq!(m.state, MentionState::Verified(Kind::Reply), "{m:?}");
    let id = m.comment_id.expect("a comment");
    let c = app.store.comment(id).await.unwrap().unwrap();
    assert_eq!(c.status, CommentStatus::Pending);
    assert_eq!(c.author_name, "Ada Lovelace");
    assert_eq!(c.author_url.as_deref(), Some(format!("{site}/").as_str()));
    assert_eq!(c.author_email, "", "no address is made up and kept");
    assert_eq!(c.comment_type, "webmention");
    assert_eq!(c.origin_url.as_deref(), Some(source.as_str()));
    assert!(c.content_html.as_str().contains("<b>agree</b>"), "{c:?}");
    assert!(!c.content_html.as_str().contains("script"));
    assert!(!app.get("/articles/test-story").await.body.contains("agree"));

    // Approved, it is on the page, saying where it was posted.
    app.approve(id.0).await;
    let page = app.get("/articles/test-story").await;
    let row = format!("#comment-{}", id.0);
    assert!(page.text(&row).contains("agree"), "{}", page.body);
    assert_eq!(
        page.attr(&format!("{row} a.comment-origin"), "href"),
        Some(source.clone())
    );
    assert!(
        page.text(&format!("{row} .comment-origin"))
            .contains("replied on 127.0.0.1")
    );

    // Sent again after an edit: the new words, back in the queue.
    put(
        &pages,
        "notes/1",
        200,
        reply_page(&target, "I agree, mostly."),
    );
    let m = mention(&app, &source, &target).await;
    assert_eq!(m.comment_id, Some(id), "the same comment");
    let c = app.store.comment(id).await.unwrap().unwrap();
    assert!(c.content_source.contains("mostly"));
    assert_eq!(
        c.status,
        CommentStatus::Pending,
        "new words wait for a moderator"
    );

    // The page deleted (410): the comment goes.
    put(&pages, "notes/1", 410, String::new());
    let m = mention(&app, &source, &target).await;
    assert_eq!(m.state, MentionState::Gone);
    let c = app.store.comment(id).await.unwrap().unwrap();
    assert_eq!(c.status, CommentStatus::Trash);
}

#[tokio::test]
async fn likes_are_listed_and_pages_without_a_link_are_refused() {
    let app = app(true).await;
    let (site, pages) = other_site().await;
    let target = format!("{}/articles/test-story", app.base);
    put(
        &pages,
        "likes/1",
        200,
        format!(
            r#"<div class="h-entry"><a class="p-author h-card" href="/">Eve</a> liked
            <a class="u-like-of" href="{target}">this</a></div>"#
        ),
    );
    let like = format!("{site}/likes/1");
    let m = mention(&app, &like, &target).await;
    assert_eq!(m.state, MentionState::Verified(Kind::Like));
    assert!(m.comment_id.is_none());
    let page = app.get("/articles/test-story").await;
    assert!(
        page.text(".reactions").contains("Eve liked this"),
        "{}",
        page.body
    );
    assert_eq!(page.attr(".reaction-like a", "href"), Some(like.clone()));

    // A page that does not link to the story: refused, nothing stored.
    put(&pages, "other", 200, "<p>Nothing here.</p>".into());
    let m = mention(&app, &format!("{site}/other"), &target).await;
    assert_eq!(m.state, MentionState::Refused);
    assert!(m.error.unwrap().contains("does not link"));
    let stored = app
        .store
        .comments(&masthead_core::store::CommentFilter::default())
        .await
        .unwrap();
    assert!(stored.is_empty(), "{stored:?}");

    // The like taken back: off the page.
    put(&pages, "likes/1", 200, "<p>Changed my mind.</p>".into());
    let m = mention(&app, &like, &target).await;
    assert_eq!(m.state, MentionState::Refused);
    assert!(!app.get("/articles/test-story").await.has(".reactions"));
}

#[tokio::test]
async fn bad_requests_private_and_oversized_sources_are_refused() {
    let app = app(false).await;
    let (site, pages) = other_site().await;
    let target = format!("{}/articles/test-story", app.base);
    for (source, target, code) in [
        ("", target.as_str(), "missing_param"),
        ("ftp://example.org/x", target.as_str(), "invalid_param"),
        (target.as_str(), target.as_str(), "invalid_param"),
        (
            "https://example.org/x",
            "https://elsewhere.example/articles/test-story",
            "invalid_target",
        ),
        (
            "https://example.org/x",
            &format!("{}/articles/no-such-story", app.base),
            "invalid_target",
        ),
    ] {
        let (status, body) = send(&app, source, target).await;
        assert_eq!(
            status,
            StatusCode::BAD_REQUEST,
            "{source} → {target}: {body}"
        );
        assert_eq!(body["code"], code, "{body}");
        assert!(!body["message"].as_str().unwrap_or("").is_empty());
    }
    // A blocked domain (and its subdomains): refused, nothing stored.
    app.set("federation.blocked_domains", "blocked.example")
        .await;
    let (status, body) = send(&app, "https://www.blocked.example/x", &target).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    assert_eq!(body["code"], "blocked_domain", "{body}");
    assert!(
        app.store
            .due_webmentions(i64::MAX, 10)
            .await
            .unwrap()
            .is_empty()
    );

    // Not a form: refused as such.
    let r = visitor()
        .post(format!("{}/webmention", app.base))
        .json(&serde_json::json!({"source": "https://example.org/x", "target": target}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);

    // A source on loopback, without --allow-private-addresses: never fetched.
    put(&pages, "notes/1", 200, reply_page(&target, "Hello."));
    let (status, body) = send(&app, &format!("{site}/notes/1"), &target).await;
    assert_eq!(status, StatusCode::ACCEPTED);
    let id = body["id"].as_i64().unwrap();
    let m = until(&app, id, |m| m.error.is_some()).await;
    assert!(m.comment_id.is_none());
    let error = m.error.unwrap();
    assert!(
        error.contains("127.0.0.1") || error.contains("private") || error.contains("not allowed"),
        "{error}"
    );

    // Off: there is no endpoint, and articles do not advertise one.
    app.set("federation.enabled", "false").await;
    let (status, body) = send(&app, "https://example.org/x", &target).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{body}");
    let page = app.get("/articles/test-story").await;
    assert!(
        !page_links(&page).iter().any(|l| l.contains("webmention")),
        "{:?}",
        page_links(&page)
    );
    assert!(!page.has("link[rel=webmention]"));
}

#[tokio::test]
async fn an_oversized_source_is_not_read() {
    let app = app(true).await;
    let (site, pages) = other_site().await;
    let target = format!("{}/articles/test-story", app.base);
    let huge = format!(
        "{}{}",
        reply_page(&target, "Big."),
        "<p>padding</p>".repeat(200_000)
    );
    put(&pages, "big", 200, huge);
    let (status, body) = send(&app, &format!("{site}/big"), &target).await;
    assert_eq!(status, StatusCode::ACCEPTED);
    let id = body["id"].as_i64().unwrap();
    let m = until(&app, id, |m| m.error.is_some()).await;
    assert!(m.comment_id.is_none(), "{m:?}");
    assert!(
        m.error.as_deref().unwrap_or("").contains("more than"),
        "{m:?}"
    );
    assert_eq!(m.state, MentionState::Pending, "tried again later: {m:?}");
}

/// Pages as Python's mf2py reads them, or `None` with a notice where mf2py
/// is missing (a failure under CI=true).
fn mf2py(pages: &[(&str, &str)]) -> Option<Vec<serde_json::Value>> {
    let dir = tempfile::tempdir().unwrap();
    let mut args = Vec::new();
    for (i, (html, url)) in pages.iter().enumerate() {
        let p = dir.path().join(format!("page{i}.html"));
        std::fs::write(&p, html).unwrap();
        args.push(p.to_string_lossy().into_owned());
        args.push((*url).to_string());
    }
    let parsed = crate::helpers::python_json(
        "mf2py, ronkyuu",
        "mf2py",
        "the mf2py and ronkyuu halves of the Webmention tests (not installed)",
        "mf2parse.py",
        &args,
    )?;
    Some(serde_json::from_value(parsed).unwrap())
}

/// The first h-entry's property `name`, as mf2py gives it (a nested
/// microformat's `value`, a plain string, or a URL).
fn prop(entry: &serde_json::Value, name: &str) -> Vec<String> {
    entry["properties"][name]
        .as_array()
        .map(|values| {
            values
                .iter()
                .map(|v| match v {
                    serde_json::Value::String(s) => s.clone(),
                    other => other["value"]
                        .as_str()
                        .or(other["properties"]["name"][0].as_str())
                        .unwrap_or_default()
                        .to_string(),
                })
                .collect()
        })
        .unwrap_or_default()
}

/// What masthead reads of a source and what it writes on its article page
/// agree with mf2py, a second, independent microformats parser.
#[tokio::test]
async fn the_microformats_masthead_reads_and_writes_agree_with_mf2py() {
    let app = app(true).await;
    let target = format!("{}/articles/test-story", app.base);
    let source = "https://blog.example/notes/1";
    let reply = reply_page(&target, "I <b>agree</b>.");
    let like = format!(
        r#"<div class="h-entry"><a class="p-author h-card" href="/">Eve</a> liked
        <div class="u-like-of h-cite"><a class="u-url" href="{target}">this</a></div></div>"#
    );
    let article = app.get("/articles/test-story").await.body;
    let Some(parsed) = mf2py(&[(&reply, source), (&like, source), (&article, &target)]) else {
        return;
    };
    let entry = |i: usize| {
        parsed[i]["items"]
            .as_array()
            .and_then(|items| items.iter().find(|it| it["type"][0] == "h-entry"))
            .cloned()
            .unwrap_or_else(|| panic!("no h-entry in page {i}: {}", parsed[i]))
    };
    let (s, t) = (
        url::Url::parse(source).unwrap(),
        url::Url::parse(&target).unwrap(),
    );

    // The reply: masthead's reading, property by property, is mf2py's.
    let ours = masthead_core::federation::webmention::read_source(&reply, &s, &t).unwrap();
    let theirs = entry(0);
    assert_eq!(ours.kind, Kind::Reply);
    assert_eq!(prop(&theirs, "in-reply-to"), [target.as_str()]);
    assert_eq!(prop(&theirs, "author"), [ours.author.name.as_str()]);
    assert_eq!(
        theirs["properties"]["author"][0]["properties"]["url"][0],
        ours.author.url.unwrap().as_str()
    );
    assert_eq!(prop(&theirs, "url"), [ours.url.to_string()]);
    assert!(prop(&theirs, "content")[0].contains("I agree."), "{theirs}");

    // The like, its target inside an h-cite.
    let ours = masthead_core::federation::webmention::read_source(&like, &s, &t).unwrap();
    let theirs = entry(1);
    assert_eq!(ours.kind, Kind::Like);
    assert_eq!(prop(&theirs, "like-of"), [target.as_str()]);
    assert_eq!(prop(&theirs, "author"), ["Eve"]);
    assert_eq!(ours.author.name, "Eve");

    // The article page masthead writes: an h-entry with its name, address,
    // date, summary and text.
    let theirs = entry(2);
    assert_eq!(prop(&theirs, "name"), ["A test story"]);
    assert_eq!(prop(&theirs, "url"), [target.as_str()]);
    assert_eq!(prop(&theirs, "summary"), ["What happened."]);
    assert!(
        prop(&theirs, "published")[0].starts_with("2024-05-01"),
        "{theirs}"
    );
    assert!(
        prop(&theirs, "content")[0].contains("Second paragraph."),
        "{theirs}"
    );
    // …and masthead's own reader finds the same.
    let page = scraper::Html::parse_document(&article);
    let own = masthead_core::federation::mf2::first_entry(&page, &t).unwrap();
    assert_eq!(own.name, "A test story");
    assert_eq!(own.url.unwrap().as_str(), target);
}

/// A Webmention client nobody here wrote (ronkyuu, PyPI) finds the endpoint
/// on the article's page by itself and sends a reply there; the reply is
/// held like any other.
#[tokio::test]
async fn an_independent_client_discovers_the_endpoint_and_its_reply_is_held() {
    let app = app(true).await;
    let (site, pages) = other_site().await;
    let target = format!("{}/articles/test-story", app.base);
    put(
        &pages,
        "notes/7",
        200,
        reply_page(&target, "Sent by ronkyuu."),
    );
    let source = format!("{site}/notes/7");
    if mf2py(&[]).is_none() {
        return;
    }
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/send_webmention.py"
    );
    // Run beside the server, which answers on this test's runtime.
    let out = tokio::process::Command::new("python3")
        .args([script, &source, &target])
        .output()
        .await
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let sent: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        sent["discovered"],
        format!("{}/webmention", app.base),
        "{sent}"
    );
    assert_eq!(sent["status"], 202, "{sent}");
    let body: serde_json::Value = serde_json::from_str(sent["body"].as_str().unwrap()).unwrap();
    let id = body["id"].as_i64().unwrap();
    let m = until(&app, id, |m| m.state != MentionState::Pending).await;
    assert_eq!(m.state, MentionState::Verified(Kind::Reply));
    let c = app
        .store
        .comment(m.comment_id.unwrap())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(c.status, CommentStatus::Pending);
    assert!(c.content_source.contains("Sent by ronkyuu."));
}

/// What the linked site received: (source, target) of each POST.
type Received = Arc<Mutex<Vec<(String, String)>>>;

/// A site that takes Webmentions: `/with-header` names its endpoint in a
/// `Link` header, `/with-html` in its HTML, `/plain` nowhere.
async fn linked_site() -> (String, Received) {
    use axum::routing::{get, post};
    let got: Received = Arc::default();
    let page = |head: &'static str| {
        format!("<!doctype html><html><head>{head}</head><body><p>A page.</p></body></html>")
    };
    let with_header = page("");
    let with_html = page(r#"<link rel="webmention" href="/endpoint">"#);
    let plain = page("");
    let app = axum::Router::new()
        .route(
            "/with-header",
            get(move || async move {
                (
                    [
                        ("content-type", "text/html"),
                        ("link", r#"</endpoint>; rel="webmention""#),
                    ],
                    with_header,
                )
            }),
        )
        .route(
            "/with-html",
            get(move || async move { ([("content-type", "text/html")], with_html) }),
        )
        .route(
            "/plain",
            get(move || async move { ([("content-type", "text/html")], plain) }),
        )
        .route(
            "/endpoint",
            post(|State(got): State<Received>, body: String| async move {
                let fields: HashMap<String, String> = url::form_urlencoded::parse(body.as_bytes())
                    .into_owned()
                    .collect();
                got.lock().expect("lock").push((
                    fields.get("source").cloned().unwrap_or_default(),
                    fields.get("target").cloned().unwrap_or_default(),
                ));
                AxumStatus::ACCEPTED
            }),
        )
        .with_state(got.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move { axum::serve(listener, app).await });
    (format!("http://{addr}"), got)
}

fn story(body: &str) -> masthead_core::article::NewArticle {
    let text = format!(
        "+++\ntitle = \"Linking story\"\nslug = \"linking-story\"\npublished = 2024-05-01T10:00:00Z\n+++\n\n{body}\n"
    );
    masthead::article_file::parse(&text, std::path::Path::new("."))
        .expect("article file")
        .article
}

/// Waits (at most 30 s) until the linked site has received `n` mentions.
async fn received(got: &Received, n: usize) -> Vec<(String, String)> {
    let start = Instant::now();
    loop {
        let now = got.lock().expect("lock").clone();
        if now.len() >= n {
            return now;
        }
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "only {now:?} received"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn a_published_articles_links_are_told_and_told_again_when_they_go() {
    let app = app(true).await;
    let (site, got) = linked_site().await;
    let body = format!(
        "See [one]({site}/with-header), [two]({site}/with-html#part), [three]({site}/plain) \
         and [ours]({}/articles/test-story).",
        app.base
    );
    let id = masthead_core::service::add_article(app.store.as_ref(), &story(&body))
        .await
        .unwrap();
    let source = format!("{}/articles/linking-story", app.base);
    let mut told = received(&got, 2).await;
    told.sort();
    assert_eq!(
        told,
        [
            (source.clone(), format!("{site}/with-header")),
            (source.clone(), format!("{site}/with-html")),
        ]
    );
    // Every link's outcome is kept; the site's own link is not told.
    let start = Instant::now();
    let sends = loop {
        let sends = app.store.sends(id).await.unwrap();
        if sends
            .iter()
            .all(|s| s.state != masthead_core::store::SendState::Pending)
        {
            break sends;
        }
        assert!(start.elapsed() < Duration::from_secs(30), "{sends:?}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    let states: Vec<(String, &str)> = sends
        .iter()
        .map(|s| (s.target.replace(&site, ""), s.state.as_str()))
        .collect();
    assert_eq!(
        states,
        [
            ("/plain".to_string(), "none"),
            ("/with-header".to_string(), "sent"),
            ("/with-html".to_string(), "sent"),
        ]
    );
    assert_eq!(sends[1].endpoint, Some(format!("{site}/endpoint")));
    assert_eq!(sends[1].status, Some(202));

    // An update without the first link: its site is told again (it will
    // find the link gone), and so is the one still linked.
    got.lock().expect("lock").clear();
    let body = format!("Now only [two]({site}/with-html).");
    assert!(
        masthead_core::service::update_article(app.store.as_ref(), id, &story(&body))
            .await
            .unwrap()
    );
    let mut told = received(&got, 2).await;
    told.sort();
    assert_eq!(
        told,
        [
            (source.clone(), format!("{site}/with-header")),
            (source.clone(), format!("{site}/with-html")),
        ]
    );
}
