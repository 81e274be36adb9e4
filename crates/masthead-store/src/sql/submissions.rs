//! A reader's comment on its way in (both backends): the one query the
//! submission rules read, and the group commit that stores it.
use super::Db;
use super::articles::{ARTICLE_COLUMNS, ArticleRow};
use super::{db_err, ts};
use crate::group::{Commit, GroupCommit};
use masthead_core::article::Article;
use masthead_core::comment::{CommentStatus, NewComment};
use masthead_core::filter::History;
use masthead_core::store::{FilterMark, Inserted, StoreResult, SubmissionFacts, SubmissionProbe};
use sqlx::Pool;
use std::sync::Arc;

#[derive(sqlx::FromRow)]
struct FactsRow {
    #[sqlx(flatten)]
    article: ArticleRow,
    parent_status: Option<String>,
    duplicate: bool,
    last_by_ip: Option<i64>,
    last_by_email: Option<i64>,
    approved_comments: i64,
    trusted: bool,
    filter_approved: i64,
    filter_spam: i64,
    filter_trashed: i64,
    recent_decided: i64,
    recent_rejected: i64,
    filter_generation: Option<i64>,
    filter_last_lesson: Option<i64>,
}

/// The author's earlier comments in one status, counted as far as the spam
/// filter's features do (3).
fn history(status: &str, name: &str) -> String {
    format!(
        "(SELECT COUNT(*) FROM (SELECT 1 FROM comments s WHERE s.author_email = $4 \
         AND $4 <> '' AND s.status = '{status}' LIMIT 3) counted) AS {name}"
    )
}

/// The author's newest decided comments, as many as the rejection rate
/// reads (`$8`), from `comments_by_email_time`; a comment its author
/// deleted (in the trash, with that reason) was nobody's rejection.
const RECENT: &str = "SELECT r.status FROM comments r WHERE r.author_email = $4 AND $4 <> '' \
     AND r.status IN ('approved', 'spam', 'trash') \
     AND NOT (r.status = 'trash' AND COALESCE(r.moderation_reason, '') \
       LIKE '%\"code\":\"deleted-by-author\"%') \
     ORDER BY r.created_at DESC LIMIT $8";

/// Each rule's question as a subquery of the article's row, each answered
/// from an index: the flood rule's two questions are asked apart, since
/// `MAX` over an `OR` of two indexes reads every comment from the address;
/// the author's approved comments are counted only as far as the rule needs,
/// and so is the history the spam filter reads, with where its lessons stand.
fn facts_sql() -> String {
    format!(
        "SELECT {ARTICLE_COLUMNS}, \
         (SELECT p.status FROM comments p WHERE p.id = $2 AND p.article_id = a.id) \
           AS parent_status, \
         EXISTS (SELECT 1 FROM comments d WHERE d.article_id = a.id \
           AND d.parent_id IS NOT DISTINCT FROM $2 AND d.author_name = $3 \
           AND d.author_email = $4 AND d.content_source = $5 AND d.status <> 'trash') \
           AS duplicate, \
         (SELECT MAX(f.created_at) FROM comments f WHERE f.author_ip = $6 AND $6 <> '') \
           AS last_by_ip, \
         (SELECT MAX(e.created_at) FROM comments e WHERE e.author_email = $4 AND $4 <> '') \
           AS last_by_email, \
         (SELECT COUNT(*) FROM (SELECT 1 FROM comments h WHERE h.author_email = $4 \
           AND h.author_name = $3 AND h.status = 'approved' AND $3 <> '' AND $4 <> '' \
           LIMIT $7) enough) AS approved_comments, \
         EXISTS (SELECT 1 FROM trusted_authors t WHERE t.email = $4 AND $4 <> '') AS trusted, \
         {}, {}, {}, \
         (SELECT COUNT(*) FROM ({RECENT}) w) AS recent_decided, \
         (SELECT COUNT(*) FROM ({RECENT}) w WHERE w.status <> 'approved') AS recent_rejected, \
         (SELECT generation FROM filter_state WHERE id = 1) AS filter_generation, \
         (SELECT last_lesson FROM filter_state WHERE id = 1) AS filter_last_lesson \
         FROM articles a WHERE a.id = $1",
        history("approved", "filter_approved"),
        history("spam", "filter_spam"),
        history("trash", "filter_trashed"),
    )
}

pub(crate) async fn facts(
    pool: &Pool<Db>,
    p: &SubmissionProbe<'_>,
) -> StoreResult<SubmissionFacts> {
    let row: Option<FactsRow> = sqlx::query_as(&facts_sql())
        .bind(p.article_id.0)
        .bind(p.parent_id.map(|c| c.0))
        .bind(p.author_name)
        .bind(p.author_email)
        .bind(p.content_source)
        .bind(p.ip)
        .bind(i64::from(p.approved_wanted))
        .bind(i64::from(p.recent_wanted))
        .fetch_optional(pool)
        .await
        .map_err(db_err)?;
    Ok(
        row.map_or_else(SubmissionFacts::default, |r| SubmissionFacts {
            article: Some(Article::from(r.article)),
            parent_status: r.parent_status.and_then(|s| s.parse().ok()),
            duplicate: r.duplicate,
            last_comment_at: r.last_by_ip.max(r.last_by_email).map(ts),
            approved_comments: u32::try_from(r.approved_comments).unwrap_or(u32::MAX),
            trusted: r.trusted,
            history: History {
                approved: count(r.filter_approved),
                spam: count(r.filter_spam),
                trashed: count(r.filter_trashed),
            },
            recent_decided: count(r.recent_decided),
            recent_rejected: count(r.recent_rejected),
            filter_mark: FilterMark {
                generation: r.filter_generation.unwrap_or(0),
                last_lesson: r.filter_last_lesson.unwrap_or(0),
            },
        }),
    )
}

fn count(n: i64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// A group, or — if the database refused any of it (the article deleted
/// meanwhile, a full disk) — each comment in its own transaction, so one
/// refusal never fails the others.
async fn commit(pool: &Pool<Db>, group: &[NewComment]) -> Vec<StoreResult<Inserted>> {
    match super::group_insert::store_group(pool, group).await {
        Ok(done) => done.into_iter().map(Ok).collect(),
        Err(e) if group.len() == 1 => vec![Err(e)],
        Err(e) => {
            tracing::debug!(
                "a group of {} comments is retried one by one: {e}",
                group.len()
            );
            let mut out = Vec::with_capacity(group.len());
            for c in group {
                let one = super::group_insert::store_group(pool, std::slice::from_ref(c)).await;
                out.push(one.and_then(|mut v| v.pop().ok_or_else(crate::group::stopped)));
            }
            out
        }
    }
}

/// The store's writer of readers' comments.
pub(crate) fn writer(pool: &Pool<Db>) -> Arc<GroupCommit> {
    let pool = pool.clone();
    let commit: Commit = Arc::new(move |group| {
        let pool = pool.clone();
        Box::pin(async move { commit(&pool, &group).await })
    });
    Arc::new(GroupCommit::new(commit))
}

/// Whether storing this comment changes what readers see.
pub(crate) fn shows(c: &NewComment, inserted: Inserted) -> bool {
    c.status == CommentStatus::Approved && matches!(inserted, Inserted::Stored(_))
}
