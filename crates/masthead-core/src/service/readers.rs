//! What readers do to comments besides writing them: edit or delete their
//! own within the edit window, recommend, report. Each rule lives here so
//! the article page, the embed's API and the tests share it.
use super::moderate::{Change, apply};
use super::rules::{ModerationFacts, Subject, Verdict, verdict};
use crate::comment::{
    Authored, By, CommentForm, CommentStatus, EditWindow, FieldError, ModerationAction,
    ModerationReason, Network, REPORT_DETAILS_MAX, Reader, Reasons, ReportReason, Rule,
    SETTLED_READER_DAYS, hold_tally, report_weight,
};
use crate::html::{count_links, render_comment};
use crate::i18n::Tr;
use crate::ids::CommentId;
use crate::settings::SiteSettings;
use crate::store::{
    AuthorText, Moderated, NewRecommend, NewReport, NewText, Recommended, Refused, Reported, Store,
    StoreError,
};
use crate::{Localized, Timestamp};

/// How many times a commenter may edit one comment. Each edit keeps the
/// text it replaces for staff; without a bound one comment's history could
/// grow without end within its window. The next edit is refused.
pub const MAX_EDITS: u32 = 10;

/// Why a reader's change was refused. The web layer maps each to a status.
#[derive(Debug, thiserror::Error)]
pub enum ReaderError {
    #[error("There is no such comment.")]
    NotFound,
    /// The proof names another comment, or none.
    #[error("You can only change your own comments.")]
    NotYours,
    #[error(
        "Comments can be edited for {0} minutes after they are posted; this one can no longer be changed."
    )]
    WindowClosed(u32),
    #[error("A comment can be edited {0} times; this one can no longer be changed.")]
    TooManyEdits(u32),
    #[error("{}", .0.first().map(|e| e.message).unwrap_or("Please check the comment."))]
    Invalid(Vec<FieldError>),
    #[error("Only approved comments can be recommended or reported.")]
    NotApproved,
    #[error("Please say why you report this comment: {0}")]
    BadReason(ReasonProblem),
    /// Staff banned or suspended the author: their comments stay as they are.
    #[error("You can no longer comment on this site.")]
    Banned,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// What is wrong with a report's reason.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum ReasonProblem {
    #[error("{0}")]
    Unknown(#[from] crate::comment::UnknownReason),
    #[error("the explanation is longer than {REPORT_DETAILS_MAX} characters")]
    TooLong,
}

impl Localized for ReaderError {
    fn message(&self, t: Tr) -> String {
        match self {
            Self::NotFound => t.t("error-no-such-comment"),
            Self::NotYours => t.t("error-not-yours"),
            Self::WindowClosed(minutes) => t.n("error-edit-window-closed", i64::from(*minutes)),
            Self::TooManyEdits(n) => t.n("error-too-many-edits", i64::from(*n)),
            Self::Invalid(errors) => match errors.first() {
                Some(e) => e.message(t),
                None => t.t("error-check-comment"),
            },
            Self::NotApproved => t.t("error-not-approved"),
            Self::Banned => t.t("error-banned"),
            Self::BadReason(ReasonProblem::Unknown(_)) => t.t("error-unknown-reason"),
            Self::BadReason(ReasonProblem::TooLong) => {
                t.n("error-report-too-long", REPORT_DETAILS_MAX as i64)
            }
            Self::Store(e) => e.message(t),
        }
    }
}

/// What became of an edit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Edited {
    pub id: CommentId,
    /// Held again (pending or spam) when the edited text trips a rule.
    pub status: CommentStatus,
}

/// The site's edit window: the one rule for how long a commenter may
/// change their own comment, wherever it is asked.
pub fn edit_window(settings: &SiteSettings) -> EditWindow {
    EditWindow::minutes(settings.readers.edit_minutes)
}

/// Whether `proof` lets its holder change `comment` at `now`: the one rule
/// the edit form, the edit and the delete share.
pub fn may_change(
    settings: &SiteSettings,
    proof: Option<Authored>,
    comment: &crate::comment::Comment,
    now: Timestamp,
) -> Result<(), ReaderError> {
    let proof = proof
        .filter(|p| p.comment == comment.id)
        .ok_or(ReaderError::NotYours)?;
    if comment.status == CommentStatus::Trash {
        return Err(ReaderError::NotFound);
    }
    // The window runs from the comment's own time, never from the proof's.
    if !edit_window(settings).is_open(comment.created_at, now) {
        return Err(ReaderError::WindowClosed(settings.readers.edit_minutes));
    }
    // The proof must be the one issued when this comment was posted: not one
    // for an earlier comment that had the id, nor one dated into the future.
    if !proof.proves(comment.id, comment.created_at) {
        return Err(ReaderError::NotYours);
    }
    Ok(())
}

