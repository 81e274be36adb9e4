//! Replies nest under their parents, with permalinks and Reply links that work
//! without JavaScript.
use crate::helpers::TestApp;

#[tokio::test]
async fn replies_nest_under_their_parent_with_permalinks() {
    let (app, id) = TestApp::with_article().await;
    let root = app
        .approved_comment(id, "Root Author", "Root comment.", None)
        .await;
    let reply = app
        .approved_comment(id, "Reply Author", "A reply.", Some(root))
        .await;
    let deeper = app
        .approved_comment(id, "Deep Author", "Deeper.", Some(reply))
        .await;
    let second = app
        .approved_comment(id, "Second Root", "Another root.", None)
        .await;

    let page = app.get("/articles/test-story").await;
    assert!(page.has(&format!("ol.comment-list > li#comment-{root} > ol.children > li#comment-{reply} > ol.children > li#comment-{deeper}")), "{}", page.body);
    assert!(page.has(&format!("ol.comment-list > li#comment-{second}")));
    assert_eq!(
        page.attr(&format!("#comment-{reply} .comment-permalink"), "href"),
        Some(format!("#comment-{reply}"))
    );
    assert_eq!(page.text(".comments-title"), "4 comments on “A test story”");
}

#[tokio::test]
async fn the_reply_link_sets_the_parent_without_javascript() {
    let (app, id) = TestApp::with_article().await;
    let root = app
        .approved_comment(id, "Root Author", "Root comment.", None)
        .await;
    let page = app.get("/articles/test-story").await;
    let href = page
        .attr(&format!("#comment-{root} .comment-reply-link"), "href")
        .unwrap();
    assert_eq!(
        href,
        format!("/articles/test-story?replytocom={root}#respond")
    );

    let reply_page = app
        .get(&format!("/articles/test-story?replytocom={root}"))
        .await;
    assert_eq!(
        reply_page.attr("#comment_parent", "value"),
        Some(root.to_string())
    );
    assert_eq!(
        reply_page
            .text("#reply-title")
            .split_whitespace()
            .take(5)
            .collect::<Vec<_>>()
            .join(" "),
        "Leave a Reply to Root"
    );
    assert_eq!(
        reply_page.attr("meta[name=robots]", "content").as_deref(),
        Some("noindex")
    );
    assert!(
        reply_page
            .attr("#cancel-comment-reply-link", "hidden")
            .is_none()
    );

    // A reply target that is not an approved comment of this article is ignored.
    let bogus = app.get("/articles/test-story?replytocom=99999").await;
    assert_eq!(bogus.attr("#comment_parent", "value").as_deref(), Some("0"));
}

#[tokio::test]
async fn replies_beyond_the_depth_limit_stay_at_the_deepest_level() {
    let (app, id) = TestApp::with_article().await;
    assert!(
        app.cli(&["settings", "set", "comments.thread_depth", "2"])
            .await
            .status
            .success()
    );
    let a = app.approved_comment(id, "Level One", "1", None).await;
    let b = app.approved_comment(id, "Level Two", "2", Some(a)).await;
    let c = app.approved_comment(id, "Level Three", "3", Some(b)).await;
    let page = app.get("/articles/test-story").await;
    assert!(page.has(&format!("li#comment-{a} > ol.children > li#comment-{b}")));
    assert!(
        page.has(&format!("li#comment-{a} > ol.children > li#comment-{c}")),
        "{}",
        page.body
    );
    assert!(
        !page.has(&format!("#comment-{b} .comment-reply-link")),
        "no Reply at the depth limit"
    );
}
