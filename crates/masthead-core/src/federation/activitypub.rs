//! ActivityPub's vocabulary as masthead speaks it: the site actor, an
//! article as an `Article` with its approved comments as `replies`,
//! WebFinger and NodeInfo documents, the activities the site sends, and a
//! reading of the ones it receives. Pure: JSON in, JSON out.
use crate::article::Article;
use crate::comment::PublicComment;
use serde_json::{Value, json};
use url::Url;

pub const ACTIVITY_JSON: &str = "application/activity+json";
pub const PUBLIC: &str = "https://www.w3.org/ns/activitystreams#Public";
const AS_CONTEXT: &str = "https://www.w3.org/ns/activitystreams";
const SECURITY_CONTEXT: &str = "https://w3id.org/security/v1";

/// The site's actor's addresses, fixed paths under the site's address (the
/// account name may change; the actor's id must not).
pub struct Addresses {
    pub site: Url,
}

impl Addresses {
    pub fn new(site: Url) -> Self {
        Self { site }
    }
    fn at(&self, path: &str) -> String {
        self.site.join(path).map(String::from).unwrap_or_default()
    }
    pub fn actor(&self) -> String {
        self.at("/ap/actor")
    }
    pub fn key_id(&self) -> String {
        format!("{}#main-key", self.actor())
    }
    pub fn inbox(&self) -> String {
        self.at("/ap/inbox")
    }
    pub fn outbox(&self) -> String {
        self.at("/ap/outbox")
    }
    pub fn followers(&self) -> String {
        self.at("/ap/followers")
    }
    pub fn article(&self, a: &Article) -> String {
        self.at(&a.path())
    }
    pub fn comment(&self, id: crate::ids::CommentId) -> String {
        self.at(&format!("/comments/{}", id.0))
    }
    /// The comment a URL of this site names (`/comments/ID`).
    pub fn comment_of(&self, url: &str) -> Option<crate::ids::CommentId> {
        let u = Url::parse(url).ok()?;
        if u.origin() != self.site.origin() {
            return None;
        }
        let id = u.path().strip_prefix("/comments/")?;
        id.parse().ok().map(crate::ids::CommentId)
    }
    /// `host[:port]` of the site, the part after `@` in its account.
    pub fn host(&self) -> String {
        super::signature::authority(&self.site)
    }
}

/// Whether an `Accept` header asks for ActivityPub's JSON rather than HTML.
pub fn wants_activity_json(accept: &str) -> bool {
    accept.split(',').any(|part| {
        let media = part.trim().to_ascii_lowercase();
        media.starts_with(ACTIVITY_JSON)
            || (media.starts_with("application/ld+json")
                && media.contains("https://www.w3.org/ns/activitystreams"))
    })
}

/// The site as an `Organization` with its inbox and key.
pub fn actor_document(
    ad: &Addresses,
    username: &str,
    title: &str,
    summary: &str,
    public_pem: &str,
) -> Value {
    json!({
        "@context": [AS_CONTEXT, SECURITY_CONTEXT],
        "id": ad.actor(),
        "type": "Organization",
        "preferredUsername": username,
        "name": title,
        "summary": summary,
        "url": ad.site.as_str(),
        "inbox": ad.inbox(),
        "outbox": ad.outbox(),
        "followers": ad.followers(),
        "manuallyApprovesFollowers": false,
        "discoverable": true,
        "endpoints": { "sharedInbox": ad.inbox() },
        "publicKey": {
            "id": ad.key_id(),
            "owner": ad.actor(),
            "publicKeyPem": public_pem,
        },
    })
}

/// The WebFinger answer (JRD) for `acct:USERNAME@HOST`.
pub fn webfinger(ad: &Addresses, username: &str) -> Value {
    json!({
        "subject": format!("acct:{username}@{}", ad.host()),
        "aliases": [ad.actor()],
        "links": [
            { "rel": "self", "type": ACTIVITY_JSON, "href": ad.actor() },
            { "rel": "http://webfinger.net/rel/profile-page", "type": "text/html", "href": ad.site.as_str() },
        ],
    })
}

/// Whether a WebFinger `resource` names the site's actor.
pub fn is_our_resource(ad: &Addresses, username: &str, resource: &str) -> bool {
    if resource == ad.actor() {
        return true;
    }
    let Some(acct) = resource.strip_prefix("acct:") else {
        return false;
    };
    let Some((user, host)) = acct.rsplit_once('@') else {
        return false;
    };
    user.trim_start_matches('@').eq_ignore_ascii_case(username)
        && host.eq_ignore_ascii_case(&ad.host())
}

