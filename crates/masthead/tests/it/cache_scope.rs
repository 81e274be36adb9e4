//! A change retires what shows it and nothing else, and a change costs one
//! render: a comment approved on one story leaves every other story's cached
//! page in place (by this server's cache metrics, not by timing), whoever
//! approved it (this process or another); a site-wide change retires every
//! page; readers who miss the same page at once wait for one render.
use crate::helpers::{ARTICLE, TestApp, metric, visitor};
use reqwest::StatusCode;

const A: &str = "/articles/test-story";
const B: &str = "/articles/other-story";

/// This server's `masthead_page_renders` and `masthead_page_hits`.
async fn counts(app: &TestApp) -> (f64, f64) {
    let text = app.get("/metrics").await.body;
    (
        metric(&text, "masthead_page_renders"),
        metric(&text, "masthead_page_hits"),
    )
}

async fn cache_of(app: &TestApp, path: &str) -> (String, String) {
    let page = app.get_as(&visitor(), path).await;
    assert_eq!(page.status, StatusCode::OK, "{path}");
    let cache = page
        .headers
        .get("x-cache")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    (cache, page.body)
}

/// Reads `path` until it is served from the cache (on PostgreSQL the first
/// views may come before the server listens for changes).
async fn warm(app: &TestApp, path: &str) {
    for _ in 0..200 {
        if cache_of(app, path).await.0 == "hit" {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    panic!("{path} is never served from the cache");
}

/// 32 readers asking for `path` at the same moment, their bodies.
async fn at_once(app: &TestApp, path: &str) -> Vec<String> {
    let readers: Vec<_> = (0..32)
        .map(|_| {
            let url = format!("{}{path}", app.base);
            tokio::spawn(async move {
                let r = visitor().get(url).send().await.unwrap();
                assert_eq!(r.status(), StatusCode::OK);
                r.text().await.unwrap()
            })
        })
        .collect();
    let mut bodies = Vec::new();
    for reader in readers {
        bodies.push(reader.await.unwrap());
    }
    bodies
}

async fn two_stories() -> (TestApp, i64, i64) {
    let (app, a) = TestApp::with_article().await;
    let b = app
        .add_article(
            &ARTICLE
                .replace("test-story", "other-story")
                .replace("A test story", "Another story"),
        )
        .await;
    (app, a, b)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_comment_on_one_story_leaves_the_other_stories_cached() {
    let (app, a, _) = two_stories().await;
    warm(&app, A).await;
    warm(&app, B).await;

    // Approved through this server's own store…
    let first = app
        .approved_comment(a, "Ann Reader", "First on story A.", None)
        .await;
    let (renders, hits) = counts(&app).await;
    let (cache, body) = cache_of(&app, A).await;
    assert_eq!(cache, "miss");
    assert!(body.contains("First on story A."));
    assert!(body.contains(&format!("id=\"comment-{first}\"")));
    assert_eq!(cache_of(&app, B).await.0, "hit", "B's page survived");
    assert_eq!(counts(&app).await, (renders + 1.0, hits + 1.0));

    // …and by another process (the CLI), which the server learns of from
    // the database.
    let held = app
        .comment_as(
            &visitor(),
            a,
            "Bo Reader",
            "bo@example.com",
            "Second on A.",
            None,
        )
        .await;
    assert_eq!(
        cache_of(&app, A).await.0,
        "hit",
        "a held comment changes nothing"
    );
    let out = app.cli(&["comments", "approve", &held.to_string()]).await;
    assert!(out.status.success());
    let (renders, hits) = counts(&app).await;
    assert_eq!(cache_of(&app, B).await.0, "hit");
    let (cache, body) = cache_of(&app, A).await;
    assert_eq!(cache, "miss");
    assert!(body.contains("Second on A."));
    assert_eq!(counts(&app).await, (renders + 1.0, hits + 1.0));

    // Trashing it is a change of A's too.
    let out = app.cli(&["comments", "trash", &held.to_string()]).await;
    assert!(out.status.success());
    assert_eq!(cache_of(&app, B).await.0, "hit");
    let (cache, body) = cache_of(&app, A).await;
    assert_eq!(cache, "miss");
    assert!(!body.contains("Second on A."));

    // A site-wide change retires every page.
    let out = app
        .cli(&["settings", "set", "site.title", "The Evening Paper"])
        .await;
    assert!(out.status.success());
    for path in [A, B] {
        let (cache, body) = cache_of(&app, path).await;
        assert_eq!(cache, "miss", "{path}");
        assert!(body.contains("The Evening Paper"), "{path}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn readers_missing_the_same_page_at_once_share_one_render() {
    let (app, a, _) = two_stories().await;
    warm(&app, A).await;
    for round in 0..3 {
        let text = format!("Comment number {round} of the live story.");
        app.approved_comment(a, &format!("Reader {round}"), &text, None)
            .await;
        let (renders, _) = counts(&app).await;
        for body in at_once(&app, A).await {
            assert!(body.contains(&text), "every reader sees the new comment");
        }
        assert_eq!(
            counts(&app).await.0,
            renders + 1.0,
            "32 readers at once, one render (round {round})"
        );
    }
}

#[tokio::test]
async fn the_cache_stays_within_its_byte_budget() {
    let config = masthead_web::WebConfig {
        cache_budget_bytes: 1 << 20,
        ..Default::default()
    };
    let app = TestApp::spawn_with(config).await;
    let body = "A paragraph of the archive. ".repeat(1500);
    for i in 0..40 {
        let text = format!(
            "+++\ntitle = \"Story {i}\"\nslug = \"story-{i}\"\npublished = 2024-05-01T10:00:00Z\n+++\n\n{body}\n"
        );
        app.add_article(&text).await;
    }
    for i in 0..40 {
        assert_eq!(
            app.get(&format!("/articles/story-{i}")).await.status,
            StatusCode::OK
        );
    }
    let text = app.get("/metrics").await.body;
    let bytes: f64 = text
        .lines()
        .find_map(|l| l.strip_prefix(r#"masthead_cache_bytes{cache="pages"} "#))
        .and_then(|v| v.trim().parse().ok())
        .expect("masthead_cache_bytes");
    let pages: f64 = text
        .lines()
        .find_map(|l| l.strip_prefix(r#"masthead_cache_entries{cache="pages"} "#))
        .and_then(|v| v.trim().parse().ok())
        .expect("masthead_cache_entries");
    assert!(bytes > 0.0 && bytes <= (1 << 20) as f64, "{bytes} bytes");
    assert!(
        pages < 40.0,
        "the least recently used pages were let go ({pages} kept)"
    );
    // The most recent page is still served from the cache, the first is not.
    let cache = |p: &crate::helpers::Page| {
        p.headers
            .get("x-cache")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string()
    };
    assert_eq!(cache(&app.get("/articles/story-39").await), "hit");
    assert_eq!(cache(&app.get("/articles/story-0").await), "miss");
}

#[tokio::test]
async fn pages_tell_shared_caches_what_they_may_keep_and_under_which_keys() {
    let (app, a, _) = two_stories().await;
    let header = |p: &crate::helpers::Page, n: &str| {
        p.headers
            .get(n)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string()
    };
    let page = app.get_as(&visitor(), A).await;
    assert_eq!(
        header(&page, "cache-control"),
        "public, max-age=0, s-maxage=60"
    );
    assert_eq!(header(&page, "xkey"), format!("article-{a} site"));
    assert_eq!(header(&page, "surrogate-key"), format!("article-{a} site"));
    assert_eq!(header(&page, "cache-tag"), format!("article-{a},site"));
    for _ in 0..2 {
        // Rendered, then from the cache: the same headers.
        let home = app.get_as(&visitor(), "/").await;
        assert_eq!(header(&home, "xkey"), "home site");
        assert_eq!(
            header(&home, "cache-control"),
            "public, max-age=0, s-maxage=60"
        );
    }
    // A visitor with a held comment of their own: for their browser only.
    let commenter = visitor();
    app.comment_as(
        &commenter,
        a,
        "Held Reader",
        "held@example.com",
        "Mine, held.",
        None,
    )
    .await;
    let own = app.get_as(&commenter, A).await;
    assert!(own.body.contains("Mine, held."));
    assert_eq!(header(&own, "cache-control"), "private, no-cache");
    assert!(header(&own, "xkey").is_empty());
    // Staff pages: never stored.
    let login = app.get_as(&visitor(), "/admin/login").await;
    assert_eq!(header(&login, "cache-control"), "private, no-store");
}

/// Whole answers (the home page, the REST list, a feed) follow the one
/// cache call too: readers who miss the same answer at once after a change
/// wait for one render, and each sees the change.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn readers_missing_the_same_answer_at_once_share_one_render() {
    let (app, a, _) = two_stories().await;
    let renders = |text: &str| metric(text, "masthead_response_renders");
    let list = format!("/wp-json/wp/v2/comments?post={a}");
    for (round, path) in ["/", list.as_str(), "/comments/feed/"].iter().enumerate() {
        // Kept: asking again renders nothing (on PostgreSQL the first asks
        // may come before the server listens for changes).
        let mut kept = false;
        for _ in 0..200 {
            let before = renders(&app.get("/metrics").await.body);
            app.get(path).await;
            if renders(&app.get("/metrics").await.body) == before {
                kept = true;
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        }
        assert!(kept, "{path} is never served from the cache");
        let text = format!("Answer number {round} of the live story.");
        app.approved_comment(a, &format!("Reader {round}"), &text, None)
            .await;
        let before = renders(&app.get("/metrics").await.body);
        for body in at_once(&app, path).await {
            // The home page lists stories, not comments: it must just be the
            // page rendered after the change (one render shows that).
            if *path != "/" {
                assert!(
                    body.contains(&text),
                    "{path}: every reader sees the new comment"
                );
            }
        }
        let after = renders(&app.get("/metrics").await.body);
        assert_eq!(
            after,
            before + 1.0,
            "32 readers of {path} at once, one render"
        );
    }
}
