//! The referral, call-back and withdrawal journeys over HTTP, as a browser without JavaScript
//! would use them: every POST answered with a redirect, every page rendered from the draft.

use app::domain::screening::Flag;
use rj_tests::{TestApp, backends, spawn_app, spawn_app_with};
use scraper::Selector;

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

fn location(response: &reqwest::Response) -> String {
    response.headers()["location"].to_str().unwrap().to_owned()
}

/// Posts a page's answers and returns where it redirected to.
pub(crate) async fn answer(app: &TestApp, path: &str, fields: &[(&str, &str)]) -> String {
    let response = app.post_form(path, fields).await;
    assert_eq!(response.status(), 303, "POST {path} {fields:?}");
    location(&response)
}

/// A victim's whole referral, in English, page by page; returns the confirmation path.
pub(crate) async fn refer_as_a_victim(app: &TestApp) -> String {
    refer_as_a_victim_in(app, "en").await
}

/// The same referral in another language's pages (the answers are codes, the same in all).
pub(crate) async fn refer_as_a_victim_in(app: &TestApp, lang: &str) -> String {
    let localise = |p: &str| format!("/{lang}/{}", p.strip_prefix("/en/").unwrap());
    for (path, fields, next) in VICTIM_STEPS {
        let path = localise(path);
        assert_eq!(answer(app, &path, fields).await, localise(next), "after {path}");
    }
    format!("/{lang}/refer/sent")
}

/// A victim's referral page by page: each page's path, what they answer, and where it leads.
pub(crate) const VICTIM_STEPS: &[(&str, &[(&str, &str)], &str)] = &[
        ("/en/refer", &[], "/en/refer/who"),
        ("/en/refer/who", &[("for-whom", "me")], "/en/refer/connection"),
        ("/en/refer/connection", &[("connection", "harmed")], "/en/refer/what-happened"),
        (
            "/en/refer/what-happened",
            &[("crime-type", "robbery"), ("markers", "online")],
            "/en/refer/when",
        ),
        ("/en/refer/when", &[("when", "date"), ("when-month", "3"), ("when-year", "2025")], "/en/refer/police"),
        (
            "/en/refer/police",
            &[("reported", "yes"), ("crime-reference", "20/1234/25"), ("stage", "awaiting-court")],
            "/en/refer/where",
        ),
        ("/en/refer/where", &[("area-happened", "coventry"), ("area-lives", "coventry")], "/en/refer/other-person"),
        (
            "/en/refer/other-person",
            &[("other-age", "adult"), ("other-known", "no"), ("how-many", "one")],
            "/en/refer/own-words",
        ),
        ("/en/refer/own-words", &[("story", "Canary-story-text"), ("hopes", "")], "/en/refer/about-you"),
        ("/en/refer/about-you", &[("name", "Canary Name"), ("age-band", "35-44")], "/en/refer/contact"),
        (
            "/en/refer/contact",
            &[("contact-ways", "phone"), ("contact-ways", "email"), ("phone", "07700 900123"), ("email", "canary@example.org")],
            "/en/refer/contact-safety",
        ),
        (
            "/en/refer/contact-safety",
            &[("voicemail-ok", "no"), ("email-ok", "yes"), ("safe-times", "after 2pm")],
            "/en/refer/needs",
        ),
        (
            "/en/refer/needs",
            &[("language", "English"), ("interpreter", "no"), ("bsl", "no"), ("support-person", "no")],
            "/en/refer/safe-now",
        ),
        ("/en/refer/safe-now", &[("safe-now", "yes")], "/en/refer/check"),
        ("/en/refer/check", &[], "/en/refer/consent"),
        ("/en/refer/consent", &[("consent", "agree")], "/en/refer/sent"),
];

pub(crate) fn reference_on(html: &scraper::Html) -> String {
    html.select(&sel(".panel-reference strong")).next().expect("a reference").text().collect()
}

