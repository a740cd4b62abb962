//! Encryption at rest (finding 8 of the security review): what people told us never reaches
//! the database in the clear, and a key rotation moves every value to the new key while the
//! site goes on reading them. Both databases.

use std::sync::Arc;

use app::staff::data_map::TABLES;
use rj_tests::{TestApp, backends, spawn_app_with, staff::signed_in};
use server::{
    seal::{self, Keyring},
    store::Database,
};

use crate::data_protection::worked_referral;

/// What `worked_referral` and the referral journey type or record: none may be in the
/// database as written.
const CANARIES: &[&str] = &[
    "Canary Name", "canary@example.org", "07700 900123", "Canary-note", "Canary-flag-reason", "Canary-apology",
    "Canary-risk", "Canary-agency", "Canary Complainer", "Canary-complaint",
];

/// The text of `sql`'s first column in every row, as the database holds it.
async fn raw(app: &TestApp, sql: String) -> Vec<String> {
    let rows: Vec<(Option<String>,)> = match &app.database {
        Database::Sqlite(pool) => sqlx::query_as(sqlx::AssertSqlSafe(sql)).fetch_all(pool).await.unwrap(),
        Database::Postgres(pool) => sqlx::query_as(sqlx::AssertSqlSafe(sql)).fetch_all(pool).await.unwrap(),
    };
    rows.into_iter().filter_map(|(v,)| v).collect()
}

/// Every column of every table, as text, as the database holds it.
async fn everything_raw(app: &TestApp) -> String {
    let mut all = String::new();
    for table in TABLES {
        for column in table.columns {
            for value in raw(app, format!("SELECT CAST({} AS TEXT) FROM {}", column.name, table.name)).await {
                all.push_str(&value);
                all.push('\n');
            }
        }
    }
    all
}

/// The values of each sealed column that are not empty.
async fn sealed_values(app: &TestApp) -> Vec<(seal::Field, String)> {
    let mut out = Vec::new();
    for &field in seal::FIELDS {
        let sql = format!("SELECT {c} FROM {t} WHERE {c} IS NOT NULL AND {c} <> ''", c = field.column, t = field.table);
        out.extend(raw(app, sql).await.into_iter().map(|v| (field, v)));
    }
    out
}

#[tokio::test]
async fn what_people_tell_us_is_sealed_in_the_database_and_opens_for_staff() {
    for backend in backends() {
        // Mail stays in the outbox, so its rows can be looked at.
        let app = spawn_app_with(&backend, &[("RJ_MAIL_POLL_MS", "3600000")]).await;
        let (manager, browser) = signed_in(&app, "Mina Manager", "manager", true).await;
        let reference = worked_referral(&app, &manager).await;

        let values = sealed_values(&app).await;
        for (field, value) in &values {
            assert!(seal::is_sealed(value), "{}: {}.{} holds a value that is not sealed", app.backend, field.table, field.column);
        }
        let filled: std::collections::BTreeSet<String> = values.iter().map(|(f, _)| format!("{}.{}", f.table, f.column)).collect();
        for expected in [
            "drafts.answers", "requests.answers", "case_events.note", "case_events.reason", "outbox.recipient", "outbox.subject",
            "outbox.text_body", "outbox.html_body", "staff_users.totp_secret", "participants.name", "participants.details",
            "participant_equality.ethnicity", "risk_assessments.risks_harmed", "agreement_items.what", "support_referrals.agency",
            "complaints.complainant", "complaints.summary",
        ] {
            assert!(filled.contains(expected), "{}: the test wrote nothing to {expected}, so it shows nothing", app.backend);
        }
        let stored = everything_raw(&app).await;
        for canary in CANARIES {
            assert!(!stored.contains(canary), "{}: {canary:?} is in the database in the clear", app.backend);
        }
        if app.backend == "sqlite" {
            // The file itself, and its write-ahead log, as a copy of the disk would show them.
            for file in ["app.db", "app.db-wal"] {
                let bytes = std::fs::read(app.data_dir().join(file)).unwrap_or_default();
                for canary in CANARIES {
                    assert!(!bytes.windows(canary.len()).any(|w| w == canary.as_bytes()), "{canary:?} in {file}");
                }
            }
        }

        // Staff see it all, opened.
        let (status, _, body) = browser.page(&format!("/staff/requests/{reference}")).await;
        assert_eq!(status, reqwest::StatusCode::OK);
        for shown in ["Canary Name", "Canary-note", "Canary-apology", "Canary-risk", "Canary-agency"] {
            assert!(body.contains(shown), "{}: the case page shows {shown:?}", app.backend);
        }
        let case = app.store.find_case(&reference).await.unwrap().unwrap();
        assert!(case.request.answers_json.contains("canary@example.org"));

        // Keys that are not the service's open nothing.
        let stranger = app.database.store(Arc::new(Keyring::random(1)));
        assert!(stranger.find_case(&reference).await.is_err(), "{}: other keys opened the case", app.backend);
    }
}

