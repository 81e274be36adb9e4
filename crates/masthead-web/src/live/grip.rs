//! GRIP (Generic Realtime Intermediary Protocol): behind Pushpin or Fastly
//! Fanout, a stream request is answered with `Grip-Hold: stream` and the
//! discussion's channel, and the proxy holds the reader's connection; each
//! event is then published once to the proxy (`serve --grip-publish-url`),
//! which fans it out. The publish URL is the operator's (usually loopback),
//! so any address is allowed, through the one outbound client.
use axum::http::{HeaderName, Method};
use masthead_outbound::{Client, Config, Reach, Request};
use std::time::Duration;

/// The channel of one article's discussion.
pub fn channel(article: i64) -> String {
    format!("masthead-article-{article}")
}

/// The headers of a held stream: the channel, and a comment line the proxy
/// sends every 20 seconds on an idle stream.
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

/// The body of one publish: each `(article, SSE text)` as an item of the
/// article's channel, in the `http-stream` format.
pub fn publish_body(items: &[(i64, String)]) -> String {
    let items: Vec<serde_json::Value> = items
        .iter()
        .map(|(article, content)| {
            serde_json::json!({
                "channel": channel(*article),
                "formats": { "http-stream": { "content": content } },
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
    pub async fn publish(&self, items: &[(i64, String)]) -> Result<(), String> {
        if items.is_empty() {
            return Ok(());
        }
        let request = Request::new(Method::POST, self.url.clone())
            .header(
                axum::http::header::CONTENT_TYPE,
                "application/json".to_string(),
            )
            .body(publish_body(items));
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
        let body: serde_json::Value =
            serde_json::from_str(&publish_body(&[(3, "id: 5\n\n".into())])).unwrap();
        assert_eq!(body["items"][0]["channel"], "masthead-article-3");
        assert_eq!(
            body["items"][0]["formats"]["http-stream"]["content"],
            "id: 5\n\n"
        );
        assert!(Grip::new("ftp://x/").is_err());
        assert!(Grip::new("http://127.0.0.1:5561/publish/").is_ok());
    }
}
