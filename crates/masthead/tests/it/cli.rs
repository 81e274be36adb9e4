//! The command-line contract: output, exit codes and one-sentence errors.
use crate::helpers::{TestApp, run_cli, stderr, stdout, visitor};

fn assert_clean_failure(out: &std::process::Output, needle: &str) {
    assert!(!out.status.success(), "expected failure: {out:?}");
    let err = stderr(out);
    assert!(err.starts_with("error: "), "{err}");
    assert_eq!(
        err.trim_end().lines().count(),
        1,
        "more than one line: {err}"
    );
    assert!(err.contains(needle), "{needle} not in {err}");
    assert!(
        !err.contains("panicked") && !err.contains("backtrace"),
        "{err}"
    );
}

#[tokio::test]
async fn comments_list_shows_the_queue_as_a_table_and_as_json() {
    let (app, id) = TestApp::with_article().await;
    let cid = app
        .comment_as(
            &visitor(),
            id,
            "Queue Person",
            "queue@example.com",
            "Please moderate me.",
            None,
        )
        .await;
    let table = stdout(&app.cli(&["comments", "list", "--status", "pending"]).await);
    assert!(
        table.contains("Queue Person")
            && table.contains("first comments from this name and email…"),
        "{table}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&app.cli(&["comments", "list", "--json"]).await)).unwrap();
    let first = &json[0];
    assert_eq!(first["id"], cid);
    assert_eq!(first["status"], "pending");
    assert_eq!(
        first["author_email"], "queue@example.com",
        "staff see the email"
    );
    assert_eq!(first["article_slug"], "test-story");
    assert_eq!(
        crate::helpers::rules_reasons(first["moderation_reason"].as_str().unwrap()),
        "first comments from this name and email (approved so far: 0 of 1)"
    );
    assert_eq!(
        stdout(&app.cli(&["comments", "list", "--status", "spam"]).await).trim(),
        "no comments"
    );
}

#[tokio::test]
async fn moderation_commands_refuse_unknown_ids_and_change_nothing() {
    let (app, id) = TestApp::with_article().await;
    let cid = app
        .comment_as(&visitor(), id, "Someone", "s@example.com", "Text.", None)
        .await;
    let out = app
        .cli(&["comments", "approve", &cid.to_string(), "987654"])
        .await;
    assert_clean_failure(&out, "987654");
    let c = app
        .store
        .comment(masthead_core::ids::CommentId(cid))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(c.status.to_string(), "pending");
    let out = app.cli(&["comments", "spam", &cid.to_string()]).await;
    assert!(out.status.success(), "{}", crate::helpers::stderr(&out));
    assert_eq!(
        stdout(&out).trim(),
        format!("marked as spam 1 comment: {cid}")
    );
}

#[test]
fn bad_input_on_the_command_line_is_one_clear_sentence() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}?mode=rwc", dir.path().join("t.db").display());
    assert_clean_failure(
        &run_cli("mysql://localhost/x", &["comments", "list"]),
        "not supported",
    );
    assert_clean_failure(
        &run_cli(
            &format!("sqlite://{}/missing/dir/x.db", dir.path().display()),
            &["comments", "list"],
        ),
        "cannot open database",
    );
    assert_clean_failure(
        &run_cli(&db, &["article", "add", "/no/such/file.md"]),
        "cannot read /no/such/file.md",
    );
    let bad = dir.path().join("bad.md");
    std::fs::write(&bad, "+++\ntitle = \"x\"\nsurprise = 1\n+++\nbody").unwrap();
    assert_clean_failure(
        &run_cli(&db, &["article", "add", bad.to_str().unwrap()]),
        "surprise",
    );
    let good = dir.path().join("good.md");
    std::fs::write(&good, "+++\ntitle = \"Same title\"\n+++\nbody").unwrap();
    assert!(
        run_cli(&db, &["article", "add", good.to_str().unwrap()])
            .status
            .success()
    );
    assert_clean_failure(
        &run_cli(&db, &["article", "add", good.to_str().unwrap()]),
        "already exists",
    );
    assert_clean_failure(
        &run_cli(&db, &["settings", "set", "comments.max_links", "lots"]),
        "comments.max_links",
    );
    assert_clean_failure(
        &run_cli(&db, &["settings", "get", "nope"]),
        "unknown setting",
    );
    // clap's own usage errors also exit non-zero without a panic.
    let out = run_cli(&db, &["comments", "approve"]);
    assert!(!out.status.success() && !stderr(&out).contains("panicked"));
}

#[tokio::test]
async fn settings_list_shows_every_declared_setting_in_table_order() {
    use masthead_core::settings::SETTINGS;
    let app = TestApp::spawn().await;
    let out = app.cli(&["settings", "list"]).await;
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    // Keys come first on their line; a multi-line value (robots.txt) goes on.
    let listed: Vec<&str> = text
        .lines()
        .filter_map(|l| l.split_once(" = ").map(|(k, _)| k))
        .filter(|k| SETTINGS.iter().any(|s| s.key == *k))
        .collect();
    let declared: Vec<&str> = SETTINGS.iter().map(|s| s.key).collect();
    assert_eq!(listed, declared);
    // The alias is listed with the value it stands for.
    let out = app
        .cli(&["settings", "get", "comments.require_previously_approved"])
        .await;
    assert_eq!(stdout(&out).trim(), "true");
}

#[tokio::test]
async fn article_close_and_open_switch_the_form_and_the_rule() {
    let (app, article) = TestApp::with_article().await;
    let out = app.cli(&["article", "close", "test-story"]).await;
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out).trim(), "comments on “test-story” are closed");
    let page = app.get("/articles/test-story").await;
    assert!(!page.has("#commentform"), "the form is gone");
    // It says since when, in the site's way of writing a day.
    let today = masthead_core::i18n::Tr::new(masthead_core::i18n::Lang::En)
        .date(&masthead_core::chrono::Utc::now().fixed_offset());
    assert_eq!(
        page.text("p.no-comments"),
        format!("Comments closed on {today}.")
    );
    // A post from a form loaded before is refused, and nothing is stored.
    let refused = app
        .post_form_as(
            &visitor(),
            &[
                ("comment_post_ID", &article.to_string()),
                ("author", "Late Reader"),
                ("email", "late@example.com"),
                ("comment", "Too late?"),
            ],
        )
        .await;
    assert!(refused.status.is_client_error(), "{}", refused.status);
    assert!(
        app.store
            .comments(&Default::default())
            .await
            .unwrap()
            .is_empty()
    );
    // REST says so in WordPress's words.
    let (_, _, post) = crate::helpers::call(
        &app,
        reqwest::Method::GET,
        &format!("/wp-json/wp/v2/posts/{article}"),
        None,
        None,
    )
    .await;
    assert_eq!(post["comment_status"], "closed");

    let out = app.cli(&["article", "open", "test-story"]).await;
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(app.get("/articles/test-story").await.has("#commentform"));
    let unknown = app.cli(&["article", "close", "no-such-story"]).await;
    assert_clean_failure(&unknown, "no article has the slug “no-such-story”");
}
