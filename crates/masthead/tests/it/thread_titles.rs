//! Outside pages' thread titles (issue 25): a thread made by a reader's
//! comment is named by its page's address until a comment that proposed a
//! title is approved, so the first poster (a spammer, say) never names it —
//! not on the embed, masthead's page, the moderators' mail or webhooks.
//! Staff may name it themselves; the confirmation mail quotes no title.
use crate::embed::{BLOG, PAGE, embed, post, q, token_of};
use crate::helpers::{TestApp, visitor};
use crate::notify::{Mail, Sink, config, python, start_worker};
use reqwest::StatusCode;
use serde_json::{Value, json};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const ADDRESS: &str = "blog.example.org/2017/11/some-story";
const SPAM_TITLE: &str = "CHEAP PILLS buy now";
const TITLE: &str = "Some story – Example Blog";
const DEADLINE: Duration = Duration::from_secs(60);

fn comment(token: &str, who: (&str, &str), title: &str, text: &str, hp: &str) -> Value {
    json!({"url": PAGE, "title": title, "author": who.0, "email": who.1,
           "comment": text, "token": token, "hp": hp})
}

/// The embed's form token for `PAGE`.
async fn token(app: &TestApp) -> String {
    let (status, body) = embed(app, &q(PAGE), None).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    token_of(&body)
}

