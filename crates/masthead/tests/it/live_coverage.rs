//! Live coverage (issue 29, part 4), end to end on both backends: the CLI
//! switches a story to live coverage and adds an update from standard
//! input; an open stream gets it as an `entry` event; the page lists it
//! newest first with its anchor; the JSON-LD is a `LiveBlogPosting` with
//! `liveBlogUpdate` and coverage times as extruct reads it; the article's
//! feed carries it; "Live" shows on the home page only while coverage is on.
use crate::helpers::TestApp;
use crate::seo::{EXTRACT, python, run};
use reqwest::StatusCode;
use std::process::Stdio;
use tokio::io::AsyncWriteExt;

const SLUG: &str = "test-story";

async fn entry(app: &TestApp, slug: &str, html: &str) -> std::process::Output {
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_masthead"))
        .args(["article", "entry", slug, "--author", "Desk"])
        .env("MASTHEAD_DATABASE_URL", &app.db_url)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run masthead");
    let mut stdin = child.stdin.take().expect("stdin");
    stdin.write_all(html.as_bytes()).await.expect("write");
    drop(stdin);
    let out = child.wait_with_output().await.expect("ran");
    app.caught_up().await;
    out
}

/// What the stream sends within `ms`, as text.
async fn stream_for(
    app: &TestApp,
    path: &str,
    ms: u64,
    during: impl std::future::Future,
) -> String {
    let mut response = reqwest::Client::new()
        .get(format!("{}{path}", app.base))
        .header("accept", "text/event-stream")
        .send()
        .await
        .expect("stream");
    assert_eq!(response.status(), StatusCode::OK);
    during.await;
    let mut text = String::new();
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_millis(ms);
    while let Ok(Ok(Some(chunk))) = tokio::time::timeout_at(deadline, response.chunk()).await {
        text.push_str(&String::from_utf8_lossy(&chunk));
        if text.contains("event: entry") {
            break;
        }
    }
    text
}

#[tokio::test]
async fn a_live_story_gets_its_updates_on_the_page_the_stream_the_json_ld_and_the_feed() {
    let (app, _) = TestApp::with_article().await;
    let out = app.cli(&["article", "live", SLUG, "on"]).await;
    assert!(out.status.success(), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("live coverage of “test-story” is on"));
    let home = app.get("/").await;
    assert!(home.has(".article-summary .live-badge"), "{}", home.body);

    // An open stream gets the update the CLI adds.
    let page = app.get(&format!("/articles/{SLUG}")).await;
    let live = page
        .attr("[data-live]", "data-live")
        .expect("the page names its stream");
    let said = stream_for(&app, &live, 10_000, async {
        let out = entry(
            &app,
            SLUG,
            "<p>Polls have <b>closed</b>.</p><script>alert(1)</script>",
        )
        .await;
        assert!(out.status.success(), "{out:?}");
        assert!(String::from_utf8_lossy(&out.stdout).contains("#entry-1"));
    })
    .await;
    assert!(said.contains("event: entry"), "{said}");
    assert!(said.contains("Polls have closed."), "{said}");
    assert!(!said.contains("script"), "{said}");

    // Newest first on the page, each with its anchor.
    let out = entry(&app, SLUG, "Counting has **begun**.").await;
    assert!(out.status.success(), "{out:?}");
    let page = app.get(&format!("/articles/{SLUG}")).await;
    assert_eq!(
        page.attrs(".live-entry", "id"),
        ["entry-2", "entry-1"],
        "newest first"
    );
    assert!(page.has("#entry-2 a.entry-permalink[href='#entry-2']"));
    assert!(page.has("#live-title .live-badge"));
    assert!(!page.body.contains("alert(1)"));

    // The article's feed carries the updates.
    let feed = app.get(&format!("/articles/{SLUG}/feed/")).await;
    let parsed = feed_rs::parser::parse(feed.body.as_bytes()).expect("a feed");
    let links: Vec<String> = parsed
        .entries
        .iter()
        .flat_map(|e| e.links.iter().map(|l| l.href.clone()))
        .collect();
    assert!(
        links
            .iter()
            .any(|l| l.ends_with("/articles/test-story#entry-2")),
        "{links:?}"
    );

    // Coverage ends: no badge, and the JSON-LD says when.
    let out = app.cli(&["article", "live", SLUG, "off"]).await;
    assert!(out.status.success(), "{out:?}");
    assert!(!app.get("/").await.has(".live-badge"));
    let page = app.get(&format!("/articles/{SLUG}")).await;
    assert!(page.has(".live-entry") && !page.has("#live-title .live-badge"));
    if let Some(py) = python() {
        let got = run(&py, EXTRACT, &[&app.base], &page.body).expect("extruct");
        let data: serde_json::Value = serde_json::from_str(&got).expect("json");
        let doc = &data["json-ld"][0];
        assert_eq!(doc["@type"], "LiveBlogPosting", "{doc}");
        assert!(doc["coverageStartTime"].is_string() && doc["coverageEndTime"].is_string());
        let updates = doc["liveBlogUpdate"].as_array().expect("updates");
        assert_eq!(updates.len(), 2);
        assert_eq!(updates[0]["@type"], "BlogPosting");
        assert_eq!(updates[0]["articleBody"], "Counting has begun.");
        assert!(updates[1]["url"].as_str().unwrap().ends_with("#entry-1"));
    }

    // Bad input: a story that does not exist, an update with no words.
    let out = entry(&app, "no-such-story", "Words.").await;
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("There is no such article."));
    let out = entry(&app, SLUG, "<script>alert(1)</script>").await;
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("An update needs some words."));
    assert_eq!(
        app.store
            .entries(masthead_core::ids::ArticleId(1))
            .await
            .unwrap()
            .len(),
        2
    );
}

