//! The commenter's email never appears in a public response, not even hashed.
use crate::helpers::{TestApp, visitor};
use sha2::{Digest, Sha256};

#[tokio::test]
async fn the_email_never_appears_in_any_response() {
    let (app, id) = TestApp::with_article().await;
    let email = "secret.person+tag@private-mail.example";
    let author = visitor();
    let held = app
        .comment_as(&author, id, "Private Person", email, "Held text.", None)
        .await;
    let approved = app
        .comment_as(
            &visitor(),
            id,
            "Other Person",
            "o@example.com",
            "Root.",
            None,
        )
        .await;
    app.approve(approved).await;
    app.approve(held).await;
    let pending = app
        .comment_as(
            &author,
            id,
            "Private Person",
            email,
            "Second, still visible to me.",
            Some(approved),
        )
        .await;
    let _ = pending;

    let hex = |bytes: &[u8]| bytes.iter().map(|b| format!("{b:02x}")).collect::<String>();
    let needles = [
        email.to_string(),
        "private-mail".to_string(),
        hex(&Sha256::digest(email.as_bytes())),
        hex(&Sha256::digest(email.trim().to_lowercase().as_bytes())),
        "gravatar".to_string(),
    ];
    let paths = [
        "/".to_string(),
        "/articles/test-story".to_string(),
        format!("/articles/test-story?replytocom={approved}"),
        "/no-such-page".to_string(),
        "/articles/no-such-article".to_string(),
    ];
    for client in [&author, &visitor()] {
        for p in &paths {
            let page = app.get_as(client, p).await;
            let haystack = format!("{:?}\n{}", page.headers, page.body).to_lowercase();
            for n in &needles {
                assert!(!haystack.contains(n), "{n} found in {p}");
            }
        }
    }
    // The author does see their held comment, without the email.
    assert!(
        app.get_as(&author, "/articles/test-story")
            .await
            .body
            .contains("Second, still visible to me.")
    );
}
