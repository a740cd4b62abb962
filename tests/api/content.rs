//! The public information pages: every page in every language, their structure, the plain
//! language check, the sitemap, the leaflet and the friendly 500 page.

use app::{i18n::Lang, paths::Page};
use rj_tests::{backends, readability, spawn_app, spawn_app_with};
use scraper::Selector;

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

/// The grade the issue sets: an English reading grade (Flesch–Kincaid) of 8 or lower.
const MAX_GRADE: f64 = 8.0;

#[tokio::test]
async fn every_english_page_reads_at_grade_8_or_lower() {
    let app = spawn_app(&backends()[0]).await;
    let mut report = Vec::new();
    let mut too_hard = Vec::new();
    for page in Page::ALL {
        let path = page.path(Lang::En);
        let html = app.page(&path).await.html();
        let blocks = readability::main_blocks(&html);
        let counts = readability::counts(&blocks);
        assert!(counts.words > 20, "{path}: too little text to measure ({counts:?})");
        let grade = counts.grade();
        let prose = readability::grade(&readability::main_paragraphs(&html));
        report.push(format!(
            "{grade:5.1}  {path}  (paragraphs alone {prose:.1}; {} words, {:.1} words a \
             sentence, {:.2} syllables a word)",
            counts.words,
            counts.words as f64 / counts.sentences as f64,
            counts.syllables as f64 / counts.words as f64
        ));
        if grade > MAX_GRADE {
            too_hard.push(format!("{path}: grade {grade:.1}"));
        }
    }
    // Shown with `cargo test -- --nocapture`: the grades the issue asks to report.
    println!("Flesch–Kincaid grade per English page:\n{}", report.join("\n"));
    assert!(too_hard.is_empty(), "pages above grade {MAX_GRADE}:\n{}", too_hard.join("\n"));
}

#[tokio::test]
async fn every_page_has_ordered_headings_a_date_and_the_quick_exit_in_every_language() {
    let app = spawn_app(&backends()[0]).await;
    for lang in Lang::ALL {
        for page in Page::ALL {
            let path = page.path(lang);
            let response = app.page(&path).await;
            assert_eq!(response.status, 200, "{path}");
            let html = response.html();
            let levels: Vec<u8> = html
                .select(&sel("main h1, main h2, main h3, main h4"))
                .map(|h| h.value().name()[1..].parse().unwrap())
                .collect();
            assert_eq!(levels.first(), Some(&1), "{path} starts with its h1");
            for pair in levels.windows(2) {
                assert!(pair[1] <= pair[0] + 1, "{path} skips a heading level: {levels:?}");
            }
            let date = html.select(&sel("main .last-updated time[datetime]")).next();
            assert!(date.is_some(), "{path} has a last-updated date");
            assert!(html.select(&sel("header a.quick-exit")).next().is_some(), "{path} quick exit");
            let text: String = html.select(&sel("main")).next().unwrap().text().collect();
            assert!(!text.contains("Unknown localization"), "{path} shows a missing message");
        }
    }
}

#[tokio::test]
async fn no_translated_page_falls_back_to_english_headings() {
    let app = spawn_app(&backends()[0]).await;
    for page in Page::ALL {
        let english = app.page(&page.path(Lang::En)).await.html();
        let english_h2: Vec<String> =
            english.select(&sel("main h2")).map(|h| h.text().collect()).collect();
        for lang in [Lang::Ur, Lang::Pl] {
            let html = app.page(&page.path(lang)).await.html();
            let theirs: Vec<String> =
                html.select(&sel("main h2")).map(|h| h.text().collect()).collect();
            assert_eq!(theirs.len(), english_h2.len(), "{page:?} in {lang:?}");
            for (a, b) in theirs.iter().zip(&english_h2) {
                assert_ne!(a, b, "{page:?} in {lang:?} shows an English heading");
            }
        }
    }
}

#[tokio::test]
async fn the_home_page_offers_three_ways_in_and_a_menu_of_every_page() {
    let app = spawn_app(&backends()[0]).await;
    for lang in Lang::ALL {
        let html = app.page(&Page::Home.path(lang)).await.html();
        let ways: Vec<&str> =
            html.select(&sel("main .ways a")).filter_map(|a| a.attr("href")).collect();
        let code = lang.code();
        assert_eq!(
            ways,
            [format!("/{code}/refer"), format!("/{code}/call-back"), Page::WhatIsRj.path(lang)],
            "{lang:?}"
        );
        let menu: Vec<&str> =
            html.select(&sel("main nav a")).filter_map(|a| a.attr("href")).collect();
        for page in Page::ABOUT_RJ {
            assert!(menu.contains(&page.path(lang).as_str()), "{page:?} missing from the menu");
        }
        let text: String = html.select(&sel("main")).next().unwrap().text().collect();
        assert!(text.contains("0808 157 0192"), "the phone number is on the home page");
    }
}

