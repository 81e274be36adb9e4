//! The feeds: RSS 2.0 and Atom 1.0 of the latest articles, of the site's
//! approved comments and of one article's comments, each read by two
//! independent parsers (feed-rs here, Python's feedparser in a child
//! process) and checked against the store; held and spam comments and
//! emails never appear; conditional requests and the cache's invalidation.
use crate::helpers::{TestApp, visitor};
use masthead_core::comment::{Actor, ModerationAction, Via};
use masthead_core::ids::CommentId;
use masthead_core::store::{ArticleOrder, ArticleQuery, PublicCommentQuery};
use reqwest::StatusCode;

const FEEDS: [&str; 6] = [
    "/feed/",
    "/feed/atom/",
    "/comments/feed/",
    "/comments/feed/atom/",
    "/articles/test-story/feed/",
    "/articles/test-story/feed/atom/",
];

const PHOTO_STORY: &str = "+++\ntitle = \"Photo & <story>\"\nslug = \"photo-story\"\nstandfirst = \"A pixel, seen.\"\nbyline = \"Desk\"\npublished = 2024-05-02T10:00:00Z\n[photo]\nsrc = \"p.png\"\ncaption = \"A pixel\"\ncredit = \"Staff\"\n+++\nBody of the photo story.\n";

async fn moderate(app: &TestApp, id: i64, action: ModerationAction) {
    let actor = Actor {
        user_id: None,
        name: "test".into(),
        via: Via::Cli,
        sections: Vec::new(),
    };
    masthead_core::service::moderate(
        app.store.as_ref(),
        &[CommentId(id)],
        action,
        &actor,
        chrono::Utc::now(),
    )
    .await
    .expect("moderate");
}

/// Two articles (one with an uploaded photo) and, on the first, two approved
/// comments, a held one and a spam one; one approved comment on the second.
async fn site() -> (TestApp, i64, i64, tempfile::TempDir) {
    let (app, story) = TestApp::with_article().await;
    let dir = tempfile::tempdir().unwrap();
    let mut png = Vec::new();
    image::DynamicImage::ImageRgba8(image::RgbaImage::from_pixel(
        2,
        1,
        image::Rgba([9, 8, 7, 255]),
    ))
    .write_with_encoder(image::codecs::png::PngEncoder::new(&mut png))
    .unwrap();
    std::fs::write(dir.path().join("p.png"), &png).unwrap();
    let file = dir.path().join("photo.md");
    std::fs::write(&file, PHOTO_STORY).unwrap();
    let out = app.cli(&["article", "add", file.to_str().unwrap()]).await;
    assert!(out.status.success(), "{out:?}");
    let photo = app
        .store
        .article_by_slug("photo-story")
        .await
        .unwrap()
        .unwrap()
        .id
        .0;
    let ann = app
        .approved_comment(story, "Ann", "First <b>thought</b> & more.", None)
        .await;
    app.approved_comment(story, "Bob", "A reply to Ann.", Some(ann))
        .await;
    let held = app
        .comment_as(
            &visitor(),
            story,
            "Hal",
            "hal.secret@example.com",
            "Held text, never syndicated.",
            None,
        )
        .await;
    let spam = app
        .comment_as(
            &visitor(),
            story,
            "Sam",
            "sam.spam@example.com",
            "Spam text, never syndicated.",
            None,
        )
        .await;
    moderate(&app, spam, ModerationAction::Spam).await;
    let held_now = app.store.comment(CommentId(held)).await.unwrap().unwrap();
    assert_ne!(held_now.status.as_str(), "approved");
    app.approved_comment(photo, "Cat", "On the photo story.", None)
        .await;
    (app, story, photo, dir)
}

struct Fetched {
    path: &'static str,
    body: Vec<u8>,
    feed: feed_rs::model::Feed,
}

