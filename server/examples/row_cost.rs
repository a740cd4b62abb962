//! What a row costs through sqlx's SQLite driver, by the number of values in it: the
//! measurement behind the SQLite report's store read (docs/performance.md). Fills a table of
//! ROWS rows (default 100,000) in a fresh file, each row with 21 short coded values (as
//! `case_statistics` has) and the same values packed into one text, then reads them back
//! through sqlx: all 21 columns, the id only, the id and the packed text. Prints figures;
//! asserts nothing.
//!
//!     cargo run --release -p server --example row_cost [-- ROWS]
use std::time::Instant;

use sqlx::{Row, sqlite::SqlitePoolOptions};

#[tokio::main]
async fn main() {
    let rows: i64 = std::env::args().nth(1).and_then(|n| n.parse().ok()).unwrap_or(100_000);
    let dir = std::env::temp_dir().join(format!("rj-row-cost-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let pool = SqlitePoolOptions::new()
        .max_connections(1)
        .connect(&format!("sqlite://{}?mode=rwc", dir.join("rows.db").display()))
        .await
        .unwrap();
    let columns: Vec<String> = (1..=20).map(|i| format!("c{i}")).collect();
    let create = format!("CREATE TABLE t (id INTEGER PRIMARY KEY, {}, packed TEXT NOT NULL)", columns.iter().map(|c| format!("{c} TEXT")).collect::<Vec<_>>().join(", "));
    sqlx::query(sqlx::AssertSqlSafe(create)).execute(&pool).await.unwrap();
    let values: Vec<String> = (1..=20).map(|i| format!("'code-' || (i % {})", i + 2)).collect();
    let fill = format!(
        "INSERT INTO t WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {rows}) SELECT i, {}, {} FROM n",
        values.join(", "),
        values.join(" || '|' || ")
    );
    sqlx::query(sqlx::AssertSqlSafe(fill)).execute(&pool).await.unwrap();
    println!("{rows} rows through sqlx's SQLite driver (best of 3)\n");
    println!("| read | values per row | ms | µs per row |");
    println!("| --- | --- | --- | --- |");
    for (label, values, sql) in [
        ("21 columns", 21, format!("SELECT id, {} FROM t ORDER BY id", columns.join(", "))),
        ("the id only", 1, "SELECT id FROM t ORDER BY id".to_owned()),
        ("the id and the packed text", 2, "SELECT id, packed FROM t ORDER BY id".to_owned()),
    ] {
        let mut best = f64::MAX;
        for _ in 0..3 {
            let t = Instant::now();
            let r = sqlx::query(sqlx::AssertSqlSafe(sql.clone())).fetch_all(&pool).await.unwrap();
            let _: i64 = r.last().map(|r| r.get(0)).unwrap_or(0);
            best = best.min(t.elapsed().as_secs_f64() * 1000.0);
        }
        println!("| {label} | {values} | {best:.0} | {:.2} |", best * 1000.0 / rows as f64);
    }
    pool.close().await;
    std::fs::remove_dir_all(&dir).ok();
}
