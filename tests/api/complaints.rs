//! The complaints log: logging one (problems explained, what was typed kept, a case reference
//! checked), its 5- and 20-working-day deadlines across the August bank holiday, recording
//! what happened, the report's complaints tables, and erasure emptying the complainant's name
//! and words while the counts stay. Both databases.

use app::ports::AuditEntry;
use chrono::Utc;
use reqwest::StatusCode;
use rj_tests::{backends, spawn_app, staff::{attr, location, select, signed_in}};

use crate::journeys::{refer_as_a_victim, reference_on};

fn cells<'a>(html: &'a scraper::Html, table: &str, row: &str) -> Vec<String> {
    let rows = scraper::Selector::parse(&format!("#{table} tbody tr")).unwrap();
    let cell = scraper::Selector::parse("td").unwrap();
    let th = scraper::Selector::parse("th").unwrap();
    html.select(&rows)
        .find(|r| r.select(&th).next().is_some_and(|h| h.text().collect::<String>() == row))
        .map(|r| r.select(&cell).map(|c| c.text().collect()).collect())
        .unwrap_or_else(|| panic!("no row {row:?} in {table}"))
}

#[tokio::test]
async fn a_complaint_is_logged_followed_to_its_answer_counted_and_outlives_an_erasure() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let (manager, staff) = signed_in(&app, "Mina Manager", "manager", true).await;
        let sent = refer_as_a_victim(&app).await;
        let reference = reference_on(&app.page(&sent).await.html());

        // Problems are named, and what was typed stays.
        let token = staff.csrf("/staff/complaints").await;
        let response = staff
            .post("/staff/complaints", &token, &[("received-on", "2026-02-30"), ("channel", "phone"), ("complainant", "Canary Complainer"), ("summary", "<b>Nobody</b> rang back")])
            .await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let body = response.text().await.unwrap();
        assert!(body.contains("Enter the date it reached us as a date") && body.contains("Choose what the complaint is about"));
        assert!(!body.contains("<b>Nobody</b>"), "typed markup is never live");
        let html = scraper::Html::parse_document(&body);
        assert_eq!(attr(&html, "input#complainant", "value").as_deref(), Some("Canary Complainer"));
        assert_eq!(select(&html, "textarea#summary").first().map(String::as_str), Some("<b>Nobody</b> rang back"));

        let good = [
            ("received-on", "2026-08-26"),
            ("channel", "phone"),
            ("about", "delay"),
            ("complainant", "Canary Complainer"),
            ("summary", "Nobody rang back for weeks."),
        ];
        let mut unknown = good.to_vec();
        unknown.push(("reference", "RJ-ACDE-FHJK"));
        let response = staff.post("/staff/complaints", &token, &unknown).await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(response.text().await.unwrap().contains("No case has the reference RJ-ACDE-FHJK"));

        let mut linked = good.to_vec();
        linked.push(("reference", &reference));
        let response = staff.post("/staff/complaints", &token, &linked).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
        let page = location(&response);
        // Received Wednesday 26 August 2026; Monday 31 August is a bank holiday.
        let (_, _, body) = staff.page(&page).await;
        assert!(body.contains("Thu 3 Sep 2026") && body.contains("Thu 24 Sep 2026"), "the deadlines skip the bank holiday");

        // Acknowledged a day late, answered in time (upheld), then taken further.
        let response = staff.post(&page, &token, &[("acknowledged-on", "2026-09-04"), ("answered-on", "2026-09-24")]).await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY, "an answer needs its outcome");
        let response = staff.post(&page, &token, &[("acknowledged-on", "2026-09-04"), ("answered-on", "2026-09-24"), ("outcome", "upheld")]).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
        let response = staff.post(&page, &token, &[("escalated-on", "2026-09-30")]).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);

        let (_, report, _) = staff.page("/staff/report?quarter=2026-Q3&view=staff").await;
        assert_eq!(cells(&report, "complaints-about", "How long things took"), ["1", "0"]);
        assert_eq!(cells(&report, "complaints-acknowledged", "Acknowledged: late"), ["1", "0"]);
        assert_eq!(cells(&report, "complaints-answered", "Answered: in time"), ["1", "0"]);
        assert_eq!(cells(&report, "complaints-outcome", "Upheld"), ["1", "0"]);
        assert_eq!(cells(&report, "complaints-escalated", "Taken to the Commissioner's office"), ["1", "0"]);

        // Erasing the case empties who complained and what they said; the counts stay.
        let audit = AuditEntry { at: Utc::now(), actor: manager.email.clone(), action: "case.erase".into(), subject: None, address: None };
        app.store.erase_case(&reference, &audit).await.unwrap().unwrap();
        let (_, _, body) = staff.page(&page).await;
        assert!(!body.contains("Canary Complainer") && !body.contains("Nobody rang back"), "{}", app.backend);
        let (_, after, _) = staff.page("/staff/report?quarter=2026-Q3&view=staff").await;
        assert_eq!(cells(&after, "complaints-acknowledged", "Acknowledged: late"), ["1", "0"]);
        let everything = serde_json::to_string(&app.store.export_all().await.unwrap()).unwrap();
        assert!(!everything.contains("Canary Complainer"), "{}", app.backend);
    }
}