/// What `GET /api/threads` says of `PAGE`.
async fn thread(app: &TestApp) -> Value {
    visitor()
        .get(format!("{}/api/threads?{}", app.base, q(PAGE)))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

/// A webhook receiver on loopback: the bodies it was sent.
async fn hook() -> (String, Arc<Mutex<Vec<String>>>) {
    use axum::routing::post;
    let got: Arc<Mutex<Vec<String>>> = Arc::default();
    let seen = got.clone();
    let router = axum::Router::new().route(
        "/hook",
        post(move |body: String| {
            let seen = seen.clone();
            async move {
                seen.lock().expect("lock").push(body);
                StatusCode::OK
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await });
    (format!("http://{addr}/hook"), got)
}

async fn hook_with(got: &Arc<Mutex<Vec<String>>>, text: &str) -> Value {
    let start = Instant::now();
    loop {
        let found = got
            .lock()
            .expect("lock")
            .iter()
            .find(|b| b.contains(text))
            .cloned();
        if let Some(body) = found {
            return serde_json::from_str(&body).expect("JSON");
        }
        assert!(start.elapsed() < DEADLINE, "no webhook with {text}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn mail_with(sink: &Sink, text: &str) -> Mail {
    let start = Instant::now();
    loop {
        if let Some(m) = sink.mails().into_iter().find(|m| m.body.contains(text)) {
            return m;
        }
        assert!(start.elapsed() < DEADLINE, "no mail with {text}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// A site that embeds on `BLOG` and tells moderators of held comments by
/// webhook and (when aiosmtpd is there) by mail.
async fn site() -> (TestApp, Option<Sink>, Arc<Mutex<Vec<String>>>) {
    let app = TestApp::spawn().await;
    app.set("embed.allowed_origins", BLOG).await;
    app.set("site.url", &app.base).await;
    app.set("mail.from", "Newsroom <news@example.org>").await;
    app.set("notify.moderator_emails", "mod@example.org").await;
    let (url, got) = hook().await;
    app.set("notify.webhooks", &url).await;
    let sink = python().map(Sink::start);
    start_worker(&app, config(sink.as_ref().map(Sink::url))).await;
    (app, sink, got)
}

#[tokio::test]
async fn a_spammers_first_comment_never_names_the_thread() {
    let (app, sink, hooks) = site().await;
    let token = token(&app).await;
    // The spammer comes first, so their comment makes the thread.
    let bot = ("Pill Seller", "pills@example.net");
    let (status, spam) = post(
        &app,
        Some(BLOG),
        &comment(&token, bot, SPAM_TITLE, "Cheap pills!", "filled by a bot"),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{spam}");
    assert_eq!(spam["thread"]["title"], ADDRESS);
    // A reader's held comment proposes the page's real title.
    let reader = ("Blog Reader", "reader@example.com");
    let (status, held) = post(
        &app,
        Some(BLOG),
        &comment(&token, reader, TITLE, "A fair point.", ""),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{held}");
    assert_eq!(held["comment"]["status"], "pending");
    assert_eq!(held["thread"]["title"], ADDRESS);
    let held_id = held["comment"]["id"].as_i64().unwrap();

    // What readers see: the address, nobody's words.
    let (_, shown) = embed(&app, &q(PAGE), None).await;
    assert_eq!(shown["thread"]["title"], ADDRESS);
    let listed = thread(&app).await;
    assert_eq!(listed["title"], ADDRESS);
    let path = listed["page_url"]
        .as_str()
        .unwrap()
        .trim_start_matches(&app.base)
        .to_string();
    let page = app.get(&path).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.text("title").trim(), format!("{ADDRESS} – masthead"));
    assert!(!page.body.contains(SPAM_TITLE) && !page.body.contains(TITLE));

    // What moderators are told of the held comment: the address too.
    let told = hook_with(&hooks, "A fair point.").await;
    assert_eq!(told["article"]["title"], ADDRESS, "{told}");
    for body in hooks.lock().expect("lock").iter() {
        assert!(!body.contains(SPAM_TITLE), "{body}");
    }
    if let Some(sink) = &sink {
        let mail = mail_with(sink, "A fair point.").await;
        assert_eq!(mail.to(), "mod@example.org");
        assert!(mail.body.contains(ADDRESS), "{}", mail.body);
        for text in [&mail.subject, &mail.body] {
            assert!(
                !text.contains(SPAM_TITLE) && !text.contains(TITLE),
                "{text}"
            );
        }
    }

    // Approved, the reader's comment names the thread everywhere.
    app.approve(held_id).await;
    let (_, shown) = embed(&app, &q(PAGE), None).await;
    assert_eq!(shown["thread"]["title"], TITLE);
    assert_eq!(thread(&app).await["title"], TITLE);
    let page = app.get(&path).await;
    assert_eq!(page.text("title").trim(), format!("{TITLE} – masthead"));
    // And keeps it: the spam comment approved later renames nothing.
    app.approve(spam["comment"]["id"].as_i64().unwrap()).await;
    assert_eq!(thread(&app).await["title"], TITLE);
}

#[tokio::test]
async fn a_comment_approved_at_once_names_its_thread() {
    let app = TestApp::spawn().await;
    app.set("embed.allowed_origins", BLOG).await;
    let token = token(&app).await;
    let bot = ("Pill Seller", "pills@example.net");
    let spam = comment(&token, bot, SPAM_TITLE, "Pills!", "bot");
    assert_eq!(post(&app, Some(BLOG), &spam).await.0, StatusCode::CREATED);
    // Every newcomer trusted: the reader's comment is approved on arrival.
    app.set("comments.trust_after", "0").await;
    let reader = ("Blog Reader", "reader@example.com");
    let (status, created) = post(
        &app,
        Some(BLOG),
        &comment(&token, reader, TITLE, "Nice.", ""),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    assert_eq!(created["comment"]["status"], "approved");
    assert_eq!(created["thread"]["title"], TITLE);
    // Another approved comment's title does not rename it.
    let other = ("Other Reader", "other@example.com");
    let again = comment(&token, other, "Another title", "Me too.", "");
    let (_, again) = post(&app, Some(BLOG), &again).await;
    assert_eq!(again["comment"]["status"], "approved");
    assert_eq!(again["thread"]["title"], TITLE);
    assert_eq!(thread(&app).await["title"], TITLE);
}

#[tokio::test]
async fn staff_naming_a_thread_confirms_its_title() {
    let app = TestApp::spawn().await;
    app.set("embed.allowed_origins", BLOG).await;
    let token = token(&app).await;
    let reader = ("Blog Reader", "reader@example.com");
    let (_, held) = post(
        &app,
        Some(BLOG),
        &comment(&token, reader, SPAM_TITLE, "Held.", ""),
    )
    .await;
    let id = held["thread"]["id"].as_i64().unwrap();
    assert_eq!(held["thread"]["title"], ADDRESS);

    // An editor opens the thread in the article editor and names it.
    let ed = crate::editor::editor(&app).await;
    let form = app.get_as(&ed, &format!("/admin/articles/{id}")).await;
    assert_eq!(form.status, StatusCode::OK);
    assert_eq!(form.attr("#title", "value").as_deref(), Some(ADDRESS));
    let value = |name: &str| {
        form.attr(&format!("input[name={name}]"), "value")
            .unwrap_or_default()
    };
    let (slug, publish_at) = (value("slug"), value("publish_at"));
    let saved = crate::editor::send(
        &app,
        &ed,
        &format!("/admin/articles/{id}"),
        &[
            ("title", "Named by the desk"),
            ("slug", &slug),
            ("publish_at", &publish_at),
            ("comments_open", "on"),
            ("action", "save"),
        ],
        None,
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(thread(&app).await["title"], "Named by the desk");
    // Staff's name stands: approving the comment does not replace it.
    app.approve(held["comment"]["id"].as_i64().unwrap()).await;
    assert_eq!(thread(&app).await["title"], "Named by the desk");
    let (_, shown) = embed(&app, &q(PAGE), None).await;
    assert_eq!(shown["thread"]["title"], "Named by the desk");
}

/// The double opt-in request goes to whatever address the form was given:
/// it names the site, never an article or thread.
#[tokio::test]
async fn the_confirmation_mail_quotes_no_title() {
    let Some(py) = python() else { return };
    let sink = Sink::start(py);
    let (app, article) = crate::notify::site(Some(sink.url())).await;
    crate::notify::comment(
        &app,
        article,
        "Eve",
        "victim@example.org",
        "Follow me.",
        true,
    )
    .await;
    let start = Instant::now();
    let confirm = loop {
        if let Some(m) = sink
            .mails()
            .into_iter()
            .find(|m| m.to() == "victim@example.org")
        {
            break m;
        }
        assert!(start.elapsed() < DEADLINE, "no confirmation request");
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert!(confirm.body.contains("/mail/confirm?token="));
    for text in [&confirm.subject, &confirm.body] {
        assert!(!text.contains("A test story"), "{text}");
    }
}
