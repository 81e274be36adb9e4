//! Articles: the published stories comments hang under.
pub mod form;
pub mod thread;

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
    /// `srcset` of the resized copies of an upload ("/media/x-480.jpg 480w, …");
    /// empty for a photo given by URL.
    pub srcset: String,
    /// Pixel size of `src`, when known, so the page does not jump as it loads.
    pub width: Option<u32>,
    pub height: Option<u32>,
}

/// An article proper, or a static page (imported WordPress pages): served at
/// `/{slug}` and not listed among the articles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum ArticleKind {
    #[default]
    Article,
    Page,
}

impl ArticleKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Article => "article",
            Self::Page => "page",
        }
    }

    pub fn parse(s: &str) -> Self {
        if s == "page" {
            Self::Page
        } else {
            Self::Article
        }
    }
}

/// How an article stands for readers at a given moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ArticleState {
    Draft,
    /// Published with a future date: the page appears by itself then.
    Scheduled,
    Published,
}

impl ArticleState {
    pub fn of(status: ArticleStatus, published_at: Timestamp, now: Timestamp) -> Self {
        match status {
            ArticleStatus::Draft => Self::Draft,
            ArticleStatus::Published if published_at > now => Self::Scheduled,
            ArticleStatus::Published => Self::Published,
        }
    }
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
    /// Its sections (WordPress's categories, by slug); `None` keeps those
    /// stored.
    pub sections: Option<Vec<String>>,
    /// Its tags (WordPress's `post_tag` terms, by name); `None` keeps those
    /// stored.
    pub tags: Option<Vec<String>>,
    /// Where it came from and what became of it; `None` keeps what is stored,
    /// except that a new title or body makes the site's own page canonical.
    pub provenance: Option<Provenance>,
    /// The staff account (user id) it is credited to; `None` keeps what is
    /// stored (a new article then has none).
    pub author: Option<i64>,
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
    pub body_html: crate::html::SanitizedHtml,
    pub photo: Option<Photo>,
    pub contributors: Vec<String>,
    pub source_name: Option<String>,
    pub source_url: Option<String>,
    pub comments_open: bool,
    pub status: ArticleStatus,
    pub published_at: Timestamp,
    pub updated_at: Timestamp,
    pub kind: ArticleKind,
    /// For the thread of a page outside masthead (the embed): that page's
    /// normalised address. Such a thread has no body and is not listed.
    pub external_url: Option<String>,
    /// When staff closed its comments (`None` while open, or if closed
    /// before masthead kept the date).
    pub comments_closed_at: Option<Timestamp>,
    /// Where it came from and what has happened to it since it went out.
    pub provenance: Provenance,
    /// The staff account (user id) it is credited to: who created it in the
    /// editor or through the REST API.
    pub author_id: Option<i64>,
}

/// A re-published story's origin and history: what the page says beyond the
/// story itself ("Updated", a correction, a withdrawal) and which address is
/// canonical. Set by the wire desk and by editors, never by the article form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Provenance {
    /// `rel=canonical` names this original while the story runs as the
    /// agency wrote it; an editor's change to the text makes the site's own
    /// address canonical again.
    pub canonical_url: Option<String>,
    /// The story's language (BCP 47), when it is not the site's.
    pub language: Option<String>,
    /// When the story last changed after it went out: "Updated" on the page.
    pub revised_at: Option<Timestamp>,
    pub correction: Option<Correction>,
    /// The agency withdrew it: it is off every list and its page says so.
    pub withdrawn_at: Option<Timestamp>,
}

/// A correction note, shown under the headline (schema.org `correction`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Correction {
    pub note: String,
    pub at: Timestamp,
}

/// Where an article with this slug lives on the site.
pub fn article_path(slug: &str) -> String {
    format!("/articles/{slug}")
}

impl Article {
    /// Where it lives on the site: `/articles/{slug}`, or `/{slug}` for a
    /// static page.
    pub fn path(&self) -> String {
        match self.kind {
            ArticleKind::Article => article_path(&self.slug),
            ArticleKind::Page => format!("/{}", self.slug),
        }
    }

    /// The discussion of a page outside masthead.
    pub fn is_thread(&self) -> bool {
        self.external_url.is_some()
    }

    /// Readers see the article: published, and its date has come.
    pub fn is_live(&self, now: Timestamp) -> bool {
        self.state(now) == ArticleState::Published
    }

    pub fn state(&self, now: Timestamp) -> ArticleState {
        ArticleState::of(self.status, self.published_at, now)
    }

    /// Open for comments: the article allows them and, when the site closes
    /// discussions after `close_after_days` (0: never), that time has not passed.
    pub fn accepts_comments(&self, now: Timestamp, close_after_days: u32) -> bool {
        self.comments_open
            && (close_after_days == 0
                || now - self.published_at < chrono::Duration::days(i64::from(close_after_days)))
    }
}

impl Article {
    /// Since when its discussion has been closed, for a closed one: the
    /// day staff closed it, or the day `close_after_days` ran out (the
    /// earlier of the two). `Some(None)`: closed, the day unknown; `None`:
    /// open.
    pub fn closed_since(&self, now: Timestamp, close_after_days: u32) -> Option<Option<Timestamp>> {
        if self.accepts_comments(now, close_after_days) {
            return None;
        }
        let ran_out = (close_after_days > 0)
            .then(|| self.published_at + chrono::Duration::days(i64::from(close_after_days)))
            .filter(|end| *end <= now);
        let by_staff = if self.comments_open {
            None
        } else {
            self.comments_closed_at
        };
        Some(match (by_staff, ran_out) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        })
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

/// A row of the editor's article list: any status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ArticleListing {
    pub id: ArticleId,
    pub slug: String,
    pub title: String,
    pub status: ArticleStatus,
    pub published_at: Timestamp,
    pub updated_at: Timestamp,
    pub approved_count: i64,
    pub pending_count: i64,
    pub kind: ArticleKind,
    /// For an outside page's thread, the page's address.
    pub external_url: Option<String>,
    pub comments_open: bool,
}

