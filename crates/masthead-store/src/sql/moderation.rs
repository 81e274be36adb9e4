//! Every change to a stored comment (both backends): statuses, deletions,
//! trust and picks, staff's and authors' edits. Each call is one write
//! transaction that first reads and locks every id (and, if one is missing,
//! changes nothing), then writes the change, queues the notifications it
//! calls for and logs who made it.
use super::dialect::{BEGIN_WRITE, FOR_UPDATE};
use super::{Backend, Db, db_err, placeholders, ts};
use async_trait::async_trait;
use masthead_core::Timestamp;
use masthead_core::comment::{By, CommentStatus, ModerationAction};
use masthead_core::ids::CommentId;
use masthead_core::notify::bits;
use masthead_core::store::{
    AuthorText, EditedText, GivenStatement, LogCount, Moderated, ModerationBatch, ModerationEntry,
    ModerationStore, NewText, Refused, StoreResult, TransparencyCounts,
};

type Conn = <Db as sqlx::Database>::Connection;

/// A comment as a change finds it.
struct Found {
    id: CommentId,
    status: CommentStatus,
    email: String,
    picked: bool,
}

async fn set_status(
    conn: &mut Conn,
    ids: &[CommentId],
    status: CommentStatus,
    at: Timestamp,
) -> StoreResult<()> {
    if ids.is_empty() {
        return Ok(());
    }
    // An approved comment no longer needs the reason it was held.
    let sql = format!(
        "UPDATE comments SET status = $1, updated_at = $2, \
         moderation_reason = CASE WHEN $1 = 'approved' THEN NULL ELSE moderation_reason END \
         WHERE id IN ({})",
        placeholders(3, ids.len())
    );
    let mut q = sqlx::query(&sql).bind(status.as_str()).bind(at.timestamp());
    for id in ids {
        q = q.bind(id.0);
    }
    q.execute(&mut *conn).await.map_err(db_err)?;
    Ok(())
}

/// Queues what each change of status calls for ([`bits::on_change`]) and
/// writes the statements of reasons it calls for (or `given` calls for),
/// in the change's transaction; the statements written.
async fn queue(
    conn: &mut Conn,
    by: &By,
    moves: &[(CommentId, CommentStatus, CommentStatus)],
    given: Option<&GivenStatement<'_>>,
    at: Timestamp,
) -> StoreResult<Vec<(CommentId, i64)>> {
    let mut statements = Vec::new();
    for (id, from, to) in moves {
        let mut bits = bits::on_change(by, *from, *to);
        let decision = bits::statement_decision(*to);
        if given.is_some() && decision.is_some() {
            bits |= bits::STATEMENT;
        }
        if bits & bits::STATEMENT != 0
            && let Some(decision) = decision
        {
            let terms = GivenStatement {
                notice_id: None,
                ground: "terms",
                category: "",
                facts: "",
            };
            let s = given.unwrap_or(&terms);
            let sid: i64 = sqlx::query_scalar(
                "INSERT INTO statements_of_reasons (comment_id, notice_id, decision, ground, \
                 category, facts, automated, decided_by, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
            )
            .bind(id.0)
            .bind(s.notice_id)
            .bind(decision)
            .bind(s.ground)
            .bind(s.category)
            .bind(s.facts)
            .bind(!by.is_staff())
            .bind(by.name())
            .bind(at.timestamp())
            .fetch_one(&mut *conn)
            .await
            .map_err(db_err)?;
            statements.push((*id, sid));
        }
        if bits == 0 {
            continue;
        }
        sqlx::query("INSERT INTO notify_queue (comment_id, bits, created_at) VALUES ($1, $2, $3)")
            .bind(id.0)
            .bind(bits)
            .bind(at.timestamp())
            .execute(&mut *conn)
            .await
            .map_err(db_err)?;
    }
    Ok(statements)
}

