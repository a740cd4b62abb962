//! Subject access, erasure and retention, driven by the data map (`app::staff::data_map`):
//! the tables, columns and links to a case are read from it, so a table added to the map is
//! exported and erased without new code here. The SQL is built from the map's static names
//! only (never from input), which is why it is marked safe.

use app::{
    ports::{AuditEntry, Erased, HeldData, RetentionCutoffs, RetentionDue, StoreError},
    staff::data_map::{Erasure, Link, TABLES, Table},
};
use chrono::{DateTime, Utc};
use sqlx::{AssertSqlSafe, Postgres, Row, Sqlite};

use super::sql::{SqlStore, db_err};
use crate::seal::{self, Keyring};

/// The rows of `table` that belong to a case: a condition on `$1` and what `$1` is.
enum Bind {
    Id(i64),
    Text(String),
}

fn belonging(table: &Table, id: i64, reference: &str) -> Option<(&'static str, Bind)> {
    Some(match table.link {
        Link::Request => ("id = $1", Bind::Id(id)),
        Link::RequestId => ("request_id = $1", Bind::Id(id)),
        Link::Participant => ("participant_id IN (SELECT id FROM participants WHERE request_id = $1)", Bind::Id(id)),
        // A reference is letters, digits and hyphens (`domain::reference`), never a wildcard.
        Link::OutboxKey => ("idempotency_key LIKE $1", Bind::Text(format!("{reference}:%"))),
        Link::DraftReference => ("reference = $1", Bind::Text(reference.to_owned())),
        Link::None => return None,
    })
}

fn select_sql(table: &Table, condition: Option<&str>) -> (String, Vec<&'static str>) {
    let columns: Vec<&'static str> = table.exported_columns().collect();
    // A table whose columns are all internal (the contact hashes) still shows how many rows it holds.
    let list = if columns.is_empty() { "1".to_owned() } else { columns.iter().map(|c| format!("CAST({c} AS TEXT)")).collect::<Vec<_>>().join(", ") };
    let order = if table.columns.iter().any(|c| c.name == "id") { " ORDER BY id" } else { "" };
    let sql = match condition {
        Some(c) => format!("SELECT {list} FROM {} WHERE {c}{order}", table.name),
        None => format!("SELECT {list} FROM {}{order}", table.name),
    };
    (sql, columns)
}

