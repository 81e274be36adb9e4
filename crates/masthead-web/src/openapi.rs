//! The OpenAPI document of both JSON APIs (`/api/openapi.json`): the REST
//! API (`crate::wp_json`) and the embed's (`crate::embed`), generated from
//! the handlers' annotations.
use crate::error::{ApiErrorBody, WpErrorBody, WpErrorData};
use crate::wp_json::dto::{Link, Rendered, RenderedProtected, WpComment, WpPost};
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
        crate::wp_json::index::index,
        crate::wp_json::posts::list,
        crate::wp_json::posts::one,
        crate::wp_json::comments::list,
        crate::wp_json::comments::one,
        crate::wp_json::comments::create,
        crate::wp_json::writes::create_post,
        crate::wp_json::writes::update_post,
        crate::wp_json::writes::update_comment,
        crate::wp_json::writes::delete_comment,
        crate::wp_json::commenters::list,
        crate::wp_json::commenters::create,
        crate::wp_json::commenters::clear,
        crate::wp_json::commenters::show,
        crate::wp_json::live::show,
        crate::wp_json::live::switch,
        crate::wp_json::live::add,
        crate::embed::thread::embed,
        crate::embed::thread::one,
        crate::embed::comments::list,
        crate::embed::comments::create,
        crate::embed::counts::counts,
        crate::embed::live::live,
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
        crate::wp_json::comments::NewCommentBody,
        crate::wp_json::writes::PostBody,
        crate::wp_json::writes::CommentUpdateBody,
        crate::wp_json::commenters::SanctionBody,
        crate::wp_json::live::LiveDto,
        crate::wp_json::live::EntryDto,
        crate::wp_json::live::EntryBody,
        crate::wp_json::live::LiveBody,
        crate::wp_json::params::Order,
        crate::wp_json::params::PostOrderBy,
        crate::wp_json::params::CommentOrderBy,
        crate::wp_json::params::Context,
        crate::wp_json::params::PostStatusParam,
        crate::wp_json::params::CommentStatusParam,
        crate::wp_json::params::CommentTypeParam,
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
        ApiErrorBody
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

/// `GET /api/openapi.json`.
pub async fn document() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
