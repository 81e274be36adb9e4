use masthead::article_file;
use masthead_core::comment::FormTokens;
use masthead_core::ids::ArticleId;
use masthead_core::service::add_article;
use masthead_core::store::Store;
use masthead_core::user::{Role, hash_password};
use masthead_web::{RateLimitConfig, WebConfig};
use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use scraper::{Html, Selector};
use std::process::Output;
use std::sync::Arc;
use tempfile::TempDir;

pub use crate::db::TestDb;
use tokio::sync::oneshot;

pub struct TestApp {
    pub base: String,
    pub db_url: String,
    pub store: Arc<dyn Store>,
    /// A visitor with a cookie jar; use `visitor()` for another one.
    pub client: reqwest::Client,
    secret: Vec<u8>,
    _stop: oneshot::Sender<()>,
    /// Last, so the database outlives everything that uses it.
    pub db: TestDb,
    _dir: TempDir,
}

pub struct Page {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Page {
    pub fn html(&self) -> Html {
        Html::parse_document(&self.body)
    }

    /// Text of the first element matching `css`, or panics with the page.
    pub fn text(&self, css: &str) -> String {
        let doc = self.html();
        let sel = Selector::parse(css).expect("valid selector");
        doc.select(&sel)
            .next()
            .map(|e| e.text().collect::<String>())
            .unwrap_or_else(|| panic!("no element {css} in page:\n{}", self.body))
    }

    pub fn has(&self, css: &str) -> bool {
        let sel = Selector::parse(css).expect("valid selector");
        self.html().select(&sel).next().is_some()
    }

    pub fn attr(&self, css: &str, attr: &str) -> Option<String> {
        let sel = Selector::parse(css).expect("valid selector");
        self.html()
            .select(&sel)
            .next()
            .and_then(|e| e.value().attr(attr).map(str::to_string))
    }

    /// `attr` of every element matching `css`, in document order.
    pub fn attrs(&self, css: &str, attr: &str) -> Vec<String> {
        let sel = Selector::parse(css).expect("valid selector");
        self.html()
            .select(&sel)
            .filter_map(|e| e.value().attr(attr).map(str::to_string))
            .collect()
    }

    pub fn location(&self) -> String {
        self.headers
            .get("location")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string()
    }
}

/// Every test's HTTP client starts here: reqwest is built without a TLS
/// crypto provider of its own (masthead's outbound client brings ring), so
/// one is installed first; `reqwest::Client::new()` alone would panic.
pub fn http() -> reqwest::ClientBuilder {
    masthead_outbound::install_default_provider();
    reqwest::Client::builder()
}

pub fn visitor() -> reqwest::Client {
    http()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .build()
        .expect("client")
}

pub const ARTICLE: &str = "+++\ntitle = \"A test story\"\nslug = \"test-story\"\nstandfirst = \"What happened.\"\nbyline = \"Staff\"\npublished = 2024-05-01T10:00:00Z\n+++\n\nFirst paragraph.\n\nSecond paragraph.\n";

impl TestApp {
    /// A server for tests of everything but the anti-spam timing rules and rate
    /// limits, which are switched off here (tests post many comments at once
    /// from one address) and tested on their own in `spam.rs`.
    pub async fn spawn() -> Self {
        Self::spawn_unlimited(Vec::new()).await
    }

    /// `spawn()` behind a "proxy" on 127.0.0.1: a request's
    /// `X-Forwarded-For` is its address, so a test speaks from many networks.
    pub async fn behind_proxy() -> Self {
        Self::spawn_unlimited(vec!["127.0.0.1/32".parse().expect("net")]).await
    }

    async fn spawn_unlimited(trusted_proxies: Vec<ipnet::IpNet>) -> Self {
        let config = WebConfig {
            rate_limits: RateLimitConfig::OFF,
            trusted_proxies,
            ..WebConfig::default()
        };
        let app = Self::spawn_with(config).await;
        app.set("comments.flood_seconds", "0").await;
        app.set("comments.min_fill_seconds", "0").await;
        app
    }

    pub async fn set(&self, key: &str, value: &str) {
        self.store.put_setting(key, value).await.expect("setting");
    }

    /// The site's secret (for what tests must sign or hash as masthead does).
    pub fn secret(&self) -> &[u8] {
        &self.secret
    }

    /// A valid form token for `article`, as the article page would issue it.
    pub fn token(&self, article: &str) -> String {
        let id = article.parse().unwrap_or(0);
        FormTokens::new(&self.secret).issue(ArticleId(id), chrono::Utc::now())
    }

    /// A token issued `seconds_ago` seconds in the past.
    pub fn token_issued_ago(&self, article: i64, seconds_ago: i64) -> String {
        FormTokens::new(&self.secret).issue(
            ArticleId(article),
            chrono::Utc::now() - chrono::Duration::seconds(seconds_ago),
        )
    }

