//! Rendered article pages (`PageCache`), and whole answers of the home page
//! and the public REST lists (`ResponseCache`).
//!
//! An article page is kept under its article's version
//! (`SettingsStore::page_version`): a change to one of its approved comments,
//! or a site-wide change (an article, a setting), made by any process or
//! node, retires it; a comment on another story does not. The home page and
//! the REST lists show every story's comments, so they are kept under the
//! generation that every change moves. Both caches are bounded by bytes
//! (`--cache-budget-mb`), least recently used out first. A miss renders once:
//! readers missing the same page meanwhile wait for that render ([`flight`]).
//! The per-visitor form token is not cached: pages are stored with a
//! placeholder and the token is filled in on the way out.
mod call;
mod flight;
pub(crate) mod gzip;
mod lru;
mod response;
mod threads;

pub use call::{Caches, Fresh, Freshness, Served};
pub use flight::Flights;
pub use gzip::accepts_gzip;
pub use lru::{Lru, Weigh};
pub use response::Answer;
pub use threads::{Discussion, Threads};

use axum::http::{HeaderName, HeaderValue};
use bytes::Bytes;
use masthead_core::Timestamp;
use masthead_core::comment::TokenSubject;
use masthead_core::ids::ArticleId;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

/// Stands in for the form token in a cached page: random per process (hex,
/// so never escaped), so no comment can contain it on purpose; a page where it
/// does not occur exactly once is not cached.
pub static TOKEN_PLACEHOLDER: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    let mut bytes = [0u8; 16];
    let _ = getrandom::fill(&mut bytes);
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!("mhtoken{hex}")
});
pub struct CachedPage {
    /// The article's page version it was rendered under.
    pub version: i64,
    pub article_id: ArticleId,
    /// What its form tokens sign (the article, or a thread's page address).
    pub token_subject: TokenSubject,
    /// The page before and after the token: shared, never copied per request.
    before: Bytes,
    after: Bytes,
    /// When the page stops being right by itself (comments close by age).
    valid_until: Option<Timestamp>,
    /// How long a form token stays valid: a browser's copy must be younger.
    token_lifetime_secs: i64,
    /// The page's surrogate-key headers, made once.
    pub surrogate_keys: [(HeaderName, HeaderValue); 3],
    /// The page gzipped around the token, made when a reader first asks.
    gzipped: std::sync::OnceLock<gzip::Gzipped>,
}

impl CachedPage {
    pub fn new(
        version: i64,
        article_id: ArticleId,
        token_subject: TokenSubject,
        html: String,
        valid_until: Option<Timestamp>,
        token_lifetime_secs: i64,
    ) -> Option<Self> {
        let marker = TOKEN_PLACEHOLDER.as_str();
        if html.matches(marker).count() != 1 {
            return None;
        }
        let i = html.find(marker)?;
        Some(Self {
            version,
            article_id,
            token_subject,
            before: Bytes::from(html[..i].to_string()),
            after: Bytes::from(html[i + marker.len()..].to_string()),
            valid_until,
            token_lifetime_secs: token_lifetime_secs.max(2),
            surrogate_keys: crate::purge::surrogate_headers(Some(article_id)),
            gzipped: std::sync::OnceLock::new(),
        })
    }

    /// The page gzipped with this visitor's form token, as four chunks, and
    /// their length. The first reader who asks compresses it; readers asking
    /// meanwhile wait for that one compression.
    pub fn gzip_chunks(&self, token: &str) -> ([Bytes; 4], usize) {
        self.gzip_chunks_made(token).0
    }

    /// [`Self::gzip_chunks`], and whether this call made the copy.
    fn gzip_chunks_made(&self, token: &str) -> (([Bytes; 4], usize), bool) {
        let made = self.gzipped.get().is_none();
        let g = self
            .gzipped
            .get_or_init(|| gzip::Gzipped::new(&self.before, &self.after));
        ((g.chunks(token.as_bytes()), g.len(token.as_bytes())), made)
    }

    /// The page with this visitor's form token, as three chunks.
    pub fn chunks(&self, token: &str) -> [Bytes; 3] {
        [
            self.before.clone(),
            Bytes::copy_from_slice(token.as_bytes()),
            self.after.clone(),
        ]
    }

    pub fn len(&self, token: &str) -> usize {
        self.before.len() + token.len() + self.after.len()
    }

    /// Whether the page is still right at `now` under `version`.
    pub fn current(&self, version: i64, now: Timestamp) -> bool {
        self.version == version && self.valid_until.is_none_or(|t| now < t)
    }

    /// A weak validator: the same version and article give the same page
    /// apart from the form token, so the tag also changes every half token
    /// lifetime; a browser revalidating never keeps a form whose token expired.
    pub fn etag(&self, now: Timestamp) -> String {
        let period = now.timestamp().div_euclid(self.token_lifetime_secs / 2);
        format!("W/\"v{}-a{}-t{period}\"", self.version, self.article_id.0)
    }
}

