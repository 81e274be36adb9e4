//! Imports run in one transaction; old addresses and terms are read back here.
use super::Db;
use super::articles::ARTICLE_COLUMNS;
use super::{Backend, db_err};
use async_trait::async_trait;
use masthead_core::Timestamp;
use masthead_core::article::{Article, ArticleKind, NewArticle, Photo};
use masthead_core::comment::{NewComment, Reasons};
use masthead_core::html::SanitizedHtml;
use masthead_core::ids::{ArticleId, CommentId};
use masthead_core::store::{
    ImportStore, ImportTx, NewThread, StoreError, StoreResult, Term, Unique,
};
use sqlx::Transaction;

pub struct DbImport {
    tx: Transaction<'static, Db>,
}

#[async_trait]
impl ImportTx for DbImport {
    async fn imported(
        &mut self,
        source: &str,
        kind: &str,
        source_id: &str,
    ) -> StoreResult<Option<i64>> {
        sqlx::query_scalar(
            "SELECT target_id FROM imported WHERE source = $1 AND kind = $2 AND source_id = $3",
        )
        .bind(source)
        .bind(kind)
        .bind(source_id)
        .fetch_optional(&mut *self.tx)
        .await
        .map_err(db_err)
    }

    async fn record_import(
        &mut self,
        source: &str,
        kind: &str,
        source_id: &str,
        target_id: i64,
    ) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO imported (source, kind, source_id, target_id) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (source, kind, source_id) DO NOTHING",
        )
        .bind(source)
        .bind(kind)
        .bind(source_id)
        .bind(target_id)
        .execute(&mut *self.tx)
        .await
        .map_err(db_err)?;
        Ok(())
    }

    async fn record_imports(
        &mut self,
        source: &str,
        kind: &str,
        pairs: &[(String, i64)],
    ) -> StoreResult<()> {
        // SQLite allows 32,766 bound values: 4 per row, in chunks well below.
        for chunk in pairs.chunks(1000) {
            let mut b = sqlx::QueryBuilder::<Db>::new(
                "INSERT INTO imported (source, kind, source_id, target_id) ",
            );
            b.push_values(chunk, |mut row, (source_id, target)| {
                row.push_bind(source)
                    .push_bind(kind)
                    .push_bind(source_id)
                    .push_bind(*target);
            });
            b.push(" ON CONFLICT (source, kind, source_id) DO NOTHING");
            b.build().execute(&mut *self.tx).await.map_err(db_err)?;
        }
        Ok(())
    }

    async fn slug_taken(&mut self, slug: &str) -> StoreResult<bool> {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM articles WHERE slug = $1")
            .bind(slug)
            .fetch_one(&mut *self.tx)
            .await
            .map_err(db_err)?;
        Ok(n > 0)
    }

    async fn insert_article(
        &mut self,
        a: &NewArticle,
        kind: ArticleKind,
        body_html: &SanitizedHtml,
    ) -> StoreResult<ArticleId> {
        let query = super::articles::insert_query(a, body_html);
        let id = query.fetch_one(&mut *self.tx).await.map_err(db_err)?;
        sqlx::query("UPDATE articles SET kind = $1 WHERE id = $2")
            .bind(kind.as_str())
            .bind(id)
            .execute(&mut *self.tx)
            .await
            .map_err(db_err)?;
        Ok(ArticleId(id))
    }

    async fn set_article_photo(&mut self, id: ArticleId, p: &Photo) -> StoreResult<()> {
        sqlx::query(
            "UPDATE articles SET photo_src = $1, photo_alt = $2, photo_caption = $3, \
             photo_credit = $4, photo_srcset = $5, photo_width = $6, photo_height = $7 \
             WHERE id = $8",
        )
        .bind(&p.src)
        .bind(&p.alt)
        .bind(&p.caption)
        .bind(&p.credit)
        .bind(&p.srcset)
        .bind(p.width.map(i64::from))
        .bind(p.height.map(i64::from))
        .bind(id.0)
        .execute(&mut *self.tx)
        .await
        .map_err(db_err)?;
        Ok(())
    }

    async fn insert_comment(
        &mut self,
        c: &NewComment,
        comment_type: &str,
    ) -> StoreResult<CommentId> {
        let id = super::comments::insert_query(c, comment_type)
            .fetch_one(&mut *self.tx)
            .await
            .map_err(db_err)?;
        Ok(CommentId(id))
    }

    async fn set_comment_parent(&mut self, id: CommentId, parent: CommentId) -> StoreResult<()> {
        sqlx::query("UPDATE comments SET parent_id = $1 WHERE id = $2")
            .bind(parent.0)
            .bind(id.0)
            .execute(&mut *self.tx)
            .await
            .map_err(db_err)?;
        Ok(())
    }

    async fn insert_comments(
        &mut self,
        comments: &[(NewComment, String)],
    ) -> StoreResult<Vec<CommentId>> {
        let mut ids = Vec::with_capacity(comments.len());
        // 15 values a row; SQLite takes 32,766 bound values a statement.
        for chunk in comments.chunks(1000) {
            let mut b = sqlx::QueryBuilder::<Db>::new(
                "INSERT INTO comments (article_id, parent_id, author_name, author_email, \
                 author_url, author_ip, user_agent, content_source, content_html, status, \
                 moderation_reason, created_at, updated_at, user_id, comment_type) ",
            );
            b.push_values(chunk, |mut row, (c, comment_type)| {
                row.push_bind(c.article_id.0)
                    .push_bind(c.parent_id.map(|p| p.0))
                    .push_bind(&c.author_name)
                    .push_bind(&c.author_email)
                    .push_bind(&c.author_url)
                    .push_bind(&c.author_ip)
                    .push_bind(&c.user_agent)
                    .push_bind(&c.content_source)
                    .push_bind(c.content_html.as_str())
                    .push_bind(c.status.as_str())
                    .push_bind(c.moderation_reason.as_ref().map(Reasons::to_stored))
                    .push_bind(c.created_at.timestamp())
                    .push_bind(c.created_at.timestamp())
                    .push_bind(c.user_id)
                    .push_bind(comment_type);
            });
            b.push(" RETURNING id");
            let mut chunk_ids: Vec<i64> = b
                .build_query_scalar()
                .fetch_all(&mut *self.tx)
                .await
                .map_err(db_err)?;
            // Rows get rowids max+1, max+2, … in VALUES order inside this write
            // transaction; RETURNING itself promises no order, so sort.
            chunk_ids.sort_unstable();
            ids.extend(chunk_ids.into_iter().map(CommentId));
        }
        Ok(ids)
    }

    async fn set_comment_parents(&mut self, links: &[(CommentId, CommentId)]) -> StoreResult<()> {
        for chunk in links.chunks(5000) {
            let mut b = sqlx::QueryBuilder::<Db>::new("WITH links (id, parent) AS (");
            b.push_values(chunk, |mut row, (id, parent)| {
                row.push_bind(id.0).push_bind(parent.0);
            });
            b.push(
                ") UPDATE comments SET parent_id = \
                 (SELECT parent FROM links WHERE links.id = comments.id) \
                 WHERE id IN (SELECT id FROM links)",
            );
            b.build().execute(&mut *self.tx).await.map_err(db_err)?;
        }
        Ok(())
    }

    async fn add_legacy_path(&mut self, path: &str, article: ArticleId) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO legacy_paths (path, article_id) VALUES ($1, $2) \
             ON CONFLICT (path) DO NOTHING",
        )
        .bind(path)
        .bind(article.0)
        .execute(&mut *self.tx)
        .await
        .map_err(db_err)?;
        Ok(())
    }

    async fn add_term(&mut self, t: &Term, article: Option<ArticleId>) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO terms (taxonomy, slug, name, parent_slug) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (taxonomy, slug) DO NOTHING",
        )
        .bind(&t.taxonomy)
        .bind(&t.slug)
        .bind(&t.name)
        .bind(&t.parent)
        .execute(&mut *self.tx)
        .await
        .map_err(db_err)?;
        if let Some(article) = article {
            sqlx::query(
                "INSERT INTO article_terms (article_id, term_id) \
                 SELECT $1, id FROM terms WHERE taxonomy = $2 AND slug = $3 \
                 ON CONFLICT (article_id, term_id) DO NOTHING",
            )
            .bind(article.0)
            .bind(&t.taxonomy)
            .bind(&t.slug)
            .execute(&mut *self.tx)
            .await
            .map_err(db_err)?;
        }
        Ok(())
    }

    async fn article_for_path(&mut self, path: &str) -> StoreResult<Option<ArticleId>> {
        let id: Option<i64> = sqlx::query_scalar(
            "SELECT article_id FROM legacy_paths WHERE path = $1 \
             UNION ALL SELECT id FROM articles WHERE slug = $2 LIMIT 1",
        )
        .bind(path)
        .bind(
            path.trim_matches('/')
                .rsplit('/')
                .next()
                .unwrap_or_default(),
        )
        .fetch_optional(&mut *self.tx)
        .await
        .map_err(db_err)?;
        Ok(id.map(ArticleId))
    }

    async fn outside_thread(&mut self, t: &NewThread) -> StoreResult<(ArticleId, bool)> {
        let find = "SELECT id FROM articles WHERE external_url = $1";
        let existing: Option<i64> = sqlx::query_scalar(find)
            .bind(&t.url)
            .fetch_optional(&mut *self.tx)
            .await
            .map_err(db_err)?;
        if let Some(id) = existing {
            return Ok((ArticleId(id), false));
        }
        // The same row `create_thread` makes for a page's first comment.
        let at = t.created_at.timestamp();
        let id: Option<i64> = sqlx::query_scalar(
            "INSERT INTO articles (slug, title, body_markdown, body_html, comments_open, status, \
             published_at, created_at, updated_at, external_url, body_text, title_confirmed) \
             VALUES ($1, $2, '', '', TRUE, 'published', $3, $3, $3, $4, '', $5) \
             ON CONFLICT DO NOTHING RETURNING id",
        )
        .bind(&t.slug)
        .bind(&t.title)
        .bind(at)
        .bind(&t.url)
        .bind(t.title_confirmed)
        .fetch_optional(&mut *self.tx)
        .await
        .map_err(db_err)?;
        // Nothing made: an article has the thread's slug already.
        id.map(|id| (ArticleId(id), true))
            .ok_or(StoreError::Conflict(Unique::ArticleSlug))
    }

    async fn set_comment_counts(
        &mut self,
        id: CommentId,
        recommends: u32,
        edited_at: Option<Timestamp>,
    ) -> StoreResult<()> {
        sqlx::query("UPDATE comments SET recommends = $1, edited_at = $2 WHERE id = $3")
            .bind(i64::from(recommends))
            .bind(edited_at.map(|t| t.timestamp()))
            .bind(id.0)
            .execute(&mut *self.tx)
            .await
            .map_err(db_err)?;
        Ok(())
    }

    async fn commit(self: Box<Self>) -> StoreResult<()> {
        self.tx.commit().await.map_err(db_err)
    }
}

