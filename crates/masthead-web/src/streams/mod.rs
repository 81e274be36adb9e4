//! Live streams (issue 29), above the pages and below the routes: the
//! answer to a stream request, shared by an article's page and the embed
//! ([`answer`]), the pump that feeds every stream ([`pump`]) and the one node that
//! publishes to a GRIP proxy ([`publish`]).
pub mod answer;
mod publish;
pub mod pump;
mod rounds;

pub use answer::{LiveQuery, answer};
pub use pump::follow;
