//! One poll of a source, and the rounds that poll every due source: on one
//! node at a time (the `wire-poll` lease), so several nodes on one
//! PostgreSQL database never make the same story twice.
use super::fetch::{Answer, Fetcher};
use chrono::Utc;
use masthead_core::Timestamp;
use masthead_core::service::{Taken, is_news, take_item};
use masthead_core::settings::SiteSettings;
use masthead_core::store::{PollRecord, Store, WireSource};
use std::time::Duration;

/// The lease wire polling runs under.
pub const WIRE_LEASE: &str = "wire-poll";
/// Long enough for a round with many photos; given back when it ends.
const LEASE_MS: i64 = 5 * 60 * 1000;
/// The longest wait between tries of a failing source.
const MAX_BACKOFF: Duration = Duration::from_secs(6 * 3600);

/// What one poll did, for the command line and the log.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Polled {
    pub not_modified: bool,
    pub created: u32,
    pub published: u32,
    pub updated: u32,
    pub withdrawn: u32,
    pub unchanged: u32,
    /// Items that could not be taken, with why.
    pub refused: Vec<String>,
    /// The whole poll failed (the source did not answer usably).
    pub failed: Option<String>,
}

/// Polls one source now and records how it went.
pub async fn poll_source(
    store: &dyn Store,
    fetcher: &Fetcher,
    source: &WireSource,
) -> anyhow::Result<Polled> {
    let (settings, _) = SiteSettings::load(store).await?;
    let now = Utc::now();
    let mut polled = Polled::default();
    let every = Duration::from_secs(u64::from(source.every_minutes.max(1)) * 60);
    let mut record = PollRecord {
        etag: source.etag.clone(),
        last_modified: source.last_modified.clone(),
        next_poll_ms: later(now, every),
        failures: 0,
        last_error: None,
        polled_ms: now.timestamp_millis(),
    };
    match fetcher.feed(source).await {
        Ok(Answer::NotModified) => polled.not_modified = true,
        Ok(Answer::Fresh {
            body,
            etag,
            last_modified,
        }) => {
            let base = url::Url::parse(&source.url)?;
            match masthead_core::wire::read_from(&body, &base) {
                Ok(items) => {
                    // Oldest first, so versions of one story in one answer
                    // are taken in order.
                    let mut items = items;
                    items.sort_by_key(|i| i.version_created.or(i.first_created));
                    for item in &items {
                        take(store, fetcher, &settings, source, item, now, &mut polled).await?;
                    }
                    record.etag = etag;
                    record.last_modified = last_modified;
                }
                Err(e) => polled.failed = Some(e.to_string()),
            }
        }
        Err(failed) => {
            polled.failed = Some(failed.why);
            if let Some(wait) = failed.retry_after {
                record.next_poll_ms = later(now, wait.min(MAX_BACKOFF).max(every));
            }
        }
    }
    if let Some(why) = &polled.failed {
        record.failures = source.failures.saturating_add(1);
        record.last_error = Some(why.clone());
        // Twice the wait after each failure in a row, up to six hours.
        let backoff = every
            .saturating_mul(1 << record.failures.min(10))
            .min(MAX_BACKOFF);
        record.next_poll_ms = record.next_poll_ms.max(later(now, backoff));
        tracing::warn!(source = %source.name, "wire poll failed: {why}");
    }
    store.record_poll(source.id, &record).await?;
    Ok(polled)
}

async fn take(
    store: &dyn Store,
    fetcher: &Fetcher,
    settings: &SiteSettings,
    source: &WireSource,
    item: &masthead_core::wire::WireItem,
    now: Timestamp,
    polled: &mut Polled,
) -> anyhow::Result<()> {
    let stored = store.wire_item(source.id, &item.guid).await?;
    if !is_news(stored.as_ref(), item) {
        polled.unchanged += 1;
        return Ok(());
    }
    // The photo only for news that runs; a photo that fails leaves the
    // story without one rather than the story out.
    let mut photo = None;
    if item.status == masthead_core::wire::PubStatus::Usable
        && let Some(wp) = &item.photo
    {
        match fetcher.photo(source, &wp.url).await {
            Ok((p, files)) => {
                for f in &files {
                    store.put_media(f).await?;
                }
                photo = Some(p);
            }
            Err(why) => tracing::warn!(source = %source.name, "wire photo not taken: {why}"),
        }
    }
    match take_item(store, settings, source, item, stored, photo, now).await {
        Ok(Taken::Created { live: true, .. }) => polled.published += 1,
        Ok(Taken::Created { live: false, .. }) => polled.created += 1,
        Ok(Taken::Updated { .. }) => polled.updated += 1,
        Ok(Taken::Withdrawn { .. }) => polled.withdrawn += 1,
        Ok(Taken::Unchanged) => polled.unchanged += 1,
        Err(masthead_core::service::WireDeskError::Store(e)) => return Err(e.into()),
        Err(e) => polled.refused.push(format!("{}: {e}", item.guid)),
    }
    Ok(())
}

fn later(now: Timestamp, wait: Duration) -> i64 {
    now.timestamp_millis()
        .saturating_add(i64::try_from(wait.as_millis()).unwrap_or(i64::MAX))
}

/// Who holds the lease: this process.
pub fn holder() -> String {
    crate::lease::holder("wire")
}

/// Runs `work` under the polling lease: waits (up to `patience`) while
/// another process polls, then gives the lease back. `None` if it never
/// came.
pub async fn with_lease<T>(
    store: &dyn Store,
    holder: &str,
    patience: Duration,
    work: impl std::future::Future<Output = T>,
) -> anyhow::Result<Option<T>> {
    crate::lease::with_lease(store, WIRE_LEASE, LEASE_MS, holder, patience, work).await
}

/// The server's poller: every 15 s, the sources whose time has come, on
/// whichever node takes the lease.
pub async fn run(store: std::sync::Arc<dyn Store>) {
    let fetcher = match Fetcher::new() {
        Ok(f) => f,
        Err(e) => return tracing::error!("wire sources will not be polled: {e}"),
    };
    let holder = holder();
    loop {
        let due = |s: &WireSource| s.next_poll_ms <= Utc::now().timestamp_millis();
        match store.wire_sources().await {
            Ok(sources) if sources.iter().any(due) => {
                let round = async {
                    // Read again under the lease: another node may have
                    // just polled them.
                    for s in store.wire_sources().await?.iter().filter(|s| due(s)) {
                        let polled = poll_source(store.as_ref(), &fetcher, s).await?;
                        tracing::info!(source = %s.name, ?polled, "wire source polled");
                    }
                    anyhow::Ok(())
                };
                match with_lease(store.as_ref(), &holder, Duration::ZERO, round).await {
                    Ok(Some(Err(e))) | Err(e) => tracing::warn!("wire poll round failed: {e}"),
                    Ok(_) => {}
                }
            }
            Ok(_) => {}
            Err(e) => tracing::warn!("wire sources not read: {e}"),
        }
        tokio::time::sleep(Duration::from_secs(15)).await;
    }
}
