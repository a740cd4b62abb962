//! Languages: which ones the site speaks, their direction, how a request's language is chosen,
//! and the lookup of Fluent messages. Translations stay on the server: islands receive
//! translated strings as props, so no bundle is shipped to the browser.

use std::{borrow::Cow, collections::HashMap};

pub use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{Loader, static_loader};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

#[cfg(feature = "ssr")]
pub mod check;
pub mod format;

static_loader! {
    static LOCALES = {
        locales: "../locales",
        fallback_language: "en",
        // Keep Fluent's Unicode isolation marks around inserted values: they stop a
        // left-to-right phone number or reference from scrambling a right-to-left sentence.
        // Numbers put into a message are written the locale's way (format::number_for).
        customise: |bundle| {
            bundle.set_use_isolating(true);
            #[cfg(feature = "ssr")]
            bundle.set_formatter(Some(format::fluent_number));
        },
    };
}

/// A language the site is published in. The path carries its BCP 47 tag: `/en/`, `/ur/`,
/// `/zh-Hans/`, `/en-x-easyread/`. The two pseudo-locales exist only for development and tests
/// (see [`set_pseudo_locales`]): they are never listed, negotiated or put in the sitemap.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    En,
    EasyRead,
    Ar,
    Bn,
    Zh,
    Prs,
    Fa,
    Gu,
    Hi,
    Ckb,
    Lt,
    Ps,
    Pl,
    Pt,
    Pa,
    Ro,
    So,
    Ti,
    Uk,
    Ur,
    /// `en-XA`: English with accented letters, about 40% longer, in brackets.
    PseudoAccented,
    /// `ar-XB`: English written backwards inside right-to-left text.
    PseudoMirrored,
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

/// Whether a locale's words have been checked by a qualified translator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    /// English itself: the source every translation is made from.
    Source,
    /// Not yet checked: every page says so, in the language, and offers an interpreter.
    Draft,
    /// Checked by a qualified translator on this date (`YYYY-MM-DD`).
    Reviewed(String),
}

static PSEUDO: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Serves the pseudo-locales (`/en-XA/`, `/ar-XB/`) too; a development setting.
pub fn set_pseudo_locales(on: bool) {
    PSEUDO.store(on, std::sync::atomic::Ordering::Relaxed);
}

pub fn pseudo_locales_enabled() -> bool {
    PSEUDO.load(std::sync::atomic::Ordering::Relaxed)
}

impl Lang {
    /// Every published language, in the order the switcher and the Languages page list them:
    /// English and Easy Read first, then by English name.
    pub const ALL: [Lang; 20] = [
        Lang::En,
        Lang::EasyRead,
        Lang::Ar,
        Lang::Bn,
        Lang::Zh,
        Lang::Prs,
        Lang::Fa,
        Lang::Gu,
        Lang::Hi,
        Lang::Ckb,
        Lang::Lt,
        Lang::Ps,
        Lang::Pl,
        Lang::Pt,
        Lang::Pa,
        Lang::Ro,
        Lang::So,
        Lang::Ti,
        Lang::Uk,
        Lang::Ur,
    ];

    pub const PSEUDO: [Lang; 2] = [Lang::PseudoAccented, Lang::PseudoMirrored];

