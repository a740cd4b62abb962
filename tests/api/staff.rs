//! The staff area: who may use which route, signing in with a second factor, sessions,
//! sensitive cases, the queue's order and paging, case work and the audit log. Each test runs
//! on SQLite, and on PostgreSQL when configured.

use app::{domain::screening::Flag, ports::NewRequest};
use chrono::{Duration, Utc};
use reqwest::StatusCode;
use rj_tests::{
    TestApp, backends, spawn_app, spawn_app_with,
    staff::{StaffClient, StaffLogin, attr, create_staff, current_code, enrol, location, select, signed_in},
};
use server::staff::{ROUTES, accounts};

use crate::journeys::{answer, refer_as_a_victim, reference_on};

pub(crate) async fn audit_actions(app: &TestApp, subject: Option<&str>) -> Vec<(String, String)> {
    let query = app::ports::AuditQuery { subject: subject.map(str::to_owned), limit: 1000, ..Default::default() };
    let mut rows: Vec<(String, String)> =
        app.store.audit_entries(&query).await.unwrap().into_iter().map(|(_, e)| (e.actor, e.action)).collect();
    rows.reverse();
    rows
}

/// A request put straight into the store, with a canary in its answers.
async fn stored_request(app: &TestApp, reference: &str, flags: &[&str], contact_by_days: i64) -> String {
    let answers = serde_json::json!({
        "story": ["Canary-secret-story"],
        "name": ["Canary Person"],
        "area-happened": ["walsall"],
    });
    store_request(app, "referral", reference, Some("walsall"), answers, flags, contact_by_days).await
}

/// A request of any kind put straight into the store, in Urdu, received now.
pub(crate) async fn store_request(
    app: &TestApp,
    kind: &str,
    reference: &str,
    area: Option<&str>,
    answers: serde_json::Value,
    flags: &[&str],
    contact_by_days: i64,
) -> String {
    let kind = app::staff::model::RequestKind::parse(kind).expect("a request kind");
    let now = Utc::now();
    app.store
        .submit_request(&NewRequest {
            kind,
            reference: reference.into(),
            submission_key: format!("key-{reference}"),
            received_at: now,
            contact_by: (now + Duration::days(contact_by_days)).date_naive(),
            lang: "ur".into(),
            area: area.map(str::to_owned),
            flags: flags.iter().map(|f| Flag::parse(f).expect("a flag code")).collect(),
            routes: vec![],
            related_reference: None,
            answers_json: answers.to_string(),
            messages: vec![],
            // The people the answers describe, as a real submission stores them.
            participants: (app::pages::journeys::journey_of(kind).participants)(&serde_json::from_value(answers.clone()).expect("answers")),
        })
        .await
        .unwrap();
    reference.to_owned()
}

/// A route's request with an empty form: its status, where it redirects and its body.
async fn send(browser: &StaffClient, method: &str, path: &str, token: &str) -> (StatusCode, String, String) {
    let response = if method == "GET" { browser.get(path).await } else { browser.post(path, token, &[]).await };
    let status = response.status();
    let to = location(&response);
    (status, to, response.text().await.unwrap_or_default())
}

/// The id of a case's first participant.
async fn participant_of(app: &TestApp, reference: &str) -> String {
    let case = app.store.find_case(reference).await.unwrap().expect("the case");
    case.participants.first().expect("a participant").id.to_string()
}

/// Every route in `ROUTES`, with real record ids (the case's own participant, a real complaint,
/// a real account): anonymous visitors are sent to sign in and see nothing; each role outside
/// a route's list is refused; and on a sensitive case every case route refuses staff who are
/// not specialists (as a 403 or 404, never a page with the person's details), while a
/// specialist manager gets through. A participant id of another case is not found.
#[tokio::test]
async fn every_staff_route_refuses_anonymous_visitors_and_each_wrong_role() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let reference = stored_request(&app, "RJ-ACDE-FHJK", &[], 5).await;
        let restricted = stored_request(&app, "RJ-MNPR-TVWX", &["sensitive"], 5).await;
        let spare = create_staff(&app, "Spare Person", "practitioner", false).await;
        let complaint = app
            .store
            .add_complaint(
                &app::staff::complaints::NewComplaint {
                    received_on: Utc::now().date_naive(),
                    channel: "phone".into(),
                    about: "delay".into(),
                    complainant: "Canary Complainer".into(),
                    summary: "Canary complaint".into(),
                    reference: None,
                },
                &app::ports::AuditEntry { at: Utc::now(), actor: "test".into(), action: "complaint.add".into(), subject: None, address: None },
                spare.id,
            )
            .await
            .unwrap();
        let ids = |path: &str, case: &str, person: &str| {
            let id = if path.contains("/people/") {
                person.to_owned()
            } else if path.starts_with("/staff/complaints/") {
                complaint.to_string()
            } else {
                spare.id.to_string()
            };
            path.replace("{ref}", case).replace("{id}", &id)
        };
        let person = participant_of(&app, &reference).await;
        let restricted_person = participant_of(&app, &restricted).await;
        let mut browsers = Vec::new();
        for role in ["admin", "manager", "triage", "practitioner"] {
            let (_, browser) = signed_in(&app, &format!("Role {role}"), role, false).await;
            let token = browser.csrf("/staff/account").await;
            assert!(!token.is_empty(), "{role} has a form token");
            browsers.push((role, browser, token));
        }
        let (_, specialist) = signed_in(&app, "Specialist Manager", "manager", true).await;
        let specialist_token = specialist.csrf("/staff/account").await;
        let anonymous = StaffClient::new(&app);
        let anonymous_token = anonymous.csrf("/staff/sign-in").await;
        let mut walked = 0;
        for route in ROUTES {
            for (case, person) in [(&reference, &person), (&restricted, &restricted_person)] {
                if case == &restricted && !route.path.contains("{ref}") {
                    continue;
                }
                let path = ids(route.path, case, person);
                let what = format!("{} {path} ({})", route.method, app.backend);
                // Nobody signed in: GETs go to the sign-in page (naming the page wanted), POSTs
                // are sent there; nothing of anyone's in the answer.
                let (status, to, body) = send(&anonymous, route.method, &path, &anonymous_token).await;
                assert!(
                    status == StatusCode::SEE_OTHER && (to == "/staff/sign-in" || to.starts_with("/staff/sign-in?next=")),
                    "{what} lets an anonymous visitor in: {status}"
                );
                assert!(!body.contains("Canary"), "{what} shows an anonymous visitor data");
                walked += 1;
                // Sign-out routes would end the very sessions this test goes on to use.
                if path.contains("sign-out") {
                    continue;
                }
                for (role, browser, token) in &browsers {
                    let (status, _, body) = send(browser, route.method, &path, token).await;
                    let allowed = route.roles.contains(role)
                        // Practitioners reach only cases assigned to them; neither is.
                        && !(*role == "practitioner" && path.contains("/requests/"))
                        // Nobody but a specialist opens a sensitive case.
                        && case != &restricted;
                    let refused = status == StatusCode::FORBIDDEN;
                    assert_eq!(!refused, allowed, "{what} as {role}: {status}");
                    if case == &restricted {
                        assert!(!body.contains("Canary"), "{what} as {role} shows the sensitive case's details");
                    }
                    walked += 1;
                }
                if case == &restricted {
                    let (status, _, _) = send(&specialist, route.method, &path, &specialist_token).await;
                    assert_ne!(status, StatusCode::FORBIDDEN, "{what} as a specialist manager");
                    assert_ne!(status, StatusCode::NOT_FOUND, "{what} as a specialist manager");
                    walked += 1;
                }
            }
        }
        // The check above would see the details: a specialist's case page has them.
        let (_, _, body) = specialist.page(&format!("/staff/requests/{restricted}")).await;
        assert!(body.contains("Canary-secret-story"), "{}", app.backend);
        // A participant is found only through their own case.
        for path in [format!("/staff/requests/{reference}/people/{restricted_person}"), format!("/staff/requests/{reference}/people/{}", i64::MAX)] {
            let (status, _, body) = specialist.page(&path).await;
            assert_eq!(status, StatusCode::NOT_FOUND, "{path} ({})", app.backend);
            assert!(!body.contains("Canary"), "{path}");
        }
        let (status, _, _) = specialist.page("/staff/complaints/999999").await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{}", app.backend);
        println!("route walk ({}): {} routes, {walked} requests", app.backend, ROUTES.len());
    }
}

