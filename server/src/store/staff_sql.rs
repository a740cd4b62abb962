//! The staff area's queries (`StaffStore`), written once for both databases like `sql.rs`.
//! Filters are built with sqlx's `QueryBuilder`, which numbers each database's placeholders.

use app::ports::{
    AgreementItem, AuditEntry, AuditQuery, CaseChange, CaseEvent, CaseEventKind, CaseRecord,
    Enrolment, NewStaff, Participant, QueueQuery, QueueRow, RiskAssessment, RjProcess, SignInFailures, SupportReferral, StaffAccount, StaffCredentials, StaffStore,
    StoreError, StoredRequest,
};
use async_trait::async_trait;
use crate::seal::{self, Keyring};
use chrono::{DateTime, NaiveDate, Utc};
use sqlx::{Postgres, QueryBuilder, Sqlite};

use std::collections::HashMap;

use app::domain::screening::Flag;
use app::staff::participants::{Columns, Consent, EqualityAnswers, RefusalReason, Role as ParticipantRole, Willingness};
use app::staff::model::{AccountStatus, Disposal, EndReason, RequestKind, Role, REFERRAL_BASES, RJ_PROCESSES, SAFE_TO_GO_ON, Status, is_code, label_of, process_words};

/// The end reason a "no" to a police referral's question records (`EndReason`, withdrawn).
const NOT_AGREED: &str = "not-agreed";

use super::sql::{INSERT_OUTBOX, SqlStore, db_err, decode_flags, outbox_insert, participant_insert, split};

type AccountRow = (i64, String, String, String, i32, String, DateTime<Utc>, Option<DateTime<Utc>>, Option<DateTime<Utc>>);

macro_rules! account_columns {
    () => {
        "id, email, name, role, specialist, status, created_at, sessions_valid_after, disabled_at"
    };
}

fn account_from_row((id, email, name, role, specialist, status, created_at, sessions_valid_after, disabled_at): AccountRow) -> Result<StaffAccount, StoreError> {
    Ok(StaffAccount {
        id,
        email,
        name,
        role: Role::parse(&role)?,
        specialist: specialist != 0,
        status: AccountStatus::parse(&status)?,
        created_at,
        sessions_valid_after,
        disabled_at,
    })
}

type QueueSqlRow = (
    i64,
    String,
    String,
    String,
    DateTime<Utc>,
    NaiveDate,
    Option<DateTime<Utc>>,
    String,
    Option<String>,
    Option<i64>,
    Option<String>,
);

fn queue_row(row: QueueSqlRow, flags: Vec<Flag>) -> Result<QueueRow, StoreError> {
    let (id, reference, kind, status, received_at, contact_by, first_contact_at, lang, area, assigned_to, assigned_name) = row;
    Ok(QueueRow {
        id,
        reference,
        kind: RequestKind::parse(&kind)?,
        status: Status::parse(&status)?,
        received_at,
        contact_by,
        first_contact_at,
        lang,
        area,
        flags,
        assigned_to,
        assigned_name,
    })
}

fn midnight(day: NaiveDate) -> DateTime<Utc> {
    day.and_hms_opt(0, 0, 0).expect("midnight exists").and_utc()
}

#[derive(sqlx::FromRow)]
struct CaseRow {
    id: i64,
    reference: String,
    kind: String,
    status: String,
    received_at: DateTime<Utc>,
    contact_by: NaiveDate,
    lang: String,
    area: Option<String>,
    routes: String,
    related_reference: Option<String>,
    answers: String,
    assigned_to: Option<i64>,
    assigned_name: Option<String>,
    first_contact_at: Option<DateTime<Utc>>,
    outcome_code: Option<String>,
    outcome_reason: Option<String>,
    referred_on_to: Option<String>,
    referrer_updates: Option<i32>,
    closed_at: Option<DateTime<Utc>>,
    disposal: Option<String>,
}

impl CaseRow {
    fn into_record(self, keys: &Keyring, flags: Vec<Flag>, participants: Vec<Participant>, processes: Vec<RjProcess>, agreement: Vec<AgreementItem>, assessment: Option<RiskAssessment>, support_referrals: Vec<SupportReferral>) -> Result<CaseRecord, StoreError> {
        let end_reason = end_reason(&self.status, self.outcome_code.as_deref())?;
        Ok(CaseRecord {
            id: self.id,
            request: StoredRequest {
                reference: self.reference,
                kind: RequestKind::parse(&self.kind)?,
                status: Status::parse(&self.status)?,
                received_at: self.received_at,
                contact_by: self.contact_by,
                lang: self.lang,
                area: self.area,
                flags,
                routes: split(&self.routes),
                related_reference: self.related_reference,
                answers_json: keys.open(seal::REQUEST_ANSWERS, &self.answers)?,
            },
            assigned_to: self.assigned_to,
            assigned_name: self.assigned_name,
            first_contact_at: self.first_contact_at,
            end_reason,
            outcome_reason: keys.open_opt(seal::OUTCOME_REASON, self.outcome_reason)?,
            referred_on_to: self.referred_on_to,
            participants,
            disposal: self.disposal.as_deref().map(Disposal::parse).transpose()?,
            processes,
            agreement,
            assessment,
            support_referrals,
            referrer_updates: self.referrer_updates.map(|v| v != 0),
            closed_at: self.closed_at,
        })
    }
}

/// A stored end reason, read back with the status it ended the case with: a code that is not
/// one of that status's reasons is an error, never shown as something else.
fn end_reason(status: &str, code: Option<&str>) -> Result<Option<EndReason>, StoreError> {
    let Some(code) = code else { return Ok(None) };
    Ok(Some(EndReason::parse(Status::parse(status)?, code)?))
}

#[derive(sqlx::FromRow)]
struct ParticipantRow {
    id: i64,
    role: String,
    details: String,
    consent: Option<String>,
    willingness: Option<String>,
    refusal_reason: Option<String>,
    refusal_note: Option<String>,
}


impl ParticipantRow {
    fn into_participant(self, keys: &Keyring) -> Result<Participant, StoreError> {
        let details = keys.open(seal::PARTICIPANT_DETAILS, &self.details)?;
        Ok(Participant {
            id: self.id,
            role: ParticipantRole::parse(&self.role)?,
            details: serde_json::from_str(&details).map_err(|e| StoreError::Database(format!("participant {}: {e}", self.id)))?,
            consent: self.consent.as_deref().map(Consent::parse).transpose()?,
            willingness: self.willingness.as_deref().map(Willingness::parse).transpose()?,
            refusal: self.refusal_reason.as_deref().map(RefusalReason::parse).transpose()?,
            refusal_note: keys.open_opt(seal::PARTICIPANT_REFUSAL_NOTE, self.refusal_note)?,
        })
    }
}

#[derive(sqlx::FromRow)]
struct EventRow {
    at: DateTime<Utc>,
    actor_name: String,
    kind: String,
    flag: Option<String>,
    status: Option<String>,
    method: Option<String>,
    outcome: Option<String>,
    end_reason: Option<String>,
    reason: Option<String>,
    note: Option<String>,
    participant_id: Option<i64>,
    participant_role: Option<String>,
    participant_name: Option<String>,
    consent: Option<String>,
    willingness: Option<String>,
    refusal_reason: Option<String>,
    disposal: Option<String>,
    assignee: Option<String>,
}

