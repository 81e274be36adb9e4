//! Email notifications and moderator webhooks (issue 15): who is told what,
//! in which words, with which signed links. Sending is elsewhere (the
//! binary's outbox worker); this module only decides and composes.
//!
//! Nothing here can be made to mail a stranger: moderators' addresses come
//! from settings, and a commenter is mailed only once their address is
//! confirmed from a message sent to it (double opt-in); the confirmation
//! request itself goes at most once a day to an address.
mod compose;
mod links;
pub(crate) mod settings;

pub use compose::{
    Composed, Held, MailWords, Reply, approval_notice, chat_body, confirmation, digest,
    digest_item, moderator_mail, notice_chat_body, one_line, reason_words, reply_notice,
    webhook_body, webhook_key, webhook_signature,
};
pub use links::{LinkChannel, LinkError, MailAction, MailTokens};
pub use settings::{ModeratorMode, NotifySettings};

/// Bits of a queued comment (`notify_queue.bits`): what happened to it.
pub mod bits {
    /// A reader's new comment.
    pub const NEW: i32 = 1;
    /// Its author asked for follow-up comments by email.
    pub const SUBSCRIBE: i32 = 2;
    /// A moderator approved it after it was held.
    pub const APPROVED: i32 = 4;
    /// Its author's edit, or readers' reports, held it again after it was
    /// approved.
    pub const HELD_AGAIN: i32 = 8;

    use crate::comment::{By, CommentStatus, Rule};

    /// What a change of status queues, the one rule every change follows
    /// (the store applies it in the change's transaction): a held or spam
    /// comment approved tells its author and the followers; an approved
    /// comment its author's edit or readers' reports send back to the queue
    /// tells the moderators again (mail, webhooks, chat). Nothing else is
    /// told (a moderator's own unapproval was their decision).
    pub fn on_change(by: &By, from: CommentStatus, to: CommentStatus) -> i32 {
        use CommentStatus::{Approved, Pending, Spam};
        match (from, to) {
            (Pending | Spam, Approved) => APPROVED,
            (Approved, Pending) if matches!(by, By::Reader | By::System(Rule::Reports)) => {
                HELD_AGAIN
            }
            _ => 0,
        }
    }
}

/// What kind of outbox row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutboxKind {
    Mail,
    /// One held comment for a moderator's hourly digest; folded into one
    /// `Mail` per moderator when the digest goes.
    DigestItem,
    Webhook,
}

impl OutboxKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Mail => "mail",
            Self::DigestItem => "digest_item",
            Self::Webhook => "webhook",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "mail" => Some(Self::Mail),
            "digest_item" => Some(Self::DigestItem),
            "webhook" => Some(Self::Webhook),
            _ => None,
        }
    }
}

/// A message for the outbox, before it is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMessage {
    pub kind: OutboxKind,
    /// An email address, or a webhook's URL.
    pub recipient: String,
    /// One line (no CR or LF); empty for webhooks.
    pub subject: String,
    /// Plain text, or the webhook's JSON.
    pub body: String,
    /// The one-click unsubscribe URL (commenters' mail only).
    pub unsubscribe: Option<String>,
    pub comment_id: Option<i64>,
    /// Names the message: a second copy with the same key is not stored.
    pub dedupe: Option<String>,
}
