//! Why a comment is where it is (held, spam, trash). Stored as codes with
//! their arguments, so nothing reads a sentence back; told in a language only
//! when shown, here and nowhere else: [`Reasons::tell`] for the moderation
//! queue and the mail, `Display` (English, as the command line and its JSON
//! have always said it) for everything else.
use super::ReportReason;
use crate::i18n::{Arg, Lang, Tr};
use serde::{Deserialize, Serialize};
use std::fmt;

/// One reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModerationReason {
    HoldAll,
    TooManyLinks {
        links: usize,
        limit: u32,
    },
    ModerationWord(String),
    /// Fewer approved comments under this name and email than
    /// `comments.trust_after` asks for.
    FirstComment {
        approved: u32,
        needed: u32,
    },
    DisallowedWord(String),
    Honeypot,
    NoFormToken,
    /// Its author edited it after a moderator had approved it: the
    /// moderator approved other words.
    EditedAfterApproval,
    /// Readers' reports took its tally to the threshold: how many readers
    /// had reported it, and their reasons (each once).
    Reported {
        readers: u64,
        kinds: Vec<ReportReason>,
    },
    /// Its author deleted it (it waits in the trash).
    DeletedByAuthor,
    /// Auto mode leaned towards publishing it, unsure, and no proof of work
    /// came with it (`moderation.proof_of_work`).
    NoProof,
    /// The spam filter's score (thousandths of spam likelihood) and the
    /// features that weighed most.
    Filter {
        score: u16,
        leaning: Vec<crate::filter::Leaning>,
    },
    /// A sanction on its author: always pre-moderated, or shadow-banned
    /// (sent to spam, shown to its author only).
    Sanctioned(super::SanctionKind),
    /// Too many of the author's recent comments were rejected (spam or
    /// trash): `rejected` of the last `of` (Coral's "recent history").
    RecentRejections {
        rejected: u32,
        of: u32,
    },
    /// The newsroom's classifier (`moderation.hook_url`) said so, and why.
    Hook {
        verdict: String,
        reason: String,
    },
    /// The classifier did not answer in time (or made no sense): held.
    HookUnanswered,
    /// Words stored before reasons were codes, that no code matched; shown
    /// as they are.
    Text(String),
}

/// Who reads a reason: staff in the queue (and the command line), or the
/// moderators' mail and chat messages, which say it in fuller words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    Queue,
    Mail,
}

impl ModerationReason {
    /// This reason in `tr`'s language, for `to`.
    pub fn tell(&self, tr: Tr, to: Audience) -> String {
        let key = |name: &str| match to {
            Audience::Queue => format!("admin-reason-{name}"),
            Audience::Mail => format!("mail-reason-{name}"),
        };
        match self {
            Self::HoldAll => tr.t(&key("hold-all")),
            Self::Honeypot => tr.t(&key("honeypot")),
            Self::NoFormToken => tr.t(&key("no-token")),
            Self::EditedAfterApproval => tr.t(&key("edited-after-approval")),
            Self::DeletedByAuthor => tr.t(&key("deleted-by-author")),
            Self::NoProof => tr.t(&key("no-proof")),
            Self::TooManyLinks { links, limit } => {
                let limit = i64::from(*limit);
                let limit = match to {
                    Audience::Queue => Arg::from(limit),
                    Audience::Mail => tr.number(limit).into(),
                };
                tr.args(
                    &key("links"),
                    &[("count", Arg::from(*links)), ("limit", limit)],
                )
            }
            Self::ModerationWord(w) => tr.s(&key("moderation-word"), "word", w),
            Self::DisallowedWord(w) => tr.s(&key("disallowed-word"), "word", w),
            Self::FirstComment { approved, needed } => tr.args(
                &key("first-comments"),
                &[
                    ("approved", Arg::from(*approved)),
                    ("needed", Arg::from(*needed)),
                ],
            ),
            Self::Reported { readers, kinds } => {
                let kinds: Vec<String> = kinds
                    .iter()
                    .map(|k| match to {
                        // The queue lists each report's words beside it.
                        Audience::Queue => k.as_str().to_string(),
                        Audience::Mail => tr.t(&format!("mail-report-{}", k.as_str())),
                    })
                    .collect();
                tr.args(
                    &key("reported"),
                    &[
                        ("count", Arg::from(*readers)),
                        ("kinds", kinds.join(", ").into()),
                    ],
                )
            }
            Self::Filter { score, leaning } => {
                let percent = format!("{}%", (u32::from(*score) + 5) / 10);
                let mut said = tr.s(&key("filter"), "score", &percent);
                if to == Audience::Queue && !leaning.is_empty() {
                    let clues: Vec<String> = leaning.iter().map(|l| tell_leaning(l, tr)).collect();
                    said = format!("{said} ({})", clues.join("; "));
                }
                said
            }
            Self::Sanctioned(kind) => tr.t(&key(&format!("sanction-{}", kind.as_str()))),
            Self::RecentRejections { rejected, of } => tr.args(
                &key("recent-rejections"),
                &[
                    ("rejected", Arg::from(*rejected)),
                    ("count", Arg::from(*of)),
                ],
            ),
            Self::Hook { verdict, reason } => tr.args(
                &key("hook"),
                &[
                    ("verdict", Arg::from(verdict.as_str())),
                    ("reason", Arg::from(reason.as_str())),
                ],
            ),
            Self::HookUnanswered => tr.t(&key("hook-unanswered")),
            Self::Text(t) => t.clone(),
        }
    }
}

