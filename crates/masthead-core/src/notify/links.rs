//! The signed links in notification messages: a moderator's one-click
//! approve/spam/trash (from a mail or a webhook message), a commenter's
//! address confirmation and unsubscribe. Each kind of link is its own
//! purpose (`crate::signed`), so a link cannot be made up, changed to act on
//! another comment or address, or used as another kind of link, and it
//! stops working when it expires.
use crate::Timestamp;
use crate::comment::{ModerationAction, Via};
use crate::ids::{ArticleId, CommentId};
use crate::signed::{Fields, Purpose, Signer};

/// How long a moderator's or a confirmation link works.
pub const ACTION_DAYS: i64 = 7;
/// Unsubscribe links keep working long after the message (RFC 8058 asks
/// that they work as long as the mail may be read).
pub const UNSUBSCRIBE_DAYS: i64 = 400;
/// Longest address a link carries.
const EMAIL_MAX: usize = 320;

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

/// Where a link was sent: a moderator's link in a webhook message (a chat
/// channel, read by more people) is not the same purpose as one in a mail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkChannel {
    Mail,
    Webhook,
}

impl LinkChannel {
    /// How a moderation through this link is logged.
    pub fn via(self) -> Via {
        match self {
            Self::Mail => Via::Mail,
            Self::Webhook => Via::Webhook,
        }
    }
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
    signer: Signer<'a>,
}

impl<'a> MailTokens<'a> {
    pub fn new(secret: &'a [u8]) -> Self {
        Self {
            signer: Signer::new(secret),
        }
    }

    /// A token for `action` in a mail, working until its lifetime from `now` ends.
    pub fn issue(&self, action: &MailAction, now: Timestamp) -> String {
        self.issue_in(action, LinkChannel::Mail, now)
    }

    /// A token for `action` sent through `channel` (only moderation links
    /// go to webhooks; the others are always mail).
    pub fn issue_in(&self, action: &MailAction, channel: LinkChannel, now: Timestamp) -> String {
        let expires = |days: i64| (now.timestamp() + days * 86_400).to_string();
        match action {
            MailAction::Moderate(id, a) => {
                let purpose = match channel {
                    LinkChannel::Mail => Purpose::MailModerate,
                    LinkChannel::Webhook => Purpose::WebhookModerate,
                };
                let id = id.0.to_string();
                let fields = [id.as_str(), a.as_str(), &expires(ACTION_DAYS)];
                self.signer.seal(purpose, &fields, &[])
            }
            MailAction::Confirm(email) => {
                let fields = [Fields::encode_text(email), expires(ACTION_DAYS)];
                self.signer
                    .seal(Purpose::MailConfirm, &[&fields[0], &fields[1]], &[])
            }
            MailAction::Unsubscribe(email, article) => {
                let fields = [
                    article.map_or(0, |a| a.0).to_string(),
                    Fields::encode_text(email),
                    expires(UNSUBSCRIBE_DAYS),
                ];
                let fields: Vec<&str> = fields.iter().map(String::as_str).collect();
                self.signer.seal(Purpose::MailUnsubscribe, &fields, &[])
            }
        }
    }

    /// What a token asks for and where it was sent, if masthead issued it
    /// and it has not expired.
    pub fn verify(
        &self,
        token: &str,
        now: Timestamp,
    ) -> Result<(MailAction, LinkChannel), LinkError> {
        let expired = |expires: &str| -> Result<(), LinkError> {
            let expires = Fields::number(expires).ok_or(LinkError::Invalid)?;
            if now.timestamp() > expires {
                return Err(LinkError::Expired);
            }
            Ok(())
        };
        let email = |hex: &str| Fields::text(hex, EMAIL_MAX).ok_or(LinkError::Invalid);
        let purpose = Purpose::of_value(token).ok_or(LinkError::Invalid)?;
        let opened = |p| self.signer.open::<3>(p, token, &[]);
        match purpose {
            Purpose::MailModerate | Purpose::WebhookModerate => {
                let [id, word, expires] = opened(purpose).ok_or(LinkError::Invalid)?;
                let id = Fields::id(id).ok_or(LinkError::Invalid)?;
                let verb: ModerationAction = word.parse().map_err(|_| LinkError::Invalid)?;
                if verb.as_str() != word {
                    return Err(LinkError::Invalid);
                }
                expired(expires)?;
                let channel = if purpose == Purpose::WebhookModerate {
                    LinkChannel::Webhook
                } else {
                    LinkChannel::Mail
                };
                Ok((MailAction::Moderate(CommentId(id), verb), channel))
            }
            Purpose::MailConfirm => {
                let [address, expires] = self
                    .signer
                    .open::<2>(purpose, token, &[])
                    .ok_or(LinkError::Invalid)?;
                let address = email(address)?;
                expired(expires)?;
                Ok((MailAction::Confirm(address), LinkChannel::Mail))
            }
            Purpose::MailUnsubscribe => {
                let [article, address, expires] = opened(purpose).ok_or(LinkError::Invalid)?;
                let article = Fields::number(article).ok_or(LinkError::Invalid)?;
                let address = email(address)?;
                expired(expires)?;
                Ok((
                    MailAction::Unsubscribe(address, (article > 0).then_some(ArticleId(article))),
                    LinkChannel::Mail,
                ))
            }
            _ => Err(LinkError::Invalid),
        }
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
            assert_eq!(
                t.verify(&token, now),
                Ok((action.clone(), LinkChannel::Mail))
            );
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
        let forged = token.replace("nm2.7.", "nm2.8.");
        assert_eq!(t.verify(&forged, now), Err(LinkError::Invalid));
        let to_hook = token.replace("nm2.", "wm2.");
        assert_eq!(t.verify(&to_hook, now), Err(LinkError::Invalid));
        let hook = t.issue_in(
            &MailAction::Moderate(CommentId(7), ModerationAction::Spam),
            LinkChannel::Webhook,
            now,
        );
        assert_eq!(
            t.verify(&hook, now),
            Ok((
                MailAction::Moderate(CommentId(7), ModerationAction::Spam),
                LinkChannel::Webhook
            ))
        );
        for junk in [
            "",
            "n1",
            "nm2.x.1.y",
            "nm2.a.b.c.d.e",
            "\r\n",
            "n1.mod.7-approve.1.ab",
        ] {
            assert_eq!(t.verify(junk, now), Err(LinkError::Invalid), "{junk}");
        }
    }
}
