//! Refusals in the words of a person's language. Errors keep their English
//! `Display` for logs and the CLI; what a reader is shown comes from the
//! catalogue (`locales/<lang>/errors.ftl`) through [`Localized::message`].
use crate::i18n::Tr;

/// An error that can say itself to a person, in `t`'s language.
pub trait Localized {
    fn message(&self, t: Tr) -> String;
}