impl EventRow {
    fn into_event(self, keys: &Keyring) -> Result<CaseEvent, StoreError> {
        let flag = self.flag.as_deref().map(Flag::parse).transpose()?;
        let end_reason = match (&self.status, self.end_reason.as_deref()) {
            (Some(to), code) => end_reason(to, code)?,
            (None, None) => None,
            (None, Some(code)) => return Err(StoreError::Database(format!("an end reason {code:?} without a status"))),
        };
        let participant = match (self.participant_id, self.participant_role) {
            (Some(id), Some(role)) => {
                let role = ParticipantRole::parse(&role)?;
                let name = keys.open_opt(seal::PARTICIPANT_NAME, self.participant_name)?.unwrap_or_else(|| "name not known".to_owned());
                Some((id, format!("{name} ({})", role.label().to_lowercase())))
            }
            _ => None,
        };
        Ok(CaseEvent {
            at: self.at,
            actor_name: self.actor_name,
            kind: self.kind,
            flag,
            status: self.status.as_deref().map(Status::parse).transpose()?,
            method: self.method,
            outcome: self.outcome,
            end_reason,
            reason: keys.open_opt(seal::EVENT_REASON, self.reason)?,
            note: keys.open_opt(seal::EVENT_NOTE, self.note)?,
            participant,
            consent: self.consent.as_deref().map(Consent::parse).transpose()?,
            willingness: self.willingness.as_deref().map(Willingness::parse).transpose()?,
            refusal: self.refusal_reason.as_deref().map(RefusalReason::parse).transpose()?,
            disposal: self.disposal.as_deref().map(Disposal::parse).transpose()?,
            assignee: self.assignee,
        })
    }
}

/// A participant's equality answers, opened and checked against their codes.
pub(super) fn open_equality(
    keys: &Keyring,
    sex: Option<String>,
    gender_same: Option<String>,
    ethnicity: Option<String>,
    disability: Option<String>,
) -> Result<EqualityAnswers, StoreError> {
    Ok(EqualityAnswers {
        sex: keys.open_opt(seal::EQUALITY_SEX, sex)?,
        gender_same: keys.open_opt(seal::EQUALITY_GENDER_SAME, gender_same)?,
        ethnicity: keys.open_opt(seal::EQUALITY_ETHNICITY, ethnicity)?,
        disability: keys.open_opt(seal::EQUALITY_DISABILITY, disability)?,
    }
    .validated()?)
}

/// Each request's flags, read from `request_flags` for the ids given.
macro_rules! flags_by_request {
    ($db:ty, $pool:expr, $ids:expr) => {{
        let ids: &[i64] = $ids;
        let mut by_request: HashMap<i64, Vec<String>> = HashMap::new();
        if !ids.is_empty() {
            let mut b = QueryBuilder::<$db>::new("SELECT request_id, flag FROM request_flags WHERE request_id IN (");
            let mut list = b.separated(", ");
            for id in ids {
                list.push_bind(*id);
            }
            b.push(")");
            let rows: Vec<(i64, String)> = b.build_query_as().fetch_all($pool).await.map_err(db_err)?;
            for (id, flag) in rows {
                by_request.entry(id).or_default().push(flag);
            }
        }
        let mut flags: HashMap<i64, Vec<Flag>> = HashMap::new();
        for (id, codes) in by_request {
            flags.insert(id, decode_flags(codes)?);
        }
        flags
    }};
}

