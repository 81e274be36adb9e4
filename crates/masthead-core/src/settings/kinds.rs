//! The kinds of value a setting holds: how its stored text is read, checked
//! and written back, and which field of `SiteSettings` it fills. The table
//! (`table.rs`) picks one per setting.
use super::expected::Expected;
use super::site::SiteSettings;
use crate::html::{Allowlist, AllowlistError};
use masthead_i18n::Lang;

/// A field of `SiteSettings`, reached through plain functions so a table
/// can name it: `field!(moderation.max_links)`.
pub struct Field<T: 'static> {
    pub get: fn(&SiteSettings) -> &T,
    pub get_mut: fn(&mut SiteSettings) -> &mut T,
}

/// `field!(a.b)`: the field `a.b` of `SiteSettings`, to read and to write.
macro_rules! field {
    ($($name:ident).+) => {
        $crate::settings::kinds::Field {
            get: |s| &s.$($name).+,
            get_mut: |s| &mut s.$($name).+,
        }
    };
}
pub(super) use field;

/// How a setting's text looks, for a form (which input) and the reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// One line.
    Text,
    /// A whole number.
    Number,
    /// On or off.
    Flag,
    /// Words or phrases: one a line on a form, comma-separated as text.
    Words,
    /// Several lines kept as written.
    Lines,
    /// One of the shipped languages.
    Language,
}

/// Why a text was refused, before the setting's key is put to it.
#[derive(Debug)]
pub enum Refused {
    /// `value` (the text, or the part of it at fault) is not what the
    /// setting takes.
    Value {
        expected: Expected,
        value: String,
    },
    Tags(AllowlistError),
}

/// What every kind of value does; the table holds them as `&dyn Slot`.
pub trait Slot: Sync {
    /// Reads `text` into its field of `s`; `s` is unchanged when refused.
    fn read(&self, s: &mut SiteSettings, text: &str) -> Result<(), Refused>;
    /// The field's value as stored text (what `read` takes back).
    fn write(&self, s: &SiteSettings) -> String;
    fn shape(&self) -> Shape;
    /// What it takes, as refusals say it; `None` for free text.
    fn takes(&self) -> Option<Expected>;
}

pub const BOOL: Expected = Expected::phrase("true or false", "admin-expected-bool");

/// One line, trimmed.
pub struct Text(pub Field<String>);

impl Slot for Text {
    fn read(&self, s: &mut SiteSettings, text: &str) -> Result<(), Refused> {
        *(self.0.get_mut)(s) = text.trim().to_string();
        Ok(())
    }
    fn write(&self, s: &SiteSettings) -> String {
        (self.0.get)(s).clone()
    }
    fn shape(&self) -> Shape {
        Shape::Text
    }
    fn takes(&self) -> Option<Expected> {
        None
    }
}

/// Several lines kept as written (line ends made plain): served as is.
pub struct Lines(pub Field<String>);

impl Slot for Lines {
    fn read(&self, s: &mut SiteSettings, text: &str) -> Result<(), Refused> {
        *(self.0.get_mut)(s) = text.replace("\r\n", "\n");
        Ok(())
    }
    fn write(&self, s: &SiteSettings) -> String {
        (self.0.get)(s).clone()
    }
    fn shape(&self) -> Shape {
        Shape::Lines
    }
    fn takes(&self) -> Option<Expected> {
        None
    }
}

/// An address of some kind, trimmed; empty sets none. `check` gives the
/// form kept (`None`: refused).
pub struct Address {
    pub field: Field<String>,
    pub check: fn(&str) -> Option<&str>,
    pub expected: Expected,
}

impl Slot for Address {
    fn read(&self, s: &mut SiteSettings, text: &str) -> Result<(), Refused> {
        let v = text.trim();
        let kept = if v.is_empty() {
            Some(v)
        } else {
            (self.check)(v)
        };
        let Some(kept) = kept else {
            return Err(Refused::Value {
                expected: self.expected,
                value: text.into(),
            });
        };
        *(self.field.get_mut)(s) = kept.to_string();
        Ok(())
    }
    fn write(&self, s: &SiteSettings) -> String {
        (self.field.get)(s).clone()
    }
    fn shape(&self) -> Shape {
        Shape::Text
    }
    fn takes(&self) -> Option<Expected> {
        Some(self.expected)
    }
}