#[tokio::test]
async fn a_colleague_created_from_the_cli_enrols_signs_in_and_works_a_new_referral_with_every_step_audited() {
    for backend in backends() {
        let mut app = spawn_app(&backend).await;
        // A member of the public sends a referral.
        let sent = refer_as_a_victim(&app).await;
        let reference = reference_on(&app.page(&sent).await.html());
        app.new_visitor();

        // A manager creates their colleague's account from the command line...
        let email = "sam.triage@rj.example";
        let link = accounts::add_user(app.store.as_ref(), &app.address, email, "Sam Triage", "triage", false)
            .await
            .unwrap();
        assert!(link.starts_with(&format!("{}/staff/enrol/", app.address)), "{link}");
        // ...who enrols: a guessable password is refused, keeping the page as it was.
        let browser = StaffClient::new(&app);
        let path = link.strip_prefix(&app.address).unwrap();
        let (_, html, _) = browser.page(path).await;
        let secret = select(&html, "code.secret")[0].clone();
        assert!(html.select(&scraper::Selector::parse(".totp-qr svg").unwrap()).next().is_some(), "a QR code");
        let token = attr(&html, "input[name=csrf]", "value").unwrap();
        let weak = browser
            .post(path, &token, &[("password", "password1234"), ("confirm", "password1234"), ("code", &current_code(&secret))])
            .await;
        assert_eq!(weak.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let body = weak.text().await.unwrap();
        assert!(body.contains("too easy to guess"), "the problem is named");
        assert!(body.contains(&secret), "the same secret is kept for the second try");
        let login = enrol(&app, &link, email, "Sam Triage").await;

        // Signing in needs the password and the code: a wrong code fails.
        let wrong = browser.sign_in_with(&login, "000000").await;
        assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(wrong.text().await.unwrap().contains("is not right"));
        let ok = browser.sign_in(&login).await;
        assert_eq!(ok.status(), StatusCode::SEE_OTHER);
        assert_eq!(location(&ok), "/staff");
        // The link in the team's e-mail leads to the case, through the sign-in page.
        let from_mail = StaffClient::new(&app);
        let case_link = from_mail.get(&format!("/staff/requests/{reference}")).await;
        assert_eq!(location(&case_link), format!("/staff/sign-in?next=%2Fstaff%2Frequests%2F{reference}"));
        let recovery = StaffLogin { ..login.clone() };
        let signed = from_mail.sign_in_via(&location(&case_link), &recovery, &recovery.recovery_codes[0]).await;
        assert_eq!(location(&signed), format!("/staff/requests/{reference}"));

        // The referral is at the top of the queue with its deadline.
        let stored = app.store.find_request(&reference).await.unwrap().unwrap();
        let (status, html, _) = browser.page("/staff").await;
        assert_eq!(status, StatusCode::OK);
        let first_row = select(&html, "table.queue tbody tr th")[0].clone();
        assert_eq!(first_row, reference);
        let deadline = select(&html, "table.queue tbody tr td")[2].clone();
        assert!(deadline.contains(&stored.contact_by.format("%-d %b %Y").to_string()), "{deadline}");
        assert!(deadline.contains("working days left"), "{deadline}");

        // The case shows what they told us; contact is recorded and the case moves on.
        let case_path = format!("/staff/requests/{reference}");
        let (status, _, body) = browser.page(&case_path).await;
        assert_eq!(status, StatusCode::OK);
        assert!(body.contains("Canary-story-text") && body.contains("after 2pm"), "their words and safe times");
        let token = browser.csrf(&case_path).await;
        let claimed = browser.post(&format!("{case_path}/claim"), &token, &[]).await;
        assert_eq!(claimed.status(), StatusCode::SEE_OTHER);
        let contact = browser
            .post(&format!("{case_path}/contact"), &token, &[("method", "phone"), ("outcome", "reached"), ("contact-note", "")])
            .await;
        assert_eq!(contact.status(), StatusCode::SEE_OTHER);
        let moved = browser
            .post(&format!("{case_path}/status"), &token, &[("from", "contacted"), ("to", "assessing"), ("reason", "")])
            .await;
        assert_eq!(moved.status(), StatusCode::SEE_OTHER);
        let case = app.store.find_case(&reference).await.unwrap().unwrap();
        assert_eq!(case.request.status.code(), "assessing");
        assert!(case.first_contact_at.is_some(), "the clock stopped at first contact");
        assert_eq!(case.assigned_to, Some(login.id));
        let (_, html, _) = browser.page(&case_path).await;
        let timeline = select(&html, ".timeline li").join("\n");
        assert!(timeline.contains("Sam Triage assigned the case to Sam Triage"), "{timeline}");
        assert!(timeline.contains("by phone call: Reached"), "{timeline}");
        assert!(timeline.contains("moved the case to Assessing"), "{timeline}");

        // Every step is in the audit log.
        let actions: Vec<String> = audit_actions(&app, None).await.into_iter().filter(|(a, _)| a == email).map(|(_, x)| x).collect();
        for expected in ["enrol.complete", "signin.failed", "signin.ok", "queue.view", "case.view", "case.assign", "case.contact", "case.status"] {
            assert!(actions.iter().any(|a| a == expected), "{expected} missing from {actions:?}");
        }
        let on_case: Vec<String> = audit_actions(&app, Some(&reference)).await.into_iter().map(|(_, a)| a).collect();
        assert_eq!(on_case[0], "referral.created");
    }
}

#[tokio::test]
async fn a_totp_code_signs_in_once_and_a_recovery_code_once() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let login = create_staff(&app, "Once Only", "manager", false).await;
        let code = current_code(&login.secret);
        let first = StaffClient::new(&app);
        assert_eq!(first.sign_in_with(&login, &code).await.status(), StatusCode::SEE_OTHER);
        let replay = StaffClient::new(&app);
        assert_eq!(replay.sign_in_with(&login, &code).await.status(), StatusCode::UNPROCESSABLE_ENTITY, "the same code again");
        let recovery = login.recovery_codes[0].to_lowercase();
        assert_eq!(replay.sign_in_with(&login, &recovery).await.status(), StatusCode::SEE_OTHER, "a recovery code, typed loosely");
        let again = StaffClient::new(&app);
        assert_eq!(again.sign_in_with(&login, &recovery).await.status(), StatusCode::UNPROCESSABLE_ENTITY, "recovery codes work once");
    }
}

#[tokio::test]
async fn failed_sign_ins_are_throttled_per_address_without_locking_the_person_out_elsewhere() {
    for backend in backends() {
        // The test client plays our reverse proxy (127.0.0.1), which appends the address it saw.
        let app = spawn_app_with(&backend, &[("RJ_TRUSTED_PROXIES", "127.0.0.1/32, ::1")]).await;
        let login = create_staff(&app, "Target Person", "triage", false).await;
        let mut attacker = StaffClient::new(&app);
        for i in 0..5 {
            // Whatever the attacker writes first in X-Forwarded-For, a new address each time,
            // the proxy's entry on the right is the one counted.
            attacker.forwarded_for = Some(format!("192.0.2.{i}, 203.0.113.9"));
            let response = attacker.sign_in_with(&StaffLogin { password: "wrong password here".into(), ..login.clone() }, "123456").await;
            assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
        }
        attacker.forwarded_for = Some("192.0.2.99, 203.0.113.9".into());
        // From the attacker's address, even the right details are now refused for a while...
        let throttled = attacker.sign_in(&login).await;
        assert_eq!(throttled.status(), StatusCode::TOO_MANY_REQUESTS);
        assert!(throttled.text().await.unwrap().contains("too many attempts"));
        // ...but the person, elsewhere, signs in as usual.
        let mut person = StaffClient::new(&app);
        person.forwarded_for = Some("198.51.100.20".into());
        assert_eq!(person.sign_in(&login).await.status(), StatusCode::SEE_OTHER);
        let actions: Vec<String> = audit_actions(&app, None).await.into_iter().map(|(_, a)| a).collect();
        assert_eq!(actions.iter().filter(|a| *a == "signin.failed").count(), 5);
        assert!(actions.contains(&"signin.throttled".to_owned()));
    }
}

/// Finding 1 of the security review: guessing one account from many addresses gets no
/// further than the per-address throttle allows, slows down, and raises an alert.
#[tokio::test]
async fn guessing_one_account_from_many_addresses_raises_an_alert_in_the_audit_log() {
    let app = spawn_app_with(&backends()[0], &[("RJ_TRUSTED_PROXIES", "127.0.0.1"), ("RJ_SIGN_IN_DELAY_MS", "1")]).await;
    let login = create_staff(&app, "Guessed Person", "manager", false).await;
    let mut attacker = StaffClient::new(&app);
    for i in 0..10 {
        attacker.forwarded_for = Some(format!("203.0.113.{i}"));
        let wrong = StaffLogin { password: format!("guess number {i}"), ..login.clone() };
        assert_eq!(attacker.sign_in_with(&wrong, "123456").await.status(), StatusCode::UNPROCESSABLE_ENTITY);
    }
    let alerts: Vec<(String, String)> =
        audit_actions(&app, Some(&login.email)).await.into_iter().filter(|(_, a)| a == "signin.repeated-failures").collect();
    assert_eq!(alerts.len(), 1, "one alert at the tenth failure");
    // The person still signs in: slowed a little, never locked out.
    let mut person = StaffClient::new(&app);
    person.forwarded_for = Some("198.51.100.20".into());
    assert_eq!(person.sign_in(&login).await.status(), StatusCode::SEE_OTHER);
}

/// With no trusted proxies, X-Forwarded-For is the client's own words and is ignored.
#[tokio::test]
async fn without_trusted_proxies_a_forwarded_address_changes_nothing() {
    let app = spawn_app(&backends()[0]).await;
    let login = create_staff(&app, "Plain Person", "triage", false).await;
    let mut attacker = StaffClient::new(&app);
    for i in 0..5 {
        attacker.forwarded_for = Some(format!("203.0.113.{i}"));
        let wrong = StaffLogin { password: "wrong password here".into(), ..login.clone() };
        assert_eq!(attacker.sign_in_with(&wrong, "123456").await.status(), StatusCode::UNPROCESSABLE_ENTITY);
    }
    attacker.forwarded_for = Some("203.0.113.200".into());
    assert_eq!(attacker.sign_in(&login).await.status(), StatusCode::TOO_MANY_REQUESTS, "all from 127.0.0.1");
    let addresses: Vec<Option<String>> = app
        .store
        .audit_entries(&app::ports::AuditQuery { action: Some("signin.failed".into()), limit: 10, ..Default::default() })
        .await
        .unwrap()
        .into_iter()
        .map(|(_, e)| e.address)
        .collect();
    assert!(addresses.iter().all(|a| a.as_deref() == Some("127.0.0.1")), "{addresses:?}");
}

