//! Identicon seeds for comments stored without one (imported, written by
//! staff, or from before seeds existed): computed here, where the site's
//! secret is, never in SQL.
use crate::comment::avatar_seed;
use crate::store::{Store, StoreResult};

/// Fills every missing seed, a batch at a time; how many it filled.
pub async fn fill_avatars(store: &dyn Store, secret: &[u8]) -> StoreResult<usize> {
    let mut filled = 0;
    loop {
        let batch = store.comments_without_avatar(500).await?;
        if batch.is_empty() {
            return Ok(filled);
        }
        let seeds: Vec<_> = batch
            .into_iter()
            .map(|(id, email)| (id, avatar_seed(secret, &email)))
            .collect();
        store.set_avatars(&seeds).await?;
        filled += seeds.len();
    }
}
