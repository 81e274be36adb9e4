//! The embed's reader actions: a commenter edits or deletes their own
//! comment within the edit window (proven by the author token the embedding
//! page kept), and any reader recommends or reports a comment (once each,
//! as the reader named by `X-Masthead-Reader`, a signed id masthead hands
//! out and the page keeps; counted per network, `comment::Network`).
use super::dto::{CommentDto, EditDto, EditedDto, RecommendedDto, ReportDto, ReportedDto};
use super::request::{AUTHORED, MAX_TOKENS, check_request_origin, json_body};
use crate::error::{ApiError, Text};
use crate::extract::{ApiCommentId, ClientIp};
use crate::state::AppState;
use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderName, StatusCode};
use axum::response::{IntoResponse, Response};
use masthead_core::chrono::Utc;
use masthead_core::comment::{AuthorTokens, CommentStatus, Network, Reader, ReaderTokens};
use masthead_core::ids::CommentId;
use masthead_core::service::{
    ReaderReport, delete_own_comment, edit_own_comment, recommend_comment, report_comment,
};
use std::net::IpAddr;

/// The request header carrying the reader's token.
pub const READER: HeaderName = HeaderName::from_static("x-masthead-reader");

fn rate_limited(wait: u64) -> ApiError {
    ApiError::rate_limited(wait, Text::id("error-rate-limited"))
}

/// The reader's token as sent, or a new one (counted against the address).
fn reader(state: &AppState, headers: &HeaderMap, ip: IpAddr) -> Result<(Reader, String), ApiError> {
    // Ids of the first format (`r1.`, before issue 25) sit in readers'
    // storage: such a reader is given a new id, as one without any.
    let first_format = headers
        .get(READER)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("r1."));
    if headers.contains_key(READER) && !first_format {
        return sent_reader(state, headers).ok_or_else(|| {
            ApiError::new(
                StatusCode::BAD_REQUEST,
                "invalid_reader",
                Text::id("error-invalid-reader"),
            )
        });
    }
    state.limits.check_new_reader(ip).map_err(rate_limited)?;
    new_reader(state)
}

/// The reader a request's `X-Masthead-Reader` names, with the token, if
/// masthead issued it.
pub(crate) fn sent_reader(state: &AppState, headers: &HeaderMap) -> Option<(Reader, String)> {
    let token = headers.get(READER)?.to_str().ok()?;
    let reader = ReaderTokens::new(state.secret()).verify(token, Utc::now())?;
    Some((reader, token.to_string()))
}

/// A new reader and their token (the caller has counted it against the
/// address's limit).
pub(crate) fn new_reader(state: &AppState) -> Result<(Reader, String), ApiError> {
    let tokens = ReaderTokens::new(state.secret());
    let now = Utc::now();
    let mut random = [0u8; 16];
    getrandom::fill(&mut random).map_err(|e| ApiError::internal(e.to_string()))?;
    let token = tokens.issue(random, now);
    let reader = tokens
        .verify(&token, now)
        .ok_or_else(|| ApiError::internal("a new reader token does not verify"))?;
    Ok((reader, token))
}

/// The author token sent for this comment, if any.
fn proof(
    state: &AppState,
    headers: &HeaderMap,
    id: CommentId,
) -> Option<masthead_core::comment::Authored> {
    let tokens = AuthorTokens::new(state.secret());
    headers
        .get_all(AUTHORED)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split([' ', ',']))
        .take(MAX_TOKENS)
        .filter_map(|t| tokens.verify(t))
        .find(|a| a.comment == id)
}

#[utoipa::path(patch, path = "/api/comments/{id}", tag = "embed",
    params(("id" = i64, Path, description = "The comment")),
    request_body(content = EditDto, content_type = "application/json"),
    responses(
        (status = 200, description = "Edited (held again when the new text trips a rule or a moderator had approved the comment)", body = EditedDto),
        (status = 400, description = "Malformed body or id", body = crate::error::ApiErrorBody),
        (status = 403, description = "No author token for this comment (`not_your_comment`), its edit window has closed (`edit_window_closed`), or it has been edited 10 times already (`edit_limit_reached`)", body = crate::error::ApiErrorBody),
        (status = 404, description = "No such comment", body = crate::error::ApiErrorBody),
        (status = 413, description = "Body too large"),
        (status = 415, description = "Not JSON", body = crate::error::ApiErrorBody),
        (status = 422, description = "The new text is not a valid comment", body = crate::error::ApiErrorBody),
        (status = 429, description = "Too many changes from this address", body = crate::error::ApiErrorBody),
    ))]
