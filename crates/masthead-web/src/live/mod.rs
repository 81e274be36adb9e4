//! Live discussions (issue 29): each open page learns of an approved,
//! edited or removed comment within a second, from any node. A pump
//! (`streams::pump::follow`) asks the database what changed every
//! [`PUMP_EVERY`], renders each changed discussion's events once and hands
//! them to this node's streams ([`hub`]) and, behind Pushpin or Fastly
//! Fanout, publishes them once to the proxy ([`grip`]), which holds the
//! readers' connections instead of masthead.
pub mod event;
pub mod grip;
pub mod hub;

pub use event::{CommentData, EventKind, LiveEvent};
pub use grip::Grip;
pub use hub::{Batch, LiveHub};

/// How long the pump waits after a round that found news. Each such round
/// is one write per open stream that has news: at 100 ms, 1,000 streams on
/// a story approved into 20 times a second cost most of what 2 cores had
/// for other readers (bench/live.sh with STREAMS=1000); 250 ms keeps
/// delivery well inside a second.
pub const PUMP_EVERY: std::time::Duration = std::time::Duration::from_millis(250);

/// How long the pump waits after a round that found nothing: asking costs
/// one read of one row, and a change after a quiet spell (the usual case
/// outside the busiest hour) then reaches readers within this, not within
/// [`PUMP_EVERY`]; a steady stream of changes still goes out in rounds
/// [`PUMP_EVERY`] apart.
pub const PUMP_IDLE: std::time::Duration = std::time::Duration::from_millis(50);
