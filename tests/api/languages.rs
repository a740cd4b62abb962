use app::i18n::Lang;
use app::paths::Page;
use rj_tests::{backends, spawn_app, spawn_app_with};
use scraper::Selector;

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

#[tokio::test]
async fn root_redirects_to_the_best_language_from_accept_language() {
    let app = spawn_app(&backends()[0]).await;
    let cases = [
        (Some("ur-PK,ur;q=0.9,en;q=0.5"), "/ur/"),
        (Some("pl-PL"), "/pl/"),
        (Some("de-DE,de;q=0.9"), "/en/"),
        (Some("ar-EG,ar;q=0.9"), "/ar/"),
        (Some("zh-CN,zh;q=0.9"), "/zh-Hans/"),
        (Some("fa-AF"), "/fa-AF/"),
        (Some("fa-IR,fa;q=0.9"), "/fa/"),
        (Some("pa-IN"), "/pa/"),
        (Some("pt-BR,pt;q=0.9"), "/pt/"),
        (Some("ti-ER"), "/ti/"),
        (Some("ckb-IQ"), "/ckb/"),
        (Some("uk-UA,ru;q=0.5"), "/uk/"),
        (Some("en-GB"), "/en/"),
        (None, "/en/"),
    ];
    for (accept, expected) in cases {
        let mut request = app.client.get(app.url("/"));
        if let Some(accept) = accept {
            request = request.header("accept-language", accept);
        }
        let response = request.send().await.unwrap();
        assert_eq!(response.status(), 303, "{accept:?}");
        assert_eq!(response.headers()["location"], expected, "{accept:?}");
        assert_eq!(response.headers()["vary"], "Accept-Language");
    }
}

