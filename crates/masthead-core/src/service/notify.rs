//! Turning queued comments into outbox messages: who is told of what. Runs
//! in the notification worker; the queue row and the messages it becomes
//! are swapped in one transaction ([`NotifyStore::record_notifications`]),
//! and every message carries a `dedupe` key, so a crash or a second node
//! running this at the same moment neither loses nor doubles a message.
use super::notices::statement_mail;
use crate::Timestamp;
use crate::comment::{CommentStatus, ModerationAction};
use crate::ids::ArticleId;
use crate::notify::{
    Held, LinkChannel, MailAction, MailTokens, MailWords, ModeratorMode, NewMessage, OutboxKind,
    Reply, approval_notice, bits, chat_body, confirmation, digest, digest_item, moderator_mail,
    reply_notice, webhook_body,
};
use crate::settings::SiteSettings;
use crate::store::{NotifyOutcome, Store, StoreError};
use chrono::{FixedOffset, Offset, Utc};
use std::collections::BTreeMap;

/// The site's language and clock, for composing. Here rather than beside
/// `MailWords`: the settings sit above `notify`, which they configure.
impl MailWords {
    pub fn of(settings: &SiteSettings) -> Self {
        Self {
            tr: crate::i18n::Tr::new(settings.language),
            offset: FixedOffset::east_opt(settings.utc_offset_minutes * 60).unwrap_or(Utc.fix()),
        }
    }
}

/// Queued comments handled per transaction.
const BATCH: u32 = 50;
/// Confirmation requests a day for comments from one IP address: one
/// client ticking the box with strangers' addresses gets few mailed.
pub const CONFIRMATIONS_PER_IP_PER_DAY: u32 = 10;

