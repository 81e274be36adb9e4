//! More of the notification outbox against real parts (see notify.rs): the
//! moderators' digest, the per-recipient hourly limit, the privacy tools
//! over subscriptions and queued mail, "never mail me again" holding, and
//! spam asking nothing of anyone.
use crate::helpers::{TestApp, stderr, stdout};
use crate::notify::{
    Sink, comment, config, drained, get, post_link, python, quiet_site, site, start_worker, status,
};
use masthead::mailer::MailConfig;
use masthead_core::comment::CommentStatus;
use reqwest::StatusCode;
use serde_json::Value;
use sqlx::Row;
use std::time::{Duration, Instant};

const DEADLINE: Duration = Duration::from_secs(60);

async fn count(app: &TestApp, sql: &str) -> i64 {
    let pool = app.db.pool().await;
    sqlx::query(sql)
        .fetch_one(&pool)
        .await
        .expect(sql)
        .get::<i64, _>("n")
}

/// Waits (bounded) until `sql`'s `n` is `want`.
async fn wait_count(app: &TestApp, sql: &str, want: i64) {
    let start = Instant::now();
    loop {
        let n = count(app, sql).await;
        if n == want {
            return;
        }
        assert!(start.elapsed() < DEADLINE, "{sql}: {n}, not {want}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Waits until the worker has turned every queued comment into messages
/// (one transaction does both, so an empty queue means they are stored).
async fn queue_taken(app: &TestApp) {
    wait_count(app, "SELECT COUNT(*) AS n FROM notify_queue", 0).await;
}

fn outbox_to(email: &str) -> String {
    format!("SELECT COUNT(*) AS n FROM outbox WHERE LOWER(recipient) = '{email}'")
}

#[tokio::test]
async fn notify_digest_folds_held_comments_into_one_message_per_moderator() {
    let Some(py) = python() else { return };
    let sink = Sink::start(py);
    let (app, article) = quiet_site().await;
    app.set("notify.moderator_mode", "digest").await;
    app.set(
        "notify.moderator_emails",
        "mod@example.org second@example.org",
    )
    .await;
    // Queued before the worker starts, so its first round folds both.
    let ann = comment(
        &app,
        article,
        "Ann",
        "ann@example.org",
        "Digest one.",
        false,
    )
    .await;
    let ben = comment(
        &app,
        article,
        "Ben",
        "ben@example.org",
        "Digest two.",
        false,
    )
    .await;
    let every_round = MailConfig {
        digest_every: Duration::ZERO,
        ..config(Some(sink.url()))
    };
    start_worker(&app, every_round).await;
    sink.wait_for(2).await;
    drained(&app).await;
    let mails = sink.mails();
    assert_eq!(mails.len(), 2, "one digest per moderator: {mails:#?}");
    for to in ["mod@example.org", "second@example.org"] {
        let m = mails.iter().find(|m| m.to() == to).expect(to);
        assert!(m.subject.contains("2 comments held"), "{}", m.subject);
        assert!(m.body.contains("Digest one.") && m.body.contains("Digest two."));
        assert!(!m.body.contains("ann@example.org") && !m.body.contains("ben@example.org"));
    }

    // Its first item's approve link is Ann's: the page asks, the POST acts.
    let approve = mails[0].link("/mail/moderate?token=");
    let (code, page) = get(&approve).await;
    assert_eq!(code, StatusCode::OK);
    assert!(page.contains("Digest one."), "{page}");
    let token = approve.split("token=").nth(1).unwrap_or_default();
    let (code, _) = post_link(
        &format!("{}/mail/moderate", app.base),
        &format!("token={token}"),
    )
    .await;
    assert_eq!(code, StatusCode::OK);
    assert_eq!(status(&app, ann).await, CommentStatus::Approved);
    assert_eq!(status(&app, ben).await, CommentStatus::Pending);

    // A comment held later goes in a later digest, alone; still no
    // per-comment message.
    comment(
        &app,
        article,
        "Cat",
        "cat@example.org",
        "Digest three.",
        false,
    )
    .await;
    sink.wait_for(4).await;
    drained(&app).await;
    let mails = sink.mails();
    assert_eq!(mails.len(), 4, "{mails:#?}");
    let later: Vec<_> = mails
        .iter()
        .filter(|m| m.subject.contains("1 comment held"))
        .collect();
    assert_eq!(later.len(), 2, "{mails:#?}");
    for m in later {
        assert!(m.body.contains("Digest three.") && !m.body.contains("Digest one."));
    }
}

#[tokio::test]
async fn notify_rate_limit_holds_back_mail_over_the_hourly_limit_and_sends_it_later() {
    let Some(py) = python() else { return };
    let sink = Sink::start(py);
    let (app, article) = quiet_site().await;
    app.set("notify.max_per_hour", "2").await;
    for (i, name) in ["Ann", "Ben", "Cat", "Dan"].iter().enumerate() {
        let email = format!("{}@example.org", name.to_lowercase());
        let text = format!("Limited {i}.");
        comment(&app, article, name, &email, &text, false).await;
    }
    start_worker(&app, config(Some(sink.url()))).await;
    sink.wait_for(2).await;
    // The other two wait their turn: held back, no attempt counted, no error.
    wait_count(
        &app,
        "SELECT COUNT(*) AS n FROM outbox WHERE kind = 'mail' AND sent_at IS NULL \
         AND attempts = 0 AND last_error IS NULL AND next_attempt_at > created_at + 60",
        2,
    )
    .await;
    assert_eq!(sink.mails().len(), 2);

    // An hour on (the sent messages' times moved back an hour, the waiting
    // ones due now): the rest go, each once, none dropped.
    let pool = app.db.pool().await;
    for sql in [
        "UPDATE outbox SET sent_at = sent_at - 3700 WHERE sent_at IS NOT NULL",
        "UPDATE outbox SET next_attempt_at = created_at WHERE sent_at IS NULL",
    ] {
        sqlx::query(sql).execute(&pool).await.expect(sql);
    }
    drained(&app).await;
    let mails = sink.wait_for(4).await;
    assert_eq!(mails.len(), 4, "{mails:#?}");
    for i in 0..4 {
        let text = format!("Limited {i}.");
        assert_eq!(mails.iter().filter(|m| m.body.contains(&text)).count(), 1);
    }
}

#[tokio::test]
async fn notify_privacy_export_lists_and_erase_removes_subscriptions_and_queued_mail() {
    // No SMTP server: mail stays queued, which is what the tools must see.
    let (app, article) = site(None).await;
    app.set("comments.flood_seconds", "0").await;
    comment(&app, article, "Pat", "pat@example.org", "Follow me.", true).await;
    comment(&app, article, "Quinn", "quinn@example.org", "Me too.", true).await;
    queue_taken(&app).await;

    let out = app.cli(&["privacy", "export", "PAT@example.org"]).await;
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let data: Value = serde_json::from_str(&text).expect("JSON");
    let mail = &data["mail"];
    assert_eq!(
        mail["following"].as_array().map(Vec::len),
        Some(1),
        "{data}"
    );
    assert!(mail["confirmed_at"].is_null());
    let queued = mail["queued"].as_array().expect("queued");
    assert_eq!(queued.len(), 1, "{data}");
    assert!(queued[0].as_str().is_some_and(|s| s.contains("confirm")));
    assert!(!text.contains("quinn"), "only Pat's data");

    let out = app.cli(&["privacy", "erase", "pat@example.org"]).await;
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(count(&app, &outbox_to("pat@example.org")).await, 0);
    for table in ["mail_subscriptions", "mail_addresses"] {
        let sql = format!("SELECT COUNT(*) AS n FROM {table} WHERE email = 'pat@example.org'");
        assert_eq!(count(&app, &sql).await, 0, "{table}");
    }
    // Quinn's are untouched.
    assert_eq!(count(&app, &outbox_to("quinn@example.org")).await, 1);
    let out = app.cli(&["privacy", "export", "pat@example.org"]).await;
    let data: Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    assert_eq!(data["mail"]["following"], serde_json::json!([]));
    assert_eq!(data["mail"]["queued"], serde_json::json!([]));
}

#[tokio::test]
async fn notify_never_mail_me_again_holds_and_spam_asks_nothing() {
    let (app, article) = site(None).await;
    app.set("comments.flood_seconds", "0").await;
    app.set("comments.disallowed_words", "viagra").await;
    let spam = comment(&app, article, "Sam", "sam@example.org", "Buy viagra.", true).await;
    comment(
        &app,
        article,
        "Rae",
        "rae@example.org",
        "Tell me more.",
        true,
    )
    .await;
    queue_taken(&app).await;
    assert_eq!(status(&app, spam).await, CommentStatus::Spam);
    assert_eq!(count(&app, &outbox_to("sam@example.org")).await, 0);
    let sql = "SELECT COUNT(*) AS n FROM mail_subscriptions WHERE email = 'sam@example.org'";
    assert_eq!(count(&app, sql).await, 0);

    // Rae's confirmation request (queued) says "never mail me again".
    let pool = app.db.pool().await;
    let body: String =
        sqlx::query_scalar("SELECT body FROM outbox WHERE recipient = 'rae@example.org'")
            .fetch_one(&pool)
            .await
            .expect("confirmation");
    let at = body.find("/mail/unsubscribe?token=").expect("link");
    let start = body[..at].rfind("http").expect("link start");
    let url = body[start..].split_whitespace().next().unwrap_or_default();
    let (code, _) = post_link(url, "List-Unsubscribe=One-Click").await;
    assert_eq!(code, StatusCode::OK);
    assert_eq!(count(&app, &outbox_to("rae@example.org")).await, 0);

    // Whoever ticks the box with her address again, nothing goes to it.
    comment(&app, article, "Not Rae", "Rae@example.org", "Again.", true).await;
    queue_taken(&app).await;
    assert_eq!(count(&app, &outbox_to("rae@example.org")).await, 0);
    let data = app.store.mail_data("rae@example.org").await.expect("data");
    assert!(data.unsubscribed_at.is_some() && data.following.is_empty());
}

#[tokio::test]
async fn notify_subscribe_box_from_the_embed_and_rest_json() {
    use crate::embed::{BLOG, PAGE, embed, q, token_of};
    let (app, article) = site(None).await;
    app.set("comments.flood_seconds", "0").await;
    app.set("embed.allowed_origins", BLOG).await;
    let (_, first) = embed(&app, &q(PAGE), None).await;
    let token = token_of(&first);
    let mut body = crate::embed::comment(PAGE, &token, "From the embed.");
    body["email"] = "embed@example.org".into();
    // A wrong type is a clear 400, nothing stored.
    body["subscribe"] = "yes".into();
    let (code, answer) = crate::embed::post(&app, Some(BLOG), &body).await;
    assert_eq!(code, StatusCode::BAD_REQUEST, "{answer}");
    body["subscribe"] = true.into();
    let (code, answer) = crate::embed::post(&app, Some(BLOG), &body).await;
    assert_eq!(code, StatusCode::CREATED, "{answer}");

    let rest = |value: Value| {
        let url = format!("{}/wp-json/wp/v2/comments", app.base);
        async move {
            let r = crate::helpers::visitor()
                .post(url)
                .json(&value)
                .send()
                .await
                .expect("POST");
            let code = r.status();
            (code, r.json::<Value>().await.unwrap_or(Value::Null))
        }
    };
    let mut body = serde_json::json!({
        "post": article,
        "author_name": "Rest",
        "author_email": "rest@example.org",
        "content": "From the REST API.",
        "subscribe": "maybe",
    });
    let (code, answer) = rest(body.clone()).await;
    assert_eq!(code, StatusCode::BAD_REQUEST, "{answer}");
    assert_eq!(answer["code"], "rest_invalid_param");
    body["subscribe"] = true.into();
    let (code, answer) = rest(body).await;
    assert_eq!(code, StatusCode::CREATED, "{answer}");

    // Both asked: each address gets its confirmation request, and follows.
    queue_taken(&app).await;
    for email in ["embed@example.org", "rest@example.org"] {
        let sql = format!(
            "SELECT COUNT(*) AS n FROM outbox WHERE recipient = '{email}' AND body LIKE '%/mail/confirm?token=%'"
        );
        assert_eq!(count(&app, &sql).await, 1, "{email}");
        let data = app.store.mail_data(email).await.expect("data");
        assert_eq!(data.following.len(), 1, "{email}");
    }
}

#[tokio::test]
async fn notify_webhook_secret_is_never_printed_by_the_settings_command() {
    let app = TestApp::spawn().await;
    let set = app
        .cli(&["settings", "set", "notify.webhook_secret", "whsec-hidden"])
        .await;
    assert!(set.status.success(), "{}", stderr(&set));
    for args in [
        &["settings", "list"][..],
        &["settings", "get", "notify.webhook_secret"],
    ] {
        let out = app.cli(args).await;
        assert!(out.status.success(), "{}", stderr(&out));
        let text = stdout(&out);
        assert!(text.contains("notify.webhook_secret") || args[1] == "get");
        assert!(text.contains("not shown"), "{text}");
        assert!(!text.contains("whsec-hidden"), "{text}");
    }
    assert!(!stdout(&set).contains("whsec-hidden"));
    // Stored as given: masking is only in what is shown.
    let settings = app.store.settings().await.expect("settings");
    assert!(format!("{settings:?}").contains("whsec-hidden"));
}
