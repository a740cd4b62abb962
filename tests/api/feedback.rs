//! Participant feedback: a manager makes a one-time link for someone in a case that has ended;
//! the form is in their language, says what is missing in that language and keeps what they
//! chose; the link works once and only once, and not after it expires; the answers are counted
//! in the report without any link to the person, and stay counted after the case is erased.
//! Both databases.

use app::{
    ports::{AuditEntry, CaseChange, CaseEventKind},
    staff::model::{EndReason, Status},
};
use chrono::Utc;
use reqwest::StatusCode;
use rj_tests::{TestApp, backends, spawn_app, staff::{StaffClient, StaffLogin, attr, select, signed_in}};
use scraper::Html;
use server::store::Database;

use crate::journeys::{refer_as_a_victim, reference_on};

/// A referral through the website, closed as completed; its reference and its person's id.
async fn closed_case(app: &TestApp, manager: &StaffLogin) -> (String, i64) {
    let sent = refer_as_a_victim(app).await;
    let reference = reference_on(&app.page(&sent).await.html());
    let case = app.store.find_case(&reference).await.unwrap().unwrap();
    let change = |event| CaseChange {
        request_id: case.id, reference: reference.clone(), at: Utc::now(), actor_id: manager.id, actor_email: manager.email.clone(), address: None, event,
    };
    app.store.change_case(&change(CaseEventKind::Status {
        from: Status::New, to: Status::Closed, ends: true, end_reason: Some(EndReason::parse(Status::Closed, "completed").unwrap()), reason: None, referred_on_to: None,
    })).await.unwrap();
    (reference, case.participants[0].id)
}

/// Makes a link on the person's page, as a manager would; returns its path on this site.
async fn make_link(app: &TestApp, browser: &StaffClient, reference: &str, person: i64, lang: &str) -> String {
    let page = format!("/staff/requests/{reference}/people/{person}");
    let token = browser.csrf(&page).await;
    let response = browser.post(&format!("{page}/feedback"), &token, &[("feedback-lang", lang)]).await;
    assert_eq!(response.status(), StatusCode::OK);
    let html = Html::parse_document(&response.text().await.unwrap());
    let link = select(&html, "code.feedback-link").first().cloned().expect("the link is shown once");
    link.strip_prefix(&app.address).expect("a link to this site").to_owned()
}

async fn count_responses(app: &TestApp) -> i64 {
    let sql = "SELECT COUNT(*) FROM feedback_responses";
    match &app.database {
        Database::Sqlite(pool) => sqlx::query_as::<_, (i64,)>(sql).fetch_one(pool).await.unwrap().0,
        Database::Postgres(pool) => sqlx::query_as::<_, (i64,)>(sql).fetch_one(pool).await.unwrap().0,
    }
}

const ALL: [(&str, &str); 6] = [
    ("fb-service", "very-satisfied"),
    ("fb-outcome", "satisfied"),
    ("fb-safety", "better"),
    ("fb-wellbeing", "same"),
    ("fb-coping", "prefer-not"),
    ("fb-confidence", "worse"),
];

