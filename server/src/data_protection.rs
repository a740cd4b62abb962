//! Data protection's moving parts outside the database: erasure (the store's part, then the
//! e-mail files, then the ledger), the retention rules (`apply_retention`, hourly while the
//! site runs and from `server purge`), and the erasure ledger, which applies erasures again to
//! a database restored from a backup taken before them.
//!
//! The ledger is a small file of references and dates (no names, nothing else), kept apart
//! from the database (`RJ_ERASURE_LEDGER`, by default `RJ_DATA_DIR/erasure-ledger.tsv`), so
//! a restored backup does not bring back an older one. Every start reads it and erases any
//! request it names that is in the database again.

use std::{
    io::{BufRead, Write},
    path::{Path, PathBuf},
    time::SystemTime,
};

use app::ports::{AuditEntry, Erased, RetentionCutoffs, RetentionDue, Store, StoreError};
use chrono::{DateTime, Duration, Months, Utc};

/// How long things are kept (the data map's `Retention`).
#[derive(Clone, Debug)]
pub struct RetentionPolicy {
    /// `RJ_RETAIN_CLOSED_MONTHS` (default 24): an ended case's personal data is erased this
    /// many months after it ended; its anonymous report facts stay.
    pub closed_months: u32,
    /// `RJ_RETAIN_SENT_MAIL_DAYS` (default 30): sent e-mail (outbox rows and `.eml` files).
    pub sent_mail_days: u32,
    /// `RJ_RETAIN_SIGN_IN_FAILURES_DAYS` (default 1: the throttle looks back minutes, the
    /// repeated-failure alert hours).
    pub sign_in_failures_days: u32,
    /// `RJ_ERASURE_LEDGER`.
    pub ledger: PathBuf,
    /// Where the file transport writes `.eml` files (`RJ_DATA_DIR/mail`).
    pub mail_dir: PathBuf,
}

impl RetentionPolicy {
    pub fn cutoffs(&self, now: DateTime<Utc>) -> RetentionCutoffs {
        RetentionCutoffs {
            now,
            closed_before: now.checked_sub_months(Months::new(self.closed_months)).unwrap_or(now),
            sent_mail_before: now - Duration::days(i64::from(self.sent_mail_days)),
            sign_in_failures_before: now - Duration::days(i64::from(self.sign_in_failures_days)),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum DataError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("the erasure ledger {0}: {1}")]
    Ledger(String, std::io::Error),
}

/// The part of a Message-ID that identifies a queued message (see `mail::message_id`).
fn id_part(key: &str) -> String {
    crate::mail::message_id(key, "x").trim_start_matches('<').trim_end_matches("@x>").to_owned()
}

/// The Message-ID header of an `.eml` file, read from its header block only.
fn message_id_of(path: &Path) -> Option<String> {
    let file = std::fs::File::open(path).ok()?;
    for line in std::io::BufReader::new(file).lines() {
        let line = line.ok()?;
        if line.is_empty() {
            return None;
        }
        if let Some((name, value)) = line.split_once(':') {
            if name.eq_ignore_ascii_case("message-id") {
                return Some(value.trim().to_owned());
            }
        }
    }
    None
}

fn eml_files(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .map(|entries| entries.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "eml")).collect())
        .unwrap_or_default()
}

/// Deletes the `.eml` files of these outbox keys; how many.
pub fn remove_mail_files(dir: &Path, keys: &[String]) -> u64 {
    if keys.is_empty() {
        return 0;
    }
    let wanted: Vec<String> = keys.iter().map(|k| id_part(k)).collect();
    let mut removed = 0;
    for path in eml_files(dir) {
        let Some(id) = message_id_of(&path) else { continue };
        if wanted.iter().any(|w| id.starts_with(&format!("<{w}@"))) && std::fs::remove_file(&path).is_ok() {
            removed += 1;
        }
    }
    removed
}

/// Deletes `.eml` files last written before `before`; how many.
pub fn remove_old_mail_files(dir: &Path, before: SystemTime) -> u64 {
    eml_files(dir)
        .into_iter()
        .filter(|p| std::fs::metadata(p).and_then(|m| m.modified()).is_ok_and(|m| m < before))
        .filter(|p| std::fs::remove_file(p).is_ok())
        .count() as u64
}

fn append_ledger(path: &Path, references: &[String], at: DateTime<Utc>) -> Result<(), DataError> {
    let err = |e| DataError::Ledger(path.display().to_string(), e);
    let mut options = std::fs::OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path).map_err(err)?;
    let mut lines = String::new();
    for r in references {
        lines.push_str(&format!("{r}\t{}\n", at.to_rfc3339()));
    }
    file.write_all(lines.as_bytes()).map_err(err)?;
    file.sync_all().map_err(err)
}

/// The references in the ledger, oldest first.
pub fn ledger_references(path: &Path) -> Result<Vec<String>, DataError> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(text.lines().filter_map(|l| l.split('\t').next()).filter(|r| !r.is_empty()).map(str::to_owned).collect()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
        Err(e) => Err(DataError::Ledger(path.display().to_string(), e)),
    }
}

