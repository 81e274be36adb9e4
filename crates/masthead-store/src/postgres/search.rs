//! Search on PostgreSQL: the generated, weighted `tsvector` column
//! `articles.search` with its GIN index (migration 0016), queried with
//! `websearch_to_tsquery` (which never fails on syntax), ranked by
//! `ts_rank`, snippets by `ts_headline` (given the body with `<` stood in
//! for, as it drops whatever looks like a tag).
use super::search_hits::{
    HitRow, LIVE, Substrings, first_substring, mark_hits, now, push_substrings,
};
use super::{Db, PgStore, db_err};
use async_trait::async_trait;
use masthead_core::search::{
    COUNT_LIMIT, Clause, LESS_THAN, MARK_END, MARK_START, RANK_WINDOW, SearchPage, SearchQuery,
    SearchTerms,
};
use masthead_core::store::{SearchStore, StoreResult};
use sqlx::QueryBuilder;

/// The text search configuration of migration 0016 (unaccent, English stems).
const CONFIG: &str = "'masthead_search'::regconfig";

/// Joins `articles` to the rows matching `terms`, as `m.match_id`, with
/// `m.relevance` (larger is better) when `ranked`, for the REST posts search.
pub(crate) fn push_match_join(b: &mut QueryBuilder<'_, Db>, terms: &SearchTerms, ranked: bool) {
    let (index, substrings) = terms.split_unspaced();
    if !substrings.is_empty() {
        // Words the index cannot see inside: public rows whose text holds
        // them, among the index's matches for the other words if any.
        let relevance = match (&index, ranked) {
            (Some(_), true) => "ts_rank(a.search, q)",
            _ => "0",
        };
        b.push(format!(
            " JOIN (SELECT a.id AS match_id, {relevance} AS relevance FROM articles a"
        ));
        if let Some(index) = &index {
            b.push(format!(", websearch_to_tsquery({CONFIG}, "))
                .push_bind(index.to_websearch())
                .push(") q");
        }
        b.push(" WHERE a.status = 'published' AND a.external_url IS NULL AND ");
        if index.is_some() {
            b.push("a.search @@ q AND ");
        }
        push_substrings(b, &substrings, &SUBSTRINGS);
        b.push(") m ON m.match_id = articles.id");
        return;
    }
    let relevance = if ranked { "ts_rank(s.search, q)" } else { "0" };
    b.push(format!(
        " JOIN (SELECT s.id AS match_id, {relevance} AS relevance \
         FROM articles s, websearch_to_tsquery({CONFIG}, "
    ))
    .push_bind(terms.to_websearch())
    .push(") q WHERE s.search @@ q) m ON m.match_id = articles.id");
}

/// `ts_headline`'s options: a few fragments of the body around the matches.
fn headline_options() -> String {
    format!(
        "StartSel=\"{MARK_START}\", StopSel=\"{MARK_END}\", MaxWords=30, MinWords=12, \
         MaxFragments=2, FragmentDelimiter=\" … \""
    )
}

/// PostgreSQL's substring search. `lower` would follow the database's
/// locale; `translate` lowers ASCII letters alone, as SQLite does.
const SUBSTRINGS: Substrings = Substrings {
    position: "strpos",
    ascii_lower: |e| {
        format!("translate({e}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')")
    },
};

impl PgStore {
    /// A search with words matched as substrings ([`Clause`]s from
    /// `split_unspaced`): the live articles holding them, among the index's
    /// matches for the other words if any (ranked by those), else newest
    /// first. No window: the matching rows are read to test the substrings.
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
                b.push(format!(", websearch_to_tsquery({CONFIG}, "))
                    .push_bind(index.to_websearch())
                    .push(") q");
            }
            b.push(" WHERE a.status = 'published' AND a.published_at <= ")
                .push_bind(now)
                .push(" AND a.external_url IS NULL AND ");
            if index.is_some() {
                b.push("a.search @@ q AND ");
            }
            push_substrings(b, substrings, &SUBSTRINGS);
        };
        let mut count = QueryBuilder::<Db>::new("SELECT COUNT(*) FROM (SELECT 1");
        filtered(&mut count);
        count
            .push(" LIMIT ")
            .push_bind(i64::from(COUNT_LIMIT))
            .push(") x");
        let total: i64 = count
            .build_query_scalar()
            .persistent(false)
            .fetch_one(&self.pool)
            .await
            .map_err(db_err)?;
        if total == 0 {
            return Ok(SearchPage::default());
        }
        let mut page = QueryBuilder::<Db>::new(
            "SELECT a.id, a.slug, a.kind, a.title, a.standfirst, a.byline, a.published_at, ",
        );
        if index.is_some() {
            page.push(format!(
                "ts_headline({CONFIG}, replace(COALESCE(a.body_text, ''), '<', "
            ))
            .push_bind(LESS_THAN.to_string())
            .push("), q, ")
            .push_bind(headline_options())
            .push(") AS snippet");
        } else {
            // The body from a little before the first word found.
            page.push(
                "substr(COALESCE(a.body_text, ''), \
                 greatest(1, strpos(",
            )
            .push((SUBSTRINGS.ascii_lower)("COALESCE(a.body_text, '')"))
            .push(", ")
            .push_bind(first_substring(substrings))
            .push(") - 40), 200) AS snippet");
        }
        filtered(&mut page);
        page.push(" ORDER BY ");
        if index.is_some() {
            page.push("ts_rank(a.search, q) DESC, ");
        }
        page.push("a.published_at DESC, a.id DESC LIMIT ")
            .push_bind(i64::from(q.limit))
            .push(" OFFSET ")
            .push_bind(i64::try_from(q.offset).unwrap_or(i64::MAX));
        let rows: Vec<HitRow> = page
            .build_query_as()
            .persistent(false)
            .fetch_all(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(SearchPage {
            hits: mark_hits(rows, substrings),
            total: total.unsigned_abs(),
        })
    }
}