async fn fetch(app: &TestApp, path: &'static str) -> Fetched {
    let r = visitor()
        .get(format!("{}{path}", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK, "{path}");
    let kind = if path.ends_with("atom/") {
        "atom"
    } else {
        "rss"
    };
    assert_eq!(
        r.headers()["content-type"],
        format!("application/{kind}+xml; charset=utf-8"),
        "{path}"
    );
    assert!(r.headers().contains_key("etag"), "{path}");
    let body = r.bytes().await.unwrap().to_vec();
    let feed = feed_rs::parser::parse(body.as_slice())
        .unwrap_or_else(|e| panic!("{path}: feed-rs: {e}\n{}", String::from_utf8_lossy(&body)));
    Fetched { path, body, feed }
}

fn title(e: &feed_rs::model::Entry) -> String {
    e.title
        .as_ref()
        .map(|t| t.content.clone())
        .unwrap_or_default()
}

fn link(e: &feed_rs::model::Entry) -> String {
    e.links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
        .map(|l| l.href.clone())
        .unwrap_or_default()
}

fn content(e: &feed_rs::model::Entry) -> String {
    e.content
        .as_ref()
        .and_then(|c| c.body.clone())
        .or_else(|| e.summary.as_ref().map(|s| s.content.clone()))
        .unwrap_or_default()
}

#[tokio::test]
async fn every_feed_parses_and_matches_the_store() {
    let (app, story, photo, _dir) = site().await;
    let mut fetched = Vec::new();
    for path in FEEDS {
        fetched.push(fetch(&app, path).await);
    }
    // What the store says readers may see.
    let (articles, _) = app
        .store
        .query_articles(&ArticleQuery {
            order_by: ArticleOrder::Date,
            limit: 100,
            ..ArticleQuery::default()
        })
        .await
        .unwrap();
    let (all, _) = app
        .store
        .query_public_comments(&PublicCommentQuery {
            limit: 100,
            ..PublicCommentQuery::default()
        })
        .await
        .unwrap();
    assert_eq!(articles.len(), 2);
    assert_eq!(all.len(), 3);
    let story_comments: Vec<_> = all.iter().filter(|c| c.article_id.0 == story).collect();
    assert_eq!(story_comments.len(), 2);
    let media = app
        .store
        .article_by_id(masthead_core::ids::ArticleId(photo))
        .await
        .unwrap()
        .unwrap();
    let photo_src = media.photo.unwrap().src;
    // The photo pipeline re-encodes uploads: the type is the stored one.
    let stored = app
        .store
        .media(photo_src.trim_start_matches("/media/"))
        .await
        .unwrap()
        .unwrap();
    let (photo_type, photo_size) = (stored.content_type.clone(), stored.bytes.len() as u64);
    for f in &fetched {
        let text = String::from_utf8_lossy(&f.body);
        for secret in [
            "@example.com",
            "Held text",
            "Spam text",
            "hal.secret",
            "Sam",
        ] {
            assert!(
                !text.contains(secret),
                "{}: {secret} leaked:\n{text}",
                f.path
            );
        }
        let entries = &f.feed.entries;
        if f.path.starts_with("/feed/") {
            assert_eq!(entries.len(), articles.len(), "{}", f.path);
            for (e, a) in entries.iter().zip(&articles) {
                assert_eq!(title(e), a.title);
                assert_eq!(link(e), format!("{}/articles/{}", app.base, a.slug));
                assert_eq!(e.published, Some(a.published_at));
                assert_eq!(
                    e.authors.first().and_then(|p| p.name.as_deref()),
                    Some(a.byline.as_str())
                );
                assert!(
                    content(e).contains("paragraph") || content(e).contains("Body of the photo")
                );
            }
            // The newest article is the photo story: its photo is attached.
            assert_eq!(title(&entries[0]), "Photo & <story>");
            let url = format!("{}{photo_src}", app.base);
            if f.path.ends_with("atom/") {
                let enc = entries[0]
                    .links
                    .iter()
                    .find(|l| l.rel.as_deref() == Some("enclosure"))
                    .expect("enclosure link");
                assert_eq!(enc.href, url);
                assert_eq!(enc.media_type.as_deref(), Some(photo_type.as_str()));
                assert_eq!(enc.length, Some(photo_size));
            } else {
                let media: Vec<_> = entries[0].media.iter().flat_map(|m| &m.content).collect();
                assert!(
                    media
                        .iter()
                        .any(|m| m.url.as_ref().map(|u| u.as_str()) == Some(url.as_str())
                            && m.content_type.as_ref().map(|t| t.to_string()).as_deref()
                                == Some(photo_type.as_str())),
                    "{media:?}"
                );
                assert!(text.contains(&format!("length=\"{photo_size}\"")));
            }
            assert!(
                entries[1].media.is_empty()
                    && entries[1]
                        .links
                        .iter()
                        .all(|l| l.rel.as_deref() != Some("enclosure"))
            );
        } else {
            let expected: Vec<_> = if f.path.starts_with("/comments/") {
                all.iter().collect()
            } else {
                story_comments.clone()
            };
            assert_eq!(entries.len(), expected.len(), "{}", f.path);
            for (e, c) in entries.iter().zip(&expected) {
                assert_eq!(
                    link(e),
                    format!("{}/comments/{}", app.base, c.id.0),
                    "{}",
                    f.path
                );
                assert_eq!(e.published, Some(c.created_at));
                assert_eq!(
                    e.authors.first().and_then(|p| p.name.as_deref()),
                    Some(c.author_name.as_str())
                );
                assert!(
                    content(e).contains(c.content_html.as_str()),
                    "{}: {}",
                    f.path,
                    content(e)
                );
                if f.path.starts_with("/comments/") {
                    assert!(
                        title(e).starts_with("Comment on ")
                            && title(e).ends_with(&format!(" by {}", c.author_name))
                    );
                } else {
                    assert_eq!(title(e), format!("By: {}", c.author_name));
                }
            }
            if f.path.starts_with("/articles/") {
                assert!(!text.contains("On the photo story"), "{}", f.path);
                assert_eq!(
                    f.feed.title.as_ref().map(|t| t.content.as_str()),
                    Some("Comments on: A test story")
                );
            }
        }
    }
    feedparser_agrees(&fetched, &photo_type);
}

/// Feeds (their bytes) as Python's feedparser reads them (through
/// `tests/fixtures/feedparse.py`), or `None` with a notice where feedparser
/// is not installed (a failure under `CI=true`).
pub(crate) fn feedparse<B: AsRef<[u8]>>(feeds: &[B]) -> Option<Vec<serde_json::Value>> {
    let dir = tempfile::tempdir().unwrap();
    let files: Vec<String> = feeds
        .iter()
        .enumerate()
        .map(|(i, body)| {
            let p = dir.path().join(format!("feed{i}.xml"));
            std::fs::write(&p, body).unwrap();
            p.to_string_lossy().into_owned()
        })
        .collect();
    let parsed = crate::helpers::python_json(
        "feedparser",
        "feedparser",
        "the feedparser half of the feed test (feedparser not installed)",
        "feedparse.py",
        &files,
    )?;
    Some(serde_json::from_value(parsed).unwrap())
}

/// The same bytes through Python's feedparser: well-formed (`bozo` 0), the
/// same entries in the same order.
fn feedparser_agrees(fetched: &[Fetched], photo_type: &str) {
    let bodies: Vec<&[u8]> = fetched.iter().map(|f| f.body.as_ref()).collect();
    let Some(parsed) = feedparse(&bodies) else {
        return;
    };
    for (f, p) in fetched.iter().zip(&parsed) {
        assert_eq!(p["bozo"], 0, "{}: {}", f.path, p["bozo_exception"]);
        let want = if f.path.ends_with("atom/") {
            "atom10"
        } else {
            "rss20"
        };
        assert_eq!(p["version"], want, "{}", f.path);
        let entries = p["entries"].as_array().unwrap();
        assert_eq!(entries.len(), f.feed.entries.len(), "{}", f.path);
        for (pe, e) in entries.iter().zip(&f.feed.entries) {
            assert_eq!(pe["title"], title(e), "{}", f.path);
            assert_eq!(pe["link"], link(e), "{}", f.path);
            assert_eq!(
                pe["author"].as_str(),
                e.authors[0].name.as_deref(),
                "{}",
                f.path
            );
        }
        if f.path.starts_with("/feed/") {
            let enc = &entries[0]["enclosures"][0];
            assert_eq!(enc["type"], photo_type, "{}", f.path);
            assert!(enc["href"].as_str().unwrap().contains("/media/"));
        }
    }
}

#[tokio::test]
async fn feeds_revalidate_and_show_a_newly_approved_comment() {
    let (app, story) = TestApp::with_article().await;
    app.approved_comment(story, "Ann", "The first one.", None)
        .await;
    let client = visitor();
    for path in ["/comments/feed/", "/articles/test-story/feed/atom/"] {
        let url = format!("{}{path}", app.base);
        let first = client.get(&url).send().await.unwrap();
        assert_eq!(first.status(), StatusCode::OK);
        let etag = first.headers()["etag"].to_str().unwrap().to_string();
        assert!(etag.starts_with("\"v") && etag.ends_with('"'), "{etag}");
        let modified = first.headers()["last-modified"].clone();
        assert_eq!(first.headers()["cache-control"], "no-cache");
        let again = client
            .get(&url)
            .header("if-none-match", &etag)
            .send()
            .await
            .unwrap();
        assert_eq!(again.status(), StatusCode::NOT_MODIFIED, "{path}");
        assert_eq!(again.headers()["etag"].to_str().unwrap(), etag);
        assert!(again.bytes().await.unwrap().is_empty());
        let since = client
            .get(&url)
            .header("if-modified-since", modified)
            .send()
            .await
            .unwrap();
        assert_eq!(since.status(), StatusCode::NOT_MODIFIED, "{path}");
    }
    let mut tags = Vec::new();
    for path in ["/comments/feed/", "/articles/test-story/feed/atom/"] {
        let r = client
            .get(format!("{}{path}", app.base))
            .send()
            .await
            .unwrap();
        tags.push(r.headers()["etag"].to_str().unwrap().to_string());
    }
    // A held comment changes nothing readers see; approving it does.
    let late = app
        .comment_as(
            &visitor(),
            story,
            "Zed",
            "zed@example.com",
            "Late but approved.",
            None,
        )
        .await;
    app.approve(late).await;
    app.caught_up().await;
    for (path, old) in ["/comments/feed/", "/articles/test-story/feed/atom/"]
        .iter()
        .zip(&tags)
    {
        let r = client
            .get(format!("{}{path}", app.base))
            .header("if-none-match", old)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::OK, "{path}");
        assert_ne!(r.headers()["etag"].to_str().unwrap(), old);
        let body = r.text().await.unwrap();
        assert!(body.contains("Late but approved."), "{path}: {body}");
        assert!(body.contains(&format!("/comments/{late}")));
        assert!(!body.contains("zed@example.com"));
    }
}

