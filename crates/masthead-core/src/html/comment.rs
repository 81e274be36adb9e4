//! Comment text: the reader's HTML held to the allowlist, linked and put
//! into paragraphs.
use super::allowlist::Allowlist;
use super::autolink::autolink;
use super::autop::autop;
use super::sanitized::SanitizedHtml;
use ammonia::{Builder, UrlRelative};
use std::collections::{HashMap, HashSet};

/// Links readers post are user-generated and must not pass on ranking.
const COMMENT_LINK_REL: &str = "nofollow ugc";
const URL_SCHEMES: [&str; 3] = ["http", "https", "mailto"];
/// Elements whose text is never readable content.
pub(super) const DROP_WITH_CONTENT: [&str; 6] =
    ["script", "style", "template", "noscript", "xmp", "noembed"];

/// The ammonia policy for an allowlist; `extra` adds tags our own pipeline
/// generates (`p`, `br`) for the final pass.
fn builder<'a>(allow: &'a Allowlist, extra: &[&'a str]) -> Builder<'a> {
    let mut tags: HashSet<&str> = HashSet::new();
    let mut attrs: HashMap<&str, HashSet<&str>> = HashMap::new();
    for (tag, tag_attrs) in allow.tags() {
        tags.insert(tag);
        // ammonia owns `rel` on links (link_rel); a user-supplied one is dropped.
        let set: HashSet<&str> = tag_attrs.filter(|a| !(tag == "a" && *a == "rel")).collect();
        attrs.insert(tag, set);
    }
    tags.extend(extra.iter().copied());
    let mut b = Builder::empty();
    b.tags(tags)
        .tag_attributes(attrs)
        .generic_attributes(HashSet::new())
        .url_schemes(URL_SCHEMES.into_iter().collect())
        .url_relative(UrlRelative::Deny)
        .link_rel(Some(COMMENT_LINK_REL))
        .strip_comments(true)
        .attribute_filter(|_, attr, value| {
            // ammonia scheme-checks href itself; `cite` is a URL too, but not one it knows.
            if attr == "cite" && !has_allowed_scheme(value) {
                None
            } else {
                Some(value.into())
            }
        })
        .clean_content_tags(
            DROP_WITH_CONTENT
                .into_iter()
                .filter(|t| !allow.allows_tag(t))
                .collect(),
        );
    b
}

fn has_allowed_scheme(value: &str) -> bool {
    url::Url::parse(value).is_ok_and(|u| URL_SCHEMES.contains(&u.scheme()))
}

/// Sanitises reader HTML against the allowlist: disallowed tags are removed
/// (their text stays), disallowed attributes and URL schemes dropped, links get
/// `rel="nofollow ugc"`.
pub fn sanitize_comment(input: &str, allow: &Allowlist) -> String {
    policies(allow).plain.clean(input).to_string()
}

/// The two ammonia policies of one allowlist, built once: building one
/// (hash sets of every tag and attribute) cost as much as cleaning a comment.
struct Policies {
    allow: Allowlist,
    plain: Builder<'static>,
    paragraphs: Builder<'static>,
}

/// The policies of `allow`. Each distinct allowlist (the default, and one
/// per value staff ever give `comments.allowed_tags`) is kept for good, as
/// the policies borrow its names: a few kilobytes per value.
fn policies(allow: &Allowlist) -> &'static Policies {
    static SEEN: std::sync::Mutex<Vec<&'static Policies>> = std::sync::Mutex::new(Vec::new());
    let mut seen = SEEN.lock().unwrap_or_else(|p| p.into_inner());
    if let Some(p) = seen.iter().rev().find(|p| p.allow == *allow) {
        return p;
    }
    let kept: &'static Allowlist = Box::leak(Box::new(allow.clone()));
    let p: &'static Policies = Box::leak(Box::new(Policies {
        allow: allow.clone(),
        plain: builder(kept, &[]),
        paragraphs: builder(kept, &["p", "br"]),
    }));
    seen.push(p);
    p
}

/// The full comment pipeline, run once when a comment is saved: sanitise, turn
/// bare URLs into links, make paragraphs, and sanitise again with `p` and `br`
/// added, so whatever the middle steps produce is still held to the allowlist.
pub fn render_comment(input: &str, allow: &Allowlist) -> SanitizedHtml {
    let clean = sanitize_comment(input, allow);
    let linked = if allow.allows_attribute("a", "href") {
        autolink(&clean)
    } else {
        clean
    };
    let paragraphs = autop(&linked);
    SanitizedHtml::from_policy(policies(allow).paragraphs.clean(&paragraphs).to_string())
}

