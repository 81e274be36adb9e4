//! Comments as readers write and read them, and the staff lists (both
//! backends); moderation is in `moderation.rs`.
use super::Db;
use super::dialect::{LIKE, UTC_DAY};
use super::rows::{FULL_SELECT, FullRow, PUBLIC_COLUMNS, PublicRow};
use super::{Backend, db_err, placeholders};
use async_trait::async_trait;
use masthead_core::Timestamp;
use masthead_core::comment::{Comment, CommentStatus, NewComment, PublicComment, Reasons};
use masthead_core::ids::{ArticleId, CommentId};
use masthead_core::store::{
    CommentFilter, CommentStore, DiscussionChanges, DiscussionRead, Inserted, PublicCommentQuery,
    QueueOrder, StoreResult, SubmissionFacts, SubmissionProbe,
};
use sqlx::QueryBuilder;

/// The WHERE clause of the staff views (queue, CLI, authenticated REST).
fn staff_filter(b: &mut QueryBuilder<'_, Db>, filter: &CommentFilter) {
    b.push(" WHERE 1 = 1");
    if let Some(status) = filter.status {
        b.push(" AND c.status = ").push_bind(status.as_str());
    }
    if let Some(article) = filter.article {
        b.push(" AND c.article_id = ").push_bind(article.0);
    }
    if filter.picked {
        b.push(" AND c.picked = TRUE");
    }
    if let Some(code) = filter.reason.as_deref() {
        // Codes are words of letters and hyphens (the caller checks), so
        // the pattern needs no escaping.
        b.push(" AND c.moderation_reason LIKE ")
            .push_bind(format!("%\"code\":\"{code}\"%"));
    }
    if let Some(section) = filter.section.as_deref() {
        b.push(
            " AND c.article_id IN (SELECT ss.article_id FROM article_terms ss \
             JOIN terms ts ON ts.id = ss.term_id WHERE ts.taxonomy = 'category' AND ts.slug = ",
        )
        .push_bind(section.to_string())
        .push(")");
    }
    if let Some(sections) = &filter.sections {
        // A desk with no section reaches nothing, not everything.
        b.push(
            " AND c.article_id IN (SELECT st.article_id FROM article_terms st \
                 JOIN terms tt ON tt.id = st.term_id WHERE tt.taxonomy = 'category' \
                 AND tt.slug IN (",
        );
        if sections.is_empty() {
            b.push("''");
        }
        let mut list = b.separated(", ");
        for s in sections {
            list.push_bind(s.clone());
        }
        b.push("))");
    }
    if let Some(search) = filter.search.as_deref().filter(|s| !s.trim().is_empty()) {
        let pattern = super::articles::like_pattern(search.trim());
        b.push(" AND (");
        let mut any = b.separated(" OR ");
        for column in [
            "c.author_name",
            "c.author_email",
            "c.author_url",
            "c.author_ip",
            "c.content_source",
        ] {
            any.push(format!("{column} {LIKE} "));
            any.push_bind_unseparated(pattern.clone());
            any.push_unseparated(" ESCAPE '\\'");
        }
        b.push(")");
    }
}

type Scalar<'q> = sqlx::query::QueryScalar<'q, Db, i64, <Db as sqlx::Database>::Arguments<'q>>;

/// The INSERT of a comment, for the store and for imports.
pub(crate) fn insert_query<'q>(c: &'q NewComment, comment_type: &'q str) -> Scalar<'q> {
    bind_comment(
        "INSERT INTO comments (article_id, parent_id, author_name, author_email, author_url, \
         author_ip, user_agent, content_source, content_html, status, moderation_reason, \
         created_at, updated_at, user_id, comment_type, avatar, page_title, reader_id, \
         filter_score) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, $13, $14, $15, $16, $17, \
         $18) RETURNING id",
        c,
        comment_type,
    )
}

