//! Bare URLs, `www.` hosts and email addresses in comment text become links, as
//! WordPress's `make_clickable` does. Text inside existing links and `<code>` is
//! left alone.
use super::escape_html;
use super::tokens::{Token, decode_entities, tokenize};
use linkify::{LinkFinder, LinkKind};

pub(crate) fn autolink(html: &str) -> String {
    let mut finder = LinkFinder::new();
    finder.url_must_have_scheme(false);
    let mut out = String::with_capacity(html.len() + 64);
    let mut skip_depth = 0usize;
    for tok in tokenize(html) {
        match tok {
            Token::Tag { raw, name, closing } => {
                if name.eq_ignore_ascii_case("a") || name.eq_ignore_ascii_case("code") {
                    if closing {
                        skip_depth = skip_depth.saturating_sub(1);
                    } else {
                        skip_depth += 1;
                    }
                }
                out.push_str(raw);
            }
            Token::Text(t) if skip_depth > 0 => out.push_str(t),
            Token::Text(t) => link_text(&finder, &decode_entities(t), &mut out),
        }
    }
    out
}

fn link_text(finder: &LinkFinder, text: &str, out: &mut String) {
    let mut last = 0;
    for link in finder.links(text) {
        let s = link.as_str();
        let href = match link.kind() {
            LinkKind::Email => format!("mailto:{s}"),
            LinkKind::Url => {
                let lower = s.to_ascii_lowercase();
                if lower.starts_with("http://") || lower.starts_with("https://") {
                    s.to_string()
                } else if lower.starts_with("www.") {
                    format!("http://{s}")
                } else {
                    // Bare domains ("example.com") and other schemes stay text.
                    continue;
                }
            }
            _ => continue,
        };
        out.push_str(&escape_html(&text[last..link.start()]));
        out.push_str("<a href=\"");
        out.push_str(&escape_html(&href));
        out.push_str("\">");
        out.push_str(&escape_html(s));
        out.push_str("</a>");
        last = link.end();
    }
    out.push_str(&escape_html(&text[last..]));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_urls_www_hosts_and_emails_become_links() {
        assert_eq!(
            autolink("see https://example.com/a?b=1&amp;c=2."),
            r#"see <a href="https://example.com/a?b=1&amp;c=2">https://example.com/a?b=1&amp;c=2</a>."#
        );
        assert_eq!(
            autolink("www.example.org"),
            r#"<a href="http://www.example.org">www.example.org</a>"#
        );
        assert_eq!(
            autolink("me@example.com"),
            r#"<a href="mailto:me@example.com">me@example.com</a>"#
        );
    }

    #[test]
    fn existing_links_code_and_bare_domains_are_left_alone() {
        let html =
            r#"<a href="https://x.org">https://x.org</a> <code>http://y.org</code> example.com"#;
        assert_eq!(autolink(html), html);
    }

    #[test]
    fn escaped_angle_brackets_do_not_join_the_url() {
        assert_eq!(
            autolink("&lt;http://x.org&gt;"),
            r#"&lt;<a href="http://x.org">http://x.org</a>&gt;"#
        );
    }
}
