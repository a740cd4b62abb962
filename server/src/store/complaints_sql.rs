//! The complaints log (`app::staff::complaints`), written once for both databases.

use app::{
    ports::{AuditEntry, StoreError},
    staff::complaints::{Complaint, ComplaintUpdate, NewComplaint},
};
use chrono::NaiveDate;
use sqlx::{Postgres, Sqlite};

use super::sql::{SqlStore, db_err};
use crate::seal::{self, Keyring};

type ComplaintRow = (i64, NaiveDate, String, String, String, String, Option<String>, Option<NaiveDate>, Option<NaiveDate>, Option<String>, Option<NaiveDate>);

fn complaint(keys: &Keyring, (id, received_on, channel, about, complainant, summary, reference, acknowledged_on, answered_on, outcome, escalated_on): ComplaintRow) -> Result<Complaint, StoreError> {
    let complainant = keys.open(seal::COMPLAINANT, &complainant)?;
    let summary = keys.open(seal::COMPLAINT_SUMMARY, &summary)?;
    let c = Complaint { id, received_on, channel, about, complainant, summary, reference, acknowledged_on, answered_on, outcome, escalated_on };
    if c.is_valid() { Ok(c) } else { Err(StoreError::Database(format!("an unknown code in complaint {id}"))) }
}

/// The columns `complaint` reads, with the case's reference if it still exists.
macro_rules! complaint_select {
    ($tail:literal) => {
        concat!(
            "SELECT c.id, c.received_on, c.channel, c.about, c.complainant, c.summary, r.reference, c.acknowledged_on, \
             c.answered_on, c.outcome, c.escalated_on FROM complaints c LEFT JOIN requests r ON r.id = c.request_id ",
            $tail
        )
    };
}

macro_rules! impl_complaints {
    ($db:ty) => {
        impl SqlStore<$db> {
            pub(super) async fn insert_complaint(&self, c: &NewComplaint, actor: &AuditEntry, recorded_by: i64) -> Result<i64, StoreError> {
                let mut tx = self.write().await?;
                let (id,): (i64,) = sqlx::query_as(
                    "INSERT INTO complaints (request_id, received_on, channel, about, complainant, summary, recorded_by, created_at, updated_at) \
                     VALUES ((SELECT id FROM requests WHERE reference = $1), $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id",
                )
                .bind(&c.reference)
                .bind(c.received_on)
                .bind(&c.channel)
                .bind(&c.about)
                .bind(self.keys.seal(seal::COMPLAINANT, &c.complainant))
                .bind(self.keys.seal(seal::COMPLAINT_SUMMARY, &c.summary))
                .bind(recorded_by)
                .bind(actor.at)
                .fetch_one(&mut *tx)
                .await
                .map_err(db_err)?;
                let entry = AuditEntry { subject: Some(format!("complaint {id}")), ..actor.clone() };
                Self::audit_insert(&entry).execute(&mut *tx).await.map_err(db_err)?;
                tx.commit().await.map_err(db_err)?;
                Ok(id)
            }

            pub(super) async fn list_complaints(&self, limit: i64) -> Result<Vec<Complaint>, StoreError> {
                let rows: Vec<ComplaintRow> = sqlx::query_as(complaint_select!("ORDER BY c.received_on DESC, c.id DESC LIMIT $1"))
                    .bind(limit.clamp(1, 10_000))
                    .fetch_all(&self.pool)
                    .await
                    .map_err(db_err)?;
                rows.into_iter().map(|r| complaint(&self.keys, r)).collect()
            }

            pub(super) async fn one_complaint(&self, id: i64) -> Result<Option<Complaint>, StoreError> {
                let row: Option<ComplaintRow> = sqlx::query_as(complaint_select!("WHERE c.id = $1"))
                    .bind(id)
                    .fetch_optional(&self.pool)
                    .await
                    .map_err(db_err)?;
                row.map(|r| complaint(&self.keys, r)).transpose()
            }

            pub(super) async fn change_complaint(&self, id: i64, u: &ComplaintUpdate, actor: &AuditEntry) -> Result<(), StoreError> {
                let mut tx = self.write().await?;
                let n = sqlx::query(
                    "UPDATE complaints SET acknowledged_on = COALESCE(acknowledged_on, $2), answered_on = COALESCE(answered_on, $3), \
                     outcome = COALESCE(outcome, $4), escalated_on = COALESCE(escalated_on, $5), updated_at = $6 WHERE id = $1",
                )
                .bind(id)
                .bind(u.acknowledged_on)
                .bind(u.answered_on)
                .bind(&u.outcome)
                .bind(u.escalated_on)
                .bind(actor.at)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?
                .rows_affected();
                if n == 0 {
                    return Err(StoreError::Stale);
                }
                let entry = AuditEntry { subject: Some(format!("complaint {id}")), ..actor.clone() };
                Self::audit_insert(&entry).execute(&mut *tx).await.map_err(db_err)?;
                tx.commit().await.map_err(db_err)?;
                Ok(())
            }

            pub(super) async fn complaints_in(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<Complaint>, StoreError> {
                let rows: Vec<ComplaintRow> = sqlx::query_as(complaint_select!(
                    "WHERE (c.received_on >= $1 AND c.received_on <= $2) OR (c.answered_on >= $1 AND c.answered_on <= $2) \
                     OR (c.escalated_on >= $1 AND c.escalated_on <= $2) ORDER BY c.id"
                ))
                .bind(from)
                .bind(to)
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
                rows.into_iter().map(|r| complaint(&self.keys, r)).collect()
            }
        }
    };
}

impl_complaints!(Sqlite);
impl_complaints!(Postgres);
