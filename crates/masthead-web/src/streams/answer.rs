//! The answer to a live stream request, for an article's page
//! (`/articles/SLUG/live`) and the embed (`/api/live?url=…`) alike: the
//! event stream (Server-Sent Events), held by this node or by a GRIP proxy
//! in front of it, or with `?since=ID` the events after ID as one
//! cacheable answer, for CDNs that do not stream. The embed's stream
//! carries fragments in the site's language, not the embed's `lang`: one
//! rendering per change serves every reader of the story.
use crate::error::{Text, WebError};
use crate::live::event::{HEARTBEAT, RETRY, batch_sse, parse_event_id, reload_sse};
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

/// The answer for `article`'s stream; `next` is the address a GRIP proxy
/// asks for what came after a number (`Grip-Link`).
pub async fn answer(
    state: &AppState,
    article: &Article,
    q: &LiveQuery,
    headers: &HeaderMap,
    next: &(dyn Fn(i64) -> String + Sync),
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
    // channel, and the proxy appends the items published from there on
    // (one it missed in between, it asks for again: `Grip-Link`).
    if state.grip.is_some() && headers.contains_key("grip-sig") {
        let recovering = headers
            .get("grip-last")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| crate::live::grip::last_id(v, article.id.0));
        // The chain the publishing node recorded (whichever node that is):
        // the last item on this story's channel, and the number everything
        // up to which is published. Before anything was, the catch-up is
        // whole and the proxy takes the first item as it comes.
        let (prev, reach) = state.store.grip_position(article.id).await?;
        let reach = reach.unwrap_or(i64::MAX);
        let mut body = if recovering.is_some() {
            String::new()
        } else {
            RETRY.to_string()
        };
        if let Some(last) = recovering.or(last) {
            let (text, _) = catch_up(state, article, last, Some(reach)).await?;
            body.push_str(&text);
        }
        let next = next(reach);
        let mut response = (event_stream_headers("no-store"), body).into_response();
        for (name, value) in crate::live::grip::hold_headers(article.id.0, prev, &next) {
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
