//! The answer to a live stream request, for an article's page
//! (`/articles/SLUG/live`) and the embed (`/api/live?url=…`) alike: the
//! event stream (Server-Sent Events), held by this node or by a GRIP proxy
//! in front of it, or with `?since=ID` the events after ID as one
//! cacheable answer, for CDNs that do not stream. The embed's stream
//! carries fragments in the site's language, not the embed's `lang`: one
//! rendering per change serves every reader of the story.
use crate::error::{Text, WebError};
use crate::live::event::{HEARTBEAT, RETRY, batch_sse, parse_event_id, position_sse, reload_sse};
use crate::live::{Batch, LiveEvent};
use crate::pages::live_comment::live_events;
use crate::pages::live_coverage::entry_events;
use crate::state::AppState;
use crate::views::Dates;
use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};
use masthead_core::article::Article;
use serde::Deserialize;
use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::broadcast::error::RecvError;

/// An idle stream gets a comment line this often (proxies drop silent ones).
const HEARTBEAT_EVERY: Duration = Duration::from_secs(20);

#[derive(Debug, Default, Deserialize)]
pub struct LiveQuery {
    /// Polling: the events after this change number, as one answer.
    pub since: Option<String>,
    /// `Last-Event-ID` for clients that cannot send the header (a page's
    /// first connection names the change its HTML was rendered at).
    pub last_event_id: Option<String>,
}

/// The events of `article` after `since` — comments and live updates, in
/// the order of their numbers — and the number they reach; `None` when the
/// change log no longer reaches back that far.
pub(super) async fn events_after(
    state: &AppState,
    article: &Article,
    since: i64,
) -> Result<Option<(Vec<LiveEvent>, i64)>, WebError> {
    let Some(changes) = state.store.discussion_changes(article.id, since).await? else {
        return Ok(None);
    };
    let settings = state.settings().await?;
    let mut events = live_events(article, &settings, &changes)?;
    // Updates numbered up to the snapshot's number: a later one comes with
    // the next batch, so none is sent twice.
    let entries: Vec<_> = state
        .store
        .entries_after(article.id, since)
        .await?
        .into_iter()
        .filter(|e| e.generation <= changes.generation)
        .collect();
    events.extend(entry_events(&entries, Dates::new(&settings))?);
    events.sort_by_key(|e| e.id);
    Ok(Some((events, changes.generation)))
}

/// The SSE text of `article`'s changes after `since` (up to `reach`, when
/// what comes after is published to the GRIP proxy), and the number they
/// reach; a reload event when the change log no longer reaches back.
async fn catch_up(
    state: &AppState,
    article: &Article,
    since: i64,
    reach: Option<i64>,
) -> Result<(String, Option<i64>), WebError> {
    Ok(match events_after(state, article, since).await? {
        None => (reload_sse().to_string(), None),
        Some((mut events, reached)) => {
            if let Some(reach) = reach {
                events.retain(|e| e.id <= reach);
            }
            (batch_sse(&events, since), Some(reach.unwrap_or(reached)))
        }
    })
}

/// The id of the last event in an SSE text, if it has one.
fn last_id_in(text: &str) -> Option<i64> {
    text.rsplit("\n\n")
        .find_map(|block| block.strip_prefix("id: ")?.lines().next()?.parse().ok())
}

fn event_stream_headers(cache: &'static str) -> [(header::HeaderName, HeaderValue); 3] {
    [
        (
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/event-stream; charset=utf-8"),
        ),
        (header::CACHE_CONTROL, HeaderValue::from_static(cache)),
        // nginx and others buffer answers unless told not to.
        (
            header::HeaderName::from_static("x-accel-buffering"),
            HeaderValue::from_static("no"),
        ),
    ]
}