    /// The BCP 47 tag used in paths, `lang` and `hreflang`. Easy Read English has no registered
    /// subtag, so it uses a private-use one: `en-x-easyread`. Dari is `fa-AF` (Persian as
    /// written in Afghanistan), the tag CLDR and most software use for it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::EasyRead => "en-x-easyread",
            Lang::Ar => "ar",
            Lang::Bn => "bn",
            Lang::Zh => "zh-Hans",
            Lang::Prs => "fa-AF",
            Lang::Fa => "fa",
            Lang::Gu => "gu",
            Lang::Hi => "hi",
            Lang::Ckb => "ckb",
            Lang::Lt => "lt",
            Lang::Ps => "ps",
            Lang::Pl => "pl",
            Lang::Pt => "pt",
            Lang::Pa => "pa",
            Lang::Ro => "ro",
            Lang::So => "so",
            Lang::Ti => "ti",
            Lang::Uk => "uk",
            Lang::Ur => "ur",
            Lang::PseudoAccented => "en-XA",
            Lang::PseudoMirrored => "ar-XB",
        }
    }

    /// The folder under `locales/` holding its Fluent files. The same as the tag, except Easy
    /// Read: Fluent's language identifiers have no private-use part, so its folder is
    /// `en-easyread` (a variant subtag). The pseudo-locales are made from English.
    pub fn folder(self) -> &'static str {
        match self {
            Lang::EasyRead => "en-easyread",
            Lang::PseudoAccented | Lang::PseudoMirrored => "en",
            other => other.code(),
        }
    }

    /// The language's name in English, for staff and for the Languages page.
    pub fn english_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::EasyRead => "Easy Read English",
            Lang::Ar => "Arabic",
            Lang::Bn => "Bengali",
            Lang::Zh => "Chinese (Simplified)",
            Lang::Prs => "Dari",
            Lang::Fa => "Persian (Farsi)",
            Lang::Gu => "Gujarati",
            Lang::Hi => "Hindi",
            Lang::Ckb => "Kurdish (Sorani)",
            Lang::Lt => "Lithuanian",
            Lang::Ps => "Pashto",
            Lang::Pl => "Polish",
            Lang::Pt => "Portuguese",
            Lang::Pa => "Punjabi (Gurmukhi)",
            Lang::Ro => "Romanian",
            Lang::So => "Somali",
            Lang::Ti => "Tigrinya",
            Lang::Uk => "Ukrainian",
            Lang::Ur => "Urdu",
            Lang::PseudoAccented => "Pseudo-locale (accented)",
            Lang::PseudoMirrored => "Pseudo-locale (mirrored)",
        }
    }

    /// A published language by its tag (case-insensitive, as BCP 47 tags are); the
    /// pseudo-locales only when they are switched on.
    pub fn from_code(code: &str) -> Option<Lang> {
        let pseudo = if pseudo_locales_enabled() { &Lang::PSEUDO[..] } else { &[] };
        Lang::ALL.iter().chain(pseudo).copied().find(|l| l.code().eq_ignore_ascii_case(code))
    }

    /// The language named by the first segment of a path such as `/ur/privacy`.
    pub fn from_path(path: &str) -> Option<Lang> {
        let first = path.trim_start_matches('/').split(['/', '?', '#']).next()?;
        Lang::from_code(first)
    }

    pub fn dir(self) -> Dir {
        match self {
            Lang::Ar | Lang::Prs | Lang::Fa | Lang::Ckb | Lang::Ps | Lang::Ur | Lang::PseudoMirrored => {
                Dir::Rtl
            }
            _ => Dir::Ltr,
        }
    }

    /// The identifier Fluent knows the locale's bundle by.
    pub fn langid(self) -> LanguageIdentifier {
        self.folder().parse().expect("locale folders are valid identifiers")
    }

    /// How staff pages name it: in English, then in its own script ("Urdu (اردو)"), and in
    /// English only for the two kinds of English.
    pub fn staff_name(self) -> String {
        match self {
            Lang::En | Lang::EasyRead => self.english_name().to_owned(),
            _ => format!("{} ({})", self.english_name(), self.native_name()),
        }
    }

    /// The language's own name in its own script, for the switcher.
    pub fn native_name(self) -> String {
        match self {
            Lang::PseudoAccented | Lang::PseudoMirrored => self.code().to_owned(),
            _ => t(self, "language-name"),
        }
    }

    /// Whether a qualified translator has checked it (`locales/status.txt`).
    pub fn status(self) -> Status {
        if self == Lang::En {
            return Status::Source;
        }
        let line = STATUS.lines().find_map(|l| {
            let (tag, rest) = l.split_once(char::is_whitespace)?;
            (tag == self.code()).then_some(rest.trim())
        });
        match line {
            Some(s) if s.starts_with("reviewed ") => Status::Reviewed(s["reviewed ".len()..].trim().to_owned()),
            _ => Status::Draft,
        }
    }

    /// The language the locale's bundle is for, when Fluent hands us only its identifier.
    pub fn from_langid(id: &LanguageIdentifier) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.langid() == *id)
    }
}

