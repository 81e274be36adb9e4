//! Opening the site's database, for the server and every command (its own
//! module, so `commands` and `transfer` both depend on it, not on each other).
use anyhow::Result;
use masthead_core::store::Store;
use std::sync::Arc;

pub(crate) async fn open(url: &str) -> Result<Arc<dyn Store>> {
    Ok(masthead_store::connect(url).await?)
}