/// The answer for `article`'s stream.
pub async fn answer(
    state: &AppState,
    article: &Article,
    q: &LiveQuery,
    headers: &HeaderMap,
) -> Result<Response, WebError> {
    if let Some(since) = q.since.as_deref() {
        let since = parse_event_id(since)
            .ok_or_else(|| WebError::bad_request(Text::id("error-live-since")))?;
        let (body, _) = catch_up(state, article, since, None).await?;
        let mut response = (event_stream_headers("public, max-age=1"), body).into_response();
        for (name, value) in crate::purge::surrogate_headers(Some(article.id)) {
            response.headers_mut().insert(name, value);
        }
        return Ok(response);
    }
    let last = headers
        .get("last-event-id")
        .and_then(|v| v.to_str().ok())
        .or(q.last_event_id.as_deref());
    let last = match last {
        Some(s) => Some(
            parse_event_id(s).ok_or_else(|| WebError::bad_request(Text::id("error-live-since")))?,
        ),
        None => None,
    };
    // Behind a GRIP proxy: it holds the connection; the body is what this
    // reader missed up to the last item published on the article's
    // channel, and the proxy appends the items published from there on.
    if state.grip.is_some() && headers.contains_key("grip-sig") {
        // A proxy that still recovers through the origin names where it
        // stands (`Grip-Last`); masthead's holds no longer ask it to.
        let recovering = headers
            .get("grip-last")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| crate::live::grip::last_id(v, article.id.0));
        // The chain the publishing node recorded (whichever node that is):
        // the last item on this story's channel, and the number everything
        // up to which is published. Before anything was, the catch-up is
        // whole and the reader takes the first item as it comes.
        let (prev, reach) = state.store.grip_position(article.id).await?;
        let reach = reach.unwrap_or(i64::MAX);
        let mut body = if recovering.is_some() {
            String::new()
        } else {
            RETRY.to_string()
        };
        let mut caught_up = None;
        if let Some(last) = recovering.or(last) {
            let (text, _) = catch_up(state, article, last, Some(reach)).await?;
            caught_up = last_id_in(&text);
            body.push_str(&text);
        }
        // The reader now stands at the channel's last item: the next item
        // names it, or the reader missed one (see `grip::hold_headers`).
        // Were an event of the catch-up later than that item, the reader
        // keeps the event's id and reopens once on the next item.
        if let Some(prev) = prev
            && caught_up.is_none_or(|id| id <= prev)
        {
            body.push_str(&position_sse(prev));
        }
        let mut response = (event_stream_headers("no-store"), body).into_response();
        for (name, value) in crate::live::grip::hold_headers(article.id.0) {
            if let Ok(v) = HeaderValue::from_str(&value) {
                response.headers_mut().insert(name, v);
            }
        }
        return Ok(response);
    }
    let Some(place) = state.live.admit() else {
        return Err(WebError::Busy {
            text: Text::id("error-live-full"),
            retry_after: 10,
        });
    };
    // Subscribed before catching up: a batch published meanwhile is
    // filtered by number, so nothing is lost and nothing sent twice.
    let rx = state.live.subscribe(article.id.0);
    let mut first = RETRY.to_string();
    let mut sent = 0;
    let mut open = true;
    if let Some(last) = last {
        let (text, reached) = catch_up(state, article, last, None).await?;
        first.push_str(&text);
        match reached {
            Some(n) => sent = n,
            None => open = false,
        }
    }
    let streamed = Streamed {
        rx,
        sent,
        first: Some(first),
        open,
        _place: place,
    };
    let body = Body::from_stream(futures_util::stream::unfold(streamed, next_chunk));
    Ok((event_stream_headers("no-store"), body).into_response())
}

/// One reader's stream on this node.
struct Streamed {
    rx: tokio::sync::broadcast::Receiver<Arc<Batch>>,
    /// Every change up to this number was sent (or was in the page).
    sent: i64,
    first: Option<String>,
    open: bool,
    _place: crate::live::hub::Place,
}

async fn next_chunk(mut s: Streamed) -> Option<(Result<Bytes, Infallible>, Streamed)> {
    if let Some(first) = s.first.take() {
        return Some((Ok(Bytes::from(first)), s));
    }
    if !s.open {
        return None;
    }
    loop {
        match tokio::time::timeout(HEARTBEAT_EVERY, s.rx.recv()).await {
            Err(_) => return Some((Ok(Bytes::from_static(HEARTBEAT.as_bytes())), s)),
            Ok(Ok(batch)) => {
                let text = batch.after(s.sent);
                s.sent = s.sent.max(batch.generation);
                if !text.is_empty() {
                    return Some((Ok(text), s));
                }
            }
            // Too slow to keep up: told to reload, and the stream ends.
            Ok(Err(RecvError::Lagged(_))) => {
                s.open = false;
                return Some((Ok(Bytes::from_static(reload_sse().as_bytes())), s));
            }
            Ok(Err(RecvError::Closed)) => return None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::last_id_in;

    #[test]
    fn the_last_event_id_of_a_catch_up() {
        let text = "id: 4\nevent: comment\ndata: {}\n\nid: 9\nevent: removed\ndata: {}\n\n";
        assert_eq!(last_id_in(text), Some(9));
        assert_eq!(last_id_in("event: reload\ndata: {}\n\n"), None);
        assert_eq!(last_id_in(""), None);
    }
}
