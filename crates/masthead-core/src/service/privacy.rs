//! WordPress's personal-data tools, for commenters: everything stored about
//! an email address, as data; its erasure (comments anonymised or deleted);
//! and IP addresses kept only `privacy.ip_retention_days`.
use crate::Timestamp;
use crate::comment::Comment;
use crate::settings::SiteSettings;
use crate::store::{Erasure, Store, StoreResult};
use serde::Serialize;

/// What masthead holds about one email address.
#[derive(Debug, Serialize)]
pub struct PersonalData {
    pub email: String,
    pub exported_at: Timestamp,
    /// Staff let this address's comments skip the hold rules.
    pub trusted: bool,
    pub comments: Vec<ExportedComment>,
    /// Follow-up subscriptions, the confirmation, and mail not sent yet.
    pub mail: crate::store::MailData,
}

#[derive(Debug, Serialize)]
pub struct ExportedComment {
    #[serde(flatten)]
    pub comment: Comment,
    /// The texts it had before its author's edits, oldest first.
    pub earlier_versions: Vec<EarlierVersion>,
}

#[derive(Debug, Serialize)]
pub struct EarlierVersion {
    pub text: String,
    pub replaced_at: Timestamp,
    pub ip: Option<String>,
}

pub async fn export_personal_data(
    store: &dyn Store,
    email: &str,
    now: Timestamp,
) -> StoreResult<PersonalData> {
    let mut comments = Vec::new();
    for c in store.comments_by_email(email).await? {
        let earlier_versions = store
            .past_texts(c.id)
            .await?
            .into_iter()
            .map(|p| EarlierVersion {
                text: p.content_source,
                replaced_at: p.edited_at,
                ip: p.ip,
            })
            .collect();
        comments.push(ExportedComment {
            comment: c,
            earlier_versions,
        });
    }
    Ok(PersonalData {
        email: email.trim().to_string(),
        exported_at: now,
        trusted: store.is_trusted(email).await?,
        comments,
        mail: store.mail_data(email).await?,
    })
}

/// Erases an address's data; how many comments were anonymised or deleted.
pub async fn erase_personal_data(
    store: &dyn Store,
    email: &str,
    how: Erasure,
    now: Timestamp,
) -> StoreResult<u64> {
    store.erase_by_email(email, how, now).await
}

/// Clears IP addresses older than the site keeps them; how many comments
/// lost theirs (0 when the setting keeps them for ever).
pub async fn forget_old_addresses(
    store: &dyn Store,
    settings: &SiteSettings,
    now: Timestamp,
) -> StoreResult<u64> {
    let days = settings.readers.ip_retention_days;
    if days == 0 {
        return Ok(0);
    }
    store
        .clear_addresses_before(now - chrono::Duration::days(i64::from(days)))
        .await
}
