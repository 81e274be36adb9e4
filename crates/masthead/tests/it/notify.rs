//! Email notifications and webhooks (issue 15) against real parts: a real
//! SMTP server on loopback (aiosmtpd, from `scripts/setup.sh aiosmtpd`,
//! running `tests/fixtures/smtp_sink.py`), masthead's own outbox worker,
//! and a webhook receiver on a real socket. Without aiosmtpd the mail tests
//! are skipped with a notice, except under `CI=true`.
use crate::helpers::{TestApp, visitor};
use masthead::mailer::MailConfig;
use masthead_core::comment::CommentStatus;
use masthead_core::ids::CommentId;
use masthead_core::notify::{MailAction, MailTokens, webhook_signature};
use reqwest::StatusCode;
use sqlx::Row;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const DEADLINE: Duration = Duration::from_secs(60);

pub(crate) fn python() -> Option<PathBuf> {
    crate::helpers::venv_python(
        "MASTHEAD_AIOSMTPD_DIR",
        "masthead-aiosmtpd",
        "aiosmtpd",
        "the notification mail tests (aiosmtpd not installed)",
        "aiosmtpd",
    )
}

/// The SMTP server: a python process writing each message to `dir`.
pub(crate) struct Sink {
    py: PathBuf,
    port: u16,
    dir: tempfile::TempDir,
    child: Option<Child>,
}

impl Sink {
    pub(crate) fn start(py: PathBuf) -> Self {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("free port")
            .port();
        let mut sink = Self {
            py,
            port,
            dir: tempfile::tempdir().expect("dir"),
            child: None,
        };
        sink.restart();
        sink
    }

    pub(crate) fn restart(&mut self) {
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/smtp_sink.py");
        let mut child = Command::new(&self.py)
            .arg(script)
            .arg(self.port.to_string())
            .arg(self.dir.path())
            .stdout(Stdio::piped())
            .spawn()
            .expect("start smtp_sink.py");
        let mut line = String::new();
        let out = child.stdout.take().expect("stdout");
        std::io::BufRead::read_line(&mut std::io::BufReader::new(out), &mut line).expect("ready");
        assert_eq!(line.trim(), "ready");
        self.child = Some(child);
    }

