//! ActivityPub (issue 31): what the site does with an activity whose
//! signature the web layer verified, and what it tells its followers when
//! an article is published, updated or withdrawn. A reply becomes a comment
//! through [`super::submit_comment`] (rules, filter, hook, sanctions; none of
//! the form's checks); its edits and deletion go through the moderation door
//! by its author, like a Webmention's.
use super::submit::SubmitError;
use super::webmentions::{
    Deps, cut, edit_reply, federated_submission, standing_comment, submit_federated, withdraw,
};
use crate::Timestamp;
use crate::article::{Article, ArticleKind, ArticleStatus};
use crate::comment::{CommentForm, CommentStatus, limits};
use crate::federation::activitypub::{
    Addresses, Incoming, Local, Note, RemoteActor, accept, activity, article_object, is_handle,
    read_activity, same_origin,
};
use crate::federation::keys::{KeyError, SiteKey, generate_private_pem};
use crate::federation::webmention::{Kind, target_slug};
use crate::ids::{ArticleId, CommentId};
use crate::settings::{FederationSettings, SiteSettings};
use crate::store::{Store, StoreError};
use serde_json::{Value, json};
use url::Url;

/// A comment's `comment_type` when it came from the Fediverse.
pub const ACTIVITYPUB: &str = "activitypub";

