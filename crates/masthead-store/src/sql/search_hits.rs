//! What both backends' searches read back: a row per hit, and the live
//! filter every search applies (published, not scheduled, not an outside
//! page's discussion).
use super::{Db, ts};
use masthead_core::article::ArticleKind;
use masthead_core::search::{Clause, SearchHit, highlight, mark_substrings};
use sqlx::QueryBuilder;

/// The WHERE conditions on `a` (articles) that make a row a public result.
pub(crate) const LIVE: &str =
    "a.status = 'published' AND a.published_at <= $1 AND a.external_url IS NULL";

#[derive(sqlx::FromRow)]
pub(crate) struct HitRow {
    /// SQLite makes snippets in a second pass, by id; PostgreSQL needs none.
    #[allow(dead_code)]
    pub(crate) id: i64,
    slug: String,
    kind: String,
    title: String,
    standfirst: String,
    byline: String,
    published_at: i64,
    pub(crate) snippet: Option<String>,
}

impl HitRow {
    pub(crate) fn hit(self) -> SearchHit {
        let snippet = self.snippet.filter(|s| !s.trim().is_empty());
        SearchHit {
            snippet: match snippet {
                Some(s) => highlight(&s),
                // Nothing in the body (a page with no text): the standfirst.
                None => highlight(&self.standfirst),
            },
            slug: self.slug,
            kind: ArticleKind::parse(&self.kind),
            title: self.title,
            byline: self.byline,
            published_at: ts(self.published_at),
        }
    }
}

pub(crate) fn now() -> i64 {
    masthead_core::chrono::Utc::now().timestamp()
}

/// The plain text of `a` that words are looked for in as substrings.
const HAYSTACK: &str =
    "a.title || ' ' || a.standfirst || ' ' || a.byline || ' ' || COALESCE(a.body_text, '')";

/// How a backend finds a substring: its position function (`instr`,
/// `strpos`: 1-based, 0 if absent; unlike `LIKE` they read no pattern
/// characters) and an SQL expression lowering ASCII letters only, as the
/// words were (the same on both backends whatever the database's locale).
pub(crate) struct Substrings {
    pub(crate) position: &'static str,
    pub(crate) ascii_lower: fn(&str) -> String,
}

/// The condition that every clause holds on `a`: any of its phrases has
/// each of its words somewhere in the text (or, excluded, none does). The
/// words are bound, never spliced.
pub(crate) fn push_substrings(b: &mut QueryBuilder<'_, Db>, clauses: &[Clause], how: &Substrings) {
    let hay = (how.ascii_lower)(HAYSTACK);
    let position = how.position;
    b.push("(TRUE");
    for clause in clauses {
        b.push(if clause.excluded {
            " AND NOT ("
        } else {
            " AND ("
        });
        for (i, phrase) in clause.phrases.iter().enumerate() {
            b.push(if i == 0 { "(" } else { " OR (" });
            for (j, word) in phrase.iter().enumerate() {
                if j > 0 {
                    b.push(" AND ");
                }
                b.push(format!("{position}({hay}, "))
                    .push_bind(word.clone())
                    .push(") > 0");
            }
            b.push(")");
        }
        b.push(")");
    }
    b.push(")");
}

/// The first word an included clause looks for: where snippets start.
pub(crate) fn first_substring(clauses: &[Clause]) -> String {
    clauses
        .iter()
        .filter(|c| !c.excluded)
        .flat_map(|c| c.phrases.iter().flatten())
        .next()
        .cloned()
        .unwrap_or_default()
}

/// Hits with the substring words marked in their snippets.
pub(crate) fn mark_hits(rows: Vec<HitRow>, clauses: &[Clause]) -> Vec<SearchHit> {
    let words: Vec<String> = clauses
        .iter()
        .filter(|c| !c.excluded)
        .flat_map(|c| c.phrases.iter().flatten().cloned())
        .collect();
    rows.into_iter()
        .map(|mut row| {
            row.snippet = row.snippet.map(|s| mark_substrings(&s, &words));
            row.hit()
        })
        .collect()
}