async fn log(
    conn: &mut Conn,
    ids: &[CommentId],
    action: &str,
    by: &By,
    at: Timestamp,
) -> StoreResult<()> {
    for id in ids {
        sqlx::query(
            "INSERT INTO moderation_log (comment_id, action, actor, user_id, via, at) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(id.0)
        .bind(action)
        .bind(by.name())
        .bind(by.user_id())
        .bind(by.via())
        .bind(at.timestamp())
        .execute(&mut *conn)
        .await
        .map_err(db_err)?;
    }
    Ok(())
}

/// Staff's new author fields and text.
async fn staff_text(
    conn: &mut Conn,
    id: CommentId,
    t: &EditedText<'_>,
    at: Timestamp,
) -> StoreResult<()> {
    sqlx::query(
        "UPDATE comments SET author_name = $1, author_url = $2, content_source = $3, \
         content_html = $4, updated_at = $5 WHERE id = $6",
    )
    .bind(t.author_name)
    .bind(t.author_url)
    .bind(t.content_source)
    .bind(t.content_html.as_str())
    .bind(at.timestamp())
    .bind(id.0)
    .execute(&mut *conn)
    .await
    .map_err(db_err)?;
    Ok(())
}

/// The author's new text, the one it replaces kept for staff; `false`
/// (nothing written) past `max_edits`.
async fn author_text(
    conn: &mut Conn,
    found: &Found,
    t: &AuthorText<'_>,
    at: Timestamp,
) -> StoreResult<bool> {
    let edits: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM comment_edits WHERE comment_id = $1")
        .bind(found.id.0)
        .fetch_one(&mut *conn)
        .await
        .map_err(db_err)?;
    if edits >= i64::from(t.max_edits) {
        return Ok(false);
    }
    sqlx::query(
        "INSERT INTO comment_edits (comment_id, content_source, content_html, status, edited_at, \
         author_ip) SELECT id, content_source, content_html, $2, $3, $4 FROM comments WHERE id = $1",
    )
    .bind(found.id.0)
    .bind(found.status.as_str())
    .bind(at.timestamp())
    .bind(t.ip)
    .execute(&mut *conn)
    .await
    .map_err(db_err)?;
    sqlx::query(
        "UPDATE comments SET content_source = $1, content_html = $2, edited_at = $3, \
         updated_at = $3 WHERE id = $4",
    )
    .bind(t.source)
    .bind(t.html.as_str())
    .bind(at.timestamp())
    .bind(found.id.0)
    .execute(&mut *conn)
    .await
    .map_err(db_err)?;
    Ok(true)
}

#[async_trait]
impl ModerationStore for Backend {
    async fn moderate_comments(
        &self,
        b: &ModerationBatch<'_>,
    ) -> StoreResult<Result<Moderated, Refused>> {
        if b.ids.is_empty() {
            return Ok(Ok(Moderated::default()));
        }
        let mut tx = self.pool.begin_with(BEGIN_WRITE).await.map_err(db_err)?;
        // Locked (on PostgreSQL; SQLite lets one writer in): what is decided
        // below from each status holds until the commit.
        let sql = format!(
            "SELECT id, status, author_email, picked FROM comments WHERE id IN ({}) \
             ORDER BY id{FOR_UPDATE}",
            placeholders(1, b.ids.len())
        );
        let mut q = sqlx::query_as::<_, (i64, String, String, bool)>(&sql);
        for id in b.ids {
            q = q.bind(id.0);
        }
        let rows: Vec<Found> = q
            .fetch_all(&mut *tx)
            .await
            .map_err(db_err)?
            .into_iter()
            .map(|(id, status, email, picked)| Found {
                id: CommentId(id),
                status: super::rows::status(&status),
                email,
                picked,
            })
            .collect();
        let missing: Vec<CommentId> = b
            .ids
            .iter()
            .filter(|id| !rows.iter().any(|r| r.id == **id))
            .copied()
            .collect();
        if !missing.is_empty() {
            // Dropping the transaction rolls it back: nothing was written.
            return Ok(Err(Refused::Missing(missing)));
        }
        // The words first (a staff edit's `edit` line comes before its
        // status's), then the status.
        let mut reasons_for: Vec<CommentId> = Vec::new();
        if let (Some(text), Some(found)) = (&b.text, rows.first()) {
            match text {
                NewText::Staff(t) => {
                    staff_text(&mut tx, found.id, t, b.at).await?;
                    log(&mut tx, &[found.id], "edit", b.by, b.at).await?;
                }
                NewText::Author(t) => {
                    if !author_text(&mut tx, found, t, b.at).await? {
                        return Ok(Err(Refused::EditLimit));
                    }
                }
            }
            reasons_for.push(found.id);
        }
        let mut done = Moderated::default();
        if let Some(action) = b.action {
            let (to_check, skipped): (Vec<&Found>, Vec<&Found>) = rows
                .iter()
                .partition(|r| b.only_from.is_none_or(|s| r.status == s));
            done.unchanged.extend(skipped.iter().map(|r| r.id));
            let mut moves = Vec::new();
            if let Some(pick) = action.picks() {
                // A pick is approved and marked; unpicking keeps the status.
                for r in &to_check {
                    if r.picked == pick {
                        done.unchanged.push(r.id);
                    } else {
                        done.changed.push(r.id);
                    }
                }
                if pick {
                    let to_approve: Vec<&&Found> = to_check
                        .iter()
                        .filter(|r| r.status != CommentStatus::Approved)
                        .collect();
                    let ids: Vec<CommentId> = to_approve.iter().map(|r| r.id).collect();
                    set_status(&mut tx, &ids, CommentStatus::Approved, b.at).await?;
                    moves.extend(
                        to_approve
                            .iter()
                            .map(|r| (r.id, r.status, CommentStatus::Approved)),
                    );
                }
                if !done.changed.is_empty() {
                    let sql = format!(
                        "UPDATE comments SET picked = $1 WHERE id IN ({})",
                        placeholders(2, done.changed.len())
                    );
                    let mut q = sqlx::query(&sql).bind(pick);
                    for id in &done.changed {
                        q = q.bind(id.0);
                    }
                    q.execute(&mut *tx).await.map_err(db_err)?;
                }
            } else {
                match action.target() {
                    Some(status) => {
                        for r in &to_check {
                            if r.status == status {
                                done.unchanged.push(r.id);
                            } else {
                                done.changed.push(r.id);
                                moves.push((r.id, r.status, status));
                            }
                        }
                        set_status(&mut tx, &done.changed, status, b.at).await?;
                        if status != CommentStatus::Approved {
                            reasons_for.extend(&done.changed);
                        }
                    }
                    None => {
                        let ids: Vec<CommentId> = to_check.iter().map(|r| r.id).collect();
                        let sql = format!(
                            "DELETE FROM comments WHERE id IN ({})",
                            placeholders(1, ids.len().max(1))
                        );
                        if !ids.is_empty() {
                            let mut q = sqlx::query(&sql);
                            for id in &ids {
                                q = q.bind(id.0);
                            }
                            q.execute(&mut *tx).await.map_err(db_err)?;
                        }
                        done.changed = ids;
                    }
                }
            }
            done.statements = queue(&mut tx, b.by, &moves, b.statement, b.at).await?;
            super::filter::record_lessons(&mut tx, b.by, &moves, b.teach, b.at).await?;
            if action == ModerationAction::Trust {
                for r in to_check.iter().filter(|r| !r.email.is_empty()) {
                    sqlx::query(
                        "INSERT INTO trusted_authors (email, created_at) VALUES ($1, $2) \
                         ON CONFLICT (email) DO NOTHING",
                    )
                    .bind(&r.email)
                    .bind(b.at.timestamp())
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?;
                }
            }
            // What staff did, on every comment they named; what an author
            // or a rule did, where it changed something.
            let logged = if b.by.is_staff() {
                b.ids
            } else {
                &done.changed
            };
            log(&mut tx, logged, action.as_str(), b.by, b.at).await?;
        }
        if let Some(reasons) = b.reasons.filter(|_| !reasons_for.is_empty()) {
            reasons_for.sort();
            reasons_for.dedup();
            let sql = format!(
                "UPDATE comments SET moderation_reason = $1 WHERE id IN ({})",
                placeholders(2, reasons_for.len())
            );
            let mut q = sqlx::query(&sql).bind(reasons.to_stored());
            for id in &reasons_for {
                q = q.bind(id.0);
            }
            q.execute(&mut *tx).await.map_err(db_err)?;
        }
        tx.commit().await.map_err(db_err)?;
        self.wrote().await;
        done.changed.sort();
        done.unchanged.sort();
        Ok(Ok(done))
    }

    async fn staff_approved(&self, comment: CommentId) -> StoreResult<bool> {
        let n: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM moderation_log WHERE comment_id = $1 AND action IN ($2, $3, $4)",
        )
        .bind(comment.0)
        .bind(ModerationAction::Approve.as_str())
        .bind(ModerationAction::Trust.as_str())
        .bind(ModerationAction::Pick.as_str())
        .fetch_one(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(n > 0)
    }

    async fn transparency_counts(
        &self,
        since: Option<Timestamp>,
        until: Timestamp,
    ) -> StoreResult<TransparencyCounts> {
        let from = since.map_or(i64::MIN, |t| t.timestamp());
        let to = until.timestamp();
        let n = |v: i64| u64::try_from(v).unwrap_or(0);
        let log: Vec<(String, String, String, i64)> = sqlx::query_as(
            "SELECT action, actor, via, COUNT(*) FROM moderation_log \
             WHERE at >= $1 AND at <= $2 GROUP BY action, actor, via \
             ORDER BY action, actor, via",
        )
        .bind(from)
        .bind(to)
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        let grouped = |table: &str, column: &str, at: &str| {
            format!(
                "SELECT {column}, COUNT(*) FROM {table} WHERE {at} >= $1 AND {at} <= $2 \
                 GROUP BY {column} ORDER BY {column}"
            )
        };
        let reports: Vec<(String, i64)> =
            sqlx::query_as(&grouped("comment_reports", "reason", "created_at"))
                .bind(from)
                .bind(to)
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
        let sanctions: Vec<(String, i64)> =
            sqlx::query_as(&grouped("commenter_sanctions", "kind", "created_at"))
                .bind(from)
                .bind(to)
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
        let illegal: Vec<(String, i64)> =
            sqlx::query_as(&grouped("illegal_notices", "category", "created_at"))
                .bind(from)
                .bind(to)
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
        let statements: Vec<(String, i64)> =
            sqlx::query_as(&grouped("statements_of_reasons", "ground", "created_at"))
                .bind(from)
                .bind(to)
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
        let appeals: Vec<(String, i64)> = sqlx::query_as(
            "SELECT appeal_outcome, COUNT(*) FROM statements_of_reasons \
             WHERE appeal_decided_at >= $1 AND appeal_decided_at <= $2 \
             AND appeal_outcome IS NOT NULL GROUP BY appeal_outcome ORDER BY appeal_outcome",
        )
        .bind(from)
        .bind(to)
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        let tally = |rows: Vec<(String, i64)>| -> Vec<(String, u64)> {
            rows.into_iter().map(|(k, c)| (k, n(c))).collect()
        };
        Ok(TransparencyCounts {
            illegal_notices: tally(illegal),
            statements: tally(statements),
            appeals: tally(appeals),
            log: log
                .into_iter()
                .map(|(action, actor, via, count)| LogCount {
                    action,
                    actor,
                    via,
                    count: n(count),
                })
                .collect(),
            reports: reports.into_iter().map(|(k, c)| (k, n(c))).collect(),
            sanctions: sanctions.into_iter().map(|(k, c)| (k, n(c))).collect(),
        })
    }

    async fn moderation_log(
        &self,
        comment: Option<CommentId>,
        limit: u32,
    ) -> StoreResult<Vec<ModerationEntry>> {
        let filter = if comment.is_some() {
            "WHERE comment_id = $2"
        } else {
            "WHERE $2 = $2"
        };
        let sql = format!(
            "SELECT comment_id, action, actor, user_id, via, at FROM moderation_log \
             {filter} ORDER BY id DESC LIMIT $1"
        );
        let rows: Vec<(i64, String, String, Option<i64>, String, i64)> = sqlx::query_as(&sql)
            .bind(i64::from(limit))
            .bind(comment.map_or(0, |c| c.0))
            .fetch_all(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(rows
            .into_iter()
            .map(|(id, action, actor, user_id, via, at)| ModerationEntry {
                comment_id: CommentId(id),
                action,
                actor,
                user_id,
                via,
                at: ts(at),
            })
            .collect())
    }
}
