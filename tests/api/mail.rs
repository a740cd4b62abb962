//! The e-mail outbox against a real SMTP conversation (`rj_tests::smtp::SmtpSink`): what a
//! request sends, to whom, in which language, that an outage loses and repeats nothing, that a
//! rejected recipient fails at once, that TLS and a login work, and that a killed server
//! process loses nothing.

use std::time::Duration;

use app::ports::{NewRequest, OutgoingMessage};
use chrono::Utc;
use rj_tests::{
    Backend, TestApp, backends,
    smtp::{SinkOptions, SinkTls, SmtpSink},
    spawn_app_with, spawn_process_app,
};
use server::store::Database;

use crate::journeys::{VICTIM_STEPS, answer, refer_as_a_victim, refer_as_a_victim_in, reference_on};

const TEAM: &str = "team@rj.test";
pub(crate) const WAIT: Duration = Duration::from_secs(15);

/// The canary values `refer_as_a_victim` types or picks: none may reach a staff message.
const CANARIES: &[&str] = &[
    "Canary", "canary@example.org", "07700 900123", "900123", "robbery", "20/1234/25", "after 2pm",
    "oventry",
];

async fn app_with_smtp(backend: &Backend, sink: &SmtpSink) -> TestApp {
    spawn_app_with(backend, &borrowed(&mail_settings(&sink.url()))).await
}

/// The settings every mail test uses, for an SMTP server at `smtp_url`.
pub(crate) fn mail_settings(smtp_url: &str) -> Vec<(&'static str, String)> {
    vec![
        // Several whole referrals from one address in a second.
        ("RJ_POST_BURST", "1000".into()),
        ("SMTP_URL", smtp_url.into()),
        ("RJ_TEAM_EMAIL", TEAM.into()),
        ("RJ_MAIL_POLL_MS", "20".into()),
        // The first retry comes after 30 ms, the seventh after 43 s.
        ("RJ_MAIL_BACKOFF_SCALE", "0.0005".into()),
    ]
}

pub(crate) fn borrowed<'a>(vars: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    vars.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

/// Each outbox row as (kind, status, attempts, last error opened), in queued order.
pub(crate) async fn outbox_rows(app: &TestApp) -> Vec<(String, String, i64, Option<String>)> {
    let rows: Vec<(String, String, i64, Option<String>)> = match &app.database {
        Database::Sqlite(pool) => sqlx::query_as(
            "SELECT kind, status, attempts, last_error FROM outbox ORDER BY id",
        )
        .fetch_all(pool)
        .await
        .unwrap(),
        Database::Postgres(pool) => sqlx::query_as(
            "SELECT kind, status, attempts::BIGINT, last_error FROM outbox ORDER BY id",
        )
        .fetch_all(pool)
        .await
        .unwrap(),
    };
    rows.into_iter()
        .map(|(kind, status, attempts, error)| (kind, status, attempts, app.keys.open_opt(server::seal::OUTBOX_ERROR, error).expect("a sealed error")))
        .collect()
}

