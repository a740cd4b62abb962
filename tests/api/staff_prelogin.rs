//! Security finding 5 ("anonymous writes"): nobody who has not signed in makes the server
//! write anything in the staff area. Pre-login forms carry a token bound to the browser's
//! pre-login cookie instead of a session; the session and its row begin when sign-in succeeds;
//! and the whole area is rate limited per client. Each test runs on SQLite, and on PostgreSQL
//! when configured.

use reqwest::StatusCode;
use rj_tests::{
    TestApp, backends, spawn_app, spawn_app_with,
    staff::{PASSWORD, StaffClient, attr, create_staff, current_code, location},
};
use server::staff::accounts;

/// Rows in a table, read straight from the database.
async fn rows(app: &TestApp, table: &str) -> i64 {
    let sql = format!("SELECT COUNT(*) FROM {table}");
    let sql = sqlx::AssertSqlSafe(sql);
    match &app.database {
        server::store::Database::Sqlite(pool) => sqlx::query_scalar(sql).fetch_one(pool).await.unwrap(),
        server::store::Database::Postgres(pool) => sqlx::query_scalar(sql).fetch_one(pool).await.unwrap(),
    }
}

/// What an anonymous request could write: sessions, sign-in failures, the audit log.
async fn writable(app: &TestApp) -> [i64; 3] {
    [rows(app, "staff_sessions").await, rows(app, "sign_in_failures").await, rows(app, "audit_log").await]
}

fn set_cookies(response: &reqwest::Response) -> Vec<String> {
    response.headers().get_all("set-cookie").iter().map(|v| v.to_str().unwrap().to_owned()).collect()
}

#[tokio::test]
async fn pages_before_sign_in_store_no_session_and_signing_in_makes_the_first() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let link = accounts::add_user(app.store.as_ref(), &app.address, "new.person@rj.example", "New Person", "triage", false)
            .await
            .unwrap();
        let enrol_path = link.strip_prefix(&app.address).unwrap().to_owned();
        let paths = [
            "/staff",
            "/staff/sign-in",
            "/staff/sign-in?next=%2Fstaff%2Faudit",
            "/staff/requests/RJ-ACDE-FHJK",
            "/staff/users",
            "/staff/no-such-page",
            enrol_path.as_str(),
            "/staff/enrol/not-a-real-token",
        ];
        // Cookieless, each from a browser of its own; then all again from one browser that
        // keeps the pre-login cookie it was given.
        let keeper = StaffClient::new(&app);
        for path in paths {
            let fresh = StaffClient::new(&app).get(path).await;
            assert!(fresh.status().is_success() || fresh.status().is_redirection() || fresh.status() == 404, "{path}: {}", fresh.status());
            for cookie in set_cookies(&fresh) {
                assert!(!cookie.contains("rj_staff="), "{path} starts a session: {cookie}");
            }
            keeper.get(path).await;
            keeper.get(path).await;
        }
        assert_eq!(rows(&app, "staff_sessions").await, 0, "{}: a session row before anyone signed in", app.backend);

        // Enrolling writes the account, and still no session.
        let login = rj_tests::staff::enrol(&app, &link, "new.person@rj.example", "New Person").await;
        assert_eq!(rows(&app, "staff_sessions").await, 0, "{}: enrolment made a session row", app.backend);

        // Signing in is what makes the session, and its row.
        assert_eq!(keeper.sign_in(&login).await.status(), StatusCode::SEE_OTHER);
        assert_eq!(rows(&app, "staff_sessions").await, 1, "{}", app.backend);
        assert_eq!(keeper.get("/staff").await.status(), StatusCode::OK);
    }
}

