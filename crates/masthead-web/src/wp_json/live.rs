//! masthead's REST routes for live coverage (`/wp-json/masthead/v1/posts/
//! {id}/live` and `…/entries`): read a story's coverage and updates (public
//! for a published story), switch it on or off and add an update (staff
//! who edit articles) — the use cases the command line calls.
use super::auth::ApiUser;
use super::dto::Ctx;
use super::writes::{fields, text};
use crate::error::{Text, WpError};
use crate::state::AppState;
use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use masthead_core::article::Article;
use masthead_core::chrono::Utc;
use masthead_core::ids::ArticleId;
use masthead_core::seo::w3c;
use masthead_core::service::{LiveError, add_live_entry, set_live};
use masthead_core::store::LiveEntry;
use serde::Serialize;
use utoipa::ToSchema;

const CANNOT: (&str, &str) = ("rest_cannot_edit", "error-rest-cannot-edit");

/// A story's live coverage.
#[derive(Serialize, ToSchema)]
pub struct LiveDto {
    /// Coverage is on now.
    live: bool,
    /// When coverage began and ended (UTC, W3C), if it ever did.
    coverage_start: Option<String>,
    coverage_end: Option<String>,
    /// Its updates, newest first.
    entries: Vec<EntryDto>,
}

/// One update.
#[derive(Serialize, ToSchema)]
pub struct EntryDto {
    id: i64,
    date_gmt: String,
    /// The update's own address on the story's page.
    link: String,
    content: super::dto::Rendered,
}

/// An update to add.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct EntryBody {
    /// HTML or Markdown, held to the article policy.
    content: String,
}

/// Coverage to switch.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct LiveBody {
    live: bool,
}

fn entry_dto(article: &Article, e: &LiveEntry, base: &str) -> EntryDto {
    EntryDto {
        id: e.id,
        date_gmt: w3c(e.created_at),
        link: format!("{base}/articles/{}#entry-{}", article.slug, e.id),
        content: super::dto::Rendered {
            rendered: e.html.as_str().to_string(),
        },
    }
}

async fn article_of(state: &AppState, id: &str) -> Result<Article, WpError> {
    let id = id
        .parse::<i64>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(super::posts::invalid_post_id)?;
    state
        .store
        .article_by_id(ArticleId(id))
        .await?
        .filter(|a| !a.is_thread())
        .ok_or_else(super::posts::invalid_post_id)
}

/// The story's coverage, links absolute as every REST answer's
/// (`Ctx::base`).
async fn coverage(
    state: &AppState,
    headers: &HeaderMap,
    article: &Article,
) -> Result<LiveDto, WpError> {
    let base = Ctx::new(state, headers).await?.base;
    let c = state.store.coverage(article.id).await?;
    let entries = state.store.entries(article.id).await?;
    Ok(LiveDto {
        live: c.is_some_and(|c| c.is_on()),
        coverage_start: c.map(|c| w3c(c.started_at)),
        coverage_end: c.and_then(|c| c.ended_at).map(w3c),
        entries: entries
            .iter()
            .map(|e| entry_dto(article, e, &base))
            .collect(),
    })
}

/// A write's staff member (who must edit articles), story and fields.
async fn write<'a>(
    state: &AppState,
    user: &'a ApiUser,
    id: &str,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<(&'a str, Article, serde_json::Map<String, serde_json::Value>), WpError> {
    let staff = user.require(|u| u.role.may_edit_articles(), CANNOT.0, CANNOT.1)?;
    let article = article_of(state, id).await?;
    Ok((&staff.name, article, fields(headers, body)?))
}

fn refused(e: LiveError) -> WpError {
    match e {
        LiveError::NotFound => super::posts::invalid_post_id(),
        LiveError::Empty | LiveError::TooLong => {
            let mut err = WpError::invalid_param("content", e.to_string());
            err.message = Text::of(e);
            err
        }
        LiveError::Store(e) => e.into(),
    }
}

