//! What the word-based engines miss in some scripts, and how masthead makes
//! up for it.
//!
//! Chinese and Japanese are written without spaces: both engines' tokenizers
//! (SQLite's unicode61, PostgreSQL's default parser) take a whole run of
//! ideographs and kana for one word, so "新聞" would never find "東京の新聞".
//! A query word holding such characters is therefore matched as a substring
//! of the article's plain text (title, standfirst, byline, body) instead of
//! through the index ([`crate::search::SearchTerms::split_unspaced`]).
//!
//! SQLite's `remove_diacritics` leaves letters that have no Unicode
//! decomposition ("ł" stays "ł", so "zazolc" would not find "zażółć"),
//! where PostgreSQL's unaccent folds them: [`FOLDED`] lists those the SQLite
//! index folds itself (migration 0020), one letter for one, so token
//! boundaries and snippet offsets do not move.

/// Letters SQLite's unicode61 keeps and PostgreSQL's unaccent folds, with
/// the letter each becomes (both cases).
pub const FOLDED: &[(char, char)] = &[
    ('ł', 'l'),
    ('Ł', 'L'),
    ('đ', 'd'),
    ('Đ', 'D'),
    ('ø', 'o'),
    ('Ø', 'O'),
    ('ħ', 'h'),
    ('Ħ', 'H'),
    ('ı', 'i'),
];

/// `text` with the [`FOLDED`] letters folded, as the SQLite index holds it.
pub fn fold_letters(text: &str) -> String {
    text.chars()
        .map(|c| {
            FOLDED
                .iter()
                .find(|(from, _)| *from == c)
                .map_or(c, |(_, to)| *to)
        })
        .collect()
}

/// A character of a script written without spaces between words: Han
/// ideographs (and their extensions), hiragana and katakana.
pub fn is_unspaced(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}'     // hiragana, katakana
        | '\u{31F0}'..='\u{31FF}'   // katakana phonetic extensions
        | '\u{3400}'..='\u{4DBF}'   // CJK extension A
        | '\u{4E00}'..='\u{9FFF}'   // CJK unified ideographs
        | '\u{F900}'..='\u{FAFF}'   // CJK compatibility ideographs
        | '\u{FF66}'..='\u{FF9F}'   // half-width katakana
        | '\u{20000}'..='\u{3134F}' // CJK extensions B to G
    )
}

/// Whether a query word must be matched as a substring.
pub fn has_unspaced(word: &str) -> bool {
    word.chars().any(is_unspaced)
}

/// `snippet` with each occurrence of `words` (ASCII letters in lower case,
/// as the substring clauses hold them) between the match marks, for
/// [`crate::search::highlight`].
pub fn mark_substrings(snippet: &str, words: &[String]) -> String {
    // ASCII lower-casing keeps every byte offset.
    let lower = snippet.to_ascii_lowercase();
    let hay = lower.as_str();
    let mut marks: Vec<(usize, usize)> = Vec::new();
    for w in words.iter().filter(|w| !w.is_empty()) {
        let mut from = 0;
        while let Some(i) = hay[from..].find(w.as_str()) {
            let (start, end) = (from + i, from + i + w.len());
            if !marks.iter().any(|&(s, e)| start < e && s < end) {
                marks.push((start, end));
            }
            from = end;
        }
    }
    marks.sort_unstable();
    let mut out = String::with_capacity(snippet.len() + marks.len() * 6);
    let mut at = 0;
    for (start, end) in marks {
        out.push_str(&snippet[at..start]);
        out.push(super::MARK_START);
        out.push_str(&snippet[start..end]);
        out.push(super::MARK_END);
        at = end;
    }
    out.push_str(&snippet[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_without_spaces_are_known() {
        assert!(has_unspaced("新聞") && has_unspaced("とうきょう") && has_unspaced("カメラ"));
        assert!(!has_unspaced("zażółć") && !has_unspaced("الجديد") && !has_unspaced("서울"));
        assert_eq!(fold_letters("Zażółć ŁÓDŹ"), "Zażólć LÓDŹ");
    }

    #[test]
    fn substrings_are_marked() {
        let s = mark_substrings("東京の新聞を読む", &["新聞".into()]);
        assert_eq!(
            crate::search::highlight(&s).as_str(),
            "東京の<mark>新聞</mark>を読む"
        );
    }
}
