//! Staff accounts from the command line: argon2id hashes, passwords from
//! standard input (never argv), clear refusals.
use crate::helpers::{TestApp, stderr, stdout};
use masthead_core::user::verify_password;
use std::io::Write;
use std::process::{Command, Output, Stdio};

pub(crate) fn cli_with_input(db: &str, args: &[&str], input: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_masthead"))
        .args(args)
        .env("MASTHEAD_DATABASE_URL", db)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // A command refused before it reads the password may close stdin first:
    // a broken pipe here is part of what is being tested, not a failure.
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(input.as_bytes());
    }
    child.wait_with_output().unwrap()
}

#[tokio::test]
async fn users_are_added_with_argon2id_hashes_and_passwords_changed() {
    let app = TestApp::spawn().await;
    let out = cli_with_input(
        &app.db_url,
        &["user", "add", "ann", "--role", "admin"],
        "a long enough secret\n",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out).trim(), "added admin ann");
    let ann = app.store.user_by_name("ann").await.unwrap().unwrap();
    assert!(ann.password_hash.starts_with("$argon2id$"));
    assert!(verify_password("a long enough secret", &ann.password_hash));
    assert!(!stdout(&app.cli(&["user", "list"]).await).is_empty());
    assert!(stdout(&app.cli(&["user", "list"]).await).contains("ann"));

    let out = cli_with_input(
        &app.db_url,
        &["user", "passwd", "ann"],
        "another long secret\r\n",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let ann = app.store.user_by_name("ann").await.unwrap().unwrap();
    assert!(verify_password("another long secret", &ann.password_hash));
    assert!(!verify_password("a long enough secret", &ann.password_hash));
}

#[tokio::test]
async fn bad_user_commands_are_refused_and_change_nothing() {
    let app = TestApp::spawn().await;
    let ok = cli_with_input(
        &app.db_url,
        &["user", "add", "bob", "--role", "editor"],
        "bob's long password\n",
    );
    assert!(ok.status.success(), "{}", crate::helpers::stderr(&ok));
    for (args, input, needle) in [
        (
            vec!["user", "add", "bob", "--role", "moderator"],
            "some long password\n",
            "already exists",
        ),
        (
            vec!["user", "add", "carol", "--role", "moderator"],
            "short\n",
            "at least 10 characters",
        ),
        (
            vec!["user", "add", "carol", "--role", "moderator"],
            "",
            "at least 10 characters",
        ),
        (
            vec!["user", "add", "bad name", "--role", "moderator"],
            "some long password\n",
            "not valid",
        ),
        (
            vec!["user", "passwd", "nobody"],
            "some long password\n",
            "no user named",
        ),
        (
            vec!["user", "passwd", "bob"],
            "tiny\n",
            "at least 10 characters",
        ),
    ] {
        let out = cli_with_input(&app.db_url, &args, input);
        assert!(!out.status.success(), "{args:?} succeeded");
        let err = stderr(&out);
        assert!(
            err.starts_with("error: ") && err.contains(needle),
            "{args:?}: {err}"
        );
    }
    let out = cli_with_input(
        &app.db_url,
        &["user", "add", "dave", "--role", "root"],
        "some long password\n",
    );
    assert!(!out.status.success() && !stderr(&out).contains("panicked"));
    let users = app.store.users().await.unwrap();
    assert_eq!(
        users.iter().map(|u| u.name.as_str()).collect::<Vec<_>>(),
        ["bob"]
    );
    assert!(verify_password(
        "bob's long password",
        &users[0].password_hash
    ));
}
