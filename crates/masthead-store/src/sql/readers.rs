//! What readers do to comments besides writing them (both backends): the
//! history of their own edits (written by `moderation.rs`), recommends and
//! reports (stored once per reader, counted per network; the hold a report
//! decides is the use case's), and the identicon seeds. Each
//! call is one write transaction; the change triggers of 0013 retire the
//! article's cached pages when an approved comment's row changes, so a
//! write that changes nothing a page shows leaves that row alone.
use super::dialect::{BEGIN_WRITE, FOR_UPDATE};
use super::{Backend, db_err, ts};
use async_trait::async_trait;
use masthead_core::comment::ReportReason;
use masthead_core::html::SanitizedHtml;
use masthead_core::ids::CommentId;
use masthead_core::store::{
    NewRecommend, NewReport, PastText, ReaderStore, Recommended, Report, Reported, StoreResult,
};

#[async_trait]
impl ReaderStore for Backend {
    async fn past_texts(&self, id: CommentId) -> StoreResult<Vec<PastText>> {
        let rows: Vec<(String, String, String, i64, Option<String>)> = sqlx::query_as(
            "SELECT content_source, content_html, status, edited_at, author_ip \
             FROM comment_edits WHERE comment_id = $1 ORDER BY id",
        )
        .bind(id.0)
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(rows
            .into_iter()
            .map(|(source, html, status, at, ip)| PastText {
                content_source: source,
                content_html: SanitizedHtml::from_stored(html),
                status: super::rows::status(&status),
                edited_at: ts(at),
                ip,
            })
            .collect())
    }

    async fn recommend(&self, r: &NewRecommend<'_>) -> StoreResult<Recommended> {
        let mut tx = self.pool.begin_with(BEGIN_WRITE).await.map_err(db_err)?;
        // Locked: two recommends from one new network must not both count.
        let count: Option<i64> = sqlx::query_scalar(&format!(
            "SELECT recommends FROM comments WHERE id = $1 AND status = 'approved'{FOR_UPDATE}"
        ))
        .bind(r.comment.0)
        .fetch_optional(&mut *tx)
        .await
        .map_err(db_err)?;
        let Some(count) = count else {
            return Ok(Recommended::NotFound);
        };
        let count = u64::try_from(count).unwrap_or(0);
        let network = r.network.to_string();
        let added = sqlx::query(
            "INSERT INTO comment_recommends (comment_id, reader, network, created_at) \
             VALUES ($1, $2, $3, $4) ON CONFLICT (comment_id, reader) DO NOTHING",
        )
        .bind(r.comment.0)
        .bind(r.reader)
        .bind(&network)
        .bind(r.at.timestamp())
        .execute(&mut *tx)
        .await
        .map_err(db_err)?
        .rows_affected();
        if added == 0 {
            return Ok(Recommended::Already(count));
        }
        let seen: Option<i32> = sqlx::query_scalar(
            "SELECT 1 FROM comment_recommends WHERE comment_id = $1 AND network = $2 \
             AND reader <> $3 LIMIT 1",
        )
        .bind(r.comment.0)
        .bind(&network)
        .bind(r.reader)
        .fetch_optional(&mut *tx)
        .await
        .map_err(db_err)?;
        if seen.is_some() {
            // Kept, so this reader cannot recommend it again, but the
            // comment's row is not touched: nothing a page shows changed.
            tx.commit().await.map_err(db_err)?;
            return Ok(Recommended::SameNetwork(count));
        }
        let count: i64 = sqlx::query_scalar(
            "UPDATE comments SET recommends = recommends + 1 WHERE id = $1 RETURNING recommends",
        )
        .bind(r.comment.0)
        .fetch_one(&mut *tx)
        .await
        .map_err(db_err)?;
        tx.commit().await.map_err(db_err)?;
        self.wrote().await;
        Ok(Recommended::Counted(u64::try_from(count).unwrap_or(0)))
    }

