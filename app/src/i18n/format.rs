//! Dates, times and numbers written the way each locale writes them, from CLDR data through
//! ICU4X (compiled into the server; none of it reaches the browser).
//!
//! Every date is in the Gregorian calendar, whatever the locale's default: the service works
//! to UK dates ("we will contact you by ..."), and a Persian reader in Birmingham plans by
//! them too. Digits follow CLDR's default numbering system for the locale (Eastern Arabic
//! digits for Persian and Dari, Bengali digits for Bengali; CLDR's generic `ar` uses Latin).
//!
//! Where CLDR lacks a locale, the fallback is chosen here, never left to ICU4X's silent fall
//! back to the root locale: see [`cldr_tag`]; a test formats a date in every shipped locale
//! and fails if any comes out as the root locale's.

use chrono::{Datelike, NaiveDate};

use super::Lang;

/// The CLDR locale each language's dates and numbers are formatted with.
/// - English and Easy Read English: `en-GB` (day before month; "Tuesday, 1 December 2026").
/// - Portuguese: `pt-PT`, matching the translation's European Portuguese.
/// - Dari: `fa-AF`; Chinese: `zh-Hans`; Punjabi `pa` is Gurmukhi in CLDR.
/// - The pseudo-locales format as English.
pub fn cldr_tag(lang: Lang) -> &'static str {
    match lang {
        Lang::En | Lang::EasyRead | Lang::PseudoAccented | Lang::PseudoMirrored => "en-GB",
        Lang::Pt => "pt-PT",
        other => other.code(),
    }
}

#[cfg(feature = "ssr")]
mod icu {
    use icu_calendar::{Date, Gregorian};
    use icu_datetime::{
        FixedCalendarDateTimeFormatter, NoCalendarFormatter,
        fieldsets::{self, T},
        input::Time,
    };
    use icu_decimal::{DecimalFormatter, input::Decimal};
    use icu_locale_core::Locale;

    pub fn locale(tag: &str) -> Locale {
        tag.parse().expect("CLDR tags in cldr_tag parse")
    }

    pub fn date(tag: &str, y: i32, m: u8, d: u8, weekday: bool) -> Option<String> {
        let date = Date::try_new_gregorian(y, m, d).ok()?;
        let prefs = (&locale(tag)).into();
        Some(if weekday {
            FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(prefs, fieldsets::YMDE::long())
                .ok()?
                .format(&date)
                .to_string()
        } else {
            FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(prefs, fieldsets::YMD::long())
                .ok()?
                .format(&date)
                .to_string()
        })
    }

    pub fn month(tag: &str, m: u8) -> Option<String> {
        let date = Date::try_new_gregorian(2026, m, 1).ok()?;
        let prefs = (&locale(tag)).into();
        Some(
            FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(prefs, fieldsets::M::long())
                .ok()?
                .format(&date)
                .to_string(),
        )
    }

    pub fn time(tag: &str, h: u8, m: u8) -> Option<String> {
        let time = Time::try_new(h, m, 0, 0).ok()?;
        let prefs = (&locale(tag)).into();
        Some(NoCalendarFormatter::try_new(prefs, T::hm()).ok()?.format(&time).to_string())
    }

    pub fn number(tag: &str, n: i64) -> Option<String> {
        let prefs = (&locale(tag)).into();
        let formatter = DecimalFormatter::try_new(prefs, Default::default()).ok()?;
        Some(formatter.format(&Decimal::from(n)).to_string())
    }

