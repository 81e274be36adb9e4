//! masthead behind Debian's Varnish with the xkey vmod, configured with the
//! shipped `deploy/varnish/masthead.vcl`: public pages are kept by the proxy,
//! an approved comment shows through it (masthead purges the story's key),
//! other stories stay cached, and a visitor's own held comment is never
//! served to anyone else. Real processes: varnishd, `masthead serve`, the CLI.
use crate::db::TestDb;
use crate::helpers::{ARTICLE, comment_id_from, run_cli, skipped, stderr, visitor};
use reqwest::StatusCode;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const SETUP: &str = "sudo scripts/setup.sh varnish";

struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn varnishd() -> Option<PathBuf> {
    let found = ["/usr/sbin/varnishd", "/usr/bin/varnishd"]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.exists());
    if found.is_none() {
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!("the Varnish test needs varnishd (varnish, varnish-modules) and CI=true");
        }
        skipped("the Varnish test (no varnishd)", SETUP);
    }
    found
}

fn free_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().port()
}

async fn wait_for(url: &str) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while visitor().get(url).send().await.is_err() {
        assert!(Instant::now() < deadline, "{url} never answered");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

fn add_article(db: &str, dir: &Path, slug: &str) {
    let file = dir.join(format!("{slug}.md"));
    std::fs::write(&file, ARTICLE.replace("test-story", slug)).unwrap();
    let out = run_cli(db, &["article", "add", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
}

struct Seen {
    status: StatusCode,
    proxy: String,
    cache_control: String,
    body: String,
}

async fn get(client: &reqwest::Client, url: &str) -> Seen {
    let r = client.get(url).send().await.unwrap();
    let header = |n: &str| {
        r.headers()
            .get(n)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string()
    };
    let (proxy, cache_control) = (header("x-proxy-cache"), header("cache-control"));
    Seen {
        status: r.status(),
        proxy,
        cache_control,
        body: r.text().await.unwrap(),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn through_varnish_changes_show_at_once_and_held_comments_stay_private() {
    let Some(varnishd) = varnishd() else { return };
    let dir = tempfile::tempdir().unwrap();
    let db = TestDb::new(dir.path(), "varnish.db").await;
    add_article(&db.url, dir.path(), "test-story");
    add_article(&db.url, dir.path(), "other-story");
    for (k, v) in [
        ("comments.flood_seconds", "0"),
        ("comments.min_fill_seconds", "0"),
    ] {
        assert!(
            run_cli(&db.url, &["settings", "set", k, v])
                .status
                .success()
        );
    }

    let (app_port, proxy_port) = (free_port(), free_port());
    let _app = Killed(
        Command::new(env!("CARGO_BIN_EXE_masthead"))
            .args(["--database", &db.url, "serve", "--addr"])
            .arg(format!("127.0.0.1:{app_port}"))
            .args([
                "--rate-limit-rps",
                "0",
                "--rate-limit-posts-per-minute",
                "0",
            ])
            // Long enough that only a purge can explain a fresh page.
            .args(["--shared-max-age", "3600", "--purge-url"])
            .arg(format!("http://127.0.0.1:{proxy_port}/"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start masthead"),
    );
    let vcl = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../deploy/varnish/masthead.vcl"),
    )
    .unwrap()
    .replace(".port = \"8080\"", &format!(".port = \"{app_port}\""));
    let vcl_file = dir.path().join("masthead.vcl");
    std::fs::write(&vcl_file, vcl).unwrap();
    let _varnish = Killed(
        Command::new(varnishd)
            .arg("-F")
            .args(["-j", "none", "-s", "malloc,32m"])
            .arg("-n")
            .arg(dir.path().join("varnish"))
            .arg("-a")
            .arg(format!("127.0.0.1:{proxy_port}"))
            .arg("-f")
            .arg(&vcl_file)
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start varnishd"),
    );
    let app = format!("http://127.0.0.1:{app_port}");
    let proxy = format!("http://127.0.0.1:{proxy_port}");
    wait_for(&format!("{app}/healthz")).await;
    wait_for(&format!("{proxy}/healthz")).await;
    let (a, b) = (
        format!("{proxy}/articles/test-story"),
        format!("{proxy}/articles/other-story"),
    );

    // Both stories are kept by Varnish.
    for url in [&a, &b] {
        let first = get(&visitor(), url).await;
        assert_eq!(first.status, StatusCode::OK, "{url}");
        assert!(
            first.cache_control.contains("s-maxage=3600"),
            "{}",
            first.cache_control
        );
        assert_eq!(get(&visitor(), url).await.proxy, "hit", "{url}");
    }

    // A first-time commenter's comment is held; they see it, nobody else does.
    let commenter = visitor();
    let posted = commenter
        .post(format!("{proxy}/comments"))
        .form(&[
            ("comment_post_ID", "1"),
            ("author", "Held Reader"),
            ("email", "held@example.com"),
            ("comment", "Only I should see this for now."),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(posted.status(), StatusCode::SEE_OTHER);
    let id = comment_id_from(
        posted
            .headers()
            .get("location")
            .and_then(|l| l.to_str().ok())
            .unwrap_or_default(),
    );
    let own = get(&commenter, &a).await;
    assert!(own.body.contains("Only I should see this for now."));
    assert_ne!(own.proxy, "hit");
    assert!(
        own.cache_control.contains("private"),
        "{}",
        own.cache_control
    );
    let other = get(&visitor(), &a).await;
    assert_eq!(other.proxy, "hit");
    assert!(!other.body.contains("Only I should see this for now."));

    // Approved by another process: masthead purges the story's key.
    let out = run_cli(&db.url, &["comments", "approve", &id.to_string()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let approved = Instant::now();
    let mut tries = 0;
    let seen = loop {
        tries += 1;
        let seen = get(&visitor(), &a).await;
        if seen.body.contains("Only I should see this for now.")
            || approved.elapsed() > Duration::from_secs(10)
        {
            break seen;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    };
    println!(
        "the approval showed through Varnish after {tries} request(s), {:?}",
        approved.elapsed()
    );
    assert!(
        seen.body.contains("Only I should see this for now."),
        "still the old page"
    );
    assert_eq!(get(&visitor(), &a).await.proxy, "hit", "kept again");
    assert_eq!(
        get(&visitor(), &b).await.proxy,
        "hit",
        "the other story stayed in Varnish"
    );
}