#[tokio::test]
async fn the_page_wanted_before_sign_in_travels_in_the_address_and_only_our_own_paths_are_kept() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let login = create_staff(&app, "Link Follower", "triage", false).await;
        let browser = StaffClient::new(&app);
        let wanted = browser.get("/staff?area=dudley&status=all").await;
        assert_eq!(location(&wanted), "/staff/sign-in?next=%2Fstaff%3Farea%3Ddudley%26status%3Dall");
        assert_eq!(location(&browser.get("/staff").await), "/staff/sign-in", "the queue is where sign-in goes anyway");
        let (_, html, _) = browser.page(&location(&wanted)).await;
        assert_eq!(attr(&html, "input[name=next]", "value").as_deref(), Some("/staff?area=dudley&status=all"));
        let signed = browser.sign_in_via(&location(&wanted), &login, &current_code(&login.secret)).await;
        assert_eq!(location(&signed), "/staff?area=dudley&status=all", "{}", app.backend);

        // Elsewhere is never a destination, from the address or from a crafted form.
        for elsewhere in ["https://evil.example/", "//evil.example/staff", "/en/", "/staff/\\evil"] {
            let query = format!("/staff/sign-in?next={}", elsewhere.replace('/', "%2F").replace(':', "%3A"));
            let (_, html, _) = StaffClient::new(&app).page(&query).await;
            assert_eq!(attr(&html, "input[name=next]", "value"), None, "{elsewhere}");
        }
        let crafted = StaffClient::new(&app);
        let token = crafted.csrf("/staff/sign-in").await;
        let code = &login.recovery_codes[0];
        let response = crafted
            .post("/staff/sign-in", &token, &[("email", &login.email), ("password", PASSWORD), ("code", code), ("next", "https://evil.example/")])
            .await;
        assert_eq!((response.status(), location(&response)), (StatusCode::SEE_OTHER, "/staff".to_owned()));
    }
}

#[tokio::test]
async fn a_sign_in_form_without_this_browsers_cookie_and_token_is_refused_and_writes_nothing() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let login = create_staff(&app, "Careful Signer", "triage", false).await;
        let before = writable(&app).await;
        // Every attempt has the right password and a code that would work: only the form
        // token is wrong, so each would sign in if the check were missing.
        let codes = &login.recovery_codes;
        let fields = |code: &str| vec![("email", login.email.clone()), ("password", PASSWORD.to_owned()), ("code", code.to_owned())];

        let this = StaffClient::new(&app);
        let token = this.csrf("/staff/sign-in").await;
        assert!(!token.is_empty(), "the sign-in page has a form token");
        let other = StaffClient::new(&app);
        let other_token = other.csrf("/staff/sign-in").await;
        assert_ne!(token, other_token, "each browser its own");

        let stranger = StaffClient::new(&app);
        for (what, client, sent) in [
            ("no cookie, no token", &stranger, ""),
            ("no cookie, a token from another browser", &stranger, token.as_str()),
            ("the cookie, no token", &this, ""),
            ("the cookie, another browser's token", &this, other_token.as_str()),
            ("the cookie, a made-up token", &this, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
        ] {
            let mut form = vec![("csrf", sent.to_owned())];
            form.extend(fields(&codes[0]));
            let response = client
                .client
                .post(format!("{}/staff/sign-in", app.address))
                .header("sec-fetch-site", "same-origin")
                .form(&form)
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), StatusCode::FORBIDDEN, "{}: {what}", app.backend);
            assert!(set_cookies(&response).iter().all(|c| !c.contains("rj_staff=")), "{what}");
        }
        // The browser's own cookie and token, but from another site: refused as before.
        let cross = this
            .client
            .post(format!("{}/staff/sign-in", app.address))
            .header("sec-fetch-site", "cross-site")
            .form(&[("csrf", token.as_str()), ("email", &login.email), ("password", PASSWORD), ("code", &codes[0])])
            .send()
            .await
            .unwrap();
        assert_eq!(cross.status(), StatusCode::FORBIDDEN);
        assert_eq!(writable(&app).await, before, "{}: a refused form wrote something", app.backend);

        // The same browser with its own token signs in, and its session is then the only one.
        let response = this.post("/staff/sign-in", &token, &[("email", &login.email), ("password", PASSWORD), ("code", &codes[0])]).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{}", app.backend);
        let cookies = set_cookies(&response).join(" | ");
        assert!(cookies.contains("rj_staff="), "the session begins: {cookies}");
        assert!(cookies.contains("rj_prelogin=;"), "the pre-login cookie is forgotten: {cookies}");
        assert_eq!(rows(&app, "staff_sessions").await, 1);
        // Signed in, forms need the session's token: the pre-login one no longer does.
        let note = this.post("/staff/session/extend", &token, &[]).await;
        assert_eq!(note.status(), StatusCode::FORBIDDEN, "the pre-login token after sign-in");
        let session_token = this.csrf("/staff/account").await;
        assert_ne!(session_token, token);
        assert_eq!(this.post("/staff/session/extend", &session_token, &[]).await.status(), StatusCode::SEE_OTHER);
    }
}

