//! Data protection, driven by the data map: the map covers every column the migrations make
//! (so a new column without a declaration fails here); subject access shows every mapped field
//! of a case; erasure leaves nothing of the person (database, e-mail files) and the report's
//! figures unchanged, writes the ledger, and the ledger erases again in a restored backup;
//! retention removes exactly what is due. Both databases where a database is involved.

use std::collections::BTreeSet;

use app::{
    ports::{AuditEntry, CaseChange, CaseEventKind, RjProcess, SupportReferral},
    staff::{
        data_map::{Link, NOT_MAPPED, TABLES},
        model::{EndReason, Status},
        participants::EqualityAnswers,
    },
};
use chrono::{Duration, Utc};
use reqwest::StatusCode;
use rj_tests::{TestApp, backends, spawn_app_with, staff::{StaffLogin, attr, signed_in}};
use server::{data_protection, store::Database};

use crate::journeys::{refer_as_a_victim, reference_on};

async fn columns(app: &TestApp) -> BTreeSet<(String, String)> {
    let rows: Vec<(String, String)> = match &app.database {
        Database::Sqlite(pool) => sqlx::query_as(
            "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p \
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'",
        )
        .fetch_all(pool)
        .await
        .unwrap(),
        Database::Postgres(pool) => sqlx::query_as(
            "SELECT table_name::text, column_name::text FROM information_schema.columns WHERE table_schema = current_schema()",
        )
        .fetch_all(pool)
        .await
        .unwrap(),
    };
    rows.into_iter().filter(|(t, _)| !NOT_MAPPED.contains(&t.as_str())).collect()
}

#[tokio::test]
async fn the_data_map_covers_every_column_the_migrations_make_and_nothing_else() {
    for backend in backends() {
        let app = spawn_app_with(&backend, &[]).await;
        let in_database = columns(&app).await;
        let in_map: BTreeSet<(String, String)> =
            TABLES.iter().flat_map(|t| t.columns.iter().map(move |c| (t.name.to_owned(), c.name.to_owned()))).collect();
        let undeclared: Vec<_> = in_database.difference(&in_map).collect();
        let gone: Vec<_> = in_map.difference(&in_database).collect();
        assert!(undeclared.is_empty(), "{}: columns the data map does not declare: {undeclared:?}", app.backend);
        assert!(gone.is_empty(), "{}: the data map declares columns the database lacks: {gone:?}", app.backend);
    }
}

async fn change(app: &TestApp, staff: &StaffLogin, reference: &str, event: CaseEventKind) {
    let id = app.store.find_case(reference).await.unwrap().unwrap().id;
    app.store
        .change_case(&CaseChange { request_id: id, reference: reference.into(), at: Utc::now(), actor_id: staff.id, actor_email: staff.email.clone(), address: None, event })
        .await
        .unwrap();
}

/// A referral through the website (draft, outbox, e-mail), then worked: contact, a person's
/// equality answers, a process, an agreement item, a risk assessment, a support referral, and
/// closure. Returns the reference.
pub(crate) async fn worked_referral(app: &TestApp, manager: &StaffLogin) -> String {
    let sent = refer_as_a_victim(app).await;
    let reference = reference_on(&app.page(&sent).await.html());
    change(app, manager, &reference, CaseEventKind::Contact { method: "phone".into(), outcome: "reached".into(), note: Some("Canary-note".into()), new_status: Some(Status::Contacted) }).await;
    change(app, manager, &reference, CaseEventKind::Flag {
        flag: app::domain::screening::Flag::Complex, added: true, reason: "Canary-flag-reason".into(), unassign: false, contact_by: None,
    }).await;
    let person = app.store.find_case(&reference).await.unwrap().unwrap().participants[0].id;
    change(app, manager, &reference, CaseEventKind::Equality {
        participant_id: person,
        answers: EqualityAnswers { sex: Some("female".into()), gender_same: Some("yes".into()), ethnicity: Some("white-irish".into()), disability: Some("no".into()) },
    }).await;
    let today = Utc::now().date_naive();
    change(app, manager, &reference, CaseEventKind::Process(RjProcess { kind: "letter".into(), held_on: today, harmed: true, caused_harm: false, supporters: false })).await;
    change(app, manager, &reference, CaseEventKind::AgreementItem { what: "Canary-apology".into(), due_on: None }).await;
    change(app, manager, &reference, CaseEventKind::Assessment(app::ports::RiskAssessment {
        id: 0, risks_harmed: "Canary-risk".into(), risks_harmer: "none".into(), safeguarding: None, safe_to_go_on: "yes".into(),
        method: Some("letter".into()), conclusion: "fine".into(), assessor_id: manager.id, assessed_by: String::new(), assessed_at: Utc::now(), signed_off: None,
    })).await;
    change(app, manager, &reference, CaseEventKind::SupportReferral(SupportReferral { agency: "Canary-agency".into(), made_on: today, reason: "support".into(), basis: "consent".into() })).await;
    change(app, manager, &reference, CaseEventKind::Status {
        from: Status::Contacted, to: Status::Closed, ends: true, end_reason: Some(EndReason::parse(Status::Closed, "completed").unwrap()), reason: None, referred_on_to: None,
    }).await;
    let complaint = app::staff::complaints::NewComplaint {
        received_on: today, channel: "phone".into(), about: "delay".into(), complainant: "Canary Complainer".into(),
        summary: "Canary-complaint".into(), reference: Some(reference.clone()),
    };
    let audit = AuditEntry { at: Utc::now(), actor: manager.email.clone(), action: "complaint.add".into(), subject: None, address: None };
    app.store.add_complaint(&complaint, &audit, manager.id).await.unwrap();
    let (_, digest) = server::staff::auth::new_token();
    change(app, manager, &reference, CaseEventKind::FeedbackInvite { participant_id: person, digest, expires_at: Utc::now() + Duration::days(1) }).await;
    reference
}

