//! GRIP (Generic Realtime Intermediary Protocol): behind Pushpin or Fastly
//! Fanout, a stream request is answered with `Grip-Hold: stream` and the
//! discussion's channel, and the proxy holds the reader's connection; each
//! event is then published once to the proxy (`serve --grip-publish-url`),
//! which fans it out. The publish URL is the operator's (usually loopback),
//! so any address is allowed, through the one outbound client.
use crate::live::event::{chain_sse, position_sse};
use axum::http::{HeaderName, Method};
use masthead_outbound::{Client, Config, Reach, Request};
use std::time::Duration;

/// The channel of one article's discussion.
pub fn channel(article: i64) -> String {
    format!("masthead-article-{article}")
}

/// The headers of a held stream: the channel, and a comment line the
/// proxy sends every 20 seconds on an idle stream.
///
/// No `prev-id` and no `Grip-Link`: with them the proxy recovers a stream
/// that missed an item by asking the origin again, and Pushpin also does so
/// for every stream of a channel a second after its first subscription;
/// under a crowd of arriving readers, some of those recoveries never
/// finish and the stream gets nothing but heartbeats (docs/performance.md,
/// live push). Instead each item names the one before it ([`chain_sse`])
/// and ends with its own number ([`position_sse`]); the reader's script
/// reopens the stream from its last id when the chain breaks.
pub fn hold_headers(article: i64) -> [(HeaderName, String); 3] {
    [
        (HeaderName::from_static("grip-hold"), "stream".to_string()),
        (HeaderName::from_static("grip-channel"), channel(article)),
        (
            HeaderName::from_static("grip-keep-alive"),
            ": heartbeat\\n\\n; format=cstring; timeout=20".to_string(),
        ),
    ]
}

/// The last id a recovering proxy delivered on a channel (`Grip-Last:
/// CHANNEL; last-id=ID`).
pub fn last_id(header: &str, article: i64) -> Option<i64> {
    let want = channel(article);
    header.split(',').find_map(|part| {
        let mut fields = part.split(';').map(str::trim);
        (fields.next()? == want).then_some(())?;
        fields.find_map(|f| f.strip_prefix("last-id=")?.parse().ok())
    })
}

/// One article's published item: its id, the id before it, its SSE text.
#[derive(Debug, Clone)]
pub struct Item {
    pub article: i64,
    pub id: i64,
    pub prev: Option<i64>,
    pub content: String,
}

/// The body of one publish: each item on its article's channel, in the
/// `http-stream` format, with its id and the id before it; its content
/// names the item before it and ends with its own number, so a reader can
/// tell it missed one.
pub fn publish_body(items: &[Item]) -> String {
    let items: Vec<serde_json::Value> = items
        .iter()
        .map(|item| {
            let mut content = item.prev.map(chain_sse).unwrap_or_default();
            content.push_str(&item.content);
            content.push_str(&position_sse(item.id));
            let mut v = serde_json::json!({
                "channel": channel(item.article),
                "id": item.id.to_string(),
                "formats": { "http-stream": { "content": content } },
            });
            if let Some(prev) = item.prev {
                v["prev-id"] = serde_json::json!(prev.to_string());
            }
            v
        })
        .collect();
    serde_json::json!({ "items": items }).to_string()
}

/// The body of one publish announcing where stories' chains end (`(article,
/// last item)`): items with no id of their own, only a `chain` event, so a
/// reader who missed a story's last item learns of it though nothing new
/// comes, and reopens its stream from where it stands.
pub fn tails_body(tails: &[(i64, i64)]) -> String {
    let items: Vec<serde_json::Value> = tails
        .iter()
        .map(|(article, last)| {
            serde_json::json!({
                "channel": channel(*article),
                "formats": { "http-stream": { "content": chain_sse(*last) } },
            })
        })
        .collect();
    serde_json::json!({ "items": items }).to_string()
}

/// The proxy's publish endpoint and the client that reaches it.
#[derive(Debug)]
pub struct Grip {
    url: String,
    client: Client,
}

