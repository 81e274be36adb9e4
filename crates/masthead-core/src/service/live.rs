//! Live coverage (issue 29, part 4): switching a story to live coverage and
//! adding its timestamped updates — from the command line, and the same use
//! case for every other door. An update is HTML or Markdown held to the
//! article policy, as an article body is.
use crate::Timestamp;
use crate::html::render_markdown;
use crate::store::{LiveEntry, Store, StoreError};

/// The longest update, in bytes of source.
pub const ENTRY_MAX_BYTES: usize = 64 * 1024;

#[derive(Debug, thiserror::Error)]
pub enum LiveError {
    #[error("There is no such article.")]
    NotFound,
    #[error("An update needs some words.")]
    Empty,
    #[error("An update may be at most 64 KiB.")]
    TooLong,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl crate::Localized for LiveError {
    fn message(&self, t: crate::i18n::Tr) -> String {
        match self {
            Self::NotFound => t.t("live-error-not-found"),
            Self::Empty => t.t("live-error-empty"),
            Self::TooLong => t.t("live-error-too-long"),
            Self::Store(e) => e.message(t),
        }
    }
}

/// Switches `slug`'s live coverage on or off; `false` when it already was.
pub async fn set_live(
    store: &dyn Store,
    slug: &str,
    on: bool,
    now: Timestamp,
) -> Result<bool, LiveError> {
    let article = store
        .article_by_slug(slug)
        .await?
        .ok_or(LiveError::NotFound)?;
    Ok(store.set_coverage(article.id, on, now).await?)
}

/// Adds an update to `slug`'s live coverage (switching it on if it was
/// not: an update is news).
pub async fn add_live_entry(
    store: &dyn Store,
    slug: &str,
    source: &str,
    author: &str,
    now: Timestamp,
) -> Result<LiveEntry, LiveError> {
    if source.len() > ENTRY_MAX_BYTES {
        return Err(LiveError::TooLong);
    }
    let html = render_markdown(source);
    if crate::html::to_text(html.as_str()).trim().is_empty() {
        return Err(LiveError::Empty);
    }
    let article = store
        .article_by_slug(slug)
        .await?
        .ok_or(LiveError::NotFound)?;
    if !store.coverage(article.id).await?.is_some_and(|c| c.is_on()) {
        store.set_coverage(article.id, true, now).await?;
    }
    Ok(store.add_entry(article.id, &html, author, now).await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_update_is_held_to_the_article_policy() {
        let html = render_markdown("<p>Polls close <b>now</b>.</p><script>alert(1)</script>");
        assert!(html.as_str().contains("<b>now</b>"));
        assert!(!html.as_str().contains("script"));
    }
}
