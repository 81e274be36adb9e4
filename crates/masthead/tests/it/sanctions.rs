//! Sanctions on commenters (issue 28): ban, suspend, always pre-moderate and
//! shadow-ban, by email, IP address or range, or @domain; set through the
//! command line, the REST API and the queue, enforced on every door a
//! comment comes in by; and the rolling rejection rate that sends an author
//! back to pre-moderation.
use crate::embed::{BLOG, PAGE, comment, embed, post as embed_post, q, token_of};
use crate::helpers::{
    PASSWORD, TestApp, add_user, app_password, call, sign_in, stderr, stdout, visitor,
};
use masthead_core::comment::CommentStatus;
use masthead_core::ids::CommentId;
use masthead_core::user::Role;
use reqwest::{Method, StatusCode};
use serde_json::json;

const BANNED: &str = "You can no longer comment on this site.";

async fn comment_count(app: &TestApp) -> usize {
    app.store.comments(&Default::default()).await.unwrap().len()
}

/// The form on masthead's page, as `email`.
async fn form(app: &TestApp, article: i64, email: &str, text: &str) -> crate::helpers::Page {
    app.post_form_as(
        &visitor(),
        &[
            ("comment_post_ID", &article.to_string()),
            ("author", "Some Reader"),
            ("email", email),
            ("comment", text),
        ],
    )
    .await
}

fn cli_ok(out: &std::process::Output) -> String {
    assert!(out.status.success(), "{}", stderr(out));
    stdout(out)
}

