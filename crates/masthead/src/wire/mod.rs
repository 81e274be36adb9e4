//! The wire desk's moving parts: polling sources (on the server, or once
//! from the command line) and the `masthead wire` commands. What a story
//! becomes is decided in `masthead_core::service::take_item`.
mod commands;
mod fetch;
mod poll;

pub use commands::command;
pub use fetch::Fetcher;
pub use poll::{Polled, WIRE_LEASE, poll_source, run};
