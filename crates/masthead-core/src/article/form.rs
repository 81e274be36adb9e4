//! The article editor's rules: which fields are required, their limits, and
//! how the "publish at" time becomes a published, scheduled or draft article.
use super::{ArticleStatus, NewArticle, Photo, Slug};
use crate::Localized;
use crate::Timestamp;
use crate::i18n::{Arg, Tr};
use chrono::{Datelike, Duration, NaiveDateTime, Timelike};

pub const MAX_TITLE: usize = 300;
pub const MAX_SHORT: usize = 1_000;
pub const MAX_BODY: usize = 1_000_000;
pub const MAX_CONTRIBUTORS: usize = 30;
/// The longest contributor's name, in characters.
pub const MAX_CONTRIBUTOR: usize = 200;
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
    /// Its sections (category slugs), comma-separated; `None` keeps those
    /// stored (a REST update that does not name them).
    pub sections: Option<String>,
}

/// A refused field: its form name and what to fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleFieldError {
    pub field: &'static str,
    /// English, for logs; people read [`Localized::message`].
    pub message: String,
    /// Its message in the catalogues (`admin.ftl`).
    pub id: &'static str,
    /// The message's variables.
    pub args: Vec<(&'static str, FieldArg)>,
}

/// A variable of an [`ArticleFieldError`]'s message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldArg {
    Number(i64),
    /// Shown as typed (a slug).
    Text(String),
    /// A message id, said in the reader's language (a field's label).
    Label(&'static str),
}

impl ArticleFieldError {
    pub fn new(field: &'static str, message: String, id: &'static str) -> Self {
        Self {
            field,
            message,
            id,
            args: Vec::new(),
        }
    }

    pub fn with(mut self, name: &'static str, value: FieldArg) -> Self {
        self.args.push((name, value));
        self
    }
}

impl Localized for ArticleFieldError {
    fn message(&self, t: Tr) -> String {
        let args: Vec<(&str, Arg<'_>)> = self
            .args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    FieldArg::Number(n) => Arg::from(*n),
                    FieldArg::Text(s) => Arg::from(s),
                    FieldArg::Label(id) => Arg::from(t.t(id)),
                };
                (*name, value)
            })
            .collect();
        t.args(self.id, &args)
    }
}

impl std::fmt::Display for ArticleFieldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
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
            sections: None,
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
        let mut fail = |e: ArticleFieldError| errors.push(e);
        let title = self.title.trim();
        if title.is_empty() {
            fail(ArticleFieldError::new(
                "title",
                "Please give the article a headline.".into(),
                "admin-editor-headline-missing",
            ));
        } else if title.chars().count() > MAX_TITLE {
            fail(
                ArticleFieldError::new(
                    "title",
                    format!("The headline is longer than {MAX_TITLE} characters."),
                    "admin-editor-headline-too-long",
                )
                .with("limit", FieldArg::Number(MAX_TITLE as i64)),
            );
        }
        let slug = if self.slug.trim().is_empty() {
            Slug::from_title(title).ok()
        } else {
            Slug::parse(self.slug.trim()).ok()
        };
        if slug.is_none() && !title.is_empty() {
            fail(ArticleFieldError::new(
                "slug",
                "Use 1 to 200 lowercase letters, digits and single hyphens, not at the start or end."
                    .into(),
                "admin-editor-slug-invalid",
            ));
        }
        for (field, value, english, label) in [
            (
                "standfirst",
                &self.standfirst,
                "The standfirst",
                "admin-editor-standfirst",
            ),
            ("byline", &self.byline, "The byline", "admin-editor-byline"),
            (
                "source_name",
                &self.source_name,
                "The source name",
                "admin-editor-source-name",
            ),
            (
                "photo_alt",
                &self.photo_alt,
                "The photo description",
                "admin-editor-photo-alt",
            ),
            (
                "photo_caption",
                &self.photo_caption,
                "The caption",
                "admin-editor-photo-caption",
            ),
            (
                "photo_credit",
                &self.photo_credit,
                "The credit",
                "admin-editor-photo-credit",
            ),
        ] {
            if value.chars().count() > MAX_SHORT {
                fail(
                    ArticleFieldError::new(
                        field,
                        format!("{english} is longer than {MAX_SHORT} characters."),
                        "admin-editor-field-too-long",
                    )
                    .with("field", FieldArg::Label(label))
                    .with("limit", FieldArg::Number(MAX_SHORT as i64)),
                );
            }
        }
        if self.body_markdown.len() > MAX_BODY {
            fail(
                ArticleFieldError::new(
                    "body",
                    format!("The text is longer than {} kB.", MAX_BODY / 1000),
                    "admin-editor-body-too-large",
                )
                .with("limit", FieldArg::Number((MAX_BODY / 1000) as i64)),
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
            || contributors
                .iter()
                .any(|c| c.chars().count() > MAX_CONTRIBUTOR)
        {
            fail(
                ArticleFieldError::new(
                    "contributors",
                    format!(
                        "Name at most {MAX_CONTRIBUTORS} contributors of up to {MAX_CONTRIBUTOR} characters."
                    ),
                    "admin-editor-contributors-invalid",
                )
                .with("count", FieldArg::Number(MAX_CONTRIBUTORS as i64))
                .with("limit", FieldArg::Number(MAX_CONTRIBUTOR as i64)),
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
                    fail(ArticleFieldError::new(
                        "source_url",
                        "The source URL must start with http:// or https://.".into(),
                        "admin-editor-source-url-invalid",
                    ));
                    None
                }
            }
        };
        let source_name = self.source_name.trim();
        if source_url.is_some() && source_name.is_empty() {
            fail(ArticleFieldError::new(
                "source_name",
                "Name the source the link points to.".into(),
                "admin-editor-source-name-missing",
            ));
        }
        let publish_at = match parse_publish_at(&self.publish_at, utc_offset_minutes) {
            Ok(t) => t,
            Err(()) => {
                fail(ArticleFieldError::new(
                    "publish_at",
                    "Give the date and time as YYYY-MM-DD HH:MM, or leave it empty for now.".into(),
                    "admin-editor-publish-at-invalid",
                ));
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
        let sections = match self.sections.as_deref().map(crate::user::parse_sections) {
            None => None,
            Some(Ok(list)) => Some(list),
            Some(Err(_)) => {
                fail(ArticleFieldError::new(
                    "sections",
                    "Name sections with letters, digits, hyphens and underscores, separated by commas.".into(),
                    "admin-editor-sections-invalid",
                ));
                None
            }
        };
        let Some(slug) = slug.filter(|_| errors.is_empty()) else {
            return Err(errors);
        };
        Ok(NewArticle {
            author: None,
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
            sections,
            tags: None,
            provenance: None,
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

    #[test]
    fn refusals_are_told_in_the_staffs_language_with_the_fields_label() {
        use crate::i18n::{Lang, Tr};
        let f = ArticleForm {
            title: String::new(),
            standfirst: "x".repeat(MAX_SHORT + 1),
            ..form()
        };
        let errors = f
            .validate(EditorAction::Save, None, None, now(), 0)
            .unwrap_err();
        assert_eq!(errors[0].to_string(), "Please give the article a headline.");
        assert_eq!(
            errors[1].to_string(),
            "The standfirst is longer than 1000 characters."
        );
        let de = Tr::new(Lang::De);
        assert_eq!(
            errors[0].message(de),
            "Bitte geben Sie dem Artikel eine Überschrift."
        );
        let standfirst = errors[1].message(de);
        assert!(
            standfirst.contains("„Vorspann“") && standfirst.contains("1.000"),
            "{standfirst}"
        );
    }
}
