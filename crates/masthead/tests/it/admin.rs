//! Staff sign-in, sessions, CSRF, roles and the moderation queue, over HTTP.
use crate::helpers::{PASSWORD, TestApp, add_user, post_as, sign_in, visitor};
use masthead_core::ids::CommentId;
use masthead_core::user::Role;
use masthead_web::WebConfig;
use reqwest::StatusCode;

async fn status_of(app: &TestApp, id: i64) -> Option<String> {
    app.store
        .comment(CommentId(id))
        .await
        .unwrap()
        .map(|c| c.status.to_string())
}

#[tokio::test]
async fn signed_out_visitors_are_sent_to_the_sign_in_page() {
    let app = TestApp::spawn().await;
    // /admin leads to the dashboard, which leads to the sign-in page.
    assert_eq!(
        app.get_as(&visitor(), "/admin").await.location(),
        "/admin/dashboard"
    );
    for path in [
        "/admin/dashboard",
        "/admin/comments",
        "/admin/comments?status=spam",
    ] {
        let page = app.get_as(&visitor(), path).await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{path}");
        assert!(
            page.location().starts_with("/admin/login?next="),
            "{path} → {}",
            page.location()
        );
    }
    let page = app.get_as(&visitor(), "/admin/comments?status=spam").await;
    assert_eq!(
        page.location(),
        "/admin/login?next=%2Fadmin%2Fcomments%3Fstatus%3Dspam"
    );
    let r = visitor()
        .post(format!("{}/admin/comments", app.base))
        .form(&[("action", "approve:1")])
        .send()
        .await
        .unwrap();
    assert_eq!(
        r.status(),
        StatusCode::SEE_OTHER,
        "a signed-out POST is not acted on"
    );
}

#[tokio::test]
async fn a_moderator_signs_in_approves_from_the_queue_and_signs_out() {
    let (app, id) = TestApp::with_article().await;
    add_user(&app, "mod", Role::Moderator).await;
    let held = app
        .comment_as(
            &visitor(),
            id,
            "First Timer",
            "first@example.com",
            "Please approve me",
            None,
        )
        .await;

    let staff = visitor();
    let wrong = sign_in(&app, &staff, "mod", "not the password").await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert!(
        wrong
            .text("#login-error")
            .contains("Wrong user name or password.")
    );
    let nobody = sign_in(&app, &staff, "nobody", PASSWORD).await;
    assert_eq!(nobody.status, StatusCode::UNAUTHORIZED);

    let ok = sign_in(&app, &staff, "mod", PASSWORD).await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    assert_eq!(ok.location(), "/admin/comments");
    let cookie = ok.headers["set-cookie"].to_str().unwrap().to_string();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/"),
        "{cookie}"
    );
    assert!(!cookie.contains("Secure"), "not https here");

    let queue = app.get_as(&staff, "/admin/comments").await;
    assert_eq!(queue.status, StatusCode::OK);
    let row = format!("#row-{held}");
    assert!(queue.text(&row).contains("Please approve me"));
    assert!(
        queue.text(&row).contains("first@example.com"),
        "staff see the email"
    );
    assert!(queue.text(&row).contains("127.0.0.1"), "staff see the IP");
    assert!(
        queue
            .text(&row)
            .contains("first comments from this name and email (approved so far: 0 of 1)")
    );
    assert!(queue.text(".tab-pending").contains("(1)"));

    // A forged form without the CSRF token is refused and changes nothing.
    let forged = post_as(
        &app,
        &staff,
        "/admin/comments",
        &[("action", &format!("approve:{held}"))],
    )
    .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert_eq!(status_of(&app, held).await.as_deref(), Some("pending"));

    let csrf = queue.attr("#queue input[name=_csrf]", "value").unwrap();
    let done = post_as(
        &app,
        &staff,
        "/admin/comments",
        &[
            ("_csrf", &csrf),
            ("return_to", "/admin/comments?status=pending"),
            ("action", &format!("approve:{held}")),
        ],
    )
    .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    assert_eq!(status_of(&app, held).await.as_deref(), Some("approved"));
    assert!(
        app.get_as(&visitor(), "/articles/test-story")
            .await
            .body
            .contains("Please approve me")
    );

    let logout = post_as(&app, &staff, "/admin/logout", &[("_csrf", &csrf)]).await;
    assert_eq!(logout.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.get_as(&staff, "/admin/comments").await.status,
        StatusCode::SEE_OTHER,
        "the session is gone"
    );
}

