//! What search engines and link previews read: the sitemaps (`sitemap`,
//! `news`), `robots.txt` (`robots`) and an article's structured data
//! (`json_ld`). Pure functions over values the web layer reads from the
//! store; every address they print is absolute, under the site's base.
pub mod json_ld;
pub mod news;
pub mod robots;
pub mod sitemap;

use crate::Timestamp;
use crate::article::{ArticleKind, article_path};

/// The language the news sitemap declares. One place, until the site has a
/// language setting of its own.
pub const LANGUAGE: &str = "en";

/// `path` under `base` (`https://news.example.com`), or `path` itself when
/// it is already an absolute http(s) address (a photo given by URL).
pub fn absolute(base: &str, path: &str) -> String {
    if path.starts_with("http://") || path.starts_with("https://") {
        path.to_string()
    } else if path.starts_with('/') {
        format!("{}{path}", base.trim_end_matches('/'))
    } else {
        format!("{}/{path}", base.trim_end_matches('/'))
    }
}

/// A date as sitemaps, Open Graph and schema.org take it (W3C datetime, UTC).
pub fn w3c(t: Timestamp) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// One live article or static page, as the sitemaps name it: the cheap
/// columns only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SitemapEntry {
    pub slug: String,
    pub kind: ArticleKind,
    pub title: String,
    pub published_at: Timestamp,
    pub updated_at: Timestamp,
}

impl SitemapEntry {
    /// Where it lives on the site (as `Article::path`).
    pub fn path(&self) -> String {
        match self.kind {
            ArticleKind::Article => article_path(&self.slug),
            ArticleKind::Page => format!("/{}", self.slug),
        }
    }

    /// When it last changed for a reader: its edit, or its publication when
    /// that came later (a scheduled article goes live after its last edit).
    pub fn last_modified(&self) -> Timestamp {
        self.updated_at.max(self.published_at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absolute_addresses() {
        assert_eq!(absolute("https://x.org/", "/a"), "https://x.org/a");
        assert_eq!(absolute("https://x.org", "a"), "https://x.org/a");
        assert_eq!(
            absolute("https://x.org", "http://cdn/p.jpg"),
            "http://cdn/p.jpg"
        );
    }
}
