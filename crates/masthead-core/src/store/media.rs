//! Stored files (article photos).
use super::error::StoreResult;
use async_trait::async_trait;

/// A stored file (article photos).
#[derive(Debug, Clone)]
pub struct Media {
    pub name: String,
    pub content_type: String,
    pub bytes: Vec<u8>,
}

#[async_trait]
pub trait MediaStore {
    /// Stores a file under a content-derived name; storing the same bytes twice is a no-op.
    async fn put_media(&self, media: &Media) -> StoreResult<()>;
    async fn media(&self, name: &str) -> StoreResult<Option<Media>>;
    /// A stored file's content type and size in bytes, without its bytes
    /// (a feed's enclosure names both).
    async fn media_info(&self, name: &str) -> StoreResult<Option<(String, u64)>>;
}
