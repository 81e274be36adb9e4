//! `GET /api/comments`: a page's comments as data; `POST /api/comments`: a
//! reader's comment on a page, which makes the page's thread if it is the
//! first. Every rule of the article page's form applies (`submit_comment`).
use super::dto::{CommentDto, CommentsDto, CreatedDto, ListParams, NewCommentDto, Sort, ThreadDto};
use super::request::{authored, check_request_origin, json_body, live_thread, page_url};
use crate::error::{ApiError, Text};
use crate::extract::ClientIp;
use crate::page_cache::{Answer, Fresh, Freshness};
use crate::pages::discussion::page_number_of;
use crate::state::AppState;
use crate::views::site_base;
use axum::Json;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use masthead_core::article::thread::PageUrl;
use masthead_core::chrono::Utc;
use masthead_core::comment::{AuthorTokens, Authored, CommentForm, CommentStatus, PublicComment};
use masthead_core::ids::CommentId;
use masthead_core::service::{Channel, FirstComment, Submission, page_thread};
use masthead_core::settings::SiteSettings;

#[utoipa::path(get, path = "/api/comments", tag = "embed",
    params(ListParams),
    responses(
        (status = 200, description = "A page of the thread's comments", body = CommentsDto),
        (status = 400, description = "No or no valid page address, or a bad parameter", body = crate::error::ApiErrorBody),
        (status = 403, description = "The page's site may not embed", body = crate::error::ApiErrorBody),
        (status = 404, description = "The page has no thread yet", body = crate::error::ApiErrorBody),
    ))]
pub async fn list(
    State(state): State<AppState>,
    Query(q): Query<ListParams>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let settings = state.settings().await?;
    let url = page_url(&settings, q.url.as_deref())?;
    let page = q.page.unwrap_or(1);
    if page == 0 || page > 1_000_000 {
        return Err(ApiError::param(Text::id("error-param-page")));
    }
    let per_page = q.per_page.unwrap_or(50);
    if !(1..=100).contains(&per_page) {
        return Err(ApiError::param(Text::id("error-param-per-page")));
    }
    let base = site_base(&settings, &headers);
    let own = authored(&state, &headers);
    // The same answer for every reader without comments of their own: kept
    // under the number every change moves, as the REST lists are.
    let key = format!(
        "api-comments|{}|{page}|{per_page}|{}|{base}",
        url.as_str(),
        q.sort.unwrap_or_default().order()
    );
    if !own.is_empty() {
        let body = comments_page(&state, &settings, &url, &q, own, &base).await?;
        return Ok(([(header::CACHE_CONTROL, "private, no-store")], Json(body)).into_response());
    }
    let render = |_| async {
        let body = comments_page(&state, &settings, &url, &q, own, &base).await?;
        let body = serde_json::to_vec(&body).map_err(|e| ApiError::internal(e.to_string()))?;
        Ok::<_, ApiError>(Fresh::Keep(Answer {
            body: body.into(),
            content_type: "application/json",
            headers: vec![(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"))],
        }))
    };
    state
        .cache
        .get_or_render(key, Freshness::Generation, &headers, render)
        .await
}

/// One page of a thread's comments as the reader sees them: the approved
/// ones, and their own held ones among them.
async fn comments_page(
    state: &AppState,
    settings: &SiteSettings,
    url: &PageUrl,
    q: &ListParams,
    own: Vec<Authored>,
    base: &str,
) -> Result<CommentsDto, ApiError> {
    let (page, per_page) = (q.page.unwrap_or(1), q.per_page.unwrap_or(50));
    let now = Utc::now();
    let (thread, shared) = live_thread(state, settings, url).await?;
    let mut comments: Vec<PublicComment> = shared.items.iter().map(|t| t.comment.clone()).collect();
    let ids: Vec<CommentId> = own
        .iter()
        .map(|a| a.comment)
        .filter(|id| !comments.iter().any(|c| c.id == *id))
        .collect();
    if !ids.is_empty() {
        let held = state.store.public_comments_by_ids(thread.id, &ids).await?;
        comments.extend(held.into_iter().filter(|c| {
            // Spam looks held to its author (a shadow ban too), as on the page.
            matches!(c.status, CommentStatus::Pending | CommentStatus::Spam)
                && own.iter().any(|a| a.proves(c.id, c.created_at))
        }));
    }
    comments.sort_by_key(|c| (c.created_at, c.id));
    match q.sort.unwrap_or_default() {
        Sort::Oldest => {}
        Sort::Newest => comments.reverse(),
        // Stable: equal counts stay oldest first.
        Sort::Best => comments.sort_by_key(|c| std::cmp::Reverse(c.recommends)),
        Sort::Picks => comments.retain(|c| c.picked),
    }
    let total = comments.len() as u64;
    let skip = usize::try_from((page - 1) * per_page).unwrap_or(usize::MAX);
    let list: Vec<CommentDto> = comments
        .iter()
        .skip(skip)
        .take(per_page as usize)
        .map(|c| CommentDto::new(c, settings.readers.avatars))
        .collect();
    let open = thread.accepts_comments(now, settings.moderation.close_after_days);
    Ok(CommentsDto {
        thread: ThreadDto::new(&thread, open, shared.approved, base),
        comments: list,
        page,
        per_page,
        total,
    })
}

#[utoipa::path(post, path = "/api/comments", tag = "embed",
    params(("X-Masthead-Reader" = Option<String>, Header, description = "The reader token from an earlier answer, kept (never published) with the comment; one masthead did not issue is ignored")),
    request_body(content = NewCommentDto, content_type = "application/json"),
    responses(
        (status = 201, description = "Taken: approved, or held for moderation (shown to its author only). `reader_token` names the reader it was posted as: the valid `X-Masthead-Reader` sent, else a new one (none when the address has had its new reader ids for now)", body = CreatedDto),
        (status = 400, description = "Malformed body, bad page address or form token", body = crate::error::ApiErrorBody),
        (status = 403, description = "The page's site may not embed, comments are closed, or the parent is not an approved comment of the page", body = crate::error::ApiErrorBody),
        (status = 404, description = "The thread is gone", body = crate::error::ApiErrorBody),
        (status = 409, description = "Duplicate comment", body = crate::error::ApiErrorBody),
        (status = 413, description = "Body too large"),
        (status = 415, description = "Not JSON", body = crate::error::ApiErrorBody),
        (status = 422, description = "A field is wrong (see `fields`), or the form expired", body = crate::error::ApiErrorBody),
        (status = 429, description = "Too fast, or too many comments from this address", body = crate::error::ApiErrorBody),
    ))]
