//! The one cache call. A handler says what it keeps (a key), what makes a
//! kept answer stale (its [`Freshness`]) and how to render it; this module
//! reads the version, serves a current copy, lets one request render while
//! others missing the same key wait, stores what was rendered, gzips it once
//! and counts hits and misses. Handlers call [`Caches::get_or_render`] (whole
//! answers) or [`Caches::get_or_render_page`] (pages with a per-visitor form
//! token) once, and never touch the caches themselves.
use super::response::{Answer, CachedResponse, ResponseCache};
use super::{CachedPage, Flights, PageCache, accepts_gzip};
use axum::http::HeaderMap;
use axum::response::Response;
use masthead_core::chrono::Utc;
use masthead_core::ids::ArticleId;
use masthead_core::store::{Store, StoreError};
use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

/// The number a kept answer is kept under: when it moves, the answer is
/// rendered again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Freshness {
    /// Anything any public page shows (the home page, the REST lists,
    /// site feeds, sitemaps).
    Generation,
    /// What every page shares: settings and articles, not comments (search).
    Site,
    /// One article's pages: it, its approved comments and site-wide changes.
    Article(ArticleId),
}

/// What a render made.
pub enum Fresh<T> {
    /// An answer every such request may be given: kept, then sent.
    Keep(T),
    /// An answer for this request only (an error, a redirect, a page that
    /// could not be kept): sent, not kept.
    Send(Response),
}

/// A kept page and whether it came from the cache, for the handler to fill
/// in with the visitor's form token.
pub enum Served {
    Page { page: Arc<CachedPage>, hit: bool },
    Sent(Response),
}

/// The rendered-page cache and the response cache, behind the one call.
pub struct Caches {
    /// `--no-page-cache` turns both off (to measure or debug rendering).
    on: bool,
    store: Arc<dyn Store>,
    pages: PageCache,
    responses: ResponseCache,
    /// One render per key per change, for both caches.
    flights: Flights,
    /// Whole answers rendered and kept by this process, for metrics.
    response_renders: AtomicU64,
}

impl Caches {
    pub fn new(
        store: Arc<dyn Store>,
        on: bool,
        pages_bytes: usize,
        responses_bytes: usize,
    ) -> Self {
        Self {
            on,
            store,
            pages: PageCache::new(pages_bytes),
            responses: ResponseCache::new(responses_bytes),
            flights: Flights::default(),
            response_renders: AtomicU64::new(0),
        }
    }

    /// Whether kept pages are served at all: a handler renders a page of
    /// its own for this visitor when not.
    pub fn on(&self) -> bool {
        self.on
    }

    pub fn page_stats(&self) -> super::PageStats {
        self.pages.stats()
    }

    /// Answers kept in the response cache, their bytes, and how many this
    /// process rendered.
    pub fn response_stats(&self) -> (usize, usize, u64) {
        let (entries, bytes) = self.responses.usage();
        (
            entries,
            bytes,
            self.response_renders.load(Ordering::Relaxed),
        )
    }

    async fn version(&self, freshness: Freshness) -> Result<i64, StoreError> {
        match freshness {
            Freshness::Generation => self.store.generation().await,
            Freshness::Site => self.store.site_version().await,
            Freshness::Article(id) => self.store.page_version(id).await,
        }
    }

    /// The answer kept under `key` while `freshness` has not moved, else the
    /// one `render` makes (given the version it is kept under, read before
    /// it renders so an answer is never older than its version). Stored
    /// answers are also dropped when the next scheduled article goes live.
    pub async fn get_or_render<E, F, Fut>(
        &self,
        key: String,
        freshness: Freshness,
        request: &HeaderMap,
        render: F,
    ) -> Result<Response, E>
    where
        E: From<StoreError>,
        F: FnOnce(i64) -> Fut,
        Fut: Future<Output = Result<Fresh<Answer>, E>>,
    {
        let version = self.version(freshness).await?;
        if !self.on {
            return Ok(match render(version).await? {
                Fresh::Keep(answer) => answer.into_response(),
                Fresh::Send(response) => response,
            });
        }
        let gzip = accepts_gzip(request);
        if let Some(hit) = self.current_response(&key, version) {
            return Ok(hit.response(gzip));
        }
        // Readers who miss while it renders wait for it, then take what it stored.
        let _flight = self.flights.join(&key).await;
        if let Some(hit) = self.current_response(&key, version) {
            return Ok(hit.response(gzip));
        }
        let answer = match render(version).await? {
            Fresh::Keep(answer) => answer,
            Fresh::Send(response) => return Ok(response),
        };
        count(false);
        self.response_renders.fetch_add(1, Ordering::Relaxed);
        let until = self.store.next_scheduled(Utc::now()).await?;
        let kept = self.responses.put(key, version, answer, until);
        Ok(kept.response(gzip))
    }

    fn current_response(&self, key: &str, version: i64) -> Option<Arc<CachedResponse>> {
        let hit = self.responses.get(key, version, Utc::now())?;
        count(true);
        Some(hit)
    }

    /// The page kept under `key` while its article's version has not moved,
    /// else the one `render` makes. Each page names its article, so the
    /// version is read per entry; `render` reads it before what it shows.
    /// A kept page's gzipped answer for `token` (`key`: what it is kept
    /// under, so the copy, made when first asked for, counts in the budget).
    pub fn gzip_chunks(
        &self,
        key: &str,
        page: &Arc<CachedPage>,
        token: &str,
    ) -> ([bytes::Bytes; 4], usize) {
        self.pages.gzip_chunks(key, page, token)
    }

    pub async fn get_or_render_page<E, F, Fut>(&self, key: &str, render: F) -> Result<Served, E>
    where
        E: From<StoreError>,
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<Fresh<CachedPage>, E>>,
    {
        if let Some(page) = self.current_page(key).await? {
            return Ok(Served::Page { page, hit: true });
        }
        let _flight = self.flights.join(key).await;
        if let Some(page) = self.current_page(key).await? {
            return Ok(Served::Page { page, hit: true });
        }
        let fresh = match render().await? {
            Fresh::Keep(page) => page,
            Fresh::Send(response) => return Ok(Served::Sent(response)),
        };
        count(false);
        self.pages.rendered();
        let page = self.pages.put(key, fresh);
        Ok(Served::Page { page, hit: false })
    }

    async fn current_page(&self, key: &str) -> Result<Option<Arc<CachedPage>>, StoreError> {
        let Some(page) = self.pages.get(key) else {
            return Ok(None);
        };
        let version = self.store.page_version(page.article_id).await?;
        if !page.current(version, Utc::now()) {
            return Ok(None);
        }
        count(true);
        self.pages.hit();
        Ok(Some(page))
    }
}

/// `masthead_page_cache_total{result}`: answers served from a cache or rendered.
fn count(hit: bool) {
    let result = if hit { "hit" } else { "miss" };
    metrics::counter!("masthead_page_cache_total", "result" => result).increment(1);
}
