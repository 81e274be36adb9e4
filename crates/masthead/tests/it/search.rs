//! Full-text search: `/search?q=` (ranking, snippets, paging, no script),
//! WordPress's `/?s=`, the REST posts `search` parameter, the index kept in
//! step with edits and unpublishing (and the cached results with it), text
//! written before the index existed, and hostile queries that get results
//! or a clear 4xx, never a 500. On SQLite (FTS5) and PostgreSQL (tsvector).
use crate::helpers::{Page, TestApp, add_user, sign_in};
use masthead::article_file;
use masthead_core::ids::ArticleId;
use masthead_core::user::Role;
use reqwest::StatusCode;
use scraper::Selector;

fn story(slug: &str, title: &str, byline: &str, published: &str, body: &str) -> String {
    format!(
        "+++\ntitle = \"{title}\"\nslug = \"{slug}\"\nstandfirst = \"\"\nbyline = \"{byline}\"\n\
         published = {published}\n+++\n\n{body}\n"
    )
}

/// The hits' addresses, in order.
fn hits(page: &Page) -> Vec<String> {
    let sel = Selector::parse(".search-hit h2 a").unwrap();
    page.html()
        .select(&sel)
        .filter_map(|a| a.value().attr("href").map(str::to_string))
        .collect()
}

async fn search(app: &TestApp, q: &str) -> Page {
    let url = reqwest::Url::parse_with_params(&format!("{}/search", app.base), [("q", q)]).unwrap();
    app.get(&format!("/search?{}", url.query().unwrap_or_default()))
        .await
}

async fn site() -> TestApp {
    let app = TestApp::spawn().await;
    for text in [
        story(
            "quebec-votes",
            "Québec votes in snap poll",
            "Marie Dubois",
            "2024-05-01T10:00:00Z",
            "Voters in Montréal queued early.\n\nThe élections were called in March; turnout \
             was the highest since 1995. Use the `<script>` tag & see.",
        ),
        story(
            "harbour",
            "Harbour reopens after storm",
            "Staff",
            "2024-05-02T10:00:00Z",
            "Fishing boats returned on Sunday.",
        ),
        story(
            "storm-damage",
            "Storm damage counted",
            "Staff",
            "2024-05-03T10:00:00Z",
            "Insurers say the harbour wall held, but roofs across the town did not.",
        ),
        story(
            "peace-talks",
            "Talks resume in Cairo",
            "Desk",
            "2024-05-04T10:00:00Z",
            "Peace talks resumed, with a truce on the table. Doha also hosted envoys.",
        ),
        // Scheduled far ahead: not live, never found.
        story(
            "scheduled",
            "Harbour plan",
            "Staff",
            "2999-01-01T00:00:00Z",
            "A secret harbour plan.",
        ),
    ] {
        app.add_article(&text).await;
    }
    app
}

#[tokio::test]
async fn search_page_ranks_highlights_and_folds_diacritics() {
    let app = site().await;

    // Diacritics folded both ways; stems ("elections" finds "élections").
    for q in [
        "quebec", "Québec", "QUEBEC", "montreal", "election", "Dubois",
    ] {
        let page = search(&app, q).await;
        assert_eq!(page.status, StatusCode::OK, "{q}");
        assert_eq!(hits(&page), vec!["/articles/quebec-votes"], "{q}");
    }
    // The snippet is the body around the match, escaped, the match marked.
    let page = search(&app, "turnout").await;
    let snippet = page
        .body
        .split("class=\"snippet\">")
        .nth(1)
        .and_then(|s| s.split("</p>").next())
        .unwrap_or_default()
        .to_string();
    assert!(snippet.contains("<mark>turnout</mark>"), "{snippet}");
    let page = search(&app, "script").await;
    assert!(
        page.body.contains("&lt;"),
        "snippet text escaped: {}",
        page.body
    );
    assert!(!page.body.contains("<script>"), "{}", page.body);
    assert!(page.has("meta[name=robots][content^=noindex]"));
    assert_eq!(page.attr("#search-q", "value").as_deref(), Some("script"));

    // A headline match ranks above a body match; the scheduled one is absent.
    assert_eq!(
        hits(&search(&app, "harbour").await),
        vec!["/articles/harbour", "/articles/storm-damage"]
    );
    // Web-search syntax: phrases, or, exclusion.
    assert_eq!(
        hits(&search(&app, "\"peace talks\"").await),
        vec!["/articles/peace-talks"]
    );
    assert!(hits(&search(&app, "\"talks peace\"").await).is_empty());
    let either = hits(&search(&app, "Montreal or Doha").await);
    assert_eq!(either.len(), 2, "{either:?}");
    assert_eq!(
        hits(&search(&app, "storm -insurers").await),
        vec!["/articles/harbour"]
    );
    let none = search(&app, "zanzibar").await;
    assert_eq!(none.status, StatusCode::OK);
    assert!(none.body.contains("No articles match"), "{}", none.body);

    // The empty form; WordPress's address.
    let empty = app.get("/search").await;
    assert_eq!(empty.status, StatusCode::OK);
    assert!(empty.has("form[role=search] input[name=q]"));
    let r = app.get("/?s=storm+damage").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location(), "/search?q=storm+damage");
    assert_eq!(
        hits(&app.get(&r.location()).await),
        vec!["/articles/storm-damage"]
    );
    // Every page carries the search box.
    assert!(
        app.get("/")
            .await
            .has("header form[role=search][action='/search']")
    );
}

