//! The wire desk end to end (issue 30): agency files nobody here wrote
//! (IPTC's published ninjs and NewsML-G2 examples, kept in
//! `tests/fixtures/wire/iptc/`) served from a local HTTP server with ETag
//! and 304, taken in by the real `masthead wire` commands, and read back as
//! a reader, a feed reader (feedparser), a structured-data reader (extruct)
//! and a REST client would.
use crate::helpers::{TestApp, stderr, stdout};
use crate::seo::{EXTRACT, python, run};
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use std::sync::{Arc, Mutex};

fn fixture(path: &str) -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/wire/");
    std::fs::read_to_string(format!("{dir}{path}")).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// What the agency's server answers, and what it was asked.
#[derive(Default)]
struct Feeds {
    /// Path → (content type, body); the ETag is the body's length and hash.
    bodies: std::collections::HashMap<String, (String, String)>,
    full: u32,
    not_modified: u32,
    photos: u32,
}

type Shared = Arc<Mutex<Feeds>>;

fn etag(body: &str) -> String {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    body.hash(&mut h);
    format!("\"{}-{:x}\"", body.len(), h.finish())
}

async fn feed(
    State(feeds): State<Shared>,
    axum::extract::Path(name): axum::extract::Path<String>,
    headers: HeaderMap,
) -> Response {
    let mut f = feeds.lock().unwrap();
    let Some((kind, body)) = f.bodies.get(&name).cloned() else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let tag = etag(&body);
    if headers
        .get(header::IF_NONE_MATCH)
        .is_some_and(|v| v.to_str().unwrap_or_default() == tag)
    {
        f.not_modified += 1;
        return (StatusCode::NOT_MODIFIED, [(header::ETAG, tag)]).into_response();
    }
    f.full += 1;
    ([(header::CONTENT_TYPE, kind), (header::ETAG, tag)], body).into_response()
}

/// A real JPEG, made here: 1200×800 so the pipeline makes its copies.
fn jpeg() -> Vec<u8> {
    let img = image::RgbImage::from_fn(1200, 800, |x, y| {
        image::Rgb([(x % 251) as u8, (y % 241) as u8, ((x + y) % 239) as u8])
    });
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Jpeg).unwrap();
    out.into_inner()
}

async fn photo(State(feeds): State<Shared>) -> Response {
    feeds.lock().unwrap().photos += 1;
    ([(header::CONTENT_TYPE, "image/jpeg")], jpeg()).into_response()
}

/// A source that takes its time: `/slow/{secs}/{name}` answers the feed
/// `name` after `secs` seconds.
async fn slow(
    state: State<Shared>,
    axum::extract::Path((secs, name)): axum::extract::Path<(u64, String)>,
    headers: HeaderMap,
) -> Response {
    tokio::time::sleep(std::time::Duration::from_secs(secs)).await;
    feed(state, axum::extract::Path(name), headers).await
}

/// The agency's server on loopback; its base address.
async fn agency(feeds: Shared) -> String {
    let app = axum::Router::new()
        .route("/feeds/{name}", axum::routing::get(feed))
        .route("/slow/{secs}/{name}", axum::routing::get(slow))
        .route("/photos/{*rest}", axum::routing::get(photo))
        .with_state(feeds);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    format!("http://{addr}")
}

/// AP's complex ninjs 1.x example, its photo moved to the local server, at
/// `version` (AP's file carries no version number: versions are added).
fn ap_story(base: &str, version: u32, extra: &[(&str, serde_json::Value)]) -> String {
    let mut v: serde_json::Value =
        serde_json::from_str(&fixture("iptc/ninjs/ninjsExComplex2.json")).unwrap();
    v["version"] = version.into();
    v["versioncreated"] = format!("2013-07-09T10:{:02}:00Z", 39 + version).into();
    for (k, x) in extra {
        v[*k] = x.clone();
    }
    let text = v.to_string();
    // The contributor line agencies end with, in AP's own byline's names.
    let text = text.replace(
        "Schettino has denied wrongdoing.</p>",
        "Schettino has denied wrongdoing.</p><p>(Reporting by Paulo Santalucia; Editing by Frances d'Emilio)</p>",
    );
    text.replace("http://hosted.ap.org/photos/", &format!("{base}/photos/"))
}

