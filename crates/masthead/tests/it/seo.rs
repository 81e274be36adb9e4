//! Search engines and sharing: the sitemaps (validated against the
//! sitemaps.org and Google News schemas vendored in `tests/schemas/`, with
//! lxml), robots.txt, and the article page's Open Graph and JSON-LD as a
//! third-party extractor (extruct, PyPI) reads them. The Python tools live
//! in the virtualenv `scripts/setup.sh extruct` makes; without it those
//! checks are skipped with a notice, except under `CI=true`.
use crate::helpers::{ARTICLE, TestApp};
use chrono::{Duration, SecondsFormat, Utc};
use masthead_core::article::{ArticleStatus, NewArticle, Photo, Slug};
use masthead_core::service::add_article;
use masthead_core::store::NewThread;
use reqwest::StatusCode;
use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The virtualenv's Python, with extruct and lxml, if set up.
pub(crate) fn python() -> Option<PathBuf> {
    crate::helpers::venv_python(
        "MASTHEAD_EXTRUCT_DIR",
        "masthead-extruct",
        "extruct, lxml",
        "the sitemap schema and structured-data checks (extruct not installed)",
        "extruct",
    )
}

/// Runs `script` with `input` on stdin; its stdout, or the failure.
pub(crate) fn run(py: &Path, script: &str, args: &[&str], input: &str) -> Result<String, String> {
    let mut child = Command::new(py)
        .arg("-c")
        .arg(script)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("python");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write");
    let out = child.wait_with_output().expect("python ran");
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    if out.status.success() {
        Ok(stdout)
    } else {
        Err(format!("{stdout}{}", String::from_utf8_lossy(&out.stderr)))
    }
}

/// Validates a document against the vendored schema for `root` (a news
/// sitemap against the sitemap and news schemas together).
const VALIDATE: &str = r#"
import sys, os
from lxml import etree
schemas, root = sys.argv[1], sys.argv[2]
files = {"index": ["siteindex.xsd"], "urlset": ["sitemap.xsd"], "news": ["sitemap.xsd", "sitemap-news.xsd"]}[root]
ns = {"siteindex.xsd": "http://www.sitemaps.org/schemas/sitemap/0.9",
      "sitemap.xsd": "http://www.sitemaps.org/schemas/sitemap/0.9",
      "sitemap-news.xsd": "http://www.google.com/schemas/sitemap-news/0.9"}
imports = "".join('<xsd:import namespace="%s" schemaLocation="%s"/>' % (ns[f], "file://" + os.path.join(schemas, f)) for f in files)
wrapper = '<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">%s</xsd:schema>' % imports
schema = etree.XMLSchema(etree.fromstring(wrapper.encode()))
doc = etree.fromstring(sys.stdin.buffer.read())
if not schema.validate(doc):
    print(schema.error_log)
    sys.exit(1)
print("valid")
"#;

/// Open Graph and JSON-LD of a page, as extruct reads them.
pub(crate) const EXTRACT: &str = r#"
import sys, json, extruct
data = extruct.extract(sys.stdin.read(), base_url=sys.argv[1], syntaxes=["opengraph", "json-ld"])
og = [dict(item["properties"]) for item in data.get("opengraph", [])]
print(json.dumps({"opengraph": og, "json-ld": data.get("json-ld", [])}))
"#;

fn schemas() -> String {
    concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/schemas").to_string()
}

fn valid(py: &Path, root: &str, xml: &str) -> Result<String, String> {
    run(py, VALIDATE, &[&schemas(), root], xml)
}

fn article(
    slug: &str,
    title: &str,
    status: ArticleStatus,
    published: chrono::DateTime<Utc>,
) -> NewArticle {
    NewArticle {
        author: None,
        slug: Slug::parse(slug).expect("slug"),
        title: title.into(),
        standfirst: format!("About {title}."),
        byline: "Ann Lee and Bo Park".into(),
        body_markdown: "Text.".into(),
        photo: None,
        contributors: Vec::new(),
        source_name: None,
        source_url: None,
        comments_open: true,
        status,
        published_at: published,
        sections: None,
        tags: None,
        provenance: None,
    }
}

