//! Encryption at rest, field by field: what people told us (answers, drafts, notes, the
//! participants' details, risk assessments, complaints), the outbox's recipients and bodies and
//! the staff's TOTP secrets are sealed before they reach the database, so a copy of the
//! database file or of a backup reveals none of it without the keys. The data map
//! (`app::staff::data_map`) marks each sealed column; `FIELDS` lists them for the store, and a
//! test holds the two together. Columns the queue sorts and filters on (codes, dates, the area)
//! stay plain.
//!
//! Each value is sealed with XChaCha20-Poly1305 (the RustCrypto `chacha20poly1305` crate: an
//! AEAD whose 24-byte nonces can be drawn at random without fear of repeats), under the key
//! named in the value, with its table and column as associated data (a sealed value copied into
//! another column does not open). Stored as `rj1:<key id>:<base64url(nonce || ciphertext)>`.
//! An empty value stays empty (it says nothing, and erasure's anonymising writes it).
//!
//! Keys: `RJ_DATA_KEYS` (`id:64 hex digits`, comma-separated, the first is the one that seals),
//! else the file `RJ_DATA_DIR/data.keys` (the same, one per line), made with one new key if
//! missing. They never enter the database. Rotation is documented in the README (Keys):
//! put a new key first, restart, run `server rekey`, then drop the old key.

use std::{collections::BTreeMap, fmt, path::Path};

use app::ports::StoreError;
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use chacha20poly1305::{
    XChaCha20Poly1305, XNonce,
    aead::{Aead, KeyInit, Payload},
};
use rand::RngCore;

/// A sealed column: its table, the column, and the column that names its rows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Field {
    pub table: &'static str,
    pub column: &'static str,
    pub key: RowKey,
}

/// The column that names a sealed column's rows, and its type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowKey {
    Integer(&'static str),
    Text(&'static str),
}

impl RowKey {
    pub fn name(self) -> &'static str {
        match self {
            RowKey::Integer(n) | RowKey::Text(n) => n,
        }
    }
}

const fn field(table: &'static str, column: &'static str, key: &'static str) -> Field {
    Field { table, column, key: RowKey::Integer(key) }
}

pub const DRAFT_ANSWERS: Field = Field { table: "drafts", column: "answers", key: RowKey::Text("session_key") };
pub const REQUEST_ANSWERS: Field = field("requests", "answers", "id");
pub const OUTCOME_REASON: Field = field("requests", "outcome_reason", "id");
pub const EVENT_REASON: Field = field("case_events", "reason", "id");
pub const EVENT_NOTE: Field = field("case_events", "note", "id");
pub const OUTBOX_RECIPIENT: Field = field("outbox", "recipient", "id");
pub const OUTBOX_SUBJECT: Field = field("outbox", "subject", "id");
pub const OUTBOX_TEXT: Field = field("outbox", "text_body", "id");
pub const OUTBOX_HTML: Field = field("outbox", "html_body", "id");
pub const OUTBOX_ERROR: Field = field("outbox", "last_error", "id");
pub const TOTP_SECRET: Field = field("staff_users", "totp_secret", "id");
pub const PARTICIPANT_NAME: Field = field("participants", "name", "id");
pub const PARTICIPANT_DETAILS: Field = field("participants", "details", "id");
pub const PARTICIPANT_REFUSAL_NOTE: Field = field("participants", "refusal_note", "id");
pub const EQUALITY_SEX: Field = field("participant_equality", "sex", "participant_id");
pub const EQUALITY_GENDER_SAME: Field = field("participant_equality", "gender_same", "participant_id");
pub const EQUALITY_ETHNICITY: Field = field("participant_equality", "ethnicity", "participant_id");
pub const EQUALITY_DISABILITY: Field = field("participant_equality", "disability", "participant_id");
pub const RISKS_HARMED: Field = field("risk_assessments", "risks_harmed", "id");
pub const RISKS_HARMER: Field = field("risk_assessments", "risks_harmer", "id");
pub const SAFEGUARDING: Field = field("risk_assessments", "safeguarding", "id");
pub const RISK_CONCLUSION: Field = field("risk_assessments", "conclusion", "id");
pub const AGREEMENT_WHAT: Field = field("agreement_items", "what", "id");
pub const SUPPORT_AGENCY: Field = field("support_referrals", "agency", "id");
pub const SUPPORT_REASON: Field = field("support_referrals", "reason", "id");
pub const COMPLAINANT: Field = field("complaints", "complainant", "id");
pub const COMPLAINT_SUMMARY: Field = field("complaints", "summary", "id");

