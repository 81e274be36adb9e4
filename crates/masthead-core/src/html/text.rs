//! HTML as plain text: the one conversion the search index, mail, the REST
//! excerpt and plain-text fields (names, standfirsts) read HTML through.
use super::tokens::{Token, decode_entities, tokenize};
use ammonia::Builder;
use std::sync::LazyLock;

/// Elements that start a new line of text; every other tag is dropped and
/// its text kept.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "td",
    "th",
    "tr",
    "ul",
];

/// Parsed and re-serialised by html5ever with only the blocks kept (no
/// attributes): whatever the input, what [`tokenize`] then reads is
/// serialiser output, whose tags and entities it knows.
static BLOCKS_ONLY: LazyLock<Builder<'static>> = LazyLock::new(|| {
    let mut b = Builder::empty();
    b.tags(BLOCKS.iter().copied().collect())
        .tag_attributes(Default::default())
        .generic_attributes(Default::default())
        .clean_content_tags(super::comment::DROP_WITH_CONTENT.into_iter().collect());
    b
});

/// The text of `html`: tags removed (script and style with their content),
/// entities decoded, white space collapsed as a browser does (but in
/// `<pre>`), each block on lines of its own with at most one blank line
/// between, `<br>` a line break, no blank lines at either end.
///
/// Callers that want one line (the search index, a name) join the words.
pub fn to_text(html: &str) -> String {
    let clean = BLOCKS_ONLY.clean(html).to_string();
    let mut out = String::with_capacity(clean.len());
    let mut in_pre = 0usize;
    for token in tokenize(&clean) {
        match token {
            Token::Tag { name, closing, .. } => {
                if name.eq_ignore_ascii_case("pre") {
                    in_pre = if closing {
                        in_pre.saturating_sub(1)
                    } else {
                        in_pre + 1
                    };
                }
                // Blocks and `<br>` alike: a new line. Two blocks in a row
                // leave a blank line, as paragraphs read in plain text.
                out.truncate(out.trim_end_matches([' ', '\t']).len());
                out.push('\n');
            }
            Token::Text(t) => {
                let text = decode_entities(t);
                if in_pre > 0 {
                    out.push_str(&text);
                } else {
                    push_collapsed(&mut out, &text);
                }
            }
        }
    }
    let lines: Vec<&str> = out.lines().map(str::trim_end).collect();
    let mut text = lines.join("\n");
    while text.contains("\n\n\n") {
        text = text.replace("\n\n\n", "\n\n");
    }
    text.trim().to_string()
}

/// `text` with each run of HTML white space one space, none at a line's start.
fn push_collapsed(out: &mut String, text: &str) {
    for c in text.chars() {
        if matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{c}') {
            if !(out.is_empty() || out.ends_with([' ', '\n'])) {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_go_and_text_stays() {
        assert_eq!(
            to_text("<b>Tom</b> & <i>Jerry</i><script>x</script>"),
            "Tom & Jerry"
        );
        assert_eq!(to_text("a <b title=\"x>y\">b</b> c"), "a b c");
        assert_eq!(
            to_text("O&#39;Brien &lt;3 &amp;&nbsp;co"),
            "O'Brien <3 &\u{a0}co"
        );
        assert_eq!(to_text("  \n "), "");
    }

    #[test]
    fn blocks_are_lines_and_paragraphs_blank_lines() {
        assert_eq!(
            to_text("<p>one<br>\ntwo</p>\n<p>three</p><ul><li>a</li><li>b</li></ul>"),
            "one\ntwo\n\nthree\n\na\n\nb"
        );
        assert_eq!(
            to_text("<blockquote><p>q</p></blockquote><p>r   s</p>"),
            "q\n\nr s"
        );
        assert_eq!(to_text("<pre>a  b\n  c</pre>"), "a  b\n  c");
    }
}
