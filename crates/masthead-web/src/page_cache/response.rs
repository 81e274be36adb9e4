//! Whole answers of the home page and the public REST lists, under the
//! generation every change moves.
use super::gzip;
use super::lru::{Lru, Weigh};
use axum::http::{HeaderName, HeaderValue, header};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use masthead_core::Timestamp;
use std::sync::Arc;

/// A whole answer to keep: its body, content type and extra headers.
pub struct Answer {
    pub body: Bytes,
    pub content_type: &'static str,
    pub headers: Vec<(HeaderName, HeaderValue)>,
}

impl Answer {
    /// Sent as it is when caching is off (the compression layer may gzip it).
    pub(super) fn into_response(self) -> Response {
        let mut response = ([(header::CONTENT_TYPE, self.content_type)], self.body).into_response();
        response.headers_mut().extend(self.headers);
        response
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
    /// The body gzipped, made when a client first asks for it.
    gzipped: std::sync::OnceLock<Bytes>,
}

impl CachedResponse {
    /// The stored answer, ready to send (the body is shared, not copied),
    /// gzipped once for every client that takes it.
    pub fn response(&self, gzip: bool) -> axum::response::Response {
        use axum::http::header;
        use axum::response::IntoResponse;
        let mut response = if gzip {
            let body = self.gzipped.get_or_init(|| gzip::gzip(&self.body));
            (
                [
                    (header::CONTENT_TYPE, self.content_type),
                    (header::CONTENT_ENCODING, "gzip"),
                    (header::VARY, "accept-encoding"),
                ],
                body.clone(),
            )
                .into_response()
        } else {
            (
                [(header::CONTENT_TYPE, self.content_type)],
                self.body.clone(),
            )
                .into_response()
        };
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
        // A quarter of the body for its gzipped copy, made later.
        self.body.len() + self.body.len() / 4 + headers + std::mem::size_of::<Self>()
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
        answer: Answer,
        expires: Option<Timestamp>,
    ) -> Arc<CachedResponse> {
        self.entries.put(
            &key,
            CachedResponse {
                generation,
                body: answer.body,
                headers: answer.headers,
                content_type: answer.content_type,
                expires,
                gzipped: std::sync::OnceLock::new(),
            },
        )
    }

    pub fn usage(&self) -> (usize, usize) {
        self.entries.usage()
    }
}
