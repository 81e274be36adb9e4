//! `GET /api/embed`: one page of a page's discussion as HTML, the same
//! templates as masthead's article page; `GET /api/threads`: the thread.
use super::dto::{EmbedDto, EmbedParams, ThreadDto, UrlParam};
use super::request::{authored, editable, language, live_thread, page_url};
use super::script::script_words;
use crate::error::{ApiError, Text};
use crate::page_cache::{CachedPage, Fresh, Served, TOKEN_PLACEHOLDER, accepts_gzip};
use crate::pages::discussion::{Ask, CommentPage, Cut, Links, discussion_view, page_number_of};
use crate::pages::discussion_view::{DiscussionView, FormView};
use crate::state::AppState;
use crate::views::site_base;
use askama::Template;
use axum::Json;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use masthead_core::article::thread::PageUrl;
use masthead_core::article::thread::unmade_thread;
use masthead_core::chrono::Utc;
use masthead_core::comment::{Authored, FormTokens, TokenSubject};
use masthead_core::ids::{ArticleId, CommentId};
use masthead_core::settings::SiteSettings;

/// The discussion alone, for the embed.
#[derive(Template)]
#[template(path = "embed_thread.html")]
pub struct EmbedThread {
    pub d: DiscussionView,
}

#[utoipa::path(get, path = "/api/embed", tag = "embed",
    params(EmbedParams),
    responses(
        (status = 200, description = "The discussion's HTML and where it stands", body = EmbedDto),
        (status = 400, description = "No or no valid page address, or a bad page number", body = crate::error::ApiErrorBody),
        (status = 403, description = "The page's site may not embed", body = crate::error::ApiErrorBody),
        (status = 404, description = "No such comment page", body = crate::error::ApiErrorBody),
    ))]
pub async fn embed(
    State(state): State<AppState>,
    Query(q): Query<EmbedParams>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let settings = state.settings().await?;
    let url = page_url(&settings, q.url.as_deref())?;
    // The discussion is rendered in the embed's language: its settings
    // are the site's with that language.
    let lang = language(&settings, q.lang.as_deref());
    let settings = SiteSettings {
        language: lang,
        ..(*settings).clone()
    };
    let page = match (q.page, q.sort) {
        (Some(0) | Some(1_000_001..), _) => {
            return Err(ApiError::param(Text::id("error-param-page")));
        }
        (n, Some(sort)) => CommentPage::Ordered(sort.order(), n.unwrap_or(1) as usize),
        (None, None) => CommentPage::Default,
        (Some(n), None) => CommentPage::Number(n as usize),
    };
    let own = authored(&state, &headers);
    let mine = editable(&state, &headers, &settings);
    let base = site_base(&settings, &headers);
    // Every reader without comments of their own, asking for a page by
    // number, sees the same answer: kept like an article page, under the
    // thread's page version (a page with no thread yet under the site-wide
    // one, which the thread's making moves), one render per change.
    let shared = own.is_empty() && q.comment.is_none() && state.cache.on();
    if !shared {
        let token = Token::Fresh;
        let who = (own, mine);
        let (body, _) = render(&state, &settings, &url, page, q.comment, who, &base, token).await?;
        return Ok(([(header::CACHE_CONTROL, "private, no-store")], Json(body)).into_response());
    }
    let key = format!(
        "embed|{}|{}|{base}|{}",
        url.as_str(),
        match page {
            CommentPage::Default => "0".to_string(),
            CommentPage::Number(n) => n.to_string(),
            CommentPage::Ordered(o, n) => format!("{o}:{n}"),
        },
        lang.code()
    );
    let render = || keep(&state, &settings, &url, page, (own, mine), &base);
    Ok(match state.cache.get_or_render_page(&key, render).await? {
        Served::Page { page, .. } => send(&state, &key, &page, &headers),
        Served::Sent(response) => response,
    })
}

/// The answer for every reader without comments of their own, as a page to
/// keep with a placeholder for the form token.
async fn keep(
    state: &AppState,
    settings: &SiteSettings,
    url: &PageUrl,
    page: CommentPage,
    who: (Vec<Authored>, Vec<CommentId>),
    base: &str,
) -> Result<Fresh<CachedPage>, ApiError> {
    let (body, kept) = render(
        state,
        settings,
        url,
        page,
        None,
        who,
        base,
        Token::Placeholder,
    )
    .await?;
    let Some((version, article_id, subject)) = kept else {
        return Ok(Fresh::Send(Json(body).into_response()));
    };
    let lifetime = i64::from(settings.moderation.form_max_age_hours) * 3600;
    let json = serde_json::to_string(&body).map_err(|e| ApiError::internal(e.to_string()))?;
    match CachedPage::new(version, article_id, subject, json, None, lifetime) {
        Some(entry) => Ok(Fresh::Keep(entry)),
        // A comment quoting the placeholder: answered with a real token, not kept.
        None => {
            let who = (Vec::new(), Vec::new());
            let (body, _) =
                render(state, settings, url, page, None, who, base, Token::Fresh).await?;
            Ok(Fresh::Send(Json(body).into_response()))
        }
    }
}

/// Which form token a render puts in the form.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Token {
    Fresh,
    /// The page cache's placeholder, filled in per answer.
    Placeholder,
}

