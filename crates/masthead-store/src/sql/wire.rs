//! The wire desk's sources and stories (both backends).
use super::dialect::BEGIN_WRITE;
use super::{Backend, db_err};
use async_trait::async_trait;
use masthead_core::ids::ArticleId;
use masthead_core::store::{
    DeskItem, DeskQuery, ItemState, NewWireSource, PollRecord, PublishMode, StoreResult,
    StoredItem, WireSource, WireStore,
};

#[derive(sqlx::FromRow)]
struct SourceRow {
    id: i64,
    name: String,
    url: String,
    credit: String,
    every_minutes: i64,
    publish: String,
    etag: Option<String>,
    last_modified: Option<String>,
    next_poll_ms: i64,
    failures: i64,
    last_error: Option<String>,
    polled_ms: Option<i64>,
}

impl From<SourceRow> for WireSource {
    fn from(r: SourceRow) -> Self {
        WireSource {
            id: r.id,
            name: r.name,
            url: r.url,
            credit: r.credit,
            every_minutes: u32::try_from(r.every_minutes).unwrap_or(u32::MAX),
            publish: PublishMode::parse(&r.publish).unwrap_or_default(),
            etag: r.etag,
            last_modified: r.last_modified,
            next_poll_ms: r.next_poll_ms,
            failures: u32::try_from(r.failures).unwrap_or(u32::MAX),
            last_error: r.last_error,
            polled_ms: r.polled_ms,
        }
    }
}

#[derive(sqlx::FromRow)]
struct ItemRow {
    id: i64,
    source_id: i64,
    guid: String,
    version: Option<i64>,
    version_created_ms: Option<i64>,
    headline: String,
    pubstatus: String,
    state: String,
    article_id: Option<i64>,
    received_ms: i64,
    updated_ms: i64,
}

impl From<ItemRow> for StoredItem {
    fn from(r: ItemRow) -> Self {
        StoredItem {
            id: r.id,
            source_id: r.source_id,
            guid: r.guid,
            version: r.version,
            version_created_ms: r.version_created_ms,
            headline: r.headline,
            pubstatus: r.pubstatus,
            state: ItemState::parse(&r.state).unwrap_or(ItemState::New),
            article: r.article_id.map(ArticleId),
            received_ms: r.received_ms,
            updated_ms: r.updated_ms,
        }
    }
}

const ITEM_COLUMNS: &str = "i.id, i.source_id, i.guid, i.version, i.version_created_ms, \
    i.headline, i.pubstatus, i.state, i.article_id, i.received_ms, i.updated_ms";

/// A story's state on the desk follows its article: an editor who
/// publishes the draft in the editor (or takes it back to a draft) moves it.
/// Dismissed and withdrawn items stay so.
const DESK_STATE: &str = "(CASE WHEN i.state IN ('new', 'published') AND a.id IS NOT NULL \
    THEN (CASE WHEN a.status = 'published' THEN 'published' ELSE 'new' END) ELSE i.state END)";

