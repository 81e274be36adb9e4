//! The server's federation rounds: every few seconds, the mentions due for
//! a check, the site's own mentions due to be sent and the ActivityPub
//! deliveries due, on whichever node
//! takes the `webmentions` lease (taken only when something is due).
use super::webmentions::{Checker, LEASE_MS, WEBMENTION_LEASE};
use chrono::Utc;
use masthead_web::AppState;
use std::time::Duration;

/// Every `every`: checks the due mentions, then sends the due ones.
pub async fn run(state: AppState, checker: Checker, every: Duration) {
    let holder = crate::lease::holder("webmentions");
    loop {
        // Reading what is due costs no write; the lease is taken only then.
        let now = Utc::now().timestamp_millis();
        let due = state
            .store
            .due_webmentions(now, 1)
            .await
            .is_ok_and(|d| !d.is_empty())
            || state
                .store
                .due_sends(now, 1)
                .await
                .is_ok_and(|d| !d.is_empty())
            || state
                .store
                .due_deliveries(now, 1)
                .await
                .is_ok_and(|d| !d.is_empty());
        if !due {
            tokio::time::sleep(every).await;
            continue;
        }
        let round = async {
            let checked = super::webmentions::check_due(&state, &checker).await?;
            let sent = super::sends::send_due(&state, &checker).await?;
            let delivered = super::deliveries::deliver_due(&state, &checker).await?;
            anyhow::Ok(checked + sent + delivered)
        };
        match crate::lease::with_lease(
            state.store.as_ref(),
            WEBMENTION_LEASE,
            LEASE_MS,
            &holder,
            Duration::ZERO,
            round,
        )
        .await
        {
            Ok(Some(Err(e))) | Err(e) => tracing::warn!("webmention round failed: {e}"),
            Ok(_) => {}
        }
        tokio::time::sleep(every).await;
    }
}
