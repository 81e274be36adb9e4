//! `GET /articles/{slug}/live`: a discussion's event stream (Server-Sent
//! Events) — held by this node, or by a GRIP proxy in front of it — and
//! with `?since=ID` the events after ID as one cacheable answer, for CDNs
//! that do not stream. [`follow`] is the pump that feeds them.
use crate::error::{Text, WebError};
use crate::live::LiveEvent;
use crate::live::event::{HEARTBEAT, RETRY, batch_sse, parse_event_id, reload_sse};
use crate::live::grip::Item;
use crate::live::{Batch, PUMP_EVERY};
use crate::pages::live_comment::live_events;
use crate::pages::live_coverage::entry_events;
use crate::state::AppState;
use crate::views::Dates;
use axum::body::{Body, Bytes};
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use masthead_core::article::Article;
use masthead_core::ids::ArticleId;
use serde::Deserialize;
use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::broadcast::error::RecvError;

/// An idle stream gets a comment line this often (proxies drop silent ones).
const HEARTBEAT_EVERY: Duration = Duration::from_secs(20);

#[derive(Debug, Deserialize)]
pub struct LiveQuery {
    /// Polling: the events after this change number, as one answer.
    since: Option<String>,
    /// `Last-Event-ID` for clients that cannot send the header (a page's
    /// first connection names the change its HTML was rendered at).
    last_event_id: Option<String>,
}

async fn live_article(state: &AppState, slug: &str) -> Result<Article, WebError> {
    state
        .store
        .article_by_slug(slug)
        .await?
        .filter(|a| a.is_live(Utc::now()))
        .ok_or(WebError::NotFound)
}

/// The events of `article` after `since` — comments and live updates, in
/// the order of their numbers — and the number they reach; `None` when the
/// change log no longer reaches back that far.
async fn events_after(
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

pub async fn stream(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(q): Query<LiveQuery>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let article = live_article(&state, &slug).await?;
    if let Some(since) = q.since.as_deref() {
        let since = parse_event_id(since)
            .ok_or_else(|| WebError::bad_request(Text::id("error-live-since")))?;
        let (body, _) = catch_up(&state, &article, since, None).await?;
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
        let (prev, reach) = state.live.grip_position(article.id.0);
        let mut body = if recovering.is_some() {
            String::new()
        } else {
            RETRY.to_string()
        };
        if let Some(last) = recovering.or(last) {
            let (text, _) = catch_up(&state, &article, last, Some(reach)).await?;
            body.push_str(&text);
        }
        let next = format!("/articles/{}/live?last_event_id={reach}", article.slug);
        let mut response = (event_stream_headers("no-store"), body).into_response();
        for (name, value) in crate::live::grip::hold_headers(article.id.0, prev, &next) {
            if let Ok(v) = HeaderValue::from_str(&value) {
                response.headers_mut().insert(name, v);
            }
        }
        return Ok(response);
    }
    let Some(place) = state.live.admit() else {
        let mut refused =
            WebError::refused(StatusCode::SERVICE_UNAVAILABLE, Text::id("error-live-full"))
                .into_response();
        refused
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static("10"));
        return Ok(refused);
    };
    // Subscribed before catching up: a batch published meanwhile is
    // filtered by number, so nothing is lost and nothing sent twice.
    let rx = state.live.subscribe(article.id.0);
    let mut first = RETRY.to_string();
    let mut sent = 0;
    let mut open = true;
    if let Some(last) = last {
        let (text, reached) = catch_up(&state, &article, last, None).await?;
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
