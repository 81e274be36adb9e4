//! Work one node at a time: a named lease in the database (`LeaseStore`),
//! taken for a round and given back when it ends, so several nodes on one
//! PostgreSQL database never do the same round twice.
use chrono::Utc;
use masthead_core::store::Store;
use std::time::Duration;

/// Who holds a lease: this process (`what` names the work, for the log).
pub fn holder(what: &str) -> String {
    format!(
        "{what}-{}-{}",
        std::process::id(),
        Utc::now().timestamp_nanos_opt().unwrap_or_default()
    )
}

/// Runs `work` under lease `name` (held for at most `hold_ms`, in case the
/// process dies): waits up to `patience` while another holder works, then
/// gives the lease back. `None` if it never came.
pub async fn with_lease<T>(
    store: &dyn Store,
    name: &str,
    hold_ms: i64,
    holder: &str,
    patience: Duration,
    work: impl std::future::Future<Output = T>,
) -> anyhow::Result<Option<T>> {
    let start = std::time::Instant::now();
    loop {
        let now = Utc::now().timestamp_millis();
        if store
            .take_lease(name, holder, now, now + hold_ms)
            .await?
            .is_some()
        {
            break;
        }
        if start.elapsed() >= patience {
            return Ok(None);
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    let out = work.await;
    store.release_lease(name, holder).await?;
    Ok(Some(out))
}
