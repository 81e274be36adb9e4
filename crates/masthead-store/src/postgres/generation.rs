//! Follows the site's generation number through `LISTEN masthead_generation`.
//!
//! A notification carries "SCHEMA NUMBER": the schema keeps sites that share
//! one database apart, the number is taken as it comes (numbers only go up,
//! so a late one changes nothing). Anything else makes the node read the
//! number. The listening connection reads the number when quiet, so a
//! connection dropped without a word (a NAT or proxy timeout, a failover) is
//! noticed within [`QUIET`] and the node falls back to reading the number on
//! every view until it is listening again.
use sqlx::postgres::{PgListener, PgPool};
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::sync::{Arc, Weak};
use std::time::Duration;

const CHANNEL: &str = "masthead_generation";
const QUIET: Duration = Duration::from_secs(20);
const PING_TIMEOUT: Duration = Duration::from_secs(5);
const READ_GENERATION: &str = "SELECT generation FROM site_state WHERE id = 1";

/// Numbers handed out are `epoch << EPOCH_SHIFT | generation`. The epoch
/// grows with every (re)connect, so if the database went back meanwhile (a
/// restore, a failover to a lagging replica) no number seen before the
/// reconnect comes back to name different content.
const EPOCH_SHIFT: u32 = 40;

#[derive(Debug, Default)]
pub(super) struct Generation {
    value: AtomicI64,
    epoch: AtomicI64,
    /// True while the listening connection is up and `value` is current.
    live: AtomicBool,
}

impl Generation {
    /// Starts a task that keeps the number current; it ends with the store.
    pub(super) fn follow(pool: PgPool) -> Arc<Self> {
        let this = Arc::new(Self::default());
        tokio::spawn(run(Arc::downgrade(&this), pool));
        this
    }

    /// The number, if it is known without asking the database.
    pub(super) fn current(&self) -> Option<i64> {
        self.live
            .load(Ordering::Acquire)
            .then(|| self.value.load(Ordering::Acquire))
    }

    /// A number read from the database after a change. Reads may finish out
    /// of order, so only a larger number replaces the one known.
    pub(super) fn raise(&self, to: i64) {
        let epoch = self.epoch.load(Ordering::Acquire);
        self.value
            .fetch_max(epoch << EPOCH_SHIFT | to, Ordering::AcqRel);
    }

    /// A fresh start after (re)connecting: a new epoch and the number read.
    fn restart(&self, now: i64) {
        let epoch = self.epoch.fetch_add(1, Ordering::AcqRel) + 1;
        self.value
            .store(epoch << EPOCH_SHIFT | now, Ordering::Release);
        self.live.store(true, Ordering::Release);
    }
}

async fn run(this: Weak<Generation>, pool: PgPool) {
    loop {
        let outcome = listen(&this, &pool).await;
        let Some(generation) = this.upgrade() else {
            return;
        };
        // Until the connection is back, every request reads the number.
        generation.live.store(false, Ordering::Release);
        drop(generation);
        match outcome {
            Ok(()) => return,
            Err(e) if pool.is_closed() => {
                tracing::debug!("generation listener stops: {e}");
                return;
            }
            Err(e) => tracing::warn!("generation listener lost its connection: {e}"),
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
}

/// Listens until the store is dropped (`Ok`) or the connection fails (`Err`).
async fn listen(this: &Weak<Generation>, pool: &PgPool) -> Result<(), sqlx::Error> {
    let mut listener = PgListener::connect_with(pool).await?;
    listener.listen(CHANNEL).await?;
    // Read only once listening, so no change can fall between the two.
    let (schema, now): (String, i64) = sqlx::query_as(
        "SELECT CAST(current_schema() AS TEXT), generation FROM site_state WHERE id = 1",
    )
    .fetch_one(&mut listener)
    .await?;
    let Some(g) = this.upgrade() else {
        return Ok(());
    };
    g.restart(now);
    drop(g);
    loop {
        let payload = match tokio::time::timeout(QUIET, listener.try_recv()).await {
            Ok(Ok(Some(n))) => Some(n.payload().to_string()),
            Ok(Ok(None)) => return Err(lost("the listening connection closed")),
            Ok(Err(e)) => return Err(e),
            // Quiet: the read below proves the connection alive, and catches
            // a notification that the timeout may have cut off.
            Err(_) => None,
        };
        let number = match payload.as_deref().map(|p| p.split_once(' ')) {
            Some(Some((s, n))) if s == schema => n.parse::<i64>().ok(),
            // Another site's change: nothing to do.
            Some(Some(_)) => continue,
            _ => None,
        };
        let now = match number {
            Some(n) => n,
            None => {
                let read = sqlx::query_scalar(READ_GENERATION).fetch_one(&mut listener);
                match tokio::time::timeout(PING_TIMEOUT, read).await {
                    Ok(read) => read?,
                    Err(_) => return Err(lost("the listening connection stopped answering")),
                }
            }
        };
        let Some(g) = this.upgrade() else {
            return Ok(());
        };
        g.raise(now);
    }
}

fn lost(why: &str) -> sqlx::Error {
    sqlx::Error::Protocol(why.to_string())
}