#[tokio::test]
async fn the_footer_links_to_every_page_about_restorative_justice() {
    let app = spawn_app(&backends()[0]).await;
    let html = app.page("/ur/evidence").await.html();
    let hrefs: Vec<&str> = html.select(&sel("footer a")).filter_map(|a| a.attr("href")).collect();
    for page in Page::ALL.into_iter().filter(|p| *p != Page::Home) {
        let path = page.path(Lang::Ur);
        assert!(hrefs.iter().any(|h| h.split('?').next() == Some(path.as_str())), "{page:?} not in {hrefs:?}");
    }
}

#[tokio::test]
async fn configured_hours_and_data_controller_appear_where_they_are_needed() {
    let app = spawn_app_with(
        &backends()[0],
        &[
            ("RJ_OPENING_HOURS", "08:30-16:30"),
            ("RJ_CONTROLLER_NAME", "Harbour Commissioner"),
            ("RJ_CONTROLLER_ADDRESS", "2 Quay Street, Walsall"),
            ("RJ_ICO_NUMBER", "Z7654321"),
            ("RJ_SERVICE_EMAIL", "hello@harbour.example"),
        ],
    )
    .await;
    for lang in Lang::ALL {
        let contact = app.page(&Page::Contact.path(lang)).await.body;
        // Times are written the language's way (Arabic digits in Arabic, and so on).
        let (opens, closes) = (app::i18n::format::time(lang, "08:30"), app::i18n::format::time(lang, "16:30"));
        assert!(contact.contains(&opens) && contact.contains(&closes), "{lang:?} contact hours {opens}–{closes}");
        let privacy = app.page(&Page::Privacy.path(lang)).await.body;
        for expected in
            ["Harbour Commissioner", "2 Quay Street, Walsall", "Z7654321", "hello@harbour.example"]
        {
            assert!(privacy.contains(expected), "{lang:?} privacy notice lacks {expected}");
        }
    }
}

#[tokio::test]
async fn the_sitemap_lists_every_page_in_every_language_with_its_alternates() {
    let app = spawn_app_with(&backends()[0], &[("RJ_PUBLIC_URL", "https://rj.example.org/")]).await;
    let sitemap = app.page("/sitemap.xml").await;
    assert_eq!(sitemap.status, 200);
    assert!(sitemap.header("content-type").unwrap().starts_with("application/xml"));
    let body = &sitemap.body;
    assert_eq!(body.matches("<url>").count(), Page::ALL.len() * Lang::ALL.len());
    for page in Page::ALL {
        for lang in Lang::ALL {
            let loc = format!("<loc>https://rj.example.org{}</loc>", page.path(lang));
            assert!(body.contains(&loc), "missing {loc}");
            let alternate = format!(
                r#"<xhtml:link rel="alternate" hreflang="{}" href="https://rj.example.org{}"/>"#,
                lang.code(),
                page.path(lang)
            );
            // Each page's alternate appears once in each of its languages' entries.
            assert_eq!(body.matches(&alternate).count(), Lang::ALL.len(), "{alternate}");
        }
    }
    assert!(!body.contains("/staff"), "the staff area is not in the sitemap");
    let robots = app.page("/robots.txt").await.body;
    assert!(robots.lines().any(|l| l == "Sitemap: https://rj.example.org/sitemap.xml"), "{robots}");
}

