//! The pump that feeds every live stream: [`follow`].
use super::answer::events_after;
use crate::error::WebError;
use crate::live::event::reload_sse;
use crate::live::grip::Item;
use crate::live::{Batch, PUMP_EVERY};
use crate::state::AppState;
use chrono::Utc;
use masthead_core::ids::ArticleId;

/// The pump: asks the database what changed every [`PUMP_EVERY`] (whichever
/// process or node changed it), renders each changed discussion's events
/// once, hands them to this node's streams and publishes them to the GRIP
/// proxy. Runs as long as the server.
pub async fn follow(state: AppState) {
    let store = state.store.clone();
    let mut since = loop {
        match store.changed_since(None).await {
            Ok(c) => break c.generation,
            Err(e) => tracing::warn!("live streams cannot read the database: {e}"),
        }
        tokio::time::sleep(PUMP_EVERY).await;
    };
    loop {
        tokio::time::sleep(PUMP_EVERY).await;
        let changes = match store.changed_since(Some(since)).await {
            Ok(c) => c,
            Err(e) => {
                tracing::warn!("live streams cannot read the database: {e}");
                continue;
            }
        };
        if changes.generation == since {
            continue;
        }
        let mut published = Vec::new();
        if changes.generation > since {
            // A live update changes its article's row (a site-wide change):
            // the live stories are asked too.
            let mut articles = changes.articles.clone();
            if changes.site {
                match store.live_articles().await {
                    Ok(live) => articles.extend(live),
                    Err(e) => tracing::warn!("live stories not read: {e}"),
                }
                articles.sort();
                articles.dedup();
            }
            for article in &articles {
                if state.grip.is_none() && !state.live.watched(article.0) {
                    continue;
                }
                match batch_of(&state, *article, since).await {
                    Ok(Some(batch)) => {
                        let text = String::from_utf8_lossy(&batch.after(0)).into_owned();
                        if state.grip.is_some() && !text.is_empty() {
                            published.push(Item {
                                article: article.0,
                                id: batch.generation,
                                prev: state.live.last_published(article.0),
                                content: text,
                            });
                        }
                        state.live.publish(article.0, batch);
                    }
                    Ok(None) => {}
                    Err(e) => tracing::warn!(article = article.0, "live events not made: {e}"),
                }
            }
        }
        // A database that went back starts over from its number.
        since = changes.generation;
        if let Some(grip) = &state.grip {
            // A failed publish still moves the chain: the next item names
            // this one as its `prev-id`, so the proxy notices the gap and
            // recovers through `Grip-Link`.
            if let Err(e) = grip.publish(&published).await {
                tracing::warn!("live events not published to the GRIP proxy: {e}");
            }
            let ids: Vec<(i64, i64)> = published.iter().map(|i| (i.article, i.id)).collect();
            state.live.published(&ids, since);
        }
    }
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
