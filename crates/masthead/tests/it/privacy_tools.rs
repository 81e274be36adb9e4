//! Staff's personal-data tools (export and erase by email, from the CLI and
//! the admin), IP addresses cleared after `privacy.ip_retention_days`, the
//! unticked-by-default "save my name" box, and the privacy page.
use crate::helpers::{PASSWORD, TestApp, add_user, post_as, sign_in, stderr, stdout, visitor};
use crate::reader_features::{backdate, staff_act};
use masthead_core::comment::ModerationAction;
use masthead_core::ids::CommentId;
use masthead_core::settings::SiteSettings;
use masthead_core::user::Role;
use reqwest::StatusCode;
use serde_json::Value;

#[tokio::test]
async fn the_command_line_exports_and_erases_one_commenters_data() {
    let (app, article) = TestApp::with_article().await;
    let a = app
        .comment_as(
            &visitor(),
            article,
            "Pat Person",
            "Pat@Example.org",
            "My first.",
            None,
        )
        .await;
    staff_act(&app, a, ModerationAction::Trust).await;
    let b = app
        .comment_as(
            &visitor(),
            article,
            "Pat Person",
            "pat@example.org",
            "My second.",
            None,
        )
        .await;
    let other = app
        .approved_comment(article, "Other Person", "Not Pat.", Some(a))
        .await;

    let out = app.cli(&["privacy", "export", "PAT@example.org"]).await;
    assert!(out.status.success(), "{}", stderr(&out));
    let data: Value = serde_json::from_str(&stdout(&out)).expect("JSON on standard output");
    let ids: Vec<i64> = data["comments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids, vec![a, b]);
    assert_eq!(data["trusted"], true);
    assert_eq!(data["comments"][0]["author_ip"], "127.0.0.1");
    assert_eq!(data["comments"][1]["author_email"], "pat@example.org");
    assert!(
        !stdout(&out).contains("other.person"),
        "only this commenter's data"
    );

    let out = app.cli(&["privacy", "erase", "pat@EXAMPLE.org"]).await;
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("2 comments"), "{}", stdout(&out));
    for id in [a, b] {
        let c = app.store.comment(CommentId(id)).await.unwrap().unwrap();
        assert_eq!(
            (c.author_name.as_str(), c.author_email.as_str()),
            ("Anonymous", "")
        );
        assert!(c.author_ip.is_none() && c.user_agent.is_none() && c.author_url.is_none());
    }
    assert!(!app.store.is_trusted("pat@example.org").await.unwrap());
    let page = app.get("/articles/test-story").await;
    assert!(
        page.text(&format!("#comment-{a} .comment-author"))
            .contains("Anonymous")
    );
    assert!(!page.body.contains("Pat Person"));
    let again = app.cli(&["privacy", "export", "pat@example.org"]).await;
    let data: Value = serde_json::from_str(&stdout(&again)).unwrap();
    assert!(data["comments"].as_array().unwrap().is_empty());

    // Deleting: the comment goes, the reply to it stays, top-level.
    let c = app
        .approved_comment(article, "Del Person", "Delete me.", None)
        .await;
    let reply = app
        .approved_comment(article, "Other Person", "Reply stays.", Some(c))
        .await;
    let out = app
        .cli(&["privacy", "erase", "del.person@example.com", "--delete"])
        .await;
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(app.store.comment(CommentId(c)).await.unwrap().is_none());
    let kept = app.store.comment(CommentId(reply)).await.unwrap().unwrap();
    assert_eq!(kept.parent_id, None);
    assert!(app.store.comment(CommentId(other)).await.unwrap().is_some());

    let bad = app.cli(&["privacy", "export", "not an email"]).await;
    assert!(!bad.status.success());
    assert!(
        stderr(&bad).contains("not an email address"),
        "{}",
        stderr(&bad)
    );
}

#[tokio::test]
async fn ip_addresses_are_cleared_after_the_retention_period() {
    let (app, article) = TestApp::with_article().await;
    let old = app
        .approved_comment(article, "Old Reader", "Long ago.", None)
        .await;
    let new = app
        .approved_comment(article, "New Reader", "Just now.", None)
        .await;
    backdate(&app, old, 31 * 24 * 60).await;
    let mut settings = SiteSettings::default();
    let now = chrono::Utc::now();
    let cleared = masthead_core::service::forget_old_addresses(app.store.as_ref(), &settings, now)
        .await
        .unwrap();
    assert_eq!(cleared, 1);
    assert_eq!(ip_of(&app, old).await, None);
    assert_eq!(ip_of(&app, new).await.as_deref(), Some("127.0.0.1"));
    // 0 keeps them for ever.
    settings.set("privacy.ip_retention_days", "0").unwrap();
    backdate(&app, new, 10 * 365 * 24 * 60).await;
    let cleared = masthead_core::service::forget_old_addresses(app.store.as_ref(), &settings, now)
        .await
        .unwrap();
    assert_eq!(cleared, 0);
    assert!(ip_of(&app, new).await.is_some());
}

async fn ip_of(app: &TestApp, id: i64) -> Option<String> {
    app.store
        .comment(CommentId(id))
        .await
        .unwrap()
        .unwrap()
        .author_ip
}

