//! WordPress WXR import and export with the real binary, checked against the
//! corpus by a second, independent XML reader (roxmltree), not the importer.
use crate::db::TestDb;
use crate::helpers::{TestApp, corpus_dir, run_cli, stderr, stdout, visitor};
use reqwest::StatusCode;
use sqlx::{AnyPool, Row};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

/// Files the corpus README marks as broken on purpose.
const MALFORMED: [&str; 4] = [
    "malformed.xml",
    "malformed-simple.xml",
    "crazy-cdata.xml",
    "invalid-version-tag.xml",
];
/// Files without `<wp:wxr_version>` but in WordPress's export namespace:
/// imported, with a warning.
const VERSIONLESS: [&str; 1] = ["missing-version-tag.xml"];

fn wxr_files(corpus: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut dirs = vec![corpus.join("wxr")];
    while let Some(d) = dirs.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "xml") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

fn is_wp(ns: Option<&str>) -> bool {
    ns.is_some_and(|n| {
        let n = n
            .trim_start_matches("https://")
            .trim_start_matches("http://");
        [
            "wordpress.org/export/1.0/",
            "wordpress.org/export/1.1/",
            "wordpress.org/export/1.2/",
        ]
        .contains(&n)
    })
}

/// What a file holds, counted by roxmltree: articles and pages kept, comments
/// on them by status, and (comment id → parent id) within each post.
#[derive(Debug, Default, PartialEq)]
struct Expected {
    posts: BTreeMap<String, usize>,
    comments: BTreeMap<String, usize>,
    parents: Vec<(String, String)>,
}

fn expected(text: &str) -> Expected {
    let doc = roxmltree::Document::parse(text).expect("roxmltree parses the corpus file");
    let mut out = Expected::default();
    let mut seen = std::collections::HashSet::new();
    let wp = |n: roxmltree::Node<'_, '_>, name: &str| {
        n.children()
            .find(|c| {
                c.is_element() && c.tag_name().name() == name && is_wp(c.tag_name().namespace())
            })
            .and_then(|c| c.text().map(|t| t.trim().to_string()))
            .unwrap_or_default()
    };
    for item in doc.descendants().filter(|n| {
        n.is_element()
            && n.tag_name().name() == "item"
            && n.tag_name().namespace().is_none_or(str::is_empty)
    }) {
        let kind = match wp(item, "post_type").as_str() {
            "post" | "" => "article",
            "page" => "page",
            _ => continue,
        };
        if !matches!(
            wp(item, "status").as_str(),
            "publish" | "future" | "draft" | "pending" | "private" | ""
        ) {
            continue;
        }
        // As in WordPress's importer, an id is imported once per file (a11y-unit-test-data
        // has two pages with id 156); files without ids are told apart by title and date.
        let id = wp(item, "post_id");
        let key = if id.is_empty() {
            format!(
                "{:?}{}",
                item.children()
                    .find(|c| c.tag_name().name() == "title")
                    .and_then(|t| t.text()),
                wp(item, "post_date")
            )
        } else {
            id
        };
        if !seen.insert(key) {
            continue;
        }
        *out.posts.entry(kind.into()).or_default() += 1;
        let comments: Vec<_> = item
            .children()
            .filter(|c| {
                c.is_element()
                    && c.tag_name().name() == "comment"
                    && is_wp(c.tag_name().namespace())
            })
            .collect();
        let ids: Vec<String> = comments.iter().map(|c| wp(*c, "comment_id")).collect();
        for c in comments {
            let status = match wp(c, "comment_approved").as_str() {
                "1" => "approved",
                "spam" => "spam",
                "trash" | "post-trashed" => "trash",
                _ => "pending",
            };
            *out.comments.entry(status.into()).or_default() += 1;
            let parent = wp(c, "comment_parent");
            if parent != "0" && !parent.is_empty() && ids.contains(&parent) {
                out.parents.push((wp(c, "comment_id"), parent));
            }
        }
    }
    out.parents.sort();
    out
}

async fn pool(url: &str) -> AnyPool {
    sqlx::any::install_default_drivers();
    AnyPool::connect(url).await.expect("open the test database")
}

