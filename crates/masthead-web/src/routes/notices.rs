//! Notice and action for readers (EU DSA articles 16, 17 and 20): the form
//! that reports a comment as illegal content (`/comments/{id}/illegal`), and
//! a statement of reasons with its appeal form (`/statements/{id}?token=…`,
//! the link its author was sent).
use super::reader::{NoticePage, comment_on_live_article};
use crate::error::{Text, WebError};
use crate::extract::{ClientIp, PageCommentId};
use crate::form::FormFields;
use crate::origin::check_own_form;
use crate::pages::not_found::not_found_page;
use crate::state::AppState;
use crate::views::Chrome;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use masthead_core::Localized;
use masthead_core::chrono::Utc;
use masthead_core::comment::{CommentStatus, IllegalCategory, NoticeForm};
use masthead_core::ids::CommentId;
use masthead_core::service::{
    APPEAL_MAX, NoticeError, appeal_statement, category_words, check_appeal_link,
    statement_decision, statement_facts, submit_notice,
};
use masthead_core::store::Statement;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "illegal_notice.html")]
pub struct IllegalNoticePage {
    pub chrome: Chrome,
    pub id: i64,
    pub html: masthead_core::html::SanitizedHtml,
    pub categories: Vec<(&'static str, String)>,
    pub form: NoticeForm,
    pub error: Option<String>,
}

async fn notice_page(
    state: &AppState,
    id: CommentId,
    form: NoticeForm,
    error: Option<String>,
    status: StatusCode,
) -> Result<Response, WebError> {
    let found = comment_on_live_article(state, id).await?;
    let Some((c, _)) = found.filter(|(c, _)| c.status == CommentStatus::Approved) else {
        return not_found_page(state).await;
    };
    let settings = state.settings().await?;
    let chrome = Chrome::new(&settings);
    let tr = chrome.tr;
    let page = IllegalNoticePage {
        categories: IllegalCategory::ALL
            .into_iter()
            .map(|k| (k.as_str(), category_words(tr, k.as_str())))
            .collect(),
        chrome,
        id: c.id.0,
        html: c.content_html.clone(),
        form,
        error,
    };
    Ok((status, Html(page.render()?)).into_response())
}

/// A reader's form post: within the readers' rate limit, from this site's
/// own page, parsed.
async fn reader_form(
    state: &AppState,
    ip: std::net::IpAddr,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<(masthead_core::settings::SiteSettings, FormFields), WebError> {
    state
        .limits
        .check_reader_action(ip)
        .map_err(WebError::TooMany)?;
    let settings = (*state.settings().await?).clone();
    check_own_form(&settings, headers)?;
    let fields = FormFields::parse(headers, body)?;
    Ok((settings, fields))
}

/// `GET /comments/{id}/illegal`.
pub async fn form(
    State(state): State<AppState>,
    PageCommentId(id): PageCommentId,
) -> Result<Response, WebError> {
    notice_page(&state, id, NoticeForm::default(), None, StatusCode::OK).await
}

/// `POST /comments/{id}/illegal`: stored, acknowledged by mail if the
/// notifier left an address.
pub async fn submit(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    PageCommentId(id): PageCommentId,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Result<Response, WebError> {
    let (settings, fields) = reader_form(&state, ip, &headers, &body).await?;
    let form = NoticeForm {
        category: fields.text("category"),
        explanation: fields.text("explanation"),
        name: fields.text("name"),
        email: fields.text("email"),
        good_faith: fields.get("good_faith") == Some("yes"),
    };
    match submit_notice(state.store.as_ref(), &settings, id, &form, Utc::now()).await {
        Ok(n) => {
            let chrome = Chrome::new(&settings);
            let page = NoticePage {
                title: chrome.t("notice-sent-title"),
                message: chrome.s("notice-sent", "id", &n.to_string()),
                chrome,
                back: format!("/comments/{}", id.0),
            };
            Ok(Html(page.render()?).into_response())
        }
        Err(NoticeError::NotFound) => not_found_page(&state).await,
        Err(e @ NoticeError::Invalid(_)) => {
            let words = e.message(masthead_core::i18n::Tr::new(settings.language));
            notice_page(
                &state,
                id,
                form,
                Some(words),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(NoticeError::Store(e)) => Err(e.into()),
        Err(e) => Err(WebError::bad_request(Text::of(e))),
    }
}

#[derive(Template)]
#[template(path = "statement.html")]
pub struct StatementPage {
    pub chrome: Chrome,
    pub statement: Statement,
    pub category: String,
    /// What was decided and the facts relied on, in the site's language.
    pub decision: String,
    pub facts: String,
    pub token: String,
    pub appeal_max: usize,
    pub error: Option<String>,
    pub done: bool,
    /// Opened through the author's signed link: the appeal form is there.
    pub appealable: bool,
}

impl StatementPage {
    /// Without the appeal form (its author's signed link opens that).
    fn new(
        chrome: Chrome,
        statement: Statement,
        token: String,
        error: Option<String>,
        done: bool,
    ) -> Self {
        Self {
            category: category_words(chrome.tr, &statement.category),
            decision: statement_decision(chrome.tr, &statement),
            facts: statement_facts(chrome.tr, &statement),
            chrome,
            statement,
            token,
            appeal_max: APPEAL_MAX,
            error,
            done,
            appealable: false,
        }
    }
}

/// What a removed comment's own page shows: its statement of reasons
/// (410 Gone), without the appeal form, which its author's link opens.
pub async fn removed_page(state: &AppState, statement: Statement) -> Result<Response, WebError> {
    let settings = state.settings().await?;
    let chrome = Chrome::new(&settings);
    let page = StatementPage::new(chrome, statement, String::new(), None, false);
    Ok((StatusCode::GONE, Html(page.render()?)).into_response())
}

#[derive(Debug, Deserialize)]
pub struct TokenQuery {
    #[serde(default)]
    pub token: String,
}

async fn statement_page(
    state: &AppState,
    id: i64,
    token: &str,
    error: Option<String>,
    done: bool,
) -> Result<Response, WebError> {
    if check_appeal_link(state.secret(), id, token).is_err() {
        return Err(WebError::bad_request(Text::of(NoticeError::BadLink)));
    }
    let Some(statement) = state.store.statement(id).await? else {
        return not_found_page(state).await;
    };
    let settings = state.settings().await?;
    let chrome = Chrome::new(&settings);
    let status = if error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let page = StatementPage {
        appealable: true,
        ..StatementPage::new(chrome, statement, token.to_string(), error, done)
    };
    Ok((status, Html(page.render()?)).into_response())
}

/// `GET /statements/{id}?token=…`: the statement of reasons, and the appeal
/// form while none was made.
pub async fn statement(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Query(q): Query<TokenQuery>,
) -> Result<Response, WebError> {
    statement_page(&state, id, &q.token, None, false).await
}

/// `POST /statements/{id}`: the author's appeal.
pub async fn appeal(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Result<Response, WebError> {
    let (settings, fields) = reader_form(&state, ip, &headers, &body).await?;
    let token = fields.text("token");
    let result = appeal_statement(
        state.store.as_ref(),
        state.secret(),
        id,
        &token,
        &fields.text("appeal"),
        Utc::now(),
    )
    .await;
    match result {
        Ok(()) => statement_page(&state, id, &token, None, true).await,
        Err(NoticeError::Store(e)) => Err(e.into()),
        Err(NoticeError::BadLink) => Err(WebError::bad_request(Text::of(NoticeError::BadLink))),
        Err(e) => {
            let words = e.message(masthead_core::i18n::Tr::new(settings.language));
            statement_page(&state, id, &token, Some(words), false).await
        }
    }
}