    pub async fn spawn_with(config: WebConfig) -> Self {
        Self::spawn_with_timeouts(config, masthead::server::HEADER_TIMEOUT).await
    }

    pub async fn spawn_with_timeouts(
        config: WebConfig,
        header_timeout: std::time::Duration,
    ) -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = TestDb::new(dir.path(), "test.db").await;
        Self::spawn_on(db, dir, config, header_timeout).await
    }

    /// A server on an existing database (`dir` is kept alive with it).
    pub async fn spawn_on(
        db: TestDb,
        dir: TempDir,
        config: WebConfig,
        header_timeout: std::time::Duration,
    ) -> Self {
        let db_url = db.url.clone();
        let store = masthead_store::connect(&db_url).await.expect("open store");
        let state = masthead::server::app_state(store.clone(), config)
            .await
            .expect("state");
        let secret = state.secret().to_vec();
        let (listener, addr) = masthead::server::bind("127.0.0.1:0".parse().expect("addr"))
            .await
            .expect("bind");
        let (stop, stopped) = oneshot::channel::<()>();
        tokio::spawn(masthead::server::serve(
            listener,
            state,
            header_timeout,
            async {
                let _ = stopped.await;
            },
        ));
        TestApp {
            base: format!("http://{addr}"),
            db_url,
            store,
            client: visitor(),
            secret,
            _stop: stop,
            db,
            _dir: dir,
        }
    }

    /// A server with one open article, `/articles/test-story`.
    pub async fn with_article() -> (Self, i64) {
        let app = Self::spawn().await;
        let id = app.add_article(ARTICLE).await;
        (app, id)
    }

    pub async fn add_article(&self, text: &str) -> i64 {
        let parsed = article_file::parse(text, std::path::Path::new(".")).expect("article file");
        for p in &parsed.photo_files {
            self.store.put_media(p).await.expect("media");
        }
        add_article(self.store.as_ref(), &parsed.article)
            .await
            .expect("insert")
            .0
    }

    pub async fn get(&self, path: &str) -> Page {
        self.get_as(&self.client, path).await
    }

    pub async fn get_as(&self, client: &reqwest::Client, path: &str) -> Page {
        let r = client
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .expect("GET");
        Page {
            status: r.status(),
            headers: r.headers().clone(),
            body: r.text().await.expect("body"),
        }
    }

    /// Posts the comment form as `client`, adding a valid form token (as the
    /// article page would) unless the fields carry one.
    pub async fn post_form_as(&self, client: &reqwest::Client, fields: &[(&str, &str)]) -> Page {
        let mut fields: Vec<(&str, String)> =
            fields.iter().map(|(k, v)| (*k, v.to_string())).collect();
        if !fields.iter().any(|(k, _)| *k == "mh_token") {
            let article = fields
                .iter()
                .find(|(k, _)| *k == "comment_post_ID")
                .map(|(_, v)| v.clone());
            fields.push(("mh_token", self.token(&article.unwrap_or_default())));
        }
        let r = client
            .post(format!("{}/comments", self.base))
            .form(&fields)
            .send()
            .await
            .expect("POST");
        Page {
            status: r.status(),
            headers: r.headers().clone(),
            body: r.text().await.expect("body"),
        }
    }

    pub async fn post_form(&self, fields: &[(&str, &str)]) -> Page {
        self.post_form_as(&self.client, fields).await
    }

    /// Posts a valid comment on `article` and returns the new comment id.
    pub async fn comment_as(
        &self,
        client: &reqwest::Client,
        article: i64,
        author: &str,
        email: &str,
        text: &str,
        parent: Option<i64>,
    ) -> i64 {
        let article = article.to_string();
        let parent = parent.unwrap_or(0).to_string();
        let page = self
            .post_form_as(
                client,
                &[
                    ("comment_post_ID", &article),
                    ("comment_parent", &parent),
                    ("author", author),
                    ("email", email),
                    ("url", ""),
                    ("comment", text),
                ],
            )
            .await;
        assert_eq!(
            page.status,
            StatusCode::SEE_OTHER,
            "comment refused:\n{}",
            page.body
        );
        comment_id_from(&page.location())
    }

    /// Posts a comment and approves it directly in the store.
    pub async fn approved_comment(
        &self,
        article: i64,
        author: &str,
        text: &str,
        parent: Option<i64>,
    ) -> i64 {
        let email = format!("{}@example.com", author.to_lowercase().replace(' ', "."));
        let id = self
            .comment_as(&visitor(), article, author, &email, text, parent)
            .await;
        self.approve(id).await;
        id
    }

