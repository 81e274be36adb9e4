//! Dates and numbers in the site's language (ICU4X, CLDR data compiled in).
use crate::{Lang, Tr};
use chrono::{DateTime, Datelike, FixedOffset, Timelike};
use icu_calendar::{Date, Gregorian};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{YMD, YMDT};
use icu_datetime::options::TimePrecision;
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale;
use std::sync::LazyLock;

struct Formats {
    day: Option<FixedCalendarDateTimeFormatter<Gregorian, YMD>>,
    day_time: Option<FixedCalendarDateTimeFormatter<Gregorian, YMDT>>,
    number: Option<DecimalFormatter>,
}

static FORMATS: LazyLock<Vec<Formats>> = LazyLock::new(|| {
    Lang::ALL
        .iter()
        .map(|lang| {
            let locale: Locale = lang.code().parse().unwrap_or(Locale::UNKNOWN);
            Formats {
                day: FixedCalendarDateTimeFormatter::try_new(locale.clone().into(), YMD::long())
                    .ok(),
                day_time: FixedCalendarDateTimeFormatter::try_new(
                    locale.clone().into(),
                    YMDT::long().with_time_precision(TimePrecision::Minute),
                )
                .ok(),
                number: DecimalFormatter::try_new(locale.into(), Default::default()).ok(),
            }
        })
        .collect()
});

fn formats(lang: Lang) -> &'static Formats {
    let i = Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0);
    &FORMATS[i]
}

fn icu_date(t: &DateTime<FixedOffset>) -> Option<Date<Gregorian>> {
    let month = u8::try_from(t.month()).ok()?;
    let day = u8::try_from(t.day()).ok()?;
    Date::try_new_gregorian(t.year(), month, day).ok()
}

impl Tr {
    /// "14 novembre 2017" (the day, in the offset `t` carries).
    pub fn date(self, t: &DateTime<FixedOffset>) -> String {
        match (&formats(self.lang()).day, icu_date(t)) {
            (Some(f), Some(date)) => f.format(&date).to_string(),
            _ => t.format("%Y-%m-%d").to_string(),
        }
    }

    /// "14 novembre 2017 à 13:12".
    pub fn date_time(self, t: &DateTime<FixedOffset>) -> String {
        let time = icu_time::Time::try_new(
            u8::try_from(t.hour()).unwrap_or(0),
            u8::try_from(t.minute()).unwrap_or(0),
            0,
            0,
        )
        .ok();
        match (&formats(self.lang()).day_time, icu_date(t), time) {
            (Some(f), Some(date), Some(time)) => {
                f.format(&icu_time::DateTime { date, time }).to_string()
            }
            _ => t.format("%Y-%m-%d %H:%M").to_string(),
        }
    }

    /// "1 234" / "1,234" / "١٬٢٣٤".
    pub fn number(self, n: i64) -> String {
        match &formats(self.lang()).number {
            Some(f) => f.format(&fixed_decimal::Decimal::from(n)).to_string(),
            None => n.to_string(),
        }
    }
}

/// Fluent's number formatting, through ICU: a message's `{ $count }` reads
/// as the language writes numbers.
pub(crate) fn fluent_number(
    value: &fluent_bundle::FluentValue<'_>,
    memoizer: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    let fluent_bundle::FluentValue::Number(n) = value else {
        return None;
    };
    if n.value.fract() != 0.0 || n.value.abs() > 9.0e15 {
        return None;
    }
    #[allow(clippy::cast_possible_truncation)]
    let int = n.value as i64;
    // Below a thousand every shipped language writes plain ASCII digits (the
    // test below holds ICU to it): no formatter, no memoizer lock per count.
    if (0..1000).contains(&int) {
        return Some(int.to_string());
    }
    memoizer
        .with_try_get::<NumberFormat, _, _>((), |f| f.0.number(int))
        .ok()
}

/// The language of a bundle, as the memoizer hands it over.
struct NumberFormat(Tr);

impl intl_memoizer::Memoizable for NumberFormat {
    type Args = ();
    type Error = ();
    fn construct(
        lang: unic_langid::LanguageIdentifier,
        _args: Self::Args,
    ) -> Result<Self, Self::Error> {
        let lang = Lang::parse(lang.language.as_str()).map_err(|_| ())?;
        Ok(NumberFormat(Tr::new(lang)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<FixedOffset> {
        FixedOffset::east_opt(0)
            .unwrap()
            .with_ymd_and_hms(y, mo, d, h, mi, 0)
            .unwrap()
    }

    #[test]
    fn dates_read_as_each_language_writes_them() {
        let t = at(2017, 11, 14, 13, 12);
        let fr = Tr::new(Lang::Fr);
        assert_eq!(fr.date_time(&t), "14 novembre 2017 à 13:12");
        assert_eq!(fr.date(&t), "14 novembre 2017");
        assert_eq!(
            Tr::new(Lang::De).date_time(&t),
            "14. November 2017 um 13:12"
        );
        for lang in Lang::ALL {
            let s = Tr::new(lang).date_time(&t);
            assert!(!s.is_empty() && !s.starts_with("2017-"), "{lang}: {s}");
        }
    }

    #[test]
    fn small_numbers_are_plain_digits_in_every_language() {
        for lang in Lang::ALL {
            for n in [0, 1, 2, 7, 42, 999] {
                assert_eq!(Tr::new(lang).number(n), n.to_string(), "{lang}");
            }
        }
    }

    #[test]
    fn numbers_follow_the_language() {
        assert_eq!(Tr::new(Lang::En).number(1234), "1,234");
        assert_ne!(Tr::new(Lang::De).number(1234), "1,234");
    }
}
