//! The OpenAPI document of the JSON API, generated from the handlers' annotations.
use super::dto::{Link, Rendered, RenderedProtected, WpComment, WpPost};
use super::error::{WpErrorBody, WpErrorData};
use axum::Json;
use utoipa::OpenApi;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "masthead",
        description = "WordPress-compatible REST API of masthead (view context)."
    ),
    paths(
        super::index::index,
        super::posts::list,
        super::posts::one,
        super::comments::list,
        super::comments::one,
        super::comments::create,
    ),
    components(schemas(
        WpPost,
        WpComment,
        Rendered,
        RenderedProtected,
        Link,
        WpErrorBody,
        WpErrorData,
        super::comments::NewCommentBody,
        super::params::Order,
        super::params::PostOrderBy,
        super::params::CommentOrderBy,
        super::params::Context,
        super::params::PostStatusParam,
        super::params::CommentStatusParam,
        super::params::CommentTypeParam
    ))
)]
pub struct ApiDoc;

pub async fn document() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
