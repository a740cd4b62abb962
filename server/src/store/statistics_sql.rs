//! The report's anonymous facts (`app::staff::statistics`): written in the transaction of every
//! change to a case (`refresh_statistics`), read back for the report (`statistics`), and made
//! at start-up for requests stored before they existed (`backfill_statistics`).

use std::collections::HashMap;

use app::{
    ports::StoreError,
    staff::{
        model::{Disposal, RequestKind, Status},
        participants::{EqualityAnswers, Role as ParticipantRole, Willingness},
        statistics::{CaseStatistics, DatedEvent, EventKind, PersonStatistics},
    },
};
use chrono::{DateTime, NaiveDate, Utc};
use sqlx::{Postgres, Sqlite};

use super::sql::{SqlStore, db_err};
use super::staff_sql::open_equality;
use crate::seal::Keyring;

/// The longest out-of-court target (a conditional caution's 16 weeks): a case that ended this
/// long before a report's start can still have its target fall in the report's range.
const LONGEST_TARGET_DAYS: i64 = 16 * 7;

#[derive(sqlx::FromRow)]
struct StatRow {
    id: i64,
    kind: String,
    restricted: i32,
    received_on: NaiveDate,
    due_on: NaiveDate,
    channel: String,
    source: Option<String>,
    connection: Option<String>,
    area: Option<String>,
    crime_type: Option<String>,
    hate: i32,
    cyber: i32,
    domestic: i32,
    cj_stage: Option<String>,
    disposal: Option<String>,
    status: String,
    end_reason: Option<String>,
    onward_to: Option<String>,
    left_at: Option<String>,
    first_contact_on: Option<NaiveDate>,
    ended_on: Option<NaiveDate>,
}

type PersonRow = (i64, String, Option<String>, Option<String>, Option<String>, Option<String>, i32, i32, Option<String>, Option<String>);
type EventRow = (i64, String, String, NaiveDate);

impl StatRow {
    fn into_statistics(self, people: Vec<PersonStatistics>, events: Vec<DatedEvent>) -> Result<CaseStatistics, StoreError> {
        Ok(CaseStatistics {
            kind: RequestKind::parse(&self.kind)?,
            restricted: self.restricted != 0,
            received_on: self.received_on,
            due_on: self.due_on,
            channel: self.channel,
            source: self.source,
            connection: self.connection,
            area: self.area,
            crime_type: self.crime_type,
            hate: self.hate != 0,
            cyber: self.cyber != 0,
            domestic: self.domestic != 0,
            cj_stage: self.cj_stage,
            disposal: self.disposal.as_deref().map(Disposal::parse).transpose()?,
            status: Status::parse(&self.status)?,
            end_reason: self.end_reason,
            onward_to: self.onward_to,
            left_at: self.left_at.as_deref().map(Status::parse).transpose()?,
            first_contact_on: self.first_contact_on,
            ended_on: self.ended_on,
            events,
            people,
        }
        .validated()?)
    }
}

fn person((_, role, age_band, sex, ethnicity, disability, interpreter, bsl, willingness, refusal_reason): PersonRow) -> Result<PersonStatistics, StoreError> {
    Ok(PersonStatistics {
        role: ParticipantRole::parse(&role)?,
        age_band,
        sex,
        ethnicity,
        disability,
        interpreter: interpreter != 0,
        bsl: bsl != 0,
        willingness: willingness.as_deref().map(Willingness::parse).transpose()?,
        refusal_reason,
    })
}

/// The rows a report from `$1` (less the longest target) to `$2` can count (a macro, so the
/// queries stay string literals).
macro_rules! in_range {
    () => {
        "c.received_on <= $2 AND (c.ended_on IS NULL OR c.ended_on >= $1)"
    };
}

