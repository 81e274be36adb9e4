//! The Fluent catalogues, one bundle per language, built once.
use crate::Lang;
use crate::markup::{Markup, escape_html};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

/// Declares the catalogue files (the same names in every language's folder)
/// and embeds them.
macro_rules! catalogue {
    ($($file:literal),* $(,)?) => {
        /// The catalogue files, by name, each under `locales/<lang>/<name>.ftl`.
        pub const FILES: &[&str] = &[$($file),*];

        /// Each catalogue file of `lang` with its text, as embedded.
        pub fn source(lang: Lang) -> Vec<(&'static str, &'static str)> {
            match lang {
                Lang::En => vec![$(($file, include_str!(concat!("../locales/en/", $file, ".ftl")))),*],
                Lang::Fr => vec![$(($file, include_str!(concat!("../locales/fr/", $file, ".ftl")))),*],
                Lang::De => vec![$(($file, include_str!(concat!("../locales/de/", $file, ".ftl")))),*],
                Lang::Es => vec![$(($file, include_str!(concat!("../locales/es/", $file, ".ftl")))),*],
                Lang::Pl => vec![$(($file, include_str!(concat!("../locales/pl/", $file, ".ftl")))),*],
                Lang::Ar => vec![$(($file, include_str!(concat!("../locales/ar/", $file, ".ftl")))),*],
            }
        }
    };
}

catalogue!("common", "reader", "errors", "admin", "mail", "cli");

type Bundle = FluentBundle<FluentResource>;

/// One language's catalogue: the Fluent bundle, and every message (and
/// attribute) without variables formatted once, since a page asks for
/// "Reply" once per comment and a map lookup is a small fraction of Fluent's
/// resolver (`bench/languages.sh`).
struct Catalogue {
    bundle: Bundle,
    plain: HashMap<String, String>,
}

/// Every language's catalogue, in [`Lang::ALL`] order. A file that does not
/// parse loses only its broken entries here; the catalogue test refuses it.
static CATALOGUES: LazyLock<Vec<Catalogue>> = LazyLock::new(|| {
    Lang::ALL
        .iter()
        .map(|&lang| {
            let id = lang
                .code()
                .parse::<unic_langid::LanguageIdentifier>()
                .unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // The text goes into HTML and plain text alike: no invisible
            // isolation marks (pages use <bdi> where direction matters).
            bundle.set_use_isolating(false);
            bundle.set_formatter(Some(crate::format::fluent_number));
            let mut ids = Vec::new();
            for (_, text) in source(lang) {
                let resource = match FluentResource::try_new(text.to_string()) {
                    Ok(r) => r,
                    Err((r, _)) => r,
                };
                for entry in resource.entries() {
                    if let fluent_syntax::ast::Entry::Message(m) = entry {
                        let name = m.id.name;
                        ids.push(name.to_string());
                        ids.extend(m.attributes.iter().map(|a| format!("{name}.{}", a.id.name)));
                    }
                }
                bundle.add_resource_overriding(resource);
            }
            // Formatting without arguments fails for a message that has
            // variables: those stay with the resolver.
            let plain = ids
                .into_iter()
                .filter_map(|id| format_in(&bundle, &id, None).map(|text| (id, text)))
                .collect();
            Catalogue { bundle, plain }
        })
        .collect()
});

fn catalogue(lang: Lang) -> &'static Catalogue {
    let i = Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0);
    &CATALOGUES[i]
}

fn bundle(lang: Lang) -> &'static Bundle {
    &catalogue(lang).bundle
}

/// A value for a message's variable.
#[derive(Debug, Clone)]
pub enum Arg<'a> {
    Str(Cow<'a, str>),
    Num(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(Cow::Borrowed(s))
    }
}
impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Str(Cow::Borrowed(s))
    }
}
impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Str(Cow::Owned(s))
    }
}
macro_rules! num_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
num_arg!(i64, i32, u32, u64, usize);

/// The site's language, for writing anything a person reads. `Copy`; the
/// bundles are shared by the whole process.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tr(Lang);

impl Tr {
    pub const fn new(lang: Lang) -> Self {
        Self(lang)
    }

    pub const fn lang(self) -> Lang {
        self.0
    }

    /// `<html lang>`.
    pub const fn code(self) -> &'static str {
        self.0.code()
    }

    /// `<html dir>`.
    pub const fn dir(self) -> &'static str {
        self.0.dir()
    }

    /// Message `id`, or `id.attribute`, without variables.
    pub fn t(self, id: &str) -> String {
        self.args(id, &[])
    }

    /// Message `id` with `$count` set to `n` (plural forms).
    pub fn n(self, id: &str, n: i64) -> String {
        self.args(id, &[("count", Arg::Num(n))])
    }

    /// Message `id` with one string variable.
    pub fn s(self, id: &str, name: &str, value: &str) -> String {
        self.args(id, &[(name, Arg::from(value))])
    }

    /// Message `id` with its variables. Missing in this language: English;
    /// missing there too: the id itself, so a gap shows rather than hides.
    pub fn args(self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        if args.is_empty()
            && let Some(text) = catalogue(self.0).plain.get(id)
        {
            return text.clone();
        }
        let fluent_args = (!args.is_empty()).then(|| {
            let mut a = FluentArgs::with_capacity(args.len());
            for (name, value) in args {
                match value {
                    Arg::Str(s) => a.set(*name, FluentValue::from(s.as_ref())),
                    Arg::Num(n) => a.set(*name, FluentValue::from(*n)),
                }
            }
            a
        });
        format_in(bundle(self.0), id, fluent_args.as_ref())
            .or_else(|| format_in(bundle(Lang::En), id, fluent_args.as_ref()))
            .unwrap_or_else(|| id.to_string())
    }

    /// Message `id` as HTML: its text escaped, then each `(name, markup)`
    /// variable put in as built. For sentences around markup (a link, the
    /// required-field star) that translators must be free to reorder. Other
    /// variables in `args` are text and escaped with the rest.
    pub fn html(self, id: &str, html: &[(&str, &Markup)], args: &[(&str, Arg<'_>)]) -> Markup {
        // Private-use marks survive formatting and escaping unchanged.
        let parts: Vec<(String, &Markup)> = html
            .iter()
            .enumerate()
            .map(|(i, (_, markup))| (format!("\u{E000}{i}\u{E001}"), *markup))
            .collect();
        let mut all: Vec<(&str, Arg<'_>)> = args.to_vec();
        for ((name, _), (mark, _)) in html.iter().zip(&parts) {
            all.push((name, Arg::from(mark.as_str())));
        }
        Markup::fill(escape_html(&self.args(id, &all)), &parts)
    }

    /// Whether this language's catalogue has message `id` (for tests and
    /// for messages that are optional).
    pub fn has(self, id: &str) -> bool {
        let (msg, _) = id.split_once('.').unwrap_or((id, ""));
        bundle(self.0).has_message(msg)
    }
}

fn format_in(bundle: &Bundle, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
    let (msg_id, attribute) = match id.split_once('.') {
        Some((m, a)) => (m, Some(a)),
        None => (id, None),
    };
    let msg = bundle.get_message(msg_id)?;
    let pattern = match attribute {
        Some(a) => msg.get_attribute(a)?.value(),
        None => msg.value()?,
    };
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    errors.is_empty().then(|| text.into_owned())
}
