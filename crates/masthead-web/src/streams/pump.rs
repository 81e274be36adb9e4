//! The pump that feeds every live stream: [`follow`].
use super::publish::Publisher;
use super::rounds::changed_batches;
use crate::live::{PUMP_EVERY, PUMP_IDLE};
use crate::state::AppState;

/// The pump: asks the database what changed (whichever process or node
/// changed it) every [`PUMP_IDLE`] while nothing does, every [`PUMP_EVERY`]
/// while changes keep coming; renders each changed discussion's events
/// once, hands them to this node's streams and, behind a GRIP proxy, has
/// them published ([`Publisher`]: one node at a time). Runs as long as the
/// server.
pub async fn follow(state: AppState) {
    let mut since = loop {
        match state.store.changed_since(None).await {
            Ok(c) => break c.generation,
            Err(e) => tracing::warn!("live streams cannot read the database: {e}"),
        }
        tokio::time::sleep(PUMP_EVERY).await;
    };
    let mut publisher = match state.grip {
        Some(_) => Some(Publisher::start(&state, since).await),
        None => None,
    };
    let mut pause = PUMP_EVERY;
    loop {
        tokio::time::sleep(pause).await;
        pause = PUMP_EVERY;
        if let Some(publisher) = &mut publisher {
            publisher.announce_tails(&state, since).await;
        }
        // Behind a GRIP proxy every changed story is rendered: its readers
        // are held by the proxy, not counted here.
        let everything = state.grip.is_some();
        let (batches, reached) =
            match changed_batches(&state, since, |a| everything || state.live.watched(a.0)).await {
                Ok(Some(round)) => round,
                Ok(None) => {
                    pause = PUMP_IDLE;
                    if let Some(publisher) = &mut publisher {
                        publisher.round(&state, since, None).await;
                    }
                    continue;
                }
                Err(e) => {
                    tracing::warn!("live streams cannot read the database: {e}");
                    continue;
                }
            };
        for (article, batch) in &batches {
            state.live.publish(article.0, batch.clone());
        }
        let round = (batches, reached);
        if let Some(publisher) = &mut publisher {
            publisher.round(&state, since, Some(&round)).await;
        }
        // A database that went back starts over from its number.
        since = round.1;
    }
}
