//! `/wp-json/wp/v2/comments`: approved comments, and anonymous comment creation
//! under the same validation, sanitising and moderation as the form.
use super::auth::ApiUser;
use super::dto::{Ctx, WpComment};
use super::params::{CommentOrderBy, CommentStatusParam, CommentTypeParam, Context, Order, Params};
use super::posts::paging_headers;
use crate::error::{Text, WebError, WpError};
use crate::extract::{ClientIp, WpCommentId};
use crate::form::FormFields;
use crate::page_cache::{Answer, Fresh, Freshness};
use crate::state::AppState;
use axum::Json;
use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use masthead_core::chrono::Utc;
use masthead_core::comment::{CommentForm, CommentStatus, PublicComment};
use masthead_core::ids::{ArticleId, CommentId};
use masthead_core::service::{self, Channel, Submission};
use masthead_core::store::{CommentFilter, PublicCommentQuery};
use std::collections::HashMap;
use utoipa::ToSchema;

async fn slugs_of(
    state: &AppState,
    comments: &[PublicComment],
) -> Result<HashMap<ArticleId, String>, WpError> {
    let mut out = HashMap::new();
    for c in comments {
        if !out.contains_key(&c.article_id)
            && let Some(a) = state.store.article_by_id(c.article_id).await?
        {
            out.insert(c.article_id, a.slug);
        }
    }
    Ok(out)
}

#[utoipa::path(get, path = "/wp-json/wp/v2/comments", tag = "comments",
    params(
        ("post" = Option<String>, Query, description = "Comma-separated post ids", pattern = "^[0-9]{1,18}(,[0-9]{1,18})*$"),
        ("parent" = Option<String>, Query, description = "Comma-separated parent comment ids (0: top level)", pattern = "^[0-9]{1,18}(,[0-9]{1,18})*$"),
        ("page" = Option<i64>, Query, description = "Page, from 1; past the end gives []", minimum = 1),
        ("per_page" = Option<u32>, Query, description = "Items per page", minimum = 1, maximum = 100),
        ("order" = Option<Order>, Query, description = "asc or desc (default)"),
        ("orderby" = Option<CommentOrderBy>, Query, description = "date_gmt (default), date or id"),
        ("search" = Option<String>, Query, description = "Match name, website and text (never email)"),
        ("status" = Option<CommentStatusParam>, Query, description = "approve only, for anonymous callers"),
        ("type" = Option<CommentTypeParam>, Query, description = "comment only, for anonymous callers"),
        ("context" = Option<Context>, Query, description = "view (default) or embed"),
    ),
    responses(
        (status = 200, description = "Approved comments", body = [WpComment],
            headers(("X-WP-Total" = u64, description = "Matching comments"), ("X-WP-TotalPages" = u64, description = "Pages"))),
        (status = 400, description = "Invalid parameter", body = crate::error::WpErrorBody),
        (status = 401, description = "Parameter or context not permitted", body = crate::error::WpErrorBody),
        (status = 429, description = "Rate limited"),
    ))]
pub async fn list(
    State(state): State<AppState>,
    user: ApiUser,
    headers: HeaderMap,
    RawQuery(raw): RawQuery,
) -> Result<Response, WpError> {
    let p = Params::parse(raw.as_deref());
    let staff = user.is_moderator();
    p.check_context_for(staff)?;
    if staff
        && (p.get("status").is_some_and(|s| s != "approve") || p.get("context") == Some("edit"))
    {
        return staff_list(&state, &headers, raw.as_deref(), &p, user.desk()).await;
    }
    for staff_only in ["author", "author_exclude", "author_email"] {
        if p.get(staff_only).is_some() {
            return Err(WpError::forbidden_param(staff_only));
        }
    }
    if p.get("status").is_some_and(|s| s != "approve") {
        return Err(WpError::forbidden_param("status"));
    }
    if p.get("type").is_some_and(|t| t != "comment") {
        return Err(WpError::forbidden_param("type"));
    }
    match p.get("orderby") {
        None | Some("date" | "date_gmt" | "id") => {}
        Some(_) => {
            return Err(WpError::invalid_param(
                "orderby",
                "orderby is not one of date, date_gmt, id, include, post, parent, and type.",
            ));
        }
    }
    let page = p.page()?;
    let per_page = p.per_page()?;
    // The public list is the same for every anonymous caller: cached under
    // the generation number, keyed by host (links are absolute) and query.
    let cache_key = format!(
        "{}|{}",
        crate::views::base_url(&headers),
        raw.as_deref().unwrap_or_default()
    );
    let render = |_| async {
        let query = PublicCommentQuery {
            articles: p.ids("post")?.into_iter().map(ArticleId).collect(),
            parents: p.ids("parent")?,
            search: p.search()?,
            ascending: p.order(false)?,
            offset: (page - 1).saturating_mul(u64::from(per_page)),
            limit: per_page,
        };
        let (comments, total) = state.store.query_public_comments(&query).await?;
        let slugs = slugs_of(&state, &comments).await?;
        let ctx = Ctx::new(&state, &headers).await?;
        let body: Vec<WpComment> = comments
            .iter()
            .map(|c| WpComment::new(c, slugs.get(&c.article_id).map_or("", String::as_str), &ctx))
            .collect();
        let body = serde_json::to_vec(&body).map_err(|e| WpError::internal(e.to_string()))?;
        Ok::<_, WpError>(Fresh::Keep(Answer {
            body: body.into(),
            content_type: "application/json",
            headers: paging_headers(
                &ctx.base,
                "/wp-json/wp/v2/comments",
                raw.as_deref(),
                page,
                total,
                per_page,
            ),
        }))
    };
    state
        .cache
        .get_or_render(cache_key, Freshness::Generation, &headers, render)
        .await
}

