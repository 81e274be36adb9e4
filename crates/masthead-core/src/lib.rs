//! masthead's domain: articles, comments, moderation and the HTML rules that keep
//! reader input safe. Nothing here performs I/O; storage is reached only through the
//! traits in [`store`], which the storage crate implements.
#![forbid(unsafe_code)]

pub mod article;
pub mod comment;
pub mod export;
pub mod federation;
pub mod feed;
pub mod filter;
pub mod html;
pub mod ids;
pub mod import;
mod localized;
pub mod notify;
pub mod photo;
pub mod search;
pub mod seo;
pub mod service;
pub mod settings;
pub mod signed;
pub mod store;
pub mod user;
pub mod wire;
pub mod wxr;
pub mod xml;

pub use chrono;
pub use localized::Localized;
/// The message catalogues and localised dates (the `masthead-i18n` crate).
pub use masthead_i18n as i18n;

/// All timestamps are UTC; the site's display offset is applied only when rendering.
pub type Timestamp = chrono::DateTime<chrono::Utc>;