#[tokio::test]
async fn admins_export_and_erase_from_the_admin() {
    let (app, article) = TestApp::with_article().await;
    let id = app
        .approved_comment(article, "Sam Sample", "Hello.", None)
        .await;
    add_user(&app, "ada", Role::Admin).await;
    add_user(&app, "mo", Role::Moderator).await;
    let (admin, moderator) = (visitor(), visitor());
    sign_in(&app, &admin, "ada", PASSWORD).await;
    sign_in(&app, &moderator, "mo", PASSWORD).await;
    assert_eq!(
        app.get_as(&moderator, "/admin/privacy").await.status,
        StatusCode::FORBIDDEN
    );
    let page = app.get_as(&admin, "/admin/privacy").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("30 days"));
    let csrf = page.attr("input[name=_csrf]", "value").unwrap();
    let email = "sam.sample@example.com";

    let export = post_as(
        &app,
        &admin,
        "/admin/privacy",
        &[("_csrf", &csrf), ("email", email), ("action", "export")],
    )
    .await;
    assert_eq!(export.status, StatusCode::OK);
    assert!(
        export.headers["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    let data: Value = serde_json::from_str(&export.body).unwrap();
    assert_eq!(data["comments"][0]["id"], id);

    let forged = post_as(
        &app,
        &admin,
        "/admin/privacy",
        &[
            ("_csrf", "x"),
            ("email", email),
            ("action", "erase"),
            ("confirm", "yes"),
        ],
    )
    .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    let unconfirmed = post_as(
        &app,
        &admin,
        "/admin/privacy",
        &[("_csrf", &csrf), ("email", email), ("action", "erase")],
    )
    .await;
    assert_eq!(unconfirmed.status, StatusCode::UNPROCESSABLE_ENTITY);
    let bad = post_as(
        &app,
        &admin,
        "/admin/privacy",
        &[("_csrf", &csrf), ("email", "nope"), ("action", "export")],
    )
    .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        app.store
            .comment(CommentId(id))
            .await
            .unwrap()
            .unwrap()
            .author_email,
        email
    );
    let erased = post_as(
        &app,
        &admin,
        "/admin/privacy",
        &[
            ("_csrf", &csrf),
            ("email", email),
            ("action", "erase"),
            ("how", "anonymize"),
            ("confirm", "yes"),
        ],
    )
    .await;
    assert_eq!(erased.status, StatusCode::OK, "{}", erased.body);
    assert!(
        erased
            .body
            .contains("1 comment by sam.sample@example.com anonymised")
    );
    assert_eq!(
        app.store
            .comment(CommentId(id))
            .await
            .unwrap()
            .unwrap()
            .author_name,
        "Anonymous"
    );
}

#[tokio::test]
async fn the_save_my_details_box_is_unticked_and_remembers_only_when_ticked() {
    let (app, article) = TestApp::with_article().await;
    let page = app.get("/articles/test-story").await;
    let boxed = "input#wp-comment-cookies-consent[type=checkbox][name=wp-comment-cookies-consent]";
    assert!(page.has(boxed));
    assert!(
        !page.has(&format!("{boxed}[checked]")),
        "unticked by default"
    );
    assert!(
        page.text("label[for=wp-comment-cookies-consent]")
            .contains("Save my name, email, and website in this browser")
    );

    let reader = visitor();
    let id = article.to_string();
    let fields = |consent: bool| {
        let mut f = vec![
            ("comment_post_ID", id.as_str()),
            ("author", "Remy Member"),
            ("email", "remy@example.com"),
            ("url", "https://remy.example"),
            ("comment", "Remember me."),
        ];
        if consent {
            f.push(("wp-comment-cookies-consent", "yes"));
        }
        f
    };
    assert_eq!(
        app.post_form_as(&reader, &fields(true)).await.status,
        StatusCode::SEE_OTHER
    );
    let mine = app.get_as(&reader, "/articles/test-story").await;
    assert_eq!(
        mine.attr("#author", "value").as_deref(),
        Some("Remy Member")
    );
    assert_eq!(
        mine.attr("#email", "value").as_deref(),
        Some("remy@example.com")
    );
    assert!(mine.has(&format!("{boxed}[checked]")));
    assert!(
        mine.headers["cache-control"]
            .to_str()
            .unwrap()
            .contains("private")
    );
    // Nobody else sees them.
    let stranger = app.get("/articles/test-story").await;
    assert!(!stranger.body.contains("remy@example.com"));
    // Unticked next time: forgotten.
    let mut f = fields(false);
    f[4] = ("comment", "Forget me now.");
    assert_eq!(
        app.post_form_as(&reader, &f).await.status,
        StatusCode::SEE_OTHER
    );
    let after = app.get_as(&reader, "/articles/test-story").await;
    assert_eq!(after.attr("#email", "value").as_deref(), Some(""));

    let privacy = app.get("/privacy/").await;
    assert_eq!(privacy.status, StatusCode::OK);
    assert!(privacy.body.contains("never published") && privacy.body.contains("for 30 days"));
}
