//! `masthead import remark42` on a backup built from Remark42's documented
//! format (tests/fixtures/remark42, which says where each field comes from),
//! gzipped as Remark42 writes its backups and plain, then on broken ones.
use crate::helpers::{TestApp, stderr, stdout};
use crate::import_checks::{by_status, comment, counts, links, outside_threads};
use std::io::Write;
use std::path::{Path, PathBuf};

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/remark42/backup.json")
}

fn id(n: u8) -> String {
    format!("7f1c0c8a-5c1a-4b4e-9d1e-0a1b2c3d4e{n:02}")
}

fn gzip(bytes: &[u8], to: &Path) {
    let mut gz = flate2::write::GzEncoder::new(
        std::fs::File::create(to).unwrap(),
        flate2::Compression::default(),
    );
    gz.write_all(bytes).unwrap();
    gz.finish().unwrap();
}

#[tokio::test]
async fn a_remark42_backup_imports_with_replies_votes_and_deletions() {
    let (app, _) = TestApp::with_article().await;
    let dir = tempfile::tempdir().unwrap();
    let gz = dir.path().join("backup-blog-20240506.gz");
    gzip(&std::fs::read(fixture()).unwrap(), &gz);
    let gz = gz.to_str().unwrap();

    let before = counts(&app.db_url).await;
    let dry = app.cli(&["import", "remark42", gz, "--dry-run"]).await;
    assert!(dry.status.success(), "{}", stderr(&dry));
    assert!(stdout(&dry).contains("6 new"), "{}", stdout(&dry));
    assert_eq!(counts(&app.db_url).await, before);

    let out = app.cli(&["import", "remark42", gz]).await;
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("threads for outside pages: 1 new"), "{text}");
    assert!(
        text.contains("1 × reply whose parent is not in the file (kept top-level)"),
        "{text}"
    );
    let want: std::collections::BTreeMap<String, i64> = [("approved", 5), ("trash", 1)]
        .into_iter()
        .map(|(s, n)| (s.to_string(), n))
        .collect();
    assert_eq!(by_status(&app.db_url).await, want);
    let mut want_links = vec![(id(2), id(1)), (id(4), id(5))];
    want_links.sort();
    assert_eq!(links(&app.db_url).await, want_links);
    assert_eq!(
        outside_threads(&app.db_url).await,
        [(
            "https://notes.example.net/2024/hello".to_string(),
            "Hello, notes".to_string()
        )]
    );

    let ann = comment(&app.db_url, &id(1)).await;
    assert_eq!(ann.slug, "test-story");
    // Remark42 keeps names HTML-escaped; its Markdown is rendered here.
    assert_eq!(ann.author, "Ann O'Neil");
    assert_eq!(ann.recommends, 3);
    assert!(
        ann.html.contains("<strong>markdown</strong>"),
        "{}",
        ann.html
    );
    // An HMAC is not an address.
    assert_eq!(ann.ip, None);
    assert!(!ann.edited);
    let bob = comment(&app.db_url, &id(2)).await;
    assert_eq!((bob.recommends, bob.edited), (0, true));
    assert_eq!(bob.ip.as_deref(), Some("192.0.2.7"));
    assert!(bob.html.contains("<em>edited</em>"), "{}", bob.html);
    assert_eq!(comment(&app.db_url, &id(3)).await.status, "trash");
    assert!(comment(&app.db_url, &id(5)).await.slug.starts_with("t-"));

    let page = app.get("/articles/test-story").await;
    assert!(
        page.body.contains("<strong>markdown</strong>"),
        "{}",
        page.body
    );
    assert!(page.body.contains("in HTML only"));

    // The same backup uncompressed: nothing twice.
    let after = counts(&app.db_url).await;
    let again = app
        .cli(&["import", "remark42", fixture().to_str().unwrap()])
        .await;
    assert!(again.status.success(), "{}", stderr(&again));
    assert!(
        stdout(&again).contains("already imported: 6"),
        "{}",
        stdout(&again)
    );
    assert_eq!(counts(&app.db_url).await, after);
}

