//! Rendered article pages (`PageCache`), and whole answers of the home page
//! and the public REST lists (`ResponseCache`), kept under the database's
//! generation number (`SettingsStore::generation`): any change to an article,
//! a setting or an approved comment, made by any process or node, moves the
//! number and so retires every cached page at once. A hit costs one tiny query instead
//! of rendering. The per-visitor form token is not cached: pages are stored
//! with a placeholder and the token is filled in on the way out.
use bytes::Bytes;
use masthead_core::Timestamp;
use masthead_core::ids::ArticleId;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// Stands in for the form token in a cached page: random per process (hex,
/// so never escaped), so no comment can contain it on purpose; a page where it
/// does not occur exactly once is not cached.
pub static TOKEN_PLACEHOLDER: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    let mut bytes = [0u8; 16];
    let _ = getrandom::fill(&mut bytes);
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!("mhtoken{hex}")
});
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
    /// How long a form token stays valid: a browser's copy must be younger.
    token_lifetime_secs: i64,
}

impl CachedPage {
    pub fn new(
        generation: i64,
        article_id: ArticleId,
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
            generation,
            article_id,
            before: Bytes::from(html[..i].to_string()),
            after: Bytes::from(html[i + marker.len()..].to_string()),
            valid_until,
            token_lifetime_secs: token_lifetime_secs.max(2),
        })
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
    /// apart from the form token, so the tag also changes every half token
    /// lifetime; a browser revalidating never keeps a form whose token expired.
    pub fn etag(&self, now: Timestamp) -> String {
        let period = now.timestamp().div_euclid(self.token_lifetime_secs / 2);
        format!(
            "W/\"g{}-a{}-t{period}\"",
            self.generation, self.article_id.0
        )
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
        let marker = TOKEN_PLACEHOLDER.as_str();
        let page = CachedPage::new(7, ArticleId(1), format!("x{marker}y"), None, 3600).unwrap();
        let t0 = Utc::now();
        assert_eq!(page.etag(t0), page.etag(t0 + Duration::seconds(0)));
        assert_ne!(page.etag(t0), page.etag(t0 + Duration::seconds(1800)));
        cache.put("a", page);
        let hit = cache.get("a", 7, now).unwrap();
        assert_eq!(hit.chunks("T").concat(), b"xTy");
        assert_eq!(hit.len("T"), 3);
        assert!(cache.get("a", 8, now).is_none());
        assert!(cache.get("b", 7, now).is_none());
        let expiring = CachedPage::new(
            7,
            ArticleId(2),
            marker.to_string(),
            Some(now + Duration::seconds(1)),
            3600,
        );
        cache.put("c", expiring.unwrap());
        // A page that shows the marker twice (a comment quoting it) is not cached.
        let twice = format!("{marker}{marker}");
        assert!(CachedPage::new(7, ArticleId(3), twice, None, 3600).is_none());
        assert!(cache.get("c", 7, now).is_some());
        assert!(cache.get("c", 7, now + Duration::seconds(1)).is_none());
    }
}

/// A cached JSON answer of the public REST API, under the same generation.
pub struct CachedResponse {
    generation: i64,
    body: Bytes,
    headers: Vec<(axum::http::HeaderName, axum::http::HeaderValue)>,
    content_type: &'static str,
    /// Articles go live by the clock alone (scheduled ones): the answer is
    /// right only until the next one does.
    expires: Option<Timestamp>,
}

/// At most this many API answers are kept (they vary with every query string).
const MAX_RESPONSES: usize = 256;
/// Answers larger than this are not kept.
const MAX_RESPONSE_BYTES: usize = 1024 * 1024;

impl CachedResponse {
    /// The stored answer, ready to send (the body is shared, not copied).
    pub fn response(&self) -> axum::response::Response {
        use axum::response::IntoResponse;
        let mut response = (
            [(axum::http::header::CONTENT_TYPE, self.content_type)],
            self.body.clone(),
        )
            .into_response();
        for (k, v) in &self.headers {
            response.headers_mut().insert(k.clone(), v.clone());
        }
        response
    }
}

#[derive(Default)]
pub struct ResponseCache {
    entries: Mutex<HashMap<String, Arc<CachedResponse>>>,
}

impl ResponseCache {
    pub fn get(&self, key: &str, generation: i64, now: Timestamp) -> Option<Arc<CachedResponse>> {
        let entries = self.entries.lock().ok()?;
        entries
            .get(key)
            .filter(|r| r.generation == generation && r.expires.is_none_or(|t| now < t))
            .cloned()
    }

    pub fn put(
        &self,
        key: String,
        generation: i64,
        body: Bytes,
        headers: Vec<(axum::http::HeaderName, axum::http::HeaderValue)>,
        content_type: &'static str,
        expires: Option<Timestamp>,
    ) {
        if body.len() > MAX_RESPONSE_BYTES {
            return;
        }
        let entry = Arc::new(CachedResponse {
            generation,
            body,
            headers,
            content_type,
            expires,
        });
        if let Ok(mut entries) = self.entries.lock() {
            if entries.len() >= MAX_RESPONSES {
                entries.clear();
            }
            entries.insert(key, entry);
        }
    }
}
