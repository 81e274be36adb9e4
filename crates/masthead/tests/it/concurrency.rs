//! Many masthead processes on one database at the same moment: a server and
//! a cron job starting together, several commands run at once, an upgrade
//! that finds its database already being upgraded. Every process must
//! succeed, each migration must run exactly once, and no command may fail
//! with "database is locked".
use crate::helpers::{TestApp, TestDb, stderr, visitor};
use std::path::Path;
use std::process::Output;

const PROCESSES: usize = 40;

fn spawn_cli(db_url: &str, args: &[String]) -> tokio::process::Child {
    tokio::process::Command::new(env!("CARGO_BIN_EXE_masthead"))
        .args(args)
        .env("MASTHEAD_DATABASE_URL", db_url)
        .env_remove("RUST_BACKTRACE")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .expect("start masthead")
}

/// Starts every command before waiting for any, so they open the database
/// together; returns each command with what it printed.
async fn run_all(db_url: &str, commands: &[Vec<String>]) -> Vec<(String, Output)> {
    let children: Vec<_> = commands.iter().map(|c| spawn_cli(db_url, c)).collect();
    let mut outputs = Vec::new();
    for (child, command) in children.into_iter().zip(commands) {
        let out = child.wait_with_output().await.expect("wait for masthead");
        outputs.push((command.join(" "), out));
    }
    outputs
}

fn assert_all_succeeded(outputs: &[(String, Output)]) {
    let failed: Vec<String> = outputs
        .iter()
        .filter(|(_, o)| !o.status.success())
        .map(|(c, o)| format!("`masthead {c}`: {}", stderr(o).trim()))
        .collect();
    assert!(
        failed.is_empty(),
        "{} of {} processes failed:\n{}",
        failed.len(),
        outputs.len(),
        failed.join("\n")
    );
}

