//! Finding a person's cases by their contact details without reading anyone's answers: each
//! e-mail address and phone number in a case is kept as a keyed hash (HMAC-SHA-256) in
//! `contact_digests`, written with every change to the case. A subject access request by
//! contact details hashes what the person gave and looks the hash up.
//!
//! The key never enters the database (a copy of the database alone cannot test guesses
//! against the hashes): `RJ_LOOKUP_KEY` (64 hex digits), or else a key made once and kept in
//! `RJ_DATA_DIR/lookup.key` (mode 600). Every instance of one service needs the same key, so
//! with more than one instance set `RJ_LOOKUP_KEY`. It is process-wide (`install`), like the
//! pseudo-locale switch, so every store in the process uses it.

use std::{path::Path, sync::OnceLock};

use app::journey::Values;
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;

#[derive(Clone)]
pub struct LookupKey([u8; 32]);

static KEY: OnceLock<LookupKey> = OnceLock::new();

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("RJ_LOOKUP_KEY must be 64 hexadecimal digits (32 bytes)")]
    Malformed,
    #[error("the lookup key file {0}: {1}")]
    File(String, std::io::Error),
}

impl LookupKey {
    /// From `RJ_LOOKUP_KEY`, else the key file in the data folder (made if missing).
    pub fn load(setting: Option<&str>, data_dir: &Path) -> Result<LookupKey, KeyError> {
        if let Some(hex_key) = setting {
            let bytes = hex::decode(hex_key.trim()).map_err(|_| KeyError::Malformed)?;
            return bytes.try_into().map(LookupKey).map_err(|_| KeyError::Malformed);
        }
        let path = data_dir.join("lookup.key");
        let text = crate::seal::secret_file(&path, || {
            let mut key = [0u8; 32];
            rand::rng().fill_bytes(&mut key);
            hex::encode(key)
        })
        .map_err(|e| KeyError::File(path.display().to_string(), e))?;
        let bytes = hex::decode(text.trim()).map_err(|_| KeyError::Malformed)?;
        bytes.try_into().map(LookupKey).map_err(|_| KeyError::Malformed)
    }

    /// The hash of one contact detail, after normalising it (`normalise`).
    pub fn digest(&self, kind: ContactKind, value: &str) -> Option<String> {
        let normal = normalise(kind, value)?;
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.0).expect("HMAC takes any key length");
        mac.update(kind.code().as_bytes());
        mac.update(b":");
        mac.update(normal.as_bytes());
        Some(hex::encode(mac.finalize().into_bytes()))
    }
}

/// Makes `key` the process's lookup key (the first call wins).
pub fn install(key: LookupKey) {
    let _ = KEY.set(key);
}

/// The process's lookup key, once `install` has run.
pub fn key() -> Option<&'static LookupKey> {
    KEY.get()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ContactKind {
    Email,
    Phone,
}

impl ContactKind {
    fn code(self) -> &'static str {
        match self {
            ContactKind::Email => "email",
            ContactKind::Phone => "phone",
        }
    }
}

/// E-mail: trimmed and lower case. Phone: digits only, a UK +44 or 0044 as the leading 0.
/// Nothing left to hash is None.
pub fn normalise(kind: ContactKind, value: &str) -> Option<String> {
    let out = match kind {
        ContactKind::Email => value.trim().to_lowercase(),
        ContactKind::Phone => {
            let digits: String = value.chars().filter(char::is_ascii_digit).collect();
            let national = digits.strip_prefix("0044").or_else(|| digits.strip_prefix("44").filter(|_| value.trim_start().starts_with('+')));
            match national {
                Some(rest) => format!("0{rest}"),
                None => digits,
            }
        }
    };
    (out.len() >= 5).then_some(out)
}

/// The contact details in a set of answers or a participant's details, as the journeys name
/// them (the person's, and a referrer's).
pub fn contacts(values: &Values) -> Vec<(ContactKind, String)> {
    let mut out = Vec::new();
    for (field, kind) in [("email", ContactKind::Email), ("referrer-email", ContactKind::Email), ("phone", ContactKind::Phone), ("referrer-phone", ContactKind::Phone)] {
        for v in values.get(field).into_iter().flatten() {
            out.push((kind, v.clone()));
        }
    }
    out
}

/// What someone typed to find their cases: an e-mail address if it has an @, else a phone
/// number.
pub fn kind_of(typed: &str) -> ContactKind {
    if typed.contains('@') { ContactKind::Email } else { ContactKind::Phone }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_contact_written_differently_gives_the_same_hash() {
        let key = LookupKey([7; 32]);
        let d = |k, v| key.digest(k, v).unwrap();
        assert_eq!(d(ContactKind::Email, " Sam@Example.org "), d(ContactKind::Email, "sam@example.org"));
        assert_eq!(d(ContactKind::Phone, "07700 900123"), d(ContactKind::Phone, "+44 7700 900123"));
        assert_eq!(d(ContactKind::Phone, "07700 900123"), d(ContactKind::Phone, "0044 7700 900 123"));
        assert_ne!(d(ContactKind::Phone, "07700 900123"), d(ContactKind::Phone, "07700 900124"));
        assert_ne!(LookupKey([8; 32]).digest(ContactKind::Email, "sam@example.org").unwrap(), d(ContactKind::Email, "sam@example.org"), "another key, another hash");
        assert_eq!(key.digest(ContactKind::Phone, "12"), None, "too short to mean anything");
    }

    #[test]
    fn a_key_is_made_once_and_kept_apart_from_the_database() {
        let dir = tempfile::tempdir().unwrap();
        let first = LookupKey::load(None, dir.path()).unwrap();
        let again = LookupKey::load(None, dir.path()).unwrap();
        assert_eq!(first.0, again.0);
        assert!(LookupKey::load(Some("abc"), dir.path()).is_err());
        assert_eq!(LookupKey::load(Some(&"0a".repeat(32)), dir.path()).unwrap().0, [10; 32]);
    }
}
