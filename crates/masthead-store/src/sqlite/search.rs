//! Search on SQLite: the FTS5 index `articles_fts` (migration 0016), ranked
//! by BM25 with the headline weighing most, snippets from the body.
use super::search_hits::{
    HitRow, LIVE, Substrings, first_substring, mark_hits, now, push_substrings,
};
use super::{Db, SqliteStore, db_err};
use async_trait::async_trait;
use masthead_core::search::{
    Clause, MARK_END, MARK_START, RANK_WINDOW, SearchPage, SearchQuery, SearchTerms, fold_letters,
};
use masthead_core::store::{SearchStore, StoreResult};
use sqlx::QueryBuilder;
use std::collections::HashMap;

/// BM25 weights of the indexed columns: title, standfirst, byline, body.
const RANK: &str = "bm25(articles_fts, 10.0, 5.0, 3.0, 1.0)";

/// The search as an FTS5 query. Every word goes inside a double-quoted
/// string (quotes doubled), where FTS5 reads no operator or column filter:
/// what a reader types is never FTS5 syntax. Letters are folded as the index
/// holds them (migration 0020).
pub(crate) fn fts5_query(terms: &SearchTerms) -> String {
    let quote = |words: &Vec<String>| {
        let phrase = fold_letters(&words.join(" "));
        format!("\"{}\"", phrase.replace('"', "\"\""))
    };
    let mut included = Vec::new();
    let mut excluded = Vec::new();
    for clause in terms.clauses() {
        let alternatives: Vec<String> = clause.phrases.iter().map(quote).collect();
        if clause.excluded {
            excluded.extend(alternatives);
        } else {
            included.push(format!("({})", alternatives.join(" OR ")));
        }
    }
    let mut query = format!("({})", included.join(" AND "));
    for phrase in excluded {
        query.push_str(" NOT ");
        query.push_str(&phrase);
    }
    query
}

/// Joins `articles` to the rows matching `terms`, as `m.match_id`, with
/// `m.relevance` (larger is better) when `ranked`, for the REST posts search.
pub(crate) fn push_match_join(b: &mut QueryBuilder<'_, Db>, terms: &SearchTerms, ranked: bool) {
    let relevance = if ranked {
        format!("-{RANK}")
    } else {
        "0".into()
    };
    let (index, substrings) = terms.split_unspaced();
    if !substrings.is_empty() {
        // Words the index cannot see inside: public rows whose text holds
        // them, joined to the index's matches for the other words.
        let relevance = if index.is_some() {
            relevance
        } else {
            "0".into()
        };
        b.push(format!(
            " JOIN (SELECT a.id AS match_id, {relevance} AS relevance FROM articles a"
        ));
        if let Some(index) = &index {
            push_index_join(b, index);
        }
        b.push(" WHERE a.status = 'published' AND a.external_url IS NULL AND ");
        push_substrings(b, &substrings, &SUBSTRINGS);
        b.push(") m ON m.match_id = articles.id");
        return;
    }
    b.push(format!(
        " JOIN (SELECT rowid AS match_id, {relevance} AS relevance FROM articles_fts \
         WHERE articles_fts MATCH "
    ))
    .push_bind(fts5_query(terms))
    .push(") m ON m.match_id = articles.id");
}

/// SQLite's substring search: `lower` changes ASCII letters only.
const SUBSTRINGS: Substrings = Substrings {
    position: "instr",
    ascii_lower: |e| format!("lower({e})"),
};

/// ` JOIN` the index's matches for `index` (as `m`, with `m.score`) to `a`.
fn push_index_join(b: &mut QueryBuilder<'_, Db>, index: &SearchTerms) {
    b.push(format!(
        " JOIN (SELECT rowid AS match_id, {RANK} AS score FROM articles_fts \
         WHERE articles_fts MATCH "
    ))
    .push_bind(fts5_query(index))
    .push(") m ON m.match_id = a.id");
}

