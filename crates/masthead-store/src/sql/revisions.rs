//! Earlier versions of articles, their provenance and tags (both backends).
use super::dialect::BEGIN_WRITE;
use super::ts;
use super::{Backend, db_err};
use async_trait::async_trait;
use masthead_core::Timestamp;
use masthead_core::article::{NewArticle, Provenance};
use masthead_core::ids::ArticleId;
use masthead_core::store::{ArticleVersion, RevisionStore, StoreResult};

#[async_trait]
impl RevisionStore for Backend {
    async fn set_provenance(&self, id: ArticleId, p: &Provenance) -> StoreResult<bool> {
        let mut tx = self.pool.begin_with(BEGIN_WRITE).await.map_err(db_err)?;
        let done = write_provenance(&mut tx, id, p).await?;
        tx.commit().await.map_err(db_err)?;
        self.wrote().await;
        Ok(done)
    }

    async fn article_versions(&self, id: ArticleId) -> StoreResult<Vec<ArticleVersion>> {
        let rows: Vec<(i64, String, String, String, String)> = sqlx::query_as(
            "SELECT saved_ms, title, standfirst, body_html, why FROM article_versions \
             WHERE article_id = $1 ORDER BY id DESC",
        )
        .bind(id.0)
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(rows
            .into_iter()
            .map(|(ms, title, standfirst, body_html, why)| ArticleVersion {
                saved_at: ts(ms.div_euclid(1000)),
                title,
                standfirst,
                body_html,
                why,
            })
            .collect())
    }

    async fn withdraw_article(&self, id: ArticleId, at: Timestamp) -> StoreResult<bool> {
        let done = sqlx::query(
            "UPDATE articles SET status = 'draft', withdrawn_at = $1, updated_at = $1 \
             WHERE id = $2",
        )
        .bind(at.timestamp())
        .bind(id.0)
        .execute(&self.pool)
        .await
        .map_err(db_err)?;
        self.wrote().await;
        Ok(done.rows_affected() > 0)
    }

    async fn article_tags(&self, id: ArticleId) -> StoreResult<Vec<String>> {
        sqlx::query_scalar(
            "SELECT t.name FROM article_terms at JOIN terms t ON t.id = at.term_id \
             WHERE at.article_id = $1 AND t.taxonomy = 'post_tag' ORDER BY t.name",
        )
        .bind(id.0)
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)
    }
}

type Tx<'t> = sqlx::Transaction<'t, super::Db>;

/// Writes every [`Provenance`] field; `false` if the article is gone.
async fn write_provenance(tx: &mut Tx<'_>, id: ArticleId, p: &Provenance) -> StoreResult<bool> {
    let done = sqlx::query(
        "UPDATE articles SET canonical_url = $1, language = $2, revised_at = $3, \
         correction = $4, corrected_at = $5, withdrawn_at = $6 WHERE id = $7",
    )
    .bind(&p.canonical_url)
    .bind(&p.language)
    .bind(p.revised_at.map(|t| t.timestamp()))
    .bind(p.correction.as_ref().map(|c| c.note.as_str()))
    .bind(p.correction.as_ref().map(|c| c.at.timestamp()))
    .bind(p.withdrawn_at.map(|t| t.timestamp()))
    .bind(id.0)
    .execute(&mut **tx)
    .await
    .map_err(db_err)?;
    Ok(done.rows_affected() > 0)
}

/// Keeps the article's current text as an earlier version under `why`, if
/// `new` changes its title, standfirst or body (run before the update).
pub(super) async fn keep_replaced_text(
    tx: &mut Tx<'_>,
    id: ArticleId,
    new: &NewArticle,
    why: &str,
    at: Timestamp,
) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO article_versions (article_id, saved_ms, title, standfirst, body_html, why) \
         SELECT id, $1, title, standfirst, body_html, $2 FROM articles WHERE id = $3 \
         AND (title <> $4 OR standfirst <> $5 OR body_markdown <> $6)",
    )
    .bind(at.timestamp_millis())
    .bind(why)
    .bind(id.0)
    .bind(&new.title)
    .bind(&new.standfirst)
    .bind(&new.body_markdown)
    .execute(&mut **tx)
    .await
    .map_err(db_err)?;
    Ok(())
}

/// What a save names besides the article's own columns: its sections, tags
/// and provenance, each only when given.
pub(super) async fn write_article_extras(
    tx: &mut Tx<'_>,
    id: ArticleId,
    a: &NewArticle,
) -> StoreResult<()> {
    if let Some(sections) = &a.sections {
        super::sections::replace_sections(tx, id, sections).await?;
    }
    if let Some(tags) = &a.tags {
        let slugs: Vec<(String, &str)> = tags
            .iter()
            .filter_map(|name| {
                let slug = masthead_core::article::Slug::from_title(name).ok()?;
                Some((slug.as_str().to_string(), name.as_str()))
            })
            .collect();
        let terms: Vec<(&str, &str)> = slugs.iter().map(|(s, n)| (s.as_str(), *n)).collect();
        super::sections::replace_terms(tx, id, "post_tag", &terms).await?;
    }
    if let Some(p) = &a.provenance {
        write_provenance(tx, id, p).await?;
    }
    if let Some(author) = a.author {
        sqlx::query("UPDATE articles SET author_id = $1 WHERE id = $2")
            .bind(author)
            .bind(id.0)
            .execute(&mut **tx)
            .await
            .map_err(db_err)?;
    }
    Ok(())
}