    pub async fn approve(&self, id: i64) {
        let actor = masthead_core::comment::Actor {
            user_id: None,
            name: "test".into(),
            via: masthead_core::comment::Via::Cli,
            sections: Vec::new(),
        };
        masthead_core::service::moderate(
            self.store.as_ref(),
            &[masthead_core::ids::CommentId(id)],
            masthead_core::comment::ModerationAction::Approve,
            &actor,
            chrono::Utc::now(),
        )
        .await
        .expect("approve");
    }

    /// Runs the real `masthead` binary against this app's database.
    /// Runs the real binary on this app's database. Async, so the server
    /// (and on PostgreSQL its NOTIFY listener) keeps running meanwhile on the
    /// test's single-threaded runtime, as it would beside a real shell.
    pub async fn cli(&self, args: &[&str]) -> Output {
        let out = tokio::process::Command::new(env!("CARGO_BIN_EXE_masthead"))
            .args(args)
            .env("MASTHEAD_DATABASE_URL", &self.db_url)
            .env_remove("RUST_BACKTRACE")
            .output()
            .await
            .expect("run masthead");
        self.caught_up().await;
        out
    }

    /// On PostgreSQL a change made by another process reaches this server by
    /// NOTIFY, milliseconds later, not before the other process exits: wait
    /// (at most 10 s, a bound for loaded machines) until the server knows the database's generation, so
    /// the test's next request sees what a person's next click would. On
    /// SQLite there is nothing to wait for.
    pub async fn caught_up(&self) {
        if !self.db.is_postgres() {
            return;
        }
        let pool = self.db.pool().await;
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        loop {
            let stored: i64 = sqlx::query_scalar("SELECT generation FROM site_state WHERE id = 1")
                .fetch_one(&pool)
                .await
                .expect("generation");
            // The store numbers generations `epoch << 40 | generation`.
            let known = self.store.generation().await.expect("generation") & ((1 << 40) - 1);
            if known >= stored {
                break;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "the server did not learn of generation {stored} within 10 s"
            );
            tokio::time::sleep(std::time::Duration::from_millis(1)).await;
        }
        pool.close().await;
    }
}

pub fn run_cli(db_url: &str, args: &[&str]) -> Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_masthead"))
        .args(args)
        .env("MASTHEAD_DATABASE_URL", db_url)
        .env_remove("RUST_BACKTRACE")
        .output()
        .expect("run masthead")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn comment_id_from(location: &str) -> i64 {
    location
        .rsplit_once("#comment-")
        .and_then(|(_, id)| id.parse().ok())
        .unwrap_or_else(|| panic!("no #comment-ID in {location:?}"))
}

pub use masthead_testkit::{POSTGRES_SETUP, corpus_dir, skipped};

// Staff accounts and signed-in clients, for the admin and editor tests.

pub const PASSWORD: &str = "correct horse battery";

pub async fn add_user(app: &TestApp, name: &str, role: Role) {
    app.store
        .insert_user(name, role, &hash_password(PASSWORD).unwrap())
        .await
        .unwrap();
}

pub async fn sign_in(app: &TestApp, client: &reqwest::Client, name: &str, password: &str) -> Page {
    let form = app.get_as(client, "/admin/login").await;
    let token = form.attr("input[name=_token]", "value").unwrap();
    let r = client
        .post(format!("{}/admin/login", app.base))
        .form(&[
            ("name", name),
            ("password", password),
            ("_token", &token),
            ("next", "/admin/comments"),
        ])
        .send()
        .await
        .unwrap();
    Page {
        status: r.status(),
        headers: r.headers().clone(),
        body: r.text().await.unwrap(),
    }
}

pub async fn post_as(
    app: &TestApp,
    client: &reqwest::Client,
    path: &str,
    fields: &[(&str, &str)],
) -> Page {
    let r = client
        .post(format!("{}{path}", app.base))
        .form(fields)
        .send()
        .await
        .unwrap();
    Page {
        status: r.status(),
        headers: r.headers().clone(),
        body: r.text().await.unwrap(),
    }
}

/// A new application password for `name`, made by the real CLI.
pub async fn app_password(app: &TestApp, name: &str) -> String {
    let out = app
        .cli(&["user", "app-password", name, "--label", "tests"])
        .await;
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("not shown again"));
    let password = stdout(&out).trim().to_string();
    assert_eq!(password.len(), 29, "{password}");
    password
}

/// One REST call, with HTTP Basic auth as `(user, password)` and a JSON body.
pub async fn call(
    app: &TestApp,
    method: reqwest::Method,
    path: &str,
    auth: Option<(&str, &str)>,
    body: Option<serde_json::Value>,
) -> (
    reqwest::StatusCode,
    reqwest::header::HeaderMap,
    serde_json::Value,
) {
    let mut r = visitor().request(method, format!("{}{path}", app.base));
    if let Some((user, password)) = auth {
        r = r.basic_auth(user, Some(password));
    }
    if let Some(b) = body {
        r = r.json(&b);
    }
    let resp = r.send().await.unwrap();
    let status = resp.status();
    let headers = resp.headers().clone();
    let text = resp.text().await.unwrap();
    (
        status,
        headers,
        serde_json::from_str(&text).unwrap_or(serde_json::Value::Null),
    )
}