#[tokio::test]
async fn a_victim_refers_themselves_and_the_referral_is_stored_with_its_flags() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let sent = refer_as_a_victim(&app).await;
        let page = app.page(&sent).await;
        assert_eq!(page.status, 200, "{}", app.backend);
        let reference = reference_on(&page.html());
        assert!(reference.starts_with("RJ-") && reference.len() == 12, "{reference}");
        assert!(!page.body.contains("Canary"), "the confirmation shows no personal data");

        let stored = app.store.find_request(&reference).await.unwrap().expect("stored");
        assert_eq!(stored.kind.code(), "referral");
        assert_eq!(stored.status.code(), "new");
        assert_eq!(stored.lang, "en");
        assert_eq!(stored.area.as_deref(), Some("coventry"));
        assert!(stored.answers_json.contains("Canary-story-text"));
        assert!(stored.flags.is_empty(), "robbery reported last year: {:?}", stored.flags);
        let working_days = app::domain::calendar::working_days_between(
            app::domain::calendar::uk_date(stored.received_at),
            stored.contact_by,
        );
        assert_eq!(working_days, 5, "{}: contact within 5 working days", app.backend);
        // The date on the page is the stored one.
        let date = app::pages::journeys::long_date(app::i18n::Lang::En, &stored.contact_by.to_string());
        assert!(page.body.contains(&date), "{date} not on the page");
    }
}

#[tokio::test]
async fn after_sending_the_draft_holds_no_answers_and_the_confirmation_can_be_revisited() {
    let app = spawn_app(&backends()[0]).await;
    let sent = refer_as_a_victim(&app).await;
    let first = reference_on(&app.page(&sent).await.html());
    let again = reference_on(&app.page(&sent).await.html());
    assert_eq!(first, again);
    // Journey pages now lead to the confirmation, not back into the answers.
    let response = app.get("/en/refer/about-you").await;
    assert_eq!(location(&response), "/en/refer/sent");
    let draft = app.store.load_draft(&session_key(&app), chrono::Utc::now()).await.unwrap().unwrap();
    assert!(!draft.answers.contains("Canary"), "answers remain in the draft: {}", draft.answers);
}

/// The store key of the client's session cookie.
fn session_key(app: &TestApp) -> app::ports::SessionKey {
    let cookies = app.cookies_header().expect("a session cookie");
    let token = cookies.trim_start_matches("rj_session=").to_owned();
    server::session::digest(&token)
}

#[tokio::test]
async fn sending_twice_creates_one_referral() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        refer_as_a_victim(&app).await;
        // Back, and send again: the journey is already sent.
        assert_eq!(answer(&app, "/en/refer/consent", &[("consent", "agree")]).await, "/en/refer/sent");
        let reference = reference_on(&app.page("/en/refer/sent").await.html());
        assert!(app.store.find_request(&reference).await.unwrap().is_some());
        let count = count_requests(&app).await;
        assert_eq!(count, 1, "{}", app.backend);
    }
}

async fn count_requests(app: &TestApp) -> i64 {
    use server::store::Database;
    let query = "SELECT COUNT(*) FROM requests";
    match &app.database {
        Database::Sqlite(pool) => sqlx::query_as::<_, (i64,)>(query).fetch_one(pool).await.unwrap().0,
        Database::Postgres(pool) => sqlx::query_as::<_, (i64,)>(query).fetch_one(pool).await.unwrap().0,
    }
}

#[tokio::test]
async fn journey_pages_need_a_started_journey_and_cannot_be_skipped_ahead() {
    let app = spawn_app(&backends()[0]).await;
    let response = app.get("/en/refer/who").await;
    assert_eq!(location(&response), "/en/refer", "no draft yet");
    let response = app.post_form("/en/refer", &[]).await;
    assert!(response.headers()["set-cookie"].to_str().unwrap().contains("HttpOnly"));
    assert_eq!(location(&response), "/en/refer/who");
    let response = app.get("/en/refer/contact").await;
    assert_eq!(location(&response), "/en/refer/who", "sent back to the first unanswered page");
}

