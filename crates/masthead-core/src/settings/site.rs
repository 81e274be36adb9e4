//! The site's settings as the rest of masthead reads them: typed fields.
//! What each holds by default, and how it is written as text, is declared
//! once in `table.rs`.
use crate::article::thread::AllowedOrigins;
use crate::comment::{DefaultPage, Paging};
use crate::html::Allowlist;

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
    /// What the spam filter does (`moderation.filter`).
    pub filter: FilterMode,
    /// The most ham auto mode may send to spam
    /// (`moderation.filter_ham_to_spam`).
    pub filter_ham_to_spam: Rate,
    /// The most spam auto mode may publish (`moderation.filter_spam_shown`).
    pub filter_spam_shown: Rate,
    /// When a browser is asked for a proof of work
    /// (`moderation.proof_of_work`).
    pub proof_of_work: ProofOfWork,
    /// Comments a minute (on one server) above which a flood is on: every
    /// comment auto mode would publish from a newcomer then needs a proof of
    /// work too (`moderation.flood_per_minute`; 0: never).
    pub flood_per_minute: u32,
    /// How many of an author's newest decided comments the rejection rate
    /// is counted over (`comments.recent_history`; 0: off).
    pub recent_history: u32,
    /// The share of those rejected (spam or trash), in percent, that sends
    /// an author back to pre-moderation (`comments.recent_rejection_rate`).
    pub recent_rejection_rate: u32,
    /// A newsroom's own classifier, asked about every comment before it is
    /// stored (`moderation.hook_url`; empty: none).
    pub hook_url: String,
    /// How long it may take to answer before the comment is held
    /// (`moderation.hook_timeout_ms`).
    pub hook_timeout_ms: u32,
}

/// `moderation.proof_of_work`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProofOfWork {
    Off,
    /// A comment auto mode leans towards publishing but is not sure of is
    /// published with a proof, held without one.
    WhenUnsure,
}

/// `moderation.filter`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilterMode {
    /// Not consulted (it still learns from decisions).
    Off,
    /// Every held comment shows the filter's score and reasons.
    Advise,
    /// Confident ham is published, confident spam goes to spam, the rest
    /// is held.
    Auto,
}

/// A share, kept in millionths; written as a percentage (`0.1%`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Rate(pub u32);

impl Rate {
    pub fn fraction(self) -> f64 {
        f64::from(self.0) / 1_000_000.0
    }

    /// `0.1%`, `0.1` (a percentage either way), `2%`; between 0.0001% and 50%.
    pub fn parse(text: &str) -> Result<Self, String> {
        let t = text.trim();
        let number = t.strip_suffix('%').unwrap_or(t).trim();
        let percent: f64 = number.parse().map_err(|_| text.to_string())?;
        if !(0.0001..=50.0).contains(&percent) {
            return Err(text.to_string());
        }
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        Ok(Self((percent * 10_000.0).round() as u32))
    }
}

impl std::fmt::Display for Rate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let percent = f64::from(self.0) / 10_000.0;
        write!(f, "{percent}%")
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
    /// Replies from other sites: Webmention now, ActivityPub to come
    /// (`federation.enabled`, `federation.username`).
    pub federation: FederationSettings,
}

/// What the site shows of itself to other sites, and takes from them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FederationSettings {
    /// Off by default: when on, articles advertise a Webmention endpoint and
    /// the site fetches the pages that mention them.
    pub enabled: bool,
    /// The site's account name (`acct:USERNAME@HOST`).
    pub username: String,
    /// Each staff author is an account too, `acct:THEIR-USER-NAME@HOST`,
    /// whose articles reach their own followers (`federation.staff_authors`).
    pub staff_authors: bool,
    /// Domains whose pages and servers are refused, with their subdomains
    /// (`federation.blocked_domains`).
    pub blocked_domains: Vec<String>,
}

impl FederationSettings {
    /// Whether `host` is a blocked domain or under one.
    pub fn blocks(&self, host: &str) -> bool {
        let host = host.trim_end_matches('.').to_ascii_lowercase();
        self.blocked_domains
            .iter()
            .any(|d| host == *d || host.ends_with(&format!(".{d}")))
    }
}