impl SqliteStore {
    /// A search with words matched as substrings ([`Clause`]s from
    /// `split_unspaced`): the live articles holding them, among the index's
    /// matches for the other words if any (ranked by those), else newest
    /// first. Counted exactly; no window, as the rows are read anyway.
    async fn search_substrings(
        &self,
        q: &SearchQuery,
        index: Option<&SearchTerms>,
        substrings: &[Clause],
    ) -> StoreResult<SearchPage> {
        let now = now();
        let filtered = |b: &mut QueryBuilder<'_, Db>| {
            b.push(" FROM articles a");
            if let Some(index) = index {
                push_index_join(b, index);
            }
            b.push(" WHERE a.status = 'published' AND a.published_at <= ")
                .push_bind(now)
                .push(" AND a.external_url IS NULL AND ");
            push_substrings(b, substrings, &SUBSTRINGS);
        };
        let mut count = QueryBuilder::<Db>::new("SELECT COUNT(*)");
        filtered(&mut count);
        let total: i64 = count
            .build_query_scalar()
            .fetch_one(&self.pool)
            .await
            .map_err(db_err)?;
        if total <= 0 {
            return Ok(SearchPage::default());
        }
        // The snippet: the body from a little before the first word found.
        let first = first_substring(substrings);
        let mut page = QueryBuilder::<Db>::new(
            "SELECT a.id, a.slug, a.kind, a.title, a.standfirst, a.byline, a.published_at, \
             substr(COALESCE(a.body_text, ''), \
                    max(1, instr(lower(COALESCE(a.body_text, '')), ",
        );
        page.push_bind(first).push(") - 40), 200) AS snippet");
        filtered(&mut page);
        page.push(" ORDER BY ");
        if index.is_some() {
            page.push("m.score, ");
        }
        page.push("a.published_at DESC, a.id DESC LIMIT ")
            .push_bind(i64::from(q.limit))
            .push(" OFFSET ")
            .push_bind(i64::try_from(q.offset).unwrap_or(i64::MAX));
        let rows: Vec<HitRow> = page
            .build_query_as()
            .fetch_all(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(SearchPage {
            hits: mark_hits(rows, substrings),
            total: total.unsigned_abs(),
        })
    }
}

#[async_trait]
impl SearchStore for SqliteStore {
    async fn search_articles(&self, q: &SearchQuery) -> StoreResult<SearchPage> {
        let (index, substrings) = q.terms.split_unspaced();
        if !substrings.is_empty() {
            return self.search_substrings(q, index.as_ref(), &substrings).await;
        }
        let fts = fts5_query(&q.terms);
        let now = now();
        // The index holds published articles only, so it counts them alone;
        // scheduled ones (not live yet, and few) are taken off, each looked
        // up in the index by id (an `IN (…)` list would list every match).
        let total: i64 = sqlx::query_scalar(
            "SELECT (SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH $2) - \
             (SELECT COUNT(*) FROM articles a WHERE a.status = 'published' \
              AND a.published_at > $1 AND a.external_url IS NULL \
              AND EXISTS (SELECT 1 FROM articles_fts \
                          WHERE articles_fts MATCH $2 AND articles_fts.rowid = a.id))",
        )
        .bind(now)
        .bind(&fts)
        .fetch_one(&self.pool)
        .await
        .map_err(db_err)?;
        if total <= 0 {
            return Ok(SearchPage::default());
        }
        // Rank the newest matches (the window) and keep one page, then make
        // snippets for that page alone: in one query SQLite would make one
        // for every match.
        let rows: Vec<HitRow> = sqlx::query_as(&format!(
            "SELECT a.id, a.slug, a.kind, a.title, a.standfirst, a.byline, a.published_at, \
             NULL AS snippet FROM (SELECT rowid AS match_id, {RANK} AS score FROM articles_fts \
               WHERE articles_fts MATCH $2 ORDER BY rowid DESC LIMIT $5) m \
             JOIN articles a ON a.id = m.match_id WHERE {LIVE} \
             ORDER BY m.score, a.published_at DESC, a.id DESC LIMIT $3 OFFSET $4"
        ))
        .bind(now)
        .bind(&fts)
        .bind(i64::from(q.limit))
        .bind(i64::try_from(q.offset).unwrap_or(i64::MAX))
        .bind(i64::from(RANK_WINDOW))
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        if rows.is_empty() {
            return Ok(SearchPage {
                hits: Vec::new(),
                total: total.unsigned_abs(),
            });
        }
        let mut snippets = QueryBuilder::<Db>::new("SELECT rowid, snippet(articles_fts, 3, ");
        snippets
            .push_bind(MARK_START.to_string())
            .push(", ")
            .push_bind(MARK_END.to_string())
            .push(", '…', 24) FROM articles_fts WHERE articles_fts MATCH ")
            .push_bind(&fts)
            .push(" AND rowid IN (");
        let mut ids = snippets.separated(", ");
        for row in &rows {
            ids.push_bind(row.id);
        }
        snippets.push(")");
        let found: HashMap<i64, String> = snippets
            .build_query_as::<(i64, String)>()
            .fetch_all(&self.pool)
            .await
            .map_err(db_err)?
            .into_iter()
            .collect();
        Ok(SearchPage {
            hits: rows
                .into_iter()
                .map(|mut row| {
                    row.snippet = found.get(&row.id).cloned();
                    row.hit()
                })
                .collect(),
            total: total.unsigned_abs(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_is_quoted() {
        let t = SearchTerms::parse("Cairo or \"peace talks\" -truce NEAR(x)").unwrap();
        assert_eq!(
            fts5_query(&t),
            r#"(("Cairo" OR "peace talks") AND ("NEAR(x)")) NOT "truce""#
        );
    }
}