#[utoipa::path(get, path = "/wp-json/masthead/v1/posts/{id}/live", tag = "posts",
    params(("id" = i64, Path, description = "The post")),
    responses(
        (status = 200, description = "The story's live coverage and updates", body = LiveDto),
        (status = 404, description = "No such post (or not published, for visitors)", body = crate::error::WpErrorBody),
    ))]
/// `GET /masthead/v1/posts/{id}/live`.
pub async fn show(
    State(state): State<AppState>,
    user: ApiUser,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, WpError> {
    let article = article_of(&state, &id).await?;
    let staff = user
        .require(|u| u.role.may_edit_articles(), CANNOT.0, CANNOT.1)
        .is_ok();
    if !staff && !article.is_live(Utc::now()) {
        return Err(super::posts::invalid_post_id());
    }
    Ok(Json(coverage(&state, &headers, &article).await?).into_response())
}

#[utoipa::path(post, path = "/wp-json/masthead/v1/posts/{id}/live", tag = "posts",
    params(("id" = i64, Path, description = "The post")),
    request_body(content = LiveBody, content_type = "application/json"),
    security(("application_password" = [])),
    responses(
        (status = 200, description = "Switched (or already so)", body = LiveDto),
        (status = 400, description = "live is not true or false", body = crate::error::WpErrorBody),
        (status = 401, description = "No or wrong application password", body = crate::error::WpErrorBody),
        (status = 403, description = "The user may not edit articles", body = crate::error::WpErrorBody),
        (status = 404, description = "No such post", body = crate::error::WpErrorBody),
    ))]
/// `POST /masthead/v1/posts/{id}/live` with `{"live": true|false}`.
pub async fn switch(
    State(state): State<AppState>,
    user: ApiUser,
    headers: HeaderMap,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, WpError> {
    let (_, article, m) = write(&state, &user, &id, &headers, &body).await?;
    let on = match m.get("live") {
        Some(serde_json::Value::Bool(b)) => *b,
        Some(serde_json::Value::String(s)) if s == "true" || s == "1" => true,
        Some(serde_json::Value::String(s)) if s == "false" || s == "0" => false,
        _ => {
            return Err(WpError::invalid_param(
                "live",
                "live is not of type boolean.",
            ));
        }
    };
    set_live(state.store.as_ref(), &article.slug, on, Utc::now())
        .await
        .map_err(refused)?;
    Ok(Json(coverage(&state, &headers, &article).await?).into_response())
}

#[utoipa::path(post, path = "/wp-json/masthead/v1/posts/{id}/entries", tag = "posts",
    params(("id" = i64, Path, description = "The post")),
    request_body(content = EntryBody, content_type = "application/json"),
    security(("application_password" = [])),
    responses(
        (status = 201, description = "Added (coverage switched on if it was not); open pages get it at once", body = EntryDto),
        (status = 400, description = "No words, or more than 64 KiB", body = crate::error::WpErrorBody),
        (status = 401, description = "No or wrong application password", body = crate::error::WpErrorBody),
        (status = 403, description = "The user may not edit articles", body = crate::error::WpErrorBody),
        (status = 404, description = "No such post", body = crate::error::WpErrorBody),
    ))]
/// `POST /masthead/v1/posts/{id}/entries` with `{"content": "…"}`.
pub async fn add(
    State(state): State<AppState>,
    user: ApiUser,
    headers: HeaderMap,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, WpError> {
    let (author, article, m) = write(&state, &user, &id, &headers, &body).await?;
    let content = text(&m, "content")?.unwrap_or_default();
    let entry = add_live_entry(
        state.store.as_ref(),
        &article.slug,
        &content,
        author,
        Utc::now(),
    )
    .await
    .map_err(refused)?;
    let base = Ctx::new(&state, &headers).await?.base;
    Ok((
        StatusCode::CREATED,
        Json(entry_dto(&article, &entry, &base)),
    )
        .into_response())
}