#[derive(Debug, thiserror::Error)]
pub enum NotifyError {
    /// Links in messages need the site's public address.
    #[error("notifications wait for the setting site.url (links in messages need it)")]
    NoSiteUrl,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The addresses of the pages the signed links open.
pub fn link(base: &str, secret: &[u8], action: &MailAction, now: Timestamp) -> String {
    link_in(base, secret, action, LinkChannel::Mail, now)
}

/// The address of a signed link sent through `channel`.
pub fn link_in(
    base: &str,
    secret: &[u8],
    action: &MailAction,
    channel: LinkChannel,
    now: Timestamp,
) -> String {
    let path = match action {
        MailAction::Moderate(..) => "moderate",
        MailAction::Confirm(_) => "confirm",
        MailAction::Unsubscribe(..) => "unsubscribe",
    };
    let token = MailTokens::new(secret).issue_in(action, channel, now);
    format!("{base}/mail/{path}?token={token}")
}

fn mail(
    recipient: &str,
    c: crate::notify::Composed,
    unsubscribe: Option<String>,
    comment_id: i64,
    dedupe: String,
) -> NewMessage {
    NewMessage {
        kind: OutboxKind::Mail,
        recipient: recipient.to_string(),
        subject: c.subject,
        body: c.body,
        unsubscribe,
        comment_id: Some(comment_id),
        dedupe: Some(dedupe),
    }
}

/// Handles up to one batch of queued comments; how many.
pub async fn produce_notifications(
    store: &dyn Store,
    settings: &SiteSettings,
    secret: &[u8],
    now: Timestamp,
) -> Result<usize, NotifyError> {
    let work = store.notify_work(BATCH).await?;
    if work.is_empty() {
        return Ok(0);
    }
    if settings.url.is_empty() {
        return Err(NotifyError::NoSiteUrl);
    }
    let base = settings.url.as_str();
    let n = &settings.notify;
    let site = settings.title.as_str();
    // The site's language now: what each message is written in, kept as
    // written while it waits in the outbox.
    let words = MailWords::of(settings);
    let mut done = Vec::with_capacity(work.len());
    let mut subscribe: Vec<(ArticleId, String)> = Vec::new();
    let mut messages = Vec::new();
    // Confirmations this batch adds per IP, on top of the stored count.
    let mut by_ip: BTreeMap<String, u32> = BTreeMap::new();
    for w in work {
        done.push(w.queue_id);
        let Some(c) = w.comment else { continue };
        let id = c.id.0;
        let email = c.author_email.trim().to_lowercase();
        let unsubscribe_all = |to: &str| {
            link(
                base,
                secret,
                &MailAction::Unsubscribe(to.to_string(), None),
                now,
            )
        };
        // Spam and trash ask nothing of anyone; nor does an address that
        // said "never mail me again" (until it confirms from an older link).
        let wants = w.bits & bits::SUBSCRIBE != 0
            && !email.is_empty()
            && !w.author_suppressed
            && !matches!(c.status, CommentStatus::Spam | CommentStatus::Trash);
        if wants {
            subscribe.push((c.article_id, email.clone()));
            let mut unknown = 0;
            let asked = match c.author_ip.as_deref().filter(|ip| !ip.is_empty()) {
                Some(ip) => by_ip.entry(ip.to_string()).or_insert(w.ip_confirmations),
                None => &mut unknown,
            };
            if !w.author_confirmed && *asked < CONFIRMATIONS_PER_IP_PER_DAY {
                *asked += 1;
                // At most one request a day to an address, whoever asks.
                let day = now.timestamp() / 86_400;
                let confirm = link(base, secret, &MailAction::Confirm(email.clone()), now);
                let stop = unsubscribe_all(&email);
                messages.push(mail(
                    &email,
                    confirmation(words, site, &confirm, &stop),
                    Some(stop),
                    id,
                    format!("confirm:{email}:{day}"),
                ));
            }
        }
        // A removal or hiding stated to the author (the statement was
        // written with the change; an appeal reversing it wins).
        if w.bits & bits::STATEMENT != 0
            && !email.is_empty()
            && let Some(s) = store.statement_of(c.id).await?
            && s.appeal_outcome.is_none()
        {
            messages.push(statement_mail(words.tr, settings, secret, &s, &email));
        }
        let article_url = format!("{base}/articles/{}", c.article_slug);
        let comment_url = format!("{base}/comments/{id}");
        if w.bits & (bits::NEW | bits::HELD_AGAIN) != 0 && c.status == CommentStatus::Pending {
            // Held again (by its author's edit, by readers' reports):
            // moderators were told of it once already, so this notice is
            // keyed by its own queue row (a second worker's copy of the
            // row still makes none). Keyed by the edit's time, a comment
            // reports held again was never told of a second time.
            let again = if w.bits & bits::NEW == 0 {
                format!(":again{}", w.queue_id)
            } else {
                String::new()
            };
            let act = |a| link(base, secret, &MailAction::Moderate(c.id, a), now);
            let (approve, spam, trash) = (
                act(ModerationAction::Approve),
                act(ModerationAction::Spam),
                act(ModerationAction::Trash),
            );
            let admin = format!("{base}/admin/comments?status=pending");
            let held = Held {
                site_title: site,
                comment_id: id,
                article_title: &w.article_title,
                article_url: &article_url,
                author_name: &c.author_name,
                content_html: c.content_html.as_str(),
                written_at: c.created_at,
                reason: c.moderation_reason.as_ref(),
                approve_url: &approve,
                spam_url: &spam,
                trash_url: &trash,
                admin_url: &admin,
            };
            for m in &n.moderators {
                let dedupe = Some(format!("held:{id}:{m}{again}"));
                messages.push(match n.mode {
                    ModeratorMode::Each => NewMessage {
                        dedupe,
                        ..mail(m, moderator_mail(words, &held), None, id, String::new())
                    },
                    ModeratorMode::Digest => NewMessage {
                        kind: OutboxKind::DigestItem,
                        recipient: m.clone(),
                        subject: String::new(),
                        body: digest_item(words, &held),
                        unsubscribe: None,
                        comment_id: Some(id),
                        dedupe,
                    },
                });
            }
            // Webhook messages carry links of their own purpose.
            let hook = |a| {
                let action = MailAction::Moderate(c.id, a);
                link_in(base, secret, &action, LinkChannel::Webhook, now)
            };
            let (approve, spam, trash) = (
                hook(ModerationAction::Approve),
                hook(ModerationAction::Spam),
                hook(ModerationAction::Trash),
            );
            let hooked = Held {
                approve_url: &approve,
                spam_url: &spam,
                trash_url: &trash,
                ..held.clone()
            };
            for url in &n.chat_webhooks {
                messages.push(NewMessage {
                    kind: OutboxKind::Webhook,
                    recipient: url.clone(),
                    subject: String::new(),
                    body: chat_body(words, &hooked),
                    unsubscribe: None,
                    comment_id: Some(id),
                    dedupe: Some(format!("chat:{id}:{url}{again}")),
                });
            }
            for url in &n.webhooks {
                messages.push(NewMessage {
                    kind: OutboxKind::Webhook,
                    recipient: url.clone(),
                    subject: String::new(),
                    body: webhook_body(words, &hooked),
                    unsubscribe: None,
                    comment_id: Some(id),
                    dedupe: Some(format!("hook:{id}:{url}{again}")),
                });
            }
        }
        let published =
            c.status == CommentStatus::Approved && w.bits & (bits::NEW | bits::APPROVED) != 0;
        if !published {
            continue;
        }
        for f in w.followers.iter().filter(|f| **f != email) {
            let stop = link(
                base,
                secret,
                &MailAction::Unsubscribe(f.clone(), Some(c.article_id)),
                now,
            );
            let notice = reply_notice(
                words,
                &Reply {
                    site_title: site,
                    article_title: &w.article_title,
                    comment_url: &comment_url,
                    replier: &c.author_name,
                    content_html: c.content_html.as_str(),
                    written_at: c.created_at,
                    unsubscribe_url: &stop,
                },
            );
            messages.push(mail(f, notice, Some(stop), id, format!("reply:{id}:{f}")));
        }
        if w.bits & bits::APPROVED != 0 && w.author_confirmed && !email.is_empty() {
            let stop = unsubscribe_all(&email);
            let notice = approval_notice(words, site, &w.article_title, &comment_url, &stop);
            messages.push(mail(
                &email,
                notice,
                Some(stop),
                id,
                format!("approved:{id}"),
            ));
        }
    }
    store
        .record_notifications(&NotifyOutcome {
            done: &done,
            subscribe: &subscribe,
            messages: &messages,
            at: now,
        })
        .await?;
    Ok(done.len())
}

/// Folds the waiting digest items into one message per moderator; how
/// many digests were stored.
pub async fn fold_digests(
    store: &dyn Store,
    settings: &SiteSettings,
    now: Timestamp,
) -> Result<usize, StoreError> {
    let mut by_recipient: BTreeMap<String, Vec<(i64, String)>> = BTreeMap::new();
    for item in store.digest_items().await? {
        by_recipient
            .entry(item.recipient)
            .or_default()
            .push((item.id, item.body));
    }
    let mut stored = 0;
    for (recipient, items) in by_recipient {
        let ids: Vec<i64> = items.iter().map(|(id, _)| *id).collect();
        let bodies: Vec<String> = items.into_iter().map(|(_, b)| b).collect();
        let composed = digest(MailWords::of(settings), &settings.title, &bodies);
        let message = NewMessage {
            kind: OutboxKind::Mail,
            recipient: recipient.clone(),
            subject: composed.subject,
            body: composed.body,
            unsubscribe: None,
            comment_id: None,
            dedupe: Some(format!("digest:{recipient}:{}", ids[0])),
        };
        if store.fold_digest(&ids, &message, now).await? {
            stored += 1;
        }
    }
    Ok(stored)
}

/// How long to wait before attempt `attempts + 1`: `base` doubled per
/// failure, at most six hours.
pub fn retry_delay(base: std::time::Duration, attempts: u32) -> std::time::Duration {
    let factor = 1u32 << attempts.min(20);
    base.saturating_mul(factor)
        .min(std::time::Duration::from_secs(6 * 3600))
}
