//! The 404 page in the site's own design (`not_found.html`): what a reader
//! gets for an address or a comment that is not there; and the 410 page of
//! a story its supplier withdrew (`withdrawn.html`).
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

#[derive(Template)]
#[template(path = "withdrawn.html")]
pub struct WithdrawnPage {
    pub chrome: Chrome,
    pub date: String,
}

/// 410 Gone for a story its supplier withdrew: the page says so (not what
/// it said), so a reader who followed a link knows it was taken down.
pub async fn withdrawn_page(
    state: &AppState,
    at: masthead_core::Timestamp,
) -> Result<Response, WebError> {
    let settings = state.settings().await?;
    let body = WithdrawnPage {
        date: crate::views::Dates::new(&settings).day(at),
        chrome: Chrome::new(&settings),
    }
    .render()?;
    Ok((StatusCode::GONE, Html(body)).into_response())
}
