//! Article bodies: Markdown rendered to HTML and held to the article policy.
use super::sanitized::SanitizedHtml;
use ammonia::Builder;
use pulldown_cmark::{Options, Parser, html};
use std::sync::LazyLock;

/// Editors are trusted, but their Markdown still passes an allowlist: raw HTML
/// in a body (pasted embeds, old WordPress content) cannot run script.
static ARTICLE_POLICY: LazyLock<Builder<'static>> = LazyLock::new(|| {
    let mut b = Builder::default();
    b.add_tags(["figure", "figcaption"])
        .link_rel(Some("noopener"))
        .url_schemes(["http", "https", "mailto"].into_iter().collect());
    b
});

/// Renders an article body from Markdown to sanitised HTML.
pub fn render_markdown(markdown: &str) -> SanitizedHtml {
    let mut opts = Options::empty();
    opts.insert(Options::ENABLE_TABLES);
    opts.insert(Options::ENABLE_FOOTNOTES);
    opts.insert(Options::ENABLE_STRIKETHROUGH);
    opts.insert(Options::ENABLE_SMART_PUNCTUATION);
    let mut raw = String::with_capacity(markdown.len() * 5 / 4);
    html::push_html(&mut raw, Parser::new_ext(markdown, opts));
    SanitizedHtml::from_policy(ARTICLE_POLICY.clean(&raw).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_renders_and_script_does_not_survive() {
        let html = render_markdown(
            "Hello *world*\n\n<script>alert(1)</script><img src=x onerror=alert(1)>",
        )
        .into_string();
        assert!(html.contains("<p>Hello <em>world</em></p>"), "{html}");
        assert!(
            !html.contains("script") && !html.contains("onerror"),
            "{html}"
        );
    }
}
