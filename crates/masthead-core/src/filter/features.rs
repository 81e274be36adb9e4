//! What the filter looks at in a comment, as hashed features: its words,
//! word pairs and character 4-grams (so text without spaces — Chinese,
//! Japanese — and inflected languages — Arabic, Polish — are read as well as
//! English), its link domains and link count, its shape (length, shouting,
//! "!!"), and its author's website, name and history on this site. No email
//! or IP address is a feature, so the model holds none, even hashed.
//!
//! The author's features are kept apart from the text's: erasing an
//! author's data (`masthead privacy erase`) removes them from what the model
//! learnt.
use crate::html::to_text;

/// A comment as the filter reads it.
#[derive(Debug, Clone, Copy)]
pub struct Sample<'a> {
    pub author_name: &'a str,
    pub author_url: &'a str,
    /// The rendered (sanitised) comment.
    pub content_html: &'a str,
    /// The author's comments on this site before this one.
    pub history: History,
}

/// An author's earlier comments on this site, by where they ended up.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct History {
    pub approved: u32,
    pub spam: u32,
    pub trashed: u32,
}

/// A feature a moderator can be told about, in the site's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Clue {
    Word(String),
    Phrase(String),
    Domain(String),
    Links(u32),
    Shouting,
    Punctuation,
    Website,
    NameDigits,
    Approved(u32),
    Spammed(u32),
    Trashed(u32),
}

impl Clue {
    /// Its stored form: a code and its value (`word:free`).
    pub fn to_stored(&self) -> String {
        match self {
            Self::Word(w) => format!("word:{w}"),
            Self::Phrase(w) => format!("phrase:{w}"),
            Self::Domain(d) => format!("domain:{d}"),
            Self::Links(n) => format!("links:{n}"),
            Self::Shouting => "shouting:".into(),
            Self::Punctuation => "punctuation:".into(),
            Self::Website => "website:".into(),
            Self::NameDigits => "name-digits:".into(),
            Self::Approved(n) => format!("approved:{n}"),
            Self::Spammed(n) => format!("spammed:{n}"),
            Self::Trashed(n) => format!("trashed:{n}"),
        }
    }

    pub fn from_stored(s: &str) -> Option<Self> {
        let (code, value) = s.split_once(':')?;
        let n = || value.parse::<u32>().ok();
        Some(match code {
            "word" => Self::Word(value.into()),
            "phrase" => Self::Phrase(value.into()),
            "domain" => Self::Domain(value.into()),
            "links" => Self::Links(n()?),
            "shouting" => Self::Shouting,
            "punctuation" => Self::Punctuation,
            "website" => Self::Website,
            "name-digits" => Self::NameDigits,
            "approved" => Self::Approved(n()?),
            "spammed" => Self::Spammed(n()?),
            "trashed" => Self::Trashed(n()?),
            _ => return None,
        })
    }
}

/// A comment's features: hashed ids, sorted, each once.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Features {
    /// From the text, its links and its shape (and the constant one).
    pub content: Vec<u32>,
    /// From the author's name, website and history.
    pub author: Vec<u32>,
    /// The features a moderator can be told about, by id.
    pub clues: Vec<(u32, Clue)>,
}

impl Features {
    /// Every id, content first.
    pub fn ids(&self) -> impl Iterator<Item = u32> + '_ {
        self.content.iter().chain(&self.author).copied()
    }
}

/// Text beyond this many characters adds nothing: a bound on the work.
const MAX_CHARS: usize = 4000;
/// Words longer than this are cut (a long token is usually a link or junk).
const MAX_WORD: usize = 24;