/// Counts links the way WordPress's `comment_max_links` check does: after
/// autolinking, so bare URLs count too.
pub fn count_links(rendered: &SanitizedHtml) -> usize {
    count_links_in(rendered.as_str())
}

/// [`count_links`] of HTML this crate rendered and stored (the spam filter
/// reads stored comments).
pub fn count_links_in(rendered: &str) -> usize {
    rendered.matches("<a ").count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(s: &str) -> String {
        render_comment(s, &Allowlist::default()).into_string()
    }

    #[test]
    fn every_allowed_tag_and_attribute_is_kept() {
        let cases = [
            (
                r#"<a href="https://e.org/" title="t">x</a>"#,
                r#"<p><a href="https://e.org/" title="t" rel="nofollow ugc">x</a></p>"#,
            ),
            (
                r#"<abbr title="t">x</abbr>"#,
                r#"<p><abbr title="t">x</abbr></p>"#,
            ),
            (
                r#"<acronym title="t">x</acronym>"#,
                r#"<p><acronym title="t">x</acronym></p>"#,
            ),
            ("<b>x</b>", "<p><b>x</b></p>"),
            (
                r#"<blockquote cite="https://e.org/">x</blockquote>"#,
                r#"<blockquote cite="https://e.org/"><p>x</p></blockquote>"#,
            ),
            ("<cite>x</cite>", "<p><cite>x</cite></p>"),
            ("<code>x</code>", "<p><code>x</code></p>"),
            (
                r#"<del datetime="2017-11-14">x</del>"#,
                r#"<p><del datetime="2017-11-14">x</del></p>"#,
            ),
            ("<em>x</em>", "<p><em>x</em></p>"),
            ("<i>x</i>", "<p><i>x</i></p>"),
            (
                r#"<q cite="https://e.org/">x</q>"#,
                r#"<p><q cite="https://e.org/">x</q></p>"#,
            ),
            ("<strike>x</strike>", "<p><strike>x</strike></p>"),
            ("<strong>x</strong>", "<p><strong>x</strong></p>"),
        ];
        for (input, want) in cases {
            assert_eq!(render(input), want, "input {input}");
        }
    }

    #[test]
    fn disallowed_tags_go_but_their_text_stays() {
        assert_eq!(
            render("<h1>Big</h1> <img src=x onerror=alert(1)>text"),
            "<p>Big text</p>"
        );
        assert_eq!(render("<script>alert(1)</script>ok"), "<p>ok</p>");
        assert_eq!(
            render(r#"<s>x</s><span style="color:red">y</span>"#),
            "<p>xy</p>"
        );
    }

    #[test]
    fn disallowed_attributes_and_schemes_are_removed() {
        assert_eq!(
            render(r#"<a href="javascript:alert(1)" onclick="x" rel="dofollow" class="c">x</a>"#),
            r#"<p><a rel="nofollow ugc">x</a></p>"#
        );
        assert_eq!(render(r#"<b title="t">x</b>"#), "<p><b>x</b></p>");
        assert_eq!(
            render(r#"<q cite="data:text/html,x">q</q><a href="/relative">r</a>"#),
            r#"<p><q>q</q><a rel="nofollow ugc">r</a></p>"#
        );
        assert_eq!(
            render(r#"<a href="mailto:a@b.org">m</a>"#),
            r#"<p><a href="mailto:a@b.org" rel="nofollow ugc">m</a></p>"#
        );
    }

    #[test]
    fn bare_urls_are_linked_and_counted() {
        let html = render("see http://a.org and www.b.org");
        assert_eq!(
            html,
            r#"<p>see <a href="http://a.org" rel="nofollow ugc">http://a.org</a> and <a href="http://www.b.org" rel="nofollow ugc">www.b.org</a></p>"#
        );
        assert_eq!(count_links(&SanitizedHtml::from_stored(html)), 2);
    }

    #[test]
    fn stray_angle_brackets_are_text() {
        assert_eq!(
            render("1 < 2 && 3 > 2"),
            "<p>1 &lt; 2 &amp;&amp; 3 &gt; 2</p>"
        );
    }

    #[test]
    fn a_paragraph_break_inside_bold_keeps_both_halves_bold() {
        assert_eq!(
            render("<b>one\n\ntwo</b>"),
            "<p><b>one</b></p><p><b>two</b></p>"
        );
    }
}
