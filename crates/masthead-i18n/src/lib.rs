//! Every word masthead shows a person, in the site's language.
//!
//! The message catalogues are Project Fluent files under `locales/<lang>/`,
//! embedded at compile time (one binary, nothing to install); English is the
//! source and the fallback. Dates and numbers are formatted by ICU4X with its
//! compiled CLDR data. A [`Tr`] is the handle pages, errors and mails are
//! written with: cheap to copy, chosen by the `site.language` setting.
//! Sentences around markup come out as [`Markup`], HTML only escaped text
//! and our own elements make, escaped by [`escape_html`], the one escaper.
#![forbid(unsafe_code)]

mod catalogue;
mod format;
mod lang;
mod markup;

pub use catalogue::{Arg, FILES, Tr, source};
pub use lang::{Lang, UnknownLang};
pub use markup::{Element, Markup, escape_html};
