//! Full-text search of articles: what a reader typed, parsed once into
//! backend-neutral terms ([`terms`]), the text an article is indexed by and
//! the highlighted snippets shown with results ([`text`]). Each storage
//! backend turns [`SearchTerms`] into its own engine's syntax (SQLite FTS5,
//! PostgreSQL `websearch_to_tsquery`); nothing typed ever reaches either
//! engine's query language unquoted.
mod scripts;
mod terms;
mod text;

pub use scripts::{FOLDED, fold_letters, has_unspaced, is_unspaced, mark_substrings};
pub use terms::{Clause, SearchError, SearchTerms};
pub use text::{LESS_THAN, MARK_END, MARK_START, highlight, indexable_text};

use crate::Timestamp;
use crate::article::ArticleKind;

/// Results per search page.
pub const PER_PAGE: u32 = 10;

/// How many of the newest matches are ranked and listed. A word found in
/// tens of thousands of articles would otherwise cost a score for each on
/// every search; on a news site the best of the newest answer it. The
/// count of all matches is still given.
pub const RANK_WINDOW: u32 = 2000;

/// Where a backend may stop counting matches (PostgreSQL, whose count
/// visits each matching row); the page then says "more than".
pub const COUNT_LIMIT: u32 = 10_000;

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
    /// The matching passage, escaped, with each match in `<mark>`.
    pub snippet: crate::html::Markup,
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

impl SearchPage {
    /// How many hits can be paged through: all, up to [`RANK_WINDOW`].
    pub fn listed(&self) -> u64 {
        self.total.min(u64::from(RANK_WINDOW))
    }
}