#[tokio::test]
async fn each_page_names_its_other_languages_in_the_head() {
    let app = spawn_app_with(&backends()[0], &[("RJ_PUBLIC_URL", "https://rj.example.org")]).await;
    let html = app.page("/pl/is-it-safe").await.html();
    let links: Vec<(String, String)> = html
        .select(&sel(r#"head link[rel="alternate"]"#))
        .map(|l| (l.attr("hreflang").unwrap().to_owned(), l.attr("href").unwrap().to_owned()))
        .collect();
    let mut expected: Vec<(String, String)> = Lang::ALL
        .iter()
        .map(|l| (l.code().to_owned(), format!("https://rj.example.org/{}/is-it-safe", l.code())))
        .collect();
    expected.push(("x-default".into(), "https://rj.example.org/en/is-it-safe".into()));
    assert_eq!(links, expected);
    let missing = app.page("/pl/no-such-page").await.html();
    assert_eq!(missing.select(&sel(r#"link[rel="alternate"]"#)).count(), 0);
}

#[tokio::test]
async fn the_leaflet_has_a_qr_code_svg_for_its_own_language_home_page() {
    let app = spawn_app_with(&backends()[0], &[("RJ_PUBLIC_URL", "https://rj.example.org")]).await;
    let mut codes = Vec::new();
    for lang in Lang::ALL {
        let page = app.page(&Page::Leaflet.path(lang)).await;
        assert_eq!(page.status, 200);
        let html = page.html();
        let svg = html.select(&sel("main figure.qr svg")).next().expect("an inline SVG QR code");
        assert_eq!(svg.attr("aria-hidden"), Some("true"));
        let caption: String =
            html.select(&sel("main figure.qr figcaption")).next().unwrap().text().collect();
        let home = format!("https://rj.example.org/{}/", lang.code());
        assert!(caption.contains(&home), "{caption}");
        assert!(page.body.contains("0808 157 0192"), "the leaflet has the phone number");
        codes.push(svg.html());
    }
    codes.dedup();
    assert_eq!(codes.len(), Lang::ALL.len(), "each language's QR code is different");
}

#[tokio::test]
async fn the_server_error_page_is_friendly_translated_and_a_real_500() {
    let app = spawn_app(&backends()[0]).await;
    for lang in Lang::ALL {
        let page = app.page(&app::paths::server_error(lang)).await;
        assert_eq!(page.status, 500, "{lang:?}");
        let html = page.html();
        let h1: String = html.select(&sel("h1")).next().unwrap().text().collect();
        assert_eq!(h1, app::i18n::t(lang, "server-error-title"));
        assert!(html.select(&sel("header a.quick-exit")).next().is_some());
        assert_eq!(page.header("cache-control"), Some("no-store"));
    }
}

#[tokio::test]
async fn unknown_pages_inside_a_language_are_404_in_that_language() {
    let app = spawn_app(&backends()[0]).await;
    let page = app.page("/ur/no-such-page").await;
    assert_eq!(page.status, 404);
    let h1: String = page.html().select(&sel("h1")).next().unwrap().text().collect();
    assert_eq!(h1, app::i18n::t(Lang::Ur, "not-found-title"));
}

#[tokio::test]
async fn without_a_public_url_the_sitemap_uses_the_address_actually_bound() {
    let app = spawn_app(&backends()[0]).await;
    let body = app.page("/sitemap.xml").await.body;
    assert!(body.contains(&format!("<loc>{}/en/</loc>", app.address)), "{}", &body[..400]);
    assert!(!body.contains(":0/"), "port 0 leaked into the sitemap");
}

#[tokio::test]
async fn every_easy_read_page_has_short_sentences_and_reads_at_grade_5_or_lower() {
    // Easy Read explains every hard word, which adds words, so it is not always a lower grade
    // than the (already plain) English; what it must have is short sentences and a low grade.
    // The Languages page is a list of language names and is left out.
    let app = spawn_app(&backends()[0]).await;
    let mut report = Vec::new();
    let mut problems = Vec::new();
    for page in Page::ALL.into_iter().filter(|p| *p != Page::Languages) {
        let counts = |html: &scraper::Html| readability::counts(&readability::main_blocks(html));
        let english = counts(&app.page(&page.path(Lang::En)).await.html());
        let path = page.path(Lang::EasyRead);
        let easy = counts(&app.page(&path).await.html());
        let words = |c: &readability::Counts| c.words as f64 / c.sentences as f64;
        report.push(format!(
            "{:4.1} grade, {:4.1} words a sentence (English {:4.1}, {:4.1})  {path}",
            easy.grade(),
            words(&easy),
            english.grade(),
            words(&english)
        ));
        if easy.grade() > 5.0 || words(&easy) > 12.0 {
            problems.push(format!("{path}: grade {:.1}, {:.1} words a sentence", easy.grade(), words(&easy)));
        }
    }
    println!("Easy Read pages:\n{}", report.join("\n"));
    assert!(problems.is_empty(), "Easy Read pages that are too hard:\n{}", problems.join("\n"));
}
