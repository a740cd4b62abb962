//! How the public forms are doing, counted anonymously: journeys started and sent by language,
//! with and without the site's script, where people stop, which questions cause errors in
//! which language, and the minutes a referral takes; shown to managers beside the report.
//! The counters hold months, languages, pages and numbers, nothing about anyone. Both databases.

use reqwest::StatusCode;
use rj_tests::{backends, spawn_app_with, staff::signed_in};
use server::store::Database;

use crate::journeys::refer_as_a_victim;

fn row(html: &scraper::Html, table: &str, label: &str) -> Vec<String> {
    let rows = scraper::Selector::parse(&format!("#{table} tbody tr")).unwrap();
    let th = scraper::Selector::parse("th").unwrap();
    let td = scraper::Selector::parse("td").unwrap();
    html.select(&rows)
        .find(|r| r.select(&th).next().is_some_and(|h| h.text().collect::<String>() == label))
        .map(|r| r.select(&td).map(|c| c.text().collect()).collect())
        .unwrap_or_else(|| panic!("no row {label:?} in {table}"))
}

#[tokio::test]
async fn the_forms_are_counted_anonymously_and_shown_beside_the_report() {
    for backend in backends() {
        let mut app = spawn_app_with(&backend, &[("RJ_FORM_COUNTS_SECS", "1")]).await;
        // One referral sent without the script; one started in Urdu with it, stopped at an error.
        refer_as_a_victim(&app).await;
        app.new_visitor();
        assert_eq!(app.post_form("/ur/refer", &[]).await.status(), StatusCode::SEE_OTHER);
        let response = app.post_form("/ur/refer/who", &[("js", "1")]).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "an error goes back to the page");
        let response = app.post_form("/ur/refer/who", &[("for-whom", "me"), ("js", "1")]).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);

        // The counters are written within a second or so.
        let count_rows = || async {
            let sql = "SELECT COUNT(*) FROM form_counts";
            match &app.database {
                Database::Sqlite(pool) => sqlx::query_as::<_, (i64,)>(sql).fetch_one(pool).await.unwrap().0,
                Database::Postgres(pool) => sqlx::query_as::<_, (i64,)>(sql).fetch_one(pool).await.unwrap().0,
            }
        };
        let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(10);
        while count_rows().await == 0 {
            assert!(tokio::time::Instant::now() < deadline, "the counters were not written");
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        tokio::time::sleep(std::time::Duration::from_millis(1500)).await;

        let (_, manager) = signed_in(&app, "Mina Manager", "manager", false).await;
        let quarter = app::staff::report::Period::quarter_of(app::domain::calendar::uk_date(chrono::Utc::now())).quarter_code().unwrap();
        let (status, html, _) = manager.page(&format!("/staff/report?quarter={quarter}&view=forms")).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(row(&html, "form-languages", "English"), ["1", "1", "1", "0", "0"], "{}: started, sent, sent without the script", app.backend);
        assert_eq!(row(&html, "form-languages", "Urdu (اردو)"), ["1", "0", "0", "0", "0"]);
        let who = row(&html, "form-errors", "Who is this for?");
        assert_eq!(who[0], "1", "{}: one error on the first question, in Urdu", app.backend);
        assert_eq!(row(&html, "form-stops", "Started"), ["2"]);
        assert_eq!(row(&html, "form-stops", "Sent"), ["1"]);
        assert_eq!(row(&html, "form-minutes", "English"), ["0.0", "1"], "sent within the minute");

        // The counters are codes and numbers: nothing typed, nobody named.
        let everything = serde_json::to_string(&app.store.export_all().await.unwrap()).unwrap();
        let counts = everything.split("\"form_counts\"").nth(1).unwrap().split("]]]").next().unwrap().to_owned();
        assert!(!counts.contains("Canary") && !counts.contains("07700"), "{counts}");
    }
}
