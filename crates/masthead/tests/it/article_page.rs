//! The article page as the seed shows it, the home page, 404s and headers.
use crate::helpers::{TestApp, run_cli, stdout, visitor};
use reqwest::StatusCode;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

const FULL: &str = r#"+++
title = "Russia: Moscow never promised withdrawal"
standfirst = "Lavrov says the presence is legitimate."
byline = "Reuters"
published = 2017-11-14T12:30:00Z
contributors = ["Tovah Lazaoff"]
[photo]
src = "https://images.example.com/photo.jpg"
alt = "Two leaders"
caption = "Donald Trump and Vladimir Putin say Islamic State can be defeated in Syria, November 11, 2017."
credit = "Reuters"
[source]
name = "Reuters"
url = "https://www.reuters.com/"
+++
Russia never promised the United States *anything*.

Second paragraph <script>alert(1)</script>.
"#;

#[tokio::test]
async fn the_article_page_has_every_part_of_the_seed() {
    let app = TestApp::spawn().await;
    app.add_article(FULL).await;
    let page = app
        .get("/articles/russia-moscow-never-promised-withdrawal")
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(
        page.text("h1.headline"),
        "Russia: Moscow never promised withdrawal"
    );
    assert_eq!(
        page.text(".standfirst"),
        "Lavrov says the presence is legitimate."
    );
    assert!(page.text(".byline").contains("Reuters"));
    assert_eq!(
        page.attr(".meta time", "datetime").as_deref(),
        Some("2017-11-14T12:30:00+00:00")
    );
    assert_eq!(page.text(".meta time"), "November 14, 2017");
    assert_eq!(
        page.attr("figure.photo img", "src").as_deref(),
        Some("https://images.example.com/photo.jpg")
    );
    assert_eq!(
        page.attr("figure.photo img", "alt").as_deref(),
        Some("Two leaders")
    );
    assert_eq!(
        page.text("figure.photo figcaption"),
        "Donald Trump and Vladimir Putin say Islamic State can be defeated in Syria, November 11, 2017. (Reuters)"
    );
    assert!(page.body.contains("<em>anything</em>"));
    assert!(
        !page.body.contains("<script>alert"),
        "article body not sanitised"
    );
    assert_eq!(
        page.text(".contributors"),
        "Tovah Lazaoff contributed to this report."
    );
    assert_eq!(page.text(".article-source"), "Article source: Reuters");
    assert_eq!(
        page.attr(".article-source a", "href").as_deref(),
        Some("https://www.reuters.com/")
    );

    // The comment section, in the seed's words.
    assert_eq!(
        page.text("#reply-title")
            .split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" "),
        "Leave a Reply"
    );
    assert_eq!(
        page.text("#email-notes"),
        "Your email address will not be published."
    );
    assert_eq!(
        page.text(".required-field-message"),
        "Required fields are marked *"
    );
    for (id, label) in [
        ("comment", "Comment *"),
        ("author", "Name *"),
        ("email", "Email *"),
        ("url", "Website"),
    ] {
        assert_eq!(page.text(&format!("label[for={id}]")), label);
    }
    assert_eq!(
        page.attr("#submit", "value").as_deref(),
        Some("Post Comment")
    );
    assert_eq!(
        page.text("#form-allowed-tags"),
        r#"You may use these HTML tags and attributes: <a href="" title=""> <abbr title=""> <acronym title=""> <b> <blockquote cite=""> <cite> <code> <del datetime=""> <em> <i> <q cite=""> <strike> <strong>"#
    );
    // WordPress's classic field names.
    for name in [
        "author",
        "email",
        "url",
        "comment",
        "comment_post_ID",
        "comment_parent",
    ] {
        assert!(
            page.has(&format!("#commentform [name={name}]")),
            "missing field {name}"
        );
    }
}

#[tokio::test]
async fn without_a_source_there_is_no_empty_attribution() {
    let (app, _) = TestApp::with_article().await;
    let page = app.get("/articles/test-story").await;
    assert!(!page.body.contains("Article source:"));
    assert!(!page.has("figure.photo"));
    assert!(!page.has(".contributors"));
}

#[tokio::test]
async fn security_headers_are_on_every_html_response() {
    let (app, _) = TestApp::with_article().await;
    for path in ["/", "/articles/test-story", "/nope"] {
        let page = app.get(path).await;
        let csp = page.headers["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("script-src 'self'")
                && !csp.contains("unsafe-inline")
                && !csp.contains("unsafe-eval"),
            "{csp}"
        );
        assert!(csp.contains("frame-ancestors 'none'"));
        assert_eq!(page.headers["x-content-type-options"], "nosniff");
        assert!(page.headers.contains_key("referrer-policy"));
    }
}

#[tokio::test]
async fn the_home_page_lists_articles_newest_first_with_pagination() {
    let app = TestApp::spawn().await;
    for day in 1..=12 {
        app.add_article(&format!(
            "+++\ntitle = \"Story {day}\"\npublished = 2024-01-{day:02}\n+++\nBody {day}.\n"
        ))
        .await;
    }
    let first = app.get("/").await;
    let titles: Vec<String> = first
        .html()
        .select(&scraper::Selector::parse(".article-summary h2").unwrap())
        .map(|e| e.text().collect())
        .collect();
    assert_eq!(titles.len(), 10);
    assert_eq!(titles[0], "Story 12");
    assert_eq!(first.attr("a.older", "href").as_deref(), Some("/page/2"));
    let second = app.get("/page/2").await;
    assert_eq!(second.status, StatusCode::OK);
    assert!(second.body.contains("Story 2") && second.body.contains("Story 1<"));
    assert_eq!(second.attr("a.newer", "href").as_deref(), Some("/"));
    assert!(!second.has("a.older"));
    assert_eq!(app.get("/page/3").await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get("/page/0").await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get("/page/x").await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        app.get("/page/1").await.status,
        StatusCode::PERMANENT_REDIRECT
    );
}

