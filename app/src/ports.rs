//! The ports: what the application needs from the outside world, as traits. The `server` crate
//! implements them (the store for SQLite and PostgreSQL through sqlx, the mailer with lettre);
//! tests use the real implementations.

use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};

use crate::domain::screening::Flag;
use crate::staff::model::{AccountStatus, Disposal, EndReason, RequestKind, Role, Status};
use crate::staff::participants::{self, Consent, EqualityAnswers, NewParticipant, RefusalReason, Role as ParticipantRole, Willingness};

/// A failure of the store. Details go to the log; people see a general error page.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the database is unavailable: {0}")]
    Unavailable(String),
    #[error("database error: {0}")]
    Database(String),
    #[error("that reference number is already in use")]
    ReferenceTaken,
    #[error("an account with that e-mail address already exists")]
    EmailTaken,
    /// Someone else changed the record first (two people moving the same case at once).
    #[error("the record changed meanwhile")]
    Stale,
}

/// A code read back from the database that is not one of ours: a store failure, never a
/// default.
impl From<crate::domain::screening::UnknownCode> for StoreError {
    fn from(e: crate::domain::screening::UnknownCode) -> Self {
        StoreError::Database(e.to_string())
    }
}

/// Identifies a visitor's server-side draft. The cookie holds a random token; the store keeps
/// only its SHA-256 digest, so a copy of the database cannot be used to take over a draft.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct SessionKey(String);

impl SessionKey {
    /// Wraps a hex digest of the session token (the server computes it).
    pub fn from_digest(hex_digest: String) -> Self {
        Self(hex_digest)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

// Never print a session key, even its digest.
impl std::fmt::Debug for SessionKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SessionKey(..)")
    }
}

/// A journey's answers so far, kept on the server and never in the browser.
#[derive(Clone, PartialEq, Eq)]
pub struct Draft {
    /// Which journey the answers belong to, e.g. "referral" or "call-back".
    pub journey: String,
    /// The answers, serialised by the journey that owns them (sealed at rest).
    pub answers: String,
    /// Once sent, the reference the confirmation shows: kept beside the sealed answers so
    /// that erasing the request finds its draft too.
    pub reference: Option<String>,
    pub updated_at: DateTime<Utc>,
    /// After this the draft is treated as gone and purged.
    pub expires_at: DateTime<Utc>,
}

// Answers are personal data: keep them out of logs and panics.
impl std::fmt::Debug for Draft {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Draft")
            .field("journey", &self.journey)
            .field("answers", &format_args!("[{} bytes]", self.answers.len()))
            .field("reference", &self.reference)
            .field("updated_at", &self.updated_at)
            .field("expires_at", &self.expires_at)
            .finish()
    }
}

/// A request from the public site, ready to store: a referral, a call-back request or a
/// withdrawal request. The answers are personal data and stay inside the store.
#[derive(Clone)]
pub struct NewRequest {
    pub kind: RequestKind,
    pub reference: String,
    /// From the draft: sending the same draft twice finds the first request.
    pub submission_key: String,
    pub received_at: DateTime<Utc>,
    /// The working-day deadline for first contact.
    pub contact_by: NaiveDate,
    /// The language the person used.
    pub lang: String,
    /// Where it happened (or where they live), for the queue's area column.
    pub area: Option<String>,
    pub flags: Vec<Flag>,
    /// The kind pages the person passed (out of area, under 18...), for staff.
    pub routes: Vec<String>,
    /// A withdrawal's reference to the request it is about, as typed (never looked up here).
    pub related_reference: Option<String>,
    /// The validated answers as JSON.
    pub answers_json: String,
    /// E-mails the request causes, queued in the outbox in the same transaction (so a request
    /// is never stored without its messages, nor a message queued for a request that failed).
    pub messages: Vec<OutgoingMessage>,
    /// The people the answers describe (a referral's person and its referrer), stored as the
    /// case's first participants.
    pub participants: Vec<NewParticipant>,
}

/// An e-mail to queue in the outbox. The worker sends it later, retrying on failure.
#[derive(Clone, PartialEq, Eq)]
pub struct OutgoingMessage {
    /// Unique, e.g. `RJ-ABCD-EFGH:team-new-referral`: queuing it twice is a no-op, and the
    /// Message-ID is derived from it so a duplicate delivery is recognisable.
    pub idempotency_key: String,
    /// What the message is, e.g. "team-new-referral" or "person-ack".
    pub kind: String,
    pub recipient: String,
    pub subject: String,
    pub text_body: String,
    pub html_body: String,
}