pub const NODEINFO_SCHEMA: &str = "http://nodeinfo.diaspora.software/ns/schema/2.1";

/// NodeInfo 2.1: what software this is and how much it holds.
pub fn nodeinfo(title: &str, articles: u64, comments: u64, open: bool) -> Value {
    json!({
        "version": "2.1",
        "software": {
            "name": "masthead",
            "version": env!("CARGO_PKG_VERSION"),
        },
        "protocols": ["activitypub"],
        "services": { "inbound": [], "outbound": [] },
        "openRegistrations": false,
        "usage": {
            "users": { "total": 1, "activeMonth": 1, "activeHalfyear": 1 },
            "localPosts": articles,
            "localComments": comments,
        },
        "metadata": { "nodeName": title, "federation": open },
    })
}

fn iso(t: crate::Timestamp) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// An approved comment as a `Note` in an article's `replies`.
fn reply_note(ad: &Addresses, article_url: &str, c: &PublicComment) -> Value {
    let in_reply_to = c
        .parent_id
        .map_or_else(|| article_url.to_string(), |p| ad.comment(p));
    json!({
        "id": ad.comment(c.id),
        "type": "Note",
        "url": c.origin_url.clone().unwrap_or_else(|| ad.comment(c.id)),
        "inReplyTo": in_reply_to,
        "content": c.content_html.as_str(),
        "published": iso(c.created_at),
        "to": [PUBLIC],
    })
}

/// An article as an `Article`, its approved comments (those given) as the
/// `replies` collection.
pub fn article_object(ad: &Addresses, a: &Article, replies: &[PublicComment]) -> Value {
    let url = ad.article(a);
    let items: Vec<Value> = replies.iter().map(|c| reply_note(ad, &url, c)).collect();
    let mut o = json!({
        "@context": AS_CONTEXT,
        "id": url,
        "type": "Article",
        "name": a.title,
        "summary": a.standfirst,
        "content": a.body_html.as_str(),
        "url": url,
        "attributedTo": ad.actor(),
        "published": iso(a.published_at),
        "to": [PUBLIC],
        "cc": [ad.followers()],
        "replies": {
            "id": format!("{url}#replies"),
            "type": "OrderedCollection",
            "totalItems": items.len(),
            "orderedItems": items,
        },
    });
    if let Some(map) = o.as_object_mut() {
        if a.updated_at > a.published_at {
            map.insert("updated".into(), iso(a.updated_at).into());
        }
        if let Some(p) = &a.photo {
            let src = ad.site.join(&p.src).map(String::from).unwrap_or_default();
            map.insert(
                "image".into(),
                json!({ "type": "Image", "url": src, "name": p.alt }),
            );
        }
    }
    o
}

/// An activity by the site about `object`, addressed to the public and the
/// followers. `id` must be unique per activity.
pub fn activity(ad: &Addresses, kind: &str, id: &str, object: Value) -> Value {
    json!({
        "@context": AS_CONTEXT,
        "id": id,
        "type": kind,
        "actor": ad.actor(),
        "to": [PUBLIC],
        "cc": [ad.followers()],
        "object": object,
    })
}

/// The answer to a `Follow` (`follow_id`, by `follower`): the follow is
/// named, not echoed, so nothing of the sender's goes out signed by us.
pub fn accept(ad: &Addresses, follow_id: &str, follower: &str, id: &str) -> Value {
    json!({
        "@context": AS_CONTEXT,
        "id": id,
        "type": "Accept",
        "actor": ad.actor(),
        "object": {
            "id": follow_id,
            "type": "Follow",
            "actor": follower,
            "object": ad.actor(),
        },
    })
}

/// Ids and addresses from other servers are kept only as http(s) URLs of
/// at most this many bytes.
pub const MAX_ID_BYTES: usize = 2048;

/// Whether `s` is an id masthead keeps: an http(s) URL, not too long, no
/// control characters (PostgreSQL refuses NUL; indexes refuse long keys).
pub fn is_id(s: &str) -> bool {
    s.len() <= MAX_ID_BYTES
        && !s.chars().any(char::is_control)
        && (s.starts_with("https://") || s.starts_with("http://"))
        && Url::parse(s).is_ok_and(|u| u.host_str().is_some())
}

/// Whether two ids are on the same server (scheme, host and port).
pub fn same_origin(a: &str, b: &str) -> bool {
    match (Url::parse(a), Url::parse(b)) {
        (Ok(a), Ok(b)) => a.origin() == b.origin(),
        _ => false,
    }
}

/// A name from another server: no control characters, at most `max` bytes.
fn clean(s: &str, max: usize) -> String {
    let s: String = s.chars().filter(|c| !c.is_control()).collect();
    let s = s.trim();
    let mut end = s.len().min(max);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s[..end].to_string()
}

