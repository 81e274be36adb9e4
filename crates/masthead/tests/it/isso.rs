//! `masthead import isso` on a database written by the real Isso (PyPI):
//! the test runs Isso on a loopback port, posts comments, a reply, a like,
//! an edit and a deletion through its HTTP API, then a held comment with
//! moderation on, and imports the file Isso wrote. Skipped with a notice
//! where Isso is not installed (`scripts/setup.sh isso`), except under
//! `CI=true`, where `.ci/run` installs it.
use crate::helpers::{TestApp, skipped, stderr, stdout};
use crate::import_checks::{by_status, comment, counts, links, outside_threads};
use serde_json::{Value, json};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The `isso` program: `$MASTHEAD_ISSO_DIR/bin/isso` (scripts/setup.sh puts
/// it in ~/.cache/masthead-isso), or one on the PATH.
fn isso_program() -> Option<PathBuf> {
    let dir = std::env::var_os("MASTHEAD_ISSO_DIR")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cache/masthead-isso")));
    let candidates = dir
        .map(|d| d.join("bin/isso"))
        .into_iter()
        .chain([PathBuf::from("isso")]);
    candidates.into_iter().find(|p| {
        Command::new(p)
            .arg("--version")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    })
}

/// A running Isso, stopped when dropped.
struct Isso {
    child: Child,
    base: String,
}

impl Drop for Isso {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Starts Isso on `db` with moderation on or off and waits until it answers.
async fn start(program: &Path, dir: &Path, db: &Path, moderation: bool) -> Isso {
    let port = free_port();
    let config = dir.join(format!("isso-{moderation}.cfg"));
    std::fs::write(
        &config,
        format!(
            "[general]\ndbpath = {}\nhost = {SITE}\n\
             [moderation]\nenabled = {moderation}\n\
             [guard]\nenabled = false\n\
             [server]\nlisten = http://127.0.0.1:{port}/\n",
            db.display()
        ),
    )
    .unwrap();
    let child = Command::new(program)
        .args(["-c", config.to_str().unwrap(), "run"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start isso");
    let mut isso = Isso {
        child,
        base: format!("http://127.0.0.1:{port}"),
    };
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Ok(Some(status)) = isso.child.try_wait() {
            panic!(
                "isso exited before it answered ({status}); config {}",
                config.display()
            );
        }
        let up = crate::helpers::http()
            .build()
            .expect("client")
            .get(format!("{}/info", isso.base))
            .send()
            .await
            .is_ok_and(|r| r.status().is_success());
        if up {
            return isso;
        }
        assert!(Instant::now() < deadline, "isso did not start within 30 s");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The site the Isso pages were on (nothing listens there: Isso only warns).
const SITE: &str = "http://127.0.0.1:9/";

async fn post(client: &reqwest::Client, isso: &Isso, uri: &str, body: Value) -> i64 {
    let r = client
        .post(format!("{}/new?uri={uri}", isso.base))
        .json(&body)
        .send()
        .await
        .unwrap();
    assert!(r.status().is_success(), "{}", r.text().await.unwrap());
    r.json::<Value>().await.unwrap()["id"].as_i64().unwrap()
}

#[tokio::test]
async fn an_isso_database_written_by_isso_imports_with_threads_statuses_and_likes() {
    let Some(program) = isso_program() else {
        assert!(
            !masthead_testkit::under_ci(),
            "isso is missing and CI=true (scripts/setup.sh isso)"
        );
        skipped(
            "the Isso import test (isso not installed)",
            "scripts/setup.sh isso",
        );
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("comments.db");
    // A cookie jar: Isso lets a comment's author edit and delete it by cookie.
    let author = crate::helpers::http().cookie_store(true).build().unwrap();
    // Isso refuses a like from the author's address (with its last part
    // zeroed): like from another loopback address.
    let liker = crate::helpers::http()
        .local_address(std::net::IpAddr::from([127, 0, 1, 1]))
        .build()
        .unwrap();
    let story = "/2024/05/test-story/";
    let outside = "/notes/elsewhere/";
    let (a, b, c, d, e) = {
        let isso = start(&program, dir.path(), &db, false).await;
        let a = post(
            &author,
            &isso,
            story,
            json!({"text": "Hello *world* <script>alert(1)</script>", "author": "Ann",
                   "email": "ann@example.org", "website": "https://ann.example/",
                   "title": "A test story"}),
        )
        .await;
        let b = post(
            &author,
            &isso,
            story,
            json!({"text": "A reply to Ann", "author": "Bob", "parent": a}),
        )
        .await;
        let c = post(
            &author,
            &isso,
            story,
            json!({"text": "Soon gone", "author": "Cy"}),
        )
        .await;
        let d = post(
            &author,
            &isso,
            story,
            json!({"text": "A reply to Cy", "author": "Di", "parent": c}),
        )
        .await;
        let e = post(
            &author,
            &isso,
            outside,
            json!({"text": "On a page masthead does not publish", "author": "Ed",
                   "title": "Elsewhere"}),
        )
        .await;
        let liked = liker
            .post(format!("{}/id/{a}/like", isso.base))
            .json(&json!({}))
            .send()
            .await
            .unwrap()
            .json::<Value>()
            .await
            .unwrap();
        assert_eq!(liked["likes"], 1, "{liked}");
        let edited = author
            .put(format!("{}/id/{e}", isso.base))
            .json(&json!({"text": "On a page masthead does not publish (edited)", "author": "Ed"}))
            .send()
            .await
            .unwrap();
        assert!(edited.status().is_success());
        // A comment with a reply is kept as "deleted" (mode 4).
        let deleted = author
            .delete(format!("{}/id/{c}", isso.base))
            .send()
            .await
            .unwrap();
        assert!(deleted.status().is_success());
        (a, b, c, d, e)
    };
    let f = {
        let isso = start(&program, dir.path(), &db, true).await;
        post(
            &author,
            &isso,
            story,
            json!({"text": "Held for moderation", "author": "Fay"}),
        )
        .await
    };
    let isso_bytes = std::fs::read(&db).unwrap();

    let (app, _) = TestApp::with_article().await;
    // Isso's `mode` and `likes` as Isso wrote them, read independently.
    let path = db.to_str().unwrap();

    // Without --site the outside page has no address: refused, nothing stored.
    let before = counts(&app.db_url).await;
    let out = app.cli(&["import", "isso", path]).await;
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains(outside) && stderr(&out).contains("--site"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("nothing was imported"));
    assert_eq!(counts(&app.db_url).await, before);

    let site = ["--site", SITE];
    let dry = app
        .cli(&["import", "isso", path, site[0], site[1], "--dry-run"])
        .await;
    assert!(dry.status.success(), "{}", stderr(&dry));
    assert!(stdout(&dry).contains("dry run"), "{}", stdout(&dry));
    assert!(stdout(&dry).contains("6 new"), "{}", stdout(&dry));
    assert_eq!(counts(&app.db_url).await, before);

    let out = app.cli(&["import", "isso", path, site[0], site[1]]).await;
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("threads for outside pages: 1 new"),
        "{}",
        stdout(&out)
    );
    let want: std::collections::BTreeMap<String, i64> =
        [("approved", 4), ("pending", 1), ("trash", 1)]
            .into_iter()
            .map(|(s, n)| (s.to_string(), n))
            .collect();
    assert_eq!(by_status(&app.db_url).await, want);
    let mut want_links = vec![
        (b.to_string(), a.to_string()),
        (d.to_string(), c.to_string()),
    ];
    want_links.sort();
    assert_eq!(links(&app.db_url).await, want_links);

    let ann = comment(&app.db_url, &a.to_string()).await;
    assert_eq!(ann.slug, "test-story");
    assert_eq!(
        (ann.status.as_str(), ann.author.as_str()),
        ("approved", "Ann")
    );
    assert_eq!(ann.email, "ann@example.org");
    assert_eq!(ann.url.as_deref(), Some("https://ann.example/"));
    // Isso keeps the address with its last part zeroed.
    assert_eq!(ann.ip.as_deref(), Some("127.0.0.0"));
    assert_eq!(ann.recommends, 1);
    // Isso's Markdown, rendered by masthead; the script is gone.
    assert!(ann.html.contains("<em>world</em>"), "{}", ann.html);
    assert!(!ann.html.contains("script"), "{}", ann.html);
    assert_eq!(comment(&app.db_url, &c.to_string()).await.status, "trash");
    let fay = comment(&app.db_url, &f.to_string()).await;
    assert_eq!(fay.status, "pending");
    let ed = comment(&app.db_url, &e.to_string()).await;
    assert!(ed.edited && ed.html.contains("(edited)"), "{ed:?}");
    assert_eq!(ed.author, "Ed");
    assert!(ed.slug.starts_with("t-"), "{}", ed.slug);
    assert_eq!(
        outside_threads(&app.db_url).await,
        [(
            "http://127.0.0.1:9/notes/elsewhere".to_string(),
            "Elsewhere".to_string()
        )]
    );

    // The public page and JSON show the comments, never an email.
    let page = app.get("/articles/test-story").await;
    assert!(page.body.contains("Hello <em>world</em>"), "{}", page.body);
    assert!(page.body.contains("A reply to Ann"));
    assert!(!page.body.contains("Held for moderation"));
    assert!(!page.body.contains("ann@example.org"));
    let elsewhere = app.get(&format!("/articles/{}", ed.slug)).await;
    assert!(elsewhere.body.contains("(edited)"), "{}", elsewhere.body);
    let json = app.get("/wp-json/wp/v2/comments?per_page=100").await;
    assert!(json.body.contains("A reply to Ann"), "{}", json.body);
    assert!(!json.body.contains("ann@example.org"));

    // Again: nothing twice, and Isso's file was only read.
    let after = counts(&app.db_url).await;
    let again = app.cli(&["import", "isso", path, site[0], site[1]]).await;
    assert!(again.status.success(), "{}", stderr(&again));
    assert!(
        stdout(&again).contains("already imported: 6"),
        "{}",
        stdout(&again)
    );
    assert_eq!(counts(&app.db_url).await, after);
    assert_eq!(std::fs::read(&db).unwrap(), isso_bytes);
}

#[tokio::test]
async fn a_file_that_is_not_an_isso_database_is_refused() {
    let app = TestApp::spawn().await;
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("comments.db");
    std::fs::write(&text, "not a database at all, just text\n".repeat(100)).unwrap();
    let out = app.cli(&["import", "isso", text.to_str().unwrap()]).await;
    assert!(!out.status.success());
    assert!(stderr(&out).contains("SQLite"), "{}", stderr(&out));
    assert!(stderr(&out).contains("nothing was imported"));

    // An SQLite file without Isso's tables.
    let other = dir.path().join("other.db");
    let url = format!("sqlite://{}?mode=rwc", other.display());
    let db = crate::import_checks::pool(&url).await;
    sqlx::query("CREATE TABLE things (id INTEGER)")
        .execute(&db)
        .await
        .unwrap();
    db.close().await;
    let out = app.cli(&["import", "isso", other.to_str().unwrap()]).await;
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("not an Isso database: it has no `threads` table"),
        "{}",
        stderr(&out)
    );
    let missing = app
        .cli(&["import", "isso", "/nonexistent/comments.db"])
        .await;
    assert!(
        stderr(&missing).contains("does not exist"),
        "{}",
        stderr(&missing)
    );
    let bad_site = app
        .cli(&[
            "import",
            "isso",
            other.to_str().unwrap(),
            "--site",
            "blog.example.org",
        ])
        .await;
    assert!(
        stderr(&bad_site).contains("--site"),
        "{}",
        stderr(&bad_site)
    );
}
