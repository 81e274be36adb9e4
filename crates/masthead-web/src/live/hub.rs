//! The open streams of each discussion on this node, and what the pump
//! hands them: one batch per article per round, each event already in its
//! wire format, shared by every stream of the article (a thousand readers
//! cost one rendering). A stream that falls more than [`CHANNEL_DEPTH`]
//! batches behind is told to reload rather than buffered without end.
use bytes::Bytes;
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use tokio::sync::broadcast;

/// Batches kept for a slow stream before it is told to reload.
pub const CHANNEL_DEPTH: usize = 64;

/// What one round of the pump found for one article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Batch {
    /// Every change up to this number is in the batch.
    pub generation: i64,
    /// `(event id, the event as SSE text)`, ids ascending.
    events: Vec<(i64, String)>,
    /// All of them, once: what nearly every stream sends, shared.
    all: Bytes,
}

impl Batch {
    pub fn new(generation: i64, events: Vec<(i64, String)>) -> Self {
        let all = Bytes::from(events.iter().map(|(_, s)| s.as_str()).collect::<String>());
        Self {
            generation,
            events,
            all,
        }
    }

    /// The SSE text of the events after `after` up to `upto`: what one
    /// round publishes to the GRIP proxy, numbered as that round. A reload
    /// (numbered past everything) always goes.
    pub fn between(&self, after: i64, upto: i64) -> String {
        self.events
            .iter()
            .filter(|(id, _)| (*id > after && *id <= upto) || *id == i64::MAX)
            .map(|(_, s)| s.as_str())
            .collect()
    }

    /// The SSE text of the events after `after`.
    pub fn after(&self, after: i64) -> Bytes {
        if self.events.iter().all(|(id, _)| *id > after) {
            return self.all.clone();
        }
        Bytes::from(
            self.events
                .iter()
                .filter(|(id, _)| *id > after)
                .map(|(_, s)| s.as_str())
                .collect::<String>(),
        )
    }
}

#[derive(Debug)]
pub struct LiveHub {
    channels: Mutex<HashMap<i64, broadcast::Sender<Arc<Batch>>>>,
    open: AtomicUsize,
    max: usize,
}

/// A stream's place in the node's count; dropping it frees the place.
#[derive(Debug)]
pub struct Place(Arc<LiveHub>);

impl Drop for Place {
    fn drop(&mut self) {
        self.0.open.fetch_sub(1, Ordering::Relaxed);
    }
}

impl LiveHub {
    /// At most `max` streams open on this node at once.
    pub fn new(max: usize) -> Self {
        Self {
            channels: Mutex::new(HashMap::new()),
            open: AtomicUsize::new(0),
            max,
        }
    }

    /// A place for one more stream, or `None` at the cap.
    pub fn admit(self: &Arc<Self>) -> Option<Place> {
        let before = self.open.fetch_add(1, Ordering::Relaxed);
        let place = Place(self.clone());
        (before < self.max).then_some(place)
    }

    /// Streams open now.
    pub fn open(&self) -> usize {
        self.open.load(Ordering::Relaxed)
    }

    /// Follows `article`'s batches from now on.
    pub fn subscribe(&self, article: i64) -> broadcast::Receiver<Arc<Batch>> {
        let mut channels = self.channels.lock().unwrap_or_else(|p| p.into_inner());
        channels
            .entry(article)
            .or_insert_with(|| broadcast::channel(CHANNEL_DEPTH).0)
            .subscribe()
    }

    /// Whether any stream on this node follows `article`.
    pub fn watched(&self, article: i64) -> bool {
        let channels = self.channels.lock().unwrap_or_else(|p| p.into_inner());
        channels
            .get(&article)
            .is_some_and(|tx| tx.receiver_count() > 0)
    }

    /// Hands `batch` to `article`'s streams; forgets articles nobody
    /// follows any more.
    pub fn publish(&self, article: i64, batch: Arc<Batch>) {
        let mut channels = self.channels.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(tx) = channels.get(&article) {
            let _ = tx.send(batch);
        }
        channels.retain(|_, tx| tx.receiver_count() > 0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn streams_of_an_article_share_its_batches_and_the_cap_holds() {
        let hub = Arc::new(LiveHub::new(2));
        let a = hub.admit();
        let b = hub.admit();
        assert!(a.is_some() && b.is_some());
        assert!(hub.admit().is_none(), "a third stream is refused");
        drop(a);
        assert!(hub.admit().is_some(), "a freed place is taken again");
        let mut one = hub.subscribe(1);
        let mut two = hub.subscribe(1);
        assert!(hub.watched(1) && !hub.watched(2));
        let batch = Arc::new(Batch::new(
            9,
            vec![(7, "id: 7\n\n".into()), (9, "id: 9\n\n".into())],
        ));
        hub.publish(1, batch.clone());
        hub.publish(2, batch.clone());
        assert_eq!(one.recv().await.unwrap(), batch);
        assert_eq!(
            batch.between(0, 8),
            "id: 7\n\n",
            "a round publishes up to its number"
        );
        assert_eq!(batch.between(7, 9), "id: 9\n\n");
        let got = two.recv().await.unwrap();
        assert_eq!(got.after(7), "id: 9\n\n");
        assert_eq!(got.after(0), "id: 7\n\nid: 9\n\n");
        assert_eq!(got.after(9), "");
        drop((one, two));
        hub.publish(1, batch);
        assert!(!hub.watched(1), "forgotten once nobody follows");
    }
}
