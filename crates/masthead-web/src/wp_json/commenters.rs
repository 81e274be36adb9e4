//! masthead's own REST routes for the desk (`/wp-json/masthead/v1/…`):
//! sanctions on commenters and a commenter's record, for moderators and
//! admins, through the same use cases as the admin and the command line.
use super::auth::ApiUser;
use super::writes::{CANNOT_EDIT_COMMENT, fields, text};
use crate::error::WpError;
use crate::state::AppState;
use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use masthead_core::chrono::Utc;
use masthead_core::comment::{Actor, SanctionKind, Via};
use masthead_core::service::{self, SanctionRequest, SanctionView};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

fn moderator(user: &ApiUser) -> Result<Actor, WpError> {
    let staff = user.require(
        |u| u.role.may_moderate(),
        "rest_cannot_moderate",
        CANNOT_EDIT_COMMENT,
    )?;
    Ok(Actor::staff(staff, Via::Rest))
}

#[derive(Debug, Deserialize, IntoParams)]
pub struct ListParams {
    /// Every sanction ever set, lifted ones too.
    #[serde(default)]
    pub all: bool,
}

#[utoipa::path(get, path = "/wp-json/masthead/v1/sanctions", tag = "commenters",
    params(ListParams),
    security(("application_password" = [])),
    responses(
        (status = 200, description = "The sanctions in force (or all), newest first"),
        (status = 401, description = "No or wrong application password", body = crate::error::WpErrorBody),
        (status = 403, description = "The user may not moderate", body = crate::error::WpErrorBody),
    ))]
/// `GET /masthead/v1/sanctions`.
pub async fn list(
    State(state): State<AppState>,
    user: ApiUser,
    Query(params): Query<ListParams>,
) -> Result<Response, WpError> {
    moderator(&user)?;
    let now = Utc::now();
    let list: Vec<SanctionView> = state
        .store
        .sanctions((!params.all).then_some(now))
        .await?
        .iter()
        .map(|s| SanctionView::of(s, now))
        .collect();
    Ok(Json(list).into_response())
}

/// A sanction to set.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct SanctionBody {
    /// ban, suspend, shadow or premoderate.
    kind: String,
    /// An email, an IP address, a CIDR range or @domain.
    target: String,
    reason: Option<String>,
    /// Days until it lifts by itself (a suspension needs it).
    days: Option<u32>,
}

#[utoipa::path(post, path = "/wp-json/masthead/v1/sanctions", tag = "commenters",
    request_body(content = SanctionBody, content_type = "application/json"),
    security(("application_password" = [])),
    responses(
        (status = 201, description = "Set (replacing any in force on the same target)"),
        (status = 400, description = "Unknown kind, bad target, reason too long, days out of range", body = crate::error::WpErrorBody),
        (status = 401, description = "No or wrong application password", body = crate::error::WpErrorBody),
        (status = 403, description = "The user may not moderate", body = crate::error::WpErrorBody),
    ))]
/// `POST /masthead/v1/sanctions`.
pub async fn create(
    State(state): State<AppState>,
    user: ApiUser,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, WpError> {
    let actor = moderator(&user)?;
    let m = fields(&headers, &body)?;
    let kind: SanctionKind = text(&m, "kind")?.unwrap_or_default().parse().map_err(
        |e: masthead_core::comment::SanctionError| WpError::invalid_param("kind", e.to_string()),
    )?;
    let target = text(&m, "target")?.unwrap_or_default();
    let reason = text(&m, "reason")?.unwrap_or_default();
    let days = match m.get("days") {
        None | Some(serde_json::Value::Null) => None,
        Some(v) => Some(
            v.as_u64()
                .or_else(|| v.as_str().and_then(|s| s.trim().parse().ok()))
                .and_then(|d| u32::try_from(d).ok())
                .ok_or_else(|| WpError::invalid_param("days", "days is not a whole number."))?,
        ),
    };
    let request = SanctionRequest {
        kind,
        target: &target,
        reason: &reason,
        days,
    };
    let now = Utc::now();
    let set = service::sanction(state.store.as_ref(), &request, actor, now).await?;
    Ok((StatusCode::CREATED, Json(SanctionView::of(&set, now))).into_response())
}

#[derive(Debug, Deserialize)]
pub struct ClearParams {
    /// The email, IP address, CIDR range or @domain.
    pub target: Option<String>,
}

#[utoipa::path(delete, path = "/wp-json/masthead/v1/sanctions", tag = "commenters",
    params(("target" = String, Query, description = "The email, IP address, CIDR range or @domain")),
    security(("application_password" = [])),
    responses(
        (status = 200, description = "{\"cleared\": N}: how many were in force"),
        (status = 400, description = "Bad target", body = crate::error::WpErrorBody),
        (status = 401, description = "No or wrong application password", body = crate::error::WpErrorBody),
        (status = 403, description = "The user may not moderate", body = crate::error::WpErrorBody),
    ))]
/// `DELETE /masthead/v1/sanctions?target=…`.
pub async fn clear(
    State(state): State<AppState>,
    user: ApiUser,
    Query(params): Query<ClearParams>,
) -> Result<Response, WpError> {
    let actor = moderator(&user)?;
    let target = params
        .target
        .ok_or_else(|| WpError::invalid_param("target", "target is required."))?;
    let n = service::clear_sanction(state.store.as_ref(), &target, &actor, Utc::now()).await?;
    Ok(Json(serde_json::json!({ "cleared": n })).into_response())
}

#[utoipa::path(get, path = "/wp-json/masthead/v1/commenters/{email}", tag = "commenters",
    params(("email" = String, Path, description = "The commenter's email address")),
    security(("application_password" = [])),
    responses(
        (status = 200, description = "Their record: comments by status, reports, first and last seen, trust, sanctions"),
        (status = 400, description = "Not an email address", body = crate::error::WpErrorBody),
        (status = 401, description = "No or wrong application password", body = crate::error::WpErrorBody),
        (status = 403, description = "The user may not moderate", body = crate::error::WpErrorBody),
    ))]
/// `GET /masthead/v1/commenters/{email}`.
pub async fn show(
    State(state): State<AppState>,
    user: ApiUser,
    Path(email): Path<String>,
) -> Result<Response, WpError> {
    moderator(&user)?;
    let record = service::commenter(state.store.as_ref(), &email, Utc::now()).await?;
    Ok(Json(record).into_response())
}
