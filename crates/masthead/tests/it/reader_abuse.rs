//! The abuse paths of the reader features (issue 25), each tried and
//! refused: reader ids are free, so one network's reports never hold a
//! comment and its recommends count once (without retiring any cached
//! page); other sites' pages cannot make their visitors post masthead's
//! forms; an IPv6 /64 is one address to the rate limits. Every request
//! speaks from the address its `X-Forwarded-For` names (a trusted proxy on
//! 127.0.0.1).
use crate::helpers::{TestApp, stdout, visitor};
use masthead_core::chrono::{Duration, Utc};
use masthead_core::comment::{CommentStatus, ReaderTokens};
use masthead_core::i18n::{Lang, Tr};
use masthead_core::ids::CommentId;
use masthead_web::{RateLimitConfig, WebConfig};
use reqwest::StatusCode;
use serde_json::{Value, json};

/// A reader id issued eight days ago: a reader with history.
fn settled_reader(app: &TestApp, n: u8) -> String {
    ReaderTokens::new(app.secret()).issue([n; 16], Utc::now() - Duration::days(8))
}

/// `POST /api/PATH` from `ip`, as `reader` if given.
async fn api(
    app: &TestApp,
    ip: &str,
    path: &str,
    reader: Option<&str>,
    body: Option<Value>,
) -> (StatusCode, Value) {
    let mut r = visitor()
        .post(format!("{}/api/{path}", app.base))
        .header("x-forwarded-for", ip);
    if let Some(token) = reader {
        r = r.header("x-masthead-reader", token);
    }
    if let Some(body) = body {
        r = r
            .header("content-type", "application/json")
            .body(body.to_string());
    }
    let r = r.send().await.unwrap();
    let status = r.status();
    (status, r.json().await.unwrap_or(Value::Null))
}

async fn api_report(app: &TestApp, ip: &str, id: i64, reader: Option<&str>) -> Value {
    let body = json!({"reason": "abusive"});
    let path = format!("comments/{id}/report");
    let (status, answer) = api(app, ip, &path, reader, Some(body)).await;
    assert_eq!(status, StatusCode::CREATED, "{answer}");
    answer
}

/// A form POST to `path` from `ip` as `client`, with `headers`.
async fn form_from(
    app: &TestApp,
    client: &reqwest::Client,
    ip: &str,
    path: &str,
    fields: &[(&str, &str)],
    headers: &[(&str, &str)],
) -> (StatusCode, String) {
    let mut r = client
        .post(format!("{}{path}", app.base))
        .header("x-forwarded-for", ip)
        .form(fields);
    for (k, v) in headers {
        r = r.header(*k, *v);
    }
    let r = r.send().await.unwrap();
    (r.status(), r.text().await.unwrap())
}

async fn page_report(app: &TestApp, ip: &str, id: i64) {
    let path = format!("/comments/{id}/report");
    let (status, body) = form_from(app, &visitor(), ip, &path, &[("reason", "spam")], &[]).await;
    assert_eq!(status, StatusCode::OK, "{body}");
}

async fn status_of(app: &TestApp, id: i64) -> CommentStatus {
    let c = app.store.comment(CommentId(id)).await.unwrap().unwrap();
    c.status
}

async fn recommends_of(app: &TestApp, id: i64) -> u64 {
    let c = app.store.comment(CommentId(id)).await.unwrap().unwrap();
    c.recommends
}

/// The number every change a page shows moves (the 0013 triggers).
async fn generation(app: &TestApp) -> i64 {
    let pool = app.db.pool().await;
    let g = sqlx::query_scalar("SELECT generation FROM site_state WHERE id = 1")
        .fetch_one(&pool)
        .await
        .unwrap();
    pool.close().await;
    g
}

async fn reader_id_of(app: &TestApp, id: i64) -> Option<String> {
    let pool = app.db.pool().await;
    let r = sqlx::query_scalar("SELECT reader_id FROM comments WHERE id = $1")
        .bind(id)
        .fetch_one(&pool)
        .await
        .unwrap();
    pool.close().await;
    r
}

async fn with_comments(n: usize) -> (TestApp, Vec<i64>) {
    let app = TestApp::behind_proxy().await;
    let article = app.add_article(crate::helpers::ARTICLE).await;
    let mut ids = Vec::new();
    for k in 0..n {
        let name = format!("Writer {k}");
        ids.push(
            app.approved_comment(article, &name, &format!("Opinion {k}."), None)
                .await,
        );
    }
    (app, ids)
}