/// (kind, recipient, text) of every queued e-mail of these kinds.
pub(crate) async fn mail_of_kinds(app: &TestApp, kinds: &[&str]) -> Vec<(String, String, String)> {
    let rows: Vec<(String, String, String)> = match &app.database {
        server::store::Database::Sqlite(pool) => {
            sqlx::query_as("SELECT kind, recipient, text_body FROM outbox ORDER BY id").fetch_all(pool).await.unwrap()
        }
        server::store::Database::Postgres(pool) => {
            sqlx::query_as("SELECT kind, recipient, text_body FROM outbox ORDER BY id").fetch_all(pool).await.unwrap()
        }
    };
    let open = |field, value: String| app.keys.open(field, &value).expect("a sealed value");
    rows.into_iter()
        .filter(|(k, _, _)| kinds.contains(&k.as_str()))
        .map(|(k, recipient, text)| (k, open(server::seal::OUTBOX_RECIPIENT, recipient), open(server::seal::OUTBOX_TEXT, text)))
        .collect()
}

/// Finding 2 of the security review: an administrator who resets someone's sign-in never sees
/// the new enrolment link (it goes to the person's own address), the managers are told, and a
/// disabled account is never revived by it.
#[tokio::test]
async fn resetting_a_sign_in_sends_the_link_to_the_person_only_and_never_revives_a_disabled_account() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let (_, admin) = signed_in(&app, "Ada Admin", "admin", false).await;
        let (manager, _) = signed_in(&app, "Mo Manager", "manager", false).await;
        let (target, target_browser) = signed_in(&app, "Sam Specialist", "manager", true).await;
        let token = admin.csrf("/staff/users").await;

        let reset = admin.post(&format!("/staff/users/{}/reissue", target.id), &token, &[]).await;
        assert_eq!(reset.status(), StatusCode::SEE_OTHER, "{}", app.backend);
        let (_, html, body) = admin.page("/staff/users").await;
        assert!(!body.contains("/staff/enrol/"), "{}: the administrator never sees the link", app.backend);
        assert!(select(&html, "[role=status]").join(" ").contains("their own e-mail address"));

        let mail = mail_of_kinds(&app, &["staff-enrol", "staff-reset-notice"]).await;
        let to_person: Vec<_> = mail.iter().filter(|(k, _, _)| k == "staff-enrol").collect();
        assert_eq!(to_person.len(), 1);
        assert_eq!(to_person[0].1, target.email, "the link goes to the account's own address");
        let notices: Vec<_> = mail.iter().filter(|(k, _, _)| k == "staff-reset-notice").collect();
        assert_eq!(notices.iter().map(|(_, to, _)| to.as_str()).collect::<Vec<_>>(), [manager.email.as_str()], "every other active manager");
        assert!(notices.iter().all(|(_, _, text)| !text.contains("/staff/enrol/") && text.contains("Ada Admin")));

        // The old password and sessions stop at once; the link in the person's e-mail works.
        assert_eq!(target_browser.page("/staff").await.0, StatusCode::SEE_OTHER, "signed out everywhere");
        let link = to_person[0].2.lines().find(|l| l.contains("/staff/enrol/")).expect("the link").trim().to_owned();
        let renewed = enrol(&app, &link, &target.email, &target.name).await;
        assert_eq!(StaffClient::new(&app).sign_in(&renewed).await.status(), StatusCode::SEE_OTHER);

        // A disabled account: refused, still disabled, nothing sent.
        let disabled = admin.post(&format!("/staff/users/{}/disable", target.id), &token, &[]).await;
        assert_eq!(disabled.status(), StatusCode::SEE_OTHER);
        let before = mail_of_kinds(&app, &["staff-enrol"]).await.len();
        let refused = admin.post(&format!("/staff/users/{}/reissue", target.id), &token, &[]).await;
        assert_eq!(refused.status(), StatusCode::SEE_OTHER);
        let (_, html, _) = admin.page("/staff/users").await;
        assert!(select(&html, "[role=status]").join(" ").contains("is disabled"));
        let account = app.store.find_staff(target.id).await.unwrap().unwrap();
        assert_eq!(account.status, app::staff::model::AccountStatus::Disabled, "{}: reissuing never revives an account", app.backend);
        assert_eq!(mail_of_kinds(&app, &["staff-enrol"]).await.len(), before);
        assert!(server::staff::accounts::reissue(app.store.as_ref(), &app.address, target.id, "cli").await.is_err(), "nor from the command line");
    }
}

fn cookie_value(browser: &StaffClient, address: &str) -> String {
    use reqwest::cookie::CookieStore;
    let url = reqwest::Url::parse(address).unwrap();
    browser.cookies.cookies(&url).map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default()
}

#[tokio::test]
async fn signing_in_rotates_the_session_and_an_idle_or_old_session_ends() {
    for backend in backends() {
        let app = spawn_app_with(&backend, &[("RJ_STAFF_IDLE_SECS", "2")]).await;
        let login = create_staff(&app, "Idle Person", "triage", false).await;
        let browser = StaffClient::new(&app);
        browser.get("/staff/sign-in").await;
        assert!(!cookie_value(&browser, &app.address).contains("rj_staff="), "no session before sign-in");
        // A session id planted in the browser beforehand (fixation) is not the one it gets.
        let url = reqwest::Url::parse(&app.address).unwrap();
        browser.cookies.add_cookie_str("rj_staff=planted-by-someone-else; Path=/", &url);
        assert_eq!(browser.sign_in(&login).await.status(), StatusCode::SEE_OTHER);
        let after = cookie_value(&browser, &app.address);
        assert!(after.contains("rj_staff=") && !after.contains("planted-by-someone-else"), "a new session id at sign-in: {after}");
        assert_eq!(browser.get("/staff").await.status(), StatusCode::OK);
        tokio::time::sleep(std::time::Duration::from_millis(2500)).await;
        let idle = browser.get("/staff").await;
        assert_eq!((idle.status(), location(&idle)), (StatusCode::SEE_OTHER, "/staff/sign-in".into()), "idle too long");

        let app = spawn_app_with(&backend, &[("RJ_STAFF_MAX_SECS", "2")]).await;
        let login = create_staff(&app, "Busy Person", "triage", false).await;
        let browser = StaffClient::new(&app);
        assert_eq!(browser.sign_in(&login).await.status(), StatusCode::SEE_OTHER);
        for _ in 0..3 {
            assert_eq!(browser.get("/staff").await.status(), StatusCode::OK, "busy, within the limit");
            tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        }
        tokio::time::sleep(std::time::Duration::from_millis(1200)).await;
        assert_eq!(browser.get("/staff").await.status(), StatusCode::SEE_OTHER, "the absolute limit, however busy");
    }
}

#[tokio::test]
async fn signing_out_everywhere_and_disabling_an_account_end_every_session() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let (login, laptop) = signed_in(&app, "Two Devices", "triage", false).await;
        let phone = StaffClient::new(&app);
        assert_eq!(phone.sign_in_with(&login, &login.recovery_codes[1]).await.status(), StatusCode::SEE_OTHER);
        // The phone's session as the database holds it, to play a request still in flight.
        let cookie = cookie_value(&phone, &app.address);
        let id = cookie.split(';').find_map(|c| c.trim().strip_prefix("rj_staff=")).expect("the staff cookie").to_owned();
        let row = server::staff::auth::digest(&id);
        let data = app.store.load_staff_session(&row, Utc::now()).await.unwrap().expect("the phone's session");
        let token = laptop.csrf("/staff/account").await;
        let out = laptop.post("/staff/sign-out-everywhere", &token, &[]).await;
        assert_eq!(location(&out), "/staff/sign-in");
        let cleared = out.headers().get("clear-site-data").and_then(|v| v.to_str().ok()).unwrap_or_default();
        assert!(cleared.contains("\"cookies\"") && cleared.contains("\"storage\""), "{cleared:?}");

        // A request in flight finishes after the sign-out: its save finds no row and writes none.
        let later = Utc::now() + Duration::hours(1);
        assert!(!app.store.save_staff_session(&row, Some(login.id), &data, later).await.unwrap(), "{}", app.backend);
        assert!(app.store.load_staff_session(&row, Utc::now()).await.unwrap().is_none(), "not resurrected");
        // Even a row that came back some other way is refused: it began before the sign-out.
        assert!(app.store.create_staff_session(&row, Some(login.id), &data, later).await.unwrap());
        assert_eq!(phone.get("/staff").await.status(), StatusCode::SEE_OTHER, "the other device is signed out");
        assert_eq!(laptop.get("/staff").await.status(), StatusCode::SEE_OTHER);
        // Signing in again afterwards works as ever.
        assert_eq!(StaffClient::new(&app).sign_in_with(&login, &login.recovery_codes[2]).await.status(), StatusCode::SEE_OTHER);

        let (_, admin) = signed_in(&app, "The Admin", "admin", false).await;
        let (worker, worker_browser) = signed_in(&app, "Leaving Soon", "practitioner", false).await;
        assert_eq!(worker_browser.get("/staff").await.status(), StatusCode::OK);
        let token = admin.csrf("/staff/users").await;
        let disabled = admin.post(&format!("/staff/users/{}/disable", worker.id), &token, &[]).await;
        assert_eq!(disabled.status(), StatusCode::SEE_OTHER);
        assert_eq!(worker_browser.get("/staff").await.status(), StatusCode::SEE_OTHER, "their session ended");
        let again = StaffClient::new(&app);
        assert_eq!(again.sign_in(&worker).await.status(), StatusCode::UNPROCESSABLE_ENTITY, "and they cannot sign in");
    }
}

