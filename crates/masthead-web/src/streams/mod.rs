//! Live streams (issue 29), above the pages and below the routes: the
//! answer to a stream request, shared by an article's page and the embed
//! ([`answer`]), and the pump that feeds every stream ([`pump`]).
pub mod answer;
pub mod pump;

pub use answer::{LiveQuery, answer};
pub use pump::follow;
