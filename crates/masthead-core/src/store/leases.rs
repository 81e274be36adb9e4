//! Work one node does at a time when several share the database
//! (publishing live events to the GRIP proxy; polling wire sources): a
//! named lease, held until a time, renewed by its holder and taken over by
//! another node once it lapses. The work's position travels with it, so
//! the next holder resumes where the last one stopped.
use super::error::StoreResult;
use async_trait::async_trait;

/// A lease held: the position its work had reached (`None`: never recorded).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Held {
    pub position: Option<i64>,
}

#[async_trait]
pub trait LeaseStore {
    /// Takes `name` for `holder` until `until_ms` (milliseconds since the
    /// epoch), or renews it; `None` while another holder's lease runs
    /// (it lapses at `now_ms`).
    async fn take_lease(
        &self,
        name: &str,
        holder: &str,
        now_ms: i64,
        until_ms: i64,
    ) -> StoreResult<Option<Held>>;
    /// Gives `name` up now, if `holder` has it (a node shutting down).
    async fn release_lease(&self, name: &str, holder: &str) -> StoreResult<()>;
    /// The position of `name`'s work, whoever holds it.
    async fn lease_position(&self, name: &str) -> StoreResult<Option<i64>>;
    /// Sets the position of `name`'s work where it has none yet (the first
    /// node to start it says where it begins).
    async fn start_lease_position(
        &self,
        name: &str,
        holder: &str,
        position: i64,
    ) -> StoreResult<()>;
}