/// Polls until `done` holds (or `WAIT` passes).
async fn wait_until(done: impl Fn() -> bool) {
    let deadline = tokio::time::Instant::now() + WAIT;
    while !done() && tokio::time::Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Polls the outbox until `done` holds for its rows (or `WAIT` passes), then returns them.
async fn outbox_when(
    app: &TestApp,
    done: impl Fn(&[(String, String, i64, Option<String>)]) -> bool,
) -> Vec<(String, String, i64, Option<String>)> {
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let rows = outbox_rows(app).await;
        if done(&rows) || tokio::time::Instant::now() >= deadline {
            return rows;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

async fn reference_after(app: &TestApp, sent: &str) -> String {
    reference_on(&app.page(sent).await.html())
}

async fn outbox_figures(database: &Database) -> (i64, i64, i64) {
    const SQL: &str = "SELECT COUNT(*), COALESCE(SUM(attempts), 0), \
        COALESCE(SUM(CASE WHEN status = 'sent' THEN 1 ELSE 0 END), 0) FROM outbox";
    match database {
        Database::Sqlite(pool) => sqlx::query_as(SQL).fetch_one(pool).await.unwrap(),
        Database::Postgres(pool) => {
            let (n, a, s): (i64, i64, i64) = sqlx::query_as(
                "SELECT COUNT(*), COALESCE(SUM(attempts), 0)::BIGINT, \
                 COUNT(*) FILTER (WHERE status = 'sent') FROM outbox",
            )
            .fetch_one(pool)
            .await
            .unwrap();
            (n, a, s)
        }
    }
}

#[tokio::test]
async fn a_referral_sends_the_team_a_bare_notice_and_the_person_an_acknowledgement() {
    for backend in backends() {
        let sink = SmtpSink::start().await;
        let app = app_with_smtp(&backend, &sink).await;
        let sent = refer_as_a_victim(&app).await;
        let reference = reference_after(&app, &sent).await;

        let messages = sink.wait_for(2, WAIT).await;
        tokio::time::sleep(Duration::from_millis(300)).await;
        let messages_later = sink.messages();
        assert_eq!(messages_later.len(), 2, "{}: exactly two messages", app.backend);
        let team = messages.iter().find(|m| m.rcpt_to == [TEAM]).expect("a message to the team");
        let person = messages
            .iter()
            .find(|m| m.rcpt_to == ["canary@example.org"])
            .expect("an acknowledgement to the person");

        assert!(
            team.subject().starts_with(&format!("New referral {reference}: contact by ")),
            "{}",
            team.subject()
        );
        let link = format!("{}/staff/requests/{reference}", app.address);
        assert!(team.text().contains(&link), "{}", team.text());
        assert!(team.html().contains(&link), "{}", team.html());
        let everything = team.everything();
        for canary in CANARIES {
            assert!(!everything.contains(canary), "{}: staff message shows {canary:?}", app.backend);
        }

        assert_eq!(person.subject(), format!("Your reference {reference}"));
        assert!(person.text().contains(&reference));
        assert!(person.text().contains("get in touch by"), "{}", person.text());
        assert!(!person.html().is_empty());
        for detail in ["Canary-story-text", "robbery", "20/1234/25", "oventry"] {
            assert!(!person.everything().contains(detail), "the acknowledgement shows {detail:?}");
        }
        for m in [team, person] {
            assert_eq!(m.mail_from, "no-reply@restorative-justice.example");
            assert!(m.raw.contains("From: Appointments <no-reply@restorative-justice.example>"));
            assert!(m.raw.contains("multipart/alternative"));
        }
        assert_ne!(team.message_id(), person.message_id());
        assert!(app.store.oldest_unsent().await.unwrap().is_none());
    }
}

#[tokio::test]
async fn an_urdu_referral_is_acknowledged_in_urdu() {
    for backend in backends() {
        let sink = SmtpSink::start().await;
        let app = app_with_smtp(&backend, &sink).await;
        let sent = refer_as_a_victim_in(&app, "ur").await;
        let reference = reference_after(&app, &sent).await;
        let messages = sink.wait_for(2, WAIT).await;
        let person = messages.iter().find(|m| m.rcpt_to == ["canary@example.org"]).expect("an ack");
        assert_eq!(person.subject(), format!("آپ کا حوالہ نمبر {reference}"));
        assert!(person.text().contains("شکریہ، ہمیں آپ کا پیغام مل گیا ہے"), "{}", person.text());
        assert!(person.html().contains("lang=\"ur\" dir=\"rtl\""));
        // The team reads English whatever language the person used.
        let team = messages.iter().find(|m| m.rcpt_to == [TEAM]).expect("a team message");
        assert!(team.subject().starts_with("New referral"), "{}", team.subject());
    }
}

#[tokio::test]
async fn call_back_and_withdrawal_requests_notify_the_team_only() {
    for backend in backends() {
        let sink = SmtpSink::start().await;
        let mut app = app_with_smtp(&backend, &sink).await;
        answer(&app, "/en/withdraw", &[]).await;
        let next = answer(
            &app,
            "/en/withdraw/details",
            &[
                ("reference", "rj hk4m 7twx"),
                ("name", "Canary Name"),
                ("withdraw-contact", "canary@example.org"),
                ("withdraw-confirm", "confirm"),
            ],
        )
        .await;
        let withdrawal = reference_after(&app, &next).await;
        app.new_visitor();
        let steps: &[(&str, &[(&str, &str)])] = &[
            ("/pl/call-back", &[]),
            ("/pl/call-back/your-details", &[("name", "Canary Name"), ("phone", "07700 900123"), ("voicemail-ok", "no")]),
            ("/pl/call-back/when", &[("call-days", "monday"), ("call-times", "morning")]),
            ("/pl/call-back/language", &[("language", "polski"), ("interpreter", "no")]),
            ("/pl/call-back/reason", &[]),
            ("/pl/call-back/check", &[]),
            ("/pl/call-back/consent", &[("consent", "agree")]),
        ];
        for (path, fields) in steps {
            answer(&app, path, fields).await;
        }
        let call_back = reference_after(&app, "/pl/call-back/sent").await;
        let messages = sink.wait_for(2, WAIT).await;
        tokio::time::sleep(Duration::from_millis(300)).await;
        assert_eq!(sink.messages().len(), 2, "{}", app.backend);
        let subjects: Vec<String> = messages.iter().map(|m| m.subject()).collect();
        assert!(subjects.iter().any(|s| s.starts_with(&format!("Withdrawal request {withdrawal}: contact by"))), "{subjects:?}");
        assert!(subjects.iter().any(|s| s.starts_with(&format!("Call back requested {call_back}: contact by"))), "{subjects:?}");
        for m in &messages {
            assert_eq!(m.rcpt_to, [TEAM]);
            for canary in CANARIES {
                assert!(!m.everything().contains(canary), "staff message shows {canary:?}");
            }
        }
    }
}

/// A victim's whole referral from a new browser (its own cookies), to send many at once.
async fn refer_from_a_browser_of_its_own(address: &str) {
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).cookie_store(true).build().unwrap();
    for (path, fields, next) in VICTIM_STEPS {
        let response =
            client.post(format!("{address}{path}")).header("sec-fetch-site", "same-origin").form(fields).send().await.unwrap();
        assert_eq!(response.status(), 303, "POST {path}");
        assert_eq!(response.headers()["location"], *next, "after POST {path}");
    }
}

/// `RJ_OUTAGE_SUBMISSIONS` referrals are sent while the SMTP server is down (default 3, so it
/// stays quick); `RJ_OUTAGE_SUBMISSIONS=200 cargo test -p rj-tests --test api smtp_outage --
/// --nocapture` is the full run. The outage lasts as long as sending them takes, plus a second.
#[tokio::test]
async fn an_smtp_outage_delays_mail_but_delivers_every_message_exactly_once() {
    let referrals: usize = std::env::var("RJ_OUTAGE_SUBMISSIONS").ok().and_then(|v| v.parse().ok()).unwrap_or(3);
    // The backoff (scaled for tests) is 30 ms, 0.15 s, 0.45 s, 1.8 s, 7.2 s, 21.6 s and 43.2 s
    // between attempts, then it gives up: a long outage leaves messages up to 43 s from their
    // next attempt when the server comes back, so a big run waits that much longer.
    let delivery_wait = if referrals > 3 { WAIT + Duration::from_secs(45) } else { WAIT };
    for backend in backends() {
        let mut sink = SmtpSink::start().await;
        let mut vars = mail_settings(&sink.url());
        // Every page of every referral from one address.
        vars.push(("RJ_POST_BURST", (referrals * 20).max(1000).to_string()));
        let app = spawn_app_with(&backend, &borrowed(&vars)).await;
        sink.stop().await;
        let down_at = tokio::time::Instant::now();
        // Eight browsers at a time, so that even 200 referrals are sent well within the
        // backoff's 74 s before it gives up.
        let lanes = referrals.min(8);
        let mut senders = Vec::new();
        for lane in 0..lanes {
            let address = app.address.clone();
            let count = referrals / lanes + usize::from(lane < referrals % lanes);
            senders.push(tokio::spawn(async move {
                for _ in 0..count {
                    refer_from_a_browser_of_its_own(&address).await;
                }
            }));
        }
        for sender in senders {
            sender.await.expect("a sender panicked");
        }
        let queued = 2 * referrals;
        // Down for a second: every message fails a few times and is scheduled again.
        tokio::time::sleep(Duration::from_millis(1000)).await;
        assert!(sink.messages().is_empty());
        let ready: serde_json::Value = app.get("/readyz").await.json().await.unwrap();
        assert!(ready["oldest_pending_mail_seconds"].is_i64(), "{ready}");
        let (_, attempts_in_outage, sent_in_outage) = outbox_figures(&app.database).await;
        assert_eq!(sent_in_outage, 0);

        sink.restart().await;
        let outage = down_at.elapsed();
        let up_at = tokio::time::Instant::now();
        let delivered = sink.wait_for(queued, delivery_wait).await;
        let delivery = up_at.elapsed();
        tokio::time::sleep(Duration::from_millis(500)).await;
        let delivered_later = sink.messages();
        let mut ids: Vec<String> = delivered_later.iter().map(|m| m.message_id()).collect();
        ids.sort();
        ids.dedup();
        let duplicates = delivered_later.len() - ids.len();
        let (rows, attempts, sent) = outbox_figures(&app.database).await;
        println!(
            "outage test ({}): referrals {referrals}, queued {queued}, outage {:.1} s, delivered {} in {:.1} s after \
             the SMTP server came back, duplicates {duplicates}, failed attempts during the outage \
             {attempts_in_outage}, attempts in all {attempts}",
            app.backend,
            outage.as_secs_f64(),
            delivered_later.len(),
            delivery.as_secs_f64(),
        );
        assert_eq!(delivered.len(), queued);
        assert_eq!(delivered_later.len(), queued, "nothing delivered twice");
        assert_eq!(duplicates, 0);
        assert_eq!((rows, sent), (queued as i64, queued as i64));
        assert!(attempts_in_outage >= queued as i64, "each message was tried during the outage");
        let ready: serde_json::Value = app.get("/readyz").await.json().await.unwrap();
        assert!(ready["oldest_pending_mail_seconds"].is_null(), "{ready}");
    }
}

fn message(key: &str) -> OutgoingMessage {
    OutgoingMessage {
        idempotency_key: key.into(),
        kind: "team-new-referral".into(),
        recipient: TEAM.into(),
        subject: "s".into(),
        text_body: "t".into(),
        html_body: "<p>h</p>".into(),
    }
}

fn request(reference: &str, messages: Vec<OutgoingMessage>) -> NewRequest {
    NewRequest {
        kind: app::staff::model::RequestKind::Referral,
        reference: reference.into(),
        submission_key: format!("key-{reference}"),
        received_at: Utc::now(),
        contact_by: Utc::now().date_naive(),
        lang: "en".into(),
        area: None,
        flags: vec![],
        routes: vec![],
        related_reference: None,
        answers_json: "{}".into(),
        messages,
        participants: vec![],
    }
}

/// A worker that dies mid-send leaves its message "sending"; once the claim expires another
/// worker takes it over. A live claim is never taken twice. Driven through the store with an
/// idle worker (a long poll) so the test decides who claims what and when.
#[tokio::test]
async fn a_claim_that_expires_is_taken_over_and_a_live_one_is_not() {
    for backend in backends() {
        let app = spawn_app_with(&backend, &[("RJ_MAIL_POLL_MS", "3600000")]).await;
        tokio::time::sleep(Duration::from_millis(100)).await;
        let store = &app.store;
        store.submit_request(&request("RJ-AAAA-AAAA", vec![message("RJ-AAAA-AAAA:team")])).await.unwrap();
        // The same submission again queues nothing more.
        store.submit_request(&request("RJ-AAAA-AAAA", vec![message("RJ-AAAA-AAAA:team")])).await.unwrap();
        let now = Utc::now();
        let minute = chrono::Duration::minutes(1);
        let first = store.claim_message(now, now + minute).await.unwrap().expect("due");
        assert_eq!(first.attempts, 1);
        assert!(store.claim_message(now, now + minute).await.unwrap().is_none(), "claimed");
        // The first worker "crashed"; two minutes on, its claim has expired.
        let later = now + minute * 2;
        let again = store.claim_message(later, later + minute).await.unwrap().expect("taken over");
        assert_eq!((again.id, again.attempts), (first.id, 2));
        store.mark_sent(again.id, later).await.unwrap();
        assert!(store.claim_message(later + minute * 10, later + minute * 11).await.unwrap().is_none());
        assert!(store.oldest_unsent().await.unwrap().is_none());

        // Failures back off, then give up; the CLI's retry puts them back.
        store.submit_request(&request("RJ-BBBB-BBBB", vec![message("RJ-BBBB-BBBB:team")])).await.unwrap();
        let now = Utc::now() + chrono::Duration::seconds(1);
        let m = store.claim_message(now, now + minute).await.unwrap().unwrap();
        store.mark_attempt_failed(m.id, "421 try later", Some(now + minute)).await.unwrap();
        assert!(store.claim_message(now, now + minute).await.unwrap().is_none(), "not due yet");
        assert!(store.oldest_unsent().await.unwrap().is_some());
        let m = store.claim_message(now + minute, now + minute * 2).await.unwrap().unwrap();
        store.mark_attempt_failed(m.id, "550 no", None).await.unwrap();
        let failed = store.failed_messages().await.unwrap();
        assert_eq!(failed.len(), 1);
        assert_eq!((failed[0].attempts, failed[0].last_error.as_deref()), (2, Some("550 no")));
        assert_eq!(store.retry_failed(Some(failed[0].id), now).await.unwrap(), 1);
        assert!(store.failed_messages().await.unwrap().is_empty());
        assert!(store.claim_message(now, now + minute).await.unwrap().is_some());
    }
}

#[tokio::test]
async fn without_smtp_messages_are_written_as_eml_files() {
    let app = spawn_app_with(&backends()[0], &[("RJ_MAIL_POLL_MS", "50")]).await;
    let sent = refer_as_a_victim(&app).await;
    let reference = reference_after(&app, &sent).await;
    let folder = app.data_dir().join("mail");
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let files: Vec<_> = std::fs::read_dir(&folder)
            .map(|d| d.filter_map(Result::ok).filter(|e| e.path().extension().is_some_and(|x| x == "eml")).collect())
            .unwrap_or_default();
        if files.len() == 2 {
            let all: String = files.iter().map(|f| std::fs::read_to_string(f.path()).unwrap()).collect();
            assert!(all.contains(&reference));
            break;
        }
        assert!(tokio::time::Instant::now() < deadline, "expected two .eml files, found {}", files.len());
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// A worker that died mid-send (played here by a claim taken through the store and never
/// marked) holds its message only until the claim expires; then the running worker sends it,
/// once. The message is queued as not yet due so the live worker cannot take it first.
#[tokio::test]
async fn a_message_whose_sender_died_mid_send_is_delivered_once_after_its_claim_expires() {
    for backend in backends() {
        let sink = SmtpSink::start().await;
        let app = app_with_smtp(&backend, &sink).await;
        let due = Utc::now() + chrono::Duration::minutes(10);
        let mut r = request("RJ-CCCC-CCCC", vec![message("RJ-CCCC-CCCC:team")]);
        r.received_at = due;
        app.store.submit_request(&r).await.unwrap();
        let crashed = app
            .store
            .claim_message(due, Utc::now() + chrono::Duration::milliseconds(400))
            .await
            .unwrap()
            .expect("the doomed worker's claim");
        assert!(app.store.claim_message(Utc::now(), Utc::now()).await.unwrap().is_none(), "held");
        let delivered = sink.wait_for(1, WAIT).await;
        tokio::time::sleep(Duration::from_millis(300)).await;
        assert_eq!(sink.messages().len(), 1, "{}: delivered once", app.backend);
        assert_eq!(delivered[0].rcpt_to, [TEAM]);
        let (rows, attempts, sent) = outbox_figures(&app.database).await;
        assert_eq!((rows, attempts, sent), (1, 2, 1), "claimed twice, sent once (id {})", crashed.id);
    }
}

/// The limit of any outbox: the SMTP server took the message but its "250" never came back
/// (network cut, or the app died right then). The worker cannot know, so it sends again; the
/// copy carries the same Message-ID, so it is recognisable and mail clients can drop it.
#[tokio::test]
async fn a_lost_confirmation_repeats_the_message_with_the_same_message_id() {
    let backend = &backends()[0];
    let sink = SmtpSink::start().await;
    sink.lose_replies(1);
    let app = app_with_smtp(backend, &sink).await;
    app.store.submit_request(&request("RJ-DDDD-DDDD", vec![message("RJ-DDDD-DDDD:team")])).await.unwrap();
    let copies = sink.wait_for(2, WAIT).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(sink.messages().len(), 2);
    assert_eq!(copies[0].message_id(), copies[1].message_id());
    println!("lost confirmation: 1 queued, 2 copies delivered, same Message-ID");
}

/// A 550 for the person's address can never turn into a delivery: that message is marked
/// failed after its one attempt, keeping the server's reply for the administrator, while the
/// team's message of the same referral goes out. Were the 550 treated as transient, the
/// message would still be retrying (a 43-second wait before its last try) with more attempts.
#[tokio::test]
async fn a_recipient_the_smtp_server_rejects_for_good_fails_at_once_and_the_rest_is_delivered() {
    for backend in backends() {
        let sink = SmtpSink::start().await;
        sink.reject_recipient("canary@example.org");
        let app = app_with_smtp(&backend, &sink).await;
        let sent = refer_as_a_victim(&app).await;
        let reference = reference_after(&app, &sent).await;

        let settled = |rows: &[(String, String, i64, Option<String>)]| {
            rows.len() == 2 && rows.iter().all(|r| r.1 == "sent" || r.1 == "failed")
        };
        let rows = outbox_when(&app, settled).await;
        // Time for any (wrong) retry to happen before looking again.
        tokio::time::sleep(Duration::from_millis(300)).await;
        assert_eq!(outbox_rows(&app).await, rows, "{}: nothing moved after", app.backend);
        let [team, ack] = &rows[..] else { panic!("{}: two messages: {rows:?}", app.backend) };
        assert_eq!((team.0.as_str(), team.1.as_str(), team.2), ("team-new-referral", "sent", 1));
        assert_eq!((ack.0.as_str(), ack.1.as_str(), ack.2), ("person-ack", "failed", 1), "{}", app.backend);
        let error = ack.3.as_deref().unwrap_or_default();
        assert!(error.contains("550") && error.contains("mailbox unavailable"), "{error}");

        let failed = app.store.failed_messages().await.unwrap();
        assert_eq!(failed.len(), 1);
        assert_eq!(failed[0].idempotency_key, format!("{reference}:person-ack"));
        let delivered = sink.messages();
        assert_eq!(delivered.len(), 1, "{}", app.backend);
        assert_eq!(delivered[0].rcpt_to, [TEAM]);
        assert!(delivered[0].subject().contains(&reference));
        assert!(app.store.oldest_unsent().await.unwrap().is_none(), "nothing left waiting");
    }
}

const SMTP_USER: &str = "rj-mailer";
const SMTP_PASSWORD: &str = "correct-horse";

fn relay_options(tls: SinkTls) -> SinkOptions {
    SinkOptions { tls, login: Some((SMTP_USER.into(), SMTP_PASSWORD.into())) }
}

/// The app against `sink` at `smtp_url`, trusting the sink's private certificate authority.
async fn app_with_relay(backend: &Backend, sink: &SmtpSink, smtp_url: &str) -> TestApp {
    let mut vars = mail_settings(smtp_url);
    vars.push(("RJ_SMTP_CA_FILE", sink.ca_file().to_string_lossy().into_owned()));
    spawn_app_with(backend, &borrowed(&vars)).await
}

/// A relay like a real submission server: STARTTLS with a certificate from a private CA
/// (trusted only through RJ_SMTP_CA_FILE), then a login, and only then mail.
#[tokio::test]
async fn a_referral_reaches_a_relay_that_demands_starttls_and_a_login() {
    for backend in backends() {
        let sink = SmtpSink::start_with(relay_options(SinkTls::StartTls)).await;
        let url = format!("smtp://{SMTP_USER}:{SMTP_PASSWORD}@{}?tls=required", sink.addr());
        let app = app_with_relay(&backend, &sink, &url).await;
        let sent = refer_as_a_victim(&app).await;
        let reference = reference_after(&app, &sent).await;
        let messages = sink.wait_for(2, WAIT).await;
        assert_eq!(messages.len(), 2, "{}", app.backend);
        for m in &messages {
            assert!(m.encrypted, "sent in the clear");
            assert_eq!(m.authenticated_as.as_deref(), Some(SMTP_USER));
            assert!(m.subject().contains(&reference));
        }
        assert_eq!((sink.failed_logins(), sink.refused_mail()), (0, 0));
        let rows = outbox_when(&app, |r| r.iter().all(|r| r.1 == "sent")).await;
        assert!(rows.iter().all(|r| r.1 == "sent"), "{rows:?}");
    }
}

#[tokio::test]
async fn a_referral_reaches_a_relay_over_implicit_tls_with_a_login() {
    let backend = &backends()[0];
    let sink = SmtpSink::start_with(relay_options(SinkTls::Implicit)).await;
    let url = format!("smtps://{SMTP_USER}:{SMTP_PASSWORD}@{}", sink.addr());
    let app = app_with_relay(backend, &sink, &url).await;
    refer_as_a_victim(&app).await;
    let messages = sink.wait_for(2, WAIT).await;
    assert_eq!(messages.len(), 2);
    for m in &messages {
        assert!(m.encrypted);
        assert_eq!(m.authenticated_as.as_deref(), Some(SMTP_USER));
    }
}

/// The sink really checks: over plain SMTP it refuses the mail (and the app keeps it queued,
/// since "530 must issue STARTTLS" is a setting to fix, not the message's fault).
#[tokio::test]
async fn a_relay_that_demands_tls_takes_no_mail_in_the_clear_and_the_message_waits() {
    let backend = &backends()[0];
    let sink = SmtpSink::start_with(relay_options(SinkTls::StartTls)).await;
    let app = app_with_smtp(backend, &sink).await;
    app.store.submit_request(&request("RJ-EEEE-EEEE", vec![message("RJ-EEEE-EEEE:team")])).await.unwrap();
    wait_until(|| sink.refused_mail() >= 3).await;
    assert!(sink.refused_mail() >= 3, "refused {}", sink.refused_mail());
    assert!(sink.messages().is_empty());
    let rows = outbox_rows(&app).await;
    // Pending between attempts, or "sending" while one is under way: queued either way.
    assert!(rows[0].1 == "pending" || rows[0].1 == "sending", "{rows:?}");
    assert!(rows[0].3.as_deref().unwrap_or_default().contains("530"), "{rows:?}");
}

/// A wrong password is the operator's mistake, not the message's: the message stays queued
/// and is tried again (with backoff) rather than being failed or dropped.
#[tokio::test]
async fn a_wrong_smtp_password_leaves_the_message_waiting_not_lost() {
    for backend in backends() {
        let sink = SmtpSink::start_with(relay_options(SinkTls::StartTls)).await;
        let url = format!("smtp://{SMTP_USER}:wrong-password@{}?tls=required", sink.addr());
        let app = app_with_relay(&backend, &sink, &url).await;
        app.store.submit_request(&request("RJ-FFFF-FFFF", vec![message("RJ-FFFF-FFFF:team")])).await.unwrap();
        wait_until(|| sink.failed_logins() >= 3).await;
        assert!(sink.failed_logins() >= 3, "{}: logins refused {}", app.backend, sink.failed_logins());
        assert!(sink.messages().is_empty());
        let rows = outbox_rows(&app).await;
        assert_eq!(rows.len(), 1);
        assert!(rows[0].1 == "pending" || rows[0].1 == "sending", "{rows:?}");
        assert!(rows[0].3.as_deref().unwrap_or_default().contains("535"), "{rows:?}");
        assert!(app.store.failed_messages().await.unwrap().is_empty());
        assert!(app.store.oldest_unsent().await.unwrap().is_some());
    }
}

/// The crash the outbox is designed for, with a real process and a real SIGKILL: the server
/// has handed a message to the SMTP server, which holds back its final reply; the process is
/// killed while it waits. Started again, it delivers everything. The message that was in
/// flight arrives twice with the same Message-ID (at least once, as docs/architecture.md
/// says); every other message once; nothing is lost.
#[tokio::test]
async fn a_server_killed_while_sending_delivers_everything_after_a_restart() {
    for backend in backends() {
        let sink = SmtpSink::start().await;
        sink.hold_replies(1);
        let mut vars = mail_settings(&sink.url());
        // The claim the dead process leaves behind is the one that must expire; the SMTP
        // timeout stays long so that only the kill ends the first attempt.
        vars.push(("RJ_MAIL_CLAIM_SECS", "2".into()));
        vars.push(("RJ_SMTP_TIMEOUT_SECS", "600".into()));
        let exe = env!("CARGO_BIN_EXE_rj-server");
        let mut app = spawn_process_app(&backend, exe, &borrowed(&vars)).await;
        let sent = refer_as_a_victim(&app).await;
        let reference = reference_after(&app, &sent).await;

        let in_flight = sink.wait_for(1, WAIT).await;
        assert_eq!(in_flight.len(), 1, "{}: the first message reached the SMTP server", app.backend);
        let in_flight_id = in_flight[0].message_id();
        app.kill_process();
        let rows = outbox_rows(&app).await;
        assert!(rows.iter().all(|r| r.1 != "sent"), "killed before anything was marked: {rows:?}");
        assert!(rows.iter().any(|r| r.1 == "sending"), "one was in hand: {rows:?}");

        app.restart_process(&[]).await;
        let rows = outbox_when(&app, |r| r.len() == 2 && r.iter().all(|r| r.1 == "sent")).await;
        assert!(rows.iter().all(|r| r.1 == "sent"), "{}: {rows:?}\n{}", app.backend, app.process_log());
        // Time for a wrong extra copy to arrive before counting.
        tokio::time::sleep(Duration::from_millis(300)).await;
        let delivered = sink.messages();
        let copies = |id: &str| delivered.iter().filter(|m| m.message_id() == id).count();
        assert_eq!(copies(&in_flight_id), 2, "{}: the message in flight, again", app.backend);
        assert_eq!(delivered.len(), 3, "{}: every other message once", app.backend);
        let person = delivered.iter().find(|m| m.rcpt_to == ["canary@example.org"]).expect("the ack");
        assert_eq!(copies(&person.message_id()), if person.message_id() == in_flight_id { 2 } else { 1 });
        assert!(person.subject().contains(&reference));
        let team = delivered.iter().find(|m| m.rcpt_to == [TEAM]).expect("the team's message");
        assert!(team.subject().contains(&reference));
        // The logs name messages by id and kind, never by address.
        let log = app.process_log();
        assert!(log.contains("message sent"), "{log}");
        assert!(!log.contains("canary@example.org"), "the person's address is in the log");
    }
}