/// Every sealed column: what `rekey` and the start-up pass walk, and what the data map's
/// `sealed` marks must match.
pub const FIELDS: &[Field] = &[
    DRAFT_ANSWERS,
    REQUEST_ANSWERS,
    OUTCOME_REASON,
    EVENT_REASON,
    EVENT_NOTE,
    OUTBOX_RECIPIENT,
    OUTBOX_SUBJECT,
    OUTBOX_TEXT,
    OUTBOX_HTML,
    OUTBOX_ERROR,
    TOTP_SECRET,
    PARTICIPANT_NAME,
    PARTICIPANT_DETAILS,
    PARTICIPANT_REFUSAL_NOTE,
    EQUALITY_SEX,
    EQUALITY_GENDER_SAME,
    EQUALITY_ETHNICITY,
    EQUALITY_DISABILITY,
    RISKS_HARMED,
    RISKS_HARMER,
    SAFEGUARDING,
    RISK_CONCLUSION,
    AGREEMENT_WHAT,
    SUPPORT_AGENCY,
    SUPPORT_REASON,
    COMPLAINANT,
    COMPLAINT_SUMMARY,
];

/// The sealed column `table.column`, if it is one.
pub fn field_of(table: &str, column: &str) -> Option<Field> {
    FIELDS.iter().copied().find(|f| f.table == table && f.column == column)
}

const PREFIX: &str = "rj1:";
const NONCE: usize = 24;

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("RJ_DATA_KEYS (or the data keys file) must list keys as id:64-hex-digits, the first sealing: {0}")]
    Malformed(String),
    #[error("the data keys file {0}: {1}")]
    File(String, std::io::Error),
}

/// The keys that seal and open values. The first key given seals; all of them open.
pub struct Keyring {
    current: u32,
    keys: BTreeMap<u32, XChaCha20Poly1305>,
}

impl fmt::Debug for Keyring {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Key ids only: never the keys.
        f.debug_struct("Keyring").field("current", &self.current).field("ids", &self.ids()).finish()
    }
}

impl Keyring {
    /// From `RJ_DATA_KEYS`, else the keys file in the data folder (made with one key if missing).
    pub fn load(setting: Option<&str>, data_dir: &Path) -> Result<Keyring, KeyError> {
        if let Some(text) = setting {
            return Keyring::parse(text);
        }
        let path = data_dir.join("data.keys");
        let text = secret_file(&path, || format!("{}\n", Keyring::new_entry(1))).map_err(|e| KeyError::File(path.display().to_string(), e))?;
        Keyring::parse(&text)
    }

    /// `id:hex` entries separated by commas or new lines; the first seals. Ids are whole
    /// numbers from 1, each used once.
    pub fn parse(text: &str) -> Result<Keyring, KeyError> {
        let mut current = None;
        let mut keys = BTreeMap::new();
        for entry in text.split([',', '\n']).map(str::trim).filter(|e| !e.is_empty() && !e.starts_with('#')) {
            let bad = || KeyError::Malformed(format!("the entry for key {:?}", entry.split(':').next().unwrap_or("")));
            let (id, hex_key) = entry.split_once(':').ok_or_else(bad)?;
            let id: u32 = id.trim().parse().ok().filter(|&id| id > 0).ok_or_else(bad)?;
            let bytes: [u8; 32] = hex::decode(hex_key.trim()).ok().and_then(|b| b.try_into().ok()).ok_or_else(bad)?;
            if keys.insert(id, XChaCha20Poly1305::new(&bytes.into())).is_some() {
                return Err(KeyError::Malformed(format!("key {id} is listed twice")));
            }
            current.get_or_insert(id);
        }
        let current = current.ok_or_else(|| KeyError::Malformed("no key".into()))?;
        Ok(Keyring { current, keys })
    }

    /// A keyring of one new random key, for tests and tools.
    pub fn random(id: u32) -> Keyring {
        Keyring::parse(&Keyring::new_entry(id)).expect("a well-formed key")
    }

    /// A new random key as an entry for `RJ_DATA_KEYS` or the keys file: `id:hex`.
    pub fn new_entry(id: u32) -> String {
        format!("{id}:{}", hex::encode(fresh_key()))
    }

    /// The id of the key that seals.
    pub fn current(&self) -> u32 {
        self.current
    }

    pub fn ids(&self) -> Vec<u32> {
        self.keys.keys().copied().collect()
    }

    /// The cipher of the key that seals, for whole files (`backup`).
    pub(crate) fn current_cipher(&self) -> &XChaCha20Poly1305 {
        &self.keys[&self.current]
    }

    /// The cipher of key `id`, if the keyring holds it.
    pub(crate) fn cipher(&self, id: u32) -> Option<&XChaCha20Poly1305> {
        self.keys.get(&id)
    }

