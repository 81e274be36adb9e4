//! Disqus import with the real binary over the corpus files, counted by an
//! independent reader (roxmltree).
use crate::helpers::{TestApp, corpus_dir, stderr, stdout};
use std::collections::BTreeMap;

const DSQ: &str = "http://disqus.com/disqus-internals";

/// Posts of the threads whose dsq:id is in `threads`, by status, and
/// (post id, parent id) pairs, read with roxmltree.
fn expected(text: &str, threads: &[&str]) -> (BTreeMap<String, i64>, Vec<(String, String)>) {
    let doc = roxmltree::Document::parse(text).expect("well-formed");
    let mut by_status = BTreeMap::new();
    let mut parents = Vec::new();
    for post in doc
        .descendants()
        .filter(|n| n.has_tag_name(("http://disqus.com", "post")))
    {
        let child = |name: &str| {
            post.children()
                .find(|c| c.has_tag_name(("http://disqus.com", name)))
        };
        let thread = child("thread")
            .and_then(|t| t.attribute((DSQ, "id")))
            .unwrap_or_default();
        if !threads.contains(&thread) {
            continue;
        }
        let flag = |name: &str| child(name).and_then(|c| c.text()) == Some("true");
        let status = if flag("isSpam") {
            "spam"
        } else if flag("isDeleted") {
            "trash"
        } else {
            "approved"
        };
        *by_status.entry(status.to_string()).or_default() += 1;
        if let Some(parent) = child("parent").and_then(|p| p.attribute((DSQ, "id"))) {
            parents.push((
                post.attribute((DSQ, "id")).unwrap().to_string(),
                parent.to_string(),
            ));
        }
    }
    parents.sort();
    (by_status, parents)
}

async fn stored(url: &str) -> (BTreeMap<String, i64>, Vec<(String, String)>) {
    sqlx::any::install_default_drivers();
    let db = sqlx::AnyPool::connect(url).await.unwrap();
    let by_status =
        sqlx::query_as::<_, (String, i64)>("SELECT status, COUNT(*) FROM comments GROUP BY status")
            .fetch_all(&db)
            .await
            .unwrap()
            .into_iter()
            .collect();
    let mut parents: Vec<(String, String)> = sqlx::query_as(
        "SELECT a.source_id, b.source_id FROM comments c \
         JOIN imported a ON a.kind = 'comment' AND a.target_id = c.id \
         JOIN imported b ON b.kind = 'comment' AND b.target_id = c.parent_id",
    )
    .fetch_all(&db)
    .await
    .unwrap();
    parents.sort();
    (by_status, parents)
}

#[tokio::test]
async fn disqus_threads_land_on_their_articles_with_flags_and_replies() {
    let Some(corpus) = corpus_dir() else { return };
    let (app, _) = TestApp::with_article().await;
    let file = corpus.join("disqus/isso-tests-disqus.xml");
    let path = file.to_str().unwrap();

    // Without a mapping, http://example.org/ names no article: nothing lands, and it says so.
    let out = app.cli(&["import", "disqus", path]).await;
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("http://example.org/ (4 comments)"),
        "{}",
        stdout(&out)
    );
    assert!(stored(&app.db_url).await.0.is_empty());

    let map = "http://example.org/=https://new.example.com/articles/test-story";
    let out = app
        .cli(&["import", "disqus", path, "--map-prefix", map])
        .await;
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(&file).unwrap();
    let want = expected(&text, &["2"]);
    assert_eq!(want.0.values().sum::<i64>(), 4);
    assert_eq!(stored(&app.db_url).await, want);
    // Deleted posts are in the trash, so the page shows only the others.
    let page = app.get("/articles/test-story").await;
    assert_eq!(
        page.html()
            .select(&scraper::Selector::parse("li.comment").unwrap())
            .count() as i64,
        want.0.get("approved").copied().unwrap_or(0)
    );
    assert!(!page.body.contains("foo@bar.com"));

    // Again: nothing twice.
    let again = app
        .cli(&["import", "disqus", path, "--map-prefix", map])
        .await;
    assert!(
        stdout(&again).contains("already imported: 4"),
        "{}",
        stdout(&again)
    );
    assert_eq!(stored(&app.db_url).await, want);
    let bad = app
        .cli(&["import", "disqus", path, "--map-prefix", "no-equals-sign"])
        .await;
    assert!(stderr(&bad).contains("FROM=TO"), "{}", stderr(&bad));
}

#[tokio::test]
async fn a_malformed_disqus_file_names_line_and_column_and_changes_nothing() {
    let Some(corpus) = corpus_dir() else { return };
    let app = TestApp::spawn().await;
    app.add_article("+++\ntitle = \"Podcast 229\"\nslug = \"podcast-229\"\n+++\nBody\n")
        .await;
    // remark42's test file has an unquoted attribute (dsq:id=247937687): not XML.
    let file = corpus.join("disqus/remark42-disqus.xml");
    let out = app.cli(&["import", "disqus", file.to_str().unwrap()]).await;
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("line 147, column 35"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("nothing was imported"));
    assert!(stored(&app.db_url).await.0.is_empty());

    // Repaired (attribute quoted, stray backtick before the declaration removed),
    // it imports onto the article its thread URL ends with.
    let text = std::fs::read_to_string(&file)
        .unwrap()
        .replace("dsq:id=247937687/>", "dsq:id=\"247937687\"/>")
        .trim_start_matches('`')
        .to_string();
    let dir = tempfile::tempdir().unwrap();
    let fixed = dir.path().join("fixed.xml");
    std::fs::write(&fixed, &text).unwrap();
    let out = app
        .cli(&["import", "disqus", fixed.to_str().unwrap()])
        .await;
    assert!(out.status.success(), "{}", stderr(&out));
    let want = expected(&text, &["247937687"]);
    assert!(want.0.values().sum::<i64>() >= 2, "{want:?}");
    assert_eq!(stored(&app.db_url).await, want);
}
