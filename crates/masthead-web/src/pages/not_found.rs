//! The 404 page in the site's own design (`not_found.html`): what a reader
//! gets for an address or a comment that is not there.
use crate::error::WebError;
use crate::state::AppState;
use crate::views::Chrome;
use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use masthead_core::html::Markup;

#[derive(Template)]
#[template(path = "not_found.html")]
pub struct NotFoundPage {
    pub chrome: Chrome,
}

impl NotFoundPage {
    /// "Go to the front page for the latest articles", the link inside.
    pub fn front_page(&self) -> Markup {
        let t = self.chrome.tr;
        let link = Markup::element("a")
            .attr("href", "/")
            .text(&t.t("error-front-page"));
        t.html("error-front-page-latest", &[("link", &link)], &[])
    }
}

/// The 404 page in the site's own design.
pub async fn not_found_page(state: &AppState) -> Result<Response, WebError> {
    let settings = state.settings().await?;
    let body = NotFoundPage {
        chrome: Chrome::new(&settings),
    }
    .render()?;
    Ok((StatusCode::NOT_FOUND, Html(body)).into_response())
}