/// Each locale's review status, one line each: `<tag> draft` or `<tag> reviewed YYYY-MM-DD`.
const STATUS: &str = include_str!("../../locales/status.txt");

/// A translated sentence for HTML text: each value Fluent inserted (a phone number, a date, a
/// reference) is wrapped in the Unicode isolation marks U+2068 and U+2069; here those become
/// `<bdi>` elements, so the value keeps its own direction inside right-to-left text ("0808 157
/// 0192" is not reordered into "0192 157 0808") and the page carries markup, not invisible
/// characters. Attributes keep the marks, which is the only isolation they can hold.
pub fn rich(text: String) -> leptos::prelude::AnyView {
    use leptos::prelude::*;
    if !text.contains('\u{2068}') {
        return text.into_any();
    }
    let mut chars = text.chars().peekable();
    rich_run(&mut chars).into_iter().collect_view().into_any()
}

/// Text up to the end of the current isolate, with nested isolates as nested `<bdi>`s.
fn rich_run(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) -> Vec<leptos::prelude::AnyView> {
    use leptos::prelude::*;
    let mut parts = Vec::new();
    let mut plain = String::new();
    while let Some(c) = chars.next() {
        match c {
            '\u{2068}' => {
                parts.push(std::mem::take(&mut plain).into_any());
                let inner = rich_run(chars);
                parts.push(view! { <bdi>{inner}</bdi> }.into_any());
            }
            '\u{2069}' => break,
            c => plain.push(c),
        }
    }
    parts.push(plain.into_any());
    parts
}

/// Looks up a message. A missing id falls back to English (the locale test keeps every id
/// present everywhere, so this only matters while a translation is being written).
pub fn t(lang: Lang, id: &str) -> String {
    t_args(lang, id, &[])
}

/// Looks up a message that may not exist (optional hints).
pub fn t_opt(lang: Lang, id: &str) -> Option<String> {
    #[cfg(feature = "ssr")]
    if lang.is_pseudo() {
        return pseudo::lookup(lang, id, &[]);
    }
    LOCALES.try_lookup(&lang.langid(), id)
}

/// Looks up a message with named arguments.
pub fn t_args(lang: Lang, id: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
    #[cfg(feature = "ssr")]
    if lang.is_pseudo() {
        return pseudo::lookup(lang, id, args).unwrap_or_else(|| format!("Unknown localization key: {id:?}"));
    }
    let args: HashMap<Cow<'static, str>, FluentValue<'static>> =
        args.iter().map(|(k, v)| (Cow::Borrowed(*k), v.clone())).collect();
    if args.is_empty() {
        LOCALES.lookup(&lang.langid(), id)
    } else {
        LOCALES.lookup_with_args(&lang.langid(), id, &args)
    }
}

impl Lang {
    pub fn is_pseudo(self) -> bool {
        matches!(self, Lang::PseudoAccented | Lang::PseudoMirrored)
    }
}

/// The pseudo-locales, made from the English source at start: every piece of text in every
/// message (select variants included) is transformed, never a value put into a message:
/// `en-XA` accents letters and pads each piece by about 40% and brackets the message;
/// `ar-XB` writes each word inside right-to-left overrides. Message references (the exit
/// button's label inside a sentence) come out transformed too, as a translation would.
#[cfg(feature = "ssr")]
mod pseudo {
    use std::sync::LazyLock;

    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
    use fluent_templates::fluent_bundle::{FluentArgs, FluentResource, FluentValue, concurrent::FluentBundle};

    use super::Lang;

    const ENGLISH: [&str; 4] = [
        include_str!("../../locales/en/main.ftl"),
        include_str!("../../locales/en/pages.ftl"),
        include_str!("../../locales/en/journey.ftl"),
        include_str!("../../locales/en/mail.ftl"),
    ];

    static ACCENTED: LazyLock<FluentBundle<FluentResource>> = LazyLock::new(|| bundle("en-XA", super::accent_text));
    static MIRRORED: LazyLock<FluentBundle<FluentResource>> = LazyLock::new(|| bundle("ar-XB", super::mirror_text));