// Every query here is sent unprepared (`persistent(false)`): PostgreSQL then
// plans it for the words actually searched. A kept statement soon gets a
// generic plan, which cannot see that a rare word is rare and walks the
// whole table by date instead of asking the GIN index (185 ms against 11 on
// 20,000 articles).
#[async_trait]
impl SearchStore for PgStore {
    async fn search_articles(&self, q: &SearchQuery) -> StoreResult<SearchPage> {
        let (index, substrings) = q.terms.split_unspaced();
        if !substrings.is_empty() {
            return self.search_substrings(q, index.as_ref(), &substrings).await;
        }
        let query = q.terms.to_websearch();
        let now = now();
        // Counted up to a bound: past it the count costs a visit to every
        // matching row for a number nobody reads exactly.
        let total: i64 = sqlx::query_scalar(&format!(
            "SELECT COUNT(*) FROM (SELECT 1 FROM articles a \
             WHERE {LIVE} AND a.search @@ websearch_to_tsquery({CONFIG}, $2) LIMIT $3) x"
        ))
        .bind(now)
        .bind(&query)
        .bind(i64::from(COUNT_LIMIT))
        .persistent(false)
        .fetch_one(&self.pool)
        .await
        .map_err(db_err)?;
        if total == 0 {
            return Ok(SearchPage::default());
        }
        // The newest matches (the window) are ranked, one page is chosen,
        // and `ts_headline` (costly) runs on its rows only. Which way to find
        // the newest depends on how many match: when most rows do, walking
        // the primary key backwards meets enough of them at once (70 ms for
        // a word in every one of 100,000 articles, against 400 by sorting
        // them all); when few do, that walk reads the whole table and the
        // GIN index's matches sorted by id are what is wanted (36 ms against
        // 230 for a word in 6 %). `id + 0` keeps the planner off the key.
        let newest = if total >= i64::from(COUNT_LIMIT) {
            "a.id"
        } else {
            "a.id + 0"
        };
        let rows: Vec<HitRow> = sqlx::query_as(&format!(
            "SELECT a.id, a.slug, a.kind, a.title, a.standfirst, a.byline, a.published_at, \
             ts_headline({CONFIG}, replace(COALESCE(a.body_text, ''), '<', $6), q, $5) AS snippet \
             FROM (SELECT w.*, ts_rank(w.search, q) AS relevance \
                   FROM (SELECT a.* FROM articles a, websearch_to_tsquery({CONFIG}, $2) q \
                         WHERE {LIVE} AND a.search @@ q ORDER BY {newest} DESC LIMIT $7) w, \
                        websearch_to_tsquery({CONFIG}, $2) q \
                   ORDER BY relevance DESC, w.published_at DESC, w.id DESC \
                   LIMIT $3 OFFSET $4) a, websearch_to_tsquery({CONFIG}, $2) q \
             ORDER BY a.relevance DESC, a.published_at DESC, a.id DESC"
        ))
        .bind(now)
        .bind(&query)
        .bind(i64::from(q.limit))
        .bind(i64::try_from(q.offset).unwrap_or(i64::MAX))
        .bind(headline_options())
        .bind(LESS_THAN.to_string())
        .bind(i64::from(RANK_WINDOW))
        .persistent(false)
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(SearchPage {
            hits: rows.into_iter().map(HitRow::hit).collect(),
            total: total.unsigned_abs(),
        })
    }
}
