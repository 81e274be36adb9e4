//! What a reader does to a comment on masthead's own pages, without
//! JavaScript: recommend it, report it, and edit or delete their own within
//! the edit window (proven by the sealed `masthead_authored` cookie the
//! form set). Every POST here must come from masthead's own pages
//! (`crate::origin`). Identicons are served here too.
use crate::error::{WebError, reader_status};
use crate::extract::{ClientIp, PageCommentId};
use crate::form::FormFields;
use crate::origin::check_own_form;
use crate::pages::cookies::ReaderCookies;
use crate::pages::not_found::not_found_page;
use crate::state::AppState;
use crate::views::{Chrome, Dates, link_html, url_of};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use masthead_core::Localized;
use masthead_core::article::Article;
use masthead_core::chrono::Utc;
use masthead_core::comment::{
    Comment, CommentStatus, Network, Reader, ReportReason, identicon_svg,
};
use masthead_core::html::Markup;
use masthead_core::i18n::Tr;
use masthead_core::ids::CommentId;
use masthead_core::service::{
    MAX_EDITS, ReaderError, ReaderReport, delete_own_comment, edit_own_comment, may_change,
    recommend_comment, report_comment,
};
use std::net::IpAddr;

/// A commenter's own comment, to edit or delete within the window.
#[derive(Template)]
#[template(path = "comment_edit.html")]
pub struct CommentEditPage {
    pub chrome: Chrome,
    pub id: i64,
    /// "On “TITLE”. You can change or delete it until …", as HTML.
    pub intro: Markup,
    pub text: String,
    pub error: Option<String>,
    pub allowed_tags: String,
}

