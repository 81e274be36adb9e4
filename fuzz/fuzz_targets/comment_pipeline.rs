//! Any text through the comment pipeline: no panic, only allowlisted markup
//! (no active elements, no handlers, no script URLs inside tags), and
//! sanitising is idempotent.
#![no_main]
use libfuzzer_sys::fuzz_target;
use masthead_core::html::{Allowlist, count_links, render_comment, sanitize_comment};

const ALLOWED: [&str; 15] = [
    "a", "abbr", "acronym", "b", "blockquote", "cite", "code", "del", "em", "i", "q", "strike",
    "strong", "p", "br",
];

/// The inside of every tag in serialised HTML (`<` in text is always `&lt;`).
fn tags(html: &str) -> impl Iterator<Item = &str> {
    html.split('<').skip(1).map(|t| {
        let mut in_quote = false;
        let end = t
            .char_indices()
            .find(|&(_, c)| {
                if c == '"' {
                    in_quote = !in_quote;
                }
                c == '>' && !in_quote
            })
            .map_or(t.len(), |(i, _)| i);
        &t[..end]
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let allow = Allowlist::default();
    let out = render_comment(text, &allow);
    for tag in tags(&out) {
        let name: String = tag.trim_start_matches('/').chars().take_while(char::is_ascii_alphanumeric).collect();
        assert!(ALLOWED.contains(&name.as_str()), "<{name}> in {out}");
        let lower = tag.to_ascii_lowercase();
        // Attribute names are what lies outside the quoted values.
        let names: String = lower.split('"').step_by(2).collect::<Vec<_>>().join(" ");
        assert!(!names.contains(" on"), "handler in <{tag}>");
        for bad in ["=\"javascript:", "=\"data:", "=\"vbscript:"] {
            assert!(!lower.contains(bad), "{bad} in <{tag}>");
        }
    }
    let _ = count_links(&out);
    let once = sanitize_comment(text, &allow);
    assert_eq!(sanitize_comment(&once, &allow), once);
});
