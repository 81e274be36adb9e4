//! The HTTP layer: routes, extractors, templates and static assets. Handlers are
//! thin: they decode the request, call a use case in `masthead_core::service`
//! or read through the store trait, and pick a template.
#![forbid(unsafe_code)]

mod admin;
mod assets;
mod client_ip;
mod drain;
mod embed;
mod error;
mod extract;
mod form;
mod headers;
mod language;
pub mod live;
mod metrics;
mod moderation_hook;
mod multipart;
mod openapi;
mod origin;
mod page_cache;
mod pages;
pub mod purge;
mod rate_limit;
mod remote_actors;
mod routes;
mod state;
mod streams;
mod views;
mod wp_json;

pub use axum::http::{HeaderMap, HeaderValue};
pub use error::WebError;
pub use form::FormFields;
pub use multipart::EDITOR_BODY_LIMIT;
pub use rate_limit::RateLimitConfig;
pub use state::{AppState, WebConfig, new_secret};
pub use streams::follow as follow_live;

use axum::Router;
use axum::routing::get;

/// Every URL masthead answers: the public site, the REST API and the admin.
pub fn router(state: AppState) -> Router {
    metrics::init();
    // Public responses only: admin pages carry a CSRF token next to
    // reflected input, which compression could leak (BREACH).
    let compressed = tower_http::compression::CompressionLayer::new;
    let public = routes::site()
        .merge(wp_json::routes())
        .route("/api/openapi.json", get(openapi::document))
        .merge(embed::routes(state.clone()))
        .fallback(routes::not_found)
        .layer(compressed());
    let answered = routes::in_reader_language(state.clone(), public.merge(admin::routes()));
    let health = routes::health().layer(compressed());
    routes::layers(state, answered.merge(health))
}
