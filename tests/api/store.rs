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
        reference: None,
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

/// `server backup`: a copy of the SQLite database made while the site is taking referrals is
/// a consistent database holding every case stored before it began (its people included),
/// readable by its owner only, and it never overwrites a file. PostgreSQL says to use pg_dump.
#[tokio::test]
async fn a_backup_taken_while_the_site_runs_restores_every_case_and_only_its_owner_can_read_it() {
    use server::store::BackupError;
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let answers = serde_json::json!({ "for-whom": ["me"], "connection": ["harmed"], "name": ["Canary Person"] });
        crate::staff::store_request(&app, "referral", "RJ-ACDE-FHJK", Some("walsall"), answers.clone(), &[], 5).await;
        let dir = tempfile::tempdir().unwrap();
        let to = dir.path().join("backup.db");
        if app.backend == "postgres" {
            assert!(matches!(app.database.backup(&to).await, Err(BackupError::UsePgDump)));
            continue;
        }
        // Referrals keep arriving while the copy is made.
        let writes = async {
            for i in 0..40 {
                crate::staff::store_request(&app, "referral", &format!("RJ-BULK-{i:04}"), None, serde_json::json!({}), &[], 5).await;
            }
        };
        let (backup, ()) = tokio::join!(app.database.backup(&to), writes);
        let bytes = backup.expect("a backup while writes go on");
        assert!(bytes > 0);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&to).unwrap().permissions().mode() & 0o777, 0o600, "personal data: the owner's alone");
        }
        assert!(matches!(app.database.backup(&to).await, Err(BackupError::Exists(_))), "never overwrites a backup");

        // Restoring is opening the copy as the site's database.
        let restored = Database::connect(&format!("sqlite://{}", to.display())).await.unwrap();
        restored.migrate().await.expect("the copy is a complete database at the same version");
        let case = restored.store(app.keys.clone()).find_case("RJ-ACDE-FHJK").await.unwrap().expect("the case is in the backup");
        assert_eq!(case.participants.len(), 1, "with its people");
        assert_eq!(case.participants[0].name(), Some("Canary Person"));
        // What people told us is sealed in the backup as in the database: the file alone does
        // not show it, and other keys do not open it.
        let bytes = std::fs::read(&to).unwrap();
        assert!(!bytes.windows(b"Canary Person".len()).any(|w| w == b"Canary Person"), "a participant's name in the backup's bytes");
        let stranger = restored.store(std::sync::Arc::new(server::seal::Keyring::random(1)));
        assert!(stranger.find_case("RJ-ACDE-FHJK").await.is_err(), "the backup opened with keys that are not the service's");
        let Database::Sqlite(pool) = &restored else { unreachable!() };
        let (check,): (String,) = sqlx::query_as("PRAGMA integrity_check").fetch_one(pool).await.unwrap();
        assert_eq!(check, "ok");
        restored.close().await;
    }
}

/// Security finding 9: the connection to PostgreSQL can be encrypted and verified. With
/// `sslmode=require` the session runs over TLS (the server says so in `pg_stat_ssl`); with
/// `sslmode=verify-full` and a root certificate that did not sign the server's certificate,
/// the connection is refused, so `verify-full` really verifies. Runs when `TEST_POSTGRES_URL`
/// is set (its server must have TLS on, as Debian's PostgreSQL has by default).
#[tokio::test]
async fn postgres_can_require_tls_and_verify_full_refuses_a_server_it_cannot_verify() {
    let Ok(url) = std::env::var("TEST_POSTGRES_URL") else { return };
    let join = if url.contains('?') { '&' } else { '?' };
    let db = Database::connect(&format!("{url}{join}sslmode=require")).await.expect("TLS to PostgreSQL");
    let Database::Postgres(pool) = &db else { panic!("a PostgreSQL URL") };
    let (ssl,): (bool,) =
        sqlx::query_as("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetch_one(pool).await.unwrap();
    assert!(ssl, "the session is encrypted");
    db.close().await;

    // A certificate authority of our own, which never signed the server's certificate.
    let key = rcgen::KeyPair::generate().unwrap();
    let mut params = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
    params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    let ca = params.self_signed(&key).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let ca_file = dir.path().join("ca.pem");
    std::fs::write(&ca_file, ca.pem()).unwrap();
    let strict = format!("{url}{join}sslmode=verify-full&sslrootcert={}", ca_file.display());
    match Database::connect(&strict).await {
        Err(_) => {}
        Ok(db) => {
            assert!(db.store(std::sync::Arc::new(server::seal::Keyring::random(1))).ping().await.is_err(), "verify-full must refuse a server its roots did not sign");
            db.close().await;
        }
    }
}
