//! A reader's comment, from the form or the REST API, checked in WordPress's
//! order and stored with its moderation verdict.
use crate::Timestamp;
use crate::article::Article;
use crate::comment::{
    CommentForm, CommentStatus, FieldError, FormTokens, ModerationFacts, NewComment, Subject,
    TokenError, moderate,
};
use crate::html::{count_links, render_comment};
use crate::ids::{ArticleId, CommentId};
use crate::settings::SiteSettings;
use crate::store::{DuplicateProbe, Store, StoreError};

/// A comment as it arrives, from the form, the CLI or (later) the REST API.
#[derive(Debug, Clone)]
pub struct Submission {
    pub article_id: ArticleId,
    pub parent_id: Option<CommentId>,
    pub form: CommentForm,
    pub ip: Option<String>,
    pub user_agent: Option<String>,
    pub now: Timestamp,
    /// Where the comment came from, and the form token if it came from a form.
    pub channel: Channel,
    /// Whatever a bot typed into the hidden honeypot field.
    pub honeypot: String,
}

/// How a comment arrived.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Channel {
    /// The HTML form, with the signed token of the form the comment was
    /// written in; `None` for a form masthead did not serve (an old theme's).
    Form { token: Option<String> },
    /// The REST API: no form, so no token; every other rule applies.
    Api,
}

/// Why a submission was refused. The web layer maps each to its status code.
#[derive(Debug, thiserror::Error)]
pub enum SubmitError {
    #[error("Sorry, that article was not found.")]
    ArticleNotFound,
    #[error("Sorry, comments are closed for this item.")]
    CommentsClosed,
    /// The parent is held, spam, trashed, missing or on another article: to
    /// a reader, as in WordPress, all of these look alike.
    #[error("Sorry, replies to unapproved comments are not allowed.")]
    ParentNotApproved,
    /// Staff answered or edited a comment that does not exist.
    #[error("There is no comment with id {0}.")]
    CommentNotFound(CommentId),
    #[error("{}", .0.first().map(|e| e.message).unwrap_or("Please check the form."))]
    Invalid(Vec<FieldError>),
    #[error("Duplicate comment detected; it looks as though you’ve already said that!")]
    Duplicate,
    #[error("The form could not be verified. Please reload the page and post your comment again.")]
    InvalidToken,
    #[error("This form has expired. Please check your comment and post it again.")]
    ExpiredToken,
    #[error(
        "That was quicker than anyone can write a comment. Please wait a moment and post again."
    )]
    TooFast { retry_after: u64 },
    #[error("You are posting comments too quickly. Slow down.")]
    Flood { retry_after: u64 },
    #[error(transparent)]
    Store(#[from] StoreError),
}

#[derive(Debug, Clone)]
pub struct Accepted {
    pub id: CommentId,
    pub status: CommentStatus,
    pub article: Article,
}

/// Checks, renders, moderates and stores one comment, in WordPress's order:
/// article, open for comments, parent, fields, duplicate, moderation.
pub async fn submit_comment(
    store: &dyn Store,
    settings: &SiteSettings,
    secret: &[u8],
    sub: Submission,
) -> Result<Accepted, SubmitError> {
    let article = store
        .article_by_id(sub.article_id)
        .await?
        .filter(|a| a.is_live(sub.now))
        .ok_or(SubmitError::ArticleNotFound)?;
    if !article.accepts_comments(sub.now, settings.moderation.close_after_days) {
        return Err(SubmitError::CommentsClosed);
    }
    if let Some(parent) = sub.parent_id {
        let ok = store
            .comment(parent)
            .await?
            .is_some_and(|p| p.status == CommentStatus::Approved && p.article_id == article.id);
        if !ok {
            return Err(SubmitError::ParentNotApproved);
        }
    }
    let rules = &settings.moderation;
    if let Channel::Form { token: Some(token) } = &sub.channel {
        let max_age = u64::from(rules.form_max_age_hours) * 3600;
        FormTokens::new(secret)
            .verify(
                token,
                article.id,
                sub.now,
                u64::from(rules.min_fill_seconds),
                max_age,
            )
            .map_err(|e| match e {
                TokenError::Invalid => SubmitError::InvalidToken,
                TokenError::Expired => SubmitError::ExpiredToken,
                TokenError::TooFast { retry_after } => SubmitError::TooFast { retry_after },
            })?;
    }
    let valid = sub.form.validate().map_err(SubmitError::Invalid)?;
    let probe = DuplicateProbe {
        article_id: article.id,
        parent_id: sub.parent_id,
        author_name: &valid.author_name,
        author_email: &valid.author_email,
        content_source: &valid.content_source,
    };
    if store.is_duplicate(&probe).await? {
        return Err(SubmitError::Duplicate);
    }
    if rules.flood_seconds > 0 {
        let ip = sub.ip.as_deref().unwrap_or("");
        if let Some(last) = store.last_comment_at(ip, &valid.author_email).await? {
            let since = (sub.now - last).num_seconds().max(0).unsigned_abs();
            let interval = u64::from(rules.flood_seconds);
            if since < interval {
                return Err(SubmitError::Flood {
                    retry_after: interval - since,
                });
            }
        }
    }
    let content_html = render_comment(&valid.content_source, &settings.allowlist);
    let facts = ModerationFacts {
        previously_approved: store
            .has_approved_comment_by(&valid.author_name, &valid.author_email)
            .await?,
        honeypot_filled: !sub.honeypot.trim().is_empty(),
        missing_form_token: sub.channel == Channel::Form { token: None },
        trusted: store.is_trusted_author(&valid.author_email).await?,
    };
    let subject = Subject {
        author: &valid.author_name,
        email: &valid.author_email,
        url: valid.author_url.as_deref().unwrap_or(""),
        content_html: content_html.as_str(),
        ip: sub.ip.as_deref().unwrap_or(""),
        user_agent: sub.user_agent.as_deref().unwrap_or(""),
    };
    let verdict = moderate(
        &settings.moderation,
        &subject,
        count_links(&content_html),
        facts,
    );
    let new = NewComment {
        article_id: article.id,
        parent_id: sub.parent_id,
        author_name: valid.author_name,
        author_email: valid.author_email,
        author_url: valid.author_url,
        author_ip: sub.ip,
        user_agent: sub.user_agent,
        content_source: valid.content_source,
        content_html,
        status: verdict.status,
        moderation_reason: verdict.reason_text(),
        created_at: sub.now,
        user_id: None,
    };
    let id = store.insert_comment(&new).await?;
    Ok(Accepted {
        id,
        status: verdict.status,
        article,
    })
}
