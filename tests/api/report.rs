//! The quarterly monitoring report over a seeded quarter whose answers are worked out by hand:
//! the referrals, people, first contact within 5 working days across the August bank holiday,
//! endings, processes and times; the view for sharing hides small numbers; the CSV file holds
//! exactly the page's cells; a form with a bad date says so and keeps what was typed. The cases
//! go in through the store's own `submit_request` and `change_case`, which write the report's
//! facts. Both databases.

use app::{
    ports::{CaseChange, CaseEventKind, NewRequest, RjProcess},
    staff::{
        model::{EndReason, RequestKind, Status},
        participants::EqualityAnswers,
    },
};
use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use reqwest::StatusCode;
use rj_tests::{TestApp, backends, spawn_app, staff::{StaffClient, StaffLogin, signed_in}};
use scraper::{Html, Selector};

fn noon(day: &str) -> DateTime<Utc> {
    let d = NaiveDate::parse_from_str(day, "%Y-%m-%d").unwrap();
    Utc.from_utc_datetime(&d.and_hms_opt(11, 0, 0).unwrap())
}

/// A request received at noon (UK summer time) on `day`, through the store as a submission is.
async fn received(app: &TestApp, kind: RequestKind, reference: &str, day: &str, answers: &[(&str, &str)]) -> i64 {
    let mut values = app::journey::Values::new();
    for (k, v) in answers {
        values.entry((*k).to_owned()).or_default().push((*v).to_owned());
    }
    let at = noon(day);
    app.store
        .submit_request(&NewRequest {
            kind,
            reference: reference.into(),
            submission_key: format!("key-{reference}"),
            received_at: at,
            contact_by: at.date_naive(),
            lang: "en".into(),
            area: None,
            flags: app::domain::screening::flags(&(app::pages::journeys::journey_of(kind).facts)(&values)),
            routes: vec![],
            related_reference: None,
            answers_json: serde_json::to_string(&values).unwrap(),
            messages: vec![],
            participants: (app::pages::journeys::journey_of(kind).participants)(&values),
        })
        .await
        .unwrap();
    app.store.find_case(reference).await.unwrap().unwrap().id
}

async fn change(app: &TestApp, staff: &StaffLogin, id: i64, reference: &str, day: &str, event: CaseEventKind) {
    app.store
        .change_case(&CaseChange {
            request_id: id,
            reference: reference.into(),
            at: noon(day),
            actor_id: staff.id,
            actor_email: staff.email.clone(),
            address: None,
            event,
        })
        .await
        .unwrap();
}

fn reached(day_status: Option<Status>) -> CaseEventKind {
    CaseEventKind::Contact { method: "phone".into(), outcome: "reached".into(), note: None, new_status: day_status }
}

fn ending(from: Status, to: Status, code: &str) -> CaseEventKind {
    CaseEventKind::Status { from, to, ends: true, end_reason: Some(EndReason::parse(to, code).unwrap()), reason: None, referred_on_to: None }
}

const PERSON_BY_SELF: [(&str, &str); 2] = [("for-whom", "me"), ("name", "Sam Example")];

