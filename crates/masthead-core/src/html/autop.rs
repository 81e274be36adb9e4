//! WordPress's `wpautop` for comments: blank lines separate paragraphs and single
//! line breaks become `<br>`. Works on sanitised HTML; block elements
//! (`blockquote`) close the current paragraph and get paragraphs of their own
//! inside. The result is re-sanitised afterwards, which also repairs inline
//! elements that a paragraph break cut in two.
use super::tokens::{Token, tokenize};

fn is_block(name: &str) -> bool {
    name.eq_ignore_ascii_case("blockquote") || name.eq_ignore_ascii_case("p")
}

#[derive(Default)]
struct Writer<'a> {
    out: String,
    para: Vec<Token<'a>>,
}

impl<'a> Writer<'a> {
    fn push(&mut self, tok: Token<'a>) {
        self.para.push(tok);
    }

    /// Ends the paragraph being collected: trims surrounding whitespace, turns
    /// the remaining newlines in text into `<br>`, and drops it if nothing is left.
    fn close(&mut self) {
        let toks = std::mem::take(&mut self.para);
        let has_content = toks.iter().any(|t| match t {
            Token::Text(s) => !s.trim().is_empty(),
            Token::Tag { .. } => true,
        });
        if !has_content {
            return;
        }
        let last = toks.len() - 1;
        self.out.push_str("<p>");
        for (i, t) in toks.into_iter().enumerate() {
            match t {
                Token::Tag { raw, .. } => self.out.push_str(raw),
                Token::Text(mut s) => {
                    if i == 0 {
                        s = s.trim_start();
                    }
                    if i == last {
                        s = s.trim_end();
                    }
                    let mut lines = s.split('\n');
                    if let Some(first) = lines.next() {
                        self.out.push_str(first);
                    }
                    for l in lines {
                        self.out.push_str("<br>\n");
                        self.out.push_str(l);
                    }
                }
            }
        }
        self.out.push_str("</p>");
    }
}

pub(crate) fn autop(html: &str) -> String {
    let normalized = html.replace("\r\n", "\n").replace('\r', "\n");
    let mut w = Writer::default();
    for tok in tokenize(&normalized) {
        match tok {
            Token::Tag { raw, name, .. } if is_block(name) => {
                w.close();
                if !name.eq_ignore_ascii_case("p") {
                    w.out.push_str(raw);
                }
            }
            Token::Tag { .. } => w.push(tok),
            Token::Text(t) => {
                let mut rest = t;
                while let Some((before, after)) = split_at_blank_line(rest) {
                    if !before.is_empty() {
                        w.push(Token::Text(before));
                    }
                    w.close();
                    rest = after;
                }
                if !rest.is_empty() {
                    w.push(Token::Text(rest));
                }
            }
        }
    }
    w.close();
    w.out
}

/// Splits at the first line that is empty or whitespace only.
fn split_at_blank_line(s: &str) -> Option<(&str, &str)> {
    let mut search = 0;
    while let Some(pos) = s[search..].find('\n') {
        let nl = search + pos;
        let after = &s[nl + 1..];
        let ws = after.len() - after.trim_start_matches([' ', '\t']).len();
        if after[ws..].starts_with('\n') {
            let mut end = nl + 1 + ws + 1;
            // swallow further blank lines
            loop {
                let rest = &s[end..];
                let ws = rest.len() - rest.trim_start_matches([' ', '\t']).len();
                if rest[ws..].starts_with('\n') {
                    end += ws + 1;
                } else {
                    break;
                }
            }
            return Some((&s[..nl], &s[end..]));
        }
        search = nl + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_lines_make_paragraphs_and_single_breaks_br() {
        assert_eq!(
            autop("one\ntwo\n\nthree"),
            "<p>one<br>\ntwo</p><p>three</p>"
        );
        assert_eq!(autop("a\r\n\r\n\r\nb\n"), "<p>a</p><p>b</p>");
        assert_eq!(autop("  \n\n "), "");
    }

    #[test]
    fn blockquotes_hold_their_own_paragraphs() {
        assert_eq!(
            autop("intro\n<blockquote>quoted\n\nmore</blockquote>\nafter"),
            "<p>intro</p><blockquote><p>quoted</p><p>more</p></blockquote><p>after</p>"
        );
    }

    #[test]
    fn newlines_inside_attributes_are_not_touched() {
        assert_eq!(
            autop("<a title=\"x\n\ny\">l</a>"),
            "<p><a title=\"x\n\ny\">l</a></p>"
        );
    }
}