    /// `plain` sealed under the current key for `field`. Empty stays empty.
    pub fn seal(&self, field: Field, plain: &str) -> String {
        if plain.is_empty() {
            return String::new();
        }
        let mut nonce = [0u8; NONCE];
        rand::rng().fill_bytes(&mut nonce);
        let aad = aad(field);
        let sealed = self.keys[&self.current]
            .encrypt(XNonce::from_slice(&nonce), Payload { msg: plain.as_bytes(), aad: aad.as_bytes() })
            .expect("XChaCha20-Poly1305 seals any length the database can hold");
        let mut bytes = Vec::with_capacity(NONCE + sealed.len());
        bytes.extend_from_slice(&nonce);
        bytes.extend_from_slice(&sealed);
        format!("{PREFIX}{}:{}", self.current, URL_SAFE_NO_PAD.encode(bytes))
    }

    pub fn seal_opt(&self, field: Field, plain: Option<&str>) -> Option<String> {
        plain.map(|p| self.seal(field, p))
    }

    /// The value `stored` holds. Anything that is not a value this keyring sealed for this
    /// field (plain text, an unknown key, a value from another column, a changed byte) is an
    /// error, never passed on as if it were the value.
    pub fn open(&self, field: Field, stored: &str) -> Result<String, StoreError> {
        if stored.is_empty() {
            return Ok(String::new());
        }
        let fail = |why: &str| StoreError::Database(format!("{}.{}: {why}", field.table, field.column));
        let (id, body) = key_id(stored).ok_or_else(|| fail("a value that is not sealed"))?;
        let key = self.keys.get(&id).ok_or_else(|| fail(&format!("sealed with key {id}, which is not among the keys given (RJ_DATA_KEYS)")))?;
        let bytes = URL_SAFE_NO_PAD.decode(body).map_err(|_| fail("a sealed value that is damaged"))?;
        if bytes.len() < NONCE {
            return Err(fail("a sealed value that is damaged"));
        }
        let (nonce, sealed) = bytes.split_at(NONCE);
        let aad = aad(field);
        let plain = key
            .decrypt(XNonce::from_slice(nonce), Payload { msg: sealed, aad: aad.as_bytes() })
            .map_err(|_| fail("a sealed value that does not open (damaged, or from another column)"))?;
        String::from_utf8(plain).map_err(|_| fail("a sealed value that is not text"))
    }

    pub fn open_opt(&self, field: Field, stored: Option<String>) -> Result<Option<String>, StoreError> {
        stored.map(|s| self.open(field, &s)).transpose()
    }

    /// Whether `stored` is sealed under the current key (or empty): what `rekey` leaves alone.
    pub fn is_current(&self, stored: &str) -> bool {
        stored.is_empty() || key_id(stored).is_some_and(|(id, _)| id == self.current)
    }

    /// `stored` sealed under the current key: a value sealed under another key given here is
    /// opened and sealed again; plain text (from before sealing existed) is sealed.
    pub fn reseal(&self, field: Field, stored: &str) -> Result<String, StoreError> {
        let plain = if key_id(stored).is_some() { self.open(field, stored)? } else { stored.to_owned() };
        Ok(self.seal(field, &plain))
    }
}

/// The key id a sealed value names, and the rest.
fn key_id(stored: &str) -> Option<(u32, &str)> {
    let rest = stored.strip_prefix(PREFIX)?;
    let (id, body) = rest.split_once(':')?;
    Some((id.parse().ok()?, body))
}

/// Whether `stored` looks sealed (of any key): for the start-up pass and the tests.
pub fn is_sealed(stored: &str) -> bool {
    key_id(stored).is_some()
}

/// The SQL pattern of values sealed under key `id` (`LIKE`).
pub fn sealed_with_pattern(id: u32) -> String {
    format!("{PREFIX}{id}:%")
}

/// The SQL pattern of every sealed value (`LIKE`).
pub const SEALED_PATTERN: &str = "rj1:%";

fn aad(field: Field) -> String {
    format!("{}.{}", field.table, field.column)
}

fn fresh_key() -> [u8; 32] {
    let mut key = [0u8; 32];
    rand::rng().fill_bytes(&mut key);
    key
}

