//! A correction an editor writes: the note under the headline, "Updated"
//! with its time, and schema.org `correction` in the page's JSON-LD — the
//! same as an agency's corrected version gets from the wire desk.
use crate::Timestamp;
use crate::article::Correction;
use crate::store::{Store, StoreError};

/// The longest note, in characters.
pub const CORRECTION_MAX: usize = 1000;

#[derive(Debug, thiserror::Error)]
pub enum CorrectionError {
    #[error("There is no such article.")]
    NotFound,
    #[error("A correction needs a note of 1 to 1000 characters.")]
    Note,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl crate::Localized for CorrectionError {
    fn message(&self, t: crate::i18n::Tr) -> String {
        match self {
            Self::NotFound => t.t("live-error-not-found"),
            Self::Note => t.args(
                "correction-error-note",
                &[("max", crate::i18n::Arg::from(CORRECTION_MAX))],
            ),
            Self::Store(e) => e.message(t),
        }
    }
}

/// Puts `note` under `slug`'s headline as its correction (replacing an
/// earlier one) and marks the story updated now, if readers have it.
pub async fn correct_article(
    store: &dyn Store,
    slug: &str,
    note: &str,
    now: Timestamp,
) -> Result<(), CorrectionError> {
    let note = crate::html::to_text(note);
    let note = note.split_whitespace().collect::<Vec<_>>().join(" ");
    if note.is_empty() || note.chars().count() > CORRECTION_MAX {
        return Err(CorrectionError::Note);
    }
    let a = store
        .article_by_slug(slug)
        .await?
        .filter(|a| !a.is_thread())
        .ok_or(CorrectionError::NotFound)?;
    let mut provenance = a.provenance.clone();
    provenance.correction = Some(Correction { note, at: now });
    if a.is_live(now) {
        provenance.revised_at = Some(now);
    }
    store.set_provenance(a.id, &provenance).await?;
    Ok(())
}
