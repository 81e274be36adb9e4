//! What a moderator can do to a comment, and who did it. The admin queue,
//! the REST API and the command line all name their actions with these.
use super::CommentStatus;
use serde::Serialize;
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ModerationAction {
    Approve,
    /// Back to the queue (WordPress's "unapprove" / REST `hold`).
    Unapprove,
    Spam,
    /// Out of the spam folder, back to the queue.
    NotSpam,
    Trash,
    /// Out of the trash, back to the queue.
    Restore,
    /// Gone for good; replies keep their text and become top-level.
    Delete,
    /// Approve, and let the author's later comments skip the hold rules.
    Trust,
    /// Approve and mark as an editors' pick (shown first, in the Picks tab).
    Pick,
    /// No longer a pick; the status stays.
    Unpick,
}

impl ModerationAction {
    pub const ALL: [ModerationAction; 10] = [
        Self::Approve,
        Self::Unapprove,
        Self::Spam,
        Self::NotSpam,
        Self::Trash,
        Self::Restore,
        Self::Delete,
        Self::Trust,
        Self::Pick,
        Self::Unpick,
    ];

    /// The verb as forms, the CLI and the moderation log spell it.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Approve => "approve",
            Self::Unapprove => "unapprove",
            Self::Spam => "spam",
            Self::NotSpam => "not-spam",
            Self::Trash => "trash",
            Self::Restore => "restore",
            Self::Delete => "delete",
            Self::Trust => "trust",
            Self::Pick => "pick",
            Self::Unpick => "unpick",
        }
    }

    /// The status the comments end in; `None` when they are deleted or
    /// (unpick) keep theirs.
    pub fn target(self) -> Option<CommentStatus> {
        match self {
            Self::Approve | Self::Trust | Self::Pick => Some(CommentStatus::Approved),
            Self::Unpick => None,
            Self::Unapprove | Self::NotSpam | Self::Restore => Some(CommentStatus::Pending),
            Self::Spam => Some(CommentStatus::Spam),
            Self::Trash => Some(CommentStatus::Trash),
            Self::Delete => None,
        }
    }

    /// Whether it makes (`Some(true)`) or unmakes an editors' pick.
    pub fn picks(self) -> Option<bool> {
        match self {
            Self::Pick => Some(true),
            Self::Unpick => Some(false),
            _ => None,
        }
    }

    /// The action that moves a comment to `status`.
    pub fn to_status(status: CommentStatus) -> Self {
        match status {
            CommentStatus::Approved => Self::Approve,
            CommentStatus::Pending => Self::Unapprove,
            CommentStatus::Spam => Self::Spam,
            CommentStatus::Trash => Self::Trash,
        }
    }

    /// Past tense, for messages ("approved 2 comments").
    pub fn done(self) -> &'static str {
        match self {
            Self::Approve => "approved",
            Self::Unapprove => "unapproved",
            Self::Spam => "marked as spam",
            Self::NotSpam => "marked as not spam",
            Self::Trash => "trashed",
            Self::Restore => "restored",
            Self::Delete => "deleted",
            Self::Trust => "approved and trusted the authors of",
            Self::Pick => "picked",
            Self::Unpick => "unpicked",
        }
    }
}

impl fmt::Display for ModerationAction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("Unknown action “{0}”.")]
pub struct UnknownAction(pub String);

impl FromStr for ModerationAction {
    type Err = UnknownAction;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|a| a.as_str() == s)
            .ok_or_else(|| UnknownAction(s.to_string()))
    }
}

/// Through which door a moderator acted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Via {
    Admin,
    Rest,
    Cli,
    /// A signed link in a moderator's notification mail.
    Mail,
    /// A signed link in a webhook message (a chat channel).
    Webhook,
}

impl Via {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Admin => "admin",
            Self::Rest => "rest",
            Self::Cli => "cli",
            Self::Mail => "mail",
            Self::Webhook => "webhook",
        }
    }
}

/// Who moderated: a signed-in staff member, or whoever ran the command line
/// (no account: the operator's login name).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub user_id: Option<i64>,
    pub name: String,
    pub via: Via,
    /// The sections the actor is limited to (a section desk); empty for
    /// every section.
    pub sections: Vec<String>,
}

impl Actor {
    pub fn staff(user: &crate::user::User, via: Via) -> Self {
        Self {
            user_id: Some(user.id),
            name: user.name.clone(),
            via,
            sections: user.sections.clone(),
        }
    }
}

/// Who changed a comment: what its moderation-log line names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum By {
    /// A staff member or the command line's operator, through a door.
    Staff(Actor),
    /// The comment's own author: an edit that held it again, a deletion.
    Reader,
    /// masthead's own rules, deciding alone.
    System(Rule),
}

/// An automatic decision's rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// Readers' reports took the comment's tally to the threshold.
    Reports,
    /// The spam filter, in auto mode.
    Filter,
}

impl Rule {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Reports => "reports",
            Self::Filter => "filter",
        }
    }
}

impl By {
    /// The log's `actor`: a staff member's name; `author` for the comment's
    /// author (never their name, which an erasure must be able to remove);
    /// the rule's name.
    pub fn name(&self) -> &str {
        match self {
            Self::Staff(a) => &a.name,
            Self::Reader => "author",
            Self::System(rule) => rule.as_str(),
        }
    }

    /// The log's `via`: the staff member's door, or `reader` or `system`.
    pub fn via(&self) -> &'static str {
        match self {
            Self::Staff(a) => a.via.as_str(),
            Self::Reader => "reader",
            Self::System(_) => "system",
        }
    }

    pub fn user_id(&self) -> Option<i64> {
        match self {
            Self::Staff(a) => a.user_id,
            Self::Reader | Self::System(_) => None,
        }
    }

    pub fn is_staff(&self) -> bool {
        matches!(self, Self::Staff(_))
    }
}

impl From<Actor> for By {
    fn from(actor: Actor) -> Self {
        Self::Staff(actor)
    }
}

impl From<&Actor> for By {
    fn from(actor: &Actor) -> Self {
        Self::Staff(actor.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_verb_parses_back() {
        for a in ModerationAction::ALL {
            assert_eq!(a.as_str().parse::<ModerationAction>(), Ok(a));
        }
        assert_eq!(
            "approve:3".parse::<ModerationAction>(),
            Err(UnknownAction("approve:3".into()))
        );
    }

    #[test]
    fn status_actions_land_in_that_status() {
        for s in CommentStatus::ALL {
            assert_eq!(ModerationAction::to_status(s).target(), Some(s));
        }
    }
}
