//! `GET /thread?url=PAGE`: an outside page's discussion on masthead itself,
//! for readers without JavaScript (the embed's `<noscript>` link). A page
//! with a thread moves to the thread's page; one without shows an empty
//! discussion whose form makes the thread with the first comment.
use crate::error::{Text, WebError};
use crate::pages::article::{PageMode, render};
use crate::pages::cookies::ReaderCookies;
use crate::pages::discussion_view::FormView;
use crate::state::AppState;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::response::{IntoResponse, Redirect};
use masthead_core::article::thread::{PageUrl, unmade_thread};
use masthead_core::chrono::Utc;
use masthead_core::service::check_origin;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct ThreadQuery {
    url: Option<String>,
    title: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    Query(q): Query<ThreadQuery>,
    jar: ReaderCookies,
) -> Result<Response, WebError> {
    let settings = state.settings().await?;
    let raw = q
        .url
        .ok_or_else(|| WebError::bad_request(Text::id("error-thread-url-missing")))?;
    let url = PageUrl::parse(&raw).map_err(|e| WebError::bad_request(Text::of(e)))?;
    check_origin(&settings, &url).map_err(|e| WebError::forbidden(Text::of(e)))?;
    let now = Utc::now();
    if let Some(thread) = state
        .store
        .thread_by_url(url.as_str())
        .await?
        .filter(|a| a.is_live(now))
    {
        return Ok(Redirect::to(&thread.path()).into_response());
    }
    // Shown under its address; the page's title rides with the form, for
    // the first comment to propose.
    let article = unmade_thread(&url, now);
    let form = FormView {
        page_title: q.title.unwrap_or_default(),
        ..FormView::default()
    };
    render(
        &state,
        &settings,
        article,
        &jar,
        form,
        PageMode::NoIndex,
        StatusCode::OK,
    )
    .await
}
