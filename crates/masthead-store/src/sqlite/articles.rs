use super::{SqliteStore, db_err, ts};
use async_trait::async_trait;
use masthead_core::article::{Article, ArticleStatus, ArticleSummary, NewArticle, Photo};
use masthead_core::ids::ArticleId;
use masthead_core::store::{ArticleOrder, ArticleQuery, ArticleStore, StoreResult};
use sqlx::{QueryBuilder, Sqlite};

#[derive(sqlx::FromRow)]
struct ArticleRow {
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
    contributors: String,
    source_name: Option<String>,
    source_url: Option<String>,
    comments_open: bool,
    status: String,
    published_at: i64,
    updated_at: i64,
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
            body_html: r.body_html,
            photo: r.photo_src.map(|src| Photo {
                src,
                alt: r.photo_alt,
                caption: r.photo_caption,
                credit: r.photo_credit,
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

const ARTICLE_COLUMNS: &str = "id, slug, title, standfirst, byline, body_markdown, body_html, \
    photo_src, photo_alt, photo_caption, photo_credit, contributors, source_name, source_url, \
    comments_open, status, published_at, updated_at";

#[async_trait]
impl ArticleStore for SqliteStore {
    async fn insert_article(&self, a: &NewArticle, body_html: &str) -> StoreResult<ArticleId> {
        let now = masthead_core::chrono::Utc::now().timestamp();
        let photo = a.photo.as_ref();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO articles (slug, title, standfirst, byline, body_markdown, body_html, \
             photo_src, photo_alt, photo_caption, photo_credit, contributors, source_name, \
             source_url, comments_open, status, published_at, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $17) \
             RETURNING id",
        )
        .bind(a.slug.as_str())
        .bind(&a.title)
        .bind(&a.standfirst)
        .bind(&a.byline)
        .bind(&a.body_markdown)
        .bind(body_html)
        .bind(photo.map(|p| p.src.as_str()))
        .bind(photo.map_or("", |p| p.alt.as_str()))
        .bind(photo.map_or("", |p| p.caption.as_str()))
        .bind(photo.map_or("", |p| p.credit.as_str()))
        .bind(a.contributors.join("\n"))
        .bind(&a.source_name)
        .bind(&a.source_url)
        .bind(a.comments_open)
        .bind(a.status.as_str())
        .bind(a.published_at.timestamp())
        .bind(now)
        .fetch_one(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(ArticleId(id))
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
             FROM articles a WHERE a.status = 'published' \
             ORDER BY a.published_at DESC, a.id DESC LIMIT $1 OFFSET $2",
        )
        .bind(i64::from(limit))
        .bind(i64::try_from(offset).unwrap_or(i64::MAX))
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
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM articles WHERE status = 'published'")
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

    async fn query_articles(&self, q: &ArticleQuery) -> StoreResult<(Vec<Article>, u64)> {
        fn filter(b: &mut QueryBuilder<'_, Sqlite>, q: &ArticleQuery) {
            b.push(" FROM articles WHERE status = 'published'");
            if let Some(search) = q.search.as_deref().filter(|s| !s.trim().is_empty()) {
                let pattern = like_pattern(search.trim());
                b.push(" AND (title LIKE ")
                    .push_bind(pattern.clone())
                    .push(" ESCAPE '\\' OR body_markdown LIKE ")
                    .push_bind(pattern)
                    .push(" ESCAPE '\\')");
            }
            if !q.slugs.is_empty() {
                b.push(" AND slug IN (");
                let mut list = b.separated(", ");
                for slug in &q.slugs {
                    list.push_bind(slug.clone());
                }
                b.push(")");
            }
        }
        let mut count = QueryBuilder::<Sqlite>::new("SELECT COUNT(*)");
        filter(&mut count, q);
        let total: i64 = count
            .build_query_scalar()
            .fetch_one(&self.pool)
            .await
            .map_err(db_err)?;

        let mut select = QueryBuilder::<Sqlite>::new(format!("SELECT {ARTICLE_COLUMNS}"));
        filter(&mut select, q);
        let column = match q.order_by {
            ArticleOrder::Date => "published_at",
            ArticleOrder::Id => "id",
            ArticleOrder::Title => "title",
            ArticleOrder::Slug => "slug",
            ArticleOrder::Modified => "updated_at",
        };
        let dir = if q.ascending { "ASC" } else { "DESC" };
        select
            .push(format!(" ORDER BY {column} {dir}, id {dir} LIMIT "))
            .push_bind(i64::from(q.limit))
            .push(" OFFSET ")
            .push_bind(i64::try_from(q.offset).unwrap_or(i64::MAX));
        let rows: Vec<ArticleRow> = select
            .build_query_as()
            .fetch_all(&self.pool)
            .await
            .map_err(db_err)?;
        Ok((
            rows.into_iter().map(Article::from).collect(),
            total.unsigned_abs(),
        ))
    }
}

/// `%text%` for LIKE, with LIKE's own wildcards in the text escaped.
pub(crate) fn like_pattern(text: &str) -> String {
    let escaped = text
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("%{escaped}%")
}
