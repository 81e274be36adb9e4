//! The rendered-page cache: hits for readers, exact invalidation when another
//! process changes what the page shows, fresh form tokens, 304s.
use crate::helpers::{TestApp, stderr, visitor};
use reqwest::StatusCode;

async fn get(
    app: &TestApp,
    client: &reqwest::Client,
    path: &str,
    etag: Option<&str>,
) -> (StatusCode, String, String, String) {
    let mut r = client.get(format!("{}{path}", app.base));
    if let Some(e) = etag {
        r = r.header("if-none-match", e);
    }
    let resp = r.send().await.unwrap();
    let header = |n: &str| {
        resp.headers()
            .get(n)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string()
    };
    let (cache, tag) = (header("x-cache"), header("etag"));
    (resp.status(), cache, tag, resp.text().await.unwrap())
}

fn token(body: &str) -> String {
    let doc = scraper::Html::parse_document(body);
    let sel = scraper::Selector::parse("input[name=mh_token]").unwrap();
    doc.select(&sel)
        .next()
        .and_then(|e| e.value().attr("value"))
        .unwrap_or_default()
        .to_string()
}

#[tokio::test]
async fn pages_are_cached_until_something_they_show_changes() {
    let (app, article) = TestApp::with_article().await;
    let reader = visitor();
    let path = "/articles/test-story";
    let (status, first, etag, body1) = get(&app, &reader, path, None).await;
    assert_eq!((status, first.as_str()), (StatusCode::OK, "miss"));
    let (_, second, _, body2) = get(&app, &reader, path, None).await;
    assert_eq!(second, "hit");
    // Each visitor gets a fresh, valid form token, never the cache's placeholder.
    let (t1, t2) = (token(&body1), token(&body2));
    assert!(!t1.is_empty() && !t2.is_empty() && !body2.contains("PLACEHOLDER"));
    let (status, _, _, _) = get(&app, &reader, path, Some(&etag)).await;
    assert_eq!(status, StatusCode::NOT_MODIFIED);

    // A held comment does not change the page: still a hit, still 304.
    let id = article.to_string();
    let held = app
        .post_form_as(
            &visitor(),
            &[
                ("comment_post_ID", &id),
                ("author", "New Reader"),
                ("email", "new@example.com"),
                ("comment", "Held for now."),
                ("mh_token", &t2),
            ],
        )
        .await;
    assert_eq!(held.status, StatusCode::SEE_OTHER);
    let (status, _, _, _) = get(&app, &reader, path, Some(&etag)).await;
    assert_eq!(status, StatusCode::NOT_MODIFIED);
    assert_eq!(get(&app, &reader, path, None).await.1, "hit");

    // The public JSON list is cached the same way.
    let api = format!("/wp-json/wp/v2/comments?post={article}");
    let before = app.get(&api).await;
    assert_eq!(before.headers["x-wp-total"], "0");
    assert_eq!(app.get(&api).await.body, before.body);

    // Approved from another process (the CLI): the next view shows it.
    let pending = app.store.comments(&Default::default()).await.unwrap();
    let cid = pending[0].id.0.to_string();
    let out = app.cli(&["comments", "approve", &cid]).await;
    assert!(out.status.success(), "{}", stderr(&out));
    let (status, cache, etag2, body) = get(&app, &reader, path, Some(&etag)).await;
    assert_eq!((status, cache.as_str()), (StatusCode::OK, "miss"));
    assert_ne!(etag, etag2);
    assert!(body.contains("Held for now."));
    let after = app.get(&api).await;
    assert_eq!(after.headers["x-wp-total"], "1");
    assert!(after.body.contains("Held for now."));

    // The home page follows the same rule: a new article shows at once.
    assert!(!app.get("/").await.body.contains("Fresh off the wire"));
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("fresh.md");
    std::fs::write(&file, "+++\ntitle = \"Fresh off the wire\"\n+++\nBody.\n").unwrap();
    let out = app.cli(&["article", "add", file.to_str().unwrap()]).await;
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(app.get("/").await.body.contains("Fresh off the wire"));

    // A setting changed elsewhere shows at once too.
    let out = app
        .cli(&["settings", "set", "site.title", "The Evening Test"])
        .await;
    assert!(out.status.success(), "{}", crate::helpers::stderr(&out));
    let (_, cache, _, body) = get(&app, &reader, path, None).await;
    assert_eq!(cache, "miss");
    assert!(body.contains("The Evening Test"));

    // A reader with a held comment of their own is never served the shared page.
    let author = visitor();
    let page = app.get_as(&author, path).await;
    let mine = app
        .post_form_as(
            &author,
            &[
                ("comment_post_ID", &id),
                ("author", "Another Reader"),
                ("email", "another@example.com"),
                ("comment", "Only I can see this."),
                ("mh_token", &token(&page.body)),
            ],
        )
        .await;
    assert_eq!(mine.status, StatusCode::SEE_OTHER);
    let (_, cache, _, body) = get(&app, &author, path, None).await;
    assert_eq!(cache, "");
    assert!(body.contains("Only I can see this."));
    let (_, _, _, body) = get(&app, &reader, path, None).await;
    assert!(!body.contains("Only I can see this."));
}