/// The value of an unlabelled metric in a Prometheus exposition.
pub fn metric(text: &str, name: &str) -> f64 {
    text.lines()
        .find_map(|l| l.strip_prefix(name)?.strip_prefix(' '))
        .and_then(|v| v.trim().parse::<f64>().ok())
        .unwrap_or_else(|| panic!("no {name} in:\n{text}"))
}

/// A Python tool's virtualenv (`scripts/setup.sh PART`): its `bin/python`
/// when `import` works in it, from `$ENV_VAR` or `~/.cache/DIR`. Missing,
/// the test skips with a notice, and fails under `CI=true`.
pub fn venv_python(
    env_var: &str,
    dir: &str,
    import: &str,
    what: &str,
    part: &str,
) -> Option<std::path::PathBuf> {
    use std::path::PathBuf;
    let base = std::env::var_os(env_var)
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache").join(dir)))?;
    let py = base.join("bin/python");
    let ok = std::process::Command::new(&py)
        .args(["-c", &format!("import {import}")])
        .output()
        .is_ok_and(|o| o.status.success());
    if ok {
        return Some(py);
    }
    let setup = format!("scripts/setup.sh {part}");
    assert!(
        !masthead_testkit::under_ci(),
        "{import} is missing and CI=true ({setup})"
    );
    masthead_testkit::skipped(what, &setup);
    None
}

/// What a person reads of a page: its text and the attributes a browser
/// shows or speaks (placeholder, aria-label, title, alt, button values),
/// without scripts, styles and `<code>` (the HTML tag list under the form).
pub fn visible_text(html: &str) -> String {
    let doc = Html::parse_document(html);
    let mut out = String::new();
    for node in doc.root_element().descendants() {
        if let Some(text) = node.value().as_text() {
            let hidden = node.ancestors().any(|a| {
                a.value()
                    .as_element()
                    .is_some_and(|e| matches!(e.name(), "script" | "style" | "code" | "template"))
            });
            if !hidden {
                out.push_str(text);
                out.push('\n');
            }
        } else if let Some(e) = node.value().as_element() {
            for name in ["placeholder", "aria-label", "title", "alt"] {
                if let Some(v) = e.attr(name) {
                    out.push_str(v);
                    out.push('\n');
                }
            }
            let button = e.name() == "input"
                && matches!(e.attr("type"), Some("submit" | "button" | "reset"));
            if button && let Some(v) = e.attr("value") {
                out.push_str(v);
                out.push('\n');
            }
        }
    }
    out
}

/// Fails when English from the catalogue is left on a page in `lang`;
/// `allowed` holds what may stay (proper nouns, the content's own words).
#[allow(dead_code)] // used by each area's language tests
pub fn assert_no_english(
    what: &str,
    html: &str,
    lang: masthead_core::i18n::Lang,
    allowed: &[&str],
) {
    let text = visible_text(html);
    let left = masthead_testkit::english_leftovers(&text, lang, allowed);
    assert!(
        left.is_empty(),
        "{what} in {lang} still shows English: {left:?}\n--- text ---\n{text}"
    );
}

/// The rules' reasons of a held comment, without the spam filter's score
/// (advise mode, the default, adds it; `spam_filter.rs` tests it).
pub fn rules_reasons(reasons: &str) -> String {
    // The filter's reason comes last, and its own clues hold "; ".
    match reasons.find("spam filter:") {
        Some(at) => reasons[..at].trim_end_matches("; ").to_string(),
        None => reasons.to_string(),
    }
}

/// Runs a Python script of `tests/fixtures/` with these arguments and reads
/// the JSON it prints; `None` with a notice (a failure under `CI=true`)
/// where `import` does not work in `python3` (`scripts/setup.sh PART`).
pub fn python_json(
    import: &str,
    part: &str,
    what: &str,
    script: &str,
    args: &[String],
) -> Option<serde_json::Value> {
    let ok = std::process::Command::new("python3")
        .args(["-c", &format!("import {import}")])
        .output()
        .is_ok_and(|o| o.status.success());
    let setup = format!("scripts/setup.sh {part}");
    if !ok {
        assert!(
            !masthead_testkit::under_ci(),
            "{import} is missing and CI=true ({setup})"
        );
        masthead_testkit::skipped(what, &setup);
        return None;
    }
    let path = format!("{}/tests/fixtures/{script}", env!("CARGO_MANIFEST_DIR"));
    let out = std::process::Command::new("python3")
        .arg(path)
        .args(args)
        .output()
        .expect("python3");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(serde_json::from_slice(&out.stdout).expect("JSON"))
}