fn set(feeds: &Shared, name: &str, kind: &str, body: String) {
    feeds
        .lock()
        .unwrap()
        .bodies
        .insert(name.to_string(), (kind.to_string(), body));
}

async fn poll(app: &TestApp) -> String {
    let out = app.cli(&["wire", "poll"]).await;
    assert!(out.status.success(), "{}", stderr(&out));
    stdout(&out)
}

const HEADLINE: &str = "Captain of wrecked cruise ship on trial in Italy";

#[tokio::test]
async fn a_ninjs_story_becomes_the_seed_page_then_is_corrected_and_withdrawn() {
    let app = TestApp::spawn().await;
    let feeds = Shared::default();
    let base = agency(feeds.clone()).await;
    set(&feeds, "ap", "application/json", ap_story(&base, 1, &[]));
    let url = format!("{base}/feeds/ap");
    let out = app
        .cli(&["wire", "add", &url, "--name", "AP", "--publish", "now"])
        .await;
    assert!(out.status.success(), "{}", stderr(&out));
    // The name is the source's: a second one is refused, clearly.
    let again = app
        .cli(&["wire", "add", &url, "--name", "AP", "--publish", "now"])
        .await;
    assert!(!again.status.success());
    assert!(
        stderr(&again).contains("already called “AP”"),
        "{}",
        stderr(&again)
    );
    let bad = app.cli(&["wire", "add", "ftp://x/", "--name", "B"]).await;
    assert!(!bad.status.success());
    assert!(stderr(&bad).contains("not an http or https address"));

    let said = poll(&app).await;
    assert!(said.contains("AP: 1 published"), "{said}");

    // Found by the REST API's search on its headline.
    let found: serde_json::Value = app
        .client
        .get(format!(
            "{}/wp-json/wp/v2/posts?search={}",
            app.base, "Captain%20of%20wrecked%20cruise%20ship"
        ))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let post = &found[0];
    assert_eq!(post["title"]["rendered"], HEADLINE, "{found}");
    let link = post["link"].as_str().unwrap().to_string();
    let path = link.trim_start_matches(&app.base).to_string();

    // The seed's parts: headline, body, photo with caption and credit,
    // contributor line, "Article source:" linking to the original.
    let page = app.get(&path).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.text("h1.headline"), HEADLINE);
    assert!(page.text(".article-body").contains("Francesco Schettino"));
    let img = page.attr("figure.photo img", "src").expect("photo");
    assert!(img.starts_with("/media/"), "{img}");
    assert!(page.attr("figure.photo img", "srcset").is_some());
    let caption = page.text("figure.photo figcaption");
    assert!(caption.contains("Costa Concordia"), "{caption}");
    assert!(
        page.text("figure.photo .credit")
            .contains("Paulo Santalucia")
    );
    assert_eq!(
        page.text(".contributors"),
        "Reporting by Paulo Santalucia; Editing by Frances d'Emilio"
    );
    assert!(!page.text(".article-body").contains("Reporting by"));
    assert!(page.text(".article-source").starts_with("Article source:"));
    let original = "http://ninjs.example.com/newsitems/20130709cplx456";
    assert_eq!(
        page.attr(".article-source a", "href").as_deref(),
        Some(original)
    );
    // Run unchanged: the agency's original is canonical.
    assert_eq!(
        page.attr("link[rel=canonical]", "href").as_deref(),
        Some(original)
    );
    assert!(
        page.has("#comments, #respond, form.comment-form") || page.body.contains("Leave a Reply")
    );
    let media = app.get(&img).await;
    assert_eq!(media.status, StatusCode::OK);

    // Nothing new: a 304, and no second download of anything.
    let said = poll(&app).await;
    assert!(said.contains("nothing new (304"), "{said}");
    {
        let f = feeds.lock().unwrap();
        assert_eq!((f.full, f.not_modified, f.photos), (1, 1, 1));
    }

    // Version 2 corrects a number: the page shows the correction and
    // "Updated"; the old text is kept for staff.
    set(
        &feeds,
        "ap",
        "application/json",
        ap_story(
            &base,
            2,
            &[(
                "ednote",
                "Corrects the number of passengers to 4,200.".into(),
            )],
        )
        .replace("4,2000 passengers", "4,200 passengers"),
    );
    // Dates are kept to the second: the update comes in a later one, as
    // an agency's does, so its time can be told from the first version's.
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let said = poll(&app).await;
    assert!(said.contains("1 updated"), "{said}");
    let page = app.get(&path).await;
    assert!(page.text(".article-body").contains("4,200 passengers"));
    assert!(!page.text(".article-body").contains("4,2000"));
    assert!(
        page.text(".correction")
            .contains("Corrects the number of passengers to 4,200."),
        "{}",
        page.body
    );
    assert!(page.text(".updated").starts_with("Updated"));
    let id = post["id"].as_i64().unwrap();
    let versions = app
        .store
        .article_versions(masthead_core::ids::ArticleId(id))
        .await
        .unwrap();
    assert_eq!(versions.len(), 1);
    assert!(versions[0].body_html.contains("4,2000"));
    // The REST API carries the update.
    let post: serde_json::Value = app
        .client
        .get(format!("{}/wp-json/wp/v2/posts/{id}", app.base))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(
        post["content"]["rendered"]
            .as_str()
            .unwrap()
            .contains("4,200 passengers")
    );
    assert_ne!(post["modified_gmt"], post["date_gmt"], "{post}");

    // What structured-data and feed readers see.
    if let Some(py) = python() {
        let got = run(&py, EXTRACT, &[&app.base], &page.body).expect("extruct");
        let data: serde_json::Value = serde_json::from_str(&got).expect("json");
        let doc = &data["json-ld"][0];
        assert_eq!(doc["@type"], "NewsArticle", "{doc}");
        assert_eq!(doc["headline"], HEADLINE);
        assert_eq!(
            doc["correction"]["text"],
            "Corrects the number of passengers to 4,200."
        );
        assert_eq!(doc["isBasedOn"], original);
        assert!(doc["dateModified"].as_str().unwrap() > doc["datePublished"].as_str().unwrap());
    }
    feed_has(&app, HEADLINE, "4,200 passengers").await;

    // The agency withdraws it: gone at once, with a notice; staff told.
    app.set("notify.moderator_emails", "desk@example.org").await;
    set(
        &feeds,
        "ap",
        "application/json",
        ap_story(&base, 3, &[("pubstatus", "canceled".into())]),
    );
    let said = poll(&app).await;
    assert!(said.contains("1 withdrawn"), "{said}");
    let gone = app.get(&path).await;
    assert_eq!(gone.status, StatusCode::GONE);
    let pool = app.db.pool().await;
    let told: Vec<String> =
        sqlx::query_scalar("SELECT subject FROM outbox WHERE recipient = 'desk@example.org'")
            .fetch_all(&pool)
            .await
            .unwrap();
    assert_eq!(told, [format!("Withdrawn by AP: {HEADLINE}")]);
    assert!(gone.text("h1").contains("withdrawn"));
    assert!(!gone.body.contains("Schettino"));
    let home = app.get("/").await;
    assert!(!home.body.contains(HEADLINE));
    let found: serde_json::Value = app
        .client
        .get(format!("{}/wp-json/wp/v2/posts?search=Schettino", app.base))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(found.as_array().map(Vec::len), Some(0), "{found}");
    let list = stdout(&app.cli(&["wire", "list"]).await);
    assert!(
        list.contains("AP\t") && list.contains("last polled"),
        "{list}"
    );
}

