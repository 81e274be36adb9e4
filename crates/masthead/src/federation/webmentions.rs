//! Fetching Webmention sources, politely and safely: one GET of the source
//! page through the one outbound client, within a timeout and a size
//! limit, public addresses only unless the operator allowed private ones
//! (`serve --allow-private-addresses`). Rounds run on one node at a time
//! (the `webmentions` lease, `super::rounds`).
use chrono::Utc;
use masthead_core::service::Fetched;
use masthead_core::store::StoredMention;
use masthead_outbound::header::ACCEPT;
use masthead_outbound::{Client, Config, Method, Reach, Request, StatusCode};
use masthead_web::AppState;
use std::time::Duration;

/// The lease Webmention checks run under.
pub const WEBMENTION_LEASE: &str = "webmentions";
/// The longest a source may take to answer, whole.
pub const TIMEOUT: Duration = Duration::from_secs(10);
/// A source page may be this large.
pub const MAX_SOURCE_BYTES: usize = 1 << 20;
/// Mentions checked per round.
const ROUND: u32 = 50;
/// Long enough for a round of slow sources; given back when it ends.
pub(super) const LEASE_MS: i64 = 5 * 60 * 1000;

/// The client that fetches sources.
#[derive(Clone)]
pub struct Checker {
    client: Client,
}

impl Checker {
    /// `allow_private`: sources on loopback and private networks too (for
    /// tests and intranets).
    pub fn new(allow_private: bool) -> Result<Self, masthead_outbound::Error> {
        let reach = Reach::from_outside(allow_private);
        Ok(Self {
            client: Client::new(Config {
                connect_timeout: Duration::from_secs(5),
                timeout: TIMEOUT,
                max_response_bytes: MAX_SOURCE_BYTES,
                ..Config::new(reach)
            })?,
        })
    }

    pub(super) fn client(&self) -> &Client {
        &self.client
    }

    /// The source page, or why not.
    pub async fn fetch(&self, source: &str) -> Fetched {
        let request = Request::new(Method::GET, source)
            .header(ACCEPT, "text/html, application/xhtml+xml;q=0.9, */*;q=0.1");
        match self.client.send(request).await {
            Err(e) => Fetched::Failed(e.to_string()),
            Ok(a) if a.status == StatusCode::GONE => Fetched::Gone,
            Ok(a) if a.status.is_success() => {
                Fetched::Page(String::from_utf8_lossy(&a.body).into_owned())
            }
            Ok(a) => Fetched::Failed(format!("the source answered {}", a.status)),
        }
    }
}

/// Checks every mention that is due; how many were checked.
pub async fn check_due(state: &AppState, checker: &Checker) -> anyhow::Result<usize> {
    let due: Vec<StoredMention> = state
        .store
        .due_webmentions(Utc::now().timestamp_millis(), ROUND)
        .await?;
    for m in &due {
        let fetched = checker.fetch(&m.source).await;
        let state_now = state.settle_webmention(m, fetched, Utc::now()).await?;
        tracing::info!(source = %m.source, target = %m.target, state = state_now.as_str(), "webmention checked");
    }
    Ok(due.len())
}
