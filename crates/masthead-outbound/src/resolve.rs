//! The resolver of a client that reaches public addresses only: the names
//! are looked up once, the non-public answers dropped, and the connector
//! connects to what is left, so no second lookup can answer differently
//! (DNS rebinding).
use crate::guard::public_only;
use reqwest::dns::{Addrs, Name, Resolve, Resolving};

pub(crate) struct PublicOnly;

impl Resolve for PublicOnly {
    fn resolve(&self, name: Name) -> Resolving {
        let host = name.as_str().to_string();
        Box::pin(async move {
            let found = tokio::net::lookup_host((host.as_str(), 0)).await?;
            let kept = public_only(&host, found)?;
            if kept.is_empty() {
                return Err(format!("{host} has no address").into());
            }
            Ok(Box::new(kept.into_iter()) as Addrs)
        })
    }
}
