//! What both backends' searches read back: a row per hit, and the live
//! filter every search applies (published, not scheduled, not an outside
//! page's discussion).
use super::ts;
use masthead_core::article::ArticleKind;
use masthead_core::search::{SearchHit, highlight};

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
