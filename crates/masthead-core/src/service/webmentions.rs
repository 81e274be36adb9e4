//! Webmentions (issue 31): a request is checked and recorded at once (the
//! receiver answers 202), and settled later, when the binary has fetched
//! the source. A reply becomes a comment through [`super::submit_comment`]
//! (the moderation rules, the filter, the hook and sanctions; none of the
//! form's checks, which a page on another site cannot pass); every later
//! change of that comment goes through the moderation door, by its author.
use super::Filter;
use super::moderate::{Change, apply};
use super::submit::{Channel, Submission, SubmitError, submit_comment};
use crate::Timestamp;
use crate::article::{ArticleStatus, NewArticle};
use crate::comment::{By, CommentForm, CommentStatus, ModerationAction, limits};
use crate::federation::discovery::outbound_links;
use crate::federation::webmention::{
    Kind, Mention, RequestError, check_request, read_source, target_slug,
};
use crate::html::{SanitizedHtml, render_comment};
use crate::ids::{ArticleId, CommentId};
use crate::settings::SiteSettings;
use crate::store::{
    AuthorText, Checked, MentionState, NewText, OutgoingMention, SendOutcome, SendState, Store,
    StoreError, StoredMention,
};
use url::Url;

/// A comment's `comment_type` when a Webmention made it (WordPress's
/// Webmention plugin uses the same word).
pub const WEBMENTION: &str = "webmention";

/// Fetches that fail are tried again this many times in all, waiting a
/// minute, then 2, 4 and 8.
pub const MAX_ATTEMPTS: u32 = 5;

/// Why a Webmention request is refused.
#[derive(Debug, thiserror::Error)]
pub enum WebmentionError {
    /// `federation.enabled` is off: there is no endpoint (404).
    #[error("Webmention is not enabled on this site")]
    Disabled,
    #[error("{0}")]
    Request(#[from] RequestError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Checks a request and records the mention for the check that follows;
/// the mention's id. `site` is the site's public address: the target must
/// be one of its live articles.
pub async fn receive_webmention(
    store: &dyn Store,
    settings: &SiteSettings,
    site: &Url,
    source: &str,
    target: &str,
    now: Timestamp,
) -> Result<i64, WebmentionError> {
    if !settings.federation.enabled {
        return Err(WebmentionError::Disabled);
    }
    let (source, target) = check_request(source, target)?;
    if settings
        .federation
        .blocks(source.host_str().unwrap_or_default())
    {
        return Err(RequestError::Blocked.into());
    }
    let slug = target_slug(&target, site).ok_or(RequestError::NotOurs)?;
    let article = store
        .article_by_slug(&slug)
        .await?
        .filter(|a| a.is_live(now) && a.provenance.withdrawn_at.is_none())
        .ok_or(RequestError::NotOurs)?;
    store
        .receive_webmention(
            source.as_str(),
            target.as_str(),
            article.id,
            now.timestamp_millis(),
        )
        .await?
        .ok_or(RequestError::Federated.into())
}

/// What fetching a mention's source gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fetched {
    /// A 2xx answer's HTML.
    Page(String),
    /// 410 Gone: the post was deleted.
    Gone,
    /// Anything else (an error status, a refused address, a timeout, too
    /// large), in words for staff.
    Failed(String),
}

/// What the service needs to make a comment.
pub struct Deps<'a> {
    pub store: &'a dyn Store,
    pub settings: &'a SiteSettings,
    pub secret: &'a [u8],
    pub filter: &'a Filter,
    pub hook: &'a dyn super::ModerationHook,
}