fn eml_files(app: &TestApp) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(app.data_dir().join("mail"))
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "eml")).collect())
        .unwrap_or_default()
}

async fn wait_for_mail(app: &TestApp, at_least: usize) {
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(20);
    while eml_files(app).len() < at_least {
        assert!(tokio::time::Instant::now() < deadline, "the e-mail files were not written");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn subject_access_shows_every_mapped_field_of_a_case() {
    for backend in backends() {
        let app = spawn_app_with(&backend, &[("RJ_MAIL_POLL_MS", "3600000")]).await;
        let (manager, browser) = signed_in(&app, "Mina Manager", "manager", true).await;
        let reference = worked_referral(&app, &manager).await;

        let (status, _, body) = browser.page(&format!("/staff/requests/{reference}/data")).await;
        assert_eq!(status, StatusCode::OK);
        assert!(body.contains("Canary Name") && body.contains("Canary-note"), "the page shows what is held");
        let response = browser.get(&format!("/staff/requests/{reference}/data.json")).await;
        assert_eq!(response.status(), StatusCode::OK);
        assert!(response.headers()["content-disposition"].to_str().unwrap().contains(&format!("{reference}.json")));
        let json: serde_json::Value = response.json().await.unwrap();
        assert_eq!(json["reference"], reference.as_str());
        let tables = json["tables"].as_array().unwrap();
        for table in TABLES.iter().filter(|t| t.link != Link::None) {
            let found = tables.iter().find(|t| t["table"] == table.name).unwrap_or_else(|| panic!("{}: no {}", app.backend, table.name));
            let rows = found["rows"].as_array().unwrap();
            assert!(!rows.is_empty(), "{}: {} holds this case's rows", app.backend, table.name);
            for column in table.exported_columns() {
                assert!(rows[0].get(column).is_some(), "{}: {}.{} is in the export", app.backend, table.name, column);
            }
            for hidden in table.columns.iter().filter(|c| !c.exported) {
                assert!(rows[0].get(hidden.name).is_none(), "{}.{} is internal", table.name, hidden.name);
            }
        }
        let text = json.to_string();
        assert!(text.contains("canary@example.org") && text.contains("Canary-risk") && text.contains("white-irish"));

        // Only managers; and the export is audited.
        let (_, practitioner) = signed_in(&app, "Pat Practitioner", "practitioner", true).await;
        assert_eq!(practitioner.get(&format!("/staff/requests/{reference}/data.json")).await.status(), StatusCode::FORBIDDEN);
        let actions = crate::staff::audit_actions(&app, Some(&reference)).await;
        assert!(actions.iter().any(|(_, a)| a == "case.subject-access-export"));
    }
}

#[tokio::test]
async fn erasure_leaves_nothing_of_the_person_and_the_quarters_figures_unchanged() {
    for backend in backends() {
        let app = spawn_app_with(&backend, &[("RJ_MAIL_POLL_MS", "50")]).await;
        let (manager, browser) = signed_in(&app, "Mina Manager", "manager", true).await;
        let reference = worked_referral(&app, &manager).await;
        // The person later asks to withdraw, naming the referral: a request of its own.
        let withdrawal = crate::staff::store_request(
            &app, "withdrawal", "RJ-WDRW-WDRW", None,
            serde_json::json!({"reference": [reference], "name": ["Canary Name"]}), &[], 1,
        ).await;
        sqlx_exec(&app, &format!("UPDATE requests SET related_reference = '{reference}' WHERE reference = '{withdrawal}'")).await;
        wait_for_mail(&app, 2).await;
        let canary_files = || eml_files(&app).into_iter().filter(|p| std::fs::read_to_string(p).unwrap().contains(&reference)).count();
        assert!(canary_files() > 0, "the e-mail files name the case before erasure");
        let today = Utc::now().date_naive();
        let before = app.store.statistics(today - Duration::days(400), today).await.unwrap();

        // A wrong confirmation changes nothing and keeps what was typed.
        let token = browser.csrf(&format!("/staff/requests/{withdrawal}/erase")).await;
        let response = browser.post(&format!("/staff/requests/{withdrawal}/erase"), &token, &[("confirm", "RJ-NOPE")]).await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let html = scraper::Html::parse_document(&response.text().await.unwrap());
        assert_eq!(attr(&html, "input#confirm", "value").as_deref(), Some("RJ-NOPE"));
        assert!(app.store.find_case(&reference).await.unwrap().is_some());

        // Erasing the withdrawal request erases the referral it names as well.
        let response = browser.post(&format!("/staff/requests/{withdrawal}/erase"), &token, &[("confirm", &withdrawal.to_lowercase())]).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
        for r in [&reference, &withdrawal] {
            assert!(app.store.find_case(r).await.unwrap().is_none(), "{r} is gone");
            assert!(app.store.held_data(r).await.unwrap().is_none());
        }
        let everything = serde_json::to_string(&app.store.export_all().await.unwrap()).unwrap();
        for canary in ["Canary", "canary@example.org", "07700 900123"] {
            assert!(!everything.contains(canary), "{}: {canary:?} is still in the database", app.backend);
        }
        // The reference stays only in the audit log, which records who erased it.
        let tables = app.store.export_all().await.unwrap();
        for (table, rows) in tables.iter().filter(|(t, _)| t != "audit_log") {
            assert!(!serde_json::to_string(rows).unwrap().contains(&reference), "{}: the reference is still in {table}", app.backend);
        }
        assert_eq!(canary_files(), 0, "its e-mail files are gone");
        let after = app.store.statistics(today - Duration::days(400), today).await.unwrap();
        assert_eq!(before, after, "{}: the report's facts are the same after erasure", app.backend);
        let ledger = data_protection::ledger_references(&app.data_dir().join("erasure-ledger.tsv")).unwrap();
        assert_eq!(BTreeSet::from_iter(ledger), BTreeSet::from([reference.clone(), withdrawal.clone()]));
        let audit = crate::staff::audit_actions(&app, Some(&reference)).await;
        assert!(audit.iter().any(|(who, what)| who == &manager.email && what == "case.erase"), "{audit:?}");
    }
}

async fn sqlx_exec(app: &TestApp, sql: &str) {
    let sql = sqlx::AssertSqlSafe(sql.to_owned());
    match &app.database {
        Database::Sqlite(pool) => sqlx::query(sql).execute(pool).await.map(|_| ()),
        Database::Postgres(pool) => sqlx::query(sql).execute(pool).await.map(|_| ()),
    }
    .unwrap();
}

#[tokio::test]
async fn a_restored_backup_gets_its_erasures_again_from_the_ledger() {
    let backend = &backends()[0];
    let app = spawn_app_with(backend, &[("RJ_MAIL_POLL_MS", "3600000")]).await;
    let (manager, _) = signed_in(&app, "Mina Manager", "manager", true).await;
    let reference = worked_referral(&app, &manager).await;
    let backup_dir = tempfile::tempdir().unwrap();
    let sealed = backup_dir.path().join("before.rjb");
    app.database.backup(&sealed, &app.keys).await.unwrap();
    let backup = backup_dir.path().join("before.db");
    server::backup::open_file(&app.keys, &sealed, &backup).unwrap();
    let ledger = app.data_dir().join("erasure-ledger.tsv");
    let audit = AuditEntry { at: Utc::now(), actor: manager.email.clone(), action: "case.erase".into(), subject: None, address: None };
    let policy = data_protection::RetentionPolicy {
        closed_months: 24, sent_mail_days: 30, sign_in_failures_days: 90, ledger: ledger.clone(), mail_dir: app.data_dir().join("mail"),
    };
    data_protection::erase(app.store.as_ref(), &policy, &reference, &audit).await.unwrap().unwrap();

    // The backup still holds the case; a server started on it with the ledger (and the
    // service's keys, without which the backup does not open) erases it again.
    let keys = std::fs::read_to_string(app.data_dir().join("data.keys")).unwrap();
    let restored = spawn_app_with(backend, &[
        ("DATABASE_URL", &format!("sqlite://{}", backup.display())),
        ("RJ_ERASURE_LEDGER", &ledger.to_string_lossy()),
        ("RJ_DATA_KEYS", keys.trim()),
    ]).await;
    assert!(restored.store.find_case(&reference).await.unwrap().is_none(), "the erasure is made again at start");
    let actions = crate::staff::audit_actions(&restored, Some(&reference)).await;
    assert!(actions.iter().any(|(who, what)| who == "erasure-ledger" && what == "case.erase"), "{actions:?}");
}

#[tokio::test]
async fn retention_removes_exactly_what_is_due_and_a_dry_run_nothing() {
    for backend in backends() {
        let mut app = spawn_app_with(&backend, &[("RJ_MAIL_POLL_MS", "3600000"), ("RJ_POST_BURST", "1000")]).await;
        let (manager, _) = signed_in(&app, "Mina Manager", "manager", true).await;
        let now = Utc::now();
        // Three referrals: one ended three years ago, one ended last week, one still open.
        let old = worked_referral(&app, &manager).await;
        sqlx_exec(&app, &format!("UPDATE requests SET closed_at = '{}' WHERE reference = '{old}'", (now - Duration::days(3 * 365)).to_rfc3339())).await;
        app.new_visitor();
        let recent = worked_referral(&app, &manager).await;
        app.new_visitor();
        let sent = refer_as_a_victim(&app).await;
        let open = reference_on(&app.page(&sent).await.html());
        // Sent e-mail: one long ago, the others not sent yet. Sign-in failures: old and new.
        sqlx_exec(&app, &format!("UPDATE outbox SET status = 'sent', sent_at = '{}' WHERE idempotency_key LIKE '{recent}:%'", (now - Duration::days(60)).to_rfc3339())).await;
        app.store.record_sign_in_failure("someone@rj.example", "192.0.2.1", now - Duration::days(200)).await.unwrap();
        app.store.record_sign_in_failure("someone@rj.example", "192.0.2.1", now - Duration::hours(1)).await.unwrap();
        // E-mail files: one old, one new.
        let mail = app.data_dir().join("mail");
        std::fs::create_dir_all(&mail).unwrap();
        for (name, age) in [("old.eml", 60), ("new.eml", 1)] {
            let path = mail.join(name);
            std::fs::write(&path, "Message-ID: <x@y>\r\n\r\nhello\r\n").unwrap();
            let file = std::fs::File::options().write(true).open(&path).unwrap();
            file.set_modified(std::time::SystemTime::now() - std::time::Duration::from_secs(age * 86_400)).unwrap();
        }
        let policy = data_protection::RetentionPolicy {
            closed_months: 24, sent_mail_days: 30, sign_in_failures_days: 1,
            ledger: app.data_dir().join("erasure-ledger.tsv"), mail_dir: mail.clone(),
        };

        let dry = data_protection::apply_retention(app.store.as_ref(), &policy, now, false).await.unwrap();
        assert_eq!(dry.due.closed_cases, vec![old.clone()], "{}", app.backend);
        assert_eq!((dry.due.sent_mail, dry.due.sign_in_failures, dry.mail_files), (2, 1, 1), "{}", app.backend);
        assert!(app.store.find_case(&old).await.unwrap().is_some(), "a dry run changes nothing");
        assert!(mail.join("old.eml").exists());

        let run = data_protection::apply_retention(app.store.as_ref(), &policy, now, true).await.unwrap();
        assert!(run.applied);
        assert!(app.store.find_case(&old).await.unwrap().is_none(), "the case ended three years ago is erased");
        assert!(app.store.find_case(&recent).await.unwrap().is_some(), "the one ended last week stays");
        assert!(app.store.find_case(&open).await.unwrap().is_some(), "the open one stays");
        let again = data_protection::apply_retention(app.store.as_ref(), &policy, now, false).await.unwrap();
        assert_eq!((again.due.closed_cases.len(), again.due.sent_mail, again.due.sign_in_failures, again.mail_files), (0, 0, 0, 0));
        assert!(!mail.join("old.eml").exists() && mail.join("new.eml").exists());
        let failures = app.store.sign_in_failures("someone@rj.example", "192.0.2.1", now - Duration::days(365)).await.unwrap();
        assert_eq!(failures.account, 1, "the recent failure is kept");
        let actions = crate::staff::audit_actions(&app, None).await;
        assert!(actions.iter().any(|(who, what)| who == "retention" && what == "retention.purge"));
    }
}

#[tokio::test]
async fn the_staff_with_access_in_a_quarter_are_listed_with_their_start_and_end() {
    for backend in backends() {
        let app = spawn_app_with(&backend, &[]).await;
        let (_, manager) = signed_in(&app, "Mina Manager", "manager", false).await;
        let (left, _) = signed_in(&app, "Lee Leaver", "practitioner", false).await;
        let (_, _) = signed_in(&app, "Nia Newcomer", "triage", false).await;
        // Lee joined in March and left in August; Nia joined in October; Mina in January.
        sqlx_exec(&app, "UPDATE staff_users SET created_at = '2026-01-05T09:00:00+00:00' WHERE name = 'Mina Manager'").await;
        sqlx_exec(&app, "UPDATE staff_users SET created_at = '2026-03-02T09:00:00+00:00' WHERE name = 'Lee Leaver'").await;
        sqlx_exec(&app, "UPDATE staff_users SET created_at = '2026-10-01T09:00:00+00:00' WHERE name = 'Nia Newcomer'").await;
        app.store.set_staff_status(left.id, app::staff::model::AccountStatus::Disabled).await.unwrap();
        sqlx_exec(&app, "UPDATE staff_users SET disabled_at = '2026-08-14T17:00:00+00:00' WHERE name = 'Lee Leaver'").await;

        let names = |q: &'static str| {
            let manager = &manager;
            async move {
                let (status, html, _) = manager.page(&format!("/staff/access?quarter={q}")).await;
                assert_eq!(status, StatusCode::OK);
                rj_tests::staff::select(&html, "#access-caption ~ tbody th, table tbody th")
            }
        };
        assert_eq!(names("2026-Q3").await, ["Lee Leaver", "Mina Manager"], "{}", app.backend);
        assert_eq!(names("2026-Q4").await, ["Mina Manager", "Nia Newcomer"], "{}", app.backend);
        let csv = manager.get("/staff/access.csv?from=2026-07-01&to=2026-09-30").await.text().await.unwrap();
        assert!(csv.contains("Lee Leaver,lee.leaver@rj.example,practitioner,no,2026-03-02,2026-08-14"), "{csv}");
        let (_, practitioner) = signed_in(&app, "Pat Practitioner", "practitioner", false).await;
        assert_eq!(practitioner.get("/staff/access").await.status(), StatusCode::FORBIDDEN);
    }
}

#[tokio::test]
async fn a_persons_cases_are_found_by_their_contact_details_through_keyed_hashes() {
    for backend in backends() {
        let mut app = spawn_app_with(&backend, &[("RJ_POST_BURST", "1000")]).await;
        let (manager, browser) = signed_in(&app, "Mina Manager", "manager", true).await;
        let sent = refer_as_a_victim(&app).await;
        let reference = reference_on(&app.page(&sent).await.html());
        app.new_visitor();
        let other = reference_on(&app.page(&refer_as_a_victim(&app).await).await.html());
        // The second referral gives another number and address.
        let empty = |field| app.keys.seal(field, "{}");
        sqlx_exec(&app, &format!("UPDATE participants SET details = '{}' WHERE request_id = (SELECT id FROM requests WHERE reference = '{other}')", empty(server::seal::PARTICIPANT_DETAILS))).await;
        sqlx_exec(&app, &format!("UPDATE requests SET answers = '{}' WHERE reference = '{other}'", empty(server::seal::REQUEST_ANSWERS))).await;
        change(&app, &manager, &other, CaseEventKind::Note { text: "rewrite its facts".into() }).await;

        let find = |contact: &'static str| {
            let browser = &browser;
            async move {
                let token = browser.csrf("/staff/find").await;
                let response = browser.post("/staff/find", &token, &[("contact", contact)]).await;
                let status = response.status();
                (status, response.text().await.unwrap())
            }
        };
        let (status, body) = find("+44 7700 900 123").await;
        assert_eq!(status, StatusCode::OK);
        assert!(body.contains(&reference) && !body.contains(&other), "{}: found by phone, written another way", app.backend);
        let (_, body) = find("Canary@Example.org").await;
        assert!(body.contains("1 case holds it") && body.contains(&reference), "{}", app.backend);
        let (_, body) = find("nobody@example.org").await;
        assert!(body.contains("No cases hold it"));
        let (status, body) = find("x").await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(body.contains("Enter an e-mail address"));

        // Only hashes are stored, and the audit log keeps a count, not the address.
        let everything = serde_json::to_string(&app.store.export_all().await.unwrap()).unwrap();
        let audit: Vec<_> = crate::staff::audit_actions(&app, None).await;
        assert!(audit.iter().any(|(_, a)| a == "person.lookup"));
        let digests = app.store.held_data(&reference).await.unwrap().unwrap();
        let rows = &digests.iter().find(|(t, _)| t == "contact_digests").unwrap().1;
        assert_eq!(rows.len(), 2, "its phone and its e-mail");
        assert!(!serde_json::to_string(rows).unwrap().contains("07700"));
        assert!(!everything.contains("\"Canary@Example.org\""));

        // A sensitive case is counted, not named, for a manager who is not a specialist.
        change(&app, &manager, &reference, CaseEventKind::Flag {
            flag: app::domain::screening::Flag::Complex, added: true, reason: "many people".into(), unassign: false, contact_by: None,
        }).await;
        let (_, plain) = signed_in(&app, "Nat Notspecialist", "manager", false).await;
        let token = plain.csrf("/staff/find").await;
        let body = plain.post("/staff/find", &token, &[("contact", "07700 900123")]).await.text().await.unwrap();
        assert!(!body.contains(&reference) && body.contains("1 more need a specialist manager"), "{}", app.backend);
    }
}

