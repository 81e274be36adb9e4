//! Articles' sections: their category terms (both backends).
use super::{Backend, db_err, placeholders};
use async_trait::async_trait;
use masthead_core::ids::{ArticleId, CommentId};
use masthead_core::store::{SectionStore, StoreResult};
use std::collections::BTreeMap;

#[async_trait]
impl SectionStore for Backend {
    async fn comment_sections(
        &self,
        ids: &[CommentId],
    ) -> StoreResult<Vec<(CommentId, Vec<String>)>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT c.id, t.slug FROM comments c \
             LEFT JOIN article_terms at ON at.article_id = c.article_id \
             LEFT JOIN terms t ON t.id = at.term_id AND t.taxonomy = 'category' \
             WHERE c.id IN ({})",
            placeholders(1, ids.len())
        );
        let mut q = sqlx::query_as::<_, (i64, Option<String>)>(&sql);
        for id in ids {
            q = q.bind(id.0);
        }
        let mut by_comment: BTreeMap<i64, Vec<String>> = BTreeMap::new();
        for (id, slug) in q.fetch_all(&self.pool).await.map_err(db_err)? {
            let list = by_comment.entry(id).or_default();
            list.extend(slug);
        }
        Ok(by_comment
            .into_iter()
            .map(|(id, list)| (CommentId(id), list))
            .collect())
    }

    async fn article_sections(
        &self,
        ids: &[ArticleId],
    ) -> StoreResult<Vec<(ArticleId, Vec<(i64, String)>)>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT at.article_id, t.id, t.slug FROM article_terms at \
             JOIN terms t ON t.id = at.term_id \
             WHERE t.taxonomy = 'category' AND at.article_id IN ({}) ORDER BY t.slug",
            placeholders(1, ids.len())
        );
        let mut q = sqlx::query_as::<_, (i64, i64, String)>(&sql);
        for id in ids {
            q = q.bind(id.0);
        }
        let mut by_article: BTreeMap<i64, Vec<(i64, String)>> = BTreeMap::new();
        for (article, term, slug) in q.fetch_all(&self.pool).await.map_err(db_err)? {
            by_article.entry(article).or_default().push((term, slug));
        }
        Ok(by_article
            .into_iter()
            .map(|(id, list)| (ArticleId(id), list))
            .collect())
    }
}

/// Replaces an article's sections (its category terms), making terms that
/// do not exist yet; a new section is named by its slug until an import
/// names it.
pub(super) async fn replace_sections(
    tx: &mut sqlx::Transaction<'_, super::Db>,
    id: ArticleId,
    sections: &[String],
) -> StoreResult<()> {
    let terms: Vec<(&str, &str)> = sections.iter().map(|s| (s.as_str(), s.as_str())).collect();
    replace_terms(tx, id, "category", &terms).await
}

/// Replaces an article's terms of one taxonomy with these (slug, name)
/// pairs, making terms that do not exist yet.
pub(super) async fn replace_terms(
    tx: &mut sqlx::Transaction<'_, super::Db>,
    id: ArticleId,
    taxonomy: &str,
    terms: &[(&str, &str)],
) -> StoreResult<()> {
    sqlx::query(
        "DELETE FROM article_terms WHERE article_id = $1 AND term_id IN \
         (SELECT id FROM terms WHERE taxonomy = $2)",
    )
    .bind(id.0)
    .bind(taxonomy)
    .execute(&mut **tx)
    .await
    .map_err(db_err)?;
    for (slug, name) in terms {
        sqlx::query(
            "INSERT INTO terms (taxonomy, slug, name) VALUES ($1, $2, $3) \
             ON CONFLICT (taxonomy, slug) DO NOTHING",
        )
        .bind(taxonomy)
        .bind(slug)
        .bind(name)
        .execute(&mut **tx)
        .await
        .map_err(db_err)?;
        sqlx::query(
            "INSERT INTO article_terms (article_id, term_id) \
             SELECT $1, id FROM terms WHERE taxonomy = $2 AND slug = $3 \
             ON CONFLICT DO NOTHING",
        )
        .bind(id.0)
        .bind(taxonomy)
        .bind(slug)
        .execute(&mut **tx)
        .await
        .map_err(db_err)?;
    }
    Ok(())
}