pub async fn edit(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    ApiCommentId(id): ApiCommentId,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    state.limits.check_post(ip).map_err(rate_limited)?;
    let input: EditDto = json_body(&headers, &body)?;
    ApiError::refuse_nul([input.comment.as_str()])?;
    let settings = state.settings().await?;
    check_request_origin(&settings, &headers)?;
    let ip_text = ip.to_string();
    let now = Utc::now();
    let proof = proof(&state, &headers, id);
    let edited = edit_own_comment(
        state.store.as_ref(),
        &settings,
        proof,
        id,
        &input.comment,
        Some(&ip_text),
        now,
    )
    .await?;
    let c = state.store.comment(id).await?.ok_or_else(|| {
        ApiError::new(
            StatusCode::NOT_FOUND,
            "comment_not_found",
            Text::id("error-no-such-comment"),
        )
    })?;
    let mut comment = CommentDto::new(&c.public(), settings.readers.avatars);
    if edited.status != CommentStatus::Approved {
        comment.status = "pending".into();
    }
    Ok(Json(EditedDto { comment }).into_response())
}

#[utoipa::path(delete, path = "/api/comments/{id}", tag = "embed",
    params(("id" = i64, Path, description = "The comment")),
    responses(
        (status = 204, description = "Deleted (to the trash, where staff can still read it)"),
        (status = 400, description = "Malformed id", body = crate::error::ApiErrorBody),
        (status = 403, description = "No author token for this comment, or its edit window has closed", body = crate::error::ApiErrorBody),
        (status = 404, description = "No such comment", body = crate::error::ApiErrorBody),
    ))]
pub async fn delete(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    ApiCommentId(id): ApiCommentId,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let settings = state.settings().await?;
    check_request_origin(&settings, &headers)?;
    let ip_text = ip.to_string();
    let proof = proof(&state, &headers, id);
    delete_own_comment(
        state.store.as_ref(),
        &settings,
        proof,
        id,
        Some(&ip_text),
        Utc::now(),
    )
    .await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

#[utoipa::path(post, path = "/api/comments/{id}/recommend", tag = "embed",
    params(("id" = i64, Path, description = "The comment"),
        ("X-Masthead-Reader" = Option<String>, Header, description = "The reader token from an earlier answer; a new one is given without it")),
    responses(
        (status = 200, description = "Taken (`counted: true`), or taken before from this reader (`counted: false`); `recommends` counts each network once", body = RecommendedDto),
        (status = 400, description = "Malformed id or reader token", body = crate::error::ApiErrorBody),
        (status = 404, description = "No such approved comment", body = crate::error::ApiErrorBody),
        (status = 429, description = "Too many from this address", body = crate::error::ApiErrorBody),
    ))]
pub async fn recommend(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    ApiCommentId(id): ApiCommentId,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    state.limits.check_reader_action(ip).map_err(rate_limited)?;
    let settings = state.settings().await?;
    check_request_origin(&settings, &headers)?;
    let (reader, token) = reader(&state, &headers, ip)?;
    let network = Network::of(ip);
    let (recommends, counted) =
        recommend_comment(state.store.as_ref(), id, &reader.id, network, Utc::now()).await?;
    Ok(Json(RecommendedDto {
        id: id.0,
        recommends,
        counted,
        reader_token: token,
    })
    .into_response())
}

#[utoipa::path(post, path = "/api/comments/{id}/report", tag = "embed",
    params(("id" = i64, Path, description = "The comment"),
        ("X-Masthead-Reader" = Option<String>, Header, description = "The reader token from an earlier answer; a new one is given without it")),
    request_body(content = ReportDto, content_type = "application/json"),
    responses(
        (status = 201, description = "Taken (or already taken from this reader); reports are counted per network, a reader with history weighing more", body = ReportedDto),
        (status = 400, description = "Malformed body, id or reader token", body = crate::error::ApiErrorBody),
        (status = 404, description = "No such approved comment", body = crate::error::ApiErrorBody),
        (status = 413, description = "Body too large"),
        (status = 415, description = "Not JSON", body = crate::error::ApiErrorBody),
        (status = 422, description = "No or unknown reason, or too long an explanation", body = crate::error::ApiErrorBody),
        (status = 429, description = "Too many from this address", body = crate::error::ApiErrorBody),
    ))]
pub async fn report(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    ApiCommentId(id): ApiCommentId,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    state.limits.check_reader_action(ip).map_err(rate_limited)?;
    let input: ReportDto = json_body(&headers, &body)?;
    let details = input.details.unwrap_or_default();
    ApiError::refuse_nul([input.reason.as_str(), details.as_str()])?;
    let settings = state.settings().await?;
    check_request_origin(&settings, &headers)?;
    let (reader, token) = reader(&state, &headers, ip)?;
    let ip_text = ip.to_string();
    let reported = report_comment(
        state.store.as_ref(),
        &settings,
        ReaderReport {
            id,
            reader: &reader,
            network: Network::of(ip),
            reason: &input.reason,
            details: &details,
            ip: Some(&ip_text),
            now: Utc::now(),
        },
    )
    .await?;
    let counted = !matches!(reported, masthead_core::store::Reported::Already);
    Ok((
        StatusCode::CREATED,
        Json(ReportedDto {
            id: id.0,
            counted,
            reader_token: token,
        }),
    )
        .into_response())
}