/// Settles one mention from its fetched source and records the outcome;
/// the state it is left in.
pub async fn settle_webmention(
    deps: &Deps<'_>,
    m: &StoredMention,
    fetched: Fetched,
    now: Timestamp,
) -> Result<MentionState, StoreError> {
    let now_ms = now.timestamp_millis();
    let mut checked = Checked {
        state: MentionState::Pending,
        comment_id: m.comment_id,
        author_name: String::new(),
        author_url: None,
        author_photo: None,
        error: None,
        attempts: m.attempts + 1,
        next_ms: now_ms,
        checked_ms: now_ms,
    };
    let (source, target) = match (Url::parse(&m.source), Url::parse(&m.target)) {
        (Ok(s), Ok(t)) => (s, t),
        _ => {
            checked.state = MentionState::Refused;
            deps.store.record_check(m.id, &checked).await?;
            return Ok(checked.state);
        }
    };
    // A domain blocked since the mention came: refused, its reply taken down.
    if deps
        .settings
        .federation
        .blocks(source.host_str().unwrap_or_default())
    {
        checked.comment_id = withdraw(deps, m.comment_id, now).await?;
        checked.state = MentionState::Refused;
        checked.error = Some(RequestError::Blocked.to_string());
        deps.store.record_check(m.id, &checked).await?;
        return Ok(checked.state);
    }
    match fetched {
        Fetched::Failed(why) => {
            checked.error = Some(why);
            if checked.attempts >= MAX_ATTEMPTS {
                checked.state = MentionState::Failed;
            } else {
                checked.next_ms = now_ms + 60_000 * (1 << (checked.attempts - 1));
            }
        }
        Fetched::Gone => {
            checked.comment_id = withdraw(deps, m.comment_id, now).await?;
            checked.state = MentionState::Gone;
        }
        Fetched::Page(html) => match read_source(&html, &source, &target) {
            None => {
                checked.comment_id = withdraw(deps, m.comment_id, now).await?;
                checked.state = MentionState::Refused;
                checked.error = Some("the source does not link to the target".into());
            }
            Some(mention) => {
                checked.author_name = cut(&mention.author.name, limits::AUTHOR);
                checked.author_url = mention.author.url.as_ref().map(Url::to_string);
                checked.author_photo = mention.author.photo.as_ref().map(Url::to_string);
                checked.state = MentionState::Verified(mention.kind);
                if mention.kind == Kind::Reply {
                    match reply(deps, m, &source, &mention, now).await? {
                        Ok(id) => checked.comment_id = Some(id),
                        Err(Retry::After(seconds)) => {
                            checked.state = MentionState::Pending;
                            checked.attempts = m.attempts;
                            checked.next_ms = now_ms + i64::try_from(seconds).unwrap_or(60) * 1000;
                        }
                        Err(Retry::Refused(why)) => {
                            checked.state = MentionState::Refused;
                            checked.error = Some(why);
                        }
                    }
                } else {
                    // A reply that became a like no longer stands as a comment.
                    checked.comment_id = withdraw(deps, m.comment_id, now).await?;
                }
            }
        },
    }
    deps.store.record_check(m.id, &checked).await?;
    Ok(checked.state)
}

enum Retry {
    /// The flood rule: try again in this many seconds.
    After(u64),
    /// The rules, a sanction or the hook said no; in words for staff.
    Refused(String),
}

/// The reply's comment: made the first time, its text replaced when the
/// source changed (an approved one goes back to the queue: a moderator
/// approved the words they read), left alone otherwise.
async fn reply(
    deps: &Deps<'_>,
    m: &StoredMention,
    source: &Url,
    mention: &Mention,
    now: Timestamp,
) -> Result<Result<CommentId, Retry>, StoreError> {
    let existing = standing_comment(deps, m.comment_id).await?;
    let text = cut(&mention.content_html, limits::COMMENT);
    if let Some(c) = existing {
        edit_reply(deps, &c, &text, now).await?;
        return Ok(Ok(c.id));
    }
    let host = source.host_str().unwrap_or("unknown");
    let form = CommentForm {
        author: cut(&mention.author.name, limits::AUTHOR),
        // The rules want an address; none is stored (see `Channel`).
        email: format!("{}@webmention.invalid", cut(host, 60)),
        url: mention
            .author
            .url
            .as_ref()
            .map(Url::to_string)
            .filter(|u| u.len() <= limits::URL)
            .unwrap_or_default(),
        comment: text,
    };
    let sub = federated_submission(
        m.article_id,
        None,
        form,
        now,
        WEBMENTION,
        mention.url.to_string(),
    );
    match submit_federated(deps, sub).await {
        Ok(accepted) => Ok(Ok(accepted.id)),
        Err(SubmitError::Store(e)) => Err(e),
        Err(SubmitError::Flood { retry_after }) => Ok(Err(Retry::After(retry_after))),
        Err(e) => Ok(Err(Retry::Refused(e.to_string()))),
    }
}

/// A reply from another site, as the one submission use case takes it: no
/// address, agent, honeypot, token or proof (see [`Channel::Federated`]).
pub(super) fn federated_submission(
    article_id: crate::ids::ArticleId,
    parent_id: Option<CommentId>,
    form: CommentForm,
    now: Timestamp,
    comment_type: &'static str,
    origin: String,
) -> Submission {
    Submission {
        article_id,
        parent_id,
        form,
        ip: None,
        user_agent: None,
        now,
        channel: Channel::Federated {
            comment_type,
            origin,
        },
        honeypot: String::new(),
        subscribe: false,
        page_title: None,
        reader_id: None,
        proof: None,
    }
}

/// [`submit_comment`] with the deps' filter and hook.
pub(super) async fn submit_federated(
    deps: &Deps<'_>,
    sub: Submission,
) -> Result<super::Accepted, SubmitError> {
    submit_comment(
        deps.store,
        deps.settings,
        deps.secret,
        deps.filter,
        deps.hook,
        sub,
    )
    .await
}

/// The comment a federated reply made, unless it is gone or trashed.
pub(super) async fn standing_comment(
    deps: &Deps<'_>,
    comment: Option<CommentId>,
) -> Result<Option<crate::comment::Comment>, StoreError> {
    Ok(match comment {
        Some(id) => deps
            .store
            .comment(id)
            .await?
            .filter(|c| c.status != CommentStatus::Trash),
        None => None,
    })
}