#[tokio::test]
async fn a_sensitive_case_shows_only_its_existence_and_deadline_to_staff_who_are_not_specialists() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let reference = stored_request(&app, "RJ-MNPR-TVWX", &["sensitive"], 3).await;
        let (_, general) = signed_in(&app, "General Triage", "triage", false).await;
        let (specialist, expert) = signed_in(&app, "Specialist Triage", "triage", true).await;

        let (_, html, _) = general.page("/staff").await;
        assert_eq!(select(&html, "table.queue tbody tr th"), vec![reference.clone()], "the case is listed");
        let row = select(&html, "table.queue tbody").join(" ");
        assert!(row.contains("Sensitive") && row.contains("Specialist only"), "{row}");
        let table = select(&html, "table.queue tbody").join(" ");
        assert!(!table.contains("Walsall") && !table.contains("Urdu"), "no area or language: {table}");
        let (status, _, body) = general.page(&format!("/staff/requests/{reference}")).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        assert!(body.contains("Only specialist staff can see this case"));
        assert!(!body.contains("Canary"), "none of the person's answers");
        let token = general.csrf("/staff").await;
        let taken = general.post(&format!("/staff/requests/{reference}/claim"), &token, &[]).await;
        assert_eq!(taken.status(), StatusCode::FORBIDDEN, "a non-specialist cannot take it");

        let (status, _, body) = expert.page(&format!("/staff/requests/{reference}")).await;
        assert_eq!(status, StatusCode::OK);
        assert!(body.contains("Canary-secret-story"));
        // It can be assigned only to specialists.
        let token = expert.csrf(&format!("/staff/requests/{reference}")).await;
        let general_id = app.store.staff_credentials("general.triage@rj.example").await.unwrap().unwrap().account.id;
        let refused = expert
            .post(&format!("/staff/requests/{reference}/assign"), &token, &[("assignee", &general_id.to_string())])
            .await;
        assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let fine = expert
            .post(&format!("/staff/requests/{reference}/assign"), &token, &[("assignee", &specialist.id.to_string())])
            .await;
        assert_eq!(fine.status(), StatusCode::SEE_OTHER);
        let actions: Vec<String> = audit_actions(&app, Some(&reference)).await.into_iter().map(|(_, a)| a).collect();
        assert!(actions.contains(&"case.restricted".to_owned()) && actions.contains(&"case.view".to_owned()));
    }
}

/// 000 5.10: complex cases go to specialists too; and a withdrawal naming a sensitive case
/// carries its restriction, so it does not tell a non-specialist who is behind the case and
/// how to reach them.
#[tokio::test]
async fn complex_cases_and_a_sensitive_cases_withdrawal_are_for_specialists_only() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let complex = stored_request(&app, "RJ-CDEF-HJKM", &["complex"], 3).await;
        let sensitive = stored_request(&app, "RJ-MNPR-TVWX", &["sensitive"], 3).await;
        answer(&app, "/en/withdraw", &[]).await;
        answer(
            &app,
            "/en/withdraw/details",
            &[
                ("reference", sensitive.as_str()),
                ("name", "Canary Withdrawer"),
                ("withdraw-contact", "07700 900456"),
                ("withdraw-confirm", "confirm"),
            ],
        )
        .await;
        let withdrawal = reference_on(&app.page("/en/withdraw/sent").await.html());
        let stored = app.store.find_request(&withdrawal).await.unwrap().unwrap();
        assert!(stored.flags.contains(&Flag::Sensitive), "{}: {:?}", app.backend, stored.flags);

        let (_, general) = signed_in(&app, "General Triage", "triage", false).await;
        let (_, expert) = signed_in(&app, "Specialist Triage", "triage", true).await;
        for reference in [&complex, &withdrawal] {
            let (status, _, body) = general.page(&format!("/staff/requests/{reference}")).await;
            assert_eq!(status, StatusCode::FORBIDDEN, "{}: {reference}", app.backend);
            assert!(!body.contains("Canary") && !body.contains("07700 900456"), "nothing of the person");
            let (status, _, _) = expert.page(&format!("/staff/requests/{reference}")).await;
            assert_eq!(status, StatusCode::OK, "{}: {reference}", app.backend);
        }
        let (_, _, body) = expert.page(&format!("/staff/requests/{withdrawal}")).await;
        assert!(body.contains("Canary Withdrawer"), "a specialist sees who asked");
    }
}

/// Issue 12: a queue filter must not tell staff what a row hides from them. A sensitive or
/// complex case shows a non-specialist its reference, type, dates, flags, assignee and status,
/// never its area or language; so two such cases alike in all of that but their area must come
/// and go together under every filter (were the area filter applied to them, filtering by area
/// would say which hidden case is in which area). A specialist's filters still work on them.
#[tokio::test]
async fn queue_filters_tell_staff_nothing_that_a_hidden_row_hides() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let answers = |area: &str| serde_json::json!({ "story": ["Canary-secret-story"], "name": ["Canary Person"], "area-happened": [area] });
        // Two pairs, each alike but for the area.
        let pairs = [
            (
                store_request(&app, "referral", "RJ-ACDE-FHJK", Some("dudley"), answers("dudley"), &["sensitive"], 3).await,
                store_request(&app, "referral", "RJ-CDEF-HJKM", Some("coventry"), answers("coventry"), &["sensitive"], 3).await,
            ),
            (
                store_request(&app, "referral", "RJ-DEFH-JKMN", Some("dudley"), answers("dudley"), &["complex", "urgent"], 4).await,
                store_request(&app, "referral", "RJ-EFHJ-KMNP", Some("walsall"), answers("walsall"), &["complex", "urgent"], 4).await,
            ),
        ];
        // And cases anyone may see, in those areas.
        let open_dudley = store_request(&app, "referral", "RJ-FHJK-MNPR", Some("dudley"), answers("dudley"), &[], 5).await;
        store_request(&app, "referral", "RJ-HJKM-NPRT", Some("coventry"), answers("coventry"), &["urgent"], 5).await;
        let (_, triage) = signed_in(&app, "General Triage", "triage", false).await;
        let (_, manager) = signed_in(&app, "General Manager", "manager", false).await;

        let areas = std::iter::once("").chain(app::referral::AREAS.iter().copied()).chain(["nowhere"]);
        let mut checked = 0;
        for area in areas {
            for flag in ["", "sensitive", "complex", "urgent"] {
                for status in ["", "all", "new"] {
                    let path = format!("/staff?area={area}&flag={flag}&status={status}&kind=referral");
                    for (who, browser) in [("triage", &triage), ("manager", &manager)] {
                        let (code, html, _) = browser.page(&path).await;
                        assert_eq!(code, StatusCode::OK, "{who} {path}");
                        let listed = select(&html, "table.queue tbody tr th");
                        for (a, b) in &pairs {
                            assert_eq!(
                                listed.contains(a),
                                listed.contains(b),
                                "{}: {who} filtering {path} can tell {a} from {b}, which differ only in their hidden area: {listed:?}",
                                app.backend
                            );
                        }
                        checked += 1;
                    }
                }
            }
        }
        // What the filter is for still works for rows the viewer sees whole.
        let (_, html, _) = triage.page("/staff?area=dudley").await;
        assert!(select(&html, "table.queue tbody tr th").contains(&open_dudley), "{}", app.backend);
        // A specialist sees the areas, so their filter picks the hidden cases out by area.
        let (_, expert) = signed_in(&app, "Expert Triage", "triage", true).await;
        let (_, html, _) = expert.page("/staff?area=dudley").await;
        let listed = select(&html, "table.queue tbody tr th");
        assert!(listed.contains(&pairs[0].0) && !listed.contains(&pairs[0].1), "{}: {listed:?}", app.backend);
        assert!(listed.contains(&pairs[1].0) && !listed.contains(&pairs[1].1), "{}: {listed:?}", app.backend);
        println!("queue filters ({}): {checked} filtered pages checked for two pairs of hidden cases", app.backend);
    }
}

