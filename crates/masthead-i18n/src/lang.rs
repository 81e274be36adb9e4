//! The languages masthead ships, by BCP 47 tag.

/// A shipped language. English is the default and the catalogues' source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Fr,
    De,
    Es,
    Pl,
    Ar,
}

/// A `site.language` value that names no shipped language.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language “{0}” (available: {list})", list = Lang::codes())]
pub struct UnknownLang(pub String);

impl Lang {
    pub const ALL: [Lang; 6] = [Lang::En, Lang::Fr, Lang::De, Lang::Es, Lang::Pl, Lang::Ar];

    /// The BCP 47 tag (`<html lang>`, `site.language`).
    pub const fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::Es => "es",
            Lang::Pl => "pl",
            Lang::Ar => "ar",
        }
    }

    /// The language's own name, for pickers.
    pub const fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::De => "Deutsch",
            Lang::Es => "Español",
            Lang::Pl => "Polski",
            Lang::Ar => "العربية",
        }
    }

    /// The writing direction (`<html dir>`).
    pub const fn dir(self) -> &'static str {
        match self {
            Lang::Ar => "rtl",
            _ => "ltr",
        }
    }

    /// The shipped codes, comma-separated: what an unknown value is told.
    pub fn codes() -> String {
        Self::ALL.map(Lang::code).join(", ")
    }

    /// A BCP 47 tag: the shipped language it names, matched on the primary
    /// subtag case-insensitively (`fr-CA` and `FR` are French).
    pub fn parse(tag: &str) -> Result<Lang, UnknownLang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        Self::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(primary))
            .ok_or_else(|| UnknownLang(tag.trim().to_string()))
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl std::str::FromStr for Lang {
    type Err = UnknownLang;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::parse(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_match_on_their_primary_subtag() {
        assert_eq!(Lang::parse("fr"), Ok(Lang::Fr));
        assert_eq!(Lang::parse(" FR-ca "), Ok(Lang::Fr));
        assert_eq!(Lang::parse("ar_EG"), Ok(Lang::Ar));
        let err = Lang::parse("klingon").unwrap_err();
        assert_eq!(
            err.to_string(),
            "unknown language “klingon” (available: en, fr, de, es, pl, ar)"
        );
        assert!(Lang::parse("").is_err());
    }
}
