use app::{i18n::Lang, paths::Page};
use rj_tests::{backends, spawn_app, spawn_app_with};
use scraper::Selector;

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

#[tokio::test]
async fn every_public_page_exists_in_every_language() {
    let app = spawn_app(&backends()[0]).await;
    for lang in Lang::ALL {
        for page in Page::ALL {
            let path = page.path(lang);
            let response = app.page(&path).await;
            assert_eq!(response.status, 200, "{path}");
            let html = response.html();
            assert_eq!(html.select(&sel("h1")).count(), 1, "{path} has one h1");
            assert!(html.select(&sel("title")).next().is_some(), "{path} has a title");
        }
    }
}

#[tokio::test]
async fn every_page_has_a_skip_link_then_the_quick_exit_as_the_first_two_links() {
    let app = spawn_app(&backends()[0]).await;
    for path in ["/en/", "/ur/contact", "/pl/privacy", "/en/missing"] {
        let html = app.page(path).await.html();
        let links: Vec<_> = html.select(&sel("body a[href]")).collect();
        assert_eq!(links[0].attr("href"), Some("#main"), "{path}: first tab stop");
        assert_eq!(links[1].attr("href"), Some("/exit"), "{path}: second tab stop");
        let button = html.select(&sel("header a.quick-exit")).next();
        assert_eq!(button.and_then(|b| b.attr("href")), Some("/exit"), "{path}: visible button");
        assert!(html.select(&sel("main#main")).next().is_some(), "{path}: skip target");
    }
}

#[tokio::test]
async fn the_header_shows_the_configured_name_phone_and_email() {
    let app = spawn_app_with(
        &backends()[0],
        &[
            ("RJ_SERVICE_NAME", "Test Harbour RJ"),
            ("RJ_SERVICE_PHONE", "0121 496 0000"),
            ("RJ_SERVICE_EMAIL", "hello@harbour.example"),
        ],
    )
    .await;
    let html = app.page("/en/").await.html();
    let brand: String = html.select(&sel("header .brand")).next().unwrap().text().collect();
    assert_eq!(brand, "Test Harbour RJ");
    let hrefs: Vec<&str> = html.select(&sel("header a")).filter_map(|a| a.attr("href")).collect();
    assert!(hrefs.contains(&"tel:01214960000"), "{hrefs:?}");
    assert!(hrefs.contains(&"mailto:hello@harbour.example"), "{hrefs:?}");
}

#[tokio::test]
async fn the_footer_links_to_every_information_page_in_the_page_language() {
    let app = spawn_app(&backends()[0]).await;
    let html = app.page("/pl/").await.html();
    let hrefs: Vec<&str> = html.select(&sel("footer a")).filter_map(|a| a.attr("href")).collect();
    for page in [Page::Privacy, Page::Accessibility, Page::Cookies, Page::Complaints, Page::Contact] {
        assert!(hrefs.contains(&page.path(Lang::Pl).as_str()), "{page:?} missing from {hrefs:?}");
    }
}

#[tokio::test]
async fn public_pages_ship_no_webassembly_and_only_the_quick_exit_script() {
    let app = spawn_app(&backends()[0]).await;
    let page = app.page("/en/").await;
    assert!(!page.body.contains(".wasm"), "a public page references WASM");
    assert!(!page.body.contains("/pkg/rj.js"), "a public page loads the islands' JS");
    let html = page.html();
    let scripts: Vec<_> = html.select(&sel("script")).collect();
    assert_eq!(scripts.len(), 1, "only the quick-exit script");
    assert!(scripts[0].attr("src").unwrap().starts_with("/site.js?v="));
}

#[tokio::test]
async fn a_reader_who_never_starts_the_form_gets_no_cookie() {
    let app = spawn_app(&backends()[0]).await;
    for path in ["/", "/en/", "/ur/privacy", "/en/missing", "/healthz"] {
        let response = app.get(path).await;
        assert!(response.headers().get("set-cookie").is_none(), "{path} sets a cookie");
    }
}

#[tokio::test]
async fn pages_are_not_stored_by_the_browser() {
    let app = spawn_app(&backends()[0]).await;
    for path in ["/en/", "/ur/contact", "/en/missing"] {
        let page = app.page(path).await;
        assert_eq!(page.header("cache-control"), Some("no-store"), "{path}");
    }
}

#[tokio::test]
async fn pages_are_compressed_for_clients_that_accept_it() {
    let app = spawn_app(&backends()[0]).await;
    let response = app
        .client
        .get(app.url("/en/"))
        .header("accept-encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["content-encoding"], "gzip");
}

#[tokio::test]
async fn robots_txt_keeps_crawlers_out_of_the_staff_area() {
    let app = spawn_app(&backends()[0]).await;
    let page = app.page("/robots.txt").await;
    assert_eq!(page.status, 200);
    assert!(page.header("content-type").unwrap().starts_with("text/plain"));
    assert!(page.body.lines().any(|l| l == "Disallow: /staff"), "{}", page.body);
}

#[tokio::test]
async fn static_files_are_served_and_versioned_ones_are_cached_for_a_year() {
    let site = tempfile::tempdir().unwrap();
    std::fs::create_dir(site.path().join("pkg")).unwrap();
    std::fs::write(site.path().join("pkg/rj.css"), "body{color:black}").unwrap();
    std::fs::write(site.path().join("site.js"), "void 0;").unwrap();
    let root = site.path().to_string_lossy().into_owned();
    let app = spawn_app_with(&backends()[0], &[("LEPTOS_SITE_ROOT", &root)]).await;

    // The page links the assets with the digest of their contents.
    let html = app.page("/en/").await.html();
    let css = html.select(&sel("link[rel=stylesheet]")).next().unwrap().attr("href").unwrap();
    let js = html.select(&sel("script")).next().unwrap().attr("src").unwrap().to_owned();
    assert!(css.starts_with("/pkg/rj.css?v="), "{css}");
    assert_eq!(css.split("?v=").nth(1), js.split("?v=").nth(1), "one version for both");

    let versioned = app.page(&js).await;
    assert_eq!(versioned.status, 200);
    assert_eq!(versioned.body, "void 0;");
    assert!(versioned.header("content-type").unwrap().contains("javascript"));
    assert_eq!(versioned.header("cache-control"), Some("public, max-age=31536000, immutable"));

    let stylesheet = app.page(css).await;
    assert_eq!(stylesheet.status, 200);
    assert!(stylesheet.header("content-type").unwrap().starts_with("text/css"));

    let plain = app.page("/site.js").await;
    assert_eq!(plain.header("cache-control"), Some("no-cache"), "unversioned is revalidated");

    let missing = app.page("/pkg/nothing.js?v=1").await;
    assert_eq!(missing.status, 404);
    assert_ne!(missing.header("cache-control"), Some("public, max-age=31536000, immutable"));
}