#[tokio::test]
async fn search_pages_through_many_hits() {
    let app = TestApp::spawn().await;
    for i in 0..12 {
        app.add_article(&story(
            &format!("zebra-{i}"),
            &format!("Zebra crossing number {i}"),
            "Staff",
            &format!("2024-05-{:02}T10:00:00Z", i + 1),
            "A zebra crossing was painted.",
        ))
        .await;
    }
    let first = search(&app, "zebra").await;
    assert_eq!(hits(&first).len(), 10);
    assert!(first.text(".search-count").contains("of 12"));
    let more = first.attr("a.older", "href").expect("a next page link");
    let second = app.get(&more).await;
    assert_eq!(second.status, StatusCode::OK);
    assert_eq!(hits(&second).len(), 2);
    assert!(second.attr("a.newer", "href").is_some());
    let mut all = hits(&first);
    all.extend(hits(&second));
    all.sort();
    all.dedup();
    assert_eq!(all.len(), 12, "every hit once across pages");
    assert_eq!(
        app.get("/search?q=zebra&page=3").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn index_follows_edits_and_unpublishing_through_the_cache() {
    let app = site().await;
    let before = search(&app, "harbour").await;
    assert_eq!(hits(&before).len(), 2);
    // Cached now; an edit must show at once all the same.
    let again = search(&app, "harbour").await;
    assert_eq!(hits(&again), hits(&before));

    let id = app
        .store
        .article_by_slug("harbour")
        .await
        .unwrap()
        .unwrap()
        .id;
    let edited = story(
        "harbour",
        "Quay reopens after storm",
        "Staff",
        "2024-05-02T10:00:00Z",
        "Fishing boats returned to the quay on Sunday.",
    );
    let parsed = article_file::parse(&edited, std::path::Path::new(".")).unwrap();
    assert!(
        masthead_core::service::update_article(app.store.as_ref(), id, &parsed.article)
            .await
            .unwrap()
    );
    assert_eq!(
        hits(&search(&app, "harbour").await),
        vec!["/articles/storm-damage"]
    );
    assert_eq!(hits(&search(&app, "quay").await), vec!["/articles/harbour"]);

    // Unpublished (a draft): gone from results.
    let draft = edited.replace("+++\n\n", "status = \"draft\"\n+++\n\n");
    let parsed = article_file::parse(&draft, std::path::Path::new(".")).unwrap();
    masthead_core::service::update_article(app.store.as_ref(), id, &parsed.article)
        .await
        .unwrap();
    assert!(hits(&search(&app, "quay").await).is_empty());

    // A comment mentioning a word finds nothing: comments are not articles.
    let article = app
        .store
        .article_by_slug("storm-damage")
        .await
        .unwrap()
        .unwrap()
        .id
        .0;
    app.approved_comment(article, "Ann", "Walrus sighting!", None)
        .await;
    assert!(hits(&search(&app, "walrus").await).is_empty());
}

#[tokio::test]
async fn text_written_before_the_index_is_indexed_on_open() {
    let app = site().await;
    let pool = app.db.pool().await;
    sqlx::query("UPDATE articles SET body_text = NULL")
        .execute(&pool)
        .await
        .unwrap();
    // The body's words are out of the index until the store fills the text.
    assert!(hits(&search(&app, "insurers").await).is_empty());
    let reopened = masthead_store::connect(&app.db_url).await.unwrap();
    let nulls: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM articles WHERE body_text IS NULL")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(nulls, 0);
    drop(reopened);
    assert_eq!(
        hits(&search(&app, "insurers").await),
        vec!["/articles/storm-damage"]
    );
    let _ = ArticleId(0);
}

#[tokio::test]
async fn rest_posts_search_is_served_by_the_index() {
    let app = site().await;
    let get = |q: &str| {
        let url = format!("{}/wp-json/wp/v2/posts?{q}", app.base);
        let client = app.client.clone();
        async move {
            let r = client.get(url).send().await.unwrap();
            let status = r.status();
            let total = r
                .headers()
                .get("x-wp-total")
                .map(|v| v.to_str().unwrap().to_string());
            let body: serde_json::Value = r.json().await.unwrap();
            (status, total, body)
        }
    };
    let slugs = |body: &serde_json::Value| -> Vec<String> {
        body.as_array()
            .map(|a| {
                a.iter()
                    .map(|p| p["slug"].as_str().unwrap_or_default().to_string())
                    .collect()
            })
            .unwrap_or_default()
    };
    let (status, total, body) = get("search=quebec").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(total.as_deref(), Some("1"));
    assert_eq!(slugs(&body), vec!["quebec-votes"]);
    // Relevance: the headline match first, though it is older.
    let (_, _, body) = get("search=harbour&orderby=relevance").await;
    assert_eq!(slugs(&body), vec!["harbour", "storm-damage"]);
    let (_, _, body) = get("search=harbour").await;
    assert_eq!(
        slugs(&body),
        vec!["storm-damage", "harbour"],
        "date order by default"
    );
    let (status, total, body) = get("search=%22%2A%2A%22").await;
    assert_eq!((status, total.as_deref()), (StatusCode::OK, Some("0")));
    assert_eq!(body, serde_json::json!([]));
    for bad in ["search=a%00b", &format!("search={}", "x".repeat(10_000))] {
        let (status, _, body) = get(bad).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
        assert_eq!(body["code"], "rest_invalid_param");
        assert!(body["data"]["params"]["search"].is_string(), "{body}");
    }
}

#[tokio::test]
async fn hostile_queries_get_results_or_a_clear_refusal() {
    let app = site().await;
    let long = "harbour ".repeat(1300);
    let many = (0..40)
        .map(|i| format!("w{i}"))
        .collect::<Vec<_>>()
        .join(" ");
    let fts = [
        "NEAR(harbour storm, 2)",
        "title:harbour",
        "harbour*",
        "^harbour",
        "\"",
        "\"\"\"",
        "harbour AND",
        "OR",
        "NOT harbour",
        "-",
        "--harbour",
        "(",
        ")",
        "{harbour storm}",
        "harbour:*",
        "!harbour & storm | quay",
        "'; DROP TABLE articles; --",
        "\u{E000}harbour\u{E001}",
        "\u{308}",
        "東京",
        "🦓",
        "a\u{202E}b",
        "harbour\u{1}storm",
    ];
    for q in fts {
        let page = search(&app, q).await;
        assert!(
            page.status == StatusCode::OK,
            "{q:?}: {} {}",
            page.status,
            page.body
        );
    }
    for (q, message) in [
        ("a\0b", "NUL"),
        (long.as_str(), "too long"),
        (many.as_str(), "Too many"),
    ] {
        let page = search(&app, q).await;
        assert_eq!(page.status, StatusCode::BAD_REQUEST, "{q:.40}");
        assert!(
            page.text(".search-error").contains(message),
            "{}",
            page.body
        );
        assert!(
            page.body.len() < 20_000,
            "the refused text is not echoed whole"
        );
    }
    for (path, status) in [
        ("/search?q=%FF%FE", StatusCode::OK),
        ("/search?q=harbour&page=0", StatusCode::BAD_REQUEST),
        ("/search?q=harbour&page=abc", StatusCode::BAD_REQUEST),
        (
            "/search?q=harbour&page=99999999999999999999",
            StatusCode::BAD_REQUEST,
        ),
        (
            "/search?q=harbour&page=18446744073709551615",
            StatusCode::NOT_FOUND,
        ),
        ("/search?q=harbour&q=storm", StatusCode::OK),
    ] {
        let page = app.get(path).await;
        assert_eq!(page.status, status, "{path}: {}", page.body);
    }
    // Nothing was harmed.
    assert_eq!(hits(&search(&app, "harbour").await).len(), 2);

    // The staff comment search in the queue takes the same abuse.
    add_user(&app, "mod", Role::Moderator).await;
    let staff = crate::helpers::visitor();
    sign_in(&app, &staff, "mod", crate::helpers::PASSWORD).await;
    for q in ["%00", "%25%5F%5C", &"x".repeat(10_000), "%FF"] {
        let page = app
            .get_as(&staff, &format!("/admin/comments?status=all&q={q}"))
            .await;
        assert!(
            page.status == StatusCode::OK || page.status == StatusCode::BAD_REQUEST,
            "{q:.20}: {}",
            page.status
        );
    }
}

/// Articles in scripts other than Latin's, and Latin with diacritics the
/// tokenizers treat differently ("ł" has no decomposition).
async fn scripts_site() -> TestApp {
    let app = TestApp::spawn().await;
    for text in [
        story(
            "cairo-vote",
            "انتخابات بلدية في القاهرة",
            "مراسل الشؤون المحلية",
            "2024-06-01T10:00:00Z",
            "أدلى الناخبون بأصواتهم في الانتخابات البلدية الجديدة.",
        ),
        story(
            "lodz-grass",
            "Zażółć gęślą jaźń w Łodzi",
            "Michał Żółtowski",
            "2024-06-02T10:00:00Z",
            "Źdźbło trawy i żółw. Mieszkańcy Łodzi głosowali w niedzielę.",
        ),
        story(
            "tokyo-quake",
            "东京新闻报道地震消息",
            "李明",
            "2024-06-03T10:00:00Z",
            "今天上午东京发生了地震，新闻媒体正在报道。",
        ),
        story(
            "osaka-weather",
            "大阪の天気予報",
            "田中",
            "2024-06-04T10:00:00Z",
            "明日の大阪は晴れでしょう。天気予報によると、週末は雨です。",
        ),
    ] {
        app.add_article(&text).await;
    }
    app
}

#[tokio::test]
async fn search_finds_arabic_polish_and_cjk_words() {
    let app = scripts_site().await;
    let cases: &[(&str, &[&str])] = &[
        // Arabic: a headline word, a body word, the byline.
        ("القاهرة", &["/articles/cairo-vote"]),
        ("الانتخابات", &["/articles/cairo-vote"]),
        ("مراسل", &["/articles/cairo-vote"]),
        // Polish with and without its diacritics, any case.
        ("zażółć", &["/articles/lodz-grass"]),
        ("zazolc", &["/articles/lodz-grass"]),
        ("ZAŻÓŁĆ", &["/articles/lodz-grass"]),
        ("Łodzi", &["/articles/lodz-grass"]),
        ("lodzi", &["/articles/lodz-grass"]),
        ("zolw", &["/articles/lodz-grass"]),
        ("Michal", &["/articles/lodz-grass"]),
        // Two ideographs inside a longer run: in the headline, the body.
        ("新闻", &["/articles/tokyo-quake"]),
        ("地震", &["/articles/tokyo-quake"]),
        ("媒体", &["/articles/tokyo-quake"]),
        ("天気", &["/articles/osaka-weather"]),
        ("予報", &["/articles/osaka-weather"]),
        ("晴れ", &["/articles/osaka-weather"]),
        ("田中", &["/articles/osaka-weather"]),
        // Both scripts in one search: every clause must hold.
        ("地震 东京", &["/articles/tokyo-quake"]),
        ("地震 zazolc", &[]),
        ("\"天気 予報\"", &["/articles/osaka-weather"]),
        ("大阪 -天気", &[]),
        (
            "地震 or 天気",
            &["/articles/osaka-weather", "/articles/tokyo-quake"],
        ),
        // Newest first when no word is ranked by the index.
        (
            "地震 or Łodzi",
            &["/articles/tokyo-quake", "/articles/lodz-grass"],
        ),
        ("zazolc -地震", &["/articles/lodz-grass"]),
        ("zazolc -trawy", &[]),
        ("北京", &[]),
    ];
    for (q, want) in cases {
        let page = search(&app, q).await;
        assert_eq!(page.status, StatusCode::OK, "{q}");
        assert_eq!(&hits(&page), want, "{q}");
    }
    // The snippet marks the word inside its run, the text escaped.
    let page = search(&app, "新闻").await;
    assert!(page.body.contains("<mark>新闻</mark>"), "{}", page.body);
    let page = search(&app, "zazolc").await;
    assert!(page.body.contains("Łodzi"), "{}", page.body);

    // The REST posts search goes through the same matching.
    for (q, want) in [("新闻", "tokyo-quake"), ("zazolc", "lodz-grass")] {
        let url = reqwest::Url::parse_with_params(
            &format!("{}/wp-json/wp/v2/posts", app.base),
            [("search", q)],
        )
        .unwrap();
        let r = crate::helpers::visitor().get(url).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::OK, "{q}");
        let body: serde_json::Value = r.json().await.unwrap();
        let slugs: Vec<&str> = body
            .as_array()
            .map(|a| a.iter().filter_map(|p| p["slug"].as_str()).collect())
            .unwrap_or_default();
        assert_eq!(slugs, vec![want], "{q}: {body}");
    }

    // Hostile input in these scripts: results or nothing, never an error.
    for q in [
        "東京' OR 1=1 --",
        "新聞%_\\",
        "\"東京",
        "-東京",
        "東京 -",
        "東京*",
        "東京\u{E000}",
        "ł\u{308}",
        "ا\u{200F}ب",
    ] {
        let page = search(&app, q).await;
        assert!(
            page.status == StatusCode::OK,
            "{q:?}: {} {}",
            page.status,
            page.body
        );
    }
    assert_eq!(hits(&search(&app, "新闻%").await), Vec::<String>::new());
}
