//! The newsroom side: staff sign-in and the moderation queue. Every page works
//! without JavaScript; every state-changing form carries a CSRF token that is
//! checked on the server.
mod articles;
mod chart;
mod commenters;
mod dashboard;
mod edit;
mod federation;
mod live;
mod live_desk;
mod notices;
mod privacy;
mod queue;
mod session;
mod settings;
mod wire;

use crate::state::AppState;
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::response::Redirect;
use axum::routing::{get, post};

use crate::multipart::EDITOR_BODY_LIMIT;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/admin", get(|| async { Redirect::to("/admin/dashboard") }))
        .route(
            "/admin/",
            get(|| async { Redirect::to("/admin/dashboard") }),
        )
        .route("/admin/dashboard", get(dashboard::page))
        .route(
            "/admin/login",
            get(session::login_page).post(session::login),
        )
        .route("/admin/logout", post(session::logout))
        .route("/admin/comments", get(queue::page).post(queue::act))
        .route("/admin/articles", get(articles::list))
        .route(
            "/admin/articles/new",
            get(articles::new_page)
                .post(articles::create)
                .layer(DefaultBodyLimit::max(EDITOR_BODY_LIMIT)),
        )
        .route(
            "/admin/articles/{id}",
            get(articles::edit_page)
                .post(articles::update)
                .layer(DefaultBodyLimit::max(EDITOR_BODY_LIMIT)),
        )
        .route("/admin/articles/{id}/live", post(live::switch))
        .route("/admin/articles/{id}/entries", post(live::add_entry))
        .route("/admin/wire", get(wire::page).post(wire::act))
        .route("/admin/wire/items/{id}/preview", get(wire::preview))
        .route("/admin/settings", get(settings::page).post(settings::save))
        .route("/admin/privacy", get(privacy::page).post(privacy::act))
        .route("/admin/federation", get(federation::page))
        .route("/admin/notices", get(notices::page).post(notices::act))
        .route(
            "/admin/commenters",
            get(commenters::page).post(commenters::act),
        )
        .route(
            "/admin/comments/{id}/edit",
            get(edit::page).post(edit::save),
        )
        // Staff pages hold names, addresses and tokens: never kept by any cache.
        .layer(
            tower_http::set_header::SetResponseHeaderLayer::if_not_present(
                axum::http::header::CACHE_CONTROL,
                axum::http::HeaderValue::from_static("private, no-store"),
            ),
        )
}
