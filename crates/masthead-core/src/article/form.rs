//! The article editor's rules: which fields are required, their limits, and
//! how the "publish at" time becomes a published, scheduled or draft article.
use super::{ArticleStatus, NewArticle, Photo, Slug};
use crate::Timestamp;
use chrono::{Datelike, Duration, NaiveDateTime, Timelike};

pub const MAX_TITLE: usize = 300;
pub const MAX_SHORT: usize = 1_000;
pub const MAX_BODY: usize = 1_000_000;
pub const MAX_CONTRIBUTORS: usize = 30;
/// The `datetime-local` input's format, in the site's time.
pub const PUBLISH_AT_FORMAT: &str = "%Y-%m-%dT%H:%M";

/// The editor's fields as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArticleForm {
    pub title: String,
    pub slug: String,
    pub standfirst: String,
    pub byline: String,
    pub body_markdown: String,
    /// One name per line.
    pub contributors: String,
    pub source_name: String,
    pub source_url: String,
    pub comments_open: bool,
    /// `YYYY-MM-DDTHH:MM` in the site's time; empty for "now".
    pub publish_at: String,
    pub photo_alt: String,
    pub photo_caption: String,
    pub photo_credit: String,
}

/// A refused field: its form name and what to fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleFieldError {
    pub field: &'static str,
    pub message: String,
}

/// What the editor asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditorAction {
    /// Keep the article's status (a new article is a draft).
    Save,
    /// Publish now, or at `publish_at` when that is in the future.
    Publish,
    /// Take it off the site; it becomes a draft.
    Unpublish,
    /// Render it as readers would see it; store nothing.
    Preview,
}

impl EditorAction {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "save" => Some(Self::Save),
            "publish" => Some(Self::Publish),
            "unpublish" => Some(Self::Unpublish),
            "preview" => Some(Self::Preview),
            _ => None,
        }
    }
}

/// What the article was before this edit, if it exists.
#[derive(Debug, Clone, Copy)]
pub struct Before {
    pub status: ArticleStatus,
    pub published_at: Timestamp,
}

impl ArticleForm {
    /// The form filled with a stored article, as the editor shows it.
    pub fn of(a: &super::Article, utc_offset_minutes: i32) -> Self {
        let photo = a.photo.as_ref();
        Self {
            title: a.title.clone(),
            slug: a.slug.clone(),
            standfirst: a.standfirst.clone(),
            byline: a.byline.clone(),
            body_markdown: a.body_markdown.clone(),
            contributors: a.contributors.join("\n"),
            source_name: a.source_name.clone().unwrap_or_default(),
            source_url: a.source_url.clone().unwrap_or_default(),
            comments_open: a.comments_open,
            publish_at: format_publish_at(a.published_at, utc_offset_minutes),
            photo_alt: photo.map(|p| p.alt.clone()).unwrap_or_default(),
            photo_caption: photo.map(|p| p.caption.clone()).unwrap_or_default(),
            photo_credit: photo.map(|p| p.credit.clone()).unwrap_or_default(),
        }
    }

