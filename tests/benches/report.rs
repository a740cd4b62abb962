//! How long a year's monitoring report takes over 100,000 cases, on SQLite and (when
//! `TEST_POSTGRES_URL` is set) PostgreSQL. Prints a table; asserts nothing about time.
//!
//!     cargo bench -p rj-tests --bench report            (RJ_BENCH_CASES to change the count)
//!
//! The cases' reporting facts are written straight into the statistics tables with one SQL
//! statement each (a recursive count, codes spread by remainders), since the report reads
//! nothing else; then a signed-in manager asks for the year's report, its CSV file and the
//! partner view over HTTP, as the browser would, five times each.

use std::time::{Duration, Instant};

use app::staff::report::{Disclosure, Period, Report, Sources};
use chrono::NaiveDate;
use rj_tests::{backends, spawn_app, staff::signed_in};
use server::store::Database;
use sqlx::AssertSqlSafe;

fn seed_sql(postgres: bool, cases: u64) -> Vec<String> {
    // A date `days` after 1 October 2025, in each database's words.
    let day = |days: &str| {
        if postgres { format!("(DATE '2025-10-01' + ({days})::int)") } else { format!("date('2025-10-01', '+' || ({days}) || ' days')") }
    };
    let after = |column: &str, days: &str| if postgres { format!("({column} + ({days})::int)") } else { format!("date({column}, '+' || ({days}) || ' days')") };
    vec![
        format!(
            "INSERT INTO case_statistics (request_id, kind, restricted, received_on, due_on, channel, source, connection, area, \
             crime_type, hate, cyber, domestic, cj_stage, disposal, status, end_reason, onward_to, left_at, first_contact_on, \
             ended_on, updated_at) \
             WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {cases}) \
             SELECT NULL, CASE WHEN i % 20 = 0 THEN 'call-back' ELSE 'referral' END, CASE WHEN i % 7 = 0 THEN 1 ELSE 0 END, \
             {received}, {due}, \
             CASE i % 3 WHEN 0 THEN 'web' WHEN 1 THEN 'phone' ELSE 'email' END, \
             CASE i % 4 WHEN 0 THEN 'self' WHEN 1 THEN 'police' WHEN 2 THEN 'probation' ELSE 'family-friend' END, \
             CASE i % 5 WHEN 0 THEN 'caused-harm' ELSE 'harmed' END, \
             CASE i % 8 WHEN 0 THEN 'birmingham' WHEN 1 THEN 'coventry' WHEN 2 THEN 'dudley' WHEN 3 THEN 'sandwell' \
               WHEN 4 THEN 'solihull' WHEN 5 THEN 'walsall' WHEN 6 THEN 'wolverhampton' ELSE 'elsewhere' END, \
             CASE i % 6 WHEN 0 THEN 'violence' WHEN 1 THEN 'theft' WHEN 2 THEN 'burglary' WHEN 3 THEN 'domestic-abuse' \
               WHEN 4 THEN 'hate-crime' ELSE 'fraud-online' END, \
             CASE WHEN i % 6 = 4 THEN 1 ELSE 0 END, CASE WHEN i % 6 = 5 THEN 1 ELSE 0 END, CASE WHEN i % 6 = 3 THEN 1 ELSE 0 END, \
             CASE i % 3 WHEN 0 THEN 'investigating' WHEN 1 THEN 'awaiting-court' ELSE 'finished' END, \
             CASE i % 10 WHEN 0 THEN 'community-resolution' WHEN 1 THEN 'conditional-caution' ELSE NULL END, \
             CASE i % 4 WHEN 0 THEN 'closed' WHEN 1 THEN 'withdrawn' WHEN 2 THEN 'contacted' ELSE 'new' END, \
             CASE i % 4 WHEN 0 THEN 'completed' WHEN 1 THEN 'not-ready' ELSE NULL END, NULL, \
             CASE i % 4 WHEN 0 THEN 'in-progress' WHEN 1 THEN 'contacted' ELSE NULL END, \
             CASE WHEN i % 4 < 3 THEN {contacted} ELSE NULL END, \
             CASE WHEN i % 4 < 2 THEN {ended} ELSE NULL END, '2026-10-01T00:00:00Z' FROM n",
            received = day("i % 365"),
            due = day("i % 365 + 7"),
            contacted = day("i % 365 + i % 9"),
            ended = day("i % 365 + 30 + i % 20"),
        ),
        "INSERT INTO statistics_people (case_id, role, age_band, sex, ethnicity, disability, interpreter, bsl, willingness, refusal_reason) \
         SELECT id, 'harmed', CASE id % 3 WHEN 0 THEN '18-24' WHEN 1 THEN '35-44' ELSE '65-plus' END, \
         CASE id % 3 WHEN 0 THEN 'female' WHEN 1 THEN 'male' ELSE NULL END, \
         CASE id % 4 WHEN 0 THEN 'white-british' WHEN 1 THEN 'asian-pakistani' WHEN 2 THEN 'black-caribbean' ELSE NULL END, \
         CASE id % 2 WHEN 0 THEN 'no' ELSE NULL END, CASE WHEN id % 11 = 0 THEN 1 ELSE 0 END, 0, \
         CASE id % 3 WHEN 0 THEN 'agreed' WHEN 1 THEN 'declined' ELSE 'exploring' END, \
         CASE id % 3 WHEN 1 THEN 'not-ready' ELSE NULL END FROM case_statistics"
            .to_owned(),
        "INSERT INTO statistics_people (case_id, role, age_band, sex, ethnicity, disability, interpreter, bsl, willingness, refusal_reason) \
         SELECT id, 'caused-harm', '25-34', 'male', NULL, NULL, 0, 0, 'exploring', NULL FROM case_statistics WHERE id % 2 = 0"
            .to_owned(),
        format!(
            "INSERT INTO statistics_events (case_id, kind, code, happened_on) \
             SELECT id, 'process', CASE id % 3 WHEN 0 THEN 'conference' WHEN 1 THEN 'shuttle' ELSE 'letter' END, {held} \
             FROM case_statistics WHERE id % 4 = 0",
            held = after("received_on", "20"),
        ),
    ]
}

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

