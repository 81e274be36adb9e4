//! Prometheus metrics at `/metrics`: requests by route, method and status,
//! latency histograms by route, comments by outcome, page-cache hits and
//! database pool use. Counters are per node; Prometheus sums the nodes.
use axum::extract::{MatchedPath, Request};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use masthead_core::comment::CommentStatus;
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};
use std::sync::OnceLock;
use std::time::Instant;

/// One recorder per process (tests start many servers in one process).
static HANDLE: OnceLock<Option<PrometheusHandle>> = OnceLock::new();

const BUCKETS: [f64; 13] = [
    0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0,
];

/// How often histogram samples are folded into their buckets.
const UPKEEP: std::time::Duration = std::time::Duration::from_secs(5);

fn handle() -> Option<&'static PrometheusHandle> {
    HANDLE
        .get_or_init(|| {
            let handle = PrometheusBuilder::new()
                .set_buckets(&BUCKETS)
                .ok()?
                .install_recorder()
                .ok()?;
            // A histogram keeps every sample until upkeep folds it into the
            // buckets; without it a server nobody scrapes grew by 16 bytes a
            // request (3 MB per 190,000 page views). A plain thread, so it
            // runs whichever runtime built the router and however long.
            let upkeep = handle.clone();
            let _ = std::thread::Builder::new()
                .name("masthead-metrics".into())
                .spawn(move || {
                    loop {
                        std::thread::sleep(UPKEEP);
                        upkeep.run_upkeep();
                    }
                });
            Some(handle)
        })
        .as_ref()
}

/// Installs the recorder; called when the router is built.
pub fn init() {
    let _ = handle();
}

/// Counts and times every request under its route pattern (not its path, so
/// the number of series stays small whatever URLs are asked for).
pub async fn track(req: Request, next: Next) -> Response {
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map_or("other", |p| intern(p.as_str()));
    let method = method_name(req.method());
    // The path without its query (queries may carry search terms); a `Uri`
    // clone shares its bytes.
    let uri = req.uri().clone();
    let start = Instant::now();
    let response = next.run(req).await;
    let elapsed = start.elapsed();
    let status = response.status().as_u16();
    tracing::info!(
        target: "masthead::request",
        method = %method,
        path = %uri.path(),
        route = %route,
        status,
        micros = u64::try_from(elapsed.as_micros()).unwrap_or(u64::MAX),
        "request"
    );
    let (requests, duration) = series(route, method, status);
    duration.record(elapsed.as_secs_f64());
    requests.increment(1);
    response
}

/// The request counter and latency histogram of (route, method, status),
/// looked up in the recorder once per thread and kept: a lookup hashes and
/// locks, and a page served from the cache is little more than that.
fn series(
    route: &'static str,
    method: &'static str,
    status: u16,
) -> (metrics::Counter, metrics::Histogram) {
    type Kept =
        std::collections::HashMap<(usize, usize, u16), (metrics::Counter, metrics::Histogram)>;
    thread_local! {
        static KEPT: std::cell::RefCell<Kept> = std::cell::RefCell::default();
    }
    // Interned, so the address names the string.
    let key = (route.as_ptr() as usize, method.as_ptr() as usize, status);
    KEPT.with(|kept| {
        kept.borrow_mut()
            .entry(key)
            .or_insert_with(|| {
                (
                    metrics::counter!(
                        "masthead_http_requests_total",
                        "route" => route,
                        "method" => method,
                        "status" => status.to_string()
                    ),
                    metrics::histogram!("masthead_http_request_duration_seconds", "route" => route),
                )
            })
            .clone()
    })
}

/// A method's name; extension methods (anyone can send any) are "other", so
/// the series stay bounded.
fn method_name(m: &axum::http::Method) -> &'static str {
    match m.as_str() {
        "GET" => "GET",
        "HEAD" => "HEAD",
        "POST" => "POST",
        "PUT" => "PUT",
        "PATCH" => "PATCH",
        "DELETE" => "DELETE",
        "OPTIONS" => "OPTIONS",
        "TRACE" => "TRACE",
        "CONNECT" => "CONNECT",
        _ => "other",
    }
}