#[tokio::test]
async fn a_feedback_link_works_once_in_the_persons_language_and_feeds_the_report_anonymously() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let (manager, browser) = signed_in(&app, "Mina Manager", "manager", true).await;
        let (reference, person) = closed_case(&app, &manager).await;
        let path = make_link(&app, &browser, &reference, person, "ur").await;
        assert!(path.starts_with("/ur/feedback/"), "{path}");

        // The form, in Urdu, right to left, with no cookie set.
        let visitor = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
        let response = visitor.get(format!("{}{path}", app.address)).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        assert!(response.headers().get("set-cookie").is_none(), "the form needs no cookie");
        let html = Html::parse_document(&response.text().await.unwrap());
        assert_eq!(attr(&html, "html", "dir").as_deref(), Some("rtl"));
        assert_eq!(html.select(&scraper::Selector::parse("input[type=radio]").unwrap()).count(), 28);

        // Two answers missing: the errors are in Urdu, and what was chosen stays chosen.
        let post = |fields: Vec<(&'static str, &'static str)>| {
            let visitor = visitor.clone();
            let url = format!("{}{path}", app.address);
            let origin = app.address.clone();
            async move { visitor.post(url).header("origin", origin).form(&fields).send().await.unwrap() }
        };
        let response = post(ALL[..4].to_vec()).await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let body = response.text().await.unwrap();
        let urdu = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/ur/journey.ftl")).unwrap();
        let error = urdu.lines().find_map(|l| l.strip_prefix("q-fb-coping-error = ")).unwrap();
        assert!(body.contains(error), "the missing answer is named in Urdu");
        let html = Html::parse_document(&body);
        assert_eq!(attr(&html, "input[name=fb-service][value=very-satisfied]", "checked").as_deref(), Some(""), "kept");
        assert_eq!(count_responses(&app).await, 0);

        // Markup where a code belongs is refused, never shown back as markup.
        let mut bad = ALL.to_vec();
        bad[0] = ("fb-service", "<b>very</b>");
        let response = post(bad).await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(!response.text().await.unwrap().contains("<b>very</b>"));

        // All answered: stored, and the link is used up.
        let response = post(ALL.to_vec()).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
        assert_eq!(response.headers()["location"], "/ur/feedback/thanks");
        assert_eq!(visitor.get(format!("{}/ur/feedback/thanks", app.address)).send().await.unwrap().status(), StatusCode::OK);
        assert_eq!(count_responses(&app).await, 1);
        assert_eq!(visitor.get(format!("{}{path}", app.address)).send().await.unwrap().status(), StatusCode::GONE, "it works once");
        assert_eq!(post(ALL.to_vec()).await.status(), StatusCode::GONE);
        assert_eq!(count_responses(&app).await, 1, "and only once");
        let forged = format!("{}/ur/feedback/{}", app.address, "A".repeat(43));
        assert_eq!(visitor.get(forged).send().await.unwrap().status(), StatusCode::GONE, "an unknown link looks the same");

        // The report counts it as a victim's answer; the stored answer names nobody.
        let quarter = app::staff::report::Period::quarter_of(app::domain::calendar::uk_date(Utc::now())).quarter_code().unwrap();
        let report = format!("/staff/report?quarter={quarter}&view=staff");
        let (_, html, _) = browser.page(&report).await;
        let rows = select(&html, "#victim-fb-service tbody tr:first-child td");
        assert_eq!(rows.first().map(String::as_str), Some("1"), "{}: very satisfied, this quarter", app.backend);
        let (_, before, _) = browser.page(&report).await;

        // Erasing the case leaves the answer counted.
        let audit = AuditEntry { at: Utc::now(), actor: manager.email.clone(), action: "case.erase".into(), subject: None, address: None };
        app.store.erase_case(&reference, &audit).await.unwrap().unwrap();
        assert_eq!(count_responses(&app).await, 1);
        let (_, after, _) = browser.page(&report).await;
        let cells = |h: &Html| select(h, ".report-table td");
        assert_eq!(cells(&before), cells(&after), "{}: the report is the same after erasure", app.backend);
    }
}

#[tokio::test]
async fn links_are_only_for_ended_cases_and_stop_working_when_they_expire() {
    for backend in backends() {
        let app = rj_tests::spawn_app_with(&backend, &[("RJ_POST_BURST", "1000")]).await;
        let (manager, browser) = signed_in(&app, "Mina Manager", "manager", true).await;
        // An open case: no link, and the form says why.
        let sent = refer_as_a_victim(&app).await;
        let open = reference_on(&app.page(&sent).await.html());
        let person = app.store.find_case(&open).await.unwrap().unwrap().participants[0].id;
        let page = format!("/staff/requests/{open}/people/{person}");
        let token = browser.csrf(&page).await;
        let response = browser.post(&format!("{page}/feedback"), &token, &[("feedback-lang", "en")]).await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(response.text().await.unwrap().contains("Feedback links are for cases that have ended"));

        let mut app = app;
        app.new_visitor();
        let (reference, person) = closed_case(&app, &manager).await;
        let path = make_link(&app, &browser, &reference, person, "en").await;
        let sql = sqlx::AssertSqlSafe("UPDATE feedback_invites SET expires_at = created_at".to_owned());
        match &app.database {
            Database::Sqlite(pool) => sqlx::query(sql).execute(pool).await.map(|_| ()),
            Database::Postgres(pool) => sqlx::query(sql).execute(pool).await.map(|_| ()),
        }
        .unwrap();
        let response = app.client.get(format!("{}{path}", app.address)).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::GONE, "{}: an expired link", app.backend);
        assert!(response.text().await.unwrap().contains("This link no longer works"));
    }
}

#[tokio::test]
async fn a_feedback_links_token_never_reaches_the_request_log() {
    let exe = env!("CARGO_BIN_EXE_rj-server");
    let app = rj_tests::spawn_process_app(&backends()[0], exe, &[("RUST_LOG", "info")]).await;
    let (manager, browser) = signed_in(&app, "Mina Manager", "manager", true).await;
    let (reference, person) = closed_case(&app, &manager).await;
    let path = make_link(&app, &browser, &reference, person, "en").await;
    let token = path.rsplit('/').next().unwrap().to_owned();
    let visitor = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    assert_eq!(visitor.get(format!("{}{path}", app.address)).send().await.unwrap().status(), StatusCode::OK);
    let response = visitor.post(format!("{}{path}", app.address)).header("origin", &app.address).form(&ALL).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let log = app.process_log();
    assert!(log.contains("/en/feedback/[redacted]"), "the requests were logged:\n{log}");
    assert!(!log.contains(&token), "the token is in the log:\n{log}");
}
