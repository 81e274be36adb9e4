//! Notices of illegal content and appeals, for staff (`/admin/notices`):
//! each open notice with its comment, to remove or keep; each appeal, to
//! uphold or reverse — by another staff member than the one who decided.
use super::session::Staff;
use crate::error::{Text, WebError};
use crate::form::FormFields;
use crate::state::AppState;
use askama::Template;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::{Html, IntoResponse, Redirect, Response};
use masthead_core::chrono::Utc;
use masthead_core::comment::{Actor, Via};
use masthead_core::i18n::Tr;
use masthead_core::service::{NoticeError, category_words, decide_appeal, decide_notice};

pub struct NoticeRow {
    pub id: i64,
    pub comment_id: i64,
    pub category: String,
    pub explanation: String,
    pub notifier: String,
    pub html: Option<masthead_core::html::SanitizedHtml>,
}

pub struct AppealRow {
    pub id: i64,
    pub comment_id: Option<i64>,
    pub category: String,
    pub decided_by: String,
    pub appeal: String,
    pub html: Option<masthead_core::html::SanitizedHtml>,
}

#[derive(Template)]
#[template(path = "admin/notices.html")]
pub struct NoticesPage {
    pub tr: Tr,
    pub site_title: String,
    pub asset_version: &'static str,
    pub user: String,
    pub csrf: String,
    pub notices: Vec<NoticeRow>,
    pub appeals: Vec<AppealRow>,
}

/// `GET /admin/notices`.
pub async fn page(State(state): State<AppState>, staff: Staff) -> Result<Response, WebError> {
    staff.require(staff.user.role.may_moderate())?;
    let settings = state.settings().await?;
    let tr = staff.tr;
    let mut notices = Vec::new();
    for n in state.store.open_notices().await? {
        let Some(cid) = n.comment_id else { continue };
        let html = state.store.comment(cid).await?.map(|c| c.content_html);
        notices.push(NoticeRow {
            id: n.id,
            comment_id: cid.0,
            category: category_words(tr, &n.category),
            explanation: n.explanation,
            notifier: if n.notifier_name.is_empty() {
                tr.t("admin-notices-anonymous")
            } else {
                n.notifier_name
            },
            html,
        });
    }
    let mut appeals = Vec::new();
    for s in state.store.open_appeals().await? {
        let html = match s.comment_id {
            Some(c) => state.store.comment(c).await?.map(|c| c.content_html),
            None => None,
        };
        appeals.push(AppealRow {
            id: s.id,
            comment_id: s.comment_id.map(|c| c.0),
            category: category_words(tr, &s.category),
            decided_by: s.decided_by,
            appeal: s.appeal.unwrap_or_default(),
            html,
        });
    }
    let page = NoticesPage {
        tr,
        site_title: settings.title.clone(),
        asset_version: crate::assets::VERSION.as_str(),
        user: staff.user.name.clone(),
        csrf: staff.csrf.clone(),
        notices,
        appeals,
    };
    Ok(Html(page.render()?).into_response())
}

/// `POST /admin/notices`: `action` is `remove:N`, `keep:N` (a notice),
/// `uphold:S` or `reverse:S` (an appeal against statement S).
pub async fn act(
    State(state): State<AppState>,
    staff: Staff,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, WebError> {
    let fields = FormFields::parse(&headers, &body)?;
    staff.check_csrf(&fields)?;
    staff.require(staff.user.role.may_moderate())?;
    let unknown = || {
        WebError::bad_request(staff.tr.s(
            "admin-queue-unknown-action",
            "action",
            fields.get("action").unwrap_or(""),
        ))
    };
    let (verb, id) = fields
        .get("action")
        .and_then(|a| a.split_once(':'))
        .ok_or_else(unknown)?;
    let id: i64 = id.parse().map_err(|_| unknown())?;
    let settings = state.settings().await?;
    let actor = Actor::staff(&staff.user, Via::Admin);
    let now = Utc::now();
    let store = state.store.as_ref();
    let done = match verb {
        "remove" | "keep" => decide_notice(store, &settings, id, verb == "remove", &actor, now)
            .await
            .map(|_| ()),
        "uphold" | "reverse" => {
            decide_appeal(store, &settings, id, verb == "reverse", &actor, now).await
        }
        _ => return Err(unknown()),
    };
    match done {
        Ok(()) => Ok(Redirect::to("/admin/notices").into_response()),
        Err(NoticeError::Store(e)) => Err(e.into()),
        Err(NoticeError::Moderation(e)) => Err(e.into()),
        Err(NoticeError::NotFound) => Err(WebError::NotFound),
        Err(e) => Err(WebError::refused(
            axum::http::StatusCode::CONFLICT,
            Text::of(e),
        )),
    }
}