#[tokio::test]
async fn invalid_answers_show_errors_and_keep_everything_typed() {
    let app = spawn_app(&backends()[0]).await;
    for (path, fields) in [
        ("/en/refer", vec![]),
        ("/en/refer/who", vec![("for-whom", "me")]),
        ("/en/refer/connection", vec![("connection", "harmed")]),
        ("/en/refer/what-happened", vec![("crime-type", "theft")]),
        ("/en/refer/when", vec![("when", "not-sure")]),
        ("/en/refer/police", vec![("reported", "no"), ("stage", "not-reported")]),
        ("/en/refer/where", vec![("area-happened", "walsall"), ("area-lives", "walsall")]),
        ("/en/refer/other-person", vec![("other-age", "adult"), ("other-known", "yes"), ("how-many", "one")]),
        ("/en/refer/own-words", vec![]),
        ("/en/refer/about-you", vec![("name", "Sam"), ("age-band", "25-34")]),
    ] {
        answer(&app, path, &fields).await;
    }
    // Act: a bad phone number, a good e-mail and a postcode in lower case.
    let back = answer(
        &app,
        "/en/refer/contact",
        &[("contact-ways", "phone"), ("contact-ways", "email"), ("phone", "12345"), ("email", "sam@example.org")],
    )
    .await;
    assert_eq!(back, "/en/refer/contact");
    let page = app.page("/en/refer/contact").await;
    let html = page.html();
    let title: String = html.select(&sel("title")).next().unwrap().text().collect();
    assert!(title.starts_with("Error:"), "{title}");
    let summary: Vec<String> =
        html.select(&sel(".error-summary a")).map(|a| a.text().collect::<String>()).collect();
    assert_eq!(summary, [app::i18n::t(app::i18n::Lang::En, "error-phone")]);
    let link = html.select(&sel(".error-summary a")).next().unwrap().attr("href").unwrap().to_owned();
    assert_eq!(link, "#f-phone");
    assert!(html.select(&sel(".error-summary[autofocus]")).next().is_some(), "focused without JS");
    let value = |id: &str| {
        html.select(&sel(&format!("#{id}"))).next().and_then(|e| e.attr("value")).map(str::to_owned)
    };
    assert_eq!(value("f-phone").as_deref(), Some("12345"), "the bad value is kept");
    assert_eq!(value("f-email").as_deref(), Some("sam@example.org"), "the good value is kept");
    let checked: Vec<&str> = html
        .select(&sel("input[name=contact-ways][checked]"))
        .filter_map(|e| e.attr("value"))
        .collect();
    assert_eq!(checked, ["phone", "email"]);
    let described = html.select(&sel("#f-phone")).next().unwrap().attr("aria-describedby").unwrap();
    assert!(described.contains("f-phone-error"), "{described}");
}

#[tokio::test]
async fn every_question_page_rejects_a_missing_answer_with_its_own_message() {
    let app = spawn_app(&backends()[0]).await;
    answer(&app, "/en/refer", &[]).await;
    let back = answer(&app, "/en/refer/who", &[]).await;
    assert_eq!(back, "/en/refer/who");
    let html = app.page("/en/refer/who").await.html();
    let message: String = html.select(&sel("#f-for-whom-error")).next().unwrap().text().collect();
    assert!(message.contains("Choose who this is for"), "{message}");
    // An answer that is not one of the options is refused too.
    answer(&app, "/en/refer/who", &[("for-whom", "everyone")]).await;
    let html = app.page("/en/refer/who").await.html();
    let message: String = html.select(&sel("#f-for-whom-error")).next().unwrap().text().collect();
    assert!(message.contains("Choose one of the answers"), "{message}");
}

#[tokio::test]
async fn switching_language_mid_journey_keeps_the_answers_and_the_step() {
    let app = spawn_app(&backends()[0]).await;
    answer(&app, "/en/refer", &[]).await;
    answer(&app, "/en/refer/who", &[("for-whom", "me")]).await;
    let page = app.page("/ur/refer/who").await;
    assert_eq!(page.status, 200);
    let html = page.html();
    assert_eq!(html.select(&sel("html")).next().unwrap().attr("dir"), Some("rtl"));
    let checked = html.select(&sel("input[name=for-whom][checked]")).next().unwrap();
    assert_eq!(checked.attr("value"), Some("me"));
    let switcher: Vec<&str> =
        html.select(&sel("nav.lang-switcher a")).filter_map(|a| a.attr("href")).collect();
    assert!(switcher.contains(&"/en/refer/who"), "{switcher:?}");
}

#[tokio::test]
async fn out_of_scope_answers_lead_to_kind_pages_that_let_you_carry_on() {
    let app = spawn_app(&backends()[0]).await;
    answer(&app, "/en/refer", &[]).await;
    answer(&app, "/en/refer/who", &[("for-whom", "me")]).await;
    answer(&app, "/en/refer/connection", &[("connection", "harmed")]).await;
    let next = answer(&app, "/en/refer/what-happened", &[("crime-type", "asb")]).await;
    assert_eq!(next, "/en/refer/anti-social-behaviour");
    let page = app.page(&next).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("mediation"), "names who can help");
    assert!(page.body.contains("/en/call-back"), "still offers a call back");
    assert_eq!(answer(&app, &next, &[]).await, "/en/refer/when");
}

