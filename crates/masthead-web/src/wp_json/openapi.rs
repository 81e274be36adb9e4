//! The OpenAPI document of the JSON API, generated from the handlers' annotations.
use super::dto::{Link, Rendered, RenderedProtected, WpComment, WpPost};
use super::error::{WpErrorBody, WpErrorData};
use axum::Json;
use utoipa::OpenApi;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "masthead",
        description = "WordPress-compatible REST API of masthead. Writes take an application password (HTTP Basic auth; `masthead user app-password NAME`)."
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
        super::params::CommentTypeParam
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
