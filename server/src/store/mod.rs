//! The store: the `app::ports::Store` trait implemented over SQLite and PostgreSQL with sqlx.
//! Both share one body of code (the SQL is portable); only connecting, migrating and the way a
//! write transaction starts differ. SQLite writes start with `BEGIN IMMEDIATE`, so a writer
//! takes the lock up front instead of failing half-way with SQLITE_BUSY.

use std::{str::FromStr, sync::Arc, time::Duration};

use app::ports::{Store, StoreError};
use crate::seal::Keyring;
use sqlx::{
    PgPool, SqlitePool,
    postgres::PgPoolOptions,
    sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous},
};

mod complaints_sql;
mod data_protection_sql;
mod seal_sql;
mod sql;
mod staff_sql;
mod statistics_sql;
pub use sql::SqlStore;

/// Why a backup was not made.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("PostgreSQL is backed up with pg_dump (see the README: Backups)")]
    UsePgDump,
    #[error("{} exists already: choose a new file, so that no backup is overwritten", .0.display())]
    Exists(std::path::PathBuf),
    #[error("{} is not a path SQLite can take (it must be UTF-8)", .0.display())]
    Path(std::path::PathBuf),
    #[error("could not write the backup: {0}")]
    Io(std::io::Error),
    #[error(transparent)]
    Store(StoreError),
    #[error("could not seal the backup: {0}")]
    Seal(crate::backup::SealedFileError),
}

/// A connected database of either kind.
#[derive(Clone, Debug)]
pub enum Database {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

impl Database {
    /// Connects to `sqlite://...` (creating the file and its folder if needed) or
    /// `postgres://...`.
    pub async fn connect(url: &str) -> Result<Self, StoreError> {
        if url.starts_with("sqlite:") {
            let options = SqliteConnectOptions::from_str(url)
                .map_err(|e| StoreError::Unavailable(e.to_string()))?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Full)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(5));
            if let Some(parent) = options.get_filename().parent().filter(|p| !p.as_os_str().is_empty()) {
                std::fs::create_dir_all(parent).map_err(|e| {
                    StoreError::Unavailable(format!("cannot create {}: {e}", parent.display()))
                })?;
            }
            let pool = SqlitePoolOptions::new()
                .max_connections(8)
                .connect_with(options)
                .await
                .map_err(|e| StoreError::Unavailable(e.to_string()))?;
            Ok(Database::Sqlite(pool))
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            let pool = PgPoolOptions::new()
                .max_connections(16)
                .acquire_timeout(Duration::from_secs(5))
                .connect(url)
                .await
                .map_err(|e| StoreError::Unavailable(e.to_string()))?;
            Ok(Database::Postgres(pool))
        } else {
            Err(StoreError::Unavailable(
                "DATABASE_URL must start with sqlite: or postgres:".into(),
            ))
        }
    }

    /// Brings the schema up to date. Safe to run on every start and from several instances:
    /// sqlx takes a lock around migrations.
    pub async fn migrate(&self) -> Result<(), StoreError> {
        let result = match self {
            Database::Sqlite(pool) => sqlx::migrate!("./migrations/sqlite").run(pool).await,
            Database::Postgres(pool) => sqlx::migrate!("./migrations/postgres").run(pool).await,
        };
        result.map_err(|e| StoreError::Database(e.to_string()))
    }

    /// Applies the migrations up to and including `version` only: for the tests that load data
    /// in an older shape and check what the later migrations make of it.
    pub async fn migrate_to(&self, version: i64) -> Result<(), StoreError> {
        let result = match self {
            Database::Sqlite(pool) => sqlx::migrate!("./migrations/sqlite").run_to(version, pool).await,
            Database::Postgres(pool) => sqlx::migrate!("./migrations/postgres").run_to(version, pool).await,
        };
        result.map_err(|e| StoreError::Database(e.to_string()))
    }

    /// Copies an SQLite database to `to` while the site runs, sealed as a whole file under the
    /// data keys (`crate::backup`). `VACUUM INTO` reads one consistent snapshot (other
    /// connections keep working; WAL mode keeps writers going) into a compact, self-contained
    /// file in a private folder beside `to` (mode 700), which is sealed into `to` (mode 600)
    /// and removed. The file must not exist yet. PostgreSQL is backed up with its own tools
    /// (`pg_dump` piped into `server seal-backup`), as the README shows; this says so rather
    /// than pretending. Returns the sealed file's size.
    pub async fn backup(&self, to: &std::path::Path, keys: &Keyring) -> Result<u64, BackupError> {
        let Database::Sqlite(pool) = self else {
            return Err(BackupError::UsePgDump);
        };
        if to.exists() {
            return Err(BackupError::Exists(to.to_owned()));
        }
        let parent = match to.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => std::path::Path::new("."),
        };
        let scratch = tempfile::Builder::new().prefix(".rj-backup-").tempdir_in(parent).map_err(BackupError::Io)?;
        let snapshot = scratch.path().join("snapshot.db");
        let target = snapshot.to_str().ok_or_else(|| BackupError::Path(to.to_owned()))?;
        sqlx::query("VACUUM INTO $1")
            .bind(target)
            .execute(pool)
            .await
            .map_err(|e| BackupError::Store(StoreError::Database(e.to_string())))?;
        let written = crate::backup::seal_file(keys, &snapshot, to).map_err(|e| match e {
            crate::backup::SealedFileError::Io(e) if e.kind() == std::io::ErrorKind::AlreadyExists => BackupError::Exists(to.to_owned()),
            e => BackupError::Seal(e),
        })?;
        scratch.close().map_err(BackupError::Io)?;
        Ok(written)
    }

    pub fn kind(&self) -> &'static str {
        match self {
            Database::Sqlite(_) => "sqlite",
            Database::Postgres(_) => "postgres",
        }
    }

    /// The store over this database, as the rest of the code sees it, sealing and opening
    /// the sealed columns with `keys`.
    pub fn store(&self, keys: Arc<Keyring>) -> Arc<dyn Store> {
        match self {
            Database::Sqlite(pool) => {
                // Drafts are written without syncing the log (`sql::LightWrites`): the same
                // file, WAL mode, synchronous=NORMAL, on two connections of their own.
                let options = (*pool.connect_options()).clone().synchronous(SqliteSynchronous::Normal);
                let light = SqlitePoolOptions::new().max_connections(2).connect_lazy_with(options);
                Arc::new(SqlStore::new(pool.clone(), "BEGIN IMMEDIATE", keys).with_light_writes(light, None))
            }
            Database::Postgres(pool) => Arc::new(
                SqlStore::new(pool.clone(), "BEGIN", keys).with_light_writes(pool.clone(), Some("SET LOCAL synchronous_commit TO OFF")),
            ),
        }
    }

    pub async fn close(&self) {
        match self {
            Database::Sqlite(pool) => pool.close().await,
            Database::Postgres(pool) => pool.close().await,
        }
    }
}