/// A whole number from `min` to `max`; refusals name the bounds.
pub struct Number<T: 'static> {
    pub field: Field<T>,
    pub min: T,
    pub max: T,
    pub expected: Expected,
}

impl<T> Slot for Number<T>
where
    T: std::str::FromStr + PartialOrd + Copy + Into<i64> + ToString + Sync,
{
    fn read(&self, s: &mut SiteSettings, text: &str) -> Result<(), Refused> {
        match text.trim().parse::<T>() {
            Ok(n) if n >= self.min && n <= self.max => {
                *(self.field.get_mut)(s) = n;
                Ok(())
            }
            _ => Err(Refused::Value {
                expected: self.takes_bounded(),
                value: text.into(),
            }),
        }
    }
    fn write(&self, s: &SiteSettings) -> String {
        (self.field.get)(s).to_string()
    }
    fn shape(&self) -> Shape {
        Shape::Number
    }
    fn takes(&self) -> Option<Expected> {
        Some(self.takes_bounded())
    }
}

impl<T: Copy + Into<i64>> Number<T> {
    fn takes_bounded(&self) -> Expected {
        self.expected.between(self.min.into(), self.max.into())
    }
}

fn parse_bool(text: &str) -> Result<bool, Refused> {
    match text.trim() {
        "1" | "true" | "yes" | "on" => Ok(true),
        "0" | "false" | "no" | "off" => Ok(false),
        _ => Err(Refused::Value {
            expected: BOOL,
            value: text.into(),
        }),
    }
}

/// On or off: `true`/`false` (also `1`/`0`, `yes`/`no`, `on`/`off`).
pub struct Flag(pub Field<bool>);

impl Slot for Flag {
    fn read(&self, s: &mut SiteSettings, text: &str) -> Result<(), Refused> {
        *(self.0.get_mut)(s) = parse_bool(text)?;
        Ok(())
    }
    fn write(&self, s: &SiteSettings) -> String {
        (self.0.get)(s).to_string()
    }
    fn shape(&self) -> Shape {
        Shape::Flag
    }
    fn takes(&self) -> Option<Expected> {
        Some(BOOL)
    }
}

/// On or off, standing for part of another setting's value (an alias).
pub struct Switch {
    pub get: fn(&SiteSettings) -> bool,
    pub set: fn(&mut SiteSettings, bool),
}

impl Slot for Switch {
    fn read(&self, s: &mut SiteSettings, text: &str) -> Result<(), Refused> {
        (self.set)(s, parse_bool(text)?);
        Ok(())
    }
    fn write(&self, s: &SiteSettings) -> String {
        (self.get)(s).to_string()
    }
    fn shape(&self) -> Shape {
        Shape::Flag
    }
    fn takes(&self) -> Option<Expected> {
        Some(BOOL)
    }
}

/// Words or phrases, split at line ends and commas; written with ", ".
pub struct Words(pub Field<Vec<String>>);

impl Slot for Words {
    fn read(&self, s: &mut SiteSettings, text: &str) -> Result<(), Refused> {
        *(self.0.get_mut)(s) = text
            .split(['\n', ','])
            .map(str::trim)
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        Ok(())
    }
    fn write(&self, s: &SiteSettings) -> String {
        (self.0.get)(s).join(", ")
    }
    fn shape(&self) -> Shape {
        Shape::Words
    }
    fn takes(&self) -> Option<Expected> {
        None
    }
}

/// Items `parse` checks one by one (giving back the first bad one);
/// written space-separated.
pub struct List {
    pub field: Field<Vec<String>>,
    pub parse: fn(&str) -> Result<Vec<String>, String>,
    pub expected: Expected,
}