fn args(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

/// What a process opening a database may run: a write, the explicit
/// migration, and reads.
fn opening_commands() -> Vec<Vec<String>> {
    (0..PROCESSES)
        .map(|i| match i % 4 {
            0 => args(&["settings", "set", "site.title", &format!("Title {i}")]),
            1 => args(&["migrate"]),
            2 => args(&["comments", "list"]),
            _ => args(&["settings", "get", "site.title"]),
        })
        .collect()
}

/// The schema as the database describes it, and the migrations it records
/// (without the times they took), for comparing two databases.
async fn schema_of(db: &TestDb) -> (Vec<String>, Vec<String>) {
    let pool = db.pool().await;
    let objects: Vec<(String,)> = if db.is_postgres() {
        sqlx::query_as(
            "SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' \
                 || is_nullable || ' ' || COALESCE(column_default, '') \
             FROM information_schema.columns WHERE table_schema = current_schema() \
             UNION ALL SELECT 'index ' || indexdef FROM pg_indexes \
               WHERE schemaname = current_schema() \
             UNION ALL SELECT 'trigger ' || event_object_table || ' ' || trigger_name || ' ' \
                 || event_manipulation || ' ' || action_statement \
               FROM information_schema.triggers WHERE trigger_schema = current_schema() \
             UNION ALL SELECT 'constraint ' || conname || ' ' || pg_get_constraintdef(c.oid) \
               FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace \
               WHERE n.nspname = current_schema() \
             ORDER BY 1",
        )
        .fetch_all(&pool)
        .await
        .expect("PostgreSQL schema")
    } else {
        sqlx::query_as(
            "SELECT type || ' ' || name || ' ' || tbl_name || ' ' || COALESCE(sql, '') \
             FROM sqlite_master ORDER BY 1",
        )
        .fetch_all(&pool)
        .await
        .expect("SQLite schema")
    };
    let migrations: Vec<(i64, String, i64, Vec<u8>)> = sqlx::query_as(
        "SELECT version, description, CAST(success AS INTEGER), checksum \
         FROM _sqlx_migrations ORDER BY version",
    )
    .fetch_all(&pool)
    .await
    .expect("_sqlx_migrations");
    pool.close().await;
    (
        objects.into_iter().map(|(o,)| o).collect(),
        migrations
            .into_iter()
            .map(|(v, d, s, c)| format!("{v} {d} success={s} checksum={c:02x?}"))
            .collect(),
    )
}

/// The schema one process makes on a new database.
async fn reference_schema(dir: &Path) -> (Vec<String>, Vec<String>) {
    let db = TestDb::new(dir, "reference.db").await;
    let one = run_all(&db.url, &[args(&["migrate"])]).await;
    assert_all_succeeded(&one);
    schema_of(&db).await
}

fn assert_same_schema(got: &(Vec<String>, Vec<String>), want: &(Vec<String>, Vec<String>)) {
    assert_eq!(got.1, want.1, "_sqlx_migrations differs from one process's");
    assert_eq!(got.0, want.0, "schema differs from one process's");
}

#[tokio::test]
async fn forty_processes_opening_a_new_database_at_once_all_succeed() {
    let dir = tempfile::tempdir().unwrap();
    let want = reference_schema(dir.path()).await;
    for round in 0..3 {
        // A file that does not exist yet (SQLite), or an empty database.
        let db = TestDb::new(dir.path(), &format!("new-{round}.db")).await;
        let outputs = run_all(&db.url, &opening_commands()).await;
        assert_all_succeeded(&outputs);
        assert_same_schema(&schema_of(&db).await, &want);
        let title = run_all(&db.url, &[args(&["settings", "get", "site.title"])]).await;
        assert_all_succeeded(&title);
        assert!(
            String::from_utf8_lossy(&title[0].1.stdout).starts_with("Title "),
            "one of the writes is the title: {:?}",
            title[0].1
        );
    }
}

/// A database left by an older masthead: the first `applied` migrations of
/// this one, applied by sqlx's own migrator from a folder holding only them.
async fn older_database(dir: &Path, name: &str, applied: usize) -> TestDb {
    let db = TestDb::new(dir, name).await;
    let backend = if db.is_postgres() {
        "postgres"
    } else {
        "sqlite"
    };
    let source = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../masthead-store/migrations")
        .join(backend);
    let mut files: Vec<_> = std::fs::read_dir(&source)
        .expect("migrations folder")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    assert!(files.len() > applied, "fewer migrations than {applied}");
    let older = dir.join(format!("{name}-migrations"));
    std::fs::create_dir_all(&older).unwrap();
    for f in &files[..applied] {
        std::fs::copy(f, older.join(f.file_name().unwrap())).unwrap();
    }
    let migrator = sqlx::migrate::Migrator::new(older.as_path())
        .await
        .expect("older migrations");
    let pool = db.pool().await;
    migrator.run(&pool).await.expect("older schema");
    pool.close().await;
    db
}

#[tokio::test]
async fn forty_processes_upgrading_an_older_database_at_once_all_succeed() {
    let dir = tempfile::tempdir().unwrap();
    let want = reference_schema(dir.path()).await;
    for applied in [1, 5, 9] {
        let db = older_database(dir.path(), &format!("older-{applied}.db"), applied).await;
        let before = schema_of(&db).await;
        assert_eq!(before.1.len(), applied, "the older database is older");
        let outputs = run_all(&db.url, &opening_commands()).await;
        assert_all_succeeded(&outputs);
        assert_same_schema(&schema_of(&db).await, &want);
    }
}

/// `n` first comments from new readers (so all held), one after another.
async fn post_held(app: &TestApp, article: i64, name: &str, n: usize) -> Vec<i64> {
    let mut ids = Vec::new();
    for i in 0..n {
        let id = app
            .comment_as(
                &visitor(),
                article,
                &format!("{name} {i}"),
                &format!("{}{i}@example.com", name.to_lowercase()),
                &format!("Held comment {i} from {name}."),
                None,
            )
            .await;
        ids.push(id);
    }
    ids
}

#[tokio::test]
async fn the_server_takes_comments_while_forty_commands_change_the_site() {
    let (app, article) = TestApp::with_article().await;
    // Comments waiting for moderation: some will be approved, some trashed,
    // some marked as spam, all by separate processes at once.
    let pending = post_held(&app, article, "Waiting", 32).await;
    let (approve, rest) = pending.split_at(16);
    let (trash, spam) = rest.split_at(12);
    let backups = tempfile::tempdir().unwrap();
    let backup = backups.path().join("during.backup");

    let mut commands: Vec<Vec<String>> = Vec::new();
    commands.extend(
        approve
            .iter()
            .map(|id| args(&["comments", "approve", &id.to_string()])),
    );
    commands.extend(
        trash
            .iter()
            .map(|id| args(&["comments", "trash", &id.to_string()])),
    );
    commands.extend(
        spam.iter()
            .map(|id| args(&["comments", "spam", &id.to_string()])),
    );
    commands.push(args(&["settings", "set", "site.title", "Title under load"]));
    commands.push(args(&[
        "settings",
        "set",
        "site.description",
        "Described under load",
    ]));
    commands.push(args(&["settings", "set", "comments.max_links", "3"]));
    commands.push(args(&["backup", backup.to_str().unwrap()]));
    while commands.len() < PROCESSES {
        commands.push(args(&["comments", "list", "--status", "pending"]));
    }
    assert_eq!(commands.len(), PROCESSES);

    // Readers post while the commands run.
    let posting = post_held(&app, article, "Live", 20);
    let (outputs, posted) = tokio::join!(run_all(&app.db_url, &commands), posting);
    assert_all_succeeded(&outputs);
    app.caught_up().await;

    let page = app.get_as(&visitor(), "/articles/test-story").await;
    for id in approve {
        assert!(
            page.has(&format!("#comment-{id}")),
            "approved comment {id} not on the page"
        );
    }
    // Held comments are not shown either: the statuses prove each command.
    for (ids, want) in [(approve, "approved"), (trash, "trash"), (spam, "spam")] {
        for id in ids {
            let c = app
                .store
                .comment(masthead_core::ids::CommentId(*id))
                .await
                .expect("read")
                .expect("comment kept");
            assert_eq!(c.status.to_string(), want, "comment {id}");
            assert_eq!(page.has(&format!("#comment-{id}")), want == "approved");
        }
    }
    assert!(page.body.contains("Title under load"), "title not changed");
    assert!(
        page.body.contains("Described under load"),
        "description not changed"
    );
    let settings = app.store.settings().await.expect("settings");
    assert!(
        settings
            .iter()
            .any(|(k, v)| k == "comments.max_links" && v == "3"),
        "{settings:?}"
    );
    for id in &posted {
        let c = app
            .store
            .comment(masthead_core::ids::CommentId(*id))
            .await
            .expect("read")
            .expect("posted comment stored");
        assert_eq!(c.status.to_string(), "pending");
    }
    // The backup taken in the middle is a whole site.
    let snapshot = masthead_store::SqliteStore::open(&format!("sqlite://{}", backup.display()))
        .await
        .expect("open the backup");
    let (articles, comments): (i64, i64) =
        sqlx::query_as("SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM comments)")
            .fetch_one(snapshot.pool())
            .await
            .expect("count");
    assert_eq!(articles, 1);
    assert!(comments >= pending.len() as i64, "{comments} comments");
}