#[tokio::test]
async fn every_page_in_every_language_has_its_lang_and_dir_and_no_english_left() {
    // Every page of the sitemap in every published language (20 × 19 requests, a few seconds).
    // "No English left": no sentence of three or more words from the English page appears on a
    // translated one, apart from the service's own details (names, numbers, addresses).
    let app = spawn_app(&backends()[0]).await;
    let info = app::site::SiteInfo::default();
    // The service's own details, and the English names on the Languages page (there on purpose).
    let allowed = [info.service_name.clone(), info.controller_name.clone(), info.controller_address.clone()];
    let names: Vec<&str> = Lang::ALL.iter().map(|l| l.english_name()).collect();
    let mut problems = Vec::new();
    for page in Page::ALL {
        let english = app.page(&page.path(Lang::En)).await.html();
        let english_sentences = sentences(&english);
        for lang in Lang::ALL {
            let path = page.path(lang);
            let response = app.page(&path).await;
            assert_eq!(response.status, 200, "{path}");
            let html = response.html();
            let root = html.select(&sel("html")).next().unwrap();
            assert_eq!(root.attr("lang"), Some(lang.code()), "{path}");
            assert_eq!(root.attr("dir"), Some(lang.dir().as_str()), "{path}");
            assert!(!response.body.contains("Unknown localization"), "{path} shows a missing message");
            // Easy Read is English: where the English was already easy it stays, marked so in
            // its files (the locale test checks those marks).
            if lang == Lang::En || lang == Lang::EasyRead {
                continue;
            }
            // Messages the locale marks as meant to stay English (names of organisations).
            let (catalog, _) = app::i18n::check::Catalog::load(
                &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales").join(lang.folder()),
            );
            let same: Vec<String> = catalog
                .messages
                .iter()
                .filter(|(_, m)| m.same_as_english)
                .map(|(id, _)| app::i18n::t(Lang::En, id))
                .collect();
            for sentence in sentences(&html) {
                if english_sentences.contains(&sentence)
                    && !allowed.iter().any(|a| sentence.contains(a.as_str()))
                    && !same.contains(&sentence)
                    && !names.contains(&sentence.as_str())
                {
                    problems.push(format!("{path}: {sentence:?}"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "English left on translated pages:\n{}", problems.join("\n"));
}

/// The page's text nodes in `<main>` and the header and footer that have three or more words of
/// Latin letters: what would give away an untranslated sentence.
fn sentences(html: &scraper::Html) -> std::collections::BTreeSet<String> {
    html.select(&sel("main, header, footer"))
        .flat_map(|e| e.text())
        .map(|t| t.trim().to_owned())
        .filter(|t| t.split_whitespace().filter(|w| w.chars().any(|c| c.is_ascii_alphabetic())).count() >= 3)
        .collect()
}

#[tokio::test]
async fn every_home_page_has_the_right_lang_and_dir_in_the_server_html() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        for lang in Lang::ALL {
            let page = app.page(&format!("/{}/", lang.code())).await;
            assert_eq!(page.status, 200, "{lang:?} on {}", app.backend);
            let html = page.html();
            let root = html.select(&sel("html")).next().unwrap();
            assert_eq!(root.attr("lang"), Some(lang.code()));
            assert_eq!(root.attr("dir"), Some(lang.dir().as_str()));
            let h1: String = html.select(&sel("h1")).next().unwrap().text().collect();
            assert_eq!(h1, app::i18n::t(lang, "home-title"));
        }
    }
}

#[test]
fn the_right_to_left_languages_are_exactly_the_arabic_script_ones() {
    let rtl: Vec<&str> = Lang::ALL.into_iter().filter(|l| l.dir().as_str() == "rtl").map(|l| l.code()).collect();
    assert_eq!(rtl, ["ar", "fa-AF", "fa", "ckb", "ps", "ur"]);
}

#[tokio::test]
async fn the_home_page_is_served_with_and_without_the_trailing_slash() {
    let app = spawn_app(&backends()[0]).await;
    assert_eq!(app.page("/pl").await.status, 200);
    assert_eq!(app.page("/pl/").await.status, 200);
    assert_eq!(app.page("/zh-Hans/").await.status, 200);
    assert_eq!(app.page("/en-x-easyread/").await.status, 200);
}

#[tokio::test]
async fn the_language_switcher_names_each_language_in_its_own_script_and_keeps_the_page() {
    let app = spawn_app(&backends()[0]).await;
    let page = app.page("/ur/privacy").await;
    assert_eq!(page.status, 200);
    let html = page.html();
    let summary: String = html.select(&sel("nav.lang-switcher details summary")).next().unwrap().text().collect();
    assert!(summary.contains("اردو"), "the button names the current language: {summary}");
    let links: Vec<_> = html.select(&sel("nav.lang-switcher a")).collect();
    assert_eq!(links.len(), Lang::ALL.len());
    for (link, lang) in links.iter().zip(Lang::ALL) {
        assert_eq!(link.attr("href"), Some(format!("/{}/privacy", lang.code()).as_str()));
        assert_eq!(link.attr("lang"), Some(lang.code()));
        assert_eq!(link.attr("hreflang"), Some(lang.code()));
        assert_eq!(link.attr("dir"), Some(lang.dir().as_str()));
        let text: String = link.text().collect();
        assert_eq!(text, app::i18n::t(lang, "language-name"));
        let current = link.attr("aria-current");
        assert_eq!(current.is_some(), lang == Lang::Ur, "aria-current on {lang:?}");
    }
    let names: Vec<String> = links.iter().map(|l| l.text().collect()).collect();
    for name in ["English", "Easy Read", "العربية", "اردو", "Polski", "ਪੰਜਾਬੀ", "ትግርኛ", "简体中文"] {
        assert!(names.iter().any(|n| n == name), "{name} missing from {names:?}");
    }
}

#[tokio::test]
async fn the_languages_page_lists_every_language_and_returns_to_the_page_you_were_on() {
    let app = spawn_app(&backends()[0]).await;
    // The footer links to it, remembering the page.
    let html = app.page("/pl/refer").await.html();
    let link = html
        .select(&sel("footer a"))
        .find_map(|a| a.attr("href").filter(|h| h.starts_with("/pl/languages")).map(str::to_owned))
        .expect("a link to the Languages page");
    assert_eq!(link, "/pl/languages?from=/pl/refer");
    let page = app.page(&link).await;
    assert_eq!(page.status, 200);
    let html = page.html();
    let items: Vec<_> = html.select(&sel("main ul.language-list a")).collect();
    assert_eq!(items.len(), Lang::ALL.len());
    for (a, lang) in items.iter().zip(Lang::ALL) {
        assert_eq!(a.attr("href"), Some(format!("/{}/refer", lang.code()).as_str()));
        assert_eq!(a.attr("lang"), Some(lang.code()));
        let english: String = a.select(&sel(".lang-english")).flat_map(|e| e.text()).collect();
        if lang != Lang::En {
            assert_eq!(english, lang.english_name());
        }
    }
    // Anything but one of our own pages is ignored: the links go to each language's home page.
    for from in ["https://evil.example/", "//evil.example/en/", "/xx/", "javascript:alert(1)"] {
        let html = app.page(&format!("/en/languages?from={from}")).await.html();
        let first = html.select(&sel("main ul.language-list a")).next().unwrap();
        assert_eq!(first.attr("href"), Some("/en/"), "{from}");
    }
}

#[tokio::test]
async fn a_draft_translation_says_so_in_its_language_and_english_does_not() {
    let app = spawn_app(&backends()[0]).await;
    for lang in Lang::ALL {
        let html = app.page(&format!("/{}/", lang.code())).await.html();
        let note: Option<String> = html.select(&sel(".translation-note")).next().map(|n| n.text().collect());
        match lang.status() {
            app::i18n::Status::Draft => {
                let note = note.unwrap_or_else(|| panic!("{lang:?}: no draft note"));
                assert!(note.contains("0808 157 0192"), "{lang:?}: the note gives the phone number");
                assert_ne!(note, app::i18n::t(Lang::En, "translation-draft"));
            }
            _ => assert!(note.is_none(), "{lang:?} is not a draft"),
        }
    }
}

#[tokio::test]
async fn the_pseudo_locales_are_served_only_when_switched_on_and_catch_hard_coded_text() {
    let app = spawn_app(&backends()[0]).await;
    assert_eq!(app.page("/en-XA/").await.status, 404, "off by default");
    let app = spawn_app_with(&backends()[0], &[("RJ_PSEUDO_LOCALES", "1")]).await;
    let info = app::site::SiteInfo::default();
    for (code, dir) in [("en-XA", "ltr"), ("ar-XB", "rtl")] {
        for path in ["", "refer", "call-back", "what-is-restorative-justice", "questions", "contact", "languages"] {
            let path = format!("/{code}/{path}");
            let page = app.page(&path).await;
            assert_eq!(page.status, 200, "{path}");
            let html = page.html();
            let root = html.select(&sel("html")).next().unwrap();
            assert_eq!(root.attr("lang"), Some(code));
            assert_eq!(root.attr("dir"), Some(dir));
            if code != "en-XA" {
                continue;
            }
            // Every word of four or more plain letters left is text that did not go through
            // the translations: hard-coded. The service's own details are configuration.
            let mut text: String = html.select(&sel("body")).flat_map(|e| e.text()).collect::<Vec<_>>().join(" ");
            for detail in [&info.service_name, &info.email, &info.controller_address] {
                text = text.replace(detail.as_str(), " ");
            }
            let plain: Vec<&str> = text
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| w.len() >= 4 && w.chars().all(|c| c.is_ascii_lowercase()))
                .filter(|w| w.chars().any(|c| "aceinorsuyz".contains(c)))
                .collect();
            assert!(plain.is_empty(), "{path}: hard-coded text: {plain:?}");
        }
    }
    // Never listed: not in the switcher, not in the sitemap.
    let html = app.page("/en/").await.body;
    assert!(!html.contains("en-XA") && !html.contains("ar-XB"));
    let sitemap = app.page("/sitemap.xml").await.body;
    assert!(!sitemap.contains("en-XA") && !sitemap.contains("ar-XB"));
}

#[tokio::test]
async fn an_unknown_language_is_a_404_in_english_with_a_link_to_every_language() {
    let app = spawn_app(&backends()[0]).await;
    for path in ["/xx/", "/fr/privacy", "/klingon"] {
        let page = app.page(path).await;
        assert_eq!(page.status, 404, "{path}");
        let html = page.html();
        let root = html.select(&sel("html")).next().unwrap();
        assert_eq!(root.attr("lang"), Some("en"), "{path}");
        let h1: String = html.select(&sel("h1")).next().unwrap().text().collect();
        assert_eq!(h1, "Page not found");
        for lang in Lang::ALL {
            let href = format!("/{}/", lang.code());
            let found = html
                .select(&sel("main a"))
                .any(|a| a.attr("href") == Some(href.as_str()) && a.attr("hreflang") == Some(lang.code()));
            assert!(found, "{path}: no link to {href}");
        }
    }
}

#[tokio::test]
async fn a_missing_page_in_a_known_language_is_a_404_in_that_language() {
    let app = spawn_app(&backends()[0]).await;
    let page = app.page("/ur/no-such-page").await;
    assert_eq!(page.status, 404);
    let html = page.html();
    let root = html.select(&sel("html")).next().unwrap();
    assert_eq!(root.attr("lang"), Some("ur"));
    assert_eq!(root.attr("dir"), Some("rtl"));
    let h1: String = html.select(&sel("h1")).next().unwrap().text().collect();
    assert_eq!(h1, app::i18n::t(Lang::Ur, "not-found-title"));
}

#[tokio::test]
async fn inserted_values_keep_their_direction_in_right_to_left_text_as_bdi_elements() {
    let app = spawn_app(&backends()[0]).await;
    for lang in [Lang::Ar, Lang::Ur, Lang::Fa, Lang::Prs, Lang::Ps, Lang::Ckb] {
        for page in Page::ALL {
            let path = page.path(lang);
            let html = app.page(&path).await.html();
            // Text shows values in <bdi>, never as invisible isolation characters.
            let text: String = html.select(&sel("main")).flat_map(|m| m.text()).collect();
            assert!(!text.contains(['\u{2068}', '\u{2069}']), "{path}: isolation marks left in the text");
        }
        // The phone number inside a sentence is isolated, so its groups are not reordered.
        let html = app.page(&Page::Contact.path(lang)).await.html();
        let isolated: Vec<String> = html.select(&sel("main bdi")).map(|b| b.text().collect()).collect();
        assert!(isolated.iter().any(|t| t.contains(":") || t.contains("0808")), "{lang:?}: {isolated:?}");
    }
}
