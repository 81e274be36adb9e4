//! Admins' personal-data tools: export what is stored about an email, or
//! erase it (the same use cases as `masthead privacy`).
use super::session::Staff;
use crate::error::WebError;
use crate::form::FormFields;
use crate::state::AppState;
use askama::Template;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use masthead_core::chrono::Utc;
use masthead_core::comment::is_email;
use masthead_core::html::Markup;
use masthead_core::i18n::{Arg, Tr};
use masthead_core::service::{erase_personal_data, export_personal_data};
use masthead_core::store::Erasure;

#[derive(Template)]
#[template(path = "admin/privacy.html")]
pub struct PrivacyPage {
    pub tr: Tr,
    pub site_title: String,
    pub asset_version: &'static str,
    pub user: String,
    pub csrf: String,
    pub email: String,
    pub message: Option<String>,
    pub error: Option<String>,
    /// The retention note, with the setting's name as `<code>` (HTML).
    pub retention: Markup,
}

async fn render(
    state: &AppState,
    staff: &Staff,
    email: String,
    outcome: Result<Option<String>, String>,
) -> Result<Response, WebError> {
    let settings = state.settings().await?;
    let days = settings.readers.ip_retention_days;
    let (message, error, status) = match outcome {
        Ok(m) => (m, None, StatusCode::OK),
        Err(e) => (None, Some(e), StatusCode::UNPROCESSABLE_ENTITY),
    };
    let tr = staff.tr;
    let page = PrivacyPage {
        tr,
        site_title: settings.title.clone(),
        asset_version: crate::assets::VERSION.as_str(),
        user: staff.user.name.clone(),
        csrf: staff.csrf.clone(),
        email,
        message,
        error,
        retention: tr.html(
            "admin-privacy-retention",
            &[(
                "key",
                &Markup::element("code").text("privacy.ip_retention_days"),
            )],
            &[("count", Arg::from(days))],
        ),
    };
    Ok((status, Html(page.render()?)).into_response())
}

pub async fn page(State(state): State<AppState>, staff: Staff) -> Result<Response, WebError> {
    staff.require(staff.user.role.may_administer())?;
    render(&state, &staff, String::new(), Ok(None)).await
}

pub async fn act(
    State(state): State<AppState>,
    staff: Staff,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, WebError> {
    let fields = FormFields::parse(&headers, &body)?;
    staff.check_csrf(&fields)?;
    staff.require(staff.user.role.may_administer())?;
    let email = fields.text("email").trim().to_string();
    if !is_email(&email) {
        let e = staff.tr.t("admin-privacy-need-email");
        return render(&state, &staff, email, Err(e)).await;
    }
    match fields.get("action") {
        Some("export") => {
            let data = export_personal_data(state.store.as_ref(), &email, Utc::now()).await?;
            let json = serde_json::to_vec_pretty(&data)
                .map_err(|e| WebError::Internal(format!("export not written: {e}")))?;
            let name = format!(
                "attachment; filename=\"personal-data-{}.json\"",
                email.replace(|c: char| !c.is_ascii_alphanumeric(), "-")
            );
            let disposition = HeaderValue::from_str(&name)
                .unwrap_or_else(|_| HeaderValue::from_static("attachment"));
            Ok((
                [
                    (
                        header::CONTENT_TYPE,
                        HeaderValue::from_static("application/json"),
                    ),
                    (header::CONTENT_DISPOSITION, disposition),
                ],
                json,
            )
                .into_response())
        }
        Some("erase") => {
            if fields.get("confirm") != Some("yes") {
                let e = staff.tr.t("admin-privacy-need-confirm");
                return render(&state, &staff, email, Err(e)).await;
            }
            let how = match fields.get("how") {
                Some("delete") => Erasure::Delete,
                Some("anonymize") | None => Erasure::Anonymize,
                Some(_) => {
                    return Err(WebError::bad_request(
                        staff.tr.t("admin-privacy-unknown-erasure"),
                    ));
                }
            };
            let n = erase_personal_data(state.store.as_ref(), &email, how, Utc::now()).await?;
            let done = match how {
                Erasure::Delete => "admin-privacy-deleted",
                Erasure::Anonymize => "admin-privacy-anonymised",
            };
            let m = staff.tr.args(
                done,
                &[("count", Arg::from(n)), ("email", Arg::from(&email))],
            );
            render(&state, &staff, String::new(), Ok(Some(m))).await
        }
        _ => Err(WebError::bad_request(
            staff.tr.t("admin-privacy-unknown-action"),
        )),
    }
}