/// The site's feed, through feedparser: well formed, the story in it with
/// its current text.
async fn feed_has(app: &TestApp, title: &str, text: &str) {
    let body = app.get("/feed/").await.body;
    assert!(body.contains(title) && body.contains(text));
    let Some(parsed) = crate::feeds::feedparse(&[body.as_bytes()]) else {
        return;
    };
    assert_eq!(parsed[0]["bozo"], 0, "{}", parsed[0]["bozo_exception"]);
    let entry = parsed[0]["entries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["title"] == title)
        .expect("the story in the feed");
    assert!(entry["content"].as_str().unwrap().contains(text));
}

#[tokio::test]
async fn embargoed_newsml_and_rss_stories_and_broken_sources() {
    let app = TestApp::spawn().await;
    let feeds = Shared::default();
    let base = agency(feeds.clone()).await;

    // IPTC's embargo example, its embargo moved an hour ahead: it waits.
    let mut embargoed: serde_json::Value =
        serde_json::from_str(&fixture("iptc/ninjs/018_embargoed.json")).unwrap();
    let later = chrono::Utc::now() + chrono::Duration::hours(1);
    embargoed["embargoed"] = later.to_rfc3339().into();
    // IPTC's example is the bare field: the story around it is added.
    let embargoed_headline = "Quarterly figures out at the hour";
    embargoed["headline"] = embargoed_headline.into();
    embargoed["body_html"] = "<p>Figures to follow.</p>".into();
    // A source may answer a JSON array of items.
    set(
        &feeds,
        "embargo",
        "application/json",
        serde_json::Value::Array(vec![embargoed]).to_string(),
    );
    // A NewsML-G2 news item (IPTC's text document listing) and an RSS
    // item with an enclosure: both published now.
    set(
        &feeds,
        "g2",
        "application/xml",
        fixture("iptc/newsml-g2/LISTING_2_NewsML-G2_Text_Document.xml"),
    );
    set(&feeds, "rss", "application/rss+xml", rss(&base));
    for (name, path) in [("Embargo", "embargo"), ("G2", "g2"), ("RSS", "rss")] {
        let url = format!("{base}/feeds/{path}");
        let out = app
            .cli(&[
                "wire",
                "add",
                &url,
                "--name",
                name,
                "--publish",
                "now",
                "--credit",
                "Agency",
            ])
            .await;
        assert!(out.status.success(), "{}", stderr(&out));
    }
    // A broken source: answers 500. The poll says so and the others run.
    let out = app
        .cli(&[
            "wire",
            "add",
            &format!("{base}/feeds/missing"),
            "--name",
            "Broken",
        ])
        .await;
    assert!(out.status.success());
    let out = app.cli(&["wire", "poll"]).await;
    let said = stdout(&out);
    assert!(!out.status.success(), "a failed source fails the command");
    assert!(stderr(&out).contains("could not be polled"));
    assert!(said.contains("Broken: not polled: answered 500"), "{said}");
    assert!(said.contains("Embargo: 1 published"), "{said}");
    assert!(said.contains("G2: 1 published"), "{said}");
    assert!(said.contains("RSS: 1 published"), "{said}");
    let sources = app.store.wire_sources().await.unwrap();
    let broken = sources.iter().find(|s| s.name == "Broken").unwrap();
    assert_eq!(broken.failures, 1);
    // Backed off: twice its interval at least.
    assert!(broken.next_poll_ms - broken.polled_ms.unwrap() >= 2 * 5 * 60 * 1000);

    // The embargoed story is stored, scheduled for the embargo, not shown.
    let desk = app
        .store
        .desk_items(&masthead_core::store::DeskQuery {
            source: Some("Embargo".into()),
            state: None,
            limit: 10,
        })
        .await
        .unwrap();
    let slug = desk[0].slug.clone().expect("an article");
    assert_eq!(
        app.get(&format!("/articles/{slug}")).await.status,
        StatusCode::NOT_FOUND
    );
    let a = app.store.article_by_slug(&slug).await.unwrap().unwrap();
    assert_eq!(a.title, embargoed_headline);
    assert!(a.published_at >= later - chrono::Duration::seconds(1));

    // NewsML-G2 and RSS: live pages with their source line.
    for name in ["G2", "RSS"] {
        let desk = app
            .store
            .desk_items(&masthead_core::store::DeskQuery {
                source: Some(name.into()),
                state: None,
                limit: 10,
            })
            .await
            .unwrap();
        assert_eq!(desk.len(), 1, "{name}");
        let page = app
            .get(&format!("/articles/{}", desk[0].slug.as_deref().unwrap()))
            .await;
        assert_eq!(page.status, StatusCode::OK, "{name}");
        assert_eq!(page.text("h1.headline"), desk[0].item.headline);
        assert!(
            page.text(".article-source")
                .starts_with("Article source: Agency")
        );
    }
    let rss_page = app.get("/articles/flood-waters-rise-along-the-river").await;
    assert!(
        rss_page
            .attr("figure.photo img", "src")
            .is_some_and(|s| s.starts_with("/media/"))
    );
    assert_eq!(rss_page.text("figure.photo .credit"), "(Agency)");
    assert!(!rss_page.has(".correction") && !rss_page.has(".updated"));

    // The NewsML-G2 story's version 12 corrects it (IPTC's `edNote`, and
    // the text changed); the RSS item's later `pubDate` updates it.
    let g2 = fixture("iptc/newsml-g2/LISTING_2_NewsML-G2_Text_Document.xml");
    let g2_12 = g2
        .replace("version=\"11\"", "version=\"12\"")
        .replace("2018-11-21T16:25:32-05:00", "2018-11-21T17:05:00-05:00")
        .replace(
            "<pubStatus qcode=\"stat:usable\" />",
            "<pubStatus qcode=\"stat:usable\" /><edNote>Corrects the date to November 21.</edNote>",
        )
        .replace("October 21)", "November 21)");
    set(&feeds, "g2", "application/xml", g2_12.clone());
    set(
        &feeds,
        "rss",
        "application/rss+xml",
        rss(&base)
            .replace("09:00:00 GMT", "10:00:00 GMT")
            .replace("Waters rose overnight.", "Waters rose six feet overnight."),
    );
    let said = stdout(&app.cli(&["wire", "poll", "G2"]).await);
    assert!(
        said.contains("G2: 0 published, 0 new drafts, 1 updated"),
        "{said}"
    );
    let said = stdout(&app.cli(&["wire", "poll", "RSS"]).await);
    assert!(
        said.contains("RSS: 0 published, 0 new drafts, 1 updated"),
        "{said}"
    );
    let g2_slug = "fed-to-halt-qe-to-avert-bubble";
    let page = app.get(&format!("/articles/{g2_slug}")).await;
    assert!(
        page.text(".article-body").contains("November 21"),
        "{}",
        page.body
    );
    assert_eq!(
        page.text(".correction"),
        "Correction: Corrects the date to November 21."
    );
    assert!(page.has(".updated"));
    let page = app.get("/articles/flood-waters-rise-along-the-river").await;
    assert!(page.text(".article-body").contains("six feet"));
    assert!(page.has(".updated") && !page.has(".correction"));
    // The G2 agency cancels its story: gone.
    set(
        &feeds,
        "g2",
        "application/xml",
        g2_12
            .replace("version=\"12\"", "version=\"13\"")
            .replace("17:05:00-05:00", "17:30:00-05:00")
            .replace("stat:usable", "stat:canceled"),
    );
    let said = stdout(&app.cli(&["wire", "poll", "G2"]).await);
    assert!(said.contains("1 withdrawn"), "{said}");
    assert_eq!(
        app.get(&format!("/articles/{g2_slug}")).await.status,
        StatusCode::GONE
    );
    // A name that is no source is refused.
    let out = app.cli(&["wire", "poll", "Nobody"]).await;
    assert!(!out.status.success());
    assert!(stderr(&out).contains("no wire source is called “Nobody”"));

    // An editor writes a correction: under the headline, "Updated".
    let slug = "flood-waters-rise-along-the-river";
    let out = app
        .cli(&[
            "article",
            "correct",
            slug,
            "--note",
            "An earlier version misnamed the river.",
        ])
        .await;
    assert!(out.status.success(), "{}", stderr(&out));
    let page = app.get(&format!("/articles/{slug}")).await;
    assert_eq!(
        page.text(".correction"),
        "Correction: An earlier version misnamed the river."
    );
    assert!(page.has(".updated time[datetime]"));
    let out = app.cli(&["article", "correct", slug, "--note", " "]).await;
    assert!(!out.status.success());
    assert!(stderr(&out).contains("A correction needs a note"));
    let out = app
        .cli(&["article", "correct", "no-such", "--note", "x"])
        .await;
    assert!(stderr(&out).contains("There is no such article."));
}

/// An RSS 2.0 item as publishers write them: a guid, a description with
/// HTML, and the photo as an enclosure.
fn rss(base: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">
<channel><title>Agency wire</title><link>{base}/</link><description>Wire</description>
<item>
  <title>Flood waters rise along the river</title>
  <link>https://agency.example/news/flood</link>
  <guid isPermaLink="false">agency-flood-1</guid>
  <pubDate>Mon, 07 Dec 2026 09:00:00 GMT</pubDate>
  <description><![CDATA[<p>Waters rose overnight.</p><p>Residents were moved to higher ground.</p>]]></description>
  <enclosure url="{base}/photos/flood.jpg" type="image/jpeg" length="1000"/>
</item>
</channel></rss>"#
    )
}

