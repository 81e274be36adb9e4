//! Other servers' actors and keys, for the inbox: a signature names a key
//! (`keyId`); its actor's document is fetched through the one outbound
//! client (public addresses only unless `--allow-private-addresses`, a
//! timeout, a size limit), our own request signed in turn (servers in
//! "authorized fetch" mode want that), and the key kept in the store. A
//! kept key that no longer verifies is fetched again once: keys rotate.
use masthead_core::chrono::Utc;
use masthead_core::federation::activitypub::{ACTIVITY_JSON, id_of, read_actor, same_origin};
use masthead_core::federation::keys::SiteKey;
use masthead_core::federation::signature::{Scheme, sign};
use masthead_core::store::RemoteKey;
use masthead_outbound::header::{ACCEPT, CONTENT_TYPE, HeaderName};
use masthead_outbound::{Client, Config, Method, Reach, Request};
use serde_json::Value;
use std::time::Duration;
use url::Url;

/// An actor's document may be this large.
const MAX_DOCUMENT_BYTES: usize = 1 << 20;
/// A key is fetched at most once in this long, whatever came of it: bad
/// signatures naming someone's key cannot make the site hammer their server.
pub const REFETCH_AFTER_MS: i64 = 10_000;

pub struct RemoteActors {
    client: Option<Client>,
    /// When each key was last fetched (or tried), on this node.
    tried: std::sync::Mutex<std::collections::HashMap<String, i64>>,
}

impl RemoteActors {
    pub fn new(allow_private: bool) -> Self {
        let reach = Reach::from_outside(allow_private);
        let client = Client::new(Config {
            connect_timeout: Duration::from_secs(5),
            timeout: Duration::from_secs(10),
            max_response_bytes: MAX_DOCUMENT_BYTES,
            ..Config::new(reach)
        });
        if let Err(e) = &client {
            tracing::error!("no client for fetching ActivityPub actors: {e}");
        }
        Self {
            client: client.ok(),
            tried: std::sync::Mutex::default(),
        }
    }

    /// Whether `key_id` may be fetched now; if so, the try is recorded.
    pub fn may_fetch(&self, key_id: &str) -> bool {
        let now = Utc::now().timestamp_millis();
        let Ok(mut tried) = self.tried.lock() else {
            return false;
        };
        if tried
            .get(key_id)
            .is_some_and(|at| now - at < REFETCH_AFTER_MS)
        {
            return false;
        }
        if tried.len() > 10_000 {
            tried.retain(|_, at| now - *at < REFETCH_AFTER_MS);
        }
        tried.insert(key_id.to_string(), now);
        true
    }

    /// One ActivityPub document, by a GET we sign.
    async fn document(&self, url: &str, key: &SiteKey, key_id: &str) -> Result<Value, String> {
        let client = self.client.as_ref().ok_or("no outbound client")?;
        let parsed = Url::parse(url).map_err(|e| e.to_string())?;
        let mut request = Request::new(Method::GET, url).header(
            ACCEPT,
            format!(
                "{ACTIVITY_JSON}, application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\""
            ),
        );
        for (name, value) in sign(
            Scheme::Cavage,
            key,
            key_id,
            "GET",
            &parsed,
            None,
            Utc::now(),
        )
        .map_err(|e| e.to_string())?
        {
            request = request.header(HeaderName::from_static(name), value);
        }
        let answer = client.send(request).await.map_err(|e| e.to_string())?;
        if !answer.status.is_success() {
            return Err(format!("{url} answered {}", answer.status));
        }
        // An upload on the same server is no actor: ActivityPub's types only.
        let json = answer
            .headers
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|t| {
                let t = t.to_ascii_lowercase();
                t.starts_with(ACTIVITY_JSON) || t.starts_with("application/ld+json")
            });
        if !json {
            return Err(format!("{url} is not an ActivityPub document"));
        }
        serde_json::from_slice(&answer.body).map_err(|e| format!("{url}: {e}"))
    }

    /// The document whose `id` is the address it was fetched from (fetched
    /// again at its `id` when another address served it).
    async fn own_document(&self, url: &str, key: &SiteKey, key_id: &str) -> Result<Value, String> {
        let doc = self.document(url, key, key_id).await?;
        let id = doc.get("id").and_then(Value::as_str).unwrap_or_default();
        if id == url {
            return Ok(doc);
        }
        if !same_origin(id, url) {
            return Err(format!("{url} names another server's object"));
        }
        let again = self.document(id, key, key_id).await?;
        if again.get("id").and_then(Value::as_str) == Some(id) {
            Ok(again)
        } else {
            Err(format!("{id} does not name itself"))
        }
    }

    /// The key `key_id` names, from its actor's document. The actor must
    /// live on the key's host: no server vouches for another's actors.
    pub async fn fetch_key(
        &self,
        key_id: &str,
        key: &SiteKey,
        our_key_id: &str,
    ) -> Result<RemoteKey, String> {
        let key_url = Url::parse(key_id).map_err(|e| format!("keyId: {e}"))?;
        if !matches!(key_url.scheme(), "https" | "http") {
            return Err("keyId is not an http(s) address".into());
        }
        let mut without_fragment = key_url.clone();
        without_fragment.set_fragment(None);
        let mut doc = self
            .own_document(without_fragment.as_str(), key, our_key_id)
            .await?;
        // A key document (`owner`, `publicKeyPem`) rather than the actor.
        if doc.get("inbox").is_none()
            && let Some(owner) = doc.get("owner").and_then(id_of).map(String::from)
        {
            doc = self.own_document(&owner, key, our_key_id).await?;
        }
        let (actor, pem) = read_actor(&doc, Some(key_id)).ok_or("not an actor document")?;
        let actor_url = Url::parse(&actor.id).map_err(|e| e.to_string())?;
        if actor_url.origin() != key_url.origin() {
            return Err("the key's actor lives on another host".into());
        }
        Ok(RemoteKey {
            key_id: key_id.to_string(),
            actor,
            public_pem: pem.ok_or("the actor lists no such key")?,
            fetched_ms: Utc::now().timestamp_millis(),
        })
    }
}