/// FNV-1a: stable across builds and machines, as stored ids must be.
pub fn hash(kind: &str, value: &str) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for b in kind.bytes().chain([0x1f]).chain(value.bytes()) {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

struct Builder {
    ids: Vec<u32>,
    clues: Vec<(u32, Clue)>,
}

impl Builder {
    fn add(&mut self, kind: &str, value: &str) -> u32 {
        let id = hash(kind, value);
        self.ids.push(id);
        id
    }
    fn told(&mut self, kind: &str, value: &str, clue: Clue) {
        let id = self.add(kind, value);
        self.clues.push((id, clue));
    }
    /// A count: always a feature, told only when not zero ("no links"
    /// explains nothing to a moderator).
    fn maybe_told(&mut self, kind: &str, n: u32, clue: Clue) {
        if n == 0 {
            self.add(kind, "0");
        } else {
            self.told(kind, &n.to_string(), clue);
        }
    }
    fn finish(mut self) -> (Vec<u32>, Vec<(u32, Clue)>) {
        self.ids.sort_unstable();
        self.ids.dedup();
        self.clues.sort_by_key(|(id, _)| *id);
        self.clues.dedup_by_key(|(id, _)| *id);
        (self.ids, self.clues)
    }
}

/// The features of `s`.
pub fn extract(s: &Sample<'_>) -> Features {
    let text: String = to_text(s.content_html).chars().take(MAX_CHARS).collect();
    let mut c = Builder {
        ids: Vec::new(),
        clues: Vec::new(),
    };
    c.add("base", "");
    text_features(&mut c, &text);
    let domains = link_domains(s.content_html, &text);
    // As the link rule counts them (bare addresses are links once rendered).
    let links = u32::try_from(crate::html::count_links_in(s.content_html))
        .unwrap_or(u32::MAX)
        .min(3);
    c.maybe_told("links", links, Clue::Links(links));
    for d in &domains {
        c.told("domain", d, Clue::Domain(d.clone()));
    }
    shape_features(&mut c, &text);
    let (content, mut clues) = c.finish();

    let mut a = Builder {
        ids: Vec::new(),
        clues: Vec::new(),
    };
    if s.author_name.chars().filter(char::is_ascii_digit).count() >= 2 {
        a.told("name-digits", "", Clue::NameDigits);
    }
    let name_len = s.author_name.chars().count().min(40) / 8;
    a.add("name-length", &name_len.to_string());
    if let Some(site) = domain_of(s.author_url) {
        a.told("website", "", Clue::Website);
        a.add("website-domain", &site);
    }
    let h = s.history;
    let cap = |n: u32| n.min(3);
    a.maybe_told("approved", cap(h.approved), Clue::Approved(cap(h.approved)));
    a.maybe_told("spammed", cap(h.spam), Clue::Spammed(cap(h.spam)));
    a.maybe_told("trashed", cap(h.trashed), Clue::Trashed(cap(h.trashed)));
    let (author, author_clues) = a.finish();
    clues.extend(author_clues);
    Features {
        content,
        author,
        clues,
    }
}

fn text_features(b: &mut Builder, text: &str) {
    let lower = text.to_lowercase();
    let words: Vec<String> = lower
        .split(|ch: char| !ch.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.chars().take(MAX_WORD).collect())
        .collect();
    for w in &words {
        b.told("w", w, Clue::Word(w.clone()));
    }
    for pair in words.windows(2) {
        let phrase = format!("{} {}", pair[0], pair[1]);
        b.told("p", &phrase, Clue::Phrase(phrase.clone()));
    }
    // Character 4-grams over the text with its runs of space made one.
    let mut chars = vec![' '];
    for ch in lower.chars() {
        if ch.is_whitespace() {
            if chars.last() != Some(&' ') {
                chars.push(' ');
            }
        } else {
            chars.push(ch);
        }
    }
    if chars.last() != Some(&' ') {
        chars.push(' ');
    }
    let mut gram = String::new();
    for window in chars.windows(4) {
        gram.clear();
        gram.extend(window);
        b.add("c", &gram);
    }
}

fn shape_features(b: &mut Builder, text: &str) {
    let chars = text.chars().count();
    let bucket = (usize::BITS - chars.leading_zeros()).min(11);
    b.add("length", &bucket.to_string());
    let upper = text.chars().filter(|c| c.is_uppercase()).count();
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    if upper >= 10 && upper * 10 >= letters * 3 {
        b.told("shouting", "", Clue::Shouting);
    }
    if text.contains("!!") || text.contains("??") {
        b.told("punctuation", "", Clue::Punctuation);
    }
}

/// The domains a comment links to (its links and the bare addresses in its
/// text), each once, `www.` dropped, as registrable-looking as two labels
/// make them.
fn link_domains(html: &str, text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find("href=\"") {
        rest = &rest[at + 6..];
        let end = rest.find('"').unwrap_or(rest.len());
        if let Some(d) = domain_of(&rest[..end].replace("&amp;", "&")) {
            out.push(d);
        }
        rest = &rest[end..];
    }
    let mut finder = linkify::LinkFinder::new();
    finder.kinds(&[linkify::LinkKind::Url]);
    finder.url_must_have_scheme(false);
    for link in finder.links(text) {
        if let Some(d) = domain_of(link.as_str()) {
            out.push(d);
        }
    }
    out.sort();
    out.dedup();
    out
}

fn domain_of(address: &str) -> Option<String> {
    let address = address.trim();
    if address.is_empty() {
        return None;
    }
    let parsed = url::Url::parse(address)
        .or_else(|_| url::Url::parse(&format!("http://{address}")))
        .ok()?;
    let host = parsed.host_str()?.to_lowercase();
    let labels: Vec<&str> = host.trim_end_matches('.').split('.').collect();
    if labels.len() < 2 {
        return None;
    }
    Some(labels[labels.len() - 2..].join("."))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(html: &str) -> Sample<'_> {
        Sample {
            author_name: "Ann",
            author_url: "",
            content_html: html,
            history: History::default(),
        }
    }

    #[test]
    fn links_and_bare_addresses_name_their_domains() {
        let html =
            r#"<p>see <a href="https://www.Example.com/x?a=1&amp;b=2">this</a> and murdev.com</p>"#;
        assert_eq!(
            link_domains(html, &to_text(html)),
            ["example.com", "murdev.com"]
        );
        let f = extract(&sample(html));
        // One link as the link rule counts them (the bare address was not
        // rendered into one here).
        assert!(f.clues.iter().any(|(_, c)| *c == Clue::Links(1)));
    }

    #[test]
    fn text_without_spaces_still_has_features() {
        let f = extract(&sample("<p>这首歌真好听我很喜欢</p>"));
        // base, 1 word, 9 4-grams (with the padding), links, length, history.
        assert!(f.content.len() > 10, "{:?}", f.content.len());
    }

    #[test]
    fn ids_are_sorted_unique_and_stable() {
        let f = extract(&sample("<p>free free FREE gift</p>"));
        assert!(f.content.windows(2).all(|w| w[0] < w[1]));
        // FNV-1a of "w\x1ffree", worked out by hand: stored ids never move.
        assert_eq!(hash("w", "free"), 0xa7d7_5951);
        assert_eq!(extract(&sample("<p>free free FREE gift</p>")), f);
    }

    #[test]
    fn clues_read_back_as_stored() {
        for c in [
            Clue::Word("é:x".into()),
            Clue::Links(3),
            Clue::Shouting,
            Clue::Spammed(2),
        ] {
            assert_eq!(Clue::from_stored(&c.to_stored()), Some(c));
        }
    }
}