macro_rules! impl_staff_store {
    ($db:ty) => {
        impl SqlStore<$db> {
            /// A whole case, read on `conn`: on its own for `find_case`, or inside the
            /// transaction that changes it, for its statistics.
            pub(super) async fn load_case(conn: &mut <$db as sqlx::Database>::Connection, keys: &Keyring, reference: &str) -> Result<Option<CaseRecord>, StoreError> {
                let row: Option<CaseRow> = sqlx::query_as(
                    "SELECT r.id, r.reference, r.kind, r.status, r.received_at, r.contact_by, r.lang, r.area, \
                     r.routes, r.related_reference, r.answers, r.assigned_to, u.name AS assigned_name, \
                     r.first_contact_at, r.outcome_code, r.outcome_reason, r.referred_on_to, \
                     r.referrer_updates, r.closed_at, r.disposal \
                     FROM requests r LEFT JOIN staff_users u ON u.id = r.assigned_to WHERE r.reference = $1",
                )
                .bind(reference)
                .fetch_optional(&mut *conn)
                .await
                .map_err(db_err)?;
                let Some(row) = row else { return Ok(None) };
                let flags = flags_by_request!($db, &mut *conn, &[row.id]).remove(&row.id).unwrap_or_default();
                let processes: Vec<(String, NaiveDate, i32, i32, i32)> = sqlx::query_as(
                    "SELECT kind, held_on, harmed, caused_harm, supporters FROM rj_processes \
                     WHERE request_id = $1 ORDER BY held_on, id",
                )
                .bind(row.id)
                .fetch_all(&mut *conn)
                .await
                .map_err(db_err)?;
                let processes = processes
                    .into_iter()
                    .map(|(kind, held_on, harmed, caused_harm, supporters)| {
                        if !is_code(&RJ_PROCESSES, &kind) {
                            return Err(StoreError::Database(format!("unknown RJ process code {kind:?}")));
                        }
                        Ok(RjProcess { kind, held_on, harmed: harmed != 0, caused_harm: caused_harm != 0, supporters: supporters != 0 })
                    })
                    .collect::<Result<Vec<_>, _>>()?;
                let agreement: Vec<(i64, String, Option<NaiveDate>, Option<i32>)> = sqlx::query_as(
                    "SELECT id, what, due_on, kept FROM agreement_items WHERE request_id = $1 ORDER BY id",
                )
                .bind(row.id)
                .fetch_all(&mut *conn)
                .await
                .map_err(db_err)?;
                let agreement = agreement
                    .into_iter()
                    .map(|(id, what, due_on, kept)| {
                        Ok(AgreementItem { id, what: keys.open(seal::AGREEMENT_WHAT, &what)?, due_on, kept: kept.map(|k| k != 0) })
                    })
                    .collect::<Result<Vec<_>, StoreError>>()?;
                type AssessmentRow = (i64, String, String, Option<String>, String, Option<String>, String, i64, String, DateTime<Utc>, Option<String>, Option<DateTime<Utc>>);
                let assessment: Option<AssessmentRow> = sqlx::query_as(
                    "SELECT a.id, a.risks_harmed, a.risks_harmer, a.safeguarding, a.safe_to_go_on, a.method, a.conclusion, \
                     a.assessed_by, u.name, a.assessed_at, s.name, a.signed_off_at \
                     FROM risk_assessments a JOIN staff_users u ON u.id = a.assessed_by \
                     LEFT JOIN staff_users s ON s.id = a.signed_off_by \
                     WHERE a.request_id = $1 ORDER BY a.id DESC LIMIT 1",
                )
                .bind(row.id)
                .fetch_optional(&mut *conn)
                .await
                .map_err(db_err)?;
                let assessment = assessment.map(|(id, risks_harmed, risks_harmer, safeguarding, safe_to_go_on, method, conclusion, assessor_id, assessed_by, assessed_at, signer, signed_at)| {
                    if !is_code(&SAFE_TO_GO_ON, &safe_to_go_on) || method.as_deref().is_some_and(|m| !is_code(&RJ_PROCESSES, m)) {
                        return Err(StoreError::Database(format!("an unknown code in risk assessment {id}")));
                    }
                    Ok(RiskAssessment {
                        id,
                        risks_harmed: keys.open(seal::RISKS_HARMED, &risks_harmed)?,
                        risks_harmer: keys.open(seal::RISKS_HARMER, &risks_harmer)?,
                        safeguarding: keys.open_opt(seal::SAFEGUARDING, safeguarding)?,
                        safe_to_go_on,
                        method,
                        conclusion: keys.open(seal::RISK_CONCLUSION, &conclusion)?,
                        assessor_id,
                        assessed_by,
                        assessed_at,
                        signed_off: signer.zip(signed_at),
                    })
                }).transpose()?;
                let support: Vec<(String, NaiveDate, String, String)> = sqlx::query_as(
                    "SELECT agency, made_on, reason, basis FROM support_referrals WHERE request_id = $1 ORDER BY made_on, id",
                )
                .bind(row.id)
                .fetch_all(&mut *conn)
                .await
                .map_err(db_err)?;
                let support_referrals = support
                    .into_iter()
                    .map(|(agency, made_on, reason, basis)| {
                        if !is_code(&REFERRAL_BASES, &basis) {
                            return Err(StoreError::Database(format!("unknown referral basis {basis:?}")));
                        }
                        Ok(SupportReferral { agency: keys.open(seal::SUPPORT_AGENCY, &agency)?, made_on, reason: keys.open(seal::SUPPORT_REASON, &reason)?, basis })
                    })
                    .collect::<Result<Vec<_>, _>>()?;
                let participants: Vec<ParticipantRow> = sqlx::query_as(
                    "SELECT id, role, details, consent, willingness, refusal_reason, refusal_note \
                     FROM participants WHERE request_id = $1 ORDER BY id",
                )
                .bind(row.id)
                .fetch_all(&mut *conn)
                .await
                .map_err(db_err)?;
                let participants = participants.into_iter().map(|p| p.into_participant(keys)).collect::<Result<Vec<_>, _>>()?;
                row.into_record(keys, flags, participants, processes, agreement, assessment, support_referrals).map(Some)
            }
        }

        #[async_trait]
        impl StaffStore for SqlStore<$db> {
            async fn count_staff(&self) -> Result<i64, StoreError> {
                let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM staff_users")
                    .fetch_one(&self.pool)
                    .await
                    .map_err(db_err)?;
                Ok(n)
            }

            async fn add_staff(&self, s: &NewStaff) -> Result<i64, StoreError> {
                let mut tx = self.write().await?;
                let (id,): (i64,) = sqlx::query_as(
                    "INSERT INTO staff_users (email, name, role, specialist, enrol_digest, \
                     enrol_expires_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                )
                .bind(s.email.to_lowercase())
                .bind(&s.name)
                .bind(s.role.code())
                .bind(i32::from(s.specialist))
                .bind(&s.enrol_digest)
                .bind(s.enrol_expires_at)
                .bind(s.created_at)
                .fetch_one(&mut *tx)
                .await
                .map_err(|e| match e {
                    sqlx::Error::Database(ref d) if d.is_unique_violation() => StoreError::EmailTaken,
                    other => db_err(other),
                })?;
                tx.commit().await.map_err(db_err)?;
                Ok(id)
            }

            async fn list_staff(&self) -> Result<Vec<StaffAccount>, StoreError> {
                let rows: Vec<AccountRow> =
                    sqlx::query_as(concat!("SELECT ", account_columns!(), " FROM staff_users ORDER BY name, id"))
                        .fetch_all(&self.pool)
                        .await
                        .map_err(db_err)?;
                rows.into_iter().map(account_from_row).collect()
            }

            async fn find_staff(&self, id: i64) -> Result<Option<StaffAccount>, StoreError> {
                let row: Option<AccountRow> =
                    sqlx::query_as(concat!("SELECT ", account_columns!(), " FROM staff_users WHERE id = $1"))
                        .bind(id)
                        .fetch_optional(&self.pool)
                        .await
                        .map_err(db_err)?;
                row.map(account_from_row).transpose()
            }

            async fn staff_credentials(&self, email: &str) -> Result<Option<StaffCredentials>, StoreError> {
                let row: Option<(i64, String, String, String, i32, String, DateTime<Utc>, Option<DateTime<Utc>>, Option<DateTime<Utc>>, Option<String>, Option<String>)> =
                    sqlx::query_as(concat!(
                        "SELECT ", account_columns!(), ", password_hash, totp_secret FROM staff_users WHERE email = $1"
                    ))
                    .bind(email.trim().to_lowercase())
                    .fetch_optional(&self.pool)
                    .await
                    .map_err(db_err)?;
                row.map(|(id, email, name, role, specialist, status, created_at, valid_after, disabled_at, password_hash, totp_secret)| {
                    Ok(StaffCredentials {
                        account: account_from_row((id, email, name, role, specialist, status, created_at, valid_after, disabled_at))?,
                        password_hash,
                        totp_secret: self.keys.open_opt(seal::TOTP_SECRET, totp_secret)?,
                    })
                })
                .transpose()
            }

            async fn find_enrolment(&self, digest: &str, now: DateTime<Utc>) -> Result<Option<StaffAccount>, StoreError> {
                let row: Option<AccountRow> = sqlx::query_as(concat!(
                    "SELECT ", account_columns!(), " FROM staff_users WHERE enrol_digest = $1 \
                     AND enrol_expires_at > $2 AND status = 'invited'"
                ))
                .bind(digest)
                .bind(now)
                .fetch_optional(&self.pool)
                .await
                .map_err(db_err)?;
                row.map(account_from_row).transpose()
            }

            async fn complete_enrolment(&self, digest: &str, e: &Enrolment, now: DateTime<Utc>) -> Result<bool, StoreError> {
                let mut tx = self.write().await?;
                let row: Option<(i64,)> = sqlx::query_as(
                    "UPDATE staff_users SET password_hash = $2, totp_secret = $3, totp_last_step = 0, \
                     status = 'active', enrol_digest = NULL, enrol_expires_at = NULL \
                     WHERE enrol_digest = $1 AND enrol_expires_at > $4 AND status = 'invited' RETURNING id",
                )
                .bind(digest)
                .bind(&e.password_hash)
                .bind(self.keys.seal(seal::TOTP_SECRET, &e.totp_secret))
                .bind(now)
                .fetch_optional(&mut *tx)
                .await
                .map_err(db_err)?;
                let Some((id,)) = row else {
                    tx.commit().await.map_err(db_err)?;
                    return Ok(false);
                };
                sqlx::query("DELETE FROM staff_recovery_codes WHERE user_id = $1")
                    .bind(id)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?;
                for code in &e.recovery_digests {
                    sqlx::query("INSERT INTO staff_recovery_codes (user_id, code_digest) VALUES ($1, $2)")
                        .bind(id)
                        .bind(code)
                        .execute(&mut *tx)
                        .await
                        .map_err(db_err)?;
                }
                tx.commit().await.map_err(db_err)?;
                Ok(true)
            }

            async fn reset_enrolment(&self, id: i64, digest: &str, expires_at: DateTime<Utc>) -> Result<bool, StoreError> {
                let mut tx = self.write().await?;
                let n = sqlx::query(
                    "UPDATE staff_users SET status = 'invited', password_hash = NULL, totp_secret = NULL, \
                     enrol_digest = $2, enrol_expires_at = $3 WHERE id = $1 AND status <> 'disabled'",
                )
                .bind(id)
                .bind(digest)
                .bind(expires_at)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?
                .rows_affected();
                if n == 0 {
                    return Ok(false);
                }
                for statement in [
                    "DELETE FROM staff_recovery_codes WHERE user_id = $1",
                    "DELETE FROM staff_sessions WHERE user_id = $1",
                ] {
                    sqlx::query(statement).bind(id).execute(&mut *tx).await.map_err(db_err)?;
                }
                tx.commit().await.map_err(db_err)?;
                Ok(n > 0)
            }

            async fn set_staff_status(&self, id: i64, status: AccountStatus) -> Result<bool, StoreError> {
                let mut tx = self.write().await?;
                // The latest disabling dates an account's end; enabling it again clears it.
                let n = sqlx::query(
                    "UPDATE staff_users SET status = $2, \
                     disabled_at = CASE WHEN $2 = 'disabled' THEN COALESCE(CASE WHEN status = 'disabled' THEN disabled_at END, $3) ELSE NULL END \
                     WHERE id = $1",
                )
                    .bind(id)
                    .bind(status.code())
                    .bind(Utc::now())
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?
                    .rows_affected();
                if status == AccountStatus::Disabled {
                    sqlx::query("DELETE FROM staff_sessions WHERE user_id = $1")
                        .bind(id)
                        .execute(&mut *tx)
                        .await
                        .map_err(db_err)?;
                }
                tx.commit().await.map_err(db_err)?;
                Ok(n > 0)
            }

            async fn accept_totp_step(&self, id: i64, step: i64) -> Result<bool, StoreError> {
                let n = self.write_one(sqlx::query(
                    "UPDATE staff_users SET totp_last_step = $2 WHERE id = $1 AND totp_last_step < $2",
                )
                .bind(id)
                .bind(step)).await?;
                Ok(n > 0)
            }

            async fn use_recovery_code(&self, id: i64, digest: &str, now: DateTime<Utc>) -> Result<bool, StoreError> {
                let n = self.write_one(sqlx::query(
                    "UPDATE staff_recovery_codes SET used_at = $3 \
                     WHERE user_id = $1 AND code_digest = $2 AND used_at IS NULL",
                )
                .bind(id)
                .bind(digest)
                .bind(now)).await?;
                Ok(n > 0)
            }

            async fn record_sign_in_failure(&self, account: &str, address: &str, at: DateTime<Utc>) -> Result<(), StoreError> {
                self.write_one(sqlx::query("INSERT INTO sign_in_failures (account, address, at) VALUES ($1, $2, $3)")
                    .bind(account)
                    .bind(address)
                    .bind(at)).await?;
                Ok(())
            }

            async fn sign_in_failures(&self, account: &str, address: &str, since: DateTime<Utc>) -> Result<SignInFailures, StoreError> {
                let (pair,): (i64,) = sqlx::query_as(
                    "SELECT COUNT(*) FROM sign_in_failures WHERE account = $1 AND address = $2 AND at > $3",
                )
                .bind(account)
                .bind(address)
                .bind(since)
                .fetch_one(&self.pool)
                .await
                .map_err(db_err)?;
                let (from_address,): (i64,) =
                    sqlx::query_as("SELECT COUNT(*) FROM sign_in_failures WHERE address = $1 AND at > $2")
                        .bind(address)
                        .bind(since)
                        .fetch_one(&self.pool)
                        .await
                        .map_err(db_err)?;
                let (for_account,): (i64,) =
                    sqlx::query_as("SELECT COUNT(*) FROM sign_in_failures WHERE account = $1 AND at > $2")
                        .bind(account)
                        .bind(since)
                        .fetch_one(&self.pool)
                        .await
                        .map_err(db_err)?;
                Ok(SignInFailures { account_from_address: pair, from_address, account: for_account })
            }

            async fn create_staff_session(&self, id: &str, user_id: Option<i64>, data: &str, expires_at: DateTime<Utc>) -> Result<bool, StoreError> {
                let n = self.write_one(sqlx::query(
                    "INSERT INTO staff_sessions (id, user_id, data, expires_at) VALUES ($1, $2, $3, $4) \
                     ON CONFLICT (id) DO NOTHING",
                )
                .bind(id)
                .bind(user_id)
                .bind(data)
                .bind(expires_at)).await?;
                Ok(n == 1)
            }

            async fn save_staff_session(&self, id: &str, user_id: Option<i64>, data: &str, expires_at: DateTime<Utc>) -> Result<bool, StoreError> {
                let n = self.write_one(sqlx::query(
                    "UPDATE staff_sessions SET user_id = $2, data = $3, expires_at = $4 WHERE id = $1",
                )
                .bind(id)
                .bind(user_id)
                .bind(data)
                .bind(expires_at)).await?;
                Ok(n == 1)
            }

            async fn load_staff_session(&self, id: &str, now: DateTime<Utc>) -> Result<Option<String>, StoreError> {
                let row: Option<(String,)> =
                    sqlx::query_as("SELECT data FROM staff_sessions WHERE id = $1 AND expires_at > $2")
                        .bind(id)
                        .bind(now)
                        .fetch_optional(&self.pool)
                        .await
                        .map_err(db_err)?;
                Ok(row.map(|(d,)| d))
            }

            async fn delete_staff_session(&self, id: &str) -> Result<(), StoreError> {
                self.write_one(sqlx::query("DELETE FROM staff_sessions WHERE id = $1").bind(id)).await?;
                Ok(())
            }

            async fn end_staff_sessions(&self, user_id: i64) -> Result<u64, StoreError> {
                let mut tx = self.write().await?;
                sqlx::query("UPDATE staff_users SET sessions_valid_after = $2 WHERE id = $1")
                    .bind(user_id)
                    .bind(Utc::now())
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?;
                let n = sqlx::query("DELETE FROM staff_sessions WHERE user_id = $1")
                    .bind(user_id)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?
                    .rows_affected();
                tx.commit().await.map_err(db_err)?;
                Ok(n)
            }

            async fn purge_staff_sessions(&self, now: DateTime<Utc>) -> Result<u64, StoreError> {
                let mut tx = self.write().await?;
                let n = sqlx::query("DELETE FROM staff_sessions WHERE expires_at <= $1")
                    .bind(now)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?
                    .rows_affected();
                tx.commit().await.map_err(db_err)?;
                Ok(n)
            }

            async fn audit(&self, e: &AuditEntry) -> Result<(), StoreError> {
                self.write_one(Self::audit_insert(e)).await?;
                Ok(())
            }

            async fn audit_entries(&self, q: &AuditQuery) -> Result<Vec<(i64, AuditEntry)>, StoreError> {
                let mut b = QueryBuilder::<$db>::new(
                    "SELECT id, at, actor, action, subject, address FROM audit_log WHERE 1 = 1",
                );
                if let Some(actor) = &q.actor {
                    b.push(" AND actor = ").push_bind(actor.trim().to_lowercase());
                }
                if let Some(action) = &q.action {
                    b.push(" AND action = ").push_bind(action.clone());
                }
                if let Some(subject) = &q.subject {
                    b.push(" AND subject = ").push_bind(subject.clone());
                }
                if let Some(from) = q.from {
                    b.push(" AND at >= ").push_bind(from);
                }
                if let Some(to) = q.to {
                    b.push(" AND at < ").push_bind(to);
                }
                if let Some(before) = q.before_id {
                    b.push(" AND id < ").push_bind(before);
                }
                b.push(" ORDER BY id DESC LIMIT ").push_bind(q.limit.clamp(1, 1000));
                let rows: Vec<(i64, DateTime<Utc>, String, String, Option<String>, Option<String>)> =
                    b.build_query_as().fetch_all(&self.pool).await.map_err(db_err)?;
                Ok(rows
                    .into_iter()
                    .map(|(id, at, actor, action, subject, address)| (id, AuditEntry { at, actor, action, subject, address }))
                    .collect())
            }

            async fn queue(&self, q: &QueueQuery) -> Result<Vec<QueueRow>, StoreError> {
                let mut b = QueryBuilder::<$db>::new(
                    "SELECT r.id, r.reference, r.kind, r.status, r.received_at, r.contact_by, \
                     r.first_contact_at, r.lang, r.area, r.assigned_to, u.name \
                     FROM requests r LEFT JOIN staff_users u ON u.id = r.assigned_to WHERE 1 = 1",
                );
                if let Some(open) = q.open {
                    b.push(" AND r.is_open = ").push_bind(i32::from(open));
                }
                if let Some(status) = &q.status {
                    b.push(" AND r.status = ").push_bind(status.code());
                }
                if let Some(kind) = &q.kind {
                    b.push(" AND r.kind = ").push_bind(kind.code());
                }
                if let Some(area) = &q.area {
                    b.push(" AND r.area = ").push_bind(area.clone());
                    if q.restricted_hidden {
                        // The area is what a hidden row hides: it must not pick one out.
                        b.push(" AND NOT EXISTS (SELECT 1 FROM request_flags f WHERE f.request_id = r.id AND f.flag IN (");
                        let mut codes = b.separated(", ");
                        for flag in Flag::ALL.into_iter().filter(|f| f.needs_specialist()) {
                            codes.push_bind(flag.code());
                        }
                        b.push("))");
                    }
                }
                if let Some(flag) = q.flag {
                    b.push(" AND EXISTS (SELECT 1 FROM request_flags f WHERE f.request_id = r.id AND f.flag = ")
                        .push_bind(flag.code())
                        .push(")");
                }
                if let Some(user) = q.assigned_to {
                    b.push(" AND r.assigned_to = ").push_bind(user);
                }
                if q.unassigned {
                    b.push(" AND r.assigned_to IS NULL");
                }
                if let Some(day) = q.overdue_on {
                    b.push(" AND r.first_contact_at IS NULL AND r.contact_by < ").push_bind(day);
                }
                if let Some(from) = q.received_from {
                    b.push(" AND r.received_at >= ").push_bind(midnight(from));
                }
                if let Some(to) = q.received_to.and_then(|d| d.succ_opt()) {
                    b.push(" AND r.received_at < ").push_bind(midnight(to));
                }
                if let Some(reference) = &q.reference {
                    b.push(" AND r.reference = ").push_bind(reference.clone());
                }
                if let Some((day, id)) = q.after {
                    // A row value, which both databases can answer from the (contact_by, id)
                    // indexes; the equivalent OR makes PostgreSQL scan.
                    b.push(" AND (r.contact_by, r.id) > (").push_bind(day);
                    b.push(", ").push_bind(id).push(")");
                }
                let backwards = q.after.is_none() && q.before.is_some();
                if let (true, Some((day, id))) = (backwards, q.before) {
                    b.push(" AND (r.contact_by, r.id) < (").push_bind(day);
                    b.push(", ").push_bind(id).push(")");
                }
                let order = if backwards { " ORDER BY r.contact_by DESC, r.id DESC LIMIT " } else { " ORDER BY r.contact_by, r.id LIMIT " };
                b.push(order).push_bind(q.limit.clamp(1, 1000));
                let rows: Vec<QueueSqlRow> = b.build_query_as().fetch_all(&self.pool).await.map_err(db_err)?;
                let ids: Vec<i64> = rows.iter().map(|r| r.0).collect();
                let mut flags = flags_by_request!($db, &self.pool, &ids);
                let mut rows: Vec<QueueRow> =
                    rows.into_iter().map(|r| { let f = flags.remove(&r.0).unwrap_or_default(); queue_row(r, f) }).collect::<Result<_, _>>()?;
                if backwards {
                    rows.reverse();
                }
                Ok(rows)
            }

            async fn find_case(&self, reference: &str) -> Result<Option<CaseRecord>, StoreError> {
                let mut conn = self.pool.acquire().await.map_err(db_err)?;
                Self::load_case(&mut conn, &self.keys, reference).await
            }

            async fn case_events(&self, request_id: i64) -> Result<Vec<CaseEvent>, StoreError> {
                let rows: Vec<EventRow> = sqlx::query_as(
                    "SELECT e.at, u.name AS actor_name, e.kind, e.flag, e.status, e.method, e.outcome, e.end_reason, \
                     e.reason, e.note, e.participant_id, p.role AS participant_role, p.name AS participant_name, \
                     e.consent, e.willingness, e.refusal_reason, e.disposal, a.name AS assignee \
                     FROM case_events e JOIN staff_users u ON u.id = e.actor_id \
                     LEFT JOIN staff_users a ON a.id = e.assigned_to \
                     LEFT JOIN participants p ON p.id = e.participant_id \
                     WHERE e.request_id = $1 ORDER BY e.id",
                )
                .bind(request_id)
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
                rows.into_iter().map(|e| e.into_event(&self.keys)).collect()
            }

            async fn participant_equality(&self, participant_id: i64) -> Result<Option<EqualityAnswers>, StoreError> {
                let row: Option<(Option<String>, Option<String>, Option<String>, Option<String>)> = sqlx::query_as(
                    "SELECT sex, gender_same, ethnicity, disability FROM participant_equality WHERE participant_id = $1",
                )
                .bind(participant_id)
                .fetch_optional(&self.pool)
                .await
                .map_err(db_err)?;
                row.map(|(sex, gender_same, ethnicity, disability)| open_equality(&self.keys, sex, gender_same, ethnicity, disability)).transpose()
            }

            async fn change_case(&self, c: &CaseChange) -> Result<(), StoreError> {
                let mut tx = self.write().await?;
                // (kind, status, method, outcome, reason, note) for the timeline; a flag event
                // also names its flag.
                let mut flag_code: Option<&'static str> = None;
                let mut end_reason_code: Option<&'static str> = None;
                // Which participant the event is about, and what it recorded of them.
                let mut participant_id: Option<i64> = None;
                let mut consent_code: Option<&'static str> = None;
                let mut willingness_code: Option<&'static str> = None;
                let mut refusal_code: Option<&'static str> = None;
                let mut disposal_code: Option<&'static str> = None;
                let mut assignee: Option<i64> = None;
                let event: (&str, Option<String>, Option<String>, Option<String>, Option<String>, Option<String>) = match &c.event {
                    CaseEventKind::Status { from, to, ends, end_reason, reason, referred_on_to } => {
                        end_reason_code = end_reason.map(|r| r.code);
                        let n = sqlx::query(
                            "UPDATE requests SET status = $2, is_open = $3, \
                             outcome_reason = COALESCE($4, outcome_reason), \
                             outcome_code = COALESCE($8, outcome_code), \
                             referred_on_to = COALESCE($5, referred_on_to), \
                             closed_at = CASE WHEN $3 = 0 THEN $6 ELSE closed_at END, updated_at = $6 \
                             WHERE id = $1 AND status = $7",
                        )
                        .bind(c.request_id)
                        .bind(to.code())
                        .bind(i32::from(!ends))
                        .bind(self.keys.seal_opt(seal::OUTCOME_REASON, reason.as_deref()))
                        .bind(referred_on_to)
                        .bind(c.at)
                        .bind(from.code())
                        .bind(end_reason_code)
                        .execute(&mut *tx)
                        .await
                        .map_err(db_err)?
                        .rows_affected();
                        if n == 0 {
                            return Err(StoreError::Stale);
                        }
                        let why = match (referred_on_to, reason) {
                            (Some(to), Some(r)) => Some(format!("{to}: {r}")),
                            (Some(to), None) => Some(to.clone()),
                            (None, r) => r.clone(),
                        };
                        ("status", Some(to.code().to_owned()), None, None, why, None)
                    }
                    CaseEventKind::Assign { to } => {
                        sqlx::query("UPDATE requests SET assigned_to = $2, updated_at = $3 WHERE id = $1")
                            .bind(c.request_id)
                            .bind(to)
                            .bind(c.at)
                            .execute(&mut *tx)
                            .await
                            .map_err(db_err)?;
                        assignee = *to;
                        ("assign", None, None, None, None, None)
                    }
                    CaseEventKind::Contact { method, outcome, note, new_status } => {
                        if outcome == "reached" {
                            sqlx::query(
                                "UPDATE requests SET first_contact_at = COALESCE(first_contact_at, $2) WHERE id = $1",
                            )
                            .bind(c.request_id)
                            .bind(c.at)
                            .execute(&mut *tx)
                            .await
                            .map_err(db_err)?;
                        }
                        if let Some(status) = new_status {
                            sqlx::query(
                                "UPDATE requests SET status = $2 WHERE id = $1 \
                                 AND status IN ('new', 'contact-attempted')",
                            )
                            .bind(c.request_id)
                            .bind(status.code())
                            .execute(&mut *tx)
                            .await
                            .map_err(db_err)?;
                        }
                        sqlx::query("UPDATE requests SET updated_at = $2 WHERE id = $1")
                            .bind(c.request_id)
                            .bind(c.at)
                            .execute(&mut *tx)
                            .await
                            .map_err(db_err)?;
                        ("contact", new_status.map(|s| s.code().to_owned()), Some(method.clone()), Some(outcome.clone()), None, note.clone())
                    }
                    CaseEventKind::Note { text } => ("note", None, None, None, None, Some(text.clone())),
                    CaseEventKind::Disposal(d) => {
                        sqlx::query("UPDATE requests SET disposal = $2, updated_at = $3 WHERE id = $1")
                            .bind(c.request_id)
                            .bind(d.code())
                            .bind(c.at)
                            .execute(&mut *tx)
                            .await
                            .map_err(db_err)?;
                        disposal_code = Some(d.code());
                        ("disposal", None, None, None, None, None)
                    }
                    CaseEventKind::AddParticipant(p) => {
                        let (id,): (i64,) = participant_insert!(&self.keys, c.request_id, p, c.at)
                            .fetch_one(&mut *tx)
                            .await
                            .map_err(db_err)?;
                        participant_id = Some(id);
                        consent_code = p.consent.map(|c| c.code());
                        ("participant-added", None, None, None, None, None)
                    }
                    CaseEventKind::EditParticipant { participant_id: id, role, details } => {
                        let columns = Columns::of(*role, details);
                        let n = sqlx::query(
                            "UPDATE participants SET name = $3, age_band = $4, interpreter = $5, bsl = $6, details = $7, \
                             updated_at = $8 WHERE id = $1 AND request_id = $2 AND role = $9",
                        )
                        .bind(id)
                        .bind(c.request_id)
                        .bind(self.keys.seal_opt(seal::PARTICIPANT_NAME, columns.name))
                        .bind(columns.age_band.map(str::to_owned))
                        .bind(i32::from(columns.interpreter))
                        .bind(i32::from(columns.bsl))
                        .bind(self.keys.seal(seal::PARTICIPANT_DETAILS, &serde_json::to_string(details).expect("answers serialise")))
                        .bind(c.at)
                        .bind(role.code())
                        .execute(&mut *tx)
                        .await
                        .map_err(db_err)?
                        .rows_affected();
                        if n == 0 {
                            return Err(StoreError::Stale);
                        }
                        participant_id = Some(*id);
                        ("participant-details", None, None, None, None, None)
                    }
                    CaseEventKind::Stance { participant_id: id, stance } => {
                        // Each answer replaces only what it records; the reason goes with a no.
                        let n = sqlx::query(
                            "UPDATE participants SET consent = COALESCE($3, consent), willingness = COALESCE($4, willingness), \
                             refusal_reason = $5, refusal_note = $6, updated_at = $7 \
                             WHERE id = $1 AND request_id = $2 AND role <> 'referrer'",
                        )
                        .bind(id)
                        .bind(c.request_id)
                        .bind(stance.consent.map(|c| c.code()))
                        .bind(stance.willingness.map(|w| w.code()))
                        .bind(stance.refusal.map(|r| r.code))
                        .bind(self.keys.seal_opt(seal::PARTICIPANT_REFUSAL_NOTE, stance.refusal.and(stance.note.as_deref())))
                        .bind(c.at)
                        .execute(&mut *tx)
                        .await
                        .map_err(db_err)?
                        .rows_affected();
                        if n == 0 {
                            return Err(StoreError::Stale);
                        }
                        participant_id = Some(*id);
                        consent_code = stance.consent.map(|c| c.code());
                        willingness_code = stance.willingness.map(|w| w.code());
                        refusal_code = stance.refusal.map(|r| r.code);
                        ("participant-stance", None, None, None, stance.note.clone(), None)
                    }
                    CaseEventKind::Equality { participant_id: id, answers } => {
                        let (owner,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM participants WHERE id = $1 AND request_id = $2")
                            .bind(id)
                            .bind(c.request_id)
                            .fetch_one(&mut *tx)
                            .await
                            .map_err(db_err)?;
                        if owner == 0 {
                            return Err(StoreError::Stale);
                        }
                        sqlx::query(
                            "INSERT INTO participant_equality (participant_id, sex, gender_same, ethnicity, disability, recorded_at) \
                             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (participant_id) DO UPDATE SET sex = excluded.sex, \
                             gender_same = excluded.gender_same, ethnicity = excluded.ethnicity, \
                             disability = excluded.disability, recorded_at = excluded.recorded_at",
                        )
                        .bind(id)
                        .bind(self.keys.seal_opt(seal::EQUALITY_SEX, answers.sex.as_deref()))
                        .bind(self.keys.seal_opt(seal::EQUALITY_GENDER_SAME, answers.gender_same.as_deref()))
                        .bind(self.keys.seal_opt(seal::EQUALITY_ETHNICITY, answers.ethnicity.as_deref()))
                        .bind(self.keys.seal_opt(seal::EQUALITY_DISABILITY, answers.disability.as_deref()))
                        .bind(c.at)
                        .execute(&mut *tx)
                        .await
                        .map_err(db_err)?;
                        participant_id = Some(*id);
                        ("participant-equality", None, None, None, None, None)
                    }
                    CaseEventKind::Flag { flag, added, reason, unassign, contact_by } => {
                        let changed = if *added {
                            sqlx::query("INSERT INTO request_flags (request_id, flag) VALUES ($1, $2) ON CONFLICT DO NOTHING")
                        } else {
                            sqlx::query("DELETE FROM request_flags WHERE request_id = $1 AND flag = $2")
                        }
                        .bind(c.request_id)
                        .bind(flag.code())
                        .execute(&mut *tx)
                        .await
                        .map_err(db_err)?
                        .rows_affected();
                        // Someone else made the same change first.
                        if changed == 0 {
                            return Err(StoreError::Stale);
                        }
                        sqlx::query(
                            "UPDATE requests SET updated_at = $2, \
                             assigned_to = CASE WHEN $3 = 1 THEN NULL ELSE assigned_to END, \
                             contact_by = COALESCE($4, contact_by) WHERE id = $1",
                        )
                        .bind(c.request_id)
                        .bind(c.at)
                        .bind(i32::from(*unassign))
                        .bind(contact_by)
                        .execute(&mut *tx)
                        .await
                        .map_err(db_err)?;
                        flag_code = Some(flag.code());
                        let note = unassign.then(|| "Back to the pool: its assignee cannot hold it now.".to_owned());
                        (if *added { "flag-added" } else { "flag-removed" }, None, None, None, Some(reason.clone()), note)
                    }
                    CaseEventKind::Process(p) => {
                        sqlx::query(
                            "INSERT INTO rj_processes (request_id, kind, held_on, harmed, caused_harm, supporters, recorded_at) \
                             VALUES ($1, $2, $3, $4, $5, $6, $7)",
                        )
                        .bind(c.request_id)
                        .bind(&p.kind)
                        .bind(p.held_on)
                        .bind(i32::from(p.harmed))
                        .bind(i32::from(p.caused_harm))
                        .bind(i32::from(p.supporters))
                        .bind(c.at)
                        .execute(&mut *tx)
                        .await
                        .map_err(db_err)?;
                        ("process", None, None, None, None, Some(process_words(p)))
                    }
                    CaseEventKind::AgreementItem { what, due_on } => {
                        sqlx::query(
                            "INSERT INTO agreement_items (request_id, what, due_on, recorded_at) VALUES ($1, $2, $3, $4)",
                        )
                        .bind(c.request_id)
                        .bind(self.keys.seal(seal::AGREEMENT_WHAT, what))
                        .bind(due_on)
                        .bind(c.at)
                        .execute(&mut *tx)
                        .await
                        .map_err(db_err)?;
                        let due = due_on.map(|d| format!(" (by {})", d.format("%-d %B %Y"))).unwrap_or_default();
                        ("agreement-item", None, None, None, None, Some(format!("{what}{due}")))
                    }
                    CaseEventKind::ItemKept { item_id, kept } => {
                        let what: Option<(String,)> = sqlx::query_as(
                            "UPDATE agreement_items SET kept = $3 WHERE id = $1 AND request_id = $2 AND kept IS NULL RETURNING what",
                        )
                        .bind(item_id)
                        .bind(c.request_id)
                        .bind(i32::from(*kept))
                        .fetch_optional(&mut *tx)
                        .await
                        .map_err(db_err)?;
                        // Recorded already, or not this case's item.
                        let Some((what,)) = what else { return Err(StoreError::Stale) };
                        let what = self.keys.open(seal::AGREEMENT_WHAT, &what)?;
                        (if *kept { "agreement-kept" } else { "agreement-not-kept" }, None, None, None, None, Some(what))
                    }
                    CaseEventKind::Assessment(a) => {
                        sqlx::query(
                            "INSERT INTO risk_assessments (request_id, risks_harmed, risks_harmer, safeguarding, safe_to_go_on, \
                             method, conclusion, assessed_by, assessed_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                        )
                        .bind(c.request_id)
                        .bind(self.keys.seal(seal::RISKS_HARMED, &a.risks_harmed))
                        .bind(self.keys.seal(seal::RISKS_HARMER, &a.risks_harmer))
                        .bind(self.keys.seal_opt(seal::SAFEGUARDING, a.safeguarding.as_deref()))
                        .bind(&a.safe_to_go_on)
                        .bind(&a.method)
                        .bind(self.keys.seal(seal::RISK_CONCLUSION, &a.conclusion))
                        .bind(c.actor_id)
                        .bind(c.at)
                        .execute(&mut *tx)
                        .await
                        .map_err(db_err)?;
                        let safe = label_of(&SAFE_TO_GO_ON, &a.safe_to_go_on);
                        ("risk-assessed", None, None, None, None, Some(format!("Safe to go on: {safe}. {}", a.conclusion)))
                    }
                    CaseEventKind::SignOff { assessment_id } => {
                        // Only the latest, not yet signed, and not by the one who assessed it.
                        let n = sqlx::query(
                            "UPDATE risk_assessments SET signed_off_by = $3, signed_off_at = $4 \
                             WHERE id = $1 AND request_id = $2 AND signed_off_by IS NULL AND assessed_by <> $3 \
                             AND id = (SELECT MAX(id) FROM risk_assessments WHERE request_id = $2)",
                        )
                        .bind(assessment_id)
                        .bind(c.request_id)
                        .bind(c.actor_id)
                        .bind(c.at)
                        .execute(&mut *tx)
                        .await
                        .map_err(db_err)?
                        .rows_affected();
                        if n == 0 {
                            return Err(StoreError::Stale);
                        }
                        ("risk-signed-off", None, None, None, None, None)
                    }
                    CaseEventKind::SupportReferral(r) => {
                        sqlx::query(
                            "INSERT INTO support_referrals (request_id, agency, made_on, reason, basis, recorded_at) \
                             VALUES ($1, $2, $3, $4, $5, $6)",
                        )
                        .bind(c.request_id)
                        .bind(self.keys.seal(seal::SUPPORT_AGENCY, &r.agency))
                        .bind(r.made_on)
                        .bind(self.keys.seal(seal::SUPPORT_REASON, &r.reason))
                        .bind(&r.basis)
                        .bind(c.at)
                        .execute(&mut *tx)
                        .await
                        .map_err(db_err)?;
                        let words = format!(
                            "{} on {} ({}): {}",
                            r.agency,
                            r.made_on.format("%-d %B %Y"),
                            label_of(&REFERRAL_BASES, &r.basis).to_lowercase(),
                            r.reason
                        );
                        ("support-referral", None, None, None, None, Some(words))
                    }
                    CaseEventKind::FeedbackInvite { participant_id: id, digest, expires_at } => {
                        let n = sqlx::query(
                            "INSERT INTO feedback_invites (request_id, participant_id, token_digest, created_at, expires_at) \
                             SELECT $1, p.id, $3, $4, $5 FROM participants p WHERE p.id = $2 AND p.request_id = $1 AND p.role <> 'referrer'",
                        )
                        .bind(c.request_id)
                        .bind(id)
                        .bind(digest)
                        .bind(c.at)
                        .bind(expires_at)
                        .execute(&mut *tx)
                        .await
                        .map_err(db_err)?
                        .rows_affected();
                        if n == 0 {
                            return Err(StoreError::Stale);
                        }
                        participant_id = Some(*id);
                        ("feedback-invite", None, None, None, None, None)
                    }
                    CaseEventKind::UpdatesAgreed { agreed } => {
                        sqlx::query("UPDATE requests SET referrer_updates = $2, updated_at = $3 WHERE id = $1")
                            .bind(c.request_id)
                            .bind(i32::from(*agreed))
                            .bind(c.at)
                            .execute(&mut *tx)
                            .await
                            .map_err(db_err)?;
                        (if *agreed { "updates-agreed" } else { "updates-refused" }, None, None, None, None, None)
                    }
                    CaseEventKind::ReferrerUpdate { message } => {
                        // Only while the person's yes stands, and in the same transaction as the
                        // timeline entry, so an update is never sent without a record of it.
                        let (allowed,): (Option<i32>,) = sqlx::query_as("SELECT referrer_updates FROM requests WHERE id = $1")
                            .bind(c.request_id)
                            .fetch_one(&mut *tx)
                            .await
                            .map_err(db_err)?;
                        if allowed != Some(1) {
                            return Err(StoreError::Stale);
                        }
                        outbox_insert!(&self.keys, message, c.at).execute(&mut *tx).await.map_err(db_err)?;
                        ("referrer-update", None, None, None, None, Some(message.subject.clone()))
                    }
                    CaseEventKind::Consent { agreed, from, note } => {
                        let cleared = sqlx::query("DELETE FROM request_flags WHERE request_id = $1 AND flag = $2")
                            .bind(c.request_id)
                            .bind(Flag::ConsentToBeSought.code())
                            .execute(&mut *tx)
                            .await
                            .map_err(db_err)?
                            .rows_affected();
                        // Someone recorded the answer first.
                        if cleared == 0 {
                            return Err(StoreError::Stale);
                        }
                        flag_code = Some(Flag::ConsentToBeSought.code());
                        // The person the police referred: their own record says what they answered.
                        let answer = if *agreed { Consent::Given } else { Consent::Refused };
                        let asked: Option<(i64,)> = sqlx::query_as(
                            "UPDATE participants SET consent = $2, updated_at = $3 \
                             WHERE request_id = $1 AND consent = 'to-be-sought' RETURNING id",
                        )
                        .bind(c.request_id)
                        .bind(answer.code())
                        .bind(c.at)
                        .fetch_optional(&mut *tx)
                        .await
                        .map_err(db_err)?;
                        participant_id = asked.map(|(id,)| id);
                        consent_code = Some(answer.code());
                        if *agreed {
                            sqlx::query("UPDATE requests SET updated_at = $2 WHERE id = $1")
                                .bind(c.request_id)
                                .bind(c.at)
                                .execute(&mut *tx)
                                .await
                                .map_err(db_err)?;
                            ("consent-agreed", None, None, None, None, note.clone())
                        } else {
                            let ended = sqlx::query(
                                "UPDATE requests SET status = 'withdrawn', is_open = 0, outcome_code = $3, \
                                 closed_at = $2, updated_at = $2 WHERE id = $1 AND status = $4",
                            )
                            .bind(c.request_id)
                            .bind(c.at)
                            .bind(NOT_AGREED)
                            .bind(from.code())
                            .execute(&mut *tx)
                            .await
                            .map_err(db_err)?
                            .rows_affected();
                            if ended == 0 {
                                return Err(StoreError::Stale);
                            }
                            end_reason_code = Some(NOT_AGREED);
                            ("consent-refused", Some("withdrawn".to_owned()), None, None, None, note.clone())
                        }
                    }
                };
                let (kind, status, method, outcome, reason, note) = event;
                sqlx::query(
                    "INSERT INTO case_events (request_id, at, actor_id, kind, status, method, outcome, \
                     reason, note, flag, end_reason, participant_id, consent, willingness, refusal_reason, disposal, assigned_to) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)",
                )
                .bind(c.request_id)
                .bind(c.at)
                .bind(c.actor_id)
                .bind(kind)
                .bind(status)
                .bind(method)
                .bind(outcome)
                .bind(self.keys.seal_opt(seal::EVENT_REASON, reason.as_deref()))
                .bind(self.keys.seal_opt(seal::EVENT_NOTE, note.as_deref()))
                .bind(flag_code)
                .bind(end_reason_code)
                .bind(participant_id)
                .bind(consent_code)
                .bind(willingness_code)
                .bind(refusal_code)
                .bind(disposal_code)
                .bind(assignee)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
                let entry = AuditEntry {
                    at: c.at,
                    actor: c.actor_email.clone(),
                    action: format!("case.{kind}"),
                    subject: Some(c.reference.clone()),
                    address: c.address.clone(),
                };
                Self::audit_insert(&entry).execute(&mut *tx).await.map_err(db_err)?;
                Self::refresh_statistics(&mut *tx, &self.keys, c.request_id, c.at).await?;
                tx.commit().await.map_err(db_err)?;
                Ok(())
            }

            async fn feedback_responses(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<app::feedback::FeedbackResponse>, StoreError> {
                let rows: Vec<(String, NaiveDate, String, String, String, String, String, String)> = sqlx::query_as(
                    "SELECT role, received_on, service, outcome, safety, wellbeing, coping, confidence FROM feedback_responses \
                     WHERE received_on >= $1 AND received_on <= $2 ORDER BY id",
                )
                .bind(from)
                .bind(to)
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
                rows.into_iter()
                    .map(|(role, received_on, service, outcome, safety, wellbeing, coping, confidence)| {
                        let answers = app::feedback::FeedbackAnswers { service, outcome, safety, wellbeing, coping, confidence };
                        if !answers.is_valid() {
                            return Err(StoreError::Database("an unknown code in a feedback answer".into()));
                        }
                        Ok(app::feedback::FeedbackResponse { role: ParticipantRole::parse(&role)?, received_on, answers })
                    })
                    .collect()
            }

            async fn statistics(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<app::staff::statistics::CaseStatistics>, StoreError> {
                self.read_statistics(from, to).await
            }

            async fn backfill_statistics(&self, now: DateTime<Utc>) -> Result<u64, StoreError> {
                self.write_missing_statistics(now).await
            }

            async fn find_by_contact(&self, digest: &str) -> Result<Vec<String>, StoreError> {
                self.by_contact(digest).await
            }

            async fn held_data(&self, reference: &str) -> Result<Option<app::ports::HeldData>, StoreError> {
                self.read_held_data(reference).await
            }

            async fn erase_case(&self, reference: &str, audit: &AuditEntry) -> Result<Option<app::ports::Erased>, StoreError> {
                self.erase(reference, audit).await
            }

            async fn retention_due(&self, cutoffs: &app::ports::RetentionCutoffs) -> Result<app::ports::RetentionDue, StoreError> {
                self.due(cutoffs).await
            }

            async fn purge_sent_mail(&self, before: DateTime<Utc>) -> Result<u64, StoreError> {
                self.delete_sent_mail(before).await
            }

            async fn purge_sign_in_failures(&self, before: DateTime<Utc>) -> Result<u64, StoreError> {
                self.delete_sign_in_failures(before).await
            }

            async fn purge_complaints(&self, before: DateTime<Utc>) -> Result<u64, StoreError> {
                self.empty_old_complaints(before).await
            }

            async fn add_complaint(&self, c: &app::staff::complaints::NewComplaint, actor: &AuditEntry, recorded_by: i64) -> Result<i64, StoreError> {
                self.insert_complaint(c, actor, recorded_by).await
            }

            async fn complaints(&self, limit: i64) -> Result<Vec<app::staff::complaints::Complaint>, StoreError> {
                self.list_complaints(limit).await
            }

            async fn find_complaint(&self, id: i64) -> Result<Option<app::staff::complaints::Complaint>, StoreError> {
                self.one_complaint(id).await
            }

            async fn update_complaint(&self, id: i64, u: &app::staff::complaints::ComplaintUpdate, actor: &AuditEntry) -> Result<(), StoreError> {
                self.change_complaint(id, u, actor).await
            }

            async fn complaints_between(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<app::staff::complaints::Complaint>, StoreError> {
                self.complaints_in(from, to).await
            }

            async fn export_all(&self) -> Result<app::ports::HeldData, StoreError> {
                self.read_everything().await
            }

            async fn reseal(&self, only_plain: bool) -> Result<Vec<(String, u64)>, StoreError> {
                self.reseal_stale(only_plain).await
            }
        }
    };
}

impl_staff_store!(Sqlite);
impl_staff_store!(Postgres);
