//! ActivityPub (issue 31) against a second, independent implementation:
//! Fedify (`tests/browser/fediverse_peer.mjs`, a node process serving one
//! account, alice, on loopback). Fedify looks masthead up by WebFinger,
//! reads its actor and an article, follows it and verifies every delivery
//! with its own `verifyRequest`; replies, edits, deletions and likes come
//! from there signed by Fedify's `signRequest` (draft-cavage and RFC 9421),
//! and tampered ones are refused. Both backends.
use crate::helpers::{ARTICLE, PASSWORD, TestApp, add_user, app_password, call, sign_in, skipped};
use masthead_core::article::ArticleStatus;
use masthead_core::comment::CommentStatus;
use masthead_core::federation::activitypub::Local;
use masthead_core::ids::{ArticleId, CommentId};
use masthead_core::service::update_article;
use masthead_core::user::Role;
use masthead_web::{RateLimitConfig, WebConfig};
use serde_json::{Value, json};
use std::path::PathBuf;
use std::process::Stdio;
use std::time::{Duration, Instant};
use tokio::io::{AsyncBufReadExt, BufReader};

fn browser_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/browser")
}

/// The Fedify server; killed when dropped.
struct Peer {
    base: String,
    _child: tokio::process::Child,
}

impl Peer {
    /// `None` (the test skipped) where node or Fedify is missing, except
    /// under `CI=true`, where `.ci/run` installs them.
    async fn start(app: &TestApp) -> Option<Self> {
        let fedify = browser_dir().join("node_modules/@fedify/fedify");
        let node = std::process::Command::new("node")
            .arg("--version")
            .output()
            .is_ok();
        if !fedify.is_dir() || !node {
            if std::env::var("CI").is_ok_and(|v| v == "true") {
                panic!("the ActivityPub tests need node and @fedify/fedify under CI=true");
            }
            skipped(
                "the ActivityPub tests against Fedify (node or @fedify/fedify missing)",
                "sudo scripts/setup.sh browser",
            );
            return None;
        }
        let authority = app.base.trim_start_matches("http://").to_string();
        let mut child = tokio::process::Command::new("node")
            .arg(browser_dir().join("fediverse_peer.mjs"))
            .env("MASTHEAD_AUTHORITY", authority)
            .stdout(Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .expect("start node");
        let stdout = child.stdout.take().expect("stdout");
        let mut lines = BufReader::new(stdout).lines();
        let first = tokio::time::timeout(Duration::from_secs(60), lines.next_line())
            .await
            .expect("Fedify started within a minute")
            .expect("read")
            .expect("a first line");
        let v: Value = serde_json::from_str(&first).expect("JSON");
        let base = v["base"].as_str().expect("base").to_string();
        // Keep reading, so the child never blocks on a full pipe.
        tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
        Some(Self {
            base,
            _child: child,
        })
    }

    async fn control(&self, path: &str, body: Value) -> Value {
        reqwest::Client::new()
            .post(format!("{}/control/{path}", self.base))
            .json(&body)
            .timeout(Duration::from_secs(60))
            .send()
            .await
            .expect("control")
            .json()
            .await
            .expect("control JSON")
    }

    /// Sends one activity signed by Fedify; masthead's status and answer.
    async fn send(&self, app: &TestApp, fields: Value) -> (u16, Value) {
        let (status, answer, _) = self.send_with_id(app, fields).await;
        (status, answer)
    }

    /// [`Peer::send`], and the activity's id.
    async fn send_with_id(&self, app: &TestApp, fields: Value) -> (u16, Value, String) {
        let mut body = json!({ "inbox": format!("{}/ap/inbox", app.base), "content": "" });
        if let (Some(b), Some(f)) = (body.as_object_mut(), fields.as_object()) {
            b.extend(f.clone());
        }
        let out = self.control("send", body).await;
        let status = u16::try_from(out["status"].as_u64().expect("status")).expect("u16");
        let answer =
            serde_json::from_str(out["body"].as_str().unwrap_or("null")).unwrap_or(Value::Null);
        let id = out["id"].as_str().unwrap_or_default().to_string();
        (status, answer, id)
    }

    /// Waits (at most 60 s, a bound for a loaded machine) until alice's
    /// inboxes received an activity `done` picks.
    async fn received(&self, done: impl Fn(&Value) -> bool) -> (Value, Value) {
        let start = Instant::now();
        loop {
            let log = self.control("log", json!({})).await;
            if let Some(found) = log["received"]
                .as_array()
                .and_then(|r| r.iter().find(|a| done(a)))
            {
                return (found.clone(), log["verified"].clone());
            }
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "not received: {log}"
            );
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }
}

async fn app() -> TestApp {
    let app = TestApp::spawn_with(WebConfig {
        rate_limits: RateLimitConfig::OFF,
        allow_private_addresses: true,
        ..WebConfig::default()
    })
    .await;
    app.set("comments.flood_seconds", "0").await;
    app.set("site.url", &app.base).await;
    app.set("federation.enabled", "true").await;
    app.add_article(ARTICLE).await;
    app
}

const SECOND: &str = "+++\ntitle = \"A second story\"\nslug = \"second-story\"\nstandfirst = \"More happened.\"\nbyline = \"Staff\"\npublished = 2024-05-02T10:00:00Z\n+++\n\nThe first version.\n";

fn parsed(text: &str) -> masthead_core::article::NewArticle {
    masthead::article_file::parse(text, std::path::Path::new("."))
        .expect("article file")
        .article
}

/// The verification Fedify made of the last request of `kind` it received.
fn verified_as<'a>(verified: &'a Value, kind: &str) -> &'a Value {
    verified
        .as_array()
        .and_then(|v| v.iter().rev().find(|r| r["type"] == kind))
        .unwrap_or(&Value::Null)
}