/// Urgent requests nobody has reached yet sit above the queue's table, whatever the filters.
#[tokio::test]
async fn urgent_requests_head_the_queue_until_someone_reaches_the_person() {
    let app = spawn_app(&backends()[0]).await;
    let urgent = stored_request(&app, "RJ-HJKM-NPRT", &["urgent", "sensitive"], 1).await;
    stored_request(&app, "RJ-JKMN-PRTV", &[], 0).await;
    let (_, triage) = signed_in(&app, "Any Triage", "triage", false).await;
    let (_, html, _) = triage.page("/staff?area=dudley").await;
    assert_eq!(select(&html, ".urgent-panel li a"), vec![urgent.clone()], "listed though filtered out of the table");
    let (_, expert) = signed_in(&app, "Expert Triage", "triage", true).await;
    let token = expert.csrf(&format!("/staff/requests/{urgent}")).await;
    let reached = expert
        .post(
            &format!("/staff/requests/{urgent}/contact"),
            &token,
            &[("method", "phone"), ("outcome", "reached")],
        )
        .await;
    assert_eq!(reached.status(), StatusCode::SEE_OTHER);
    let (_, html, _) = triage.page("/staff").await;
    assert!(select(&html, ".urgent-panel li a").is_empty(), "gone once the person is reached");
}

/// 000 5.10 by hand: anyone working a case can raise a flag, with a reason kept beside it and
/// in the timeline and audit log. Raising sensitive takes the case from an assignee who is not
/// a specialist; raising urgent brings the deadline forward. Taking a protection away is for
/// managers and specialists, whatever the form sends.
#[tokio::test]
async fn staff_raise_and_lower_flags_with_a_reason_and_protections_follow() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let case = stored_request(&app, "RJ-KMNP-RTVW", &[], 6).await;
        let path = format!("/staff/requests/{case}");
        let (practitioner, _) = signed_in(&app, "Plain Practitioner", "practitioner", false).await;
        let (_, manager) = signed_in(&app, "Plain Manager", "manager", false).await;
        let (_, triage) = signed_in(&app, "Plain Triage", "triage", false).await;
        let (_, expert) = signed_in(&app, "Expert Triage", "triage", true).await;
        let token = manager.csrf(&path).await;
        let assigned = manager.post(&format!("{path}/assign"), &token, &[("assignee", &practitioner.id.to_string())]).await;
        assert_eq!(assigned.status(), StatusCode::SEE_OTHER);

        // Urgent, without a reason: refused, and what was chosen and typed stays.
        let token = triage.csrf(&path).await;
        let bare = triage.post(&format!("{path}/flag"), &token, &[("flag-change", "add:urgent"), ("flag-reason", "  ")]).await;
        assert_eq!(bare.status(), StatusCode::UNPROCESSABLE_ENTITY, "{}", app.backend);
        let html = scraper::Html::parse_document(&bare.text().await.unwrap());
        assert_eq!(select(&html, ".error-summary a"), vec!["Give the reason for the change".to_owned()]);
        assert_eq!(attr(&html, "#flag-change option[selected]", "value").as_deref(), Some("add:urgent"));
        let before = app.store.find_case(&case).await.unwrap().unwrap();
        assert!(before.request.flags.is_empty(), "nothing changed");

        let urgent = triage
            .post(&format!("{path}/flag"), &token, &[("flag-change", "add:urgent"), ("flag-reason", "Rang back: not safe tonight")])
            .await;
        assert_eq!(urgent.status(), StatusCode::SEE_OTHER, "{}", app.backend);
        let after = app.store.find_case(&case).await.unwrap().unwrap();
        assert_eq!(after.request.flags, [Flag::Urgent]);
        assert!(after.request.contact_by < before.request.contact_by, "first contact comes forward");
        assert_eq!(after.assigned_to, Some(practitioner.id), "urgency alone keeps the assignee");
        let (_, html, _) = triage.page(&path).await;
        let why = select(&html, ".case-flags .flag-why li").join(" ");
        assert!(why.contains("Plain Triage") && why.contains("not safe tonight"), "{why}");

        // Neither triage without specialism nor a crafted form takes urgency away.
        let lower = triage.post(&format!("{path}/flag"), &token, &[("flag-change", "remove:urgent"), ("flag-reason", "Spoke to them")]).await;
        assert_eq!(lower.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(app.store.find_case(&case).await.unwrap().unwrap().request.flags, [Flag::Urgent]);

        // Sensitive: the non-specialist assignee loses the case; only specialists open it.
        let raise = triage
            .post(&format!("{path}/flag"), &token, &[("flag-change", "add:sensitive"), ("flag-reason", "Disclosed domestic abuse on the phone")])
            .await;
        assert_eq!(raise.status(), StatusCode::SEE_OTHER);
        let after = app.store.find_case(&case).await.unwrap().unwrap();
        assert_eq!(after.request.flags, [Flag::Urgent, Flag::Sensitive]);
        assert_eq!(after.assigned_to, None, "{}: back to the pool for a specialist", app.backend);
        let (status, _, _) = triage.page(&path).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        let flagged = app.store.queue(&app::ports::QueueQuery { flag: Some(Flag::Sensitive), limit: 10, ..Default::default() }).await.unwrap();
        assert_eq!(flagged.iter().map(|r| r.reference.as_str()).collect::<Vec<_>>(), [case.as_str()]);

        // A specialist may lower it, with a reason; the timeline tells the whole story.
        let token = expert.csrf(&path).await;
        let (_, html, _) = expert.page(&path).await;
        let offered: Vec<String> = html
            .select(&scraper::Selector::parse("#flag-change option").unwrap())
            .filter_map(|o| o.value().attr("value").map(str::to_owned))
            .collect();
        assert!(offered.contains(&"remove:sensitive".to_owned()) && offered.contains(&"add:complex".to_owned()), "{offered:?}");
        let lower = expert
            .post(&format!("{path}/flag"), &token, &[("flag-change", "remove:sensitive"), ("flag-reason", "Misheard: it was a neighbour dispute")])
            .await;
        assert_eq!(lower.status(), StatusCode::SEE_OTHER);
        assert_eq!(app.store.find_case(&case).await.unwrap().unwrap().request.flags, [Flag::Urgent]);
        let again = expert.post(&format!("{path}/flag"), &token, &[("flag-change", "remove:sensitive"), ("flag-reason", "Twice")]).await;
        assert_eq!(again.status(), StatusCode::UNPROCESSABLE_ENTITY, "a flag it no longer has");
        let (status, html, _) = triage.page(&path).await;
        assert_eq!(status, StatusCode::OK);
        let timeline = select(&html, ".timeline li").join("\n");
        for line in [
            "Plain Triage added the flag Urgent. Reason: Rang back: not safe tonight",
            "Plain Triage added the flag Sensitive. Reason: Disclosed domestic abuse on the phone",
            "Expert Triage removed the flag Sensitive. Reason: Misheard: it was a neighbour dispute",
        ] {
            assert!(timeline.contains(line), "{}: {line:?} in {timeline}", app.backend);
        }
        let actions: Vec<String> = audit_actions(&app, Some(&case)).await.into_iter().map(|(_, a)| a).collect();
        assert_eq!(actions.iter().filter(|a| *a == "case.flag-added").count(), 2, "{actions:?}");
        assert_eq!(actions.iter().filter(|a| *a == "case.flag-removed").count(), 1, "{actions:?}");
    }
}

