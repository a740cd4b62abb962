//! Staff accounts for tests: created the way the CLI creates them, enrolled through the real
//! enrolment pages, and signed in through the real sign-in form with a real TOTP code.

use std::sync::Arc;

use reqwest::{StatusCode, cookie::Jar, redirect::Policy};
use scraper::{Html, Selector};
use server::staff::{accounts, auth};

use crate::TestApp;

/// What a member of staff knows: their address, password, authenticator secret and
/// recovery codes.
#[derive(Clone, Debug)]
pub struct StaffLogin {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub password: String,
    pub secret: String,
    pub recovery_codes: Vec<String>,
}

pub const PASSWORD: &str = "violet kettle harbour moss";

/// A browser of its own (cookie jar), pointed at the app.
pub struct StaffClient {
    pub client: reqwest::Client,
    pub cookies: Arc<Jar>,
    pub address: String,
    /// Sent as `X-Forwarded-For` when set (believed only from RJ_TRUSTED_PROXIES).
    pub forwarded_for: Option<String>,
}

pub fn select(html: &Html, css: &str) -> Vec<String> {
    let selector = Selector::parse(css).expect("a selector");
    html.select(&selector).map(|e| e.text().collect::<String>().trim().to_owned()).collect()
}

pub fn attr(html: &Html, css: &str, name: &str) -> Option<String> {
    let selector = Selector::parse(css).expect("a selector");
    html.select(&selector).next().and_then(|e| e.value().attr(name)).map(str::to_owned)
}

pub fn location(response: &reqwest::Response) -> String {
    response.headers().get("location").map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default()
}

impl StaffClient {
    pub fn new(app: &TestApp) -> Self {
        let cookies = Arc::new(Jar::default());
        let client = reqwest::Client::builder()
            .redirect(Policy::none())
            .cookie_provider(cookies.clone())
            .build()
            .expect("client");
        StaffClient { client, cookies, address: app.address.clone(), forwarded_for: None }
    }

    fn with_proxy(&self, request: reqwest::RequestBuilder) -> reqwest::RequestBuilder {
        match &self.forwarded_for {
            Some(addr) => request.header("x-forwarded-for", addr),
            None => request,
        }
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.with_proxy(self.client.get(format!("{}{path}", self.address))).send().await.expect("request")
    }

    pub async fn page(&self, path: &str) -> (StatusCode, Html, String) {
        let response = self.get(path).await;
        let status = response.status();
        let body = response.text().await.expect("body");
        (status, Html::parse_document(&body), body)
    }

    /// The form token on a page this client can open.
    pub async fn csrf(&self, path: &str) -> String {
        let (_, html, _) = self.page(path).await;
        attr(&html, "input[name=csrf]", "value").unwrap_or_default()
    }

    /// POSTs a form as a browser would from our own page (with the session's form token).
    pub async fn post(&self, path: &str, token: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let mut form: Vec<(&str, &str)> = vec![("csrf", token)];
        form.extend_from_slice(fields);
        self.with_proxy(self.client.post(format!("{}{path}", self.address)))
            .header("sec-fetch-site", "same-origin")
            .form(&form)
            .send()
            .await
            .expect("request")
    }

    /// Signs in with the code the authenticator app shows now (or `code` if given).
    pub async fn sign_in_with(&self, login: &StaffLogin, code: &str) -> reqwest::Response {
        let token = self.csrf("/staff/sign-in").await;
        self.post("/staff/sign-in", &token, &[("email", &login.email), ("password", &login.password), ("code", code)])
            .await
    }

    /// Signs in from the sign-in page at `path` (which may name the page wanted afterwards in
    /// `?next=`), sending the form as that page has it.
    pub async fn sign_in_via(&self, path: &str, login: &StaffLogin, code: &str) -> reqwest::Response {
        let (_, html, _) = self.page(path).await;
        let token = attr(&html, "input[name=csrf]", "value").unwrap_or_default();
        let next = attr(&html, "input[name=next]", "value").unwrap_or_default();
        self.post(
            "/staff/sign-in",
            &token,
            &[("email", &login.email), ("password", &login.password), ("code", code), ("next", &next)],
        )
        .await
    }

    pub async fn sign_in(&self, login: &StaffLogin) -> reqwest::Response {
        let code = current_code(&login.secret);
        let response = self.sign_in_with(login, &code).await;
        if response.status() == StatusCode::SEE_OTHER {
            return response;
        }
        // This step was used already (two sign-ins within 30 seconds): a recovery code instead.
        let code = login.recovery_codes.last().expect("recovery codes").clone();
        self.sign_in_with(login, &code).await
    }
}

pub fn current_code(secret: &str) -> String {
    auth::totp_code(secret, chrono::Utc::now().timestamp() as u64).expect("a code")
}

/// Creates an account as `server user add` does, then enrols it through the enrolment pages.
pub async fn create_staff(app: &TestApp, name: &str, role: &str, specialist: bool) -> StaffLogin {
    let email = format!("{}@rj.example", name.to_lowercase().replace(' ', "."));
    let link = accounts::add_user(app.store.as_ref(), &app.address, &email, name, role, specialist)
        .await
        .expect("the account is created");
    enrol(app, &link, &email, name).await
}

/// Follows an enrolment link: reads the secret from the page, sets the password, proves the app.
pub async fn enrol(app: &TestApp, link: &str, email: &str, name: &str) -> StaffLogin {
    let browser = StaffClient::new(app);
    let path = link.strip_prefix(&app.address).expect("a link to this app");
    let (status, html, _) = browser.page(path).await;
    assert_eq!(status, StatusCode::OK, "the enrolment page opens");
    let secret = select(&html, "code.secret").first().cloned().expect("the secret is shown");
    let token = attr(&html, "input[name=csrf]", "value").expect("a form token");
    let response = browser
        .post(path, &token, &[("password", PASSWORD), ("confirm", PASSWORD), ("code", &current_code(&secret))])
        .await;
    assert_eq!(response.status(), StatusCode::OK, "enrolment succeeds");
    let html = Html::parse_document(&response.text().await.unwrap());
    let recovery_codes = select(&html, ".recovery-codes code");
    assert_eq!(recovery_codes.len(), 10, "ten recovery codes are shown");
    let id = app.store.staff_credentials(email).await.unwrap().unwrap().account.id;
    StaffLogin { id, email: email.to_owned(), name: name.to_owned(), password: PASSWORD.to_owned(), secret, recovery_codes }
}

/// A member of staff, signed in, in a browser of their own.
pub async fn signed_in(app: &TestApp, name: &str, role: &str, specialist: bool) -> (StaffLogin, StaffClient) {
    let login = create_staff(app, name, role, specialist).await;
    let browser = StaffClient::new(app);
    let response = browser.sign_in(&login).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER, "{name} signs in");
    (login, browser)
}
