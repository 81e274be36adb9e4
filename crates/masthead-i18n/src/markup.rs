//! HTML that our code builds around words: escaped text and elements whose
//! tag and attribute names are literals in the source. There is no way to
//! wrap a `String` as `Markup`, so a template can print one unescaped: what
//! it holds was either escaped here or written by us. (Sanitised comment and
//! article HTML is the other type templates trust; core converts it.)
use std::fmt;

/// Escaped text, elements around it, and their concatenations.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Markup(String);

impl Markup {
    /// Nothing.
    pub const fn new() -> Self {
        Self(String::new())
    }

    /// `text`, escaped.
    pub fn text(text: &str) -> Self {
        Self(escape_html(text))
    }

    /// An element named by our code; see [`Element`].
    pub fn element(tag: &'static str) -> Element {
        Element {
            tag,
            attributes: String::new(),
        }
    }

    /// `other` after this.
    pub fn push(&mut self, other: &Markup) {
        self.0.push_str(&other.0);
    }

    /// HTML a sanitiser wrote. Only `masthead_core::html::SanitizedHtml`'s
    /// `From` calls this (this crate sits below core and cannot name that
    /// type); `scripts/check_structure.py` refuses any other caller.
    #[doc(hidden)]
    pub fn from_sanitizer(html: String) -> Self {
        Self(html)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Puts `parts[i]` where the text has `mark(i)`; see `Tr::html`.
    pub(crate) fn fill(escaped: String, parts: &[(String, &Markup)]) -> Self {
        let mut out = escaped;
        for (mark, markup) in parts {
            out = out.replace(mark.as_str(), markup.as_str());
        }
        Self(out)
    }
}

impl fmt::Display for Markup {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for Markup {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl FromIterator<Markup> for Markup {
    fn from_iter<I: IntoIterator<Item = Markup>>(iter: I) -> Self {
        Self(iter.into_iter().map(|m| m.0).collect())
    }
}

// Templates print it as it is; everything in it was escaped or is ours.
#[cfg(feature = "askama")]
impl askama::filters::HtmlSafe for Markup {}

/// An element being built: `Markup::element("a").attr("href", url).text(title)`.
#[derive(Debug, Clone)]
#[must_use = "an element becomes Markup with `text` or `markup`"]
pub struct Element {
    tag: &'static str,
    attributes: String,
}

impl Element {
    /// ` name="value"`, the value escaped; in the order given.
    pub fn attr(mut self, name: &'static str, value: &str) -> Self {
        self.attributes.push(' ');
        self.attributes.push_str(name);
        self.attributes.push_str("=\"");
        self.attributes.push_str(&escape_html(value));
        self.attributes.push('"');
        self
    }

    /// The element around `text`, escaped.
    pub fn text(self, text: &str) -> Markup {
        self.markup(&Markup::text(text))
    }

    /// The element around `content`.
    pub fn markup(self, content: &Markup) -> Markup {
        let mut out =
            String::with_capacity(self.tag.len() * 2 + self.attributes.len() + content.0.len() + 5);
        out.push('<');
        out.push_str(self.tag);
        out.push_str(&self.attributes);
        out.push('>');
        out.push_str(&content.0);
        out.push_str("</");
        out.push_str(self.tag);
        out.push('>');
        Markup(out)
    }
}

/// Text made safe for HTML element content and quoted attributes alike:
/// masthead's one HTML escaper (templates use askama's own). Quotes are
/// escaped in text too, where it is harmless, so one function fits both.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            Markup::text(r#"<script>"a" & 'b'</script>"#).as_str(),
            "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;"
        );
    }

    #[test]
    fn attribute_values_and_content_are_escaped() {
        let link = Markup::element("a")
            .attr("href", r#"/x?a=1&b="2"><script>"#)
            .attr("rel", "noopener")
            .text("Fish & <chips>");
        assert_eq!(
            link.as_str(),
            r#"<a href="/x?a=1&amp;b=&quot;2&quot;&gt;&lt;script&gt;" rel="noopener">Fish &amp; &lt;chips&gt;</a>"#
        );
        let nested = Markup::element("b").markup(&link);
        assert!(nested.as_str().starts_with("<b><a href="));
        assert!(nested.as_str().ends_with("</a></b>"));
    }

    #[test]
    fn concatenation_keeps_each_part_as_built() {
        let mut m = Markup::text("a<");
        m.push(&Markup::element("i").text("b"));
        assert_eq!(m.as_str(), "a&lt;<i>b</i>");
        let joined: Markup = [Markup::text("1&"), Markup::text("2")]
            .into_iter()
            .collect();
        assert_eq!(joined.as_str(), "1&amp;2");
        assert!(Markup::new().is_empty());
    }

    #[test]
    fn tr_html_escapes_the_words_and_keeps_the_markup() {
        use crate::{Lang, Tr};
        let tr = Tr::new(Lang::En);
        let never = Markup::element("strong").text("Never <published>");
        let line = tr.html("privacy-email", &[("never", &never)], &[]);
        assert!(
            line.as_str()
                .starts_with("<strong>Never &lt;published&gt;</strong> — not on the page"),
            "{line}"
        );
        // The translator's apostrophe is text, escaped like the rest.
        assert!(line.as_str().contains("the site&#39;s data"), "{line}");
        let link = Markup::element("a").attr("href", "/c/1").text("T");
        let intro = tr.html(
            "report-comment-intro",
            &[("article", &link)],
            &[("author", "<b>Eve</b>".into())],
        );
        assert_eq!(
            intro.as_str(),
            r#"By &lt;b&gt;Eve&lt;/b&gt;, on “<a href="/c/1">T</a>”:"#
        );
    }
}