/// What `gzip -dc` (not our own code) makes of a body, and whether it took it.
fn gunzip(body: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut child = std::process::Command::new("gzip")
        .args(["-dc"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("gzip is installed");
    child.stdin.take().unwrap().write_all(body).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "gzip -dc refused the body");
    out.stdout
}

/// A browser asks for compressed pages: cached pages and lists come
/// gzipped (compressed once, the form token spliced in per request), and
/// decode to exactly what an uncompressed request gets.
#[tokio::test]
async fn cached_answers_come_gzipped_to_clients_that_ask() {
    let (app, article) = TestApp::with_article().await;
    app.approved_comment(article, "Reader One", "A <em>first</em> comment.", None)
        .await;
    let client = visitor();
    let fetch = |path: String, encoding: &'static str| {
        let req = client
            .get(format!("{}{path}", app.base))
            .header("accept-encoding", encoding);
        async move {
            let r = req.send().await.unwrap();
            let h = r.headers().clone();
            (r.status(), h, r.bytes().await.unwrap().to_vec())
        }
    };
    for path in [
        "/articles/test-story".to_string(),
        "/".to_string(),
        format!("/wp-json/wp/v2/comments?post={article}"),
    ] {
        let (_, _, plain) = fetch(path.clone(), "identity").await;
        let plain = String::from_utf8(plain).unwrap();
        // The first gzipped answer may be a miss; the next ones are hits.
        for round in 0..3 {
            let (status, headers, body) = fetch(path.clone(), "br;q=1, gzip;q=0.8").await;
            assert_eq!(status, StatusCode::OK, "{path}");
            assert_eq!(headers["content-encoding"], "gzip", "{path} round {round}");
            assert_eq!(headers["content-length"], body.len().to_string().as_str());
            assert!(
                headers.get_all("vary").iter().any(|v| v
                    .to_str()
                    .unwrap_or("")
                    .to_lowercase()
                    .contains("accept-encoding")),
                "{path}: Vary"
            );
            let text = String::from_utf8(gunzip(&body)).unwrap();
            if path.starts_with("/articles/") {
                // Identical but for the form token, which is valid and fresh.
                assert!(!token(&text).is_empty() && !text.contains("mhtoken"));
                assert_eq!(
                    text.replace(&token(&text), "T"),
                    plain.replace(&token(&plain), "T")
                );
            } else {
                assert_eq!(text, plain, "{path}");
            }
        }
        // Refusing gzip gets the plain text.
        let (_, headers, body) = fetch(path.clone(), "gzip;q=0, br;q=0").await;
        assert!(headers.get("content-encoding").is_none(), "{path}");
        assert!(String::from_utf8(body).is_ok());
    }
    // A token from a gzipped page posts a comment like any other.
    let (_, _, body) = fetch("/articles/test-story".into(), "gzip").await;
    let page = String::from_utf8(gunzip(&body)).unwrap();
    let id = article.to_string();
    let posted = app
        .post_form_as(
            &client,
            &[
                ("comment_post_ID", &id),
                ("author", "Gzip Reader"),
                ("email", "gz@example.com"),
                ("comment", "Posted from a compressed page."),
                ("mh_token", &token(&page)),
            ],
        )
        .await;
    assert_eq!(posted.status, StatusCode::SEE_OTHER);
}
