//! What many handlers read from a request alike, as extractors: the
//! client's address, and the comment a path names (`/…/{id}`). A comment
//! id is a positive number; anything else is refused as the surface the
//! route belongs to refuses a comment it does not have: the site's 404 page
//! on masthead's own pages, the embed's 400 `invalid_param`, WordPress's
//! 404 `rest_comment_invalid_id`.
use crate::client_ip::client_ip;
use crate::error::{ApiError, Text, WpError};
use crate::pages::not_found::not_found_page;
use crate::state::AppState;
use axum::extract::{ConnectInfo, FromRequestParts, Path};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use masthead_core::ids::CommentId;
use std::net::{IpAddr, SocketAddr};

/// The visitor's address: the peer's, or behind a trusted proxy the one
/// its `X-Forwarded-For` names (`client_ip`).
#[derive(Debug, Clone, Copy)]
pub struct ClientIp(pub IpAddr);

impl FromRequestParts<AppState> for ClientIp {
    type Rejection = <ConnectInfo<SocketAddr> as FromRequestParts<AppState>>::Rejection;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let ConnectInfo(peer) = ConnectInfo::<SocketAddr>::from_request_parts(parts, state).await?;
        Ok(Self(client_ip(
            peer.ip(),
            &parts.headers,
            &state.config.trusted_proxies,
        )))
    }
}

/// The route's `{id}` as a comment id, if it is one.
async fn comment_id(parts: &mut Parts, state: &AppState) -> Option<CommentId> {
    let Path(raw) = Path::<String>::from_request_parts(parts, state)
        .await
        .ok()?;
    raw.parse::<i64>().ok().filter(|n| *n > 0).map(CommentId)
}

/// A comment on masthead's own pages; else the site's 404 page.
pub struct PageCommentId(pub CommentId);

impl FromRequestParts<AppState> for PageCommentId {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        match comment_id(parts, state).await {
            Some(id) => Ok(Self(id)),
            None => Err(not_found_page(state)
                .await
                .unwrap_or_else(IntoResponse::into_response)),
        }
    }
}

/// A comment of the embed's API; else 400 `invalid_param`.
pub struct ApiCommentId(pub CommentId);

impl FromRequestParts<AppState> for ApiCommentId {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        comment_id(parts, state)
            .await
            .map(Self)
            .ok_or_else(|| ApiError::param(Text::id("error-param-comment-id")))
    }
}

/// A comment of the REST API; else 404 `rest_comment_invalid_id`.
pub struct WpCommentId(pub CommentId);

impl FromRequestParts<AppState> for WpCommentId {
    type Rejection = WpError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, WpError> {
        comment_id(parts, state)
            .await
            .map(Self)
            .ok_or_else(WpError::invalid_comment_id)
    }
}
