//! Properties of the comment pipeline (sanitise → autolink → paragraphs →
//! sanitise), checked on generated input and on the public XSS corpus.
use masthead_core::html::{Allowlist, decode_entities, render_comment, sanitize_comment};
use proptest::prelude::*;

/// (tag, attributes) of every tag in serialised HTML.
fn tags(html: &str) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let after = &rest[start + 1..];
        let mut in_quote = false;
        let end = after
            .char_indices()
            .find(|&(_, c)| {
                if c == '"' {
                    in_quote = !in_quote;
                }
                c == '>' && !in_quote
            })
            .map_or(after.len(), |(i, _)| i);
        let inner = after[..end].trim_start_matches('/');
        let name: String = inner
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        let mut attrs = Vec::new();
        let mut a = &inner[name.len()..];
        while let Some(eq) = a.find("=\"") {
            attrs.push(a[..eq].trim().to_string());
            let value_end = a[eq + 2..].find('"').map_or(a.len(), |i| eq + 2 + i + 1);
            a = &a[value_end..];
        }
        out.push((name, attrs));
        rest = &after[end.min(after.len())..];
    }
    out
}

fn visible_text(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    let mut in_quote = false;
    for c in html.chars() {
        match (in_tag, c) {
            (false, '<') => {
                in_tag = true;
                text.push(' ');
            }
            (true, '"') => in_quote = !in_quote,
            (true, '>') if !in_quote => in_tag = false,
            (false, c) => text.push(c),
            _ => {}
        }
    }
    decode_entities(&text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn allowed(allow: &Allowlist, tag: &str, attr: &str) -> bool {
    (tag == "a" && attr == "rel") || allow.allows_attribute(tag, attr)
}

fn check_output(html: &str, allow: &Allowlist) -> Result<(), TestCaseError> {
    for (tag, attrs) in tags(html) {
        prop_assert!(
            allow.allows_tag(&tag) || tag == "p" || tag == "br",
            "tag <{}> in {}",
            tag,
            html
        );
        for a in attrs {
            prop_assert!(
                allowed(allow, &tag, &a),
                "attribute {}[{}] in {}",
                tag,
                a,
                html
            );
        }
    }
    Ok(())
}

fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z0-9 .,!?'-]{0,12}",
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("&".to_string()),
        Just("<".to_string()),
        Just(">".to_string()),
        Just("\"".to_string()),
        Just("https://example.org/a?b=1&c=2".to_string()),
        Just("www.example.com".to_string()),
        Just("me@example.com".to_string()),
        "(a|b|i|em|strong|code|cite|strike|abbr|acronym|del|q|blockquote|script|img|div|p|svg|style|h1|span|iframe)"
            .prop_map(|t| format!("<{t}>")),
        "(a|b|i|em|strong|code|blockquote|div|p|span)".prop_map(|t| format!("</{t}>")),
        ("(href|title|cite|onclick|style|src|datetime|rel|class)", "[a-z:/.()\"' ]{0,16}")
            .prop_map(|(a, v)| format!("<a {a}=\"{v}\">")),
        Just("<a href=\"javascript:alert(1)\">".to_string()),
        Just("<q cite=\"data:text/html,x\">".to_string()),
        Just("<!-- c -->".to_string()),
    ]
}

fn input() -> impl Strategy<Value = String> {
    prop::collection::vec(fragment(), 0..24).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn output_holds_only_allowlisted_tags_and_attributes(s in input()) {
        let allow = Allowlist::default();
        check_output(&render_comment(&s, &allow).into_string(), &allow)?;
    }

    #[test]
    fn sanitising_twice_equals_once(s in input()) {
        let allow = Allowlist::default();
        let once = sanitize_comment(&s, &allow);
        prop_assert_eq!(sanitize_comment(&once, &allow), once);
    }

    #[test]
    fn plain_text_is_preserved(s in "[a-zA-Z0-9 .,!?'\"&<>\n-]{0,80}".prop_map(|s| s.replace('<', "< ").replace('&', "& "))) {
        // Text that is not markup (no tag or entity starts) keeps its visible characters.
        let out = render_comment(&s, &Allowlist::default()).into_string();
        prop_assert_eq!(visible_text(&out), s.split_whitespace().collect::<Vec<_>>().join(" "));
    }

    #[test]
    fn text_inside_allowed_tags_is_preserved(words in prop::collection::vec("[a-z]{1,8}", 1..8)) {
        let s = words.iter().enumerate().map(|(i, w)| match i % 3 {
            0 => format!("<b>{w}</b>"),
            1 => format!("<em>{w}</em>"),
            _ => format!("<img src=x>{w}"),
        }).collect::<Vec<_>>().join(" ");
        let out = render_comment(&s, &Allowlist::default()).into_string();
        prop_assert_eq!(visible_text(&out), words.join(" "));
    }
}

/// The public XSS vectors (`../shared/corpus`), when present.
#[test]
fn the_xss_corpus_leaves_only_allowlisted_markup() {
    let Some(dir) = masthead_testkit::corpus_dir() else {
        return;
    };
    let file = dir.join("xss/vectors.jsonl");
    let text = std::fs::read_to_string(&file)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
    let allow = Allowlist::default();
    let mut n = 0;
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("json line");
        let payload = v["payload"].as_str().expect("payload").to_string();
        let out = render_comment(&payload, &allow).into_string();
        check_output(&out, &allow).unwrap_or_else(|e| panic!("{e}"));
        let once = sanitize_comment(&payload, &allow);
        assert_eq!(
            sanitize_comment(&once, &allow),
            once,
            "not idempotent for {payload}"
        );
        for bad in ["javascript:", "data:", "vbscript:", "onerror", "onload"] {
            assert!(
                !out.to_ascii_lowercase().contains(&format!("=\"{bad}")),
                "{bad} in {out}"
            );
        }
        n += 1;
    }
    assert!(n > 200);
}