// A recipient may be the person's own address: keep it and the bodies out of logs.
impl std::fmt::Debug for OutgoingMessage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OutgoingMessage")
            .field("idempotency_key", &self.idempotency_key)
            .field("kind", &self.kind)
            .finish_non_exhaustive()
    }
}

/// A message taken from the outbox by the worker (its claim lasts until `claimed_until`).
#[derive(Clone, Debug)]
pub struct QueuedMessage {
    pub id: i64,
    /// How many times it has been claimed, this claim included.
    pub attempts: i32,
    pub message: OutgoingMessage,
}

/// A message in the outbox as the CLI lists it: no recipient, no body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MessageSummary {
    pub id: i64,
    pub idempotency_key: String,
    pub kind: String,
    pub status: String,
    pub attempts: i32,
    pub last_error: Option<String>,
    pub created_at: DateTime<Utc>,
}

impl std::fmt::Debug for NewRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewRequest")
            .field("kind", &self.kind)
            .field("reference", &self.reference)
            .field("contact_by", &self.contact_by)
            .field("flags", &self.flags)
            .finish_non_exhaustive()
    }
}

/// What storing a request gave back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Submitted {
    pub reference: String,
    pub contact_by: NaiveDate,
    /// False when the same submission had already been stored (a double click, Back and
    /// send again): nothing new was written.
    pub created: bool,
}

/// A stored request, as staff (and tests) read it back.
#[derive(Clone)]
pub struct StoredRequest {
    pub reference: String,
    pub kind: RequestKind,
    pub status: Status,
    pub received_at: DateTime<Utc>,
    pub contact_by: NaiveDate,
    pub lang: String,
    pub area: Option<String>,
    /// In `Flag` order.
    pub flags: Vec<Flag>,
    pub routes: Vec<String>,
    pub related_reference: Option<String>,
    pub answers_json: String,
}

/// Optional equality answers, kept apart from any referral: no reference, no link.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EqualityRecord {
    pub recorded_at: Option<DateTime<Utc>>,
    /// "referral"; and whether the person was harmed or caused harm, for the report's split.
    pub request_kind: String,
    pub connection: Option<String>,
    pub age: Option<String>,
    pub sex: Option<String>,
    pub gender_same: Option<String>,
    pub ethnicity: Option<String>,
    pub disability: Option<String>,
}

/// A member of staff as the rest of the application sees them: no secrets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StaffAccount {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub role: Role,
    /// May open sensitive cases (domestic abuse, sexual offences, hate crime...).
    pub specialist: bool,
    pub status: AccountStatus,
    pub created_at: DateTime<Utc>,
    /// Sessions signed in before this are refused (set by "sign out everywhere").
    pub sessions_valid_after: Option<DateTime<Utc>>,
    /// When it was disabled (none while it is not).
    pub disabled_at: Option<DateTime<Utc>>,
}

/// What sign-in checks. Never printed: the hash and the TOTP secret are secrets.
#[derive(Clone)]
pub struct StaffCredentials {
    pub account: StaffAccount,
    pub password_hash: Option<String>,
    pub totp_secret: Option<String>,
}

impl std::fmt::Debug for StaffCredentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StaffCredentials").field("account", &self.account).finish_non_exhaustive()
    }
}

/// A new account, waiting for its owner to enrol through a one-time link.
#[derive(Clone, Debug)]
pub struct NewStaff {
    pub email: String,
    pub name: String,
    pub role: Role,
    pub specialist: bool,
    /// SHA-256 of the enrolment link's token (the link itself is shown once, never stored).
    pub enrol_digest: String,
    pub enrol_expires_at: DateTime<Utc>,
    pub created_at: DateTime<Utc>,
}

/// What enrolling sets: a password, a second factor and one-time recovery codes.
#[derive(Clone)]
pub struct Enrolment {
    pub password_hash: String,
    pub totp_secret: String,
    /// SHA-256 digests of the recovery codes.
    pub recovery_digests: Vec<String>,
}

/// One line of the audit log: who did what to which record, when, from where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditEntry {
    pub at: DateTime<Utc>,
    /// The member of staff's e-mail address, "public" or "cli".
    pub actor: String,
    /// e.g. "case.view", "signin.failed".
    pub action: String,
    /// A reference number, an account's address...
    pub subject: Option<String>,
    /// The client address, where there is one.
    pub address: Option<String>,
}

