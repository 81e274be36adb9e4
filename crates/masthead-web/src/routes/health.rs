//! What operators and load balancers ask: `/healthz`, `/readyz` and
//! `/metrics` (the last only for addresses in `--metrics-allow`).
use crate::client_ip::client_ip;
use crate::state::AppState;
use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use std::net::SocketAddr;

pub async fn healthz() -> &'static str {
    "ok"
}

/// 200 when the database answers and its schema is current; 503 otherwise,
/// so a load balancer sends no traffic to a node that cannot serve it.
pub async fn ready(State(state): State<AppState>) -> (StatusCode, String) {
    match state.store.readiness().await {
        Ok(Ok(())) => (StatusCode::OK, "ready".into()),
        Ok(Err(why)) => (StatusCode::SERVICE_UNAVAILABLE, why),
        Err(e) => (StatusCode::SERVICE_UNAVAILABLE, format!("database: {e}")),
    }
}

/// The Prometheus exposition, for addresses in `--metrics-allow` (loopback by default).
pub async fn metrics(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
) -> Response {
    let trusted = &state.config.trusted_proxies;
    // A request a proxy forwarded, from a peer not named by --trusted-proxy:
    // every reader behind that proxy would look like the proxy (loopback,
    // often), so the metrics would be public. Refuse, and say why.
    let forwarded = ["x-forwarded-for", "forwarded", "x-real-ip"]
        .iter()
        .any(|h| headers.contains_key(*h));
    if forwarded && !trusted.iter().any(|net| net.contains(&peer.ip())) {
        return (
            StatusCode::FORBIDDEN,
            "metrics are not served through a proxy that is not a --trusted-proxy\n",
        )
            .into_response();
    }
    let ip = client_ip(peer.ip(), &headers, trusted);
    if !state
        .config
        .metrics_allow
        .iter()
        .any(|net| net.contains(&ip))
    {
        return (
            StatusCode::FORBIDDEN,
            "metrics are not served to this address\n",
        )
            .into_response();
    }
    crate::metrics::exposition(crate::metrics::Gauges {
        pool: state.store.pool_stats(),
        generation_queries: state.store.generation_queries(),
        comment_groups: state.store.comment_groups(),
        pages: state.cache.page_stats(),
        responses: state.cache.response_stats(),
        discussions: state.threads.reads(),
        kept_discussions: state.threads.usage(),
        live_streams: state.live.open(),
    })
}
