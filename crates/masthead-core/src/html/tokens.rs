//! A tokenizer for HTML that html5ever has serialised (ammonia's output), not for
//! arbitrary HTML: there, `<` in text is always `&lt;` and attribute values are
//! always double-quoted, so a tag ends at the first `>` outside quotes.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Token<'a> {
    Text(&'a str),
    Tag {
        raw: &'a str,
        name: &'a str,
        closing: bool,
    },
}

pub(crate) fn tokenize(html: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let bytes = html.as_bytes();
    let mut i = 0;
    let mut text_start = 0;
    while i < bytes.len() {
        if bytes[i] == b'<' {
            if text_start < i {
                out.push(Token::Text(&html[text_start..i]));
            }
            let start = i;
            let mut in_quote = false;
            i += 1;
            while i < bytes.len() && (in_quote || bytes[i] != b'>') {
                if bytes[i] == b'"' {
                    in_quote = !in_quote;
                }
                i += 1;
            }
            let end = (i + 1).min(bytes.len());
            let raw = &html[start..end];
            let inner = raw.trim_start_matches('<');
            let closing = inner.starts_with('/');
            let inner = inner.trim_start_matches('/');
            let name_len = inner
                .find(|c: char| !c.is_ascii_alphanumeric())
                .unwrap_or(inner.len());
            out.push(Token::Tag {
                raw,
                name: &inner[..name_len],
                closing,
            });
            i = end;
            text_start = end;
        } else {
            i += 1;
        }
    }
    if text_start < bytes.len() {
        out.push(Token::Text(&html[text_start..]));
    }
    out
}

/// Decodes the entities html5ever's serialiser writes in text and attributes.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&nbsp;", "\u{a0}")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quoted_greater_than_does_not_end_a_tag() {
        let t = tokenize(r#"x<a title="1>2">y</a>"#);
        assert_eq!(
            t,
            vec![
                Token::Text("x"),
                Token::Tag {
                    raw: r#"<a title="1>2">"#,
                    name: "a",
                    closing: false
                },
                Token::Text("y"),
                Token::Tag {
                    raw: "</a>",
                    name: "a",
                    closing: true
                },
            ]
        );
    }

    #[test]
    fn decoding_undoes_escaping() {
        let s = "a & b < c > \"d\" &amp;";
        assert_eq!(decode_entities(&crate::html::escape_html(s)), s);
    }
}