#[tokio::test]
async fn broken_remark42_backups_are_refused_whole_or_rows_skipped_with_reasons() {
    let (app, _) = TestApp::with_article().await;
    let dir = tempfile::tempdir().unwrap();
    let good = std::fs::read_to_string(fixture()).unwrap();
    let before = counts(&app.db_url).await;
    let comment_line = |fields: &str| {
        format!(
            "{{\"id\":\"hostile\",\"pid\":\"\",\"user\":{{\"name\":\"H\"}},\
             \"locator\":{{\"site\":\"blog\",\"url\":\"https://blog.example.org/2024/05/test-story/\"}},{fields}}}\n"
        )
    };
    // Each one after the good comments: line 8 is the bad one.
    let refused: &[(&str, String, &str)] = &[
        (
            "bad JSON",
            "{\"id\":\"x\",\n".to_string(),
            "line 8: not a Remark42 comment",
        ),
        (
            "no locator",
            "{\"id\":\"x\",\"time\":\"2024-05-02T09:15:00Z\"}\n".to_string(),
            "missing field `locator`",
        ),
        (
            "bad time",
            comment_line("\"text\":\"x\",\"time\":\"yesterday\""),
            "line 8: time “yesterday” is not an RFC 3339 time",
        ),
        (
            "no time",
            comment_line("\"text\":\"x\""),
            "line 8: not a Remark42 comment: missing field `time`",
        ),
        (
            "a NUL byte",
            "\u{0}".to_string() + "\n",
            "line 8: not a Remark42 comment",
        ),
    ];
    for (what, line, expect) in refused {
        let file = dir.path().join("bad.json");
        std::fs::write(&file, format!("{good}{line}")).unwrap();
        let out = app
            .cli(&["import", "remark42", file.to_str().unwrap()])
            .await;
        assert!(!out.status.success(), "{what}");
        assert!(stderr(&out).contains(expect), "{what}: {}", stderr(&out));
        assert!(stderr(&out).contains("nothing was imported"), "{what}");
        assert_eq!(counts(&app.db_url).await, before, "{what}");
    }
    let invalid_utf8 = dir.path().join("latin1.json");
    let mut bytes = good.clone().into_bytes();
    bytes.extend_from_slice(b"{\"id\":\"caf\xe9\"}\n");
    std::fs::write(&invalid_utf8, bytes).unwrap();
    let out = app
        .cli(&["import", "remark42", invalid_utf8.to_str().unwrap()])
        .await;
    assert!(
        stderr(&out).contains("line 8: not UTF-8"),
        "{}",
        stderr(&out)
    );

    for (what, bytes, expect) in [
        ("empty", Vec::new(), "the file is empty"),
        (
            "not remark42",
            b"<?xml version=\"1.0\"?><disqus/>".to_vec(),
            "not a Remark42 backup",
        ),
        ("version 2", b"{\"version\":2}\n".to_vec(), "version 2"),
    ] {
        let file = dir.path().join("other.json");
        std::fs::write(&file, bytes).unwrap();
        let out = app
            .cli(&["import", "remark42", file.to_str().unwrap()])
            .await;
        assert!(!out.status.success(), "{what}");
        assert!(stderr(&out).contains(expect), "{what}: {}", stderr(&out));
    }
    // A gzip file cut short.
    let gz = dir.path().join("cut.gz");
    gzip(good.as_bytes(), &gz);
    let whole = std::fs::read(&gz).unwrap();
    std::fs::write(&gz, &whole[..whole.len() / 2]).unwrap();
    let out = app.cli(&["import", "remark42", gz.to_str().unwrap()]).await;
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("could not read the file"),
        "{}",
        stderr(&out)
    );
    assert_eq!(counts(&app.db_url).await, before);

    // Rows that can be read but not kept whole: NUL characters are dropped
    // (PostgreSQL stores none), a text past the comment form's limit is
    // skipped with its reason, the rest imports.
    let huge = "x".repeat(70_000);
    let file = dir.path().join("odd.json");
    std::fs::write(
        &file,
        format!(
            "{good}{}{}",
            comment_line("\"text\":\"<p>nul\\u0000here</p>\",\"time\":\"2024-05-06T09:15:00Z\"")
                .replace("hostile", "nul"),
            comment_line(&format!(
                "\"text\":\"{huge}\",\"time\":\"2024-05-06T09:15:00Z\""
            ))
            .replace("hostile", "huge"),
        ),
    )
    .unwrap();
    let out = app
        .cli(&["import", "remark42", file.to_str().unwrap()])
        .await;
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("1 × comment longer than 65525 bytes"),
        "{}",
        stdout(&out)
    );
    let nul = comment(&app.db_url, "nul").await;
    assert!(nul.html.contains("nulhere"), "{}", nul.html);
    assert_eq!(by_status(&app.db_url).await.values().sum::<i64>(), 7);
}