/// What a kept answer is kept under: its page version, its thread (0 for
/// a page with no thread yet) and what its form tokens sign.
type Kept = Option<(i64, ArticleId, TokenSubject)>;

#[allow(clippy::too_many_arguments)]
async fn render(
    state: &AppState,
    settings: &SiteSettings,
    url: &PageUrl,
    page: CommentPage,
    comment: Option<i64>,
    (own, editable): (Vec<Authored>, Vec<CommentId>),
    base: &str,
    token: Token,
) -> Result<(EmbedDto, Kept), ApiError> {
    let now = Utc::now();
    let thread = state
        .store
        .thread_by_url(url.as_str())
        .await?
        .filter(|a| a.is_live(now));
    let article = thread.clone().unwrap_or_else(|| unmade_thread(url, now));
    // Read before what the answer shows, so it is never older than its version.
    let version = state.store.page_version(article.id).await?;
    let subject = TokenSubject::of(&article);
    let form_token = match token {
        Token::Fresh => FormTokens::new(state.secret()).issue(subject.clone(), now),
        Token::Placeholder => TOKEN_PLACEHOLDER.to_string(),
    };
    let mut page = page;
    if let (Some(id), Some(a)) = (comment, &thread)
        && let Some(n) = page_number_of(state, settings, a.id, own.clone(), CommentId(id)).await?
    {
        page = CommentPage::Number(n);
    }
    let ask = Ask {
        // The shared approved list, read once per change for every reader.
        version: thread.as_ref().map(|_| version),
        own,
        form: FormView::default(),
        status: StatusCode::OK,
        page,
        token: form_token,
        links: Links::Embed {
            base: base.to_string(),
        },
        editable,
    };
    let (d, of) = match discussion_view(state, settings, &article, ask).await? {
        Cut::View(d, of) => (*d, of),
        Cut::Missing | Cut::Moved => {
            return Err(ApiError::new(
                StatusCode::NOT_FOUND,
                "page_not_found",
                Text::id("error-no-discussion-page"),
            ));
        }
    };
    let approved = d.approved_count;
    let open = d.comments_open;
    let html = EmbedThread { d }.render()?;
    let body = EmbedDto {
        thread: thread.map(|a| ThreadDto::new(&a, open, approved, base)),
        html,
        page: of.n,
        pages: of.count,
        default_page: of.default,
        lang: settings.language.code().to_string(),
        dir: settings.language.dir().to_string(),
        strings: script_words(settings.language),
    };
    let kept = (token == Token::Placeholder).then_some((version, article.id, subject));
    Ok((body, kept))
}

/// A kept answer with this reader's form token, gzipped when they take it.
fn send(
    state: &AppState,
    key: &str,
    entry: &std::sync::Arc<CachedPage>,
    headers: &HeaderMap,
) -> Response {
    let token = crate::pages::token::issue(state.secret(), &entry.token_subject, Utc::now());
    let json = HeaderValue::from_static("application/json");
    // The form token changes every second: for this reader only, briefly.
    let cache = HeaderValue::from_static("private, max-age=0");
    let body = |chunks: Vec<bytes::Bytes>| {
        axum::body::Body::from_stream(futures_util::stream::iter(
            chunks.into_iter().map(Ok::<_, std::convert::Infallible>),
        ))
    };
    if accepts_gzip(headers) {
        let (chunks, length) = state.cache.gzip_chunks(key, entry, &token);
        return (
            [
                (header::CONTENT_TYPE, json),
                (header::CACHE_CONTROL, cache),
                (header::CONTENT_ENCODING, HeaderValue::from_static("gzip")),
                (header::VARY, HeaderValue::from_static("accept-encoding")),
                (header::CONTENT_LENGTH, HeaderValue::from(length)),
            ],
            body(chunks.to_vec()),
        )
            .into_response();
    }
    let length = HeaderValue::from(entry.len(&token));
    (
        [
            (header::CONTENT_TYPE, json),
            (header::CACHE_CONTROL, cache),
            (header::CONTENT_LENGTH, length),
        ],
        body(entry.chunks(&token).to_vec()),
    )
        .into_response()
}

#[utoipa::path(get, path = "/api/threads", tag = "embed",
    params(UrlParam),
    responses(
        (status = 200, description = "The page's thread", body = ThreadDto),
        (status = 400, description = "No or no valid page address", body = crate::error::ApiErrorBody),
        (status = 403, description = "The page's site may not embed", body = crate::error::ApiErrorBody),
        (status = 404, description = "The page has no thread yet", body = crate::error::ApiErrorBody),
    ))]
pub async fn one(
    State(state): State<AppState>,
    Query(q): Query<UrlParam>,
    headers: HeaderMap,
) -> Result<Json<ThreadDto>, ApiError> {
    let settings = state.settings().await?;
    let url = page_url(&settings, q.url.as_deref())?;
    let (thread, d) = live_thread(&state, &settings, &url).await?;
    let open = thread.accepts_comments(Utc::now(), settings.moderation.close_after_days);
    Ok(Json(ThreadDto::new(
        &thread,
        open,
        d.approved,
        &site_base(&settings, &headers),
    )))
}
