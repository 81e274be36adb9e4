//! Authenticated writes: posts by editors and admins, comment moderation by
//! moderators and admins, through application passwords (HTTP Basic auth).
//! Bodies are JSON or form-encoded, as WordPress accepts them.
use super::auth::ApiUser;
use super::dto::{Ctx, WpComment, WpPost};
use crate::error::{Text, WpError};
use crate::extract::WpCommentId;
use crate::state::AppState;
use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use masthead_core::article::form::{ArticleForm, Before, EditorAction, format_publish_at};
use masthead_core::chrono::{DateTime, NaiveDateTime, Utc};
use masthead_core::comment::{Actor, CommentStatus, ModerationAction, Via};
use masthead_core::ids::ArticleId;
use masthead_core::service::{self, StaffEdit};
use masthead_core::store::{StoreError, Unique};
use serde_json::{Map, Value};

/// The body as field → JSON value. Form fields become strings.
pub(super) fn fields(headers: &HeaderMap, body: &[u8]) -> Result<Map<String, Value>, WpError> {
    let json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.trim_start().starts_with("application/json"));
    if json || (body.first() == Some(&b'{')) {
        return match serde_json::from_slice::<Value>(body) {
            Ok(Value::Object(m)) => Ok(m),
            _ => Err(WpError::new(
                StatusCode::BAD_REQUEST,
                "rest_invalid_json",
                Text::id("error-rest-invalid-json"),
            )),
        };
    }
    let text = std::str::from_utf8(body)
        .map_err(|_| WpError::invalid_param("body", "The body is not valid UTF-8."))?;
    Ok(form_urlencoded::parse(text.as_bytes())
        .map(|(k, v)| (k.into_owned(), Value::String(v.into_owned())))
        .collect())
}

/// A text field: a string, or WordPress's `{"raw": "…"}` object. NUL
/// characters are refused, as in forms: nothing stores them.
pub(super) fn text(m: &Map<String, Value>, name: &str) -> Result<Option<String>, WpError> {
    let checked = |s: &String| {
        if s.contains('\0') {
            Err(WpError::invalid_param(
                name,
                format!("{name} may not contain NUL characters."),
            ))
        } else {
            Ok(Some(s.clone()))
        }
    };
    match m.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => checked(s),
        Some(Value::Object(o)) => match o.get("raw") {
            Some(Value::String(s)) => checked(s),
            _ => Err(WpError::invalid_param(
                name,
                format!("{name} is not of type string."),
            )),
        },
        Some(Value::Number(n)) => Ok(Some(n.to_string())),
        Some(_) => Err(WpError::invalid_param(
            name,
            format!("{name} is not of type string."),
        )),
    }
}

fn cannot_write(create: bool) -> (&'static str, &'static str) {
    if create {
        ("rest_cannot_create", "error-rest-cannot-create")
    } else {
        ("rest_cannot_edit", "error-rest-cannot-edit")
    }
}

/// The body of a post write (JSON or form). Text fields may also be
/// WordPress's `{"raw": "…"}` objects.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub struct PostBody {
    pub title: Option<String>,
    /// Markdown (HTML is allowed and sanitised).
    pub content: Option<String>,
    /// Shown as the standfirst.
    pub excerpt: Option<String>,
    pub slug: Option<String>,
    /// publish, future, draft, pending or private (the last two become drafts).
    pub status: Option<String>,
    /// Publication time in the site's time zone (`2026-11-25T10:00:00`); future schedules.
    pub date: Option<String>,
    pub date_gmt: Option<String>,
    /// open or closed.
    pub comment_status: Option<String>,
}

/// The body of a comment update (JSON or form).
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub struct CommentUpdateBody {
    /// approved, hold, spam or trash.
    pub status: Option<String>,
    pub content: Option<String>,
    pub author_name: Option<String>,
    pub author_url: Option<String>,
}