/// The same numbers read back from the database, through the `imported` map.
async fn stored(db: &AnyPool) -> Expected {
    let mut out = Expected::default();
    for row in sqlx::query("SELECT kind, COUNT(*) AS n FROM articles GROUP BY kind")
        .fetch_all(db)
        .await
        .unwrap()
    {
        let n: i64 = row.get("n");
        out.posts.insert(row.get("kind"), n as usize);
    }
    for row in sqlx::query("SELECT status, COUNT(*) AS n FROM comments GROUP BY status")
        .fetch_all(db)
        .await
        .unwrap()
    {
        let n: i64 = row.get("n");
        out.comments.insert(row.get("status"), n as usize);
    }
    let rows = sqlx::query(
        "SELECT child.source_id AS child, parent.source_id AS parent FROM comments c \
         JOIN imported child ON child.kind = 'comment' AND child.target_id = c.id \
         JOIN imported parent ON parent.kind = 'comment' AND parent.target_id = c.parent_id \
         AND parent.source = child.source",
    )
    .fetch_all(db)
    .await
    .unwrap();
    out.parents = rows
        .iter()
        .map(|r| (r.get("child"), r.get("parent")))
        .collect();
    out.parents.sort();
    out
}

/// A new database on this run's backend, with the folder it may live in.
async fn temp_db() -> (tempfile::TempDir, TestDb, String) {
    let dir = tempfile::tempdir().unwrap();
    let db = TestDb::new(dir.path(), "t.db").await;
    let url = db.url.clone();
    (dir, db, url)
}

#[tokio::test]
async fn every_corpus_wxr_file_imports_with_the_counts_a_second_reader_finds() {
    let Some(corpus) = corpus_dir() else { return };
    let files = wxr_files(&corpus);
    assert!(files.len() >= 40, "corpus has {} WXR files", files.len());
    for file in files {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let (_dir, _db, url) = temp_db().await;
        // Something already in the site, which a failed import must leave alone.
        let seeded = run_cli(&url, &["settings", "set", "site.title", "Before"]);
        assert!(
            seeded.status.success(),
            "{}",
            crate::helpers::stderr(&seeded)
        );
        let out = run_cli(&url, &["import", "wxr", file.to_str().unwrap()]);
        let db = pool(&url).await;
        if MALFORMED.contains(&name.as_str()) {
            assert!(!out.status.success(), "{name} must fail");
            let err = stderr(&out);
            let located = err.contains("line ") && err.contains(", column ");
            assert!(located, "{name}: the error names no line and column: {err}");
            assert!(err.contains("nothing was imported"), "{name}: {err}");
            assert_eq!(
                stored(&db).await,
                Expected::default(),
                "{name} left data behind"
            );
            continue;
        }
        assert!(out.status.success(), "{name}: {}", stderr(&out));
        assert_eq!(
            stderr(&out).contains("has no <wp:wxr_version>"),
            VERSIONLESS.contains(&name.as_str()),
            "{name}: the warning about a missing version: {}",
            stderr(&out)
        );
        let text = std::fs::read_to_string(&file).unwrap();
        let want = expected(&text);
        assert_eq!(
            stored(&db).await,
            want,
            "{name}: database differs from the file"
        );

        // Importing the same file again adds nothing.
        let again = run_cli(&url, &["import", "wxr", file.to_str().unwrap()]);
        assert!(again.status.success(), "{name}: {}", stderr(&again));
        assert_eq!(
            stored(&db).await,
            want,
            "{name}: a second import changed the counts"
        );
    }
}