/// Erases a request and those linked to it: the database (one transaction, audited with
/// `audit`), then their e-mail files, then the ledger. None if there is no such request.
pub async fn erase(store: &dyn Store, policy: &RetentionPolicy, reference: &str, audit: &AuditEntry) -> Result<Option<Erased>, DataError> {
    let Some(erased) = store.erase_case(reference, audit).await? else { return Ok(None) };
    remove_mail_files(&policy.mail_dir, &erased.outbox_keys);
    append_ledger(&policy.ledger, &erased.references, audit.at)?;
    Ok(Some(erased))
}

/// Applies the ledger to the database again: every request it names that is present (after a
/// backup was restored) is erased, audited as `case.erase` by `erasure-ledger`. How many.
pub async fn reapply_ledger(store: &dyn Store, policy: &RetentionPolicy, now: DateTime<Utc>) -> Result<u64, DataError> {
    let mut count = 0;
    for reference in ledger_references(&policy.ledger)? {
        if store.find_request(&reference).await?.is_none() {
            continue;
        }
        let audit = AuditEntry { at: now, actor: "erasure-ledger".into(), action: "case.erase".into(), subject: None, address: None };
        if let Some(erased) = store.erase_case(&reference, &audit).await? {
            remove_mail_files(&policy.mail_dir, &erased.outbox_keys);
            count += erased.references.len() as u64;
        }
    }
    Ok(count)
}

/// What a retention run found, and whether it removed it.
#[derive(Clone, Debug, Default)]
pub struct RetentionRun {
    pub due: RetentionDue,
    pub applied: bool,
    pub mail_files: u64,
}

impl RetentionRun {
    /// One line for the audit log and the command line: counts only, never a reference.
    pub fn summary(&self) -> String {
        format!(
            "{} ended cases, {} complaints' names and summaries, {} sent e-mails, {} e-mail files, {} sign-in failures, {} expired drafts, {} expired sessions",
            self.due.closed_cases.len(),
            self.due.complaints,
            self.due.sent_mail,
            self.mail_files,
            self.due.sign_in_failures,
            self.due.expired_drafts,
            self.due.expired_sessions
        )
    }
}

/// Runs the retention rules: with `apply` false it only counts (`server purge --dry-run`).
/// An applied run is audited as `retention.purge` with its counts; ended cases are erased
/// one by one like any erasure (audited `case.erase` by `retention`), and into the ledger.
pub async fn apply_retention(store: &dyn Store, policy: &RetentionPolicy, now: DateTime<Utc>, apply: bool) -> Result<RetentionRun, DataError> {
    let cutoffs = policy.cutoffs(now);
    let due = store.retention_due(&cutoffs).await?;
    let mail_before = SystemTime::from(cutoffs.sent_mail_before);
    if !apply {
        let mail_files = eml_files(&policy.mail_dir)
            .iter()
            .filter(|p| std::fs::metadata(p).and_then(|m| m.modified()).is_ok_and(|m| m < mail_before))
            .count() as u64;
        return Ok(RetentionRun { due, applied: false, mail_files });
    }
    let audit = AuditEntry { at: now, actor: "retention".into(), action: "case.erase".into(), subject: None, address: None };
    for reference in &due.closed_cases {
        erase(store, policy, reference, &audit).await?;
    }
    store.purge_sent_mail(cutoffs.sent_mail_before).await?;
    store.purge_sign_in_failures(cutoffs.sign_in_failures_before).await?;
    store.purge_complaints(cutoffs.closed_before).await?;
    store.purge_expired_drafts(now).await?;
    store.purge_staff_sessions(now).await?;
    let mail_files = remove_old_mail_files(&policy.mail_dir, mail_before);
    let run = RetentionRun { due, applied: true, mail_files };
    store
        .audit(&AuditEntry { at: now, actor: "retention".into(), action: "retention.purge".into(), subject: Some(run.summary()), address: None })
        .await?;
    Ok(run)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ledger_keeps_references_and_dates_only_and_reads_back_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ledger.tsv");
        assert!(ledger_references(&path).unwrap().is_empty(), "no ledger yet is an empty one");
        let at = DateTime::parse_from_rfc3339("2026-12-02T10:00:00Z").unwrap().with_timezone(&Utc);
        append_ledger(&path, &["RJ-AAAA-AAAA".into(), "RJ-BBBB-BBBB".into()], at).unwrap();
        append_ledger(&path, &["RJ-CCCC-CCCC".into()], at).unwrap();
        assert_eq!(ledger_references(&path).unwrap(), ["RJ-AAAA-AAAA", "RJ-BBBB-BBBB", "RJ-CCCC-CCCC"]);
        assert_eq!(std::fs::read_to_string(&path).unwrap().lines().next(), Some("RJ-AAAA-AAAA\t2026-12-02T10:00:00+00:00"));
    }

    #[test]
    fn mail_files_are_found_by_their_message_id() {
        let dir = tempfile::tempdir().unwrap();
        let keep = dir.path().join("keep.eml");
        let gone = dir.path().join("gone.eml");
        std::fs::write(&keep, format!("Subject: a\r\nMessage-ID: {}\r\n\r\nbody\r\n", crate::mail::message_id("RJ-KEEP-KEEP:team", "rj.example"))).unwrap();
        std::fs::write(&gone, format!("Subject: b\r\nMessage-Id: {}\r\n\r\nbody\r\n", crate::mail::message_id("RJ-GONE-GONE:team", "rj.example"))).unwrap();
        assert_eq!(remove_mail_files(dir.path(), &["RJ-GONE-GONE:team".into()]), 1);
        assert!(keep.exists() && !gone.exists());
    }
}
