//! Follows the site's generation number through `LISTEN masthead_generation`.
use sqlx::postgres::{PgListener, PgPool};
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::sync::{Arc, Weak};
use std::time::Duration;

const CHANNEL: &str = "masthead_generation";

#[derive(Debug, Default)]
pub(super) struct Generation {
    value: AtomicI64,
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

    pub(super) fn raise(&self, to: i64) {
        self.value.fetch_max(to, Ordering::AcqRel);
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
            Ok(Ended::StoreDropped) => return,
            Err(e) if pool.is_closed() => {
                tracing::debug!("generation listener stops: {e}");
                return;
            }
            Err(e) => tracing::warn!("generation listener lost its connection: {e}"),
            Ok(Ended::ConnectionLost) => tracing::warn!("generation listener lost its connection"),
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
}

enum Ended {
    StoreDropped,
    ConnectionLost,
}

async fn listen(this: &Weak<Generation>, pool: &PgPool) -> Result<Ended, sqlx::Error> {
    let mut listener = PgListener::connect_with(pool).await?;
    listener.listen(CHANNEL).await?;
    // Read only once listening, so no change can fall between the two.
    let now: i64 = sqlx::query_scalar("SELECT generation FROM site_state WHERE id = 1")
        .fetch_one(pool)
        .await?;
    match this.upgrade() {
        Some(g) => {
            g.raise(now);
            g.live.store(true, Ordering::Release);
        }
        None => return Ok(Ended::StoreDropped),
    }
    loop {
        let Some(notification) = listener.try_recv().await? else {
            return Ok(Ended::ConnectionLost);
        };
        let Some(g) = this.upgrade() else {
            return Ok(Ended::StoreDropped);
        };
        match notification.payload().parse::<i64>() {
            Ok(n) => g.raise(n),
            // Not ours (someone NOTIFYing by hand): read the number instead.
            Err(_) => {
                let now: i64 = sqlx::query_scalar("SELECT generation FROM site_state WHERE id = 1")
                    .fetch_one(pool)
                    .await?;
                g.raise(now);
            }
        }
    }
}
