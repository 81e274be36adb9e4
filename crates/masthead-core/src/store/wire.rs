//! The wire desk's sources and the stories they delivered.
use super::error::StoreResult;
use crate::ids::ArticleId;
use async_trait::async_trait;

/// Whether a source's stories wait on the desk or go out at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PublishMode {
    #[default]
    Draft,
    Now,
}

impl PublishMode {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Now => "now",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "draft" => Some(Self::Draft),
            "now" => Some(Self::Now),
            _ => None,
        }
    }
}

/// A source as staff add it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewWireSource {
    pub name: String,
    pub url: String,
    /// The credit its stories run under ("Reuters"); empty: the agency's own.
    pub credit: String,
    pub every_minutes: u32,
    pub publish: PublishMode,
}

/// A source and how polling it went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WireSource {
    pub id: i64,
    pub name: String,
    pub url: String,
    pub credit: String,
    pub every_minutes: u32,
    pub publish: PublishMode,
    /// The last answer's validators, sent back as `If-None-Match` and
    /// `If-Modified-Since`.
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    /// Not asked again before this (ms since the epoch).
    pub next_poll_ms: i64,
    /// Errors in a row: the wait before the next try doubles with each.
    pub failures: u32,
    pub last_error: Option<String>,
    pub polled_ms: Option<i64>,
}

/// What one poll of a source leaves for the next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PollRecord {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    pub next_poll_ms: i64,
    pub failures: u32,
    pub last_error: Option<String>,
    pub polled_ms: i64,
}

/// Where a story stands on the desk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemState {
    /// A draft waiting for an editor.
    New,
    Published,
    /// An editor decided not to run it.
    Dismissed,
    /// The agency withdrew it (or holds it back).
    Withdrawn,
}

impl ItemState {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::New => "new",
            Self::Published => "published",
            Self::Dismissed => "dismissed",
            Self::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "new" => Some(Self::New),
            "published" => Some(Self::Published),
            "dismissed" => Some(Self::Dismissed),
            "withdrawn" => Some(Self::Withdrawn),
            _ => None,
        }
    }
}

/// One story a source delivered, at the version masthead last took.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredItem {
    pub id: i64,
    pub source_id: i64,
    pub guid: String,
    pub version: Option<i64>,
    pub version_created_ms: Option<i64>,
    pub headline: String,
    pub pubstatus: String,
    pub state: ItemState,
    pub article: Option<ArticleId>,
    pub received_ms: i64,
    pub updated_ms: i64,
}

/// A row of the desk: the story, its source's name and its article's slug.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeskItem {
    pub item: StoredItem,
    pub source: String,
    pub slug: Option<String>,
}

/// Which rows the desk shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DeskQuery {
    pub source: Option<String>,
    pub state: Option<ItemState>,
    pub limit: u32,
}

#[async_trait]
pub trait WireStore {
    /// `StoreError::Conflict(Unique::WireSourceName)` when the name is taken.
    async fn add_wire_source(&self, source: &NewWireSource, now_ms: i64) -> StoreResult<i64>;
    /// Every source, by name.
    async fn wire_sources(&self) -> StoreResult<Vec<WireSource>>;
    /// Removes a source and its stories' desk rows (their articles stay);
    /// `false` if there is none by that name.
    async fn remove_wire_source(&self, name: &str) -> StoreResult<bool>;
    async fn record_poll(&self, source: i64, record: &PollRecord) -> StoreResult<()>;
    /// Asks for a source at the next round, whatever its interval.
    async fn poll_soon(&self, source: i64) -> StoreResult<()>;
    async fn wire_item(&self, source: i64, guid: &str) -> StoreResult<Option<StoredItem>>;
    async fn wire_item_by_id(&self, id: i64) -> StoreResult<Option<StoredItem>>;
    /// Stores the story, or replaces the row with the same source and guid.
    async fn save_wire_item(&self, item: &StoredItem) -> StoreResult<i64>;
    async fn set_item_state(&self, id: i64, state: ItemState, now_ms: i64) -> StoreResult<bool>;
    /// The desk's rows, newest change first.
    async fn desk_items(&self, query: &DeskQuery) -> StoreResult<Vec<DeskItem>>;
}
