//! A commenter's page for staff (`/admin/commenters?email=…`): their record
//! on the site and the sanctions on them, with the forms that set and clear
//! sanctions (the same use cases as `masthead commenters` and the REST API).
//! Without an email it lists the sanctions in force.
use super::session::Staff;
use crate::error::{Text, WebError};
use crate::form::FormFields;
use crate::state::AppState;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use masthead_core::Localized;
use masthead_core::chrono::Utc;
use masthead_core::comment::{Actor, SanctionKind, Via};
use masthead_core::i18n::Tr;
use masthead_core::service::{
    self, CommenterError, CommenterRecord, SanctionRequest, SanctionView,
};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "admin/commenters.html")]
pub struct CommentersPage {
    pub tr: Tr,
    pub site_title: String,
    pub asset_version: &'static str,
    pub user: String,
    pub csrf: String,
    pub email: String,
    pub record: Option<CommenterRecord>,
    /// The sanctions in force (the page without an email).
    pub active: Vec<SanctionView>,
    pub error: Option<String>,
}

impl CommentersPage {
    fn when(&self, t: &Option<masthead_core::Timestamp>) -> String {
        t.map_or_else(|| "–".to_string(), |t| self.tr.date_time(&t.fixed_offset()))
    }

    /// A value as a query string carries it (`+` and `&` in an address).
    fn q(&self, value: &str) -> String {
        url::form_urlencoded::byte_serialize(value.as_bytes()).collect()
    }

    fn at(&self, t: &masthead_core::Timestamp) -> String {
        self.tr.date_time(&t.fixed_offset())
    }

    /// The commenter's sanctions, or those in force.
    fn listed(&self) -> &[SanctionView] {
        match &self.record {
            Some(r) => &r.sanctions,
            None => &self.active,
        }
    }

    fn kind(&self, s: &SanctionView) -> String {
        self.tr.t(&format!("admin-sanction-{}", s.kind.as_str()))
    }
}

#[derive(Debug, Deserialize)]
pub struct Params {
    #[serde(default)]
    pub email: String,
}

async fn render(
    state: &AppState,
    staff: &Staff,
    email: String,
    error: Option<String>,
) -> Result<Response, WebError> {
    let settings = state.settings().await?;
    let now = Utc::now();
    let mut error = error;
    let record = if email.trim().is_empty() {
        None
    } else {
        match service::commenter(state.store.as_ref(), &email, now).await {
            Ok(r) => Some(r),
            Err(CommenterError::Store(e)) => return Err(e.into()),
            Err(e) => {
                error.get_or_insert_with(|| e.message(staff.tr));
                None
            }
        }
    };
    let active = if record.is_none() {
        state
            .store
            .sanctions(Some(now))
            .await?
            .iter()
            .map(|s| SanctionView::of(s, now))
            .collect()
    } else {
        Vec::new()
    };
    let status = if error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let page = CommentersPage {
        tr: staff.tr,
        site_title: settings.title.clone(),
        asset_version: crate::assets::VERSION.as_str(),
        user: staff.user.name.clone(),
        csrf: staff.csrf.clone(),
        email,
        record,
        active,
        error,
    };
    Ok((status, Html(page.render()?)).into_response())
}

/// `GET /admin/commenters[?email=…]`.
pub async fn page(
    State(state): State<AppState>,
    staff: Staff,
    Query(params): Query<Params>,
) -> Result<Response, WebError> {
    staff.require(staff.user.role.may_moderate())?;
    render(&state, &staff, params.email, None).await
}

/// `POST /admin/commenters`: `action` is a sanction's kind (with `target`,
/// `reason`, `days`) or `clear` (with `target`); back to the commenter's
/// page (`email`).
pub async fn act(
    State(state): State<AppState>,
    staff: Staff,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, WebError> {
    let fields = FormFields::parse(&headers, &body)?;
    staff.check_csrf(&fields)?;
    staff.require(staff.user.role.may_moderate())?;
    let email = fields.text("email").trim().to_string();
    let target = fields.text("target");
    let actor = Actor::staff(&staff.user, Via::Admin);
    let now = Utc::now();
    let done = match fields.get("action") {
        Some("clear") => service::clear_sanction(state.store.as_ref(), &target, &actor, now)
            .await
            .map(|_| ()),
        Some(kind) => {
            let kind: SanctionKind =
                kind.parse()
                    .map_err(|e: masthead_core::comment::SanctionError| {
                        WebError::bad_request(Text::of(e))
                    })?;
            let days = match fields.text("days").trim() {
                "" => None,
                d => Some(d.parse::<u32>().map_err(|_| {
                    WebError::bad_request(Text::of(masthead_core::comment::SanctionError::Days))
                })?),
            };
            let reason = fields.text("reason");
            let request = SanctionRequest {
                kind,
                target: &target,
                reason: &reason,
                days,
            };
            service::sanction(state.store.as_ref(), &request, actor, now)
                .await
                .map(|_| ())
        }
        None => {
            return Err(WebError::bad_request(staff.tr.s(
                "admin-queue-unknown-action",
                "action",
                "",
            )));
        }
    };
    match done {
        Ok(()) => {
            let back = if email.is_empty() {
                "/admin/commenters".to_string()
            } else {
                format!(
                    "/admin/commenters?email={}",
                    url::form_urlencoded::byte_serialize(email.as_bytes()).collect::<String>()
                )
            };
            Ok(Redirect::to(&back).into_response())
        }
        Err(CommenterError::Store(e)) => Err(e.into()),
        Err(e) => render(&state, &staff, email, Some(e.message(staff.tr))).await,
    }
}