    /// Checks every field and builds the article to store. `photo` is the
    /// upload (or the photo kept from before) with this form's texts applied.
    pub fn validate(
        &self,
        action: EditorAction,
        before: Option<Before>,
        photo: Option<Photo>,
        now: Timestamp,
        utc_offset_minutes: i32,
    ) -> Result<NewArticle, Vec<ArticleFieldError>> {
        let mut errors = Vec::new();
        let mut fail = |field: &'static str, message: String| {
            errors.push(ArticleFieldError { field, message })
        };
        let title = self.title.trim();
        if title.is_empty() {
            fail("title", "Please give the article a headline.".into());
        } else if title.chars().count() > MAX_TITLE {
            fail(
                "title",
                format!("The headline is longer than {MAX_TITLE} characters."),
            );
        }
        let slug = if self.slug.trim().is_empty() {
            Slug::from_title(title).ok()
        } else {
            Slug::parse(self.slug.trim()).ok()
        };
        if slug.is_none() && !title.is_empty() {
            fail(
                "slug",
                "Use 1 to 200 lowercase letters, digits and single hyphens, not at the start or end."
                    .into(),
            );
        }
        for (field, value, label) in [
            ("standfirst", &self.standfirst, "The standfirst"),
            ("byline", &self.byline, "The byline"),
            ("source_name", &self.source_name, "The source name"),
            ("photo_alt", &self.photo_alt, "The photo description"),
            ("photo_caption", &self.photo_caption, "The caption"),
            ("photo_credit", &self.photo_credit, "The credit"),
        ] {
            if value.chars().count() > MAX_SHORT {
                fail(
                    field,
                    format!("{label} is longer than {MAX_SHORT} characters."),
                );
            }
        }
        if self.body_markdown.len() > MAX_BODY {
            fail(
                "body",
                format!("The text is longer than {} kB.", MAX_BODY / 1000),
            );
        }
        let contributors: Vec<String> = self
            .contributors
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect();
        if contributors.len() > MAX_CONTRIBUTORS
            || contributors.iter().any(|c| c.chars().count() > 200)
        {
            fail(
                "contributors",
                format!("Name at most {MAX_CONTRIBUTORS} contributors of up to 200 characters."),
            );
        }
        let source_url = self.source_url.trim();
        let source_url = if source_url.is_empty() {
            None
        } else {
            match url::Url::parse(source_url) {
                Ok(u) if matches!(u.scheme(), "http" | "https") && source_url.len() <= 2000 => {
                    Some(source_url.to_string())
                }
                _ => {
                    fail(
                        "source_url",
                        "The source URL must start with http:// or https://.".into(),
                    );
                    None
                }
            }
        };
        let source_name = self.source_name.trim();
        if source_url.is_some() && source_name.is_empty() {
            fail("source_name", "Name the source the link points to.".into());
        }
        let publish_at = match parse_publish_at(&self.publish_at, utc_offset_minutes) {
            Ok(t) => t,
            Err(()) => {
                fail(
                    "publish_at",
                    "Give the date and time as YYYY-MM-DD HH:MM, or leave it empty for now.".into(),
                );
                None
            }
        };
        let status = match (action, before) {
            (EditorAction::Publish, _) => ArticleStatus::Published,
            (EditorAction::Unpublish, _) => ArticleStatus::Draft,
            (_, Some(b)) => b.status,
            (_, None) => ArticleStatus::Draft,
        };
        // The typed time wins; an untouched field keeps the stored second.
        let published_at = match (publish_at, before) {
            (Some(t), Some(b)) if same_minute(t, b.published_at) => b.published_at,
            (Some(t), _) => t,
            (None, Some(b)) if b.status == ArticleStatus::Published => b.published_at,
            // Stored to the second, so the preview shows what a save keeps.
            (None, _) => now.with_nanosecond(0).unwrap_or(now),
        };
        let Some(slug) = slug.filter(|_| errors.is_empty()) else {
            return Err(errors);
        };
        Ok(NewArticle {
            slug,
            title: title.to_string(),
            standfirst: self.standfirst.trim().to_string(),
            byline: self.byline.trim().to_string(),
            body_markdown: self.body_markdown.clone(),
            photo: photo.map(|p| Photo {
                alt: self.photo_alt.trim().to_string(),
                caption: self.photo_caption.trim().to_string(),
                credit: self.photo_credit.trim().to_string(),
                ..p
            }),
            contributors,
            source_name: (!source_name.is_empty()).then(|| source_name.to_string()),
            source_url,
            comments_open: self.comments_open,
            status,
            published_at,
        })
    }
}

fn same_minute(a: Timestamp, b: Timestamp) -> bool {
    a.timestamp().div_euclid(60) == b.timestamp().div_euclid(60)
}

