//! Rendered article pages, kept per slug under the database's generation
//! number (`SettingsStore::generation`): any change to an article, a setting
//! or an approved comment, made by any process or node, moves the number and
//! so retires every cached page at once. A hit costs one tiny query instead
//! of rendering. The per-visitor form token is not cached: pages are stored
//! with a placeholder and the token is filled in on the way out.
use bytes::Bytes;
use masthead_core::Timestamp;
use masthead_core::ids::ArticleId;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// Stands in for the form token in a cached page (letters only: never escaped).
pub const TOKEN_PLACEHOLDER: &str = "MHFORMTOKENPLACEHOLDERMH";
/// At most this many pages are kept; beyond it, older generations go first.
const MAX_PAGES: usize = 4_096;

pub struct CachedPage {
    pub generation: i64,
    pub article_id: ArticleId,
    /// The page before and after the token: shared, never copied per request.
    before: Bytes,
    after: Bytes,
    /// When the page stops being right by itself (comments close by age).
    valid_until: Option<Timestamp>,
}

impl CachedPage {
    pub fn new(
        generation: i64,
        article_id: ArticleId,
        html: String,
        valid_until: Option<Timestamp>,
    ) -> Self {
        let (before, after) = match html.find(TOKEN_PLACEHOLDER) {
            Some(i) => (
                html[..i].to_string(),
                html[i + TOKEN_PLACEHOLDER.len()..].to_string(),
            ),
            None => (html, String::new()),
        };
        Self {
            generation,
            article_id,
            before: Bytes::from(before),
            after: Bytes::from(after),
            valid_until,
        }
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

    /// A weak validator: the same generation and article give the same page
    /// (apart from the form token, which stays valid for days).
    pub fn etag(&self) -> String {
        format!("W/\"g{}-a{}\"", self.generation, self.article_id.0)
    }
}

#[derive(Default)]
pub struct PageCache {
    pages: Mutex<HashMap<String, Arc<CachedPage>>>,
}

impl PageCache {
    pub fn get(&self, slug: &str, generation: i64, now: Timestamp) -> Option<Arc<CachedPage>> {
        let pages = self.pages.lock().ok()?;
        pages
            .get(slug)
            .filter(|p| p.generation == generation && p.valid_until.is_none_or(|t| now < t))
            .cloned()
    }

    pub fn put(&self, slug: &str, page: CachedPage) -> Arc<CachedPage> {
        let page = Arc::new(page);
        if let Ok(mut pages) = self.pages.lock() {
            if pages.len() >= MAX_PAGES {
                let current = page.generation;
                pages.retain(|_, p| p.generation == current);
                if pages.len() >= MAX_PAGES {
                    pages.clear();
                }
            }
            pages.insert(slug.to_string(), Arc::clone(&page));
        }
        page
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use masthead_core::chrono::{Duration, Utc};

    #[test]
    fn pages_are_served_for_their_generation_only() {
        let cache = PageCache::default();
        let now = Utc::now();
        cache.put(
            "a",
            CachedPage::new(7, ArticleId(1), format!("x{TOKEN_PLACEHOLDER}y"), None),
        );
        let hit = cache.get("a", 7, now).unwrap();
        assert_eq!(hit.chunks("T").concat(), b"xTy");
        assert_eq!(hit.len("T"), 3);
        assert!(cache.get("a", 8, now).is_none());
        assert!(cache.get("b", 7, now).is_none());
        cache.put(
            "c",
            CachedPage::new(
                7,
                ArticleId(2),
                String::new(),
                Some(now + Duration::seconds(1)),
            ),
        );
        assert!(cache.get("c", 7, now).is_some());
        assert!(cache.get("c", 7, now + Duration::seconds(1)).is_none());
    }
}