/// A reference's id: a string, or an object's `id` (only ids [`is_id`]
/// accepts).
pub fn id_of(v: &Value) -> Option<&str> {
    match v {
        Value::String(s) => Some(s.as_str()),
        Value::Object(o) => o.get("id").and_then(Value::as_str),
        Value::Array(a) => a.first().and_then(id_of),
        _ => None,
    }
    .filter(|s| is_id(s))
}

/// An addressee: an id, or the public collection's short forms
/// (`as:Public`), which are no URLs.
fn addressee(v: &Value) -> Option<&str> {
    match v {
        Value::String(s) => Some(s.as_str()),
        Value::Object(o) => o.get("id").and_then(Value::as_str),
        _ => None,
    }
}

/// The addressees in `to` or `cc`.
fn ids(v: Option<&Value>) -> Vec<&str> {
    match v {
        Some(Value::Array(a)) => a.iter().filter_map(addressee).collect(),
        Some(v) => addressee(v).into_iter().collect(),
        None => Vec::new(),
    }
}

/// A remote post, as the inbox reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub id: String,
    /// Its page, for "replied on" (its id when it names none).
    pub url: String,
    pub attributed_to: String,
    pub content: String,
    pub in_reply_to: Option<String>,
    /// Addressed to the public (public or unlisted): anything else is a
    /// private message, never published.
    pub public: bool,
}

/// A `Note` (or a reply-like `Article` or `Page`) in an activity's `object`.
pub fn note(object: &Value) -> Option<Note> {
    let kind = object.get("type")?.as_str()?;
    if !matches!(kind, "Note" | "Article" | "Page" | "Question") {
        return None;
    }
    let id = object.get("id").and_then(id_of)?.to_string();
    let public = ids(object.get("to"))
        .into_iter()
        .chain(ids(object.get("cc")))
        .any(|a| a == PUBLIC || a == "as:Public" || a == "Public");
    let url = match object.get("url") {
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Array(a)) => a.iter().find_map(|u| {
            u.as_str()
                .map(String::from)
                .or_else(|| u.get("href").and_then(Value::as_str).map(String::from))
        }),
        Some(Value::Object(o)) => o.get("href").and_then(Value::as_str).map(String::from),
        _ => None,
    }
    .filter(|u| is_id(u))
    .unwrap_or_else(|| id.clone());
    let content = object
        .get("content")
        .and_then(Value::as_str)
        .or_else(|| {
            object
                .get("contentMap")
                .and_then(Value::as_object)
                .and_then(|m| m.values().find_map(Value::as_str))
        })
        .unwrap_or_default()
        .replace('\0', "");
    Some(Note {
        id,
        url,
        attributed_to: object.get("attributedTo").and_then(id_of)?.to_string(),
        content,
        in_reply_to: object.get("inReplyTo").and_then(id_of).map(String::from),
        public,
    })
}

/// What a received activity asks, as masthead understands it.
#[derive(Debug, Clone, PartialEq)]
pub enum Incoming {
    Follow {
        object: String,
    },
    UndoFollow,
    /// `Undo` of a `Like` or `Announce`, by the undone activity's id.
    UndoReaction {
        activity: String,
    },
    Create(Note),
    Update(Note),
    /// `Delete` of an object (or of the actor itself).
    Delete {
        object: String,
    },
    Like {
        object: String,
    },
    Announce {
        object: String,
    },
    /// Anything else: accepted, and nothing done.
    Other(String),
}

/// Reads an activity; `None` when it is not one (no type, actor or id).
pub fn read_activity(v: &Value) -> Option<(String, String, Incoming)> {
    let id = v.get("id").and_then(id_of)?.to_string();
    let actor = v.get("actor").and_then(id_of)?.to_string();
    let kind = v.get("type")?.as_str()?;
    let object = v.get("object");
    let object_id = || object.and_then(id_of).map(String::from);
    let incoming = match kind {
        "Follow" => Incoming::Follow {
            object: object_id()?,
        },
        "Undo" => {
            let inner = object?;
            match inner.get("type").and_then(Value::as_str) {
                Some("Follow") => Incoming::UndoFollow,
                Some("Like" | "Announce" | "EmojiReact") => Incoming::UndoReaction {
                    activity: id_of(inner)?.to_string(),
                },
                // A bare id: whatever it undid, a reaction is the only
                // thing kept by activity id.
                None => Incoming::UndoReaction {
                    activity: id_of(inner)?.to_string(),
                },
                Some(other) => Incoming::Other(format!("Undo {other}")),
            }
        }
        "Create" => match object.and_then(note) {
            Some(n) => Incoming::Create(n),
            None => Incoming::Other("Create".into()),
        },
        "Update" => match object.and_then(note) {
            Some(n) => Incoming::Update(n),
            None => Incoming::Other("Update".into()),
        },
        "Delete" => Incoming::Delete {
            object: object_id()?,
        },
        "Like" => Incoming::Like {
            object: object_id()?,
        },
        "Announce" => Incoming::Announce {
            object: object_id()?,
        },
        other => Incoming::Other(other.to_string()),
    };
    Some((id, actor, incoming))
}

