//! Staff edit a comment: name, website and text, under the same field rules.
use super::session::Staff;
use crate::error::WebError;
use crate::error::submit_status;
use crate::form::FormFields;
use crate::state::AppState;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use masthead_core::chrono::Utc;
use masthead_core::comment::{Actor, CommentForm, Via};
use masthead_core::ids::CommentId;
use masthead_core::service::{StaffEdit, SubmitError, edit_comment};

#[derive(Template)]
#[template(path = "admin/edit.html")]
pub struct EditPage {
    pub tr: masthead_core::i18n::Tr,
    pub site_title: String,
    pub asset_version: &'static str,
    pub user: String,
    pub csrf: String,
    pub id: i64,
    pub author: String,
    pub url: String,
    pub comment: String,
    pub error: Option<String>,
}

fn comment_id(raw: &str) -> Result<CommentId, WebError> {
    raw.parse().map(CommentId).map_err(|_| WebError::NotFound)
}

async fn render(
    state: &AppState,
    staff: &Staff,
    id: CommentId,
    form: CommentForm,
    error: Option<String>,
    status: StatusCode,
) -> Result<Response, WebError> {
    let settings = state.settings().await?;
    let page = EditPage {
        tr: staff.tr,
        site_title: settings.title.clone(),
        asset_version: crate::assets::VERSION.as_str(),
        user: staff.user.name.clone(),
        csrf: staff.csrf.clone(),
        id: id.0,
        author: form.author,
        url: form.url,
        comment: form.comment,
        error,
    };
    Ok((status, Html(page.render()?)).into_response())
}

pub async fn page(
    State(state): State<AppState>,
    staff: Staff,
    Path(raw): Path<String>,
) -> Result<Response, WebError> {
    staff.require(staff.user.role.may_moderate())?;
    let id = comment_id(&raw)?;
    let c = state.store.comment(id).await?.ok_or(WebError::NotFound)?;
    let actor =
        masthead_core::comment::Actor::staff(&staff.user, masthead_core::comment::Via::Admin);
    masthead_core::service::check_desk(state.store.as_ref(), &actor, &[id]).await?;
    let form = CommentForm {
        author: c.author_name,
        email: c.author_email,
        url: c.author_url.unwrap_or_default(),
        comment: c.content_source,
    };
    render(&state, &staff, id, form, None, StatusCode::OK).await
}

pub async fn save(
    State(state): State<AppState>,
    staff: Staff,
    Path(raw): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, WebError> {
    let fields = FormFields::parse(&headers, &body)?;
    staff.check_csrf(&fields)?;
    staff.require(staff.user.role.may_moderate())?;
    let id = comment_id(&raw)?;
    let form = CommentForm {
        author: fields.text("author"),
        email: String::new(),
        url: fields.text("url"),
        comment: fields.text("comment"),
    };
    let settings = state.settings().await?;
    let edit = StaffEdit {
        author: Some(form.author.clone()),
        url: Some(form.url.clone()),
        comment: Some(form.comment.clone()),
        status: None,
    };
    let actor = Actor::staff(&staff.user, Via::Admin);
    let now = Utc::now();
    match edit_comment(state.store.as_ref(), &settings, id, edit, &actor, now).await {
        Ok(()) => {
            Ok(Redirect::to(&format!("/admin/comments?status=all#row-{}", id.0)).into_response())
        }
        // The form comes back with every field's message, as readers get it.
        Err(e @ SubmitError::Invalid(_)) => {
            let status = submit_status(&e);
            let SubmitError::Invalid(errors) = e else {
                return Err(e.into());
            };
            let msg = errors
                .iter()
                .map(|e| masthead_core::Localized::message(e, staff.tr))
                .collect::<Vec<_>>()
                .join(" ");
            render(&state, &staff, id, form, Some(msg), status).await
        }
        Err(other) => Err(other.into()),
    }
}