/// Seeds July to September 2026 (and one referral in the quarter before) and returns a
/// manager's browser.
async fn seeded_quarter(app: &TestApp) -> StaffClient {
    let (manager, browser) = signed_in(app, "Mina Manager", "manager", true).await;
    // A: by herself, harmed, hate crime marker; received Wednesday 26 August 2026. Monday 31
    // August is a bank holiday, so her 5 working days end on Thursday 3 September: reached
    // then, in time. A conference on 20 September, closed as completed on 25 September.
    let a = received(app, RequestKind::Referral, "RJ-AAAA-AAAA", "2026-08-26", &[
        PERSON_BY_SELF[0], PERSON_BY_SELF[1], ("connection", "harmed"), ("area-happened", "birmingham"),
        ("crime-type", "violence"), ("markers", "hate"), ("stage", "investigating"), ("age-band", "25-34"),
    ]).await;
    change(app, &manager, a, "RJ-AAAA-AAAA", "2026-09-03", reached(Some(Status::Contacted))).await;
    change(app, &manager, a, "RJ-AAAA-AAAA", "2026-09-20", CaseEventKind::Process(RjProcess {
        kind: "conference".into(), held_on: NaiveDate::from_ymd_opt(2026, 9, 20).unwrap(), harmed: true, caused_harm: true, supporters: false,
    })).await;
    change(app, &manager, a, "RJ-AAAA-AAAA", "2026-09-25", ending(Status::Contacted, Status::Closed, "completed")).await;
    let person = app.store.find_case("RJ-AAAA-AAAA").await.unwrap().unwrap().participants[0].id;
    change(app, &manager, a, "RJ-AAAA-AAAA", "2026-09-25", CaseEventKind::Equality {
        participant_id: person,
        answers: EqualityAnswers { sex: Some("female".into()), gender_same: None, ethnicity: Some("asian-pakistani".into()), disability: Some("no".into()) },
    }).await;

    // B: the police referred her, with her agreement; domestic abuse (so sensitive). Same
    // day as A, reached on Friday 4 September: one working day late.
    let b = received(app, RequestKind::Referral, "RJ-BBBB-BBBB", "2026-08-26", &[
        ("for-whom", "someone-else"), ("relationship", "professional"), ("organisation-type", "police"),
        ("referrer-name", "PC Example"), ("agreed", "yes"), ("name", "Bea Example"), ("connection", "harmed"),
        ("area-happened", "coventry"), ("crime-type", "domestic-abuse"), ("stage", "investigating"), ("age-band", "35-44"),
    ]).await;
    change(app, &manager, b, "RJ-BBBB-BBBB", "2026-09-04", reached(Some(Status::Contacted))).await;

    // C: he caused harm and asks himself; received 6 July, never reached.
    received(app, RequestKind::Referral, "RJ-CCCC-CCCC", "2026-07-06", &[
        PERSON_BY_SELF[0], PERSON_BY_SELF[1], ("connection", "caused-harm"), ("area-happened", "birmingham"),
        ("crime-type", "burglary"), ("stage", "finished"), ("age-band", "18-24"),
    ]).await;

    // D: probation referred her; reached the next day, then she withdrew (not ready).
    let d = received(app, RequestKind::Referral, "RJ-DDDD-DDDD", "2026-09-14", &[
        ("for-whom", "someone-else"), ("relationship", "professional"), ("organisation-type", "probation"),
        ("referrer-name", "Pat Officer"), ("agreed", "yes"), ("name", "Dee Example"), ("connection", "harmed"),
        ("area-happened", "dudley"), ("crime-type", "theft"), ("stage", "community"), ("age-band", "45-54"),
    ]).await;
    change(app, &manager, d, "RJ-DDDD-DDDD", "2026-09-15", reached(Some(Status::Contacted))).await;
    change(app, &manager, d, "RJ-DDDD-DDDD", "2026-09-16", ending(Status::Contacted, Status::Withdrawn, "not-ready")).await;

    // E: the quarter before, by herself, never reached. F: a call back in July.
    received(app, RequestKind::Referral, "RJ-EEEE-EEEE", "2026-05-10", &[
        PERSON_BY_SELF[0], PERSON_BY_SELF[1], ("connection", "harmed"), ("area-happened", "walsall"), ("crime-type", "theft"),
    ]).await;
    received(app, RequestKind::CallBack, "RJ-FFFF-FFFF", "2026-07-20", &[("name", "Fay Example"), ("phone", "0121 496 0000")]).await;
    browser
}

/// Every table on the page: id, then each row's label and cells as shown.
fn tables(html: &Html) -> Vec<(String, Vec<Vec<String>>)> {
    let block = Selector::parse(".report-table").unwrap();
    let row = Selector::parse("tbody tr").unwrap();
    let cell = Selector::parse("th, td").unwrap();
    html.select(&block)
        .map(|b| {
            let id = b.value().attr("id").unwrap().to_owned();
            let title = b.select(&Selector::parse("h3").unwrap()).next().unwrap().text().collect::<String>();
            let rows = b
                .select(&row)
                .map(|r| {
                    let mut cells = vec![title.clone()];
                    cells.extend(r.select(&cell).map(|c| c.text().collect::<String>()));
                    cells
                })
                .collect();
            (id, rows)
        })
        .collect()
}

fn table<'a>(all: &'a [(String, Vec<Vec<String>>)], id: &str) -> Vec<(&'a str, Vec<&'a str>)> {
    let (_, rows) = all.iter().find(|(i, _)| i == id).unwrap_or_else(|| panic!("a table {id}"));
    rows.iter().map(|r| (r[1].as_str(), r[2..].iter().map(String::as_str).collect())).collect()
}

fn cells<'a>(t: &[(&'a str, Vec<&'a str>)], label: &str) -> Vec<&'a str> {
    t.iter().find(|(l, _)| *l == label).unwrap_or_else(|| panic!("a row {label:?} in {t:?}")).1.clone()
}

