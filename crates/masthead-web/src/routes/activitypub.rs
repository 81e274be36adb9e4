//! ActivityPub (issue 31), only with `federation.enabled` (404 otherwise):
//! WebFinger (`/.well-known/webfinger`), NodeInfo 2.1, the site's actor
//! (`/ap/actor`) with its followers and outbox, articles as `Article`
//! objects (the article's own address, asked for with an ActivityPub
//! `Accept`), and the inbox (`POST /ap/inbox`, shared by every instance):
//! a signature checked (draft-cavage or RFC 9421), its key fetched and kept,
//! the activity handed to the one use case. Errors are JSON (`{"code",
//! "message"}`).
use crate::error::{ApiError, Text};
use crate::state::AppState;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use masthead_core::chrono::Utc;
use masthead_core::federation::activitypub::{
    ACTIVITY_JSON, Addresses, Local, NODEINFO_SCHEMA, Resource, actor_document, article_object,
    nodeinfo as nodeinfo_document, resource as read_resource, webfinger as webfinger_document,
};
use masthead_core::federation::signature::{Incoming, SigError, claim};
use masthead_core::service::{
    InboxError, Received, WebmentionDeps, account, actor_of, author_of, receive_activity,
};
use masthead_core::settings::SiteSettings;
use serde::Deserialize;
use serde_json::{Value, json};
use std::sync::Arc;
use url::Url;

/// The inbox takes activities up to this size.
pub const MAX_ACTIVITY_BYTES: usize = 256 * 1024;
/// An article's `replies` lists at most this many comments, the oldest.
const MAX_REPLIES: usize = 200;

fn unknown() -> ApiError {
    ApiError::new(
        StatusCode::NOT_FOUND,
        "not_found",
        Text::id("error-activitypub-unknown"),
    )
}

/// `who` with its user name, or 404 when no such actor answers (a staff
/// author while `federation.staff_authors` is off, or who wrote nothing).
async fn answering(
    state: &AppState,
    settings: &SiteSettings,
    who: Option<Local>,
) -> Result<(Local, String), ApiError> {
    let Some(who) = who else {
        return Err(unknown());
    };
    match actor_of(state.store.as_ref(), &settings.federation, who).await? {
        Some(name) => Ok((who, name)),
        None => Err(unknown()),
    }
}

/// A staff author from the path's user id.
fn author_in(raw: &str) -> Option<Local> {
    raw.parse::<i64>()
        .ok()
        .filter(|id| *id > 0)
        .map(Local::Author)
}

fn disabled() -> ApiError {
    ApiError::new(
        StatusCode::NOT_FOUND,
        "not_found",
        Text::id("error-activitypub-disabled"),
    )
}

/// The settings and the site's addresses, or 404 when federation is off
/// or `site.url` is not set.
async fn enabled(state: &AppState) -> Result<(Arc<SiteSettings>, Addresses), ApiError> {
    let settings = state.settings().await?;
    // Ids must not depend on the Host a request names: without `site.url`
    // there is no account.
    let site = Url::parse(&settings.url)
        .ok()
        .filter(|_| settings.federation.enabled);
    match site {
        Some(site) => Ok((settings, Addresses::new(site))),
        None => Err(disabled()),
    }
}

/// A JSON answer of the given type; `Vary: Accept` where the same address
/// also answers HTML.
pub fn json_answer(content_type: &'static str, body: &Value) -> Response {
    let mut response = (StatusCode::OK, body.to_string()).into_response();
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=60"),
    );
    h.insert(header::VARY, HeaderValue::from_static("Accept"));
    response
}

#[derive(Deserialize)]
pub struct WebfingerQuery {
    resource: Option<String>,
}

/// `GET /.well-known/webfinger?resource=acct:USERNAME@HOST`.
pub async fn webfinger(
    State(state): State<AppState>,
    Query(q): Query<WebfingerQuery>,
) -> Result<Response, ApiError> {
    let (settings, ad) = enabled(&state).await?;
    let resource = q.resource.filter(|r| !r.is_empty()).ok_or_else(|| {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            "missing_param",
            Text::id("error-webfinger-resource"),
        )
    })?;
    let federation = &settings.federation;
    let who = match read_resource(&ad, &resource) {
        Some(Resource::Actor(who)) => Some(who),
        Some(Resource::Account(name)) => account(state.store.as_ref(), federation, &name).await?,
        None => None,
    };
    let (who, username) = answering(&state, &settings, who).await?;
    let mut response = json_answer(
        "application/jrd+json",
        &webfinger_document(&ad, &username, who),
    );
    response.headers_mut().insert(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        HeaderValue::from_static("*"),
    );
    Ok(response)
}

/// `GET /.well-known/nodeinfo`: where the NodeInfo document is.
pub async fn nodeinfo_links(State(state): State<AppState>) -> Result<Response, ApiError> {
    let (_, ad) = enabled(&state).await?;
    let href = ad.site.join("/nodeinfo/2.1").map_err(ApiError::internal)?;
    Ok(json_answer(
        "application/json",
        &json!({ "links": [{ "rel": NODEINFO_SCHEMA, "href": href.as_str() }] }),
    ))
}

