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
/// sealed whole under the data keys (not a byte of SQLite, a name, a reference or an area code
/// shows), readable by its owner only, never overwrites a file, and opens with the service's
/// keys (and no others) into a consistent database holding every case stored before it began,
/// its people included. PostgreSQL says to use pg_dump.
#[tokio::test]
async fn a_backup_taken_while_the_site_runs_is_sealed_whole_and_restores_every_case() {
    use server::{backup, store::BackupError};
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let answers = serde_json::json!({ "for-whom": ["me"], "connection": ["harmed"], "name": ["Canary Person"] });
        crate::staff::store_request(&app, "referral", "RJ-ACDE-FHJK", Some("walsall"), answers.clone(), &[], 5).await;
        let dir = tempfile::tempdir().unwrap();
        let to = dir.path().join("backup.rjb");
        if app.backend == "postgres" {
            assert!(matches!(app.database.backup(&to, &app.keys).await, Err(BackupError::UsePgDump)));
            continue;
        }
        // Referrals keep arriving while the copy is made.
        let writes = async {
            for i in 0..40 {
                crate::staff::store_request(&app, "referral", &format!("RJ-BULK-{i:04}"), None, serde_json::json!({}), &[], 5).await;
            }
        };
        let (made, ()) = tokio::join!(app.database.backup(&to, &app.keys), writes);
        let size = made.expect("a backup while writes go on");
        assert_eq!(size, std::fs::metadata(&to).unwrap().len());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&to).unwrap().permissions().mode() & 0o777, 0o600, "personal data: the owner's alone");
        }
        let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(left, vec![std::ffi::OsString::from("backup.rjb")], "the unsealed snapshot is removed");
        assert!(matches!(app.database.backup(&to, &app.keys).await, Err(BackupError::Exists(_))), "never overwrites a backup");

        // Sealed whole: not even the plain columns (references, area codes) show.
        let bytes = std::fs::read(&to).unwrap();
        assert!(!bytes.starts_with(b"SQLite format 3"), "an SQLite file in the clear");
        for plain in [&b"Canary Person"[..], b"RJ-ACDE-FHJK", b"walsall", b"CREATE TABLE"] {
            assert!(!bytes.windows(plain.len()).any(|w| w == plain), "{} in the backup's bytes", String::from_utf8_lossy(plain));
        }
        let wrong = dir.path().join("wrong.db");
        assert!(backup::open_file(&server::seal::Keyring::random(1), &to, &wrong).is_err(), "other keys opened the backup");
        assert!(!wrong.exists());

        // Restoring is opening the backup into a new file and using it as the site's database.
        let db = dir.path().join("restored.db");
        backup::open_file(&app.keys, &to, &db).expect("the service's keys open it");
        let restored = Database::connect(&format!("sqlite://{}", db.display())).await.unwrap();
        restored.migrate().await.expect("the copy is a complete database at the same version");
        let case = restored.store(app.keys.clone()).find_case("RJ-ACDE-FHJK").await.unwrap().expect("the case is in the backup");
        assert_eq!(case.participants.len(), 1, "with its people");
        assert_eq!(case.participants[0].name(), Some("Canary Person"));
        // Inside, the sealed columns are still sealed: other keys do not open the case.
        let stranger = restored.store(std::sync::Arc::new(server::seal::Keyring::random(1)));
        assert!(stranger.find_case("RJ-ACDE-FHJK").await.is_err(), "the restored database opened with keys that are not the service's");
        let Database::Sqlite(pool) = &restored else { unreachable!() };
        let (check,): (String,) = sqlx::query_as("PRAGMA integrity_check").fetch_one(pool).await.unwrap();
        assert_eq!(check, "ok");
        restored.close().await;
    }
}

/// PostgreSQL's backups, as the README says: `pg_dump --format=custom | server seal-backup
/// FILE`, restored with `server open-backup FILE - | pg_restore` into a new database, which
/// then holds the case. The dump in the clear shows references and area codes; the sealed file
/// shows nothing.
#[tokio::test]
async fn a_postgres_dump_sealed_by_the_server_restores_into_a_new_database() {
    use std::process::{Command, Stdio};
    let Some(backend) = backends().into_iter().find(|b| matches!(b, rj_tests::Backend::Postgres(_))) else { return };
    let app = spawn_app(&backend).await;
    let answers = serde_json::json!({ "for-whom": ["me"], "connection": ["harmed"], "name": ["Canary Person"] });
    crate::staff::store_request(&app, "referral", "RJ-ACDE-FHJK", Some("walsall"), answers, &[], 5).await;
    let exe = env!("CARGO_BIN_EXE_rj-server");
    let server = |args: &[&str]| {
        let mut c = Command::new(exe);
        c.args(args).env("DATABASE_URL", &app.database_url).env("RJ_DATA_DIR", app.data_dir()).env("RUST_LOG", "warn");
        c
    };
    // (A custom-format dump is compressed, so the premise is shown on a plain one.)
    let clear = Command::new("pg_dump").args(["--format=plain", &app.database_url]).output().expect("pg_dump runs");
    assert!(clear.status.success(), "{}", String::from_utf8_lossy(&clear.stderr));
    assert!(clear.stdout.windows(7).any(|w| w == b"walsall"), "the test's premise: a plain dump shows the area");

    let dir = tempfile::tempdir().unwrap();
    let sealed = dir.path().join("rj.dump.rjb");
    let mut dump = Command::new("pg_dump").args(["--format=custom", &app.database_url]).stdout(Stdio::piped()).spawn().unwrap();
    let seal = server(&["seal-backup", sealed.to_str().unwrap()]).stdin(dump.stdout.take().unwrap()).output().unwrap();
    assert!(dump.wait().unwrap().success());
    assert!(seal.status.success(), "{}", String::from_utf8_lossy(&seal.stderr));
    let bytes = std::fs::read(&sealed).unwrap();
    for plain in [&b"Canary Person"[..], b"RJ-ACDE-FHJK", b"walsall", b"PGDMP"] {
        assert!(!bytes.windows(plain.len()).any(|w| w == plain), "{} in the sealed dump", String::from_utf8_lossy(plain));
    }

    let target = rj_tests::blank_database(&backend).await;
    let mut open = server(&["open-backup", sealed.to_str().unwrap(), "-"]).stdout(Stdio::piped()).spawn().unwrap();
    let restore = Command::new("pg_restore")
        .args(["--no-owner", "--exit-on-error", &format!("--dbname={}", target.url)])
        .stdin(open.stdout.take().unwrap())
        .output()
        .unwrap();
    assert!(open.wait().unwrap().success());
    assert!(restore.status.success(), "{}", String::from_utf8_lossy(&restore.stderr));
    let case = target.database.store(app.keys.clone()).find_case("RJ-ACDE-FHJK").await.unwrap().expect("the case is restored");
    assert_eq!(case.participants[0].name(), Some("Canary Person"));

    // A sealed dump with one byte changed does not open, and says so.
    let mut bad = bytes.clone();
    let at = bad.len() / 2;
    bad[at] ^= 1;
    let damaged = dir.path().join("damaged.rjb");
    std::fs::write(&damaged, bad).unwrap();
    let refused = server(&["open-backup", damaged.to_str().unwrap(), dir.path().join("out").to_str().unwrap()]).output().unwrap();
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("does not open"), "{}", String::from_utf8_lossy(&refused.stderr));
    assert!(!dir.path().join("out").exists());
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