    pub(crate) fn stop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    pub(crate) fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    pub(crate) fn mails(&self) -> Vec<Mail> {
        let mut names: Vec<_> = std::fs::read_dir(self.dir.path())
            .expect("read dir")
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "eml"))
            // `.NAME.eml` is a message the sink is still writing.
            .filter(|p| {
                !p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with('.'))
            })
            .collect();
        names.sort();
        names.iter().map(|p| Mail::read(p)).collect()
    }

    /// Waits (bounded) until `n` messages arrived; all of them.
    pub(crate) async fn wait_for(&self, n: usize) -> Vec<Mail> {
        let start = Instant::now();
        loop {
            let mails = self.mails();
            if mails.len() >= n {
                return mails;
            }
            assert!(
                start.elapsed() < DEADLINE,
                "only {} of {n} messages arrived",
                mails.len()
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

impl Drop for Sink {
    fn drop(&mut self) {
        self.stop();
    }
}

#[derive(Debug)]
pub(crate) struct Mail {
    /// The file the sink wrote (envelope lines, a blank line, the message).
    pub(crate) path: PathBuf,
    pub(crate) rcpt: Vec<String>,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) subject: String,
    pub(crate) body: String,
}

impl Mail {
    fn read(path: &Path) -> Self {
        let raw = std::fs::read(path).expect("read mail");
        let split = raw.windows(2).position(|w| w == b"\n\n").expect("envelope");
        let envelope = String::from_utf8_lossy(&raw[..split]).to_string();
        let rcpt = envelope
            .lines()
            .filter_map(|l| l.strip_prefix("RCPT TO: "))
            .map(str::to_string)
            .collect();
        let message = mail_parser::MessageParser::default()
            .parse(&raw[split + 2..])
            .expect("a message");
        let headers = message
            .headers_raw()
            .map(|(k, v)| (k.to_ascii_lowercase(), v.trim().to_string()))
            .collect();
        Self {
            path: path.to_path_buf(),
            rcpt,
            headers,
            subject: message.subject().unwrap_or_default().to_string(),
            body: message.body_text(0).unwrap_or_default().to_string(),
        }
    }

    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    pub(crate) fn to(&self) -> &str {
        self.rcpt.first().map_or("", String::as_str)
    }

    /// The first link to `path` in the text.
    pub(crate) fn link(&self, path: &str) -> String {
        let at = self
            .body
            .find(path)
            .unwrap_or_else(|| panic!("no {path} link in:\n{}", self.body));
        let start = self.body[..at].rfind("http").expect("link start");
        self.body[start..]
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_string()
    }
}

pub(crate) fn config(smtp: Option<String>) -> MailConfig {
    MailConfig {
        smtp_url: smtp,
        retry_base: Duration::from_millis(100),
        poll: Duration::from_millis(50),
        digest_every: Duration::from_secs(3600),
        // The test's webhook receivers listen on loopback, which masthead
        // refuses unless the operator allows private targets.
        allow_private_webhooks: true,
    }
}

/// A test site whose notifications go through `smtp`.
pub(crate) async fn site(smtp: Option<String>) -> (TestApp, i64) {
    let (app, article) = quiet_site().await;
    start_worker(&app, config(smtp)).await;
    (app, article)
}

/// A test site set up for notifications, its worker not started yet.
pub(crate) async fn quiet_site() -> (TestApp, i64) {
    let (app, article) = TestApp::with_article().await;
    app.set("site.url", &app.base).await;
    app.set("mail.from", "Newsroom <news@example.org>").await;
    app.set("notify.moderator_emails", "mod@example.org").await;
    (app, article)
}

pub(crate) async fn start_worker(app: &TestApp, config: MailConfig) {
    let state = masthead::server::app_state(app.store.clone(), Default::default())
        .await
        .expect("state");
    tokio::spawn(masthead::mailer::run(state, config));
}

pub(crate) async fn comment(
    app: &TestApp,
    article: i64,
    name: &str,
    email: &str,
    text: &str,
    follow: bool,
) -> i64 {
    let article = article.to_string();
    let mut fields = vec![
        ("comment_post_ID", article.as_str()),
        ("comment_parent", "0"),
        ("author", name),
        ("email", email),
        ("url", ""),
        ("comment", text),
    ];
    if follow {
        fields.push(("subscribe_comments", "1"));
    }
    let page = app.post_form_as(&visitor(), &fields).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    crate::helpers::comment_id_from(&page.location())
}

pub(crate) async fn status(app: &TestApp, id: i64) -> CommentStatus {
    app.store
        .comment(CommentId(id))
        .await
        .expect("read")
        .expect("comment")
        .status
}

/// Waits until the queue is empty and every message is sent.
pub(crate) async fn drained(app: &TestApp) {
    let pool = app.db.pool().await;
    let start = Instant::now();
    loop {
        let row = sqlx::query(
            "SELECT (SELECT COUNT(*) FROM notify_queue) + (SELECT COUNT(*) FROM outbox \
             WHERE sent_at IS NULL AND kind <> 'digest_item') AS n",
        )
        .fetch_one(&pool)
        .await
        .expect("count");
        if row.get::<i64, _>("n") == 0 {
            return;
        }
        assert!(start.elapsed() < DEADLINE, "outbox not drained");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

pub(crate) async fn post_link(url: &str, body: &str) -> (StatusCode, String) {
    let r = visitor()
        .post(url)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body.to_string())
        .send()
        .await
        .expect("POST");
    (r.status(), r.text().await.unwrap_or_default())
}

pub(crate) async fn get(url: &str) -> (StatusCode, String) {
    let r = visitor().get(url).send().await.expect("GET");
    (r.status(), r.text().await.unwrap_or_default())
}

#[tokio::test]
async fn notify_moderators_followers_double_opt_in_and_unsubscribe() {
    let Some(py) = python() else { return };
    let sink = Sink::start(py);
    let (app, article) = site(Some(sink.url())).await;

    // Alice is new: her comment is held. The moderator is told; she is
    // asked to confirm her address.
    let alice = comment(
        &app,
        article,
        "Alice",
        "alice@example.org",
        "First thoughts.",
        true,
    )
    .await;
    let mails = sink.wait_for(2).await;
    let held = mails
        .iter()
        .find(|m| m.to() == "mod@example.org")
        .expect("held");
    let confirm = mails
        .iter()
        .find(|m| m.to() == "alice@example.org")
        .expect("confirm");
    for m in &mails {
        assert_eq!(m.rcpt.len(), 1, "one recipient only: {m:?}");
        assert!(
            m.header("from")
                .is_some_and(|f| f.contains("news@example.org"))
        );
        assert!(m.header("cc").is_none() && m.header("bcc").is_none());
    }
    assert!(held.body.contains("First thoughts."), "{}", held.body);
    assert!(held.body.to_lowercase().contains("held"), "{}", held.body);
    assert!(!held.subject.contains('\n'));
    let unsub = confirm
        .header("list-unsubscribe")
        .expect("List-Unsubscribe");
    assert!(unsub.starts_with('<') && unsub.contains("/mail/unsubscribe?token="));
    assert_eq!(
        confirm.header("list-unsubscribe-post"),
        Some("List-Unsubscribe=One-Click")
    );

    // She confirms: the GET shows a button and changes nothing; the POST confirms.
    let link = confirm.link("/mail/confirm?token=");
    let (code, page) = get(&link).await;
    assert_eq!(code, StatusCode::OK);
    assert!(page.contains("<form method=\"post\""), "{page}");
    assert_eq!(
        app.store
            .mail_data("alice@example.org")
            .await
            .unwrap()
            .confirmed_at,
        None
    );
    let token = link.split("token=").nth(1).unwrap_or_default();
    let (code, _) = post_link(
        &format!("{}/mail/confirm", app.base),
        &format!("token={token}"),
    )
    .await;
    assert_eq!(code, StatusCode::OK);
    assert!(
        app.store
            .mail_data("alice@example.org")
            .await
            .unwrap()
            .confirmed_at
            .is_some()
    );

    // The moderator's approve link: GET asks, changes nothing; POST approves.
    let approve = held.link("/mail/moderate?token=");
    let (code, page) = get(&approve).await;
    assert_eq!(code, StatusCode::OK);
    assert!(page.contains("First thoughts."), "{page}");
    assert_eq!(status(&app, alice).await, CommentStatus::Pending);
    let token = approve.split("token=").nth(1).unwrap_or_default();
    let (code, _) = post_link(
        &format!("{}/mail/moderate", app.base),
        &format!("token={token}"),
    )
    .await;
    assert_eq!(code, StatusCode::OK);
    assert_eq!(status(&app, alice).await, CommentStatus::Approved);
    // Alice is told her comment is published.
    let mails = sink.wait_for(3).await;
    let approved = &mails[2];
    assert_eq!(approved.to(), "alice@example.org");
    assert!(
        approved.subject.contains("published"),
        "{}",
        approved.subject
    );
    assert!(approved.header("list-unsubscribe").is_some());

    // Bob's comment goes straight up; he asks to follow but has not
    // confirmed. Alice, who follows and confirmed, is told — by name and
    // text, never Bob's address.
    app.set("comments.require_previously_approved", "false")
        .await;
    comment(
        &app,
        article,
        "Bob",
        "bob@example.org",
        "A reply from Bob.",
        true,
    )
    .await;
    let mails = sink.wait_for(5).await;
    let reply = mails[3..]
        .iter()
        .find(|m| m.to() == "alice@example.org")
        .expect("reply");
    assert!(reply.body.contains("Bob") && reply.body.contains("A reply from Bob."));
    assert!(!reply.body.contains("bob@example.org") && !reply.subject.contains("bob@"));
    assert!(
        reply
            .headers
            .iter()
            .all(|(_, v)| !v.contains("bob@example.org"))
    );
    assert!(reply.header("list-unsubscribe-post").is_some());
    assert!(
        mails[3..]
            .iter()
            .any(|m| m.to() == "bob@example.org" && m.body.contains("/mail/confirm"))
    );

    // Carol comments: Alice is told, Bob (unconfirmed) is not.
    comment(
        &app,
        article,
        "Carol",
        "carol@example.org",
        "Carol here.",
        false,
    )
    .await;
    drained(&app).await;
    let mails = sink.wait_for(6).await;
    assert_eq!(mails.len(), 6, "{mails:#?}");
    assert_eq!(mails[5].to(), "alice@example.org");
    assert!(mails.iter().filter(|m| m.to() == "bob@example.org").count() == 1);

    // Alice unsubscribes with one click (RFC 8058): no session, no CSRF.
    let url = reply
        .header("list-unsubscribe")
        .unwrap_or_default()
        .trim_matches(['<', '>'])
        .to_string();
    let (code, _) = post_link(&url, "List-Unsubscribe=One-Click").await;
    assert_eq!(code, StatusCode::OK);
    comment(
        &app,
        article,
        "Dave",
        "dave@example.org",
        "Dave too.",
        false,
    )
    .await;
    drained(&app).await;
    assert_eq!(sink.mails().len(), 6, "nothing more to Alice");
}

#[tokio::test]
async fn notify_smtp_server_down_then_back_loses_nothing_and_sends_once() {
    let Some(py) = python() else { return };
    let mut sink = Sink::start(py);
    sink.stop();
    let (app, article) = site(Some(sink.url())).await;
    for (i, name) in ["Ann", "Ben", "Cat"].iter().enumerate() {
        let email = format!("{}@example.org", name.to_lowercase());
        comment(
            &app,
            article,
            name,
            &email,
            &format!("Held comment {i}."),
            false,
        )
        .await;
    }
    // The worker tries, fails and keeps the messages, counting attempts.
    let pool = app.db.pool().await;
    let start = Instant::now();
    loop {
        let rows = sqlx::query(
            "SELECT attempts, last_error FROM outbox WHERE kind = 'mail' AND sent_at IS NULL",
        )
        .fetch_all(&pool)
        .await
        .expect("outbox");
        if rows.len() == 3 && rows.iter().all(|r| r.get::<i32, _>("attempts") > 0) {
            assert!(
                rows.iter()
                    .all(|r| r.get::<Option<String>, _>("last_error").is_some())
            );
            break;
        }
        assert!(start.elapsed() < DEADLINE, "no failed attempts recorded");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(sink.mails().is_empty());
    sink.restart();
    drained(&app).await;
    let mails = sink.wait_for(3).await;
    assert_eq!(mails.len(), 3, "each exactly once: {mails:#?}");
    for i in 0..3 {
        let text = format!("Held comment {i}.");
        assert_eq!(mails.iter().filter(|m| m.body.contains(&text)).count(), 1);
    }
}

#[tokio::test]
async fn notify_webhook_is_signed_and_retried() {
    use axum::routing::post;
    use std::sync::{Arc, Mutex};
    let got: Arc<Mutex<Vec<(String, String)>>> = Arc::default();
    let seen = got.clone();
    let hook = axum::Router::new().route(
        "/hook",
        post(move |headers: axum::http::HeaderMap, body: String| {
            let seen = seen.clone();
            async move {
                let sig = headers
                    .get("x-masthead-signature")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or_default()
                    .to_string();
                let mut seen = seen.lock().expect("lock");
                seen.push((sig, body));
                // The first delivery fails: the outbox must try again.
                if seen.len() == 1 {
                    axum::http::StatusCode::INTERNAL_SERVER_ERROR
                } else {
                    axum::http::StatusCode::OK
                }
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move { axum::serve(listener, hook).await });
    // No SMTP server at all: webhooks still go.
    let (app, article) = site(None).await;
    app.set("notify.webhooks", &format!("http://{addr}/hook"))
        .await;
    app.set("notify.webhook_secret", "whsec-test").await;
    comment(&app, article, "Zed", "zed@example.org", "Hold me.", false).await;
    let start = Instant::now();
    while got.lock().expect("lock").len() < 2 {
        assert!(start.elapsed() < DEADLINE, "webhook not retried");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let got = got.lock().expect("lock").clone();
    assert_eq!(got[0], got[1], "the retry sends the same signed body");
    let (sig, body) = &got[1];
    assert_eq!(*sig, webhook_signature(b"whsec-test", body.as_bytes()));
    let json: serde_json::Value = serde_json::from_str(body).expect("JSON");
    assert!(
        json["text"].as_str().is_some_and(|t| t.contains("Zed")),
        "{json}"
    );
    assert_eq!(json["author_name"], "Zed");
    assert!(!body.contains("zed@example.org"));
    // Mail waits for an SMTP server: queued, not lost.
    let pool = app.db.pool().await;
    let n: i64 =
        sqlx::query("SELECT COUNT(*) AS n FROM outbox WHERE kind = 'mail' AND sent_at IS NULL")
            .fetch_one(&pool)
            .await
            .expect("count")
            .get("n");
    assert_eq!(n, 1);
}

/// Webhook URLs are set by staff: without the operator's
/// `--allow-private-webhooks`, one on loopback is refused before any
/// connection, and the outbox says why and how to allow it.
#[tokio::test]
async fn notify_webhook_to_a_private_address_needs_the_operators_flag() {
    use axum::routing::post;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};
    let hits = Arc::new(AtomicUsize::new(0));
    let counted = hits.clone();
    let hook = axum::Router::new().route(
        "/hook",
        post(move || {
            counted.fetch_add(1, Ordering::SeqCst);
            async { axum::http::StatusCode::OK }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move { axum::serve(listener, hook).await });
    let (app, article) = quiet_site().await;
    start_worker(
        &app,
        MailConfig {
            allow_private_webhooks: false,
            ..config(None)
        },
    )
    .await;
    app.set("notify.webhooks", &format!("http://{addr}/hook"))
        .await;
    comment(&app, article, "Ula", "ula@example.org", "Hold me.", false).await;
    let pool = app.db.pool().await;
    let start = Instant::now();
    let error = loop {
        let row = sqlx::query(
            "SELECT last_error FROM outbox WHERE kind = 'webhook' AND sent_at IS NULL \
             AND attempts > 0",
        )
        .fetch_optional(&pool)
        .await
        .expect("outbox");
        if let Some(row) = row {
            break row
                .get::<Option<String>, _>("last_error")
                .unwrap_or_default();
        }
        assert!(start.elapsed() < DEADLINE, "no refused delivery recorded");
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert!(
        error.contains("127.0.0.1 is a loopback address")
            && error.contains("--allow-private-webhooks"),
        "{error}"
    );
    assert_eq!(
        hits.load(Ordering::SeqCst),
        0,
        "nothing reached the receiver"
    );
}

#[tokio::test]
async fn notify_links_refuse_forged_expired_and_misused_tokens() {
    let (app, article) = TestApp::with_article().await;
    let id = comment(&app, article, "Mo", "mo@example.org", "Held.", false).await;
    let tokens = MailTokens::new(app.secret());
    let now = chrono::Utc::now();
    let approve = tokens.issue(
        &MailAction::Moderate(
            CommentId(id),
            masthead_core::comment::ModerationAction::Approve,
        ),
        now,
    );
    let old = tokens.issue(
        &MailAction::Moderate(
            CommentId(id),
            masthead_core::comment::ModerationAction::Approve,
        ),
        now - chrono::Duration::days(30),
    );
    let forged = approve.replace(&format!("nm2.{id}."), &format!("nm2.{}.", id + 1));
    assert_ne!(forged, approve);
    let unsub = tokens.issue(&MailAction::Unsubscribe("mo@example.org".into(), None), now);
    for (token, code) in [
        (forged.as_str(), StatusCode::BAD_REQUEST),
        ("n1.mod.1-approve.9999999999.00", StatusCode::BAD_REQUEST),
        ("%0d%0aSet-Cookie:%20x=y", StatusCode::BAD_REQUEST),
        (old.as_str(), StatusCode::GONE),
        (unsub.as_str(), StatusCode::BAD_REQUEST),
    ] {
        let (got, page) = get(&format!("{}/mail/moderate?token={token}", app.base)).await;
        assert_eq!(got, code, "{token}: {page}");
        assert!(page.contains("<h1>"), "an HTML page: {page}");
        let (got, _) = post_link(
            &format!("{}/mail/moderate", app.base),
            &format!("token={token}"),
        )
        .await;
        assert_eq!(got, code, "{token}");
    }
    let (got, _) = post_link(&format!("{}/mail/confirm", app.base), "").await;
    assert_eq!(got, StatusCode::BAD_REQUEST);
    assert_eq!(status(&app, id).await, CommentStatus::Pending);
    // A week-old link does not undo what a moderator decided since.
    let actor = masthead_core::comment::Actor {
        user_id: None,
        name: "staff".into(),
        via: masthead_core::comment::Via::Cli,
        sections: Vec::new(),
    };
    masthead_core::service::moderate(
        app.store.as_ref(),
        &[CommentId(id)],
        masthead_core::comment::ModerationAction::Trash,
        &actor,
        now,
    )
    .await
    .expect("trash");
    let (got, page) = get(&format!("{}/mail/moderate?token={approve}", app.base)).await;
    assert_eq!(got, StatusCode::OK);
    assert!(page.contains("no longer held") && !page.contains("<form method=\"post\""));
    let (got, _) = post_link(
        &format!("{}/mail/moderate", app.base),
        &format!("token={approve}"),
    )
    .await;
    assert_eq!(got, StatusCode::CONFLICT);
    assert_eq!(status(&app, id).await, CommentStatus::Trash);
    // A name with line breaks cannot add a header to the subject.
    let subject = masthead_core::notify::one_line("Eve\r\nBcc: victim@example.org");
    assert!(!subject.contains(['\r', '\n']));
}

/// Slack reads `<!channel>` as a mention of everyone and
/// `<https://evil.example|bank.example>` as a link labelled with another
/// address: in the webhook's `text`, whatever a commenter wrote arrives
/// escaped, as plain characters.
#[tokio::test]
async fn notify_webhook_text_is_escaped_for_slack() {
    let (addr, got) = receiver("/hook").await;
    let (app, article) = site(None).await;
    app.set("notify.webhooks", &format!("http://{addr}/hook"))
        .await;
    // Tags are stripped from names, but entities are decoded after: this
    // name is stored as `<!channel>`.
    let id = comment(
        &app,
        article,
        "&lt;!channel&gt;",
        "eve@example.org",
        // A tag-like `<https:…>` is dropped by the sanitizer; written with
        // entities it is kept as text, and is Slack's markup once decoded.
        "Your account is locked: &lt;https://evil.example|bank.example&gt; & <@U024BE7LH>",
        false,
    )
    .await;
    let start = Instant::now();
    while got.lock().expect("lock").is_empty() {
        assert!(start.elapsed() < DEADLINE, "no webhook");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let body = got.lock().expect("lock")[0].clone();
    let json: serde_json::Value = serde_json::from_str(&body).expect("JSON");
    assert_eq!(json["comment_id"], id);
    let text = json["text"].as_str().expect("text");
    assert!(!text.contains('<'), "{text}");
    assert!(text.contains("by &lt;!channel&gt;"), "{text}");
    assert!(
        text.contains("&lt;https://evil.example|bank.example&gt; &amp; &lt;@U024BE7LH&gt;"),
        "{text}"
    );
    // The fields are data, as written.
    assert_eq!(json["author_name"], "<!channel>");
    assert!(
        json["content_text"]
            .as_str()
            .is_some_and(|t| t.contains("<https://evil.example|bank.example>")),
        "{json}"
    );
}

/// `notify.chat_webhooks` (issue 28, part 7): a held comment reaches a
/// chat's incoming webhook as a message Slack, Mattermost and Matrix all
/// read, with signed approve and spam links that work (a confirmation page
/// first).
#[tokio::test]
async fn chat_webhooks_carry_held_comments_with_working_links() {
    let (addr, got) = receiver("/hooks/abc").await;
    let (app, article) = site(None).await;
    app.set("notify.chat_webhooks", &format!("http://{addr}/hooks/abc"))
        .await;
    comment(
        &app,
        article,
        "Zoe & Co",
        "zoe@example.org",
        "Is 2 < 3 & true?",
        false,
    )
    .await;
    let start = Instant::now();
    while got.lock().expect("lock").is_empty() {
        assert!(start.elapsed() < DEADLINE, "no chat message");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let body = got.lock().expect("lock")[0].clone();
    assert!(!body.contains("zoe@example.org"), "{body}");
    let msg: serde_json::Value = serde_json::from_str(&body).expect("JSON");
    let text = msg["text"].as_str().unwrap();
    assert!(text.contains("waits for a moderator"), "{text}");
    assert!(
        text.contains("Zoe &amp; Co"),
        "escaped as Slack asks: {text}"
    );
    assert!(text.contains("\n>Is 2 &lt; 3 &amp; true?"), "{text}");
    let html = msg["html"].as_str().unwrap();
    assert!(
        html.contains("<blockquote>Is 2 &lt; 3 &amp; true?</blockquote>"),
        "{html}"
    );
    // The approve link: a page first, then the click approves.
    let approve = text
        .split('<')
        .find_map(|part| part.strip_suffix("|Approve> · "))
        .expect("an approve link")
        .to_string();
    let page = visitor().get(&approve).send().await.unwrap();
    assert_eq!(page.status(), reqwest::StatusCode::OK);
    let id = msg_comment_id(text);
    let c = app
        .store
        .comment(masthead_core::ids::CommentId(id))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        c.status,
        masthead_core::comment::CommentStatus::Pending,
        "a GET changes nothing"
    );
    let done = visitor().post(&approve).send().await.unwrap();
    assert!(done.status().is_success(), "{}", done.status());
    let c = app
        .store
        .comment(masthead_core::ids::CommentId(id))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(c.status, masthead_core::comment::CommentStatus::Approved);
}

/// "Comment 12 on …": the id a chat message names.
fn msg_comment_id(text: &str) -> i64 {
    text.split_whitespace()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .expect("the comment's id")
}

/// A webhook receiver on loopback that answers 200 to POSTs at `path` and
/// keeps each body.
pub(crate) async fn receiver(
    path: &'static str,
) -> (
    std::net::SocketAddr,
    std::sync::Arc<std::sync::Mutex<Vec<String>>>,
) {
    let got: std::sync::Arc<std::sync::Mutex<Vec<String>>> = Default::default();
    let seen = got.clone();
    let hook = axum::Router::new().route(
        path,
        axum::routing::post(move |body: String| {
            let seen = seen.clone();
            async move {
                seen.lock().expect("lock").push(body);
                axum::http::StatusCode::OK
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move { axum::serve(listener, hook).await });
    (addr, got)
}

/// A comment readers' reports send back to the queue reaches the chat too,
/// saying it was reported.
#[tokio::test]
async fn a_comment_held_by_readers_reports_reaches_the_chat() {
    let app = TestApp::behind_proxy().await;
    let article = app.add_article(crate::helpers::ARTICLE).await;
    app.set("site.url", &app.base).await;
    app.set("comments.report_threshold", "1").await;
    let (addr, got) = receiver("/chat").await;
    app.set("notify.chat_webhooks", &format!("http://{addr}/chat"))
        .await;
    start_worker(&app, config(None)).await;
    // Held as a first comment, told to the chat, then approved…
    let loud = app
        .comment_as(
            &visitor(),
            article,
            "Loud Reader",
            "loud@example.com",
            "Something rude.",
            None,
        )
        .await;
    let start = Instant::now();
    while !got
        .lock()
        .expect("lock")
        .iter()
        .any(|b| b.contains(&format!("Comment {loud} ")))
    {
        assert!(
            start.elapsed() < DEADLINE,
            "no chat message for the held comment"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    app.approve(loud).await;
    // …and held again by readers' reports: the chat hears of it again.
    for ip in ["203.0.113.7", "198.51.100.7"] {
        let r = visitor()
            .post(format!("{}/comments/{loud}/report", app.base))
            .header("x-forwarded-for", ip)
            .form(&[("reason", "abusive")])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::OK, "{ip}");
    }
    assert_eq!(status(&app, loud).await, CommentStatus::Pending);
    let start = Instant::now();
    loop {
        let said: Vec<String> = got.lock().expect("lock").clone();
        if let Some(body) = said
            .iter()
            .find(|b| b.contains(&format!("Comment {loud} ")) && b.contains("reported"))
        {
            let msg: serde_json::Value = serde_json::from_str(body).expect("JSON");
            let text = msg["text"].as_str().unwrap_or_default();
            assert!(text.contains("reported by 2 readers"), "{text}");
            break;
        }
        assert!(
            start.elapsed() < DEADLINE,
            "no chat message for the reported comment"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
