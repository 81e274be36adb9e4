//! The newsroom side: staff sign-in and the moderation queue. Every page works
//! without JavaScript; every state-changing form carries a CSRF token that is
//! checked on the server.
mod articles;
mod chart;
mod dashboard;
mod edit;
mod queue;
mod session;
mod settings;

use crate::state::AppState;
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::response::Redirect;
use axum::routing::{get, post};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use std::net::IpAddr;
use std::num::NonZeroU32;

/// The editor's form: a photo of up to `photo::MAX_BYTES` and the text fields.
pub const EDITOR_BODY_LIMIT: usize = masthead_core::photo::MAX_BYTES + 2 * 1024 * 1024;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/admin", get(|| async { Redirect::to("/admin/dashboard") }))
        .route(
            "/admin/",
            get(|| async { Redirect::to("/admin/dashboard") }),
        )
        .route("/admin/dashboard", get(dashboard::page))
        .route(
            "/admin/login",
            get(session::login_page).post(session::login),
        )
        .route("/admin/logout", post(session::logout))
        .route("/admin/comments", get(queue::page).post(queue::act))
        .route("/admin/articles", get(articles::list))
        .route(
            "/admin/articles/new",
            get(articles::new_page)
                .post(articles::create)
                .layer(DefaultBodyLimit::max(EDITOR_BODY_LIMIT)),
        )
        .route(
            "/admin/articles/{id}",
            get(articles::edit_page)
                .post(articles::update)
                .layer(DefaultBodyLimit::max(EDITOR_BODY_LIMIT)),
        )
        .route("/admin/settings", get(settings::page).post(settings::save))
        .route(
            "/admin/comments/{id}/edit",
            get(edit::page).post(edit::save),
        )
}

/// Failed sign-ins are limited per address and per account name, so neither
/// one attacker nor many can guess a password quickly. Kept per node.
pub struct LoginLimits {
    by_ip: Option<DefaultKeyedRateLimiter<IpAddr>>,
    by_name: Option<DefaultKeyedRateLimiter<String>>,
}

impl LoginLimits {
    pub fn new(per_minute: u32) -> Self {
        let quota = NonZeroU32::new(per_minute).map(Quota::per_minute);
        Self {
            by_ip: quota.map(RateLimiter::keyed),
            by_name: quota.map(RateLimiter::keyed),
        }
    }

    /// Counts one attempt; `false` when this address or account must wait.
    pub fn allow(&self, ip: IpAddr, name: &str) -> bool {
        let ip_ok = self.by_ip.as_ref().is_none_or(|l| l.check_key(&ip).is_ok());
        let name_ok = self
            .by_name
            .as_ref()
            .is_none_or(|l| l.check_key(&name.to_lowercase()).is_ok());
        ip_ok && name_ok
    }
}
