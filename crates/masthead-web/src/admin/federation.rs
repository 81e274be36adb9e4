//! The federation page (`/admin/federation`, administrators): the site's
//! Fediverse account and its followers, the latest deliveries and how each
//! went, and the mentions and posts from elsewhere that did not stand.
use super::session::Staff;
use crate::error::WebError;
use crate::state::AppState;
use crate::views::site_base;
use askama::Template;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Html;
use masthead_core::federation::activitypub::Addresses;
use masthead_core::i18n::Tr;
use masthead_core::store::FederationReport;

/// Rows of each list.
const ROWS: u32 = 50;

#[derive(Template)]
#[template(path = "admin/federation.html")]
pub struct FederationPage {
    pub tr: Tr,
    pub site_title: String,
    pub asset_version: &'static str,
    pub user: String,
    /// The sign-out form's token (the base template's).
    pub csrf: String,
    pub enabled: bool,
    /// `acct:NAME@HOST`.
    pub account: String,
    pub report: FederationReport,
}

impl FederationPage {
    fn followers(&self) -> i64 {
        i64::try_from(self.report.followers).unwrap_or(i64::MAX)
    }

    fn at(&self, ms: &i64) -> String {
        masthead_core::chrono::DateTime::from_timestamp_millis(*ms)
            .map_or_else(|| "–".into(), |t| self.tr.date_time(&t.fixed_offset()))
    }
}

pub async fn page(
    State(state): State<AppState>,
    staff: Staff,
    headers: HeaderMap,
) -> Result<Html<String>, WebError> {
    staff.require(staff.user.role.may_administer())?;
    let settings = state.settings().await?;
    let site = url::Url::parse(&site_base(&settings, &headers))
        .map_err(|e| WebError::Internal(e.to_string()))?;
    let account = format!(
        "acct:{}@{}",
        settings.federation.username,
        Addresses::new(site).host()
    );
    let page = FederationPage {
        tr: staff.tr,
        site_title: settings.title.clone(),
        asset_version: crate::assets::VERSION.as_str(),
        user: staff.user.name.clone(),
        csrf: staff.csrf.clone(),
        enabled: settings.federation.enabled,
        account,
        report: state.store.federation_report(ROWS).await?,
    };
    Ok(Html(page.render()?))
}
