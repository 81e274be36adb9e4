//! A reader's comment, from the form or the REST API, checked in WordPress's
//! order and stored with its moderation verdict.
use super::filter::{Filter, Proved, targets as filter_targets, with_filter};
use super::hook::{HookArticle, HookMasthead, HookQuestion, ModerationHook, with_hook};
use super::rules::{ModerationFacts, Subject, Verdict, verdict};
use crate::article::Article;
use crate::comment::proof;
use crate::comment::{
    CommentForm, CommentStatus, FieldError, FormTokens, ModerationReason, NewComment, Newcomer,
    SanctionKind, Target, TokenError, TokenSubject, applying_sanction,
};
use crate::filter::{Sample, features};
use crate::html::{count_links, render_comment};
use crate::i18n::Tr;
use crate::ids::{ArticleId, CommentId};
use crate::settings::{FilterMode, ProofOfWork, SiteSettings};
use crate::store::{Inserted, Store, StoreError, SubmissionProbe};
use crate::{Localized, Timestamp};
use std::net::IpAddr;

/// A comment as it arrives, from the form, the CLI or (later) the REST API.
#[derive(Debug, Clone)]
pub struct Submission {
    pub article_id: ArticleId,
    pub parent_id: Option<CommentId>,
    pub form: CommentForm,
    pub ip: Option<String>,
    pub user_agent: Option<String>,
    pub now: Timestamp,
    /// Where the comment came from, and the form token if it came from a form.
    pub channel: Channel,
    /// Whatever a bot typed into the hidden honeypot field.
    pub honeypot: String,
    /// The author ticked "Notify me of follow-up comments by email".
    pub subscribe: bool,
    /// The title the comment's outside page proposed for its thread (the
    /// embed's); kept with the comment, taken when it is approved.
    pub page_title: Option<String>,
    /// The reader id of the browser it came from, if it has one (kept with
    /// the comment, never published).
    pub reader_id: Option<String>,
    /// The browser's proof of work (ALTCHA's payload), if it sent one.
    pub proof: Option<String>,
}

/// How a comment arrived.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Channel {
    /// The HTML form, with the signed token of the form the comment was
    /// written in; `None` for a form masthead did not serve (an old theme's).
    Form { token: Option<String> },
    /// The REST API: no form, so no token; every other rule applies.
    Api,
    /// A reply posted on another site (a Webmention's source): no form, no
    /// token, no address. The form's email is a stand-in the rules read and
    /// nothing stores (so nothing is ever mailed to it); the comment keeps
    /// `comment_type` and where it was posted (`origin`).
    Federated {
        comment_type: &'static str,
        origin: String,
    },
}