/// `GET /nodeinfo/2.1`.
pub async fn nodeinfo(State(state): State<AppState>) -> Result<Response, ApiError> {
    let (settings, _) = enabled(&state).await?;
    let articles = state.store.count_published_articles().await?;
    let comments = state
        .store
        .count_comments_by_status()
        .await?
        .into_iter()
        .filter(|(s, _)| *s == masthead_core::comment::CommentStatus::Approved)
        .map(|(_, n)| n)
        .sum();
    let mut response = json_answer(
        "application/json",
        &nodeinfo_document(&settings.title, articles, comments, true),
    );
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(
            "application/json; profile=\"http://nodeinfo.diaspora.software/ns/schema/2.1#\"",
        ),
    );
    Ok(response)
}

/// `GET /ap/actor`: the site as an actor.
pub async fn actor(State(state): State<AppState>) -> Result<Response, ApiError> {
    actor_answer(&state, Some(Local::Site)).await
}

/// `GET /ap/authors/ID`: a staff author as an actor.
pub async fn author(
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Response, ApiError> {
    actor_answer(&state, author_in(&raw)).await
}

async fn actor_answer(state: &AppState, who: Option<Local>) -> Result<Response, ApiError> {
    let (settings, ad) = enabled(state).await?;
    let (who, username) = answering(state, &settings, who).await?;
    let key = state.site_key().await?;
    let (name, summary) = match who {
        Local::Site => (settings.title.as_str(), settings.description.as_str()),
        Local::Author(_) => (username.as_str(), ""),
    };
    Ok(json_answer(
        ACTIVITY_JSON,
        &actor_document(&ad, who, &username, name, summary, key.public_pem()),
    ))
}

fn collection(id: String, total: u64) -> Value {
    json!({
        "@context": "https://www.w3.org/ns/activitystreams",
        "id": id,
        "type": "OrderedCollection",
        "totalItems": total,
        "orderedItems": [],
    })
}

/// `GET /ap/followers`: how many, not who (followers are people).
pub async fn followers(State(state): State<AppState>) -> Result<Response, ApiError> {
    followers_answer(&state, Some(Local::Site)).await
}

/// `GET /ap/authors/ID/followers`.
pub async fn author_followers(
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Response, ApiError> {
    followers_answer(&state, author_in(&raw)).await
}

async fn followers_answer(state: &AppState, who: Option<Local>) -> Result<Response, ApiError> {
    let (settings, ad) = enabled(state).await?;
    let (who, _) = answering(state, &settings, who).await?;
    let n = state.store.follower_count(Some(who)).await?;
    Ok(json_answer(
        ACTIVITY_JSON,
        &collection(ad.followers_of(who), n),
    ))
}

/// `GET /ap/outbox`: how many articles; they are read at their addresses.
pub async fn outbox(State(state): State<AppState>) -> Result<Response, ApiError> {
    let (_, ad) = enabled(&state).await?;
    let n = state.store.count_published_articles().await?;
    Ok(json_answer(ACTIVITY_JSON, &collection(ad.outbox(), n)))
}

/// An article as an `Article`, for an ActivityPub `Accept`: `None` when
/// federation is off (the page is served as usual).
pub async fn article(state: &AppState, slug: &str) -> Result<Option<Response>, ApiError> {
    let (settings, ad) = match enabled(state).await {
        Ok(found) => found,
        Err(_) => return Ok(None),
    };
    let now = Utc::now();
    let Some(a) = state
        .store
        .article_by_slug(slug)
        .await?
        .filter(|a| a.is_live(now))
    else {
        return Err(unknown());
    };
    if a.provenance.withdrawn_at.is_some() {
        let mut gone = json_answer(
            ACTIVITY_JSON,
            &json!({
                "@context": "https://www.w3.org/ns/activitystreams",
                "id": ad.article(&a),
                "type": "Tombstone",
            }),
        );
        *gone.status_mut() = StatusCode::GONE;
        return Ok(Some(gone));
    }
    let mut replies = state.store.approved_comments(a.id).await?;
    replies.truncate(MAX_REPLIES);
    let by = author_of(state.store.as_ref(), &settings.federation, &a).await?;
    Ok(Some(json_answer(
        ACTIVITY_JSON,
        &article_object(&ad, by, &a, &replies),
    )))
}

/// `POST /ap/inbox`.
pub async fn inbox(
    State(state): State<AppState>,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let (settings, ad) = enabled(&state).await?;
    let json_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.to_ascii_lowercase().contains("json"));
    if !json_type {
        return Err(ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            Text::id("error-activitypub-type"),
        ));
    }
    let activity: Value = serde_json::from_slice(&body).map_err(|e| malformed(&e.to_string()))?;
    let list: Vec<(String, String)> = headers
        .iter()
        .filter_map(|(n, v)| Some((n.as_str().to_string(), v.to_str().ok()?.to_string())))
        .collect();
    let path = uri.path_and_query().map_or("/ap/inbox", |p| p.as_str());
    let target = ad.site.join(path).map_err(ApiError::internal)?;
    let now = Utc::now();
    let request = Incoming {
        method: "POST",
        target_uri: &target,
        headers: &list,
        body: &body,
    };
    let claim = claim(&request, now.timestamp()).map_err(|e| bad_signature(&e))?;
    // Refused before any fetch: a blocked instance costs nothing.
    let host_of = |u: &str| {
        Url::parse(u)
            .ok()
            .and_then(|u| u.host_str().map(String::from))
    };
    let key_host = host_of(&claim.key_id).unwrap_or_default();
    let actor_host = activity
        .get("actor")
        .and_then(masthead_core::federation::activitypub::id_of)
        .and_then(host_of)
        .unwrap_or_default();
    if settings.federation.blocks(&key_host) || settings.federation.blocks(&actor_host) {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "blocked_domain",
            Text::id("error-activitypub-blocked"),
        ));
    }
    let actor = verified_actor(&state, &claim, &ad).await?;
    // Charged only once the instance is proven: no one can use up
    // another's quota by naming its keys.
    if let Err(wait) = state.limits.check_instance(&key_host) {
        return Err(ApiError::rate_limited(wait, Text::id("error-rate-limited")));
    }
    let deps = WebmentionDeps {
        store: state.store.as_ref(),
        settings: &settings,
        secret: state.secret(),
        filter: &state.filter,
        hook: state.hook(),
    };
    let received = receive_activity(&deps, &ad, &actor, &activity, now)
        .await
        .map_err(refused)?;
    let body = match received {
        Received::Comment(id, status) => {
            json!({ "status": "comment", "comment": id.0, "comment_status": status.as_str() })
        }
        Received::Edited(id) => json!({ "status": "edited", "comment": id.0 }),
        Received::Deleted(id) => json!({ "status": "deleted", "comment": id.0 }),
        Received::Followed => json!({ "status": "followed" }),
        Received::Unfollowed => json!({ "status": "unfollowed" }),
        Received::Reacted(kind) => json!({ "status": "reacted", "kind": kind.as_str() }),
        Received::Unreacted => json!({ "status": "unreacted" }),
        Received::Ignored(why) => json!({ "status": "ignored", "why": why }),
    };
    Ok((StatusCode::ACCEPTED, axum::Json(body)).into_response())
}

