//! The hold and spam rules (WordPress's `check_comment` and disallowed
//! list) that decide a new or edited comment's status, and say why. Pure:
//! the use cases read what the rules need from the store first.
use crate::comment::{CommentStatus, ModerationReason, Reasons};
use crate::settings::ModerationSettings;

/// What moderation needs to know beyond the comment itself (looked up in storage).
#[derive(Debug, Clone, Copy, Default)]
pub struct ModerationFacts {
    /// Earlier approved comments with the same name and email, counted up
    /// to what the rule needs (`comments.trust_after`).
    pub approved_comments: u32,
    /// The hidden honeypot field was filled in: a bot, not a person.
    pub honeypot_filled: bool,
    /// Posted without masthead's signed form token (e.g. an old theme's form).
    pub missing_form_token: bool,
    /// A moderator chose to trust this email: no hold rule applies.
    pub trusted: bool,
    /// The author's newest decided comments (as many as
    /// `comments.recent_history`), and how many were rejected.
    pub recent_decided: u32,
    pub recent_rejected: u32,
}

/// The fewest decided comments a rejection rate is read from: one spam
/// comment is not yet a history.
pub const RECENT_HISTORY_MIN: u32 = 3;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    pub status: CommentStatus,
    pub reasons: Vec<ModerationReason>,
}

impl Verdict {
    /// The reasons as stored, or `None` for an approved comment.
    pub fn stored_reasons(&self) -> Option<Reasons> {
        Reasons::new(self.reasons.clone())
    }
}

/// The text moderation words are matched against, as WordPress does: author,
/// email, website, rendered content, IP and user agent.
pub struct Subject<'a> {
    pub author: &'a str,
    pub email: &'a str,
    pub url: &'a str,
    pub content_html: &'a str,
    pub ip: &'a str,
    pub user_agent: &'a str,
}

fn find_word<'w>(words: &'w [String], subject: &Subject<'_>) -> Option<&'w str> {
    let haystacks = [
        subject.author,
        subject.email,
        subject.url,
        subject.content_html,
        subject.ip,
        subject.user_agent,
    ]
    .map(str::to_lowercase);
    words
        .iter()
        .map(|w| w.trim())
        .filter(|w| !w.is_empty())
        .find(|w| {
            let w = w.to_lowercase();
            haystacks.iter().any(|h| h.contains(&w))
        })
}

