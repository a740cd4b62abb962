//! Migrations carry existing data across: data is loaded in an older shape, the later
//! migrations run, and the store reads it in the new one. Both databases.

use app::{domain::screening::Flag, ports::QueueQuery};
use chrono::{NaiveDate, TimeZone, Utc};
use rj_tests::{backends, blank_database};
use server::store::Database;

/// The last migration of the shape these rows are written in (the staff area, 22 November).
const BEFORE_SCREENING: i64 = 20261122000004;

/// One request as the 22 November schema stored it: flags as a space-separated string.
async fn old_request(db: &Database, reference: &str, flags: &str) {
    let received = Utc.with_ymd_and_hms(2026, 11, 20, 10, 0, 0).unwrap();
    let contact_by = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    let sql = "INSERT INTO requests (reference, submission_key, kind, received_at, contact_by, lang, \
               area, flags, routes, answers) VALUES ($1, $2, 'referral', $3, $4, 'en', 'dudley', $5, '', '{}')";
    macro_rules! insert {
        ($pool:expr) => {{
            sqlx::query(sql)
                .bind(reference)
                .bind(format!("key-{reference}"))
                .bind(received)
                .bind(contact_by)
                .bind(flags)
                .execute($pool)
                .await
                .expect("an old-shape row inserts");
        }};
    }
    match db {
        Database::Sqlite(pool) => insert!(pool),
        Database::Postgres(pool) => insert!(pool),
    }
}

/// Two migrations over the same rows: `possibly-complex` becomes `complex`, then every flag
/// moves from the string into `request_flags` (odd spacing and a repeat included), and the
/// queue's flag filter finds them there.
#[tokio::test]
async fn old_flags_become_typed_rows_and_possibly_complex_becomes_complex() {
    for backend in backends() {
        let blank = blank_database(&backend).await;
        let db = &blank.database;
        db.migrate_to(BEFORE_SCREENING).await.expect("the old schema");
        old_request(db, "RJ-ACDE-FHJK", "sensitive possibly-complex under-18").await;
        old_request(db, "RJ-MNPR-TVWX", "possibly-complex").await;
        old_request(db, "RJ-CDEF-HJKM", " interpreter-or-access  urgent urgent").await;
        old_request(db, "RJ-DEFH-JKMN", "").await;
        db.migrate().await.expect("the later migrations run over old data");

        let store = db.store();
        let flags = |r: &'static str| {
            let store = store.clone();
            async move { store.find_request(r).await.unwrap().unwrap().flags }
        };
        assert_eq!(flags("RJ-ACDE-FHJK").await, [Flag::Sensitive, Flag::Complex, Flag::Under18], "{}", blank.kind);
        assert_eq!(flags("RJ-MNPR-TVWX").await, [Flag::Complex], "{}", blank.kind);
        assert_eq!(flags("RJ-CDEF-HJKM").await, [Flag::Urgent, Flag::InterpreterOrAccess], "{}", blank.kind);
        assert!(flags("RJ-DEFH-JKMN").await.is_empty(), "{}", blank.kind);

        let complex = store
            .queue(&QueueQuery { flag: Some(Flag::Complex), limit: 10, ..QueueQuery::default() })
            .await
            .unwrap();
        let mut found: Vec<&str> = complex.iter().map(|r| r.reference.as_str()).collect();
        found.sort();
        assert_eq!(found, ["RJ-ACDE-FHJK", "RJ-MNPR-TVWX"], "{}", blank.kind);
        db.close().await;
    }
}

/// The one process a request could hold becomes the first row of its processes; a request
/// without a date keeps none rather than an invented one.
#[tokio::test]
async fn a_requests_single_rj_process_becomes_its_first_process() {
    for backend in backends() {
        let blank = blank_database(&backend).await;
        let db = &blank.database;
        db.migrate_to(BEFORE_SCREENING).await.expect("the old schema");
        old_request(db, "RJ-ACDE-FHJK", "").await;
        old_request(db, "RJ-MNPR-TVWX", "").await;
        let held = NaiveDate::from_ymd_opt(2026, 10, 1).unwrap();
        macro_rules! set {
            ($pool:expr) => {{
                sqlx::query("UPDATE requests SET rj_process = 'letter', rj_activity_on = $1 WHERE reference = 'RJ-ACDE-FHJK'")
                    .bind(held)
                    .execute($pool)
                    .await
                    .unwrap();
                sqlx::query("UPDATE requests SET rj_process = 'conference' WHERE reference = 'RJ-MNPR-TVWX'")
                    .execute($pool)
                    .await
                    .unwrap();
            }};
        }
        match db {
            Database::Sqlite(pool) => set!(pool),
            Database::Postgres(pool) => set!(pool),
        }
        db.migrate().await.expect("the later migrations run over old data");
        let store = db.store();
        let case = store.find_case("RJ-ACDE-FHJK").await.unwrap().unwrap();
        assert_eq!(case.processes.len(), 1, "{}", blank.kind);
        assert_eq!((case.processes[0].kind.as_str(), case.processes[0].held_on), ("letter", held));
        assert!(store.find_case("RJ-MNPR-TVWX").await.unwrap().unwrap().processes.is_empty(), "{}", blank.kind);
    }
}
