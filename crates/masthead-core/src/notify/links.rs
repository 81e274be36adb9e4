//! The signed links in notification messages: a moderator's one-click
//! approve/spam/trash, a commenter's address confirmation and unsubscribe.
//! `n1.PURPOSE.SUBJECT.EXPIRES.SIGNATURE`, signed with the site's secret,
//! so a link cannot be made up or changed to act on another comment or
//! address, and stops working when it expires.
use crate::Timestamp;
use crate::comment::ModerationAction;
use crate::comment::token::{same, sign};
use crate::ids::{ArticleId, CommentId};

/// How long a moderator's or a confirmation link works.
pub const ACTION_DAYS: i64 = 7;
/// Unsubscribe links keep working long after the message (RFC 8058 asks
/// that they work as long as the mail may be read).
pub const UNSUBSCRIBE_DAYS: i64 = 400;

/// What a link does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MailAction {
    /// A moderator's approve, spam or trash of a held comment.
    Moderate(CommentId, ModerationAction),
    /// Confirms that this address wants mail (double opt-in).
    Confirm(String),
    /// Stops mail about one article's discussion, or (`None`) all mail.
    Unsubscribe(String, Option<ArticleId>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum LinkError {
    #[error("This link is not valid. Please use the link from the message as it was sent.")]
    Invalid,
    #[error("This link has expired.")]
    Expired,
}

/// Issues and checks the links with the site's secret.
pub struct MailTokens<'a> {
    secret: &'a [u8],
}

fn hex(s: &str) -> String {
    s.bytes().map(|b| format!("{b:02x}")).collect()
}

fn unhex(s: &str) -> Option<String> {
    if !s.len().is_multiple_of(2) || s.len() > 1024 {
        return None;
    }
    let bytes: Option<Vec<u8>> = (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect();
    String::from_utf8(bytes?).ok()
}

impl<'a> MailTokens<'a> {
    pub fn new(secret: &'a [u8]) -> Self {
        Self { secret }
    }

    fn signature(&self, purpose: &str, subject: &str, expires: i64) -> String {
        sign(
            self.secret,
            &[
                b"masthead-mail:",
                purpose.as_bytes(),
                b".",
                subject.as_bytes(),
                b".",
                expires.to_string().as_bytes(),
            ],
        )
    }

    /// A token for `action`, working until its lifetime from `now` ends.
    pub fn issue(&self, action: &MailAction, now: Timestamp) -> String {
        let (purpose, subject, days) = match action {
            MailAction::Moderate(id, a) => ("mod", format!("{}-{}", id.0, a.as_str()), ACTION_DAYS),
            MailAction::Confirm(email) => ("confirm", hex(email), ACTION_DAYS),
            MailAction::Unsubscribe(email, article) => (
                "unsub",
                format!("{}-{}", article.map_or(0, |a| a.0), hex(email)),
                UNSUBSCRIBE_DAYS,
            ),
        };
        let expires = now.timestamp() + days * 86_400;
        let sig = self.signature(purpose, &subject, expires);
        format!("n1.{purpose}.{subject}.{expires}.{sig}")
    }

    /// What a token asks for, if masthead issued it and it has not expired.
    pub fn verify(&self, token: &str, now: Timestamp) -> Result<MailAction, LinkError> {
        let mut parts = token.trim().split('.');
        let (Some("n1"), Some(purpose), Some(subject), Some(expires), Some(sig), None) = (
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
        ) else {
            return Err(LinkError::Invalid);
        };
        let expires: i64 = expires.parse().map_err(|_| LinkError::Invalid)?;
        if !same(&self.signature(purpose, subject, expires), sig) {
            return Err(LinkError::Invalid);
        }
        if now.timestamp() > expires {
            return Err(LinkError::Expired);
        }
        let action = match purpose {
            "mod" => {
                let (id, verb) = subject.split_once('-').ok_or(LinkError::Invalid)?;
                let id = id.parse().map_err(|_| LinkError::Invalid)?;
                let verb: ModerationAction = verb.parse().map_err(|_| LinkError::Invalid)?;
                MailAction::Moderate(CommentId(id), verb)
            }
            "confirm" => MailAction::Confirm(unhex(subject).ok_or(LinkError::Invalid)?),
            "unsub" => {
                let (article, email) = subject.split_once('-').ok_or(LinkError::Invalid)?;
                let article: i64 = article.parse().map_err(|_| LinkError::Invalid)?;
                MailAction::Unsubscribe(
                    unhex(email).ok_or(LinkError::Invalid)?,
                    (article > 0).then_some(ArticleId(article)),
                )
            }
            _ => return Err(LinkError::Invalid),
        };
        Ok(action)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_say_what_they_were_issued_for_and_nothing_else() {
        let now = chrono::Utc::now();
        let t = MailTokens::new(b"secret");
        for action in [
            MailAction::Moderate(CommentId(7), ModerationAction::Approve),
            MailAction::Confirm("a@example.org".into()),
            MailAction::Unsubscribe("a@example.org".into(), Some(ArticleId(3))),
            MailAction::Unsubscribe("a@example.org".into(), None),
        ] {
            let token = t.issue(&action, now);
            assert_eq!(t.verify(&token, now), Ok(action.clone()));
            assert_eq!(
                MailTokens::new(b"other").verify(&token, now),
                Err(LinkError::Invalid)
            );
            let later = now + chrono::Duration::days(UNSUBSCRIBE_DAYS + 1);
            assert_eq!(t.verify(&token, later), Err(LinkError::Expired));
        }
        let token = t.issue(
            &MailAction::Moderate(CommentId(7), ModerationAction::Approve),
            now,
        );
        let forged = token.replace("7-approve", "8-approve");
        assert_eq!(t.verify(&forged, now), Err(LinkError::Invalid));
        for junk in ["", "n1", "n1.mod.x.1.y", "n1.a.b.c.d.e", "\r\n"] {
            assert_eq!(t.verify(junk, now), Err(LinkError::Invalid), "{junk}");
        }
    }
}
