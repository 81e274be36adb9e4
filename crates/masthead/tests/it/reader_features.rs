//! What readers do besides commenting, on masthead's own pages (no
//! JavaScript): edit or delete their own comment within the edit window,
//! recommend (once per reader), report (back to the queue at the
//! threshold), editors' picks, orders, and identicons that never reveal the
//! email. The embed's API for the same is in `embed_reader.rs`.
use crate::helpers::{TestApp, visitor};
use masthead_core::comment::{Actor, CommentStatus, ModerationAction, Via, avatar_seed};
use masthead_core::ids::CommentId;
use masthead_web::{RateLimitConfig, WebConfig};
use reqwest::StatusCode;

pub(crate) async fn backdate(app: &TestApp, id: i64, minutes: i64) {
    let pool = app.db.pool().await;
    sqlx::query("UPDATE comments SET created_at = created_at - $1 WHERE id = $2")
        .bind(minutes * 60)
        .bind(id)
        .execute(&pool)
        .await
        .unwrap();
}

pub(crate) async fn staff_act(app: &TestApp, id: i64, action: ModerationAction) {
    let actor = Actor {
        user_id: None,
        name: "test".into(),
        via: Via::Cli,
        sections: Vec::new(),
    };
    masthead_core::service::moderate(
        app.store.as_ref(),
        &[CommentId(id)],
        action,
        &actor,
        chrono::Utc::now(),
    )
    .await
    .unwrap();
}

pub(crate) async fn post_to(
    client: &reqwest::Client,
    app: &TestApp,
    path: &str,
    form: &[(&str, &str)],
) -> (StatusCode, String, String) {
    post_from(client, app, "127.0.0.1", path, form).await
}

/// `post_to` from `ip` (believed behind `TestApp::behind_proxy()`).
async fn post_from(
    client: &reqwest::Client,
    app: &TestApp,
    ip: &str,
    path: &str,
    form: &[(&str, &str)],
) -> (StatusCode, String, String) {
    let r = client
        .post(format!("{}{path}", app.base))
        .header("x-forwarded-for", ip)
        .form(form)
        .send()
        .await
        .unwrap();
    let status = r.status();
    let location = r
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    (status, location, r.text().await.unwrap())
}

pub(crate) async fn status_of(app: &TestApp, id: i64) -> CommentStatus {
    app.store
        .comment(CommentId(id))
        .await
        .unwrap()
        .unwrap()
        .status
}

