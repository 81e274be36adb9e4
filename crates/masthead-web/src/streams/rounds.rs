//! What changed in the discussions since a number, as one round of
//! batches: made by the pump for this node's streams, and by the publisher
//! when it publishes from an earlier number.
use super::answer::events_after;
use crate::error::WebError;
use crate::live::Batch;
use crate::live::event::reload_sse;
use crate::state::AppState;
use chrono::Utc;
use masthead_core::ids::ArticleId;
use std::sync::Arc;

/// One round's batches, each with its article, and the number they reach.
pub(super) type Round = (Vec<(ArticleId, Arc<Batch>)>, i64);

/// The batches of the stories `wanted` that changed after `since`, and the
/// number reached; `None` when nothing changed. A story whose events could
/// not be made is left out (logged): its readers catch up on the next
/// change or reconnect.
pub(super) async fn changed_batches(
    state: &AppState,
    since: i64,
    wanted: impl Fn(ArticleId) -> bool,
) -> Result<Option<Round>, WebError> {
    let changes = state.store.changed_since(Some(since)).await?;
    if changes.generation == since {
        return Ok(None);
    }
    let mut batches = Vec::new();
    if changes.generation > since {
        // A live update changes its article's row (a site-wide change):
        // the live stories are asked too.
        let mut articles = changes.articles.clone();
        if changes.site {
            match state.store.live_articles().await {
                Ok(live) => articles.extend(live),
                Err(e) => tracing::warn!("live stories not read: {e}"),
            }
            articles.sort();
            articles.dedup();
        }
        for article in articles.into_iter().filter(|a| wanted(*a)) {
            match batch_of(state, article, since).await {
                Ok(Some(batch)) => batches.push((article, Arc::new(batch))),
                Ok(None) => {}
                Err(e) => tracing::warn!(article = article.0, "live events not made: {e}"),
            }
        }
    }
    Ok(Some((batches, changes.generation)))
}

/// One article's batch of the changes after `since`.
async fn batch_of(
    state: &AppState,
    article: ArticleId,
    since: i64,
) -> Result<Option<Batch>, WebError> {
    let Some(a) = state
        .store
        .article_by_id(article)
        .await?
        .filter(|a| a.is_live(Utc::now()))
    else {
        return Ok(None);
    };
    Ok(Some(match events_after(state, &a, since).await? {
        Some((events, reached)) => {
            Batch::new(reached, events.iter().map(|e| (e.id, e.to_sse())).collect())
        }
        // The log no longer reaches back: every stream reloads.
        None => Batch::new(since, vec![(i64::MAX, reload_sse().to_string())]),
    }))
}
