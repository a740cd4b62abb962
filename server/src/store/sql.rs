//! The store's queries, written once for both databases. Placeholders are `$1, $2, ...` in
//! order, which SQLite and PostgreSQL both accept.

use app::ports::{Draft, SessionKey, Store, StoreError};
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use sqlx::{Pool, Postgres, Sqlite, Transaction};

pub struct SqlStore<DB: sqlx::Database> {
    pool: Pool<DB>,
    /// How a write transaction starts: `BEGIN IMMEDIATE` on SQLite, `BEGIN` on PostgreSQL.
    begin_write: &'static str,
}

impl<DB: sqlx::Database> SqlStore<DB> {
    pub fn new(pool: Pool<DB>, begin_write: &'static str) -> Self {
        Self { pool, begin_write }
    }

    async fn write(&self) -> Result<Transaction<'static, DB>, StoreError> {
        self.pool.begin_with(self.begin_write).await.map_err(db_err)
    }
}

fn db_err(e: sqlx::Error) -> StoreError {
    match e {
        sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Io(_) => {
            StoreError::Unavailable(e.to_string())
        }
        other => StoreError::Database(other.to_string()),
    }
}

/// Implements the store for one concrete database. The bodies are identical; a macro keeps
/// them so without fighting sqlx's per-database trait bounds.
macro_rules! impl_store {
    ($db:ty, $kind:literal) => {
        #[async_trait]
        impl Store for SqlStore<$db> {
            fn kind(&self) -> &'static str {
                $kind
            }

            async fn ping(&self) -> Result<(), StoreError> {
                sqlx::query("SELECT 1").execute(&self.pool).await.map_err(db_err)?;
                Ok(())
            }

            async fn save_draft(&self, key: &SessionKey, draft: &Draft) -> Result<(), StoreError> {
                sqlx::query(
                    "INSERT INTO drafts (session_key, journey, answers, updated_at, expires_at) \
                     VALUES ($1, $2, $3, $4, $5) \
                     ON CONFLICT (session_key) DO UPDATE SET journey = excluded.journey, \
                     answers = excluded.answers, updated_at = excluded.updated_at, \
                     expires_at = excluded.expires_at",
                )
                .bind(key.as_str())
                .bind(&draft.journey)
                .bind(&draft.answers)
                .bind(draft.updated_at)
                .bind(draft.expires_at)
                .execute(&self.pool)
                .await
                .map_err(db_err)?;
                Ok(())
            }

            async fn load_draft(
                &self,
                key: &SessionKey,
                now: DateTime<Utc>,
            ) -> Result<Option<Draft>, StoreError> {
                let row: Option<(String, String, DateTime<Utc>, DateTime<Utc>)> = sqlx::query_as(
                    "SELECT journey, answers, updated_at, expires_at FROM drafts \
                     WHERE session_key = $1 AND expires_at > $2",
                )
                .bind(key.as_str())
                .bind(now)
                .fetch_optional(&self.pool)
                .await
                .map_err(db_err)?;
                Ok(row.map(|(journey, answers, updated_at, expires_at)| Draft {
                    journey,
                    answers,
                    updated_at,
                    expires_at,
                }))
            }

            async fn forget_session(&self, key: &SessionKey) -> Result<bool, StoreError> {
                let mut tx = self.write().await?;
                let deleted = sqlx::query("DELETE FROM drafts WHERE session_key = $1")
                    .bind(key.as_str())
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?
                    .rows_affected();
                tx.commit().await.map_err(db_err)?;
                Ok(deleted > 0)
            }

            async fn purge_expired_drafts(&self, now: DateTime<Utc>) -> Result<u64, StoreError> {
                let mut tx = self.write().await?;
                let deleted = sqlx::query("DELETE FROM drafts WHERE expires_at <= $1")
                    .bind(now)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?
                    .rows_affected();
                tx.commit().await.map_err(db_err)?;
                Ok(deleted)
            }
        }
    };
}

impl_store!(Sqlite, "sqlite");
impl_store!(Postgres, "postgres");