#[tokio::test]
async fn a_key_rotation_seals_every_value_under_the_new_key_and_the_old_key_can_then_go() {
    let old = Keyring::new_entry(1);
    let new = Keyring::new_entry(2);
    for backend in backends() {
        let app = spawn_app_with(&backend, &[("RJ_MAIL_POLL_MS", "3600000"), ("RJ_DATA_KEYS", &old)]).await;
        let (manager, _) = signed_in(&app, "Mina Manager", "manager", true).await;
        let reference = worked_referral(&app, &manager).await;
        let before = sealed_values(&app).await.len();
        assert!(sealed_values(&app).await.iter().all(|(_, v)| v.starts_with("rj1:1:")));

        // Steps 2 and 3 of the README: the new key first (the old one still opens), then rekey.
        let exe = env!("CARGO_BIN_EXE_rj-server");
        let rekey = |keys: &str| {
            std::process::Command::new(exe)
                .arg("rekey")
                .env("DATABASE_URL", &app.database_url)
                .env("RJ_DATA_DIR", app.data_dir())
                .env("RJ_DATA_KEYS", keys)
                .env("RUST_LOG", "warn")
                .output()
                .expect("the server binary runs")
        };
        let both = format!("{new},{old}");
        let run = rekey(&both);
        let said = String::from_utf8_lossy(&run.stdout);
        assert!(run.status.success(), "{}: {}", app.backend, String::from_utf8_lossy(&run.stderr));
        assert!(said.contains(&format!("Sealed {before} value(s) again")) && said.contains("under key 2"), "{said}");
        assert!(said.contains("no longer needs key(s) 1"), "{said}");
        assert!(!CANARIES.iter().any(|c| said.contains(c)), "counts only: {said}");
        let after = sealed_values(&app).await;
        assert_eq!(after.len(), before, "{}: every value is still there", app.backend);
        assert!(after.iter().all(|(_, v)| v.starts_with("rj1:2:")), "{}: a value is still under key 1", app.backend);
        let again = rekey(&both);
        assert!(String::from_utf8_lossy(&again.stdout).contains("Sealed 0 value(s) again"), "a second run finds nothing to do");

        // The old key can go: the new one alone opens everything; the old one alone, nothing.
        let only_new = app.database.store(Arc::new(Keyring::parse(&new).unwrap()));
        let case = only_new.find_case(&reference).await.unwrap().unwrap();
        assert!(case.request.answers_json.contains("canary@example.org"));
        assert_eq!(case.assessment.as_ref().map(|a| a.risks_harmed.as_str()), Some("Canary-risk"));
        assert!(only_new.case_events(case.id).await.unwrap().iter().any(|e| e.note.as_deref() == Some("Canary-note")));
        assert!(app.database.store(Arc::new(Keyring::parse(&old).unwrap())).find_case(&reference).await.is_err());

        // Without the key a value was sealed with, rekey stops and says which column.
        let lost = rekey(&Keyring::new_entry(3));
        assert!(!lost.status.success(), "rekey without the key in use must fail");
        assert!(String::from_utf8_lossy(&lost.stderr).contains("not among the keys given"), "{}", String::from_utf8_lossy(&lost.stderr));
        let actions = crate::staff::audit_actions(&app, None).await;
        assert!(actions.iter().any(|(who, what)| who == "cli" && what == "data.rekey"));
    }
}