#[tokio::test]
async fn unknown_pages_and_drafts_get_the_404_page() {
    let (app, _) = TestApp::with_article().await;
    app.add_article("+++\ntitle = \"Secret draft\"\nstatus = \"draft\"\n+++\nNot yet.\n")
        .await;
    for path in [
        "/articles/no-such-story",
        "/articles/secret-draft",
        "/articles/..%2F..%2Fetc%2Fpasswd",
        "/articles/test-story/extra",
        "/wp-admin/",
        "/static/nope.css",
        "/media/nope.jpg",
    ] {
        let page = app.get(path).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{path}");
        assert!(
            page.body.contains("Page not found"),
            "{path}: {}",
            page.body
        );
    }
}

#[tokio::test]
async fn a_local_photo_is_stored_and_served() {
    let app = TestApp::spawn().await;
    let dir = tempfile::tempdir().unwrap();
    let mut png = Vec::new();
    image::DynamicImage::ImageRgba8(image::RgbaImage::from_pixel(
        1,
        1,
        image::Rgba([9, 8, 7, 128]),
    ))
    .write_with_encoder(image::codecs::png::PngEncoder::new(&mut png))
    .unwrap();
    std::fs::write(dir.path().join("p.png"), &png).unwrap();
    let file = dir.path().join("story.md");
    std::fs::write(&file, "+++\ntitle = \"Photo story\"\n[photo]\nsrc = \"p.png\"\ncaption = \"A pixel\"\ncredit = \"Staff\"\n+++\nBody.\n").unwrap();
    let out = app.cli(&["article", "add", file.to_str().unwrap()]).await;
    assert!(out.status.success(), "{out:?}");
    let page = app.get("/articles/photo-story").await;
    let src = page.attr("figure.photo img", "src").unwrap();
    assert!(src.starts_with("/media/") && src.ends_with(".png"), "{src}");
    let r = visitor()
        .get(format!("{}{src}", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()["content-type"], "image/png");
    // Re-encoded by the photo pipeline: the same pixel, not the same file.
    let served = image::load_from_memory(&r.bytes().await.unwrap()).unwrap();
    assert_eq!((served.width(), served.height()), (1, 1));
    assert_eq!(page.attr("figure.photo img", "width").as_deref(), Some("1"));
}

/// `serve --demo` from the real binary: the seed article with its discussion.
#[tokio::test]
async fn serve_demo_shows_the_seed_article_with_comments() {
    let dir = tempfile::tempdir().unwrap();
    let test_db = crate::db::TestDb::new(dir.path(), "demo.db").await;
    let db = test_db.url.clone();
    let spawn = || {
        Command::new(env!("CARGO_BIN_EXE_masthead"))
            .args([
                "serve",
                "--demo",
                "--addr",
                "127.0.0.1:0",
                "--database",
                &db,
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap()
    };
    let mut child = spawn();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let loaded = lines.next().unwrap().unwrap();
    assert!(loaded.contains("loaded the demo article"), "{loaded}");
    let serving = lines.next().unwrap().unwrap();
    let base = serving
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap()
        .trim_end_matches('/')
        .to_string();

    let html = visitor()
        .get(format!(
            "{base}/articles/moscow-never-promised-withdrawal-of-iranian-troops-from-syria"
        ))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let page = crate::helpers::Page {
        status: StatusCode::OK,
        headers: Default::default(),
        body: html,
    };
    assert_eq!(
        page.text("h1.headline"),
        "Russia: Moscow never promised withdrawal of Iranian troops from Syria"
    );
    assert!(
        page.text("figure.photo figcaption")
            .ends_with("November 11, 2017. (Reuters)")
    );
    assert_eq!(
        page.text(".contributors"),
        "Tovah Lazaoff contributed to this report."
    );
    // Every body paragraph of the seed is on the page.
    let seed = include_str!("../../demo/article.md");
    let body = seed.splitn(3, "+++").nth(2).unwrap();
    let text = page.text(".article-body");
    for para in body.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
        assert!(text.contains(para), "missing paragraph: {para}");
    }
    assert!(
        !text.contains("Leave a Reply") && !text.contains("Article source"),
        "seed footer left in the body"
    );
    // A threaded discussion that uses allowed HTML.
    assert!(page.has("ol.comment-list > li > ol.children > li"));
    for tag in [
        "em",
        "blockquote",
        "strong",
        "abbr",
        "acronym",
        "q",
        "del",
        "cite",
        "i",
        "b",
    ] {
        assert!(
            page.has(&format!(".comment-content {tag}")),
            "demo discussion lacks <{tag}>"
        );
    }
    child.kill().unwrap();
    child.wait().unwrap();

    // A second --demo on the same database changes nothing.
    let mut child = spawn();
    let first = BufReader::new(child.stdout.take().unwrap())
        .lines()
        .next()
        .unwrap()
        .unwrap();
    assert!(first.contains("already has articles"), "{first}");
    child.kill().unwrap();
    child.wait().unwrap();
    let list = stdout(&run_cli(&db, &["comments", "list", "--json"]));
    let comments: serde_json::Value = serde_json::from_str(&list).unwrap();
    assert_eq!(comments.as_array().unwrap().len(), 5);
}
