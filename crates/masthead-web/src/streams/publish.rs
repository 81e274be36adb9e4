//! Publishing to the GRIP proxy, once, when several nodes share the
//! database: the node holding the `grip-publish` lease publishes each
//! round; the chain (each channel's last item, everything published up to
//! a number) is recorded with the lease, so a node that takes over resumes
//! where the last publisher stopped and every node puts a new reader at the
//! same place on the chain (`grip::hold_headers` says how readers check it).
use super::rounds::{Round, changed_batches};
use crate::live::grip::Item;
use crate::state::AppState;
use masthead_core::store::{GRIP_LEASE, GripItem};
use std::collections::HashMap;
use std::time::{Duration, Instant};

/// How long a publisher's lease runs without a round renewing it: a node
/// that dies hands publishing over within this time.
const LEASE_MS: i64 = 3_000;

/// For how long after a story's last item, and how often, its publisher
/// announces where the story's chain ends (`grip::tails_body`): a reader
/// whose stream the proxy took on while that item went out missed it, and
/// with nothing after it would never learn so.
const TAIL_FOR: Duration = Duration::from_secs(60);
const TAIL_EVERY: Duration = Duration::from_secs(2);

/// A story's last published item, when it went out, when last announced.
#[derive(Debug)]
struct Tail {
    last: i64,
    published: Instant,
    announced: Instant,
}

fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

/// This node's side of the lease.
#[derive(Debug)]
pub struct Publisher {
    holder: String,
    /// While this node holds the lease: until when, and the number it
    /// published up to.
    held: Option<(i64, i64)>,
    /// Changes came that this node could not publish (another held the
    /// lease): until it sees them published, it looks every round, so a
    /// publisher that died is replaced even if nothing else changes.
    behind: bool,
    /// The stories whose end is still announced, by article.
    tails: HashMap<i64, Tail>,
}

impl Publisher {
    /// A publisher named uniquely; records where publishing begins when
    /// nothing was ever published (`generation`: the pump's start).
    pub async fn start(state: &AppState, generation: i64) -> Self {
        let mut nonce = [0u8; 8];
        let _ = getrandom::fill(&mut nonce);
        let holder = format!(
            "{}-{}",
            std::process::id(),
            nonce.iter().map(|b| format!("{b:02x}")).collect::<String>()
        );
        if let Err(e) = state
            .store
            .start_lease_position(GRIP_LEASE, &holder, generation)
            .await
        {
            tracing::warn!("the GRIP chain's start not recorded: {e}");
        }
        Self {
            holder,
            held: None,
            behind: false,
            tails: HashMap::new(),
        }
    }

    /// The number this node publishes from, taking or renewing the lease
    /// when it runs low; `None` while another node publishes.
    async fn from(&mut self, state: &AppState, fallback: i64) -> Option<i64> {
        let now = now_ms();
        if let Some((until, position)) = self.held
            && until - now > LEASE_MS / 2
        {
            return Some(position);
        }
        match state
            .store
            .take_lease(GRIP_LEASE, &self.holder, now, now + LEASE_MS)
            .await
        {
            Ok(Some(held)) => {
                let position = held.position.unwrap_or(fallback);
                self.held = Some((now + LEASE_MS, position));
                Some(position)
            }
            Ok(None) => {
                self.held = None;
                None
            }
            Err(e) => {
                tracing::warn!("the GRIP lease not read: {e}");
                None
            }
        }
    }

