//! The public information pages are rendered once and served from memory (`public_cache`):
//! the same bytes on every request, in every encoding, with every security header, no nonce
//! and no cookie; anything with a query string is rendered afresh.

use std::io::Read;

use rj_tests::{TestApp, backends, spawn_app};
use scraper::Selector;

struct Got {
    status: u16,
    headers: reqwest::header::HeaderMap,
    body: Vec<u8>,
}

impl Got {
    fn header(&self, name: &str) -> &str {
        self.headers.get(name).map(|v| v.to_str().unwrap()).unwrap_or("")
    }
}

async fn get(app: &TestApp, method: reqwest::Method, path: &str, accept_encoding: Option<&str>) -> Got {
    let mut request = app.client.request(method, app.url(path));
    if let Some(encoding) = accept_encoding {
        request = request.header("accept-encoding", encoding);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let body = response.bytes().await.unwrap().to_vec();
    Got { status, headers, body }
}

fn gunzip(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(bytes).read_to_end(&mut out).expect("gzip");
    out
}

fn unbrotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    brotli::Decompressor::new(bytes, 4096).read_to_end(&mut out).expect("brotli");
    out
}

#[tokio::test]
async fn an_information_page_is_the_same_bytes_on_every_request_with_no_nonce() {
    let app = spawn_app(&backends()[0]).await;
    for path in ["/en/", "/ur/privacy", "/so/how-it-works"] {
        let first = get(&app, reqwest::Method::GET, path, None).await;
        let second = get(&app, reqwest::Method::GET, path, None).await;
        assert_eq!(first.status, 200, "{path}");
        assert_eq!(first.body, second.body, "{path} was rendered again");
        let csp = first.header("content-security-policy");
        assert_eq!(csp, second.header("content-security-policy"), "{path}");
        assert!(csp.contains("script-src 'self';"), "{path}: {csp}");
        assert!(!csp.contains("nonce") && !csp.contains("unsafe-inline"), "{path}: {csp}");
        let html = scraper::Html::parse_document(std::str::from_utf8(&first.body).unwrap());
        let scripts: Vec<_> = html.select(&Selector::parse("script").unwrap()).collect();
        assert_eq!(scripts.len(), 1, "{path}: only the quick-exit script");
        assert!(scripts[0].attr("src").is_some_and(|s| s.starts_with("/site.js?v=")), "{path}");
        assert!(scripts[0].attr("nonce").is_none(), "{path}: a nonce nobody checks");
        assert!(first.headers.get("set-cookie").is_none(), "{path} sets a cookie");
    }
}

#[tokio::test]
async fn an_information_page_is_the_same_page_in_brotli_gzip_and_plain() {
    let app = spawn_app(&backends()[0]).await;
    let path = "/ar/what-is-restorative-justice";
    let plain = get(&app, reqwest::Method::GET, path, None).await;
    let gzip = get(&app, reqwest::Method::GET, path, Some("gzip, deflate")).await;
    let br = get(&app, reqwest::Method::GET, path, Some("gzip, deflate, br, zstd")).await;
    assert_eq!(plain.header("content-encoding"), "");
    assert_eq!(gzip.header("content-encoding"), "gzip");
    assert_eq!(br.header("content-encoding"), "br");
    assert_eq!(gunzip(&gzip.body), plain.body);
    assert_eq!(unbrotli(&br.body), plain.body);
    for got in [&plain, &gzip, &br] {
        assert_eq!(got.header("content-length"), got.body.len().to_string());
        assert_eq!(got.header("vary").to_ascii_lowercase(), "accept-encoding");
        assert_eq!(got.header("content-type"), "text/html; charset=utf-8");
        assert_eq!(got.header("cache-control"), "no-store");
        assert!(br.body.len() < gzip.body.len() && gzip.body.len() < plain.body.len());
    }
    assert!(std::str::from_utf8(&plain.body).unwrap().trim_end().ends_with("</html>"), "hydration data cut");
}

#[tokio::test]
async fn a_head_request_gets_the_pages_headers_and_no_body() {
    let app = spawn_app(&backends()[0]).await;
    let got = get(&app, reqwest::Method::GET, "/en/contact", Some("br")).await;
    let head = get(&app, reqwest::Method::HEAD, "/en/contact", Some("br")).await;
    assert_eq!(head.status, 200);
    assert!(head.body.is_empty());
    assert_eq!(head.header("content-length"), got.body.len().to_string());
    assert_eq!(head.header("content-security-policy"), got.header("content-security-policy"));
}

#[tokio::test]
async fn a_page_asked_with_a_query_string_is_rendered_afresh_with_its_own_nonce() {
    let app = spawn_app(&backends()[0]).await;
    let csp = |got: &Got| got.header("content-security-policy").to_owned();
    let first = get(&app, reqwest::Method::GET, "/en/languages?from=/en/privacy", None).await;
    let second = get(&app, reqwest::Method::GET, "/en/languages?from=/en/privacy", None).await;
    assert_eq!(first.status, 200);
    assert!(csp(&first).contains("'nonce-"), "{}", csp(&first));
    assert_ne!(csp(&first), csp(&second), "a new nonce each time");
    // The page still does what the query asks: each language's link keeps the reader's page.
    assert!(std::str::from_utf8(&first.body).unwrap().contains("href=\"/ur/privacy\""));
}
