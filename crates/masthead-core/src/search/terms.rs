//! What a reader typed into the search box, parsed the way web search
//! engines (and PostgreSQL's `websearch_to_tsquery`) read it: words must all
//! match, `"quoted words"` match as a phrase, `or` between two terms lets
//! either match, and `-word` excludes. Parsing never fails on syntax: stray
//! quotes, operators and punctuation are just separators. It fails only on
//! input no search should take (NUL, very long, no word at all).

/// Longest search accepted, in characters: longer is no reader's query.
pub const MAX_CHARS: usize = 256;
/// Most terms (words or phrases) in one search.
pub const MAX_TERMS: usize = 16;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SearchError {
    #[error("Type a word to search for.")]
    Empty,
    #[error("Search terms may not contain NUL characters.")]
    Nul,
    #[error("Search terms are too long (at most {MAX_CHARS} characters).")]
    TooLong,
    #[error("Too many search terms (at most {MAX_TERMS}).")]
    TooManyTerms,
}

/// One condition: any of its phrases (each a list of words) matches.
/// Excluded clauses hold one phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clause {
    pub phrases: Vec<Vec<String>>,
    pub excluded: bool,
}

/// A parsed search: at least one included clause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchTerms {
    clauses: Vec<Clause>,
}

/// A term as read, before clauses are formed.
#[derive(Debug)]
enum Token {
    Or,
    Term { words: Vec<String>, excluded: bool },
}

impl SearchTerms {
    pub fn parse(input: &str) -> Result<Self, SearchError> {
        if input.contains('\0') {
            return Err(SearchError::Nul);
        }
        if input.chars().count() > MAX_CHARS {
            return Err(SearchError::TooLong);
        }
        let tokens = tokenize(input);
        let mut clauses: Vec<Clause> = Vec::new();
        let mut join_next = false;
        for token in tokens {
            match token {
                Token::Or => join_next = !clauses.is_empty(),
                Token::Term { words, excluded } => {
                    let last = clauses.last_mut().filter(|c| !c.excluded);
                    match last {
                        Some(clause) if join_next && !excluded => clause.phrases.push(words),
                        _ => clauses.push(Clause {
                            phrases: vec![words],
                            excluded,
                        }),
                    }
                    join_next = false;
                }
            }
        }
        let terms: usize = clauses.iter().map(|c| c.phrases.len()).sum();
        if terms > MAX_TERMS {
            return Err(SearchError::TooManyTerms);
        }
        if !clauses.iter().any(|c| !c.excluded) {
            return Err(SearchError::Empty);
        }
        Ok(Self { clauses })
    }

    /// The included clauses first, then the excluded ones.
    pub fn clauses(&self) -> impl Iterator<Item = &Clause> {
        let included = self.clauses.iter().filter(|c| !c.excluded);
        included.chain(self.clauses.iter().filter(|c| c.excluded))
    }

    /// The search split for the engines ([`super::scripts`]): the clauses
    /// the word index answers, and those matched as substrings of the plain
    /// text (a clause with any word in a script written without spaces;
    /// their ASCII letters in lower case, as the backends fold the text:
    /// SQLite's `lower` changes nothing else). When no included clause is left for the
    /// index, its excluded ones are matched as substrings too, and the first
    /// part is `None`.
    pub fn split_unspaced(&self) -> (Option<SearchTerms>, Vec<Clause>) {
        let unspaced = |c: &Clause| c.phrases.iter().flatten().any(|w| super::has_unspaced(w));
        let (mut substrings, index): (Vec<Clause>, Vec<Clause>) =
            self.clauses.iter().cloned().partition(unspaced);
        let index = if index.iter().any(|c| !c.excluded) {
            Some(SearchTerms { clauses: index })
        } else {
            substrings.extend(index);
            None
        };
        for clause in &mut substrings {
            for word in clause.phrases.iter_mut().flatten() {
                *word = word.to_ascii_lowercase();
            }
        }
        (index, substrings)
    }

    /// The search written back in web-search syntax: what the search box
    /// shows, the cache key and PostgreSQL's `websearch_to_tsquery` input.
    /// Words hold no quote, so nothing in it can be read another way.
    pub fn to_websearch(&self) -> String {
        let phrase = |words: &Vec<String>| {
            if words.len() == 1 {
                words[0].clone()
            } else {
                format!("\"{}\"", words.join(" "))
            }
        };
        let clauses: Vec<String> = self
            .clauses()
            .map(|c| {
                let alternatives: Vec<String> = c.phrases.iter().map(phrase).collect();
                let joined = alternatives.join(" or ");
                if c.excluded {
                    format!("-{joined}")
                } else {
                    joined
                }
            })
            .collect();
        clauses.join(" ")
    }
}

