//! No identicon for a comment that is not approved (issue 25): the seed is
//! a keyed hash of the email, so showing it for whatever a poster typed
//! would let anyone check a guessed address against the identicon of a
//! published comment. Held and spam comments show their author one neutral
//! placeholder instead, the same for everyone.
use crate::embed::{BLOG, PAGE, embed, post, q, token_of};
use crate::helpers::{TestApp, comment_id_from, visitor};
use masthead_core::comment::avatar_seed;
use reqwest::StatusCode;
use serde_json::{Value, json};

const PLACEHOLDER: &str = "/avatar/placeholder.svg";
/// The address of a commenter whose approved comment shows her identicon.
const ALICE: &str = "alice@example.org";

/// Alice's approved comment on the test article: her identicon is public.
async fn alice_is_published(app: &TestApp, article: i64) -> String {
    let id = app
        .comment_as(&visitor(), article, "Alice", ALICE, "Hello.", None)
        .await;
    app.approve(id).await;
    let seed = avatar_seed(app.secret(), ALICE);
    let page = app.get("/articles/test-story").await;
    assert_eq!(
        page.attr(&format!("#comment-{id} img.avatar"), "src"),
        Some(format!("/avatar/{seed}.svg"))
    );
    seed
}

fn guess(token: &str, hp: &str) -> Value {
    json!({"url": PAGE, "title": "A page", "author": "Mallory", "email": ALICE,
           "comment": format!("Is it her? {hp}"), "token": token, "hp": hp})
}

#[tokio::test]
async fn a_guessed_email_is_not_confirmed_by_the_embeds_answers() {
    let (app, article) = TestApp::with_article().await;
    app.set("embed.allowed_origins", BLOG).await;
    let seed = alice_is_published(&app, article).await;
    let (_, unmade) = embed(&app, &q(PAGE), None).await;
    let token = token_of(&unmade);

    // Silent spam (the honeypot filled) and a held comment, both typed with
    // Alice's address: neither answer carries her seed.
    let mut authored = Vec::new();
    for hp in ["I am a bot", ""] {
        let (status, created) = post(&app, Some(BLOG), &guess(&token, hp)).await;
        assert_eq!(status, StatusCode::CREATED, "{created}");
        assert_eq!(created["comment"]["status"], "pending");
        assert_eq!(created["comment"]["avatar"], PLACEHOLDER, "{created}");
        assert!(!created.to_string().contains(&seed), "{created}");
        authored.push(created["author_token"].as_str().unwrap().to_string());
    }
    let held = authored.join(" ");

    // The author's own view of their held comment: the placeholder.
    let list: Value = visitor()
        .get(format!("{}/api/comments?{}", app.base, q(PAGE)))
        .header("x-masthead-authored", &held)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    // Both, as held (spam looks held to its author, as on the page).
    assert_eq!(list["total"], 2, "{list}");
    for c in list["comments"].as_array().unwrap() {
        assert_eq!(c["avatar"], PLACEHOLDER);
        assert_eq!(c["status"], "pending");
    }
    assert!(!list.to_string().contains(&seed), "{list}");
    let (_, mine) = embed(&app, &q(PAGE), Some(&held)).await;
    let html = mine["html"].as_str().unwrap();
    assert!(html.contains("Is it her?"), "{html}");
    assert!(
        html.contains(&format!("{}{PLACEHOLDER}", app.base)),
        "{html}"
    );
    assert!(!html.contains(&seed), "{html}");

    // One neutral picture, served to anyone.
    let svg = app.get(PLACEHOLDER).await;
    assert_eq!(svg.status, StatusCode::OK);
    assert_eq!(svg.headers["content-type"], "image/svg+xml");
    assert!(svg.body.starts_with("<svg"));

    // Approved, a comment has its author's identicon again.
    let id = list["comments"][0]["id"].as_i64().unwrap();
    app.approve(id).await;
    let list: Value = visitor()
        .get(format!("{}/api/comments?{}", app.base, q(PAGE)))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(list["comments"][0]["avatar"], format!("/avatar/{seed}.svg"));
}

#[tokio::test]
async fn the_article_page_shows_a_held_comment_with_the_placeholder() {
    let (app, article) = TestApp::with_article().await;
    let seed = alice_is_published(&app, article).await;
    let article = article.to_string();
    // A held comment and a spam one (honeypot) typed with Alice's address,
    // each seen by its author on the article page.
    for hp in ["", "I am a bot"] {
        let guesser = visitor();
        let posted = app
            .post_form_as(
                &guesser,
                &[
                    ("comment_post_ID", &article),
                    ("comment_parent", "0"),
                    ("author", "Mallory"),
                    ("email", ALICE),
                    ("url", ""),
                    ("comment", &format!("Guessing {hp}")),
                    ("mh_hp", hp),
                ],
            )
            .await;
        assert_eq!(posted.status, StatusCode::SEE_OTHER, "{}", posted.body);
        let id = comment_id_from(&posted.location());
        let page = app.get_as(&guesser, &posted.location()).await;
        let row = format!("#comment-{id}");
        assert!(
            page.text(&row).contains("awaiting moderation"),
            "{}",
            page.body
        );
        assert_eq!(
            page.attr(&format!("{row} img.avatar"), "src").as_deref(),
            Some(PLACEHOLDER)
        );
        // The seed shows once, beside Alice's published comment only.
        assert_eq!(page.body.matches(&seed).count(), 1, "{}", page.body);
    }
}