#[tokio::test]
async fn a_ban_refuses_the_form_the_embed_rest_and_the_classic_endpoint_alike() {
    let (app, article) = TestApp::with_article().await;
    let spammer = "Spammer@Example.com";
    let said = cli_ok(
        &app.cli(&["commenters", "ban", spammer, "--reason", "link farm"])
            .await,
    );
    assert_eq!(said.trim(), "banned spammer@example.com");

    // The form: 403, the message, the form kept, nothing stored.
    let page = form(&app, article, "spammer@example.com", "Buy now").await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert!(page.body.contains(BANNED), "{}", page.body);
    assert!(page.body.contains("Buy now"), "the reader's text is kept");
    // An old theme's form posting to WordPress's address.
    let classic = visitor()
        .post(format!("{}/wp-comments-post.php", app.base))
        .form(&[
            ("comment_post_ID", article.to_string().as_str()),
            ("author", "Spammer"),
            ("email", "SPAMMER@example.com"),
            ("comment", "Old form"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(classic.status(), StatusCode::FORBIDDEN);
    // The REST API, in WordPress's error shape.
    let (status, _, body) = call(
        &app,
        Method::POST,
        "/wp-json/wp/v2/comments",
        None,
        Some(json!({
            "post": article,
            "author_name": "Spammer",
            "author_email": "spammer@example.com",
            "content": "Via REST"
        })),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    assert_eq!(body["code"], "comment_author_banned");
    assert_eq!(body["message"], BANNED);
    // The embed on another site's page.
    app.set("embed.allowed_origins", BLOG).await;
    let (_, first) = embed(&app, &q(PAGE), None).await;
    let mut body = comment(PAGE, &token_of(&first), "Via the embed");
    body["email"] = json!("spammer@example.com");
    let (status, refused) = embed_post(&app, Some(BLOG), &body).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{refused}");
    assert_eq!(refused["code"], "banned");
    assert_eq!(comment_count(&app).await, 0, "nothing stored");

    // Others still comment; the log says who set what.
    let other = form(&app, article, "reader@example.org", "Fine.").await;
    assert_eq!(other.status, StatusCode::SEE_OTHER);
    let list = cli_ok(&app.cli(&["commenters", "list", "--json"]).await);
    let list: serde_json::Value = serde_json::from_str(&list).unwrap();
    assert_eq!(list[0]["kind"], "ban");
    assert_eq!(list[0]["target"], "spammer@example.com");
    assert_eq!(list[0]["reason"], "link farm");
    assert_eq!(list[0]["set_via"], "cli");

    // Lifted: the address comments again.
    let said = cli_ok(&app.cli(&["commenters", "clear", spammer]).await);
    assert_eq!(said.trim(), "lifted the sanction on Spammer@Example.com");
    let again = form(&app, article, "spammer@example.com", "Sorry.").await;
    assert_eq!(again.status, StatusCode::SEE_OTHER, "{}", again.body);
    let all = cli_ok(&app.cli(&["commenters", "list", "--all", "--json"]).await);
    assert!(all.contains("\"cleared_by\""), "{all}");
    let none = cli_ok(&app.cli(&["commenters", "list"]).await);
    assert_eq!(none.trim(), "no sanctions");
    let bad = app.cli(&["commenters", "ban", "nobody"]).await;
    assert!(!bad.status.success());
    assert!(
        stderr(&bad).contains("is not an email address, an IP address, a CIDR range or an @domain"),
        "{}",
        stderr(&bad)
    );
}

#[tokio::test]
async fn a_suspension_says_until_when_and_lifts_by_itself() {
    let (app, article) = TestApp::with_article().await;
    let said = cli_ok(
        &app.cli(&["commenters", "suspend", "@flood.example", "--days", "2"])
            .await,
    );
    assert!(
        said.starts_with("suspended @flood.example (until "),
        "{said}"
    );
    let page = form(&app, article, "anyone@mail.flood.example", "Hello").await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert!(
        page.body.contains("You cannot comment on this site until"),
        "{}",
        page.body
    );
    let no_days = app.cli(&["commenters", "suspend", "x@flood.example"]).await;
    assert!(!no_days.status.success(), "a suspension needs --days");
    // Two days pass.
    let pool = app.db.pool().await;
    sqlx::query("UPDATE commenter_sanctions SET ends_at = created_at - 1")
        .execute(&pool)
        .await
        .unwrap();
    let page = form(&app, article, "anyone@mail.flood.example", "Hello again").await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    assert_eq!(
        cli_ok(&app.cli(&["commenters", "list"]).await).trim(),
        "no sanctions"
    );
}

#[tokio::test]
async fn premoderation_holds_a_trusted_author_and_reaches_addresses_by_range() {
    let (app, article) = TestApp::with_article().await;
    add_user(&app, "mo", Role::Moderator).await;
    let password = app_password(&app, "mo").await;
    let auth = Some(("mo", password.as_str()));
    // Known and trusted: published at once.
    let id = app
        .comment_as(&visitor(), article, "Ann", "ann@example.org", "Hi.", None)
        .await;
    cli_ok(&app.cli(&["comments", "trust", &id.to_string()]).await);
    let known = app
        .comment_as(
            &visitor(),
            article,
            "Ann",
            "ann@example.org",
            "Again.",
            None,
        )
        .await;
    let status = |id: i64| {
        let store = app.store.clone();
        async move {
            let c = store.comment(CommentId(id)).await.unwrap().unwrap();
            (c.status, c.moderation_reason.map(|r| r.to_string()))
        }
    };
    assert_eq!(status(known).await.0, CommentStatus::Approved);
    // The tests speak from 127.0.0.1: a range covers it.
    let (code, _, set) = call(
        &app,
        Method::POST,
        "/wp-json/masthead/v1/sanctions",
        auth,
        Some(json!({"kind": "premoderate", "target": "127.0.0.0/8", "reason": "a bad network"})),
    )
    .await;
    assert_eq!(code, StatusCode::CREATED, "{set}");
    assert_eq!(set["target_kind"], "range");
    assert_eq!(set["set_by"], "mo");
    let held = app
        .comment_as(
            &visitor(),
            article,
            "Ann",
            "ann@example.org",
            "Third.",
            None,
        )
        .await;
    let (st, why) = status(held).await;
    assert_eq!(st, CommentStatus::Pending);
    assert_eq!(why.as_deref(), Some("its author is always pre-moderated"));

    // Refusals in the REST API's shape; anonymous callers may not look.
    for (body, param) in [
        (json!({"kind": "exile", "target": "x@y.example"}), "kind"),
        (json!({"kind": "ban", "target": "not an address"}), ""),
        (json!({"kind": "suspend", "target": "x@y.example"}), ""),
        (
            json!({"kind": "suspend", "target": "x@y.example", "days": 9999}),
            "",
        ),
    ] {
        let (code, _, err) = call(
            &app,
            Method::POST,
            "/wp-json/masthead/v1/sanctions",
            auth,
            Some(body),
        )
        .await;
        assert_eq!(code, StatusCode::BAD_REQUEST, "{err}");
        assert_eq!(err["code"], "rest_invalid_param", "{err}");
        if !param.is_empty() {
            assert!(err["data"]["params"][param].is_string(), "{err}");
        }
    }
    let (code, _, _) = call(
        &app,
        Method::GET,
        "/wp-json/masthead/v1/sanctions",
        None,
        None,
    )
    .await;
    assert_eq!(code, StatusCode::UNAUTHORIZED);
    let (code, _, record) = call(
        &app,
        Method::GET,
        "/wp-json/masthead/v1/commenters/ann@example.org",
        auth,
        None,
    )
    .await;
    assert_eq!(code, StatusCode::OK);
    assert_eq!(
        (record["approved"].as_u64(), record["pending"].as_u64()),
        (Some(2), Some(1))
    );
    assert_eq!(record["trusted"], true);
    let (code, _, cleared) = call(
        &app,
        Method::DELETE,
        "/wp-json/masthead/v1/sanctions?target=127.0.0.0%2F8",
        auth,
        None,
    )
    .await;
    assert_eq!(code, StatusCode::OK);
    assert_eq!(cleared["cleared"], 1);
}

#[tokio::test]
async fn a_shadow_banned_comment_is_seen_by_its_author_only() {
    let (app, article) = TestApp::with_article().await;
    app.approved_comment(article, "Troll", "Earlier, approved.", None)
        .await;
    cli_ok(
        &app.cli(&["commenters", "shadow", "troll@example.com"])
            .await,
    );
    let author = visitor();
    let id = app
        .comment_as(
            &author,
            article,
            "Troll",
            "troll@example.com",
            "Provocation!",
            None,
        )
        .await;
    let c = app.store.comment(CommentId(id)).await.unwrap().unwrap();
    assert_eq!(c.status, CommentStatus::Spam);
    assert_eq!(
        c.moderation_reason.map(|r| r.to_string()).as_deref(),
        Some("its author is shadow-banned: only they see it")
    );
    let theirs = app.get_as(&author, "/articles/test-story").await;
    assert!(theirs.body.contains("Provocation!"), "the author sees it");
    let others = app.get_as(&visitor(), "/articles/test-story").await;
    assert!(!others.body.contains("Provocation!"), "nobody else does");
}

#[tokio::test]
async fn the_queue_bans_an_author_and_the_commenter_page_shows_their_record() {
    let (app, article) = TestApp::with_article().await;
    add_user(&app, "mo", Role::Moderator).await;
    let staff = visitor();
    sign_in(&app, &staff, "mo", PASSWORD).await;
    let id = app
        .comment_as(
            &visitor(),
            article,
            "Pest",
            "pest@example.net",
            "Spam text",
            None,
        )
        .await;
    let queue = app.get_as(&staff, "/admin/comments").await;
    let csrf = queue.attr("input[name=_csrf]", "value").unwrap();
    assert!(queue.has(&format!("#row-{id} button[value='ban:{id}']")));
    let r = staff
        .post(format!("{}/admin/comments", app.base))
        .form(&[("_csrf", csrf.as_str()), ("action", &format!("ban:{id}"))])
        .send()
        .await
        .unwrap();
    assert!(
        r.status().is_success() || r.status().is_redirection(),
        "{}",
        r.status()
    );
    let c = app.store.comment(CommentId(id)).await.unwrap().unwrap();
    assert_eq!(c.status, CommentStatus::Spam, "the comment goes to spam");
    let page = form(&app, article, "pest@example.net", "Again").await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);

    let record = app
        .get_as(&staff, "/admin/commenters?email=pest@example.net")
        .await;
    assert_eq!(record.status, StatusCode::OK);
    let text = record.text("dl.commenter-record");
    assert!(text.contains("Pest"), "{text}");
    assert_eq!(record.text(".sanction-in-force"), "Ban (pest@example.net)");
    assert!(record.text("table.sanctions").contains("mo (admin)"));
    // Lifted from the page, by the form.
    let csrf = record.attr("input[name=_csrf]", "value").unwrap();
    let r = staff
        .post(format!("{}/admin/commenters", app.base))
        .form(&[
            ("_csrf", csrf.as_str()),
            ("email", "pest@example.net"),
            ("target", "pest@example.net"),
            ("action", "clear"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let page = form(&app, article, "pest@example.net", "Reformed").await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    // A bad target is refused on the page, in words.
    let r = staff
        .post(format!("{}/admin/commenters", app.base))
        .form(&[
            ("_csrf", csrf.as_str()),
            ("target", "256.1.1.1/40"),
            ("action", "ban"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    // Readers never see the page.
    let anon = app
        .get_as(&visitor(), "/admin/commenters?email=pest@example.net")
        .await;
    assert!(!anon.body.contains("pest@example.net"));
}

#[tokio::test]
async fn too_many_rejected_recent_comments_send_an_author_back_to_the_queue() {
    let (app, article) = TestApp::with_article().await;
    let bob = visitor();
    let post =
        |text: &'static str| app.comment_as(&bob, article, "Bob", "bob@example.org", text, None);
    let first = post("One.").await;
    app.approve(first).await;
    let mut ids = Vec::new();
    for text in ["Two.", "Three."] {
        let id = post(text).await;
        ids.push(id.to_string());
    }
    let mut args = vec!["comments", "spam"];
    args.extend(ids.iter().map(String::as_str));
    cli_ok(&app.cli(&args).await);
    // Two of the last three rejected (67% ≥ 30%): held, and told why.
    let held = post("Four.").await;
    let c = app.store.comment(CommentId(held)).await.unwrap().unwrap();
    assert_eq!(c.status, CommentStatus::Pending);
    let why = c
        .moderation_reason
        .map(|r| r.to_string())
        .unwrap_or_default();
    assert!(
        why.contains("2 of the author’s last 3 decided comments were rejected"),
        "{why}"
    );
    app.set("comments.recent_history", "0").await;
    let free = post("Five.").await;
    let c = app.store.comment(CommentId(free)).await.unwrap().unwrap();
    assert_eq!(c.status, CommentStatus::Approved, "0 turns the rule off");
}

#[tokio::test]
async fn the_transparency_report_counts_decisions_by_who_and_why() {
    let (app, article) = TestApp::with_article().await;
    let mut ids = Vec::new();
    for n in 0..3 {
        let email = format!("r{n}@example.org");
        ids.push(
            app.comment_as(
                &visitor(),
                article,
                "Reader",
                &email,
                &format!("Text {n}."),
                None,
            )
            .await
            .to_string(),
        );
    }
    cli_ok(&app.cli(&["comments", "spam", &ids[0], &ids[1]]).await);
    cli_ok(&app.cli(&["comments", "approve", &ids[2]]).await);
    cli_ok(&app.cli(&["commenters", "ban", "r0@example.org"]).await);
    let out = cli_ok(&app.cli(&["moderation", "transparency", "--json"]).await);
    let r: serde_json::Value = serde_json::from_str(&out).unwrap();
    let d = &r["decisions"];
    assert_eq!(d["total"], 3, "{r}");
    assert_eq!(d["human"], 3);
    assert_eq!(d["automated"], 0);
    assert_eq!(d["by_action"]["spam"], 2);
    assert_eq!(d["by_door"]["cli"], 3);
    assert_eq!(d["by_ground"]["site_terms"], 3);
    assert_eq!(d["restricting"]["total"], 2);
    assert_eq!(r["sanctions"]["by_kind"]["ban"], 1);
    // A period with nothing in it.
    let out = cli_ok(
        &app.cli(&[
            "moderation",
            "transparency",
            "--since",
            "2999-01-01",
            "--json",
        ])
        .await,
    );
    let empty: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(empty["decisions"]["total"], 0);
    let text = cli_ok(&app.cli(&["moderation", "transparency"]).await);
    assert!(
        text.contains("decisions: 3 (0 automated, 3 by staff)"),
        "{text}"
    );
    let bad = app
        .cli(&["moderation", "transparency", "--since", "last year"])
        .await;
    assert!(!bad.status.success());
}

#[tokio::test]
async fn a_banned_author_cannot_rewrite_their_comments_either() {
    let (app, article) = TestApp::with_article().await;
    let author = visitor();
    let id = app
        .comment_as(
            &author,
            article,
            "Pat",
            "pat@example.org",
            "First words.",
            None,
        )
        .await;
    cli_ok(&app.cli(&["commenters", "ban", "pat@example.org"]).await);
    let r = author
        .post(format!("{}/comments/{id}/edit", app.base))
        .form(&[("comment", "Worse words.")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    assert!(r.text().await.unwrap().contains(BANNED));
    let c = app.store.comment(CommentId(id)).await.unwrap().unwrap();
    assert_eq!(c.content_source, "First words.", "nothing changed");
    cli_ok(&app.cli(&["commenters", "clear", "pat@example.org"]).await);
    let r = author
        .post(format!("{}/comments/{id}/edit", app.base))
        .form(&[("comment", "Better words.")])
        .send()
        .await
        .unwrap();
    assert!(
        r.status().is_redirection() || r.status().is_success(),
        "{}",
        r.status()
    );
}