/// The one `'static` copy of a route pattern: they come from the route
/// table, a small fixed set, so what is kept is bounded (past 256 patterns,
/// "other").
fn intern(name: &str) -> &'static str {
    static NAMES: std::sync::RwLock<Vec<&'static str>> = std::sync::RwLock::new(Vec::new());
    if let Some(n) = NAMES
        .read()
        .ok()
        .and_then(|names| names.iter().find(|n| **n == name).copied())
    {
        return n;
    }
    let Ok(mut names) = NAMES.write() else {
        return "other";
    };
    if let Some(n) = names.iter().find(|n| **n == name) {
        return n;
    }
    if names.len() >= 256 {
        return "other";
    }
    let kept: &'static str = Box::leak(name.to_owned().into_boxed_str());
    names.push(kept);
    kept
}

/// What became of a submitted comment.
pub fn comment(result: Result<CommentStatus, ()>) {
    let outcome = match result {
        Ok(CommentStatus::Approved) => "accepted",
        Ok(CommentStatus::Pending) => "held",
        Ok(CommentStatus::Spam | CommentStatus::Trash) => "spam",
        Err(()) => "refused",
    };
    metrics::counter!("masthead_comments_total", "outcome" => outcome).increment(1);
}

/// Items this node published to the GRIP proxy (one per story per round;
/// only the node holding the publishing lease publishes).
pub fn grip_published(items: usize) {
    metrics::counter!("masthead_grip_items_published_total").increment(items as u64);
}

/// What one server holds, set as gauges just before the exposition.
pub struct Gauges {
    /// Connections open and idle.
    pub pool: (u32, usize),
    pub generation_queries: u64,
    /// Group commits of readers' comments: (groups, comments in them).
    pub comment_groups: (u64, u64),
    pub pages: crate::page_cache::PageStats,
    /// Answers kept in the response cache, their bytes, and renders.
    pub responses: (usize, usize, u64),
    /// Discussions read whole, and brought up to date from the change log.
    pub discussions: (u64, u64),
    /// Threaded discussions kept, and their bytes.
    pub kept_discussions: (usize, usize),
    /// Live streams this node holds now (not those a GRIP proxy holds).
    pub live_streams: usize,
}

/// The exposition, with this server's gauges set first.
pub fn exposition(g: Gauges) -> Response {
    let (size, idle) = g.pool;
    let generation_queries = g.generation_queries;
    // This server's own counts (not the process-wide recorder's), so two
    // servers in one process each report what they did.
    metrics::gauge!("masthead_page_renders").set(g.pages.renders as f64);
    metrics::gauge!("masthead_page_hits").set(g.pages.hits as f64);
    metrics::gauge!("masthead_cache_entries", "cache" => "pages").set(g.pages.pages as f64);
    metrics::gauge!("masthead_cache_bytes", "cache" => "pages").set(g.pages.bytes as f64);
    metrics::gauge!("masthead_cache_entries", "cache" => "responses").set(g.responses.0 as f64);
    metrics::gauge!("masthead_cache_bytes", "cache" => "responses").set(g.responses.1 as f64);
    metrics::gauge!("masthead_cache_entries", "cache" => "discussions")
        .set(g.kept_discussions.0 as f64);
    metrics::gauge!("masthead_cache_bytes", "cache" => "discussions")
        .set(g.kept_discussions.1 as f64);
    metrics::gauge!("masthead_response_renders").set(g.responses.2 as f64);
    metrics::gauge!("masthead_db_pool_connections", "state" => "open").set(f64::from(size));
    metrics::gauge!("masthead_db_pool_connections", "state" => "idle").set(idle as f64);
    metrics::gauge!("masthead_generation_queries").set(generation_queries as f64);
    metrics::gauge!("masthead_comment_groups").set(g.comment_groups.0 as f64);
    metrics::gauge!("masthead_comment_group_comments").set(g.comment_groups.1 as f64);
    metrics::gauge!("masthead_discussion_reads", "kind" => "whole").set(g.discussions.0 as f64);
    metrics::gauge!("masthead_discussion_reads", "kind" => "updated").set(g.discussions.1 as f64);
    metrics::gauge!("masthead_live_streams").set(g.live_streams as f64);
    match handle() {
        Some(h) => (
            [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
            h.render(),
        )
            .into_response(),
        None => (
            StatusCode::SERVICE_UNAVAILABLE,
            "metrics recorder unavailable\n",
        )
            .into_response(),
    }
}
