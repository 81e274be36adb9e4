//! Follows the cache versions through `LISTEN masthead_generation`.
//!
//! A notification carries "SCHEMA NUMBER s" (a site-wide change), "SCHEMA
//! NUMBER a ID,ID,…" (the approved comments of those articles changed) or
//! "SCHEMA NUMBER" (ask what changed). The schema keeps sites that share one
//! database apart. Notifications arrive in commit order and numbers are
//! handed out under a row lock, so applying them one by one keeps every
//! version exact; anything unclear makes the node ask the database.
//!
//! The listening connection reads the number when quiet, so a connection
//! dropped without a word (a NAT or proxy timeout, a failover) is noticed
//! within [`QUIET`] and the node falls back to asking the database on every
//! view until it is listening again. Every (re)connect starts a new epoch
//! (`crate::versions`), so a database that went back meanwhile (a restore,
//! a failover to a lagging replica) never brings an old number back.
use crate::versions::Versions;
use sqlx::postgres::{PgListener, PgPool};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Weak};
use std::time::Duration;

const CHANNEL: &str = "masthead_generation";
const QUIET: Duration = Duration::from_secs(20);
const PING_TIMEOUT: Duration = Duration::from_secs(5);
const READ_GENERATION: &str = "SELECT generation FROM site_state WHERE id = 1";

#[derive(Debug, Default)]
pub(super) struct Generation {
    pub(super) versions: Versions,
    /// True while the listening connection is up and `versions` is current.
    live: AtomicBool,
}

impl Generation {
    /// Starts a task that keeps the versions current; it ends with the store.
    pub(super) fn follow(pool: PgPool) -> Arc<Self> {
        let this = Arc::new(Self::default());
        tokio::spawn(run(Arc::downgrade(&this), pool));
        this
    }

    /// Whether the versions are current without asking the database.
    pub(super) fn live(&self) -> bool {
        self.live.load(Ordering::Acquire)
    }
}

/// What a notification says.
#[derive(Debug, PartialEq, Eq)]
enum Notice {
    Site(i64),
    Articles(i64, Vec<i64>),
    /// Ask the database what changed.
    Unclear,
    /// Another site's change.
    Elsewhere,
}

fn parse(payload: &str, schema: &str) -> Notice {
    let mut parts = payload.split(' ');
    if parts.next() != Some(schema) {
        return Notice::Elsewhere;
    }
    let Some(n) = parts.next().and_then(|n| n.parse::<i64>().ok()) else {
        return Notice::Unclear;
    };
    match (parts.next(), parts.next(), parts.next()) {
        (Some("s"), None, None) => Notice::Site(n),
        (Some("a"), Some(ids), None) => {
            let ids: Result<Vec<i64>, _> = ids.split(',').map(str::parse).collect();
            ids.map_or(Notice::Unclear, |ids| Notice::Articles(n, ids))
        }
        _ => Notice::Unclear,
    }
}

async fn run(this: Weak<Generation>, pool: PgPool) {
    loop {
        let outcome = listen(&this, &pool).await;
        let Some(generation) = this.upgrade() else {
            return;
        };
        // Until the connection is back, every request asks the database.
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
    let (schema, now, site): (String, i64, i64) = sqlx::query_as(
        "SELECT CAST(current_schema() AS TEXT), generation, site_generation \
         FROM site_state WHERE id = 1",
    )
    .fetch_one(&mut listener)
    .await?;
    let Some(g) = this.upgrade() else {
        return Ok(());
    };
    g.versions.restart(now, site);
    g.live.store(true, Ordering::Release);
    drop(g);
    loop {
        let notice = match tokio::time::timeout(QUIET, listener.try_recv()).await {
            Ok(Ok(Some(n))) => parse(n.payload(), &schema),
            Ok(Ok(None)) => return Err(lost("the listening connection closed")),
            Ok(Err(e)) => return Err(e),
            // Quiet: the read below proves the connection alive, and catches
            // a notification that the timeout may have cut off.
            Err(_) => {
                let read = sqlx::query_scalar::<_, i64>(READ_GENERATION).fetch_one(&mut listener);
                match tokio::time::timeout(PING_TIMEOUT, read).await {
                    Ok(read) => {
                        let n = read?;
                        let Some(g) = this.upgrade() else {
                            return Ok(());
                        };
                        if g.versions.known() == Some(n) {
                            continue;
                        }
                        Notice::Unclear
                    }
                    Err(_) => return Err(lost("the listening connection stopped answering")),
                }
            }
        };
        let Some(g) = this.upgrade() else {
            return Ok(());
        };
        match notice {
            Notice::Site(n) => g.versions.site_changed(n),
            Notice::Articles(n, ids) => g.versions.articles_changed(n, ids),
            Notice::Unclear => {
                let since = g.versions.known();
                let changes = super::settings::read_changes(pool, since)
                    .await
                    .map_err(|e| lost(&e.to_string()))?;
                let _ = g.versions.apply(changes);
            }
            Notice::Elsewhere => {}
        }
    }
}

fn lost(why: &str) -> sqlx::Error {
    sqlx::Error::Protocol(why.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notifications_say_what_changed() {
        assert_eq!(parse("public 7 s", "public"), Notice::Site(7));
        assert_eq!(
            parse("public 8 a 3,4", "public"),
            Notice::Articles(8, vec![3, 4])
        );
        assert_eq!(parse("public 9", "public"), Notice::Unclear);
        assert_eq!(parse("public 9 a 3,x", "public"), Notice::Unclear);
        assert_eq!(parse("public x s", "public"), Notice::Unclear);
        assert_eq!(parse("other 9 s", "public"), Notice::Elsewhere);
    }
}