/// Moderators' view of the collection: any status, with emails and IPs.
async fn staff_list(
    state: &AppState,
    headers: &HeaderMap,
    raw: Option<&str>,
    p: &Params,
    desk: Option<Vec<String>>,
) -> Result<Response, WpError> {
    let status = match p.get("status").unwrap_or("approve") {
        "approve" | "approved" => Some(CommentStatus::Approved),
        "hold" => Some(CommentStatus::Pending),
        "spam" => Some(CommentStatus::Spam),
        "trash" => Some(CommentStatus::Trash),
        "all" => None,
        _ => {
            return Err(WpError::invalid_param(
                "status",
                "status is not one of approve, hold, spam, trash, all.",
            ));
        }
    };
    let posts = p.ids("post")?;
    if posts.len() > 1 {
        return Err(WpError::invalid_param(
            "post",
            "Give one post id with status.",
        ));
    }
    let page = p.page()?;
    let per_page = p.per_page()?;
    let mut filter = CommentFilter {
        status,
        article: posts.first().map(|id| ArticleId(*id)),
        search: p.search()?,
        limit: Some(per_page),
        offset: (page - 1).saturating_mul(u64::from(per_page)),
        picked: false,
        order: Default::default(),
        reason: None,
        section: None,
        sections: desk,
    };
    let comments = state.store.comments(&filter).await?;
    filter.limit = None;
    let total = state.store.count_comments(&filter).await?;
    let ctx = Ctx::new(state, headers).await?;
    let body: Vec<WpComment> = comments
        .iter()
        .map(|c| WpComment::for_staff(c, &ctx))
        .collect();
    let mut response = Json(body).into_response();
    for (k, v) in paging_headers(
        &ctx.base,
        "/wp-json/wp/v2/comments",
        raw,
        page,
        total,
        per_page,
    ) {
        response.headers_mut().insert(k, v);
    }
    Ok(response)
}

#[utoipa::path(get, path = "/wp-json/wp/v2/comments/{id}", tag = "comments",
    params(("id" = String, Path, description = "Comment id"), ("context" = Option<Context>, Query, description = "view (default) or embed")),
    responses(
        (status = 200, description = "One approved comment", body = WpComment),
        (status = 400, description = "Invalid parameter", body = crate::error::WpErrorBody),
        (status = 401, description = "Not approved: not readable anonymously", body = crate::error::WpErrorBody),
        (status = 404, description = "No such comment", body = crate::error::WpErrorBody),
        (status = 429, description = "Rate limited"),
    ))]