/// Whether a word can match anything: it holds a letter or digit (what
/// every tokenizer keeps); the rest is punctuation, which they drop.
fn searchable(word: &str) -> bool {
    word.chars().any(char::is_alphanumeric)
}

/// Splits a word on the characters search engines treat as separators
/// anyway, keeping each part that can match.
fn words_of(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || c.is_control() || c == '"')
        .filter(|w| searchable(w))
        .map(str::to_string)
        .collect()
}

fn tokenize(input: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut rest = input;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c.is_control());
        if rest.is_empty() {
            break;
        }
        let excluded = rest.starts_with('-');
        let body = rest.trim_start_matches('-');
        if let Some(after) = body.strip_prefix('"') {
            // A phrase runs to the next quote, or to the end.
            let (inside, next) = after.split_once('"').unwrap_or((after, ""));
            let words = words_of(inside);
            if !words.is_empty() {
                tokens.push(Token::Term { words, excluded });
            }
            rest = next;
            continue;
        }
        let end = body
            .find(|c: char| c.is_whitespace() || c.is_control() || c == '"')
            .unwrap_or(body.len());
        let word = &body[..end];
        rest = &body[end..];
        if !excluded && word.eq_ignore_ascii_case("or") {
            tokens.push(Token::Or);
        } else if searchable(word) {
            tokens.push(Token::Term {
                words: vec![word.to_string()],
                excluded,
            });
        }
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    fn web(s: &str) -> String {
        SearchTerms::parse(s)
            .map(|t| t.to_websearch())
            .unwrap_or_default()
    }

    #[test]
    fn words_phrases_alternatives_and_exclusions() {
        assert_eq!(web("  Gaza   talks "), "Gaza talks");
        assert_eq!(web("\"peace talks\" Cairo"), "\"peace talks\" Cairo");
        assert_eq!(web("Cairo OR Doha -Paris"), "Cairo or Doha -Paris");
        assert_eq!(web("-\"cease fire\" truce"), "truce -\"cease fire\"");
    }

    #[test]
    fn syntax_of_either_engine_is_only_punctuation() {
        // FTS5 and tsquery operators, stray quotes: separators, never errors.
        assert_eq!(web("a* NEAR(b c) ^d \"e"), "a* NEAR(b c) ^d e");
        assert_eq!(web("x & !y | (z:*)"), "x !y (z:*)");
        assert_eq!(web("\"\"\" \" ' ;--"), "");
        assert_eq!(
            SearchTerms::parse("*** ---").unwrap_err(),
            SearchError::Empty
        );
    }

    #[test]
    fn dangling_or_and_only_exclusions() {
        assert_eq!(web("or rain or"), "rain");
        assert_eq!(SearchTerms::parse("-rain").unwrap_err(), SearchError::Empty);
        assert_eq!(SearchTerms::parse("").unwrap_err(), SearchError::Empty);
    }

    #[test]
    fn words_without_spaces_between_them_go_to_substring_matching() {
        let t = SearchTerms::parse("Tokyo 新聞 -東京 or").unwrap();
        let (index, substrings) = t.split_unspaced();
        assert_eq!(index.map(|i| i.to_websearch()).as_deref(), Some("Tokyo"));
        assert_eq!(substrings.len(), 2);
        assert!(!substrings[0].excluded && substrings[1].excluded);
        let (index, substrings) = SearchTerms::parse("新聞 -Osaka").unwrap().split_unspaced();
        assert!(index.is_none());
        assert_eq!(substrings[1].phrases, vec![vec!["osaka".to_string()]]);
        let (index, substrings) = SearchTerms::parse("zażółć").unwrap().split_unspaced();
        assert!(index.is_some() && substrings.is_empty());
    }

    #[test]
    fn refuses_nul_long_and_many() {
        assert_eq!(SearchTerms::parse("a\0b").unwrap_err(), SearchError::Nul);
        let long = "a".repeat(MAX_CHARS + 1);
        assert_eq!(SearchTerms::parse(&long).unwrap_err(), SearchError::TooLong);
        let many = vec!["w"; MAX_TERMS + 1].join(" ");
        assert_eq!(
            SearchTerms::parse(&many).unwrap_err(),
            SearchError::TooManyTerms
        );
        assert!(SearchTerms::parse(&"é".repeat(MAX_CHARS)).is_ok());
    }
}
