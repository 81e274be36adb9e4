//! Finding English left on a page that should be in another language: the
//! check the end-to-end tests run on every page, form error, mail and embed
//! view in every shipped language.
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use masthead_i18n::{Lang, source};
use std::collections::BTreeMap;

/// The literal pieces of text of every message of `lang` (variables and
/// plural selection taken out), by message id.
fn fragments(lang: Lang) -> BTreeMap<String, Vec<String>> {
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (_, text) in source(lang) {
        let resource = match fluent_syntax::parser::parse(text) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        for entry in resource.body {
            let Entry::Message(m) = entry else { continue };
            let id = m.id.name.to_string();
            let mut pieces = Vec::new();
            if let Some(v) = &m.value {
                pattern_text(v, &mut pieces);
            }
            for a in &m.attributes {
                pattern_text(&a.value, &mut pieces);
            }
            out.entry(id).or_default().extend(pieces);
        }
    }
    out
}

fn pattern_text(p: &Pattern<&str>, out: &mut Vec<String>) {
    for e in &p.elements {
        match e {
            PatternElement::TextElement { value } => {
                out.extend(value.lines().map(|l| l.trim().to_string()));
            }
            PatternElement::Placeable { expression } => expression_text(expression, out),
        }
    }
}

fn expression_text(e: &Expression<&str>, out: &mut Vec<String>) {
    match e {
        Expression::Select { variants, .. } => {
            for v in variants {
                pattern_text(&v.value, out);
            }
        }
        Expression::Inline(InlineExpression::StringLiteral { value }) => {
            out.push((*value).to_string());
        }
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            expression_text(expression, out)
        }
        Expression::Inline(_) => {}
    }
}

/// Whether `needle` occurs in `hay` as whole words (not inside a longer word).
fn has_words(hay: &str, needle: &str) -> bool {
    let mut from = 0;
    while let Some(i) = hay[from..].find(needle) {
        let start = from + i;
        let end = start + needle.len();
        let before = hay[..start].chars().next_back();
        let after = hay[end..].chars().next();
        if !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric) {
            return true;
        }
        from = start + needle.len().max(1);
    }
    false
}

/// The English catalogue's texts found in `text` (what a person reads of a
/// page: tags, scripts and the HTML tag list taken out by the caller), for a
/// page in `lang`. A text the language's catalogue also uses, anywhere
/// ("Feed", "masthead", French "spam"), is not English left behind, nor is anything in `allowed`
/// (proper nouns, the article's own words). Fragments shorter than three
/// letters are not looked for.
pub fn english_leftovers(text: &str, lang: Lang, allowed: &[&str]) -> Vec<String> {
    if lang == Lang::En {
        return Vec::new();
    }
    let english = fragments(Lang::En);
    let theirs = fragments(lang);
    // Words the language's own catalogue uses somewhere ("spam" in a French
    // sentence, "Feed" in German) are its words, whatever English message
    // also has them.
    let all_theirs: String = theirs
        .values()
        .flatten()
        .map(|p| format!("{p}\n"))
        .collect();
    let mut found = Vec::new();
    for (id, pieces) in &english {
        for piece in pieces {
            let letters = piece.chars().filter(|c| c.is_alphabetic()).count();
            if letters < 3
                || has_words(&all_theirs, piece)
                || allowed.iter().any(|a| a.contains(piece.as_str()))
            {
                continue;
            }
            let entry = format!("{piece} ({id})");
            if has_words(text, piece) && !found.contains(&entry) {
                found.push(entry);
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_words_are_found_and_shared_words_are_not() {
        let page = "Aller au contenu · Search articles · Feed · Publié avec masthead";
        let found = english_leftovers(page, Lang::Fr, &[]);
        assert!(
            found.iter().any(|f| f.starts_with("Search articles")),
            "{found:?}"
        );
        assert!(found.iter().any(|f| f.starts_with("Feed ")), "{found:?}");
        // German sites say "Feed" too: not English left behind there.
        let found = english_leftovers(page, Lang::De, &[]);
        assert!(!found.iter().any(|f| f.starts_with("Feed ")), "{found:?}");
        assert!(english_leftovers("Researching", Lang::Fr, &[]).is_empty());
        let allowed = english_leftovers(page, Lang::Fr, &["Search articles", "Feed"]);
        assert!(
            allowed.iter().all(|f| f.starts_with("Search (")),
            "{allowed:?}"
        );
    }
}
