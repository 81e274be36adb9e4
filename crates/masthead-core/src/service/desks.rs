//! Section desks: a moderator limited to sections sees and acts only on
//! comments under articles in them. The doors filter their lists with
//! [`crate::store::CommentFilter::sections`]; every change goes through
//! [`outside`], called by the moderation use case and the staff edits.
use crate::comment::Actor;
use crate::ids::CommentId;
use crate::store::{Store, StoreResult};
use crate::user::reaches;

/// The comments of `ids` that `actor`'s desk does not reach (none for an
/// unlimited actor; ids that do not exist are left to the caller).
pub async fn outside(
    store: &dyn Store,
    actor: &Actor,
    ids: &[CommentId],
) -> StoreResult<Vec<CommentId>> {
    if actor.sections.is_empty() {
        return Ok(Vec::new());
    }
    Ok(store
        .comment_sections(ids)
        .await?
        .into_iter()
        .filter(|(_, sections)| !reaches(&actor.sections, sections))
        .map(|(id, _)| id)
        .collect())
}

/// The list filter of a desk: `None` for an unlimited account.
pub fn list_filter(sections: &[String]) -> Option<Vec<String>> {
    (!sections.is_empty()).then(|| sections.to_vec())
}
