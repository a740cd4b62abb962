//! How fast the staff queue answers with a million requests: fills a fresh database (SQLite in
//! a temporary folder, or PostgreSQL when `BENCH_POSTGRES_URL` names a server; a database
//! `rj_bench` is created and dropped there), then times the queue's queries through the store.
//! Prints figures; asserts nothing about time.
//!
//! cargo run --release -p server --example queue_bench [-- ROWS]

use std::time::Instant;

use app::{domain::screening::Flag, ports::{QueueQuery, Store}};
use chrono::{NaiveDate, Utc};
use server::store::Database;

const RUNS: usize = 20;

#[tokio::main]
async fn main() {
    let rows: i64 = std::env::args().nth(1).and_then(|n| n.parse().ok()).unwrap_or(1_000_000);
    let dir = tempfile_dir();
    let (url, admin) = match std::env::var("BENCH_POSTGRES_URL") {
        Ok(server) => {
            let admin = sqlx::PgPool::connect(&server).await.expect("PostgreSQL");
            let _ = sqlx::query("DROP DATABASE IF EXISTS rj_bench").execute(&admin).await;
            sqlx::query("CREATE DATABASE rj_bench").execute(&admin).await.expect("create");
            let base = server.rsplit_once('/').map(|(b, _)| b.to_owned()).unwrap_or(server.clone());
            (format!("{base}/rj_bench"), Some(admin))
        }
        Err(_) => (format!("sqlite://{}/bench.db", dir.display()), None),
    };
    let database = Database::connect(&url).await.expect("connect");
    database.migrate().await.expect("migrate");
    let store = database.store(std::sync::Arc::new(server::seal::Keyring::random(1)));

    let started = Instant::now();
    fill(&database, rows).await;
    println!("{}: {rows} requests inserted in {:.1} s", database.kind(), started.elapsed().as_secs_f64());

    let first = QueueQuery { open: Some(true), limit: 51, ..Default::default() };
    time(&*store, "first page of open work (default view)", &first).await;
    let deep = QueueQuery { after: Some((day("2027-03-20"), rows * 9 / 10)), ..first.clone() };
    time(&*store, "a page deep in the queue (keyset)", &deep).await;
    let filtered = QueueQuery { area: Some("dudley".into()), flag: Some(Flag::Sensitive), ..first.clone() };
    time(&*store, "area and flag filter", &filtered).await;
    let overdue = QueueQuery { overdue_on: Some(day("2027-01-15")), ..first.clone() };
    time(&*store, "overdue only", &overdue).await;
    let by_reference = QueueQuery { reference: Some(format!("RJ-B{:07}", rows / 2 + 1)), ..first.clone() };
    time(&*store, "search by reference", &by_reference).await;
    let mine = QueueQuery { assigned_to: Some(1), ..first.clone() };
    time(&*store, "assigned to one person", &mine).await;

    database.close().await;
    if let Some(admin) = admin {
        let _ = sqlx::query("DROP DATABASE IF EXISTS rj_bench").execute(&admin).await;
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

/// A million rows in one statement each: deadlines over a year, a tenth ended, some flagged,
/// areas spread over the seven boroughs.
async fn fill(database: &Database, rows: i64) {
    let now = Utc::now();
    let select = "'RJ-B' || substr('0000000' || i, -7, 7), 'bench-' || i, 'referral', 'new', $1, \
        {deadline}, 'en', \
        (CASE i % 7 WHEN 0 THEN 'birmingham' WHEN 1 THEN 'coventry' WHEN 2 THEN 'dudley' \
         WHEN 3 THEN 'sandwell' WHEN 4 THEN 'solihull' WHEN 5 THEN 'walsall' ELSE 'wolverhampton' END), \
        '{}', (CASE WHEN i % 10 = 0 THEN 0 ELSE 1 END)";
    let columns = "INSERT INTO requests (reference, submission_key, kind, status, received_at, contact_by, lang, \
        area, answers, is_open)";
    // A fifth of them sensitive.
    let flags = "INSERT INTO request_flags (request_id, flag) SELECT id, 'sensitive' FROM requests WHERE id % 5 = 0";
    match database {
        Database::Sqlite(pool) => {
            let sql = format!(
                "{columns} WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $2) SELECT {} FROM n",
                select.replace("{deadline}", "date('2027-01-01', '+' || (i % 365) || ' days')")
            );
            sqlx::query(sqlx::AssertSqlSafe(sql)).bind(now).bind(rows).execute(pool).await.expect("fill");
            sqlx::query(flags).execute(pool).await.expect("flags");
            sqlx::query("ANALYZE").execute(pool).await.unwrap();
        }
        Database::Postgres(pool) => {
            let sql = format!(
                "{columns} SELECT {} FROM generate_series(1, $2) AS i",
                select.replace("{deadline}", "DATE '2027-01-01' + (i % 365)::int").replace("substr('0000000' || i, -7, 7)", "lpad(i::text, 7, '0')")
            );
            sqlx::query(sqlx::AssertSqlSafe(sql)).bind(now).bind(rows).execute(pool).await.expect("fill");
            sqlx::query(flags).execute(pool).await.expect("flags");
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
}