    /// The CLDR tag a Fluent bundle formats numbers with, worked out once per bundle.
    pub struct NumberLocale(pub &'static str);

    impl intl_memoizer::Memoizable for NumberLocale {
        type Args = ();
        type Error = ();
        fn construct(
            lang: unic_langid::LanguageIdentifier,
            _: Self::Args,
        ) -> Result<Self, Self::Error> {
            let lang = super::Lang::from_langid(&lang).unwrap_or(super::Lang::En);
            Ok(NumberLocale(super::cldr_tag(lang)))
        }
    }
}

/// "Tuesday, 1 December 2026", in the language.
pub fn long_date(lang: Lang, day: NaiveDate) -> String {
    any_date(lang, day, true)
}

/// "1 December 2026", in the language.
pub fn date(lang: Lang, day: NaiveDate) -> String {
    any_date(lang, day, false)
}

fn any_date(lang: Lang, day: NaiveDate, weekday: bool) -> String {
    #[cfg(feature = "ssr")]
    if let Some(text) = icu::date(cldr_tag(lang), day.year(), day.month() as u8, day.day() as u8, weekday) {
        return text;
    }
    let _ = (lang, weekday);
    day.format("%Y-%m-%d").to_string()
}

/// A month's name on its own, for the month list in the journeys ("December").
pub fn month_name(lang: Lang, month: u8) -> String {
    #[cfg(feature = "ssr")]
    if let Some(text) = icu::month(cldr_tag(lang), month) {
        return text;
    }
    let _ = lang;
    month.to_string()
}

/// A time of day from "HH:MM" ("09:00" is "09:00" in English, "٠٩:٠٠" in Arabic). Anything
/// that is not such a time is shown as written.
pub fn time(lang: Lang, hh_mm: &str) -> String {
    #[cfg(feature = "ssr")]
    if let Some((h, m)) = hh_mm.split_once(':')
        && let (Ok(h), Ok(m)) = (h.trim().parse::<u8>(), m.trim().parse::<u8>())
        && let Some(text) = icu::time(cldr_tag(lang), h, m)
    {
        return text;
    }
    let _ = lang;
    hh_mm.to_owned()
}

/// A whole number in the locale's digits and grouping.
pub fn number(lang: Lang, n: i64) -> String {
    #[cfg(feature = "ssr")]
    if let Some(text) = icu::number(cldr_tag(lang), n) {
        return text;
    }
    let _ = lang;
    n.to_string()
}

/// Fluent's hook for numbers inside messages (`{ $count }`): formatted by the bundle's locale,
/// while plural selection still sees the number.
#[cfg(feature = "ssr")]
pub fn fluent_number(
    value: &fluent_templates::fluent_bundle::FluentValue,
    memoizer: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    use fluent_templates::fluent_bundle::FluentValue;
    let FluentValue::Number(number) = value else { return None };
    // Whole numbers only (counts, hours, minutes); anything else keeps Fluent's own format.
    let n = number.value;
    if n.fract() != 0.0 || n.abs() > 1e15 {
        return None;
    }
    memoizer.with_try_get::<icu::NumberLocale, _, _>((), |tag| icu::number(tag.0, n as i64)).ok().flatten()
}

/// The root locale's rendering of a date: what a locale with no CLDR data would silently get.
#[cfg(feature = "ssr")]
pub fn root_long_date(day: NaiveDate) -> String {
    icu::date("und", day.year(), day.month() as u8, day.day() as u8, true).unwrap_or_default()
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn english_dates_are_british() {
        assert_eq!(long_date(Lang::En, day(2026, 12, 1)), "Tuesday, 1 December 2026");
        assert_eq!(date(Lang::En, day(2026, 12, 1)), "1 December 2026");
        assert_eq!(month_name(Lang::En, 4), "April");
        assert_eq!(time(Lang::En, "09:00"), "09:00");
        assert_eq!(number(Lang::En, 12345), "12,345");
    }

    #[test]
    fn each_locale_writes_dates_its_own_way() {
        let d = day(2026, 12, 1);
        assert_eq!(date(Lang::Pl, d), "1 grudnia 2026");
        assert!(long_date(Lang::Ar, d).contains("ديسمبر"), "{}", long_date(Lang::Ar, d));
        // Digits are CLDR's default for each locale: Latin for `ar` (CLDR's choice for the
        // generic tag), Persian for `fa`, Bengali for `bn`.
        assert!(number(Lang::Bn, 5).contains('৫'), "Bengali digits: {}", number(Lang::Bn, 5));
        assert!(number(Lang::Fa, 5).contains('۵'), "Persian digits: {}", number(Lang::Fa, 5));
        assert!(long_date(Lang::Zh, d).contains("12月"), "{}", long_date(Lang::Zh, d));
    }

    #[test]
    fn persian_dates_stay_in_the_gregorian_calendar() {
        // The Persian default calendar would say 1405; the service works to UK dates.
        let text = date(Lang::Fa, day(2026, 12, 1));
        assert!(text.contains("۲۰۲۶"), "{text}");
    }

    #[test]
    fn no_shipped_locale_falls_back_to_the_root_locale() {
        let d = day(2026, 12, 1);
        let root = root_long_date(d);
        for lang in Lang::ALL {
            let text = long_date(lang, d);
            assert_ne!(text, root, "{} ({}) has no CLDR date data", lang.code(), cldr_tag(lang));
            assert_ne!(month_name(lang, 12), "M12", "{}: month names", lang.code());
        }
    }

    #[test]
    fn numbers_in_messages_use_the_locale_digits() {
        use crate::i18n::{FluentValue, t_args};
        let text = t_args(Lang::En, "textarea-count", &[("used", FluentValue::from(1200)), ("max", FluentValue::from(5000))]);
        assert!(text.contains("1,200") && text.contains("5,000"), "{text}");
    }
}
