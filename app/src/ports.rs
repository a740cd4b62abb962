//! The ports: what the application needs from the outside world, as traits. The `server` crate
//! implements them (the store for SQLite and PostgreSQL through sqlx, the mailer with lettre);
//! tests use the real implementations.

use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};

/// A failure of the store. Details go to the log; people see a general error page.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the database is unavailable: {0}")]
    Unavailable(String),
    #[error("database error: {0}")]
    Database(String),
    #[error("that reference number is already in use")]
    ReferenceTaken,
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
    /// The answers, serialised by the journey that owns them.
    pub answers: String,
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
            .field("updated_at", &self.updated_at)
            .field("expires_at", &self.expires_at)
            .finish()
    }
}

/// A request from the public site, ready to store: a referral, a call-back request or a
/// withdrawal request. The answers are personal data and stay inside the store.
#[derive(Clone)]
pub struct NewRequest {
    /// "referral", "call-back" or "withdrawal".
    pub kind: String,
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
    pub flags: Vec<String>,
    /// The kind pages the person passed (out of area, under 18...), for staff.
    pub routes: Vec<String>,
    /// A withdrawal's reference to the request it is about, as typed (never looked up here).
    pub related_reference: Option<String>,
    /// The validated answers as JSON.
    pub answers_json: String,
    /// E-mails the request causes, queued in the outbox in the same transaction (so a request
    /// is never stored without its messages, nor a message queued for a request that failed).
    pub messages: Vec<OutgoingMessage>,
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
    pub kind: String,
    pub status: String,
    pub received_at: DateTime<Utc>,
    pub contact_by: NaiveDate,
    pub lang: String,
    pub area: Option<String>,
    pub flags: Vec<String>,
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

#[async_trait]
pub trait Store: Send + Sync + 'static {
    /// Which database this is, for logs and `/readyz`.
    fn kind(&self) -> &'static str;

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
