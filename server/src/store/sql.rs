//! The store's queries, written once for both databases. Placeholders are `$1, $2, ...` in
//! order, which SQLite and PostgreSQL both accept.

use app::domain::screening::Flag;
use app::staff::model::{RequestKind, Status};
use app::ports::{
    AuditEntry, Draft, EqualityRecord, MessageSummary, NewRequest, OutgoingMessage, QueuedMessage, SessionKey,
    Store, StoreError, StoredRequest, Submitted,
};
use async_trait::async_trait;
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use std::sync::Arc;

use crate::seal::{self, Keyring};
use sqlx::{Pool, Postgres, Sqlite, Transaction};

pub struct SqlStore<DB: sqlx::Database> {
    pub(super) pool: Pool<DB>,
    /// How a write transaction starts: `BEGIN IMMEDIATE` on SQLite, `BEGIN` on PostgreSQL.
    begin_write: &'static str,
    /// The keys that seal the columns the data map marks `sealed` (`crate::seal`).
    pub(super) keys: Arc<Keyring>,
    /// Where drafts are written (`LightWrites`).
    light: LightWrites<DB>,
}

/// How the store writes a draft (the answers of a journey in progress, saved on every page),
/// the one write a person's every page makes: without waiting for the disk. Every other
/// write waits, as before. A draft so written survives the server's crash or kill (it is in
/// the database's log, or PostgreSQL's WAL buffers, the moment the statement returns) and
/// reaches the disk with the next write that waits (the next referral sent, any staff
/// change), or else when the database's own writer (PostgreSQL, within a second) or the
/// operating system's write-back (SQLite, within about half a minute) flushes it. Only a power
/// cut or an operating-system crash in that window can lose it, and then the person finds the journey's answers gone and starts
/// again; nothing sent is ever written this way. This takes a journey from one flush of the
/// disk per page to one per referral.
pub(super) struct LightWrites<DB: sqlx::Database> {
    /// SQLite: a second, small pool on the same file with `synchronous=NORMAL` (in WAL mode a
    /// commit then appends to the log without syncing it). PostgreSQL: the main pool.
    pool: Pool<DB>,
    /// PostgreSQL: `SET LOCAL synchronous_commit TO OFF`, for this transaction only.
    prelude: Option<&'static str>,
}

impl<DB: sqlx::Database> SqlStore<DB> {
    pub fn new(pool: Pool<DB>, begin_write: &'static str, keys: Arc<Keyring>) -> Self {
        let light = LightWrites { pool: pool.clone(), prelude: None };
        Self { pool, begin_write, keys, light }
    }

    /// Drafts written through `pool`, after `prelude` in their transaction (`LightWrites`).
    pub fn with_light_writes(mut self, pool: Pool<DB>, prelude: Option<&'static str>) -> Self {
        self.light = LightWrites { pool, prelude };
        self
    }

    pub(super) async fn write(&self) -> Result<Transaction<'static, DB>, StoreError> {
        self.pool.begin_with(self.begin_write).await.map_err(db_err)
    }
}

pub(super) fn split(list: &str) -> Vec<String> {
    list.split_whitespace().map(str::to_owned).collect()
}

/// Stored flag codes as flags, in `Flag` order. An unknown code is an error, never dropped:
/// a flag nobody can read might be the one that keeps a case for specialists.
pub(super) fn decode_flags(codes: impl IntoIterator<Item = String>) -> Result<Vec<Flag>, StoreError> {
    let mut flags = codes
        .into_iter()
        .map(|c| Flag::parse(&c))
        .collect::<Result<Vec<_>, _>>()?;
    flags.sort();
    flags.dedup();
    Ok(flags)
}

type RequestRow = (
    String,
    String,
    String,
    DateTime<Utc>,
    NaiveDate,
    String,
    Option<String>,
    String,
    Option<String>,
    String,
);

fn request_from_row(keys: &Keyring, row: RequestRow, flags: Vec<Flag>) -> Result<StoredRequest, StoreError> {
    let (reference, kind, status, received_at, contact_by, lang, area, routes, related, answers) = row;
    Ok(StoredRequest {
        reference,
        kind: RequestKind::parse(&kind)?,
        status: Status::parse(&status)?,
        received_at,
        contact_by,
        lang,
        area,
        flags,
        routes: split(&routes),
        related_reference: related,
        answers_json: keys.open(seal::REQUEST_ANSWERS, &answers)?,
    })
}