/// One feature's pull, in `tr`'s language.
fn tell_leaning(l: &crate::filter::Leaning, tr: Tr) -> String {
    use crate::filter::Clue;
    let clue = match &l.clue {
        Clue::Word(w) => tr.s("filter-clue-word", "value", w),
        Clue::Phrase(w) => tr.s("filter-clue-phrase", "value", w),
        Clue::Domain(d) => tr.s("filter-clue-domain", "value", d),
        Clue::Links(n) => tr.args("filter-clue-links", &[("count", Arg::from(*n))]),
        Clue::Shouting => tr.t("filter-clue-shouting"),
        Clue::Punctuation => tr.t("filter-clue-punctuation"),
        Clue::Website => tr.t("filter-clue-website"),
        Clue::NameDigits => tr.t("filter-clue-name-digits"),
        Clue::Approved(n) => tr.args("filter-clue-approved", &[("count", Arg::from(*n))]),
        Clue::Spammed(n) => tr.args("filter-clue-spammed", &[("count", Arg::from(*n))]),
        Clue::Trashed(n) => tr.args("filter-clue-trashed", &[("count", Arg::from(*n))]),
    };
    let towards = if l.spam {
        "filter-towards-spam"
    } else {
        "filter-towards-ham"
    };
    tr.s(towards, "clue", &clue)
}

/// English, as the queue says it.
impl fmt::Display for ModerationReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.tell(Tr::new(Lang::En), Audience::Queue))
    }
}

/// The reasons a comment was held, marked spam or trashed: at least one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reasons(Vec<ModerationReason>);

impl Reasons {
    /// `None` for no reason at all.
    pub fn new(reasons: Vec<ModerationReason>) -> Option<Self> {
        (!reasons.is_empty()).then_some(Self(reasons))
    }

    pub fn one(reason: ModerationReason) -> Self {
        Self(vec![reason])
    }

    pub fn as_slice(&self) -> &[ModerationReason] {
        &self.0
    }

    /// Readers' reports sent it back to the queue.
    pub fn reported(&self) -> bool {
        self.0
            .iter()
            .any(|r| matches!(r, ModerationReason::Reported { .. }))
    }

    /// The reasons in `tr`'s language, for `to`, "; " between them.
    pub fn tell(&self, tr: Tr, to: Audience) -> String {
        self.0
            .iter()
            .map(|r| r.tell(tr, to))
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// The stored form: a JSON list of `{"code": …, arguments…}`, one per
    /// reason, that no language or rewording changes.
    pub fn to_stored(&self) -> String {
        let codes: Vec<Code> = self.0.iter().map(Code::from).collect();
        serde_json::to_string(&codes).unwrap_or_default()
    }

    /// Reads back what [`Reasons::to_stored`] wrote. Anything else (words
    /// from before codes, a code from a newer masthead) is kept verbatim as
    /// [`ModerationReason::Text`]; `None` for nothing stored.
    pub fn from_stored(stored: &str) -> Option<Self> {
        let stored = stored.trim();
        if stored.is_empty() {
            return None;
        }
        let Ok(items) = serde_json::from_str::<Vec<serde_json::Value>>(stored) else {
            return Some(Self::one(ModerationReason::Text(stored.to_string())));
        };
        Self::new(
            items
                .into_iter()
                .map(|item| match serde_json::from_value::<Code>(item.clone()) {
                    Ok(code) => code.into(),
                    Err(_) => ModerationReason::Text(item.to_string()),
                })
                .collect(),
        )
    }
}

/// English, as the command line has always printed it.
impl fmt::Display for Reasons {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.tell(Tr::new(Lang::En), Audience::Queue))
    }
}

