//! Moderation as one use case: the admin queue, the REST API and the command
//! line all approve, hold, spam, trash, restore, delete and trust through
//! [`moderate`], so they accept and refuse the same things in the same words.
use crate::comment::{Actor, CommentStatus, ModerationAction};
use crate::i18n::Tr;
use crate::ids::CommentId;
use crate::store::{Moderated, ModerationBatch, Store, StoreError};
use crate::{Localized, Timestamp};

#[derive(Debug, thiserror::Error)]
pub enum ModerationError {
    #[error("Select at least one comment.")]
    NoComments,
    /// Nothing was changed: every id must exist for any to be moderated.
    #[error("There is no comment with id {}; nothing was changed.", list(.0))]
    CommentNotFound(Vec<CommentId>),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl Localized for ModerationError {
    fn message(&self, t: Tr) -> String {
        match self {
            Self::NoComments => t.t("error-select-comments"),
            Self::CommentNotFound(ids) => t.s("error-moderation-not-found", "ids", &list(ids)),
            Self::Store(e) => e.message(t),
        }
    }
}

fn list(ids: &[CommentId]) -> String {
    ids.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Applies `action` to every comment in `ids` in one transaction, recording
/// `actor` in the moderation log — or, if any id is unknown, changes nothing.
/// Repeated ids count once.
pub async fn moderate(
    store: &dyn Store,
    ids: &[CommentId],
    action: ModerationAction,
    actor: &Actor,
    now: Timestamp,
) -> Result<Moderated, ModerationError> {
    let mut ids = ids.to_vec();
    ids.sort();
    ids.dedup();
    if ids.is_empty() {
        return Err(ModerationError::NoComments);
    }
    let batch = ModerationBatch {
        ids: &ids,
        action,
        actor,
        at: now,
    };
    let done = store
        .moderate_comments(&batch)
        .await?
        .map_err(ModerationError::CommentNotFound)?;
    if action.target() == Some(CommentStatus::Approved) {
        super::adopt_page_titles(store, &done.changed).await?;
    }
    Ok(done)
}
