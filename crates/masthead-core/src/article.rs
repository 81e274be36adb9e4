//! Articles: the published stories comments hang under.
use crate::Timestamp;
use crate::ids::ArticleId;
use serde::Serialize;
use std::fmt;

/// The lead photo, shown as a figure with caption and agency credit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Photo {
    /// An http(s) URL, or a site path under `/media/` for stored uploads.
    pub src: String,
    pub alt: String,
    pub caption: String,
    pub credit: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ArticleStatus {
    Published,
    Draft,
}

impl ArticleStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Published => "published",
            Self::Draft => "draft",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "published" => Some(Self::Published),
            "draft" => Some(Self::Draft),
            _ => None,
        }
    }
}

/// An article as written, before it has an id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NewArticle {
    pub slug: Slug,
    pub title: String,
    pub standfirst: String,
    pub byline: String,
    pub body_markdown: String,
    pub photo: Option<Photo>,
    pub contributors: Vec<String>,
    pub source_name: Option<String>,
    pub source_url: Option<String>,
    pub comments_open: bool,
    pub status: ArticleStatus,
    pub published_at: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Article {
    pub id: ArticleId,
    pub slug: String,
    pub title: String,
    pub standfirst: String,
    pub byline: String,
    pub body_markdown: String,
    /// Rendered and sanitised once, when the article is saved.
    pub body_html: String,
    pub photo: Option<Photo>,
    pub contributors: Vec<String>,
    pub source_name: Option<String>,
    pub source_url: Option<String>,
    pub comments_open: bool,
    pub status: ArticleStatus,
    pub published_at: Timestamp,
    pub updated_at: Timestamp,
}

impl Article {
    pub fn is_public(&self) -> bool {
        self.status == ArticleStatus::Published
    }

    /// "Tovah Lazaoff contributed to this report."
    pub fn contributor_line(&self) -> Option<String> {
        contributor_line(&self.contributors)
    }
}

/// A row of the home page list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ArticleSummary {
    pub id: ArticleId,
    pub slug: String,
    pub title: String,
    pub standfirst: String,
    pub byline: String,
    pub published_at: Timestamp,
    pub comment_count: i64,
}

pub fn contributor_line(names: &[String]) -> Option<String> {
    let names: Vec<&str> = names
        .iter()
        .map(|n| n.trim())
        .filter(|n| !n.is_empty())
        .collect();
    let list = match names.as_slice() {
        [] => return None,
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    };
    Some(format!("{list} contributed to this report."))
}

/// A URL-safe article slug: lowercase ASCII letters, digits and single hyphens.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Slug(String);

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error(
    "slug “{0}” is not valid: use 1 to 200 lowercase letters, digits and hyphens, not starting or ending with a hyphen"
)]
pub struct InvalidSlug(pub String);

impl Slug {
    pub const MAX_LEN: usize = 200;

    pub fn parse(s: &str) -> Result<Self, InvalidSlug> {
        let ok = !s.is_empty()
            && s.len() <= Self::MAX_LEN
            && !s.starts_with('-')
            && !s.ends_with('-')
            && !s.contains("--")
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if ok {
            Ok(Slug(s.to_string()))
        } else {
            Err(InvalidSlug(s.to_string()))
        }
    }

    /// Derives a slug from a headline: "Russia: Moscow never…" → "russia-moscow-never…".
    pub fn from_title(title: &str) -> Result<Self, InvalidSlug> {
        let mut out = String::new();
        for c in title.chars() {
            let c = match c {
                'à'..='å' | 'À'..='Å' => 'a',
                'è'..='ë' | 'È'..='Ë' => 'e',
                'ì'..='ï' | 'Ì'..='Ï' => 'i',
                'ò'..='ö' | 'Ò'..='Ö' => 'o',
                'ù'..='ü' | 'Ù'..='Ü' => 'u',
                'ç' | 'Ç' => 'c',
                'ñ' | 'Ñ' => 'n',
                '\'' | '’' => continue,
                c => c,
            };
            if c.is_ascii_alphanumeric() {
                out.push(c.to_ascii_lowercase());
            } else if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
        }
        let mut s = out.trim_end_matches('-').to_string();
        if s.len() > Self::MAX_LEN {
            s.truncate(Self::MAX_LEN);
            s = s.trim_end_matches('-').to_string();
        }
        Self::parse(&s)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contributor_lines_read_naturally() {
        assert_eq!(contributor_line(&[]), None);
        assert_eq!(
            contributor_line(&["Tovah Lazaoff".into()]).as_deref(),
            Some("Tovah Lazaoff contributed to this report.")
        );
        assert_eq!(
            contributor_line(&["A".into(), "B".into(), "C".into()]).as_deref(),
            Some("A, B and C contributed to this report.")
        );
    }

    #[test]
    fn slugs_come_from_titles_and_bad_ones_are_refused() {
        assert_eq!(
            Slug::from_title(
                "Russia: Moscow never promised withdrawal of Iranian troops from Syria"
            )
            .unwrap()
            .as_str(),
            "russia-moscow-never-promised-withdrawal-of-iranian-troops-from-syria"
        );
        assert_eq!(
            Slug::from_title("Assad’s café").unwrap().as_str(),
            "assads-cafe"
        );
        for bad in ["", "-a", "a-", "a--b", "A", "../etc", "a b", "ü"] {
            assert!(Slug::parse(bad).is_err(), "{bad}");
        }
    }
}
