//! Tells reverse-proxy caches what changed, so a shared cache may keep pages
//! long and still show an approved comment on the next request.
//!
//! Pages carry their surrogate keys (`article-ID`, `home`, `site`; see
//! [`surrogate_headers`]). A follower task asks the database every
//! [`PurgeConfig::every`] what changed since it last asked — whichever process
//! or node made the change — and sends one `PURGE` per proxy naming the keys
//! in `xkey-purge` (Varnish's xkey vmod) and `Surrogate-Key` (Fastly-style).
//! Plain HTTP only: proxies are reached on a private network or loopback,
//! through the one outbound client (`masthead_outbound`) with any address
//! allowed: the operator named them.
use axum::http::{HeaderName, HeaderValue, Method, Uri};
use masthead_core::ids::ArticleId;
use masthead_core::store::{ChangeSet, Store};
use masthead_outbound::{Client, Config, Reach, Request};
use std::sync::Arc;
use std::time::Duration;

/// At most this many article keys in one purge; more purge the whole site.
const MAX_KEYS: usize = 100;
const SEND_TIMEOUT: Duration = Duration::from_secs(5);

#[derive(Debug, Clone)]
pub struct PurgeConfig {
    /// The proxies, as `http://HOST:PORT/`.
    pub targets: Vec<Uri>,
    pub every: Duration,
}

/// Checks a purge URL given by the operator.
pub fn parse_target(s: &str) -> Result<Uri, String> {
    let uri: Uri = s
        .parse()
        .map_err(|e| format!("purge URL “{s}” is not a URL: {e}"))?;
    if uri.scheme_str() != Some("http") || uri.host().is_none() {
        return Err(format!(
            "purge URL “{s}” must be http://HOST[:PORT]/ (a proxy on a private network)"
        ));
    }
    Ok(uri)
}

/// The headers that name a page's keys, for each proxy's convention.
pub fn surrogate_headers(article: Option<ArticleId>) -> [(HeaderName, HeaderValue); 3] {
    let (spaced, commas) = match article {
        Some(a) => (
            format!("article-{} site", a.0),
            format!("article-{},site", a.0),
        ),
        None => ("home site".to_string(), "home,site".to_string()),
    };
    let value = |s: String| HeaderValue::from_str(&s).unwrap_or(HeaderValue::from_static("site"));
    [
        (HeaderName::from_static("xkey"), value(spaced.clone())),
        (HeaderName::from_static("surrogate-key"), value(spaced)),
        (HeaderName::from_static("cache-tag"), value(commas)),
    ]
}

/// The keys a change retires: an article's pages and the home page (which
/// shows comment counts), or everything.
pub fn keys_of(changes: &ChangeSet) -> Option<String> {
    if changes.site || changes.articles.len() > MAX_KEYS {
        return Some("site".to_string());
    }
    if changes.articles.is_empty() {
        return None;
    }
    let mut keys: Vec<String> = changes
        .articles
        .iter()
        .map(|a| format!("article-{}", a.0))
        .collect();
    keys.push("home".to_string());
    Some(keys.join(" "))
}

/// Follows the database's changes until the store is gone, purging each.
pub async fn follow(store: Arc<dyn Store>, config: PurgeConfig) {
    let client = match client() {
        Ok(c) => c,
        Err(e) => {
            tracing::error!("purges are off: {e}");
            return;
        }
    };
    let mut since = loop {
        match store.changed_since(None).await {
            Ok(c) => break c.generation,
            Err(e) => tracing::warn!("purge follower cannot read the database: {e}"),
        }
        tokio::time::sleep(config.every).await;
    };
    loop {
        tokio::time::sleep(config.every).await;
        let changes = match store.changed_since(Some(since)).await {
            Ok(c) => c,
            Err(e) => {
                tracing::warn!("purge follower cannot read the database: {e}");
                continue;
            }
        };
        if changes.generation == since {
            continue;
        }
        since = changes.generation;
        if let Some(keys) = keys_of(&changes) {
            for target in &config.targets {
                match send(&client, target, &keys).await {
                    Ok(status) if status.is_success() => {
                        tracing::debug!(%target, keys, "purged");
                    }
                    Ok(status) => tracing::warn!(%target, keys, %status, "purge refused"),
                    Err(e) => tracing::warn!(%target, keys, "purge failed: {e}"),
                }
            }
        }
    }
}

/// The client purges go through: any address (the proxies are the
/// operator's own, usually on loopback), a short wait, tiny answers.
fn client() -> Result<Client, masthead_outbound::Error> {
    Client::new(Config {
        connect_timeout: Duration::from_secs(2),
        timeout: SEND_TIMEOUT,
        max_response_bytes: 64 * 1024,
        ..Config::new(Reach::Anywhere)
    })
}

async fn send(client: &Client, target: &Uri, keys: &str) -> Result<axum::http::StatusCode, String> {
    let purge = Method::from_bytes(b"PURGE").map_err(|e| e.to_string())?;
    let request = Request::new(purge, target.to_string())
        .header(HeaderName::from_static("xkey-purge"), keys)
        .header(HeaderName::from_static("surrogate-key"), keys);
    let answer = client.send(request).await.map_err(|e| e.to_string())?;
    Ok(answer.status)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_names_its_keys() {
        let one = ChangeSet {
            generation: 5,
            site: false,
            articles: vec![ArticleId(3), ArticleId(9)],
        };
        assert_eq!(keys_of(&one).as_deref(), Some("article-3 article-9 home"));
        let site = ChangeSet {
            site: true,
            ..one.clone()
        };
        assert_eq!(keys_of(&site).as_deref(), Some("site"));
        assert_eq!(keys_of(&ChangeSet::default()), None);
        assert!(parse_target("https://cdn.example/").is_err());
        assert!(parse_target("not a url").is_err());
        assert!(parse_target("http://127.0.0.1:6081/").is_ok());
    }
}
