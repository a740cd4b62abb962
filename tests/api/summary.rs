//! The managers' daily summary against a real SMTP conversation and both databases: who gets
//! it, what it counts, that it carries no personal details, and that it is queued once a day
//! however many times (or from however many places) it is asked for.

use std::time::Duration;

use app::domain::screening::Flag;
use app::ports::{CaseChange, CaseEventKind, NewRequest, OutgoingMessage};
use chrono::{DateTime, NaiveDate, Utc};
use rj_tests::{
    TestApp, backends,
    smtp::{Received, SmtpSink},
    spawn_app_with, spawn_process_app,
    staff::{StaffLogin, create_staff},
};
use server::{mail::Addresses, staff::accounts, summary::queue_daily_summary};

use crate::mail::{WAIT, borrowed, mail_settings};

/// Personal details in the requests below: none may reach a summary.
const CANARIES: &[&str] =
    &["Canary", "canary@example.org", "07700 900123", "polski", "domestic-abuse", "sensitive"];

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// Monday, 16 November 2026, 08:00 GMT: in the past, so what is queued for it is due at once.
fn monday_morning() -> DateTime<Utc> {
    "2026-11-16T08:00:00Z".parse().unwrap()
}

/// A request as the public site would store it, full of personal details, and no e-mail of
/// its own (so the outbox holds only what the test puts there).
fn request(reference: &str, contact_by: &str) -> NewRequest {
    NewRequest {
        kind: app::staff::model::RequestKind::Referral,
        reference: reference.into(),
        submission_key: format!("key-{reference}"),
        received_at: "2026-11-02T10:00:00Z".parse().unwrap(),
        contact_by: day(contact_by),
        lang: "pl".into(),
        area: Some("Canary-area".into()),
        flags: vec![Flag::Sensitive, Flag::Complex],
        routes: vec![],
        related_reference: None,
        answers_json: r#"{"name":["Canary Name"],"email":["canary@example.org"],"phone":["07700 900123"],"story":["Canary-story-text"],"language":["polski"]}"#.into(),
        messages: vec![],
        participants: vec![],
    }
}

async fn change(app: &TestApp, reference: &str, by: &StaffLogin, event: CaseEventKind) {
    let case = app.store.find_case(reference).await.unwrap().expect("the case");
    app.store
        .change_case(&CaseChange {
            request_id: case.id,
            reference: reference.into(),
            at: "2026-11-12T11:00:00Z".parse().unwrap(),
            actor_id: by.id,
            actor_email: by.email.clone(),
            address: None,
            event,
        })
        .await
        .unwrap();
}

/// One message that gave up: queued as not yet due (so the live worker leaves it alone),
/// claimed through the store and marked failed, as the worker does after its last retry.
async fn one_failed_message(app: &TestApp) {
    let later = Utc::now() + chrono::Duration::days(1);
    let message = OutgoingMessage {
        idempotency_key: "RJ-FAIL-0001:team-new-referral".into(),
        kind: "team-new-referral".into(),
        recipient: "team@rj.test".into(),
        subject: "s".into(),
        text_body: "t".into(),
        html_body: "<p>h</p>".into(),
    };
    assert_eq!(app.store.queue_messages(&[message], later).await.unwrap(), 1);
    let claimed = app.store.claim_message(later, later).await.unwrap().expect("the message");
    app.store.mark_attempt_failed(claimed.id, "550 mailbox unavailable", None).await.unwrap();
}

fn addresses(app: &TestApp) -> Addresses {
    Addresses { team: "team@rj.test".into(), public_url: app.address.clone() }
}