#[tokio::test]
async fn followed_from_fedify_the_site_delivers_signed_articles_updates_and_withdrawals() {
    let app = app().await;
    let Some(peer) = Peer::start(&app).await else {
        return;
    };
    let host = app.base.trim_start_matches("http://");
    let story = format!("{}/articles/test-story", app.base);

    // Fedify finds the account by WebFinger, reads the actor and an article.
    let found = peer
        .control(
            "lookup",
            json!({ "resource": format!("acct:news@{host}"), "article": story }),
        )
        .await;
    let actor = format!("{}/ap/actor", app.base);
    assert_eq!(found["webfinger"]["subject"], format!("acct:news@{host}"));
    assert_eq!(found["webfinger"]["self"], actor.as_str());
    assert_eq!(found["actor"]["id"], actor.as_str(), "{found}");
    assert_eq!(found["actor"]["username"], "news");
    assert_eq!(found["actor"]["inbox"], format!("{}/ap/inbox", app.base));
    assert_eq!(found["actor"]["key_id"], format!("{actor}#main-key"));
    assert_eq!(found["actor"]["key_owner"], actor.as_str());
    assert_eq!(found["article"]["type"], "Article");
    assert_eq!(found["article"]["name"], "A test story");
    assert_eq!(found["article"]["summary"], "What happened.");
    assert!(
        found["article"]["content"]
            .as_str()
            .is_some_and(|c| c.contains("Second paragraph."))
    );
    assert_eq!(found["article"]["attributed_to"], actor.as_str());
    assert_eq!(found["article"]["replies_total"], 0);

    // The page and the `Article` share an address: caches keep them apart.
    let page = app.get("/articles/test-story").await;
    let vary: Vec<String> = page
        .headers
        .get_all("vary")
        .iter()
        .filter_map(|v| v.to_str().ok().map(str::to_ascii_lowercase))
        .collect();
    assert!(vary.iter().any(|v| v.contains("accept")), "{vary:?}");

    // alice follows; masthead accepts, signed, and Fedify verifies it.
    peer.control("follow", json!({ "actor": actor })).await;
    let (accept, verified) = peer.received(|a| a["type"] == "Accept").await;
    assert_eq!(accept["actor"], actor.as_str());
    assert_eq!(
        verified_as(&verified, "Accept")["key_id"],
        format!("{actor}#main-key")
    );
    assert_eq!(app.store.follower_count(None).await.unwrap(), 1);

    // A new article reaches alice's instance once, signed, readable.
    let id = ArticleId(app.add_article(SECOND).await);
    let (created, verified) = peer
        .received(|a| a["type"] == "Create" && a["name"] == "A second story")
        .await;
    assert_eq!(created["object_type"], "Article");
    assert_eq!(
        created["object_id"],
        format!("{}/articles/second-story", app.base)
    );
    assert!(
        created["content"]
            .as_str()
            .unwrap_or("")
            .contains("The first version.")
    );
    let v = verified_as(&verified, "Create");
    assert_eq!(v["key_id"], format!("{actor}#main-key"), "{verified}");
    assert_eq!(v["path"], "/inbox", "delivered to the shared inbox");
    assert_eq!(v["signature"], "draft-cavage");

    // An update follows…
    let edited = parsed(&SECOND.replace("The first version.", "The second version."));
    assert!(
        update_article(app.store.as_ref(), id, &edited)
            .await
            .unwrap()
    );
    let (updated, verified) = peer
        .received(|a| {
            a["type"] == "Update"
                && a["content"]
                    .as_str()
                    .unwrap_or("")
                    .contains("second version")
        })
        .await;
    assert_eq!(updated["object_type"], "Article");
    assert_eq!(
        verified_as(&verified, "Update")["key_id"],
        format!("{actor}#main-key")
    );

    // …and a withdrawal, as a Delete.
    let mut off = edited.clone();
    off.status = ArticleStatus::Draft;
    assert!(update_article(app.store.as_ref(), id, &off).await.unwrap());
    let (deleted, verified) = peer.received(|a| a["type"] == "Delete").await;
    assert_eq!(deleted["actor"], actor.as_str());
    assert_eq!(
        verified_as(&verified, "Delete")["key_id"],
        format!("{actor}#main-key")
    );

    // A scheduled article goes at its time; pulled before it, never.
    let later = (masthead_core::chrono::Utc::now() + masthead_core::chrono::Duration::hours(1))
        .to_rfc3339_opts(masthead_core::chrono::SecondsFormat::Secs, true);
    let scheduled = SECOND
        .replace("second-story", "third-story")
        .replace("A second story", "A third story")
        .replace("2024-05-02T10:00:00Z", &later);
    let third = ArticleId(app.add_article(&scheduled).await);
    let in_two_hours = masthead_core::chrono::Utc::now().timestamp_millis() + 2 * 3_600_000;
    let waiting = app.store.due_deliveries(in_two_hours, 100).await.unwrap();
    assert_eq!(waiting.len(), 1, "one Create, at the article's time");
    assert!(waiting[0].body.contains("\"Create\""));
    let mut pulled = parsed(&scheduled);
    pulled.status = ArticleStatus::Draft;
    assert!(
        update_article(app.store.as_ref(), third, &pulled)
            .await
            .unwrap()
    );
    assert!(
        app.store
            .due_deliveries(in_two_hours, 100)
            .await
            .unwrap()
            .is_empty(),
        "neither its Create nor a Delete goes"
    );

    // Administrators see the follower and how each delivery went.
    add_user(&app, "ada", Role::Admin).await;
    let admin = crate::helpers::visitor();
    sign_in(&app, &admin, "ada", PASSWORD).await;
    let page = app.get_as(&admin, "/admin/federation").await;
    assert_eq!(page.status, 200);
    assert_eq!(
        page.text(".federation-account"),
        format!("The site's account on the Fediverse: acct:news@{host}")
    );
    let peer_host = peer.base.trim_start_matches("http://");
    assert!(
        page.text("table.followers")
            .contains(&format!("@alice@{peer_host}")),
        "{}",
        page.body
    );
    for kind in ["Accept", "Create", "Update", "Delete"] {
        assert!(
            page.html()
                .select(&scraper::Selector::parse("table.deliveries tr.delivery-sent").unwrap())
                .any(|row| row.text().collect::<String>().contains(kind)),
            "{kind}: {}",
            page.body
        );
    }

    // Ended deliveries are forgotten after a while, but not that the
    // article went out: its next change is still an Update.
    let report = app.store.federation_report(100).await.unwrap();
    let pruned = app.store.prune_deliveries(in_two_hours).await.unwrap();
    assert!(pruned > 0, "{report:?}");
    let left = app.store.federation_report(100).await.unwrap();
    assert_eq!(
        left.deliveries.len() as u64,
        report.deliveries.len() as u64 - pruned
    );
    assert_eq!(left.deliveries.len(), 1, "the article's last: {left:?}");
    let delivered = app.store.cancel_article_deliveries(id).await.unwrap();
    assert!(delivered, "it went out, so the next is an Update");
}

