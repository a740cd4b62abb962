//! How fast the staff queue answers with a million requests: fills a fresh database (SQLite in
//! a temporary folder, or PostgreSQL when `BENCH_POSTGRES_URL` names a server; a database
//! `rj_bench_{pid}` is created and dropped there), then times the queue page's queries through
//! the store, every filter the page offers and the urgent panel above it. Run it with 1,000
//! and with 1,000,000 rows to see how the page grows with the case load (`bench/run queue`).
//! Prints figures; asserts nothing about time.
//!
//! cargo run --release -p server --example queue_bench [-- ROWS]
//!
//! Each figure is also printed as a machine-readable line: `result|label|median ms`.

use std::time::Instant;

use app::{domain::screening::Flag, ports::{QueueQuery, Store}, staff::model::{RequestKind, Status}};
use chrono::{NaiveDate, Utc};
use server::store::Database;

const RUNS: usize = 20;

#[tokio::main]
async fn main() {
    let rows: i64 = std::env::args().nth(1).and_then(|n| n.parse().ok()).unwrap_or(1_000_000);
    let dir = tempfile_dir();
    let name = format!("rj_bench_{}", std::process::id());
    let (url, admin) = match std::env::var("BENCH_POSTGRES_URL") {
        Ok(server) => {
            let admin = sqlx::PgPool::connect(&server).await.expect("PostgreSQL");
            sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}"))).execute(&admin).await.expect("create");
            let base = server.rsplit_once('/').map(|(b, _)| b.to_owned()).unwrap_or(server.clone());
            (format!("{base}/{name}"), Some(admin))
        }
        Err(_) => (format!("sqlite://{}/bench.db", dir.display()), None),
    };
    let database = Database::connect(&url).await.expect("connect");
    database.migrate().await.expect("migrate");
    let store = database.store(std::sync::Arc::new(server::seal::Keyring::random(1)));

    let started = Instant::now();
    fill(&database, rows).await;
    println!("{}: {rows} requests inserted in {:.1} s", database.kind(), started.elapsed().as_secs_f64());

    // The rows' deadlines run over a year from 2027-01-08; ids follow the deadlines round.
    let first = QueueQuery { open: Some(true), limit: 51, ..Default::default() };
    time(&*store, "first page of open work (default view)", &first).await;
    let deep = QueueQuery { after: Some((day("2027-11-20"), rows * 9 / 10)), ..first.clone() };
    time(&*store, "a page deep in the queue (keyset)", &deep).await;
    let back = QueueQuery { before: Some((day("2027-11-20"), rows * 9 / 10)), ..first.clone() };
    time(&*store, "the page before it (keyset, backwards)", &back).await;
    let status = QueueQuery { open: None, status: Some(Status::Assessing), ..first.clone() };
    time(&*store, "status: assessing", &status).await;
    let ended = QueueQuery { open: Some(false), ..first.clone() };
    time(&*store, "ended cases", &ended).await;
    let all = QueueQuery { open: None, ..first.clone() };
    time(&*store, "open and ended", &all).await;
    let kind = QueueQuery { kind: Some(RequestKind::Withdrawal), ..first.clone() };
    time(&*store, "kind: withdrawal", &kind).await;
    let area = QueueQuery { area: Some("dudley".into()), ..first.clone() };
    time(&*store, "area", &area).await;
    let flag = QueueQuery { flag: Some(Flag::Sensitive), ..first.clone() };
    time(&*store, "flag: sensitive", &flag).await;
    let filtered = QueueQuery { area: Some("dudley".into()), flag: Some(Flag::Sensitive), ..first.clone() };
    time(&*store, "area and flag", &filtered).await;
    let rare = QueueQuery { area: Some("dudley".into()), flag: Some(Flag::Complex), kind: Some(RequestKind::CallBack), ..first.clone() };
    time(&*store, "area, kind and a rare flag", &rare).await;
    let mine = QueueQuery { assigned_to: Some(1), ..first.clone() };
    time(&*store, "assigned to one person", &mine).await;
    let unassigned = QueueQuery { unassigned: true, ..first.clone() };
    time(&*store, "unassigned", &unassigned).await;
    let overdue = QueueQuery { overdue_on: Some(day("2027-06-15")), ..first.clone() };
    time(&*store, "overdue only", &overdue).await;
    let month = QueueQuery { received_from: Some(day("2027-09-01")), received_to: Some(day("2027-09-30")), ..first.clone() };
    time(&*store, "received in one month", &month).await;
    let by_reference = QueueQuery { reference: Some(format!("RJ-B{:07}", rows / 2 + 1)), ..first.clone() };
    time(&*store, "search by reference", &by_reference).await;
    // The panel above the queue (`cases::urgent_uncontacted`).
    let urgent = QueueQuery { open: Some(true), flag: Some(Flag::Urgent), limit: 50, ..Default::default() };
    time(&*store, "urgent panel", &urgent).await;

    database.close().await;
    if let Some(admin) = admin {
        let _ = sqlx::query(sqlx::AssertSqlSafe(format!("DROP DATABASE IF EXISTS {name}"))).execute(&admin).await;
    }
    let _ = std::fs::remove_dir_all(dir);
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn tempfile_dir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("rj-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The rows in one statement each, shaped like a real queue: received over a year, each due a
/// week later; a tenth ended; statuses, kinds and areas mixed; a third of the worked ones
/// assigned to one of five people; a fifth sensitive, one in 13 complex, one in 97 urgent.
async fn fill(database: &Database, rows: i64) {
    let now = Utc::now();
    let select = "'RJ-B' || {ref}, 'bench-' || i, \
        (CASE WHEN i % 25 = 7 THEN 'withdrawal' WHEN i % 10 = 3 THEN 'call-back' ELSE 'referral' END), \
        (CASE i % 10 WHEN 0 THEN 'closed' WHEN 1 THEN 'contacted' WHEN 2 THEN 'assessing' ELSE 'new' END), \
        {received}, {deadline}, \
        (CASE WHEN i % 10 IN (0, 1, 2) THEN {contacted} END), 'en', \
        (CASE i % 7 WHEN 0 THEN 'birmingham' WHEN 1 THEN 'coventry' WHEN 2 THEN 'dudley' \
         WHEN 3 THEN 'sandwell' WHEN 4 THEN 'solihull' WHEN 5 THEN 'walsall' ELSE 'wolverhampton' END), \
        '{}', (CASE WHEN i % 10 = 0 THEN 0 ELSE 1 END), \
        (CASE WHEN i % 10 IN (0, 1, 2) AND i % 3 = 0 THEN 1 + i % 5 END)";
    let columns = "INSERT INTO requests (reference, submission_key, kind, status, received_at, contact_by, \
        first_contact_at, lang, area, answers, is_open, assigned_to)";
    let staff = "INSERT INTO staff_users (email, name, role, status, created_at) VALUES \
        ('a@example.org', 'A', 'triage', 'active', $1), ('b@example.org', 'B', 'triage', 'active', $1), \
        ('c@example.org', 'C', 'practitioner', 'active', $1), ('d@example.org', 'D', 'practitioner', 'active', $1), \
        ('e@example.org', 'E', 'manager', 'active', $1)";
    let flags = [
        "INSERT INTO request_flags (request_id, flag) SELECT id, 'sensitive' FROM requests WHERE id % 5 = 0",
        "INSERT INTO request_flags (request_id, flag) SELECT id, 'complex' FROM requests WHERE id % 13 = 0",
        "INSERT INTO request_flags (request_id, flag) SELECT id, 'urgent' FROM requests WHERE id % 97 = 0",
    ];
    // Day i % 365 of the year from 2027-01-01 (so deadlines come round again every 365 rows).
    match database {
        Database::Sqlite(pool) => {
            sqlx::query(staff).bind(now).execute(pool).await.expect("staff");
            let sql = format!(
                "{columns} WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $1) SELECT {} FROM n",
                select
                    .replace("{ref}", "substr('0000000' || i, -7, 7)")
                    .replace("{received}", "date('2027-01-01', '+' || (i % 365) || ' days') || 'T09:00:00+00:00'")
                    .replace("{deadline}", "date('2027-01-08', '+' || (i % 365) || ' days')")
                    .replace("{contacted}", "date('2027-01-03', '+' || (i % 365) || ' days') || 'T11:00:00+00:00'")
            );
            sqlx::query(sqlx::AssertSqlSafe(sql)).bind(rows).execute(pool).await.expect("fill");
            for f in flags {
                sqlx::query(f).execute(pool).await.expect("flags");
            }
            sqlx::query("ANALYZE").execute(pool).await.unwrap();
        }
        Database::Postgres(pool) => {
            sqlx::query(staff).bind(now).execute(pool).await.expect("staff");
            let sql = format!(
                "{columns} SELECT {} FROM generate_series(1, $1) AS i",
                select
                    .replace("{ref}", "lpad(i::text, 7, '0')")
                    .replace("{received}", "((DATE '2027-01-01' + (i % 365)::int) + TIME '09:00') AT TIME ZONE 'UTC'")
                    .replace("{deadline}", "DATE '2027-01-08' + (i % 365)::int")
                    .replace("{contacted}", "((DATE '2027-01-03' + (i % 365)::int) + TIME '11:00') AT TIME ZONE 'UTC'")
            );
            sqlx::query(sqlx::AssertSqlSafe(sql)).bind(rows).execute(pool).await.expect("fill");
            for f in flags {
                sqlx::query(f).execute(pool).await.expect("flags");
            }
            sqlx::query("ANALYZE").execute(pool).await.unwrap();
        }
    }
}

async fn time(store: &dyn Store, label: &str, query: &QueueQuery) {
    let mut times = Vec::with_capacity(RUNS);
    let mut found = 0;
    for _ in 0..RUNS {
        let started = Instant::now();
        found = store.queue(query).await.expect("query").len();
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("  {label:<40} {found:>3} rows   median {:>7.2} ms   worst {:>7.2} ms", times[RUNS / 2], times[RUNS - 1]);
    println!("result|{label}|{:.3}", times[RUNS / 2]);
}