/// Why an activity is refused; the web layer maps each to a status.
#[derive(Debug, thiserror::Error)]
pub enum InboxError {
    /// `federation.enabled` is off (404).
    #[error("ActivityPub is not enabled on this site")]
    Disabled,
    /// Not an activity masthead can read (400).
    #[error("not an ActivityPub activity: {0}")]
    Malformed(&'static str),
    /// The activity's actor is not the signer, or not the post's author
    /// (403).
    #[error("the activity's actor did not sign it, or does not own its object")]
    NotTheActor,
    /// The instance's flood rule: try again in this many seconds (429).
    #[error("too many comments from this instance; try again in {0} s")]
    Flood(u64),
    /// The reply was refused (comments closed, a sanction, the hook): 422.
    #[error("{0}")]
    Refused(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// What an accepted activity did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Received {
    Followed,
    Unfollowed,
    /// A reply became this comment, with this status.
    Comment(CommentId, CommentStatus),
    Edited(CommentId),
    Deleted(CommentId),
    Reacted(Kind),
    Unreacted,
    /// Accepted, nothing done, and why (a private message, another site's
    /// post, an activity masthead has no use for).
    Ignored(&'static str),
}

/// The site actor's key, made (and kept) on first use.
pub async fn site_key(store: &dyn Store) -> Result<SiteKey, SiteKeyError> {
    let pem = match store.site_key().await? {
        Some(pem) => pem,
        None => store.keep_site_key(&generate_private_pem()?).await?,
    };
    Ok(SiteKey::from_private_pem(&pem)?)
}

#[derive(Debug, thiserror::Error)]
pub enum SiteKeyError {
    #[error(transparent)]
    Key(#[from] KeyError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Acts on one activity from `actor`, whose key signed it.
pub async fn receive_activity(
    deps: &Deps<'_>,
    ad: &Addresses,
    actor: &RemoteActor,
    activity: &Value,
    now: Timestamp,
) -> Result<Received, InboxError> {
    if !deps.settings.federation.enabled {
        return Err(InboxError::Disabled);
    }
    let (id, actor_id, incoming) =
        read_activity(activity).ok_or(InboxError::Malformed("no id, type or actor"))?;
    if actor_id != actor.id {
        return Err(InboxError::NotTheActor);
    }
    // What an actor sends is named on its own server: no one claims
    // another's post (and blocks its author's edits) or links the page to
    // anywhere else.
    if !same_origin(&id, &actor.id) {
        return Err(InboxError::Malformed(
            "the activity's id is not on its actor's server",
        ));
    }
    if let Incoming::Create(n) | Incoming::Update(n) = &incoming
        && !same_origin(&n.id, &actor.id)
    {
        return Err(InboxError::Malformed(
            "the post's id is not on its author's server",
        ));
    }
    let store = deps.store;
    let now_ms = now.timestamp_millis();
    match incoming {
        Incoming::Follow { object } => {
            let Some(followed) = ad.local(&object) else {
                return Ok(Received::Ignored("a follow of another actor"));
            };
            if actor_of(store, &deps.settings.federation, followed)
                .await?
                .is_none()
            {
                return Ok(Received::Ignored("a follow of another actor"));
            }
            store.add_follower(actor, followed, now_ms).await?;
            let answer = accept(
                ad,
                followed,
                &id,
                &actor.id,
                &format!("{}#accept-{now_ms}", ad.of(followed)),
            );
            store
                .queue_delivery(&actor.inbox, &answer.to_string(), now_ms)
                .await?;
            Ok(Received::Followed)
        }
        Incoming::UndoFollow { object } => {
            let followed = object.as_deref().and_then(|o| ad.local(o));
            store.remove_follower(&actor.id, followed).await?;
            Ok(Received::Unfollowed)
        }
        Incoming::Create(note) | Incoming::Update(note) if note.attributed_to != actor.id => {
            Err(InboxError::NotTheActor)
        }
        Incoming::Create(note) | Incoming::Update(note) => {
            if let Some(known) = store.federated_note(&note.id).await? {
                if known.actor_id != actor.id {
                    return Err(InboxError::NotTheActor);
                }
                return edit(deps, known.comment_id, &note, now).await;
            }
            if !note.public {
                // Addressed to people, not the public: never published.
                return Ok(Received::Ignored("a private message"));
            }
            reply(deps, ad, actor, &note, now).await
        }
        Incoming::Delete { object } => {
            if object == actor.id {
                store.remove_follower(&actor.id, None).await?;
                return Ok(Received::Unfollowed);
            }
            let Some(known) = store.federated_note(&object).await? else {
                return Ok(Received::Ignored("a post that made no comment here"));
            };
            if known.actor_id != actor.id {
                return Err(InboxError::NotTheActor);
            }
            let Some(comment) = known.comment_id else {
                return Ok(Received::Ignored("a post whose comment is gone"));
            };
            withdraw(deps, Some(comment), now).await?;
            Ok(Received::Deleted(comment))
        }
        Incoming::Like { object } => react(deps, ad, actor, &id, &object, Kind::Like, now).await,
        Incoming::Announce { object } => {
            react(deps, ad, actor, &id, &object, Kind::Repost, now).await
        }
        Incoming::UndoReaction { activity } => {
            Ok(if store.remove_reaction(&activity, &actor.id).await? {
                Received::Unreacted
            } else {
                Received::Ignored("an undo of nothing kept here")
            })
        }
        Incoming::Other(_) => Ok(Received::Ignored("an activity masthead does not use")),
    }
}

/// The user name of a local actor that answers: the site's, or a staff
/// author's while `federation.staff_authors` is on and their name can be
/// a handle.
pub async fn actor_of(
    store: &dyn Store,
    federation: &FederationSettings,
    who: Local,
) -> Result<Option<String>, StoreError> {
    match who {
        Local::Site => Ok(Some(federation.username.clone())),
        Local::Author(_) if !federation.staff_authors => Ok(None),
        Local::Author(id) => Ok(store
            .author_name(id)
            .await?
            .filter(|n| is_handle(n) && !n.eq_ignore_ascii_case(&federation.username))),
    }
}

/// The local actor an account name (`acct:NAME@HOST`) names.
pub async fn account(
    store: &dyn Store,
    federation: &FederationSettings,
    name: &str,
) -> Result<Option<Local>, StoreError> {
    if name.eq_ignore_ascii_case(&federation.username) {
        return Ok(Some(Local::Site));
    }
    if !federation.staff_authors || !is_handle(name) {
        return Ok(None);
    }
    Ok(store.author_id(name).await?.map(Local::Author))
}

/// Lists a like or boost of one of the site's articles.
async fn react(
    deps: &Deps<'_>,
    ad: &Addresses,
    actor: &RemoteActor,
    id: &str,
    object: &str,
    kind: Kind,
    now: Timestamp,
) -> Result<Received, InboxError> {
    match our_article(deps.store, ad, object, now).await? {
        Some(article) => {
            deps.store
                .record_reaction(id, object, article.id, kind, actor, now.timestamp_millis())
                .await?;
            Ok(Received::Reacted(kind))
        }
        None => Ok(Received::Ignored("a reaction to another site's post")),
    }
}

/// A live article of this site at `url`.
async fn our_article(
    store: &dyn Store,
    ad: &Addresses,
    url: &str,
    now: Timestamp,
) -> Result<Option<Article>, StoreError> {
    let Some(slug) = Url::parse(url).ok().and_then(|u| target_slug(&u, &ad.site)) else {
        return Ok(None);
    };
    Ok(store
        .article_by_slug(&slug)
        .await?
        .filter(|a| a.is_live(now) && a.provenance.withdrawn_at.is_none()))
}

/// What a reply answers: an article, or a comment on one.
async fn replied_to(
    deps: &Deps<'_>,
    ad: &Addresses,
    in_reply_to: &str,
    now: Timestamp,
) -> Result<Option<(Article, Option<CommentId>)>, StoreError> {
    if let Some(article) = our_article(deps.store, ad, in_reply_to, now).await? {
        return Ok(Some((article, None)));
    }
    let parent = match ad.comment_of(in_reply_to) {
        Some(id) => Some(id),
        // A reply to a reply that came from the Fediverse.
        None => deps
            .store
            .federated_note(in_reply_to)
            .await?
            .and_then(|n| n.comment_id),
    };
    let Some(parent) = parent else {
        return Ok(None);
    };
    let Some(c) = deps.store.comment(parent).await? else {
        return Ok(None);
    };
    let article = deps
        .store
        .article_by_id(c.article_id)
        .await?
        .filter(|a| a.is_live(now) && a.provenance.withdrawn_at.is_none());
    Ok(article.map(|a| (a, Some(parent))))
}

async fn reply(
    deps: &Deps<'_>,
    ad: &Addresses,
    actor: &RemoteActor,
    note: &Note,
    now: Timestamp,
) -> Result<Received, InboxError> {
    let Some(in_reply_to) = note.in_reply_to.as_deref() else {
        return Ok(Received::Ignored("a post that replies to nothing here"));
    };
    let Some((article, parent)) = replied_to(deps, ad, in_reply_to, now).await? else {
        return Ok(Received::Ignored("a post that replies to nothing here"));
    };
    let host = Url::parse(&actor.id)
        .ok()
        .and_then(|u| u.host_str().map(String::from))
        .unwrap_or_else(|| "unknown".into());
    // The name readers see carries the handle: who it is on the Fediverse.
    let author = if actor.name.trim_start_matches('@') == actor.handle.trim_start_matches('@') {
        actor.handle.clone()
    } else {
        format!("{} ({})", actor.name, actor.handle)
    };
    let form = CommentForm {
        author: cut(&author, limits::AUTHOR),
        // The rules want an address; none is stored (see `Channel`).
        // The handle is one: staff sanction a remote actor as
        // `user@instance` (the commenters desk, `masthead commenters
        // ban`), a whole instance as `@instance`.
        email: rules_address(actor, &host),
        url: actor
            .url
            .clone()
            .filter(|u| u.len() <= limits::URL)
            .unwrap_or_default(),
        comment: cut(&note.content, limits::COMMENT),
    };
    // The link under the comment goes to the author's own server.
    let origin = if same_origin(&note.url, &actor.id) {
        note.url.clone()
    } else {
        note.id.clone()
    };
    let sub = federated_submission(article.id, parent, form, now, ACTIVITYPUB, origin);
    let now_ms = now.timestamp_millis();
    match submit_federated(deps, sub).await {
        Ok(accepted) => {
            deps.store
                .record_note(
                    &note.id,
                    in_reply_to,
                    article.id,
                    Some(accepted.id),
                    actor,
                    now_ms,
                )
                .await?;
            Ok(Received::Comment(accepted.id, accepted.status))
        }
        Err(SubmitError::Store(e)) => Err(e.into()),
        Err(SubmitError::Flood { retry_after }) => Err(InboxError::Flood(retry_after)),
        Err(e) => {
            deps.store
                .record_note(&note.id, in_reply_to, article.id, None, actor, now_ms)
                .await?;
            Err(InboxError::Refused(e.to_string()))
        }
    }
}

/// `user@host` (the handle without its port), lower-cased, for the rules
/// and sanctions; where the handle is no address, a stand-in at the same
/// host (so `@instance` still matches) named by the actor's id.
fn rules_address(actor: &RemoteActor, host: &str) -> String {
    use sha2::Digest;
    let user = actor
        .handle
        .trim_start_matches('@')
        .split('@')
        .next()
        .unwrap_or_default();
    let address = format!("{user}@{host}").to_lowercase();
    if crate::comment::is_email(&address) && address.len() <= limits::EMAIL {
        return address;
    }
    let hash = sha2::Sha256::digest(actor.id.as_bytes());
    let tag: String = hash[..6].iter().map(|b| format!("{b:02x}")).collect();
    format!("ap-{tag}@{}", cut(&host.to_lowercase(), 80))
}

async fn edit(
    deps: &Deps<'_>,
    comment: Option<CommentId>,
    note: &Note,
    now: Timestamp,
) -> Result<Received, InboxError> {
    let Some(c) = standing_comment(deps, comment).await? else {
        return Ok(Received::Ignored("a post whose comment is gone"));
    };
    edit_reply(deps, &c, &cut(&note.content, limits::COMMENT), now).await?;
    Ok(Received::Edited(c.id))
}

/// Whether followers should have the article: published, listed, not
/// withdrawn.
fn stands(a: &Article) -> bool {
    a.status == ArticleStatus::Published
        && a.kind == ArticleKind::Article
        && a.external_url.is_none()
        && a.provenance.withdrawn_at.is_none()
}

/// Tells the followers what became of an article: `Create` when it is
/// first published (at its publication time, for a scheduled one),
/// `Update` when a published one changes, `Delete` when it is unpublished
/// or withdrawn. Queued, one delivery per instance, replacing what has not
/// gone yet; nothing without `federation.enabled` and `site.url`.
///
/// An article by a staff author who is an actor (`federation.staff_authors`)
/// comes from the author, to the instances where the author or the site is
/// followed; the site's account boosts (`Announce`s) it to its own
/// followers, whose servers would otherwise drop a post by someone nobody
/// there follows.
pub(crate) async fn tell_followers(
    store: &dyn Store,
    id: ArticleId,
    now: Timestamp,
) -> Result<(), StoreError> {
    let (settings, _) = SiteSettings::load(store).await?;
    if !settings.federation.enabled {
        return Ok(());
    }
    let (Ok(site), Some(article)) = (Url::parse(&settings.url), store.article_by_id(id).await?)
    else {
        return Ok(());
    };
    let live = stands(&article);
    // What has not gone yet is replaced: a pulled or rescheduled article's
    // Create never goes, and nothing overtakes anything.
    let delivered = store.cancel_article_deliveries(id).await?;
    let kind = match (delivered, live) {
        (false, true) => "Create",
        (true, true) => "Update",
        (true, false) => "Delete",
        (false, false) => return Ok(()),
    };
    let by = author_of(store, &settings.federation, &article).await?;
    let ad = Addresses::new(site);
    let url = ad.article(&article);
    let now_ms = now.timestamp_millis();
    let object = if kind == "Delete" {
        json!({ "id": url, "type": "Tombstone" })
    } else {
        article_object(&ad, by, &article, &[])
    };
    // A scheduled article's Create (and any Update before it is out) go
    // at its time, in order; a Delete at once.
    let at_ms = if kind == "Delete" {
        now_ms
    } else {
        article.published_at.timestamp_millis().max(now_ms)
    };
    let stamp = |kind: &str| format!("{url}#{}-{now_ms}", kind.to_lowercase());
    let body = activity(&ad, by, kind, &stamp(kind), object);
    let audience: &[Local] = if by == Local::Site {
        &[Local::Site]
    } else {
        &[by, Local::Site]
    };
    store
        .queue_for_followers(id, audience, &body.to_string(), at_ms)
        .await?;
    if by != Local::Site && kind == "Create" {
        let boost = activity(&ad, Local::Site, "Announce", &stamp("announce"), json!(url));
        store
            .queue_for_followers(id, &[Local::Site], &boost.to_string(), at_ms)
            .await?;
    }
    Ok(())
}

/// Who an article comes from on the Fediverse: its staff author while
/// they are an actor, else the site.
pub async fn author_of(
    store: &dyn Store,
    federation: &FederationSettings,
    article: &Article,
) -> Result<Local, StoreError> {
    let Some(user) = article.author_id else {
        return Ok(Local::Site);
    };
    let who = Local::Author(user);
    Ok(if actor_of(store, federation, who).await?.is_some() {
        who
    } else {
        Local::Site
    })
}