/// WordPress's defaults (`check_comment` then the disallowed list), recording
/// every reason rather than only the first so moderators see the whole picture.
pub fn verdict(
    settings: &ModerationSettings,
    subject: &Subject<'_>,
    link_count: usize,
    facts: ModerationFacts,
) -> Verdict {
    let mut spam = Vec::new();
    if facts.honeypot_filled {
        spam.push(ModerationReason::Honeypot);
    }
    if let Some(w) = find_word(&settings.disallowed_words, subject) {
        spam.push(ModerationReason::DisallowedWord(w.to_string()));
    }
    if !spam.is_empty() {
        return Verdict {
            status: CommentStatus::Spam,
            reasons: spam,
        };
    }
    let mut reasons = Vec::new();
    if facts.missing_form_token {
        reasons.push(ModerationReason::NoFormToken);
    }
    if settings.hold_all {
        reasons.push(ModerationReason::HoldAll);
    }
    if settings.max_links > 0 && link_count >= settings.max_links as usize {
        reasons.push(ModerationReason::TooManyLinks {
            links: link_count,
            limit: settings.max_links,
        });
    }
    if let Some(w) = find_word(&settings.moderation_words, subject) {
        reasons.push(ModerationReason::ModerationWord(w.to_string()));
    }
    // WordPress's "previously approved" rule, counted: it trusts whoever
    // sends a name and email that match enough approved comments.
    if facts.approved_comments < settings.trust_after {
        reasons.push(ModerationReason::FirstComment {
            approved: facts.approved_comments,
            needed: settings.trust_after,
        });
    }
    // Coral's "recent history": trust earned is lost again when too many of
    // the author's latest comments were rejected.
    if settings.recent_history > 0
        && facts.recent_decided >= RECENT_HISTORY_MIN.min(settings.recent_history)
        && u64::from(facts.recent_rejected) * 100
            >= u64::from(settings.recent_rejection_rate) * u64::from(facts.recent_decided)
    {
        reasons.push(ModerationReason::RecentRejections {
            rejected: facts.recent_rejected,
            of: facts.recent_decided,
        });
    }
    if facts.trusted {
        reasons.clear();
    }
    let status = if reasons.is_empty() {
        CommentStatus::Approved
    } else {
        CommentStatus::Pending
    };
    Verdict { status, reasons }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn subject(content: &str) -> Subject<'_> {
        Subject {
            author: "Ann",
            email: "ann@example.com",
            url: "",
            content_html: content,
            ip: "127.0.0.1",
            user_agent: "test",
        }
    }

    const KNOWN: ModerationFacts = ModerationFacts {
        approved_comments: 1,
        honeypot_filled: false,
        missing_form_token: false,
        trusted: false,
        recent_decided: 0,
        recent_rejected: 0,
    };

    #[test]
    fn a_rejected_recent_history_sends_an_author_back_to_the_queue() {
        let s = ModerationSettings {
            recent_history: 10,
            recent_rejection_rate: 30,
            ..ModerationSettings::default()
        };
        let history = |decided, rejected| ModerationFacts {
            approved_comments: 5,
            recent_decided: decided,
            recent_rejected: rejected,
            ..KNOWN
        };
        let v = verdict(&s, &subject("hi"), 0, history(10, 3));
        assert_eq!(v.status, CommentStatus::Pending);
        assert_eq!(
            v.reasons,
            vec![ModerationReason::RecentRejections {
                rejected: 3,
                of: 10
            }]
        );
        assert_eq!(
            v.stored_reasons().unwrap().to_string(),
            "3 of the author’s last 10 decided comments were rejected"
        );
        let fine = verdict(&s, &subject("hi"), 0, history(10, 2));
        assert_eq!(fine.status, CommentStatus::Approved, "20% is under 30%");
        let young = verdict(&s, &subject("hi"), 0, history(2, 2));
        assert_eq!(
            young.status,
            CommentStatus::Approved,
            "two is no history yet"
        );
        let off = ModerationSettings {
            recent_history: 0,
            ..s.clone()
        };
        let v = verdict(&off, &subject("hi"), 0, history(10, 10));
        assert_eq!(v.status, CommentStatus::Approved, "0 turns the rule off");
    }

    #[test]
    fn a_trusted_author_skips_holds_but_not_spam() {
        let s = ModerationSettings {
            moderation_words: vec!["casino".into()],
            disallowed_words: vec!["viagra".into()],
            ..ModerationSettings::default()
        };
        let trusted = ModerationFacts {
            approved_comments: 0,
            trusted: true,
            ..KNOWN
        };
        assert_eq!(
            verdict(&s, &subject("casino"), 5, trusted).status,
            CommentStatus::Approved
        );
        assert_eq!(
            verdict(&s, &subject("viagra"), 0, trusted).status,
            CommentStatus::Spam
        );
    }

    #[test]
    fn a_filled_honeypot_is_spam_and_a_missing_token_is_held() {
        let s = ModerationSettings::default();
        let bot = ModerationFacts {
            honeypot_filled: true,
            ..KNOWN
        };
        assert_eq!(
            verdict(&s, &subject("hi"), 0, bot).status,
            CommentStatus::Spam
        );
        let old_form = ModerationFacts {
            missing_form_token: true,
            ..KNOWN
        };
        let v = verdict(&s, &subject("hi"), 0, old_form);
        assert_eq!(v.reasons, vec![ModerationReason::NoFormToken]);
        assert_eq!(v.status, CommentStatus::Pending);
    }

    #[test]
    fn a_known_commenter_without_links_is_approved() {
        let v = verdict(&ModerationSettings::default(), &subject("hi"), 0, KNOWN);
        assert_eq!(v.status, CommentStatus::Approved);
        assert_eq!(v.stored_reasons(), None);
    }

    #[test]
    fn a_first_time_commenter_is_held() {
        let v = verdict(
            &ModerationSettings::default(),
            &subject("hi"),
            0,
            ModerationFacts::default(),
        );
        assert_eq!(v.status, CommentStatus::Pending);
        assert_eq!(
            v.reasons,
            vec![ModerationReason::FirstComment {
                approved: 0,
                needed: 1
            }]
        );
        assert_eq!(
            v.stored_reasons().unwrap().to_string(),
            "first comments from this name and email (approved so far: 0 of 1)"
        );
    }

    #[test]
    fn trust_after_counts_approved_comments_and_zero_holds_nobody() {
        let s = |n| ModerationSettings {
            trust_after: n,
            ..ModerationSettings::default()
        };
        let with = |n| ModerationFacts {
            approved_comments: n,
            ..KNOWN
        };
        let v = verdict(&s(3), &subject("hi"), 0, with(2));
        assert_eq!(v.status, CommentStatus::Pending);
        assert_eq!(
            v.reasons,
            vec![ModerationReason::FirstComment {
                approved: 2,
                needed: 3
            }],
            "{v:?}"
        );
        assert_eq!(
            verdict(&s(3), &subject("hi"), 0, with(3)).status,
            CommentStatus::Approved
        );
        assert_eq!(
            verdict(&s(0), &subject("hi"), 0, with(0)).status,
            CommentStatus::Approved
        );
    }

    #[test]
    fn two_links_are_held_one_is_not() {
        let s = ModerationSettings::default();
        assert_eq!(
            verdict(&s, &subject("x"), 1, KNOWN).status,
            CommentStatus::Approved
        );
        let v = verdict(&s, &subject("x"), 2, KNOWN);
        assert_eq!(v.status, CommentStatus::Pending);
        assert_eq!(
            v.reasons,
            vec![ModerationReason::TooManyLinks { links: 2, limit: 2 }]
        );
    }

    #[test]
    fn moderation_words_hold_and_disallowed_words_spam_case_insensitively() {
        let s = ModerationSettings {
            moderation_words: vec!["Casino".into()],
            disallowed_words: vec!["VIAGRA".into()],
            ..ModerationSettings::default()
        };
        let v = verdict(&s, &subject("best casinos"), 0, KNOWN);
        assert_eq!(
            v.reasons,
            vec![ModerationReason::ModerationWord("Casino".into())]
        );
        let v = verdict(&s, &subject("cheap viagra"), 0, KNOWN);
        assert_eq!(v.status, CommentStatus::Spam);
        let mut sub = subject("fine");
        sub.email = "viagra@example.com";
        assert_eq!(verdict(&s, &sub, 0, KNOWN).status, CommentStatus::Spam);
    }
}