impl Slot for List {
    fn read(&self, s: &mut SiteSettings, text: &str) -> Result<(), Refused> {
        let items = (self.parse)(text).map_err(|bad| Refused::Value {
            expected: self.expected,
            value: bad,
        })?;
        *(self.field.get_mut)(s) = items;
        Ok(())
    }
    fn write(&self, s: &SiteSettings) -> String {
        (self.field.get)(s).join(" ")
    }
    fn shape(&self) -> Shape {
        Shape::Text
    }
    fn takes(&self) -> Option<Expected> {
        Some(self.expected)
    }
}

/// A value `parse` reads (giving back the part at fault), written by its
/// `Display`.
pub struct Parsed<T: 'static> {
    pub field: Field<T>,
    pub parse: fn(&str) -> Result<T, String>,
    pub expected: Expected,
}

impl<T: std::fmt::Display + Sync> Slot for Parsed<T> {
    fn read(&self, s: &mut SiteSettings, text: &str) -> Result<(), Refused> {
        let v = (self.parse)(text).map_err(|bad| Refused::Value {
            expected: self.expected,
            value: bad,
        })?;
        *(self.field.get_mut)(s) = v;
        Ok(())
    }
    fn write(&self, s: &SiteSettings) -> String {
        (self.field.get)(s).to_string()
    }
    fn shape(&self) -> Shape {
        Shape::Text
    }
    fn takes(&self) -> Option<Expected> {
        Some(self.expected)
    }
}

/// One of a few words, each standing for a value.
pub struct Choice<T: 'static> {
    pub field: Field<T>,
    pub choices: &'static [(&'static str, T)],
    pub expected: Expected,
}

impl<T: Copy + PartialEq + Sync> Slot for Choice<T> {
    fn read(&self, s: &mut SiteSettings, text: &str) -> Result<(), Refused> {
        let Some((_, v)) = self.choices.iter().find(|(w, _)| *w == text.trim()) else {
            return Err(Refused::Value {
                expected: self.expected,
                value: text.into(),
            });
        };
        *(self.field.get_mut)(s) = *v;
        Ok(())
    }
    fn write(&self, s: &SiteSettings) -> String {
        let current = (self.field.get)(s);
        self.choices
            .iter()
            .find(|(_, v)| v == current)
            .map(|(w, _)| (*w).to_string())
            .unwrap_or_default()
    }
    fn shape(&self) -> Shape {
        Shape::Text
    }
    fn takes(&self) -> Option<Expected> {
        Some(self.expected)
    }
}

/// The comment allowlist (`comments.allowed_tags`): refused with the tag
/// or attribute at fault.
pub struct Tags(pub Field<Allowlist>);

impl Slot for Tags {
    fn read(&self, s: &mut SiteSettings, text: &str) -> Result<(), Refused> {
        *(self.0.get_mut)(s) = text.parse().map_err(Refused::Tags)?;
        Ok(())
    }
    fn write(&self, s: &SiteSettings) -> String {
        (self.0.get)(s).to_string()
    }
    fn shape(&self) -> Shape {
        Shape::Text
    }
    fn takes(&self) -> Option<Expected> {
        None
    }
}

/// One of the shipped languages, by its code.
pub struct Language(pub Field<Lang>);

pub const LANGUAGE: Expected = Expected::phrase(SiteSettings::LANGUAGES, "admin-expected-language");

impl Slot for Language {
    fn read(&self, s: &mut SiteSettings, text: &str) -> Result<(), Refused> {
        *(self.0.get_mut)(s) = Lang::parse(text).map_err(|_| Refused::Value {
            expected: LANGUAGE,
            value: text.into(),
        })?;
        Ok(())
    }
    fn write(&self, s: &SiteSettings) -> String {
        (self.0.get)(s).code().to_string()
    }
    fn shape(&self) -> Shape {
        Shape::Language
    }
    fn takes(&self) -> Option<Expected> {
        Some(LANGUAGE)
    }
}
