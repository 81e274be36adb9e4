//! What operators rely on: /healthz, /readyz, /metrics, compression, JSON logs.
use crate::helpers::{TestApp, visitor};
use masthead_web::WebConfig;
use reqwest::StatusCode;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

#[tokio::test]
async fn readiness_follows_the_database_schema() {
    let app = TestApp::spawn().await;
    let ok = app.get("/readyz").await;
    assert_eq!((ok.status, ok.body.as_str()), (StatusCode::OK, "ready"));
    assert_eq!(app.get("/healthz").await.status, StatusCode::OK);
    // A node whose binary knows a migration the database lacks is not ready.
    let db = app.db.pool().await;
    sqlx::query(
        "DELETE FROM _sqlx_migrations WHERE version = (SELECT MAX(version) FROM _sqlx_migrations)",
    )
    .execute(&db)
    .await
    .unwrap();
    let not = app.get("/readyz").await;
    assert_eq!(not.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(not.body.contains("migrations not applied"), "{}", not.body);
}

#[tokio::test]
async fn metrics_count_requests_comments_and_cache_hits() {
    let (app, article) = TestApp::with_article().await;
    for _ in 0..3 {
        app.get("/articles/test-story").await;
    }
    let id = article.to_string();
    let held = app
        .post_form(&[
            ("comment_post_ID", &id),
            ("author", "Metric Reader"),
            ("email", "metric@example.com"),
            ("comment", "Counted."),
        ])
        .await;
    assert_eq!(held.status, StatusCode::SEE_OTHER);
    let refused = app
        .post_form(&[
            ("comment_post_ID", &id),
            ("author", ""),
            ("email", ""),
            ("comment", ""),
        ])
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);

    let m = app.get("/metrics").await;
    assert_eq!(m.status, StatusCode::OK);
    assert!(
        m.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/plain")
    );
    let value = |series: &str| -> f64 {
        m.body
            .lines()
            .find(|l| l.starts_with(series))
            .and_then(|l| l.rsplit(' ').next())
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| panic!("no {series} in\n{}", m.body))
    };
    // Counters are per process and tests share one: compare with lower bounds.
    assert!(
        value(
            r#"masthead_http_requests_total{route="/articles/{slug}",method="GET",status="200"}"#
        ) >= 3.0
    );
    assert!(value(r#"masthead_comments_total{outcome="held"}"#) >= 1.0);
    assert!(value(r#"masthead_comments_total{outcome="refused"}"#) >= 1.0);
    assert!(value(r#"masthead_page_cache_total{result="hit"}"#) >= 2.0);
    assert!(
        m.body
            .contains("masthead_http_request_duration_seconds_bucket{route=\"/articles/{slug}\"")
    );
    assert!(
        m.body
            .contains("masthead_db_pool_connections{state=\"open\"}")
    );
    // Series are named by route pattern, never by the path asked for.
    app.get("/articles/no-such-thing-12345").await;
    let again = app.get("/metrics").await;
    assert!(!again.body.contains("no-such-thing-12345"));

    let closed = TestApp::spawn_with(WebConfig {
        metrics_allow: Vec::new(),
        ..WebConfig::default()
    })
    .await;
    assert_eq!(closed.get("/metrics").await.status, StatusCode::FORBIDDEN);
}

/// Behind a reverse proxy masthead was not told about (no `--trusted-proxy`),
/// every request arrives from the proxy's address — loopback on one host —
/// so the loopback-only metrics would be everyone's. A forwarded request
/// from an untrusted peer is refused; the same from a trusted proxy is
/// judged by the client's address.
#[tokio::test]
async fn metrics_are_not_served_through_an_untrusted_proxy() {
    let app = TestApp::spawn().await;
    let direct = visitor().get(format!("{}/metrics", app.base));
    assert_eq!(direct.send().await.unwrap().status(), StatusCode::OK);
    for (header, value) in [
        ("x-forwarded-for", "203.0.113.9"),
        ("forwarded", "for=203.0.113.9"),
        ("x-real-ip", "203.0.113.9"),
    ] {
        let r = visitor()
            .get(format!("{}/metrics", app.base))
            .header(header, value)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::FORBIDDEN, "{header}");
        assert!(r.text().await.unwrap().contains("--trusted-proxy"));
    }
    let behind = TestApp::spawn_with(WebConfig {
        trusted_proxies: vec!["127.0.0.1/32".parse().unwrap()],
        ..WebConfig::default()
    })
    .await;
    let from = |client: &str| {
        visitor()
            .get(format!("{}/metrics", behind.base))
            .header("x-forwarded-for", client.to_string())
            .send()
    };
    assert_eq!(
        from("203.0.113.9").await.unwrap().status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(from("127.0.0.1").await.unwrap().status(), StatusCode::OK);
}

#[tokio::test]
async fn pages_are_compressed_for_clients_that_ask() {
    let (app, _) = TestApp::with_article().await;
    for encoding in ["gzip", "br"] {
        let r = visitor()
            .get(format!("{}/articles/test-story", app.base))
            .header("accept-encoding", encoding)
            .send()
            .await
            .unwrap();
        assert_eq!(r.headers()["content-encoding"], encoding);
    }
    let plain = visitor()
        .get(format!("{}/articles/test-story", app.base))
        .send()
        .await
        .unwrap();
    assert!(plain.headers().get("content-encoding").is_none());
    // Admin pages hold CSRF tokens: never compressed (BREACH).
    let admin = visitor()
        .get(format!("{}/admin/login", app.base))
        .header("accept-encoding", "gzip, br")
        .send()
        .await
        .unwrap();
    assert_eq!(admin.status(), StatusCode::OK);
    assert!(admin.headers().get("content-encoding").is_none());
}

#[tokio::test]
async fn json_logs_have_one_object_per_request() {
    let dir = tempfile::tempdir().unwrap();
    let test_db = crate::db::TestDb::new(dir.path(), "logs.db").await;
    let db = test_db.url.clone();
    let mut child = Command::new(env!("CARGO_BIN_EXE_masthead"))
        .args([
            "serve",
            "--addr",
            "127.0.0.1:0",
            "--log-format",
            "json",
            "--database",
            &db,
        ])
        .env("MASTHEAD_LOG", "masthead=info")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let base = loop {
        let line = lines.next().unwrap().unwrap();
        if let Some(url) = line.split_whitespace().find(|w| w.starts_with("http://")) {
            break url.trim_end_matches('/').to_string();
        }
    };
    let r = visitor()
        .get(format!("{base}/healthz?secret=do-not-log"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let entry = loop {
        let line = lines.next().unwrap().unwrap();
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        if v["target"] == "masthead::request" {
            break v;
        }
    };
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(entry["path"], "/healthz");
    assert_eq!(entry["route"], "/healthz");
    assert_eq!(entry["status"], 200);
    assert!(entry["micros"].is_u64());
    assert!(
        !entry.to_string().contains("do-not-log"),
        "queries are not logged"
    );
}

#[tokio::test]
async fn migrate_brings_a_new_database_up_to_date() {
    let dir = tempfile::tempdir().unwrap();
    let db = crate::db::TestDb::new(dir.path(), "new.db").await;
    let out = crate::helpers::run_cli(&db.url, &["migrate"]);
    assert!(out.status.success(), "{}", crate::helpers::stderr(&out));
    assert!(crate::helpers::stdout(&out).contains("is up to date"));
    let pool = db.pool().await;
    // Every table masthead reads exists (the query fails otherwise).
    let n: i64 = sqlx::query_scalar(
        "SELECT (SELECT COUNT(*) FROM articles) + (SELECT COUNT(*) FROM comments) \
         + (SELECT COUNT(*) FROM site_state)",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(n, 1, "an empty site: only the site_state row");
}

#[tokio::test]
async fn the_page_cache_can_be_switched_off() {
    let app = TestApp::spawn_with(WebConfig {
        page_cache: false,
        ..WebConfig::default()
    })
    .await;
    app.add_article(crate::helpers::ARTICLE).await;
    let page = app.get("/articles/test-story").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.headers.get("x-cache").is_none());
    assert!(page.headers.get("etag").is_none());
}

/// SIGTERM stops accepting and lets a request in flight finish.
#[tokio::test]
async fn sigterm_finishes_requests_in_flight() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let dir = tempfile::tempdir().unwrap();
    let test_db = crate::db::TestDb::new(dir.path(), "term.db").await;
    let db = test_db.url.clone();
    let mut child = Command::new(env!("CARGO_BIN_EXE_masthead"))
        .args([
            "serve",
            "--demo",
            "--addr",
            "127.0.0.1:0",
            "--database",
            &db,
        ])
        .env("MASTHEAD_LOG", "masthead=warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let addr = loop {
        let line = lines.next().unwrap().unwrap();
        if let Some(url) = line.split_whitespace().find(|w| w.starts_with("http://")) {
            break url
                .trim_start_matches("http://")
                .trim_end_matches('/')
                .to_string();
        }
    };
    // Half a comment form is on the wire when the signal arrives.
    let body = "comment_post_ID=1&author=Last+Reader&email=last%40example.com&comment=Just+in+time";
    let (first, rest) = body.split_at(30);
    let mut conn = tokio::net::TcpStream::connect(&addr).await.unwrap();
    let head = format!(
        "POST /comments HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{first}",
        body.len()
    );
    conn.write_all(head.as_bytes()).await.unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    let kill = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(kill.success());
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    // New connections are no longer taken…
    assert!(tokio::net::TcpStream::connect(&addr).await.is_err());
    // …but the one in flight gets its answer.
    conn.write_all(rest.as_bytes()).await.unwrap();
    let mut answer = String::new();
    conn.read_to_string(&mut answer).await.unwrap();
    assert!(answer.starts_with("HTTP/1.1 303"), "{answer}");
    let status = child.wait().unwrap();
    assert!(status.success(), "{status:?}");
}