#[tokio::test]
async fn commenters_edit_and_delete_their_own_comment_within_the_window() {
    let (app, article) = TestApp::with_article().await;
    // Approved at once by the rules: a comment a moderator approved is held
    // again by any edit (`an_edit_of_a_comment_a_moderator_approved_…`).
    app.set("comments.require_previously_approved", "false")
        .await;
    let author = visitor();
    let id = app
        .comment_as(
            &author,
            article,
            "Ann Author",
            "ann@example.com",
            "First words.",
            None,
        )
        .await;
    assert_eq!(status_of(&app, id).await, CommentStatus::Approved);
    let other = visitor();

    // The author's page offers Edit, privately; nobody else's does.
    let mine = app.get_as(&author, "/articles/test-story").await;
    assert!(
        mine.has(&format!("#comment-{id} .comment-edit-link")),
        "{}",
        mine.body
    );
    assert!(
        mine.headers["cache-control"]
            .to_str()
            .unwrap()
            .contains("private")
    );
    let theirs = app.get_as(&other, "/articles/test-story").await;
    assert!(!theirs.has(".comment-edit-link"));
    assert_eq!(
        app.get_as(&other, &format!("/comments/{id}/edit"))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let (status, _, _) = post_to(
        &other,
        &app,
        &format!("/comments/{id}/edit"),
        &[("comment", "Hijacked.")],
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let form = app.get_as(&author, &format!("/comments/{id}/edit")).await;
    assert_eq!(form.status, StatusCode::OK);
    assert_eq!(form.text("textarea#comment"), "First words.");

    // An edit: the same rules as a new comment, the old text kept for staff.
    let (status, _, body) = post_to(
        &author,
        &app,
        &format!("/comments/{id}/edit"),
        &[("comment", "  ")],
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    let (status, location, _) = post_to(
        &author,
        &app,
        &format!("/comments/{id}/edit"),
        &[("comment", "Better <b>words</b>.<script>x()</script>")],
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location, format!("/comments/{id}"));
    let page = app.get_as(&other, "/articles/test-story").await;
    let shown = page.text(&format!("#comment-{id} .comment-content"));
    assert_eq!(shown.trim(), "Better words.");
    assert!(!page.body.contains("<script>x()"));
    assert!(page.has(&format!("#comment-{id} .comment-edited")));
    let history = app.store.past_texts(CommentId(id)).await.unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].content_source, "First words.");

    // An edit that trips a hold rule is held again: gone for others, marked for its author.
    app.set("comments.max_links", "1").await;
    let (status, _, _) = post_to(
        &author,
        &app,
        &format!("/comments/{id}/edit"),
        &[("comment", "See https://a.example/ and https://b.example/")],
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(status_of(&app, id).await, CommentStatus::Pending);
    assert!(
        !app.get_as(&other, "/articles/test-story")
            .await
            .has(&format!("#comment-{id}"))
    );
    let own = app.get_as(&author, "/articles/test-story").await;
    assert!(own.has(&format!("#comment-{id} .comment-awaiting-moderation")));
    app.approve(id).await;

    // After the window: refused, nothing changed.
    backdate(&app, id, 16).await;
    let (status, _, body) = post_to(
        &author,
        &app,
        &format!("/comments/{id}/edit"),
        &[("comment", "Too late.")],
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    assert!(body.contains("15 minutes"), "{body}");
    let c = app.store.comment(CommentId(id)).await.unwrap().unwrap();
    assert!(c.content_source.contains("https://b.example/"));
    let (status, _, _) = post_to(&author, &app, &format!("/comments/{id}/delete"), &[]).await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // Delete within the window: to the trash.
    let second = app
        .comment_as(
            &author,
            article,
            "Ann Author",
            "ann@example.com",
            "Oops, wrong story.",
            None,
        )
        .await;
    let (status, _, _) = post_to(&other, &app, &format!("/comments/{second}/delete"), &[]).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _, body) =
        post_to(&author, &app, &format!("/comments/{second}/delete"), &[]).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(status_of(&app, second).await, CommentStatus::Trash);

    // A window of 0 turns editing off.
    app.set("comments.edit_minutes", "0").await;
    let third = app
        .comment_as(
            &author,
            article,
            "Ann Author",
            "ann@example.com",
            "No edits here.",
            None,
        )
        .await;
    let (status, _, _) = post_to(
        &author,
        &app,
        &format!("/comments/{third}/edit"),
        &[("comment", "Changed.")],
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    for bad in ["0", "-1", "abc", "99999999999999999999"] {
        assert_eq!(
            app.get_as(&author, &format!("/comments/{bad}/edit"))
                .await
                .status,
            StatusCode::NOT_FOUND,
            "{bad}"
        );
    }
}

#[tokio::test]
async fn recommends_count_once_per_reader_and_order_the_discussion() {
    let app = TestApp::behind_proxy().await;
    let article = app.add_article(crate::helpers::ARTICLE).await;
    let one = app
        .approved_comment(article, "Reader One", "One.", None)
        .await;
    let two = app
        .approved_comment(article, "Reader Two", "Two.", None)
        .await;
    let reply = app
        .approved_comment(article, "Reader Three", "Reply to two.", Some(two))
        .await;
    let held = app
        .comment_as(
            &visitor(),
            article,
            "Someone New",
            "new@example.com",
            "Held.",
            None,
        )
        .await;
    assert_ne!(status_of(&app, held).await, CommentStatus::Approved);

    let (a, b) = (visitor(), visitor());
    for _ in 0..3 {
        let (status, location, _) =
            post_to(&a, &app, &format!("/comments/{two}/recommend"), &[]).await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        assert_eq!(location, format!("/comments/{two}"));
    }
    // Another reader on another network (one network counts once:
    // reader_abuse.rs).
    post_from(
        &b,
        &app,
        "203.0.113.2",
        &format!("/comments/{two}/recommend"),
        &[],
    )
    .await;
    assert_eq!(
        app.store
            .comment(CommentId(two))
            .await
            .unwrap()
            .unwrap()
            .recommends,
        2
    );
    let page = app.get("/articles/test-story").await;
    assert_eq!(page.text(&format!("#recommends-{two}")), "2");
    assert_eq!(page.text(&format!("#recommends-{one}")), "0");
    let (status, _, _) = post_to(&a, &app, &format!("/comments/{held}/recommend"), &[]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _, _) = post_to(&a, &app, "/comments/nope/recommend", &[]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // Most recommended first, the reply still under its comment; newest first.
    let order = |p: &crate::helpers::Page| -> Vec<i64> {
        let doc = p.html();
        let sel = scraper::Selector::parse(".comment-list li.comment").unwrap();
        doc.select(&sel)
            .filter_map(|e| e.value().id()?.strip_prefix("comment-")?.parse().ok())
            .collect()
    };
    let best = app.get("/articles/test-story?csort=best").await;
    assert_eq!(best.status, StatusCode::OK);
    assert_eq!(order(&best), vec![two, reply, one]);
    assert!(best.has(".comment-orders [aria-current]"));
    let newest = app.get("/articles/test-story?csort=newest").await;
    assert_eq!(order(&newest), vec![two, reply, one]);
    let oldest = app.get("/articles/test-story?csort=oldest").await;
    assert_eq!(order(&oldest), vec![one, two, reply]);
    for bad in ["?csort=worst", "?csort=best&cpage=0", "?csort=best&cpage=x"] {
        let p = app.get(&format!("/articles/test-story{bad}")).await;
        assert_eq!(p.status, StatusCode::BAD_REQUEST, "{bad}");
    }
    assert_eq!(
        app.get("/articles/test-story?csort=best&cpage=9")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn one_address_cannot_become_many_readers() {
    let config = WebConfig {
        rate_limits: RateLimitConfig {
            requests_per_second: 0,
            burst: 0,
            comment_posts_per_minute: 0,
            reader_actions_per_minute: 3,
        },
        ..WebConfig::default()
    };
    let app = TestApp::spawn_with(config).await;
    app.set("comments.flood_seconds", "0").await;
    app.set("comments.min_fill_seconds", "0").await;
    let article = app.add_article(crate::helpers::ARTICLE).await;
    let id = app
        .approved_comment(article, "Reader One", "One.", None)
        .await;
    // Each visitor without a reader cookie is a new reader: three an hour
    // from one address (the commenter above was the first), then 429.
    for n in 0..2 {
        let (status, _, _) =
            post_to(&visitor(), &app, &format!("/comments/{id}/recommend"), &[]).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "reader {n}");
    }
    let (status, _, _) = post_to(&visitor(), &app, &format!("/comments/{id}/recommend"), &[]).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    // And the readers it did become count once: one address, one network.
    assert_eq!(
        app.store
            .comment(CommentId(id))
            .await
            .unwrap()
            .unwrap()
            .recommends,
        1
    );
}

#[tokio::test]
async fn reports_send_a_comment_back_to_the_queue_at_the_threshold() {
    let app = TestApp::behind_proxy().await;
    let article = app.add_article(crate::helpers::ARTICLE).await;
    // Reports count per network, a new reader's half (reader_abuse.rs):
    // at threshold 1, two new readers on two networks hold a comment.
    app.set("comments.report_threshold", "1").await;
    let id = app
        .approved_comment(article, "Loud Reader", "Something rude.", None)
        .await;
    let (a, b) = (visitor(), visitor());
    let form = app.get_as(&a, &format!("/comments/{id}/report")).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.has("input[name=reason][value=abusive]"));

    let (status, _, body) = post_to(
        &a,
        &app,
        &format!("/comments/{id}/report"),
        &[("reason", "because")],
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    let long = "x".repeat(501);
    let (status, _, _) = post_to(
        &a,
        &app,
        &format!("/comments/{id}/report"),
        &[("reason", "other"), ("details", &long)],
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(app.store.reports(CommentId(id)).await.unwrap().is_empty());

    for _ in 0..2 {
        let (status, _, body) = post_to(
            &a,
            &app,
            &format!("/comments/{id}/report"),
            &[("reason", "abusive"), ("details", "Name-calling.")],
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{body}");
    }
    assert_eq!(
        app.store.reports(CommentId(id)).await.unwrap().len(),
        1,
        "one per reader"
    );
    assert_eq!(status_of(&app, id).await, CommentStatus::Approved);
    post_from(
        &b,
        &app,
        "203.0.113.2",
        &format!("/comments/{id}/report"),
        &[("reason", "spam")],
    )
    .await;
    let c = app.store.comment(CommentId(id)).await.unwrap().unwrap();
    assert_eq!(c.status, CommentStatus::Pending);
    assert_eq!(
        c.moderation_reason.map(|r| r.to_string()).as_deref(),
        Some("Reported by 2 readers (abusive, spam)")
    );
    let reports = app.store.reports(CommentId(id)).await.unwrap();
    assert_eq!(reports[0].reason, "abusive: Name-calling.");
    // Staff see each report's reason beside the comment in the queue.
    crate::helpers::add_user(&app, "mod", masthead_core::user::Role::Moderator).await;
    let staff = visitor();
    crate::helpers::sign_in(&app, &staff, "mod", crate::helpers::PASSWORD).await;
    let queue = app.get_as(&staff, "/admin/comments?status=pending").await;
    let listed = queue.text(&format!("#row-{id} .queue-reports"));
    assert!(
        listed.contains("Reported by 2 readers")
            && listed.contains("abusive: Name-calling.")
            && listed.contains("spam"),
        "{listed}"
    );
    assert!(
        !app.get("/articles/test-story")
            .await
            .has(&format!("#comment-{id}"))
    );
    // Staff approve it again: a later report is listed, not acted on.
    app.approve(id).await;
    post_from(
        &visitor(),
        &app,
        "203.0.113.3",
        &format!("/comments/{id}/report"),
        &[("reason", "spam")],
    )
    .await;
    assert_eq!(status_of(&app, id).await, CommentStatus::Approved);
    assert_eq!(app.store.reports(CommentId(id)).await.unwrap().len(), 3);
    // A comment readers cannot see cannot be reported.
    staff_act(&app, id, ModerationAction::Spam).await;
    let (status, _, _) = post_to(
        &visitor(),
        &app,
        &format!("/comments/{id}/report"),
        &[("reason", "spam")],
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn editors_picks_come_first_and_have_their_own_view() {
    let (app, article) = TestApp::with_article().await;
    let one = app
        .approved_comment(article, "Reader One", "One.", None)
        .await;
    let two = app
        .approved_comment(article, "Reader Two", "The best one.", None)
        .await;
    let page = app.get("/articles/test-story").await;
    assert!(!page.has(".editors-picks"));
    staff_act(&app, two, ModerationAction::Pick).await;
    let page = app.get("/articles/test-story").await;
    assert!(
        page.text(".editors-picks").contains("The best one."),
        "{}",
        page.body
    );
    assert!(page.has(&format!("li#comment-{two}.editors-pick .pick-badge")));
    assert!(!page.has(&format!("li#comment-{one}.editors-pick")));
    let picks = app.get("/articles/test-story?csort=picks").await;
    assert!(picks.has(&format!("#comment-{two}")) && !picks.has(&format!("#comment-{one}")));
    // The CLI and the queue use the same verbs.
    let out = app.cli(&["comments", "unpick", &two.to_string()]).await;
    assert!(out.status.success(), "{}", crate::helpers::stderr(&out));
    assert!(!app.get("/articles/test-story").await.has(".editors-picks"));
    // Picking a held comment approves it.
    let held = app
        .comment_as(
            &visitor(),
            article,
            "Someone New",
            "new@example.com",
            "Held but good.",
            None,
        )
        .await;
    let out = app.cli(&["comments", "pick", &held.to_string()]).await;
    assert!(out.status.success(), "{}", crate::helpers::stderr(&out));
    let c = app.store.comment(CommentId(held)).await.unwrap().unwrap();
    assert!(c.picked && c.status == CommentStatus::Approved);
}

#[tokio::test]
async fn identicons_come_from_a_keyed_hash_never_from_the_email() {
    let (app, article) = TestApp::with_article().await;
    let one = app
        .approved_comment(article, "Reader One", "One.", None)
        .await;
    let again = app
        .approved_comment(article, "Reader One", "Me again.", None)
        .await;
    let other = app
        .approved_comment(article, "Reader Two", "Two.", None)
        .await;
    let page = app.get("/articles/test-story").await;
    let src = |id: i64| {
        page.attr(&format!("#comment-{id} img.avatar"), "src")
            .unwrap()
    };
    let email = "reader.one@example.com";
    let seed = avatar_seed(app.secret(), email);
    assert_eq!(src(one), format!("/avatar/{seed}.svg"));
    assert_eq!(src(one), src(again));
    assert_ne!(src(one), src(other));
    // Neither the email nor its plain hashes are on the page.
    use sha2::Digest;
    let sha = hex(&sha2::Sha256::digest(email.as_bytes()));
    assert!(!page.body.contains(email) && !page.body.contains(&sha[..32]));
    assert_ne!(seed, &sha[..32]);

    let svg = app.get(&format!("/avatar/{seed}.svg")).await;
    assert_eq!(svg.status, StatusCode::OK);
    assert_eq!(svg.headers["content-type"], "image/svg+xml");
    assert!(
        svg.headers["cache-control"]
            .to_str()
            .unwrap()
            .contains("immutable")
    );
    assert!(svg.body.starts_with("<svg") && svg.body.len() < 2000);
    for bad in [
        "/avatar/nothex.svg",
        "/avatar/..%2F..%2Fetc%2Fpasswd",
        &format!("/avatar/{seed}.png"),
    ] {
        assert_eq!(app.get(bad).await.status, StatusCode::NOT_FOUND, "{bad}");
    }
    // A comment stored without a seed (imported, from before seeds) gets
    // one from the server's upkeep, the same as the form would have given.
    let pool = app.db.pool().await;
    sqlx::query("UPDATE comments SET avatar = NULL WHERE id = $1")
        .bind(again)
        .execute(&pool)
        .await
        .unwrap();
    let filled = masthead_core::service::fill_avatars(app.store.as_ref(), app.secret())
        .await
        .unwrap();
    assert_eq!(filled, 1);
    let c = app.store.comment(CommentId(again)).await.unwrap().unwrap();
    assert_eq!(c.avatar.as_deref(), Some(seed.as_str()));

    app.set("comments.avatars", "false").await;
    assert!(!app.get("/articles/test-story").await.has("img.avatar"));
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