/// As its English line: the command line's JSON shows what it always did.
impl Serialize for Reasons {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// The stored shape of one reason. Its codes and field names are the
/// database's: never renamed, only added to.
#[derive(Serialize, Deserialize)]
#[serde(tag = "code", rename_all = "kebab-case")]
enum Code {
    HoldAll,
    Links {
        links: u64,
        limit: u32,
    },
    ModerationWord {
        word: String,
    },
    FirstComments {
        approved: u32,
        needed: u32,
    },
    DisallowedWord {
        word: String,
    },
    Honeypot,
    NoFormToken,
    EditedAfterApproval,
    Reported {
        readers: u64,
        kinds: Vec<String>,
    },
    DeletedByAuthor,
    NoProof,
    /// `clues`: each a stored clue (`word:free`) after `+` (towards spam)
    /// or `-`.
    Filter {
        score: u16,
        clues: Vec<String>,
    },
    Sanctioned {
        kind: String,
    },
    RecentRejections {
        rejected: u32,
        of: u32,
    },
    Hook {
        verdict: String,
        reason: String,
    },
    HookUnanswered,
    Text {
        text: String,
    },
}

impl From<&ModerationReason> for Code {
    fn from(r: &ModerationReason) -> Self {
        use ModerationReason as R;
        match r {
            R::HoldAll => Self::HoldAll,
            R::TooManyLinks { links, limit } => Self::Links {
                links: u64::try_from(*links).unwrap_or(u64::MAX),
                limit: *limit,
            },
            R::ModerationWord(w) => Self::ModerationWord { word: w.clone() },
            R::FirstComment { approved, needed } => Self::FirstComments {
                approved: *approved,
                needed: *needed,
            },
            R::DisallowedWord(w) => Self::DisallowedWord { word: w.clone() },
            R::Honeypot => Self::Honeypot,
            R::NoFormToken => Self::NoFormToken,
            R::EditedAfterApproval => Self::EditedAfterApproval,
            R::Reported { readers, kinds } => Self::Reported {
                readers: *readers,
                kinds: kinds.iter().map(|k| k.as_str().to_string()).collect(),
            },
            R::DeletedByAuthor => Self::DeletedByAuthor,
            R::NoProof => Self::NoProof,
            R::Filter { score, leaning } => Self::Filter {
                score: *score,
                clues: leaning
                    .iter()
                    .map(|l| format!("{}{}", if l.spam { '+' } else { '-' }, l.clue.to_stored()))
                    .collect(),
            },
            R::Sanctioned(kind) => Self::Sanctioned {
                kind: kind.as_str().to_string(),
            },
            R::RecentRejections { rejected, of } => Self::RecentRejections {
                rejected: *rejected,
                of: *of,
            },
            R::Hook { verdict, reason } => Self::Hook {
                verdict: verdict.clone(),
                reason: reason.clone(),
            },
            R::HookUnanswered => Self::HookUnanswered,
            R::Text(t) => Self::Text { text: t.clone() },
        }
    }
}

impl From<Code> for ModerationReason {
    fn from(c: Code) -> Self {
        match c {
            Code::HoldAll => Self::HoldAll,
            Code::Links { links, limit } => Self::TooManyLinks {
                links: usize::try_from(links).unwrap_or(usize::MAX),
                limit,
            },
            Code::ModerationWord { word } => Self::ModerationWord(word),
            Code::FirstComments { approved, needed } => Self::FirstComment { approved, needed },
            Code::DisallowedWord { word } => Self::DisallowedWord(word),
            Code::Honeypot => Self::Honeypot,
            Code::NoFormToken => Self::NoFormToken,
            Code::EditedAfterApproval => Self::EditedAfterApproval,
            Code::Reported { readers, kinds } => Self::Reported {
                readers,
                // Only the list's words are ever stored.
                kinds: kinds.iter().filter_map(|k| k.parse().ok()).collect(),
            },
            Code::DeletedByAuthor => Self::DeletedByAuthor,
            Code::NoProof => Self::NoProof,
            Code::Filter { score, clues } => Self::Filter {
                score,
                leaning: clues
                    .iter()
                    .filter_map(|c| {
                        let (spam, rest) = match c.split_at_checked(1)? {
                            ("+", rest) => (true, rest),
                            ("-", rest) => (false, rest),
                            _ => return None,
                        };
                        Some(crate::filter::Leaning {
                            clue: crate::filter::Clue::from_stored(rest)?,
                            spam,
                        })
                    })
                    .collect(),
            },
            Code::Sanctioned { kind } => match kind.parse() {
                Ok(kind) => Self::Sanctioned(kind),
                Err(_) => Self::Text(kind),
            },
            Code::RecentRejections { rejected, of } => Self::RecentRejections { rejected, of },
            Code::Hook { verdict, reason } => Self::Hook { verdict, reason },
            Code::HookUnanswered => Self::HookUnanswered,
            Code::Text { text } => Self::Text(text),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ModerationReason as R;

    fn every() -> Vec<ModerationReason> {
        vec![
            R::HoldAll,
            R::TooManyLinks { links: 3, limit: 2 },
            R::ModerationWord("casino; \"x\"".into()),
            R::FirstComment {
                approved: 2,
                needed: 3,
            },
            R::DisallowedWord("viagra".into()),
            R::Honeypot,
            R::NoFormToken,
            R::EditedAfterApproval,
            R::Reported {
                readers: 2,
                kinds: vec![ReportReason::Abusive, ReportReason::Spam],
            },
            R::DeletedByAuthor,
            R::NoProof,
            R::Filter {
                score: 973,
                leaning: vec![
                    crate::filter::Leaning {
                        clue: crate::filter::Clue::Word("subscribe".into()),
                        spam: true,
                    },
                    crate::filter::Leaning {
                        clue: crate::filter::Clue::Approved(2),
                        spam: false,
                    },
                ],
            },
            R::Sanctioned(crate::comment::SanctionKind::Premoderate),
            R::Sanctioned(crate::comment::SanctionKind::Shadow),
            R::RecentRejections { rejected: 2, of: 3 },
            R::Hook {
                verdict: "hold".into(),
                reason: "toxicity 0.91".into(),
            },
            R::HookUnanswered,
            R::Text("a rule of long ago".into()),
        ]
    }

    #[test]
    fn every_reason_reads_back_as_stored() {
        let all = Reasons::new(every()).unwrap();
        let stored = all.to_stored();
        assert!(stored.starts_with("[{\"code\":\"hold-all\"}"), "{stored}");
        assert_eq!(Reasons::from_stored(&stored), Some(all));
        assert_eq!(Reasons::from_stored(""), None);
        assert_eq!(Reasons::new(Vec::new()), None);
    }

    #[test]
    fn words_from_before_codes_and_unknown_codes_are_kept_as_they_are() {
        let old = "contains 3 links (limit 2); something else";
        let r = Reasons::from_stored(old).unwrap();
        assert_eq!(r.as_slice(), [R::Text(old.into())]);
        assert_eq!(r.to_string(), old);
        let newer = r#"[{"code":"honeypot"},{"code":"learnt-filter","score":9}]"#;
        let r = Reasons::from_stored(newer).unwrap();
        assert_eq!(r.as_slice()[0], R::Honeypot);
        assert!(matches!(&r.as_slice()[1], R::Text(t) if t.contains("learnt-filter")));
    }

    #[test]
    fn english_is_what_the_command_line_always_printed() {
        let r = Reasons::new(vec![
            R::TooManyLinks { links: 3, limit: 2 },
            R::ModerationWord("casino".into()),
            R::FirstComment {
                approved: 1,
                needed: 2,
            },
        ])
        .unwrap();
        assert_eq!(
            r.to_string(),
            "contains 3 links (limit 2); contains moderation word “casino”; first comments from this name and email (approved so far: 1 of 2)"
        );
        let reported = R::Reported {
            readers: 2,
            kinds: vec![ReportReason::Abusive, ReportReason::Spam],
        };
        assert_eq!(
            reported.to_string(),
            "Reported by 2 readers (abusive, spam)"
        );
        assert_eq!(R::DeletedByAuthor.to_string(), "Deleted by its author");
        assert_eq!(
            serde_json::to_value(Reasons::one(R::Honeypot)).unwrap(),
            "the hidden honeypot field was filled in"
        );
    }

    #[test]
    fn the_queue_and_the_mail_say_it_in_the_site_language() {
        let fr = Tr::new(Lang::Fr);
        let all = Reasons::new(every()).unwrap();
        let queue = all.tell(fr, Audience::Queue);
        let mail = all.tell(fr, Audience::Mail);
        for r in every().iter().filter(|r| !matches!(r, R::Text(_))) {
            let english = r.to_string();
            assert!(!queue.contains(&english), "{english}: {queue}");
            assert!(!mail.contains(&english), "{english}: {mail}");
        }
        assert!(
            queue.contains("2 sur 3") && mail.contains("3 liens"),
            "{mail}"
        );
        assert!(queue.contains("a rule of long ago"));
        let de = R::Reported {
            readers: 2,
            kinds: vec![ReportReason::OffTopic, ReportReason::Spam],
        };
        assert_eq!(
            de.tell(Tr::new(Lang::De), Audience::Mail),
            "von 2 Personen gemeldet (nicht zum Thema, Spam oder Werbung)"
        );
    }
}