#[tokio::test]
async fn feed_addresses_redirects_404s_and_autodiscovery() {
    let (app, _) = TestApp::with_article().await;
    let client = visitor();
    for (from, to) in [
        ("/feed", "/feed/"),
        ("/feed/atom", "/feed/atom/"),
        ("/comments/feed", "/comments/feed/"),
        ("/comments/feed/atom", "/comments/feed/atom/"),
        ("/articles/test-story/feed", "/articles/test-story/feed/"),
        (
            "/articles/test-story/feed/atom?x=1",
            "/articles/test-story/feed/atom/?x=1",
        ),
    ] {
        let r = client
            .get(format!("{}{from}", app.base))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::MOVED_PERMANENTLY, "{from}");
        assert_eq!(r.headers()["location"], to, "{from}");
    }
    for path in [
        "/articles/no-such-story/feed/",
        "/articles/no-such-story/feed/atom/",
    ] {
        let page = app.get(path).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{path}");
        assert!(page.body.contains("<html"), "the 404 page");
    }
    let page = app.get("/feed/?paged=2&utm_source=x").await;
    assert_eq!(page.status, StatusCode::OK);
    // Absolute addresses follow `site.url` once it is set.
    app.set("site.url", "https://news.example.org").await;
    app.caught_up().await;
    let page = app.get("/feed/atom/").await;
    assert!(
        page.body
            .contains("https://news.example.org/articles/test-story"),
        "{}",
        page.body
    );
    // Every page names the site's feeds; an article page its own too.
    let home = app.get("/").await;
    let feeds = |p: &crate::helpers::Page| -> Vec<String> {
        let sel = scraper::Selector::parse(r#"link[rel="alternate"][type="application/rss+xml"]"#)
            .unwrap();
        p.html()
            .select(&sel)
            .filter_map(|e| e.value().attr("href").map(str::to_string))
            .collect()
    };
    assert_eq!(feeds(&home), ["/feed/", "/comments/feed/"]);
    let article = app.get("/articles/test-story").await;
    assert_eq!(
        feeds(&article),
        ["/feed/", "/comments/feed/", "/articles/test-story/feed/"]
    );
    assert_eq!(
        feeds(&app.get("/no-such-page").await),
        ["/feed/", "/comments/feed/"]
    );
}

