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
}

/// The editable settings, in page order.
const FIELDS: [(&str, &str, Kind); 27] = [
    ("site.title", "Site title", Kind::Text),
    ("site.description", "Site description", Kind::Text),
    (
        "site.url",
        "Public address (https://news.example.com)",
        Kind::Text,
    ),
    ("articles.per_page", "Articles per page", Kind::Number),
    ("comments.thread_depth", "Reply depth", Kind::Number),
    (
        "comments.page_comments",
        "Top-level comments per page (0: all on one page)",
        Kind::Number,
    ),
    (
        "comments.default_page",
        "Page shown first: newest or oldest",
        Kind::Text,
    ),
    (
        "comments.require_previously_approved",
        "Hold comments from first-time commenters",
        Kind::Flag,
    ),
    (
        "comments.hold_all",
        "Hold every comment for moderation",
        Kind::Flag,
    ),
    (
        "comments.max_links",
        "Hold comments with this many links (0: never)",
        Kind::Number,
    ),
    (
        "comments.moderation_words",
        "Moderation words (hold), one per line",
        Kind::Words,
    ),
    (
        "comments.disallowed_words",
        "Disallowed words (spam), one per line",
        Kind::Words,
    ),
    (
        "comments.flood_seconds",
        "Seconds between comments from one address",
        Kind::Number,
    ),
    (
        "comments.min_fill_seconds",
        "Least seconds between loading and posting the form",
        Kind::Number,
    ),
    (
        "comments.close_after_days",
        "Close comments on articles older than this many days (0: never)",
        Kind::Number,
    ),
    (
        "comments.rest_anonymous",
        "Allow anonymous comments through the REST API",
        Kind::Flag,
    ),
    (
        "comments.edit_minutes",
        "Minutes commenters may edit their own comment (0: never)",
        Kind::Number,
    ),
    (
        "comments.report_threshold",
        "Readers' reports that send a comment back to the queue",
        Kind::Number,
    ),
    (
        "comments.avatars",
        "Show identicons beside comments",
        Kind::Flag,
    ),
    (
        "privacy.ip_retention_days",
        "Days commenters' IP addresses are kept (0: for ever)",
        Kind::Number,
    ),
    (
        "site.logo_url",
        "Publisher logo for search engines (address or /path; empty: masthead's)",
        Kind::Text,
    ),
    (
        "site.robots",
        "robots.txt ({base} stands for the public address)",
        Kind::Lines,
    ),
    (
        "mail.from",
        "Notifications are sent from (Name <address>)",
        Kind::Text,
    ),
    (
        "notify.moderator_emails",
        "Moderators' email addresses, separated by spaces",
        Kind::Text,
    ),
    (
        "notify.moderator_mode",
        "Moderators' mail: each (one per held comment) or digest (hourly)",
        Kind::Text,
    ),
    (
        "notify.webhooks",
        "Webhook addresses for held comments, separated by spaces",
        Kind::Text,
    ),
    (
        "notify.max_per_hour",
        "Most messages to one address in an hour",
        Kind::Number,
    ),
];

pub struct FieldView {
    pub key: &'static str,
    pub id: String,
    pub label: &'static str,
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
}

#[derive(Template)]
#[template(path = "admin/settings.html")]
pub struct SettingsPage {
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

fn views(current: &SiteSettings) -> Vec<FieldView> {
    let pairs = current.to_pairs();
    FIELDS
        .iter()
        .map(|(key, label, kind)| {
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
                label,
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
        views(&current),
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
    let mut fields = views(&candidate);
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
            Kind::Text | Kind::Number => form
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
            Err(e) => f.error = Some(e.to_string()),
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