/// `sql` with a comment's columns bound as $1–$18, in `insert_query`'s order.
pub(crate) fn bind_comment<'q>(
    sql: &'q str,
    c: &'q NewComment,
    comment_type: &'q str,
) -> Scalar<'q> {
    sqlx::query_scalar(sql)
        .bind(c.article_id.0)
        .bind(c.parent_id.map(|p| p.0))
        .bind(&c.author_name)
        .bind(&c.author_email)
        .bind(&c.author_url)
        .bind(&c.author_ip)
        .bind(&c.user_agent)
        .bind(&c.content_source)
        .bind(c.content_html.as_str())
        .bind(c.status.as_str())
        .bind(c.moderation_reason.as_ref().map(Reasons::to_stored))
        .bind(c.created_at.timestamp())
        .bind(c.user_id)
        .bind(comment_type)
        .bind(&c.avatar)
        .bind(&c.page_title)
        .bind(&c.reader_id)
        .bind(c.filter_score.map(i32::from))
}

#[async_trait]
impl CommentStore for Backend {
    async fn insert_comment(&self, c: &NewComment) -> StoreResult<CommentId> {
        let id = insert_query(c, "comment")
            .fetch_one(&self.pool)
            .await
            .map_err(db_err)?;
        if c.status == CommentStatus::Approved {
            self.wrote().await;
        }
        Ok(CommentId(id))
    }

    async fn submission_facts(&self, probe: &SubmissionProbe<'_>) -> StoreResult<SubmissionFacts> {
        super::submissions::facts(&self.pool, probe).await
    }

    async fn insert_reader_comment(&self, c: &NewComment) -> StoreResult<Inserted> {
        let inserted = self.comment_writer.insert(c.clone()).await?;
        if super::submissions::shows(c, inserted) {
            self.wrote().await;
        }
        Ok(inserted)
    }

    async fn approved_comments(&self, article: ArticleId) -> StoreResult<Vec<PublicComment>> {
        Ok(super::bulk::approved_discussion(&self.pool, article)
            .await?
            .comments)
    }

    async fn approved_discussion(&self, article: ArticleId) -> StoreResult<DiscussionRead> {
        super::bulk::approved_discussion(&self.pool, article).await
    }

    async fn discussion_changes(
        &self,
        article: ArticleId,
        since: i64,
    ) -> StoreResult<Option<DiscussionChanges>> {
        super::discussion::changes(&self.pool, article, since).await
    }