#[tokio::test]
async fn feeds_carry_arabic_polish_and_cjk_text_unchanged() {
    let app = TestApp::spawn().await;
    let stories = [
        (
            "cairo-vote",
            "انتخابات بلدية في القاهرة",
            "أدلى الناخبون بأصواتهم في الانتخابات البلدية.",
            "محمد الأحمد",
            "تعليق باللغة العربية.",
        ),
        (
            "lodz",
            "Zażółć gęślą jaźń",
            "Źdźbło trawy i żółw: ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ.",
            "Łukasz Żółć",
            "Pchnąć w tę łódź jeża.",
        ),
        (
            "tokyo",
            "東京の新聞、北京的新闻",
            "今日の東京は晴れです。今天北京下雨。",
            "田中花子",
            "とても面白い記事です。我同意。",
        ),
    ];
    for (i, (slug, title, body, author, comment)) in stories.iter().enumerate() {
        let id = app
            .add_article(&format!(
                "+++\ntitle = \"{title}\"\nslug = \"{slug}\"\nstandfirst = \"{body}\"\n\
                 byline = \"{author}\"\npublished = 2024-06-0{}T10:00:00Z\n+++\n\n{body}\n",
                i + 1
            ))
            .await;
        let c = app
            .comment_as(
                &visitor(),
                id,
                author,
                &format!("c{i}@example.org"),
                comment,
                None,
            )
            .await;
        app.approve(c).await;
    }
    let paths: [&'static str; 6] = [
        "/feed/",
        "/feed/atom/",
        "/comments/feed/",
        "/comments/feed/atom/",
        "/articles/tokyo/feed/",
        "/articles/cairo-vote/feed/atom/",
    ];
    let mut fetched = Vec::new();
    for path in paths {
        fetched.push(fetch(&app, path).await);
    }
    // feed-rs reads every character as written.
    for f in &fetched[..2] {
        for (slug, headline, body, author, _) in &stories {
            let e = f
                .feed
                .entries
                .iter()
                .find(|e| link(e).ends_with(&format!("/articles/{slug}")))
                .unwrap_or_else(|| panic!("{}: {slug}", f.path));
            assert_eq!(title(e), *headline, "{}", f.path);
            assert!(content(e).contains(body), "{}: {}", f.path, content(e));
            assert_eq!(e.authors[0].name.as_deref(), Some(*author), "{}", f.path);
        }
    }
    for f in &fetched[2..4] {
        for (_, headline, _, author, comment) in &stories {
            let e = f
                .feed
                .entries
                .iter()
                .find(|e| content(e).contains(comment))
                .unwrap_or_else(|| panic!("{}: {comment}", f.path));
            assert!(title(e).contains(headline), "{}: {}", f.path, title(e));
            assert_eq!(e.authors[0].name.as_deref(), Some(*author), "{}", f.path);
        }
    }
    assert!(content(&fetched[4].feed.entries[0]).contains("我同意"));
    assert!(content(&fetched[5].feed.entries[0]).contains("تعليق باللغة العربية"));

    // And feedparser reads the same.
    let Some(parsed) = feedparser_read(&fetched) else {
        return;
    };
    for (f, p) in fetched.iter().zip(&parsed) {
        assert_eq!(p["bozo"], 0, "{}: {}", f.path, p["bozo_exception"]);
        let entries = p["entries"].as_array().unwrap();
        assert_eq!(entries.len(), f.feed.entries.len(), "{}", f.path);
        for (pe, e) in entries.iter().zip(&f.feed.entries) {
            assert_eq!(pe["title"], title(e), "{}", f.path);
            assert_eq!(pe["link"], link(e), "{}", f.path);
            assert_eq!(pe["author"].as_str(), e.authors[0].name.as_deref());
            let text = pe["content"].as_str().unwrap_or_default();
            let want = stories
                .iter()
                .flat_map(|s| [s.2, s.4])
                .find(|t| content(e).contains(t))
                .unwrap_or_else(|| panic!("{}: {}", f.path, content(e)));
            assert!(text.contains(want), "{}: {text}", f.path);
        }
    }
}

/// Python's feedparser's reading of the fetched feeds, or `None` (with a
/// notice) where it is not installed.
fn feedparser_read(fetched: &[Fetched]) -> Option<Vec<serde_json::Value>> {
    let bodies: Vec<&[u8]> = fetched.iter().map(|f| f.body.as_ref()).collect();
    feedparse(&bodies)
}
