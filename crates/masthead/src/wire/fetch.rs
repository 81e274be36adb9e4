//! Asking a source for its stories, politely: the last answer's validators
//! go back (`If-None-Match`, `If-Modified-Since`) so an unchanged feed
//! costs a 304; errors push the next try back; photos are downloaded into
//! the photo pipeline.
//!
//! Two clients of the one outbound crate. A source's own address (and
//! whatever else is on its origin) was named by staff, so it is reached
//! wherever it is — an agency feed on the newsroom's network is normal.
//! Any other address an item names (a photo on a CDN) comes from outside
//! and must be public ([`Reach::PublicOnly`]).
use masthead_core::article::Photo;
use masthead_core::store::{Media, WireSource};
use masthead_outbound::header::{
    ACCEPT, ETAG, IF_MODIFIED_SINCE, IF_NONE_MATCH, LAST_MODIFIED, RETRY_AFTER,
};
use masthead_outbound::{Client, Config, Error, Method, Reach, Request, StatusCode};
use std::time::Duration;

/// The longest a source (or a photo) may take to answer, whole.
pub const TIMEOUT: Duration = Duration::from_secs(20);
/// A feed may be this large.
pub const MAX_FEED_BYTES: usize = 8 << 20;
const ACCEPTS: &str = "application/json, application/vnd.iptc.ninjs+json, application/xml, \
    application/rss+xml, application/atom+xml, application/feed+json;q=0.9, */*;q=0.5";

/// The two clients wire polling uses.
#[derive(Clone)]
pub struct Fetcher {
    source: Client,
    outside: Client,
}

/// What a source answered.
pub enum Answer {
    /// 304: nothing new since the validators.
    NotModified,
    Fresh {
        body: masthead_outbound::Bytes,
        etag: Option<String>,
        last_modified: Option<String>,
    },
}

/// Why a poll failed, and how long the source asked us to wait, if it did.
pub struct Failed {
    pub why: String,
    pub retry_after: Option<Duration>,
}

impl Fetcher {
    pub fn new() -> Result<Self, Error> {
        let timeouts = |reach, limit| Config {
            connect_timeout: Duration::from_secs(10),
            timeout: TIMEOUT,
            max_response_bytes: limit,
            ..Config::new(reach)
        };
        Ok(Self {
            source: Client::new(timeouts(Reach::Anywhere, MAX_FEED_BYTES))?,
            outside: Client::new(timeouts(Reach::PublicOnly, masthead_core::photo::MAX_BYTES))?,
        })
    }

    /// A conditional GET of the source's address.
    pub async fn feed(&self, source: &WireSource) -> Result<Answer, Failed> {
        let mut request = Request::new(Method::GET, &source.url).header(ACCEPT, ACCEPTS);
        if let Some(etag) = &source.etag {
            request = request.header(IF_NONE_MATCH, etag.clone());
        }
        if let Some(date) = &source.last_modified {
            request = request.header(IF_MODIFIED_SINCE, date.clone());
        }
        let answer = self.source.send(request).await.map_err(|e| Failed {
            why: e.to_string(),
            retry_after: None,
        })?;
        let header = |name| {
            answer
                .headers
                .get(name)
                .and_then(|v: &masthead_outbound::HeaderValue| v.to_str().ok())
                .map(str::to_string)
        };
        match answer.status {
            StatusCode::NOT_MODIFIED => Ok(Answer::NotModified),
            s if s.is_success() => Ok(Answer::Fresh {
                etag: header(ETAG),
                last_modified: header(LAST_MODIFIED),
                body: answer.body,
            }),
            s => Err(Failed {
                why: format!("answered {s}"),
                retry_after: header(RETRY_AFTER)
                    .and_then(|v| v.trim().parse::<u64>().ok())
                    .map(Duration::from_secs),
            }),
        }
    }

    /// Downloads a photo an item names and runs it through the photo
    /// pipeline (checked, upright, stripped, resized); the photo and the
    /// files to store.
    pub async fn photo(
        &self,
        source: &WireSource,
        url: &str,
    ) -> Result<(Photo, Vec<Media>), String> {
        let client = if same_origin(&source.url, url) {
            &self.source
        } else {
            &self.outside
        };
        let answer = client
            .send(Request::new(Method::GET, url).header(ACCEPT, "image/*"))
            .await
            .map_err(|e| e.to_string())?;
        if !answer.status.is_success() {
            return Err(format!("the photo {url} answered {}", answer.status));
        }
        let bytes = answer.body;
        let processed = tokio::task::spawn_blocking(move || masthead_core::photo::process(&bytes))
            .await
            .map_err(|e| e.to_string())?
            .map_err(|e| format!("the photo {url}: {e}"))?;
        processed
            .into_stored()
            .ok_or_else(|| format!("the photo {url} has no image data"))
    }
}

/// Whether two addresses share scheme, host and port.
fn same_origin(a: &str, b: &str) -> bool {
    match (url::Url::parse(a), url::Url::parse(b)) {
        (Ok(a), Ok(b)) => a.origin() == b.origin(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_the_sources_own_origin_is_trusted() {
        use super::same_origin;
        assert!(same_origin(
            "http://127.0.0.1:80/feed",
            "http://127.0.0.1/p.jpg"
        ));
        assert!(!same_origin(
            "http://127.0.0.1:8080/feed",
            "http://127.0.0.1:8081/p.jpg"
        ));
        assert!(!same_origin(
            "https://wire.example/feed",
            "http://wire.example/p.jpg"
        ));
        assert!(!same_origin("https://wire.example/feed", "not a url"));
    }
}
