//! The editor's live desk: an article's live coverage switched on or off,
//! and its updates written, under the article form (the same use cases as
//! `masthead article live|entry` and the REST API).
use super::session::Staff;
use crate::error::WebError;
use crate::form::FormFields;
use crate::state::AppState;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use masthead_core::Localized;
use masthead_core::article::Article;
use masthead_core::chrono::Utc;
use masthead_core::service::{LiveError, add_live_entry, set_live};

/// A desk form's fields and its article, from staff who may edit articles
/// and sent their session's CSRF token.
async fn desk_form(
    state: &AppState,
    staff: &Staff,
    raw: &str,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<(FormFields, Article), WebError> {
    let fields = FormFields::parse(headers, body)?;
    staff.check_csrf(&fields)?;
    staff.require(staff.user.role.may_edit_articles())?;
    let id = super::articles::article_id(raw)?;
    let article = state
        .store
        .article_by_id(id)
        .await?
        .ok_or(WebError::NotFound)?;
    Ok((fields, article))
}

/// `POST /admin/articles/{id}/live` with `live=on|off`.
pub async fn switch(
    State(state): State<AppState>,
    staff: Staff,
    Path(raw): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, WebError> {
    let (fields, article) = desk_form(&state, &staff, &raw, &headers, &body).await?;
    let on = match fields.get("live") {
        Some("on") => true,
        Some("off") => false,
        _ => return Err(WebError::bad_request(staff.tr.t("admin-live-bad-switch"))),
    };
    set_live(state.store.as_ref(), &article.slug, on, Utc::now())
        .await
        .map_err(|e| refusal(&staff, e))?;
    let done = if on { "live-on" } else { "live-off" };
    Ok(Redirect::to(&format!(
        "/admin/articles/{}?done={done}#live",
        article.id.0
    ))
    .into_response())
}

/// `POST /admin/articles/{id}/entries` with `entry` (HTML or Markdown).
pub async fn add_entry(
    State(state): State<AppState>,
    staff: Staff,
    Path(raw): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, WebError> {
    let (fields, article) = desk_form(&state, &staff, &raw, &headers, &body).await?;
    let entry = fields.text("entry");
    let author = staff.user.name.clone();
    match add_live_entry(
        state.store.as_ref(),
        &article.slug,
        &entry,
        &author,
        Utc::now(),
    )
    .await
    {
        Ok(_) => Ok(Redirect::to(&format!(
            "/admin/articles/{}?done=entry-posted#live",
            article.id.0
        ))
        .into_response()),
        // The editor comes back with the text and what is wrong with it.
        Err(e @ (LiveError::Empty | LiveError::TooLong)) => {
            let refused = (entry, e.message(staff.tr));
            super::articles::editor_for(
                &state,
                &staff,
                article,
                None,
                Some(refused),
                StatusCode::BAD_REQUEST,
            )
            .await
        }
        Err(e) => Err(refusal(&staff, e)),
    }
}

fn refusal(staff: &Staff, e: LiveError) -> WebError {
    match e {
        LiveError::NotFound => WebError::NotFound,
        LiveError::Store(s) => s.into(),
        other => WebError::bad_request(other.message(staff.tr)),
    }
}