#[utoipa::path(post, path = "/wp-json/wp/v2/posts", tag = "posts",
    request_body(content = PostBody, content_type = "application/json"),
    security(("application_password" = [])),
    responses(
        (status = 201, description = "Created", body = WpPost, headers(("Location" = String, description = "The new post's URL"))),
        (status = 400, description = "Invalid field or body", body = crate::error::WpErrorBody),
        (status = 401, description = "No or wrong application password", body = crate::error::WpErrorBody),
        (status = 403, description = "The user may not write posts", body = crate::error::WpErrorBody),
        (status = 413, description = "Body too large"),
        (status = 429, description = "Rate limited"),
    ))]
pub async fn create_post(
    State(state): State<AppState>,
    user: ApiUser,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, WpError> {
    save_post(state, user, headers, None, body).await
}

#[utoipa::path(method(post, put, patch), path = "/wp-json/wp/v2/posts/{id}", tag = "posts",
    params(("id" = String, Path, description = "Post id")),
    request_body(content = PostBody, content_type = "application/json"),
    security(("application_password" = [])),
    responses(
        (status = 200, description = "Updated", body = WpPost),
        (status = 400, description = "Invalid field or body", body = crate::error::WpErrorBody),
        (status = 401, description = "No or wrong application password", body = crate::error::WpErrorBody),
        (status = 403, description = "The user may not edit posts", body = crate::error::WpErrorBody),
        (status = 404, description = "No such post", body = crate::error::WpErrorBody),
        (status = 413, description = "Body too large"),
        (status = 429, description = "Rate limited"),
    ))]