    async fn report(&self, r: &NewReport<'_>) -> StoreResult<Reported> {
        let mut tx = self.pool.begin_with(BEGIN_WRITE).await.map_err(db_err)?;
        // Locked: of two reports at once, exactly one sees the tally cross.
        let approved: Option<i64> = sqlx::query_scalar(&format!(
            "SELECT id FROM comments WHERE id = $1 AND status = 'approved'{FOR_UPDATE}"
        ))
        .bind(r.comment.0)
        .fetch_optional(&mut *tx)
        .await
        .map_err(db_err)?;
        if approved.is_none() {
            return Ok(Reported::NotFound);
        }
        let before = tally(&mut tx, r.comment).await?;
        let added = sqlx::query(
            "INSERT INTO comment_reports (comment_id, reader, reason, author_ip, created_at, \
             network, weight) VALUES ($1, $2, $3, $4, $5, $6, $7) \
             ON CONFLICT (comment_id, reader) DO NOTHING",
        )
        .bind(r.comment.0)
        .bind(r.reader)
        .bind(r.reason)
        .bind(r.ip)
        .bind(r.at.timestamp())
        .bind(r.network.to_string())
        .bind(i16::from(r.weight))
        .execute(&mut *tx)
        .await
        .map_err(db_err)?
        .rows_affected();
        if added == 0 {
            return Ok(Reported::Already);
        }
        let after = tally(&mut tx, r.comment).await?;
        let reasons: Vec<String> = sqlx::query_scalar(
            "SELECT reason FROM comment_reports WHERE comment_id = $1 ORDER BY id",
        )
        .bind(r.comment.0)
        .fetch_all(&mut *tx)
        .await
        .map_err(db_err)?;
        let reports = reasons.len() as u64;
        let mut kinds: Vec<ReportReason> = reasons
            .iter()
            .filter_map(|s| s.split(':').next().unwrap_or(s).parse().ok())
            .collect();
        kinds.sort_unstable_by_key(|k| k.as_str());
        kinds.dedup();
        // Crossing, not reaching: once staff approve a reported comment
        // again, later reports are listed but do not hold it again.
        let limit = i64::from(r.hold_at);
        let crossed = before < limit && limit <= after;
        tx.commit().await.map_err(db_err)?;
        self.wrote().await;
        Ok(Reported::Counted {
            reports,
            kinds,
            crossed,
        })
    }

    async fn reader_has_approved_comment(&self, reader: &str) -> StoreResult<bool> {
        let found: Option<i32> = sqlx::query_scalar(
            "SELECT 1 FROM comments WHERE reader_id = $1 AND status = 'approved' LIMIT 1",
        )
        .bind(reader)
        .fetch_optional(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(found.is_some())
    }

    async fn reports(&self, id: CommentId) -> StoreResult<Vec<Report>> {
        let rows: Vec<(String, Option<String>, i64)> = sqlx::query_as(
            "SELECT reason, author_ip, created_at FROM comment_reports WHERE comment_id = $1 \
             ORDER BY id",
        )
        .bind(id.0)
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(rows
            .into_iter()
            .map(|(reason, ip, at)| Report {
                reason,
                ip,
                at: ts(at),
            })
            .collect())
    }

    async fn reports_of(&self, ids: &[CommentId]) -> StoreResult<Vec<(CommentId, Report)>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let mut b = sqlx::QueryBuilder::<super::Db>::new(
            "SELECT comment_id, reason, author_ip, created_at FROM comment_reports \
             WHERE comment_id IN (",
        );
        let mut list = b.separated(", ");
        for id in ids {
            list.push_bind(id.0);
        }
        b.push(") ORDER BY comment_id, id");
        let rows: Vec<(i64, String, Option<String>, i64)> = b
            .build_query_as()
            .fetch_all(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(rows
            .into_iter()
            .map(|(id, reason, ip, at)| {
                let report = Report {
                    reason,
                    ip,
                    at: ts(at),
                };
                (CommentId(id), report)
            })
            .collect())
    }

    async fn comments_without_avatar(&self, limit: u32) -> StoreResult<Vec<(CommentId, String)>> {
        let rows: Vec<(i64, String)> = sqlx::query_as(
            "SELECT id, author_email FROM comments WHERE avatar IS NULL ORDER BY id LIMIT $1",
        )
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(rows.into_iter().map(|(id, e)| (CommentId(id), e)).collect())
    }

    async fn set_avatars(&self, seeds: &[(CommentId, String)]) -> StoreResult<()> {
        // One statement per batch, no explicit transaction: background
        // upkeep never holds the write lock across an await.
        for chunk in seeds.chunks(500) {
            let mut b =
                sqlx::QueryBuilder::<super::Db>::new("UPDATE comments SET avatar = CASE id");
            for (id, seed) in chunk {
                b.push(" WHEN ")
                    .push_bind(id.0)
                    .push(" THEN ")
                    .push_bind(seed);
            }
            b.push(" END WHERE avatar IS NULL AND id IN (");
            let mut ids = b.separated(", ");
            for (id, _) in chunk {
                ids.push_bind(id.0);
            }
            b.push(")");
            b.build().execute(&self.pool).await.map_err(db_err)?;
        }
        if !seeds.is_empty() {
            self.wrote().await;
        }
        Ok(())
    }
}

/// A comment's report tally: each network counts once, at its largest
/// weight; rows from before networks were recorded count one per reader.
async fn tally(tx: &mut sqlx::Transaction<'_, super::Db>, id: CommentId) -> StoreResult<i64> {
    sqlx::query_scalar(
        "SELECT COALESCE(SUM(w), 0) FROM (SELECT MAX(weight) AS w FROM comment_reports \
         WHERE comment_id = $1 GROUP BY COALESCE(network, 'reader ' || reader)) per_network",
    )
    .bind(id.0)
    .fetch_one(&mut **tx)
    .await
    .map_err(db_err)
}