#[tokio::test]
async fn without_the_persons_agreement_a_referral_cannot_be_sent() {
    let app = spawn_app(&backends()[0]).await;
    answer(&app, "/en/refer", &[]).await;
    assert_eq!(answer(&app, "/en/refer/who", &[("for-whom", "someone-else")]).await, "/en/refer/on-behalf");
    let next = answer(
        &app,
        "/en/refer/on-behalf",
        &[("relationship", "professional"), ("organisation-type", "probation")],
    )
    .await;
    assert_eq!(next, "/en/refer/your-details");
    answer(&app, "/en/refer/your-details", &[("referrer-name", "Officer"), ("referrer-phone", "0121 496 0000")]).await;
    // A probation officer who has not asked yet is asked to ask first (only the police can
    // leave the asking to us, 000 5.6); a "no" ends it too.
    for agreed in ["not-asked", "no"] {
        let stop = answer(&app, "/en/refer/their-agreement", &[("agreed", agreed)]).await;
        assert_eq!(stop, "/en/refer/need-agreement", "{agreed}");
    }
    let stop = "/en/refer/need-agreement";
    assert_eq!(app.page(&stop).await.status, 200);
    assert_eq!(location(&app.get("/en/refer/consent").await), "/en/refer/need-agreement");
}

#[tokio::test]
async fn a_change_link_returns_to_check_answers() {
    let app = spawn_app(&backends()[0]).await;
    refer_until_check(&app).await;
    let html = app.page("/en/refer/check").await.html();
    let change = html
        .select(&sel("a"))
        .filter_map(|a| a.attr("href"))
        .find(|h| h.starts_with("/en/refer/where?change=check"))
        .expect("a change link for where")
        .to_owned();
    let page = app.page(&change).await;
    assert!(page.body.contains(r#"name="return" value="check""#));
    let next = answer(
        &app,
        "/en/refer/where",
        &[("return", "check"), ("area-happened", "dudley"), ("area-lives", "dudley")],
    )
    .await;
    assert_eq!(next, "/en/refer/check");
    assert!(app.page("/en/refer/check").await.body.contains("Dudley"));
}

async fn refer_until_check(app: &TestApp) {
    for (path, fields) in [
        ("/en/refer", vec![]),
        ("/en/refer/who", vec![("for-whom", "me")]),
        ("/en/refer/connection", vec![("connection", "caused-harm")]),
        ("/en/refer/what-happened", vec![("crime-type", "burglary")]),
        ("/en/refer/when", vec![("when", "years-ago"), ("when-years", "2")]),
        ("/en/refer/police", vec![("reported", "yes"), ("stage", "prison")]),
        ("/en/refer/where", vec![("area-happened", "sandwell"), ("area-lives", "elsewhere")]),
        ("/en/refer/other-person", vec![("other-age", "adult"), ("other-known", "yes"), ("how-many", "one")]),
        ("/en/refer/own-words", vec![]),
        ("/en/refer/about-you", vec![("name", "Alex"), ("age-band", "18-24")]),
        ("/en/refer/contact", vec![("contact-ways", "letter"), ("address", "1 High Street"), ("postcode", "b70 1aa")]),
        ("/en/refer/contact-safety", vec![]),
        ("/en/refer/needs", vec![("interpreter", "yes"), ("bsl", "no"), ("support-person", "yes")]),
        ("/en/refer/safe-now", vec![("safe-now", "yes")]),
    ] {
        answer(app, path, &fields).await;
    }
}

#[tokio::test]
async fn a_person_who_caused_harm_can_refer_and_is_flagged_for_staff() {
    let app = spawn_app(&backends()[0]).await;
    refer_until_check(&app).await;
    let check = app.page("/en/refer/check").await;
    assert!(check.body.contains("B70 1AA"), "the postcode is tidied");
    answer(&app, "/en/refer/check", &[]).await;
    answer(&app, "/en/refer/consent", &[("consent", "agree")]).await;
    let reference = reference_on(&app.page("/en/refer/sent").await.html());
    let stored = app.store.find_request(&reference).await.unwrap().unwrap();
    assert_eq!(stored.flags, [Flag::AnotherArea, Flag::OffenderInitiated, Flag::InterpreterOrAccess], "someone lives outside the area");
    assert_eq!(stored.area.as_deref(), Some("sandwell"));
}

#[tokio::test]
async fn consent_is_required_to_send() {
    let app = spawn_app(&backends()[0]).await;
    refer_until_check(&app).await;
    assert_eq!(answer(&app, "/en/refer/consent", &[]).await, "/en/refer/consent");
    let html = app.page("/en/refer/consent").await.html();
    assert!(html.select(&sel(".error-summary")).next().is_some());
    assert_eq!(count_requests(&app).await, 0);
}

#[tokio::test]
async fn a_journey_sent_too_fast_is_asked_to_send_again_and_loses_nothing() {
    let app = spawn_app_with(&backends()[0], &[("RJ_MIN_FILL_SECONDS", "600")]).await;
    refer_until_check(&app).await;
    assert_eq!(answer(&app, "/en/refer/consent", &[("consent", "agree")]).await, "/en/refer/consent");
    assert_eq!(count_requests(&app).await, 0, "a robot's speed sends nothing");
    let page = app.page("/en/refer/consent").await;
    assert!(page.body.contains(&app::i18n::t(app::i18n::Lang::En, "error-too-fast")));
    assert_eq!(answer(&app, "/en/refer/consent", &[("consent", "agree")]).await, "/en/refer/sent");
    assert_eq!(count_requests(&app).await, 1);
}

#[tokio::test]
async fn a_filled_in_spam_trap_is_flagged_not_dropped() {
    let app = spawn_app(&backends()[0]).await;
    refer_until_check(&app).await;
    answer(&app, "/en/refer/consent", &[("consent", "agree"), ("website", "http://spam.example")]).await;
    let reference = reference_on(&app.page("/en/refer/sent").await.html());
    let stored = app.store.find_request(&reference).await.unwrap().unwrap();
    assert!(stored.flags.contains(&Flag::SuspectedSpam), "{:?}", stored.flags);
}

#[tokio::test]
async fn a_post_from_another_site_is_refused() {
    let app = spawn_app(&backends()[0]).await;
    let response = app
        .client
        .post(app.url("/en/refer"))
        .header("sec-fetch-site", "cross-site")
        .form(&[("x", "y")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 403);
    assert!(response.headers().get("set-cookie").is_none());
}

#[tokio::test]
async fn quick_exit_mid_journey_deletes_the_answers() {
    let app = spawn_app(&backends()[0]).await;
    answer(&app, "/en/refer", &[]).await;
    answer(&app, "/en/refer/who", &[("for-whom", "me")]).await;
    let key = session_key(&app);
    assert!(app.store.load_draft(&key, chrono::Utc::now()).await.unwrap().is_some());
    app.get("/exit").await;
    assert!(app.store.load_draft(&key, chrono::Utc::now()).await.unwrap().is_none());
    assert!(app.cookies_header().is_none(), "the cookie is removed");
    assert_eq!(location(&app.get("/en/refer/connection").await), "/en/refer");
}

#[tokio::test]
async fn a_call_back_request_joins_the_queue_with_a_one_working_day_deadline() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        for (path, fields, next) in [
            ("/pl/call-back", vec![], "/pl/call-back/your-details"),
            (
                "/pl/call-back/your-details",
                vec![("name", "Ola"), ("phone", "+48 601 234 567"), ("voicemail-ok", "no")],
                "/pl/call-back/when",
            ),
            ("/pl/call-back/when", vec![("call-days", "monday"), ("call-times", "morning")], "/pl/call-back/language"),
            ("/pl/call-back/language", vec![("language", "polski"), ("interpreter", "yes")], "/pl/call-back/reason"),
            ("/pl/call-back/reason", vec![], "/pl/call-back/check"),
            ("/pl/call-back/check", vec![], "/pl/call-back/consent"),
            ("/pl/call-back/consent", vec![("consent", "agree")], "/pl/call-back/sent"),
        ] {
            assert_eq!(answer(&app, path, &fields).await, next, "{}: {path}", app.backend);
        }
        let page = app.page("/pl/call-back/sent").await;
        let reference = reference_on(&page.html());
        let stored = app.store.find_request(&reference).await.unwrap().unwrap();
        assert_eq!(stored.kind.code(), "call-back");
        assert_eq!(stored.lang, "pl");
        assert_eq!(stored.flags, [Flag::InterpreterOrAccess]);
        let days = app::domain::calendar::working_days_between(
            app::domain::calendar::uk_date(stored.received_at),
            stored.contact_by,
        );
        assert_eq!(days, 1);
    }
}

#[tokio::test]
async fn a_withdrawal_request_joins_the_queue_and_reveals_nothing() {
    let app = spawn_app(&backends()[0]).await;
    answer(&app, "/en/withdraw", &[]).await;
    let next = answer(
        &app,
        "/en/withdraw/details",
        &[
            ("reference", "rj hk4m 7twx"),
            ("name", "Sam"),
            ("withdraw-contact", "07700 900123"),
            ("withdraw-confirm", "confirm"),
        ],
    )
    .await;
    assert_eq!(next, "/en/withdraw/sent");
    let page = app.page(&next).await;
    let reference = reference_on(&page.html());
    let stored = app.store.find_request(&reference).await.unwrap().unwrap();
    assert_eq!(stored.kind.code(), "withdrawal");
    assert_eq!(stored.related_reference.as_deref(), Some("RJ-HK4M-7TWX"));
}

#[tokio::test]
async fn equality_answers_are_stored_apart_and_can_be_skipped() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        refer_as_a_victim(&app).await;
        assert_eq!(app.page("/en/refer/equality").await.status, 200);
        let done = answer(&app, "/en/refer/equality", &[("eq-age", "35-44"), ("eq-ethnicity", "asian-pakistani")]).await;
        assert_eq!(done, "/en/refer/sent");
        assert_eq!(app.store.count_equality().await.unwrap(), 1, "{}", app.backend);
        assert_eq!(location(&app.get("/en/refer/equality").await), "/en/refer/sent", "asked once");

        let other = spawn_app(&backend).await;
        refer_as_a_victim(&other).await;
        answer(&other, "/en/refer/equality", &[("skip", "1")]).await;
        assert_eq!(other.store.count_equality().await.unwrap(), 0);
    }
}

