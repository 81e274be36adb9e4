//! `GET /privacy/`: what the site keeps about commenters, and for how long
//! (the figures of the settings).
use crate::error::WebError;
use crate::state::AppState;
use crate::views::Chrome;
use askama::Template;
use axum::extract::State;
use axum::response::{Html, IntoResponse, Response};
use masthead_core::html::Markup;

/// What the site keeps about commenters, and for how long.
#[derive(Template)]
#[template(path = "privacy.html")]
pub struct PrivacyNotice {
    pub chrome: Chrome,
    /// How long IP addresses are kept, as a sentence.
    pub ip_line: String,
    pub edit_minutes: u32,
}

impl PrivacyNotice {
    /// "**Your email address is never published** — not on the page, …", as HTML.
    pub fn email_line(&self) -> Markup {
        let never = Markup::element("strong").text(&self.chrome.t("privacy-email-never"));
        self.chrome
            .tr
            .html("privacy-email", &[("never", &never)], &[])
    }

    /// One cookie's line: its name as code, then what it holds and for how long.
    pub fn cookie_line(&self, id: &str, cookie: &str) -> Markup {
        let code = Markup::element("code").text(cookie);
        let minutes = i64::from(self.edit_minutes);
        self.chrome
            .tr
            .html(id, &[("cookie", &code)], &[("minutes", minutes.into())])
    }
}

/// `GET /privacy/`: what the site keeps about commenters (the settings' figures).
pub async fn privacy(State(state): State<AppState>) -> Result<Response, WebError> {
    let settings = state.settings().await?;
    let days = settings.readers.ip_retention_days;
    let chrome = Chrome::new(&settings);
    let page = PrivacyNotice {
        ip_line: if days == 0 {
            chrome.t("privacy-ip-kept")
        } else {
            chrome.tr.args("privacy-ip-days", &[("days", days.into())])
        },
        chrome,
        edit_minutes: settings.readers.edit_minutes,
    };
    Ok(Html(page.render()?).into_response())
}