pub async fn update_post(
    State(state): State<AppState>,
    user: ApiUser,
    headers: HeaderMap,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, WpError> {
    let id = id
        .parse::<i64>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(super::posts::invalid_post_id)?;
    save_post(state, user, headers, Some(ArticleId(id)), body).await
}

async fn save_post(
    state: AppState,
    user: ApiUser,
    headers: HeaderMap,
    id: Option<ArticleId>,
    body: Bytes,
) -> Result<Response, WpError> {
    let (code, message) = cannot_write(id.is_none());
    user.require(|u| u.role.may_edit_articles(), code, message)?;
    let m = fields(&headers, &body)?;
    let settings = state.settings().await?;
    let offset = settings.utc_offset_minutes;
    let existing = match id {
        Some(id) => Some(
            state
                .store
                .article_by_id(id)
                .await?
                .ok_or_else(super::posts::invalid_post_id)?,
        ),
        None => None,
    };
    let mut form = match &existing {
        Some(a) => ArticleForm::of(a, offset),
        None => ArticleForm {
            comments_open: true,
            ..ArticleForm::default()
        },
    };
    if let Some(t) = text(&m, "title")? {
        form.title = t;
    }
    if let Some(t) = text(&m, "content")? {
        form.body_markdown = t;
    }
    if let Some(t) = text(&m, "excerpt")? {
        form.standfirst = masthead_core::html::to_text(&t);
    }
    if let Some(t) = text(&m, "slug")? {
        form.slug = t;
    }
    // masthead's own field: section slugs, as a list or comma-separated.
    match m.get("sections") {
        None | Some(Value::Null) => {}
        Some(Value::Array(items)) => {
            let mut list = Vec::new();
            for item in items {
                let Some(s) = item.as_str() else {
                    return Err(WpError::invalid_param(
                        "sections",
                        "sections is a list of section slugs.",
                    ));
                };
                list.push(s.to_string());
            }
            form.sections = Some(list.join(","));
        }
        Some(Value::String(s)) => form.sections = Some(s.clone()),
        Some(_) => {
            return Err(WpError::invalid_param(
                "sections",
                "sections is a list of section slugs.",
            ));
        }
    }
    match text(&m, "comment_status")?.as_deref() {
        None => {}
        Some("open") => form.comments_open = true,
        Some("closed") => form.comments_open = false,
        Some(_) => {
            return Err(WpError::invalid_param(
                "comment_status",
                "comment_status is not one of open and closed.",
            ));
        }
    }
    if let Some(d) = text(&m, "date")? {
        form.publish_at = d;
    }
    if let Some(d) = text(&m, "date_gmt")? {
        let t = NaiveDateTime::parse_from_str(d.trim_end_matches('Z'), "%Y-%m-%dT%H:%M:%S")
            .ok()
            .filter(|t| (1000..=9999).contains(&masthead_core::chrono::Datelike::year(t)))
            .ok_or_else(|| WpError::invalid_param("date_gmt", "Invalid date."))?;
        let utc: DateTime<Utc> = t.and_utc();
        form.publish_at = format_publish_at(utc, offset);
    }
    let action = match text(&m, "status")?.as_deref() {
        None => EditorAction::Save,
        Some("publish" | "future") => EditorAction::Publish,
        Some("draft" | "pending" | "private") => EditorAction::Unpublish,
        Some(_) => {
            return Err(WpError::invalid_param(
                "status",
                "status is not one of publish, future, draft, pending, private.",
            ));
        }
    };
    let before = existing.as_ref().map(|a| Before {
        status: a.status,
        published_at: a.published_at,
    });
    let photo = existing.as_ref().and_then(|a| a.photo.clone());
    let mut article = form
        .validate(action, before, photo, Utc::now(), offset)
        .map_err(|errors| {
            let mut e = WpError::invalid_param(errors[0].field, errors[0].message.clone());
            for extra in &errors[1..] {
                e.params
                    .insert(extra.field.to_string(), extra.message.clone());
            }
            e.message = Text::s(
                "error-rest-invalid-param",
                "params",
                errors
                    .iter()
                    .map(|e| e.field)
                    .collect::<Vec<_>>()
                    .join(", "),
            );
            e
        })?;
    // A new post is credited to the account that wrote it.
    if id.is_none() {
        article.author = user.0.as_ref().map(|u| u.id);
    }
    let saved = match id {
        Some(id) => service::update_article(state.store.as_ref(), id, &article)
            .await
            .map(|_| id),
        None => service::add_article(state.store.as_ref(), &article).await,
    };
    let id = saved.map_err(|e| match e {
        StoreError::Conflict(Unique::ArticleSlug) => {
            WpError::invalid_param("slug", "Another post already has this slug.")
        }
        other => other.into(),
    })?;
    let stored = state
        .store
        .article_by_id(id)
        .await?
        .ok_or_else(super::posts::invalid_post_id)?;
    let ctx = Ctx::with_settings(&settings, &headers);
    let location = format!("{}/wp-json/wp/v2/posts/{}", ctx.base, id.0);
    let status = if existing.is_none() {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    let post =
        super::dto::post_with_sections(state.store.as_ref(), WpPost::new(&stored, &ctx)).await?;
    let mut response = (status, Json(post)).into_response();
    if existing.is_none()
        && let Ok(v) = HeaderValue::from_str(&location)
    {
        response.headers_mut().insert(header::LOCATION, v);
    }
    Ok(response)
}

pub(super) const CANNOT_EDIT_COMMENT: &str = "error-rest-cannot-edit-comment";

#[utoipa::path(method(post, put, patch), path = "/wp-json/wp/v2/comments/{id}", tag = "comments",
    params(("id" = String, Path, description = "Comment id")),
    request_body(content = CommentUpdateBody, content_type = "application/json"),
    security(("application_password" = [])),
    responses(
        (status = 200, description = "Updated (edit context: with email and IP)", body = WpComment),
        (status = 400, description = "Invalid field or body", body = crate::error::WpErrorBody),
        (status = 401, description = "No or wrong application password", body = crate::error::WpErrorBody),
        (status = 403, description = "The user may not moderate", body = crate::error::WpErrorBody),
        (status = 404, description = "No such comment", body = crate::error::WpErrorBody),
        (status = 413, description = "Body too large"),
        (status = 429, description = "Rate limited"),
    ))]
