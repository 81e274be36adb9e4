//! Articles and pages, their redirects and scheduling (both backends).
use super::Db;
use super::{Backend, db_err, ts};
use async_trait::async_trait;
use masthead_core::Timestamp;
use masthead_core::article::{
    Article, ArticleKind, ArticleListing, ArticleStatus, ArticleSummary, Correction, NewArticle,
    Photo, Provenance,
};
use masthead_core::html::SanitizedHtml;
use masthead_core::ids::{ArticleId, CommentId};
use masthead_core::seo::SitemapEntry;
use masthead_core::store::{ArticleOrder, ArticleQuery, ArticleStore, NewThread, StoreResult};
use sqlx::QueryBuilder;

/// What a sitemap reads of an article.
#[derive(sqlx::FromRow)]
struct EntryRow {
    slug: String,
    kind: String,
    title: String,
    published_at: i64,
    updated_at: i64,
}

impl EntryRow {
    fn entry(self) -> SitemapEntry {
        SitemapEntry {
            slug: self.slug,
            kind: ArticleKind::parse(&self.kind),
            title: self.title,
            published_at: ts(self.published_at),
            updated_at: ts(self.updated_at),
        }
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct ArticleRow {
    id: i64,
    slug: String,
    title: String,
    standfirst: String,
    byline: String,
    body_markdown: String,
    body_html: String,
    photo_src: Option<String>,
    photo_alt: String,
    photo_caption: String,
    photo_credit: String,
    photo_srcset: String,
    photo_width: Option<i64>,
    photo_height: Option<i64>,
    contributors: String,
    source_name: Option<String>,
    source_url: Option<String>,
    comments_open: bool,
    status: String,
    published_at: i64,
    updated_at: i64,
    kind: String,
    external_url: Option<String>,
    comments_closed_at: Option<i64>,
    canonical_url: Option<String>,
    language: Option<String>,
    revised_at: Option<i64>,
    correction: Option<String>,
    corrected_at: Option<i64>,
    withdrawn_at: Option<i64>,
    author_id: Option<i64>,
}

impl From<ArticleRow> for Article {
    fn from(r: ArticleRow) -> Self {
        Article {
            id: ArticleId(r.id),
            slug: r.slug,
            title: r.title,
            standfirst: r.standfirst,
            byline: r.byline,
            body_markdown: r.body_markdown,
            body_html: SanitizedHtml::from_stored(r.body_html),
            photo: r.photo_src.map(|src| Photo {
                src,
                alt: r.photo_alt,
                caption: r.photo_caption,
                credit: r.photo_credit,
                srcset: r.photo_srcset,
                width: r.photo_width.and_then(|w| u32::try_from(w).ok()),
                height: r.photo_height.and_then(|h| u32::try_from(h).ok()),
            }),
            contributors: r
                .contributors
                .lines()
                .filter(|l| !l.trim().is_empty())
                .map(str::to_string)
                .collect(),
            source_name: r.source_name,
            source_url: r.source_url,
            comments_open: r.comments_open,
            status: ArticleStatus::parse(&r.status).unwrap_or(ArticleStatus::Draft),
            published_at: ts(r.published_at),
            updated_at: ts(r.updated_at),
            kind: ArticleKind::parse(&r.kind),
            external_url: r.external_url,
            comments_closed_at: r.comments_closed_at.map(ts),
            provenance: Provenance {
                canonical_url: r.canonical_url,
                language: r.language,
                revised_at: r.revised_at.map(ts),
                correction: r.correction.map(|note| Correction {
                    note,
                    at: ts(r.corrected_at.unwrap_or(r.updated_at)),
                }),
                withdrawn_at: r.withdrawn_at.map(ts),
            },
            author_id: r.author_id,
        }
    }
}

#[derive(sqlx::FromRow)]
struct SummaryRow {
    id: i64,
    slug: String,
    title: String,
    standfirst: String,
    byline: String,
    published_at: i64,
    comment_count: i64,
}

#[derive(sqlx::FromRow)]
struct ListingRow {
    id: i64,
    slug: String,
    title: String,
    status: String,
    published_at: i64,
    updated_at: i64,
    approved_count: i64,
    pending_count: i64,
    kind: String,
    external_url: Option<String>,
    comments_open: bool,
}

pub(crate) const ARTICLE_COLUMNS: &str = "id, slug, title, standfirst, byline, body_markdown, body_html, \
    photo_src, photo_alt, photo_caption, photo_credit, photo_srcset, photo_width, photo_height, \
    contributors, source_name, source_url, \
    comments_open, status, published_at, updated_at, kind, external_url, comments_closed_at, \
    canonical_url, language, revised_at, correction, corrected_at, withdrawn_at, author_id";

#[async_trait]
impl ArticleStore for Backend {
    async fn insert_article(
        &self,
        a: &NewArticle,
        body_html: &SanitizedHtml,
    ) -> StoreResult<ArticleId> {
        let mut tx = self
            .pool
            .begin_with(super::dialect::BEGIN_WRITE)
            .await
            .map_err(db_err)?;
        let id = ArticleId(
            insert_query(a, body_html)
                .fetch_one(&mut *tx)
                .await
                .map_err(db_err)?,
        );
        super::revisions::write_article_extras(&mut tx, id, a).await?;
        tx.commit().await.map_err(db_err)?;
        self.wrote().await;
        Ok(id)
    }

    async fn article_by_id(&self, id: ArticleId) -> StoreResult<Option<Article>> {
        let sql = format!("SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = $1");
        let row: Option<ArticleRow> = sqlx::query_as(&sql)
            .bind(id.0)
            .fetch_optional(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(row.map(Article::from))
    }

    async fn article_by_slug(&self, slug: &str) -> StoreResult<Option<Article>> {
        let sql = format!("SELECT {ARTICLE_COLUMNS} FROM articles WHERE slug = $1");
        let row: Option<ArticleRow> = sqlx::query_as(&sql)
            .bind(slug)
            .fetch_optional(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(row.map(Article::from))
    }

    async fn published_articles(
        &self,
        offset: u64,
        limit: u32,
    ) -> StoreResult<Vec<ArticleSummary>> {
        let rows: Vec<SummaryRow> = sqlx::query_as(
            "SELECT a.id, a.slug, a.title, a.standfirst, a.byline, a.published_at, \
             (SELECT COUNT(*) FROM comments c WHERE c.article_id = a.id AND c.status = 'approved') \
               AS comment_count \
             FROM articles a WHERE a.kind = 'article' AND a.status = 'published' \
             AND a.published_at <= $3 AND a.external_url IS NULL \
             ORDER BY a.published_at DESC, a.id DESC LIMIT $1 OFFSET $2",
        )
        .bind(i64::from(limit))
        .bind(i64::try_from(offset).unwrap_or(i64::MAX))
        .bind(now())
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(rows
            .into_iter()
            .map(|r| ArticleSummary {
                id: ArticleId(r.id),
                slug: r.slug,
                title: r.title,
                standfirst: r.standfirst,
                byline: r.byline,
                published_at: ts(r.published_at),
                comment_count: r.comment_count,
            })
            .collect())
    }

    async fn count_published_articles(&self) -> StoreResult<u64> {
        let n: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM articles WHERE kind = 'article' AND status = 'published' \
             AND published_at <= $1 AND external_url IS NULL",
        )
        .bind(now())
        .fetch_one(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(n.unsigned_abs())
    }

    async fn count_articles(&self) -> StoreResult<u64> {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM articles")
            .fetch_one(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(n.unsigned_abs())
    }

    async fn article_listing(&self, offset: u64, limit: u32) -> StoreResult<Vec<ArticleListing>> {
        let rows: Vec<ListingRow> = sqlx::query_as(
            "SELECT a.id, a.slug, a.title, a.status, a.published_at, a.updated_at, a.kind, \
             a.external_url, a.comments_open, \
             (SELECT COUNT(*) FROM comments c WHERE c.article_id = a.id AND c.status = 'approved') \
               AS approved_count, \
             (SELECT COUNT(*) FROM comments c WHERE c.article_id = a.id AND c.status = 'pending') \
               AS pending_count \
             FROM articles a ORDER BY a.published_at DESC, a.id DESC LIMIT $1 OFFSET $2",
        )
        .bind(i64::from(limit))
        .bind(i64::try_from(offset).unwrap_or(i64::MAX))
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(rows
            .into_iter()
            .map(|r| ArticleListing {
                id: ArticleId(r.id),
                slug: r.slug,
                title: r.title,
                status: ArticleStatus::parse(&r.status).unwrap_or(ArticleStatus::Draft),
                published_at: ts(r.published_at),
                updated_at: ts(r.updated_at),
                approved_count: r.approved_count,
                pending_count: r.pending_count,
                kind: ArticleKind::parse(&r.kind),
                external_url: r.external_url,
                comments_open: r.comments_open,
            })
            .collect())
    }

    async fn update_article(
        &self,
        id: ArticleId,
        a: &NewArticle,
        body_html: &SanitizedHtml,
        keep_as: Option<&str>,
    ) -> StoreResult<bool> {
        let mut tx = self
            .pool
            .begin_with(super::dialect::BEGIN_WRITE)
            .await
            .map_err(db_err)?;
        let old: Option<String> = sqlx::query_scalar("SELECT slug FROM articles WHERE id = $1")
            .bind(id.0)
            .fetch_optional(&mut *tx)
            .await
            .map_err(db_err)?;
        let Some(old) = old else {
            return Ok(false);
        };
        if let Some(why) = keep_as {
            super::revisions::keep_replaced_text(
                &mut tx,
                id,
                a,
                why,
                masthead_core::chrono::Utc::now(),
            )
            .await?;
        }
        let query = sqlx::query_scalar::<_, i64>(
            "UPDATE articles SET slug = $1, title = $2, standfirst = $3, byline = $4, \
             body_markdown = $5, body_html = $6, photo_src = $7, photo_alt = $8, \
             photo_caption = $9, photo_credit = $10, photo_srcset = $11, photo_width = $12, \
             photo_height = $13, contributors = $14, source_name = $15, source_url = $16, \
             comments_open = $17, status = $18, published_at = $19, body_text = $20, \
             updated_at = $21, title_confirmed = TRUE, \
             canonical_url = CASE WHEN title = $2 AND body_markdown = $5 THEN canonical_url END, \
             comments_closed_at = CASE WHEN $17 THEN NULL \
               WHEN comments_open THEN $21 ELSE comments_closed_at END \
             WHERE id = $22 RETURNING id",
        );
        bind_fields(query, a, body_html)
            .bind(now())
            .bind(id.0)
            .fetch_one(&mut *tx)
            .await
            .map_err(db_err)?;
        if old != a.slug.as_str() {
            // The live slug wins over any redirect; the old one now points here.
            sqlx::query("DELETE FROM article_redirects WHERE old_slug = $1")
                .bind(a.slug.as_str())
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
            sqlx::query(
                "INSERT INTO article_redirects (old_slug, article_id) VALUES ($1, $2) \
                 ON CONFLICT (old_slug) DO UPDATE SET article_id = excluded.article_id",
            )
            .bind(&old)
            .bind(id.0)
            .execute(&mut *tx)
            .await
            .map_err(db_err)?;
        }
        super::revisions::write_article_extras(&mut tx, id, a).await?;
        tx.commit().await.map_err(db_err)?;
        self.wrote().await;
        Ok(true)
    }

    async fn thread_by_url(&self, url: &str) -> StoreResult<Option<Article>> {
        let sql = format!("SELECT {ARTICLE_COLUMNS} FROM articles WHERE external_url = $1");
        let row: Option<ArticleRow> = sqlx::query_as(&sql)
            .bind(url)
            .fetch_optional(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(row.map(Article::from))
    }

    async fn create_thread(&self, t: &NewThread) -> StoreResult<Article> {
        // Two first comments at once: one row, both get it.
        let at = t.created_at.timestamp();
        sqlx::query(
            "INSERT INTO articles (slug, title, body_markdown, body_html, comments_open, status, \
             published_at, created_at, updated_at, external_url, body_text, title_confirmed) \
             VALUES ($1, $2, '', '', TRUE, 'published', $3, $3, $3, $4, '', $5) \
             ON CONFLICT DO NOTHING",
        )
        .bind(&t.slug)
        .bind(&t.title)
        .bind(at)
        .bind(&t.url)
        .bind(t.title_confirmed)
        .execute(&self.pool)
        .await
        .map_err(db_err)?;
        self.wrote().await;
        // Nothing under the address: an article had the slug already.
        self.thread_by_url(&t.url)
            .await?
            .ok_or(masthead_core::store::StoreError::Conflict(
                masthead_core::store::Unique::ArticleSlug,
            ))
    }

    async fn title_proposals(
        &self,
        ids: &[CommentId],
    ) -> StoreResult<Vec<(CommentId, ArticleId, String)>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let mut q = QueryBuilder::<Db>::new(
            "SELECT c.id, c.article_id, c.page_title FROM comments c \
             JOIN articles a ON a.id = c.article_id \
             WHERE a.title_confirmed = FALSE AND c.status = 'approved' \
             AND c.page_title IS NOT NULL AND c.page_title <> '' AND c.id IN (",
        );
        let mut list = q.separated(", ");
        for id in ids {
            list.push_bind(id.0);
        }
        q.push(") ORDER BY c.id");
        let rows: Vec<(i64, i64, String)> = q
            .build_query_as()
            .fetch_all(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(rows
            .into_iter()
            .map(|(c, a, t)| (CommentId(c), ArticleId(a), t))
            .collect())
    }

    async fn confirm_thread_title(&self, thread: ArticleId, title: &str) -> StoreResult<bool> {
        // Only a thread still unconfirmed: two approvals at once, one title.
        let done = sqlx::query(
            "UPDATE articles SET title = $1, title_confirmed = TRUE \
             WHERE id = $2 AND title_confirmed = FALSE",
        )
        .bind(title)
        .bind(thread.0)
        .execute(&self.pool)
        .await
        .map_err(db_err)?
        .rows_affected()
            > 0;
        if done {
            self.wrote().await;
        }
        Ok(done)
    }

    async fn thread_counts(&self, urls: &[String]) -> StoreResult<Vec<(String, u64)>> {
        if urls.is_empty() {
            return Ok(Vec::new());
        }
        let mut q = QueryBuilder::<Db>::new(
            "SELECT a.external_url, \
             (SELECT COUNT(*) FROM comments c WHERE c.article_id = a.id AND c.status = 'approved') \
             FROM articles a WHERE a.status = 'published' AND a.external_url IN (",
        );
        let mut list = q.separated(", ");
        for u in urls {
            list.push_bind(u.clone());
        }
        q.push(")");
        let rows: Vec<(String, i64)> = q
            .build_query_as()
            .fetch_all(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(rows
            .into_iter()
            .map(|(u, n)| (u, n.unsigned_abs()))
            .collect())
    }

    async fn redirected_slug(&self, old_slug: &str) -> StoreResult<Option<String>> {
        sqlx::query_scalar(
            "SELECT a.slug FROM article_redirects r JOIN articles a ON a.id = r.article_id \
             WHERE r.old_slug = $1",
        )
        .bind(old_slug)
        .fetch_optional(&self.pool)
        .await
        .map_err(db_err)
    }

    async fn sitemap_entries(&self, offset: u64, limit: u32) -> StoreResult<Vec<SitemapEntry>> {
        let rows: Vec<EntryRow> = sqlx::query_as(
            "SELECT slug, kind, title, published_at, updated_at FROM articles \
             WHERE status = 'published' AND published_at <= $1 AND external_url IS NULL \
             ORDER BY id LIMIT $2 OFFSET $3",
        )
        .bind(now())
        .bind(i64::from(limit))
        .bind(i64::try_from(offset).unwrap_or(i64::MAX))
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(rows.into_iter().map(EntryRow::entry).collect())
    }

    async fn count_sitemap_entries(&self) -> StoreResult<u64> {
        let n: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM articles WHERE status = 'published' \
             AND published_at <= $1 AND external_url IS NULL",
        )
        .bind(now())
        .fetch_one(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(n.unsigned_abs())
    }

    async fn sitemap_lastmods(&self, per_page: u64) -> StoreResult<Vec<Timestamp>> {
        let rows: Vec<(i64, i64)> = sqlx::query_as(
            "SELECT rn / $2 AS page, MAX(changed) FROM (SELECT ROW_NUMBER() OVER (ORDER BY id) AS rn, \
             CASE WHEN updated_at > published_at THEN updated_at ELSE published_at END AS changed \
             FROM articles WHERE status = 'published' AND published_at <= $1 \
             AND external_url IS NULL) r GROUP BY 1 ORDER BY 1",
        )
        .bind(now())
        .bind(i64::try_from(per_page.max(1)).unwrap_or(i64::MAX))
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(rows.into_iter().map(|(_, at)| ts(at)).collect())
    }

    async fn articles_since(&self, since: Timestamp, limit: u32) -> StoreResult<Vec<SitemapEntry>> {
        let rows: Vec<EntryRow> = sqlx::query_as(
            "SELECT slug, kind, title, published_at, updated_at FROM articles \
             WHERE kind = 'article' AND status = 'published' AND external_url IS NULL \
             AND published_at <= $1 AND published_at >= $2 \
             ORDER BY published_at DESC, id DESC LIMIT $3",
        )
        .bind(now())
        .bind(since.timestamp())
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(rows.into_iter().map(EntryRow::entry).collect())
    }

    async fn next_scheduled(&self, now: Timestamp) -> StoreResult<Option<Timestamp>> {
        let next: Option<i64> = sqlx::query_scalar(
            "SELECT MIN(published_at) FROM articles WHERE status = 'published' \
             AND published_at > $1",
        )
        .bind(now.timestamp())
        .fetch_one(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(next.map(ts))
    }

    async fn query_articles(&self, q: &ArticleQuery) -> StoreResult<(Vec<Article>, u64)> {
        fn filter(b: &mut QueryBuilder<'_, Db>, q: &ArticleQuery) {
            b.push(" FROM articles");
            if let Some(terms) = &q.search {
                super::search::push_match_join(b, terms, q.order_by == ArticleOrder::Relevance);
            }
            b.push(
                " WHERE articles.kind = 'article' AND articles.external_url IS NULL \
                 AND articles.status = 'published' AND articles.published_at <= ",
            )
            .push_bind(now());
            if !q.slugs.is_empty() {
                b.push(" AND slug IN (");
                let mut list = b.separated(", ");
                for slug in &q.slugs {
                    list.push_bind(slug.clone());
                }
                b.push(")");
            }
        }
        let mut count = QueryBuilder::<Db>::new("SELECT COUNT(*)");
        filter(&mut count, q);
        // A search is planned for its own words, never by a kept statement's
        // generic plan (see `postgres/search.rs`).
        let keep = q.search.is_none();
        let total: i64 = count
            .build_query_scalar()
            .persistent(keep)
            .fetch_one(&self.pool)
            .await
            .map_err(db_err)?;

        let mut select = QueryBuilder::<Db>::new(format!("SELECT {ARTICLE_COLUMNS}"));
        filter(&mut select, q);
        let column = match q.order_by {
            ArticleOrder::Relevance if q.search.is_some() => "m.relevance",
            ArticleOrder::Date | ArticleOrder::Relevance => "published_at",
            ArticleOrder::Id => "id",
            ArticleOrder::Title => "title",
            ArticleOrder::Slug => "slug",
            ArticleOrder::Modified => "updated_at",
        };
        let dir = if q.ascending { "ASC" } else { "DESC" };
        select
            .push(format!(
                " ORDER BY {column} {dir}, articles.id {dir} LIMIT "
            ))
            .push_bind(i64::from(q.limit))
            .push(" OFFSET ")
            .push_bind(i64::try_from(q.offset).unwrap_or(i64::MAX));
        let rows: Vec<ArticleRow> = select
            .build_query_as()
            .persistent(keep)
            .fetch_all(&self.pool)
            .await
            .map_err(db_err)?;
        Ok((
            rows.into_iter().map(Article::from).collect(),
            total.unsigned_abs(),
        ))
    }
}

type Scalar<'q> = sqlx::query::QueryScalar<'q, Db, i64, <Db as sqlx::Database>::Arguments<'q>>;

/// The INSERT of an article, for the store and for imports.
pub(crate) fn insert_query<'q>(a: &'q NewArticle, body_html: &'q SanitizedHtml) -> Scalar<'q> {
    let query = sqlx::query_scalar::<_, i64>(
        "INSERT INTO articles (slug, title, standfirst, byline, body_markdown, body_html, \
         photo_src, photo_alt, photo_caption, photo_credit, photo_srcset, photo_width, \
         photo_height, contributors, source_name, source_url, comments_open, status, \
         published_at, body_text, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, \
         $18, $19, $20, $21, $21) RETURNING id",
    );
    bind_fields(query, a, body_html).bind(now())
}

fn now() -> i64 {
    masthead_core::chrono::Utc::now().timestamp()
}

/// Binds an article's fields as `$1`…`$19` in column order, then its
/// searchable text as `$20`.
fn bind_fields<'q, O>(
    query: sqlx::query::QueryScalar<'q, Db, O, <Db as sqlx::Database>::Arguments<'q>>,
    a: &'q NewArticle,
    body_html: &'q SanitizedHtml,
) -> sqlx::query::QueryScalar<'q, Db, O, <Db as sqlx::Database>::Arguments<'q>> {
    let photo = a.photo.as_ref();
    query
        .bind(a.slug.as_str())
        .bind(&a.title)
        .bind(&a.standfirst)
        .bind(&a.byline)
        .bind(&a.body_markdown)
        .bind(body_html.as_str())
        .bind(photo.map(|p| p.src.as_str()))
        .bind(photo.map_or("", |p| p.alt.as_str()))
        .bind(photo.map_or("", |p| p.caption.as_str()))
        .bind(photo.map_or("", |p| p.credit.as_str()))
        .bind(photo.map_or("", |p| p.srcset.as_str()))
        .bind(photo.and_then(|p| p.width).map(i64::from))
        .bind(photo.and_then(|p| p.height).map(i64::from))
        .bind(a.contributors.join("\n"))
        .bind(&a.source_name)
        .bind(&a.source_url)
        .bind(a.comments_open)
        .bind(a.status.as_str())
        .bind(a.published_at.timestamp())
        .bind(masthead_core::search::indexable_text(body_html))
}

/// `%text%` for LIKE, with LIKE's own wildcards in the text escaped.
pub(crate) fn like_pattern(text: &str) -> String {
    let escaped = text
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("%{escaped}%")
}
