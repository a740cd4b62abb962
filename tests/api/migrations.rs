//! Migrations carry existing data across: data is loaded in an older shape, the later
//! migrations run, and the store reads it in the new one. Both databases.

use app::{domain::screening::Flag, ports::QueueQuery};
use chrono::{NaiveDate, TimeZone, Utc};
use rj_tests::{backends, blank_database};
use server::store::Database;

/// The last migration of the shape these rows are written in (the staff area, 22 November).
const BEFORE_SCREENING: i64 = 20261122000004;

/// One request as the 22 November schema stored it: flags as a space-separated string.
/// The store over a database just migrated from an old shape, as the server opens it: what
/// was stored before sealing existed is sealed at start (`reseal`), then read through the keys.
async fn upgraded(db: &Database) -> std::sync::Arc<dyn app::ports::Store> {
    let store = db.store(std::sync::Arc::new(server::seal::Keyring::random(1)));
    let sealed: u64 = store.reseal(true).await.expect("sealing what came before").iter().map(|(_, n)| n).sum();
    assert!(sealed > 0, "the old rows' answers are sealed at start");
    store
}

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

        let store = upgraded(db).await;
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
        let store = upgraded(db).await;
        let case = store.find_case("RJ-ACDE-FHJK").await.unwrap().unwrap();
        assert_eq!(case.processes.len(), 1, "{}", blank.kind);
        assert_eq!((case.processes[0].kind.as_str(), case.processes[0].held_on), ("letter", held));
        assert!(store.find_case("RJ-MNPR-TVWX").await.unwrap().unwrap().processes.is_empty(), "{}", blank.kind);
    }
}

/// The shape before participants: the person's details only in the answers, and the two
/// sides' willingness as two columns of the request.
const BEFORE_PARTICIPANTS: i64 = 20261202000005;

/// A referral's person, its referrer and the willingness recorded on the case become
/// participants, with their details taken from the answers (and nothing else of them).
#[tokio::test]
async fn a_referrals_person_referrer_and_willingness_become_participants() {
    use app::staff::participants::{Consent, Role, Willingness};
    for backend in backends() {
        let blank = blank_database(&backend).await;
        let db = &blank.database;
        db.migrate_to(BEFORE_PARTICIPANTS).await.expect("the old schema");
        let received = Utc.with_ymd_and_hms(2026, 11, 20, 10, 0, 0).unwrap();
        let contact_by = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        let on_behalf = serde_json::json!({
            "for-whom": ["someone-else"], "relationship": ["professional"], "organisation-type": ["probation"],
            "referrer-name": ["Jo Officer"], "referrer-email": ["jo@probation.example"], "agreed": ["yes"],
            "connection": ["caused-harm"], "name": ["Sam Person"], "age-band": ["18-24"],
            "contact-ways": ["phone", "letter"], "phone": ["07700 900123"], "interpreter": ["yes"],
            "story": ["Canary-story"],
        });
        let self_referral = serde_json::json!({ "for-whom": ["me"], "connection": ["harmed"], "name": ["Pat Person"] });
        let sql = "INSERT INTO requests (reference, submission_key, kind, received_at, contact_by, lang, area, routes, \
                   answers, harmed_willing, harmer_willing) VALUES ($1, $2, $3, $4, $5, 'en', 'dudley', '', $6, $7, $8)";
        macro_rules! insert {
            ($pool:expr) => {{
                for (reference, kind, answers, harmed, harmer) in [
                    ("RJ-ACDE-FHJK", "referral", on_behalf.to_string(), Some("declined"), Some("agreed")),
                    ("RJ-MNPR-TVWX", "referral", self_referral.to_string(), None, None),
                    ("RJ-CDEF-HJKM", "call-back", serde_json::json!({ "name": ["Kim"] }).to_string(), None, None),
                ] {
                    sqlx::query(sql)
                        .bind(reference)
                        .bind(format!("key-{reference}"))
                        .bind(kind)
                        .bind(received)
                        .bind(contact_by)
                        .bind(answers)
                        .bind(harmed)
                        .bind(harmer)
                        .execute($pool)
                        .await
                        .expect("an old-shape row inserts");
                }
            }};
        }
        match db {
            Database::Sqlite(pool) => insert!(pool),
            Database::Postgres(pool) => insert!(pool),
        }
        db.migrate().await.expect("the later migrations run over old data");
        let store = upgraded(db).await;

        let case = store.find_case("RJ-ACDE-FHJK").await.unwrap().unwrap();
        let roles: Vec<Role> = case.participants.iter().map(|p| p.role).collect();
        assert_eq!(roles, [Role::CausedHarm, Role::Referrer, Role::Harmed], "{}", blank.kind);
        let person = &case.participants[0];
        assert_eq!(person.name(), Some("Sam Person"));
        assert_eq!(person.consent, Some(Consent::Given));
        assert_eq!(person.willingness, Some(Willingness::Agreed), "the harmer's willingness is theirs");
        assert_eq!(person.details.get("contact-ways").unwrap(), &["phone", "letter"]);
        assert!(app::staff::participants::needs_interpreter(&person.details));
        assert!(person.details.get("story").is_none() && person.details.get("email").is_none(), "only their details, only what was answered");
        assert_eq!(case.participants[1].name(), Some("Jo Officer"));
        assert_eq!(case.participants[1].consent, None);
        let other = &case.participants[2];
        assert_eq!((other.name(), other.willingness), (None, Some(Willingness::Declined)), "{}", blank.kind);

        let case = store.find_case("RJ-MNPR-TVWX").await.unwrap().unwrap();
        assert_eq!(case.participants.len(), 1, "{}: no referrer, no willingness recorded", blank.kind);
        assert_eq!((case.participants[0].role, case.participants[0].willingness), (Role::Harmed, None));
        assert!(store.find_case("RJ-CDEF-HJKM").await.unwrap().unwrap().participants.is_empty(), "a call back has none");
        db.close().await;
    }
}