#[tokio::test]
async fn an_enrolment_form_needs_the_browser_the_page_was_made_for() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let email = "fresh.start@rj.example";
        let link = accounts::add_user(app.store.as_ref(), &app.address, email, "Fresh Start", "triage", false).await.unwrap();
        let path = link.strip_prefix(&app.address).unwrap();
        let browser = StaffClient::new(&app);
        let (_, html, _) = browser.page(path).await;
        let secret = rj_tests::staff::select(&html, "code.secret")[0].clone();
        let token = attr(&html, "input[name=csrf]", "value").unwrap();
        let (_, again, _) = browser.page(path).await;
        assert_eq!(rj_tests::staff::select(&again, "code.secret")[0], secret, "the same secret on reload");
        let (_, elsewhere, _) = StaffClient::new(&app).page(path).await;
        assert_ne!(rj_tests::staff::select(&elsewhere, "code.secret")[0], secret, "another browser is offered another");

        // The token and secret taken to a browser without the cookie: refused, nothing set.
        let fields = [("password", PASSWORD), ("confirm", PASSWORD), ("code", &current_code(&secret))];
        let thief = StaffClient::new(&app).post(path, &token, &fields).await;
        assert_eq!(thief.status(), StatusCode::FORBIDDEN, "{}", app.backend);
        let account = app.store.staff_credentials(email).await.unwrap().unwrap();
        assert!(account.password_hash.is_none(), "{}: no password was set", app.backend);
        assert_eq!(rows(&app, "staff_sessions").await, 0);

        let done = browser.post(path, &token, &fields).await;
        assert_eq!(done.status(), StatusCode::OK, "{}", app.backend);
        assert!(set_cookies(&done).join(" ").contains("rj_prelogin=;"), "the cookie behind the secret is forgotten");
        assert_eq!(rows(&app, "staff_sessions").await, 0, "enrolled, not signed in");
    }
}

/// Over https the pre-login cookie is `__Host-` prefixed, like the session's. The test's cookie
/// jar will not send a `Secure` cookie over plain http, so the cookie is sent by hand.
#[tokio::test]
async fn over_https_the_pre_login_and_session_cookies_are_host_only_strict_and_secure() {
    for backend in backends() {
        let app = spawn_app_with(&backend, &[("RJ_PUBLIC_URL", "https://rj.example")]).await;
        let login = create_staff_by_hand(&app).await;
        let page = app.get("/staff/sign-in").await;
        let set = set_cookies(&page).join(" | ");
        for part in ["__Host-rj_prelogin=", "Secure", "HttpOnly", "SameSite=Strict", "Path=/"] {
            assert!(set.contains(part), "{part} missing from {set}");
        }
        assert!(!set.contains("Domain") && !set.contains("rj_staff"), "{set}");
        let cookie = set.split(';').next().unwrap().to_owned();
        let html = scraper::Html::parse_document(&page.text().await.unwrap());
        let token = attr(&html, "input[name=csrf]", "value").unwrap();
        let signed = app
            .client
            .post(app.url("/staff/sign-in"))
            .header("cookie", &cookie)
            .header("sec-fetch-site", "same-origin")
            .form(&[("csrf", token.as_str()), ("email", &login.0), ("password", PASSWORD), ("code", &current_code(&login.1))])
            .send()
            .await
            .unwrap();
        assert_eq!(signed.status(), StatusCode::SEE_OTHER, "{}", app.backend);
        let set = set_cookies(&signed).join(" | ");
        let session = set.split(" | ").find(|c| c.contains("rj_staff=")).expect("the session cookie").to_owned();
        for part in ["__Host-rj_staff=", "Secure", "HttpOnly", "SameSite=Strict", "Path=/"] {
            assert!(session.contains(part), "{part} missing from {session}");
        }
        assert!(!session.contains("Domain"), "{session}");
    }
}

