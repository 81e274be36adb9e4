//! `masthead import commento` on an export built from Commento's documented
//! format (tests/fixtures/commento, which says where it comes from), gzipped
//! as Commento sends it and plain, then on broken ones.
use crate::helpers::{TestApp, stderr, stdout};
use crate::import_checks::{by_status, comment, counts, links, outside_threads};
use std::io::Write;
use std::path::{Path, PathBuf};

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/commento/export.json")
}

const ANON: &str = "e7069a7dfcfaed43caf62300a9b0edb1c124ad79d0f5887c93649c15d7f69945";
const REPLY: &str = "7d77e39fcd813241d6281478cc8f21ab5f807d043c750bc1a936bc23b34fb854";
const HELD: &str = "ea5f7bcd6ac9bb7b657f7d0569831104e1bcf9c253d03c1e16bf9654c49a5ce9";

#[tokio::test]
async fn a_commento_export_imports_with_states_votes_and_commenters() {
    let (app, _) = TestApp::with_article().await;
    let dir = tempfile::tempdir().unwrap();
    let gz = dir.path().join("commento-export.json.gz");
    let mut enc = flate2::write::GzEncoder::new(
        std::fs::File::create(&gz).unwrap(),
        flate2::Compression::default(),
    );
    enc.write_all(&std::fs::read(fixture()).unwrap()).unwrap();
    enc.finish().unwrap();
    let gz = gz.to_str().unwrap();

    let before = counts(&app.db_url).await;
    let dry = app.cli(&["import", "commento", gz, "--dry-run"]).await;
    assert!(dry.status.success(), "{}", stderr(&dry));
    assert_eq!(counts(&app.db_url).await, before);

    let out = app.cli(&["import", "commento", gz]).await;
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("threads for outside pages: 1 new"),
        "{}",
        stdout(&out)
    );
    let want: std::collections::BTreeMap<String, i64> =
        [("approved", 2), ("pending", 1), ("spam", 1), ("trash", 1)]
            .into_iter()
            .map(|(s, n)| (s.to_string(), n))
            .collect();
    assert_eq!(by_status(&app.db_url).await, want);
    assert_eq!(
        links(&app.db_url).await,
        [(REPLY.to_string(), ANON.to_string())]
    );
    // Commento keeps the domain without a scheme: https is assumed.
    assert_eq!(
        outside_threads(&app.db_url).await,
        [(
            "https://blog.example.org/guestbook".to_string(),
            "https://blog.example.org/guestbook".to_string()
        )]
    );
    let anon = comment(&app.db_url, ANON).await;
    assert_eq!(anon.slug, "test-story");
    assert_eq!((anon.author.as_str(), anon.recommends), ("Anonymous", 2));
    assert!(anon.html.contains("<em>Markdown</em>"), "{}", anon.html);
    let reply = comment(&app.db_url, REPLY).await;
    assert_eq!(reply.author, "User5276");
    assert_eq!(reply.email, "somegreatmail@example.com");
    assert_eq!(
        reply.url.as_deref(),
        Some("https://example.com/profile/257")
    );
    let held = comment(&app.db_url, HELD).await;
    assert_eq!((held.status.as_str(), held.url), ("pending", None));
    assert!(held.slug.starts_with("t-"));

    let page = app.get("/articles/test-story").await;
    assert!(
        page.body.contains("A reply from a commenter"),
        "{}",
        page.body
    );
    assert!(!page.body.contains("somegreatmail"));

    // The same export uncompressed: nothing twice.
    let again = app
        .cli(&["import", "commento", fixture().to_str().unwrap()])
        .await;
    assert!(
        stdout(&again).contains("already imported: 5"),
        "{}",
        stdout(&again)
    );
    assert_eq!(by_status(&app.db_url).await, want);
}

#[tokio::test]
async fn broken_commento_exports_are_refused_whole_or_rows_skipped_with_reasons() {
    let (app, _) = TestApp::with_article().await;
    let dir = tempfile::tempdir().unwrap();
    let good = std::fs::read_to_string(fixture()).unwrap();
    let before = counts(&app.db_url).await;
    let file = dir.path().join("export.json");
    for (what, text, expect) in [
        (
            "cut short",
            good[..good.len() / 2].to_string(),
            "not a Commento export: EOF",
        ),
        (
            "version 2",
            good.replacen("\"version\": 1", "\"version\": 2", 1),
            "version 2",
        ),
        (
            "no creationDate",
            good.replacen("\"creationDate\": \"2021-03-12T11:21:56Z\", ", "", 1),
            "missing field `creationDate` at line 4",
        ),
        (
            "bad date",
            good.replacen("2021-03-12T11:21:56Z", "last week", 1),
            "creationDate “last week” is not an RFC 3339 time",
        ),
        ("empty", String::new(), "not a Commento export"),
    ] {
        std::fs::write(&file, text).unwrap();
        let out = app
            .cli(&["import", "commento", file.to_str().unwrap()])
            .await;
        assert!(!out.status.success(), "{what}");
        assert!(stderr(&out).contains(expect), "{what}: {}", stderr(&out));
        assert!(stderr(&out).contains("nothing was imported"), "{what}");
        assert_eq!(counts(&app.db_url).await, before, "{what}");
    }

    // Readable rows with trouble: an unknown state is skipped with its
    // reason, a reply to a comment not in the file stays top-level, NUL
    // characters are dropped, a huge text is skipped.
    let huge = "y".repeat(70_000);
    let odd = good
        .replacen("\"state\": \"flagged\"", "\"state\": \"weird\"", 1)
        .replacen(
            &format!("\"parentHex\": \"{ANON}\""),
            "\"parentHex\": \"0000\"",
            1,
        )
        .replacen(
            "Waiting for a moderator",
            "Waiting\\u0000 for a moderator",
            1,
        )
        .replacen("[deleted]", &huge, 1);
    std::fs::write(&file, odd).unwrap();
    let out = app
        .cli(&["import", "commento", file.to_str().unwrap()])
        .await;
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    for reason in [
        "1 × comment with an unknown state “weird”",
        "1 × reply whose parent is not in the file (kept top-level)",
        "1 × comment longer than 65525 bytes",
    ] {
        assert!(text.contains(reason), "{reason}: {text}");
    }
    assert!(links(&app.db_url).await.is_empty());
    let held = comment(&app.db_url, HELD).await;
    assert!(
        held.html.contains("Waiting for a moderator"),
        "{}",
        held.html
    );
    assert_eq!(by_status(&app.db_url).await.values().sum::<i64>(), 3);
}
