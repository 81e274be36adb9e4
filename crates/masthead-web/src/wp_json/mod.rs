//! WordPress's REST API (`/wp-json/wp/v2/…`): the subset real clients use to
//! read posts and comments and to post comments, with WordPress's field names,
//! pagination headers and error shape (`crate::error::WpError`). The
//! OpenAPI document of this API (`crate::openapi`) is at `/api/openapi.json`.
mod auth;
pub(crate) mod commenters;
pub(crate) mod comments;
pub(crate) mod dto;
pub(crate) mod index;
pub(crate) mod live;
pub(crate) mod params;
pub(crate) mod posts;
pub(crate) mod writes;

use crate::error::WpError;
use crate::state::AppState;
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::get;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/wp-json", get(index::index))
        .route("/wp-json/", get(index::index))
        .route(
            "/wp-json/wp/v2/posts",
            get(posts::list)
                .post(writes::create_post)
                .layer(DefaultBodyLimit::max(2 * 1024 * 1024)),
        )
        .route(
            "/wp-json/wp/v2/posts/{id}",
            get(posts::one)
                .post(writes::update_post)
                .put(writes::update_post)
                .patch(writes::update_post)
                .layer(DefaultBodyLimit::max(2 * 1024 * 1024)),
        )
        .route(
            "/wp-json/wp/v2/comments",
            get(comments::list)
                .post(comments::create)
                .layer(DefaultBodyLimit::max(256 * 1024)),
        )
        .route(
            "/wp-json/wp/v2/comments/{id}",
            get(comments::one)
                .post(writes::update_comment)
                .put(writes::update_comment)
                .patch(writes::update_comment)
                .delete(writes::delete_comment)
                .layer(DefaultBodyLimit::max(256 * 1024)),
        )
        .route(
            "/wp-json/masthead/v1/sanctions",
            get(commenters::list)
                .post(commenters::create)
                .delete(commenters::clear)
                .layer(DefaultBodyLimit::max(64 * 1024)),
        )
        .route(
            "/wp-json/masthead/v1/commenters/{email}",
            get(commenters::show),
        )
        .route(
            "/wp-json/masthead/v1/posts/{id}/live",
            get(live::show)
                .post(live::switch)
                .layer(DefaultBodyLimit::max(64 * 1024)),
        )
        .route(
            "/wp-json/masthead/v1/posts/{id}/entries",
            axum::routing::post(live::add).layer(DefaultBodyLimit::max(256 * 1024)),
        )
        .route(
            "/wp-json/{*rest}",
            axum::routing::any(|| async { WpError::no_route() }),
        )
}