impl Weigh for CachedPage {
    /// Everything the page holds: its text, its gzipped copy once made
    /// (the cache counts it again then: `Caches::gzip_chunks`), its headers.
    fn bytes(&self) -> usize {
        let keys: usize = self
            .surrogate_keys
            .iter()
            .map(|(k, v)| k.as_str().len() + v.len())
            .sum();
        let gzipped = self.gzipped.get().map_or(0, gzip::Gzipped::bytes);
        self.before.len() + self.after.len() + gzipped + keys + std::mem::size_of::<Self>()
    }
}

/// What the page cache has done and holds, for metrics.
#[derive(Debug, Clone, Copy)]
pub struct PageStats {
    pub renders: u64,
    pub hits: u64,
    pub pages: usize,
    pub bytes: usize,
}

/// Rendered article pages by address (`slug`, `slug/comment-page-N`).
pub struct PageCache {
    pages: Lru<CachedPage>,
    /// Cacheable pages rendered by this process (misses that rendered; the
    /// readers who waited for one of them are not counted), for metrics.
    renders: AtomicU64,
    /// Pages served from the cache by this process.
    hits: AtomicU64,
}

impl PageCache {
    pub fn new(budget_bytes: usize) -> Self {
        Self {
            pages: Lru::new(budget_bytes),
            renders: AtomicU64::new(0),
            hits: AtomicU64::new(0),
        }
    }

    fn rendered(&self) {
        self.renders.fetch_add(1, Ordering::Relaxed);
    }

    fn hit(&self) {
        self.hits.fetch_add(1, Ordering::Relaxed);
    }

    pub fn stats(&self) -> PageStats {
        let (pages, bytes) = self.pages.usage();
        PageStats {
            renders: self.renders.load(Ordering::Relaxed),
            hits: self.hits.load(Ordering::Relaxed),
            pages,
            bytes,
        }
    }

    /// The page stored under `key`, current or not (the caller checks its
    /// version: the entry names the article to ask about).
    fn get(&self, key: &str) -> Option<Arc<CachedPage>> {
        self.pages.get(key)
    }

    fn put(&self, key: &str, page: CachedPage) -> Arc<CachedPage> {
        self.pages.put(key, page)
    }

    /// `page`'s gzipped answer; the first one made is counted in the budget.
    pub fn gzip_chunks(
        &self,
        key: &str,
        page: &Arc<CachedPage>,
        token: &str,
    ) -> ([Bytes; 4], usize) {
        let (chunks, made) = page.gzip_chunks_made(token);
        if made {
            self.pages.reweigh(key, page);
        }
        chunks
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use masthead_core::chrono::{Duration, Utc};

    #[test]
    fn pages_are_served_for_their_version_only() {
        let cache = PageCache::new(1 << 20);
        let now = Utc::now();
        let marker = TOKEN_PLACEHOLDER.as_str();
        let page = CachedPage::new(
            7,
            ArticleId(1),
            ArticleId(1).into(),
            format!("x{marker}y"),
            None,
            3600,
        )
        .unwrap();
        let t0 = Utc::now();
        assert_eq!(page.etag(t0), page.etag(t0 + Duration::seconds(0)));
        assert_ne!(page.etag(t0), page.etag(t0 + Duration::seconds(1800)));
        cache.put("a", page);
        let hit = cache.get("a").unwrap();
        assert!(hit.current(7, now));
        assert_eq!(hit.chunks("T").concat(), b"xTy");
        assert_eq!(hit.len("T"), 3);
        assert!(!hit.current(8, now));
        assert!(cache.get("b").is_none());
        let expiring = CachedPage::new(
            7,
            ArticleId(2),
            ArticleId(2).into(),
            marker.to_string(),
            Some(now + Duration::seconds(1)),
            3600,
        );
        cache.put("c", expiring.unwrap());
        // A page that shows the marker twice (a comment quoting it) is not cached.
        let twice = format!("{marker}{marker}");
        assert!(CachedPage::new(7, ArticleId(3), ArticleId(3).into(), twice, None, 3600).is_none());
        let c = cache.get("c").unwrap();
        assert!(c.current(7, now));
        assert!(!c.current(7, now + Duration::seconds(1)));
    }

    #[test]
    fn a_pages_gzipped_copy_counts_in_the_budget_once_made() {
        let cache = PageCache::new(1 << 20);
        let marker = TOKEN_PLACEHOLDER.as_str();
        let text: String = (0..2000).map(|i| format!("<p>comment {i}</p>")).collect();
        let page = CachedPage::new(
            1,
            ArticleId(1),
            ArticleId(1).into(),
            format!("{text}{marker}{text}"),
            None,
            3600,
        )
        .unwrap();
        let page = cache.put("a", page);
        let before = cache.stats().bytes;
        assert!(before > 2 * text.len(), "the text is counted");
        let (chunks, len) = cache.gzip_chunks("a", &page, "T");
        assert_eq!(chunks.concat().len(), len);
        let gz = page.gzipped.get().expect("made").bytes();
        assert_eq!(cache.stats().bytes, before + gz, "counted once it exists");
        // Asked again: counted once.
        cache.gzip_chunks("a", &page, "U");
        assert_eq!(cache.stats().bytes, before + gz);
    }
}