/// The text of a secret file, made with `make()` (mode 600, synced) if it does not exist yet.
/// Two processes starting at once agree: the loser of `create_new` reads the winner's file.
pub(crate) fn secret_file(path: &Path, make: impl FnOnce() -> String) -> std::io::Result<String> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(text),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let text = make();
            match crate::backup::create_private(path) {
                Ok(mut file) => {
                    std::io::Write::write_all(&mut file, text.as_bytes())?;
                    file.sync_all()?;
                    Ok(text)
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => std::fs::read_to_string(path),
                Err(e) => Err(e),
            }
        }
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_value_opens_only_in_its_own_column_with_its_key() {
        let keys = Keyring::random(1);
        let sealed = keys.seal(DRAFT_ANSWERS, "Sam, 07700 900123");
        assert!(sealed.starts_with("rj1:1:") && !sealed.contains("Sam") && !sealed.contains("900123"), "{sealed}");
        assert_eq!(keys.open(DRAFT_ANSWERS, &sealed).unwrap(), "Sam, 07700 900123");
        assert_ne!(keys.seal(DRAFT_ANSWERS, "same"), keys.seal(DRAFT_ANSWERS, "same"), "a fresh nonce every time");
        assert!(keys.open(REQUEST_ANSWERS, &sealed).is_err(), "moved to another column, it does not open");
        assert!(Keyring::random(1).open(DRAFT_ANSWERS, &sealed).is_err(), "another key with the same id does not open it");
        assert!(Keyring::random(2).open(DRAFT_ANSWERS, &sealed).unwrap_err().to_string().contains("key 1"), "an unknown key is named");
        assert!(keys.open(DRAFT_ANSWERS, "Sam, 07700 900123").is_err(), "plain text is not taken as a value");
        let mut damaged = sealed.clone();
        damaged.pop();
        damaged.push(if sealed.ends_with('A') { 'B' } else { 'A' });
        assert!(keys.open(DRAFT_ANSWERS, &damaged).is_err(), "a changed byte does not open");
        assert_eq!(keys.seal(DRAFT_ANSWERS, ""), "");
        assert_eq!(keys.open(DRAFT_ANSWERS, "").unwrap(), "");
    }

    #[test]
    fn the_first_key_seals_and_every_key_opens() {
        let (one, nine) = (hex::encode([1u8; 32]), hex::encode([9u8; 32]));
        let old = Keyring::parse(&format!("1:{one}")).unwrap();
        let under_one = old.seal(EVENT_NOTE, "kept");
        let new = Keyring::parse(&format!("2:{nine}")).unwrap();
        assert!(new.open(EVENT_NOTE, &under_one).is_err(), "key 1 is not in this ring");
        let ring = Keyring::parse(&format!("3:{nine}\n# retired soon\n1:{one}")).unwrap();
        assert_eq!((ring.current(), ring.ids()), (3, vec![1, 3]));
        assert_eq!(ring.open(EVENT_NOTE, &under_one).unwrap(), "kept", "an older key still opens");
        assert!(!ring.is_current(&under_one));
        let moved = ring.reseal(EVENT_NOTE, &under_one).unwrap();
        assert!(moved.starts_with("rj1:3:") && ring.is_current(&moved));
        assert_eq!(ring.open(EVENT_NOTE, &moved).unwrap(), "kept");
        let plain = ring.reseal(EVENT_NOTE, "from before sealing").unwrap();
        assert_eq!(ring.open(EVENT_NOTE, &plain).unwrap(), "from before sealing");
        for bad in ["", "1:abcd", &format!("0:{nine}"), &format!("2:{nine},2:{one}"), "2 {nine}"] {
            assert!(Keyring::parse(bad).is_err(), "{bad:?} is refused");
        }
        assert!(!format!("{ring:?}").contains(&nine), "Debug shows ids, never keys");
        assert!(!Keyring::parse(&format!("1:{one}x")).err().unwrap().to_string().contains(&one), "an error never quotes a key");
    }

    #[test]
    fn a_keys_file_is_made_once_with_one_key() {
        let dir = tempfile::tempdir().unwrap();
        let first = Keyring::load(None, dir.path()).unwrap();
        let sealed = first.seal(TOTP_SECRET, "JBSWY3DPEHPK3PXP");
        let again = Keyring::load(None, dir.path()).unwrap();
        assert_eq!(again.open(TOTP_SECRET, &sealed).unwrap(), "JBSWY3DPEHPK3PXP");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join("data.keys")).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        assert!(Keyring::load(Some("nonsense"), dir.path()).is_err());
    }

    #[test]
    fn every_column_the_data_map_seals_is_sealed_here_and_no_other() {
        use app::staff::data_map::TABLES;
        let mut mapped: Vec<(&str, &str)> =
            TABLES.iter().flat_map(|t| t.columns.iter().filter(|c| c.sealed).map(move |c| (t.name, c.name))).collect();
        let mut here: Vec<(&str, &str)> = FIELDS.iter().map(|f| (f.table, f.column)).collect();
        mapped.sort_unstable();
        here.sort_unstable();
        assert_eq!(mapped, here);
        for f in FIELDS {
            let table = app::staff::data_map::table(f.table).unwrap();
            assert!(table.columns.iter().any(|c| c.name == f.key.name()), "{}.{:?} names its rows by a column the map knows", f.table, f.key);
        }
    }
}
