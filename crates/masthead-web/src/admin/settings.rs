//! Site settings for admins: the same keys as `masthead settings`, validated
//! by the same rules, with the allowed tags shown read-only.
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
use masthead_core::i18n::{Arg, Lang, Tr};
use masthead_core::settings::SiteSettings;
use serde::Deserialize;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Number,
    Flag,
    Words,
    /// Several lines kept as written (`robots.txt`).
    Lines,
    /// One of the shipped languages, by its own name (`site.language`).
    Language,
}

/// The editable settings, in page order; each one's label is the message
/// `admin-setting-KEY` (dots and underscores as hyphens).
const FIELDS: [(&str, Kind); 28] = [
    ("site.title", Kind::Text),
    ("site.description", Kind::Text),
    ("site.language", Kind::Language),
    ("site.url", Kind::Text),
    ("articles.per_page", Kind::Number),
    ("comments.thread_depth", Kind::Number),
    ("comments.page_comments", Kind::Number),
    ("comments.default_page", Kind::Text),
    ("comments.trust_after", Kind::Number),
    ("comments.hold_all", Kind::Flag),
    ("comments.max_links", Kind::Number),
    ("comments.moderation_words", Kind::Words),
    ("comments.disallowed_words", Kind::Words),
    ("comments.flood_seconds", Kind::Number),
    ("comments.min_fill_seconds", Kind::Number),
    ("comments.close_after_days", Kind::Number),
    ("comments.rest_anonymous", Kind::Flag),
    ("comments.edit_minutes", Kind::Number),
    ("comments.report_threshold", Kind::Number),
    ("comments.avatars", Kind::Flag),
    ("privacy.ip_retention_days", Kind::Number),
    ("site.logo_url", Kind::Text),
    ("site.robots", Kind::Lines),
    ("mail.from", Kind::Text),
    ("notify.moderator_emails", Kind::Text),
    ("notify.moderator_mode", Kind::Text),
    ("notify.webhooks", Kind::Text),
    ("notify.max_per_hour", Kind::Number),
];

pub struct FieldView {
    pub key: &'static str,
    pub id: String,
    pub label: String,
    pub kind: Kind,
    pub value: String,
    pub checked: bool,
    pub error: Option<String>,
}

impl FieldView {
    pub fn is_text(&self) -> bool {
        self.kind == Kind::Text
    }
    pub fn is_number(&self) -> bool {
        self.kind == Kind::Number
    }
    pub fn is_flag(&self) -> bool {
        self.kind == Kind::Flag
    }
    pub fn is_language(&self) -> bool {
        self.kind == Kind::Language
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

#[derive(Deserialize)]
pub struct SavedQuery {
    saved: Option<String>,
}

fn views(current: &SiteSettings, tr: Tr) -> Vec<FieldView> {
    let pairs = current.to_pairs();
    FIELDS
        .iter()
        .map(|(key, kind)| {
            let value = pairs
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.clone())
                .unwrap_or_default();
            let value = if *kind == Kind::Words {
                value.split(", ").collect::<Vec<_>>().join("\n")
            } else {
                value
            };
            FieldView {
                key,
                id: key.replace('.', "-"),
                label: tr.t(&format!("admin-setting-{}", key.replace(['.', '_'], "-"))),
                kind: *kind,
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
    let mut candidate = state.settings().await?;
    let mut fields = views(&candidate, staff.tr);
    let mut changes = Vec::new();
    for f in &mut fields {
        let value = match f.kind {
            Kind::Flag => form.get(f.key).is_some().to_string(),
            Kind::Words => form
                .text(f.key)
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect::<Vec<_>>()
                .join(", "),
            // A field the form did not send keeps its value (an older page).
            Kind::Text | Kind::Number | Kind::Language => form
                .get(f.key)
                .map_or_else(|| f.value.clone(), str::to_string),
            Kind::Lines => form.get(f.key).map_or_else(
                || f.value.clone(),
                |v| v.replace("\r\n", "\n").trim_end().to_string(),
            ),
        };
        f.checked = value == "true";
        f.value = if f.kind == Kind::Words {
            value.replace(", ", "\n")
        } else {
            value.clone()
        };
        match candidate.set(f.key, &value) {
            Ok(()) => changes.push((f.key, value)),
            // Told in the admin's words, with the languages to choose from.
            Err(_) if f.kind == Kind::Language => {
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