fn w3c(t: chrono::DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

#[tokio::test]
async fn sitemaps_list_what_readers_see_and_validate() {
    let app = TestApp::spawn().await;
    app.set("site.title", "The Daily Test").await;
    let store = app.store.as_ref();
    let now = Utc::now();
    let old = app.add_article(ARTICLE).await;
    let fresh = add_article(
        store,
        &article(
            "fresh-news",
            "Fresh & new",
            ArticleStatus::Published,
            now - Duration::hours(1),
        ),
    )
    .await
    .expect("fresh");
    add_article(
        store,
        &article(
            "a-draft",
            "Draft",
            ArticleStatus::Draft,
            now - Duration::hours(1),
        ),
    )
    .await
    .expect("draft");
    add_article(
        store,
        &article(
            "later",
            "Later",
            ArticleStatus::Published,
            now + Duration::days(1),
        ),
    )
    .await
    .expect("scheduled");
    store
        .create_thread(&NewThread {
            url: "https://blog.example.org/post".into(),
            slug: "t-outside".into(),
            title: "Outside".into(),
            title_confirmed: true,
            created_at: now - Duration::hours(1),
        })
        .await
        .expect("thread");
    let base = &app.base;

    let index = app.get("/sitemap.xml").await;
    assert_eq!(index.status, StatusCode::OK);
    assert!(
        index.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/xml")
    );
    assert!(
        index
            .body
            .contains(&format!("<loc>{base}/sitemap-1.xml</loc>")),
        "{}",
        index.body
    );
    assert!(!index.body.contains("sitemap-2.xml"));
    // The page's newest change (the newest entry, or the home page with it).
    let entries = app.store.sitemap_entries(0, 1000).await.unwrap();
    let newest = entries.iter().map(|e| e.last_modified()).max().unwrap();
    assert!(
        index.body.contains(&format!(
            "<lastmod>{}</lastmod>",
            newest.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
        )),
        "{}",
        index.body
    );
    // Pages of two positions: the home page and entry 0, then entries 1–2…
    let per_two = app.store.sitemap_lastmods(2).await.unwrap();
    let expected: Vec<_> = std::iter::once(vec![entries[0].last_modified()])
        .chain(
            entries[1..]
                .chunks(2)
                .map(|c| c.iter().map(|e| e.last_modified()).collect()),
        )
        .map(|page: Vec<_>| page.into_iter().max().unwrap())
        .collect();
    assert_eq!(per_two, expected);

    let page = app.get("/sitemap-1.xml").await;
    assert_eq!(page.status, StatusCode::OK);
    let body = &page.body;
    assert!(body.contains(&format!("<loc>{base}/</loc>")), "{body}");
    let stored = store
        .article_by_id(masthead_core::ids::ArticleId(old))
        .await
        .unwrap()
        .unwrap();
    let lastmod = w3c(stored.updated_at.max(stored.published_at));
    assert!(
        body.contains(&format!(
            "<loc>{base}/articles/test-story</loc><lastmod>{lastmod}</lastmod>"
        )),
        "{body}"
    );
    assert!(body.contains(&format!("<loc>{base}/articles/fresh-news</loc>")));
    for absent in ["a-draft", "later", "t-outside", "blog.example.org"] {
        assert!(!body.contains(absent), "{absent} listed:\n{body}");
    }
    assert_eq!(
        app.get("/sitemap-2.xml").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get("/sitemap-x.xml").await.status,
        StatusCode::NOT_FOUND
    );

    let news = app.get("/news-sitemap.xml").await;
    assert_eq!(news.status, StatusCode::OK);
    let fresh_row = store.article_by_id(fresh).await.unwrap().unwrap();
    assert!(
        news.body
            .contains(&format!("<loc>{base}/articles/fresh-news</loc>")),
        "{}",
        news.body
    );
    assert!(
        news.body
            .contains("<news:name>The Daily Test</news:name><news:language>en</news:language>")
    );
    assert!(news.body.contains(&format!(
        "<news:publication_date>{}</news:publication_date><news:title>Fresh &amp; new</news:title>",
        w3c(fresh_row.published_at)
    )));
    // Published in 2024: past the two days.
    assert!(!news.body.contains("test-story"), "{}", news.body);
    for absent in ["a-draft", "later", "t-outside"] {
        assert!(!news.body.contains(absent), "{absent} in the news sitemap");
    }

    // A new article is in the next fetch (the cached page moved on).
    add_article(
        store,
        &article(
            "newer",
            "Newer",
            ArticleStatus::Published,
            now - Duration::minutes(5),
        ),
    )
    .await
    .expect("newer");
    let again = app.get("/sitemap-1.xml").await;
    assert!(
        again
            .body
            .contains(&format!("<loc>{base}/articles/newer</loc>")),
        "{}",
        again.body
    );

    let Some(py) = python() else { return };
    valid(&py, "index", &index.body).expect("sitemap index valid");
    valid(&py, "urlset", &again.body).expect("sitemap page valid");
    valid(&py, "news", &news.body).expect("news sitemap valid");
    // The validator does refuse what breaks the schemas.
    let broken = again
        .body
        .replace("<lastmod>", "<lastmod>yesterday ")
        .replace("yesterday 20", "20");
    let broken = broken.replacen("<loc>", "<loc>yesterday</loc><loc>", 1);
    assert!(
        valid(&py, "urlset", &broken).is_err(),
        "an invalid sitemap passed"
    );
    let no_title = news
        .body
        .replace("<news:title>Fresh &amp; new</news:title>", "");
    assert!(
        valid(&py, "news", &no_title).is_err(),
        "a news entry without title passed"
    );
    let bad_lang = news.body.replace(
        "<news:language>en</news:language>",
        "<news:language>English</news:language>",
    );
    assert!(
        valid(&py, "news", &bad_lang).is_err(),
        "a bad language passed"
    );
}

#[tokio::test]
async fn robots_txt_is_the_setting_under_the_site_address() {
    let app = TestApp::spawn().await;
    let r = app.get("/robots.txt").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/plain")
    );
    assert!(r.body.starts_with("User-agent: *\n"), "{}", r.body);
    assert!(r.body.contains("Disallow: /admin/\n"));
    assert!(r.body.contains("Disallow: /wp-json/\n"));
    assert!(
        r.body
            .ends_with(&format!("Sitemap: {}/news-sitemap.xml\n", app.base)),
        "{}",
        r.body
    );
    assert!(
        r.body
            .contains(&format!("Sitemap: {}/sitemap.xml\n", app.base))
    );

    let out = app
        .cli(&[
            "settings",
            "set",
            "site.robots",
            "User-agent: *\nDisallow: /private/\nSitemap: {base}/sitemap.xml",
        ])
        .await;
    assert!(out.status.success(), "{}", crate::helpers::stderr(&out));
    app.cli(&["settings", "set", "site.url", "https://news.example.com"])
        .await;
    let r = app.get("/robots.txt").await;
    assert_eq!(
        r.body,
        "User-agent: *\nDisallow: /private/\nSitemap: https://news.example.com/sitemap.xml\n"
    );
    // And the sitemaps name that address too.
    let index = app.get("/sitemap.xml").await;
    assert!(
        index
            .body
            .contains("<loc>https://news.example.com/sitemap-1.xml</loc>"),
        "{}",
        index.body
    );
}

