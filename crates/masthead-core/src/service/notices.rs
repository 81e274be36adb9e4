//! Notice and action (the EU Digital Services Act, articles 16, 17 and 20):
//! a reader's notice of illegal content is acknowledged; staff decide on it
//! (a removal goes through the moderation door like any other); the
//! notifier hears the decision, and the comment's author gets a statement
//! of reasons — by mail if they left an address, and on the comment's own
//! page — with a signed link to appeal (as for any removal or hiding of a
//! published comment: the moderation door writes the statement and the
//! notification worker mails it); another staff member reviews the
//! appeal, and the author hears the outcome. Mail goes through the outbox.
use super::moderate::{ModerationError, check_desk, moderate, moderate_stating};
use crate::comment::{
    Actor, CommentStatus, IllegalCategory, ModerationAction, NoticeForm, NoticeProblem,
};
use crate::i18n::{Arg, Tr};
use crate::ids::CommentId;
use crate::notify::{NewMessage, OutboxKind};
use crate::settings::SiteSettings;
use crate::signed::{Purpose, Signer};
use crate::store::{GivenStatement, NewNotice, NotifyOutcome, Statement, Store, StoreError};
use crate::{Localized, Timestamp};

/// The shortest and longest appeal, in characters.
pub const APPEAL_MIN: usize = 10;
pub const APPEAL_MAX: usize = 5000;