/// A filter over the audit log, newest first, a page at a time.
#[derive(Clone, Debug, Default)]
pub struct AuditQuery {
    pub actor: Option<String>,
    pub action: Option<String>,
    pub subject: Option<String>,
    pub from: Option<DateTime<Utc>>,
    pub to: Option<DateTime<Utc>>,
    /// Entries older than this id (the last one on the previous page).
    pub before_id: Option<i64>,
    pub limit: i64,
}

/// How the queue is filtered. Every field is optional; the default is the open work.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QueueQuery {
    /// Open work only (`Some(true)`, the default view), ended cases only, or both (`None`).
    pub open: Option<bool>,
    pub status: Option<Status>,
    pub kind: Option<RequestKind>,
    pub area: Option<String>,
    /// The viewer sees sensitive and complex requests only as hidden rows (they are not a
    /// specialist): a filter on what such a row hides from them (its area) then never matches
    /// one, so which rows a filter brings tells them nothing the rows hide.
    pub restricted_hidden: bool,
    pub flag: Option<Flag>,
    /// Only requests assigned to this member of staff.
    pub assigned_to: Option<i64>,
    pub unassigned: bool,
    /// Only requests with no first contact whose deadline is before this day.
    pub overdue_on: Option<NaiveDate>,
    pub received_from: Option<NaiveDate>,
    /// Inclusive.
    pub received_to: Option<NaiveDate>,
    pub reference: Option<String>,
    /// Keyset pagination: rows after this (deadline, id).
    pub after: Option<(NaiveDate, i64)>,
    /// Or the rows just before this (deadline, id), for "Previous page" (still returned in
    /// queue order). Ignored when `after` is set.
    pub before: Option<(NaiveDate, i64)>,
    pub limit: i64,
}

/// One row of the queue: enough to decide what to open next, nothing of the person's story.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueueRow {
    pub id: i64,
    pub reference: String,
    pub kind: RequestKind,
    pub status: Status,
    pub received_at: DateTime<Utc>,
    pub contact_by: NaiveDate,
    pub first_contact_at: Option<DateTime<Utc>>,
    pub lang: String,
    pub area: Option<String>,
    /// In `Flag` order.
    pub flags: Vec<Flag>,
    pub assigned_to: Option<i64>,
    pub assigned_name: Option<String>,
}

/// Recent failed sign-ins: for one account from one address, from that address for any
/// account, and for that account from anywhere.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SignInFailures {
    pub account_from_address: i64,
    pub from_address: i64,
    pub account: i64,
}

/// A request with the work done on it, as the case page shows it.
#[derive(Clone)]
pub struct CaseRecord {
    pub id: i64,
    pub request: StoredRequest,
    pub assigned_to: Option<i64>,
    pub assigned_name: Option<String>,
    pub first_contact_at: Option<DateTime<Utc>>,
    /// Why the case ended, coded (000 9.2), and the words staff added.
    pub end_reason: Option<EndReason>,
    pub outcome_reason: Option<String>,
    pub referred_on_to: Option<String>,
    /// The people in the case, in the order they were added.
    pub participants: Vec<Participant>,
    /// Where it stands in the criminal justice process (an out-of-court disposal sets a target).
    pub disposal: Option<Disposal>,
    /// Every restorative justice process held or planned, by date.
    pub processes: Vec<RjProcess>,
    /// The outcome agreement, item by item, in the order agreed.
    pub agreement: Vec<AgreementItem>,
    /// The latest risk assessment, if any (earlier ones stay in the timeline).
    pub assessment: Option<RiskAssessment>,
    /// Referrals to support and safeguarding agencies, which do not end the case.
    pub support_referrals: Vec<SupportReferral>,
    /// Whether the person agreed that we tell the referrer how it is going (none: not asked).
    pub referrer_updates: Option<bool>,
    pub closed_at: Option<DateTime<Utc>>,
}

impl CaseRecord {
    /// The professional (or other person) who referred, as a participant: their name and how
    /// to reach them, as staff keep them up to date. None for a self-referral.
    pub fn referrer(&self) -> Option<&Participant> {
        self.participants.iter().find(|p| p.role == ParticipantRole::Referrer)
    }

    /// What screening knows of the case: the referral's answers (by its journey's own
    /// `facts`), and the people recorded since (`participants::facts`).
    pub fn facts(&self) -> crate::domain::screening::Facts {
        let values: crate::journey::Values = serde_json::from_str(&self.request.answers_json).unwrap_or_default();
        let people = participants::facts(self.participants.iter().map(|p| (p.role, &p.details)));
        (crate::pages::journeys::journey_of(self.request.kind).facts)(&values).or(&people)
    }
}