/// `federation.blocked_domains`: domain names (`example.org`; a leading
/// `*.` or `.` is dropped), space- or comma-separated, lower-cased.
pub fn parse_domains(v: &str) -> Result<Vec<String>, String> {
    v.split(|c: char| c.is_whitespace() || c == ',')
        .filter(|s| !s.is_empty())
        .map(|s| {
            let d = s
                .trim_start_matches("*.")
                .trim_start_matches('.')
                .trim_end_matches('.')
                .to_ascii_lowercase();
            let ok = !d.is_empty()
                && d.len() <= 253
                && d.split('.').all(|label| {
                    !label.is_empty()
                        && label.len() <= 63
                        && label
                            .bytes()
                            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
                });
            if ok { Ok(d) } else { Err(s.to_string()) }
        })
        .collect()
}

/// A `federation.username`: 1–30 of a–z, 0–9 and `_` (what Mastodon
/// accepts in a handle).
pub fn parse_username(v: &str) -> Result<String, String> {
    let v = v.trim();
    let ok = !v.is_empty()
        && v.len() <= 30
        && v.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
    if ok {
        Ok(v.to_string())
    } else {
        Err(v.to_string())
    }
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

impl SiteSettings {
    /// The description of a site that has not set one.
    pub const DEFAULT_DESCRIPTION: &'static str = "News and comment";

    /// What an unknown `site.language` is told (checked against
    /// `Lang::codes` in a test).
    pub const LANGUAGES: &'static str = "one of en, fr, de, es, pl, ar";

    /// The most `comments.trust_after` takes (and the most approved
    /// comments the store counts for it).
    pub const TRUST_AFTER_MAX: u32 = 1000;

    /// The description readers see: the default one says itself in the
    /// site's language, a description the site wrote is shown as written.
    pub fn shown_description(&self) -> String {
        if self.description == Self::DEFAULT_DESCRIPTION {
            masthead_i18n::Tr::new(self.language).t("site-default-description")
        } else {
            self.description.clone()
        }
    }

    /// Every field empty: what the declared defaults are written over
    /// (each field is some setting's, so none of these values survives).
    pub(super) fn blank() -> Self {
        Self {
            title: String::new(),
            description: String::new(),
            url: String::new(),
            articles_per_page: 0,
            thread_depth: 0,
            utc_offset_minutes: 0,
            allowlist: Allowlist::default(),
            moderation: ModerationSettings {
                hold_all: false,
                max_links: 0,
                trust_after: 0,
                moderation_words: Vec::new(),
                disallowed_words: Vec::new(),
                flood_seconds: 0,
                min_fill_seconds: 0,
                form_max_age_hours: 0,
                close_after_days: 0,
                filter: FilterMode::Off,
                filter_ham_to_spam: Rate(0),
                filter_spam_shown: Rate(0),
                proof_of_work: ProofOfWork::Off,
                flood_per_minute: 0,
                recent_history: 0,
                recent_rejection_rate: 0,
                hook_url: String::new(),
                hook_timeout_ms: 0,
            },
            rest_anonymous_comments: false,
            paging: Paging {
                per_page: 0,
                default_page: DefaultPage::Newest,
            },
            embed_origins: AllowedOrigins::default(),
            readers: ReaderSettings {
                edit_minutes: 0,
                report_threshold: 0,
                avatars: false,
                ip_retention_days: 0,
            },
            robots: String::new(),
            logo_url: String::new(),
            notify: crate::notify::NotifySettings {
                from: String::new(),
                moderators: Vec::new(),
                mode: crate::notify::ModeratorMode::Each,
                webhooks: Vec::new(),
                chat_webhooks: Vec::new(),
                webhook_secret: String::new(),
                max_per_hour: 0,
            },
            language: masthead_i18n::Lang::En,
            federation: FederationSettings {
                enabled: false,
                username: String::new(),
                staff_authors: false,
                blocked_domains: Vec::new(),
            },
        }
    }
}