#[tokio::test]
async fn reports_from_one_network_never_hold_a_comment() {
    // The default threshold, 3: three reports from three reader ids held a
    // comment, and a request without a reader token got a new id.
    let (app, ids) = with_comments(3).await;
    let [by_api, by_page, by_v6] = ids[..] else {
        unreachable!()
    };
    for _ in 0..3 {
        let answer = api_report(&app, "203.0.113.7", by_api, None).await;
        assert_eq!(answer["counted"], true, "{answer}");
    }
    // Nor do readers with history, from that one network.
    for n in 1..=3 {
        api_report(&app, "203.0.113.7", by_api, Some(&settled_reader(&app, n))).await;
    }
    assert_eq!(status_of(&app, by_api).await, CommentStatus::Approved);
    // Every report is still there for staff to read.
    assert_eq!(app.store.reports(CommentId(by_api)).await.unwrap().len(), 6);

    for _ in 0..3 {
        page_report(&app, "198.51.100.9", by_page).await;
    }
    assert_eq!(status_of(&app, by_page).await, CommentStatus::Approved);

    // An IPv6 /64 is one network, whichever of its addresses speaks.
    for (n, ip) in ["2001:db8:1:2::1", "2001:db8:1:2::2", "2001:db8:1:2:ffff::3"]
        .into_iter()
        .enumerate()
    {
        api_report(&app, ip, by_v6, Some(&settled_reader(&app, 10 + n as u8))).await;
    }
    assert_eq!(status_of(&app, by_v6).await, CommentStatus::Approved);
    let pool = app.db.pool().await;
    let stored: Vec<(String, i64)> = sqlx::query_as(
        "SELECT network, CAST(weight AS BIGINT) FROM comment_reports \
         WHERE comment_id = $1 ORDER BY id",
    )
    .bind(by_v6)
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(stored, vec![("2001:db8:1:2::/64".to_string(), 2); 3]);
    let fresh: Vec<(String, i64)> = sqlx::query_as(
        "SELECT network, CAST(weight AS BIGINT) FROM comment_reports \
         WHERE comment_id = $1 ORDER BY id",
    )
    .bind(by_page)
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(fresh, vec![("198.51.100.9".to_string(), 1); 3]);
}

#[tokio::test]
async fn reports_from_distinct_networks_hold_it_and_new_readers_weigh_half() {
    let (app, ids) = with_comments(2).await;
    let [settled, fresh] = ids[..] else {
        unreachable!()
    };
    // Readers with history on three networks: the third holds it.
    for n in 1..=3u8 {
        assert_eq!(status_of(&app, settled).await, CommentStatus::Approved);
        let ip = format!("203.0.113.{n}");
        api_report(&app, &ip, settled, Some(&settled_reader(&app, n))).await;
    }
    let c = app
        .store
        .comment(CommentId(settled))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(c.status, CommentStatus::Pending);
    assert_eq!(
        c.moderation_reason.map(|r| r.to_string()).as_deref(),
        Some("Reported by 3 readers (abusive)")
    );

    // New readers (no cookie) on masthead's page: six networks.
    for n in 1..=6 {
        assert_eq!(status_of(&app, fresh).await, CommentStatus::Approved, "{n}");
        page_report(&app, &format!("198.51.100.{n}"), fresh).await;
    }
    assert_eq!(status_of(&app, fresh).await, CommentStatus::Pending);

    // Approved again by staff: later reports are listed, not acted on.
    app.approve(settled).await;
    for n in 4..=6u8 {
        let ip = format!("203.0.113.{n}");
        api_report(&app, &ip, settled, Some(&settled_reader(&app, n))).await;
    }
    assert_eq!(status_of(&app, settled).await, CommentStatus::Approved);
    assert_eq!(
        app.store.reports(CommentId(settled)).await.unwrap().len(),
        6
    );
}