pub async fn one(
    State(state): State<AppState>,
    user: ApiUser,
    headers: HeaderMap,
    WpCommentId(id): WpCommentId,
    RawQuery(raw): RawQuery,
) -> Result<Response, WpError> {
    Params::parse(raw.as_deref()).check_context_for(user.is_moderator())?;
    let c = state
        .store
        .comment(id)
        .await?
        .ok_or_else(WpError::invalid_comment_id)?;
    if let Some(staff) = user.0.as_ref().filter(|u| u.role.may_moderate()) {
        let actor = masthead_core::comment::Actor::staff(staff, masthead_core::comment::Via::Rest);
        service::check_desk(state.store.as_ref(), &actor, &[id]).await?;
        let ctx = Ctx::new(&state, &headers).await?;
        return Ok(Json(WpComment::for_staff(&c, &ctx)).into_response());
    }
    let article = state.store.article_by_id(c.article_id).await?;
    let readable = c.status == CommentStatus::Approved
        && article.as_ref().is_some_and(|a| a.is_live(Utc::now()));
    if !readable {
        return Err(WpError::new(
            StatusCode::UNAUTHORIZED,
            "rest_cannot_read",
            Text::id("error-rest-cannot-read"),
        ));
    }
    let public = c.public();
    let ctx = Ctx::new(&state, &headers).await?;
    Ok(Json(WpComment::new(&public, &c.article_slug, &ctx)).into_response())
}

/// The body of an anonymous comment (JSON or form-encoded). Used for the
/// OpenAPI document; `read_body` does the decoding, with WordPress's errors.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct NewCommentBody {
    #[schema(minimum = 1)]
    pub post: i64,
    #[schema(minimum = 0)]
    pub parent: Option<i64>,
    pub author_name: String,
    pub author_email: String,
    pub author_url: Option<String>,
    /// The comment text; HTML is limited to the allowlist.
    pub content: String,
    /// masthead's own: "Notify me of follow-up comments by email" (the
    /// address is mailed a confirmation request first). Default false.
    pub subscribe: Option<bool>,
}

/// Reads the body as JSON or as a form into field → text, refusing wrong types.
fn read_body(headers: &HeaderMap, body: &[u8]) -> Result<HashMap<String, String>, WpError> {
    let ctype = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if ctype.starts_with("application/x-www-form-urlencoded") {
        let fields = FormFields::parse(headers, body)
            .map_err(|e| WpError::new(StatusCode::BAD_REQUEST, "rest_invalid_param", e.text()))?;
        return Ok([
            "post",
            "parent",
            "author_name",
            "author_email",
            "author_url",
            "content",
            "subscribe",
            "id",
            "author",
            "author_ip",
            "status",
            "type",
        ]
        .into_iter()
        .filter_map(|k| fields.get(k).map(|v| (k.to_string(), v.to_string())))
        .collect());
    }
    if !ctype.starts_with("application/json") {
        return Err(WpError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "rest_invalid_content_type",
            Text::id("error-rest-content-type"),
        ));
    }
    let value: serde_json::Value = serde_json::from_slice(body).map_err(|_| {
        WpError::new(
            StatusCode::BAD_REQUEST,
            "rest_invalid_json",
            Text::id("error-rest-invalid-json"),
        )
    })?;
    let serde_json::Value::Object(map) = value else {
        return Err(WpError::new(
            StatusCode::BAD_REQUEST,
            "rest_invalid_json",
            Text::id("error-rest-invalid-json"),
        ));
    };
    let mut out = HashMap::new();
    for (k, v) in map {
        let text = match (&*k, v) {
            (_, serde_json::Value::String(s)) => s,
            (_, serde_json::Value::Number(n)) => n.to_string(),
            ("subscribe", serde_json::Value::Bool(b)) => b.to_string(),
            (_, serde_json::Value::Null) => continue,
            // content may be {"raw": "…"} as WordPress accepts.
            ("content", serde_json::Value::Object(o)) => match o.get("raw") {
                Some(serde_json::Value::String(s)) => s.clone(),
                _ => {
                    return Err(WpError::invalid_param(
                        "content",
                        "content is not of type string.",
                    ));
                }
            },
            (name, _) => {
                return Err(WpError::invalid_param(
                    name,
                    format!("{name} has the wrong type."),
                ));
            }
        };
        // As in the comment form: refused, not silently stripped.
        if text.contains('\0') {
            return Err(WpError::invalid_param(
                &k,
                format!("{k} may not contain NUL characters."),
            ));
        }
        out.insert(k, text);
    }
    Ok(out)
}

fn id_field(fields: &HashMap<String, String>, name: &str) -> Result<Option<i64>, WpError> {
    match fields.get(name).map(|s| s.trim()) {
        None | Some("") | Some("0") => Ok(None),
        Some(v) => match v.parse::<i64>() {
            Ok(n) if n > 0 => Ok(Some(n)),
            _ => Err(WpError::invalid_param(
                name,
                format!("{name} is not of type integer."),
            )),
        },
    }
}

