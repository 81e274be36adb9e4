//! `GET /api/embed`: one page of a page's discussion as HTML, the same
//! templates as masthead's article page; `GET /api/threads`: the thread.
use super::dto::{EmbedDto, EmbedParams, ThreadDto, UrlParam};
use super::{ApiError, authored, base, page_url};
use crate::pages::article::{Ask, CommentPage, Cut, Links, discussion_view, page_number_of};
use crate::state::AppState;
use crate::views::{EmbedThread, FormView};
use askama::Template;
use axum::Json;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use masthead_core::article::thread::unmade_thread;
use masthead_core::chrono::Utc;
use masthead_core::comment::{FormTokens, TokenSubject};
use masthead_core::ids::CommentId;

#[utoipa::path(get, path = "/api/embed", tag = "embed",
    params(EmbedParams),
    responses(
        (status = 200, description = "The discussion's HTML and where it stands", body = EmbedDto),
        (status = 400, description = "No or no valid page address, or a bad page number", body = super::error::ApiErrorBody),
        (status = 403, description = "The page's site may not embed", body = super::error::ApiErrorBody),
        (status = 404, description = "No such comment page", body = super::error::ApiErrorBody),
    ))]
pub async fn embed(
    State(state): State<AppState>,
    Query(q): Query<EmbedParams>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let settings = state.settings().await?;
    let url = page_url(&settings, q.url.as_deref())?;
    let now = Utc::now();
    let thread = state
        .store
        .thread_by_url(url.as_str())
        .await?
        .filter(|a| a.is_live(now));
    let own = authored(&state, &headers);
    let token = match &thread {
        Some(a) => FormTokens::new(state.secret()).issue(TokenSubject::of(a), now),
        None => FormTokens::new(state.secret()).issue(TokenSubject::Page(url.as_str().into()), now),
    };
    let article = thread
        .clone()
        .unwrap_or_else(|| unmade_thread(&url, "", now));
    let mut page = match q.page {
        None => CommentPage::Default,
        Some(n @ 1..=1_000_000) => CommentPage::Number(n as usize),
        Some(_) => return Err(ApiError::param("page", "a number from 1")),
    };
    if let (Some(id), Some(a)) = (q.comment, &thread)
        && let Some(n) = page_number_of(&state, &settings, a.id, own.clone(), CommentId(id)).await?
    {
        page = CommentPage::Number(n);
    }
    let base = base(&settings, &headers);
    // The shared approved list, read once per change for every reader.
    let version = match &thread {
        Some(a) => Some(state.store.page_version(a.id).await?),
        None => None,
    };
    let ask = Ask {
        version,
        own,
        form: FormView::default(),
        status: StatusCode::OK,
        page,
        token: token.clone(),
        links: Links::Embed { base: base.clone() },
    };
    let (d, of) = match discussion_view(&state, &settings, &article, ask).await? {
        Cut::View(d, of) => (*d, of),
        Cut::Missing | Cut::Moved => {
            return Err(ApiError::new(
                StatusCode::NOT_FOUND,
                "page_not_found",
                "The discussion has no such page.",
            ));
        }
    };
    let approved = d.approved_count;
    let open = d.comments_open;
    let html = EmbedThread { d }.render()?;
    let body = EmbedDto {
        thread: thread.map(|a| ThreadDto::new(&a, open, approved, &base)),
        html,
        page: of.n,
        pages: of.count,
        default_page: of.default,
        token,
    };
    // Carries a fresh form token and possibly the reader's own held comments.
    Ok(([(header::CACHE_CONTROL, "private, no-store")], Json(body)).into_response())
}

#[utoipa::path(get, path = "/api/threads", tag = "embed",
    params(UrlParam),
    responses(
        (status = 200, description = "The page's thread", body = ThreadDto),
        (status = 400, description = "No or no valid page address", body = super::error::ApiErrorBody),
        (status = 403, description = "The page's site may not embed", body = super::error::ApiErrorBody),
        (status = 404, description = "The page has no thread yet", body = super::error::ApiErrorBody),
    ))]
pub async fn one(
    State(state): State<AppState>,
    Query(q): Query<UrlParam>,
    headers: HeaderMap,
) -> Result<Json<ThreadDto>, ApiError> {
    let settings = state.settings().await?;
    let url = page_url(&settings, q.url.as_deref())?;
    let now = Utc::now();
    let thread = state
        .store
        .thread_by_url(url.as_str())
        .await?
        .filter(|a| a.is_live(now))
        .ok_or_else(ApiError::no_thread)?;
    let version = state.store.page_version(thread.id).await?;
    let d = state
        .threads
        .approved(
            state.store.as_ref(),
            thread.id,
            version,
            settings.thread_depth as usize,
        )
        .await?;
    let open = thread.accepts_comments(now, settings.moderation.close_after_days);
    Ok(Json(ThreadDto::new(
        &thread,
        open,
        d.approved,
        &base(&settings, &headers),
    )))
}