#[derive(Debug, thiserror::Error)]
pub enum NoticeError {
    #[error("There is no such comment.")]
    NotFound,
    #[error("Please check the notice.")]
    Invalid(Vec<NoticeProblem>),
    #[error("This has been decided already.")]
    Decided,
    #[error("An appeal is reviewed by another staff member than the one who decided.")]
    SameStaff,
    #[error("This link is not valid.")]
    BadLink,
    #[error("Please explain your appeal in 10 to 5000 characters.")]
    BadAppeal,
    #[error(transparent)]
    Moderation(#[from] ModerationError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl Localized for NoticeError {
    fn message(&self, t: Tr) -> String {
        match self {
            Self::NotFound => t.t("error-no-such-comment"),
            Self::Invalid(problems) => problems
                .iter()
                .map(|p| t.t(p.id()))
                .collect::<Vec<_>>()
                .join(" "),
            Self::Decided => t.t("notice-error-decided"),
            Self::SameStaff => t.t("notice-error-same-staff"),
            Self::BadLink => t.t("notice-error-link"),
            Self::BadAppeal => t.t("notice-error-appeal"),
            Self::Moderation(e) => e.message(t),
            Self::Store(e) => e.message(t),
        }
    }
}

/// The signed part of an appeal link: the statement's id.
pub fn appeal_token(secret: &[u8], statement: i64) -> String {
    Signer::new(secret).seal(Purpose::Appeal, &[&statement.to_string()], &[])
}

fn opened(secret: &[u8], token: &str) -> Option<i64> {
    let [id] = Signer::new(secret).open::<1>(Purpose::Appeal, token, &[])?;
    id.parse().ok()
}

/// The appeal page of a statement, as its author's mail links to it.
pub fn appeal_url(base: &str, secret: &[u8], statement: i64) -> String {
    format!(
        "{base}/statements/{statement}?token={}",
        appeal_token(secret, statement)
    )
}

/// Checks a statement's appeal link; the statement's id.
pub fn check_appeal_link(secret: &[u8], statement: i64, token: &str) -> Result<i64, NoticeError> {
    match opened(secret, token) {
        Some(id) if id == statement => Ok(id),
        _ => Err(NoticeError::BadLink),
    }
}

fn mail(to: &str, subject: String, body: String, comment: CommentId, key: String) -> NewMessage {
    NewMessage {
        kind: OutboxKind::Mail,
        recipient: to.to_string(),
        subject,
        body,
        unsubscribe: None,
        comment_id: Some(comment.0),
        dedupe: Some(key),
    }
}

async fn send(store: &dyn Store, messages: &[NewMessage], at: Timestamp) -> Result<(), StoreError> {
    if messages.is_empty() {
        return Ok(());
    }
    store
        .record_notifications(&NotifyOutcome {
            done: &[],
            subscribe: &[],
            messages,
            at,
        })
        .await
}

/// A category in `tr`'s language.
pub fn category_words(tr: Tr, category: &str) -> String {
    match IllegalCategory::parse(category) {
        Some(c) => tr.t(&format!("notice-category-{}", c.as_str().replace('_', "-"))),
        None => tr.t("notice-ground-terms"),
    }
}

/// Stores a reader's notice about an approved comment and, if they gave an
/// address, queues its acknowledgement; the notice's number.
pub async fn submit_notice(
    store: &dyn Store,
    settings: &SiteSettings,
    comment: CommentId,
    form: &NoticeForm,
    now: Timestamp,
) -> Result<i64, NoticeError> {
    let c = store.comment(comment).await?.ok_or(NoticeError::NotFound)?;
    if c.status != CommentStatus::Approved {
        return Err(NoticeError::NotFound);
    }
    let valid = form.validate().map_err(NoticeError::Invalid)?;
    let tr = Tr::new(settings.language);
    let id = store
        .insert_notice(&NewNotice {
            comment_id: comment,
            category: valid.category.as_str(),
            explanation: &valid.explanation,
            notifier_name: &valid.name,
            notifier_email: &valid.email,
            lang: settings.language.code(),
            at: now,
        })
        .await?;
    // Moderators hear of it where they work.
    let mut messages = Vec::new();
    if !settings.notify.chat_webhooks.is_empty() {
        let line = tr.args(
            "notice-chat",
            &[
                ("id", Arg::from(id.to_string())),
                ("comment", Arg::from(comment.0.to_string())),
                (
                    "category",
                    Arg::from(category_words(tr, valid.category.as_str())),
                ),
            ],
        );
        let admin = format!("{}/admin/notices", settings.url.trim_end_matches('/'));
        messages.extend(crate::notify::staff_chat(
            &settings.notify.chat_webhooks,
            &settings.title,
            (&line, &tr.t("notice-chat-review"), &admin),
            Some(comment.0),
            &format!("notice-chat:{id}"),
        ));
    }
    if !valid.email.is_empty() {
        let args = [
            ("id", Arg::from(id.to_string())),
            ("comment", Arg::from(comment.0.to_string())),
            ("site", Arg::from(settings.title.as_str())),
            (
                "category",
                Arg::from(category_words(tr, valid.category.as_str())),
            ),
        ];
        messages.push(mail(
            &valid.email,
            tr.args("notice-ack-subject", &args),
            tr.args("notice-ack-body", &args),
            comment,
            format!("notice-ack:{id}"),
        ));
    }
    send(store, &messages, now).await?;
    Ok(id)
}

/// Staff's decision on a notice: remove the comment (to the trash, through
/// the moderation door, which writes its statement of reasons on the ground
/// of law and queues it for the author) or keep it. The notifier hears it.
/// The statement's id, for a removal that removed something.
pub async fn decide_notice(
    store: &dyn Store,
    settings: &SiteSettings,
    notice: i64,
    remove: bool,
    actor: &Actor,
    now: Timestamp,
) -> Result<Option<i64>, NoticeError> {
    let n = store.notice(notice).await?.ok_or(NoticeError::NotFound)?;
    if n.decided_at.is_some() {
        return Err(NoticeError::Decided);
    }
    let comment_id = n.comment_id.ok_or(NoticeError::NotFound)?;
    if store.comment(comment_id).await?.is_none() {
        return Err(NoticeError::NotFound);
    }
    check_desk(store, actor, &[comment_id]).await?;
    let tr = Tr::new(settings.language);
    let facts = tr.args(
        "notice-facts",
        &[
            ("id", Arg::from(n.id.to_string())),
            ("category", Arg::from(category_words(tr, &n.category))),
        ],
    );
    let mut statement = None;
    if remove {
        // The door every status change goes through (and a section desk's
        // limits with it); it states the removal to the author.
        let given = GivenStatement {
            notice_id: Some(n.id),
            ground: "law",
            category: &n.category,
            facts: &facts,
        };
        let done = moderate_stating(
            store,
            &[comment_id],
            ModerationAction::Trash,
            actor.clone().into(),
            Some(&given),
            now,
        )
        .await?;
        statement = done.statements.first().map(|(_, sid)| *sid);
    }
    let decision = if remove { "removed" } else { "kept" };
    if !store
        .decide_notice(n.id, decision, &actor.name, now)
        .await?
    {
        return Err(NoticeError::Decided);
    }
    if !n.notifier_email.is_empty() {
        let args = [
            ("id", Arg::from(n.id.to_string())),
            ("comment", Arg::from(comment_id.0.to_string())),
            ("site", Arg::from(settings.title.as_str())),
        ];
        let key = if remove {
            "notice-decided-removed"
        } else {
            "notice-decided-kept"
        };
        let message = mail(
            &n.notifier_email,
            tr.args("notice-decided-subject", &args),
            tr.args(key, &args),
            comment_id,
            format!("notice-decided:{}", n.id),
        );
        send(store, &[message], now).await?;
    }
    Ok(statement)
}

/// What a statement says was decided, in `tr`'s language.
pub fn statement_decision(tr: Tr, s: &Statement) -> String {
    tr.t(match s.decision.as_str() {
        "restricted" => "statement-decision-restricted",
        _ => "statement-decision-removed",
    })
}

/// The facts a statement relied on: as written (a notice's), or the words
/// for a decision on the site's terms — a moderator's, or readers' reports'.
pub fn statement_facts(tr: Tr, s: &Statement) -> String {
    if !s.facts.is_empty() {
        s.facts.clone()
    } else if s.automated {
        tr.t("statement-facts-reports")
    } else {
        tr.t("statement-facts-staff")
    }
}

/// The statement of reasons mailed to a comment's author.
pub fn statement_mail(
    tr: Tr,
    settings: &SiteSettings,
    secret: &[u8],
    s: &Statement,
    to: &str,
) -> NewMessage {
    let base = settings.url.trim_end_matches('/');
    let comment = s.comment_id.map_or(0, |c| c.0);
    let url = appeal_url(base, secret, s.id);
    let facts = statement_facts(tr, s);
    let automated = tr.t(if s.automated {
        "statement-automated-yes"
    } else {
        "statement-automated-no"
    });
    let args = [
        ("id", Arg::from(s.id.to_string())),
        ("comment", Arg::from(comment.to_string())),
        ("site", Arg::from(settings.title.as_str())),
        ("category", Arg::from(category_words(tr, &s.category))),
        ("facts", Arg::from(facts.as_str())),
        ("decision", Arg::from(statement_decision(tr, s))),
        ("automated", Arg::from(automated)),
        ("url", Arg::from(url.as_str())),
    ];
    let subject = if s.decision == "restricted" {
        "statement-subject-restricted"
    } else {
        "statement-subject"
    };
    let body = if s.ground == "law" {
        "statement-body"
    } else {
        "statement-body-terms"
    };
    mail(
        to,
        tr.args(subject, &args),
        tr.args(body, &args),
        CommentId(comment),
        format!("statement:{}", s.id),
    )
}

/// The author's appeal against a statement, through its signed link.
pub async fn appeal_statement(
    store: &dyn Store,
    secret: &[u8],
    statement: i64,
    token: &str,
    text: &str,
    now: Timestamp,
) -> Result<(), NoticeError> {
    check_appeal_link(secret, statement, token)?;
    let text = text.trim();
    let n = text.chars().count();
    if !(APPEAL_MIN..=APPEAL_MAX).contains(&n) || text.contains('\0') {
        return Err(NoticeError::BadAppeal);
    }
    if store.statement(statement).await?.is_none() {
        return Err(NoticeError::NotFound);
    }
    if !store.appeal(statement, text, now).await? {
        return Err(NoticeError::Decided);
    }
    Ok(())
}

/// Another staff member's review of an appeal: the removal upheld, or
/// reversed (the comment published again, through the door). The author
/// hears the outcome.
pub async fn decide_appeal(
    store: &dyn Store,
    settings: &SiteSettings,
    statement: i64,
    reverse: bool,
    actor: &Actor,
    now: Timestamp,
) -> Result<(), NoticeError> {
    let s = store
        .statement(statement)
        .await?
        .ok_or(NoticeError::NotFound)?;
    if s.appealed_at.is_none() || s.appeal_decided_at.is_some() {
        return Err(NoticeError::Decided);
    }
    if s.decided_by == actor.name {
        return Err(NoticeError::SameStaff);
    }
    if let Some(c) = s.comment_id {
        check_desk(store, actor, &[c]).await?;
    }
    if reverse && let Some(c) = s.comment_id {
        moderate(store, &[c], ModerationAction::Approve, actor.clone(), now).await?;
    }
    let outcome = if reverse { "reversed" } else { "upheld" };
    if !store
        .decide_appeal(statement, outcome, &actor.name, now)
        .await?
    {
        return Err(NoticeError::Decided);
    }
    if let Some(comment_id) = s.comment_id
        && let Some(c) = store.comment(comment_id).await?
        && !c.author_email.is_empty()
    {
        let tr = Tr::new(settings.language);
        let args = [
            ("id", Arg::from(statement.to_string())),
            ("comment", Arg::from(comment_id.0.to_string())),
            ("site", Arg::from(settings.title.as_str())),
        ];
        let message = mail(
            &c.author_email,
            tr.args("appeal-decided-subject", &args),
            tr.args(&format!("appeal-decided-{outcome}"), &args),
            comment_id,
            format!("appeal:{statement}"),
        );
        send(store, &[message], now).await?;
    }
    Ok(())
}
