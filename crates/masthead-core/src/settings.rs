//! Site settings: stored as key/value text in the database so every process
//! (server, CLI, later the admin UI and other nodes) sees the same values.
use crate::Localized;
use crate::article::thread::AllowedOrigins;
use crate::comment::{DefaultPage, Paging};
use crate::html::Allowlist;
use crate::store::{SettingsStore, StoreResult};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModerationSettings {
    /// Hold every comment (WordPress `comment_moderation`).
    pub hold_all: bool,
    /// Hold a comment with this many links or more; 0 turns the rule off.
    pub max_links: u32,
    /// Approved comments a name and email need before their comments skip
    /// the first-time hold (`comments.trust_after`; WordPress's "previously
    /// approved" rule is 1, and 0 turns it off).
    pub trust_after: u32,
    /// Substrings that hold a comment.
    pub moderation_words: Vec<String>,
    /// Substrings that send a comment to spam.
    pub disallowed_words: Vec<String>,
    /// Least time between two comments from one IP address or email; 0: off.
    pub flood_seconds: u32,
    /// Least time between serving the form and posting it; 0: off.
    pub min_fill_seconds: u32,
    /// How long a served form stays valid.
    pub form_max_age_hours: u32,
    /// Close every article's comments this many days after publication; 0: never
    /// (WordPress `close_comments_days_old`).
    pub close_after_days: u32,
}

