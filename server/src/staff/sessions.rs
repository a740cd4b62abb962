//! Staff sessions: tower-sessions manages the cookie, the id, rotation and the idle expiry;
//! this is its store, over our database (its own sqlx stores are built on an older sqlx). The
//! table keeps a digest of each session id, never the id itself, and the member of staff's id
//! beside the record, so signing out everywhere (or disabling an account) deletes every one of
//! their sessions at once.

use std::sync::Arc;

use app::ports::Store;
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use tower_sessions::{
    SessionStore,
    session::{Id, Record},
    session_store::{Error, Result},
};

use super::auth::digest;

/// The session key holding the signed-in member of staff's id.
pub const STAFF_ID: &str = "staff_id";
/// When they signed in (Unix milliseconds), for the absolute limit.
pub const SIGNED_IN_AT: &str = "signed_in_at";
/// The anti-forgery token for this session's forms.
pub const CSRF: &str = "csrf";

#[derive(Clone)]
pub struct DbSessionStore(pub Arc<dyn Store>);

impl std::fmt::Debug for DbSessionStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DbSessionStore")
    }
}

fn key(id: &Id) -> String {
    digest(&id.to_string())
}

fn to_chrono(t: time::OffsetDateTime) -> DateTime<Utc> {
    DateTime::from_timestamp(t.unix_timestamp(), 0).unwrap_or_else(Utc::now)
}

fn backend(e: impl std::fmt::Display) -> Error {
    Error::Backend(e.to_string())
}

#[async_trait]
impl SessionStore for DbSessionStore {
    async fn create(&self, record: &mut Record) -> Result<()> {
        let data = serde_json::to_string(&record.data).map_err(|e| Error::Encode(e.to_string()))?;
        let user = record.data.get(STAFF_ID).and_then(|v| v.as_i64());
        // 128 random bits make a clash unthinkable; still, never overwrite someone's session.
        while !self
            .0
            .create_staff_session(&key(&record.id), user, &data, to_chrono(record.expiry_date))
            .await
            .map_err(backend)?
        {
            record.id = Id::default();
        }
        Ok(())
    }

    /// Updates the record if it still exists. A session deleted while a request was in
    /// flight (signed out everywhere) is not written back.
    async fn save(&self, record: &Record) -> Result<()> {
        let data = serde_json::to_string(&record.data).map_err(|e| Error::Encode(e.to_string()))?;
        let user = record.data.get(STAFF_ID).and_then(|v| v.as_i64());
        self.0
            .save_staff_session(&key(&record.id), user, &data, to_chrono(record.expiry_date))
            .await
            .map_err(backend)
            .map(|_| ())
    }

    async fn load(&self, id: &Id) -> Result<Option<Record>> {
        let Some(data) = self.0.load_staff_session(&key(id), Utc::now()).await.map_err(backend)? else {
            return Ok(None);
        };
        let data = serde_json::from_str(&data).map_err(|e| Error::Decode(e.to_string()))?;
        // The expiry is set again from the layer's idle limit when the record is saved.
        let expiry_date = time::OffsetDateTime::now_utc() + time::Duration::minutes(1);
        Ok(Some(Record { id: *id, data, expiry_date }))
    }

    async fn delete(&self, id: &Id) -> Result<()> {
        self.0.delete_staff_session(&key(id)).await.map_err(backend)
    }
}