/// Replaces a federated reply's text by its author's new version, if it
/// changed: an approved one goes back to the queue (a moderator approved
/// the words they read).
pub(super) async fn edit_reply(
    deps: &Deps<'_>,
    c: &crate::comment::Comment,
    text: &str,
    now: Timestamp,
) -> Result<(), StoreError> {
    if c.content_source == text {
        return Ok(());
    }
    let html = render_comment(text, &deps.settings.allowlist);
    let ids = [c.id];
    let change = Change {
        action: (c.status == CommentStatus::Approved).then_some(ModerationAction::Unapprove),
        text: Some(NewText::Author(AuthorText {
            source: text,
            html: &html,
            ip: None,
            max_edits: u32::MAX,
        })),
        ..Change::new(&ids, By::Reader)
    };
    let _ = apply(deps.store, change, now).await?;
    Ok(())
}

/// Takes down the comment a mention made, if it still stands: its author
/// took the post away (a deletion by its author, in the moderation log).
pub(super) async fn withdraw(
    deps: &Deps<'_>,
    comment: Option<CommentId>,
    now: Timestamp,
) -> Result<Option<CommentId>, StoreError> {
    if let Some(id) = comment {
        let ids = [id];
        let change = Change {
            action: Some(ModerationAction::Trash),
            ..Change::new(&ids, By::Reader)
        };
        let _ = apply(deps.store, change, now).await?;
    }
    Ok(None)
}

/// At most `max` bytes, cut at a character boundary.
pub(super) fn cut(s: &str, max: usize) -> String {
    let s = s.trim();
    let mut end = s.len().min(max);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s[..end].to_string()
}

/// Queues Webmentions for a published article's links to other sites, when
/// the site takes part (`federation.enabled`, and `site.url` set: the
/// source must be an absolute address); sent once it is live, not before
/// (a scheduled article's date). Links it no longer has are told too.
pub(crate) async fn queue_links(
    store: &dyn Store,
    id: ArticleId,
    article: &NewArticle,
    html: &SanitizedHtml,
) -> Result<(), StoreError> {
    if article.status != ArticleStatus::Published {
        return Ok(());
    }
    let (settings, _) = SiteSettings::load(store).await?;
    if !settings.federation.enabled {
        return Ok(());
    }
    let Ok(site) = Url::parse(&settings.url) else {
        return Ok(());
    };
    let targets: Vec<String> = outbound_links(html.as_str(), &site)
        .iter()
        .map(Url::to_string)
        .collect();
    let at = article.published_at.max(crate::chrono::Utc::now());
    store.queue_sends(id, &targets, at.timestamp_millis()).await
}

/// What telling one linked page found, for [`record_send`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Told {
    /// The endpoint answered this 2xx.
    Accepted { endpoint: String, status: u16 },
    /// The page names no endpoint.
    NoEndpoint,
    /// The page, or its endpoint, could not be reached or refused.
    Failed {
        endpoint: Option<String>,
        why: String,
    },
}

/// Records a try at telling one linked page: failures wait 1, 2, 4 and 8
/// minutes, then stay failed.
pub async fn record_send(
    store: &dyn Store,
    send: &OutgoingMention,
    told: Told,
    now: Timestamp,
) -> Result<SendState, StoreError> {
    let now_ms = now.timestamp_millis();
    let attempts = send.attempts + 1;
    let outcome = match told {
        Told::Accepted { endpoint, status } => SendOutcome {
            state: SendState::Sent,
            endpoint: Some(endpoint),
            status: Some(status),
            error: None,
            attempts,
            next_ms: now_ms,
            sent_ms: Some(now_ms),
        },
        Told::NoEndpoint => SendOutcome {
            state: SendState::NoEndpoint,
            endpoint: None,
            status: None,
            error: None,
            attempts,
            next_ms: now_ms,
            sent_ms: None,
        },
        Told::Failed { endpoint, why } => SendOutcome {
            state: if attempts >= MAX_ATTEMPTS {
                SendState::Failed
            } else {
                SendState::Pending
            },
            endpoint,
            status: None,
            error: Some(why),
            attempts,
            next_ms: now_ms + 60_000 * (1 << (attempts - 1).min(10)),
            sent_ms: None,
        },
    };
    store.record_send(send.id, &outcome).await?;
    Ok(outcome.state)
}

/// A send whose article is no longer live is not made.
pub async fn skip_send(
    store: &dyn Store,
    send: &OutgoingMention,
    now: Timestamp,
) -> Result<(), StoreError> {
    store
        .record_send(
            send.id,
            &SendOutcome {
                state: SendState::Skipped,
                endpoint: None,
                status: None,
                error: None,
                attempts: send.attempts,
                next_ms: now.timestamp_millis(),
                sent_ms: None,
            },
        )
        .await
}