/// Before assignments had their own column, the timeline kept the assignee's name in `note`.
const BEFORE_ASSIGNEES: i64 = 20261202000007;

/// An old assignment entry names its assignee in its own column after migrating, and its note
/// (which means staff's words) is cleared; taking a case back into the pool stays so.
#[tokio::test]
async fn an_assignments_name_in_the_note_becomes_its_assignee() {
    for backend in backends() {
        let blank = blank_database(&backend).await;
        let db = &blank.database;
        db.migrate_to(BEFORE_ASSIGNEES).await.expect("the old schema");
        let at = Utc.with_ymd_and_hms(2026, 11, 20, 10, 0, 0).unwrap();
        let contact_by = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        macro_rules! load {
            ($pool:expr) => {{
                for (email, name) in [("ann@example.org", "Ann Worker"), ("bo@example.org", "Bo Boss")] {
                    sqlx::query("INSERT INTO staff_users (email, name, role, status, created_at) VALUES ($1, $2, 'manager', 'active', $3)")
                        .bind(email)
                        .bind(name)
                        .bind(at)
                        .execute($pool)
                        .await
                        .unwrap();
                }
                sqlx::query(
                    "INSERT INTO requests (reference, submission_key, kind, received_at, contact_by, lang, routes, answers) \
                     VALUES ('RJ-ACDE-FHJK', 'k', 'referral', $1, $2, 'en', '', '{}')",
                )
                .bind(at)
                .bind(contact_by)
                .execute($pool)
                .await
                .unwrap();
                for note in [Some("Ann Worker"), None] {
                    sqlx::query(
                        "INSERT INTO case_events (request_id, at, actor_id, kind, note) \
                         SELECT r.id, $1, u.id, 'assign', $2 FROM requests r, staff_users u WHERE u.name = 'Bo Boss'",
                    )
                    .bind(at)
                    .bind(note)
                    .execute($pool)
                    .await
                    .unwrap();
                }
            }};
        }
        match db {
            Database::Sqlite(pool) => load!(pool),
            Database::Postgres(pool) => load!(pool),
        }
        db.migrate().await.expect("the later migrations run over old data");
        let store = upgraded(db).await;
        let case = store.find_case("RJ-ACDE-FHJK").await.unwrap().unwrap();
        let events = store.case_events(case.id).await.unwrap();
        let seen: Vec<(Option<&str>, Option<&str>)> = events.iter().map(|e| (e.assignee.as_deref(), e.note.as_deref())).collect();
        assert_eq!(seen, [(Some("Ann Worker"), None), (None, None)], "{}", blank.kind);
        assert_eq!(app::staff::pages::event_text(&events[0]), "Bo Boss assigned the case to Ann Worker.");
        db.close().await;
    }
}
