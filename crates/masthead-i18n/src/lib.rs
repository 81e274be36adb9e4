//! Every word masthead shows a person, in the site's language.
//!
//! The message catalogues are Project Fluent files under `locales/<lang>/`,
//! embedded at compile time (one binary, nothing to install); English is the
//! source and the fallback. Dates and numbers are formatted by ICU4X with its
//! compiled CLDR data. A [`Tr`] is the handle pages, errors and mails are
//! written with: cheap to copy, chosen by the `site.language` setting.
#![forbid(unsafe_code)]

mod catalogue;
mod format;
mod lang;

pub use catalogue::{Arg, FILES, Tr, escape_html, source};
pub use lang::{Lang, UnknownLang};
