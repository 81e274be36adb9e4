//! Site settings for admins: the settings the table declares for the form
//! (`masthead_core::settings::SETTINGS`), in its order, validated by the same
//! rules as `masthead settings`, with the allowed tags shown read-only.
use super::session::Staff;
use crate::error::WebError;
use crate::form::FormFields;
use crate::state::AppState;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use masthead_core::Localized;
use masthead_core::html::Markup;
use masthead_core::i18n::{Arg, Lang, Tr};
use masthead_core::settings::{SETTINGS, Shape, SiteSettings};
use serde::Deserialize;

pub struct FieldView {
    pub key: &'static str,
    pub id: String,
    pub label: String,
    pub shape: Shape,
    pub value: String,
    pub checked: bool,
    pub error: Option<String>,
}

impl FieldView {
    pub fn is_text(&self) -> bool {
        self.shape == Shape::Text
    }
    pub fn is_number(&self) -> bool {
        self.shape == Shape::Number
    }
    pub fn is_flag(&self) -> bool {
        self.shape == Shape::Flag
    }
    pub fn is_language(&self) -> bool {
        self.shape == Shape::Language
    }
    /// The shipped languages, (code, own name), for the select.
    pub fn languages(&self) -> Vec<(&'static str, &'static str)> {
        Lang::ALL.iter().map(|l| (l.code(), l.name())).collect()
    }
}

/// "English (en), Français (fr), …": what a refused language is told.
fn language_list() -> String {
    Lang::ALL
        .iter()
        .map(|l| format!("{} ({})", l.name(), l.code()))
        .collect::<Vec<_>>()
        .join(", ")
}

#[derive(Template)]
#[template(path = "admin/settings.html")]
pub struct SettingsPage {
    pub tr: Tr,
    pub site_title: String,
    pub asset_version: &'static str,
    pub user: String,
    pub csrf: String,
    pub fields: Vec<FieldView>,
    pub allowed_tags: String,
    pub saved: bool,
    pub has_errors: bool,
}

impl SettingsPage {
    /// "Change it with COMMAND", the command as code.
    pub fn allowed_html_change(&self) -> Markup {
        let command = Markup::element("code").text("masthead settings set comments.allowed_tags …");
        self.tr.html(
            "admin-settings-allowed-html-change",
            &[("command", &command)],
            &[],
        )
    }
}

#[derive(Deserialize)]
pub struct SavedQuery {
    saved: Option<String>,
}

fn views(current: &SiteSettings, tr: Tr) -> Vec<FieldView> {
    SETTINGS
        .iter()
        .filter(|s| s.on_form)
        .map(|s| {
            let shape = s.slot.shape();
            let value = s.slot.write(current);
            let value = if shape == Shape::Words {
                value.split(", ").collect::<Vec<_>>().join("\n")
            } else {
                value
            };
            FieldView {
                key: s.key,
                id: s.key.replace('.', "-"),
                label: tr.t(s.help),
                shape,
                checked: value == "true",
                value,
                error: None,
            }
        })
        .collect()
}

async fn render(
    state: &AppState,
    staff: &Staff,
    fields: Vec<FieldView>,
    saved: bool,
    status: StatusCode,
) -> Result<Response, WebError> {
    let settings = state.settings().await?;
    let has_errors = fields.iter().any(|f| f.error.is_some());
    let page = SettingsPage {
        tr: staff.tr,
        site_title: settings.title.clone(),
        asset_version: crate::assets::VERSION.as_str(),
        user: staff.user.name.clone(),
        csrf: staff.csrf.clone(),
        fields,
        allowed_tags: settings.allowlist.describe(),
        saved,
        has_errors,
    };
    Ok((status, Html(page.render()?)).into_response())
}

pub async fn page(
    State(state): State<AppState>,
    staff: Staff,
    Query(q): Query<SavedQuery>,
) -> Result<Response, WebError> {
    staff.require(staff.user.role.may_administer())?;
    let current = state.settings().await?;
    render(
        &state,
        &staff,
        views(&current, staff.tr),
        q.saved.is_some(),
        StatusCode::OK,
    )
    .await
}

/// Checks every field first; stores nothing unless all are valid.
pub async fn save(
    State(state): State<AppState>,
    staff: Staff,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, WebError> {
    let form = FormFields::parse(&headers, &body)?;
    staff.check_csrf(&form)?;
    staff.require(staff.user.role.may_administer())?;
    let mut candidate = (*state.settings().await?).clone();
    let mut fields = views(&candidate, staff.tr);
    let mut changes = Vec::new();
    for f in &mut fields {
        let value = match f.shape {
            Shape::Flag => form.get(f.key).is_some().to_string(),
            Shape::Words => form
                .text(f.key)
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect::<Vec<_>>()
                .join(", "),
            // A field the form did not send keeps its value (an older page).
            Shape::Text | Shape::Number | Shape::Language => form
                .get(f.key)
                .map_or_else(|| f.value.clone(), str::to_string),
            Shape::Lines => form.get(f.key).map_or_else(
                || f.value.clone(),
                |v| v.replace("\r\n", "\n").trim_end().to_string(),
            ),
        };
        f.checked = value == "true";
        f.value = if f.shape == Shape::Words {
            value.replace(", ", "\n")
        } else {
            value.clone()
        };
        match candidate.set(f.key, &value) {
            Ok(()) => changes.push((f.key, value)),
            // Told in the admin's words, with the languages to choose from.
            Err(_) if f.shape == Shape::Language => {
                f.error = Some(staff.tr.args(
                    "admin-settings-unknown-language",
                    &[
                        ("value", Arg::from(&value)),
                        ("list", language_list().into()),
                    ],
                ));
            }
            Err(e) => f.error = Some(e.message(staff.tr)),
        }
    }
    if fields.iter().any(|f| f.error.is_some()) {
        return render(
            &state,
            &staff,
            fields,
            false,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    for (key, value) in changes {
        state.store.put_setting(key, &value).await?;
    }
    Ok(Redirect::to("/admin/settings?saved=1").into_response())
}
