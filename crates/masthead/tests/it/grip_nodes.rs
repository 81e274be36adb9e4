//! Several nodes behind one GRIP proxy (issue 29): each event is published
//! once between them — by the node holding the publishing lease — and every
//! node answers a held stream with the same chain; when the publisher
//! stops, another node takes over and continues the chain. The proxy's
//! publish endpoint is a recording server here, so every publish is seen.
use crate::crash::start_with;
use crate::helpers::run_cli;
use crate::multinode::{Node, post_comment, site};
use axum::routing::post;
use serde_json::Value;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A publish endpoint that keeps every item it is sent.
type Recorded = Arc<Mutex<Vec<Value>>>;

/// A GRIP proxy's publish endpoint that records what it is sent: the
/// chain's items, and apart from them the announcements of where a chain
/// ends (items without an id of their own).
async fn recording_proxy() -> (String, Recorded, Recorded) {
    let items = Arc::new(Mutex::new(Vec::new()));
    let tails = Arc::new(Mutex::new(Vec::new()));
    let (kept, kept_tails) = (items.clone(), tails.clone());
    let app = axum::Router::new().route(
        "/publish/",
        post(move |body: String| {
            let (kept, kept_tails) = (kept.clone(), kept_tails.clone());
            async move {
                let v: Value = serde_json::from_str(&body).expect("a JSON publish");
                for item in v["items"].as_array().cloned().unwrap_or_default() {
                    match item.get("id") {
                        Some(_) => kept.lock().unwrap().push(item),
                        None => kept_tails.lock().unwrap().push(item),
                    }
                }
                "Published\n"
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/publish/", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    (url, items, tails)
}

/// The event ids in the items published so far, with their items' ids.
fn events(items: &[Value]) -> Vec<(i64, String)> {
    items
        .iter()
        .flat_map(|item| {
            let content = item["formats"]["http-stream"]["content"]
                .as_str()
                .unwrap_or_default()
                .to_string();
            // Events are the blocks with an `event:` line; an `id:` alone is
            // the item's position, not an event.
            content
                .split("\n\n")
                .filter(|block| block.contains("\nevent: "))
                .filter_map(|block| {
                    block
                        .strip_prefix("id: ")?
                        .lines()
                        .next()?
                        .parse::<i64>()
                        .ok()
                })
                .map(|id| (id, content.clone()))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Waits until an item carrying `text` was published; all items then.
async fn published_with(items: &Arc<Mutex<Vec<Value>>>, text: &str) -> Vec<Value> {
    let start = Instant::now();
    loop {
        let now = items.lock().unwrap().clone();
        if events(&now).iter().any(|(_, c)| c.contains(text)) {
            // A second publisher would have sent it within a pump round.
            tokio::time::sleep(Duration::from_millis(800)).await;
            return items.lock().unwrap().clone();
        }
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "“{text}” never published: {now:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Items this node published, from its metrics (absent: none).
async fn published_by(base: &str) -> f64 {
    let text = reqwest::get(format!("{base}/metrics"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    text.lines()
        .find_map(|l| l.strip_prefix("masthead_grip_items_published_total "))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0.0)
}

/// Where a node puts a reader when the proxy asks it to hold a stream: the
/// channel, and the id the answer ends on (the reader's last event id).
async fn held_at(base: &str) -> (String, String) {
    let r = reqwest::Client::new()
        .get(format!("{base}/articles/test-story/live"))
        .header("accept", "text/event-stream")
        .header("grip-sig", "from the proxy")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["grip-hold"], "stream");
    assert!(r.headers().get("grip-link").is_none(), "no recovery link");
    let channel = r.headers()["grip-channel"].to_str().unwrap().to_string();
    let body = r.text().await.unwrap();
    let last = body
        .rsplit("\n\n")
        .find_map(|block| block.strip_prefix("id: "))
        .unwrap_or_else(|| panic!("no position in {body:?}"))
        .to_string();
    (channel, last)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_nodes_behind_one_grip_proxy_publish_each_event_once() {
    let Some(db) = site().await else { return };
    let (url, items, tails) = recording_proxy().await;
    let args = ["--grip-publish-url", url.as_str()];
    let a = Node::from(start_with(&db.url, 0, &args));
    let b = Node::from(start_with(&db.url, 0, &args));
    let approve = |id: i64| {
        let out = run_cli(&db.url, &["comments", "approve", &id.to_string()]);
        assert!(out.status.success());
    };

    // Two approvals, each through a different node's form.
    let first = post_comment(&a.base, "Reader One", "First through node A.").await;
    approve(first);
    published_with(&items, "First through node A.").await;
    let second = post_comment(&b.base, "Reader Two", "Second through node B.").await;
    approve(second);
    let seen = published_with(&items, "Second through node B.").await;
    let ids: Vec<i64> = events(&seen).into_iter().map(|(id, _)| id).collect();
    let mut once = ids.clone();
    once.dedup();
    assert_eq!(ids, once, "every event published once: {seen:?}");
    assert_eq!(ids.len(), 2, "{seen:?}");

    // One node published, the other none.
    let (by_a, by_b) = (published_by(&a.base).await, published_by(&b.base).await);
    assert!(
        (by_a == 0.0) != (by_b == 0.0),
        "one publisher: A {by_a}, B {by_b}"
    );
    // The items form one chain (each names the one before it, for the
    // proxy and in its content for the reader), and both nodes put a new
    // reader on its end.
    assert!(seen[0].get("prev-id").is_none(), "{seen:?}");
    assert_eq!(seen[1]["prev-id"], seen[0]["id"], "{seen:?}");
    let content = seen[1]["formats"]["http-stream"]["content"]
        .as_str()
        .unwrap();
    let id = seen[1]["id"].as_str().unwrap();
    assert!(
        content.starts_with(&format!(
            "event: chain\ndata: {{\"prev\":{}}}\n\n",
            seen[0]["id"].as_str().unwrap()
        )) && content.ends_with(&format!("id: {id}\n\n")),
        "{content:?}"
    );
    let end = ("masthead-article-1".to_string(), id.to_string());
    assert_eq!(held_at(&a.base).await, end);
    assert_eq!(held_at(&b.base).await, end);
    // While the story is quiet its publisher announces where the chain
    // ends, again and again (past its 3 s lease, which announcing renews),
    // so a reader who missed the last item learns of it.
    let announced = format!("event: chain\ndata: {{\"prev\":{id}}}\n\n");
    let start = std::time::Instant::now();
    while tails
        .lock()
        .unwrap()
        .iter()
        .filter(|t| t["formats"]["http-stream"]["content"] == announced.as_str())
        .count()
        < 3
    {
        let said = tails.lock().unwrap().clone();
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "the chain's end not announced three times: {said:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    // The publisher stops; the other node takes over within its lease and
    // continues the chain.
    let (publisher, other) = if by_a > 0.0 { (a, b) } else { (b, a) };
    drop(publisher);
    let third = post_comment(&other.base, "Reader Three", "Third after a node stopped.").await;
    approve(third);
    let seen = published_with(&items, "Third after a node stopped.").await;
    assert_eq!(seen.len(), 3, "{seen:?}");
    assert_eq!(seen[2]["prev-id"], seen[1]["id"], "the chain goes on");
    assert_eq!(events(&seen[2..]).len(), 1, "only the new event: {seen:?}");
    assert!(published_by(&other.base).await > 0.0);
    let end = (
        "masthead-article-1".to_string(),
        seen[2]["id"].as_str().unwrap().to_string(),
    );
    assert_eq!(held_at(&other.base).await, end);
}