    fn bundle(tag: &str, f: fn(&str) -> String) -> FluentBundle<FluentResource> {
        let mut bundle = FluentBundle::new_concurrent(vec![tag.parse().expect("pseudo tags parse")]);
        bundle.set_use_isolating(true);
        bundle.set_formatter(Some(super::format::fluent_number));
        for source in ENGLISH {
            let mut resource = fluent_syntax::parser::parse(source.to_owned()).unwrap_or_else(|(r, _)| r);
            for entry in &mut resource.body {
                if let Entry::Message(message) = entry {
                    if let Some(value) = &mut message.value {
                        transform(value, f);
                    }
                    for attribute in &mut message.attributes {
                        transform(&mut attribute.value, f);
                    }
                }
            }
            let text = fluent_syntax::serializer::serialize(&resource);
            let resource = FluentResource::try_new(text).unwrap_or_else(|(r, _)| r);
            let _ = bundle.add_resource(resource);
        }
        bundle
    }

    fn transform(pattern: &mut Pattern<String>, f: fn(&str) -> String) {
        for element in &mut pattern.elements {
            match element {
                PatternElement::TextElement { value } => *value = f(value),
                PatternElement::Placeable { expression } => expression_text(expression, f),
            }
        }
    }

    fn expression_text(expression: &mut Expression<String>, f: fn(&str) -> String) {
        match expression {
            Expression::Select { variants, .. } => {
                for variant in variants {
                    transform(&mut variant.value, f);
                }
            }
            Expression::Inline(InlineExpression::Placeable { expression }) => expression_text(expression, f),
            Expression::Inline(_) => {}
        }
    }

    pub fn lookup(lang: Lang, id: &str, args: &[(&'static str, FluentValue<'static>)]) -> Option<String> {
        let bundle: &FluentBundle<FluentResource> = if lang == Lang::PseudoAccented { &ACCENTED } else { &MIRRORED };
        let pattern = bundle.get_message(id)?.value()?;
        let mut fluent_args = FluentArgs::new();
        for (k, v) in args {
            fluent_args.set(*k, v.clone());
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned();
        Some(if lang == Lang::PseudoAccented { format!("[{text}]") } else { text })
    }
}

/// `en-XA`'s text: letters accented, padded by about 40%.
pub fn accent_text(text: &str) -> String {
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let mut out: String = text.chars().map(accent).collect();
    if letters > 0 {
        out.push_str(&"~".repeat((letters * 2).div_ceil(5)));
    }
    out
}

fn accent(c: char) -> char {
    const FROM: &str = "aceinorsuyzACEINORSUYZ";
    const TO: &str = "àçéîñöŕšûýžÀÇÉÎÑÖŔŠÛÝŽ";
    FROM.chars().position(|f| f == c).and_then(|i| TO.chars().nth(i)).unwrap_or(c)
}

/// `ar-XB`'s text: each word inside right-to-left overrides, so it reads backwards in a
/// right-to-left page, as mirrored as the layout must be.
pub fn mirror_text(text: &str) -> String {
    text.split(' ')
        .map(|word| {
            if word.chars().any(char::is_alphabetic) {
                format!("\u{202E}{word}\u{202C}")
            } else {
                word.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Chooses the best published language for an `Accept-Language` header; English otherwise.
#[cfg(feature = "ssr")]
pub fn negotiate(accept_language: Option<&str>) -> Lang {
    use fluent_langneg::{NegotiationStrategy, negotiate_languages};
    let requested = requested_languages(accept_language.unwrap_or(""));
    // Easy Read is chosen from the Languages page, never negotiated: no browser asks for it.
    let available: Vec<LanguageIdentifier> =
        Lang::ALL.iter().filter(|l| **l != Lang::EasyRead).map(|l| l.langid()).collect();
    let default = Lang::En.langid();
    negotiate_languages(&requested, &available, Some(&default), NegotiationStrategy::Lookup)
        .first()
        .and_then(|id| Lang::ALL.into_iter().find(|l| l.langid() == **id))
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