#[tokio::test]
async fn an_ending_needs_its_reason_and_a_form_with_a_problem_keeps_what_was_typed() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let reference = stored_request(&app, "RJ-CDEF-HJKL", &[], 5).await;
        let (_, browser) = signed_in(&app, "Careful Manager", "manager", false).await;
        let path = format!("/staff/requests/{reference}");
        let (_, html, _) = browser.page(&path).await;
        assert_eq!(select(&html, ".form-group-error, [aria-invalid]").len(), 0, "no field is marked wrong before any is sent");
        let (_, html, _) = browser.page("/staff").await;
        assert_eq!(select(&html, ".form-group-error, [aria-invalid]").len(), 0, "nor in the queue's filters");
        let token = browser.csrf(&path).await;
        let missing = browser
            .post(&format!("{path}/status"), &token, &[("from", "new"), ("to", "declined"), ("end-reason", ""), ("reason", ""), ("onward", "")])
            .await;
        assert_eq!(missing.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let html = scraper::Html::parse_document(&missing.text().await.unwrap());
        assert_eq!(select(&html, ".error-summary a"), vec!["Choose the reason the case is ending".to_owned()]);
        assert_eq!(attr(&html, "[aria-invalid]", "id").as_deref(), Some("end-reason"), "only the reason is marked");
        assert_eq!(select(&html, "[aria-invalid]").len(), 1);
        assert_eq!(attr(&html, "#to option[selected]", "value").as_deref(), Some("declined"), "the choice is kept");
        // The reasons come grouped by the status they end with; only this case's endings are offered.
        let groups = html
            .select(&scraper::Selector::parse("#end-reason optgroup").unwrap())
            .filter_map(|g| g.value().attr("label").map(str::to_owned))
            .collect::<Vec<_>>();
        assert_eq!(groups, ["Declined", "Not suitable", "Signposted", "Withdrawn"]);

        // A closure's reason is not a decline's; "another reason" needs the words.
        for (to, end_reason, words, field, message) in [
            ("declined", "closed:completed", "", "end-reason", "Choose a reason that goes with the new status"),
            ("declined", "declined:made-up", "", "end-reason", "Choose the reason the case is ending"),
            ("declined", "declined:other", " ", "reason", "Say what the reason is"),
            ("signposted", "signposted:support-first", "", "reason", "Name the service you signposted them to"),
        ] {
            let refused = browser
                .post(&format!("{path}/status"), &token, &[("from", "new"), ("to", to), ("end-reason", end_reason), ("reason", words)])
                .await;
            assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY, "{end_reason}");
            let html = scraper::Html::parse_document(&refused.text().await.unwrap());
            assert_eq!(select(&html, ".error-summary a"), vec![message.to_owned()], "{end_reason}");
            assert_eq!(attr(&html, "[aria-invalid]", "id").as_deref(), Some(field), "{end_reason}");
            if field == "reason" {
                assert_eq!(attr(&html, "#end-reason option[selected]", "value").as_deref(), Some(end_reason), "kept");
            }
        }
        let skip = browser.post(&format!("{path}/status"), &token, &[("from", "new"), ("to", "in-progress")]).await;
        assert_eq!(skip.status(), StatusCode::UNPROCESSABLE_ENTITY, "a case cannot skip ahead");
        let onward = browser
            .post(&format!("{path}/status"), &token, &[("from", "new"), ("to", "referred-on"), ("onward", "yot"), ("reason", "Under 18")])
            .await;
        assert_eq!(onward.status(), StatusCode::SEE_OTHER);
        let case = app.store.find_case(&reference).await.unwrap().unwrap();
        assert_eq!((case.request.status.code(), case.referred_on_to.as_deref()), ("referred-on", Some("yot")));
        assert!(case.closed_at.is_some());
        let stale = browser.post(&format!("{path}/status"), &token, &[("from", "new"), ("to", "declined"), ("reason", "x")]).await;
        assert_eq!(stale.status(), StatusCode::UNPROCESSABLE_ENTITY, "an ended case moves no further");
        let (_, html, _) = browser.page("/staff").await;
        assert!(select(&html, "table.queue tbody tr th").is_empty(), "ended cases leave the open queue");
        let (_, html, _) = browser.page("/staff?status=ended").await;
        assert_eq!(select(&html, "table.queue tbody tr th"), vec![reference]);

        // A coded ending is stored for the report and shown in words, with what staff added.
        let other = stored_request(&app, "RJ-DFHJ-KLMN", &[], 5).await;
        let other_path = format!("/staff/requests/{other}");
        let declined = browser
            .post(
                &format!("{other_path}/status"),
                &token,
                &[("from", "new"), ("to", "declined"), ("end-reason", "declined:out-of-area"), ("reason", "Happened in Leeds")],
            )
            .await;
        assert_eq!(declined.status(), StatusCode::SEE_OTHER, "{}", app.backend);
        let case = app.store.find_case(&other).await.unwrap().unwrap();
        let why = case.end_reason.expect("a coded reason");
        assert_eq!((why.status, why.code), (app::staff::model::Status::Declined, "out-of-area"));
        assert_eq!(case.outcome_reason.as_deref(), Some("Happened in Leeds"));
        let events = app.store.case_events(case.id).await.unwrap();
        assert_eq!(events.last().and_then(|e| e.end_reason), Some(why));
        let (_, html, _) = browser.page(&other_path).await;
        let timeline = select(&html, ".timeline li").join(" ");
        assert!(timeline.contains("outside the West Midlands") && timeline.contains("Happened in Leeds"), "{timeline}");
        assert!(select(&html, ".case-facts dd").iter().any(|d| d.contains("outside the West Midlands")));
    }
}

/// 000 5.6: a police referral made before asking the person is a task at the top of the case:
/// ask them, and record the answer, which clears the flag or withdraws the case.
#[tokio::test]
async fn the_persons_answer_to_a_police_referral_clears_the_question_or_withdraws_the_case() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let yes = stored_request(&app, "RJ-HJKL-MNPR", &["consent-to-be-sought", "on-behalf"], 5).await;
        let no = stored_request(&app, "RJ-JKLM-NPRT", &["consent-to-be-sought", "on-behalf"], 5).await;
        let (_, triage) = signed_in(&app, "Tess Triage", "triage", false).await;
        let path = format!("/staff/requests/{yes}");
        let (_, html, _) = triage.page(&path).await;
        assert_eq!(select(&html, ".panel-task h2"), vec!["Ask the person first".to_owned()]);
        let token = triage.csrf(&path).await;

        let unanswered = triage.post(&format!("{path}/consent"), &token, &[("consent-answer", "")]).await;
        assert_eq!(unanswered.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let html = scraper::Html::parse_document(&unanswered.text().await.unwrap());
        assert_eq!(select(&html, ".error-summary a"), vec!["Choose what the person said".to_owned()]);

        let agreed = triage
            .post(&format!("{path}/consent"), &token, &[("consent-answer", "agreed"), ("consent-note", "Rang them; glad of it")])
            .await;
        assert_eq!(agreed.status(), StatusCode::SEE_OTHER, "{}", app.backend);
        let case = app.store.find_case(&yes).await.unwrap().unwrap();
        assert_eq!(case.request.flags, [Flag::OnBehalf], "the question is answered");
        assert!(case.request.status.code() == "new" && case.closed_at.is_none(), "the case goes on");
        let (_, html, _) = triage.page(&path).await;
        assert!(select(&html, ".panel-task").is_empty(), "the task is done");
        assert!(select(&html, ".timeline li").join(" ").contains("agrees to the referral"));
        let again = triage.post(&format!("{path}/consent"), &token, &[("consent-answer", "refused")]).await;
        assert_eq!(again.status(), StatusCode::UNPROCESSABLE_ENTITY, "answered once");

        let path = format!("/staff/requests/{no}");
        let refused = triage.post(&format!("{path}/consent"), &token, &[("consent-answer", "refused")]).await;
        assert_eq!(refused.status(), StatusCode::SEE_OTHER);
        let case = app.store.find_case(&no).await.unwrap().unwrap();
        assert_eq!(case.request.status.code(), "withdrawn", "{}", app.backend);
        assert!(case.closed_at.is_some());
        assert_eq!(case.end_reason.map(|r| r.code), Some("not-agreed"), "counted as a coded reason");
        assert!(!case.request.flags.contains(&Flag::ConsentToBeSought));
        let actions: Vec<String> = audit_actions(&app, Some(&no)).await.into_iter().map(|(_, a)| a).collect();
        assert!(actions.contains(&"case.consent-refused".to_owned()), "{actions:?}");
    }
}

