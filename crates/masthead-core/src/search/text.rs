//! The text an article is searched by, and the snippets shown with hits.
use crate::html::{Markup, SanitizedHtml, to_text};

/// Where the engines mark a match inside a snippet: private-use characters,
/// which indexed text never holds ([`indexable_text`] drops them), so the
/// snippet can be escaped as plain text first and marked up after.
pub const MARK_START: char = '\u{E000}';
pub const MARK_END: char = '\u{E001}';
/// Stands for `<` in text given to an engine that would read `<…>` as a
/// tag and drop it (PostgreSQL's `ts_headline`); [`highlight`] turns it back.
pub const LESS_THAN: char = '\u{E002}';

/// The plain text of an article's body, for the search index and its
/// snippets: tags dropped (blocks still separate words), entities decoded,
/// runs of white space made one space.
pub fn indexable_text(body: &SanitizedHtml) -> String {
    clean(&to_text(body.as_str()))
}

/// One-line text for the index: no marks, no control characters, single spaces.
fn clean(text: &str) -> String {
    let kept = text.replace([MARK_START, MARK_END, LESS_THAN], "");
    kept.split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A snippet as an engine returned it (plain text with matches between
/// [`MARK_START`] and [`MARK_END`]) as safe HTML with `<mark>` elements.
/// Unbalanced marks are closed or dropped, so the markup is always whole.
pub fn highlight(snippet: &str) -> Markup {
    let mut open = false;
    let mut html = Markup::new();
    let mut text = String::new();
    for c in snippet.chars() {
        match c {
            MARK_START if !open => {
                html.push(&Markup::text(&text));
                text.clear();
                open = true;
            }
            MARK_END if open => {
                html.push(&Markup::element("mark").text(&text));
                text.clear();
                open = false;
            }
            MARK_START | MARK_END => {}
            LESS_THAN => text.push('<'),
            c => text.push(c),
        }
    }
    html.push(&if open {
        Markup::element("mark").text(&text)
    } else {
        Markup::text(&text)
    });
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_text_keeps_words_apart_and_decodes() {
        let html = SanitizedHtml::from_stored(
            "<p>Talks &amp; <em>truce</em></p><p>in Cairo<br>today</p><ul><li>a</li><li>b</li></ul>"
                .to_string(),
        );
        assert_eq!(indexable_text(&html), "Talks & truce in Cairo today a b");
    }

    #[test]
    fn snippets_are_escaped_and_marked() {
        let raw = format!("<b>{MARK_START}Cairo{MARK_END} & {MARK_START}talks");
        assert_eq!(
            highlight(&raw).as_str(),
            "&lt;b&gt;<mark>Cairo</mark> &amp; <mark>talks</mark>"
        );
        assert_eq!(
            highlight(&format!("{MARK_END}x{MARK_START}{MARK_START}")).as_str(),
            "x<mark></mark>"
        );
    }
}
