//! The notification settings (`mail.from`, `notify.*`), checked as they are
//! set so a typo is refused with the key named, as other settings are.
use crate::comment::is_email;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ModeratorMode {
    /// One message per held comment.
    #[default]
    Each,
    /// One message an hour listing the comments held since the last.
    Digest,
}

impl ModeratorMode {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Each => "each",
            Self::Digest => "digest",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotifySettings {
    /// The sender of every message (`mail.from`); nothing is mailed
    /// (it stays queued) until it is set.
    pub from: String,
    /// `notify.moderator_emails`.
    pub moderators: Vec<String>,
    /// `notify.moderator_mode`.
    pub mode: ModeratorMode,
    /// `notify.webhooks`: http(s) URLs told of each held comment.
    pub webhooks: Vec<String>,
    /// `notify.chat_webhooks`: Slack-, Mattermost- and Matrix-style
    /// incoming webhooks, told of each held or reported comment in words,
    /// with signed approve and spam links.
    pub chat_webhooks: Vec<String>,
    /// `notify.webhook_secret`: signs webhook bodies; empty uses a key
    /// derived from the site secret.
    pub webhook_secret: String,
    /// `notify.max_per_hour`: messages one address receives in an hour at
    /// most; the rest wait for the next hour (none is dropped).
    pub max_per_hour: u32,
}

impl Default for NotifySettings {
    fn default() -> Self {
        Self {
            from: String::new(),
            moderators: Vec::new(),
            mode: ModeratorMode::Each,
            webhooks: Vec::new(),
            chat_webhooks: Vec::new(),
            webhook_secret: String::new(),
            max_per_hour: 10,
        }
    }
}

/// A bare address (`news@example.org`) or a named one
/// (`Newsroom <news@example.org>`), with no line breaks.
pub fn is_sender(v: &str) -> bool {
    if v.contains(['\r', '\n']) {
        return false;
    }
    match v.rsplit_once('<') {
        Some((name, rest)) => {
            !name.contains(['"', '>', '<'])
                && rest.strip_suffix('>').is_some_and(|a| is_email(a.trim()))
        }
        None => is_email(v),
    }
}

/// Space- (or comma-) separated addresses, each checked; the bad one back.
pub fn parse_emails(v: &str) -> Result<Vec<String>, String> {
    v.split([' ', ',', '\n', '\t', '\r'])
        .filter(|s| !s.is_empty())
        .map(|s| {
            if is_email(s) {
                Ok(s.to_ascii_lowercase())
            } else {
                Err(s.to_string())
            }
        })
        .collect()
}

/// Space-separated http(s) URLs, each checked; the bad one back.
/// `moderation.hook_url`: one http(s) URL, or nothing.
pub fn parse_hook_url(v: &str) -> Result<String, String> {
    match parse_urls(v)?.as_slice() {
        [] => Ok(String::new()),
        [one] => Ok(one.clone()),
        _ => Err(v.trim().to_string()),
    }
}

pub fn parse_urls(v: &str) -> Result<Vec<String>, String> {
    v.split_whitespace()
        .map(|s| {
            let ok = url::Url::parse(s)
                .is_ok_and(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some());
            if ok {
                Ok(s.to_string())
            } else {
                Err(s.to_string())
            }
        })
        .collect()
}