/// A restorative justice process on a case: its kind (one of `RJ_PROCESSES`), its date and
/// who took part.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RjProcess {
    pub kind: String,
    pub held_on: NaiveDate,
    pub harmed: bool,
    pub caused_harm: bool,
    pub supporters: bool,
}

/// A risk assessment (000 5.10): the risks to each side, any safeguarding concern, whether it
/// is safe to go on (`SAFE_TO_GO_ON`) and by which process, and the facilitator's conclusion.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RiskAssessment {
    pub id: i64,
    pub risks_harmed: String,
    pub risks_harmer: String,
    pub safeguarding: Option<String>,
    pub safe_to_go_on: String,
    pub method: Option<String>,
    pub conclusion: String,
    pub assessor_id: i64,
    pub assessed_by: String,
    pub assessed_at: DateTime<Utc>,
    /// The manager who signed it off, and when (needed for sensitive and complex cases).
    pub signed_off: Option<(String, DateTime<Utc>)>,
}

/// A referral to a support or safeguarding agency: who, when, why, and on what basis
/// (`REFERRAL_BASES`: the person's consent, or a safeguarding or legal duty).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SupportReferral {
    pub agency: String,
    pub made_on: NaiveDate,
    pub reason: String,
    pub basis: String,
}

/// One item of an outcome agreement: what was agreed, by when, and whether it was kept
/// (none until staff record it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgreementItem {
    pub id: i64,
    pub what: String,
    pub due_on: Option<NaiveDate>,
    pub kept: Option<bool>,
}

/// A person in a case: their part, the answers about them (the referral journey's shape), and
/// where they stand now (every change is in the timeline).
#[derive(Clone, PartialEq, Eq)]
pub struct Participant {
    pub id: i64,
    pub role: ParticipantRole,
    pub details: crate::journey::Values,
    pub consent: Option<Consent>,
    pub willingness: Option<Willingness>,
    pub refusal: Option<RefusalReason>,
    pub refusal_note: Option<String>,
}

impl Participant {
    pub fn name(&self) -> Option<&str> {
        participants::name_of(self.role, &self.details)
    }

    /// Their name, or their part when we do not know it.
    pub fn display_name(&self) -> String {
        self.name().map(str::to_owned).unwrap_or_else(|| format!("{} (name not known)", self.role.label()))
    }
}

impl std::fmt::Debug for Participant {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Participant")
            .field("id", &self.id)
            .field("role", &self.role)
            .field("consent", &self.consent)
            .field("willingness", &self.willingness)
            .finish_non_exhaustive()
    }
}

/// One entry in a case's timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaseEvent {
    pub at: DateTime<Utc>,
    pub actor_name: String,
    /// What happened: "status", "assign", "contact", "note", "flag-added", "participant-added"...
    pub kind: String,
    /// The flag a "flag-added" or "flag-removed" event is about.
    pub flag: Option<Flag>,
    pub status: Option<Status>,
    pub method: Option<String>,
    pub outcome: Option<String>,
    /// A status event's coded reason for ending the case.
    pub end_reason: Option<EndReason>,
    pub reason: Option<String>,
    pub note: Option<String>,
    /// The participant the event is about (id, and their name or part), and what it recorded
    /// of their agreement and willingness.
    pub participant: Option<(i64, String)>,
    pub consent: Option<Consent>,
    pub willingness: Option<Willingness>,
    pub refusal: Option<RefusalReason>,
    /// A "disposal" event's criminal justice stage.
    pub disposal: Option<Disposal>,
    /// Whom an "assign" event gave the case to (none: back to the pool).
    pub assignee: Option<String>,
}