/// 000 9.2: a case holds several processes and an outcome agreement whose items are each kept
/// or not, and it closes with a coded reason; every step is in the timeline.
#[tokio::test]
async fn a_case_holds_two_processes_and_an_outcome_agreement_and_closes_with_a_coded_reason() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let reference = stored_request(&app, "RJ-KLMN-PRTV", &[], 5).await;
        let (_, manager) = signed_in(&app, "Max Manager", "manager", false).await;
        let path = format!("/staff/requests/{reference}");
        let token = manager.csrf(&path).await;
        let post = |action: &'static str, fields: Vec<(&'static str, &str)>| {
            let manager = &manager;
            let token = token.clone();
            let path = path.clone();
            let fields: Vec<(&'static str, String)> = fields.into_iter().map(|(k, v)| (k, v.to_owned())).collect();
            async move {
                let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
                manager.post(&format!("{path}/{action}"), &token, &fields).await
            }
        };

        let bad = post("process", vec![("rj-process", "seance"), ("held-on", "last tuesday"), ("took-harmed", "yes")]).await;
        assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let html = scraper::Html::parse_document(&bad.text().await.unwrap());
        assert_eq!(select(&html, ".error-summary a"), ["Choose the process", "Enter the date as a date, for example 2026-11-23"]);
        assert_eq!(attr(&html, "#held-on", "value").as_deref(), Some("last tuesday"), "kept as typed");
        assert!(html.select(&scraper::Selector::parse("#took-harmed[checked]").unwrap()).next().is_some(), "the tick is kept");

        // A community resolution sets the 6-week target (000 5.7); an unknown stage is refused.
        assert_eq!(post("disposal", vec![("disposal", "caution")]).await.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(post("disposal", vec![("disposal", "community-resolution")]).await.status(), StatusCode::SEE_OTHER);
        let case = app.store.find_case(&reference).await.unwrap().unwrap();
        assert_eq!(case.disposal, Some(app::staff::model::Disposal::CommunityResolution), "{}", app.backend);
        let (_, html, _) = manager.page(&path).await;
        let facts = select(&html, ".case-facts").join(" ");
        assert!(facts.contains("(6 weeks from the referral)") && facts.contains("days left"), "{facts}");
        assert_eq!(post("disposal", vec![("disposal", "community-resolution")]).await.status(), StatusCode::UNPROCESSABLE_ENTITY, "no change, no entry");

        for fields in [
            vec![("rj-process", "conference"), ("held-on", "2026-11-20"), ("took-harmed", "yes"), ("took-caused-harm", "yes")],
            vec![("rj-process", "letter"), ("held-on", "2026-10-01"), ("took-caused-harm", "yes")],
        ] {
            assert_eq!(post("process", fields).await.status(), StatusCode::SEE_OTHER, "{}", app.backend);
        }
        for fields in [vec![("what", "A letter of apology"), ("due-on", "2026-12-31")], vec![("what", "Mend the fence"), ("due-on", "")]] {
            assert_eq!(post("agreement", fields).await.status(), StatusCode::SEE_OTHER);
        }
        assert_eq!(post("agreement", vec![("what", "  ")]).await.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let case = app.store.find_case(&reference).await.unwrap().unwrap();
        let kinds: Vec<&str> = case.processes.iter().map(|p| p.kind.as_str()).collect();
        assert_eq!(kinds, ["letter", "conference"], "{}: in date order", app.backend);
        assert!(case.processes[1].harmed && case.processes[1].caused_harm && !case.processes[1].supporters);
        let (first, second) = (case.agreement[0].id.to_string(), case.agreement[1].id.to_string());
        assert_eq!(post("kept", vec![("item", first.as_str()), ("kept", "yes")]).await.status(), StatusCode::SEE_OTHER);
        assert_eq!(post("kept", vec![("item", second.as_str()), ("kept", "no")]).await.status(), StatusCode::SEE_OTHER);
        let again = post("kept", vec![("item", first.as_str()), ("kept", "no")]).await;
        assert_eq!(again.status(), StatusCode::UNPROCESSABLE_ENTITY, "once recorded it stays");
        let case = app.store.find_case(&reference).await.unwrap().unwrap();
        assert_eq!(case.agreement.iter().map(|i| i.kept).collect::<Vec<_>>(), [Some(true), Some(false)]);

        // Through the workflow to closure, with its coded reason.
        assert_eq!(post("contact", vec![("method", "phone"), ("outcome", "reached")]).await.status(), StatusCode::SEE_OTHER);
        assert_eq!(post("status", vec![("from", "contacted"), ("to", "assessing")]).await.status(), StatusCode::SEE_OTHER);
        let early = post("status", vec![("from", "assessing"), ("to", "accepted")]).await;
        assert_eq!(early.status(), StatusCode::UNPROCESSABLE_ENTITY, "no acceptance before a risk assessment");
        let html = scraper::Html::parse_document(&early.text().await.unwrap());
        assert_eq!(select(&html, ".error-summary a"), ["Record a risk assessment before accepting the case"]);
        let assessed = post(
            "assess",
            vec![
                ("risks-harmed", "None known"),
                ("risks-harmer", "None known"),
                ("safe-to-go-on", "yes"),
                ("rj-method", "conference"),
                ("conclusion", "Suitable for a conference"),
            ],
        )
        .await;
        assert_eq!(assessed.status(), StatusCode::SEE_OTHER);
        for (from, to) in [("assessing", "accepted"), ("accepted", "in-progress")] {
            assert_eq!(post("status", vec![("from", from), ("to", to)]).await.status(), StatusCode::SEE_OTHER, "{from} to {to}");
        }
        let closed = post("status", vec![("from", "in-progress"), ("to", "closed"), ("end-reason", "closed:completed")]).await;
        assert_eq!(closed.status(), StatusCode::SEE_OTHER, "{}", app.backend);
        let case = app.store.find_case(&reference).await.unwrap().unwrap();
        assert_eq!((case.request.status.code(), case.end_reason.map(|r| r.code)), ("closed", Some("completed")));
        let (_, html, _) = manager.page(&path).await;
        let timeline = select(&html, ".timeline li").join(" | ");
        let facts = select(&html, ".case-facts").join(" ");
        assert!(facts.contains("weeks from the referral) – met"), "the first process came in time: {facts}");
        for words in ["recorded the criminal justice stage: Community resolution", "Face-to-face conference on 20 November 2026", "Letter on 1 October 2026", "recorded as kept: A letter of apology", "recorded as not kept: Mend the fence", "Restorative justice took place"] {
            assert!(timeline.contains(words), "{words} in {timeline}");
        }
    }
}

/// 000 5.10: a sensitive case is accepted only once a manager other than its assessor has
/// signed off the risk assessment; a referral to a support agency is recorded without ending it.
#[tokio::test]
async fn a_sensitive_cases_risk_assessment_is_signed_off_by_another_manager_before_acceptance() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let reference = stored_request(&app, "RJ-LMNP-RTVW", &["sensitive"], 5).await;
        let (_, assessor) = signed_in(&app, "Ash Assessor", "manager", true).await;
        let (_, other) = signed_in(&app, "Bea Boss", "manager", true).await;
        let path = format!("/staff/requests/{reference}");
        let token = assessor.csrf(&path).await;
        assert_eq!(assessor.post(&format!("{path}/contact"), &token, &[("method", "phone"), ("outcome", "reached")]).await.status(), StatusCode::SEE_OTHER);
        assert_eq!(assessor.post(&format!("{path}/status"), &token, &[("from", "contacted"), ("to", "assessing")]).await.status(), StatusCode::SEE_OTHER);

        let missing = assessor.post(&format!("{path}/assess"), &token, &[("risks-harmed", "Fear of the other person"), ("safe-to-go-on", "")]).await;
        assert_eq!(missing.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let html = scraper::Html::parse_document(&missing.text().await.unwrap());
        assert_eq!(select(&html, ".error-summary a").len(), 3, "the harmer's risks, safe to go on, the conclusion");
        assert_eq!(select(&html, "textarea[name=risks-harmed]"), ["Fear of the other person"], "kept");

        let fields = [
            ("risks-harmed", "Fear of the other person"),
            ("risks-harmer", "None known"),
            ("safeguarding", "Children in the home: social worker aware"),
            ("safe-to-go-on", "with-conditions"),
            ("rj-method", "shuttle"),
            ("conclusion", "Shuttle mediation only; no direct contact"),
        ];
        assert_eq!(assessor.post(&format!("{path}/assess"), &token, &fields).await.status(), StatusCode::SEE_OTHER);
        let unsigned = assessor.post(&format!("{path}/status"), &token, &[("from", "assessing"), ("to", "accepted")]).await;
        assert_eq!(unsigned.status(), StatusCode::UNPROCESSABLE_ENTITY, "{}", app.backend);
        let case = app.store.find_case(&reference).await.unwrap().unwrap();
        let id = case.assessment.as_ref().unwrap().id.to_string();
        let own = assessor.post(&format!("{path}/sign-off"), &token, &[("assessment", &id)]).await;
        assert_eq!(own.status(), StatusCode::UNPROCESSABLE_ENTITY, "not one's own");
        let other_token = other.csrf(&path).await;
        assert_eq!(other.post(&format!("{path}/sign-off"), &other_token, &[("assessment", &id)]).await.status(), StatusCode::SEE_OTHER);
        let case = app.store.find_case(&reference).await.unwrap().unwrap();
        assert_eq!(case.assessment.as_ref().and_then(|a| a.signed_off.as_ref()).map(|(who, _)| who.as_str()), Some("Bea Boss"));

        let support = [("agency", "Women's Aid"), ("made-on", "2026-11-25"), ("support-reason", "Support while the case goes on"), ("basis", "consent")];
        assert_eq!(assessor.post(&format!("{path}/support"), &token, &support).await.status(), StatusCode::SEE_OTHER);
        assert_eq!(assessor.post(&format!("{path}/status"), &token, &[("from", "assessing"), ("to", "accepted")]).await.status(), StatusCode::SEE_OTHER);
        let case = app.store.find_case(&reference).await.unwrap().unwrap();
        assert_eq!(case.request.status.code(), "accepted", "{}", app.backend);
        assert_eq!(case.support_referrals.len(), 1);
        assert!(case.closed_at.is_none(), "a support referral does not end the case");
        let (_, html, _) = assessor.page(&path).await;
        let timeline = select(&html, ".timeline li").join(" | ");
        assert!(timeline.contains("signed off the risk assessment") && timeline.contains("Women's Aid"), "{timeline}");
    }
}

/// Finding 0 of the security review, for the staff pages: Leptos writes a textarea's content
/// unescaped, so each of the case page's text boxes must escape what it shows again.
#[tokio::test]
async fn markup_typed_into_a_staff_text_box_comes_back_as_text_not_as_markup() {
    let app = spawn_app(&backends()[0]).await;
    let reference = stored_request(&app, "RJ-CDFH-JKLM", &[], 5).await;
    let (_, browser) = signed_in(&app, "Careful Manager", "manager", false).await;
    let path = format!("/staff/requests/{reference}");
    let payload = "</textarea><p id=\"injected\">Call 0800 000 000</p><textarea>";
    let long_note = format!("{payload}{}", "x".repeat(5_001));
    let token = browser.csrf(&path).await;
    // Each form is sent with a problem, so the page comes back with what was typed.
    for (action, fields, field, shown) in [
        ("flag", vec![("flag-change", ""), ("flag-reason", payload)], "flag-reason", payload),
        ("contact", vec![("method", ""), ("outcome", ""), ("contact-note", payload)], "contact-note", payload),
        ("status", vec![("from", "new"), ("to", "in-progress"), ("reason", payload)], "reason", payload),
        ("note", vec![("note", long_note.as_str())], "note", long_note.as_str()),
    ] {
        let response = browser.post(&format!("{path}/{action}"), &token, &fields).await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY, "{action}");
        let html = scraper::Html::parse_document(&response.text().await.unwrap());
        assert!(select(&html, "#injected").is_empty(), "{action}: the typed markup became live");
        let boxes = html.select(&scraper::Selector::parse(&format!("textarea[name=\"{field}\"]")).unwrap()).collect::<Vec<_>>();
        assert_eq!(boxes.len(), 1, "{action}: one {field} box");
        assert_eq!(boxes[0].text().collect::<String>(), shown, "{action}: {field} shows what was typed");
    }
    // A note that is saved shows in the timeline as text too.
    let saved = browser.post(&format!("{path}/note"), &token, &[("note", payload)]).await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    let (_, html, _) = browser.page(&path).await;
    assert!(select(&html, "#injected").is_empty(), "the saved note became live markup");
    assert!(html.root_element().text().collect::<String>().contains(payload), "the note is shown as typed");
}

