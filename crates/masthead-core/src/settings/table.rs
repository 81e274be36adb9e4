//! Every site setting, declared once: its key, its default, the message
//! that says what it is, what it takes and the field it fills. Parsing,
//! `masthead settings`, the admin form, the defaults and the reference in
//! docs/operations.md are all read from this table.
//!
//! Order: the admin form's, which `masthead settings list` follows too.
use super::expected::Expected;
use super::kinds::{
    Address, Choice, Flag, Language, Lines, List, Number, Parsed, Slot, Switch, Tags, Text, Words,
    field,
};
use super::site::{FilterMode, ProofOfWork, Rate, SiteSettings};
use crate::article::thread::AllowedOrigins;
use crate::comment::DefaultPage;
use crate::notify::ModeratorMode;

/// One site setting.
pub struct Setting {
    /// The key it is stored and set under (`comments.max_links`).
    pub key: &'static str,
    /// Its text when nothing is stored.
    pub default: &'static str,
    /// The message saying what it is, in the site's language: the admin
    /// form's label, and the reference's description in English.
    pub help: &'static str,
    /// What it takes and the field of `SiteSettings` it fills.
    pub slot: &'static dyn Slot,
    /// Shown on the admin settings form.
    pub on_form: bool,
    /// Listed masked (it signs or unlocks something), never on the form.
    pub secret: bool,
    /// An older key kept for what was stored under it: setting it changes
    /// part of this newer key's value, which is what gets stored.
    pub alias_of: Option<&'static str>,
}

impl Setting {
    const fn new(
        key: &'static str,
        default: &'static str,
        help: &'static str,
        slot: &'static dyn Slot,
    ) -> Self {
        Self {
            key,
            default,
            help,
            slot,
            on_form: true,
            secret: false,
            alias_of: None,
        }
    }

    /// Set with `masthead settings` only.
    const fn cli_only(self) -> Self {
        Self {
            on_form: false,
            ..self
        }
    }

    const fn secret(self) -> Self {
        Self {
            secret: true,
            on_form: false,
            ..self
        }
    }

    const fn alias_of(self, key: &'static str) -> Self {
        Self {
            alias_of: Some(key),
            on_form: false,
            ..self
        }
    }
}

const NUMBER: Expected = Expected::phrase("a number from {min} to {max}", "admin-expected-number");
const RATE: Expected = Expected::phrase(
    "a percentage from 0.0001% to 50%, such as 0.1%",
    "admin-expected-rate",
);
const SECONDS: Expected = Expected::phrase("seconds from {min} to {max}", "admin-expected-seconds");
const DAYS_NEVER: Expected = Expected::phrase(
    "days from {min} (never) to {max}",
    "admin-expected-days-never",
);

/// An http(s) address with a host.
fn web_address(v: &str) -> bool {
    url::Url::parse(v).is_ok_and(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some())
}