pub(super) fn db_err(e: sqlx::Error) -> StoreError {
    match e {
        sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Io(_) => {
            StoreError::Unavailable(e.to_string())
        }
        other => StoreError::Database(other.to_string()),
    }
}

type OutboxRow = (i64, i32, String, String, String, String, String, String);

fn queued_from_row(keys: &Keyring, row: OutboxRow) -> Result<QueuedMessage, StoreError> {
    let (id, attempts, idempotency_key, kind, recipient, subject, text_body, html_body) = row;
    Ok(QueuedMessage {
        id,
        attempts,
        message: OutgoingMessage {
            idempotency_key,
            kind,
            recipient: keys.open(seal::OUTBOX_RECIPIENT, &recipient)?,
            subject: keys.open(seal::OUTBOX_SUBJECT, &subject)?,
            text_body: keys.open(seal::OUTBOX_TEXT, &text_body)?,
            html_body: keys.open(seal::OUTBOX_HTML, &html_body)?,
        },
    })
}

/// Queues one message ($1 key, $2 kind, $3 recipient, $4 subject, $5 text, $6 HTML, $7 queued
/// at, $8 due at). A key already there is a no-op, so queuing twice sends once.
pub(super) const INSERT_OUTBOX: &str = "INSERT INTO outbox (idempotency_key, kind, recipient, subject, \
    text_body, html_body, created_at, next_attempt_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
    ON CONFLICT (idempotency_key) DO NOTHING";

/// `INSERT_OUTBOX` with an `OutgoingMessage` sealed with `$keys` and bound, due at `$at`: the
/// one way a message enters the outbox, whichever transaction it rides in.
macro_rules! outbox_insert {
    ($keys:expr, $message:expr, $at:expr) => {{
        let m: &app::ports::OutgoingMessage = $message;
        let keys: &crate::seal::Keyring = $keys;
        sqlx::query(INSERT_OUTBOX)
            .bind(&m.idempotency_key)
            .bind(&m.kind)
            .bind(keys.seal(crate::seal::OUTBOX_RECIPIENT, &m.recipient))
            .bind(keys.seal(crate::seal::OUTBOX_SUBJECT, &m.subject))
            .bind(keys.seal(crate::seal::OUTBOX_TEXT, &m.text_body))
            .bind(keys.seal(crate::seal::OUTBOX_HTML, &m.html_body))
            .bind($at)
            .bind($at)
    }};
}
pub(super) use outbox_insert;

/// Adds a participant to request `$request_id`: their details as JSON, and the columns lists
/// and the report read (name, age band, language needs) copied from those details, so the two
/// never disagree. The one way a participant is written.
macro_rules! participant_insert {
    ($keys:expr, $request_id:expr, $participant:expr, $at:expr) => {{
        let p: &app::staff::participants::NewParticipant = $participant;
        let keys: &crate::seal::Keyring = $keys;
        let columns = app::staff::participants::Columns::of(p.role, &p.details);
        sqlx::query_as::<_, (i64,)>(
            "INSERT INTO participants (request_id, role, name, age_band, interpreter, bsl, details, consent, \
             created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id",
        )
        .bind($request_id)
        .bind(p.role.code())
        .bind(keys.seal_opt(crate::seal::PARTICIPANT_NAME, columns.name))
        .bind(columns.age_band.map(str::to_owned))
        .bind(i32::from(columns.interpreter))
        .bind(i32::from(columns.bsl))
        .bind(keys.seal(crate::seal::PARTICIPANT_DETAILS, &serde_json::to_string(&p.details).expect("answers serialise")))
        .bind(p.consent.map(|c| c.code()))
        .bind($at)
    }};
}
pub(super) use participant_insert;

