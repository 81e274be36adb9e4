//! A comment id is never handed out twice (issue 25), on both backends:
//! before migration 0021 SQLite gave a new comment the largest id + 1, so
//! permanently deleting the newest comment let the next one take its id,
//! and the deleted comment's author, whose browser still proved that id,
//! was shown the next person's held comment.
use crate::helpers::{TestApp, stderr, visitor};
use crate::reader_features::staff_act;
use masthead_core::comment::ModerationAction;
use masthead_core::ids::CommentId;

#[tokio::test]
async fn a_deleted_comments_id_is_never_given_to_the_next_comment() {
    let (app, article) = TestApp::with_article().await;
    app.approved_comment(article, "Ann", "An approved comment.", None)
        .await;
    // Fay's comment is held; her browser keeps the proof that it is hers.
    let fay = visitor();
    let fays = app
        .comment_as(&fay, article, "Fay", "fay@example.com", "Fay writes.", None)
        .await;
    let mine = app.get_as(&fay, "/articles/test-story").await;
    assert!(mine.body.contains("Fay writes."), "{}", mine.body);

    // Staff delete the newest comment for good, from the command line.
    let out = app.cli(&["comments", "delete", &fays.to_string()]).await;
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(app.store.comment(CommentId(fays)).await.unwrap().is_none());
    // The next person's held comment takes a new id...
    let gus = app
        .comment_as(
            &visitor(),
            article,
            "Gus",
            "gus@example.com",
            "Gus keeps this between him and the moderators.",
            None,
        )
        .await;
    assert!(gus > fays, "{gus} after {fays}");
    // ...so Fay's old proof shows her nothing of it.
    let mine = app.get_as(&fay, "/articles/test-story").await;
    assert!(!mine.body.contains("Gus keeps this"), "{}", mine.body);

    // Deleted through the moderation use case, or erased (which logs
    // nothing): the same.
    staff_act(&app, gus, ModerationAction::Delete).await;
    let hal = app
        .comment_as(&visitor(), article, "Hal", "hal@example.com", "Hal.", None)
        .await;
    assert!(hal > gus, "{hal} after {gus}");
    let out = app
        .cli(&["privacy", "erase", "hal@example.com", "--delete"])
        .await;
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(app.store.comment(CommentId(hal)).await.unwrap().is_none());
    let ivy = app
        .comment_as(&visitor(), article, "Ivy", "ivy@example.com", "Ivy.", None)
        .await;
    assert!(ivy > hal, "{ivy} after {hal}");
}