/// An account enrolled over https with its cookie sent by hand: (e-mail, TOTP secret).
async fn create_staff_by_hand(app: &TestApp) -> (String, String) {
    let email = "over.https@rj.example";
    let link = accounts::add_user(app.store.as_ref(), &app.address, email, "Over Https", "triage", false).await.unwrap();
    let path = link.strip_prefix(&app.address).unwrap();
    let page = app.get(path).await;
    let cookie = set_cookies(&page).join(" | ").split(';').next().unwrap().to_owned();
    let html = scraper::Html::parse_document(&page.text().await.unwrap());
    let secret = rj_tests::staff::select(&html, "code.secret")[0].clone();
    let token = attr(&html, "input[name=csrf]", "value").unwrap();
    let enrolled = app
        .client
        .post(app.url(path))
        .header("cookie", &cookie)
        .header("sec-fetch-site", "same-origin")
        .form(&[("csrf", token.as_str()), ("password", PASSWORD), ("confirm", PASSWORD), ("code", &current_code(&secret))])
        .send()
        .await
        .unwrap();
    assert_eq!(enrolled.status(), StatusCode::OK);
    (email.to_owned(), secret)
}

#[tokio::test]
async fn many_rapid_requests_to_the_staff_area_from_one_client_get_429_with_a_short_page() {
    for backend in backends() {
        // A refill slow enough that none comes back during the test: exactly the burst passes.
        let app = spawn_app_with(
            &backend,
            &[("RJ_STAFF_BURST", "12"), ("RJ_STAFF_REFILL_MS", "600000"), ("RJ_TRUSTED_PROXIES", "127.0.0.1")],
        )
        .await;
        let mut busy = StaffClient::new(&app);
        busy.forwarded_for = Some("203.0.113.7".into());
        for i in 0..12 {
            let path = if i % 2 == 0 { "/staff/sign-in" } else { "/staff" };
            assert_ne!(busy.get(path).await.status(), StatusCode::TOO_MANY_REQUESTS, "request {i} is within the burst");
        }
        let before = writable(&app).await;
        let over = busy.get("/staff/sign-in").await;
        assert_eq!(over.status(), StatusCode::TOO_MANY_REQUESTS, "{}", app.backend);
        assert!(over.headers()["retry-after"].to_str().unwrap().parse::<u64>().unwrap() >= 1);
        assert!(over.headers()["content-type"].to_str().unwrap().starts_with("text/html"));
        let body = over.text().await.unwrap();
        assert!(body.contains("Too many requests") && body.contains("try again"), "{body}");
        // Forms too: a sign-in over the limit reaches nothing.
        let form = busy.post("/staff/sign-in", "whatever", &[("email", "a@rj.example"), ("password", "x"), ("code", "123456")]).await;
        assert_eq!(form.status(), StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(writable(&app).await, before, "nothing written for a client over the limit");

        // Per client: someone else behind the same proxy is not held up, and the public site is
        // not limited by the staff area's limit.
        let mut colleague = StaffClient::new(&app);
        colleague.forwarded_for = Some("203.0.113.8".into());
        assert_eq!(colleague.get("/staff/sign-in").await.status(), StatusCode::OK);
        assert_ne!(busy.get("/en/").await.status(), StatusCode::TOO_MANY_REQUESTS);
    }
}