/// A yes/no field: JSON true/false, or a form's 1/0, true/false.
fn bool_field(fields: &HashMap<String, String>, name: &str) -> Result<bool, WpError> {
    match fields.get(name).map(|s| s.trim()) {
        None | Some("" | "0" | "false") => Ok(false),
        Some("1" | "true") => Ok(true),
        Some(_) => Err(WpError::invalid_param(
            name,
            format!("{name} is not of type boolean."),
        )),
    }
}

#[utoipa::path(post, path = "/wp-json/wp/v2/comments", tag = "comments",
    request_body(content = NewCommentBody, description = "An anonymous comment", content_type = "application/json"),
    responses(
        (status = 201, description = "Created; status is approved or hold", body = WpComment,
            headers(("Location" = String, description = "The new comment's URL"))),
        (status = 400, description = "Invalid field, flood, or malformed body", body = crate::error::WpErrorBody),
        (status = 401, description = "Privileged field, or anonymous comments are off", body = crate::error::WpErrorBody),
        (status = 403, description = "Unknown post, closed comments, or a parent that is not approved on the same post", body = crate::error::WpErrorBody),
        (status = 409, description = "Duplicate comment", body = crate::error::WpErrorBody),
        (status = 413, description = "Body too large"),
        (status = 415, description = "Unsupported content type", body = crate::error::WpErrorBody),
        (status = 429, description = "Rate limited"),
    ))]
pub async fn create(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, WpError> {
    // The site's own 429 page, as the form's: no WordPress code means "wait".
    if let Err(wait) = state.limits.check_post(ip) {
        return Ok(WebError::TooMany(wait).into_response());
    }
    let settings = state.settings().await?;
    if !settings.rest_anonymous_comments {
        return Err(WpError::new(
            StatusCode::UNAUTHORIZED,
            "rest_comment_login_required",
            Text::id("error-rest-login-required"),
        ));
    }
    let fields = read_body(&headers, &body)?;
    if fields.contains_key("id") {
        return Err(WpError::new(
            StatusCode::BAD_REQUEST,
            "rest_comment_exists",
            Text::id("error-rest-comment-exists"),
        ));
    }
    for (name, code) in [
        ("author", "rest_comment_invalid_author"),
        ("author_ip", "rest_comment_invalid_author_ip"),
        ("status", "rest_comment_invalid_status"),
    ] {
        if fields.contains_key(name) {
            return Err(WpError::new(
                StatusCode::UNAUTHORIZED,
                code,
                Text::id("error-rest-forbidden"),
            ));
        }
    }
    if fields.get("type").is_some_and(|t| t != "comment") {
        return Err(WpError::new(
            StatusCode::BAD_REQUEST,
            "rest_invalid_comment_type",
            Text::id("error-rest-comment-type"),
        ));
    }
    let post = id_field(&fields, "post")?.ok_or_else(WpError::no_post)?;
    let parent = id_field(&fields, "parent")?;
    let subscribe = bool_field(&fields, "subscribe")?;
    let text = |k: &str| fields.get(k).cloned().unwrap_or_default();
    let submission = Submission {
        article_id: ArticleId(post),
        parent_id: parent.map(CommentId),
        form: CommentForm {
            author: text("author_name"),
            email: text("author_email"),
            url: text("author_url"),
            comment: text("content"),
        },
        ip: Some(ip.to_string()),
        user_agent: headers
            .get(header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .map(|s| s.chars().take(254).collect()),
        now: Utc::now(),
        channel: Channel::Api,
        honeypot: String::new(),
        subscribe,
        page_title: None,
        // WordPress clients know nothing of reader ids.
        reader_id: None,
        proof: None,
    };
    let result = state.submit(&settings, submission).await;
    let accepted = result?;
    let c = state
        .store
        .public_comments_by_ids(accepted.article.id, &[accepted.id])
        .await?
        .into_iter()
        .next()
        .ok_or_else(|| {
            WpError::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                "rest_comment_failed_create",
                Text::id("error-rest-create-failed"),
            )
        })?;
    let ctx = Ctx::with_settings(&settings, &headers);
    let base = ctx.base.clone();
    let mut response = (
        StatusCode::CREATED,
        Json(WpComment::new(&c, &accepted.article.slug, &ctx)),
    )
        .into_response();
    if let Ok(v) = HeaderValue::from_str(&format!("{base}/wp-json/wp/v2/comments/{}", c.id)) {
        response.headers_mut().insert(header::LOCATION, v);
    }
    Ok(response)
}
