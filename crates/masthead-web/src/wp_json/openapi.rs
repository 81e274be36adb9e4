//! The OpenAPI document of the JSON API, generated from the handlers' annotations.
use super::dto::{Link, Rendered, RenderedProtected, WpComment, WpPost};
use super::error::{WpErrorBody, WpErrorData};
use axum::Json;
use utoipa::OpenApi;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "masthead",
        description = "WordPress-compatible REST API of masthead (`/wp-json/`). Writes take an application password (HTTP Basic auth; `masthead user app-password NAME`). The embed's API for other sites' pages is under `/api/` (tag `embed`): see docs/embed.md."
    ),
    modifiers(&BasicAuth),
    paths(
        super::index::index,
        super::posts::list,
        super::posts::one,
        super::comments::list,
        super::comments::one,
        super::comments::create,
        super::writes::create_post,
        super::writes::update_post,
        super::writes::update_comment,
        super::writes::delete_comment,
        crate::embed::thread::embed,
        crate::embed::thread::one,
        crate::embed::comments::list,
        crate::embed::comments::create,
        crate::embed::counts::counts,
        crate::embed::reader::edit,
        crate::embed::reader::delete,
        crate::embed::reader::recommend,
        crate::embed::reader::report,
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
        super::writes::PostBody,
        super::writes::CommentUpdateBody,
        super::params::Order,
        super::params::PostOrderBy,
        super::params::CommentOrderBy,
        super::params::Context,
        super::params::PostStatusParam,
        super::params::CommentStatusParam,
        super::params::CommentTypeParam,
        crate::embed::dto::ThreadDto,
        crate::embed::dto::EmbedDto,
        crate::embed::dto::CommentDto,
        crate::embed::dto::CommentsDto,
        crate::embed::dto::NewCommentDto,
        crate::embed::dto::CreatedDto,
        crate::embed::dto::CountsDto,
        crate::embed::dto::Sort,
        crate::embed::dto::EditDto,
        crate::embed::dto::EditedDto,
        crate::embed::dto::RecommendedDto,
        crate::embed::dto::ReportDto,
        crate::embed::dto::ReportedDto,
        crate::embed::error::ApiErrorBody
    ))
)]
pub struct ApiDoc;

/// Declares the `application_password` scheme: HTTP Basic with a user name
/// and an application password.
struct BasicAuth;

impl utoipa::Modify for BasicAuth {
    fn modify(&self, api: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
        let components = api.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "application_password",
            SecurityScheme::Http(Http::new(HttpAuthScheme::Basic)),
        );
    }
}

pub async fn document() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
