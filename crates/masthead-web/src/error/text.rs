//! The one way an error carries words for a person: a [`Text`], told in a
//! language only when the answer is written (in the request's language,
//! `super::context`), so an error is a value that any layer may pass on or
//! map to another shape before anyone knows who reads it.
use masthead_core::Localized;
use masthead_core::i18n::{Lang, Tr};
use std::fmt;
use std::sync::Arc;

/// Words for a person, written when the language is known.
#[derive(Clone)]
pub struct Text(Arc<dyn Fn(Tr) -> String + Send + Sync>);

impl Text {
    /// Catalogue message `id`.
    pub fn id(id: &'static str) -> Self {
        Self(Arc::new(move |t| t.t(id)))
    }

    /// Catalogue message `id` with `$count` (plural forms).
    pub fn n(id: &'static str, count: i64) -> Self {
        Self(Arc::new(move |t| t.n(id, count)))
    }

    /// Catalogue message `id` with one text variable.
    pub fn s(id: &'static str, name: &'static str, value: impl Into<String>) -> Self {
        let value = value.into();
        Self(Arc::new(move |t| t.s(id, name, &value)))
    }

    /// What a core error says to a person.
    pub fn of(e: impl Localized + Send + Sync + 'static) -> Self {
        Self(Arc::new(move |t| e.message(t)))
    }

    /// Text that is the same in every language. Only for words that are
    /// not ours to translate (a staff member's own input, a detail the
    /// admin's pages wrote before they were translated).
    pub fn verbatim(s: impl Into<String>) -> Self {
        let s = s.into();
        Self(Arc::new(move |_| s.clone()))
    }

    pub fn get(&self, t: Tr) -> String {
        (self.0)(t)
    }
}

/// Words already told in the reader's language (the admin's pages write
/// theirs with the staff member's `Tr`): shown as they are.
impl From<String> for Text {
    fn from(s: String) -> Self {
        Self::verbatim(s)
    }
}

/// English, for logs.
impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.get(Tr::new(Lang::En)))
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Text({:?})", self.to_string())
    }
}