#[tokio::test]
async fn export_then_import_loses_nothing() {
    let Some(corpus) = corpus_dir() else { return };
    for name in [
        "wxr/theme-test-data/themeunittestdata.wordpress.xml",
        "wxr/wordpress-importer/phpunit-data/a11y-unit-test-data.xml",
        "wxr/wordpress-importer/phpunit-data/wxr-utf-8-challenges.xml",
    ] {
        let (_a, _first_db, first) = temp_db().await;
        let (_b, _second_db, second) = temp_db().await;
        let out = run_cli(
            &first,
            &["import", "wxr", corpus.join(name).to_str().unwrap()],
        );
        assert!(out.status.success(), "{}", stderr(&out));
        let dir = tempfile::tempdir().unwrap();
        let export = dir.path().join("export.xml");
        let out = run_cli(&first, &["export", "wxr", export.to_str().unwrap()]);
        assert!(out.status.success(), "{}", stderr(&out));
        let text = std::fs::read_to_string(&export).unwrap();
        // The export is well-formed WXR 1.2, readable by another parser.
        let doc = roxmltree::Document::parse(&text).expect("the export is well-formed XML");
        assert!(
            doc.descendants()
                .any(|n| n.tag_name().name() == "wxr_version" && n.text() == Some("1.2"))
        );
        let out = run_cli(&second, &["import", "wxr", export.to_str().unwrap()]);
        assert!(out.status.success(), "{}", stderr(&out));

        let (a, b) = (pool(&first).await, pool(&second).await);
        assert_eq!(
            snapshot(&a).await,
            snapshot(&b).await,
            "{name}: the round trip changed something"
        );
        assert_eq!(expected(&text).comments, stored(&b).await.comments);
    }
}

/// Everything a round trip must keep, independent of ids.
async fn snapshot(db: &AnyPool) -> (Vec<String>, Vec<String>) {
    let articles = sqlx::query(
        "SELECT kind, slug, title, status, published_at, \
         CASE WHEN comments_open THEN 'open' ELSE 'closed' END AS comments_open, body_markdown, \
         COALESCE(photo_src, '') AS photo FROM articles ORDER BY slug",
    )
    .fetch_all(db)
    .await
    .unwrap()
    .iter()
    .map(|r| {
        format!(
            "{}|{}|{}|{}|{}|{}|{}|{}",
            r.get::<String, _>("kind"),
            r.get::<String, _>("slug"),
            r.get::<String, _>("title"),
            r.get::<String, _>("status"),
            r.get::<i64, _>("published_at"),
            r.get::<String, _>("comments_open"),
            r.get::<String, _>("body_markdown").len(),
            r.get::<String, _>("photo"),
        )
    })
    .collect();
    let mut comments: Vec<String> = sqlx::query(
        "SELECT a.slug, c.author_name, c.author_email, COALESCE(c.author_ip, '') AS ip, \
         c.created_at, c.status, c.comment_type, c.content_source, \
         COALESCE(p.author_name || '@' || p.created_at, '') AS parent \
         FROM comments c JOIN articles a ON a.id = c.article_id \
         LEFT JOIN comments p ON p.id = c.parent_id",
    )
    .fetch_all(db)
    .await
    .unwrap()
    .iter()
    .map(|r| {
        format!(
            "{}|{}|{}|{}|{}|{}|{}|{}|{}",
            r.get::<String, _>("slug"),
            r.get::<String, _>("author_name"),
            r.get::<String, _>("author_email"),
            r.get::<String, _>("ip"),
            r.get::<i64, _>("created_at"),
            r.get::<String, _>("status"),
            r.get::<String, _>("comment_type"),
            r.get::<String, _>("content_source"),
            r.get::<String, _>("parent"),
        )
    })
    .collect();
    comments.sort();
    (articles, comments)
}

