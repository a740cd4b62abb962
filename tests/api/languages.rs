use app::i18n::Lang;
use rj_tests::{backends, spawn_app};
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
async fn every_home_page_has_the_right_lang_and_dir_in_the_server_html() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        for (lang, dir) in [(Lang::En, "ltr"), (Lang::Ur, "rtl"), (Lang::Pl, "ltr")] {
            let page = app.page(&format!("/{}/", lang.code())).await;
            assert_eq!(page.status, 200, "{lang:?} on {}", app.backend);
            let html = page.html();
            let root = html.select(&sel("html")).next().unwrap();
            assert_eq!(root.attr("lang"), Some(lang.code()));
            assert_eq!(root.attr("dir"), Some(dir));
            let h1: String = html.select(&sel("h1")).next().unwrap().text().collect();
            assert_eq!(h1, app::i18n::t(lang, "home-title"));
        }
    }
}

#[tokio::test]
async fn the_home_page_is_served_with_and_without_the_trailing_slash() {
    let app = spawn_app(&backends()[0]).await;
    assert_eq!(app.page("/pl").await.status, 200);
    assert_eq!(app.page("/pl/").await.status, 200);
}

#[tokio::test]
async fn the_language_switcher_names_each_language_in_its_own_script_and_keeps_the_page() {
    let app = spawn_app(&backends()[0]).await;
    let page = app.page("/ur/privacy").await;
    assert_eq!(page.status, 200);
    let html = page.html();
    let links: Vec<_> = html.select(&sel("nav.lang-switcher a")).collect();
    assert_eq!(links.len(), Lang::ALL.len());
    for (link, lang) in links.iter().zip(Lang::ALL) {
        assert_eq!(link.attr("href"), Some(format!("/{}/privacy", lang.code()).as_str()));
        assert_eq!(link.attr("lang"), Some(lang.code()));
        assert_eq!(link.attr("hreflang"), Some(lang.code()));
        let text: String = link.text().collect();
        assert_eq!(text, app::i18n::t(lang, "language-name"));
        let current = link.attr("aria-current");
        assert_eq!(current.is_some(), lang == Lang::Ur, "aria-current on {lang:?}");
    }
    let names: Vec<String> = links.iter().map(|l| l.text().collect()).collect();
    assert_eq!(names, ["English", "اردو", "Polski"]);
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
