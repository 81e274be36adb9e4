//! The database a test runs on: a SQLite file in the test's folder, or, with
//! `MASTHEAD_TEST_BACKEND=postgres`, a fresh database on the PostgreSQL server
//! at `MASTHEAD_TEST_DATABASE_URL`, dropped when the test ends.
use sqlx::{Connection, Executor, PgConnection};
use std::path::Path;
use std::sync::atomic::{AtomicU32, Ordering};

pub struct TestDb {
    pub url: String,
    /// Set on PostgreSQL: the server's URL and the database to drop.
    pg: Option<(String, String)>,
}

/// True when this run of the suite is the PostgreSQL one.
pub fn on_postgres() -> bool {
    match std::env::var("MASTHEAD_TEST_BACKEND").as_deref() {
        Ok("postgres") => true,
        Ok("sqlite") | Ok("") | Err(_) => false,
        Ok(other) => panic!("MASTHEAD_TEST_BACKEND={other}: expected sqlite or postgres"),
    }
}

/// The PostgreSQL server for tests, if one is configured. Under CI=true its
/// absence is a failure, not a skip.
pub fn postgres_server() -> Option<String> {
    match std::env::var("MASTHEAD_TEST_DATABASE_URL") {
        Ok(url) if !url.is_empty() => Some(url),
        _ if std::env::var("CI").is_ok_and(|v| v == "true") || on_postgres() => {
            panic!(
                "MASTHEAD_TEST_DATABASE_URL is not set (needed with CI=true or MASTHEAD_TEST_BACKEND=postgres)"
            )
        }
        _ => None,
    }
}

impl TestDb {
    /// A new, empty database for this test (`name` names the SQLite file).
    pub async fn new(dir: &Path, name: &str) -> Self {
        if on_postgres() {
            let server = postgres_server().expect("server");
            Self::postgres(&server).await
        } else {
            Self::sqlite(dir, name)
        }
    }

    pub fn sqlite(dir: &Path, name: &str) -> Self {
        TestDb {
            url: format!("sqlite://{}?mode=rwc", dir.join(name).display()),
            pg: None,
        }
    }

    /// A fresh database on `server`, whatever backend this run is on.
    pub async fn postgres(server: &str) -> Self {
        static NEXT: AtomicU32 = AtomicU32::new(0);
        let name = format!(
            "masthead_test_{}_{}_{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.subsec_nanos())
                .unwrap_or_default()
        );
        let mut admin = PgConnection::connect(server)
            .await
            .expect("connect to the test PostgreSQL server");
        admin
            .execute(format!("CREATE DATABASE {name}").as_str())
            .await
            .expect("create test database");
        let _ = admin.close().await;
        TestDb {
            url: with_database(server, &name),
            pg: Some((server.to_string(), name)),
        }
    }

    pub fn is_postgres(&self) -> bool {
        self.pg.is_some()
    }

    /// A plain connection for checks the store has no method for.
    pub async fn pool(&self) -> sqlx::AnyPool {
        sqlx::any::install_default_drivers();
        sqlx::AnyPool::connect(&self.url).await.expect("connect")
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let Some((server, name)) = self.pg.take() else {
            return;
        };
        // Drop runs inside the test's runtime; a thread of its own may block.
        let done = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime");
            rt.block_on(async {
                if let Ok(mut admin) = PgConnection::connect(&server).await {
                    let _ = admin
                        .execute(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)").as_str())
                        .await;
                    let _ = admin.close().await;
                }
            });
        });
        let _ = done.join();
    }
}

/// `postgres://…/db?…` with the database name replaced.
pub fn with_database(url: &str, name: &str) -> String {
    let (base, query) = url
        .split_once('?')
        .map_or((url, None), |(b, q)| (b, Some(q)));
    // The path starts at the first '/' after the scheme's "//" (none: no path).
    let authority = base.find("://").map_or(0, |i| i + 3);
    let cut = base[authority..]
        .find('/')
        .map_or(base.len(), |i| authority + i);
    let mut out = format!("{}/{name}", &base[..cut]);
    if let Some(q) = query {
        out.push('?');
        out.push_str(q);
    }
    out
}
