//! masthead's one outbound HTTP client (issue 26): every request masthead
//! makes to another server — purges to reverse proxies, webhooks, and later
//! wire feeds and federation — goes through [`Client`], built on reqwest
//! with rustls. It carries connect and total timeouts, a limit on the size
//! of an answer, a user agent, and never follows redirects.
//!
//! A client for URLs from outside is built with [`Reach::PublicOnly`]: it
//! refuses loopback, private, link-local, shared-NAT, multicast,
//! documentation and reserved addresses ([`guard::classify`]), checking the
//! address it connects to (a literal in the URL, or each address the
//! resolver gives, looked up once). Who uses which:
//! - purge (`masthead-web/src/purge.rs`): [`Reach::Anywhere`], the targets
//!   are the operator's own proxies from `--purge-url`;
//! - webhooks (`masthead/src/webhook.rs`): [`Reach::PublicOnly`], unless the
//!   operator passes `--allow-private-webhooks`.
//!
//! `scripts/check_structure.py --only http` keeps other crates from making
//! HTTP requests of their own.
#![forbid(unsafe_code)]

mod client;
mod error;
pub mod guard;
mod resolve;
mod tls;

pub use bytes::Bytes;
pub use client::{Client, Config, Reach, Request, Response};
pub use error::Error;
pub use reqwest::header::{self, HeaderName, HeaderValue};
pub use reqwest::{Method, StatusCode};
pub use tls::install_default_provider;
