//! What every page's view model shares: the site's chrome, dates in the
//! site's offset and language, the sentences built around names and links,
//! and addresses. Each page's own view model (the struct its template
//! renders) lives with the code that builds it: the error page in `error`,
//! the article page and its discussion in `pages`, the others beside their
//! routes.
use axum::http::{HeaderMap, header};
use masthead_core::Timestamp;
use masthead_core::chrono::FixedOffset;
use masthead_core::comment::{Avatar, PLACEHOLDER};
use masthead_core::html::Markup;
use masthead_core::i18n::Tr;
use masthead_core::settings::SiteSettings;

/// Site-wide parts of every page.
pub struct Chrome {
    pub site_title: String,
    pub site_description: String,
    pub asset_version: &'static str,
    /// The site's language: `<html lang dir>` and every word of the page.
    pub tr: Tr,
}

impl Chrome {
    pub fn new(s: &SiteSettings) -> Self {
        Self {
            site_title: s.title.clone(),
            site_description: s.shown_description(),
            asset_version: crate::assets::VERSION.as_str(),
            tr: Tr::new(s.language),
        }
    }

    /// Message `id` in the site's language (templates: `chrome.t("…")`).
    pub fn t(&self, id: &str) -> String {
        self.tr.t(id)
    }

    /// Message `id` with one text variable (templates: `chrome.s("byline", "byline", name)`).
    pub fn s(&self, id: &str, name: &str, value: &str) -> String {
        self.tr.s(id, name, value)
    }

    /// "You may use these HTML tags and attributes:", as HTML (the
    /// abbreviation's markup put in); the tag list follows, untranslated.
    pub fn allowed_tags_intro(&self) -> Markup {
        allowed_tags_intro(self.tr)
    }

    /// The error box's "Error:".
    pub fn refused_label(&self) -> String {
        self.tr.t("form-refused-label")
    }
}

/// See [`Chrome::allowed_tags_intro`]; shared with the discussion's form.
pub fn allowed_tags_intro(tr: Tr) -> Markup {
    let abbr = Markup::element("abbr")
        .attr("title", &tr.t("html-abbr-title"))
        .text("HTML");
    tr.html("allowed-tags", &[("html", &abbr)], &[])
}

/// Names joined as the language lists them: "A", "A and B", "A, B and C".
pub fn list_of(tr: Tr, names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_string(),
        [first, last] => tr.args(
            "list-pair",
            &[("first", (*first).into()), ("last", (*last).into())],
        ),
        [first, rest @ ..] => {
            let rest = list_of(tr, rest);
            tr.args(
                "list-more",
                &[("first", (*first).into()), ("rest", rest.into())],
            )
        }
    }
}

/// "Tovah Lazaoff contributed to this report.", in the site's language.
/// An entry that is a whole credit line already (an agency's "Reporting by
/// …; Editing by …") is printed as it is.
pub fn contributor_line(tr: Tr, contributors: &[String]) -> Option<String> {
    let (lines, names): (Vec<&str>, Vec<&str>) = contributors
        .iter()
        .map(|n| n.trim())
        .filter(|n| !n.is_empty())
        .partition(|n| masthead_core::wire::item::contributor_line(n).is_some());
    let mut parts: Vec<String> = lines.into_iter().map(str::to_string).collect();
    if !names.is_empty() {
        parts.push(tr.s("contributors-line", "names", &list_of(tr, &names)));
    }
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// `<a href="…">text</a>`, both escaped: a link to put into a message with `Tr::html`.
pub fn link_html(href: &str, text: &str) -> Markup {
    Markup::element("a").attr("href", href).text(text)
}

/// Formats dates in the site's offset and language.
#[derive(Clone, Copy)]
pub struct Dates(FixedOffset, Tr);

impl Dates {
    pub fn new(s: &SiteSettings) -> Self {
        let offset = FixedOffset::east_opt(s.utc_offset_minutes * 60)
            .unwrap_or_else(|| FixedOffset::east_opt(0).expect("zero offset is valid"));
        Self(offset, Tr::new(s.language))
    }

    pub fn offset(self) -> FixedOffset {
        self.0
    }

    /// The language the dates are written in (the site's).
    pub fn tr(self) -> Tr {
        self.1
    }

    /// ISO 8601 (`<time datetime>`, JSON): the same in every language.
    pub fn iso(self, t: Timestamp) -> String {
        t.with_timezone(&self.0).to_rfc3339()
    }

    /// "November 14, 2017", "14 novembre 2017"
    pub fn day(self, t: Timestamp) -> String {
        self.1.date(&t.with_timezone(&self.0))
    }

    /// "November 14, 2017 at 9:41 AM", "14 novembre 2017 à 09:41"
    pub fn day_time(self, t: Timestamp) -> String {
        self.1.date_time(&t.with_timezone(&self.0))
    }
}

/// The comment form's hidden field carrying the signed form token
/// (`discussion.html` names both fields through these).
pub const TOKEN_FIELD: &str = "mh_token";
/// Field people never see and bots fill in.
pub const HONEYPOT_FIELD: &str = "mh_hp";
/// The browser's proof of work (ALTCHA's field name), filled by
/// `static/proof.js` when the site asks for one.
pub const PROOF_FIELD: &str = "altcha";

pub fn article_url(slug: &str) -> String {
    masthead_core::article::article_path(slug)
}

/// Where an article or a static page lives.
pub fn url_of(a: &masthead_core::article::Article) -> String {
    a.path()
}

/// Where the picture beside a comment is, relative to masthead's address.
pub fn avatar_path(a: Avatar<'_>) -> String {
    match a {
        Avatar::Identicon(seed) => format!("/avatar/{seed}.svg"),
        Avatar::Placeholder => format!("/avatar/{PLACEHOLDER}.svg"),
    }
}

/// The site's absolute base URL as the client addressed it (links in JSON
/// and headers must be absolute for WordPress clients).
pub fn base_url(headers: &HeaderMap) -> String {
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| {
            h.chars()
                .all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c))
        })
        .unwrap_or("localhost");
    format!("http://{host}")
}

/// The site's absolute address for links that must be absolute (canonical
/// links, sitemaps, structured data, the embed's links out of the page it
/// sits on): `site.url`, or until it is set the address the request came to.
pub fn site_base(settings: &SiteSettings, headers: &HeaderMap) -> String {
    if settings.url.is_empty() {
        base_url(headers)
    } else {
        settings.url.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use masthead_core::i18n::Lang;

    #[test]
    fn contributor_lines_read_naturally() {
        let en = Tr::new(Lang::En);
        assert_eq!(contributor_line(en, &[]), None);
        assert_eq!(
            contributor_line(en, &["Tovah Lazaoff".into()]).as_deref(),
            Some("Tovah Lazaoff contributed to this report.")
        );
        assert_eq!(
            contributor_line(en, &["A".into(), "B".into(), "C".into()]).as_deref(),
            Some("A, B and C contributed to this report.")
        );
    }
}