/// `POST/PUT/PATCH /wp/v2/comments/{id}`: status (`approved`, `hold`,
/// `spam`, `trash`) and the author's name, website and text.
pub async fn update_comment(
    State(state): State<AppState>,
    user: ApiUser,
    headers: HeaderMap,
    WpCommentId(id): WpCommentId,
    body: Bytes,
) -> Result<Response, WpError> {
    let staff = user.require(
        |u| u.role.may_moderate(),
        "rest_cannot_edit",
        CANNOT_EDIT_COMMENT,
    )?;
    let m = fields(&headers, &body)?;
    // Every field is checked before anything is stored.
    let status = match text(&m, "status")?.as_deref() {
        None => None,
        Some(s) => Some(rest_status(s).ok_or_else(|| {
            WpError::invalid_param(
                "status",
                "status is not one of approved, hold, spam, trash.",
            )
        })?),
    };
    let edit = StaffEdit {
        author: text(&m, "author_name")?,
        url: text(&m, "author_url")?,
        comment: text(&m, "content")?,
        status,
    };
    let settings = state.settings().await?;
    let actor = Actor::staff(staff, Via::Rest);
    service::edit_comment(
        state.store.as_ref(),
        &settings,
        id,
        edit,
        &actor,
        Utc::now(),
    )
    .await?;
    let c = state
        .store
        .comment(id)
        .await?
        .ok_or_else(WpError::invalid_comment_id)?;
    let ctx = Ctx::with_settings(&settings, &headers);
    Ok(Json(WpComment::for_staff(&c, &ctx)).into_response())
}

/// A REST `status` value: the stored words and WordPress's (`hold`, `1`,
/// `unapproved`, …) for the four statuses.
fn rest_status(s: &str) -> Option<CommentStatus> {
    match s {
        "unapproved" => Some(CommentStatus::Pending),
        other => other.parse().ok(),
    }
}

#[utoipa::path(delete, path = "/wp-json/wp/v2/comments/{id}", tag = "comments",
    params(("id" = String, Path, description = "Comment id"), ("force" = Option<bool>, Query, description = "Delete for good instead of trashing")),
    security(("application_password" = [])),
    responses(
        (status = 200, description = "Trashed (the comment) or deleted ({deleted, previous})", body = WpComment),
        (status = 401, description = "No or wrong application password", body = crate::error::WpErrorBody),
        (status = 403, description = "The user may not moderate", body = crate::error::WpErrorBody),
        (status = 404, description = "No such comment", body = crate::error::WpErrorBody),
        (status = 410, description = "Already in the trash", body = crate::error::WpErrorBody),
        (status = 429, description = "Rate limited"),
    ))]
/// `DELETE /wp/v2/comments/{id}`: to the trash, or gone with `force=true`.
pub async fn delete_comment(
    State(state): State<AppState>,
    user: ApiUser,
    headers: HeaderMap,
    WpCommentId(id): WpCommentId,
    RawQuery(query): RawQuery,
) -> Result<Response, WpError> {
    let staff = user.require(
        |u| u.role.may_moderate(),
        "rest_cannot_delete",
        "error-rest-cannot-delete-comment",
    )?;
    let c = state
        .store
        .comment(id)
        .await?
        .ok_or_else(WpError::invalid_comment_id)?;
    let actor = Actor::staff(staff, Via::Rest);
    // Outside a desk, not even whether it is in the trash is told.
    service::check_desk(state.store.as_ref(), &actor, &[id]).await?;
    let settings = state.settings().await?;
    let ctx = Ctx::with_settings(&settings, &headers);
    let force = super::params::Params::parse(query.as_deref())
        .get("force")
        .is_some_and(|v| matches!(v, "true" | "1"));
    if !force && c.status == CommentStatus::Trash {
        return Err(WpError::new(
            StatusCode::GONE,
            "rest_already_trashed",
            Text::id("error-rest-already-trashed"),
        ));
    }
    let action = if force {
        ModerationAction::Delete
    } else {
        ModerationAction::Trash
    };
    service::moderate(state.store.as_ref(), &[id], action, &actor, Utc::now()).await?;
    if force {
        let previous = WpComment::for_staff(&c, &ctx);
        return Ok(
            Json(serde_json::json!({ "deleted": true, "previous": previous })).into_response(),
        );
    }
    let c = state
        .store
        .comment(id)
        .await?
        .ok_or_else(WpError::invalid_comment_id)?;
    Ok(Json(WpComment::for_staff(&c, &ctx)).into_response())
}