/// The comment a proof is for, if it is that comment and still in its window.
async fn own_in_window(
    store: &dyn Store,
    settings: &SiteSettings,
    proof: Option<Authored>,
    id: CommentId,
    now: Timestamp,
) -> Result<crate::comment::Comment, ReaderError> {
    if proof.is_none_or(|p| p.comment != id) {
        return Err(ReaderError::NotYours);
    }
    let comment = store.comment(id).await?.ok_or(ReaderError::NotFound)?;
    may_change(settings, proof, &comment, now)?;
    Ok(comment)
}

/// Replaces the text of the reader's own comment: validated, rendered and
/// moderated as a new comment is, the old text kept for staff (at most
/// [`MAX_EDITS`] times). An edit that trips a hold rule is held again; one
/// that passes keeps the status it had (a held comment does not approve
/// itself by being edited), except that a comment a moderator approved is
/// held again whatever the new words (see [`status_after_edit`]). A change
/// of status is the author's in the moderation log, and an approved comment
/// held again is queued for the moderators' notice
/// ([`crate::notify::bits::on_change`]).
pub async fn edit_own_comment(
    store: &dyn Store,
    settings: &SiteSettings,
    proof: Option<Authored>,
    id: CommentId,
    text: &str,
    ip: Option<&str>,
    now: Timestamp,
) -> Result<Edited, ReaderError> {
    let old = own_in_window(store, settings, proof, id, now).await?;
    // A ban or suspension covers new words in old comments too.
    let address = ip.and_then(|ip| ip.parse::<std::net::IpAddr>().ok());
    let keys = crate::comment::Target::keys_for(&old.author_email, address);
    let sanctions = store.sanctions_for(&keys, now).await?;
    if crate::comment::applying_sanction(&sanctions, &old.author_email, address, now)
        .is_some_and(|s| s.kind.refuses())
    {
        return Err(ReaderError::Banned);
    }
    let form = CommentForm {
        author: old.author_name.clone(),
        email: old.author_email.clone(),
        url: old.author_url.clone().unwrap_or_default(),
        comment: text.to_string(),
    };
    let valid = form.validate().map_err(ReaderError::Invalid)?;
    let html = render_comment(&valid.content_source, &settings.allowlist);
    let verdict = verdict(
        &settings.moderation,
        &Subject {
            author: &valid.author_name,
            email: &valid.author_email,
            url: valid.author_url.as_deref().unwrap_or(""),
            content_html: html.as_str(),
            ip: ip.unwrap_or(""),
            user_agent: old.user_agent.as_deref().unwrap_or(""),
        },
        count_links(&html),
        ModerationFacts {
            // An approved comment passed the first-time rule already.
            approved_comments: if old.status == CommentStatus::Approved {
                settings.moderation.trust_after
            } else {
                0
            },
            honeypot_filled: false,
            missing_form_token: false,
            trusted: false,
            // The history that let it in is not read again for an edit.
            recent_decided: 0,
            recent_rejected: 0,
        },
    );
    let staff_approved = old.status == CommentStatus::Approved && store.staff_approved(id).await?;
    let (status, reasons) = status_after_edit(&old, verdict, staff_approved);
    let ids = [id];
    let change = Change {
        // Whatever its status now: a moderator's change since it was read
        // does not let new words through unheld.
        action: Some(ModerationAction::to_status(status)),
        reasons,
        text: Some(NewText::Author(AuthorText {
            source: &valid.content_source,
            html: &html,
            ip,
            max_edits: MAX_EDITS,
        })),
        ..Change::new(&ids, By::Reader)
    };
    changed(apply(store, change, now).await?)?;
    Ok(Edited { id, status })
}

/// The status an edit leaves, and the reasons to store (`None` keeps those
/// stored). A moderator's approval was of the words they read: when staff
/// ever approved the comment (an approve, trust or pick in the moderation
/// log; such a comment was held, or chosen, by a person), new words go back
/// to the queue, saying so. A comment approved at once by the rules keeps
/// its status when the new words pass them.
fn status_after_edit(
    old: &crate::comment::Comment,
    verdict: Verdict,
    staff_approved: bool,
) -> (CommentStatus, Option<Reasons>) {
    let Verdict {
        mut status,
        mut reasons,
    } = verdict;
    if staff_approved {
        reasons.insert(0, ModerationReason::EditedAfterApproval);
        if status == CommentStatus::Approved {
            status = CommentStatus::Pending;
        }
    }
    match status {
        CommentStatus::Approved => (old.status, None),
        held => (held, Reasons::new(reasons)),
    }
}

fn changed(outcome: Result<Moderated, Refused>) -> Result<(), ReaderError> {
    match outcome {
        Ok(_) => Ok(()),
        Err(Refused::Missing(_)) => Err(ReaderError::NotFound),
        Err(Refused::EditLimit) => Err(ReaderError::TooManyEdits(MAX_EDITS)),
    }
}

