//! WordPress's default moderation: first-time commenters, links, words; the
//! author's own view of a held comment; moderation from the command line.
use crate::helpers::{TestApp, stdout, visitor};

const AWAITING: &str = "Your comment is awaiting moderation.";

#[tokio::test]
async fn a_first_comment_is_held_and_shown_only_to_its_author_until_approved() {
    let (app, id) = TestApp::with_article().await;
    let author = visitor();
    let cid = app
        .comment_as(
            &author,
            id,
            "First Timer",
            "first@example.com",
            "Hello there.",
            None,
        )
        .await;

    let own = app.get_as(&author, "/articles/test-story").await;
    let item = format!("#comment-{cid}");
    assert!(own.text(&item).contains("Hello there."));
    assert!(own.text(&item).contains(AWAITING));

    let other = app.get_as(&visitor(), "/articles/test-story").await;
    assert!(!other.has(&item), "a held comment is public");
    assert!(!other.body.contains("Hello there."));

    // Approved from the command line while the server runs: the very next view shows it.
    let out = app.cli(&["comments", "approve", &cid.to_string()]).await;
    assert!(out.status.success(), "{out:?}");
    let other = app.get_as(&visitor(), "/articles/test-story").await;
    assert!(other.text(&item).contains("Hello there."));
    assert!(!other.body.contains(AWAITING));

    // Now known: the same name and email is approved at once.
    let again = app
        .comment_as(
            &visitor(),
            id,
            "First Timer",
            "first@example.com",
            "Me again.",
            None,
        )
        .await;
    let page = app.get_as(&visitor(), "/articles/test-story").await;
    assert!(
        page.text(&format!("#comment-{again}"))
            .contains("Me again.")
    );

    // Same name, another email: held again.
    let other_email = app
        .comment_as(
            &visitor(),
            id,
            "First Timer",
            "else@example.com",
            "Who am I?",
            None,
        )
        .await;
    let page = app.get_as(&visitor(), "/articles/test-story").await;
    assert!(!page.has(&format!("#comment-{other_email}")));
}

/// Makes "Known Author" a known commenter, so other rules can be tested alone.
async fn known_author(app: &TestApp, article: i64) -> reqwest::Client {
    app.approved_comment(article, "Known Author", "Earlier comment.", None)
        .await;
    visitor()
}

async fn status_and_reason(app: &TestApp, cid: i64) -> (String, String) {
    let c = app
        .store
        .comment(masthead_core::ids::CommentId(cid))
        .await
        .unwrap()
        .unwrap();
    (
        c.status.to_string(),
        crate::helpers::rules_reasons(
            &c.moderation_reason
                .map(|r| r.to_string())
                .unwrap_or_default(),
        ),
    )
}

#[tokio::test]
async fn two_links_are_held_counting_bare_urls() {
    let (app, id) = TestApp::with_article().await;
    let client = known_author(&app, id).await;
    let email = "known.author@example.com";
    let one = app
        .comment_as(
            &client,
            id,
            "Known Author",
            email,
            "See https://a.example.org only.",
            None,
        )
        .await;
    assert_eq!(status_and_reason(&app, one).await.0, "approved");
    let two = app
        .comment_as(
            &client,
            id,
            "Known Author",
            email,
            "See https://a.example.org and <a href=\"https://b.example.org\">b</a>.",
            None,
        )
        .await;
    assert_eq!(
        status_and_reason(&app, two).await,
        ("pending".into(), "contains 2 links (limit 2)".into())
    );
}

#[tokio::test]
async fn moderation_words_hold_and_disallowed_words_mark_spam() {
    let (app, id) = TestApp::with_article().await;
    let client = known_author(&app, id).await;
    let email = "known.author@example.com";
    assert!(
        app.cli(&[
            "settings",
            "set",
            "comments.moderation_words",
            "casino, lottery"
        ])
        .await
        .status
        .success()
    );
    assert!(
        app.cli(&["settings", "set", "comments.disallowed_words", "viagra"])
            .await
            .status
            .success()
    );

    let held = app
        .comment_as(
            &client,
            id,
            "Known Author",
            email,
            "Try the CASINO tonight",
            None,
        )
        .await;
    assert_eq!(
        status_and_reason(&app, held).await,
        ("pending".into(), "contains moderation word “casino”".into())
    );

    let spam = app
        .comment_as(
            &client,
            id,
            "Known Author",
            email,
            "Cheap Viagra here",
            None,
        )
        .await;
    assert_eq!(
        status_and_reason(&app, spam).await,
        ("spam".into(), "contains disallowed word “viagra”".into())
    );
    // Spam is never public; its author sees what a held comment looks like.
    assert!(
        !app.get_as(&visitor(), "/articles/test-story")
            .await
            .body
            .contains("Cheap Viagra")
    );
    let own = app.get_as(&client, "/articles/test-story").await;
    assert!(own.text(&format!("#comment-{spam}")).contains(AWAITING));

    // The queue says why.
    let list = stdout(&app.cli(&["comments", "list", "--status", "spam"]).await);
    assert!(list.contains("disallowed word"), "{list}");
}

#[tokio::test]
async fn trashed_and_spam_comments_disappear_from_the_page() {
    let (app, id) = TestApp::with_article().await;
    let a = app
        .approved_comment(id, "Reader One", "Visible one.", None)
        .await;
    let b = app
        .approved_comment(id, "Reader Two", "Visible two.", None)
        .await;
    assert!(
        app.cli(&["comments", "trash", &a.to_string()])
            .await
            .status
            .success()
    );
    assert!(
        app.cli(&["comments", "spam", &b.to_string()])
            .await
            .status
            .success()
    );
    let page = app.get_as(&visitor(), "/articles/test-story").await;
    assert!(!page.body.contains("Visible one.") && !page.body.contains("Visible two."));
    // A trashed comment no longer blocks an identical resubmission.
    let again = app
        .comment_as(
            &visitor(),
            id,
            "Reader One",
            "reader.one@example.com",
            "Visible one.",
            None,
        )
        .await;
    assert!(again > b);
}