#[tokio::test]
async fn bulk_actions_filters_and_delete_forever() {
    let (app, id) = TestApp::with_article().await;
    add_user(&app, "admin", Role::Admin).await;
    let a = app
        .comment_as(
            &visitor(),
            id,
            "Alpha",
            "alpha@example.com",
            "Alpha text",
            None,
        )
        .await;
    let b = app
        .comment_as(
            &visitor(),
            id,
            "Beta",
            "beta@example.com",
            "Beta text",
            None,
        )
        .await;
    let c = app
        .comment_as(
            &visitor(),
            id,
            "Gamma",
            "gamma@example.com",
            "Gamma text",
            None,
        )
        .await;
    let staff = visitor();
    assert_eq!(
        sign_in(&app, &staff, "admin", PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );
    let queue = app.get_as(&staff, "/admin/comments").await;
    let csrf = queue.attr("#queue input[name=_csrf]", "value").unwrap();
    let (a_s, b_s) = (a.to_string(), b.to_string());
    let r = post_as(
        &app,
        &staff,
        "/admin/comments",
        &[
            ("_csrf", &csrf),
            ("bulk_action", "spam"),
            ("ids", &a_s),
            ("ids", &b_s),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(status_of(&app, a).await.as_deref(), Some("spam"));
    assert_eq!(status_of(&app, b).await.as_deref(), Some("spam"));
    assert_eq!(status_of(&app, c).await.as_deref(), Some("pending"));

    let spam = app.get_as(&staff, "/admin/comments?status=spam").await;
    assert!(
        spam.has(&format!("#row-{a}"))
            && spam.has(&format!("#row-{b}"))
            && !spam.has(&format!("#row-{c}"))
    );
    let search = app
        .get_as(&staff, "/admin/comments?status=all&q=beta%40example")
        .await;
    assert!(
        search.has(&format!("#row-{b}")) && !search.has(&format!("#row-{a}")),
        "staff search matches emails"
    );

    let r = post_as(
        &app,
        &staff,
        "/admin/comments",
        &[("_csrf", &csrf), ("action", &format!("delete:{a}"))],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(status_of(&app, a).await, None);
    let r = post_as(
        &app,
        &staff,
        "/admin/comments",
        &[("_csrf", &csrf), ("action", &format!("restore:{b}"))],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(status_of(&app, b).await.as_deref(), Some("pending"));
    for bad in [
        vec![("_csrf", csrf.as_str()), ("action", "explode:1")],
        vec![("_csrf", csrf.as_str()), ("action", "approve")],
        vec![("_csrf", csrf.as_str()), ("action", "approve:x")],
    ] {
        assert_eq!(
            post_as(&app, &staff, "/admin/comments", &bad).await.status,
            StatusCode::BAD_REQUEST,
            "{bad:?}"
        );
    }
}

#[tokio::test]
async fn roles_limit_what_staff_may_do() {
    let (app, id) = TestApp::with_article().await;
    add_user(&app, "ed", Role::Editor).await;
    let held = app
        .comment_as(&visitor(), id, "Someone", "s@example.com", "Text", None)
        .await;
    let editor = visitor();
    assert_eq!(
        sign_in(&app, &editor, "ed", PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );
    let queue = app.get_as(&editor, "/admin/comments").await;
    assert_eq!(queue.status, StatusCode::FORBIDDEN);
    assert!(queue.body.contains("may not do this"));
    assert!(!queue.body.contains("s@example.com"));
    // Even with a valid CSRF token (from the logout form of any admin page) the action is refused.
    let r = post_as(
        &app,
        &editor,
        "/admin/comments",
        &[("action", &format!("approve:{held}"))],
    )
    .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(status_of(&app, held).await.as_deref(), Some("pending"));
}

#[tokio::test]
async fn sign_in_attempts_are_rate_limited_and_sessions_expire() {
    let config = WebConfig {
        login_attempts_per_minute: 3,
        ..WebConfig::default()
    };
    let app = TestApp::spawn_with(config).await;
    add_user(&app, "mod", Role::Moderator).await;
    let client = visitor();
    for _ in 0..3 {
        assert_eq!(
            sign_in(&app, &client, "mod", "wrong password!!")
                .await
                .status,
            StatusCode::UNAUTHORIZED
        );
    }
    let limited = sign_in(&app, &client, "mod", PASSWORD).await;
    assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(
        limited
            .text("#login-error")
            .contains("Too many sign-in attempts")
    );
    assert!(limited.headers.contains_key("retry-after"));

    // A session idle for longer than the limit is over. The limit is long
    // enough that a loaded CI machine still serves the first page inside it.
    let idle = std::time::Duration::from_secs(6);
    let app = TestApp::spawn_with(WebConfig {
        session_idle: idle,
        ..WebConfig::default()
    })
    .await;
    add_user(&app, "mod", Role::Moderator).await;
    let staff = visitor();
    assert_eq!(
        sign_in(&app, &staff, "mod", PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        app.get_as(&staff, "/admin/comments").await.status,
        StatusCode::OK
    );
    tokio::time::sleep(idle + std::time::Duration::from_millis(1100)).await;
    assert_eq!(
        app.get_as(&staff, "/admin/comments").await.status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn sign_in_redirects_only_inside_the_admin_area() {
    let app = TestApp::spawn().await;
    add_user(&app, "mod", Role::Moderator).await;
    let client = visitor();
    let form = app
        .get_as(&client, "/admin/login?next=https://evil.example/")
        .await;
    assert_eq!(
        form.attr("input[name=next]", "value").as_deref(),
        Some("/admin/comments")
    );
    let token = form.attr("input[name=_token]", "value").unwrap();
    let r = client
        .post(format!("{}/admin/login", app.base))
        .form(&[
            ("name", "mod"),
            ("password", PASSWORD),
            ("_token", token.as_str()),
            ("next", "//evil.example/admin"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()["location"], "/admin/comments");
    // A sign-in form that did not come from this site is refused.
    let r = visitor()
        .post(format!("{}/admin/login", app.base))
        .form(&[("name", "mod"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn the_dashboard_shows_counts_pending_comments_and_a_chart() {
    let (app, id) = TestApp::with_article().await;
    add_user(&app, "mod", Role::Moderator).await;
    add_user(&app, "ed", Role::Editor).await;
    let held = app
        .comment_as(
            &visitor(),
            id,
            "Waiting Person",
            "w@example.com",
            "Waiting for a moderator",
            None,
        )
        .await;
    app.approved_comment(id, "Approved Person", "Already visible", None)
        .await;
    let staff = visitor();
    assert_eq!(
        sign_in(&app, &staff, "mod", PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );
    let page = app.get_as(&staff, "/admin/dashboard").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.text("#count-articles"), "1");
    assert_eq!(page.text("#count-pending"), "1");
    assert_eq!(page.text("#count-approved"), "1");
    assert!(
        page.text(".dashboard-pending")
            .contains("Waiting for a moderator")
    );
    assert!(page.has(&format!(
        ".dashboard-pending a[href='/admin/comments?status=pending#row-{held}']"
    )));
    let doc = page.html();
    let bars: Vec<_> = doc
        .select(&scraper::Selector::parse("svg.chart rect.bar").unwrap())
        .collect();
    assert_eq!(bars.len(), 30);
    let today = chrono::Utc::now().format("%Y-%m-%d").to_string();
    let last = bars.last().unwrap().value();
    assert_eq!(
        (last.attr("data-day"), last.attr("data-count")),
        (Some(today.as_str()), Some("2"))
    );

    let editor = visitor();
    assert_eq!(
        sign_in(&app, &editor, "ed", PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );
    let page = app.get_as(&editor, "/admin/dashboard").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.has(".dashboard-pending"), "editors do not moderate");
}

#[tokio::test]
async fn admins_change_settings_with_validation_and_others_may_not() {
    let app = TestApp::spawn().await;
    add_user(&app, "admin", Role::Admin).await;
    add_user(&app, "mod", Role::Moderator).await;
    let admin = visitor();
    assert_eq!(
        sign_in(&app, &admin, "admin", PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );
    let page = app.get_as(&admin, "/admin/settings").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.text("#allowed-tags")
            .contains("<blockquote cite=\"\">")
    );
    assert_eq!(
        page.attr("#comments-max_links", "value").as_deref(),
        Some("2")
    );
    let csrf = page.attr("input[name=_csrf]", "value").unwrap();
    let base = vec![
        ("_csrf", csrf.as_str()),
        ("site.title", "The Daily Test"),
        ("site.description", "Tested daily"),
        ("articles.per_page", "5"),
        ("comments.thread_depth", "3"),
        ("comments.require_previously_approved", "on"),
        ("comments.max_links", "3"),
        ("comments.moderation_words", "casino\nlottery"),
        ("comments.disallowed_words", ""),
        ("comments.flood_seconds", "0"),
        ("comments.min_fill_seconds", "0"),
    ];
    let saved = post_as(&app, &admin, "/admin/settings", &base).await;
    assert_eq!(
        (saved.status, saved.location().as_str()),
        (StatusCode::SEE_OTHER, "/admin/settings?saved=1")
    );
    let s = app.store.settings().await.unwrap();
    let get = |k: &str| s.iter().find(|(key, _)| key == k).map(|(_, v)| v.clone());
    assert_eq!(get("site.title").as_deref(), Some("The Daily Test"));
    assert_eq!(get("comments.max_links").as_deref(), Some("3"));
    assert_eq!(
        get("comments.moderation_words").as_deref(),
        Some("casino, lottery")
    );
    assert_eq!(
        get("comments.rest_anonymous").as_deref(),
        Some("false"),
        "an unchecked box is false"
    );
    assert!(
        app.get_as(&visitor(), "/")
            .await
            .body
            .contains("The Daily Test")
    );

    // One bad value: 422, the message next to it, and nothing saved.
    let mut bad = base.clone();
    bad[1] = ("site.title", "Changed title");
    bad[6] = ("comments.max_links", "lots");
    let refused = post_as(&app, &admin, "/admin/settings", &bad).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .text("#comments-max_links-error")
            .contains("comments.max_links")
    );
    assert_eq!(
        refused.attr("#site-title", "value").as_deref(),
        Some("Changed title"),
        "input kept"
    );
    assert!(
        app.get_as(&visitor(), "/")
            .await
            .body
            .contains("The Daily Test"),
        "nothing saved"
    );

    let forged = post_as(&app, &admin, "/admin/settings", &base[1..]).await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    let moderator = visitor();
    assert_eq!(
        sign_in(&app, &moderator, "mod", PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        app.get_as(&moderator, "/admin/settings").await.status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn staff_reply_inline_and_edit_comments() {
    let (app, id) = TestApp::with_article().await;
    add_user(&app, "maria", Role::Moderator).await;
    let held = app
        .comment_as(
            &visitor(),
            id,
            "Asker",
            "asker@example.com",
            "Is this confirmed?",
            None,
        )
        .await;
    let staff = visitor();
    assert_eq!(
        sign_in(&app, &staff, "maria", PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );
    let queue = app.get_as(&staff, "/admin/comments").await;
    let csrf = queue.attr("#queue input[name=_csrf]", "value").unwrap();
    let reply_field = format!("reply_{held}");
    let r = post_as(
        &app,
        &staff,
        "/admin/comments",
        &[
            ("_csrf", &csrf),
            (
                &reply_field,
                "Yes: two sources confirm it.\n\nhttps://example.org/source",
            ),
            ("action", &format!("reply:{held}")),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(
        status_of(&app, held).await.as_deref(),
        Some("approved"),
        "replying approves the parent"
    );

    let page = app.get_as(&visitor(), "/articles/test-story").await;
    let reply = page.html();
    let sel =
        scraper::Selector::parse(&format!("#comment-{held} > ol.children > li.by-staff")).unwrap();
    let li = reply
        .select(&sel)
        .next()
        .expect("a staff reply nested under the comment");
    let text: String = li.text().collect();
    assert!(
        text.contains("maria") && text.contains("Staff") && text.contains("two sources"),
        "{text}"
    );
    assert!(
        li.inner_html()
            .contains("<p>Yes: two sources confirm it.</p>")
    );
    let empty = post_as(
        &app,
        &staff,
        "/admin/comments",
        &[
            ("_csrf", &csrf),
            (&reply_field, "  "),
            ("action", &format!("reply:{held}")),
        ],
    )
    .await;
    assert_eq!(empty.status, StatusCode::BAD_REQUEST);

    // Edit: same rules, text rendered again.
    let edit_url = format!("/admin/comments/{held}/edit");
    let form = app.get_as(&staff, &edit_url).await;
    assert_eq!(form.text("#comment"), "Is this confirmed?");
    let bad = post_as(
        &app,
        &staff,
        &edit_url,
        &[
            ("_csrf", &csrf),
            ("author", "Asker"),
            ("url", "javascript:alert(1)"),
            ("comment", "x"),
        ],
    )
    .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.text("#edit-error").contains("http"));
    let ok = post_as(
        &app,
        &staff,
        &edit_url,
        &[
            ("_csrf", &csrf),
            ("author", "Asker Edited"),
            ("url", ""),
            ("comment", "Is this <b>confirmed</b>? <script>x</script>"),
        ],
    )
    .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    let c = app.store.comment(CommentId(held)).await.unwrap().unwrap();
    assert_eq!(c.author_name, "Asker Edited");
    assert_eq!(c.content_html.as_str(), "<p>Is this <b>confirmed</b>?</p>");
    assert_eq!(c.author_email, "asker@example.com", "the email is kept");
    let forged = post_as(
        &app,
        &staff,
        &edit_url,
        &[("author", "Forged"), ("comment", "x")],
    )
    .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert_eq!(
        app.get_as(&staff, "/admin/comments/999999/edit")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn approve_and_trust_lets_an_author_skip_the_hold_rules() {
    let (app, id) = TestApp::with_article().await;
    add_user(&app, "maria", Role::Moderator).await;
    let first = app
        .comment_as(
            &visitor(),
            id,
            "Trusted Writer",
            "writer@example.com",
            "My first comment",
            None,
        )
        .await;
    let staff = visitor();
    assert_eq!(
        sign_in(&app, &staff, "maria", PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );
    let queue = app.get_as(&staff, "/admin/comments").await;
    assert!(queue.has(&format!("#row-{first} button[value='trust:{first}']")));
    let csrf = queue.attr("#queue input[name=_csrf]", "value").unwrap();
    let r = post_as(
        &app,
        &staff,
        "/admin/comments",
        &[("_csrf", &csrf), ("action", &format!("trust:{first}"))],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(status_of(&app, first).await.as_deref(), Some("approved"));

    let links = "Sources: https://a.example.org https://b.example.org https://c.example.org";
    let trusted = app
        .comment_as(
            &visitor(),
            id,
            "Trusted Writer",
            "writer@example.com",
            links,
            None,
        )
        .await;
    assert_eq!(
        status_of(&app, trusted).await.as_deref(),
        Some("approved"),
        "trusted: links do not hold it"
    );
    let other = app
        .comment_as(
            &visitor(),
            id,
            "Someone Else",
            "else@example.com",
            links,
            None,
        )
        .await;
    assert_eq!(status_of(&app, other).await.as_deref(), Some("pending"));
    // Trust never overrides the spam rules.
    app.set("comments.disallowed_words", "viagra").await;
    let spam = app
        .comment_as(
            &visitor(),
            id,
            "Trusted Writer",
            "writer@example.com",
            "cheap viagra",
            None,
        )
        .await;
    assert_eq!(status_of(&app, spam).await.as_deref(), Some("spam"));
}

#[tokio::test]
async fn robots_logo_and_notification_settings_are_on_the_settings_page() {
    let app = TestApp::spawn().await;
    add_user(&app, "admin", Role::Admin).await;
    let admin = visitor();
    sign_in(&app, &admin, "admin", PASSWORD).await;
    let page = app.get_as(&admin, "/admin/settings").await;
    assert!(page.text("#site-robots").contains("User-agent: *"));
    for id in [
        "#site-logo_url",
        "#mail-from",
        "#notify-moderator_emails",
        "#notify-moderator_mode",
        "#notify-webhooks",
        "#notify-max_per_hour",
    ] {
        assert!(page.has(id), "{id}");
    }
    assert!(
        !page.body.contains("notify.webhook_secret"),
        "the webhook secret is not shown"
    );
    let csrf = page.attr("input[name=_csrf]", "value").unwrap();
    let robots = "User-agent: *\r\nDisallow: /private/\r\nSitemap: {base}/sitemap.xml";
    let saved = post_as(
        &app,
        &admin,
        "/admin/settings",
        &[
            ("_csrf", csrf.as_str()),
            ("site.robots", robots),
            ("mail.from", "Desk <desk@example.com>"),
            ("notify.moderator_mode", "digest"),
        ],
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let txt = app.get("/robots.txt").await.body;
    assert!(txt.contains("Disallow: /private/\nSitemap: "), "{txt}");
    let s = app.store.settings().await.unwrap();
    let get = |k: &str| s.iter().find(|(key, _)| key == k).map(|(_, v)| v.clone());
    assert_eq!(get("mail.from").as_deref(), Some("Desk <desk@example.com>"));
    assert_eq!(get("notify.moderator_mode").as_deref(), Some("digest"));

    // A bad value is refused with the field named, nothing stored.
    let page = app.get_as(&admin, "/admin/settings").await;
    let csrf = page.attr("input[name=_csrf]", "value").unwrap();
    let refused = post_as(
        &app,
        &admin,
        "/admin/settings",
        &[
            ("_csrf", csrf.as_str()),
            ("notify.moderator_mode", "sometimes"),
        ],
    )
    .await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        refused.body
    );
    let s = app.store.settings().await.unwrap();
    let get = |k: &str| s.iter().find(|(key, _)| key == k).map(|(_, v)| v.clone());
    assert_eq!(get("notify.moderator_mode").as_deref(), Some("digest"));
}

#[tokio::test]
async fn the_settings_form_shows_exactly_the_settings_declared_for_it() {
    use masthead_core::i18n::{Lang, Tr};
    use masthead_core::settings::{SETTINGS, Shape, SiteSettings};
    use scraper::Selector;
    let app = TestApp::spawn().await;
    add_user(&app, "admin", Role::Admin).await;
    let admin = visitor();
    sign_in(&app, &admin, "admin", PASSWORD).await;
    let page = app.get_as(&admin, "/admin/settings").await;
    assert_eq!(page.status, StatusCode::OK);
    let doc = page.html();
    let fields = Selector::parse(
        "form.settings-form input[name], form.settings-form textarea, form.settings-form select",
    )
    .unwrap();
    let names: Vec<&str> = doc
        .select(&fields)
        .filter_map(|e| e.value().attr("name"))
        .filter(|n| *n != "_csrf")
        .collect();
    let declared: Vec<&str> = SETTINGS
        .iter()
        .filter(|s| s.on_form)
        .map(|s| s.key)
        .collect();
    assert_eq!(
        names, declared,
        "the form's fields are the table's, in order"
    );
    // Each one under its declared label, showing the stored value.
    let text = page.text("form.settings-form");
    let (current, _) = SiteSettings::load(app.store.as_ref()).await.unwrap();
    for s in SETTINGS.iter().filter(|s| s.on_form) {
        let label = Tr::new(Lang::En).t(s.help);
        assert!(text.contains(&label), "{}: {label}", s.key);
        let id = format!("#{}", s.key.replace('.', "-"));
        let shown = match s.slot.shape() {
            Shape::Flag => page.has(&format!("{id}[checked]")).to_string(),
            Shape::Words => page.text(&id).replace('\n', ", "),
            Shape::Lines => page.text(&id),
            Shape::Language => page
                .attr(&format!("{id} option[selected]"), "value")
                .unwrap_or_default(),
            Shape::Text | Shape::Number => page.attr(&id, "value").unwrap_or_default(),
        };
        assert_eq!(shown, s.slot.write(&current), "{}", s.key);
    }
}
