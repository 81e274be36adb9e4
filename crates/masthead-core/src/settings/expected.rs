//! What a setting takes, as a refusal says it.
use crate::Localized;

/// What a setting takes: English for `Display` (logs), a message id
/// (`admin-expected-*`) with the bounds it names for people. `{min}` and
/// `{max}` in the English stand for the bounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Expected {
    pub english: &'static str,
    pub id: &'static str,
    /// `$min` and `$max` of a range (unused by other messages).
    pub min: i64,
    pub max: i64,
}

impl Expected {
    /// A phrase; a number setting fills in its own bounds.
    pub const fn phrase(english: &'static str, id: &'static str) -> Self {
        Self {
            english,
            id,
            min: 0,
            max: 0,
        }
    }

    /// The phrase told the bounds `min` to `max`.
    pub const fn between(self, min: i64, max: i64) -> Self {
        Self { min, max, ..self }
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
        f.write_str(
            &self
                .english
                .replace("{min}", &self.min.to_string())
                .replace("{max}", &self.max.to_string()),
        )
    }
}
