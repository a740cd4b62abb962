//! The fsync limit: how many single-row SQLite commits a second this disk takes, one after the
//! other, on a database opened exactly as the server opens its own (`Database::connect`: WAL,
//! `synchronous=FULL`). `bench/run` divides the referral rate by this figure. Prints figures;
//! asserts nothing about time.
//!
//! cargo run --release -p server --example commit_rate -- DIR [SECONDS]
//!
//! The last line is machine-readable: `commits=N seconds=S per_second=R`.

use std::time::{Duration, Instant};

use server::store::Database;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut args = std::env::args().skip(1);
    let dir = std::path::PathBuf::from(args.next().unwrap_or_else(|| "data".into()));
    let seconds: f64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(5.0);
    let file = dir.join(format!("commit-rate-{}.db", std::process::id()));
    let database = Database::connect(&format!("sqlite://{}", file.display())).await.expect("connect");
    let Database::Sqlite(pool) = &database else { unreachable!("an SQLite URL") };
    sqlx::query("CREATE TABLE t (id INTEGER PRIMARY KEY, at TEXT NOT NULL, v TEXT NOT NULL)")
        .execute(pool)
        .await
        .expect("create");
    let until = Instant::now() + Duration::from_secs_f64(seconds);
    let started = Instant::now();
    let mut commits = 0u64;
    while Instant::now() < until {
        // Autocommit: one statement, one transaction, one commit.
        sqlx::query("INSERT INTO t (at, v) VALUES ($1, $2)")
            .bind(chrono::Utc::now())
            .bind("a row about the size of a small draft")
            .execute(pool)
            .await
            .expect("insert");
        commits += 1;
    }
    let elapsed = started.elapsed().as_secs_f64();
    database.close().await;
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", file.display()));
    }
    println!("commits={commits} seconds={elapsed:.2} per_second={:.0}", commits as f64 / elapsed);
}