    /// Publishes what changed, when this node holds the lease. With
    /// `made`, `since` is where this round of the pump began and `made`
    /// what it found; without, nothing changed and `since` is where the
    /// pump stands. A node that takes over from an earlier number makes its
    /// own round from there.
    pub async fn round(&mut self, state: &AppState, since: i64, made: Option<&Round>) {
        let Some(grip) = &state.grip else { return };
        if made.is_none() {
            if !self.behind {
                return;
            }
            // Published by the lease's holder by now? One read.
            match state.store.lease_position(GRIP_LEASE).await {
                Ok(Some(position)) if position >= since => {
                    self.behind = false;
                    return;
                }
                Ok(_) => {}
                Err(e) => {
                    tracing::warn!("the GRIP chain not read: {e}");
                    return;
                }
            }
        }
        let Some(from) = self.from(state, since).await else {
            self.behind = true;
            return;
        };
        self.behind = false;
        let fresh;
        let (batches, reached) = match made {
            Some(round) if from == since => round,
            _ if made.is_none() && from >= since => return,
            _ => match changed_batches(state, from, |_| true).await {
                Ok(Some(round)) => {
                    fresh = round;
                    &fresh
                }
                Ok(None) => return,
                Err(e) => {
                    tracing::warn!("live events to publish not made: {e}");
                    return;
                }
            },
        };
        let (reached, from) = (*reached, from.min(*reached));
        let articles: Vec<_> = batches.iter().map(|(a, _)| *a).collect();
        let last: HashMap<i64, i64> = match state.store.grip_last_ids(&articles).await {
            Ok(ids) => ids.into_iter().map(|(a, id)| (a.0, id)).collect(),
            Err(e) => {
                tracing::warn!("the GRIP chain not read: {e}");
                return;
            }
        };
        let items: Vec<Item> = batches
            .iter()
            .filter_map(|(article, batch)| {
                let content = batch.between(from, reached);
                (!content.is_empty()).then(|| Item {
                    article: article.0,
                    id: reached,
                    prev: last.get(&article.0).copied(),
                    content,
                })
            })
            .collect();
        // A failed publish still moves the chain: the next item names this
        // one as the one before it, so readers notice the gap and reopen
        // their streams from where they stand.
        match grip.publish(&items).await {
            Ok(()) => crate::metrics::grip_published(items.len()),
            Err(e) => tracing::warn!("live events not published to the GRIP proxy: {e}"),
        }
        let now = Instant::now();
        for item in &items {
            let tail = Tail {
                last: item.id,
                published: now,
                announced: now,
            };
            self.tails.insert(item.article, tail);
        }
        let recorded: Vec<GripItem> = items
            .iter()
            .map(|i| GripItem {
                article: masthead_core::ids::ArticleId(i.article),
                id: i.id,
            })
            .collect();
        let until = now_ms() + LEASE_MS;
        match state
            .store
            .record_grip(GRIP_LEASE, &self.holder, &recorded, reached, until)
            .await
        {
            Ok(true) => self.held = Some((until, reached)),
            Ok(false) => {
                tracing::warn!("another node took over publishing to the GRIP proxy");
                self.held = None;
            }
            Err(e) => {
                tracing::warn!("the GRIP chain not recorded: {e}");
                self.held = None;
            }
        }
    }

    /// Announces, while this node publishes, where each story that had an
    /// item in the last [`TAIL_FOR`] stands, every [`TAIL_EVERY`]; `since`
    /// is where the pump stands.
    pub async fn announce_tails(&mut self, state: &AppState, since: i64) {
        let Some(grip) = &state.grip else { return };
        let now = Instant::now();
        self.tails
            .retain(|_, t| now.duration_since(t.published) < TAIL_FOR);
        if self.tails.is_empty() {
            return;
        }
        // Announcing keeps this node's lease (a quiet minute would let it
        // lapse): only the publishing node announces.
        if self.from(state, since).await.is_none() {
            self.tails.clear();
            return;
        }
        let due: Vec<(i64, i64)> = self
            .tails
            .iter_mut()
            .filter(|(_, t)| now.duration_since(t.announced) >= TAIL_EVERY)
            .map(|(article, t)| {
                t.announced = now;
                (*article, t.last)
            })
            .collect();
        if let Err(e) = grip.announce(&due).await {
            tracing::warn!("where the live stories stand not announced to the GRIP proxy: {e}");
        }
    }
}