#[tokio::test]
async fn a_form_without_this_sessions_token_or_from_another_site_is_refused() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let reference = stored_request(&app, "RJ-DEFH-JKLM", &[], 5).await;
        let (_, browser) = signed_in(&app, "Guarded Person", "triage", false).await;
        let path = format!("/staff/requests/{reference}/note");
        assert_eq!(browser.post(&path, "not-the-token", &[("note", "x")]).await.status(), StatusCode::FORBIDDEN);
        let token = browser.csrf("/staff").await;
        let cross = browser
            .client
            .post(format!("{}{path}", app.address))
            .header("sec-fetch-site", "cross-site")
            .form(&[("csrf", token.as_str()), ("note", "x")])
            .send()
            .await
            .unwrap();
        assert_eq!(cross.status(), StatusCode::FORBIDDEN);
        assert_eq!(browser.post(&path, &token, &[("note", "A real note")]).await.status(), StatusCode::SEE_OTHER);
        assert_eq!(app.store.case_events(app.store.find_case(&reference).await.unwrap().unwrap().id).await.unwrap().len(), 1);
    }
}

#[tokio::test]
async fn staff_pages_are_private_and_kept_from_search_engines() {
    for backend in backends() {
        // The cookies themselves: `staff_prelogin`, over https.
        let app = spawn_app_with(&backend, &[("RJ_PUBLIC_URL", "https://rj.example")]).await;
        let response = app.get("/staff/sign-in").await;
        assert_eq!(response.headers()["cache-control"], "no-store");
        assert_eq!(response.headers()["x-robots-tag"], "noindex, nofollow");
        let sitemap = app.page("/sitemap.xml").await.body;
        assert!(!sitemap.contains("/staff"));
        assert!(app.page("/robots.txt").await.body.contains("Disallow: /staff"), "robots.txt keeps crawlers out");
    }
}

#[tokio::test]
async fn the_queue_pages_through_100000_referrals_in_deadline_order() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let now = Utc::now();
        let bulk = match app.backend {
            "sqlite" => "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) \
                INSERT INTO requests (reference, submission_key, kind, received_at, contact_by, lang, answers) \
                SELECT 'RJ-BULK-' || i, 'bulk-' || i, 'referral', $1, date('2027-01-01', '+' || (i % 97) || ' days'), 'en', '{}' FROM n",
            _ => "INSERT INTO requests (reference, submission_key, kind, received_at, contact_by, lang, answers) \
                SELECT 'RJ-BULK-' || i, 'bulk-' || i, 'referral', $1, DATE '2027-01-01' + (i % 97), 'en', '{}' \
                FROM generate_series(1, 100000) AS i",
        };
        match &app.database {
            server::store::Database::Sqlite(pool) => { sqlx::query(bulk).bind(now).execute(pool).await.unwrap(); }
            server::store::Database::Postgres(pool) => { sqlx::query(bulk).bind(now).execute(pool).await.unwrap(); }
        }
        // Through the store, a thousand at a time: every row once, in (deadline, id) order.
        let mut seen = std::collections::HashSet::new();
        let mut last: Option<(chrono::NaiveDate, i64)> = None;
        loop {
            let page = app
                .store
                .queue(&app::ports::QueueQuery { open: Some(true), after: last, limit: 1000, ..Default::default() })
                .await
                .unwrap();
            if page.is_empty() {
                break;
            }
            for row in &page {
                let key = (row.contact_by, row.id);
                assert!(last.is_none_or(|l| key > l), "in order");
                assert!(seen.insert(row.id), "no row twice");
                last = Some(key);
            }
        }
        assert_eq!(seen.len(), 100_000);
        // And backwards, from the end: every row again, each page still in queue order.
        let mut back = 0;
        let mut first: Option<(chrono::NaiveDate, i64)> = last.map(|(d, id)| (d, id + 1));
        loop {
            let page = app
                .store
                .queue(&app::ports::QueueQuery { open: Some(true), before: first, limit: 1000, ..Default::default() })
                .await
                .unwrap();
            let Some(head) = page.first() else { break };
            assert!(page.windows(2).all(|w| (w[0].contact_by, w[0].id) < (w[1].contact_by, w[1].id)));
            assert!(first.is_none_or(|f| (page[page.len() - 1].contact_by, page[page.len() - 1].id) < f));
            first = Some((head.contact_by, head.id));
            back += page.len();
        }
        assert_eq!(back, 100_000);
        // Over HTTP: 50 a page, and "Next page" carries on where the page ended.
        let (_, browser) = signed_in(&app, "Queue Reader", "triage", false).await;
        let (_, html, _) = browser.page("/staff").await;
        let first = select(&html, "table.queue tbody tr th");
        assert_eq!(first.len(), 50);
        let next = attr(&html, "a[rel=next]", "href").expect("a next page");
        let (_, html, _) = browser.page(&next).await;
        let second = select(&html, "table.queue tbody tr th");
        assert_eq!(second.len(), 50);
        assert!(second.iter().all(|r| !first.contains(r)), "the second page starts after the first");
        let previous = attr(&html, "a[rel=prev]", "href").expect("a previous page");
        let (_, html, _) = browser.page(&previous).await;
        assert_eq!(select(&html, "table.queue tbody tr th"), first, "back to exactly the first page");
        assert!(attr(&html, "a[rel=prev]", "href").is_none(), "and nothing before it");
        assert!(attr(&html, "a[rel=next]", "href").is_some());
        let wanted = stored_request(&app, "RJ-PRTV-WXY2", &[], 400).await;
        let (_, html, _) = browser.page("/staff?reference=prtv+wxy2").await;
        assert_eq!(select(&html, "table.queue tbody tr th"), vec![wanted], "search by reference, typed loosely");
    }
}

#[tokio::test]
async fn the_admin_reads_the_audit_log_filtered_and_it_records_that_reading() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let reference = stored_request(&app, "RJ-HJKL-MNPR", &[], 5).await;
        let (_, triage) = signed_in(&app, "Viewer Person", "triage", false).await;
        triage.get(&format!("/staff/requests/{reference}")).await;
        let (_, admin) = signed_in(&app, "Audit Admin", "admin", false).await;
        let (status, html, _) = admin.page(&format!("/staff/audit?subject={reference}")).await;
        assert_eq!(status, StatusCode::OK);
        let actions: Vec<String> = select(&html, "tbody tr td:nth-child(3)");
        assert_eq!(actions, vec!["case.view".to_owned(), "referral.created".to_owned()], "newest first, this case only");
        assert!(audit_actions(&app, None).await.iter().any(|(a, x)| a == "audit.admin@rj.example" && x == "audit.view"));
        // Nobody can change it, not even through the database.
        let tamper = match &app.database {
            server::store::Database::Sqlite(pool) => sqlx::query("UPDATE audit_log SET actor = 'x'").execute(pool).await.is_err(),
            server::store::Database::Postgres(pool) => sqlx::query("UPDATE audit_log SET actor = 'x'").execute(pool).await.is_err(),
        };
        assert!(tamper, "the audit log is append-only");
    }
}

#[tokio::test]
async fn with_no_staff_accounts_the_cli_creates_the_first_admin() {
    let app = spawn_app(&rj_tests::Backend::Sqlite).await;
    assert_eq!(app.store.count_staff().await.unwrap(), 0);
    let bad = accounts::add_user(app.store.as_ref(), &app.address, "someone@rj.example", "Someone", "boss", false).await;
    assert!(matches!(bad, Err(accounts::AccountError::Role(_))));
    let link = accounts::add_user(app.store.as_ref(), &app.address, "First@RJ.example", "First Admin", "admin", false).await.unwrap();
    let again = accounts::add_user(app.store.as_ref(), &app.address, "first@rj.example", "Again", "admin", false).await;
    assert!(matches!(again, Err(accounts::AccountError::Store(app::ports::StoreError::EmailTaken))));
    let login = enrol(&app, &link, "first@rj.example", "First Admin").await;
    let browser = StaffClient::new(&app);
    let response = browser.sign_in(&login).await;
    assert_eq!(location(&response), "/staff/users");
    let (_, html, _) = browser.page("/staff/users").await;
    assert!(select(&html, "tbody th").contains(&"First Admin".to_owned()));
    // A used link is spent.
    let (status, _, body) = browser.page(link.strip_prefix(&app.address).unwrap()).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(body.contains("no longer works"));
}

#[tokio::test]
async fn an_enrolment_token_never_reaches_the_request_log() {
    // The real binary, its real log: the one-time link is followed, and the log shows the
    // route with the token replaced.
    let exe = env!("CARGO_BIN_EXE_rj-server");
    let app = rj_tests::spawn_process_app(&backends()[0], exe, &[("RUST_LOG", "info")]).await;
    let email = "log.check@example.org";
    let link = accounts::add_user(app.store.as_ref(), &app.address, email, "Log Check", "triage", false)
        .await
        .expect("an account");
    let token = link.rsplit('/').next().unwrap().to_owned();
    assert!(token.len() > 10, "{link}");
    rj_tests::staff::enrol(&app, &link, email, "Log Check").await;
    // Give the log a moment to be written.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let log = app.process_log();
    assert!(log.contains("/staff/enrol/[redacted]"), "the request was logged:\n{log}");
    assert!(!log.contains(&token), "the token is in the log:\n{log}");
}