#[tokio::test]
async fn old_wordpress_addresses_redirect_and_a_dry_run_stores_nothing() {
    let Some(corpus) = corpus_dir() else { return };
    let app = TestApp::spawn().await;
    let file = corpus.join("wxr/theme-test-data/themeunittestdata.wordpress.xml");
    let dry = app
        .cli(&["import", "wxr", "--dry-run", file.to_str().unwrap()])
        .await;
    assert!(dry.status.success(), "{}", stderr(&dry));
    assert!(
        stdout(&dry).contains("nothing was stored"),
        "{}",
        stdout(&dry)
    );
    assert!(
        stdout(&dry).contains("articles: 58 new, pages: 21 new"),
        "{}",
        stdout(&dry)
    );
    assert_eq!(app.store.count_articles().await.unwrap(), 0);

    let out = app.cli(&["import", "wxr", file.to_str().unwrap()]).await;
    assert!(out.status.success(), "{}", stderr(&out));
    let summary = stdout(&out);
    assert!(
        summary.contains("comments: 33 new (30 approved, 3 pending), of which 4 pingbacks"),
        "{summary}"
    );
    assert!(
        summary.contains("70 × item of type “nav_menu_item”"),
        "{summary}"
    );

    let client = visitor();
    for (old, new) in [
        ("/?p=1149", "/articles/template-pingbacks-an-trackbacks"),
        (
            "/2009/05/15/edge-case-nested-and-mixed-lists/",
            "/articles/edge-case-nested-and-mixed-lists",
        ),
        (
            "/2009/05/15/edge-case-nested-and-mixed-lists",
            "/articles/edge-case-nested-and-mixed-lists",
        ),
        ("/?page_id=2", "/about"),
        ("/about/", "/about"),
        ("/articles/about", "/about"),
    ] {
        let r = app.get_as(&client, old).await;
        assert_eq!(
            (r.status, r.location()),
            (StatusCode::MOVED_PERMANENTLY, new.to_string()),
            "{old}"
        );
    }
    // Pages are served at their slug and not listed among the articles
    // (the editor's list marks them).
    crate::helpers::add_user(&app, "ed", masthead_core::user::Role::Editor).await;
    let ed = visitor();
    crate::helpers::sign_in(&app, &ed, "ed", crate::helpers::PASSWORD).await;
    let listing = app.get_as(&ed, "/admin/articles").await;
    assert!(listing.body.contains("(page)"), "{}", listing.body);
    let about = app.get("/about").await;
    assert_eq!(about.status, StatusCode::OK);
    assert_eq!(about.text("h1.headline"), "About The Tests");
    let home = app.get("/").await;
    assert!(!home.body.contains("href=\"/about\""));
    // Comments keep their threads, pingbacks their type; held ones stay hidden.
    let page = app.get("/articles/template-comments").await;
    assert!(page.has("ol.children li.comment"));
    let depth = app.get("/articles/template-comments").await;
    assert!(depth.body.contains("depth-5"), "deep threads are kept");
    let counts: HashMap<String, i64> = sqlx::query_as::<_, (String, i64)>(
        "SELECT comment_type, COUNT(*) FROM comments GROUP BY comment_type",
    )
    .fetch_all(&pool(&app.db_url).await)
    .await
    .unwrap()
    .into_iter()
    .collect();
    assert_eq!(
        counts.get("pingback").copied().unwrap_or(0)
            + counts.get("trackback").copied().unwrap_or(0),
        4
    );
    // Commenters' emails came across but are not published.
    let emails: Vec<String> =
        sqlx::query_scalar("SELECT author_email FROM comments WHERE author_email <> ''")
            .fetch_all(&pool(&app.db_url).await)
            .await
            .unwrap();
    assert!(!emails.is_empty());
    for e in emails {
        assert!(!page.body.contains(&e), "{e} published");
    }
}

/// Odd but well-formed files: two posts with the same 200-character slug
/// (the second gets a shortened one), a negative id, a reply whose parent is
/// on another post (kept top-level), a date beyond any calendar in use.
#[tokio::test]
async fn odd_items_import_without_aborting() {
    let long = "a".repeat(200);
    let item = |id: i64, comments: &str| {
        format!(
            "<item><title>Long {id}</title><wp:post_id>{id}</wp:post_id><wp:post_name>{long}</wp:post_name>\
             <wp:post_type>post</wp:post_type><wp:status>publish</wp:status>\
             <wp:post_date>+262142-12-31 23:59:59</wp:post_date><content:encoded><![CDATA[x]]></content:encoded>{comments}</item>"
        )
    };
    let comment = |id: i64, parent: i64| {
        format!(
            "<wp:comment><wp:comment_id>{id}</wp:comment_id><wp:comment_author>R{id}</wp:comment_author>\
             <wp:comment_content>c{id}</wp:comment_content><wp:comment_approved>1</wp:comment_approved>\
             <wp:comment_parent>{parent}</wp:comment_parent></wp:comment>"
        )
    };
    let xml = format!(
        "<?xml version=\"1.0\"?><rss xmlns:wp=\"http://wordpress.org/export/1.2/\" \
         xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><wp:wxr_version>1.2</wp:wxr_version>\
         {}{}{}</channel></rss>",
        item(1, &comment(10, 0)),
        item(2, &comment(20, 10)),
        item(-3, "")
    );
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("odd.xml");
    std::fs::write(&file, xml).unwrap();
    let (_d, _db, url) = temp_db().await;
    let out = run_cli(&url, &["import", "wxr", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("articles: 3 new"), "{}", stdout(&out));
    let db = pool(&url).await;
    let slugs: Vec<String> = sqlx::query_scalar("SELECT slug FROM articles ORDER BY id")
        .fetch_all(&db)
        .await
        .unwrap();
    assert_eq!(slugs.len(), 3);
    assert_eq!(slugs[0], long);
    assert!(slugs.iter().all(|s| s.len() <= 200), "{slugs:?}");
    let linked: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM comments WHERE parent_id IS NOT NULL")
            .fetch_one(&db)
            .await
            .unwrap();
    assert_eq!(linked, 0, "a parent on another post is not linked");
}

/// WordPress's `post_name` for a non-ASCII slug: UTF-8, percent-encoded in
/// lower case.
fn wp_encoded(slug: &str) -> String {
    slug.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b == b'-' {
                (b as char).to_string()
            } else {
                format!("%{b:02x}")
            }
        })
        .collect()
}