pub static SETTINGS: &[Setting] = &[
    Setting::new(
        "site.title",
        "masthead",
        "admin-setting-site-title",
        &Text(field!(title)),
    ),
    // The default says itself in the site's language (`shown_description`).
    Setting::new(
        "site.description",
        SiteSettings::DEFAULT_DESCRIPTION,
        "admin-setting-site-description",
        &Text(field!(description)),
    ),
    Setting::new(
        "site.language",
        "en",
        "admin-setting-site-language",
        &Language(field!(language)),
    ),
    Setting::new(
        "site.url",
        "",
        "admin-setting-site-url",
        &Address {
            field: field!(url),
            // Kept without a trailing slash: paths are appended to it.
            check: |v| {
                let v = v.trim_end_matches('/');
                (v.is_empty() || web_address(v)).then_some(v)
            },
            expected: Expected::phrase(
                "an http:// or https:// address",
                "admin-expected-http-address",
            ),
        },
    ),
    Setting::new(
        "site.utc_offset_minutes",
        "0",
        "admin-setting-site-utc-offset-minutes",
        &Number {
            field: field!(utc_offset_minutes),
            min: -14 * 60,
            max: 14 * 60,
            expected: Expected::phrase(
                "minutes between {min} and {max}",
                "admin-expected-minutes-between",
            ),
        },
    )
    .cli_only(),
    Setting::new(
        "articles.per_page",
        "10",
        "admin-setting-articles-per-page",
        &Number {
            field: field!(articles_per_page),
            min: 1,
            max: 100,
            expected: NUMBER,
        },
    ),
    Setting::new(
        "comments.thread_depth",
        "5",
        "admin-setting-comments-thread-depth",
        &Number {
            field: field!(thread_depth),
            min: 1,
            max: 10,
            expected: NUMBER,
        },
    ),
    // Shown read-only under the admin form: a tag list is easy to get
    // wrong in a text box, and each tag widens what commenters may post.
    Setting::new(
        "comments.allowed_tags",
        crate::html::DEFAULT_ALLOWLIST,
        "admin-settings-allowed-html",
        &Tags(field!(allowlist)),
    )
    .cli_only(),
    Setting::new(
        "comments.page_comments",
        "50",
        "admin-setting-comments-page-comments",
        &Number {
            field: field!(paging.per_page),
            min: 0,
            max: 1000,
            expected: Expected::phrase(
                "a number from {min} (all on one page) to {max}",
                "admin-expected-comments-per-page",
            ),
        },
    ),
    Setting::new(
        "comments.default_page",
        "newest",
        "admin-setting-comments-default-page",
        &Choice {
            field: field!(paging.default_page),
            choices: &[
                ("newest", DefaultPage::Newest),
                ("oldest", DefaultPage::Oldest),
            ],
            expected: Expected::phrase("newest or oldest", "admin-expected-newest-oldest"),
        },
    ),
    Setting::new(
        "comments.trust_after",
        "1",
        "admin-setting-comments-trust-after",
        &Number {
            field: field!(moderation.trust_after),
            min: 0,
            max: SiteSettings::TRUST_AFTER_MAX,
            expected: Expected::phrase(
                "a number from {min} (hold no newcomer) to {max}",
                "admin-expected-trust-after",
            ),
        },
    ),
    // WordPress's switch, kept as an alias: off is `trust_after` 0; on
    // keeps a count already set, or makes it WordPress's 1.
    Setting::new(
        "comments.require_previously_approved",
        "true",
        "admin-setting-comments-require-previously-approved",
        &Switch {
            get: |s| s.moderation.trust_after > 0,
            set: |s, on| {
                let m = &mut s.moderation;
                m.trust_after = if on { m.trust_after.max(1) } else { 0 };
            },
        },
    )
    .alias_of("comments.trust_after"),
    Setting::new(
        "comments.recent_history",
        "10",
        "admin-setting-comments-recent-history",
        &Number {
            field: field!(moderation.recent_history),
            min: 0,
            max: 100,
            expected: NUMBER,
        },
    ),
    Setting::new(
        "comments.recent_rejection_rate",
        "30",
        "admin-setting-comments-recent-rejection-rate",
        &Number {
            field: field!(moderation.recent_rejection_rate),
            min: 1,
            max: 100,
            expected: NUMBER,
        },
    ),
    Setting::new(
        "comments.hold_all",
        "false",
        "admin-setting-comments-hold-all",
        &Flag(field!(moderation.hold_all)),
    ),
    Setting::new(
        "comments.max_links",
        "2",
        "admin-setting-comments-max-links",
        &Number {
            field: field!(moderation.max_links),
            min: 0,
            max: 1000,
            expected: NUMBER,
        },
    ),
    Setting::new(
        "comments.moderation_words",
        "",
        "admin-setting-comments-moderation-words",
        &Words(field!(moderation.moderation_words)),
    ),
    Setting::new(
        "comments.disallowed_words",
        "",
        "admin-setting-comments-disallowed-words",
        &Words(field!(moderation.disallowed_words)),
    ),
    Setting::new(
        "comments.flood_seconds",
        "15",
        "admin-setting-comments-flood-seconds",
        &Number {
            field: field!(moderation.flood_seconds),
            min: 0,
            max: 86_400,
            expected: SECONDS,
        },
    ),
    Setting::new(
        "comments.min_fill_seconds",
        "3",
        "admin-setting-comments-min-fill-seconds",
        &Number {
            field: field!(moderation.min_fill_seconds),
            min: 0,
            max: 600,
            expected: SECONDS,
        },
    ),
    Setting::new(
        "comments.form_max_age_hours",
        "48",
        "admin-setting-comments-form-max-age-hours",
        &Number {
            field: field!(moderation.form_max_age_hours),
            min: 1,
            max: 24 * 30,
            expected: Expected::phrase("hours from {min} to {max}", "admin-expected-hours"),
        },
    )
    .cli_only(),
    Setting::new(
        "comments.close_after_days",
        "0",
        "admin-setting-comments-close-after-days",
        &Number {
            field: field!(moderation.close_after_days),
            min: 0,
            max: 36_500,
            expected: DAYS_NEVER,
        },
    ),
    Setting::new(
        "moderation.filter",
        "advise",
        "admin-setting-moderation-filter",
        &Choice {
            field: field!(moderation.filter),
            choices: &[
                ("off", FilterMode::Off),
                ("advise", FilterMode::Advise),
                ("auto", FilterMode::Auto),
            ],
            expected: Expected::phrase("off, advise or auto", "admin-expected-filter"),
        },
    ),
    Setting::new(
        "moderation.filter_ham_to_spam",
        "0.1%",
        "admin-setting-moderation-filter-ham-to-spam",
        &Parsed {
            field: field!(moderation.filter_ham_to_spam),
            parse: Rate::parse,
            expected: RATE,
        },
    ),
    Setting::new(
        "moderation.filter_spam_shown",
        "2%",
        "admin-setting-moderation-filter-spam-shown",
        &Parsed {
            field: field!(moderation.filter_spam_shown),
            parse: Rate::parse,
            expected: RATE,
        },
    ),
    Setting::new(
        "moderation.proof_of_work",
        "off",
        "admin-setting-moderation-proof-of-work",
        &Choice {
            field: field!(moderation.proof_of_work),
            choices: &[
                ("off", ProofOfWork::Off),
                ("when_unsure", ProofOfWork::WhenUnsure),
            ],
            expected: Expected::phrase("off or when_unsure", "admin-expected-proof-of-work"),
        },
    ),
    Setting::new(
        "moderation.flood_per_minute",
        "0",
        "admin-setting-moderation-flood-per-minute",
        &Number {
            field: field!(moderation.flood_per_minute),
            min: 0,
            max: 1_000_000,
            expected: NUMBER,
        },
    ),
    Setting::new(
        "moderation.hook_url",
        "",
        "admin-setting-moderation-hook-url",
        &Parsed {
            field: field!(moderation.hook_url),
            parse: crate::notify::settings::parse_hook_url,
            expected: Expected::phrase(
                "one http:// or https:// URL, or nothing",
                "admin-expected-hook-url",
            ),
        },
    ),
    Setting::new(
        "moderation.hook_timeout_ms",
        "500",
        "admin-setting-moderation-hook-timeout-ms",
        &Number {
            field: field!(moderation.hook_timeout_ms),
            min: 50,
            max: 10_000,
            expected: NUMBER,
        },
    ),
    Setting::new(
        "comments.rest_anonymous",
        "true",
        "admin-setting-comments-rest-anonymous",
        &Flag(field!(rest_anonymous_comments)),
    ),
    Setting::new(
        "federation.enabled",
        "false",
        "admin-setting-federation-enabled",
        &Flag(field!(federation.enabled)),
    ),
    Setting::new(
        "federation.username",
        "news",
        "admin-setting-federation-username",
        &Parsed {
            field: field!(federation.username),
            parse: super::site::parse_username,
            expected: Expected::phrase("1 to 30 of a-z, 0-9 and _", "admin-expected-username"),
        },
    ),
    Setting::new(
        "federation.staff_authors",
        "false",
        "admin-setting-federation-staff-authors",
        &Flag(field!(federation.staff_authors)),
    ),
    Setting::new(
        "federation.blocked_domains",
        "",
        "admin-setting-federation-blocked-domains",
        &List {
            field: field!(federation.blocked_domains),
            parse: super::site::parse_domains,
            expected: Expected::phrase(
                "domain names such as spam.example, space-separated",
                "admin-expected-domains",
            ),
        },
    ),
    Setting::new(
        "embed.allowed_origins",
        "",
        "admin-setting-embed-allowed-origins",
        &Parsed {
            field: field!(embed_origins),
            parse: AllowedOrigins::parse,
            expected: Expected::phrase(
                "space-separated origins such as https://blog.example.org",
                "admin-expected-origins",
            ),
        },
    )
    .cli_only(),
    Setting::new(
        "comments.edit_minutes",
        "15",
        "admin-setting-comments-edit-minutes",
        &Number {
            field: field!(readers.edit_minutes),
            min: 0,
            max: 7 * 24 * 60,
            expected: Expected::phrase(
                "minutes from {min} (no editing) to {max}",
                "admin-expected-edit-minutes",
            ),
        },
    ),
    Setting::new(
        "comments.report_threshold",
        "3",
        "admin-setting-comments-report-threshold",
        &Number {
            field: field!(readers.report_threshold),
            min: 1,
            max: 1000,
            expected: NUMBER,
        },
    ),
    Setting::new(
        "comments.avatars",
        "true",
        "admin-setting-comments-avatars",
        &Flag(field!(readers.avatars)),
    ),
    Setting::new(
        "privacy.ip_retention_days",
        "30",
        "admin-setting-privacy-ip-retention-days",
        &Number {
            field: field!(readers.ip_retention_days),
            min: 0,
            max: 36_500,
            expected: Expected::phrase(
                "days from {min} (for ever) to {max}",
                "admin-expected-days-forever",
            ),
        },
    ),
    Setting::new(
        "site.logo_url",
        "",
        "admin-setting-site-logo-url",
        &Address {
            field: field!(logo_url),
            check: |v| {
                let path = v.starts_with('/') && !v.starts_with("//");
                (path || web_address(v)).then_some(v)
            },
            expected: Expected::phrase(
                "an http:// or https:// address or a path such as /media/logo.png",
                "admin-expected-address-or-path",
            ),
        },
    ),
    Setting::new(
        "site.robots",
        crate::seo::robots::DEFAULT,
        "admin-setting-site-robots",
        &Lines(field!(robots)),
    ),
    Setting::new(
        "mail.from",
        "",
        "admin-setting-mail-from",
        &Address {
            field: field!(notify.from),
            check: |v| crate::notify::settings::is_sender(v).then_some(v),
            expected: Expected::phrase(
                "an email address such as news@example.org or Newsroom <news@example.org>",
                "admin-expected-sender",
            ),
        },
    ),
    Setting::new(
        "notify.moderator_emails",
        "",
        "admin-setting-notify-moderator-emails",
        &List {
            field: field!(notify.moderators),
            parse: crate::notify::settings::parse_emails,
            expected: Expected::phrase("space-separated email addresses", "admin-expected-emails"),
        },
    ),
    Setting::new(
        "notify.moderator_mode",
        "each",
        "admin-setting-notify-moderator-mode",
        &Choice {
            field: field!(notify.mode),
            choices: &[
                ("each", ModeratorMode::Each),
                ("digest", ModeratorMode::Digest),
            ],
            expected: Expected::phrase("each or digest", "admin-expected-each-digest"),
        },
    ),
    Setting::new(
        "notify.webhooks",
        "",
        "admin-setting-notify-webhooks",
        &List {
            field: field!(notify.webhooks),
            parse: crate::notify::settings::parse_urls,
            expected: Expected::phrase(
                "space-separated http:// or https:// URLs",
                "admin-expected-urls",
            ),
        },
    ),
    Setting::new(
        "notify.chat_webhooks",
        "",
        "admin-setting-notify-chat-webhooks",
        &List {
            field: field!(notify.chat_webhooks),
            parse: crate::notify::settings::parse_urls,
            expected: Expected::phrase(
                "space-separated http:// or https:// URLs",
                "admin-expected-urls",
            ),
        },
    ),
    // Empty: webhooks are signed with a key derived from the site secret.
    Setting::new(
        "notify.webhook_secret",
        "",
        "admin-setting-notify-webhook-secret",
        &Text(field!(notify.webhook_secret)),
    )
    .secret(),
    Setting::new(
        "notify.max_per_hour",
        "10",
        "admin-setting-notify-max-per-hour",
        &Number {
            field: field!(notify.max_per_hour),
            min: 1,
            max: 10_000,
            expected: NUMBER,
        },
    ),
];

/// The setting stored or set under `key`, if there is one.
pub fn setting(key: &str) -> Option<&'static Setting> {
    SETTINGS.iter().find(|s| s.key == key)
}

/// Every key, comma-separated: what an unknown key is told.
pub fn known_keys() -> String {
    SETTINGS
        .iter()
        .map(|s| s.key)
        .collect::<Vec<_>>()
        .join(", ")
}
