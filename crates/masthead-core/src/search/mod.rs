//! Full-text search of articles: what a reader typed, parsed once into
//! backend-neutral terms ([`terms`]), the text an article is indexed by and
//! the highlighted snippets shown with results ([`text`]). Each storage
//! backend turns [`SearchTerms`] into its own engine's syntax (SQLite FTS5,
//! PostgreSQL `websearch_to_tsquery`); nothing typed ever reaches either
//! engine's query language unquoted.
mod terms;
mod text;

pub use terms::{Clause, SearchError, SearchTerms};
pub use text::{LESS_THAN, MARK_END, MARK_START, highlight, indexable_text};

use crate::Timestamp;
use crate::article::ArticleKind;

/// Results per search page.
pub const PER_PAGE: u32 = 10;

/// One page of a search.
#[derive(Debug, Clone)]
pub struct SearchQuery {
    pub terms: SearchTerms,
    pub offset: u64,
    pub limit: u32,
}

/// A live article or page that matched, best first.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchHit {
    pub slug: String,
    pub kind: ArticleKind,
    pub title: String,
    pub byline: String,
    pub published_at: Timestamp,
    /// Safe HTML: the matching passage, escaped, with each match in `<mark>`.
    pub snippet: String,
}

impl SearchHit {
    pub fn path(&self) -> String {
        match self.kind {
            ArticleKind::Article => crate::article::article_path(&self.slug),
            ArticleKind::Page => format!("/{}", self.slug),
        }
    }
}

/// A page of hits and how many matched in all.
#[derive(Debug, Clone, Default)]
pub struct SearchPage {
    pub hits: Vec<SearchHit>,
    pub total: u64,
}