/// Arabic, Polish and Japanese posts with comments in Arabic, Chinese and
/// Polish, as WordPress exports them: (id, title, slug, body, comments as
/// (author, text)).
type Post = (
    i64,
    &'static str,
    &'static str,
    &'static str,
    Vec<(&'static str, &'static str)>,
);

fn scripts_posts() -> Vec<Post> {
    vec![
        (
            1,
            "انتخابات بلدية في القاهرة",
            "انتخابات-بلدية",
            "أدلى الناخبون بأصواتهم في الانتخابات البلدية الجديدة.",
            vec![
                ("محمد الأحمد", "تعليق باللغة العربية: شكرًا على المقال."),
                ("李明", "我同意。这是中文评论。"),
            ],
        ),
        (
            2,
            "Zażółć gęślą jaźń",
            "zażółć-gęślą-jaźń",
            "Źdźbło trawy i żółw. ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż.",
            vec![(
                "Łukasz Żółć",
                "Świetny artykuł, dziękuję! Pchnąć w tę łódź jeża.",
            )],
        ),
        (
            3,
            "東京の新聞",
            "東京の新聞",
            "今日の東京は晴れです。新聞によると、週末は雨です。",
            vec![("田中花子", "とても面白い記事です。")],
        ),
    ]
}

fn scripts_wxr() -> String {
    let mut items = String::new();
    for (id, title, slug, body, comments) in scripts_posts() {
        let encoded = wp_encoded(slug);
        let mut c = String::new();
        for (i, (author, text)) in comments.iter().enumerate() {
            let cid = id * 10 + i as i64;
            let parent = if i > 0 { id * 10 } else { 0 };
            c.push_str(&format!(
                "<wp:comment><wp:comment_id>{cid}</wp:comment_id>\
                 <wp:comment_author><![CDATA[{author}]]></wp:comment_author>\
                 <wp:comment_author_email>c{cid}@example.org</wp:comment_author_email>\
                 <wp:comment_date>2024-06-0{id} 12:00:0{i}</wp:comment_date>\
                 <wp:comment_date_gmt>2024-06-0{id} 12:00:0{i}</wp:comment_date_gmt>\
                 <wp:comment_content><![CDATA[{text}]]></wp:comment_content>\
                 <wp:comment_approved>1</wp:comment_approved><wp:comment_type>comment</wp:comment_type>\
                 <wp:comment_parent>{parent}</wp:comment_parent></wp:comment>"
            ));
        }
        items.push_str(&format!(
            "<item><title>{title}</title>\
             <link>https://old.example.org/2024/06/0{id}/{encoded}/</link>\
             <dc:creator><![CDATA[admin]]></dc:creator>\
             <content:encoded><![CDATA[<p>{body}</p>]]></content:encoded>\
             <excerpt:encoded><![CDATA[]]></excerpt:encoded>\
             <wp:post_id>{id}</wp:post_id>\
             <wp:post_date>2024-06-0{id} 10:00:00</wp:post_date>\
             <wp:post_date_gmt>2024-06-0{id} 10:00:00</wp:post_date_gmt>\
             <wp:comment_status>open</wp:comment_status>\
             <wp:post_name>{encoded}</wp:post_name><wp:status>publish</wp:status>\
             <wp:post_type>post</wp:post_type>{c}</item>"
        ));
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" \
         xmlns:excerpt=\"http://wordpress.org/export/1.2/excerpt/\" \
         xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" \
         xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel><title>Kurier</title>\
         <link>https://old.example.org</link><wp:wxr_version>1.2</wp:wxr_version>\
         <wp:base_site_url>https://old.example.org</wp:base_site_url>{items}</channel></rss>"
    )
}