#[tokio::test]
async fn the_article_page_carries_open_graph_and_news_article_data() {
    let app = TestApp::spawn().await;
    app.set("site.title", "The Daily Test").await;
    let published = Utc::now() - Duration::hours(3);
    let mut a = article(
        "big-story",
        "Cats </script><script>alert(1)</script> & dogs",
        ArticleStatus::Published,
        published,
    );
    a.photo = Some(Photo {
        src: "/media/cat.jpg".into(),
        alt: "A cat".into(),
        caption: String::new(),
        credit: String::new(),
        srcset: String::new(),
        width: Some(1200),
        height: Some(800),
    });
    let id = add_article(app.store.as_ref(), &a).await.expect("insert");
    let stored = app.store.article_by_id(id).await.unwrap().unwrap();
    let base = &app.base;
    let url = format!("{base}/articles/big-story");

    let page = app.get("/articles/big-story").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.attr("link[rel=canonical]", "href"), Some(url.clone()));
    // The headline cannot end the script: one JSON-LD script, the closing
    // tag appearing only where the page's own scripts end.
    assert!(
        !page.body.contains("</script><script>alert(1)"),
        "{}",
        page.body
    );
    assert_eq!(
        page.attr("meta[name='twitter:card']", "content").as_deref(),
        Some("summary_large_image")
    );

    let Some(py) = python() else { return };
    let out = run(&py, EXTRACT, &[&url], &page.body).expect("extruct");
    let data: Value = serde_json::from_str(&out).expect("extruct's JSON");
    let og = &data["opengraph"][0];
    assert_eq!(og["og:type"], "article", "{og}");
    assert_eq!(og["og:title"], stored.title.as_str());
    assert_eq!(og["og:description"], stored.standfirst.as_str());
    assert_eq!(og["og:url"], url.as_str());
    assert_eq!(og["og:site_name"], "The Daily Test");
    assert_eq!(og["og:image"], format!("{base}/media/cat.jpg").as_str());
    assert_eq!(og["og:image:width"], "1200");
    assert_eq!(og["og:image:height"], "800");
    assert_eq!(
        og["article:published_time"],
        w3c(stored.published_at).as_str()
    );
    assert_eq!(
        og["article:modified_time"],
        w3c(stored.updated_at.max(stored.published_at)).as_str()
    );

    let ld = &data["json-ld"];
    assert_eq!(ld.as_array().map(Vec::len), Some(1), "{ld}");
    let ld = &ld[0];
    assert_eq!(ld["@type"], "NewsArticle");
    assert_eq!(ld["headline"], stored.title.as_str());
    assert_eq!(ld["description"], stored.standfirst.as_str());
    assert_eq!(ld["datePublished"], w3c(stored.published_at).as_str());
    assert_eq!(
        ld["dateModified"],
        w3c(stored.updated_at.max(stored.published_at)).as_str()
    );
    assert_eq!(
        ld["image"][0]["url"],
        format!("{base}/media/cat.jpg").as_str()
    );
    assert_eq!(ld["image"][0]["width"], 1200);
    assert_eq!(ld["author"][0]["@type"], "Person");
    assert_eq!(ld["author"][0]["name"], "Ann Lee");
    assert_eq!(ld["author"][1]["name"], "Bo Park");
    assert_eq!(ld["publisher"]["@type"], "Organization");
    assert_eq!(ld["publisher"]["name"], "The Daily Test");
    let logo = format!("{base}/static/logo.png");
    assert_eq!(ld["publisher"]["logo"]["url"], logo.as_str());
    assert_eq!(ld["isAccessibleForFree"], true);
    assert_eq!(ld["mainEntityOfPage"]["@id"], url.as_str());
    // The logo is served, as a PNG.
    let r = crate::helpers::http()
        .build()
        .expect("client")
        .get(&logo)
        .send()
        .await
        .expect("logo");
    assert_eq!(r.headers()["content-type"], "image/png");
    assert!(r.bytes().await.unwrap().starts_with(b"\x89PNG"));

    // Without a photo: the small card; a set logo is the publisher's.
    app.set("site.logo_url", "https://cdn.example.com/logo.png")
        .await;
    app.add_article(ARTICLE).await;
    let page = app.get("/articles/test-story").await;
    assert_eq!(
        page.attr("meta[name='twitter:card']", "content").as_deref(),
        Some("summary")
    );
    let out = run(
        &py,
        EXTRACT,
        &[&format!("{base}/articles/test-story")],
        &page.body,
    )
    .expect("extruct");
    let data: Value = serde_json::from_str(&out).expect("extruct's JSON");
    assert_eq!(
        data["json-ld"][0]["publisher"]["logo"]["url"],
        "https://cdn.example.com/logo.png"
    );
    assert_eq!(data["json-ld"][0]["author"][0]["name"], "Staff");
    assert!(data["opengraph"][0].get("og:image").is_none());
}