/// Implements the store for one concrete database. The bodies are identical; a macro keeps
/// them so without fighting sqlx's per-database trait bounds. `$claim_lock` ends the query that
/// picks the next message: PostgreSQL locks the row and skips rows other instances hold;
/// SQLite needs nothing, the claim's `BEGIN IMMEDIATE` already holds the only write lock.
macro_rules! impl_store {
    ($db:ty, $kind:literal, $claim_lock:literal) => {
        impl SqlStore<$db> {
            /// Runs one statement in a write transaction of its own; the rows it changed.
            pub(super) async fn write_one(
                &self,
                query: sqlx::query::Query<'_, $db, <$db as sqlx::Database>::Arguments>,
            ) -> Result<u64, StoreError> {
                let mut tx = self.write().await?;
                let changed = query.execute(&mut *tx).await.map_err(db_err)?.rows_affected();
                tx.commit().await.map_err(db_err)?;
                Ok(changed)
            }

            /// The audit log's one INSERT: on its own (`audit`), or inside the transaction of
            /// the change it records.
            pub(super) fn audit_insert(
                e: &AuditEntry,
            ) -> sqlx::query::Query<'_, $db, <$db as sqlx::Database>::Arguments> {
                sqlx::query(
                    "INSERT INTO audit_log (at, actor, action, subject, address) VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(e.at)
                .bind(&e.actor)
                .bind(&e.action)
                .bind(&e.subject)
                .bind(&e.address)
            }
        }

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
                let sealed = self.keys.seal(seal::DRAFT_ANSWERS, &draft.answers);
                let query = sqlx::query(
                    "INSERT INTO drafts (session_key, journey, answers, reference, updated_at, expires_at) \
                     VALUES ($1, $2, $3, $4, $5, $6) \
                     ON CONFLICT (session_key) DO UPDATE SET journey = excluded.journey, \
                     answers = excluded.answers, reference = excluded.reference, updated_at = excluded.updated_at, \
                     expires_at = excluded.expires_at",
                )
                .bind(key.as_str())
                .bind(&draft.journey)
                .bind(sealed)
                .bind(&draft.reference)
                .bind(draft.updated_at)
                .bind(draft.expires_at);
                match self.light.prelude {
                    None => {
                        query.execute(&self.light.pool).await.map_err(db_err)?;
                    }
                    Some(prelude) => {
                        let mut tx = self.light.pool.begin().await.map_err(db_err)?;
                        sqlx::query(prelude).execute(&mut *tx).await.map_err(db_err)?;
                        query.execute(&mut *tx).await.map_err(db_err)?;
                        tx.commit().await.map_err(db_err)?;
                    }
                }
                Ok(())
            }

            async fn load_draft(
                &self,
                key: &SessionKey,
                now: DateTime<Utc>,
            ) -> Result<Option<Draft>, StoreError> {
                let row: Option<(String, String, Option<String>, DateTime<Utc>, DateTime<Utc>)> = sqlx::query_as(
                    "SELECT journey, answers, reference, updated_at, expires_at FROM drafts \
                     WHERE session_key = $1 AND expires_at > $2",
                )
                .bind(key.as_str())
                .bind(now)
                .fetch_optional(&self.pool)
                .await
                .map_err(db_err)?;
                row.map(|(journey, answers, reference, updated_at, expires_at)| {
                    Ok(Draft { journey, answers: self.keys.open(seal::DRAFT_ANSWERS, &answers)?, reference, updated_at, expires_at })
                })
                .transpose()
            }

            async fn forget_session(&self, key: &SessionKey) -> Result<bool, StoreError> {
                let deleted =
                    self.write_one(sqlx::query("DELETE FROM drafts WHERE session_key = $1").bind(key.as_str())).await?;
                Ok(deleted > 0)
            }

            async fn submit_request(&self, r: &NewRequest) -> Result<Submitted, StoreError> {
                let mut tx = self.write().await?;
                let inserted: Option<(i64,)> = sqlx::query_as(
                    "INSERT INTO requests (reference, submission_key, kind, received_at, \
                     contact_by, lang, area, routes, related_reference, answers) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) \
                     ON CONFLICT (submission_key) DO NOTHING RETURNING id",
                )
                .bind(&r.reference)
                .bind(&r.submission_key)
                .bind(r.kind.code())
                .bind(r.received_at)
                .bind(r.contact_by)
                .bind(&r.lang)
                .bind(&r.area)
                .bind(r.routes.join(" "))
                .bind(&r.related_reference)
                .bind(self.keys.seal(seal::REQUEST_ANSWERS, &r.answers_json))
                .fetch_optional(&mut *tx)
                .await
                .map_err(|e| match e {
                    sqlx::Error::Database(ref d) if d.is_unique_violation() => StoreError::ReferenceTaken,
                    other => db_err(other),
                })?;
                let Some((id,)) = inserted else {
                    let (reference, contact_by): (String, NaiveDate) = sqlx::query_as(
                        "SELECT reference, contact_by FROM requests WHERE submission_key = $1",
                    )
                    .bind(&r.submission_key)
                    .fetch_one(&mut *tx)
                    .await
                    .map_err(db_err)?;
                    tx.commit().await.map_err(db_err)?;
                    return Ok(Submitted { reference, contact_by, created: false });
                };
                for flag in &r.flags {
                    sqlx::query("INSERT INTO request_flags (request_id, flag) VALUES ($1, $2) ON CONFLICT DO NOTHING")
                        .bind(id)
                        .bind(flag.code())
                        .execute(&mut *tx)
                        .await
                        .map_err(db_err)?;
                }
                for p in &r.participants {
                    participant_insert!(&self.keys, id, p, r.received_at).fetch_one(&mut *tx).await.map_err(db_err)?;
                }
                Self::refresh_statistics(&mut *tx, &self.keys, id, r.received_at).await?;
                let created = AuditEntry {
                    at: r.received_at,
                    actor: "public".into(),
                    action: format!("{}.created", r.kind.code()),
                    subject: Some(r.reference.clone()),
                    address: None,
                };
                Self::audit_insert(&created).execute(&mut *tx).await.map_err(db_err)?;
                for m in &r.messages {
                    outbox_insert!(&self.keys, m, r.received_at)
                        .execute(&mut *tx)
                        .await
                        .map_err(db_err)?;
                }
                tx.commit().await.map_err(db_err)?;
                Ok(Submitted { reference: r.reference.clone(), contact_by: r.contact_by, created: true })
            }

            async fn add_form_counts(&self, counts: &[app::ports::FormCount]) -> Result<(), StoreError> {
                let mut tx = self.write().await?;
                for c in counts {
                    sqlx::query(
                        "INSERT INTO form_counts (month, lang, journey, event, item, js, count) VALUES ($1, $2, $3, $4, $5, $6, $7) \
                         ON CONFLICT (month, lang, journey, event, item, js) DO UPDATE SET count = form_counts.count + excluded.count",
                    )
                    .bind(c.month)
                    .bind(&c.lang)
                    .bind(&c.journey)
                    .bind(&c.event)
                    .bind(&c.item)
                    .bind(i32::from(c.js))
                    .bind(c.count)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?;
                }
                tx.commit().await.map_err(db_err)
            }

            async fn form_counts(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<app::ports::FormCount>, StoreError> {
                let rows: Vec<(NaiveDate, String, String, String, String, i32, i64)> = sqlx::query_as(
                    "SELECT month, lang, journey, event, item, js, count FROM form_counts WHERE month >= $1 AND month <= $2 \
                     ORDER BY month, lang, journey, event, item, js",
                )
                .bind(from)
                .bind(to)
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
                rows.into_iter()
                    .map(|(month, lang, journey, event, item, js, count)| {
                        let known = app::i18n::Lang::from_code(&lang).is_some()
                            && app::staff::model::RequestKind::parse(&journey).is_ok()
                            && app::staff::report::FORM_EVENTS.contains(&event.as_str());
                        if !known {
                            return Err(StoreError::Database(format!("an unknown code in the form counts: {lang:?} {journey:?} {event:?}")));
                        }
                        Ok(app::ports::FormCount { month, lang, journey, event, item, js: js != 0, count })
                    })
                    .collect()
            }

            async fn feedback_open(&self, digest: &str, now: DateTime<Utc>) -> Result<bool, StoreError> {
                let (n,): (i64,) = sqlx::query_as(
                    "SELECT COUNT(*) FROM feedback_invites WHERE token_digest = $1 AND used_at IS NULL AND expires_at > $2",
                )
                .bind(digest)
                .bind(now)
                .fetch_one(&self.pool)
                .await
                .map_err(db_err)?;
                Ok(n > 0)
            }

            async fn submit_feedback(&self, digest: &str, lang: &str, answers: &app::feedback::FeedbackAnswers, now: DateTime<Utc>) -> Result<bool, StoreError> {
                let mut tx = self.write().await?;
                let used: Option<(String,)> = sqlx::query_as(
                    "UPDATE feedback_invites SET used_at = $2 WHERE token_digest = $1 AND used_at IS NULL AND expires_at > $2 \
                     RETURNING (SELECT role FROM participants p WHERE p.id = feedback_invites.participant_id)",
                )
                .bind(digest)
                .bind(now)
                .fetch_optional(&mut *tx)
                .await
                .map_err(db_err)?;
                let Some((role,)) = used else { return Ok(false) };
                let month = app::domain::calendar::uk_date(now).with_day(1).expect("the first of the month");
                sqlx::query(
                    "INSERT INTO feedback_responses (role, lang, received_on, service, outcome, safety, wellbeing, coping, confidence) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                )
                .bind(role)
                .bind(lang)
                .bind(month)
                .bind(&answers.service)
                .bind(&answers.outcome)
                .bind(&answers.safety)
                .bind(&answers.wellbeing)
                .bind(&answers.coping)
                .bind(&answers.confidence)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
                tx.commit().await.map_err(db_err)?;
                Ok(true)
            }

            async fn queue_messages(
                &self,
                messages: &[OutgoingMessage],
                now: DateTime<Utc>,
            ) -> Result<u64, StoreError> {
                let mut tx = self.write().await?;
                let mut queued = 0;
                for m in messages {
                    queued += outbox_insert!(&self.keys, m, now)
                        .execute(&mut *tx)
                        .await
                        .map_err(db_err)?
                        .rows_affected();
                }
                tx.commit().await.map_err(db_err)?;
                Ok(queued)
            }

            async fn find_request(&self, reference: &str) -> Result<Option<StoredRequest>, StoreError> {
                let row: Option<RequestRow> = sqlx::query_as(
                    "SELECT reference, kind, status, received_at, contact_by, lang, area, \
                     routes, related_reference, answers FROM requests WHERE reference = $1",
                )
                .bind(reference)
                .fetch_optional(&self.pool)
                .await
                .map_err(db_err)?;
                let Some(row) = row else { return Ok(None) };
                let codes: Vec<(String,)> = sqlx::query_as(
                    "SELECT f.flag FROM request_flags f JOIN requests r ON r.id = f.request_id WHERE r.reference = $1",
                )
                .bind(reference)
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
                request_from_row(&self.keys, row, decode_flags(codes.into_iter().map(|(c,)| c))?).map(Some)
            }

            async fn save_equality(&self, e: &EqualityRecord) -> Result<(), StoreError> {
                sqlx::query(
                    "INSERT INTO equality_monitoring (recorded_at, request_kind, connection, age, \
                     sex, gender_same, ethnicity, disability) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                )
                .bind(e.recorded_at.unwrap_or_else(Utc::now))
                .bind(&e.request_kind)
                .bind(&e.connection)
                .bind(&e.age)
                .bind(&e.sex)
                .bind(&e.gender_same)
                .bind(&e.ethnicity)
                .bind(&e.disability)
                .execute(&self.pool)
                .await
                .map_err(db_err)?;
                Ok(())
            }

            async fn count_equality(&self) -> Result<i64, StoreError> {
                let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM equality_monitoring")
                    .fetch_one(&self.pool)
                    .await
                    .map_err(db_err)?;
                Ok(n)
            }

            async fn purge_expired_drafts(&self, now: DateTime<Utc>) -> Result<u64, StoreError> {
                self.write_one(sqlx::query("DELETE FROM drafts WHERE expires_at <= $1").bind(now)).await
            }

            async fn claim_message(
                &self,
                now: DateTime<Utc>,
                claimed_until: DateTime<Utc>,
            ) -> Result<Option<QueuedMessage>, StoreError> {
                let mut tx = self.write().await?;
                let row: Option<OutboxRow> = sqlx::query_as(concat!(
                    "SELECT id, attempts, idempotency_key, kind, recipient, subject, text_body, \
                     html_body FROM outbox WHERE status IN ('pending', 'sending') \
                     AND next_attempt_at <= $1 ORDER BY next_attempt_at, id LIMIT 1",
                    $claim_lock
                ))
                .bind(now)
                .fetch_optional(&mut *tx)
                .await
                .map_err(db_err)?;
                let Some(row) = row else {
                    tx.commit().await.map_err(db_err)?;
                    return Ok(None);
                };
                let mut queued = queued_from_row(&self.keys, row)?;
                sqlx::query(
                    "UPDATE outbox SET status = 'sending', attempts = attempts + 1, \
                     next_attempt_at = $2 WHERE id = $1",
                )
                .bind(queued.id)
                .bind(claimed_until)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
                tx.commit().await.map_err(db_err)?;
                queued.attempts += 1;
                Ok(Some(queued))
            }

            async fn mark_sent(&self, id: i64, now: DateTime<Utc>) -> Result<(), StoreError> {
                self.write_one(sqlx::query(
                    "UPDATE outbox SET status = 'sent', sent_at = $2, last_error = NULL WHERE id = $1",
                )
                .bind(id)
                .bind(now)).await?;
                Ok(())
            }

            async fn mark_attempt_failed(
                &self,
                id: i64,
                error: &str,
                retry_at: Option<DateTime<Utc>>,
            ) -> Result<(), StoreError> {
                let status = if retry_at.is_some() { "pending" } else { "failed" };
                self.write_one(sqlx::query(
                    "UPDATE outbox SET status = $2, next_attempt_at = $3, last_error = $4 \
                     WHERE id = $1 AND status <> 'sent'",
                )
                .bind(id)
                .bind(status)
                .bind(retry_at.unwrap_or_else(Utc::now))
                .bind(self.keys.seal(seal::OUTBOX_ERROR, error))).await?;
                Ok(())
            }

            async fn oldest_unsent(&self) -> Result<Option<DateTime<Utc>>, StoreError> {
                let row: Option<(DateTime<Utc>,)> = sqlx::query_as(
                    "SELECT created_at FROM outbox WHERE status IN ('pending', 'sending') \
                     ORDER BY created_at LIMIT 1",
                )
                .fetch_optional(&self.pool)
                .await
                .map_err(db_err)?;
                Ok(row.map(|(at,)| at))
            }

            async fn failed_messages(&self) -> Result<Vec<MessageSummary>, StoreError> {
                let rows: Vec<(i64, String, String, String, i32, Option<String>, DateTime<Utc>)> =
                    sqlx::query_as(
                        "SELECT id, idempotency_key, kind, status, attempts, last_error, created_at \
                         FROM outbox WHERE status = 'failed' ORDER BY id",
                    )
                    .fetch_all(&self.pool)
                    .await
                    .map_err(db_err)?;
                rows.into_iter()
                    .map(|(id, idempotency_key, kind, status, attempts, last_error, created_at)| {
                        let last_error = self.keys.open_opt(seal::OUTBOX_ERROR, last_error)?;
                        Ok(MessageSummary { id, idempotency_key, kind, status, attempts, last_error, created_at })
                    })
                    .collect()
            }

            async fn retry_failed(&self, id: Option<i64>, now: DateTime<Utc>) -> Result<u64, StoreError> {
                let mut tx = self.write().await?;
                let query = match id {
                    Some(id) => sqlx::query(
                        "UPDATE outbox SET status = 'pending', attempts = 0, next_attempt_at = $1 \
                         WHERE status = 'failed' AND id = $2",
                    )
                    .bind(now)
                    .bind(id),
                    None => sqlx::query(
                        "UPDATE outbox SET status = 'pending', attempts = 0, next_attempt_at = $1 \
                         WHERE status = 'failed'",
                    )
                    .bind(now),
                };
                let n = query.execute(&mut *tx).await.map_err(db_err)?.rows_affected();
                tx.commit().await.map_err(db_err)?;
                Ok(n)
            }
        }
    };
}

impl_store!(Sqlite, "sqlite", "");
impl_store!(Postgres, "postgres", " FOR UPDATE SKIP LOCKED");