/// A change to a case, written with its timeline entry and its audit line in one transaction.
#[derive(Clone, Debug)]
pub struct CaseChange {
    pub request_id: i64,
    pub reference: String,
    pub at: DateTime<Utc>,
    pub actor_id: i64,
    pub actor_email: String,
    pub address: Option<String>,
    pub event: CaseEventKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CaseEventKind {
    /// Moves the case on from `from` (refused as `Stale` if it is no longer there);
    /// `end_reason` (coded) and `reason` (words) for endings, `referred_on_to` for an onward
    /// referral; `ends` closes the case.
    Status {
        from: Status,
        to: Status,
        ends: bool,
        end_reason: Option<EndReason>,
        reason: Option<String>,
        referred_on_to: Option<String>,
    },
    /// `None` takes the case back into the unassigned pool.
    Assign { to: Option<i64> },
    /// A contact attempt; a successful one stops the clock and marks the case contacted.
    Contact { method: String, outcome: String, note: Option<String>, new_status: Option<Status> },
    Note { text: String },
    /// Where the case stands in the criminal justice process.
    Disposal(Disposal),
    /// Someone joins the case.
    AddParticipant(NewParticipant),
    /// A participant's details, replaced by what staff checked (`participants::check_details`
    /// for their role, which the store checks is still theirs).
    EditParticipant { participant_id: i64, role: ParticipantRole, details: crate::journey::Values },
    /// A participant's agreement and willingness now, with why they said no.
    Stance { participant_id: i64, stance: participants::Stance },
    /// Their optional equality answers (replacing any before); the timeline says only that
    /// they were recorded.
    Equality { participant_id: i64, answers: EqualityAnswers },
    /// A member of staff adds or removes a flag, with the reason. `unassign` gives the case back
    /// to the pool (its assignee may no longer hold it); `contact_by` brings the deadline forward
    /// (a case made urgent).
    Flag { flag: Flag, added: bool, reason: String, unassign: bool, contact_by: Option<NaiveDate> },
    /// The person's answer, for a referral the police made before asking them (the
    /// `consent-to-be-sought` flag, which this clears). A "no" withdraws the case from `from`.
    Consent { agreed: bool, from: Status, note: Option<String> },
    /// A restorative justice process held (or planned) on a date.
    Process(RjProcess),
    /// An item added to the outcome agreement.
    AgreementItem { what: String, due_on: Option<NaiveDate> },
    /// Whether an item of the agreement was kept; once recorded it stays.
    ItemKept { item_id: i64, kept: bool },
    /// A new risk assessment by this member of staff (`id`, `assessed_by` and `signed_off`
    /// are the store's to fill).
    Assessment(RiskAssessment),
    /// A manager signs off the latest assessment (`id`); another's work, not their own.
    SignOff { assessment_id: i64 },
    SupportReferral(SupportReferral),
    /// A one-time feedback link for a participant, after the case ended: only its digest is
    /// kept, and when it stops working.
    FeedbackInvite { participant_id: i64, digest: String, expires_at: DateTime<Utc> },
    /// The person's answer: may we tell the referrer how it is going?
    UpdatesAgreed { agreed: bool },
    /// A progress update to the referrer (the stage only), queued in the outbox with its
    /// timeline entry; refused as `Stale` unless the person's yes stands.
    ReferrerUpdate { message: OutgoingMessage },
}

/// One counter of how the public forms are doing (`server::analytics`): no person in it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct FormCount {
    /// The first day of the month.
    pub month: NaiveDate,
    pub lang: String,
    pub journey: String,
    /// `started`, `answered` (item: the page), `error` (item: the question), `sent`, or
    /// `minutes` (item: whole minutes from start to sending).
    pub event: String,
    pub item: String,
    /// Whether the browser ran the site's script.
    pub js: bool,
    pub count: i64,
}

/// Rows of one table as (column, value as text) pairs, table by table.
pub type HeldData = Vec<(String, Vec<Vec<(String, Option<String>)>>)>;

/// What an erasure removed: the references erased and the outbox keys their e-mail had (for
/// the e-mail files, which the server removes).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Erased {
    pub references: Vec<String>,
    pub outbox_keys: Vec<String>,
}

/// The retention rules' cut-off instants.
#[derive(Clone, Copy, Debug)]
pub struct RetentionCutoffs {
    pub now: DateTime<Utc>,
    /// Cases that ended before this lose their personal data.
    pub closed_before: DateTime<Utc>,
    pub sent_mail_before: DateTime<Utc>,
    pub sign_in_failures_before: DateTime<Utc>,
}

/// What the retention rules would remove.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RetentionDue {
    pub expired_drafts: u64,
    pub expired_sessions: u64,
    pub sent_mail: u64,
    pub sign_in_failures: u64,
    /// The references of the ended cases whose time is up.
    pub closed_cases: Vec<String>,
    /// Complaints answered long enough ago to lose the complainant's name and the summary.
    pub complaints: u64,
}

#[async_trait]
pub trait Store: StaffStore {
    /// Which database this is, for logs and `/readyz`.
    fn kind(&self) -> &'static str;

    /// Adds these counts to the form counters (one transaction).
    async fn add_form_counts(&self, counts: &[FormCount]) -> Result<(), StoreError>;