impl Grip {
    pub fn new(url: &str) -> Result<Self, String> {
        let parsed: axum::http::Uri = url
            .parse()
            .map_err(|e| format!("GRIP publish URL “{url}” is not a URL: {e}"))?;
        if !matches!(parsed.scheme_str(), Some("http" | "https")) || parsed.host().is_none() {
            return Err(format!(
                "GRIP publish URL “{url}” must be http(s)://HOST[:PORT]/publish/"
            ));
        }
        let client = Client::new(Config {
            connect_timeout: Duration::from_secs(2),
            timeout: Duration::from_secs(5),
            max_response_bytes: 64 * 1024,
            ..Config::new(Reach::Anywhere)
        })
        .map_err(|e| e.to_string())?;
        Ok(Self {
            url: url.to_string(),
            client,
        })
    }

    /// Publishes one round's events; an error is logged by the caller (the
    /// readers reconnect with `Last-Event-ID` and catch up from the origin).
    pub async fn publish(&self, items: &[Item]) -> Result<(), String> {
        if items.is_empty() {
            return Ok(());
        }
        self.send(publish_body(items)).await
    }

    /// Announces where stories' chains end ([`tails_body`]).
    pub async fn announce(&self, tails: &[(i64, i64)]) -> Result<(), String> {
        if tails.is_empty() {
            return Ok(());
        }
        self.send(tails_body(tails)).await
    }

    async fn send(&self, body: String) -> Result<(), String> {
        let request = Request::new(Method::POST, self.url.clone())
            .header(
                axum::http::header::CONTENT_TYPE,
                "application/json".to_string(),
            )
            .body(body);
        let answer = self.client.send(request).await.map_err(|e| e.to_string())?;
        if answer.status.is_success() {
            Ok(())
        } else {
            Err(format!("the proxy answered {}", answer.status))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_publish_names_each_articles_channel() {
        let item = Item {
            article: 3,
            id: 5,
            prev: Some(2),
            content: "id: 4\nevent: comment\ndata: {}\n\n".into(),
        };
        let first = Item {
            article: 4,
            id: 5,
            prev: None,
            content: String::new(),
        };
        let body: serde_json::Value = serde_json::from_str(&publish_body(&[item, first])).unwrap();
        assert_eq!(body["items"][0]["channel"], "masthead-article-3");
        assert_eq!(body["items"][0]["id"], "5");
        assert_eq!(body["items"][0]["prev-id"], "2");
        assert_eq!(
            last_id("masthead-article-3; last-id=5, other; last-id=1", 3),
            Some(5)
        );
        assert_eq!(last_id("masthead-article-4; last-id=5", 3), None);
        assert_eq!(
            body["items"][0]["formats"]["http-stream"]["content"],
            "event: chain\ndata: {\"prev\":2}\n\nid: 4\nevent: comment\ndata: {}\n\nid: 5\n\n",
            "the item names the one before it and ends at its own number"
        );
        assert_eq!(
            body["items"][1]["formats"]["http-stream"]["content"], "id: 5\n\n",
            "a channel's first item has nothing before it to name"
        );
        assert!(body["items"][1].get("prev-id").is_none());
        let tails: serde_json::Value = serde_json::from_str(&tails_body(&[(3, 5)])).unwrap();
        assert_eq!(
            tails["items"][0]["formats"]["http-stream"]["content"],
            "event: chain\ndata: {\"prev\":5}\n\n"
        );
        assert!(
            tails["items"][0].get("id").is_none(),
            "not part of the chain"
        );
        let held = hold_headers(3);
        assert_eq!(held[1].1, "masthead-article-3", "no prev-id");
        assert!(
            held.iter().all(|(name, _)| name.as_str() != "grip-link"),
            "no recovery through the origin"
        );
        assert!(Grip::new("ftp://x/").is_err());
        assert!(Grip::new("http://127.0.0.1:5561/publish/").is_ok());
    }
}