#[tokio::main]
async fn main() {
    let cases: u64 = std::env::var("RJ_BENCH_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(100_000);
    let year = Period::new(NaiveDate::from_ymd_opt(2025, 10, 1).unwrap(), NaiveDate::from_ymd_opt(2026, 9, 30).unwrap()).unwrap();
    let query = "from=2025-10-01&to=2026-09-30";
    println!("A year's monitoring report over {cases} cases (median of 5 runs each)\n");
    println!("| database | seed | store read | Report::build | page over HTTP | CSV over HTTP | partner view |");
    println!("| --- | --- | --- | --- | --- | --- | --- |");
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let (_, manager) = signed_in(&app, "Bench Manager", "manager", true).await;
        let started = Instant::now();
        for sql in seed_sql(app.backend == "postgres", cases) {
            match &app.database {
                Database::Sqlite(pool) => sqlx::query(AssertSqlSafe(sql)).execute(pool).await.map(|_| ()),
                Database::Postgres(pool) => sqlx::query(AssertSqlSafe(sql)).execute(pool).await.map(|_| ()),
            }
            .expect("seeding");
        }
        if let Database::Postgres(pool) = &app.database {
            sqlx::query("ANALYZE").execute(pool).await.expect("analyze");
        }
        let seed = started.elapsed();

        let mut read = Vec::new();
        let mut build = Vec::new();
        let mut rows = 0;
        for _ in 0..5 {
            let t = Instant::now();
            let stats = app.store.statistics(year.previous().from, year.to).await.expect("statistics");
            read.push(t.elapsed());
            rows = stats.len();
            let t = Instant::now();
            let report = Report::build(Sources { cases: &stats, feedback: &[], complaints: &[] }, year, NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(), Disclosure::Staff);
            build.push(t.elapsed());
            assert!(report.tables().count() > 30);
        }
        let timed = |path: String| {
            let manager = &manager;
            async move {
                let mut runs = Vec::new();
                for _ in 0..5 {
                    let t = Instant::now();
                    let response = manager.get(&path).await;
                    assert_eq!(response.status(), reqwest::StatusCode::OK, "{path}");
                    let body = response.text().await.expect("body");
                    runs.push(t.elapsed());
                    assert!(!body.is_empty());
                }
                median(runs)
            }
        };
        let page = timed(format!("/staff/report?{query}&view=staff")).await;
        let csv = timed(format!("/staff/report.csv?{query}&view=staff")).await;
        let partner = timed(format!("/staff/report?{query}&view=partner")).await;
        println!(
            "| {} ({rows} rows read) | {} | {} | {} | {} | {} | {} |",
            app.backend,
            ms(seed),
            ms(median(read)),
            ms(median(build)),
            ms(page),
            ms(csv),
            ms(partner)
        );
    }
}