#[tokio::test]
async fn the_command_line_shows_a_dry_purge_and_exports_the_whole_service_once() {
    let app = spawn_app_with(&backends()[0], &[("RJ_MAIL_POLL_MS", "3600000")]).await;
    let (manager, _) = signed_in(&app, "Mina Manager", "manager", true).await;
    let reference = worked_referral(&app, &manager).await;
    let exe = env!("CARGO_BIN_EXE_rj-server");
    let run = |args: &[&str]| {
        std::process::Command::new(exe)
            .args(args)
            .env("DATABASE_URL", format!("sqlite://{}", app.data_dir().join("app.db").display()))
            .env("RJ_DATA_DIR", app.data_dir())
            .env("RUST_LOG", "warn")
            .output()
            .expect("the server binary runs")
    };
    let dry = run(&["purge", "--dry-run"]);
    assert!(dry.status.success(), "{}", String::from_utf8_lossy(&dry.stderr));
    let said = String::from_utf8_lossy(&dry.stdout);
    assert!(said.starts_with("Would remove: 0 ended cases") && said.contains("Nothing was changed"), "{said}");
    assert!(!said.contains(&reference), "counts only");

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("service.json");
    let export = run(&["export", &file.to_string_lossy()]);
    assert!(export.status.success(), "{}", String::from_utf8_lossy(&export.stderr));
    let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let tables = json["tables"].as_array().unwrap();
    assert_eq!(tables.len(), TABLES.len(), "every table in the data map");
    let requests = tables.iter().find(|t| t["table"] == "requests").unwrap();
    assert!(requests["rows"].as_array().unwrap().iter().any(|r| r["reference"] == reference.as_str()));
    let staff = tables.iter().find(|t| t["table"] == "staff_users").unwrap();
    assert!(staff["rows"][0].get("password_hash").is_none() && staff["rows"][0].get("totp_secret").is_none(), "no secrets");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&file).unwrap().permissions().mode() & 0o777, 0o600);
    }
    assert!(!run(&["export", &file.to_string_lossy()]).status.success(), "never over an existing file");
    let actions = crate::staff::audit_actions(&app, None).await;
    assert!(actions.iter().any(|(who, what)| who == "cli" && what == "service.export"));
}