macro_rules! impl_statistics {
    ($db:ty) => {
        impl SqlStore<$db> {
            /// Works out a request's facts from the case as it now stands, inside the
            /// transaction that changed it, and writes them over the old ones.
            pub(super) async fn refresh_statistics(conn: &mut <$db as sqlx::Database>::Connection, keys: &Keyring, request_id: i64, now: DateTime<Utc>) -> Result<(), StoreError> {
                let (reference,): (String,) = sqlx::query_as("SELECT reference FROM requests WHERE id = $1")
                    .bind(request_id)
                    .fetch_one(&mut *conn)
                    .await
                    .map_err(db_err)?;
                let Some(case) = Self::load_case(&mut *conn, keys, &reference).await? else { return Ok(()) };
                let equality: Vec<(i64, Option<String>, Option<String>, Option<String>, Option<String>)> = sqlx::query_as(
                    "SELECT e.participant_id, e.sex, e.gender_same, e.ethnicity, e.disability FROM participant_equality e \
                     JOIN participants p ON p.id = e.participant_id WHERE p.request_id = $1",
                )
                .bind(request_id)
                .fetch_all(&mut *conn)
                .await
                .map_err(db_err)?;
                let equality: HashMap<i64, EqualityAnswers> = equality
                    .into_iter()
                    .map(|(id, sex, gender_same, ethnicity, disability)| Ok((id, open_equality(keys, sex, gender_same, ethnicity, disability)?)))
                    .collect::<Result<_, StoreError>>()?;
                let history: Vec<(String,)> = sqlx::query_as("SELECT status FROM case_events WHERE request_id = $1 AND status IS NOT NULL ORDER BY id")
                    .bind(request_id)
                    .fetch_all(&mut *conn)
                    .await
                    .map_err(db_err)?;
                let history = history.iter().map(|(s,)| Status::parse(s)).collect::<Result<Vec<_>, _>>()?;
                // The case's contact details as keyed hashes, for finding a person's cases.
                if let Some(key) = crate::lookup::key() {
                    sqlx::query("DELETE FROM contact_digests WHERE request_id = $1").bind(request_id).execute(&mut *conn).await.map_err(db_err)?;
                    let answers: app::journey::Values = serde_json::from_str(&case.request.answers_json).unwrap_or_default();
                    let mut digests: Vec<String> = std::iter::once(&answers)
                        .chain(case.participants.iter().map(|p| &p.details))
                        .flat_map(crate::lookup::contacts)
                        .filter_map(|(kind, value)| key.digest(kind, &value))
                        .collect();
                    digests.sort();
                    digests.dedup();
                    for d in digests {
                        sqlx::query("INSERT INTO contact_digests (request_id, digest) VALUES ($1, $2)")
                            .bind(request_id)
                            .bind(d)
                            .execute(&mut *conn)
                            .await
                            .map_err(db_err)?;
                    }
                }
                let s = CaseStatistics::of(&case, &equality, &history);
                let (id,): (i64,) = sqlx::query_as(
                    "INSERT INTO case_statistics (request_id, kind, restricted, received_on, due_on, channel, source, connection, \
                     area, crime_type, hate, cyber, domestic, cj_stage, disposal, status, end_reason, onward_to, left_at, \
                     first_contact_on, ended_on, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22) \
                     ON CONFLICT (request_id) DO UPDATE SET kind = excluded.kind, restricted = excluded.restricted, \
                     received_on = excluded.received_on, due_on = excluded.due_on, channel = excluded.channel, \
                     source = excluded.source, connection = excluded.connection, area = excluded.area, \
                     crime_type = excluded.crime_type, hate = excluded.hate, cyber = excluded.cyber, domestic = excluded.domestic, \
                     cj_stage = excluded.cj_stage, disposal = excluded.disposal, status = excluded.status, \
                     end_reason = excluded.end_reason, onward_to = excluded.onward_to, left_at = excluded.left_at, \
                     first_contact_on = excluded.first_contact_on, ended_on = excluded.ended_on, updated_at = excluded.updated_at \
                     RETURNING id",
                )
                .bind(request_id)
                .bind(s.kind.code())
                .bind(i32::from(s.restricted))
                .bind(s.received_on)
                .bind(s.due_on)
                .bind(&s.channel)
                .bind(&s.source)
                .bind(&s.connection)
                .bind(&s.area)
                .bind(&s.crime_type)
                .bind(i32::from(s.hate))
                .bind(i32::from(s.cyber))
                .bind(i32::from(s.domestic))
                .bind(&s.cj_stage)
                .bind(s.disposal.map(|d| d.code()))
                .bind(s.status.code())
                .bind(&s.end_reason)
                .bind(&s.onward_to)
                .bind(s.left_at.map(|l| l.code()))
                .bind(s.first_contact_on)
                .bind(s.ended_on)
                .bind(now)
                .fetch_one(&mut *conn)
                .await
                .map_err(db_err)?;
                sqlx::query("DELETE FROM statistics_people WHERE case_id = $1").bind(id).execute(&mut *conn).await.map_err(db_err)?;
                sqlx::query("DELETE FROM statistics_events WHERE case_id = $1").bind(id).execute(&mut *conn).await.map_err(db_err)?;
                for p in &s.people {
                    sqlx::query(
                        "INSERT INTO statistics_people (case_id, role, age_band, sex, ethnicity, disability, interpreter, bsl, \
                         willingness, refusal_reason) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
                    )
                    .bind(id)
                    .bind(p.role.code())
                    .bind(&p.age_band)
                    .bind(&p.sex)
                    .bind(&p.ethnicity)
                    .bind(&p.disability)
                    .bind(i32::from(p.interpreter))
                    .bind(i32::from(p.bsl))
                    .bind(p.willingness.map(|w| w.code()))
                    .bind(&p.refusal_reason)
                    .execute(&mut *conn)
                    .await
                    .map_err(db_err)?;
                }
                for e in &s.events {
                    sqlx::query("INSERT INTO statistics_events (case_id, kind, code, happened_on) VALUES ($1, $2, $3, $4)")
                        .bind(id)
                        .bind(e.kind.code())
                        .bind(&e.code)
                        .bind(e.on)
                        .execute(&mut *conn)
                        .await
                        .map_err(db_err)?;
                }
                Ok(())
            }

            pub(super) async fn read_statistics(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<CaseStatistics>, StoreError> {
                let since = from - chrono::Duration::days(LONGEST_TARGET_DAYS);
                let rows: Vec<StatRow> = sqlx::query_as(concat!(
                    "SELECT c.id, c.kind, c.restricted, c.received_on, c.due_on, c.channel, c.source, c.connection, c.area, \
                     c.crime_type, c.hate, c.cyber, c.domestic, c.cj_stage, c.disposal, c.status, c.end_reason, c.onward_to, \
                     c.left_at, c.first_contact_on, c.ended_on FROM case_statistics c WHERE ", in_range!(), " ORDER BY c.id"
                ))
                .bind(since)
                .bind(to)
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
                let people: Vec<PersonRow> = sqlx::query_as(concat!(
                    "SELECT p.case_id, p.role, p.age_band, p.sex, p.ethnicity, p.disability, p.interpreter, p.bsl, \
                     p.willingness, p.refusal_reason FROM statistics_people p JOIN case_statistics c ON c.id = p.case_id \
                     WHERE ", in_range!(), " ORDER BY p.id"
                ))
                .bind(since)
                .bind(to)
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
                let events: Vec<EventRow> = sqlx::query_as(concat!(
                    "SELECT e.case_id, e.kind, e.code, e.happened_on FROM statistics_events e \
                     JOIN case_statistics c ON c.id = e.case_id WHERE ", in_range!(), " ORDER BY e.id"
                ))
                .bind(since)
                .bind(to)
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
                let mut people_of: HashMap<i64, Vec<PersonStatistics>> = HashMap::new();
                for row in people {
                    let case_id = row.0;
                    people_of.entry(case_id).or_default().push(person(row)?);
                }
                let mut events_of: HashMap<i64, Vec<DatedEvent>> = HashMap::new();
                for (case_id, kind, code, on) in events {
                    events_of.entry(case_id).or_default().push(DatedEvent { kind: EventKind::parse(&kind)?, code, on });
                }
                rows.into_iter()
                    .map(|r| {
                        let id = r.id;
                        r.into_statistics(people_of.remove(&id).unwrap_or_default(), events_of.remove(&id).unwrap_or_default())
                    })
                    .collect()
            }

            pub(super) async fn by_contact(&self, digest: &str) -> Result<Vec<String>, StoreError> {
                let rows: Vec<(String,)> = sqlx::query_as(
                    "SELECT DISTINCT r.reference FROM contact_digests d JOIN requests r ON r.id = d.request_id WHERE d.digest = $1 ORDER BY r.reference",
                )
                .bind(digest)
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
                Ok(rows.into_iter().map(|(r,)| r).collect())
            }

            pub(super) async fn write_missing_statistics(&self, now: DateTime<Utc>) -> Result<u64, StoreError> {
                let missing: Vec<(i64,)> = sqlx::query_as(
                    "SELECT r.id FROM requests r LEFT JOIN case_statistics s ON s.request_id = r.id WHERE s.id IS NULL ORDER BY r.id",
                )
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
                for (id,) in &missing {
                    let mut tx = self.write().await?;
                    Self::refresh_statistics(&mut *tx, &self.keys, *id, now).await?;
                    tx.commit().await.map_err(db_err)?;
                }
                Ok(missing.len() as u64)
            }
        }
    };
}

impl_statistics!(Sqlite);
impl_statistics!(Postgres);