/// The actor whose key made `claim`'s signature: the kept key, or the
/// key fetched afresh when none is kept or the kept one no longer
/// verifies (a rotated key; at most once every 10 s per key).
async fn verified_actor(
    state: &AppState,
    claim: &masthead_core::federation::signature::Claim,
    ad: &masthead_core::federation::activitypub::Addresses,
) -> Result<masthead_core::federation::activitypub::RemoteActor, ApiError> {
    let kept = state.store.remote_key(&claim.key_id).await?;
    let mismatch = match &kept {
        Some(k) => match claim.verify(&k.public_pem) {
            Ok(()) => return Ok(k.actor.clone()),
            Err(e) => Some(e),
        },
        None => None,
    };
    let unavailable = |why: String| {
        ApiError::new(
            axum::http::StatusCode::UNAUTHORIZED,
            "key_unavailable",
            Text::s("error-activitypub-key", "why", why),
        )
    };
    if !state.remote_actors.may_fetch(&claim.key_id) {
        return Err(match mismatch {
            Some(e) => bad_signature(&e),
            None => unavailable("it was fetched moments ago".into()),
        });
    }
    let key = state.site_key().await?;
    let fresh = state
        .remote_actors
        .fetch_key(&claim.key_id, &key, &ad.key_id())
        .await
        .map_err(unavailable)?;
    claim
        .verify(&fresh.public_pem)
        .map_err(|e| bad_signature(&e))?;
    state.store.keep_remote_key(&fresh).await?;
    Ok(fresh.actor)
}

fn malformed(why: &str) -> ApiError {
    ApiError::new(
        StatusCode::BAD_REQUEST,
        "invalid_activity",
        Text::s("error-activitypub-malformed", "why", why.to_string()),
    )
}

/// 401, saying what is wrong with the signature.
pub fn bad_signature(e: &SigError) -> ApiError {
    ApiError::new(
        StatusCode::UNAUTHORIZED,
        "bad_signature",
        Text::s("error-activitypub-signature", "why", e.to_string()),
    )
}

fn refused(e: InboxError) -> ApiError {
    match e {
        InboxError::Disabled => disabled(),
        InboxError::Malformed(why) => malformed(why),
        InboxError::NotTheActor => ApiError::new(
            StatusCode::FORBIDDEN,
            "not_the_actor",
            Text::id("error-activitypub-actor"),
        ),
        InboxError::Flood(wait) => ApiError::rate_limited(wait, Text::id("error-flood")),
        InboxError::Refused(why) => ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "refused",
            Text::s("error-activitypub-refused", "why", why),
        ),
        InboxError::Store(e) => e.into(),
    }
}
