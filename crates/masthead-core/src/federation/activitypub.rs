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

/// One of the site's own actors: the site, or a staff author (by user id,
/// so a renamed account keeps its followers).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Local {
    Site,
    Author(i64),
}

impl Local {
    /// As `followers.followed` stores it: 0 for the site.
    pub fn followed(self) -> i64 {
        match self {
            Local::Site => 0,
            Local::Author(id) => id,
        }
    }
}

/// Whether a staff account's name can be a Fediverse handle (Mastodon's
/// rule for usernames: letters, digits and `_`, with `.` and `-` inside).
pub fn is_handle(name: &str) -> bool {
    let b = name.as_bytes();
    let word = |c: &u8| c.is_ascii_alphanumeric() || *c == b'_';
    !b.is_empty()
        && b.len() <= 30
        && b.first().is_some_and(word)
        && b.last().is_some_and(word)
        && b.iter().all(|c| word(c) || *c == b'.' || *c == b'-')
}

/// The site's actors' addresses, fixed paths under the site's address (the
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
        self.key_of(Local::Site)
    }
    /// The id of a local actor's key (one key pair, an id per actor).
    pub fn key_of(&self, who: Local) -> String {
        format!("{}#main-key", self.of(who))
    }
    /// The key an activity of the site's is signed under: its actor's.
    pub fn signer_of(&self, activity: &str) -> String {
        let who = serde_json::from_str::<Value>(activity)
            .ok()
            .and_then(|v| {
                v.get("actor")
                    .and_then(Value::as_str)
                    .and_then(|a| self.local(a))
            })
            .unwrap_or(Local::Site);
        self.key_of(who)
    }
    /// A local actor's id.
    pub fn of(&self, who: Local) -> String {
        match who {
            Local::Site => self.actor(),
            Local::Author(id) => self.at(&format!("/ap/authors/{id}")),
        }
    }
    /// A local actor's followers collection.
    pub fn followers_of(&self, who: Local) -> String {
        match who {
            Local::Site => self.followers(),
            Local::Author(_) => format!("{}/followers", self.of(who)),
        }
    }
    /// Which local actor an id names.
    pub fn local(&self, id: &str) -> Option<Local> {
        if id == self.actor() {
            return Some(Local::Site);
        }
        let u = Url::parse(id).ok()?;
        if u.origin() != self.site.origin() || u.query().is_some() {
            return None;
        }
        let n = u.path().strip_prefix("/ap/authors/")?;
        n.parse().ok().filter(|n| *n > 0).map(Local::Author)
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

/// The site (an `Organization`) or a staff author (a `Person`) as an
/// actor with its inbox (the shared one) and key (the site's: one key pair
/// signs for every actor of the site, each under its own key id).
pub fn actor_document(
    ad: &Addresses,
    who: Local,
    username: &str,
    name: &str,
    summary: &str,
    public_pem: &str,
) -> Value {
    let id = ad.of(who);
    let mut doc = json!({
        "@context": [AS_CONTEXT, SECURITY_CONTEXT],
        "id": id,
        "type": if who == Local::Site { "Organization" } else { "Person" },
        "preferredUsername": username,
        "name": name,
        "summary": summary,
        "url": ad.site.as_str(),
        "inbox": ad.inbox(),
        "followers": ad.followers_of(who),
        "manuallyApprovesFollowers": false,
        "discoverable": true,
        "endpoints": { "sharedInbox": ad.inbox() },
        "publicKey": {
            "id": ad.key_of(who),
            "owner": id,
            "publicKeyPem": public_pem,
        },
    });
    if who == Local::Site
        && let Some(map) = doc.as_object_mut()
    {
        map.insert("outbox".into(), ad.outbox().into());
    }
    doc
}

/// The WebFinger answer (JRD) for `acct:USERNAME@HOST`, naming `who`.
pub fn webfinger(ad: &Addresses, username: &str, who: Local) -> Value {
    json!({
        "subject": format!("acct:{username}@{}", ad.host()),
        "aliases": [ad.of(who)],
        "links": [
            { "rel": "self", "type": ACTIVITY_JSON, "href": ad.of(who) },
            { "rel": "http://webfinger.net/rel/profile-page", "type": "text/html", "href": ad.site.as_str() },
        ],
    })
}

/// What a WebFinger `resource` asks for: an actor of this site by its id,
/// or an account name on this host (`acct:NAME@HOST`).
#[derive(Debug, PartialEq, Eq)]
pub enum Resource {
    Actor(Local),
    Account(String),
}

/// Reads a WebFinger `resource`; `None` when it is not about this site.
pub fn resource(ad: &Addresses, resource: &str) -> Option<Resource> {
    if let Some(who) = ad.local(resource) {
        return Some(Resource::Actor(who));
    }
    let acct = resource.strip_prefix("acct:")?;
    let (user, host) = acct.rsplit_once('@')?;
    host.eq_ignore_ascii_case(&ad.host())
        .then(|| Resource::Account(user.trim_start_matches('@').to_string()))
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

/// An article by `by` as an `Article`, its approved comments (those given)
/// as the `replies` collection.
pub fn article_object(ad: &Addresses, by: Local, a: &Article, replies: &[PublicComment]) -> Value {
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
        "attributedTo": ad.of(by),
        "published": iso(a.published_at),
        "to": [PUBLIC],
        "cc": [ad.followers_of(by)],
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

/// An activity by `by` about `object`, addressed to the public and its
/// followers. `id` must be unique per activity.
pub fn activity(ad: &Addresses, by: Local, kind: &str, id: &str, object: Value) -> Value {
    json!({
        "@context": AS_CONTEXT,
        "id": id,
        "type": kind,
        "actor": ad.of(by),
        "to": [PUBLIC],
        "cc": [ad.followers_of(by)],
        "object": object,
    })
}

/// The answer to a `Follow` of `followed` (`follow_id`, by `follower`):
/// the follow is named, not echoed, so nothing of the sender's goes out
/// signed by us.
pub fn accept(ad: &Addresses, followed: Local, follow_id: &str, follower: &str, id: &str) -> Value {
    json!({
        "@context": AS_CONTEXT,
        "id": id,
        "type": "Accept",
        "actor": ad.of(followed),
        "object": {
            "id": follow_id,
            "type": "Follow",
            "actor": follower,
            "object": ad.of(followed),
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
    /// `Undo` of a `Follow`, of the actor it names (all it follows here
    /// when it names none).
    UndoFollow {
        object: Option<String>,
    },
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
                Some("Follow") => Incoming::UndoFollow {
                    object: inner.get("object").and_then(id_of).map(String::from),
                },
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
    fn our_accounts_are_found_with_their_port() {
        let ad = Addresses::new(Url::parse("http://127.0.0.1:8080/").unwrap());
        let account = |n: &str| Some(Resource::Account(n.to_string()));
        assert_eq!(resource(&ad, "acct:news@127.0.0.1:8080"), account("news"));
        assert_eq!(resource(&ad, "acct:@Ed@127.0.0.1:8080"), account("Ed"));
        assert_eq!(resource(&ad, "acct:news@127.0.0.1"), None);
        assert_eq!(resource(&ad, "acct:news@elsewhere.example"), None);
        assert_eq!(
            resource(&ad, "http://127.0.0.1:8080/ap/actor"),
            Some(Resource::Actor(Local::Site))
        );
        assert_eq!(
            resource(&ad, "http://127.0.0.1:8080/ap/authors/7"),
            Some(Resource::Actor(Local::Author(7)))
        );
        assert_eq!(resource(&ad, "http://127.0.0.1:8080/ap/authors/0"), None);
        assert_eq!(resource(&ad, "http://other:8080/ap/authors/7"), None);
    }

    #[test]
    fn handles_are_mastodons_usernames() {
        assert!(is_handle("ed"));
        assert!(is_handle("Jane.Doe-2"));
        assert!(is_handle("a_b"));
        assert!(!is_handle(""));
        assert!(!is_handle(".ed"));
        assert!(!is_handle("ed-"));
        assert!(!is_handle("jane doe"));
        assert!(!is_handle("jané"));
        assert!(!is_handle(&"a".repeat(31)));
    }

    #[test]
    fn an_author_signs_as_itself_and_is_a_person() {
        let ad = Addresses::new(Url::parse("https://news.example/").unwrap());
        let doc = actor_document(&ad, Local::Author(3), "ed", "Ed", "", "PEM");
        assert_eq!(doc["type"], "Person");
        assert_eq!(doc["id"], "https://news.example/ap/authors/3");
        assert_eq!(
            doc["publicKey"]["id"],
            "https://news.example/ap/authors/3#main-key"
        );
        assert_eq!(doc["publicKey"]["owner"], doc["id"]);
        assert_eq!(
            doc["followers"],
            "https://news.example/ap/authors/3/followers"
        );
        assert_eq!(
            doc["endpoints"]["sharedInbox"],
            "https://news.example/ap/inbox"
        );
        let site = actor_document(&ad, Local::Site, "news", "News", "", "PEM");
        assert_eq!(site["type"], "Organization");
        assert_eq!(
            site["publicKey"]["id"],
            "https://news.example/ap/actor#main-key"
        );
    }

    #[test]
    fn an_undone_follow_names_whom_it_followed() {
        let v = json!({
            "id": "https://m.example/users/a#undo",
            "type": "Undo",
            "actor": "https://m.example/users/a",
            "object": {
                "id": "https://m.example/users/a#follow",
                "type": "Follow",
                "object": "https://news.example/ap/authors/3",
            }
        });
        let (_, _, incoming) = read_activity(&v).unwrap();
        assert_eq!(
            incoming,
            Incoming::UndoFollow {
                object: Some("https://news.example/ap/authors/3".into())
            }
        );
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