    async fn public_comments_by_ids(
        &self,
        article: ArticleId,
        ids: &[CommentId],
    ) -> StoreResult<Vec<PublicComment>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT {PUBLIC_COLUMNS} FROM comments WHERE article_id = $1 AND id IN ({})",
            placeholders(2, ids.len())
        );
        let mut q = sqlx::query_as::<_, PublicRow>(&sql).bind(article.0);
        for id in ids {
            q = q.bind(id.0);
        }
        let rows = q.fetch_all(&self.pool).await.map_err(db_err)?;
        Ok(rows.into_iter().map(PublicComment::from).collect())
    }

    async fn comment(&self, id: CommentId) -> StoreResult<Option<Comment>> {
        let sql = format!("{FULL_SELECT} WHERE c.id = $1");
        let row: Option<FullRow> = sqlx::query_as(&sql)
            .bind(id.0)
            .fetch_optional(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(row.map(Comment::from))
    }

    async fn query_public_comments(
        &self,
        q: &PublicCommentQuery,
    ) -> StoreResult<(Vec<PublicComment>, u64)> {
        fn filter(b: &mut QueryBuilder<'_, Db>, q: &PublicCommentQuery) {
            b.push(
                " FROM comments c JOIN articles a ON a.id = c.article_id \
                 WHERE c.status = 'approved' AND c.comment_type = 'comment' \
                 AND a.status = 'published' AND a.published_at <= ",
            )
            .push_bind(masthead_core::chrono::Utc::now().timestamp());
            if !q.articles.is_empty() {
                b.push(" AND c.article_id IN (");
                let mut list = b.separated(", ");
                for a in &q.articles {
                    list.push_bind(a.0);
                }
                b.push(")");
            }
            if !q.parents.is_empty() {
                b.push(" AND COALESCE(c.parent_id, 0) IN (");
                let mut list = b.separated(", ");
                for p in &q.parents {
                    list.push_bind(*p);
                }
                b.push(")");
            }
            if let Some(search) = q.search.as_deref().filter(|s| !s.trim().is_empty()) {
                let pattern = super::articles::like_pattern(search.trim());
                b.push(format!(" AND (c.author_name {LIKE} "))
                    .push_bind(pattern.clone())
                    .push(format!(" ESCAPE '\\' OR c.author_url {LIKE} "))
                    .push_bind(pattern.clone())
                    .push(format!(" ESCAPE '\\' OR c.content_source {LIKE} "))
                    .push_bind(pattern)
                    .push(" ESCAPE '\\')");
            }
        }
        let mut count = QueryBuilder::<Db>::new("SELECT COUNT(*)");
        filter(&mut count, q);
        let total: i64 = count
            .build_query_scalar()
            .fetch_one(&self.pool)
            .await
            .map_err(db_err)?;
        let mut select = QueryBuilder::<Db>::new(
            "SELECT c.id, c.article_id, c.parent_id, c.author_name, c.author_url, c.content_html, \
             c.status, c.created_at, c.user_id IS NOT NULL AS by_staff, c.recommends, c.picked, \
             c.edited_at, c.avatar, c.origin_url",
        );
        filter(&mut select, q);
        let dir = if q.ascending { "ASC" } else { "DESC" };
        select
            .push(format!(" ORDER BY c.created_at {dir}, c.id {dir} LIMIT "))
            .push_bind(i64::from(q.limit))
            .push(" OFFSET ")
            .push_bind(i64::try_from(q.offset).unwrap_or(i64::MAX));
        let rows: Vec<PublicRow> = select
            .build_query_as()
            .fetch_all(&self.pool)
            .await
            .map_err(db_err)?;
        Ok((
            rows.into_iter().map(PublicComment::from).collect(),
            total.unsigned_abs(),
        ))
    }

    async fn comments(&self, filter: &CommentFilter) -> StoreResult<Vec<Comment>> {
        let mut b = QueryBuilder::<Db>::new(FULL_SELECT);
        staff_filter(&mut b, filter);
        b.push(match filter.order {
            QueueOrder::Newest => " ORDER BY c.created_at DESC, c.id DESC",
            QueueOrder::Oldest => " ORDER BY c.created_at, c.id",
            QueueOrder::MostReported => {
                " ORDER BY (SELECT COUNT(*) FROM comment_reports r WHERE r.comment_id = c.id) DESC, \
                 c.created_at DESC, c.id DESC"
            }
            QueueOrder::FilterScore => {
                " ORDER BY COALESCE(c.filter_score, -1) DESC, c.created_at DESC, c.id DESC"
            }
            QueueOrder::Article => {
                " ORDER BY a.published_at DESC, a.id DESC, c.created_at DESC, c.id DESC"
            }
        });
        b.push(" LIMIT ")
            .push_bind(i64::from(filter.limit.unwrap_or(u32::MAX)))
            .push(" OFFSET ")
            .push_bind(i64::try_from(filter.offset).unwrap_or(i64::MAX));
        let rows: Vec<FullRow> = b
            .build_query_as()
            .fetch_all(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(rows.into_iter().map(Comment::from).collect())
    }

    async fn count_comments(&self, filter: &CommentFilter) -> StoreResult<u64> {
        let mut b = QueryBuilder::<Db>::new(
            "SELECT COUNT(*) FROM comments c JOIN articles a ON a.id = c.article_id",
        );
        staff_filter(&mut b, filter);
        let n: i64 = b
            .build_query_scalar()
            .fetch_one(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(n.unsigned_abs())
    }

    async fn count_comments_by_status(&self) -> StoreResult<Vec<(CommentStatus, u64)>> {
        let rows: Vec<(String, i64)> =
            sqlx::query_as("SELECT status, COUNT(*) FROM comments GROUP BY status")
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
        Ok(CommentStatus::ALL
            .iter()
            .map(|s| {
                let n = rows
                    .iter()
                    .find(|(name, _)| name == s.as_str())
                    .map_or(0, |(_, n)| n.unsigned_abs());
                (*s, n)
            })
            .collect())
    }

    async fn comments_per_day(&self, since: Timestamp) -> StoreResult<Vec<(String, u64)>> {
        let sql = format!(
            "SELECT {UTC_DAY} AS day, COUNT(*) FROM comments \
             WHERE created_at >= $1 GROUP BY day ORDER BY day"
        );
        let rows: Vec<(String, i64)> = sqlx::query_as(&sql)
            .bind(since.timestamp())
            .fetch_all(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(rows
            .into_iter()
            .map(|(d, n)| (d, n.unsigned_abs()))
            .collect())
    }
}
