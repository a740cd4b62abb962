//! Languages: which ones the site speaks, their direction, how a request's language is chosen,
//! and the lookup of Fluent messages. Translations stay on the server: islands receive
//! translated strings as props, so no bundle is shipped to the browser.

use std::{borrow::Cow, collections::HashMap};

pub use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{Loader, static_loader};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

static_loader! {
    static LOCALES = {
        locales: "../locales",
        fallback_language: "en",
        // Keep Fluent's Unicode isolation marks around inserted values: they stop a
        // left-to-right phone number or reference from scrambling a right-to-left sentence.
        customise: |bundle| bundle.set_use_isolating(true),
    };
}

/// A language the site is published in. The path carries it: `/en/`, `/ur/`, `/pl/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    En,
    Ur,
    Pl,
}

/// Writing direction, as the `dir` attribute spells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    Ltr,
    Rtl,
}

impl Dir {
    pub fn as_str(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }
}

impl Lang {
    /// Every published language, in the order the language switcher lists them.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Ur, Lang::Pl];

    /// The BCP 47 tag used in paths, `lang` and `hreflang`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ur => "ur",
            Lang::Pl => "pl",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language named by the first segment of a path such as `/ur/privacy`.
    pub fn from_path(path: &str) -> Option<Lang> {
        let first = path.trim_start_matches('/').split(['/', '?', '#']).next()?;
        Lang::from_code(first)
    }

    pub fn dir(self) -> Dir {
        match self {
            Lang::Ur => Dir::Rtl,
            Lang::En | Lang::Pl => Dir::Ltr,
        }
    }

    pub fn langid(self) -> LanguageIdentifier {
        self.code().parse().expect("language codes are valid identifiers")
    }

    /// The language's own name in its own script, for the switcher.
    pub fn native_name(self) -> String {
        t(self, "language-name")
    }
}

/// Looks up a message. A missing id falls back to English (the locale test keeps every id
/// present everywhere, so this only matters while a translation is being written).
pub fn t(lang: Lang, id: &str) -> String {
    LOCALES.lookup(&lang.langid(), id)
}

/// Looks up a message that may not exist (optional hints).
pub fn t_opt(lang: Lang, id: &str) -> Option<String> {
    LOCALES.try_lookup(&lang.langid(), id)
}

/// Looks up a message with named arguments.
pub fn t_args(lang: Lang, id: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
    let args: HashMap<Cow<'static, str>, FluentValue<'static>> =
        args.iter().map(|(k, v)| (Cow::Borrowed(*k), v.clone())).collect();
    LOCALES.lookup_with_args(&lang.langid(), id, &args)
}

/// Chooses the best published language for an `Accept-Language` header; English otherwise.
#[cfg(feature = "ssr")]
pub fn negotiate(accept_language: Option<&str>) -> Lang {
    use fluent_langneg::{NegotiationStrategy, negotiate_languages};
    let requested = requested_languages(accept_language.unwrap_or(""));
    let available: Vec<LanguageIdentifier> = Lang::ALL.iter().map(|l| l.langid()).collect();
    let default = Lang::En.langid();
    negotiate_languages(&requested, &available, Some(&default), NegotiationStrategy::Lookup)
        .first()
        .and_then(|id| Lang::from_code(id.language.as_str()))
        .unwrap_or(Lang::En)
}

/// The header's language tags, best first. fluent-langneg's own parser keeps the header's order
/// and ignores quality values, so they are applied here (a stable sort keeps ties in order).
#[cfg(feature = "ssr")]
fn requested_languages(header: &str) -> Vec<LanguageIdentifier> {
    let mut weighted: Vec<(f32, LanguageIdentifier)> = header
        .split(',')
        .filter_map(|item| {
            let mut parts = item.split(';');
            let tag = parts.next()?.trim();
            let quality = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
            let id = tag.parse::<LanguageIdentifier>().ok()?;
            (quality > 0.0).then_some((quality, id))
        })
        .collect();
    weighted.sort_by(|a, b| b.0.total_cmp(&a.0));
    weighted.into_iter().map(|(_, id)| id).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_comes_from_the_first_path_segment() {
        assert_eq!(Lang::from_path("/ur/privacy"), Some(Lang::Ur));
        assert_eq!(Lang::from_path("/pl/"), Some(Lang::Pl));
        assert_eq!(Lang::from_path("/pl"), Some(Lang::Pl));
        assert_eq!(Lang::from_path("/xx/"), None);
        assert_eq!(Lang::from_path("/"), None);
        assert_eq!(Lang::from_path("/english/"), None);
    }

    #[test]
    fn urdu_is_right_to_left_and_the_others_are_not() {
        assert_eq!(Lang::Ur.dir(), Dir::Rtl);
        assert_eq!(Lang::En.dir(), Dir::Ltr);
        assert_eq!(Lang::Pl.dir(), Dir::Ltr);
    }

    #[test]
    fn messages_come_back_in_the_asked_language() {
        assert_eq!(t(Lang::En, "language-name"), "English");
        assert_eq!(t(Lang::Pl, "language-name"), "Polski");
        assert_eq!(t(Lang::Ur, "language-name"), "اردو");
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn accept_language_picks_the_best_published_language() {
        let cases = [
            (Some("ur-PK,ur;q=0.9,en;q=0.8"), Lang::Ur, "region subtag matches the language"),
            (Some("pl"), Lang::Pl, "exact match"),
            (Some("de-DE,pl;q=0.5"), Lang::Pl, "skips unpublished languages"),
            (Some("en-GB,en;q=0.9"), Lang::En, "British English"),
            (Some("fr,de"), Lang::En, "nothing published falls back to English"),
            (Some("pl;q=0.2,ur;q=0.9"), Lang::Ur, "quality values order the choices"),
            (Some("ur;q=0,pl"), Lang::Pl, "q=0 means not acceptable"),
            (Some("*"), Lang::En, "anything goes"),
            (Some("pl;q=bogus,ur"), Lang::Ur, "a malformed entry is skipped"),
            (Some(""), Lang::En, "empty header"),
            (None, Lang::En, "no header"),
        ];
        for (header, expected, why) in cases {
            assert_eq!(negotiate(header), expected, "{why}: {header:?}");
        }
    }
}
