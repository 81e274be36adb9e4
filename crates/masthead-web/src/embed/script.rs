//! `/embed.js`: the script a static page includes. Its address has no
//! content hash (pages name it once, for good), so caches keep it for
//! minutes, not a year; the stylesheet it loads does carry the hash.
use axum::http::header;
use axum::response::{IntoResponse, Response};
use std::sync::LazyLock;

/// The script, with the assets' version filled in.
pub static EMBED_JS: LazyLock<String> = LazyLock::new(|| {
    include_str!("../../static/embed.js").replace(
        "__MASTHEAD_ASSET_VERSION__",
        crate::assets::VERSION.as_str(),
    )
});

pub async fn script() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=300"),
        ],
        EMBED_JS.as_str(),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    /// The size budget of the issue that made the embed: under 15 KB
    /// gzipped (a budget is behaviour, not a timing).
    #[test]
    fn the_embed_stays_under_15_kb_compressed() {
        let js = super::EMBED_JS.as_str();
        assert!(!js.contains("__MASTHEAD_ASSET_VERSION__"));
        let gz = crate::page_cache::gzip(js.as_bytes());
        assert!(
            gz.len() < 15 * 1024,
            "embed.js is {} bytes gzipped",
            gz.len()
        );
        let css = include_str!("../../static/embed.css");
        let both = crate::page_cache::gzip(format!("{js}{css}").as_bytes());
        assert!(
            both.len() < 15 * 1024,
            "with its stylesheet: {} bytes",
            both.len()
        );
    }
}