/// Why a submission was refused. The web layer maps each to its status code.
#[derive(Debug, thiserror::Error)]
pub enum SubmitError {
    #[error("Sorry, that article was not found.")]
    ArticleNotFound,
    #[error("Sorry, comments are closed for this item.")]
    CommentsClosed,
    /// The parent is held, spam, trashed, missing or on another article: to
    /// a reader, as in WordPress, all of these look alike.
    #[error("Sorry, replies to unapproved comments are not allowed.")]
    ParentNotApproved,
    /// Staff answered or edited a comment that does not exist.
    #[error("There is no comment with id {0}.")]
    CommentNotFound(CommentId),
    /// A section desk's moderator answered or edited a comment outside
    /// their sections.
    #[error("Comment {0} is outside your sections; nothing was changed.")]
    OutsideDesk(CommentId),
    #[error("{}", .0.first().map(|e| e.message).unwrap_or("Please check the form."))]
    Invalid(Vec<FieldError>),
    #[error("Duplicate comment detected; it looks as though you’ve already said that!")]
    Duplicate,
    #[error("The form could not be verified. Please reload the page and post your comment again.")]
    InvalidToken,
    #[error("This form has expired. Please check your comment and post it again.")]
    ExpiredToken,
    #[error(
        "That was quicker than anyone can write a comment. Please wait a moment and post again."
    )]
    TooFast { retry_after: u64 },
    #[error("You are posting comments too quickly. Slow down.")]
    Flood { retry_after: u64 },
    /// Staff banned the author (their email, domain or address).
    #[error("You can no longer comment on this site.")]
    Banned,
    /// The newsroom's classifier refused it, with its reason.
    #[error("This comment was not accepted: {0}")]
    RefusedByHook(String),
    /// Staff suspended the author until then.
    #[error("You cannot comment on this site until {}.", .until.format("%Y-%m-%d %H:%M UTC"))]
    Suspended { until: Timestamp },
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl Localized for SubmitError {
    fn message(&self, t: Tr) -> String {
        match self {
            Self::ArticleNotFound => t.t("error-article-not-found"),
            Self::CommentsClosed => t.t("error-comments-closed"),
            Self::ParentNotApproved => t.t("error-parent-not-approved"),
            // An id, not a quantity: no digit grouping.
            Self::CommentNotFound(id) => t.s("error-comment-not-found", "id", &id.to_string()),
            Self::OutsideDesk(id) => t.s("error-outside-desk", "ids", &id.to_string()),
            Self::Invalid(errors) => match errors.first() {
                Some(e) => e.message(t),
                None => t.t("error-check-form"),
            },
            Self::Duplicate => t.t("error-duplicate"),
            Self::InvalidToken => t.t("error-invalid-token"),
            Self::ExpiredToken => t.t("error-expired-token"),
            Self::TooFast { .. } => t.t("error-too-fast"),
            Self::Flood { .. } => t.t("error-flood"),
            Self::Banned => t.t("error-banned"),
            Self::RefusedByHook(reason) => t.s("error-hook-refused", "reason", reason),
            Self::Suspended { until } => {
                let day = t.date_time(&until.fixed_offset());
                t.s("error-suspended", "date", &format!("{day} UTC"))
            }
            // Storage failures are the server's, never the reader's words.
            Self::Store(e) => e.message(t),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Accepted {
    pub id: CommentId,
    pub status: CommentStatus,
    pub article: Article,
    /// Where it goes in the discussion.
    pub placed: Newcomer,
}

/// Checks, renders, moderates and stores one comment, in WordPress's order:
/// article, open for comments, parent, form token, fields, duplicate, flood,
/// moderation. What the rules read from the store is read in one query
/// first; the checks that need no store run before it.
pub async fn submit_comment(
    store: &dyn Store,
    settings: &SiteSettings,
    secret: &[u8],
    filter: &Filter,
    hook: &dyn ModerationHook,
    sub: Submission,
) -> Result<Accepted, SubmitError> {
    let rules = &settings.moderation;
    let valid = sub.form.validate();
    let (name, email, content) = match &valid {
        Ok(v) => (
            v.author_name.as_str(),
            v.author_email.as_str(),
            v.content_source.as_str(),
        ),
        Err(_) => ("", "", ""),
    };
    let ip = sub.ip.as_deref().unwrap_or("");
    let facts = store
        .submission_facts(&SubmissionProbe {
            article_id: sub.article_id,
            parent_id: sub.parent_id,
            author_name: name,
            author_email: email,
            content_source: content,
            ip,
            approved_wanted: rules.trust_after,
            recent_wanted: rules.recent_history,
        })
        .await?;
    let article = facts
        .article
        .filter(|a| a.is_live(sub.now))
        .ok_or(SubmitError::ArticleNotFound)?;
    if !article.accepts_comments(sub.now, rules.close_after_days) {
        return Err(SubmitError::CommentsClosed);
    }
    if sub.parent_id.is_some() && facts.parent_status != Some(CommentStatus::Approved) {
        return Err(SubmitError::ParentNotApproved);
    }
    if let Channel::Form { token: Some(token) } = &sub.channel {
        let max_age = u64::from(rules.form_max_age_hours) * 3600;
        FormTokens::new(secret)
            .verify(
                token,
                TokenSubject::of(&article),
                sub.now,
                u64::from(rules.min_fill_seconds),
                max_age,
            )
            .map_err(|e| match e {
                TokenError::Invalid => SubmitError::InvalidToken,
                TokenError::Expired => SubmitError::ExpiredToken,
                TokenError::TooFast { retry_after } => SubmitError::TooFast { retry_after },
            })?;
    }
    let valid = valid.map_err(SubmitError::Invalid)?;
    let address: Option<IpAddr> = sub.ip.as_deref().and_then(|ip| ip.parse().ok());
    let sanctions = store
        .sanctions_for(&Target::keys_for(&valid.author_email, address), sub.now)
        .await?;
    let sanction = applying_sanction(&sanctions, &valid.author_email, address, sub.now)
        .map(|s| (s.kind, s.ends_at));
    match sanction {
        Some((kind, Some(until))) if kind.refuses() => {
            return Err(SubmitError::Suspended { until });
        }
        Some((kind, None)) if kind.refuses() => return Err(SubmitError::Banned),
        _ => {}
    }
    if facts.duplicate {
        return Err(SubmitError::Duplicate);
    }
    if rules.flood_seconds > 0
        && let Some(last) = facts.last_comment_at
    {
        let since = (sub.now - last).num_seconds().max(0).unsigned_abs();
        let interval = u64::from(rules.flood_seconds);
        if since < interval {
            return Err(SubmitError::Flood {
                retry_after: interval - since,
            });
        }
    }
    let content_html = render_comment(&valid.content_source, &settings.allowlist);
    let moderation_facts = ModerationFacts {
        approved_comments: facts.approved_comments,
        honeypot_filled: !sub.honeypot.trim().is_empty(),
        missing_form_token: sub.channel == Channel::Form { token: None },
        trusted: facts.trusted,
        recent_decided: facts.recent_decided,
        recent_rejected: facts.recent_rejected,
    };
    let subject = Subject {
        author: &valid.author_name,
        email: &valid.author_email,
        url: valid.author_url.as_deref().unwrap_or(""),
        content_html: content_html.as_str(),
        ip,
        user_agent: sub.user_agent.as_deref().unwrap_or(""),
    };
    let verdict = verdict(
        &settings.moderation,
        &subject,
        count_links(&content_html),
        moderation_facts,
    );
    let (verdict, filter_score, filter_decided) = if rules.filter == FilterMode::Off {
        (verdict, None, false)
    } else {
        let f = features::extract(&Sample {
            author_name: &valid.author_name,
            author_url: valid.author_url.as_deref().unwrap_or(""),
            content_html: content_html.as_str(),
            history: facts.history,
        });
        let judged = filter
            .judge(store, facts.filter_mark, filter_targets(rules), &f)
            .await?;
        // A proof counts once: a second comment with it has none.
        let proved = rules.proof_of_work == ProofOfWork::WhenUnsure
            && sub
                .proof
                .as_deref()
                .and_then(|p| proof::verify(secret, p, sub.now))
                .is_some_and(|p| filter.spend(&p, sub.now));
        let (verdict, decided) = with_filter(
            verdict,
            rules.filter,
            &judged,
            facts.trusted,
            Proved {
                asked: rules.proof_of_work == ProofOfWork::WhenUnsure,
                given: proved,
                flood: rules.flood_per_minute > 0
                    && filter.arrived(sub.now)
                        > usize::try_from(rules.flood_per_minute).unwrap_or(usize::MAX),
            },
        );
        (verdict, Some(judged.score()), decided)
    };
    // The newsroom's classifier, when there is one, decides next; staff's
    // sanctions still apply after it.
    let (verdict, filter_decided) = if rules.hook_url.is_empty() {
        (verdict, filter_decided)
    } else {
        let question = HookQuestion {
            event: "comment.submitted",
            article: HookArticle {
                id: article.id.0,
                title: &article.title,
                path: article.path(),
            },
            parent_id: sub.parent_id.map(|p| p.0),
            author_name: &valid.author_name,
            author_url: valid.author_url.as_deref().unwrap_or(""),
            author_ip: ip,
            user_agent: sub.user_agent.as_deref().unwrap_or(""),
            content: &valid.content_source,
            content_html: content_html.as_str(),
            masthead: HookMasthead {
                status: verdict.status.as_str(),
                reasons: verdict.reasons.iter().map(ToString::to_string).collect(),
            },
        };
        let body = serde_json::to_string(&question).unwrap_or_default();
        let timeout = std::time::Duration::from_millis(u64::from(rules.hook_timeout_ms));
        let key = crate::notify::webhook_key(&settings.notify.webhook_secret, secret);
        let signature = crate::notify::webhook_signature(&key, body.as_bytes());
        let answer = hook.ask(&rules.hook_url, &body, &signature, timeout).await;
        let verdict = with_hook(verdict, answer).map_err(SubmitError::RefusedByHook)?;
        (verdict, false)
    };
    let (verdict, filter_decided) = match sanction {
        Some((kind, _)) => (sanctioned(verdict, kind), false),
        None => (verdict, filter_decided),
    };
    let federated = match &sub.channel {
        Channel::Federated {
            comment_type,
            origin,
        } => Some((*comment_type, origin.as_str())),
        _ => None,
    };
    let new = NewComment {
        article_id: article.id,
        parent_id: sub.parent_id,
        author_name: valid.author_name,
        avatar: Some(crate::comment::avatar_seed(secret, &valid.author_email)),
        author_email: if federated.is_some() {
            String::new()
        } else {
            valid.author_email
        },
        author_url: valid.author_url,
        author_ip: sub.ip,
        user_agent: sub.user_agent,
        content_source: valid.content_source,
        content_html,
        status: verdict.status,
        moderation_reason: verdict.stored_reasons(),
        created_at: sub.now,
        user_id: None,
        subscribe: sub.subscribe,
        page_title: sub
            .page_title
            .as_deref()
            .and_then(crate::article::thread::page_title),
        reader_id: sub.reader_id,
        filter_score,
        filter_decided,
    };
    let inserted = match federated {
        Some((comment_type, origin)) => Inserted::Stored(
            store
                .insert_federated_comment(&new, comment_type, origin)
                .await?,
        ),
        None => store.insert_reader_comment(&new).await?,
    };
    match inserted {
        Inserted::Stored(id) => {
            if verdict.status == CommentStatus::Approved && new.page_title.is_some() {
                super::threads::adopt_page_titles(store, &[id]).await?;
            }
            Ok(Accepted {
                id,
                status: verdict.status,
                article,
                placed: Newcomer {
                    id,
                    parent_id: new.parent_id,
                    created_at: new.created_at,
                },
            })
        }
        // An identical copy was stored between the check and the commit.
        Inserted::Duplicate => Err(SubmitError::Duplicate),
    }
}

/// What a sanction that lets comments in does to one: a shadow-banned
/// author's goes to spam (which only they see), an always pre-moderated
/// author's waits for a moderator however trusted they are.
fn sanctioned(mut verdict: Verdict, kind: SanctionKind) -> Verdict {
    let reason = ModerationReason::Sanctioned(kind);
    match kind {
        SanctionKind::Shadow => {
            verdict.reasons.insert(0, reason);
            verdict.status = CommentStatus::Spam;
        }
        SanctionKind::Premoderate if verdict.status != CommentStatus::Spam => {
            verdict.reasons.insert(0, reason);
            verdict.status = CommentStatus::Pending;
        }
        _ => {}
    }
    verdict
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_english_catalogue_says_what_the_logs_say() {
        let en = Tr::new(crate::i18n::Lang::En);
        for e in [
            SubmitError::ArticleNotFound,
            SubmitError::CommentsClosed,
            SubmitError::ParentNotApproved,
            SubmitError::Duplicate,
            SubmitError::InvalidToken,
            SubmitError::ExpiredToken,
            SubmitError::TooFast { retry_after: 1 },
            SubmitError::Flood { retry_after: 1 },
            SubmitError::Banned,
        ] {
            assert_eq!(e.message(en), e.to_string());
        }
    }
}
