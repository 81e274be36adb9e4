//! Notices of illegal content and statements of reasons (both backends).
use super::{Backend, db_err, ts};
use async_trait::async_trait;
use masthead_core::Timestamp;
use masthead_core::ids::CommentId;
use masthead_core::store::{NewNotice, Notice, NoticeStore, Statement, StoreResult};

const NOTICE: &str = "SELECT id, comment_id, category, explanation, notifier_name, \
     notifier_email, lang, created_at, decision, decided_by, decided_at FROM illegal_notices";

type NoticeRow = (
    i64,
    Option<i64>,
    String,
    String,
    String,
    String,
    String,
    i64,
    Option<String>,
    Option<String>,
    Option<i64>,
);

fn notice(r: NoticeRow) -> Notice {
    let (id, comment, category, explanation, name, email, lang, at, decision, by, decided) = r;
    Notice {
        id,
        comment_id: comment.map(CommentId),
        category,
        explanation,
        notifier_name: name,
        notifier_email: email,
        lang,
        created_at: ts(at),
        decision,
        decided_by: by,
        decided_at: decided.map(ts),
    }
}

const STATEMENT: &str = "SELECT id, comment_id, notice_id, decision, ground, category, facts, \
     automated, decided_by, created_at, appeal, appealed_at, appeal_outcome, \
     appeal_decided_by, appeal_decided_at FROM statements_of_reasons";

#[derive(sqlx::FromRow)]
struct StatementRow {
    id: i64,
    comment_id: Option<i64>,
    notice_id: Option<i64>,
    decision: String,
    ground: String,
    category: String,
    facts: String,
    automated: bool,
    decided_by: String,
    created_at: i64,
    appeal: Option<String>,
    appealed_at: Option<i64>,
    appeal_outcome: Option<String>,
    appeal_decided_by: Option<String>,
    appeal_decided_at: Option<i64>,
}

impl From<StatementRow> for Statement {
    fn from(r: StatementRow) -> Self {
        Statement {
            id: r.id,
            comment_id: r.comment_id.map(CommentId),
            notice_id: r.notice_id,
            decision: r.decision,
            ground: r.ground,
            category: r.category,
            facts: r.facts,
            automated: r.automated,
            decided_by: r.decided_by,
            created_at: ts(r.created_at),
            appeal: r.appeal,
            appealed_at: r.appealed_at.map(ts),
            appeal_outcome: r.appeal_outcome,
            appeal_decided_by: r.appeal_decided_by,
            appeal_decided_at: r.appeal_decided_at.map(ts),
        }
    }
}

#[async_trait]
impl NoticeStore for Backend {
    async fn insert_notice(&self, n: &NewNotice<'_>) -> StoreResult<i64> {
        sqlx::query_scalar(
            "INSERT INTO illegal_notices (comment_id, category, explanation, notifier_name, \
             notifier_email, lang, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(n.comment_id.0)
        .bind(n.category)
        .bind(n.explanation)
        .bind(n.notifier_name)
        .bind(n.notifier_email)
        .bind(n.lang)
        .bind(n.at.timestamp())
        .fetch_one(&self.pool)
        .await
        .map_err(db_err)
    }

    async fn open_notices(&self) -> StoreResult<Vec<Notice>> {
        let rows: Vec<NoticeRow> =
            sqlx::query_as(&format!("{NOTICE} WHERE decided_at IS NULL ORDER BY id"))
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
        Ok(rows.into_iter().map(notice).collect())
    }

    async fn notice(&self, id: i64) -> StoreResult<Option<Notice>> {
        let row: Option<NoticeRow> = sqlx::query_as(&format!("{NOTICE} WHERE id = $1"))
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(row.map(notice))
    }

    async fn decide_notice(
        &self,
        id: i64,
        decision: &str,
        by: &str,
        at: Timestamp,
    ) -> StoreResult<bool> {
        let done = sqlx::query(
            "UPDATE illegal_notices SET decision = $1, decided_by = $2, decided_at = $3 \
             WHERE id = $4 AND decided_at IS NULL",
        )
        .bind(decision)
        .bind(by)
        .bind(at.timestamp())
        .bind(id)
        .execute(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(done.rows_affected() > 0)
    }

    async fn statement(&self, id: i64) -> StoreResult<Option<Statement>> {
        let row: Option<StatementRow> = sqlx::query_as(&format!("{STATEMENT} WHERE id = $1"))
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(row.map(Statement::from))
    }

    async fn statement_of(&self, comment: CommentId) -> StoreResult<Option<Statement>> {
        let row: Option<StatementRow> = sqlx::query_as(&format!(
            "{STATEMENT} WHERE comment_id = $1 ORDER BY id DESC LIMIT 1"
        ))
        .bind(comment.0)
        .fetch_optional(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(row.map(Statement::from))
    }

    async fn appeal(&self, statement: i64, text: &str, at: Timestamp) -> StoreResult<bool> {
        let done = sqlx::query(
            "UPDATE statements_of_reasons SET appeal = $1, appealed_at = $2 \
             WHERE id = $3 AND appealed_at IS NULL",
        )
        .bind(text)
        .bind(at.timestamp())
        .bind(statement)
        .execute(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(done.rows_affected() > 0)
    }

    async fn open_appeals(&self) -> StoreResult<Vec<Statement>> {
        let rows: Vec<StatementRow> = sqlx::query_as(&format!(
            "{STATEMENT} WHERE appealed_at IS NOT NULL AND appeal_decided_at IS NULL \
             ORDER BY appealed_at, id"
        ))
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(rows.into_iter().map(Statement::from).collect())
    }

    async fn decide_appeal(
        &self,
        statement: i64,
        outcome: &str,
        by: &str,
        at: Timestamp,
    ) -> StoreResult<bool> {
        let done = sqlx::query(
            "UPDATE statements_of_reasons SET appeal_outcome = $1, appeal_decided_by = $2, \
             appeal_decided_at = $3 WHERE id = $4 AND appealed_at IS NOT NULL \
             AND appeal_decided_at IS NULL",
        )
        .bind(outcome)
        .bind(by)
        .bind(at.timestamp())
        .bind(statement)
        .execute(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(done.rows_affected() > 0)
    }
}
