//! The HTTP layer: routes, extractors, templates and static assets. Handlers are
//! thin: they decode the request, call a use case in `masthead_core::service`
//! or read through the store trait, and pick a template.
#![forbid(unsafe_code)]

mod admin;
mod assets;
mod client_ip;
mod error;
mod form;
mod headers;
mod metrics;
mod multipart;
mod page_cache;
mod rate_limit;
mod routes;
mod state;
mod views;
mod wp_json;

pub use admin::EDITOR_BODY_LIMIT;
pub use axum::http::{HeaderMap, HeaderValue};
pub use error::WebError;
pub use form::FormFields;
pub use rate_limit::RateLimitConfig;
pub use state::{AppState, WebConfig, new_secret};

use axum::Router;

/// Every URL masthead answers, in one place.
pub fn router(state: AppState) -> Router {
    metrics::init();
    routes::router(state)
}