#[async_trait]
impl WireStore for Backend {
    async fn add_wire_source(&self, s: &NewWireSource, now_ms: i64) -> StoreResult<i64> {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO wire_sources (name, url, credit, every_minutes, publish, created_ms) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(&s.name)
        .bind(&s.url)
        .bind(&s.credit)
        .bind(i64::from(s.every_minutes))
        .bind(s.publish.as_str())
        .bind(now_ms)
        .fetch_one(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(id)
    }

    async fn wire_sources(&self) -> StoreResult<Vec<WireSource>> {
        let rows: Vec<SourceRow> = sqlx::query_as(
            "SELECT id, name, url, credit, every_minutes, publish, etag, last_modified, \
             next_poll_ms, failures, last_error, polled_ms FROM wire_sources ORDER BY name",
        )
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(rows.into_iter().map(WireSource::from).collect())
    }

    async fn remove_wire_source(&self, name: &str) -> StoreResult<bool> {
        let done = sqlx::query("DELETE FROM wire_sources WHERE name = $1")
            .bind(name)
            .execute(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(done.rows_affected() > 0)
    }

    async fn record_poll(&self, source: i64, r: &PollRecord) -> StoreResult<()> {
        sqlx::query(
            "UPDATE wire_sources SET etag = $1, last_modified = $2, next_poll_ms = $3, \
             failures = $4, last_error = $5, polled_ms = $6 WHERE id = $7",
        )
        .bind(&r.etag)
        .bind(&r.last_modified)
        .bind(r.next_poll_ms)
        .bind(i64::from(r.failures))
        .bind(&r.last_error)
        .bind(r.polled_ms)
        .bind(source)
        .execute(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(())
    }

    async fn poll_soon(&self, source: i64) -> StoreResult<()> {
        sqlx::query("UPDATE wire_sources SET next_poll_ms = 0 WHERE id = $1")
            .bind(source)
            .execute(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(())
    }

    async fn wire_item(&self, source: i64, guid: &str) -> StoreResult<Option<StoredItem>> {
        let sql = format!(
            "SELECT {ITEM_COLUMNS} FROM wire_items i WHERE i.source_id = $1 AND i.guid = $2"
        );
        let row: Option<ItemRow> = sqlx::query_as(&sql)
            .bind(source)
            .bind(guid)
            .fetch_optional(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(row.map(StoredItem::from))
    }

    async fn wire_item_by_id(&self, id: i64) -> StoreResult<Option<StoredItem>> {
        let sql = format!("SELECT {ITEM_COLUMNS} FROM wire_items i WHERE i.id = $1");
        let row: Option<ItemRow> = sqlx::query_as(&sql)
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(row.map(StoredItem::from))
    }

    async fn save_wire_item(&self, item: &StoredItem) -> StoreResult<i64> {
        let mut tx = self.pool.begin_with(BEGIN_WRITE).await.map_err(db_err)?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO wire_items (source_id, guid, version, version_created_ms, headline, \
             pubstatus, state, article_id, received_ms, updated_ms) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) \
             ON CONFLICT (source_id, guid) DO UPDATE SET version = excluded.version, \
             version_created_ms = excluded.version_created_ms, headline = excluded.headline, \
             pubstatus = excluded.pubstatus, state = excluded.state, \
             article_id = excluded.article_id, updated_ms = excluded.updated_ms \
             RETURNING id",
        )
        .bind(item.source_id)
        .bind(&item.guid)
        .bind(item.version)
        .bind(item.version_created_ms)
        .bind(&item.headline)
        .bind(&item.pubstatus)
        .bind(item.state.as_str())
        .bind(item.article.map(|a| a.0))
        .bind(item.received_ms)
        .bind(item.updated_ms)
        .fetch_one(&mut *tx)
        .await
        .map_err(db_err)?;
        tx.commit().await.map_err(db_err)?;
        Ok(id)
    }

    async fn set_item_state(&self, id: i64, state: ItemState, now_ms: i64) -> StoreResult<bool> {
        let done = sqlx::query("UPDATE wire_items SET state = $1, updated_ms = $2 WHERE id = $3")
            .bind(state.as_str())
            .bind(now_ms)
            .bind(id)
            .execute(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(done.rows_affected() > 0)
    }

    async fn desk_items(&self, q: &DeskQuery) -> StoreResult<Vec<DeskItem>> {
        let columns = ITEM_COLUMNS.replace("i.state", &format!("{DESK_STATE} AS state"));
        let sql = format!(
            "SELECT {columns}, s.name AS source_name, a.slug AS article_slug \
             FROM wire_items i JOIN wire_sources s ON s.id = i.source_id \
             LEFT JOIN articles a ON a.id = i.article_id \
             WHERE ($1 IS NULL OR s.name = $1) AND ($2 IS NULL OR {DESK_STATE} = $2) \
             ORDER BY i.updated_ms DESC, i.id DESC LIMIT $3"
        );
        let found: Vec<DeskRow> = sqlx::query_as(&sql)
            .bind(q.source.as_deref())
            .bind(q.state.map(ItemState::as_str))
            .bind(i64::from(q.limit.max(1)))
            .fetch_all(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(found
            .into_iter()
            .map(|r| DeskItem {
                source: r.source_name,
                slug: r.article_slug,
                item: r.item.into(),
            })
            .collect())
    }
}

#[derive(sqlx::FromRow)]
struct DeskRow {
    #[sqlx(flatten)]
    item: ItemRow,
    source_name: String,
    article_slug: Option<String>,
}