#[async_trait]
impl ImportStore for Backend {
    async fn begin_import(&self) -> StoreResult<Box<dyn ImportTx>> {
        let tx = self
            .pool
            .begin_with(super::dialect::BEGIN_WRITE)
            .await
            .map_err(db_err)?;
        Ok(Box::new(DbImport { tx }))
    }

    async fn legacy_path(&self, path: &str) -> StoreResult<Option<Article>> {
        let sql = format!(
            "SELECT {} FROM articles WHERE id = \
             (SELECT article_id FROM legacy_paths WHERE path = $1)",
            ARTICLE_COLUMNS
        );
        let row: Option<super::articles::ArticleRow> = sqlx::query_as(&sql)
            .bind(path)
            .fetch_optional(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(row.map(Article::from))
    }

    async fn terms(&self) -> StoreResult<Vec<Term>> {
        let rows: Vec<(String, String, String, String)> = sqlx::query_as(
            "SELECT taxonomy, slug, name, parent_slug FROM terms ORDER BY parent_slug <> '', id",
        )
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(rows.into_iter().map(term).collect())
    }

    async fn article_terms(&self, id: ArticleId) -> StoreResult<Vec<Term>> {
        let rows: Vec<(String, String, String, String)> = sqlx::query_as(
            "SELECT t.taxonomy, t.slug, t.name, t.parent_slug FROM article_terms x \
             JOIN terms t ON t.id = x.term_id WHERE x.article_id = $1 ORDER BY t.id",
        )
        .bind(id.0)
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(rows.into_iter().map(term).collect())
    }

    async fn article_ids(&self, after: i64, limit: u32) -> StoreResult<Vec<ArticleId>> {
        let ids: Vec<i64> =
            sqlx::query_scalar("SELECT id FROM articles WHERE id > $1 ORDER BY id LIMIT $2")
                .bind(after)
                .bind(i64::from(limit))
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
        Ok(ids.into_iter().map(ArticleId).collect())
    }
}

fn term((taxonomy, slug, name, parent): (String, String, String, String)) -> Term {
    Term {
        taxonomy,
        slug,
        name,
        parent,
    }
}