/// A reader's report of a comment: the reasons to pick from.
#[derive(Template)]
#[template(path = "comment_report.html")]
pub struct CommentReportPage {
    pub chrome: Chrome,
    pub id: i64,
    /// "By NAME, on “TITLE”:", as HTML.
    pub intro: Markup,
    pub html: masthead_core::html::SanitizedHtml,
    pub reasons: Vec<(&'static str, String)>,
    pub error: Option<String>,
}

/// A short message after a reader's action, with the way back.
#[derive(Template)]
#[template(path = "notice.html")]
pub struct NoticePage {
    pub chrome: Chrome,
    pub title: String,
    pub message: String,
    pub back: String,
}

/// A comment and its live article, or `None` for anything a reader may not see.
pub(crate) async fn comment_on_live_article(
    state: &AppState,
    id: CommentId,
) -> Result<Option<(Comment, Article)>, WebError> {
    let Some(c) = state.store.comment(id).await? else {
        return Ok(None);
    };
    let article = state
        .store
        .article_by_id(c.article_id)
        .await?
        .filter(|a| a.is_live(Utc::now()));
    Ok(article.map(|a| (c, a)))
}

/// The reader from their cookie, or a new one (counted against the
/// address's limit on new readers: 429 past it) with the cookie that keeps it.
pub(crate) fn reader_id(
    state: &AppState,
    jar: ReaderCookies,
    ip: IpAddr,
) -> Result<(Reader, ReaderCookies), WebError> {
    let now = Utc::now();
    if let Some(reader) = jar.reader(now) {
        return Ok((reader, jar));
    }
    state
        .limits
        .check_new_reader(ip)
        .map_err(WebError::TooMany)?;
    let mut random = [0u8; 16];
    getrandom::fill(&mut random)
        .map_err(|e| WebError::Internal(format!("no random numbers for a reader id: {e}")))?;
    match jar.with_new_reader(random, now) {
        (jar, Some(reader)) => Ok((reader, jar)),
        (_, None) => Err(WebError::Internal("a new reader id did not verify".into())),
    }
}

/// `POST /comments/{id}/recommend`: taken once per reader, counted once per
/// network; back to the comment.
pub async fn recommend(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    PageCommentId(id): PageCommentId,
    headers: HeaderMap,
    jar: ReaderCookies,
) -> Result<Response, WebError> {
    state
        .limits
        .check_reader_action(ip)
        .map_err(WebError::TooMany)?;
    let settings = state.settings().await?;
    check_own_form(&settings, &headers)?;
    let (reader, jar) = reader_id(&state, jar, ip)?;
    let network = Network::of(ip);
    match recommend_comment(state.store.as_ref(), id, &reader.id, network, Utc::now()).await {
        Ok(_) => Ok((jar, Redirect::to(&format!("/comments/{}", id.0))).into_response()),
        Err(ReaderError::NotApproved) => not_found_page(&state).await,
        Err(e) => Err(e.into()),
    }
}

/// `GET /comments/{id}/report`: the reasons to choose from.
pub async fn report_form(
    State(state): State<AppState>,
    PageCommentId(id): PageCommentId,
) -> Result<Response, WebError> {
    report_page(&state, id, None, StatusCode::OK).await
}

async fn report_page(
    state: &AppState,
    id: CommentId,
    error: Option<String>,
    status: StatusCode,
) -> Result<Response, WebError> {
    let found = comment_on_live_article(state, id).await?;
    let Some((c, article)) = found.filter(|(c, _)| c.status == CommentStatus::Approved) else {
        return not_found_page(state).await;
    };
    let settings = state.settings().await?;
    let chrome = Chrome::new(&settings);
    let tr = chrome.tr;
    let link = link_html(&format!("/comments/{}", c.id.0), &article.title);
    let page = CommentReportPage {
        intro: tr.html(
            "report-comment-intro",
            &[("article", &link)],
            &[("author", c.author_name.as_str().into())],
        ),
        chrome,
        id: c.id.0,
        html: c.content_html.clone(),
        reasons: ReportReason::ALL
            .into_iter()
            .map(|r| (r.as_str(), tr.t(&format!("report-reason-{}", r.as_str()))))
            .collect(),
        error,
    };
    Ok((status, Html(page.render()?)).into_response())
}

/// `POST /comments/{id}/report`: one report per reader.
pub async fn report(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    PageCommentId(id): PageCommentId,
    headers: HeaderMap,
    jar: ReaderCookies,
    body: axum::body::Bytes,
) -> Result<Response, WebError> {
    state
        .limits
        .check_reader_action(ip)
        .map_err(WebError::TooMany)?;
    let settings = state.settings().await?;
    check_own_form(&settings, &headers)?;
    let fields = FormFields::parse(&headers, &body)?;
    let (reader, jar) = reader_id(&state, jar, ip)?;
    let ip_text = ip.to_string();
    let result = report_comment(
        state.store.as_ref(),
        &settings,
        ReaderReport {
            id,
            reader: &reader,
            network: Network::of(ip),
            reason: fields.get("reason").unwrap_or(""),
            details: fields.get("details").unwrap_or(""),
            ip: Some(&ip_text),
            now: Utc::now(),
        },
    )
    .await;
    match result {
        Ok(_) => {
            let chrome = Chrome::new(&settings);
            let page = NoticePage {
                title: chrome.t("report-sent-title"),
                message: chrome.t("report-sent"),
                chrome,
                back: format!("/comments/{}", id.0),
            };
            Ok((jar, Html(page.render()?)).into_response())
        }
        Err(ReaderError::NotApproved) => not_found_page(&state).await,
        Err(e @ ReaderError::BadReason(_)) => {
            let status = reader_status(&e);
            report_page(
                &state,
                id,
                Some(e.message(Tr::new(settings.language))),
                status,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

/// `GET /comments/{id}/edit`: the reader's own comment, within the window.
pub async fn edit_form(
    State(state): State<AppState>,
    PageCommentId(id): PageCommentId,
    jar: ReaderCookies,
) -> Result<Response, WebError> {
    let settings = state.settings().await?;
    let Some((c, article)) = comment_on_live_article(&state, id).await? else {
        return not_found_page(&state).await;
    };
    match may_change(&settings, jar.authored_one(id), &c, Utc::now()) {
        Ok(()) => {}
        Err(ReaderError::NotFound) => return not_found_page(&state).await,
        Err(e) => return Err(e.into()),
    }
    // The form would only lead to a refusal: say so now.
    if state.store.past_texts(id).await?.len() >= MAX_EDITS as usize {
        return Err(ReaderError::TooManyEdits(MAX_EDITS).into());
    }
    edit_page(
        &state,
        &c,
        &article,
        c.content_source.clone(),
        None,
        StatusCode::OK,
    )
    .await
}

async fn edit_page(
    state: &AppState,
    c: &Comment,
    article: &Article,
    text: String,
    error: Option<String>,
    status: StatusCode,
) -> Result<Response, WebError> {
    let settings = state.settings().await?;
    let until = masthead_core::service::edit_window(&settings).closes(c.created_at);
    let chrome = Chrome::new(&settings);
    let link = link_html(
        &format!("{}#comment-{}", url_of(article), c.id.0),
        &article.title,
    );
    let page = CommentEditPage {
        intro: chrome.tr.html(
            "edit-comment-intro",
            &[("article", &link)],
            &[("until", Dates::new(&settings).day_time(until).into())],
        ),
        chrome,
        id: c.id.0,
        text,
        error,
        allowed_tags: settings.allowlist.describe(),
    };
    let mut response = (status, Html(page.render()?)).into_response();
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    Ok(response)
}

/// `POST /comments/{id}/edit`: the new text, under every rule a new comment meets.
pub async fn edit(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    PageCommentId(id): PageCommentId,
    headers: HeaderMap,
    jar: ReaderCookies,
    body: axum::body::Bytes,
) -> Result<Response, WebError> {
    state.limits.check_post(ip).map_err(WebError::TooMany)?;
    let settings = state.settings().await?;
    check_own_form(&settings, &headers)?;
    let fields = FormFields::parse(&headers, &body)?;
    let text = fields.text("comment");
    let ip_text = ip.to_string();
    let result = edit_own_comment(
        state.store.as_ref(),
        &settings,
        jar.authored_one(id),
        id,
        &text,
        Some(&ip_text),
        Utc::now(),
    )
    .await;
    match result {
        Ok(edited) => {
            if edited.status == CommentStatus::Approved {
                return Ok(Redirect::to(&format!("/comments/{}", id.0)).into_response());
            }
            // Held again: the author still sees it, marked, on the page.
            let jar = match jar.authored_one(id) {
                Some(proof) => jar.with_pending(proof),
                None => jar,
            };
            let Some((_, article)) = comment_on_live_article(&state, id).await? else {
                return not_found_page(&state).await;
            };
            let to = format!("{}#comment-{}", url_of(&article), id.0);
            Ok((jar, Redirect::to(&to)).into_response())
        }
        Err(e @ ReaderError::Invalid(_)) => {
            let Some((c, article)) = comment_on_live_article(&state, id).await? else {
                return not_found_page(&state).await;
            };
            let status = reader_status(&e);
            edit_page(
                &state,
                &c,
                &article,
                text,
                Some(e.message(Tr::new(settings.language))),
                status,
            )
            .await
        }
        Err(ReaderError::NotFound) => not_found_page(&state).await,
        Err(e) => Err(e.into()),
    }
}

/// `POST /comments/{id}/delete`: the reader's own comment, to the trash.
pub async fn delete(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    PageCommentId(id): PageCommentId,
    headers: HeaderMap,
    jar: ReaderCookies,
) -> Result<Response, WebError> {
    let settings = state.settings().await?;
    check_own_form(&settings, &headers)?;
    let Some((_, article)) = comment_on_live_article(&state, id).await? else {
        return not_found_page(&state).await;
    };
    let ip_text = ip.to_string();
    let proof = jar.authored_one(id);
    match delete_own_comment(
        state.store.as_ref(),
        &settings,
        proof,
        id,
        Some(&ip_text),
        Utc::now(),
    )
    .await
    {
        Ok(()) => {
            let chrome = Chrome::new(&settings);
            let page = NoticePage {
                title: chrome.t("comment-deleted-title"),
                message: chrome.t("comment-deleted"),
                chrome,
                back: format!("{}#comments", url_of(&article)),
            };
            Ok(Html(page.render()?).into_response())
        }
        Err(ReaderError::NotFound) => not_found_page(&state).await,
        Err(e) => Err(e.into()),
    }
}

/// `GET /avatar/{seed}.svg`: an identicon; the same seed always draws the
/// same picture, so it is cached for a year. `/avatar/placeholder.svg` is
/// the one picture beside every comment that is not approved.
pub async fn avatar(
    State(state): State<AppState>,
    Path(file): Path<String>,
) -> Result<Response, WebError> {
    let svg = match file.strip_suffix(".svg") {
        Some(masthead_core::comment::PLACEHOLDER) => {
            Some(masthead_core::comment::placeholder_svg().to_string())
        }
        Some(seed) => identicon_svg(seed),
        None => None,
    };
    let Some(svg) = svg else {
        return not_found_page(&state).await;
    };
    Ok((
        [
            (header::CONTENT_TYPE, "image/svg+xml"),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        svg,
    )
        .into_response())
}
