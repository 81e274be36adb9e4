//! Whole answers of the home page and the public REST lists, under the
//! generation every change moves.
use super::{Lru, Weigh};
use bytes::Bytes;
use masthead_core::Timestamp;
use std::sync::Arc;

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

impl Weigh for CachedResponse {
    fn bytes(&self) -> usize {
        let headers: usize = self
            .headers
            .iter()
            .map(|(k, v)| k.as_str().len() + v.len())
            .sum();
        self.body.len() + headers + std::mem::size_of::<Self>()
    }
}

/// Whole answers (the home page, the public REST lists), by URL.
pub struct ResponseCache {
    entries: Lru<CachedResponse>,
}

impl ResponseCache {
    pub fn new(budget_bytes: usize) -> Self {
        Self {
            entries: Lru::new(budget_bytes),
        }
    }

    pub fn get(&self, key: &str, generation: i64, now: Timestamp) -> Option<Arc<CachedResponse>> {
        self.entries
            .get(key)
            .filter(|r| r.generation == generation && r.expires.is_none_or(|t| now < t))
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
        self.entries.put(
            &key,
            CachedResponse {
                generation,
                body,
                headers,
                content_type,
                expires,
            },
        );
    }

    pub fn usage(&self) -> (usize, usize) {
        self.entries.usage()
    }
}