#[tokio::test]
async fn managers_alone_get_one_summary_a_day_with_the_overdue_references_and_no_personal_details() {
    for backend in backends() {
        let sink = SmtpSink::start().await;
        let mut vars = mail_settings(&sink.url());
        // The test, not the clock, decides when the summary is queued.
        vars.push(("RJ_SUMMARY_AT", "off".into()));
        let app = spawn_app_with(&backend, &borrowed(&vars)).await;
        let managers = [
            create_staff(&app, "Mia Manager", "manager", false).await,
            create_staff(&app, "Max Manager", "manager", true).await,
        ];
        let triage = create_staff(&app, "Tia Triage", "triage", false).await;
        let admin = create_staff(&app, "Ada Admin", "admin", false).await;
        // Invited, never enrolled: not an active manager yet.
        accounts::add_user(app.store.as_ref(), &app.address, "ivy.invited@rj.example", "Ivy Invited", "manager", false)
            .await
            .unwrap();

        for (reference, contact_by) in [
            ("RJ-AAAA-0001", "2026-11-10"), // overdue
            ("RJ-AAAA-0002", "2026-11-13"), // overdue
            ("RJ-AAAA-0003", "2026-11-16"), // due today
            ("RJ-AAAA-0004", "2026-11-12"), // past its deadline, but contacted
            ("RJ-AAAA-0005", "2026-11-11"), // past its deadline, but withdrawn (closed)
            ("RJ-AAAA-0006", "2026-11-19"), // not due yet
        ] {
            app.store.submit_request(&request(reference, contact_by)).await.unwrap();
        }
        let reached = CaseEventKind::Contact {
            method: "phone".into(),
            outcome: "reached".into(),
            note: None,
            new_status: Some(app::staff::model::Status::Contacted),
        };
        change(&app, "RJ-AAAA-0004", &triage, reached).await;
        let withdrawn = CaseEventKind::Status {
            from: app::staff::model::Status::New,
            to: app::staff::model::Status::Withdrawn,
            ends: true,
            end_reason: Some(
                app::staff::model::EndReason::parse(app::staff::model::Status::Withdrawn, "asked-to-stop").unwrap(),
            ),
            reason: Some("asked to stop".into()),
            referred_on_to: None,
        };
        change(&app, "RJ-AAAA-0005", &triage, withdrawn).await;
        one_failed_message(&app).await;

        // Two instances at once, then a restart later the same day: one summary per manager.
        let to = addresses(&app);
        let other_instance = app.database.store(app.keys.clone());
        let (first, second) = tokio::join!(
            queue_daily_summary(app.store.as_ref(), &to, monday_morning()),
            queue_daily_summary(other_instance.as_ref(), &to, monday_morning()),
        );
        let (first, second) = (first.unwrap(), second.unwrap());
        assert_eq!((first.day, first.managers, second.managers), (day("2026-11-16"), 2, 2));
        assert_eq!(first.new + second.new, 2, "{}: one each, whoever came first", app.backend);
        let evening = monday_morning() + chrono::Duration::hours(12);
        assert_eq!(queue_daily_summary(app.store.as_ref(), &to, evening).await.unwrap().new, 0);

        let delivered = sink.wait_for(2, WAIT).await;
        // Time for a wrong extra copy to arrive before counting.
        tokio::time::sleep(Duration::from_millis(300)).await;
        assert_eq!(sink.messages().len(), 2, "{}: one message per manager", app.backend);
        let mut recipients: Vec<String> = delivered.iter().flat_map(|m| m.rcpt_to.clone()).collect();
        recipients.sort();
        let mut expected: Vec<String> = managers.iter().map(|m| m.email.clone()).collect();
        expected.sort();
        assert_eq!(recipients, expected, "{}: not {} nor {}", app.backend, triage.email, admin.email);

        for m in &delivered {
            check_summary(&app, m);
        }
        assert_eq!(app.store.failed_messages().await.unwrap().len(), 1, "the failed one stays failed");

        // The next day is a new summary.
        let tuesday = queue_daily_summary(app.store.as_ref(), &to, monday_morning() + chrono::Duration::days(1))
            .await
            .unwrap();
        assert_eq!((tuesday.day, tuesday.new), (day("2026-11-17"), 2), "{}", app.backend);
    }
}