/// Takes the reader's own comment down (to the trash, where staff can still
/// read it), within the edit window: a change of status by its author, in
/// the moderation log. (`ip` is not kept: a deletion leaves no text behind.)
pub async fn delete_own_comment(
    store: &dyn Store,
    settings: &SiteSettings,
    proof: Option<Authored>,
    id: CommentId,
    _ip: Option<&str>,
    now: Timestamp,
) -> Result<(), ReaderError> {
    own_in_window(store, settings, proof, id, now).await?;
    let ids = [id];
    let change = Change {
        action: Some(ModerationAction::Trash),
        reasons: Some(Reasons::one(ModerationReason::DeletedByAuthor)),
        ..Change::new(&ids, By::Reader)
    };
    changed(apply(store, change, now).await?)
}

/// One reader's recommend, taken once per reader and counted once per
/// network: `(count, taken)`, the comment's public count after it and
/// whether this reader's recommend was taken now (`false` when they had
/// recommended it before). A recommend from a network that had recommended
/// the comment already is taken without moving the count.
pub async fn recommend_comment(
    store: &dyn Store,
    id: CommentId,
    reader: &str,
    network: Network,
    now: Timestamp,
) -> Result<(u64, bool), ReaderError> {
    let recommend = NewRecommend {
        comment: id,
        reader,
        network: &network,
        at: now,
    };
    match store.recommend(&recommend).await? {
        Recommended::Counted(n) | Recommended::SameNetwork(n) => Ok((n, true)),
        Recommended::Already(n) => Ok((n, false)),
        Recommended::NotFound => Err(ReaderError::NotApproved),
    }
}

/// A reader's report as it arrives.
#[derive(Debug, Clone)]
pub struct ReaderReport<'a> {
    pub id: CommentId,
    /// The reader (from their signed reader token).
    pub reader: &'a Reader,
    /// Where the report came from ([`Network::of`] the address).
    pub network: Network,
    /// One of [`ReportReason`]'s words.
    pub reason: &'a str,
    /// Their own words, optional.
    pub details: &'a str,
    pub ip: Option<&'a str>,
    pub now: Timestamp,
}

/// One reader's report, with a reason from the list and optional words.
/// It weighs more from a reader with history; the report that takes the
/// comment's tally (per network, see `comment::report`) to twice
/// `comments.report_threshold` holds the comment (see [`hold_reported`]).
pub async fn report_comment(
    store: &dyn Store,
    settings: &SiteSettings,
    r: ReaderReport<'_>,
) -> Result<Reported, ReaderError> {
    let ReaderReport {
        id,
        reader,
        network,
        reason,
        details,
        ip,
        now,
    } = r;
    let reason: ReportReason = reason
        .parse()
        .map_err(|e: crate::comment::UnknownReason| ReaderError::BadReason(e.into()))?;
    let details: String = details
        .chars()
        .filter(|c| !c.is_control() || *c == '\n')
        .collect();
    let details = details.trim();
    if details.chars().count() > REPORT_DETAILS_MAX {
        return Err(ReaderError::BadReason(ReasonProblem::TooLong));
    }
    let text = if details.is_empty() {
        reason.as_str().to_string()
    } else {
        format!("{}: {details}", reason.as_str())
    };
    let weight = report_weight(has_history(store, reader, now).await?);
    let report = NewReport {
        comment: id,
        reader: &reader.id,
        network: &network,
        weight,
        reason: &text,
        ip,
        at: now,
        hold_at: hold_tally(settings.readers.report_threshold),
    };
    let reported = store.report(&report).await?;
    match &reported {
        Reported::NotFound => return Err(ReaderError::NotApproved),
        Reported::Counted {
            reports,
            kinds,
            crossed: true,
        } => hold_reported(store, id, *reports, kinds.clone(), now).await?,
        _ => {}
    }
    Ok(reported)
}

/// Sends a comment its readers' reports took over the threshold back to the
/// queue: masthead's decision ([`Rule::Reports`]), through the one door. The
/// crossing was decided in the report's own transaction (exactly one report
/// crosses); this holds only a comment still approved, so a moderator's or
/// its author's change since (spam, trash, held already) is not undone.
async fn hold_reported(
    store: &dyn Store,
    id: CommentId,
    readers: u64,
    kinds: Vec<ReportReason>,
    now: Timestamp,
) -> Result<(), StoreError> {
    let ids = [id];
    let change = Change {
        action: Some(ModerationAction::Unapprove),
        only_from: Some(CommentStatus::Approved),
        reasons: Some(Reasons::one(ModerationReason::Reported { readers, kinds })),
        ..Change::new(&ids, By::System(Rule::Reports))
    };
    // Gone since the report (deleted for good): nothing to hold.
    apply(store, change, now).await.map(|_| ())
}

/// A reader with history: their id was issued [`SETTLED_READER_DAYS`] ago
/// or more, or a comment they wrote is approved.
async fn has_history(
    store: &dyn Store,
    reader: &Reader,
    now: Timestamp,
) -> Result<bool, StoreError> {
    if reader.issued <= now - chrono::Duration::days(SETTLED_READER_DAYS) {
        return Ok(true);
    }
    store.reader_has_approved_comment(&reader.id).await
}