#[tokio::test]
async fn two_pollers_make_one_story_and_a_slow_source_times_out() {
    let app = TestApp::spawn().await;
    let feeds = Shared::default();
    let base = agency(feeds.clone()).await;
    set(&feeds, "ap", "application/json", ap_story(&base, 1, &[]));
    // Answers after a second, so two polls started together overlap.
    let url = format!("{base}/slow/1/ap");
    let out = app
        .cli(&["wire", "add", &url, "--name", "AP", "--publish", "now"])
        .await;
    assert!(out.status.success(), "{}", stderr(&out));
    let (a, b) = tokio::join!(app.cli(&["wire", "poll"]), app.cli(&["wire", "poll"]));
    assert!(a.status.success() && b.status.success());
    let said = format!("{}{}", stdout(&a), stdout(&b));
    // One took the story; the other waited for the lease and found it
    // taken (a 304: its validators were recorded by the first).
    assert_eq!(said.matches("1 published").count(), 1, "{said}");
    assert!(said.contains("nothing new (304"), "{said}");
    let (_, total) = app
        .store
        .query_articles(&masthead_core::store::ArticleQuery {
            limit: 10,
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(total, 1);

    // A source slower than the timeout: the poll fails, clearly, and the
    // source waits longer before the next try.
    let url = format!("{base}/slow/25/ap");
    let out = app.cli(&["wire", "add", &url, "--name", "Slow"]).await;
    assert!(out.status.success());
    let out = app.cli(&["wire", "poll", "Slow"]).await;
    assert!(!out.status.success());
    assert!(
        stdout(&out).contains("did not answer within 20000 ms"),
        "{}",
        stdout(&out)
    );
    let slow = app.store.wire_sources().await.unwrap();
    let slow = slow.iter().find(|s| s.name == "Slow").unwrap();
    assert_eq!(slow.failures, 1);
    assert!(
        slow.last_error
            .as_deref()
            .unwrap()
            .contains("did not answer")
    );
}

#[tokio::test]
async fn feeds_from_feed_rs_test_suite_wait_on_the_desk_as_drafts() {
    let app = TestApp::spawn().await;
    let feeds = Shared::default();
    let base = agency(feeds.clone()).await;
    let photos = format!("{base}/photos/");
    set(
        &feeds,
        "messaggero",
        "application/rss+xml",
        fixture("feed-rs/rss_2.0_ilmessaggero.xml")
            .replace("https://www.ilmessaggero.it/photos/", &photos),
    );
    set(
        &feeds,
        "newscred",
        "application/atom+xml",
        fixture("feed-rs/atom_mediarss_newscred_1.xml")
            .replace("https://www.example.com/", &photos),
    );
    for (name, path) in [("Il Messaggero", "messaggero"), ("NewsCred", "newscred")] {
        let url = format!("{base}/feeds/{path}");
        let out = app
            .cli(&["wire", "add", &url, "--name", name, "--publish", "draft"])
            .await;
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let said = poll(&app).await;
    assert!(
        said.contains("Il Messaggero: 0 published, 1 new drafts"),
        "{said}"
    );
    assert!(
        said.contains("NewsCred: 0 published, 1 new drafts"),
        "{said}"
    );
    assert_eq!(feeds.lock().unwrap().photos, 2);

    let desk = app
        .store
        .desk_items(&masthead_core::store::DeskQuery {
            limit: 10,
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(desk.len(), 2);
    for row in &desk {
        assert_eq!(row.item.state, masthead_core::store::ItemState::New);
        let slug = row.slug.as_deref().unwrap();
        // A draft: not on the site until an editor publishes it.
        assert_eq!(
            app.get(&format!("/articles/{slug}")).await.status,
            StatusCode::NOT_FOUND
        );
    }
    let messaggero = desk.iter().find(|r| r.source == "Il Messaggero").unwrap();
    assert!(
        messaggero
            .item
            .headline
            .starts_with("Missili Polonia, cosa è successo?")
    );
    let credit = desk.iter().find(|r| r.source == "NewsCred").unwrap();
    let a = app
        .store
        .article_by_id(credit.item.article.unwrap())
        .await
        .unwrap()
        .unwrap();
    let photo = a.photo.expect("the media:content photo");
    assert_eq!(photo.credit, "media credit");
    assert!(photo.src.starts_with("/media/"));

    // Published from the desk: the page, linked to the original.
    let published = masthead_core::service::publish_item(
        app.store.as_ref(),
        &messaggero.item,
        chrono::Utc::now(),
    )
    .await
    .unwrap();
    assert!(published);
    let page = app
        .get(&format!(
            "/articles/{}",
            messaggero.slug.as_deref().unwrap()
        ))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(
        page.attr(".article-source a", "href").as_deref(),
        Some(
            "https://www.ilmessaggero.it/mondo/missili_polonia_cosa_e_successo_davvero-7054869.html"
        )
    );
    assert!(page.text(".article-body").contains("Przewodów"));
    assert!(page.attr("figure.photo img", "src").is_some());
    let original =
        "https://www.ilmessaggero.it/mondo/missili_polonia_cosa_e_successo_davvero-7054869.html";
    assert_eq!(
        page.attr("link[rel=canonical]", "href").as_deref(),
        Some(original)
    );

    // An editor's change to the text makes the site's own page canonical
    // and keeps the agency's text as an earlier version.
    let id = messaggero.item.article.unwrap();
    let a = app.store.article_by_id(id).await.unwrap().unwrap();
    let mut edited = masthead_core::article::form::ArticleForm::of(&a, 0)
        .validate(
            masthead_core::article::form::EditorAction::Save,
            Some(masthead_core::article::form::Before {
                status: a.status,
                published_at: a.published_at,
            }),
            a.photo.clone(),
            chrono::Utc::now(),
            0,
        )
        .unwrap();
    edited
        .body_markdown
        .push_str("\n\nNostra nota redazionale.");
    assert!(
        masthead_core::service::update_article(app.store.as_ref(), id, &edited)
            .await
            .unwrap()
    );
    let page = app
        .get(&format!(
            "/articles/{}",
            messaggero.slug.as_deref().unwrap()
        ))
        .await;
    let own = page.attr("link[rel=canonical]", "href").unwrap();
    assert!(own.ends_with(&format!("/articles/{}", a.slug)), "{own}");
    let versions = app.store.article_versions(id).await.unwrap();
    assert_eq!(versions.len(), 1);
    assert_eq!(versions[0].why, masthead_core::service::EDITED);
    assert!(!versions[0].body_html.contains("Nostra nota"));
}