/// A complaint names its case, who complained and what they said: about a case kept for
/// specialists, its page is for specialists too (a manager who is not one is refused, and
/// audited, as on the case itself), while the log and the report still count it.
#[tokio::test]
async fn a_complaint_about_a_sensitive_case_is_for_specialists_only() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let (_, specialist) = signed_in(&app, "Sol Specialist", "manager", true).await;
        let (gus, generalist) = signed_in(&app, "Gus Generalist", "manager", false).await;
        let sensitive = crate::staff::store_request(&app, "referral", "RJ-MNPR-TVWX", Some("walsall"), serde_json::json!({}), &["sensitive"], 5).await;
        let token = specialist.csrf("/staff/complaints").await;
        let mut pages = Vec::new();
        for reference in [Some(sensitive.as_str()), None] {
            let mut fields = vec![
                ("received-on", "2026-08-26"), ("channel", "phone"), ("about", "delay"),
                ("complainant", "Canary Complainer"), ("summary", "Canary-complaint"),
            ];
            fields.extend(reference.map(|r| ("reference", r)));
            let response = specialist.post("/staff/complaints", &token, &fields).await;
            assert_eq!(response.status(), StatusCode::SEE_OTHER, "{}", app.backend);
            pages.push(location(&response));
        }
        let (about_case, unlinked) = (&pages[0], &pages[1]);

        let (status, _, body) = specialist.page(about_case).await;
        assert_eq!(status, StatusCode::OK);
        assert!(body.contains("Canary Complainer") && body.contains(&sensitive));
        let (status, _, body) = generalist.page(about_case).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{}: {about_case}", app.backend);
        assert!(!body.contains("Canary") && !body.contains(&sensitive), "the refusal tells nothing of it");
        let token = generalist.csrf("/staff/complaints").await;
        let response = generalist.post(about_case, &token, &[("acknowledged-on", "2026-08-27")]).await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "nor may they record what happened");
        assert!(app.store.find_complaint(location_id(about_case)).await.unwrap().unwrap().acknowledged_on.is_none());
        let (status, _, body) = generalist.page(unlinked).await;
        assert_eq!((status, body.contains("Canary Complainer")), (StatusCode::OK, true), "a complaint about no case is theirs to read");
        let (_, _, log) = generalist.page("/staff/complaints").await;
        assert!(!log.contains(&sensitive) && !log.contains("Canary"), "the log names no case and no one");
        let actions = crate::staff::audit_actions(&app, None).await;
        assert!(actions.iter().any(|(who, what)| *who == gus.email && what == "access.denied"));
    }
}

fn location_id(page: &str) -> i64 {
    page.rsplit('/').next().unwrap().parse().unwrap()
}
