//! The browser tests in `tests/browser/` (Debian's Chromium driven by
//! playwright-core under node's test runner), run as part of `cargo test`.
//! Where Chromium, node or the npm packages are missing they are skipped with
//! a notice, except under `CI=true`, where `.ci/run` installs them.
use crate::helpers::{corpus_dir, skipped};
use std::path::PathBuf;
use std::process::Command;

fn browser_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/browser")
}

fn ready() -> bool {
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let missing: Vec<&str> = [
        (!PathBuf::from(&chromium).exists()).then_some("chromium"),
        (!browser_dir().join("node_modules/playwright-core").is_dir()).then_some("playwright-core"),
        Command::new("node")
            .arg("--version")
            .output()
            .is_err()
            .then_some("node"),
        Command::new("hugo")
            .arg("version")
            .output()
            .is_err()
            .then_some("hugo"),
    ]
    .into_iter()
    .flatten()
    .collect();
    if missing.is_empty() {
        return true;
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("browser tests need {} and CI=true", missing.join(", "));
    }
    skipped(
        &format!("the browser tests (missing {})", missing.join(", ")),
        "sudo scripts/setup.sh browser",
    );
    false
}

fn run_node_test(file: &str) {
    run_node_test_with(file, &[]);
}

fn run_node_test_with(file: &str, env: &[(&str, String)]) {
    // Both checked, so a skip reports every part that is missing.
    let ready = ready();
    let Some(corpus) = corpus_dir() else { return };
    if !ready {
        return;
    }
    let out = Command::new("node")
        .arg("--test")
        .arg("--test-reporter=spec")
        .arg(browser_dir().join(file))
        .env("MASTHEAD_BIN", env!("CARGO_BIN_EXE_masthead"))
        .env("MASTHEAD_CORPUS_DIR", corpus)
        .envs(env.iter().map(|(k, v)| (*k, v.as_str())))
        .output()
        .expect("run node");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    println!("{stdout}\n{stderr}");
    assert!(
        out.status.success(),
        "browser test {file} failed:\n{stdout}\n{stderr}"
    );
}

#[test]
fn xss_vectors_never_run_script_in_chromium() {
    run_node_test("xss.test.mjs");
}

/// Screenshots go to `MASTHEAD_SCREENSHOT_DIR` when it is set (the README's
/// images come from `MASTHEAD_SCREENSHOT_DIR=$PWD/docs/screenshots cargo test browser`).
#[test]
fn the_moderation_flow_works_in_chromium() {
    // The editor uploads a real photo: a 1600×1000 JPEG made here.
    let dir = tempfile::tempdir().expect("temp dir");
    let photo = dir.path().join("geneva.jpg");
    let img = image::RgbImage::from_fn(1600, 1000, |x, y| {
        image::Rgb([(x / 7) as u8, (y / 4) as u8, ((x + y) / 11) as u8])
    });
    img.save_with_format(&photo, image::ImageFormat::Jpeg)
        .expect("write photo");
    let mut env: Vec<(&str, String)> = std::env::var("MASTHEAD_SCREENSHOT_DIR")
        .map(|d| vec![("MASTHEAD_SCREENSHOT_DIR", d)])
        .unwrap_or_default();
    env.push(("MASTHEAD_TEST_PHOTO", photo.display().to_string()));
    run_node_test_with("admin.test.mjs", &env);
}

/// The embed on a static site built by Debian's hugo, in Chromium.
#[test]
fn the_embed_works_on_a_static_site_in_chromium() {
    run_node_test("embed.test.mjs");
}

/// Proof of work in Chromium: solved with JavaScript on (the comment the
/// filter is unsure of is published), held with it off.
#[test]
fn proof_of_work_in_chromium_and_the_no_javascript_fallback() {
    run_node_test("proof.test.mjs");
}

/// The queue from the keyboard: 100 held comments cleared with at most 110
/// key presses and no page load; J/K, ?, B B, R; buttons without JavaScript.
#[test]
fn the_queue_is_worked_from_the_keyboard_in_chromium() {
    run_node_test("queue_keys.test.mjs");
}

/// axe-core over the reader and admin pages: no WCAG 2.1 AA violations.
#[test]
fn pages_pass_axe_in_chromium() {
    run_node_test("a11y.test.mjs");
}

/// A real WordPress REST client, node-wpapi, against a live server (no browser needed,
/// but it shares this harness: node and the npm packages from `tests/browser`).
#[test]
fn node_wpapi_works_against_masthead() {
    run_node_test("wpapi.test.mjs");
}

/// The article page in every language passes axe; the Arabic one reads right
/// to left. `MASTHEAD_SCREENSHOT_DIR=$PWD/docs/screenshots` saves
/// `article-ar.png`.
#[test]
fn reader_pages_pass_axe_and_arabic_reads_right_to_left_in_chromium() {
    let env: Vec<(&str, String)> = std::env::var("MASTHEAD_SCREENSHOT_DIR")
        .map(|d| vec![("MASTHEAD_SCREENSHOT_DIR", d)])
        .unwrap_or_default();
    run_node_test_with("i18n.test.mjs", &env);
}

/// Live discussions (issue 29): two open pages learn of an approved comment
/// and insert it when their reader asks, never a held one; a reconnect with
/// `Last-Event-ID` misses nothing; the same through Pushpin and across two
/// PostgreSQL nodes (a fresh database on the test server, when there is one).
#[tokio::test]
async fn new_comments_reach_open_pages_live_in_chromium() {
    let pg = match crate::db::postgres_server() {
        Some(server) => Some(crate::db::TestDb::postgres(&server).await),
        None => None,
    };
    let env: Vec<(&str, String)> = pg
        .iter()
        .map(|db| ("MASTHEAD_LIVE_PG_URL", db.url.clone()))
        .collect();
    tokio::task::spawn_blocking(move || run_node_test_with("live.test.mjs", &env))
        .await
        .expect("the browser test ran");
    drop(pg);
}
