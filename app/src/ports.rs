//! The ports: what the application needs from the outside world, as traits. The `server` crate
//! implements them (SQLite and PostgreSQL through sqlx); tests use the real implementations.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

/// A failure of the store. Details go to the log; people see a general error page.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the database is unavailable: {0}")]
    Unavailable(String),
    #[error("database error: {0}")]
    Database(String),
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
}
