//! Long discussions in pages (`comments.page_comments`, `comments.default_page`):
//! a 10,000-comment thread, its links, permalinks and the 303 after posting,
//! and hostile page numbers.
use crate::helpers::{TestApp, comment_id_from, visitor};
use masthead_core::comment::{CommentStatus, NewComment};
use masthead_core::html::{Allowlist, render_comment};
use masthead_core::ids::{ArticleId, CommentId};
use reqwest::StatusCode;
use std::collections::HashSet;

const STORY: &str = "/articles/test-story";
const TOTAL: usize = 10_000;

/// Stores `TOTAL` approved comments in one import transaction: every third
/// one a reply to an earlier top-level comment. Returns the top-level ids in
/// order and the replies as (reply, parent).
async fn big_thread(app: &TestApp, article: i64) -> (Vec<i64>, Vec<(i64, i64)>) {
    let allow = Allowlist::default();
    let start = chrono::Utc::now() - chrono::Duration::days(30);
    let rows: Vec<(NewComment, String)> = (0..TOTAL)
        .map(|i| {
            let text = format!("Comment {i} of the big thread.");
            let new = NewComment {
                article_id: ArticleId(article),
                parent_id: None,
                author_name: format!("Reader {i}"),
                author_email: format!("reader{i}@example.com"),
                author_url: None,
                author_ip: None,
                user_agent: None,
                content_html: render_comment(&text, &allow),
                content_source: text,
                status: CommentStatus::Approved,
                moderation_reason: None,
                created_at: start + chrono::Duration::seconds(i as i64),
                user_id: None,
                avatar: None,
                subscribe: false,
                page_title: None,
                reader_id: None,
                filter_score: None,
                filter_decided: false,
            };
            (new, "comment".to_string())
        })
        .collect();
    let mut tx = app.store.begin_import().await.unwrap();
    let ids = tx.insert_comments(&rows).await.unwrap();
    let (mut roots, mut replies, mut links) = (Vec::new(), Vec::new(), Vec::new());
    for (i, id) in ids.iter().enumerate() {
        if i % 3 == 2 {
            // A reply to a top-level comment a little earlier in the thread.
            let parent = roots[(i * 7) % roots.len()];
            replies.push((id.0, parent));
            links.push((*id, CommentId(parent)));
        } else {
            roots.push(id.0);
        }
    }
    tx.set_comment_parents(&links).await.unwrap();
    tx.commit().await.unwrap();
    (roots, replies)
}

fn ids_on(page: &crate::helpers::Page) -> Vec<i64> {
    let html = page.html();
    let sel = scraper::Selector::parse("ol.comment-list li.comment").unwrap();
    html.select(&sel)
        .filter_map(|li| li.value().id()?.strip_prefix("comment-")?.parse().ok())
        .collect()
}