impl ArticleListing {
    pub fn state(&self, now: Timestamp) -> ArticleState {
        ArticleState::of(self.status, self.published_at, now)
    }
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
    /// Latin letters with diacritics lose them as WordPress's
    /// `remove_accents` does ("Zażółć" → "zazolc"); other scripts have no
    /// ASCII form here, and a headline with nothing else makes no slug.
    pub fn from_title(title: &str) -> Result<Self, InvalidSlug> {
        let mut out = String::new();
        for c in title.chars() {
            let c = match c {
                'à'..='å' | 'À'..='Å' | 'ą' | 'Ą' | 'ā' | 'Ā' | 'ă' | 'Ă' => 'a',
                'è'..='ë' | 'È'..='Ë' | 'ę' | 'Ę' | 'ē' | 'Ē' | 'ě' | 'Ě' => 'e',
                'ì'..='ï' | 'Ì'..='Ï' | 'ı' => 'i',
                'ò'..='ö' | 'Ò'..='Ö' | 'ø' | 'Ø' | 'ő' | 'Ő' => 'o',
                'ù'..='ü' | 'Ù'..='Ü' | 'ű' | 'Ű' | 'ů' | 'Ů' => 'u',
                'ç' | 'Ç' | 'ć' | 'Ć' | 'č' | 'Č' => 'c',
                'ñ' | 'Ñ' | 'ń' | 'Ń' | 'ň' | 'Ň' => 'n',
                'ł' | 'Ł' => 'l',
                'ś' | 'Ś' | 'š' | 'Š' => 's',
                'ź' | 'Ź' | 'ż' | 'Ż' | 'ž' | 'Ž' => 'z',
                'đ' | 'Đ' | 'ď' | 'Ď' => 'd',
                'ř' | 'Ř' => 'r',
                'ť' | 'Ť' => 't',
                'ý' | 'Ý' | 'ÿ' => 'y',
                'ß' => {
                    out.push_str("ss");
                    continue;
                }
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
    use chrono::{Duration, TimeZone, Utc};

    fn article(status: ArticleStatus, published_at: Timestamp) -> Article {
        Article {
            author_id: None,
            id: ArticleId(1),
            slug: "a".into(),
            title: "A".into(),
            standfirst: String::new(),
            byline: String::new(),
            body_markdown: String::new(),
            body_html: crate::html::SanitizedHtml::default(),
            photo: None,
            contributors: vec![],
            source_name: None,
            source_url: None,
            comments_open: true,
            status,
            published_at,
            updated_at: published_at,
            kind: ArticleKind::Article,
            external_url: None,
            comments_closed_at: None,
            provenance: Default::default(),
        }
    }

    #[test]
    fn a_future_date_schedules_and_drafts_never_show() {
        let now = Utc.with_ymd_and_hms(2026, 11, 25, 12, 0, 0).unwrap();
        let later = article(ArticleStatus::Published, now + Duration::seconds(1));
        assert_eq!(later.state(now), ArticleState::Scheduled);
        assert!(!later.is_live(now));
        assert!(later.is_live(now + Duration::seconds(1)));
        assert!(!article(ArticleStatus::Draft, now - Duration::days(1)).is_live(now));
    }

    #[test]
    fn a_closed_discussion_knows_since_when() {
        let now = Utc.with_ymd_and_hms(2026, 11, 25, 12, 0, 0).unwrap();
        let published = now - Duration::days(10);
        let mut a = article(ArticleStatus::Published, published);
        assert_eq!(a.closed_since(now, 0), None, "open");
        assert_eq!(
            a.closed_since(now, 7),
            Some(Some(published + Duration::days(7))),
            "ran out after a week"
        );
        a.comments_open = false;
        a.comments_closed_at = Some(now - Duration::days(9));
        assert_eq!(a.closed_since(now, 0), Some(Some(now - Duration::days(9))));
        assert_eq!(
            a.closed_since(now, 7),
            Some(Some(now - Duration::days(9))),
            "the earlier of the two"
        );
        a.comments_closed_at = None;
        assert_eq!(a.closed_since(now, 0), Some(None), "closed, day unknown");
    }

    #[test]
    fn discussions_close_after_the_sites_number_of_days() {
        let now = Utc.with_ymd_and_hms(2026, 11, 25, 12, 0, 0).unwrap();
        let a = article(ArticleStatus::Published, now - Duration::days(10));
        assert!(a.accepts_comments(now, 0));
        assert!(a.accepts_comments(now, 11));
        assert!(!a.accepts_comments(now, 10));
        let mut closed = article(ArticleStatus::Published, now);
        closed.comments_open = false;
        assert!(!closed.accepts_comments(now, 0));
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
        assert_eq!(
            Slug::from_title("Zażółć gęślą jaźń — Łódź, Straße")
                .unwrap()
                .as_str(),
            "zazolc-gesla-jazn-lodz-strasse"
        );
        assert!(Slug::from_title("أخبار اليوم 東京").is_err());
        for bad in ["", "-a", "a-", "a--b", "A", "../etc", "a b", "ü"] {
            assert!(Slug::parse(bad).is_err(), "{bad}");
        }
    }
}
