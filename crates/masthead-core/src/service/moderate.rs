//! Moderation as one use case, and the one way a stored comment's status
//! changes. The admin queue, the REST API, the command line and the signed
//! links approve, hold, spam, trash, restore, delete and trust through
//! [`moderate`], so they accept and refuse the same things in the same words;
//! a staff edit, a staff reply approving its parent, a reader's edit or
//! deletion and a hold by readers' reports go through [`apply`]. Either way
//! one store call ([`ModerationStore::moderate_comments`]) writes the change,
//! its moderation-log line naming who made it ([`By`]) and the notifications
//! it queues, in one transaction; and an approval lets a thread adopt the
//! title its comment proposed. A staff decision also teaches the spam
//! filter, in the same transaction.
use super::filter::features_of;
use crate::comment::{By, CommentStatus, ModerationAction, Reasons};
use crate::filter::Features;
use crate::i18n::Tr;
use crate::ids::CommentId;
use crate::store::{
    FilterStore, GivenStatement, Moderated, ModerationBatch, ModerationStore, NewText, Refused,
    Store, StoreError, StoreResult,
};
use crate::{Localized, Timestamp};

#[derive(Debug, thiserror::Error)]
pub enum ModerationError {
    #[error("Select at least one comment.")]
    NoComments,
    /// Nothing was changed: every id must exist for any to be moderated.
    #[error("There is no comment with id {}; nothing was changed.", list(.0))]
    CommentNotFound(Vec<CommentId>),
    /// A section desk's moderator named comments outside their sections:
    /// nothing was changed.
    #[error("Comment {} is outside your sections; nothing was changed.", list(.0))]
    OutsideDesk(Vec<CommentId>),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl Localized for ModerationError {
    fn message(&self, t: Tr) -> String {
        match self {
            Self::NoComments => t.t("error-select-comments"),
            Self::CommentNotFound(ids) => t.s("error-moderation-not-found", "ids", &list(ids)),
            Self::OutsideDesk(ids) => t.s("error-outside-desk", "ids", &list(ids)),
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
/// who acted (`by`: a staff [`crate::comment::Actor`], or masthead's own
/// rules) in the moderation log — or, if any id is unknown, changes nothing.
/// Repeated ids count once.
pub async fn moderate(
    store: &dyn Store,
    ids: &[CommentId],
    action: ModerationAction,
    by: impl Into<By>,
    now: Timestamp,
) -> Result<Moderated, ModerationError> {
    moderate_stating(store, ids, action, by.into(), None, now).await
}

/// [`moderate`], giving the decision's own statement of reasons (a notice's)
/// to each comment it removes or hides.
pub(crate) async fn moderate_stating(
    store: &dyn Store,
    ids: &[CommentId],
    action: ModerationAction,
    by: By,
    statement: Option<&GivenStatement<'_>>,
    now: Timestamp,
) -> Result<Moderated, ModerationError> {
    let mut ids = ids.to_vec();
    ids.sort();
    ids.dedup();
    if ids.is_empty() {
        return Err(ModerationError::NoComments);
    }
    if let By::Staff(actor) = &by {
        check_desk(store, actor, &ids).await?;
    }
    let change = Change {
        action: Some(action),
        statement,
        ..Change::new(&ids, by)
    };
    match apply(store, change, now).await? {
        Ok(done) => Ok(done),
        Err(Refused::Missing(ids)) => Err(ModerationError::CommentNotFound(ids)),
        // Only an author's edit has a limit; there is none here.
        Err(Refused::EditLimit) => Err(ModerationError::CommentNotFound(Vec::new())),
    }
}

/// Refuses the whole of `ids` when any lies outside `actor`'s desk
/// (`ModerationError::OutsideDesk`, naming those), as every door answers it.
pub async fn check_desk(
    store: &dyn Store,
    actor: &crate::comment::Actor,
    ids: &[CommentId],
) -> Result<(), ModerationError> {
    let outside = super::desks::outside(store, actor, ids).await?;
    if outside.is_empty() {
        Ok(())
    } else {
        Err(ModerationError::OutsideDesk(outside))
    }
}

/// A change for [`apply`]: what [`ModerationBatch`] says, with the reasons
/// owned.
#[derive(Debug, Clone)]
pub(crate) struct Change<'a> {
    pub ids: &'a [CommentId],
    pub action: Option<ModerationAction>,
    pub by: By,
    pub only_from: Option<CommentStatus>,
    pub reasons: Option<Reasons>,
    pub text: Option<NewText<'a>>,
    pub statement: Option<&'a GivenStatement<'a>>,
}

impl<'a> Change<'a> {
    /// Nothing yet, by `by`.
    pub fn new(ids: &'a [CommentId], by: By) -> Self {
        Self {
            ids,
            action: None,
            by,
            only_from: None,
            reasons: None,
            text: None,
            statement: None,
        }
    }
}

/// The door every change of a stored comment goes through: one store call
/// (one transaction: the change, its log lines, its notifications), then the
/// thread titles an approval lets threads adopt.
pub(crate) async fn apply(
    store: &dyn Store,
    change: Change<'_>,
    now: Timestamp,
) -> StoreResult<Result<Moderated, Refused>> {
    // A staff decision teaches the spam filter: the features of each
    // comment as it arrived, stored as a lesson with the change.
    let may_teach = change.by.is_staff()
        && change
            .action
            .is_some_and(|a| a.target().is_some() || a.picks() == Some(true));
    let teach: Vec<(CommentId, Features)> = if may_teach {
        FilterStore::filter_inputs(store, change.ids)
            .await?
            .iter()
            .map(|input| (input.id, features_of(input)))
            .collect()
    } else {
        Vec::new()
    };
    let batch = ModerationBatch {
        teach: &teach,
        ids: change.ids,
        action: change.action,
        by: &change.by,
        at: now,
        only_from: change.only_from,
        reasons: change.reasons.as_ref(),
        text: change.text,
        statement: change.statement,
    };
    let done = match ModerationStore::moderate_comments(store, &batch).await? {
        Ok(done) => done,
        refused => return Ok(refused),
    };
    if change.action.and_then(ModerationAction::target) == Some(CommentStatus::Approved) {
        super::threads::adopt_page_titles(store, &done.changed).await?;
    }
    Ok(Ok(done))
}
