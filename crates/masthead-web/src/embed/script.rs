//! `/embed.js`: the script a static page includes. Its address has no
//! content hash (pages name it once, for good), so caches keep it for
//! minutes, not a year; the stylesheet it loads does carry the hash.
//!
//! Its words come from the server: `/api/embed` answers with them in the
//! embed's language. Only what it must say when masthead cannot be reached
//! travels in the script itself: that one sentence in every language, and
//! the site's language to choose by when the page names none.
use crate::state::AppState;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use masthead_core::i18n::{Lang, Tr};
use std::collections::BTreeMap;
use std::sync::LazyLock;

/// The script for each site language, with the assets' version and the
/// "could not be loaded" sentence of every language filled in.
static SCRIPTS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let offline: serde_json::Map<String, serde_json::Value> = Lang::ALL
        .iter()
        .map(|&l| {
            let text = Tr::new(l).t("error-embed-load-failed");
            (l.code().to_string(), serde_json::Value::String(text))
        })
        .collect();
    let offline = serde_json::Value::Object(offline).to_string();
    let js = include_str!("../../static/embed.js")
        .replace(
            "__MASTHEAD_ASSET_VERSION__",
            crate::assets::VERSION.as_str(),
        )
        .replace("\"__MASTHEAD_OFFLINE__\"", &offline);
    Lang::ALL
        .iter()
        .map(|l| js.replace("__MASTHEAD_LANG__", l.code()))
        .collect()
});

/// The script for a site in `lang`.
pub fn embed_js(lang: Lang) -> &'static str {
    let i = Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0);
    SCRIPTS[i].as_str()
}

/// The words embed.js shows itself, by the names it uses.
const SCRIPT_WORDS: &[(&str, &str)] = &[
    ("load_failed", "error-embed-load-failed"),
    ("send_failed", "error-embed-send-failed"),
    ("recommended", "error-embed-recommended"),
    ("retry", "error-embed-retry"),
    ("failed", "error-embed-failed"),
    ("report_question", "error-embed-report-question"),
    ("reason_spam", "error-embed-reason-spam"),
    ("reason_abusive", "error-embed-reason-abusive"),
    ("reason_off-topic", "error-embed-reason-off-topic"),
    ("reason_misinformation", "error-embed-reason-misinformation"),
    ("reason_other", "error-embed-reason-other"),
    ("send_report", "error-embed-send-report"),
    ("report_thanks", "error-embed-report-thanks"),
    ("report_failed", "error-embed-report-failed"),
    ("edit_label", "error-embed-edit-label"),
    ("save", "error-embed-save"),
    ("delete", "error-embed-delete"),
    ("delete_confirm", "error-embed-delete-confirm"),
    ("more", "error-embed-more"),
    ("error_label", "error-label"),
    ("not_posted", "error-not-posted"),
];

/// [`SCRIPT_WORDS`] in `lang`.
pub fn script_words(lang: Lang) -> BTreeMap<String, String> {
    let t = Tr::new(lang);
    SCRIPT_WORDS
        .iter()
        .map(|(name, id)| (name.to_string(), t.t(id)))
        .collect()
}

pub async fn script(State(state): State<AppState>) -> Response {
    // Kept settings: the script is fetched by every reader of every page.
    let lang = state.language(false).await;
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=300"),
        ],
        embed_js(lang),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    /// The size budget of the issue that made the embed: under 15 KB
    /// gzipped (a budget is behaviour, not a timing).
    #[test]
    fn the_embed_stays_under_15_kb_compressed() {
        let js = super::embed_js(masthead_core::i18n::Lang::Ar);
        assert!(!js.contains("__MASTHEAD_"));
        let gz = crate::page_cache::gzip::gzip(js.as_bytes());
        assert!(
            gz.len() < 15 * 1024,
            "embed.js is {} bytes gzipped",
            gz.len()
        );
        let css = include_str!("../../static/embed.css");
        let both = crate::page_cache::gzip::gzip(format!("{js}{css}").as_bytes());
        assert!(
            both.len() < 15 * 1024,
            "with its stylesheet: {} bytes",
            both.len()
        );
    }
}
