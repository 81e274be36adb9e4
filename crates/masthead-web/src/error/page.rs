//! The HTML error page (`error.html`) and its view model. It has no site
//! chrome: it must render when the settings cannot be read.
use askama::Template;
use masthead_core::html::Markup;
use masthead_core::i18n::Tr;

/// An error page, in `tr`'s language.
#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage<'a> {
    pub tr: Tr,
    pub title: String,
    pub message: &'a str,
    /// "… for the latest articles" after the front page link (a 404).
    pub front_page_hint: bool,
}

impl ErrorPage<'_> {
    /// The link home, as HTML: alone, or in its sentence on a 404.
    pub fn front_page(&self) -> Markup {
        let link = Markup::element("a")
            .attr("href", "/")
            .text(&self.tr.t("error-front-page"));
        if self.front_page_hint {
            self.tr
                .html("error-front-page-latest", &[("link", &link)], &[])
        } else {
            link
        }
    }
}

/// The error page: `title` (a message id) and `message`, in `t`'s language;
/// its content type and text.
pub fn page(t: Tr, title: &str, message: &str) -> (&'static str, String) {
    let view = ErrorPage {
        tr: t,
        title: t.t(title),
        message,
        front_page_hint: false,
    };
    match view.render() {
        Ok(body) => ("text/html; charset=utf-8", body),
        Err(_) => ("text/plain; charset=utf-8", message.to_string()),
    }
}

/// "Page not found", with the hint readers get on a mistyped address.
pub fn not_found(t: Tr) -> (&'static str, String) {
    let message = t.t("error-no-page-hint");
    let view = ErrorPage {
        tr: t,
        title: t.t("error-title-page-not-found"),
        message: &message,
        front_page_hint: true,
    };
    match view.render() {
        Ok(body) => ("text/html; charset=utf-8", body),
        Err(_) => ("text/plain; charset=utf-8", message),
    }
}