impl Default for ModerationSettings {
    fn default() -> Self {
        Self {
            hold_all: false,
            max_links: 2,
            trust_after: 1,
            moderation_words: Vec::new(),
            disallowed_words: Vec::new(),
            flood_seconds: 15,
            min_fill_seconds: 3,
            form_max_age_hours: 48,
            close_after_days: 0,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteSettings {
    pub title: String,
    pub description: String,
    /// The public address (`https://news.example.com`), for exports and feeds;
    /// empty until set.
    pub url: String,
    pub articles_per_page: u32,
    pub thread_depth: u32,
    /// Minutes east of UTC used to display dates.
    pub utc_offset_minutes: i32,
    pub allowlist: Allowlist,
    pub moderation: ModerationSettings,
    /// Anonymous comment creation through the REST API (on by default:
    /// masthead is also a comment server for other sites).
    pub rest_anonymous_comments: bool,
    /// Long discussions in pages (`comments.page_comments`,
    /// `comments.default_page`).
    pub paging: Paging,
    /// Sites whose pages may embed discussions (`embed.allowed_origins`);
    /// none by default.
    pub embed_origins: AllowedOrigins,
    /// Reader features: the edit window, reports and identicons.
    pub readers: ReaderSettings,
    /// `robots.txt`, with `{base}` for the site's address (`site.robots`).
    pub robots: String,
    /// The publisher's logo in structured data (`site.logo_url`): an
    /// http(s) address or a site path; empty for masthead's own.
    pub logo_url: String,
    /// Email notifications and webhooks (`mail.from`, `notify.*`).
    pub notify: crate::notify::NotifySettings,
    /// The language every page, form, message and mail is written in
    /// (`site.language`).
    pub language: masthead_i18n::Lang,
}

/// What readers may do besides commenting (`comments.edit_minutes`,
/// `comments.report_threshold`, `comments.avatars`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReaderSettings {
    /// Minutes a commenter may edit or delete their own comment; 0: never.
    pub edit_minutes: u32,
    /// Readers' reports that send an approved comment back to the queue.
    pub report_threshold: u32,
    /// Identicons (from a keyed hash of the email) beside comments.
    pub avatars: bool,
    /// Days a commenter's IP address is kept (`privacy.ip_retention_days`);
    /// 0 keeps it for ever.
    pub ip_retention_days: u32,
}

impl Default for ReaderSettings {
    fn default() -> Self {
        Self {
            edit_minutes: 15,
            report_threshold: 3,
            avatars: true,
            ip_retention_days: 30,
        }
    }
}

impl Default for SiteSettings {
    fn default() -> Self {
        Self {
            title: "masthead".into(),
            description: Self::DEFAULT_DESCRIPTION.into(),
            url: String::new(),
            articles_per_page: 10,
            thread_depth: 5,
            utc_offset_minutes: 0,
            allowlist: Allowlist::default(),
            moderation: ModerationSettings::default(),
            rest_anonymous_comments: true,
            paging: Paging {
                per_page: 50,
                default_page: DefaultPage::Newest,
            },
            embed_origins: AllowedOrigins::default(),
            readers: ReaderSettings::default(),
            robots: crate::seo::robots::DEFAULT.to_string(),
            logo_url: String::new(),
            notify: crate::notify::NotifySettings::default(),
            language: masthead_i18n::Lang::En,
        }
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SettingError {
    #[error("unknown setting “{0}” (known: {list})", list = SiteSettings::KEYS.join(", "))]
    UnknownKey(String),
    #[error("setting {key} must be {expected}, not “{value}”")]
    BadValue {
        key: &'static str,
        expected: Expected,
        value: String,
    },
    #[error("setting comments.allowed_tags: {0}")]
    Allowlist(#[from] crate::html::AllowlistError),
}

impl Localized for SettingError {
    fn message(&self, t: masthead_i18n::Tr) -> String {
        use masthead_i18n::Arg;
        match self {
            Self::UnknownKey(key) => t.args(
                "admin-settings-unknown-key",
                &[
                    ("key", Arg::from(key)),
                    ("known", SiteSettings::KEYS.join(", ").into()),
                ],
            ),
            Self::BadValue {
                key,
                expected,
                value,
            } => t.args(
                "admin-settings-bad-value",
                &[
                    ("key", Arg::from(*key)),
                    ("expected", expected.message(t).into()),
                    ("value", Arg::from(value)),
                ],
            ),
            Self::Allowlist(e) => e.message(t),
        }
    }
}

/// What a setting takes, as a refusal says it: English for `Display` (logs),
/// a message id (`admin-expected-*`) with the bounds it names for people.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Expected {
    pub english: &'static str,
    pub id: &'static str,
    /// `$min` and `$max` of a range (unused by other messages).
    pub min: i64,
    pub max: i64,
}

impl Expected {
    const fn words(english: &'static str, id: &'static str) -> Self {
        Self {
            english,
            id,
            min: 0,
            max: 0,
        }
    }
}

impl Localized for Expected {
    fn message(&self, t: masthead_i18n::Tr) -> String {
        use masthead_i18n::Arg;
        t.args(
            self.id,
            &[
                ("min", Arg::from(self.min)),
                ("max", Arg::from(self.max)),
                ("list", masthead_i18n::Lang::codes().into()),
            ],
        )
    }
}

impl std::fmt::Display for Expected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.english)
    }
}

fn words(v: &str) -> Vec<String> {
    v.split(['\n', ','])
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn parse_bool(key: &'static str, v: &str) -> Result<bool, SettingError> {
    match v.trim() {
        "1" | "true" | "yes" | "on" => Ok(true),
        "0" | "false" | "no" | "off" => Ok(false),
        _ => Err(SettingError::BadValue {
            key,
            expected: Expected::words("true or false", "admin-expected-bool"),
            value: v.into(),
        }),
    }
}

/// A number from `min` to `max`; refused with `english` (and its message
/// `id`, told the bounds).
fn parse_num<T: std::str::FromStr + PartialOrd + Copy + Into<i64>>(
    key: &'static str,
    v: &str,
    min: T,
    max: T,
    (english, id): (&'static str, &'static str),
) -> Result<T, SettingError> {
    match v.trim().parse::<T>() {
        Ok(n) if n >= min && n <= max => Ok(n),
        _ => Err(SettingError::BadValue {
            key,
            expected: Expected {
                english,
                id,
                min: min.into(),
                max: max.into(),
            },
            value: v.into(),
        }),
    }
}

impl SiteSettings {
    /// The description of a site that has not set one.
    pub const DEFAULT_DESCRIPTION: &'static str = "News and comment";

    /// The description readers see: the default one says itself in the
    /// site's language, a description the site wrote is shown as written.
    pub fn shown_description(&self) -> String {
        if self.description == Self::DEFAULT_DESCRIPTION {
            masthead_i18n::Tr::new(self.language).t("site-default-description")
        } else {
            self.description.clone()
        }
    }

    /// What an unknown `site.language` is told (checked against
    /// `Lang::codes` in a test).
    pub const LANGUAGES: &'static str = "one of en, fr, de, es, pl, ar";

    /// The most `comments.trust_after` takes (and the most approved
    /// comments the store counts for it).
    pub const TRUST_AFTER_MAX: u32 = 1000;

    /// Keys kept for what was stored under them before: each sets part of
    /// a newer key's value, so they are read before every other key.
    const ALIASES: [&'static str; 1] = ["comments.require_previously_approved"];

    /// The key a value set under `key` is stored under: the newer key for
    /// an alias, `key` itself otherwise.
    pub fn stored_key(key: &str) -> &str {
        match key {
            "comments.require_previously_approved" => "comments.trust_after",
            other => other,
        }
    }

    pub const KEYS: [&'static str; 34] = [
        "site.title",
        "site.description",
        "site.utc_offset_minutes",
        "articles.per_page",
        "comments.thread_depth",
        "comments.allowed_tags",
        "comments.hold_all",
        "comments.max_links",
        "comments.require_previously_approved",
        "comments.moderation_words",
        "comments.disallowed_words",
        "comments.flood_seconds",
        "comments.min_fill_seconds",
        "comments.form_max_age_hours",
        "comments.rest_anonymous",
        "comments.close_after_days",
        "site.url",
        "comments.page_comments",
        "comments.default_page",
        "embed.allowed_origins",
        "comments.edit_minutes",
        "comments.report_threshold",
        "comments.avatars",
        "privacy.ip_retention_days",
        "site.robots",
        "site.logo_url",
        "mail.from",
        "notify.moderator_emails",
        "notify.moderator_mode",
        "notify.webhooks",
        "notify.webhook_secret",
        "notify.max_per_hour",
        "site.language",
        "comments.trust_after",
    ];

    /// Changes one setting from its stored text form.
    pub fn set(&mut self, key: &str, value: &str) -> Result<(), SettingError> {
        match key {
            "site.title" => self.title = value.trim().to_string(),
            "site.description" => self.description = value.trim().to_string(),
            "site.utc_offset_minutes" => {
                self.utc_offset_minutes = parse_num(
                    Self::KEYS[2],
                    value,
                    -14 * 60,
                    14 * 60,
                    (
                        "minutes between -840 and 840",
                        "admin-expected-minutes-between",
                    ),
                )?
            }
            "articles.per_page" => {
                self.articles_per_page = parse_num(
                    Self::KEYS[3],
                    value,
                    1,
                    100,
                    ("a number from 1 to 100", "admin-expected-number"),
                )?
            }
            "comments.thread_depth" => {
                self.thread_depth = parse_num(
                    Self::KEYS[4],
                    value,
                    1,
                    10,
                    ("a number from 1 to 10", "admin-expected-number"),
                )?
            }
            "comments.allowed_tags" => self.allowlist = value.parse()?,
            "comments.hold_all" => self.moderation.hold_all = parse_bool(Self::KEYS[6], value)?,
            "comments.max_links" => {
                self.moderation.max_links = parse_num(
                    Self::KEYS[7],
                    value,
                    0,
                    1000,
                    ("a number from 0 to 1000", "admin-expected-number"),
                )?
            }
            // WordPress's switch, kept as an alias: off is `trust_after` 0;
            // on keeps a count already set, or makes it WordPress's 1.
            "comments.require_previously_approved" => {
                let on = parse_bool(Self::KEYS[8], value)?;
                let m = &mut self.moderation;
                m.trust_after = if on { m.trust_after.max(1) } else { 0 };
            }
            "comments.trust_after" => {
                self.moderation.trust_after = parse_num(
                    Self::KEYS[33],
                    value,
                    0,
                    Self::TRUST_AFTER_MAX,
                    (
                        "a number from 0 (hold no newcomer) to 1000",
                        "admin-expected-trust-after",
                    ),
                )?
            }
            "comments.moderation_words" => self.moderation.moderation_words = words(value),
            "comments.disallowed_words" => self.moderation.disallowed_words = words(value),
            "comments.flood_seconds" => {
                self.moderation.flood_seconds = parse_num(
                    Self::KEYS[11],
                    value,
                    0,
                    86_400,
                    ("seconds from 0 to 86400", "admin-expected-seconds"),
                )?
            }
            "comments.min_fill_seconds" => {
                self.moderation.min_fill_seconds = parse_num(
                    Self::KEYS[12],
                    value,
                    0,
                    600,
                    ("seconds from 0 to 600", "admin-expected-seconds"),
                )?
            }
            "comments.form_max_age_hours" => {
                self.moderation.form_max_age_hours = parse_num(
                    Self::KEYS[13],
                    value,
                    1,
                    24 * 30,
                    ("hours from 1 to 720", "admin-expected-hours"),
                )?
            }
            "comments.rest_anonymous" => {
                self.rest_anonymous_comments = parse_bool(Self::KEYS[14], value)?
            }
            "comments.close_after_days" => {
                self.moderation.close_after_days = parse_num(
                    Self::KEYS[15],
                    value,
                    0,
                    36_500,
                    ("days from 0 (never) to 36500", "admin-expected-days-never"),
                )?
            }
            "site.url" => {
                let v = value.trim().trim_end_matches('/');
                let ok = v.is_empty()
                    || url::Url::parse(v).is_ok_and(|u| {
                        matches!(u.scheme(), "http" | "https") && u.host().is_some()
                    });
                if !ok {
                    return Err(SettingError::BadValue {
                        key: Self::KEYS[16],
                        expected: Expected::words(
                            "an http:// or https:// address",
                            "admin-expected-http-address",
                        ),
                        value: value.into(),
                    });
                }
                self.url = v.to_string();
            }
            "comments.page_comments" => {
                self.paging.per_page = parse_num(
                    Self::KEYS[17],
                    value,
                    0,
                    1000,
                    (
                        "a number from 0 (all on one page) to 1000",
                        "admin-expected-comments-per-page",
                    ),
                )?
            }
            "comments.default_page" => {
                self.paging.default_page = match value.trim() {
                    "newest" => DefaultPage::Newest,
                    "oldest" => DefaultPage::Oldest,
                    _ => {
                        return Err(SettingError::BadValue {
                            key: Self::KEYS[18],
                            expected: Expected::words(
                                "newest or oldest",
                                "admin-expected-newest-oldest",
                            ),
                            value: value.into(),
                        });
                    }
                }
            }
            "embed.allowed_origins" => {
                self.embed_origins =
                    AllowedOrigins::parse(value).map_err(|bad| SettingError::BadValue {
                        key: Self::KEYS[19],
                        expected: Expected::words(
                            "space-separated origins such as https://blog.example.org",
                            "admin-expected-origins",
                        ),
                        value: bad,
                    })?
            }
            "comments.edit_minutes" => {
                self.readers.edit_minutes = parse_num(
                    Self::KEYS[20],
                    value,
                    0,
                    7 * 24 * 60,
                    (
                        "minutes from 0 (no editing) to 10080",
                        "admin-expected-edit-minutes",
                    ),
                )?
            }
            "comments.report_threshold" => {
                self.readers.report_threshold = parse_num(
                    Self::KEYS[21],
                    value,
                    1,
                    1000,
                    ("a number from 1 to 1000", "admin-expected-number"),
                )?
            }
            "comments.avatars" => self.readers.avatars = parse_bool(Self::KEYS[22], value)?,
            "privacy.ip_retention_days" => {
                self.readers.ip_retention_days = parse_num(
                    Self::KEYS[23],
                    value,
                    0,
                    36_500,
                    (
                        "days from 0 (for ever) to 36500",
                        "admin-expected-days-forever",
                    ),
                )?
            }
            // Kept as written (line ends made plain): it is served as is.
            "site.robots" => self.robots = value.replace("\r\n", "\n"),
            "site.logo_url" => {
                let v = value.trim();
                let ok = v.is_empty()
                    || (v.starts_with('/') && !v.starts_with("//"))
                    || url::Url::parse(v).is_ok_and(|u| {
                        matches!(u.scheme(), "http" | "https") && u.host().is_some()
                    });
                if !ok {
                    return Err(SettingError::BadValue {
                        key: Self::KEYS[25],
                        expected: Expected::words(
                            "an http:// or https:// address or a path such as /media/logo.png",
                            "admin-expected-address-or-path",
                        ),
                        value: value.into(),
                    });
                }
                self.logo_url = v.to_string();
            }
            "mail.from" => {
                let v = value.trim();
                if !v.is_empty() && !crate::notify::settings::is_sender(v) {
                    return Err(SettingError::BadValue {
                        key: Self::KEYS[26],
                        expected: Expected::words(
                            "an email address such as news@example.org or Newsroom <news@example.org>",
                            "admin-expected-sender",
                        ),
                        value: value.into(),
                    });
                }
                self.notify.from = v.to_string();
            }
            "notify.moderator_emails" => {
                self.notify.moderators =
                    crate::notify::settings::parse_emails(value).map_err(|bad| {
                        SettingError::BadValue {
                            key: Self::KEYS[27],
                            expected: Expected::words(
                                "space-separated email addresses",
                                "admin-expected-emails",
                            ),
                            value: bad,
                        }
                    })?
            }
            "notify.moderator_mode" => {
                self.notify.mode = match value.trim() {
                    "each" => crate::notify::ModeratorMode::Each,
                    "digest" => crate::notify::ModeratorMode::Digest,
                    _ => {
                        return Err(SettingError::BadValue {
                            key: Self::KEYS[28],
                            expected: Expected::words(
                                "each or digest",
                                "admin-expected-each-digest",
                            ),
                            value: value.into(),
                        });
                    }
                }
            }
            "notify.webhooks" => {
                self.notify.webhooks =
                    crate::notify::settings::parse_urls(value).map_err(|bad| {
                        SettingError::BadValue {
                            key: Self::KEYS[29],
                            expected: Expected::words(
                                "space-separated http:// or https:// URLs",
                                "admin-expected-urls",
                            ),
                            value: bad,
                        }
                    })?
            }
            "notify.webhook_secret" => self.notify.webhook_secret = value.trim().to_string(),
            "notify.max_per_hour" => {
                self.notify.max_per_hour = parse_num(
                    Self::KEYS[31],
                    value,
                    1,
                    10_000,
                    ("a number from 1 to 10000", "admin-expected-number"),
                )?
            }
            "site.language" => {
                self.language =
                    masthead_i18n::Lang::parse(value).map_err(|_| SettingError::BadValue {
                        key: Self::KEYS[32],
                        expected: Expected::words(Self::LANGUAGES, "admin-expected-language"),
                        value: value.into(),
                    })?
            }
            other => return Err(SettingError::UnknownKey(other.to_string())),
        }
        Ok(())
    }

    /// Builds settings from stored pairs; unknown or unreadable stored values
    /// keep their defaults and are reported, so a bad row cannot take the site down.
    pub fn from_pairs<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (Self, Vec<SettingError>) {
        let mut s = Self::default();
        let mut problems = Vec::new();
        let (aliases, keys): (Vec<_>, Vec<_>) = pairs
            .into_iter()
            .partition(|(k, _)| Self::ALIASES.contains(k));
        for (k, v) in aliases.into_iter().chain(keys) {
            if let Err(e) = s.set(k, v) {
                problems.push(e);
            }
        }
        (s, problems)
    }

    /// The site's settings as stored: the one way every part of masthead
    /// reads them. Rows that cannot be read keep their defaults and come
    /// back as problems for the caller to report.
    pub async fn load<S>(store: &S) -> StoreResult<(Self, Vec<SettingError>)>
    where
        S: SettingsStore + Sync + ?Sized,
    {
        let pairs = store.settings().await?;
        Ok(Self::from_pairs(
            pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
        ))
    }

    /// Settings whose value is a secret: shown masked, never printed.
    pub const SECRET_KEYS: &'static [&'static str] = &["notify.webhook_secret"];

    /// Every setting as it may be shown (listed, echoed): a secret's value
    /// is masked, saying only whether one is set.
    pub fn to_shown_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = self.to_pairs();
        for (k, v) in &mut pairs {
            if Self::SECRET_KEYS.contains(k) && !v.is_empty() {
                *v = "******** (set; not shown)".to_string();
            }
        }
        pairs
    }

    /// The current value of every setting in its text form.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let m = &self.moderation;
        vec![
            ("site.title", self.title.clone()),
            ("site.description", self.description.clone()),
            ("site.url", self.url.clone()),
            (
                "site.utc_offset_minutes",
                self.utc_offset_minutes.to_string(),
            ),
            ("articles.per_page", self.articles_per_page.to_string()),
            ("comments.thread_depth", self.thread_depth.to_string()),
            ("comments.allowed_tags", self.allowlist.to_string()),
            ("comments.hold_all", m.hold_all.to_string()),
            ("comments.max_links", m.max_links.to_string()),
            (
                "comments.require_previously_approved",
                (m.trust_after > 0).to_string(),
            ),
            ("comments.trust_after", m.trust_after.to_string()),
            ("comments.moderation_words", m.moderation_words.join(", ")),
            ("comments.disallowed_words", m.disallowed_words.join(", ")),
            ("comments.flood_seconds", m.flood_seconds.to_string()),
            ("comments.min_fill_seconds", m.min_fill_seconds.to_string()),
            (
                "comments.form_max_age_hours",
                m.form_max_age_hours.to_string(),
            ),
            (
                "comments.rest_anonymous",
                self.rest_anonymous_comments.to_string(),
            ),
            ("comments.close_after_days", m.close_after_days.to_string()),
            ("comments.page_comments", self.paging.per_page.to_string()),
            (
                "comments.default_page",
                self.paging.default_page.as_str().to_string(),
            ),
            ("embed.allowed_origins", self.embed_origins.to_string()),
            (
                "comments.edit_minutes",
                self.readers.edit_minutes.to_string(),
            ),
            (
                "comments.report_threshold",
                self.readers.report_threshold.to_string(),
            ),
            ("comments.avatars", self.readers.avatars.to_string()),
            (
                "privacy.ip_retention_days",
                self.readers.ip_retention_days.to_string(),
            ),
            ("site.robots", self.robots.clone()),
            ("site.logo_url", self.logo_url.clone()),
            ("mail.from", self.notify.from.clone()),
            ("notify.moderator_emails", self.notify.moderators.join(" ")),
            (
                "notify.moderator_mode",
                self.notify.mode.as_str().to_string(),
            ),
            ("notify.webhooks", self.notify.webhooks.join(" ")),
            ("notify.webhook_secret", self.notify.webhook_secret.clone()),
            ("notify.max_per_hour", self.notify.max_per_hour.to_string()),
            ("site.language", self.language.code().to_string()),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_setting_round_trips_through_text() {
        let mut s = SiteSettings::default();
        s.set("comments.moderation_words", "casino,\n poker")
            .unwrap();
        s.set("comments.max_links", "5").unwrap();
        s.set("comments.rest_anonymous", "false").unwrap();
        s.set("comments.close_after_days", "14").unwrap();
        s.set("comments.page_comments", "0").unwrap();
        s.set("comments.default_page", "oldest").unwrap();
        s.set("comments.edit_minutes", "0").unwrap();
        s.set("comments.report_threshold", "7").unwrap();
        s.set("comments.avatars", "false").unwrap();
        s.set("privacy.ip_retention_days", "7").unwrap();
        s.set("site.robots", "User-agent: *\r\nDisallow: /\r\n")
            .unwrap();
        s.set("site.logo_url", "/media/logo.png").unwrap();
        s.set("mail.from", "Newsroom <news@example.org>").unwrap();
        s.set("notify.moderator_emails", "a@example.org B@example.org")
            .unwrap();
        s.set("notify.moderator_mode", "digest").unwrap();
        s.set("notify.webhooks", "https://hooks.example.org/x")
            .unwrap();
        s.set("notify.max_per_hour", "3").unwrap();
        s.set("site.language", "pl").unwrap();
        s.set("comments.trust_after", "3").unwrap();
        s.set(
            "embed.allowed_origins",
            "https://blog.example.org http://127.0.0.1:8081",
        )
        .unwrap();
        let pairs = s.to_pairs();
        let (back, problems) =
            SiteSettings::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())));
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(back, s);
        assert_eq!(back.moderation.moderation_words, vec!["casino", "poker"]);
        assert_eq!(back.robots, "User-agent: *\nDisallow: /\n");
        assert_eq!(back.language, masthead_i18n::Lang::Pl);
    }

    #[test]
    fn trust_after_takes_0_to_1000_and_the_old_switch_is_its_alias() {
        let mut s = SiteSettings::default();
        assert_eq!(s.moderation.trust_after, 1);
        for ok in ["0", "1", "1000"] {
            s.set("comments.trust_after", ok).unwrap();
        }
        for bad in ["-1", "1001", "many", "", "2.5"] {
            let e = s.set("comments.trust_after", bad).unwrap_err().to_string();
            assert!(
                e.contains("comments.trust_after") && e.contains("0 (hold no newcomer) to 1000"),
                "{e}"
            );
        }
        assert_eq!(s.moderation.trust_after, 1000);
        s.set("comments.require_previously_approved", "true")
            .unwrap();
        assert_eq!(s.moderation.trust_after, 1000, "on keeps the count");
        s.set("comments.require_previously_approved", "false")
            .unwrap();
        assert_eq!(s.moderation.trust_after, 0);
        s.set("comments.require_previously_approved", "on").unwrap();
        assert_eq!(s.moderation.trust_after, 1);
        assert_eq!(
            SiteSettings::stored_key("comments.require_previously_approved"),
            "comments.trust_after"
        );
        // Both rows stored: the newer key decides, whatever their order.
        let (loaded, problems) = SiteSettings::from_pairs([
            ("comments.trust_after", "3"),
            ("comments.require_previously_approved", "false"),
        ]);
        assert!(problems.is_empty());
        assert_eq!(loaded.moderation.trust_after, 3);
        let (old, _) =
            SiteSettings::from_pairs([("comments.require_previously_approved", "false")]);
        assert_eq!(old.moderation.trust_after, 0);
    }

    #[test]
    fn an_unknown_language_is_refused_with_the_languages_available() {
        let mut s = SiteSettings::default();
        let e = s.set("site.language", "tlh").unwrap_err().to_string();
        assert!(e.contains("site.language") && e.contains("tlh"), "{e}");
        assert_eq!(
            SiteSettings::LANGUAGES,
            format!("one of {}", masthead_i18n::Lang::codes())
        );
        assert!(e.contains(SiteSettings::LANGUAGES), "{e}");
        assert_eq!(s.language, masthead_i18n::Lang::En);
        s.set("site.language", "ar").unwrap();
        assert_eq!(s.language.dir(), "rtl");
        assert_ne!(s.shown_description(), SiteSettings::DEFAULT_DESCRIPTION);
        s.set("site.description", "Akhbar").unwrap();
        assert_eq!(s.shown_description(), "Akhbar");
    }

    #[test]
    fn bad_values_are_refused_with_the_key_named() {
        let mut s = SiteSettings::default();
        let e = s.set("comments.max_links", "many").unwrap_err();
        assert!(e.to_string().contains("comments.max_links"), "{e}");
        assert!(matches!(
            s.set("nope", "1"),
            Err(SettingError::UnknownKey(_))
        ));
        assert!(s.set("comments.allowed_tags", "b script").is_err());
        assert!(s.set("comments.default_page", "middle").is_err());
        assert!(s.set("comments.page_comments", "-1").is_err());
        assert!(s.set("site.logo_url", "javascript:alert(1)").is_err());
        assert!(s.set("site.logo_url", "//evil.example/logo.png").is_err());
        let e = s.set("notify.moderator_emails", "a@example.org nope");
        assert!(e.unwrap_err().to_string().contains("nope"));
        assert!(s.set("notify.webhooks", "ftp://x.example/").is_err());
        assert!(
            s.set("mail.from", "a@example.org\r\nBcc: b@example.org")
                .is_err()
        );
        assert!(s.set("notify.moderator_mode", "sometimes").is_err());
        let e = s.set(
            "embed.allowed_origins",
            "https://ok.example blog.example.org",
        );
        assert!(e.unwrap_err().to_string().contains("blog.example.org"));
    }

    #[test]
    fn refusals_say_what_is_expected_in_the_sites_language() {
        use masthead_i18n::{Lang, Tr};
        let mut s = SiteSettings::default();
        let e = s.set("articles.per_page", "0").unwrap_err();
        assert_eq!(
            e.to_string(),
            "setting articles.per_page must be a number from 1 to 100, not “0”"
        );
        let fr = e.message(Tr::new(Lang::Fr));
        assert!(fr.contains("articles.per_page"), "{fr}");
        assert!(fr.contains("un nombre de 1 à 100"), "{fr}");
        assert!(fr.contains("« 0 »"), "{fr}");
        let de = s
            .set("comments.hold_all", "vielleicht")
            .unwrap_err()
            .message(Tr::new(Lang::De));
        assert!(de.contains("„true“ oder „false“"), "{de}");
        let en = s
            .set("comments.allowed_tags", "script")
            .unwrap_err()
            .message(Tr::new(Lang::En));
        assert!(en.contains("“script”"), "{en}");
        let pl = s.set("nope", "1").unwrap_err().message(Tr::new(Lang::Pl));
        assert!(pl.starts_with("Nieznane ustawienie „nope”"), "{pl}");
    }
}