/// `""` → `None` (now); `YYYY-MM-DDTHH:MM[:SS]` or with a space, in the site's time.
fn parse_publish_at(text: &str, utc_offset_minutes: i32) -> Result<Option<Timestamp>, ()> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let normal = text.replacen(' ', "T", 1);
    let naive = NaiveDateTime::parse_from_str(&normal, PUBLISH_AT_FORMAT)
        .or_else(|_| NaiveDateTime::parse_from_str(&normal, "%Y-%m-%dT%H:%M:%S"))
        .map_err(|_| ())?;
    // Four-digit years only: chrono's wider range would overflow below.
    if !(1000..=9999).contains(&naive.year()) {
        return Err(());
    }
    naive
        .and_utc()
        .checked_sub_signed(Duration::minutes(i64::from(utc_offset_minutes)))
        .map(Some)
        .ok_or(())
}

/// The stored time as the editor's field shows it.
pub fn format_publish_at(t: Timestamp, utc_offset_minutes: i32) -> String {
    t.checked_add_signed(Duration::minutes(i64::from(utc_offset_minutes)))
        .unwrap_or(t)
        .format(PUBLISH_AT_FORMAT)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    fn form() -> ArticleForm {
        ArticleForm {
            title: "Syria: talks resume".into(),
            body_markdown: "Text.".into(),
            comments_open: true,
            ..ArticleForm::default()
        }
    }

    fn now() -> Timestamp {
        Utc.with_ymd_and_hms(2026, 11, 25, 12, 0, 30).unwrap()
    }

    #[test]
    fn a_new_article_is_a_draft_with_a_slug_from_its_title() {
        let a = form()
            .validate(EditorAction::Save, None, None, now(), 0)
            .unwrap();
        assert_eq!(a.slug.as_str(), "syria-talks-resume");
        assert_eq!(a.status, ArticleStatus::Draft);
    }

    #[test]
    fn publish_at_is_read_in_the_sites_time() {
        let f = ArticleForm {
            publish_at: "2026-12-01T09:30".into(),
            ..form()
        };
        let a = f
            .validate(EditorAction::Publish, None, None, now(), 60)
            .unwrap();
        assert_eq!(a.status, ArticleStatus::Published);
        assert_eq!(
            a.published_at,
            Utc.with_ymd_and_hms(2026, 12, 1, 8, 30, 0).unwrap()
        );
        assert_eq!(format_publish_at(a.published_at, 60), "2026-12-01T09:30");
    }

    #[test]
    fn an_untouched_date_keeps_its_seconds() {
        let before = Before {
            status: ArticleStatus::Published,
            published_at: now(),
        };
        let f = ArticleForm {
            publish_at: format_publish_at(now(), 0),
            ..form()
        };
        let a = f
            .validate(EditorAction::Save, Some(before), None, now(), 0)
            .unwrap();
        assert_eq!(a.published_at, now());
        assert_eq!(a.status, ArticleStatus::Published);
    }

    #[test]
    fn every_bad_field_is_named() {
        let f = ArticleForm {
            title: " ".into(),
            source_url: "javascript:alert(1)".into(),
            publish_at: "tomorrow".into(),
            photo_caption: "x".repeat(MAX_SHORT + 1),
            ..form()
        };
        for extreme in [
            "+262142-12-31T23:59",
            "-262143-01-01T00:00",
            "0999-01-01T00:00",
        ] {
            let f = ArticleForm {
                publish_at: extreme.into(),
                ..form()
            };
            for offset in [-840, 0, 840] {
                assert!(
                    f.validate(EditorAction::Publish, None, None, now(), offset)
                        .is_err()
                );
            }
        }
        let errors = f
            .validate(EditorAction::Publish, None, None, now(), 0)
            .unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            vec!["title", "photo_caption", "source_url", "publish_at"]
        );
        let bad_slug = ArticleForm {
            slug: "../etc".into(),
            ..form()
        };
        assert_eq!(
            bad_slug
                .validate(EditorAction::Save, None, None, now(), 0)
                .unwrap_err()[0]
                .field,
            "slug"
        );
    }
}
