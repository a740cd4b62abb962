//! Every locale carries every message English has, with the same placeables, and nothing else;
//! no Fluent syntax error, no plural category its language needs is missing, and no value is
//! left in English unless it is marked as meant to be. The checks live in `app::i18n::check`,
//! which `server locales check|import` runs too.

use std::{
    fs,
    path::{Path, PathBuf},
};

use app::i18n::{
    FluentValue, Lang, Status,
    check::{Catalog, plural_categories},
};

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales")
}

fn english() -> Catalog {
    let (english, problems) = Catalog::load(&locales_dir().join("en"));
    assert!(problems.is_empty(), "English: {problems:?}");
    assert!(english.messages.len() > 500, "English has too few messages to be the real source");
    english
}

#[test]
fn every_published_language_has_a_locale_folder_and_no_folder_is_unpublished() {
    let mut folders: Vec<String> = fs::read_dir(locales_dir())
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    folders.sort();
    let mut published: Vec<String> = Lang::ALL.iter().map(|l| l.folder().to_owned()).collect();
    published.sort();
    assert_eq!(folders, published);
}

#[test]
fn every_locale_has_exactly_the_english_messages_with_the_same_placeables() {
    let english = english();
    let mut problems = Vec::new();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let (catalog, mut found) = Catalog::load(&locales_dir().join(lang.folder()));
        found.extend(catalog.compare(&english, &plural_categories(&lang.langid())));
        problems.extend(found.into_iter().map(|p| format!("{}: {p}", lang.code())));
    }
    assert!(problems.is_empty(), "{} locale problems:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn every_locale_has_a_review_status_and_english_is_the_source() {
    let listed = fs::read_to_string(locales_dir().join("status.txt")).unwrap();
    for line in listed.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let mut words = line.split_whitespace();
        let tag = words.next().unwrap();
        let lang = Lang::from_code(tag).unwrap_or_else(|| panic!("status.txt lists {tag}, which is not published"));
        match words.next() {
            Some("draft") => assert_eq!(lang.status(), Status::Draft),
            Some("reviewed") => {
                let date = words.next().unwrap_or_default();
                assert!(chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").is_ok(), "{tag}: reviewed on {date:?}?");
                assert!(words.next().is_some(), "{tag}: say who reviewed it");
                assert_eq!(lang.status(), Status::Reviewed(line.split_once("reviewed ").unwrap().1.trim().to_owned()));
            }
            other => panic!("{tag}: unknown status {other:?} (draft, or reviewed YYYY-MM-DD who)"),
        }
    }
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        assert!(
            listed.lines().any(|l| l.split_whitespace().next() == Some(lang.code())),
            "{} has no line in locales/status.txt",
            lang.code()
        );
    }
    assert_eq!(Lang::En.status(), Status::Source);
}

#[test]
fn every_locale_is_served_from_its_own_folder_and_nothing_falls_back_to_english() {
    // The Fluent loader silently skips a folder whose name is not a language identifier, and
    // answers from English instead: this renders every message through the real loader.
    let english = english();
    let render = |lang: Lang, id: &str| {
        // Every placeable any message uses, so each message formats without an error.
        let mut args = app::site::SiteInfo::default().args(lang);
        for (name, value) in [("count", 5), ("used", 3), ("max", 500), ("hours", 2), ("minutes", 15)] {
            args.push((name, FluentValue::from(value)));
        }
        args.push(("date", FluentValue::from("2026-12-01")));
        args.push(("reference", FluentValue::from("RJ-HK4M-7TWX")));
        app::i18n::t_args(lang, id, &args)
    };
    let mut problems = Vec::new();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let (catalog, _) = Catalog::load(&locales_dir().join(lang.folder()));
        for id in english.messages.keys() {
            let text = render(lang, id);
            if text.contains("Unknown localization") {
                problems.push(format!("{}: {id}: {text}", lang.code()));
            }
            let meant_same = catalog.messages.get(id).is_some_and(|m| m.same_as_english);
            if !meant_same && id != "language-name" && text == render(Lang::En, id) {
                problems.push(format!("{}: {id} is shown in English", lang.code()));
            }
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}