/// The same through the REST API: editors switch coverage and add updates
/// (HTML held to the article policy); anyone reads a published story's
/// coverage; moderators, visitors and bad input are refused in WordPress's
/// error shape, nothing stored.
#[tokio::test]
async fn live_coverage_through_the_rest_api() {
    use crate::helpers::{add_user, app_password, call};
    use masthead_core::user::Role;
    use reqwest::Method;
    let (app, id) = TestApp::with_article().await;
    add_user(&app, "ed", Role::Editor).await;
    add_user(&app, "mo", Role::Moderator).await;
    let ed = app_password(&app, "ed").await;
    let mo = app_password(&app, "mo").await;
    let live = format!("/wp-json/masthead/v1/posts/{id}/live");
    let entries = format!("/wp-json/masthead/v1/posts/{id}/entries");

    let (status, _, body) = call(&app, Method::GET, &live, None, None).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["live"], false);
    let (status, _, body) = call(
        &app,
        Method::POST,
        &live,
        Some(("mo", &mo)),
        Some(serde_json::json!({"live": true})),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    let (status, _, body) = call(
        &app,
        Method::POST,
        &live,
        Some(("ed", &ed)),
        Some(serde_json::json!({"live": "maybe"})),
    )
    .await;
    assert_eq!(
        (status, body["code"].as_str()),
        (StatusCode::BAD_REQUEST, Some("rest_invalid_param"))
    );
    let (status, _, body) = call(
        &app,
        Method::POST,
        &live,
        Some(("ed", &ed)),
        Some(serde_json::json!({"live": true})),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["live"], true);
    assert!(body["coverage_start"].is_string());

    let (status, _, body) = call(
        &app,
        Method::POST,
        &entries,
        Some(("ed", &ed)),
        Some(serde_json::json!({"content": "<p>Results <em>soon</em>.</p><img src=x onerror=alert(1)>"})),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let rendered = body["content"]["rendered"].as_str().unwrap();
    assert!(
        rendered.contains("<em>soon</em>") && !rendered.contains("onerror"),
        "{rendered}"
    );
    assert!(
        body["link"]
            .as_str()
            .unwrap()
            .ends_with(&format!("#entry-{}", body["id"]))
    );
    for bad in [
        serde_json::json!({"content": "   "}),
        serde_json::json!({"content": "x".repeat(70_000)}),
    ] {
        let (status, _, body) =
            call(&app, Method::POST, &entries, Some(("ed", &ed)), Some(bad)).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    }
    let (status, _, _) = call(
        &app,
        Method::POST,
        &entries,
        None,
        Some(serde_json::json!({"content": "Anonymous."})),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _, _) = call(
        &app,
        Method::POST,
        "/wp-json/masthead/v1/posts/999/entries",
        Some(("ed", &ed)),
        Some(serde_json::json!({"content": "Nowhere."})),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    let (status, _, body) = call(&app, Method::GET, &live, None, None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["entries"].as_array().unwrap().len(), 1, "{body}");
    assert_eq!(body["live"], true);
}

fn location(p: &crate::helpers::Page) -> &str {
    p.headers
        .get("location")
        .and_then(|v| v.to_str().ok())
        .expect("a redirect")
}

/// The editor's live desk: an editor switches coverage on, posts an update
/// an open stream gets at once, sees a refusal with their text kept, and
/// ends coverage; a moderator may not; a forged form is refused.
#[tokio::test]
async fn the_editor_switches_coverage_and_posts_updates_from_the_admin() {
    use crate::helpers::{add_user, post_as, sign_in, visitor};
    use masthead_core::user::Role;
    let (app, id) = TestApp::with_article().await;
    let client = crate::editor::editor(&app).await;
    let desk = format!("/admin/articles/{id}");
    let page = app.get_as(&client, &desk).await;
    assert!(page.has("#live #live-on"), "{}", page.body);
    assert!(page.body.contains("This story has not been covered live."));
    let csrf = page.attr("input[name=_csrf]", "value").expect("csrf");

    let on = post_as(
        &app,
        &client,
        &format!("{desk}/live"),
        &[("_csrf", &csrf), ("live", "on")],
    )
    .await;
    assert_eq!(on.status, StatusCode::SEE_OTHER, "{}", on.body);
    let page = app.get_as(&client, location(&on)).await;
    assert!(page.has("#live #live-off") && page.has("#live-desk-title .live-badge"));
    assert!(
        page.text("#done").contains("Live coverage is on"),
        "{}",
        page.body
    );
    assert!(page.text("#live-state").starts_with("Live since "));
    assert!(app.get("/").await.has(".article-summary .live-badge"));

    // An update from the desk reaches an open stream.
    let reader = app.get(&format!("/articles/{SLUG}")).await;
    let live = reader.attr("[data-live]", "data-live").expect("stream");
    let said = stream_for(&app, &live, 10_000, async {
        let r = post_as(
            &app,
            &client,
            &format!("{desk}/entries"),
            &[
                ("_csrf", &csrf),
                ("entry", "The **count** begins.<script>alert(1)</script>"),
            ],
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        assert_eq!(location(&r), format!("{desk}?done=entry-posted#live"));
        app.caught_up().await;
    })
    .await;
    assert!(
        said.contains("event: entry") && said.contains("The count begins."),
        "{said}"
    );
    let page = app
        .get_as(&client, &format!("{desk}?done=entry-posted"))
        .await;
    assert!(page.text("#done").contains("Update posted"));
    assert_eq!(page.text("#live-recent li .entry-body strong"), "count");
    assert!(!page.body.contains("alert(1)"));

    // An update with no words comes back with its text and the refusal.
    let r = post_as(
        &app,
        &client,
        &format!("{desk}/entries"),
        &[("_csrf", &csrf), ("entry", "<script>only this</script>")],
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(
        r.text("#entry-error-box")
            .contains("An update needs some words."),
        "{}",
        r.body
    );
    assert_eq!(r.attr("#entry", "aria-invalid").as_deref(), Some("true"));
    assert!(r.text("#entry").contains("<script>only this</script>"));

    // Bad switches and forged forms change nothing.
    let bad = post_as(
        &app,
        &client,
        &format!("{desk}/live"),
        &[("_csrf", &csrf), ("live", "maybe")],
    )
    .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    let forged = post_as(
        &app,
        &client,
        &format!("{desk}/live"),
        &[("_csrf", "forged"), ("live", "off")],
    )
    .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    let missing = post_as(
        &app,
        &client,
        "/admin/articles/999999/live",
        &[("_csrf", &csrf), ("live", "off")],
    )
    .await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    add_user(&app, "mod", Role::Moderator).await;
    let moderator = visitor();
    sign_in(&app, &moderator, "mod", crate::helpers::PASSWORD).await;
    let their_csrf = app
        .get_as(&moderator, "/admin/comments")
        .await
        .attr("input[name=_csrf]", "value")
        .expect("csrf");
    let refused = post_as(
        &app,
        &moderator,
        &format!("{desk}/live"),
        &[("_csrf", &their_csrf), ("live", "off")],
    )
    .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert_eq!(
        app.store
            .entries(masthead_core::ids::ArticleId(id))
            .await
            .unwrap()
            .len(),
        1
    );

    // Coverage ends.
    let off = post_as(
        &app,
        &client,
        &format!("{desk}/live"),
        &[("_csrf", &csrf), ("live", "off")],
    )
    .await;
    assert_eq!(off.status, StatusCode::SEE_OTHER);
    let page = app.get_as(&client, &desk).await;
    assert!(
        page.has("#live #live-on") && page.text("#live-state").starts_with("Live coverage ended ")
    );
    assert!(!app.get("/").await.has(".live-badge"));
}
