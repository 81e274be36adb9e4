//! A setting refused: in English for logs, in the site's language for people.
use super::expected::Expected;
use super::kinds::Refused;
use super::table::known_keys;
use crate::Localized;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SettingError {
    #[error("unknown setting “{0}” (known: {list})", list = known_keys())]
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

impl SettingError {
    /// `refused`, said of the setting `key`.
    pub(super) fn of(key: &'static str, refused: Refused) -> Self {
        match refused {
            Refused::Value { expected, value } => Self::BadValue {
                key,
                expected,
                value,
            },
            Refused::Tags(e) => Self::Allowlist(e),
        }
    }
}

impl Localized for SettingError {
    fn message(&self, t: masthead_i18n::Tr) -> String {
        use masthead_i18n::Arg;
        match self {
            Self::UnknownKey(key) => t.args(
                "admin-settings-unknown-key",
                &[("key", Arg::from(key)), ("known", known_keys().into())],
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
