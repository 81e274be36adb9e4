//! HTML that has passed through one of the ammonia policies of this module.
//! Only the sanitiser makes one from new input; a storage backend rebuilds
//! one from what it stored (which the sanitiser made). Templates print this
//! type without escaping, and `Markup` (escaped text and our own elements),
//! which this converts into when it goes inside markup we build.
use serde::Serialize;
use std::fmt;

#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct SanitizedHtml(String);

impl SanitizedHtml {
    /// Wraps the output of an ammonia policy (this module only).
    pub(super) fn from_policy(html: String) -> Self {
        Self(html)
    }

    /// HTML read back from the database column the store wrote it to. For
    /// storage backends only: everything stored there came from the sanitiser.
    pub fn from_stored(html: String) -> Self {
        Self(html)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Display for SanitizedHtml {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for SanitizedHtml {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl From<SanitizedHtml> for masthead_i18n::Markup {
    fn from(html: SanitizedHtml) -> Self {
        // The one caller of this door: the HTML came from a policy.
        masthead_i18n::Markup::from_sanitizer(html.0)
    }
}

// Templates print it as it is; every other value they print but `Markup` is escaped.
#[cfg(feature = "askama")]
impl askama::filters::HtmlSafe for SanitizedHtml {}