#[tokio::test]
async fn two_reports_at_once_cannot_both_miss_the_threshold() {
    // Threshold 1: two new readers' reports hold a comment. Sent together,
    // neither may miss the other (each seeing a tally of 1 and leaving it,
    // as on PostgreSQL without the lock on the comment; the same lock keeps
    // both from crossing, which leaves no trace to test).
    let (app, ids) = with_comments(6).await;
    app.set("comments.report_threshold", "1").await;
    for (k, id) in ids.iter().enumerate() {
        let (a, b) = (format!("10.{k}.0.1"), format!("10.{k}.0.2"));
        tokio::join!(
            api_report(&app, &a, *id, None),
            api_report(&app, &b, *id, None)
        );
        let c = app.store.comment(CommentId(*id)).await.unwrap().unwrap();
        assert_eq!(c.status, CommentStatus::Pending, "comment {k}");
        assert_eq!(
            c.moderation_reason.map(|r| r.to_string()).as_deref(),
            Some("Reported by 2 readers (abusive)"),
            "held by the second report"
        );
    }
}

#[tokio::test]
async fn recommends_from_one_network_count_once_and_retire_no_page() {
    let (app, ids) = with_comments(1).await;
    let id = ids[0];
    let path = format!("comments/{id}/recommend");
    let (status, first) = api(&app, "203.0.113.7", &path, None, None).await;
    assert_eq!(status, StatusCode::OK, "{first}");
    assert_eq!(
        (first["recommends"].as_u64(), first["counted"].as_bool()),
        (Some(1), Some(true))
    );
    app.caught_up().await;
    let before = generation(&app).await;
    let page_before = app.get("/articles/test-story").await;
    // Four more reader ids from that address: each reader's recommend is
    // taken (they cannot give it twice), the count stays, no page moves.
    for _ in 0..4 {
        let (status, answer) = api(&app, "203.0.113.7", &path, None, None).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(
            (answer["recommends"].as_u64(), answer["counted"].as_bool()),
            (Some(1), Some(true))
        );
        let token = answer["reader_token"].as_str().unwrap();
        let (_, again) = api(&app, "203.0.113.7", &path, Some(token), None).await;
        assert_eq!(again["counted"], false, "{again}");
    }
    assert_eq!(recommends_of(&app, id).await, 1);
    assert_eq!(generation(&app).await, before, "no cached page was retired");
    app.caught_up().await;
    let page_after = app.get("/articles/test-story").await;
    assert_eq!(page_after.text(&format!("#recommends-{id}")), "1");
    // Served from the cache, under the same version (`W/"vVERSION-…"`).
    assert_eq!(page_after.headers["x-cache"], "hit");
    let version = |p: &crate::helpers::Page| {
        let etag = p.headers["etag"].to_str().unwrap().to_string();
        etag.split("-a").next().unwrap().to_string()
    };
    assert_eq!(version(&page_after), version(&page_before));

    // The page's button, from five addresses of one IPv6 /64: one more.
    for n in 1..=5 {
        let ip = format!("2001:db8:1:2::{n}");
        let path = format!("/comments/{id}/recommend");
        let (status, _) = form_from(&app, &visitor(), &ip, &path, &[], &[]).await;
        assert_eq!(status, StatusCode::SEE_OTHER);
    }
    assert_eq!(recommends_of(&app, id).await, 2);
    let pool = app.db.pool().await;
    let networks: Vec<String> = sqlx::query_scalar(
        "SELECT DISTINCT network FROM comment_recommends WHERE comment_id = $1 ORDER BY network",
    )
    .bind(id)
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(networks, ["2001:db8:1:2::/64", "203.0.113.7"]);
}

