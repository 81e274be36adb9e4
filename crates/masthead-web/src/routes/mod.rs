//! The public site's route table and the layers around every route. Each
//! module here is one group of routes; they share rendering through
//! `crate::pages`, never through each other.
mod activitypub;
mod article;
mod comments;
mod feeds;
mod health;
mod home;
mod legacy;
mod live;
mod mail;
mod media;
mod notices;
mod privacy;
mod proof;
mod reader;
mod search;
mod seo;
mod thread;
mod webmention;

use crate::client_ip::client_ip;
use crate::error::WebError;
use crate::language::asked_lang;
use crate::state::AppState;
use crate::{assets, headers};
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::Response;
use axum::routing::{get, post};
use std::net::SocketAddr;
use tower_http::timeout::TimeoutLayer;

/// A comment may be 64 KiB; percent-encoding can triple that.
const FORM_BODY_LIMIT: usize = 256 * 1024;
/// A notice or an appeal: 5000 characters of explanation and a few fields.
const NOTICE_BODY_LIMIT: usize = 96 * 1024;

/// The public site: pages, the comment form, media, health and metrics.
pub fn site() -> Router<AppState> {
    let comment_post = post(comments::submit).layer(DefaultBodyLimit::max(FORM_BODY_LIMIT));
    // Other methods on the catch-all route are 404s, as for unknown paths.
    let pages = get(legacy::page).fallback(legacy::not_found);
    Router::new()
        .route("/", get(home::front))
        .route("/page/{page}", get(home::page))
        .route("/articles/{slug}", get(article::show))
        // Long discussions: `/articles/SLUG/comment-page-N/`, WordPress's form.
        .route("/articles/{slug}/{page}/", get(article::show_comment_page))
        .route("/articles/{slug}/{page}", get(article::add_slash))
        .route("/articles/{slug}/live", get(live::stream))
        .route("/comments/{id}", get(comments::permalink))
        // Feeds at WordPress's addresses (`feeds.rs`); without the final
        // slash, moved to it.
        .route("/feed/", get(feeds::articles_rss))
        .route("/feed/atom/", get(feeds::articles_atom))
        .route("/comments/feed/", get(feeds::comments_rss))
        .route("/comments/feed/atom/", get(feeds::comments_atom))
        .route("/articles/{slug}/feed/", get(feeds::article_rss))
        .route("/articles/{slug}/feed/atom/", get(feeds::article_atom))
        .route("/feed", get(feeds::add_slash))
        .route("/feed/atom", get(feeds::add_slash))
        .route("/comments/feed", get(feeds::add_slash))
        .route("/comments/feed/atom", get(feeds::add_slash))
        .route("/articles/{slug}/feed", get(feeds::add_slash))
        .route("/articles/{slug}/feed/atom", get(feeds::add_slash))
        // A reader's actions on one comment (`reader.rs`).
        .route(
            "/comments/{id}/recommend",
            post(reader::recommend).layer(DefaultBodyLimit::max(FORM_BODY_LIMIT)),
        )
        .route(
            "/comments/{id}/report",
            get(reader::report_form)
                .post(reader::report)
                .layer(DefaultBodyLimit::max(FORM_BODY_LIMIT)),
        )
        // Notice and action (`notices.rs`).
        .route(
            "/comments/{id}/illegal",
            get(notices::form)
                .post(notices::submit)
                .layer(DefaultBodyLimit::max(NOTICE_BODY_LIMIT)),
        )
        .route(
            "/statements/{id}",
            get(notices::statement)
                .post(notices::appeal)
                .layer(DefaultBodyLimit::max(NOTICE_BODY_LIMIT)),
        )
        .route(
            "/comments/{id}/edit",
            get(reader::edit_form)
                .post(reader::edit)
                .layer(DefaultBodyLimit::max(FORM_BODY_LIMIT)),
        )
        .route("/comments/{id}/delete", post(reader::delete))
        .route("/avatar/{file}", get(reader::avatar))
        .route("/privacy/", get(privacy::privacy))
        .route(
            "/mail/moderate",
            get(mail::moderate_page).post(mail::moderate_post),
        )
        .route(
            "/mail/confirm",
            get(mail::confirm_page).post(mail::confirm_post),
        )
        .route(
            "/mail/unsubscribe",
            get(mail::unsubscribe_page).post(mail::unsubscribe_post),
        )
        .route(
            "/privacy",
            get(|| async { axum::response::Redirect::permanent("/privacy/") }),
        )
        .route("/proof-of-work", get(proof::challenge))
        .route("/.well-known/webfinger", get(activitypub::webfinger))
        .route("/.well-known/nodeinfo", get(activitypub::nodeinfo_links))
        .route("/nodeinfo/2.1", get(activitypub::nodeinfo))
        .route("/ap/actor", get(activitypub::actor))
        .route("/ap/followers", get(activitypub::followers))
        .route("/ap/authors/{id}", get(activitypub::author))
        .route(
            "/ap/authors/{id}/followers",
            get(activitypub::author_followers),
        )
        .route("/ap/outbox", get(activitypub::outbox))
        .route(
            "/ap/inbox",
            post(activitypub::inbox).layer(DefaultBodyLimit::max(activitypub::MAX_ACTIVITY_BYTES)),
        )
        .route(
            webmention::PATH,
            post(webmention::receive).layer(DefaultBodyLimit::max(16 * 1024)),
        )
        .route("/comments", comment_post.clone())
        // The classic WordPress endpoint, so an old theme's form keeps working.
        .route("/wp-comments-post.php", comment_post)
        .route("/media/{name}", get(media::serve))
        .route("/static/{name}", get(assets::serve))
        // The embed for other sites' pages (`crate::embed`).
        .route("/embed.js", get(crate::embed::script::script))
        .route("/thread", get(thread::show))
        // Search engines: robots.txt and the sitemaps (`seo.rs`).
        .route("/search", get(search::show))
        .route("/robots.txt", get(seo::robots_txt))
        .route("/sitemap.xml", get(seo::index))
        .route("/sitemap-{page}", get(seo::page))
        .route("/news-sitemap.xml", get(seo::news_sitemap))
        // Imported WordPress pages at `/{slug}`, their WordPress addresses
        // (`/{slug}/`) and the old addresses of imported articles. One
        // catch-all route: the router takes no `/{slug}` beside it.
        .route("/{*path}", pages)
}