#[tokio::test]
async fn wxr_round_trip_keeps_arabic_polish_and_cjk_text() {
    let app = TestApp::spawn().await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("scripts.xml");
    std::fs::write(&file, scripts_wxr()).unwrap();
    let out = app.cli(&["import", "wxr", file.to_str().unwrap()]).await;
    assert!(out.status.success(), "{}", stderr(&out));
    let db = pool(&app.db_url).await;

    // Titles and comments as written; slugs: Polish loses its diacritics
    // (as WordPress's own titles-to-slugs do), Arabic and Japanese have no
    // ASCII form and take the post's number.
    let want_slugs = ["post-1", "zazolc-gesla-jazn", "post-3"];
    for ((id, title, slug, body, comments), want) in scripts_posts().into_iter().zip(want_slugs) {
        let (stored_slug, stored_title): (String, String) =
            sqlx::query_as("SELECT slug, title FROM articles WHERE title = $1")
                .bind(title)
                .fetch_one(&db)
                .await
                .unwrap_or_else(|e| panic!("{title}: {e}"));
        assert_eq!((stored_slug.as_str(), stored_title.as_str()), (want, title));
        let page = app.get(&format!("/articles/{want}")).await;
        assert_eq!(page.status, StatusCode::OK, "{want}");
        assert_eq!(page.text("h1.headline"), title);
        assert!(page.body.contains(body), "{want}: the body");
        for (author, text) in &comments {
            assert!(page.body.contains(author), "{want}: {author}");
            assert!(page.body.contains(text), "{want}: {text}");
        }
        // The old address, as WordPress wrote it and as a browser sends it.
        let encoded = wp_encoded(slug);
        let browser: String = slug
            .bytes()
            .map(|b| {
                if b.is_ascii() {
                    (b as char).to_string()
                } else {
                    format!("%{b:02X}")
                }
            })
            .collect();
        for old in [
            format!("/2024/06/0{id}/{encoded}/"),
            format!("/2024/06/0{id}/{browser}/"),
        ] {
            let r = app.get(&old).await;
            assert_eq!(
                (r.status, r.location()),
                (StatusCode::MOVED_PERMANENTLY, format!("/articles/{want}")),
                "{old}"
            );
        }
    }
    let stored_comments: Vec<(String, String)> =
        sqlx::query_as("SELECT author_name, content_source FROM comments ORDER BY created_at")
            .fetch_all(&db)
            .await
            .unwrap();
    let written: Vec<(String, String)> = scripts_posts()
        .into_iter()
        .flat_map(|p| p.4)
        .map(|(a, t)| (a.to_string(), t.to_string()))
        .collect();
    assert_eq!(stored_comments, written);

    // Exported, every character is there for another XML reader.
    let export = dir.path().join("export.xml");
    let out = app.cli(&["export", "wxr", export.to_str().unwrap()]).await;
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(&export).unwrap();
    let doc = roxmltree::Document::parse(&text).expect("the export is well-formed XML");
    let texts: Vec<&str> = doc.descendants().filter_map(|n| n.text()).collect();
    for (_, title, _, body, comments) in scripts_posts() {
        assert!(texts.contains(&title), "{title} in the export");
        assert!(texts.iter().any(|t| t.contains(body)), "{body}");
        for (author, comment) in comments {
            assert!(texts.contains(&author), "{author} in the export");
            assert!(texts.iter().any(|t| t.contains(comment)), "{comment}");
        }
    }
    // And imported again elsewhere: the same site.
    let (_b, _second_db, second) = temp_db().await;
    let out = run_cli(&second, &["import", "wxr", export.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        snapshot(&db).await,
        snapshot(&pool(&second).await).await,
        "the round trip changed something"
    );
}