pub async fn create(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    state
        .limits
        .check_post(ip)
        .map_err(|wait| ApiError::rate_limited(wait, Text::id("error-flood")))?;
    let input: NewCommentDto = json_body(&headers, &body)?;
    let texts = [
        Some(&input.url),
        input.title.as_ref(),
        Some(&input.author),
        Some(&input.email),
        input.website.as_ref(),
        Some(&input.comment),
        input.token.as_ref(),
        input.hp.as_ref(),
    ];
    ApiError::refuse_nul(texts.into_iter().flatten().map(String::as_str))?;
    let settings = state.settings().await?;
    check_request_origin(&settings, &headers)?;
    let url = PageUrl::parse(&input.url)?;
    let parent = match input.parent {
        None | Some(0) => None,
        Some(p) if p > 0 => Some(CommentId(p)),
        Some(_) => return Err(ApiError::param(Text::id("error-param-comment-id"))),
    };
    let now = Utc::now();
    let form = CommentForm {
        author: input.author,
        email: input.email,
        url: input.website.unwrap_or_default(),
        comment: input.comment,
    };
    let thread = page_thread(
        state.store.as_ref(),
        &settings,
        state.secret(),
        &url,
        FirstComment {
            form: &form,
            token: input.token.as_deref(),
            now,
        },
    )
    .await?;
    // The reader, so their reports weigh more once this is approved: the
    // one sent, else a new one if the address may have one now (posting
    // never fails for want of a reader id, nor for a bad one).
    let reader = match super::reader::sent_reader(&state, &headers) {
        Some(sent) => Some(sent),
        None if state.limits.check_new_reader(ip).is_ok() => super::reader::new_reader(&state).ok(),
        None => None,
    };
    // Read again: the thread may have been made by a request that started
    // later than this one, and a thread is live from when it was made.
    let now = Utc::now();
    let submission = Submission {
        article_id: thread.id,
        parent_id: parent,
        form,
        ip: Some(ip.to_string()),
        user_agent: headers
            .get(header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .map(|s| s.chars().take(254).collect()),
        now,
        channel: Channel::Form { token: input.token },
        honeypot: input.hp.unwrap_or_default(),
        subscribe: input.subscribe,
        page_title: input.title,
        reader_id: reader.as_ref().map(|(r, _)| r.id.clone()),
        // The embed asks for no proof of work (yet): an unsure comment is held.
        proof: None,
    };
    let result = state.submit(&settings, submission).await;
    let accepted = result?;
    // Approved at once, it may have given the thread its title: read again.
    let thread = match accepted.status {
        CommentStatus::Approved => state
            .store
            .article_by_id(thread.id)
            .await?
            .unwrap_or(thread),
        _ => thread,
    };
    let token = AuthorTokens::new(state.secret()).issue(accepted.id, now);
    let stored = state
        .store
        .public_comments_by_ids(thread.id, &[accepted.id])
        .await?
        .into_iter()
        .next()
        .ok_or_else(|| ApiError::internal("the new comment is missing"))?;
    // Spam looks like a held comment to its author: no hint for spammers
    // (and, as every comment not approved, no identicon: the placeholder).
    let mut comment = CommentDto::new(&stored, settings.readers.avatars);
    if accepted.status != CommentStatus::Approved {
        comment.status = "pending".into();
    }
    let own = vec![Authored {
        comment: accepted.id,
        issued: now,
    }];
    let page = page_number_of(&state, &settings, thread.id, own, accepted.id)
        .await?
        .unwrap_or(1);
    let base = site_base(&settings, &headers);
    let version = state.store.page_version(thread.id).await?;
    let approved = state
        .threads
        .approved(
            state.store.as_ref(),
            thread.id,
            version,
            settings.thread_depth as usize,
        )
        .await?
        .approved;
    let open = thread.accepts_comments(now, settings.moderation.close_after_days);
    let body = CreatedDto {
        permalink: format!("{base}/comments/{}", accepted.id),
        comment,
        author_token: token,
        thread: ThreadDto::new(&thread, open, approved, &base),
        page,
        reader_token: reader.map(|(_, token)| token),
    };
    Ok((StatusCode::CREATED, Json(body)).into_response())
}