/// What a remote actor's document says about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemoteActor {
    pub id: String,
    pub inbox: String,
    pub shared_inbox: Option<String>,
    /// `@user@host`.
    pub handle: String,
    pub name: String,
    /// Its profile page.
    pub url: Option<String>,
}

/// Reads an actor document: its inbox, handle and the PEM of the key
/// `key_id` (the actor may list several keys).
pub fn read_actor(doc: &Value, key_id: Option<&str>) -> Option<(RemoteActor, Option<String>)> {
    let id = doc.get("id").and_then(id_of)?.to_string();
    let host = Url::parse(&id)
        .ok()
        .map(|u| super::signature::authority(&u))?;
    let username = clean(
        doc.get("preferredUsername")
            .and_then(Value::as_str)
            .unwrap_or("unknown"),
        100,
    );
    // The key must be the one named, and the actor's own.
    let ours = |k: &Value| {
        key_id.is_none_or(|want| k.get("id").and_then(Value::as_str) == Some(want))
            && k.get("owner")
                .and_then(Value::as_str)
                .is_none_or(|owner| owner == id)
    };
    let pem = match doc.get("publicKey") {
        Some(Value::Array(keys)) => keys.iter().find(|k| ours(k)),
        Some(k) if ours(k) => Some(k),
        _ => None,
    }
    .and_then(|k| k.get("publicKeyPem"))
    .and_then(Value::as_str);
    // Deliveries go to the actor's own server, nowhere else.
    let inbox = doc
        .get("inbox")
        .and_then(id_of)
        .filter(|i| same_origin(i, &id))?
        .to_string();
    let actor = RemoteActor {
        inbox,
        shared_inbox: doc
            .get("endpoints")
            .and_then(|e| e.get("sharedInbox"))
            .and_then(id_of)
            .filter(|i| same_origin(i, &id))
            .map(String::from),
        handle: format!("@{username}@{host}"),
        name: Some(clean(
            doc.get("name").and_then(Value::as_str).unwrap_or(""),
            200,
        ))
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| username.clone()),
        url: doc.get("url").and_then(id_of).map(String::from),
        id,
    };
    Some((actor, pem.map(String::from)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_headers_pick_the_json() {
        assert!(wants_activity_json("application/activity+json"));
        assert!(wants_activity_json(
            "application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\""
        ));
        assert!(!wants_activity_json("text/html,application/xhtml+xml"));
        assert!(!wants_activity_json("application/ld+json"));
    }

    #[test]
    fn our_account_is_found_with_its_port() {
        let ad = Addresses::new(Url::parse("http://127.0.0.1:8080/").unwrap());
        assert!(is_our_resource(&ad, "news", "acct:news@127.0.0.1:8080"));
        assert!(is_our_resource(&ad, "news", "acct:NEWS@127.0.0.1:8080"));
        assert!(!is_our_resource(&ad, "news", "acct:news@127.0.0.1"));
        assert!(!is_our_resource(&ad, "news", "acct:other@127.0.0.1:8080"));
        assert!(is_our_resource(
            &ad,
            "news",
            "http://127.0.0.1:8080/ap/actor"
        ));
    }

    #[test]
    fn a_direct_message_is_not_public() {
        let v = json!({
            "id": "https://m.example/users/a/statuses/1/activity",
            "type": "Create",
            "actor": "https://m.example/users/a",
            "object": {
                "id": "https://m.example/users/a/statuses/1",
                "type": "Note",
                "attributedTo": "https://m.example/users/a",
                "content": "<p>secret</p>",
                "to": ["https://news.example/ap/actor"],
                "inReplyTo": "https://news.example/articles/x",
            }
        });
        let (_, actor, incoming) = read_activity(&v).unwrap();
        assert_eq!(actor, "https://m.example/users/a");
        let Incoming::Create(n) = incoming else {
            panic!("not a create")
        };
        assert!(!n.public);
        assert_eq!(
            n.in_reply_to.as_deref(),
            Some("https://news.example/articles/x")
        );
    }
}
