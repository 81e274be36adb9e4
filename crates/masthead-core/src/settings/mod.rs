//! Site settings: stored as key/value text in the database so every process
//! (server, CLI, admin, other nodes) sees the same values. Each setting is
//! declared once, in `table.rs`; reading, listing, the defaults, the CLI and
//! the admin form all come from that table.
mod error;
mod expected;
mod kinds;
mod site;
mod table;

#[cfg(test)]
mod reference;
#[cfg(test)]
mod tests;

pub use error::SettingError;
pub use expected::Expected;
pub use kinds::{Shape, Slot};
pub use site::{
    FederationSettings, FilterMode, ModerationSettings, ProofOfWork, Rate, ReaderSettings,
    SiteSettings, parse_username,
};
pub use table::{SETTINGS, Setting, known_keys, setting};

use crate::store::{SettingsStore, StoreResult};

impl Default for SiteSettings {
    /// Every setting's declared default.
    fn default() -> Self {
        let mut s = Self::blank();
        for setting in SETTINGS.iter().filter(|s| s.alias_of.is_none()) {
            // Each default is read back in a test, so none is refused.
            let _ = setting.slot.read(&mut s, setting.default);
        }
        s
    }
}

impl Default for ModerationSettings {
    fn default() -> Self {
        SiteSettings::default().moderation
    }
}

impl Default for ReaderSettings {
    fn default() -> Self {
        SiteSettings::default().readers
    }
}

impl SiteSettings {
    /// The key a value set under `key` is stored under: the newer key for
    /// an alias, `key` itself otherwise.
    pub fn stored_key(key: &str) -> &str {
        match setting(key).and_then(|s| s.alias_of) {
            Some(newer) => newer,
            None => key,
        }
    }

    /// Changes one setting from its stored text form.
    pub fn set(&mut self, key: &str, value: &str) -> Result<(), SettingError> {
        let setting = setting(key).ok_or_else(|| SettingError::UnknownKey(key.to_string()))?;
        setting
            .slot
            .read(self, value)
            .map_err(|r| SettingError::of(setting.key, r))
    }

    /// Builds settings from stored pairs; unknown or unreadable stored values
    /// keep their defaults and are reported, so a bad row cannot take the site down.
    pub fn from_pairs<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (Self, Vec<SettingError>) {
        let mut s = Self::default();
        let mut problems = Vec::new();
        // An alias sets part of a newer key's value: read first, so the
        // newer key, when stored too, decides.
        let (aliases, keys): (Vec<_>, Vec<_>) = pairs
            .into_iter()
            .partition(|(k, _)| setting(k).is_some_and(|s| s.alias_of.is_some()));
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

    /// Every setting as it may be shown (listed, echoed): a secret's value
    /// is masked, saying only whether one is set.
    pub fn to_shown_pairs(&self) -> Vec<(&'static str, String)> {
        SETTINGS
            .iter()
            .map(|s| {
                let v = s.slot.write(self);
                if s.secret && !v.is_empty() {
                    (s.key, "******** (set; not shown)".to_string())
                } else {
                    (s.key, v)
                }
            })
            .collect()
    }

    /// The current value of every setting in its text form.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        SETTINGS
            .iter()
            .map(|s| (s.key, s.slot.write(self)))
            .collect()
    }
}