/// What operators and load balancers ask. No answer here is in a language,
/// so these routes skip settling one: a health check must not wait for the
/// database.
pub fn health() -> Router<AppState> {
    Router::new()
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::ready))
        .route("/metrics", get(health::metrics))
}

/// The language every answer of `router` is written in, settled before its
/// handler runs (`crate::language`), and the framework's own refusals in
/// masthead's shapes (`error::reshape`), in it.
pub fn in_reader_language(state: AppState, router: Router<AppState>) -> Router<AppState> {
    router
        .layer(axum::middleware::from_fn(crate::error::reshape))
        .layer(axum::middleware::from_fn_with_state(
            state,
            crate::language::settle,
        ))
}

/// Every layer every response passes: rate limits, metrics, the request
/// timeout, a ceiling on bodies and the security headers.
pub fn layers(state: AppState, router: Router<AppState>) -> Router {
    let timeout =
        TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, state.config.request_timeout);
    router
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            limit_requests,
        ))
        .layer(axum::middleware::from_fn(crate::metrics::track))
        .layer(timeout)
        // A global ceiling for every body; the comment routes set their own.
        .layer(DefaultBodyLimit::max(FORM_BODY_LIMIT))
        // A body refused unread is read to its end before the answer goes.
        .layer(axum::middleware::from_fn(crate::drain::linger))
        // Outermost, so the timeout's answer carries them too.
        .layer(axum::middleware::from_fn(headers::site_headers))
        .with_state(state)
}

pub use legacy::not_found;

/// Middleware: the general per-address request limit. It runs before the
/// request's language is settled: a 429 costs no database read, so it is
/// written in the embed's `lang` or the site's language as last read.
pub async fn limit_requests(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    req: Request,
    next: Next,
) -> Response {
    let ip = client_ip(peer.ip(), req.headers(), &state.config.trusted_proxies);
    match state.limits.check_request(ip) {
        Ok(()) => next.run(req).await,
        Err(wait) => {
            let lang = match asked_lang(req.uri()) {
                Some(lang) => lang,
                None => state.language(false).await,
            };
            WebError::TooMany(wait).respond(lang)
        }
    }
}