fn check_summary(app: &TestApp, m: &Received) {
    assert_eq!(m.subject(), "Daily summary: 2 overdue, 1 due today, 1 failed e-mail", "{}", app.backend);
    // SMTP carries lines ending in CRLF.
    let (text, html) = (m.text().replace("\r\n", "\n"), m.html());
    for part in [&text, &html] {
        assert!(part.contains("Daily summary for Monday, 16 November 2026."), "{part}");
        assert!(part.contains(&format!("{}/staff?overdue=yes", app.address)), "{part}");
        assert!(part.contains("An administrator can see the e-mails that failed"), "{part}");
        assert!(part.contains("RJ-AAAA-0001") && part.contains("RJ-AAAA-0002"), "{part}");
        for not_overdue in ["RJ-AAAA-0003", "RJ-AAAA-0004", "RJ-AAAA-0005", "RJ-AAAA-0006"] {
            assert!(!part.contains(not_overdue), "{not_overdue} listed as overdue: {part}");
        }
    }
    assert!(text.contains("Overdue for first contact: 2\nDue for first contact today: 1\nE-mails that failed after every retry: 1\n"), "{text}");
    assert!(text.contains("RJ-AAAA-0001  contact by Tuesday, 10 November 2026 (4 working days late)"), "{text}");
    assert!(text.contains("RJ-AAAA-0002  contact by Friday, 13 November 2026 (1 working day late)"), "{text}");
    let everything = m.everything();
    for canary in CANARIES {
        assert!(!everything.contains(canary), "{}: the summary shows {canary:?}", app.backend);
    }
    assert!(m.raw.contains("multipart/alternative"));
}

/// The scheduler itself, in the real server binary: started with a summary time already
/// passed it queues today's summary at once; started again the same day it queues nothing
/// more. Its log (JSON) says when it has looked, so the test waits for that, not for a time.
#[tokio::test]
async fn the_server_queues_the_summary_when_its_time_has_come_and_not_again_after_a_restart() {
    for backend in backends() {
        let sink = SmtpSink::start().await;
        let mut vars = mail_settings(&sink.url());
        vars.push(("RJ_SUMMARY_AT", "off".into()));
        vars.push(("RJ_LOG_FORMAT", "json".into()));
        let exe = env!("CARGO_BIN_EXE_rj-server");
        let mut app = spawn_process_app(&backend, exe, &borrowed(&vars)).await;
        let manager = create_staff(&app, "Mo Manager", "manager", false).await;
        app.store.submit_request(&request("RJ-BBBB-0001", "2026-11-10")).await.unwrap();

        // Midnight has always passed: today's summary is due the moment the server starts.
        app.restart_process(&[("RJ_SUMMARY_AT", "00:00")]).await;
        let queued = summaries_logged(&app, 1).await;
        assert_eq!(queued.len(), 1, "{}: {}", app.backend, app.process_log());
        assert_eq!((queued[0]["managers"].as_i64(), queued[0]["queued"].as_i64()), (Some(1), Some(1)));
        let delivered = sink.wait_for(1, WAIT).await;
        assert_eq!(delivered[0].rcpt_to, std::slice::from_ref(&manager.email));
        assert!(delivered[0].subject().starts_with("Daily summary: 1 overdue"), "{}", delivered[0].subject());
        assert!(delivered[0].text().contains("RJ-BBBB-0001"));

        app.restart_process(&[]).await;
        let queued = summaries_logged(&app, 2).await;
        assert_eq!(queued.len(), 2, "{}: {}", app.backend, app.process_log());
        assert_eq!(queued[1]["queued"].as_i64(), Some(0), "the restarted server found it queued");
        tokio::time::sleep(Duration::from_millis(300)).await;
        assert_eq!(sink.messages().len(), 1, "{}: one summary", app.backend);
    }
}

/// The "daily summary queued" log lines, once there are `n` (or `WAIT` has passed).
async fn summaries_logged(app: &TestApp, n: usize) -> Vec<serde_json::Value> {
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let lines: Vec<serde_json::Value> = app
            .process_log()
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter(|v| v["message"] == "daily summary queued")
            .collect();
        if lines.len() >= n || tokio::time::Instant::now() >= deadline {
            return lines;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
