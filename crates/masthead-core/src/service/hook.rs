//! The external moderation hook (`moderation.hook_url`): before a comment is
//! stored, masthead asks the newsroom's own classifier, and takes its
//! verdict — approve, hold, spam or refuse, with a reason. Core builds the
//! question and applies the answer; the web layer sends it (through the one
//! outbound client, signed, within `moderation.hook_timeout_ms`). An answer
//! that does not come in time, or makes no sense, holds the comment.
use super::rules::Verdict;
use crate::comment::{CommentStatus, ModerationReason};
use async_trait::async_trait;
use serde::{Deserialize, Serialize};
use std::time::Duration;

/// What the classifier is told. No email address: the hook gets what
/// moderation words see of the author otherwise (name, website, address).
#[derive(Debug, Clone, Serialize)]
pub struct HookQuestion<'a> {
    pub event: &'static str,
    pub article: HookArticle<'a>,
    pub parent_id: Option<i64>,
    pub author_name: &'a str,
    pub author_url: &'a str,
    pub author_ip: &'a str,
    pub user_agent: &'a str,
    pub content: &'a str,
    pub content_html: &'a str,
    /// What masthead's own rules decided: `approved`, `pending` or `spam`,
    /// and why.
    pub masthead: HookMasthead,
}

#[derive(Debug, Clone, Serialize)]
pub struct HookArticle<'a> {
    pub id: i64,
    pub title: &'a str,
    pub path: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct HookMasthead {
    pub status: &'static str,
    pub reasons: Vec<String>,
}

/// The classifier's verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum HookVerdict {
    Approve,
    Hold,
    Spam,
    Refuse,
}

impl HookVerdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Approve => "approve",
            Self::Hold => "hold",
            Self::Spam => "spam",
            Self::Refuse => "refuse",
        }
    }
}

/// The answer's body: `{"verdict": "hold", "reason": "toxicity 0.91"}`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct HookAnswer {
    pub verdict: HookVerdict,
    #[serde(default)]
    pub reason: String,
}

/// The longest reason kept from a classifier.
pub const HOOK_REASON_MAX: usize = 300;

impl HookAnswer {
    /// Reads an answer's body; `None` for anything else.
    pub fn parse(body: &[u8]) -> Option<Self> {
        let mut a: Self = serde_json::from_slice(body).ok()?;
        let flat: String = a.reason.split_whitespace().collect::<Vec<_>>().join(" ");
        a.reason = flat.chars().take(HOOK_REASON_MAX).collect();
        Some(a)
    }
}

/// Sends the question (its JSON, with its signature) to the hook and reads
/// the answer; `None` when none came in time or it made no sense.
#[async_trait]
pub trait ModerationHook: Send + Sync {
    async fn ask(
        &self,
        url: &str,
        body: &str,
        signature: &str,
        timeout: Duration,
    ) -> Option<HookAnswer>;
}

/// No hook (the command line, tests of the rules alone).
pub struct NoHook;

#[async_trait]
impl ModerationHook for NoHook {
    async fn ask(&self, _: &str, _: &str, _: &str, _: Duration) -> Option<HookAnswer> {
        None
    }
}