#[tokio::test]
async fn a_ten_thousand_comment_thread_reads_page_by_page() {
    let (app, article) = TestApp::with_article().await;
    let (roots, replies) = big_thread(&app, article).await;
    let per_page = 50;
    let pages = roots.len().div_ceil(per_page);

    // The article's own address shows the newest page, linking to the older one.
    let newest = app.get(STORY).await;
    assert_eq!(newest.status, StatusCode::OK);
    let last_root = *roots.last().unwrap();
    assert!(ids_on(&newest).contains(&last_root));
    let older = format!("{STORY}/comment-page-{}/", pages - 1);
    assert_eq!(
        newest.attr("a.comments-older", "href"),
        Some(format!("{older}#comments"))
    );
    assert!(!newest.has("a.comments-newer"));
    assert_eq!(newest.attr("link[rel=prev]", "href"), Some(older.clone()));
    assert_eq!(
        newest.text("h2.comments-title"),
        // The count as the language writes numbers (ICU): "10,000" in English.
        "10,000 comments on “A test story”"
    );

    // Every comment is on exactly one page, each page with its links.
    let mut seen = HashSet::new();
    for n in 1..=pages {
        let path = if n == pages {
            STORY.to_string()
        } else {
            format!("{STORY}/comment-page-{n}/")
        };
        let page = app.get(&path).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        let on_page = ids_on(&page);
        let roots_here = on_page.iter().filter(|id| roots.contains(id)).count();
        assert!(
            roots_here <= per_page && roots_here > 0,
            "{path}: {roots_here}"
        );
        for id in on_page {
            assert!(seen.insert(id), "comment {id} on two pages");
        }
        assert_eq!(page.has("a.comments-older"), n > 1, "{path}");
        assert_eq!(page.has("a.comments-newer"), n < pages, "{path}");
        assert_eq!(
            page.attr("link[rel=canonical]", "href"),
            Some(format!("{}{path}", app.base))
        );
    }
    assert_eq!(seen.len(), TOTAL);

    // A reply is on the page of its thread; its permalink finds it there.
    let (reply, parent) = replies[0];
    let parent_page = roots.iter().position(|r| *r == parent).unwrap() / per_page + 1;
    let r = app.get(&format!("/comments/{reply}")).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(
        r.location(),
        format!("{STORY}/comment-page-{parent_page}/#comment-{reply}")
    );
    let page = app
        .get(&format!("{STORY}/comment-page-{parent_page}/"))
        .await;
    assert!(ids_on(&page).contains(&reply));

    // A new reply to a comment on page 1: the 303 lands on page 1.
    let first = roots[0].to_string();
    let posted = app
        .post_form(&[
            ("comment_post_ID", &article.to_string()),
            ("comment_parent", &first),
            ("author", "Reader 0"),
            ("email", "reader0@example.com"),
            ("comment", "Late answer to the very first comment."),
        ])
        .await;
    assert_eq!(posted.status, StatusCode::SEE_OTHER, "{}", posted.body);
    let new_id = comment_id_from(&posted.location());
    assert_eq!(
        posted.location(),
        format!("{STORY}/comment-page-1/#comment-{new_id}")
    );
    assert!(ids_on(&app.get(&format!("{STORY}/comment-page-1/")).await).contains(&new_id));
    // A new top-level comment lands on the article's own address (newest page).
    let posted = app
        .post_form(&[
            ("comment_post_ID", &article.to_string()),
            ("author", "Reader 1"),
            ("email", "reader1@example.com"),
            ("comment", "The newest word."),
        ])
        .await;
    let new_id = comment_id_from(&posted.location());
    assert_eq!(posted.location(), format!("{STORY}#comment-{new_id}"));

    // Oldest first: the article's address shows page 1.
    app.set("comments.default_page", "oldest").await;
    let oldest = app.get(STORY).await;
    assert!(ids_on(&oldest).contains(&roots[0]));
    assert!(!oldest.has("a.comments-older") && oldest.has("a.comments-newer"));
    let r = app.get(&format!("{STORY}/comment-page-1/")).await;
    assert_eq!(
        (r.status, r.location()),
        (StatusCode::MOVED_PERMANENTLY, STORY.to_string())
    );
    // 0 puts every comment on one page.
    app.set("comments.page_comments", "0").await;
    assert_eq!(ids_on(&app.get(STORY).await).len(), TOTAL + 2);
}

#[tokio::test]
async fn odd_comment_page_numbers_are_404_or_a_redirect_never_an_error() {
    let (app, article) = TestApp::with_article().await;
    app.set("comments.page_comments", "2").await;
    for i in 0..5 {
        app.approved_comment(article, &format!("Reader {i}"), "Hello.", None)
            .await;
    }
    // 3 pages; the newest (3) is the article's own address.
    assert_eq!(
        app.get(&format!("{STORY}/comment-page-1/")).await.status,
        StatusCode::OK
    );
    let r = app.get(&format!("{STORY}/comment-page-3/")).await;
    assert_eq!(
        (r.status, r.location()),
        (StatusCode::MOVED_PERMANENTLY, STORY.to_string())
    );
    let r = app.get(&format!("{STORY}/comment-page-2")).await;
    assert_eq!(
        (r.status, r.location()),
        (
            StatusCode::MOVED_PERMANENTLY,
            format!("{STORY}/comment-page-2/")
        )
    );
    for bad in [
        "comment-page-0/",
        "comment-page--1/",
        "comment-page-4/",
        "comment-page-99999999999999999999/",
        "comment-page-abc/",
        "comment-page-/",
        "comment-page-1.5/",
        "page-2/",
        "comment-page-%00/",
        "nothing",
    ] {
        let r = app.get(&format!("{STORY}/{bad}")).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{bad}");
        assert!(
            r.body.contains("Page not found") || r.body.contains("not found"),
            "{bad}"
        );
    }
    assert_eq!(
        app.get("/articles/no-such-story/comment-page-2/")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    // Held, unknown and malformed permalinks are 404s too.
    let held = app
        .comment_as(
            &visitor(),
            article,
            "New Reader",
            "new@example.com",
            "Hm.",
            None,
        )
        .await;
    for id in [
        held.to_string(),
        "987654321".into(),
        "x".into(),
        "-1".into(),
    ] {
        assert_eq!(
            app.get(&format!("/comments/{id}")).await.status,
            StatusCode::NOT_FOUND,
            "{id}"
        );
    }
}
