use rj_tests::{backends, spawn_app, spawn_app_with};
use scraper::Selector;

/// Paths that exercise every kind of response: pages, 404s, redirects, plain handlers, files.
const PATHS: [&str; 10] = [
    "/",
    "/en/",
    "/ur/privacy",
    "/xx/",
    "/exit",
    "/healthz",
    "/readyz",
    "/robots.txt",
    "/.well-known/security.txt",
    "/staff/sign-in",
];

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let app = spawn_app(&backends()[0]).await;
    for path in PATHS {
        let page = app.page(path).await;
        let csp = page.header("content-security-policy").unwrap_or_else(|| panic!("{path}: no CSP"));
        for directive in [
            "default-src 'self'",
            "frame-ancestors 'none'",
            "object-src 'none'",
            "base-uri 'none'",
            "script-src 'self'",
        ] {
            assert!(csp.contains(directive), "{path}: CSP lacks {directive}: {csp}");
        }
        assert!(!csp.contains("unsafe-inline"), "{path}: {csp}");
        assert_eq!(page.header("x-content-type-options"), Some("nosniff"), "{path}");
        assert_eq!(page.header("referrer-policy"), Some("no-referrer"), "{path}");
        assert_eq!(page.header("x-frame-options"), Some("DENY"), "{path}");
        assert_eq!(page.header("x-xss-protection"), Some("0"), "{path}");
        assert_eq!(page.header("cross-origin-opener-policy"), Some("same-origin"), "{path}");
        let permissions = page.header("permissions-policy").unwrap_or_default();
        for feature in ["camera=()", "microphone=()", "geolocation=()"] {
            assert!(permissions.contains(feature), "{path}: {permissions}");
        }
        assert!(page.header("server").is_none(), "{path} names the server");
        assert!(page.header("strict-transport-security").is_none(), "{path}: HSTS over http");
    }
}

/// A page rendered for each request (here a journey's start page) carries a new nonce each time.
/// The information pages, rendered once for everyone, carry none (`public_cache.rs`).
#[tokio::test]
async fn the_script_nonce_matches_the_policy_and_changes_every_request() {
    let app = spawn_app(&backends()[0]).await;
    let mut seen = Vec::new();
    for _ in 0..2 {
        let page = app.page("/en/refer").await;
        let csp = page.header("content-security-policy").unwrap().to_owned();
        let nonce = csp.split("'nonce-").nth(1).unwrap().split('\'').next().unwrap().to_owned();
        let html = page.html();
        let script = html.select(&Selector::parse("script").unwrap()).next().unwrap();
        assert_eq!(script.attr("nonce"), Some(nonce.as_str()));
        seen.push(nonce);
    }
    assert_ne!(seen[0], seen[1]);
}

#[tokio::test]
async fn hsts_is_sent_when_the_site_is_served_over_https() {
    let app = spawn_app_with(&backends()[0], &[("RJ_PUBLIC_URL", "https://rj.example.org")]).await;
    for path in PATHS {
        let page = app.page(path).await;
        let hsts = page.header("strict-transport-security").unwrap_or_else(|| panic!("{path}"));
        assert!(hsts.starts_with("max-age="), "{path}: {hsts}");
    }
}

#[tokio::test]
async fn a_body_over_the_limit_is_refused() {
    let app = spawn_app_with(&backends()[0], &[("RJ_MAX_BODY_BYTES", "1024")]).await;
    let response = app
        .client
        .post(app.url("/en/"))
        .body(vec![b'a'; 4096])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 413);
}

/// RFC 9116: a contact, an expiry in the future but under a year away, and the canonical address.
#[tokio::test]
async fn security_txt_says_how_to_report_a_problem_and_does_not_go_stale() {
    let app = spawn_app(&backends()[0]).await;
    let page = app.page("/.well-known/security.txt").await;
    assert_eq!(page.status, 200);
    let fields: std::collections::HashMap<&str, &str> =
        page.body.lines().filter_map(|l| l.split_once(": ")).collect();
    assert!(fields.get("Contact").is_some_and(|c| c.starts_with("mailto:") && c.contains('@')), "{}", page.body);
    let expires = chrono::DateTime::parse_from_rfc3339(fields["Expires"]).expect("an RFC 3339 date");
    let ahead = expires.with_timezone(&chrono::Utc) - chrono::Utc::now();
    assert!(ahead > chrono::Duration::days(30) && ahead < chrono::Duration::days(365), "{ahead}");
    assert!(fields["Canonical"].ends_with("/.well-known/security.txt"));
}
