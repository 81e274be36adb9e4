//! Group commit of readers' comments, on the store itself: submissions that
//! queue while the database is busy are committed together, a submission
//! the database refuses (its article gone) fails alone, and two identical
//! submissions in one group store one comment.
use crate::db::on_postgres;
use crate::helpers::{ARTICLE, TestDb, run_cli};
use masthead_core::chrono::Utc;
use masthead_core::comment::{CommentStatus, NewComment};
use masthead_core::html::SanitizedHtml;
use masthead_core::ids::ArticleId;
use masthead_core::store::Inserted;
use sqlx::{Connection, Executor};
use std::time::Duration;

const SUBMISSIONS: usize = 40;

fn comment(n: usize, article: i64) -> NewComment {
    NewComment {
        article_id: ArticleId(article),
        parent_id: None,
        author_name: format!("Reader {n}"),
        author_email: format!("reader{n}@example.com"),
        author_url: None,
        author_ip: Some("192.0.2.1".into()),
        user_agent: None,
        content_source: format!("comment {n}"),
        content_html: SanitizedHtml::from_stored(format!("<p>comment {n}</p>")),
        status: CommentStatus::Pending,
        moderation_reason: None,
        created_at: Utc::now(),
        user_id: None,
        avatar: None,
        subscribe: false,
        page_title: None,
        reader_id: None,
        filter_score: None,
        filter_decided: false,
    }
}

/// Holds the comments table's write lock until dropped.
enum Blocker {
    Sqlite(sqlx::SqliteConnection),
    Postgres(sqlx::PgConnection),
}

async fn block_writes(url: &str) -> Blocker {
    if on_postgres() {
        let mut c = sqlx::PgConnection::connect(url).await.unwrap();
        c.execute("BEGIN").await.unwrap();
        c.execute("LOCK TABLE comments IN SHARE ROW EXCLUSIVE MODE")
            .await
            .unwrap();
        Blocker::Postgres(c)
    } else {
        let mut c = sqlx::SqliteConnection::connect(url).await.unwrap();
        c.execute("BEGIN IMMEDIATE").await.unwrap();
        Blocker::Sqlite(c)
    }
}

impl Blocker {
    async fn release(self) {
        match self {
            Blocker::Sqlite(mut c) => c.execute("ROLLBACK").await.map(drop).unwrap(),
            Blocker::Postgres(mut c) => c.execute("ROLLBACK").await.map(drop).unwrap(),
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn queued_comments_commit_together_and_a_refused_one_fails_alone() {
    let dir = tempfile::tempdir().unwrap();
    let db = TestDb::new(dir.path(), "group.db").await;
    let file = dir.path().join("a.md");
    std::fs::write(&file, ARTICLE).unwrap();
    assert!(
        run_cli(&db.url, &["article", "add", file.to_str().unwrap()])
            .status
            .success()
    );
    let store = masthead_store::connect(&db.url).await.unwrap();
    let (groups_before, comments_before) = store.comment_groups();

    // Submissions 0..38 are good; 38 names an article that does not exist;
    // 39 is a copy of 0.
    let mut batch: Vec<NewComment> = (0..SUBMISSIONS - 2).map(|n| comment(n, 1)).collect();
    batch.push(comment(SUBMISSIONS - 2, 999_999));
    batch.push(batch[0].clone());

    // While another connection holds the write lock every submission
    // queues behind the first group, so the rest form one group.
    let blocker = block_writes(&db.url).await;
    let mut tasks = Vec::new();
    for c in batch {
        let store = store.clone();
        tasks.push(tokio::spawn(async move {
            store.insert_reader_comment(&c).await
        }));
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    blocker.release().await;
    let mut results = Vec::new();
    for t in tasks {
        results.push(t.await.unwrap());
    }

    let (groups, comments) = store.comment_groups();
    let (groups, comments) = (groups - groups_before, comments - comments_before);
    assert_eq!(
        comments, SUBMISSIONS as u64,
        "every submission went through a group"
    );
    assert!(
        groups <= 3,
        "{SUBMISSIONS} queued submissions took {groups} groups"
    );

    let refused = &results[SUBMISSIONS - 2];
    assert!(
        refused.is_err(),
        "a comment on a missing article: {refused:?}"
    );
    let (first, copy) = (&results[0], &results[SUBMISSIONS - 1]);
    let stored: Vec<_> = results[..SUBMISSIONS - 2]
        .iter()
        .chain([copy])
        .map(|r| *r.as_ref().expect("a good submission failed with a bad one"))
        .collect();
    let ids: std::collections::HashSet<_> = stored
        .iter()
        .filter_map(|r| match r {
            Inserted::Stored(id) => Some(*id),
            Inserted::Duplicate => None,
        })
        .collect();
    assert_eq!(
        ids.len(),
        SUBMISSIONS - 2,
        "one comment per good submission"
    );
    assert!(
        matches!(first.as_ref().unwrap(), Inserted::Stored(_))
            ^ matches!(copy.as_ref().unwrap(), Inserted::Stored(_)),
        "exactly one of two identical submissions is stored: {first:?}, {copy:?}"
    );

    // And the database holds exactly those.
    let all = store
        .comments(&masthead_core::store::CommentFilter::default())
        .await
        .unwrap();
    assert_eq!(all.len(), SUBMISSIONS - 2);
    for c in &all {
        assert!(ids.contains(&c.id), "{:?} was not acknowledged", c.id);
    }
}