    /// The form counters for the months from `from` to `to`.
    async fn form_counts(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<FormCount>, StoreError>;

    /// Whether a feedback link (by its digest) still works: issued, unused, not expired.
    async fn feedback_open(&self, digest: &str, now: DateTime<Utc>) -> Result<bool, StoreError>;

    /// Uses a feedback link and keeps the answers, in one transaction, with the participant's
    /// part in the case, `lang` and the month only. False if the link does not work (used,
    /// expired, never issued), when nothing is stored.
    async fn submit_feedback(&self, digest: &str, lang: &str, answers: &crate::feedback::FeedbackAnswers, now: DateTime<Utc>) -> Result<bool, StoreError>;

    /// Succeeds when the database answers a query.
    async fn ping(&self) -> Result<(), StoreError>;

    /// Creates or replaces the draft for a session.
    async fn save_draft(&self, key: &SessionKey, draft: &Draft) -> Result<(), StoreError>;

    /// The session's draft, unless there is none or it has expired by `now`.
    async fn load_draft(
        &self,
        key: &SessionKey,
        now: DateTime<Utc>,
    ) -> Result<Option<Draft>, StoreError>;

    /// Deletes everything held for a session (quick exit, sending, or expiry).
    /// Returns whether anything was there.
    async fn forget_session(&self, key: &SessionKey) -> Result<bool, StoreError>;

    /// Deletes every draft that expired before `now`; returns how many.
    async fn purge_expired_drafts(&self, now: DateTime<Utc>) -> Result<u64, StoreError>;

    /// Stores a request and its audit entry in one transaction. Idempotent by
    /// `submission_key`. A clash of reference numbers (vanishingly rare) is `ReferenceTaken`,
    /// and the caller tries a new one.
    async fn submit_request(&self, request: &NewRequest) -> Result<Submitted, StoreError>;

    async fn find_request(&self, reference: &str) -> Result<Option<StoredRequest>, StoreError>;

    async fn save_equality(&self, record: &EqualityRecord) -> Result<(), StoreError>;

    /// How many equality records there are (for reports and tests).
    async fn count_equality(&self) -> Result<i64, StoreError>;

    /// Queues messages that no request causes (the managers' daily summary), due at `now`, in
    /// one transaction. A message whose idempotency key is already in the outbox, whatever its
    /// state, is left alone: that is what makes a scheduled message "once" across instances and
    /// restarts. Returns how many were new.
    async fn queue_messages(
        &self,
        messages: &[OutgoingMessage],
        now: DateTime<Utc>,
    ) -> Result<u64, StoreError>;

    /// Claims the next due message: a pending one whose `next_attempt_at` has come, or one
    /// claimed earlier whose claim has expired (its sender crashed). The claim lasts until
    /// `claimed_until`. One worker at a time gets a given message (`FOR UPDATE SKIP LOCKED` on
    /// PostgreSQL, the single write lock on SQLite).
    async fn claim_message(
        &self,
        now: DateTime<Utc>,
        claimed_until: DateTime<Utc>,
    ) -> Result<Option<QueuedMessage>, StoreError>;

    async fn mark_sent(&self, id: i64, now: DateTime<Utc>) -> Result<(), StoreError>;

    /// Records a failed attempt: tried again at `retry_at`, or marked failed when `None`.
    async fn mark_attempt_failed(
        &self,
        id: i64,
        error: &str,
        retry_at: Option<DateTime<Utc>>,
    ) -> Result<(), StoreError>;

    /// When the oldest message still waiting to be sent (pending or in hand) was queued.
    async fn oldest_unsent(&self) -> Result<Option<DateTime<Utc>>, StoreError>;

    /// Messages that gave up after every retry, oldest first.
    async fn failed_messages(&self) -> Result<Vec<MessageSummary>, StoreError>;

    /// Puts failed messages back in the queue (one by id, or all); returns how many.
    async fn retry_failed(&self, id: Option<i64>, now: DateTime<Utc>) -> Result<u64, StoreError>;
}

/// The staff area's part of the store: accounts, sessions, the audit log, the queue and cases.
/// A supertrait of `Store`, so `Arc<dyn Store>` reaches it; its own trait keeps the two
/// implementations (and files) a readable size.
#[async_trait]
pub trait StaffStore: Send + Sync + 'static {

    async fn count_staff(&self) -> Result<i64, StoreError>;

    /// Creates an invited account; `EmailTaken` when the address is in use.
    async fn add_staff(&self, staff: &NewStaff) -> Result<i64, StoreError>;