/// Finding 1 of the security review: behind our proxy, the limit follows the address the proxy
/// saw (the rightmost entry it appended), not what the client wrote first in the header.
#[tokio::test]
async fn the_post_limit_counts_the_address_our_proxy_saw_not_the_one_the_client_wrote() {
    let app = spawn_app_with(
        &backends()[0],
        &[("RJ_POST_BURST", "2"), ("RJ_POST_REFILL_SECONDS", "120"), ("RJ_TRUSTED_PROXIES", "127.0.0.1")],
    )
    .await;
    let post = |forwarded: String| {
        app.client
            .post(app.url("/en/refer"))
            .header("sec-fetch-site", "same-origin")
            .header("x-forwarded-for", forwarded)
            .send()
    };
    for i in 0..2 {
        assert_ne!(post(format!("192.0.2.{i}, 203.0.113.9")).await.unwrap().status(), 429);
    }
    let spoofed = post("192.0.2.77, 203.0.113.9".into()).await.unwrap();
    assert_eq!(spoofed.status(), 429, "a new address on the left does not buy more tries");
    let neighbour = post("203.0.113.10".into()).await.unwrap();
    assert_ne!(neighbour.status(), 429, "someone else behind the same proxy is not limited");
}

/// Finding 7 of the security review: the database stops answering in the middle of a journey.
/// The person is told so in their language, with the phone number, and not that their answers
/// expired; nothing is a bare 500.
#[tokio::test]
async fn a_database_that_stops_answering_mid_journey_gets_a_page_saying_so_not_expired_answers() {
    let app = spawn_app(&backends()[0]).await;
    answer(&app, "/ur/refer", &[]).await;
    answer(&app, "/ur/refer/who", &[("for-whom", "me")]).await;
    match &app.database {
        server::store::Database::Sqlite(pool) => pool.close().await,
        server::store::Database::Postgres(pool) => pool.close().await,
    }
    let title = app::i18n::t(app::i18n::Lang::Ur, "store-down-title");
    let phone = app::site::SiteInfo::default().phone;
    let sent = app.post_form("/ur/refer/connection", &[("connection", "harmed")]).await;
    assert_eq!(sent.status(), 503, "not a redirect to the start as if the answers expired");
    assert!(sent.headers().contains_key("retry-after"));
    let body = sent.text().await.unwrap();
    assert!(body.contains(r#"<html lang="ur" dir="rtl">"#), "{body}");
    assert!(body.contains(&title) && body.contains(&phone), "{body}");
    assert!(body.contains("/exit"), "the quick exit is still there");
    let page = app.page("/ur/refer/connection").await;
    assert_eq!(page.status, 503);
    assert!(page.body.contains(&title));
}

#[tokio::test]
async fn too_many_posts_get_a_translated_page_saying_when_to_try_again() {
    let app = spawn_app_with(
        &backends()[0],
        &[("RJ_POST_BURST", "2"), ("RJ_POST_REFILL_SECONDS", "120")],
    )
    .await;
    answer(&app, "/ur/refer", &[]).await;
    answer(&app, "/ur/refer/who", &[("for-whom", "me")]).await;
    let response = app.post_form("/ur/refer/connection", &[("connection", "harmed")]).await;
    assert_eq!(response.status(), 429);
    assert!(response.headers()["retry-after"].to_str().unwrap().parse::<u64>().unwrap() >= 60);
    let body = response.text().await.unwrap();
    assert!(body.contains(r#"<html lang="ur" dir="rtl">"#), "{body}");
    assert!(body.contains(&app::i18n::t(app::i18n::Lang::Ur, "busy-title")));
    assert!(body.contains("/exit"), "the quick exit is still there");
    // Reading pages is never limited.
    assert_eq!(app.page("/ur/").await.status, 200);
}

#[tokio::test]
async fn markup_typed_into_a_text_box_comes_back_as_text_not_as_markup() {
    // Leptos writes a textarea's content unescaped; every text box must escape it itself.
    let app = spawn_app(&backends()[0]).await;
    let payload = "</textarea><p id=\"injected\">Call 0800 000 000</p><textarea>";
    for (path, fields) in [
        ("/en/refer", vec![]),
        ("/en/refer/who", vec![("for-whom", "me")]),
        ("/en/refer/connection", vec![("connection", "harmed")]),
        ("/en/refer/what-happened", vec![("crime-type", "burglary")]),
        ("/en/refer/when", vec![("when", "years-ago"), ("when-years", "2")]),
        ("/en/refer/police", vec![("reported", "no"), ("stage", "not-reported")]),
        ("/en/refer/where", vec![("area-happened", "sandwell"), ("area-lives", "sandwell")]),
        ("/en/refer/other-person", vec![("other-age", "adult"), ("other-known", "yes"), ("how-many", "one")]),
        ("/en/refer/own-words", vec![("story", payload), ("hopes", payload)]),
        ("/en/refer/about-you", vec![("name", "Alex"), ("age-band", "18-24")]),
        ("/en/refer/contact", vec![("contact-ways", "letter"), ("address", payload), ("postcode", "b70 1aa")]),
        ("/en/refer/contact-safety", vec![("caller-notes", payload)]),
    ] {
        answer(&app, path, &fields).await;
    }
    for (path, boxes) in [
        ("/en/refer/own-words", &["story", "hopes"][..]),
        ("/en/refer/contact", &["address"][..]),
        ("/en/refer/contact-safety", &["caller-notes"][..]),
    ] {
        let html = app.page(path).await.html();
        let injected = scraper::Selector::parse("#injected").unwrap();
        assert_eq!(html.select(&injected).count(), 0, "{path}: the typed markup became live");
        for name in boxes {
            let selector = scraper::Selector::parse(&format!("textarea[name=\"{name}\"]")).unwrap();
            let boxes: Vec<_> = html.select(&selector).collect();
            assert_eq!(boxes.len(), 1, "{path}: one {name} box");
            assert_eq!(boxes[0].text().collect::<String>(), payload, "{path}: {name} shows what was typed");
        }
    }
}

#[tokio::test]
async fn not_safe_now_makes_a_referral_urgent_with_first_contact_by_the_next_working_day() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        refer_until_check(&app).await;
        assert_eq!(answer(&app, "/en/refer/safe-now", &[("safe-now", "no")]).await, "/en/refer/not-safe");
        answer(&app, "/en/refer/not-safe", &[]).await;
        answer(&app, "/en/refer/check", &[]).await;
        answer(&app, "/en/refer/consent", &[("consent", "agree")]).await;
        let reference = reference_on(&app.page("/en/refer/sent").await.html());
        let stored = app.store.find_request(&reference).await.unwrap().unwrap();
        assert!(stored.flags.contains(&Flag::Urgent), "{}: {:?}", app.backend, stored.flags);
        assert!(stored.flags.contains(&Flag::Sensitive), "a risk of continuing harm: {:?}", stored.flags);
        let days = app::domain::calendar::working_days_between(
            app::domain::calendar::uk_date(stored.received_at),
            stored.contact_by,
        );
        assert_eq!(days, 1, "{}: urgent, not the usual 5 working days", app.backend);
    }
}

/// 000 5.10: the answers the public journey asks for screening reach the flags.
#[tokio::test]
async fn long_running_harm_and_other_services_make_a_referral_complex() {
    let app = spawn_app(&backends()[0]).await;
    refer_until_check(&app).await;
    answer(
        &app,
        "/en/refer/when",
        &[("return", "check"), ("when", "years-ago"), ("when-years", "2"), ("how-long", "more-than-3-years")],
    )
    .await;
    answer(
        &app,
        "/en/refer/police",
        &[("return", "check"), ("reported", "yes"), ("stage", "prison"), ("agencies", "yes")],
    )
    .await;
    answer(&app, "/en/refer/check", &[]).await;
    answer(&app, "/en/refer/consent", &[("consent", "agree")]).await;
    let reference = reference_on(&app.page("/en/refer/sent").await.html());
    let stored = app.store.find_request(&reference).await.unwrap().unwrap();
    assert!(stored.flags.contains(&Flag::Complex), "{:?}", stored.flags);
    assert!(!stored.flags.contains(&Flag::Sensitive), "complex is not sensitive: {:?}", stored.flags);
}

/// 000 5.5 and 5.6: a police officer can refer someone they have not asked yet. Every question
/// about the person speaks about them, not to the officer ("Is the person safe right now?");
/// the referral is flagged for us to ask first, and the person gets no automatic e-mail.
#[tokio::test]
async fn a_police_referral_not_yet_agreed_is_taken_and_asks_about_the_person_not_the_officer() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        answer(&app, "/en/refer", &[]).await;
        answer(&app, "/en/refer/who", &[("for-whom", "someone-else")]).await;
        answer(&app, "/en/refer/on-behalf", &[("relationship", "professional"), ("organisation-type", "police")]).await;
        answer(&app, "/en/refer/your-details", &[("referrer-name", "PC Canary"), ("referrer-phone", "0121 496 0000")]).await;
        let next = answer(&app, "/en/refer/their-agreement", &[("agreed", "not-asked")]).await;
        assert_eq!(next, "/en/refer/we-will-ask", "{}", app.backend);
        let page = app.page(&next).await;
        assert!(page.body.contains("We will ask them for you"), "the page says what happens next");
        assert_eq!(answer(&app, "/en/refer/we-will-ask", &[]).await, "/en/refer/connection");

        let connection = app.page("/en/refer/connection").await;
        assert!(connection.body.contains("How is the person connected to what happened?"));
        assert!(connection.body.contains("They were harmed") && !connection.body.contains("I was harmed"));
        for (path, fields) in [
            ("/en/refer/connection", vec![("connection", "harmed")]),
            ("/en/refer/what-happened", vec![("crime-type", "burglary")]),
            ("/en/refer/when", vec![("when", "years-ago"), ("when-years", "1")]),
            ("/en/refer/police", vec![("reported", "yes"), ("stage", "investigating")]),
            ("/en/refer/where", vec![("area-happened", "walsall"), ("area-lives", "walsall")]),
            ("/en/refer/other-person", vec![("other-age", "adult"), ("other-known", "no"), ("how-many", "one")]),
            ("/en/refer/own-words", vec![]),
            ("/en/refer/about-you", vec![("name", "Canary Person"), ("age-band", "45-54")]),
            ("/en/refer/contact", vec![("contact-ways", "email"), ("email", "canary@example.org")]),
            ("/en/refer/contact-safety", vec![("email-ok", "yes")]),
            ("/en/refer/needs", vec![("interpreter", "no"), ("bsl", "no"), ("support-person", "no")]),
        ] {
            answer(&app, path, &fields).await;
        }
        // The one question a referrer was once asked about themselves, and its error.
        let safe = app.page("/en/refer/safe-now").await;
        assert!(safe.body.contains("Is the person safe right now?"), "{}", app.backend);
        assert!(!safe.body.contains("Are you safe right now?"));
        let missing = app.post_form("/en/refer/safe-now", &[]).await;
        assert_eq!(missing.status(), 303);
        assert!(app.page("/en/refer/safe-now").await.body.contains("Choose yes, no or not sure"));
        answer(&app, "/en/refer/safe-now", &[("safe-now", "yes")]).await;
        let check = app.page("/en/refer/check").await;
        assert!(check.body.contains("What should we call the person?") && check.body.contains("How can we contact them?"));
        assert!(!check.body.contains("What should we call you?"));
        let consent = app.page("/en/refer/consent").await;
        assert!(consent.body.contains("Sending this referral"));
        answer(&app, "/en/refer/consent", &[("consent", "agree")]).await;

        let reference = reference_on(&app.page("/en/refer/sent").await.html());
        let stored = app.store.find_request(&reference).await.unwrap().unwrap();
        assert_eq!(stored.flags, [Flag::OnBehalf, Flag::ConsentToBeSought], "{}", app.backend);
        let kinds: Vec<String> = crate::mail::outbox_rows(&app).await.into_iter().map(|r| r.0).collect();
        assert_eq!(kinds, ["team-new-referral"], "{}: no e-mail to someone not yet asked", app.backend);
    }
}
