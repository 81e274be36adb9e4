//! Staff and the people behind comments: sanctions set and cleared, and a
//! commenter's record. The admin, the REST API and the command line all
//! come through here, so they accept and refuse the same things.
use crate::Timestamp;
use crate::comment::{Actor, NewSanction, Sanction, SanctionError, SanctionKind, Target};
use crate::i18n::Tr;
use crate::store::{CommenterHistory, Store, StoreError};
use crate::{Localized, comment::is_email};
use serde::Serialize;

#[derive(Debug, thiserror::Error)]
pub enum CommenterError {
    #[error(transparent)]
    Sanction(#[from] SanctionError),
    #[error("“{0}” is not an email address.")]
    NotEmail(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl Localized for CommenterError {
    fn message(&self, t: Tr) -> String {
        match self {
            Self::Sanction(e) => e.message(t),
            Self::NotEmail(s) => t.s("cli-privacy-not-email", "email", s),
            Self::Store(e) => e.message(t),
        }
    }
}

/// What staff asked for: a sanction of `kind` on `target` (`EMAIL`, `IP`,
/// `CIDR` or `@DOMAIN`), for `days` or until cleared.
#[derive(Debug, Clone)]
pub struct SanctionRequest<'a> {
    pub kind: SanctionKind,
    pub target: &'a str,
    pub reason: &'a str,
    pub days: Option<u32>,
}

/// Sets a sanction (replacing any active one on the same target); what was
/// set. It applies to the next comment on every node: the submission reads
/// the sanctions from the store each time.
pub async fn sanction(
    store: &dyn Store,
    request: &SanctionRequest<'_>,
    by: Actor,
    now: Timestamp,
) -> Result<Sanction, CommenterError> {
    let new = NewSanction::new(
        request.kind,
        request.target,
        request.reason,
        request.days,
        by,
        now,
    )?;
    let id = store.set_sanction(&new).await?;
    Ok(Sanction {
        id,
        kind: new.kind,
        target: new.target,
        reason: new.reason,
        ends_at: new.ends_at,
        set_by: new.by.name,
        set_via: new.by.via.as_str().to_string(),
        created_at: now,
        cleared_at: None,
        cleared_by: None,
    })
}

/// Clears the active sanction on a target; how many there were (0 or 1).
pub async fn clear_sanction(
    store: &dyn Store,
    target: &str,
    by: &Actor,
    now: Timestamp,
) -> Result<u64, CommenterError> {
    let target: Target = target.parse()?;
    Ok(store.clear_sanctions(&target.key(), by, now).await?)
}

/// A commenter as staff see them: their record, whether staff trust them,
/// and every sanction ever set on their address or its domain.
#[derive(Debug, Clone, Serialize)]
pub struct CommenterRecord {
    pub email: String,
    /// Comments by status, reports, names, first and last seen.
    #[serde(flatten)]
    pub history: CommenterHistory,
    pub trusted: bool,
    /// The sanction in force now, if any (the strongest).
    pub sanction: Option<SanctionView>,
    /// Every sanction on the address or its domain, newest first.
    pub sanctions: Vec<SanctionView>,
}

/// A sanction as the JSON of the REST API and the command line shows it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct SanctionView {
    pub id: i64,
    pub kind: SanctionKind,
    pub target: String,
    pub target_kind: &'static str,
    pub reason: String,
    pub ends_at: Option<Timestamp>,
    pub set_by: String,
    pub set_via: String,
    pub created_at: Timestamp,
    pub cleared_at: Option<Timestamp>,
    pub cleared_by: Option<String>,
    pub active: bool,
}

impl SanctionView {
    pub fn of(s: &Sanction, now: Timestamp) -> Self {
        Self {
            id: s.id,
            kind: s.kind,
            target: s.target.key(),
            target_kind: s.target.kind(),
            reason: s.reason.clone(),
            ends_at: s.ends_at,
            set_by: s.set_by.clone(),
            set_via: s.set_via.clone(),
            created_at: s.created_at,
            cleared_at: s.cleared_at,
            cleared_by: s.cleared_by.clone(),
            active: s.active(now),
        }
    }
}

/// One commenter's record, by email (any case).
pub async fn commenter(
    store: &dyn Store,
    email: &str,
    now: Timestamp,
) -> Result<CommenterRecord, CommenterError> {
    let email = email.trim();
    if !is_email(email) {
        return Err(CommenterError::NotEmail(email.chars().take(80).collect()));
    }
    let history = store.commenter_history(email).await?;
    let trusted = store.is_trusted(email).await?;
    let keys = Target::keys_for(email, None);
    let all = store.sanctions_on(&keys).await?;
    let in_force = crate::comment::applying_sanction(&all, email, None, now);
    Ok(CommenterRecord {
        email: email.to_lowercase(),
        history,
        trusted,
        sanction: in_force.map(|s| SanctionView::of(s, now)),
        sanctions: all.iter().map(|s| SanctionView::of(s, now)).collect(),
    })
}