/// What the hook's answer does to masthead's verdict. The classifier adds
/// to masthead's own rules, never weakens them: what masthead's spam rules
/// caught (the honeypot, a disallowed word) stays spam, silently, whatever
/// the answer; an approval publishes a comment masthead held only because
/// its author is new (the first-comment rule, as the filter's auto mode);
/// any other hold of masthead's stays, with the classifier's word beside
/// it. `Err` is a refusal, with the classifier's reason.
pub fn with_hook(mut verdict: Verdict, answer: Option<HookAnswer>) -> Result<Verdict, String> {
    if verdict.status == CommentStatus::Spam {
        return Ok(verdict);
    }
    let Some(answer) = answer else {
        verdict.status = CommentStatus::Pending;
        verdict.reasons.insert(0, ModerationReason::HookUnanswered);
        return Ok(verdict);
    };
    let reason = ModerationReason::Hook {
        verdict: answer.verdict.as_str().to_string(),
        reason: answer.reason.clone(),
    };
    match answer.verdict {
        HookVerdict::Refuse => return Err(answer.reason),
        HookVerdict::Approve => {
            // The spam filter's score only advises: the classifier's word
            // is the newsroom's.
            let only_new = verdict.reasons.iter().all(|r| {
                matches!(
                    r,
                    ModerationReason::FirstComment { .. } | ModerationReason::Filter { .. }
                )
            });
            if only_new {
                verdict.reasons.clear();
                verdict.status = CommentStatus::Approved;
            } else {
                verdict.reasons.push(reason);
            }
        }
        HookVerdict::Hold => {
            verdict.reasons.insert(0, reason);
            verdict.status = CommentStatus::Pending;
        }
        HookVerdict::Spam => {
            verdict.reasons.insert(0, reason);
            verdict.status = CommentStatus::Spam;
        }
    }
    Ok(verdict)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn held() -> Verdict {
        Verdict {
            status: CommentStatus::Pending,
            reasons: vec![ModerationReason::FirstComment {
                approved: 0,
                needed: 1,
            }],
        }
    }

    #[test]
    fn the_hook_decides_what_masthead_did_not_send_to_spam() {
        let answer = |v, r: &str| {
            Some(HookAnswer {
                verdict: v,
                reason: r.into(),
            })
        };
        let ok = with_hook(held(), answer(HookVerdict::Approve, "")).unwrap();
        assert_eq!(ok.status, CommentStatus::Approved, "a newcomer vouched for");
        let all = Verdict {
            status: CommentStatus::Pending,
            reasons: vec![ModerationReason::HoldAll],
        };
        let still = with_hook(all, answer(HookVerdict::Approve, "fine")).unwrap();
        assert_eq!(
            still.status,
            CommentStatus::Pending,
            "the site holds every comment"
        );
        assert_eq!(
            still.stored_reasons().unwrap().to_string(),
            "every comment is held for moderation; the newsroom’s classifier said approve: fine"
        );
        let spam = with_hook(held(), answer(HookVerdict::Spam, "ads")).unwrap();
        assert_eq!(spam.status, CommentStatus::Spam);
        assert!(
            spam.stored_reasons()
                .unwrap()
                .to_string()
                .starts_with("the newsroom’s classifier said spam: ads; first comments"),
            "{spam:?}"
        );
        assert_eq!(
            with_hook(held(), answer(HookVerdict::Refuse, "threats")),
            Err("threats".into())
        );
        let silent = with_hook(
            Verdict {
                status: CommentStatus::Approved,
                reasons: Vec::new(),
            },
            None,
        )
        .unwrap();
        assert_eq!(silent.status, CommentStatus::Pending, "no answer holds");
        let caught = Verdict {
            status: CommentStatus::Spam,
            reasons: vec![ModerationReason::Honeypot],
        };
        let kept = with_hook(caught, answer(HookVerdict::Approve, "")).unwrap();
        assert_eq!(
            kept.status,
            CommentStatus::Spam,
            "masthead's spam rules stand"
        );
    }

    #[test]
    fn answers_are_read_strictly_and_reasons_bounded() {
        let a = HookAnswer::parse(br#"{"verdict":"hold","reason":"  toxic\n 0.9 "}"#).unwrap();
        assert_eq!(
            (a.verdict, a.reason.as_str()),
            (HookVerdict::Hold, "toxic 0.9")
        );
        assert_eq!(HookAnswer::parse(br#"{"verdict":"maybe"}"#), None);
        assert_eq!(HookAnswer::parse(b"<html>"), None);
        let long = format!(r#"{{"verdict":"spam","reason":"{}"}}"#, "x".repeat(1000));
        let a = HookAnswer::parse(long.as_bytes()).unwrap();
        assert_eq!(a.reason.chars().count(), HOOK_REASON_MAX);
    }
}