macro_rules! impl_data_protection {
    ($db:ty) => {
        impl SqlStore<$db> {
            /// The exported columns of `table`'s rows (all, or those meeting `condition`), the
            /// sealed ones opened: what a subject access request and the export show.
            async fn rows_of(
                conn: &mut <$db as sqlx::Database>::Connection,
                keys: &Keyring,
                table: &Table,
                condition: Option<(&str, &Bind)>,
            ) -> Result<Vec<Vec<(String, Option<String>)>>, StoreError> {
                let (sql, columns) = select_sql(table, condition.map(|(c, _)| c));
                let query = sqlx::query(AssertSqlSafe(sql));
                let query = match condition.map(|(_, b)| b) {
                    Some(Bind::Id(id)) => query.bind(*id),
                    Some(Bind::Text(t)) => query.bind(t.clone()),
                    None => query,
                };
                let rows = query.fetch_all(&mut *conn).await.map_err(db_err)?;
                rows.iter()
                    .map(|row| {
                        columns
                            .iter()
                            .enumerate()
                            .map(|(i, c)| {
                                let value = row.try_get::<Option<String>, _>(i).map_err(db_err)?;
                                let value = match seal::field_of(table.name, c) {
                                    Some(field) => keys.open_opt(field, value)?,
                                    None => value,
                                };
                                Ok(((*c).to_owned(), value))
                            })
                            .collect()
                    })
                    .collect()
            }

            pub(super) async fn read_held_data(&self, reference: &str) -> Result<Option<HeldData>, StoreError> {
                let mut conn = self.pool.acquire().await.map_err(db_err)?;
                let id: Option<(i64,)> = sqlx::query_as("SELECT id FROM requests WHERE reference = $1")
                    .bind(reference)
                    .fetch_optional(&mut *conn)
                    .await
                    .map_err(db_err)?;
                let Some((id,)) = id else { return Ok(None) };
                let mut held = Vec::new();
                for table in TABLES {
                    let Some((condition, bind)) = belonging(table, id, reference) else { continue };
                    let rows = Self::rows_of(&mut conn, &self.keys, table, Some((condition, &bind))).await?;
                    held.push((table.name.to_owned(), rows));
                }
                Ok(Some(held))
            }

            pub(super) async fn read_everything(&self) -> Result<HeldData, StoreError> {
                let mut conn = self.pool.acquire().await.map_err(db_err)?;
                let mut held = Vec::new();
                for table in TABLES {
                    held.push((table.name.to_owned(), Self::rows_of(&mut conn, &self.keys, table, None).await?));
                }
                Ok(held)
            }

            pub(super) async fn erase(&self, reference: &str, audit: &AuditEntry) -> Result<Option<Erased>, StoreError> {
                let mut tx = self.write().await?;
                let first: Option<(i64, Option<String>)> = sqlx::query_as("SELECT id, related_reference FROM requests WHERE reference = $1")
                    .bind(reference)
                    .fetch_optional(&mut *tx)
                    .await
                    .map_err(db_err)?;
                let Some((_, related)) = first else { return Ok(None) };
                // The request, the one it names, and those that name it (a withdrawal request
                // and its referral; a referral made from a call back).
                let linked: Vec<(i64, String)> = sqlx::query_as(
                    "SELECT id, reference FROM requests WHERE reference = $1 OR reference = $2 OR related_reference = $1 ORDER BY id",
                )
                .bind(reference)
                .bind(related.unwrap_or_default())
                .fetch_all(&mut *tx)
                .await
                .map_err(db_err)?;
                let mut erased = Erased::default();
                for (id, r) in &linked {
                    let keys: Vec<(String,)> = sqlx::query_as("SELECT idempotency_key FROM outbox WHERE idempotency_key LIKE $1")
                        .bind(format!("{r}:%"))
                        .fetch_all(&mut *tx)
                        .await
                        .map_err(db_err)?;
                    erased.outbox_keys.extend(keys.into_iter().map(|(k,)| k));
                    for table in TABLES {
                        let Some((condition, bind)) = belonging(table, *id, r) else { continue };
                        let sql = match table.erasure {
                            Erasure::Delete => format!("DELETE FROM {} WHERE {condition}", table.name),
                            Erasure::Unlink => format!("UPDATE {} SET request_id = NULL WHERE {condition}", table.name),
                            Erasure::Anonymise(columns) => {
                                let emptied: Vec<String> = columns.iter().map(|c| format!("{c} = ''")).collect();
                                format!("UPDATE {} SET {}, request_id = NULL WHERE {condition}", table.name, emptied.join(", "))
                            }
                            Erasure::Keep => continue,
                        };
                        let query = sqlx::query(AssertSqlSafe(sql));
                        let query = match bind {
                            Bind::Id(id) => query.bind(id),
                            Bind::Text(t) => query.bind(t),
                        };
                        query.execute(&mut *tx).await.map_err(db_err)?;
                    }
                    let entry = AuditEntry { subject: Some(r.clone()), ..audit.clone() };
                    Self::audit_insert(&entry).execute(&mut *tx).await.map_err(db_err)?;
                    erased.references.push(r.clone());
                }
                tx.commit().await.map_err(db_err)?;
                Ok(Some(erased))
            }

            pub(super) async fn due(&self, c: &RetentionCutoffs) -> Result<RetentionDue, StoreError> {
                let count = |sql: &'static str, at: DateTime<Utc>| {
                    let pool = self.pool.clone();
                    async move {
                        let (n,): (i64,) = sqlx::query_as(sql).bind(at).fetch_one(&pool).await.map_err(db_err)?;
                        Ok::<u64, StoreError>(n as u64)
                    }
                };
                let closed: Vec<(String,)> = sqlx::query_as(
                    "SELECT reference FROM requests WHERE is_open = 0 AND closed_at < $1 ORDER BY closed_at, id",
                )
                .bind(c.closed_before)
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
                Ok(RetentionDue {
                    expired_drafts: count("SELECT COUNT(*) FROM drafts WHERE expires_at <= $1", c.now).await?,
                    expired_sessions: count("SELECT COUNT(*) FROM staff_sessions WHERE expires_at <= $1", c.now).await?,
                    sent_mail: count("SELECT COUNT(*) FROM outbox WHERE status = 'sent' AND sent_at < $1", c.sent_mail_before).await?,
                    sign_in_failures: count("SELECT COUNT(*) FROM sign_in_failures WHERE at < $1", c.sign_in_failures_before).await?,
                    closed_cases: closed.into_iter().map(|(r,)| r).collect(),
                    complaints: count("SELECT COUNT(*) FROM complaints WHERE answered_on < $1 AND complainant <> ''", c.closed_before).await?,
                })
            }

            pub(super) async fn delete_sent_mail(&self, before: DateTime<Utc>) -> Result<u64, StoreError> {
                self.write_one(sqlx::query("DELETE FROM outbox WHERE status = 'sent' AND sent_at < $1").bind(before)).await
            }

            pub(super) async fn empty_old_complaints(&self, before: DateTime<Utc>) -> Result<u64, StoreError> {
                self.write_one(
                    sqlx::query("UPDATE complaints SET complainant = '', summary = '', updated_at = $2 WHERE answered_on < $1 AND complainant <> ''")
                        .bind(before)
                        .bind(Utc::now()),
                )
                .await
            }

            pub(super) async fn delete_sign_in_failures(&self, before: DateTime<Utc>) -> Result<u64, StoreError> {
                self.write_one(sqlx::query("DELETE FROM sign_in_failures WHERE at < $1").bind(before)).await
            }
        }
    };
}

impl_data_protection!(Sqlite);
impl_data_protection!(Postgres);