#[tokio::test]
async fn the_quarters_report_counts_a_seeded_quarter_as_worked_out_by_hand() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let manager = seeded_quarter(&app).await;
        let (status, html, body) = manager.page("/staff/report?quarter=2026-Q3&view=staff").await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert!(body.contains("Monitoring report: July to September 2026"), "{backend:?}");
        assert!(body.contains("April to June 2026"), "compared with the quarter before");
        let all = tables(&html);

        let kinds = table(&all, "kinds");
        assert_eq!(cells(&kinds, "Referral"), ["4", "1"]);
        assert_eq!(cells(&kinds, "Call back"), ["1", "0"]);
        assert_eq!(cells(&kinds, "Total"), ["5", "1"]);

        let source = table(&all, "source");
        assert_eq!(cells(&source, "The person themselves"), ["2", "1"]);
        assert_eq!(cells(&source, "Police"), ["1", "0"]);
        assert_eq!(cells(&source, "Probation"), ["1", "0"]);
        assert_eq!(cells(&source, "Total"), ["4", "1"]);

        let kind = table(&all, "type");
        assert_eq!(cells(&kind, "Victim-initiated (harmed, their family, or bereaved)"), ["3", "1"]);
        assert_eq!(cells(&kind, "Offender-initiated"), ["1", "0"]);

        assert_eq!(cells(&table(&all, "area"), "Birmingham"), ["2", "0"]);
        assert_eq!(cells(&table(&all, "area"), "Walsall"), ["0", "1"]);
        let markers = table(&all, "markers");
        assert_eq!(cells(&markers, "Hate crime"), ["1", "0"]);
        assert_eq!(cells(&markers, "Domestic abuse"), ["1", "0"]);
        assert_eq!(cells(&markers, "Cybercrime (fraud or online)"), ["0", "0"]);
        assert!(markers.iter().all(|(l, _)| *l != "Total"), "markers overlap, so no total");

        let ages = table(&all, "victim-age");
        assert_eq!(cells(&ages, "25 to 34"), ["1", "0"]);
        assert_eq!(cells(&ages, "45 to 54"), ["1", "0"]);
        assert_eq!(cells(&ages, "Total"), ["3", "1"], "A, B and D harmed; E the quarter before");
        assert_eq!(cells(&table(&all, "offender-age"), "18 to 24"), ["1", "0"]);
        assert_eq!(cells(&table(&all, "victim-sex"), "Female"), ["1", "0"]);
        assert_eq!(cells(&table(&all, "victim-sex"), "Not recorded"), ["2", "1"]);

        // The bank holiday: A (3 September) is in time, B (4 September) late, C overdue.
        let contact = table(&all, "contact");
        assert_eq!(cells(&contact, "Contacted within 5 working days"), ["2", "0"]);
        assert_eq!(cells(&contact, "Contacted later"), ["1", "0"]);
        assert_eq!(cells(&contact, "Not contacted, 5 working days passed"), ["1", "1"]);
        assert_eq!(cells(&contact, "Percentage contacted within 5 working days"), ["50.0%", "0.0%"]);

        assert_eq!(cells(&table(&all, "endings"), "Closed"), ["1", "0"]);
        assert_eq!(cells(&table(&all, "endings"), "Withdrawn"), ["1", "0"]);
        assert_eq!(cells(&table(&all, "closed"), "Restorative justice took place"), ["1", "0"]);
        assert_eq!(cells(&table(&all, "withdrawn"), "They are not ready now"), ["1", "0"]);
        let left = table(&all, "left-at");
        assert_eq!(cells(&left, "Contacted"), ["1", "0"], "D left once contacted; A completed");
        assert_eq!(cells(&left, "Total"), ["1", "0"]);
        assert_eq!(cells(&table(&all, "processes"), "Face-to-face conference"), ["1", "0"]);

        let open = table(&all, "in-progress");
        assert_eq!(cells(&open, "New"), ["2", "1"], "C and E at the end of September; E at the end of June");
        assert_eq!(cells(&open, "Contacted"), ["1", "0"]);

        // 8, 9 and 1 days to first contact; 30 days to completion.
        let days = table(&all, "days-contact");
        assert_eq!(cells(&days, "Median (days)"), ["8.0", "no cases"]);
        assert_eq!(cells(&days, "90th percentile (days)"), ["9.0", "no cases"]);
        assert_eq!(cells(&days, "Cases measured"), ["3", "0"]);
        assert_eq!(cells(&table(&all, "days-completion"), "Median (days)"), ["30.0", "no cases"]);

        // Every table has a chart drawn on the server, hidden from screen readers (the table
        // is its text), and the page holds no script of its own for it.
        let charts = html.select(&Selector::parse("figure.chart svg[aria-hidden=true]").unwrap()).count();
        assert!(charts >= 20, "{charts} charts");

        // The CSV file holds exactly the page's cells.
        let csv = manager.get("/staff/report.csv?from=2026-07-01&to=2026-09-30&view=staff").await;
        assert_eq!(csv.status(), StatusCode::OK);
        assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
        assert!(csv.headers()["content-disposition"].to_str().unwrap().starts_with("attachment"));
        let text = csv.text().await.unwrap();
        let mut reader = csv_rows(&text).into_iter();
        let header = reader.next().unwrap();
        assert_eq!(header[..2], ["table".to_owned(), "row".to_owned()]);
        let from_csv: Vec<Vec<String>> = reader.collect();
        let from_page: Vec<Vec<String>> = all.iter().flat_map(|(_, rows)| rows.iter().cloned()).collect();
        assert_eq!(from_csv, from_page, "{backend:?}: the CSV file and the page agree cell for cell");

        let actions = crate::staff::audit_actions(&app, None).await;
        assert!(actions.iter().any(|(_, a)| a == "report.view"));
        assert!(actions.iter().any(|(_, a)| a == "report.export"));
    }
}