#[tokio::test]
async fn page_forms_refuse_posts_another_site_made() {
    let app = TestApp::behind_proxy().await;
    let article = app.add_article(crate::helpers::ARTICLE).await;
    app.set("site.language", "de").await;
    let target = app
        .approved_comment(article, "Someone", "A fine comment.", None)
        .await;
    let author = visitor();
    let own = app
        .comment_as(
            &author,
            article,
            "Ann Author",
            "ann@example.com",
            "Mine.",
            None,
        )
        .await;
    let held_as = status_of(&app, own).await;
    let id = article.to_string();
    let token = app.token(&id);
    let new_comment = [
        ("comment_post_ID", id.as_str()),
        ("author", "Tricked Visitor"),
        ("email", "tricked@example.com"),
        ("comment", "Words another site chose."),
        ("mh_token", token.as_str()),
    ];
    let posts: [(String, &[(&str, &str)]); 5] = [
        (format!("/comments/{target}/recommend"), &[]),
        (format!("/comments/{target}/report"), &[("reason", "spam")]),
        (format!("/comments/{own}/edit"), &[("comment", "Hijacked.")]),
        (format!("/comments/{own}/delete"), &[]),
        ("/comments".to_string(), &new_comment),
    ];
    let german = Tr::new(Lang::De).t("error-foreign-form");
    let foreign: [&[(&str, &str)]; 3] = [
        &[("origin", "https://evil.example")],
        &[("origin", "null")],
        &[("referer", "https://evil.example/cute-kittens")],
    ];
    for headers in foreign {
        for (path, fields) in &posts {
            let (status, body) =
                form_from(&app, &author, "203.0.113.7", path, fields, headers).await;
            assert_eq!(status, StatusCode::FORBIDDEN, "{path} {headers:?}: {body}");
            assert!(body.contains(&german), "{path}: {body}");
        }
    }
    // Nothing changed.
    assert_eq!(recommends_of(&app, target).await, 0);
    assert!(
        app.store
            .reports(CommentId(target))
            .await
            .unwrap()
            .is_empty()
    );
    let mine = app.store.comment(CommentId(own)).await.unwrap().unwrap();
    assert_eq!(
        (mine.content_source.as_str(), mine.status),
        ("Mine.", held_as)
    );
    let pool = app.db.pool().await;
    let tricked: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM comments WHERE author_name = 'Tricked Visitor'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(tricked, 0);

    // From masthead's own pages (Origin, or only a Referer), or from a
    // program that names no origin, the same posts are taken.
    let own_origin = [("origin", app.base.as_str())];
    let (status, _) = form_from(&app, &author, "203.0.113.7", &posts[0].0, &[], &own_origin).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(recommends_of(&app, target).await, 1);
    let referer = format!("{}/comments/{target}/report", app.base);
    let (status, _) = form_from(
        &app,
        &author,
        "203.0.113.7",
        &posts[1].0,
        posts[1].1,
        &[("referer", &referer)],
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(app.store.reports(CommentId(target)).await.unwrap().len(), 1);
    let (status, _) = form_from(&app, &author, "203.0.113.7", &posts[3].0, &[], &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(status_of(&app, own).await, CommentStatus::Trash);
}

#[tokio::test]
async fn an_ipv6_slash_64_is_one_address_to_the_rate_limits() {
    let app = TestApp::spawn_with(WebConfig {
        trusted_proxies: vec!["127.0.0.1/32".parse().unwrap()],
        rate_limits: RateLimitConfig {
            requests_per_second: 0,
            burst: 0,
            comment_posts_per_minute: 0,
            reader_actions_per_minute: 2,
        },
        ..WebConfig::default()
    })
    .await;
    app.set("comments.flood_seconds", "0").await;
    app.set("comments.min_fill_seconds", "0").await;
    let article = app.add_article(crate::helpers::ARTICLE).await;
    let id = app
        .approved_comment(article, "Someone", "Fine.", None)
        .await;
    let path = format!("comments/{id}/recommend");
    for ip in ["2001:db8:1:2::1", "2001:db8:1:2::2"] {
        let (status, answer) = api(&app, ip, &path, None, None).await;
        assert_eq!(status, StatusCode::OK, "{ip}: {answer}");
    }
    // A third address of that /64 had a quota of its own before.
    let (status, answer) = api(&app, "2001:db8:1:2:ffff::3", &path, None, None).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{answer}");
    assert_eq!(answer["code"], "rate_limited");
    let (status, _) = api(&app, "2001:db8:1:3::1", &path, None, None).await;
    assert_eq!(status, StatusCode::OK, "the next /64 has its own");
    assert_eq!(recommends_of(&app, id).await, 2);
}

#[tokio::test]
async fn reader_ids_are_kept_with_comments_never_shown_and_give_weight_once_approved() {
    const BLOG: &str = "https://blog.example.org";
    const PAGE: &str = "https://blog.example.org/2017/11/some-story/";
    let (app, ids) = with_comments(4).await;
    app.set("embed.allowed_origins", BLOG).await;
    // Threshold 1: one report of a reader with history holds a comment,
    // one of a new reader does not.
    app.set("comments.report_threshold", "1").await;
    let post = |reader: Option<String>, text: &'static str| {
        let app = &app;
        async move {
            let (_, embed) = {
                let r = visitor()
                    .get(format!("{}/api/embed?url={PAGE}", app.base))
                    .send()
                    .await
                    .unwrap();
                (r.status(), r.json::<Value>().await.unwrap())
            };
            let html = embed["html"].as_str().unwrap();
            let at = html.find("name=\"mh_token\" value=\"").unwrap() + 23;
            let token = html[at..].split('"').next().unwrap();
            let body = json!({"url": PAGE, "title": "Some story", "author": "Blog Reader",
                "email": "reader@example.com", "comment": text, "token": token});
            let (status, created) =
                api(app, "192.0.2.1", "comments", reader.as_deref(), Some(body)).await;
            assert_eq!(status, StatusCode::CREATED, "{created}");
            created
        }
    };
    let tokens = ReaderTokens::new(app.secret());
    let reader_of = |token: &str| tokens.verify(token, Utc::now()).unwrap().id;

    // The embed: a new reader is given an id with their comment…
    let first = post(None, "First words.").await;
    let token = first["reader_token"].as_str().unwrap().to_string();
    let first_id = first["comment"]["id"].as_i64().unwrap();
    assert_eq!(
        reader_of(&token),
        reader_id_of(&app, first_id).await.unwrap()
    );
    // …one that sends theirs keeps it, and a bad one never stops a comment.
    let second = post(Some(token.clone()), "Second words.").await;
    assert_eq!(second["reader_token"], token.as_str());
    let second_id = second["comment"]["id"].as_i64().unwrap();
    assert_eq!(reader_id_of(&app, second_id).await, Some(reader_of(&token)));
    let third = post(Some("r2.junk".into()), "Third words.").await;
    let other = third["reader_token"].as_str().unwrap();
    assert_ne!(reader_of(other), reader_of(&token));

    // Held (a first comment from this email): a new reader's report weighs 1.
    assert_ne!(status_of(&app, first_id).await, CommentStatus::Approved);
    api_report(&app, "203.0.113.1", ids[0], Some(&token)).await;
    assert_eq!(status_of(&app, ids[0]).await, CommentStatus::Approved);
    // Approved: the same reader now has history.
    app.approve(first_id).await;
    api_report(&app, "203.0.113.2", ids[1], Some(&token)).await;
    assert_eq!(status_of(&app, ids[1]).await, CommentStatus::Pending);

    // masthead's own form keeps the reader cookie's id the same way.
    let writer = visitor();
    let article = app
        .store
        .comment(CommentId(ids[0]))
        .await
        .unwrap()
        .unwrap()
        .article_id;
    let mine = app
        .comment_as(
            &writer,
            article.0,
            "Page Writer",
            "page@example.com",
            "On the page.",
            None,
        )
        .await;
    let page_reader = reader_id_of(&app, mine).await.expect("a reader id");
    let path = format!("/comments/{}/report", ids[2]);
    form_from(
        &app,
        &writer,
        "198.51.100.1",
        &path,
        &[("reason", "spam")],
        &[],
    )
    .await;
    assert_eq!(status_of(&app, ids[2]).await, CommentStatus::Approved);
    app.approve(mine).await;
    let path = format!("/comments/{}/report", ids[3]);
    form_from(
        &app,
        &writer,
        "198.51.100.2",
        &path,
        &[("reason", "spam")],
        &[],
    )
    .await;
    assert_eq!(status_of(&app, ids[3]).await, CommentStatus::Pending);

    // Never published: not on the pages, in the feeds or in any JSON.
    let reader = reader_of(&token);
    for path in [
        "/articles/test-story".to_string(),
        "/comments/feed/".to_string(),
        format!("/api/comments?url={PAGE}"),
        format!("/api/embed?url={PAGE}"),
        "/wp-json/wp/v2/comments".to_string(),
    ] {
        let body = app.get(&path).await.body;
        for id in [&reader, &page_reader] {
            assert!(!body.contains(id.as_str()), "{path} shows a reader id");
        }
    }
    let out = app.cli(&["privacy", "export", "reader@example.com"]).await;
    assert!(!stdout(&out).contains(&reader));
    // Erased with the rest of a commenter's data.
    let out = app.cli(&["privacy", "erase", "reader@example.com"]).await;
    assert!(out.status.success());
    assert_eq!(reader_id_of(&app, first_id).await, None);
    assert_eq!(reader_id_of(&app, second_id).await, None);
}
