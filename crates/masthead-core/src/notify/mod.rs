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
    staff_chat, webhook_body, webhook_key, webhook_signature,
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
    /// Staff removed or hid a published comment, or readers' reports hid it
    /// automatically: its author gets the statement of reasons stored with
    /// the change (EU DSA, article 17).
    pub const STATEMENT: i32 = 16;

    use crate::comment::{By, CommentStatus, Rule};

    /// What a change of status queues, the one rule every change follows
    /// (the store applies it in the change's transaction): a held or spam
    /// comment approved tells its author and the followers; an approved
    /// comment its author's edit or readers' reports send back to the queue
    /// tells the moderators again (mail, webhooks, chat); a comment staff
    /// trash (published or held: a rejection is a decision too) or
    /// unapprove, or readers' reports hide, gets its author a statement of
    /// reasons. Spam is not stated (the DSA spares
    /// deceptive high-volume commercial content), nor an author's own doing.
    pub fn on_change(by: &By, from: CommentStatus, to: CommentStatus) -> i32 {
        use CommentStatus::{Approved, Pending, Spam, Trash};
        match (from, to) {
            (Pending | Spam, Approved) => APPROVED,
            (Approved, Pending) if matches!(by, By::System(Rule::Reports)) => {
                HELD_AGAIN | STATEMENT
            }
            (Approved, Pending) if matches!(by, By::Reader) => HELD_AGAIN,
            (Approved | Pending, Trash) | (Approved, Pending) if by.is_staff() => STATEMENT,
            _ => 0,
        }
    }

    /// What a statement of reasons says was decided about a comment moved
    /// to `to`: `removed` (to the trash) or `restricted`
    /// (hidden until reviewed).
    pub fn statement_decision(to: CommentStatus) -> Option<&'static str> {
        match to {
            CommentStatus::Trash => Some("removed"),
            CommentStatus::Pending => Some("restricted"),
            _ => None,
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;
        use crate::comment::{Actor, CommentStatus::*, Via};

        #[test]
        fn staff_removals_and_automated_hiding_are_stated_spam_and_own_deeds_are_not() {
            let staff = By::Staff(Actor {
                user_id: None,
                name: "mo".into(),
                via: Via::Cli,
                sections: Vec::new(),
            });
            let reports = By::System(Rule::Reports);
            assert_eq!(on_change(&staff, Approved, Trash), STATEMENT);
            assert_eq!(on_change(&staff, Pending, Trash), STATEMENT);
            assert_eq!(on_change(&staff, Approved, Pending), STATEMENT);
            assert_eq!(on_change(&staff, Approved, Spam), 0);
            assert_eq!(on_change(&staff, Spam, Trash), 0);
            assert_eq!(
                on_change(&reports, Approved, Pending),
                HELD_AGAIN | STATEMENT
            );
            assert_eq!(on_change(&By::Reader, Approved, Pending), HELD_AGAIN);
            assert_eq!(on_change(&By::Reader, Approved, Trash), 0);
            assert_eq!(on_change(&staff, Pending, Approved), APPROVED);
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
