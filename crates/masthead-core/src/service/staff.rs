//! What staff write: replies from the moderation queue and edits of a
//! reader's comment (from the admin or the REST API).
use super::SubmitError;
use super::moderate::{Change, ModerationError, apply, moderate};
use crate::Timestamp;
use crate::comment::{
    Actor, By, CommentForm, CommentStatus, LONG_COMMENT, ModerationAction, NewComment,
    REQUIRED_COMMENT, Via, limits,
};
use crate::html::render_comment;
use crate::ids::CommentId;
use crate::settings::SiteSettings;
use crate::store::{EditedText, NewText, Store};
use crate::user::User;

/// A reply written by staff from the moderation queue: approved at once,
/// marked as staff, and it approves a held parent (as WordPress does; the
/// approval is logged under the same staff member).
pub async fn staff_reply(
    store: &dyn Store,
    settings: &SiteSettings,
    user: &User,
    via: Via,
    parent: CommentId,
    text: &str,
    now: Timestamp,
) -> Result<CommentId, SubmitError> {
    let parent = store
        .comment(parent)
        .await?
        .ok_or(SubmitError::CommentNotFound(parent))?;
    let actor = Actor::staff(user, via);
    if !super::desks::outside(store, &actor, &[parent.id])
        .await?
        .is_empty()
    {
        return Err(SubmitError::OutsideDesk(parent.id));
    }
    let source = text.trim().to_string();
    if source.is_empty() {
        return Err(SubmitError::Invalid(vec![REQUIRED_COMMENT]));
    }
    if source.len() > limits::COMMENT {
        return Err(SubmitError::Invalid(vec![LONG_COMMENT]));
    }
    if parent.status != CommentStatus::Approved {
        match moderate(store, &[parent.id], ModerationAction::Approve, actor, now).await {
            Ok(_) => {}
            Err(ModerationError::Store(e)) => return Err(e.into()),
            Err(_) => return Err(SubmitError::CommentNotFound(parent.id)),
        }
    }
    let new = NewComment {
        article_id: parent.article_id,
        parent_id: Some(parent.id),
        author_name: user.name.clone(),
        author_email: String::new(),
        author_url: None,
        author_ip: None,
        user_agent: None,
        content_html: render_comment(&source, &settings.allowlist),
        content_source: source,
        status: CommentStatus::Approved,
        moderation_reason: None,
        created_at: now,
        user_id: Some(user.id),
        avatar: None,
        subscribe: false,
        page_title: None,
        reader_id: None,
        filter_score: None,
        filter_decided: false,
    };
    Ok(store.insert_comment(&new).await?)
}

/// A staff edit: any of name, website and text (`None` keeps what is stored),
/// and a new status, saved in one transaction through the moderation door
/// (the REST `status` field is a moderation like any other). The reader's
/// field rules apply and the text is rendered again with the current
/// allowlist.
#[derive(Debug, Clone, Default)]
pub struct StaffEdit {
    pub author: Option<String>,
    pub url: Option<String>,
    pub comment: Option<String>,
    pub status: Option<CommentStatus>,
}

pub async fn edit_comment(
    store: &dyn Store,
    settings: &SiteSettings,
    id: CommentId,
    edit: StaffEdit,
    actor: &Actor,
    now: Timestamp,
) -> Result<(), SubmitError> {
    let existing = store
        .comment(id)
        .await?
        .ok_or(SubmitError::CommentNotFound(id))?;
    if !super::desks::outside(store, actor, &[id]).await?.is_empty() {
        return Err(SubmitError::OutsideDesk(id));
    }
    let text_changes = edit.author.is_some() || edit.url.is_some() || edit.comment.is_some();
    let valid = if text_changes {
        let form = CommentForm {
            author: edit.author.unwrap_or(existing.author_name.clone()),
            // Staff replies have no email; the rules still want one.
            email: if existing.author_email.is_empty() {
                "staff@example.invalid".into()
            } else {
                existing.author_email.clone()
            },
            url: edit
                .url
                .unwrap_or(existing.author_url.clone().unwrap_or_default()),
            comment: edit.comment.unwrap_or(existing.content_source.clone()),
        };
        Some(form.validate().map_err(SubmitError::Invalid)?)
    } else {
        None
    };
    let html = valid
        .as_ref()
        .map(|v| render_comment(&v.content_source, &settings.allowlist));
    let text = valid
        .as_ref()
        .zip(html.as_ref())
        .map(|(v, html)| EditedText {
            author_name: &v.author_name,
            author_url: v.author_url.as_deref(),
            content_source: &v.content_source,
            content_html: html,
        });
    // Logged only when it changes the status, as a staff edit always was.
    let action = edit
        .status
        .filter(|s| *s != existing.status)
        .map(ModerationAction::to_status);
    let ids = [id];
    let change = Change {
        action,
        text: text.map(NewText::Staff),
        ..Change::new(&ids, By::Staff(actor.clone()))
    };
    match apply(store, change, now).await? {
        Ok(_) => Ok(()),
        Err(_) => Err(SubmitError::CommentNotFound(id)),
    }
}