/// Reads RFC 4180 CSV (quoted fields, doubled quotes, CRLF).
fn csv_rows(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    rows
}

#[tokio::test]
async fn a_report_for_sharing_hides_small_numbers_and_what_would_reveal_them() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let manager = seeded_quarter(&app).await;
        let (status, html, body) = manager.page("/staff/report?quarter=2026-Q3&view=shared").await;
        assert_eq!(status, StatusCode::OK);
        assert!(body.contains("Small numbers are hidden"));
        let all = tables(&html);
        let source = table(&all, "source");
        assert_eq!(cells(&source, "The person themselves"), ["fewer than 5", "fewer than 5"]);
        assert_eq!(cells(&source, "Total"), ["fewer than 5", "fewer than 5"], "a small total hides too");
        assert_eq!(cells(&source, "Health service, like a GP or hospital"), ["0", "0"], "zero is not hidden");
        let contact = table(&all, "contact");
        assert_eq!(cells(&contact, "Percentage contacted within 5 working days"), ["not shown", "not shown"], "its base is hidden");
        assert_eq!(cells(&table(&all, "days-contact"), "Median (days)"), ["not shown", "no cases"]);
        // No small count appears anywhere in a counted cell.
        for (id, rows) in &all {
            for r in rows {
                for c in &r[2..] {
                    assert!(!matches!(c.as_str(), "1" | "2" | "3" | "4"), "{id}: {r:?}");
                }
            }
        }

        // The partner view: by area and month, suppressed the same way.
        let (status, html, _) = manager.page("/staff/report?quarter=2026-Q3&view=partner").await;
        assert_eq!(status, StatusCode::OK);
        let partner = tables(&html);
        let grid = table(&partner, "partner");
        assert_eq!(cells(&grid, "Birmingham"), ["fewer than 5", "fewer than 5", "0"], "C in July, A in August");
        assert_eq!(cells(&grid, "Total"), ["fewer than 5", "fewer than 5", "fewer than 5"]);
    }
}

#[tokio::test]
async fn a_bad_period_is_explained_and_what_was_typed_stays() {
    let backend = &backends()[0];
    let app = spawn_app(backend).await;
    let (_, manager) = signed_in(&app, "Mina Manager", "manager", false).await;
    let (status, html, body) = manager.page("/staff/report?quarter=&from=2026-09-31&to=2026-10-01&view=staff").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("Enter the start date as a date"), "{body}");
    assert_eq!(rj_tests::staff::attr(&html, "input#from", "value").as_deref(), Some("2026-09-31"));
    let (status, _, body) = manager.page("/staff/report?from=2026-10-01&to=2026-09-01").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("The end date must be the same as or after the start date"));
    let (status, _, body) = manager.page("/staff/report?quarter=2026-Q9").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("Choose one of the quarters listed"));
    let (status, _, body) = manager.page("/staff/report?view=%3Cb%3Eall%3C/b%3E").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(!body.contains("<b>all</b>"), "typed markup is never live");
    // With nothing chosen: the last whole quarter.
    let (status, _, body) = manager.page("/staff/report").await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("Monitoring report: "), "{body}");
}
