//! The store contract, run against both databases.

use app::ports::{Draft, SessionKey};
use chrono::{Duration, Utc};
use rj_tests::{backends, spawn_app};
use server::{session::digest, store::Database};

fn draft(answers: &str, expires_in: Duration) -> Draft {
    let now = Utc::now();
    Draft {
        journey: "referral".into(),
        answers: answers.into(),
        updated_at: now,
        expires_at: now + expires_in,
    }
}

fn key(name: &str) -> SessionKey {
    digest(name)
}

#[tokio::test]
async fn a_saved_draft_comes_back_until_it_expires() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let saved = draft(r#"{"step":"who"}"#, Duration::hours(2));
        app.store.save_draft(&key("a"), &saved).await.unwrap();
        let loaded = app.store.load_draft(&key("a"), Utc::now()).await.unwrap();
        let loaded = loaded.unwrap_or_else(|| panic!("{}: draft not found", app.backend));
        assert_eq!(loaded.journey, saved.journey);
        assert_eq!(loaded.answers, saved.answers);
        assert_eq!(loaded.expires_at.timestamp_micros(), saved.expires_at.timestamp_micros());

        let later = Utc::now() + Duration::hours(3);
        assert!(app.store.load_draft(&key("a"), later).await.unwrap().is_none(), "{}", app.backend);
        assert!(app.store.load_draft(&key("other"), Utc::now()).await.unwrap().is_none());
    }
}

#[tokio::test]
async fn saving_again_replaces_the_draft() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        app.store.save_draft(&key("a"), &draft("first", Duration::hours(1))).await.unwrap();
        app.store.save_draft(&key("a"), &draft("second", Duration::hours(1))).await.unwrap();
        let loaded = app.store.load_draft(&key("a"), Utc::now()).await.unwrap().unwrap();
        assert_eq!(loaded.answers, "second", "{}", app.backend);
    }
}

#[tokio::test]
async fn forgetting_a_session_deletes_only_its_draft() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        app.store.save_draft(&key("a"), &draft("mine", Duration::hours(1))).await.unwrap();
        app.store.save_draft(&key("b"), &draft("theirs", Duration::hours(1))).await.unwrap();
        assert!(app.store.forget_session(&key("a")).await.unwrap(), "{}", app.backend);
        assert!(!app.store.forget_session(&key("a")).await.unwrap(), "second time finds nothing");
        assert!(app.store.load_draft(&key("a"), Utc::now()).await.unwrap().is_none());
        assert!(app.store.load_draft(&key("b"), Utc::now()).await.unwrap().is_some());
    }
}

#[tokio::test]
async fn purging_deletes_expired_drafts_and_keeps_live_ones() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        app.store.save_draft(&key("old"), &draft("old", Duration::minutes(-5))).await.unwrap();
        app.store.save_draft(&key("new"), &draft("new", Duration::hours(1))).await.unwrap();
        assert_eq!(app.store.purge_expired_drafts(Utc::now()).await.unwrap(), 1, "{}", app.backend);
        assert!(app.store.load_draft(&key("new"), Utc::now()).await.unwrap().is_some());
    }
}

#[tokio::test]
async fn sqlite_runs_with_wal_full_sync_and_foreign_keys() {
    let app = spawn_app(&rj_tests::Backend::Sqlite).await;
    let Database::Sqlite(pool) = &app.database else { panic!("expected SQLite") };
    let (mode,): (String,) = sqlx::query_as("PRAGMA journal_mode").fetch_one(pool).await.unwrap();
    let (sync,): (i64,) = sqlx::query_as("PRAGMA synchronous").fetch_one(pool).await.unwrap();
    let (fk,): (i64,) = sqlx::query_as("PRAGMA foreign_keys").fetch_one(pool).await.unwrap();
    let (busy,): (i64,) = sqlx::query_as("PRAGMA busy_timeout").fetch_one(pool).await.unwrap();
    assert_eq!(mode, "wal");
    assert_eq!(sync, 2, "synchronous=FULL");
    assert_eq!(fk, 1);
    assert!(busy >= 1000, "busy timeout {busy} ms");
}

#[tokio::test]
async fn migrations_can_run_again_on_an_up_to_date_database() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        app.database.migrate().await.unwrap_or_else(|e| panic!("{}: {e}", app.backend));
    }
}