#[tokio::test]
async fn a_reply_from_fedify_is_held_shown_with_its_handle_edited_and_deleted() {
    let app = app().await;
    let Some(peer) = Peer::start(&app).await else {
        return;
    };
    let story = format!("{}/articles/test-story", app.base);
    let peer_host = peer.base.trim_start_matches("http://").to_string();
    let handle = format!("@alice@{peer_host}");
    let cavage = "draft-cavage-http-signatures-12";

    // A reply, signed draft-cavage: held, as a first comment is.
    let (status, answer) = peer
        .send(
            &app,
            json!({ "kind": "create", "note": 1, "content": "<p>A reply from the <b>Fediverse</b>.</p><script>alert(1)</script>",
                    "in_reply_to": story, "spec": cavage }),
        )
        .await;
    assert_eq!(status, 202, "{answer}");
    assert_eq!(answer["status"], "comment");
    assert_eq!(answer["comment_status"], "pending");
    let id = CommentId(answer["comment"].as_i64().expect("a comment id"));
    let c = app.store.comment(id).await.unwrap().expect("stored");
    assert_eq!(c.status, CommentStatus::Pending);
    assert_eq!(c.comment_type, "activitypub");
    assert_eq!(c.author_name, format!("Alice Example ({handle})"));
    assert_eq!(c.author_email, "", "no address is made up and kept");
    let original = format!("{}/@alice/1", peer.base);
    assert_eq!(c.origin_url.as_deref(), Some(original.as_str()));
    assert!(c.content_html.as_str().contains("<b>Fediverse</b>"));
    assert!(!c.content_html.as_str().contains("script"));
    assert!(
        !app.get("/articles/test-story")
            .await
            .body
            .contains("Fediverse")
    );

    // Approved: on the page with alice's handle and a link to the original,
    // and in the article's `replies`.
    app.approve(id.0).await;
    let page = app.get("/articles/test-story").await;
    let row = format!("#comment-{}", id.0);
    assert!(page.text(&row).contains("Fediverse"), "{}", page.body);
    assert!(page.text(&row).contains(&handle));
    assert_eq!(
        page.attr(&format!("{row} a.comment-origin"), "href"),
        Some(original.clone())
    );
    let found = peer
        .control(
            "lookup",
            json!({ "resource": format!("acct:news@{}", app.base.trim_start_matches("http://")), "article": story }),
        )
        .await;
    assert_eq!(found["article"]["replies_total"], 1, "{found}");
    assert!(
        found["article"]["replies"][0]
            .as_str()
            .is_some_and(|r| r.contains("Fediverse"))
    );

    // A Webmention naming the post cannot take its comment over.
    let r = crate::helpers::visitor()
        .post(format!("{}/webmention", app.base))
        .form(&[
            ("source", format!("{}/notes/1", peer.base)),
            ("target", story.clone()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    assert_eq!(
        app.store.comment(id).await.unwrap().unwrap().status,
        CommentStatus::Approved
    );

    // An activity whose id is on another server is refused.
    let (status, answer) = peer
        .send(
            &app,
            json!({ "kind": "create", "note": 9, "content": "<p>Elsewhere.</p>",
                    "in_reply_to": story, "spec": cavage, "foreign_id": true }),
        )
        .await;
    assert_eq!(
        (status, &answer["code"]),
        (400, &json!("invalid_activity")),
        "{answer}"
    );

    // An edit, signed RFC 9421: the new words, back in the queue.
    let (status, answer) = peer
        .send(
            &app,
            json!({ "kind": "update", "note": 1, "content": "<p>An edited reply.</p>",
                    "in_reply_to": story, "spec": "rfc9421" }),
        )
        .await;
    assert_eq!(
        (status, &answer["status"]),
        (202, &json!("edited")),
        "{answer}"
    );
    let c = app.store.comment(id).await.unwrap().unwrap();
    assert!(c.content_source.contains("An edited reply."));
    assert_eq!(c.status, CommentStatus::Pending);

    // alice's instance rotates her key. A signature by the new key right
    // after the old one was fetched is refused (no refetch sooner than
    // 10 s: bad signatures cannot make the site hammer a server); later,
    // the new key is fetched and her deletion accepted.
    peer.control("rotate", json!({})).await;
    let (status, answer) = peer
        .send(
            &app,
            json!({ "kind": "like", "note": 20, "in_reply_to": story, "spec": cavage }),
        )
        .await;
    assert_eq!(
        (status, &answer["code"]),
        (401, &json!("bad_signature")),
        "{answer}"
    );
    tokio::time::sleep(Duration::from_millis(10_500)).await;

    // Its deletion takes the comment down.
    let (status, answer) = peer
        .send(&app, json!({ "kind": "delete", "note": 1, "spec": cavage }))
        .await;
    assert_eq!(
        (status, &answer["status"]),
        (202, &json!("deleted")),
        "{answer}"
    );
    let c = app.store.comment(id).await.unwrap().unwrap();
    assert_eq!(c.status, CommentStatus::Trash);

    // A like is counted and listed.
    let (status, answer) = peer
        .send(
            &app,
            json!({ "kind": "like", "note": 2, "in_reply_to": story, "spec": cavage }),
        )
        .await;
    assert_eq!((status, &answer["kind"]), (202, &json!("like")), "{answer}");
    let page = app.get("/articles/test-story").await;
    assert!(page.text(".reactions").contains(&handle), "{}", page.body);
    let (_, _, like) = peer
        .send_with_id(
            &app,
            json!({ "kind": "like", "note": 21, "in_reply_to": story, "spec": cavage }),
        )
        .await;
    // Liked again: still one like of hers.
    let article = app
        .store
        .article_by_slug("test-story")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(app.store.reactions(article.id).await.unwrap().len(), 1);
    let (status, answer) = peer
        .send(
            &app,
            json!({ "kind": "unlike", "note": 21, "undo": like, "in_reply_to": story, "spec": cavage }),
        )
        .await;
    assert_eq!(
        (status, &answer["status"]),
        (202, &json!("unreacted")),
        "{answer}"
    );
    assert!(app.store.reactions(article.id).await.unwrap().is_empty());

    // A direct message is never published.
    let before = app.store.count_comments_by_status().await.unwrap();
    let (status, answer) = peer
        .send(
            &app,
            json!({ "kind": "create", "note": 3, "content": "<p>Just between us.</p>",
                    "in_reply_to": story, "direct": format!("{}/ap/actor", app.base), "spec": cavage }),
        )
        .await;
    assert_eq!(
        (status, &answer["status"]),
        (202, &json!("ignored")),
        "{answer}"
    );

    // Tampered in transit, or signed with a key alice never published:
    // refused, nothing stored.
    for (note, tamper, spec) in [
        (4, "body", "rfc9421"),
        (5, "body", cavage),
        (6, "key", cavage),
    ] {
        let (status, answer) = peer
            .send(
                &app,
                json!({ "kind": "create", "note": note, "content": "<p>Forged.</p>",
                        "in_reply_to": story, "spec": spec, "tamper": tamper }),
            )
            .await;
        assert_eq!(status, 401, "{tamper} {spec}: {answer}");
        assert_eq!(answer["code"], "bad_signature");
    }

    // A blocked instance is refused before anything is fetched.
    app.set("federation.blocked_domains", "127.0.0.1").await;
    let (status, answer) = peer
        .send(
            &app,
            json!({ "kind": "create", "note": 7, "content": "<p>Blocked.</p>",
                    "in_reply_to": story, "spec": cavage }),
        )
        .await;
    assert_eq!(status, 403, "{answer}");
    assert_eq!(answer["code"], "blocked_domain");
    app.set("federation.blocked_domains", "").await;

    // Staff sanction alice by her handle, as on the commenters desk: her
    // next reply is refused, stating why.
    let out = app.cli(&["commenters", "ban", "alice@127.0.0.1"]).await;
    assert!(out.status.success(), "{}", crate::helpers::stderr(&out));
    let (status, answer) = peer
        .send(
            &app,
            json!({ "kind": "create", "note": 8, "content": "<p>Banned.</p>",
                    "in_reply_to": story, "spec": cavage }),
        )
        .await;
    assert_eq!(status, 422, "{answer}");
    assert_eq!(answer["code"], "refused");
    assert_eq!(app.store.count_comments_by_status().await.unwrap(), before);
    for n in 3..=9 {
        let note = format!("{}/notes/{n}", peer.base);
        assert!(app.store.federated_note(&note).await.unwrap().is_none());
    }
}

#[tokio::test]
async fn webfinger_and_nodeinfo_answer_only_for_the_site_and_only_when_enabled() {
    let app = app().await;
    let host = app.base.trim_start_matches("http://");
    let get = |path: String| {
        let c = reqwest::Client::new();
        async move { c.get(path).send().await.expect("GET") }
    };
    let r = get(format!(
        "{}/.well-known/webfinger?resource=acct:someone@{host}",
        app.base
    ))
    .await;
    assert_eq!(r.status(), 404);
    let r = get(format!("{}/.well-known/webfinger", app.base)).await;
    assert_eq!(r.status(), 400);
    let links: Value = get(format!("{}/.well-known/nodeinfo", app.base))
        .await
        .json()
        .await
        .unwrap();
    let href = links["links"][0]["href"]
        .as_str()
        .expect("href")
        .to_string();
    let info: Value = get(href).await.json().await.unwrap();
    assert_eq!(info["version"], "2.1");
    assert_eq!(info["software"]["name"], "masthead");
    assert_eq!(info["protocols"][0], "activitypub");
    assert_eq!(info["usage"]["localPosts"], 1);

    // The inbox refuses what is not signed, and what is not JSON.
    let r = reqwest::Client::new()
        .post(format!("{}/ap/inbox", app.base))
        .header("content-type", "application/activity+json")
        .body("{\"type\":\"Follow\"}")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
    let r = reqwest::Client::new()
        .post(format!("{}/ap/inbox", app.base))
        .header("content-type", "text/plain")
        .body("hello")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 415);

    // An activity larger than the inbox takes.
    let r = reqwest::Client::new()
        .post(format!("{}/ap/inbox", app.base))
        .header("content-type", "application/activity+json")
        .body(format!("{{\"content\":\"{}\"}}", "x".repeat(300 * 1024)))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 413);

    app.set("federation.enabled", "false").await;
    for path in [
        format!("/.well-known/webfinger?resource=acct:news@{host}"),
        "/.well-known/nodeinfo".to_string(),
        "/ap/actor".to_string(),
    ] {
        let r = get(format!("{}{path}", app.base)).await;
        assert_eq!(r.status(), 404, "{path}");
    }
    let r = reqwest::Client::new()
        .get(format!("{}/articles/test-story", app.base))
        .header("accept", "application/activity+json")
        .send()
        .await
        .unwrap();
    assert!(
        r.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
}

/// Without `--allow-private-addresses`, a signature whose key lives on a
/// private address is refused: its key is never fetched.
#[tokio::test]
async fn a_key_on_a_private_address_is_not_fetched() {
    use masthead_core::federation::keys::{SiteKey, generate_private_pem};
    use masthead_core::federation::signature::{Scheme, sign};
    let app = TestApp::spawn().await;
    app.set("site.url", &app.base).await;
    app.set("federation.enabled", "true").await;
    let key = SiteKey::from_private_pem(&generate_private_pem().unwrap()).unwrap();
    let inbox = url::Url::parse(&format!("{}/ap/inbox", app.base)).unwrap();
    let body =
        r#"{"id":"http://10.0.0.1/f/1","type":"Follow","actor":"http://10.0.0.1/u","object":"x"}"#;
    let mut request = reqwest::Client::new()
        .post(inbox.as_str())
        .header("content-type", "application/activity+json")
        .body(body);
    for (name, value) in sign(
        Scheme::Cavage,
        &key,
        "http://10.0.0.1/u#main-key",
        "POST",
        &inbox,
        Some(body.as_bytes()),
        masthead_core::chrono::Utc::now(),
    )
    .unwrap()
    {
        request = request.header(name, value);
    }
    let r = request.send().await.unwrap();
    assert_eq!(r.status(), 401);
    let answer: Value = r.json().await.unwrap();
    assert_eq!(answer["code"], "key_unavailable", "{answer}");
    assert_eq!(app.store.follower_count(None).await.unwrap(), 0);
}

/// Polls (at most 30 s) until `count` reads `want`: a Follow or an Undo is
/// acted on when Fedify's delivery arrives, after its control call returns.
async fn followers_become(app: &TestApp, of: Option<Local>, want: u64) {
    let start = Instant::now();
    loop {
        let n = app.store.follower_count(of).await.unwrap();
        if n == want {
            return;
        }
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "{of:?}: {n} followers, not {want}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn a_staff_author_is_followed_for_their_own_articles_and_the_site_boosts_them() {
    let app = app().await;
    app.set("federation.staff_authors", "true").await;
    let Some(peer) = Peer::start(&app).await else {
        return;
    };
    let host = app.base.trim_start_matches("http://").to_string();
    let webfinger = |name: &str| {
        let url = format!(
            "{}/.well-known/webfinger?resource=acct:{name}@{host}",
            app.base
        );
        async move { reqwest::get(url).await.expect("GET").status() }
    };
    add_user(&app, "ed", Role::Editor).await;
    add_user(&app, "mo", Role::Moderator).await;
    let ed = app.store.user_by_name("ed").await.unwrap().unwrap().id;
    let ed_actor = format!("{}/ap/authors/{ed}", app.base);
    let site_actor = format!("{}/ap/actor", app.base);
    // Staff who wrote nothing are no accounts.
    assert_eq!(webfinger("ed").await, 404);
    assert_eq!(webfinger("mo").await, 404);

    // ed writes through the REST API: the post is credited to ed.
    let password = app_password(&app, "ed").await;
    let post = |title: &str, slug: &str| json!({ "title": title, "slug": slug, "content": format!("{title}, by Ed."), "status": "publish" });
    let (status, _, body) = call(
        &app,
        reqwest::Method::POST,
        "/wp-json/wp/v2/posts",
        Some(("ed", &password)),
        Some(post("Ed's first story", "eds-first")),
    )
    .await;
    assert_eq!(status, 201, "{body}");
    assert_eq!(body["author"], ed, "{body}");

    // Fedify finds ed by WebFinger: a Person with the site's key under
    // ed's own key id, author of ed's article.
    let found = peer
        .control(
            "lookup",
            json!({
                "resource": format!("acct:ed@{host}"),
                "article": format!("{}/articles/eds-first", app.base),
            }),
        )
        .await;
    assert_eq!(found["webfinger"]["subject"], format!("acct:ed@{host}"));
    assert_eq!(found["actor"]["type"], "Person", "{found}");
    assert_eq!(found["actor"]["id"], ed_actor.as_str());
    assert_eq!(found["actor"]["username"], "ed");
    assert_eq!(found["actor"]["key_id"], format!("{ed_actor}#main-key"));
    assert_eq!(found["actor"]["key_owner"], ed_actor.as_str());
    assert_eq!(
        found["actor"]["shared_inbox"],
        format!("{}/ap/inbox", app.base)
    );
    assert_eq!(found["article"]["attributed_to"], ed_actor.as_str());
    assert_eq!(webfinger("mo").await, 404, "a moderator who wrote nothing");

    // alice follows ed and the site; each accepts as itself.
    peer.control("follow", json!({ "actor": ed_actor })).await;
    let (accept, verified) = peer
        .received(|a| a["type"] == "Accept" && a["actor"] == ed_actor.as_str())
        .await;
    assert_eq!(accept["actor"], ed_actor.as_str());
    assert_eq!(
        verified_as(&verified, "Accept")["key_id"],
        format!("{ed_actor}#main-key"),
        "{verified}"
    );
    peer.control("follow", json!({ "actor": site_actor })).await;
    peer.received(|a| a["type"] == "Accept" && a["actor"] == site_actor.as_str())
        .await;
    followers_become(&app, Some(Local::Author(ed)), 1).await;
    followers_become(&app, Some(Local::Site), 1).await;
    assert_eq!(
        app.store.follower_count(None).await.unwrap(),
        1,
        "one person"
    );

    // ed's next article comes from ed, once to alice's instance, signed
    // under ed's key; the site's account boosts it.
    let (status, _, body) = call(
        &app,
        reqwest::Method::POST,
        "/wp-json/wp/v2/posts",
        Some(("ed", &password)),
        Some(post("Ed's second story", "eds-second")),
    )
    .await;
    assert_eq!(status, 201, "{body}");
    let second = format!("{}/articles/eds-second", app.base);
    let (created, verified) = peer
        .received(|a| a["type"] == "Create" && a["name"] == "Ed's second story")
        .await;
    assert_eq!(created["actor"], ed_actor.as_str());
    assert_eq!(
        verified_as(&verified, "Create")["key_id"],
        format!("{ed_actor}#main-key")
    );
    let (boost, verified) = peer
        .received(|a| a["type"] == "Announce" && a["object_id"] == second.as_str())
        .await;
    assert_eq!(boost["actor"], site_actor.as_str());
    assert_eq!(
        verified_as(&verified, "Announce")["key_id"],
        format!("{site_actor}#main-key")
    );
    let log = peer.control("log", json!({})).await;
    let creates = log["received"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["type"] == "Create" && a["object_id"] == second.as_str())
        .count();
    assert_eq!(creates, 1, "one Create per instance: {log}");

    // alice unfollows ed alone.
    peer.control("unfollow", json!({ "actor": ed_actor })).await;
    followers_become(&app, Some(Local::Author(ed)), 0).await;
    assert_eq!(
        app.store.follower_count(Some(Local::Site)).await.unwrap(),
        1
    );

    // With the setting off, ed is no account and the site is the author.
    app.set("federation.staff_authors", "false").await;
    assert_eq!(webfinger("ed").await, 404);
    let r = reqwest::get(&ed_actor).await.unwrap();
    assert_eq!(r.status(), 404);
    let object: Value = reqwest::Client::new()
        .get(&second)
        .header("accept", "application/activity+json")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(object["attributedTo"], site_actor.as_str());
}