    async fn list_staff(&self) -> Result<Vec<StaffAccount>, StoreError>;

    async fn find_staff(&self, id: i64) -> Result<Option<StaffAccount>, StoreError>;

    /// By e-mail address (compared in lower case).
    async fn staff_credentials(&self, email: &str) -> Result<Option<StaffCredentials>, StoreError>;

    /// The invited account an unexpired enrolment link belongs to.
    async fn find_enrolment(
        &self,
        digest: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<StaffAccount>, StoreError>;

    /// Sets the password, the second factor and the recovery codes, and spends the link.
    /// False when the link was spent or expired meanwhile.
    async fn complete_enrolment(
        &self,
        digest: &str,
        enrolment: &Enrolment,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError>;

    /// A new enrolment link for an account (a lost phone, a forgotten password): the old
    /// password, second factor, recovery codes and sessions stop working.
    async fn reset_enrolment(
        &self,
        id: i64,
        digest: &str,
        expires_at: DateTime<Utc>,
    ) -> Result<bool, StoreError>;

    /// Disables (or re-enables) an account. Disabling ends its sessions in the same
    /// transaction.
    async fn set_staff_status(&self, id: i64, status: AccountStatus) -> Result<bool, StoreError>;

    /// Accepts a TOTP time step once: false if this step (or a later one) was used already.
    async fn accept_totp_step(&self, id: i64, step: i64) -> Result<bool, StoreError>;

    /// Spends a recovery code; false when it is unknown or used.
    async fn use_recovery_code(
        &self,
        id: i64,
        digest: &str,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError>;

    async fn record_sign_in_failure(
        &self,
        account: &str,
        address: &str,
        at: DateTime<Utc>,
    ) -> Result<(), StoreError>;

    /// Failures since `since`, counted three ways.
    async fn sign_in_failures(
        &self,
        account: &str,
        address: &str,
        since: DateTime<Utc>,
    ) -> Result<SignInFailures, StoreError>;

    // --- Staff sessions (tower-sessions records) ------------------------------------------

    /// Stores a new session; false (nothing written) when the id is taken.
    async fn create_staff_session(
        &self,
        id_digest: &str,
        user_id: Option<i64>,
        data: &str,
        expires_at: DateTime<Utc>,
    ) -> Result<bool, StoreError>;

    /// Updates a session that still exists; a session deleted meanwhile (signed out
    /// everywhere) stays deleted, and false says so.
    async fn save_staff_session(
        &self,
        id_digest: &str,
        user_id: Option<i64>,
        data: &str,
        expires_at: DateTime<Utc>,
    ) -> Result<bool, StoreError>;

    async fn load_staff_session(
        &self,
        id_digest: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<String>, StoreError>;

    async fn delete_staff_session(&self, id_digest: &str) -> Result<(), StoreError>;

    /// Ends every session of one member of staff, and refuses any signed in before now that
    /// might still appear; returns how many ended.
    async fn end_staff_sessions(&self, user_id: i64) -> Result<u64, StoreError>;

    /// Deletes expired sessions and old sign-in failures.
    async fn purge_staff_sessions(&self, now: DateTime<Utc>) -> Result<u64, StoreError>;

    // --- Audit ----------------------------------------------------------------------------

    async fn audit(&self, entry: &AuditEntry) -> Result<(), StoreError>;

    /// Newest first, with each entry's id for paging.
    async fn audit_entries(&self, query: &AuditQuery) -> Result<Vec<(i64, AuditEntry)>, StoreError>;

    // --- The queue and cases --------------------------------------------------------------

    /// Ordered by deadline, then arrival.
    async fn queue(&self, query: &QueueQuery) -> Result<Vec<QueueRow>, StoreError>;

    async fn find_case(&self, reference: &str) -> Result<Option<CaseRecord>, StoreError>;

    async fn case_events(&self, request_id: i64) -> Result<Vec<CaseEvent>, StoreError>;

    /// A participant's equality answers (for managers only: the caller checks).
    async fn participant_equality(&self, participant_id: i64) -> Result<Option<EqualityAnswers>, StoreError>;

    /// Applies a change, adds it to the timeline and the audit log, in one transaction.
    async fn change_case(&self, change: &CaseChange) -> Result<(), StoreError>;

    /// The anonymous reporting facts (`staff::statistics`) of every request that could count
    /// in a report from `from` to `to`: received by `to`, and not ended before `from` (less
    /// the longest out-of-court target, so a target that falls in the range still counts).
    /// An unknown code read back is an error.
    async fn statistics(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<crate::staff::statistics::CaseStatistics>, StoreError>;

    /// The references of the requests holding a contact detail with this keyed hash
    /// (`server::lookup`).
    async fn find_by_contact(&self, digest: &str) -> Result<Vec<String>, StoreError>;

    /// Everything held about one request, table by table as the data map (`staff::data_map`)
    /// lists them, each row its exported columns as text; None if there is no such request.
    async fn held_data(&self, reference: &str) -> Result<Option<HeldData>, StoreError>;

    /// Erases a request's personal data, and that of the requests linked to it (a withdrawal
    /// and the referral it names), in one transaction: every table the data map marks for
    /// deletion loses the rows linked to them, the report's facts lose their link, and `audit`
    /// is written once per reference erased (its subject set to each). None if there is no
    /// such request.
    async fn erase_case(&self, reference: &str, audit: &AuditEntry) -> Result<Option<Erased>, StoreError>;

    /// What the retention rules would remove now.
    async fn retention_due(&self, cutoffs: &RetentionCutoffs) -> Result<RetentionDue, StoreError>;

    /// Deletes sent e-mail sent before `before`; how many.
    async fn purge_sent_mail(&self, before: DateTime<Utc>) -> Result<u64, StoreError>;

    /// Empties the complainant and summary of complaints answered before `before`; how many.
    async fn purge_complaints(&self, before: DateTime<Utc>) -> Result<u64, StoreError>;

    /// Logs a complaint (audited as `complaint.add`), linked to the request its reference
    /// names (the handler checks there is one); its id.
    async fn add_complaint(&self, c: &crate::staff::complaints::NewComplaint, actor: &AuditEntry, recorded_by: i64) -> Result<i64, StoreError>;

    /// The log, newest first (at most `limit`).
    async fn complaints(&self, limit: i64) -> Result<Vec<crate::staff::complaints::Complaint>, StoreError>;

    async fn find_complaint(&self, id: i64) -> Result<Option<crate::staff::complaints::Complaint>, StoreError>;

    /// Records what happened next (audited as `complaint.update`). Dates already recorded
    /// stay: the update only fills empty ones.
    async fn update_complaint(&self, id: i64, u: &crate::staff::complaints::ComplaintUpdate, actor: &AuditEntry) -> Result<(), StoreError>;

    /// Complaints received from `from` to `to`, or answered or escalated then, for the report.
    async fn complaints_between(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<crate::staff::complaints::Complaint>, StoreError>;

    /// Deletes sign-in failures from before `before`; how many.
    async fn purge_sign_in_failures(&self, before: DateTime<Utc>) -> Result<u64, StoreError>;

    /// Every table in the data map, its exported columns, every row: the whole-service export.
    async fn export_all(&self) -> Result<HeldData, StoreError>;

    /// The feedback answers that arrived from `from` to `to` (by the month they arrived).
    async fn feedback_responses(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<crate::feedback::FeedbackResponse>, StoreError>;

    /// Writes the facts of every request that has none yet (those stored before the facts
    /// existed); how many it wrote.
    async fn backfill_statistics(&self, now: DateTime<Utc>) -> Result<u64, StoreError>;

    /// Seals under the current key every value of the sealed columns that is not: with
    /// `only_plain`, only values stored before sealing existed (at every start); otherwise
    /// also those sealed under an older key (`server rekey`). How many, per `table.column`.
    async fn reseal(&self, only_plain: bool) -> Result<Vec<(String, u64)>, StoreError>;
}

/// Why a message could not be handed over. The mailer decides which it is, so the outbox worker
/// only has to act on it: a transient failure is tried again with backoff, a permanent one is
/// marked failed at once (retrying cannot help). The text may quote the recipient's address:
/// it belongs in the outbox row, not in logs.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    /// The server or the network may recover: a 4xx reply, a refused or cut connection, a
    /// timeout, a TLS or login problem (a setting to fix, not a fault of the message).
    #[error("{0}")]
    Transient(String),
    /// This message can never be delivered as it is: the server rejected its recipient or
    /// content for good (550, 551, 553, 554), or it cannot even be built.
    #[error("{0}")]
    Permanent(String),
}

/// Hands one message on for delivery: in production over SMTP, or as a file (`server::mail`).
#[async_trait]
pub trait Mailer: Send + Sync + 'static {
    /// Sends `message` from `from` (an address like `Name <a@b.example>`).
    async fn send(&self, message: &OutgoingMessage, from: &str) -> Result<(), SendError>;
}
