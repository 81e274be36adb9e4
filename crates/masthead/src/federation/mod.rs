//! Replies from other sites (issue 31): checking the Webmentions the web
//! layer received, sending ours, and delivering ActivityPub activities. What a mention becomes is decided in
//! `masthead_core::service::settle_webmention`.
mod deliveries;
mod rounds;
mod sends;
mod webmentions;

pub use deliveries::{MAX_DELIVERY_ATTEMPTS, deliver_due};
pub use rounds::run;
pub use sends::send_due;
pub use webmentions::{Checker, WEBMENTION_LEASE, check_due};
