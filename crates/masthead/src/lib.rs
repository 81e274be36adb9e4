//! The `masthead` binary's library: command-line parsing, wiring of the store,
//! web and core crates, the article file format and the demo content.
#![forbid(unsafe_code)]

pub mod article_file;
pub mod cli;
pub mod commands;
pub mod commenters;
mod database;
pub mod demo;
pub mod federation;
mod isso_db;
pub mod lease;
pub mod mailer;
pub mod moderation;
pub mod privacy;
pub mod server;
pub mod transfer;
mod transparency;
mod webhook;
pub mod wire;

/// Used when neither `--database` nor `MASTHEAD_DATABASE_URL` is given.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://masthead.db?mode=rwc";
