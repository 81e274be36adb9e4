//! Delivering activities to other servers' inboxes (ActivityPub's sending
//! side): each POST signed with the site's key, draft-cavage first (what
//! Mastodon verifies), RFC 9421 when an inbox refuses that with 401; a
//! failure tried again after 1, 2, 4… minutes, then given up. Inboxes are
//! addresses from outside: public only unless `--allow-private-addresses`.
use super::webmentions::Checker;
use chrono::Utc;
use masthead_core::federation::activitypub::{ACTIVITY_JSON, Addresses};
use masthead_core::federation::keys::SiteKey;
use masthead_core::federation::signature::{Scheme, sign};
use masthead_core::store::{Delivery, DeliveryOutcome};
use masthead_outbound::header::{CONTENT_TYPE, HeaderName};
use masthead_outbound::{Method, Request, StatusCode};
use masthead_web::AppState;
use url::Url;

/// Deliveries per round.
const ROUND: u32 = 50;
/// Inboxes delivered to at once.
const PARALLEL_INBOXES: usize = 8;
/// Tries in all before a delivery is given up (the last about four hours
/// after the first).
pub const MAX_DELIVERY_ATTEMPTS: u32 = 9;

impl Checker {
    /// POSTs one signed activity; the inbox's status, or why none came.
    async fn post(
        &self,
        key: &SiteKey,
        key_id: &str,
        inbox: &Url,
        body: &str,
        scheme: Scheme,
    ) -> Result<StatusCode, String> {
        let mut request = Request::new(Method::POST, inbox.as_str())
            .header(CONTENT_TYPE, ACTIVITY_JSON)
            .body(body.to_string());
        let headers = sign(
            scheme,
            key,
            key_id,
            "POST",
            inbox,
            Some(body.as_bytes()),
            Utc::now(),
        )
        .map_err(|e| e.to_string())?;
        for (name, value) in headers {
            request = request.header(HeaderName::from_static(name), value);
        }
        self.client()
            .send(request)
            .await
            .map(|a| a.status)
            .map_err(|e| e.to_string())
    }

    /// One delivery's try, as the queue records it.
    pub async fn deliver(&self, key: &SiteKey, key_id: &str, d: &Delivery) -> DeliveryOutcome {
        let now_ms = Utc::now().timestamp_millis();
        let attempts = d.attempts + 1;
        let retry = |status: Option<StatusCode>, why: String| DeliveryOutcome {
            state: if attempts >= MAX_DELIVERY_ATTEMPTS {
                "failed"
            } else {
                "pending"
            },
            status: status.map(|s| s.as_u16()),
            error: Some(why),
            attempts,
            next_ms: now_ms + 60_000 * (1 << (attempts - 1).min(10)),
        };
        let Ok(inbox) = Url::parse(&d.inbox) else {
            return DeliveryOutcome {
                state: "failed",
                status: None,
                error: Some("the inbox is not an address".into()),
                attempts,
                next_ms: now_ms,
            };
        };
        let mut answer = self
            .post(key, key_id, &inbox, &d.body, Scheme::Cavage)
            .await;
        if answer == Ok(StatusCode::UNAUTHORIZED) {
            answer = self
                .post(key, key_id, &inbox, &d.body, Scheme::Rfc9421)
                .await;
        }
        match answer {
            Ok(s) if s.is_success() => DeliveryOutcome {
                state: "sent",
                status: Some(s.as_u16()),
                error: None,
                attempts,
                next_ms: now_ms,
            },
            // The inbox will not take it, now or later (401 may be a server
            // that could not fetch our key just then: tried again).
            Ok(s)
                if s.is_client_error()
                    && s != StatusCode::TOO_MANY_REQUESTS
                    && s != StatusCode::REQUEST_TIMEOUT
                    && s != StatusCode::UNAUTHORIZED =>
            {
                DeliveryOutcome {
                    state: "failed",
                    status: Some(s.as_u16()),
                    error: Some(format!("the inbox answered {s}")),
                    attempts,
                    next_ms: now_ms,
                }
            }
            Ok(s) => retry(Some(s), format!("the inbox answered {s}")),
            Err(why) => retry(None, why),
        }
    }
}

/// Ended deliveries are kept this long, for `/admin/federation`.
const KEEP_DELIVERIES_MS: i64 = 30 * 24 * 3_600_000;

/// Delivers what is due; how many were tried.
pub async fn deliver_due(state: &AppState, checker: &Checker) -> anyhow::Result<usize> {
    let now_ms = Utc::now().timestamp_millis();
    let due = state.store.due_deliveries(now_ms, ROUND).await?;
    if due.is_empty() {
        return Ok(0);
    }
    // A busy site sends a delivery per instance per article: without
    // forgetting, the table only grows.
    state
        .store
        .prune_deliveries(now_ms - KEEP_DELIVERIES_MS)
        .await?;
    let settings = state.settings().await?;
    // Turned off, or no address to sign as: kept until that changes.
    let site = Url::parse(&settings.url).ok();
    let Some(site) = site.filter(|_| settings.federation.enabled) else {
        return Ok(0);
    };
    let ad = Addresses::new(site);
    let key = state.site_key().await?;
    // One task per inbox, its deliveries in order; a few inboxes at once, so
    // a slow server holds up only its own.
    let mut by_inbox: Vec<(String, Vec<Delivery>)> = Vec::new();
    for d in due {
        match by_inbox.iter_mut().find(|(inbox, _)| *inbox == d.inbox) {
            Some((_, list)) => list.push(d),
            None => by_inbox.push((d.inbox.clone(), vec![d])),
        }
    }
    let mut tasks = tokio::task::JoinSet::new();
    let mut tried = 0;
    let mut waiting = by_inbox.into_iter();
    loop {
        while tasks.len() < PARALLEL_INBOXES {
            let Some((inbox, list)) = waiting.next() else {
                break;
            };
            let host = Url::parse(&inbox)
                .ok()
                .and_then(|u| u.host_str().map(String::from))
                .unwrap_or_default();
            let blocked = settings.federation.blocks(&host);
            let (checker, key) = (checker.clone(), key.clone());
            // Each signed as its activity's actor: the site or an author.
            let list: Vec<(String, Delivery)> = list
                .into_iter()
                .map(|d| (ad.signer_of(&d.body), d))
                .collect();
            tasks.spawn(async move {
                let mut outcomes = Vec::with_capacity(list.len());
                for (key_id, d) in list {
                    let outcome = if blocked {
                        DeliveryOutcome {
                            state: "failed",
                            status: None,
                            error: Some("the inbox's domain is blocked".into()),
                            attempts: d.attempts,
                            next_ms: Utc::now().timestamp_millis(),
                        }
                    } else {
                        checker.deliver(&key, &key_id, &d).await
                    };
                    outcomes.push((d, outcome));
                }
                outcomes
            });
        }
        let Some(done) = tasks.join_next().await else {
            break;
        };
        for (d, outcome) in done? {
            if outcome.state != "sent" {
                tracing::info!(inbox = %d.inbox, error = ?outcome.error, "an ActivityPub delivery failed");
            }
            state.store.record_delivery(d.id, &outcome).await?;
            tried += 1;
        }
    }
    Ok(tried)
}
