//! Crash safety: thousands of comment POSTs from concurrent clients while the
//! real server is killed with SIGKILL at random moments and restarted. Every
//! comment whose POST was answered with success must be in the database, and
//! the database must pass `PRAGMA integrity_check`. With 32 posters the
//! server commits them in groups (its metrics must show groups of more than
//! one), so a kill lands mid-group too. Bounded in count and time.
use crate::helpers::{ARTICLE, run_cli};
use std::collections::HashSet;
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::AtomicUsize;
use std::sync::atomic::Ordering::SeqCst;
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

/// Acknowledged comments to collect (with at least MIN_KILLS kills between).
const TOTAL_ACKED: usize = 1000;
const CLIENTS: usize = 32;
const MIN_KILLS: usize = 4;
const TIME_LIMIT: Duration = Duration::from_secs(120);

pub(crate) fn start(db: &str, port: u16) -> (Child, String) {
    start_with(db, port, &[])
}

/// A `masthead serve` with `extra` arguments to `serve`.
pub(crate) fn start_with(db: &str, port: u16, extra: &[&str]) -> (Child, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_masthead"))
        .args([
            "serve",
            "--addr",
            &format!("127.0.0.1:{port}"),
            "--database",
            db,
        ])
        .args([
            "--rate-limit-rps",
            "0",
            "--rate-limit-posts-per-minute",
            "0",
        ])
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start masthead");
    let line = BufReader::new(child.stdout.take().expect("stdout"))
        .lines()
        .next()
        .expect("a line")
        .expect("utf-8");
    let base = line
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .expect("address")
        .trim_end_matches('/')
        .to_string();
    (child, base)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn acknowledged_comments_survive_sigkill() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!(
        "sqlite://{}?mode=rwc",
        dir.path().join("crash.db").display()
    );
    let file = dir.path().join("a.md");
    std::fs::write(&file, ARTICLE).unwrap();
    assert!(
        run_cli(&db, &["article", "add", file.to_str().unwrap()])
            .status
            .success()
    );
    for (k, v) in [
        ("comments.flood_seconds", "0"),
        ("comments.min_fill_seconds", "0"),
    ] {
        assert!(run_cli(&db, &["settings", "set", k, v]).status.success());
    }

    let (child, base) = start(&db, 0);
    let port: u16 = base.rsplit(':').next().unwrap().parse().unwrap();
    let base = Arc::new(RwLock::new(base));
    let child = Arc::new(Mutex::new(child));
    let acked = Arc::new(Mutex::new(Vec::<String>::new()));
    let deadline = Instant::now() + TIME_LIMIT;
    let next = Arc::new(AtomicUsize::new(0));
    let kills = Arc::new(AtomicUsize::new(0));
    // Clients post until enough comments were acknowledged across enough
    // kills. (Counting posts sent instead made the test depend on speed: a
    // slow restart let clients burn their posts on a closed port.)
    let done = {
        let (acked, kills) = (acked.clone(), kills.clone());
        move || {
            (acked.lock().unwrap().len() >= TOTAL_ACKED && kills.load(SeqCst) >= MIN_KILLS)
                || Instant::now() > deadline
        }
    };
    let refused = Arc::new(Mutex::new(Vec::<String>::new()));
    // Each restart bumps this; a client whose server is gone waits for it.
    let (restarted, restarts) = tokio::sync::watch::channel(0usize);

    let mut clients = Vec::new();
    for _ in 0..CLIENTS {
        let (base, acked, next, done) = (base.clone(), acked.clone(), next.clone(), done.clone());
        let mut restarts = restarts.clone();
        let refused = refused.clone();
        clients.push(tokio::spawn(async move {
            let http = crate::helpers::http()
                .redirect(reqwest::redirect::Policy::none())
                // Longer than the store's busy timeout, so a POST stuck
                // behind a lock is answered (and judged), not given up on.
                .timeout(Duration::from_secs(30))
                .build()
                .unwrap();
            loop {
                if done() {
                    break;
                }
                let n = next.fetch_add(1, SeqCst);
                let text = format!("crash test comment {n}");
                let url = format!("{}/comments", base.read().unwrap());
                let res = http
                    .post(url)
                    .form(&[
                        ("comment_post_ID", "1"),
                        ("author", "Crash Tester"),
                        ("email", "crash@example.com"),
                        ("comment", &text),
                    ])
                    .send()
                    .await;
                match res {
                    Ok(r) if r.status() == reqwest::StatusCode::SEE_OTHER => {
                        acked.lock().unwrap().push(text)
                    }
                    // Anything else is an answer a reader should never get.
                    Ok(r) => {
                        let status = r.status();
                        let body = r.text().await.unwrap_or_default();
                        let head: String = body.chars().take(200).collect();
                        refused.lock().unwrap().push(format!("{status}: {head}"));
                    }
                    // The server was killed: wait for the next one (the
                    // killer drops the sender when it stops).
                    Err(e) if e.is_timeout() => {
                        refused.lock().unwrap().push(format!("no answer: {e}"))
                    }
                    Err(_) => {
                        if restarts.changed().await.is_err() {
                            break;
                        }
                    }
                }
            }
        }));
    }

    drop(restarts);
    // The killer: SIGKILL at random moments, restart on the same port.
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let (mut groups, mut grouped) = (0.0, 0.0);
    let metrics = crate::helpers::http().build().expect("client");
    while !done() {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        tokio::time::sleep(Duration::from_millis(300 + seed % 600)).await;
        // What this server committed, and in how many groups.
        let url = format!("{}/metrics", base.read().unwrap());
        if let Ok(r) = metrics.get(url).send().await
            && let Ok(text) = r.text().await
        {
            groups += crate::helpers::metric(&text, "masthead_comment_groups");
            grouped += crate::helpers::metric(&text, "masthead_comment_group_comments");
        }
        {
            let mut c = child.lock().unwrap();
            c.kill().unwrap();
            c.wait().unwrap();
        }
        kills.fetch_add(1, SeqCst);
        let (fresh, fresh_base) = start(&db, port);
        *child.lock().unwrap() = fresh;
        *base.write().unwrap() = fresh_base;
        restarted.send_modify(|n| *n += 1);
    }
    drop(restarted);
    for c in clients {
        c.await.unwrap();
    }
    {
        let mut c = child.lock().unwrap();
        c.kill().unwrap();
        c.wait().unwrap();
    }

    let acked = acked.lock().unwrap().clone();
    let (kills, posts) = (kills.load(SeqCst), next.load(SeqCst));
    println!(
        "{posts} posts, {kills} kills, {} acknowledged comments; \
         {grouped} comments committed in {groups} groups before the kills",
        acked.len()
    );
    assert!(
        grouped > groups,
        "no group commit held more than one comment ({grouped} in {groups})"
    );
    assert!(
        kills >= MIN_KILLS,
        "the server was killed only {kills} times"
    );
    let refused = refused.lock().unwrap().clone();
    assert!(
        refused.is_empty(),
        "{} posts answered without 303, e.g. {:?}",
        refused.len(),
        refused.first()
    );
    assert!(
        acked.len() >= TOTAL_ACKED,
        "only {} comments acknowledged in {} s",
        acked.len(),
        TIME_LIMIT.as_secs()
    );

    let store = masthead_store::SqliteStore::open(&db).await.unwrap();
    let stored: HashSet<String> = sqlx::query_scalar("SELECT content_source FROM comments")
        .fetch_all(store.pool())
        .await
        .unwrap()
        .into_iter()
        .collect();
    let lost: Vec<&String> = acked.iter().filter(|t| !stored.contains(*t)).collect();
    assert!(
        lost.is_empty(),
        "{} acknowledged comments lost, e.g. {:?}",
        lost.len(),
        lost.first()
    );
    let check: String = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_one(store.pool())
        .await
        .unwrap();
    assert_eq!(check, "ok");
}
