//! The data map: every table and column the service stores, declared once with what it holds,
//! why, how long it is kept, what a subject access request shows and what erasure does.
//! Subject access, erasure, the retention job and the records-of-processing page all read it,
//! and a test compares it with the migrated database in both directions, so a migration that
//! adds a column this map does not cover fails the suite.

/// What a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    /// Names and the reference number that identifies a case.
    Identity,
    /// Phone numbers, e-mail and postal addresses, safe times to call.
    Contact,
    /// What happened, needs, risks and the work done: special category data can appear in it
    /// (health, and the criminal offence itself).
    Case,
    /// Equality monitoring answers (ethnicity, disability, sex): special category data.
    Equality,
    /// Staff accounts, their sign-in secrets and addresses.
    Staff,
    /// Codes, dates and counters that identify nobody on their own.
    Codes,
    /// Counts for the report, with no link to anyone.
    Anonymous,
}

impl Category {
    pub fn label(self) -> &'static str {
        match self {
            Category::Identity => "Identity",
            Category::Contact => "Contact details",
            Category::Case => "Case details (may include special category and offence data)",
            Category::Equality => "Equality answers (special category)",
            Category::Staff => "Staff account and security",
            Category::Codes => "Codes and dates",
            Category::Anonymous => "Anonymous counts",
        }
    }

    /// Whether it is personal data about the people in a case.
    pub fn is_personal(self) -> bool {
        matches!(self, Category::Identity | Category::Contact | Category::Case | Category::Equality)
    }
}

/// How a table's rows belong to a case, for subject access and erasure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Link {
    /// The `requests` table itself (its `id`).
    Request,
    /// A `request_id` column.
    RequestId,
    /// A `participant_id` column, whose participant belongs to the case.
    Participant,
    /// An outbox row whose idempotency key begins with the case's reference and a colon.
    OutboxKey,
    /// A draft whose answers hold the case's reference (the confirmation page's copy).
    DraftReference,
    /// Not linked to any case.
    None,
}

/// What erasing a case does to a table's rows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Erasure {
    Delete,
    /// `case_statistics`: the link to the case is cut; the anonymous counts stay.
    Unlink,
    /// Nothing about the case's people is there to erase.
    Keep,
    /// The row stays, counted, but these columns are emptied and its link to the case cut
    /// (a complaint: the log's counts outlive the person's details).
    Anonymise(&'static [&'static str]),
}

/// How long rows are kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Retention {
    /// Until the case's personal data is erased: `RJ_RETAIN_CLOSED_MONTHS` after it ended.
    ClosedCase,
    /// Sent e-mail: `RJ_RETAIN_SENT_MAIL_DAYS` after it was sent (failed ones until resent or
    /// the case is erased).
    SentMail,
    /// `RJ_DRAFT_IDLE_MINUTES` after the last answer.
    DraftIdle,
    /// `RJ_RETAIN_SIGN_IN_FAILURES_DAYS`.
    SignInFailures,
    /// Until the session expires.
    SessionExpiry,
    /// A complaint's complainant and summary: emptied `RJ_RETAIN_CLOSED_MONTHS` after it was
    /// answered (the rest of the row stays, for the report).
    Complaint,
    /// For as long as the member of staff has an account.
    Account,
    /// For the life of the service: the audit trail, and counts with no link to anyone.
    Service,
}

impl Retention {
    pub fn words(self) -> &'static str {
        match self {
            Retention::ClosedCase => "Until the case's personal data is erased: RJ_RETAIN_CLOSED_MONTHS months after the case ended, or sooner on request",
            Retention::SentMail => "RJ_RETAIN_SENT_MAIL_DAYS days after sending (e-mail files too)",
            Retention::DraftIdle => "RJ_DRAFT_IDLE_MINUTES minutes after the last answer, or at once on quick exit",
            Retention::SignInFailures => "RJ_RETAIN_SIGN_IN_FAILURES_DAYS days",
            Retention::SessionExpiry => "Until the session ends",
            Retention::Complaint => "The complainant and summary: RJ_RETAIN_CLOSED_MONTHS months after it was answered, or when their case is erased; the dates and codes stay",
            Retention::Account => "While the account exists",
            Retention::Service => "For the life of the service",
        }
    }
}

#[derive(Clone, Copy, Debug)]
pub struct Column {
    pub name: &'static str,
    pub category: Category,
    /// Whether a subject access export shows it (secrets and internal keys are left out).
    pub exported: bool,
    /// Whether it is encrypted at rest (`server::seal`): the store seals it on the way in
    /// and opens it on the way out; the queue never sorts or filters on it.
    pub sealed: bool,
}

#[derive(Clone, Copy, Debug)]
pub struct Table {
    pub name: &'static str,
    pub purpose: &'static str,
    pub link: Link,
    pub erasure: Erasure,
    pub retention: Retention,
    pub columns: &'static [Column],
}

impl Table {
    pub fn exported_columns(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.columns.iter().filter(|c| c.exported).map(|c| c.name)
    }
}

const fn col(name: &'static str, category: Category) -> Column {
    Column { name, category, exported: true, sealed: false }
}

/// A column encrypted at rest that a subject access export shows (opened).
const fn sealed(name: &'static str, category: Category) -> Column {
    Column { name, category, exported: true, sealed: true }
}

/// A secret encrypted at rest that no export shows.
const fn secret(name: &'static str, category: Category) -> Column {
    Column { name, category, exported: false, sealed: true }
}

/// A column a subject access export leaves out (a secret, or a key only the system uses).
const fn internal(name: &'static str, category: Category) -> Column {
    Column { name, category, exported: false, sealed: false }
}

use Category::*;

/// Tables the map leaves out: the migration tool's own bookkeeping.
pub const NOT_MAPPED: &[&str] = &["_sqlx_migrations"];

/// Every table, in the order erasure deletes them (rows that point at others first).
pub const TABLES: &[Table] = &[
    Table {
        name: "participant_equality",
        purpose: "Equality monitoring for the commissioner's report, recorded by managers",
        link: Link::Participant,
        erasure: Erasure::Delete,
        retention: Retention::ClosedCase,
        columns: &[col("participant_id", Codes), sealed("sex", Equality), sealed("gender_same", Equality), sealed("ethnicity", Equality), sealed("disability", Equality), col("recorded_at", Codes)],
    },
    Table {
        name: "feedback_invites",
        purpose: "One-time links for a participant's feedback after the case ended (only a digest of each link)",
        link: Link::RequestId,
        erasure: Erasure::Delete,
        retention: Retention::ClosedCase,
        columns: &[
            internal("id", Codes), internal("request_id", Codes), col("participant_id", Codes), internal("token_digest", Codes),
            col("created_at", Codes), col("expires_at", Codes), col("used_at", Codes),
        ],
    },
    Table {
        name: "case_events",
        purpose: "The case's timeline: every contact, decision, note and change",
        link: Link::RequestId,
        erasure: Erasure::Delete,
        retention: Retention::ClosedCase,
        columns: &[
            internal("id", Codes), internal("request_id", Codes), col("at", Codes), col("actor_id", Staff), col("kind", Codes), col("status", Codes),
            col("method", Codes), col("outcome", Codes), sealed("reason", Case), sealed("note", Case), col("flag", Codes), col("end_reason", Codes),
            col("participant_id", Codes), col("consent", Codes), col("willingness", Codes), col("refusal_reason", Codes), col("disposal", Codes),
            col("assigned_to", Staff),
        ],
    },
    Table {
        name: "complaints",
        purpose: "The complaints log: who complained, about what, and when we acknowledged and answered",
        link: Link::RequestId,
        erasure: Erasure::Anonymise(&["complainant", "summary"]),
        retention: Retention::Complaint,
        columns: &[
            internal("id", Codes), col("request_id", Codes), col("received_on", Codes), col("channel", Codes), col("about", Codes),
            sealed("complainant", Identity), sealed("summary", Case), col("acknowledged_on", Codes), col("answered_on", Codes), col("outcome", Codes),
            col("escalated_on", Codes), col("recorded_by", Staff), col("created_at", Codes), col("updated_at", Codes),
        ],
    },
    Table {
        name: "participants",
        purpose: "The people in a case: who they are, how to reach them safely, their needs and whether they will take part",
        link: Link::RequestId,
        erasure: Erasure::Delete,
        retention: Retention::ClosedCase,
        columns: &[
            internal("id", Codes), internal("request_id", Codes), col("role", Codes), sealed("name", Identity), col("age_band", Case), col("interpreter", Case),
            col("bsl", Case), sealed("details", Contact), col("consent", Codes), col("willingness", Codes), col("refusal_reason", Codes),
            sealed("refusal_note", Case), col("created_at", Codes), col("updated_at", Codes),
        ],
    },
    Table {
        name: "contact_digests",
        purpose: "Each e-mail address and phone number in a case as a keyed hash, to find a person's cases for subject access",
        link: Link::RequestId,
        erasure: Erasure::Delete,
        retention: Retention::ClosedCase,
        columns: &[internal("id", Codes), internal("request_id", Codes), internal("digest", Contact)],
    },
    Table {
        name: "request_flags",
        purpose: "Screening flags that decide who may see the case and how soon to act",
        link: Link::RequestId,
        erasure: Erasure::Delete,
        retention: Retention::ClosedCase,
        columns: &[internal("request_id", Codes), col("flag", Case)],
    },
    Table {
        name: "rj_processes",
        purpose: "Restorative justice processes held",
        link: Link::RequestId,
        erasure: Erasure::Delete,
        retention: Retention::ClosedCase,
        columns: &[internal("id", Codes), internal("request_id", Codes), col("kind", Codes), col("held_on", Codes), col("harmed", Codes), col("caused_harm", Codes), col("supporters", Codes), col("recorded_at", Codes)],
    },
    Table {
        name: "agreement_items",
        purpose: "The outcome agreement, item by item",
        link: Link::RequestId,
        erasure: Erasure::Delete,
        retention: Retention::ClosedCase,
        columns: &[internal("id", Codes), internal("request_id", Codes), sealed("what", Case), col("due_on", Codes), col("kept", Codes), col("recorded_at", Codes)],
    },
    Table {
        name: "risk_assessments",
        purpose: "Risk assessments and safeguarding (000 5.7, 5.10)",
        link: Link::RequestId,
        erasure: Erasure::Delete,
        retention: Retention::ClosedCase,
        columns: &[
            internal("id", Codes), internal("request_id", Codes), sealed("risks_harmed", Case), sealed("risks_harmer", Case), sealed("safeguarding", Case),
            col("safe_to_go_on", Codes), col("method", Codes), sealed("conclusion", Case), col("assessed_by", Staff), col("assessed_at", Codes),
            col("signed_off_by", Staff), col("signed_off_at", Codes),
        ],
    },
    Table {
        name: "support_referrals",
        purpose: "Referrals to support and safeguarding agencies, with the basis for sharing",
        link: Link::RequestId,
        erasure: Erasure::Delete,
        retention: Retention::ClosedCase,
        columns: &[internal("id", Codes), internal("request_id", Codes), sealed("agency", Case), col("made_on", Codes), sealed("reason", Case), col("basis", Codes), col("recorded_at", Codes)],
    },
    Table {
        name: "case_statistics",
        purpose: "The report's anonymous facts about each case (codes and dates)",
        link: Link::RequestId,
        erasure: Erasure::Unlink,
        retention: Retention::Service,
        columns: &[
            internal("id", Anonymous), internal("request_id", Codes), col("kind", Anonymous), col("restricted", Anonymous), col("received_on", Anonymous),
            col("due_on", Anonymous), col("channel", Anonymous), col("source", Anonymous), col("connection", Anonymous), col("area", Anonymous),
            col("crime_type", Anonymous), col("hate", Anonymous), col("cyber", Anonymous), col("domestic", Anonymous), col("cj_stage", Anonymous),
            col("disposal", Anonymous), col("status", Anonymous), col("end_reason", Anonymous), col("onward_to", Anonymous), col("left_at", Anonymous),
            col("first_contact_on", Anonymous), col("ended_on", Anonymous), col("updated_at", Anonymous),
        ],
    },
    Table {
        name: "statistics_people",
        purpose: "The report's anonymous facts about the people in each case",
        link: Link::None,
        erasure: Erasure::Keep,
        retention: Retention::Service,
        columns: &[
            internal("id", Anonymous), internal("case_id", Anonymous), col("role", Anonymous), col("age_band", Anonymous), col("sex", Anonymous),
            col("ethnicity", Anonymous), col("disability", Anonymous), col("interpreter", Anonymous), col("bsl", Anonymous), col("willingness", Anonymous),
            col("refusal_reason", Anonymous),
        ],
    },
    Table {
        name: "statistics_events",
        purpose: "The report's anonymous dated events (processes, support referrals)",
        link: Link::None,
        erasure: Erasure::Keep,
        retention: Retention::Service,
        columns: &[internal("id", Anonymous), internal("case_id", Anonymous), col("kind", Anonymous), col("code", Anonymous), col("happened_on", Anonymous)],
    },
    Table {
        name: "outbox",
        purpose: "E-mail waiting to be sent, and sent e-mail until it is purged",
        link: Link::OutboxKey,
        erasure: Erasure::Delete,
        retention: Retention::SentMail,
        columns: &[
            internal("id", Codes), internal("idempotency_key", Identity), col("kind", Codes), sealed("recipient", Contact), sealed("subject", Case),
            sealed("text_body", Case), sealed("html_body", Case), col("status", Codes), col("attempts", Codes), col("created_at", Codes),
            col("next_attempt_at", Codes), sealed("last_error", Contact), col("sent_at", Codes),
        ],
    },
    Table {
        name: "drafts",
        purpose: "Answers to a journey in progress, and the confirmation's reference afterwards",
        link: Link::DraftReference,
        erasure: Erasure::Delete,
        retention: Retention::DraftIdle,
        columns: &[
            internal("session_key", Codes), col("journey", Codes), sealed("answers", Case), col("reference", Identity), col("updated_at", Codes),
            col("expires_at", Codes),
        ],
    },
    Table {
        name: "requests",
        purpose: "Referrals, call backs and withdrawal requests: what the person told us, and the case's state",
        link: Link::Request,
        erasure: Erasure::Delete,
        retention: Retention::ClosedCase,
        columns: &[
            internal("id", Codes), col("reference", Identity), internal("submission_key", Codes), col("kind", Codes), col("status", Codes),
            col("received_at", Codes), col("contact_by", Codes), col("lang", Case), col("area", Case), col("routes", Codes),
            col("related_reference", Identity), sealed("answers", Case), col("assigned_to", Staff), col("first_contact_at", Codes),
            col("updated_at", Codes), sealed("outcome_reason", Case), col("referred_on_to", Codes), col("closed_at", Codes), col("is_open", Codes),
            col("outcome_code", Codes), col("referrer_updates", Codes), col("disposal", Codes),
        ],
    },
    Table {
        name: "feedback_responses",
        purpose: "Participants' feedback answers, with their part in the case, language and month only",
        link: Link::None,
        erasure: Erasure::Keep,
        retention: Retention::Service,
        columns: &[
            internal("id", Anonymous), col("role", Anonymous), col("lang", Anonymous), col("received_on", Anonymous), col("service", Anonymous),
            col("outcome", Anonymous), col("safety", Anonymous), col("wellbeing", Anonymous), col("coping", Anonymous), col("confidence", Anonymous),
        ],
    },
    Table {
        name: "form_counts",
        purpose: "How the public forms are doing: counts by month, language, page and question, with no cookie and nothing that identifies anyone",
        link: Link::None,
        erasure: Erasure::Keep,
        retention: Retention::Service,
        columns: &[
            col("month", Anonymous), col("lang", Anonymous), col("journey", Anonymous), col("event", Anonymous), col("item", Anonymous),
            col("js", Anonymous), col("count", Anonymous),
        ],
    },
    Table {
        name: "equality_monitoring",
        purpose: "The public form's optional equality answers, stored with no link to the request",
        link: Link::None,
        erasure: Erasure::Keep,
        retention: Retention::Service,
        columns: &[
            internal("id", Anonymous), col("recorded_at", Anonymous), col("request_kind", Anonymous), col("connection", Anonymous), col("age", Anonymous),
            col("sex", Anonymous), col("gender_same", Anonymous), col("ethnicity", Anonymous), col("disability", Anonymous),
        ],
    },
    Table {
        name: "audit_log",
        purpose: "Who signed in, viewed and changed what, and when (append-only)",
        link: Link::None,
        erasure: Erasure::Keep,
        retention: Retention::Service,
        columns: &[internal("id", Codes), col("at", Codes), col("actor", Staff), col("action", Codes), col("subject", Codes), col("address", Staff)],
    },
    Table {
        name: "sign_in_failures",
        purpose: "Failed sign-ins, for throttling guessing",
        link: Link::None,
        erasure: Erasure::Keep,
        retention: Retention::SignInFailures,
        columns: &[internal("id", Codes), col("account", Staff), col("address", Staff), col("at", Codes)],
    },
    Table {
        name: "staff_sessions",
        purpose: "Staff sign-in sessions",
        link: Link::None,
        erasure: Erasure::Keep,
        retention: Retention::SessionExpiry,
        columns: &[internal("id", Staff), col("user_id", Staff), internal("data", Staff), col("expires_at", Codes)],
    },
    Table {
        name: "staff_recovery_codes",
        purpose: "Digests of staff recovery codes",
        link: Link::None,
        erasure: Erasure::Keep,
        retention: Retention::Account,
        columns: &[internal("id", Codes), col("user_id", Staff), internal("code_digest", Staff), col("used_at", Codes)],
    },
    Table {
        name: "staff_users",
        purpose: "Staff accounts: name, e-mail, role, and their sign-in secrets",
        link: Link::None,
        erasure: Erasure::Keep,
        retention: Retention::Account,
        columns: &[
            internal("id", Codes), col("email", Staff), col("name", Staff), col("role", Codes), col("specialist", Codes), col("status", Codes),
            internal("password_hash", Staff), secret("totp_secret", Staff), internal("totp_last_step", Staff), internal("enrol_digest", Staff),
            col("enrol_expires_at", Codes), col("created_at", Codes), col("sessions_valid_after", Codes), col("disabled_at", Codes),
        ],
    },
];

pub fn table(name: &str) -> Option<&'static Table> {
    TABLES.iter().find(|t| t.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_and_column_is_declared_once() {
        let mut names: Vec<&str> = TABLES.iter().map(|t| t.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), TABLES.len(), "a table declared twice");
        for t in TABLES {
            let mut cols: Vec<&str> = t.columns.iter().map(|c| c.name).collect();
            cols.sort_unstable();
            cols.dedup();
            assert_eq!(cols.len(), t.columns.len(), "a column of {} declared twice", t.name);
        }
    }

    #[test]
    fn what_erasure_deletes_is_what_links_to_a_case() {
        for t in TABLES {
            match t.erasure {
                Erasure::Delete => assert_ne!(t.link, Link::None, "{} cannot be erased without a link", t.name),
                Erasure::Unlink => assert!(t.columns.iter().any(|c| c.name == "request_id"), "{}", t.name),
                Erasure::Anonymise(emptied) => {
                    assert_eq!(t.link, Link::RequestId, "{}: anonymising cuts a request_id link", t.name);
                    for c in t.columns.iter().filter(|c| c.category.is_personal()) {
                        assert!(emptied.contains(&c.name), "{}.{} holds personal data that anonymising leaves", t.name, c.name);
                    }
                }
                Erasure::Keep => assert!(
                    t.columns.iter().all(|c| !c.category.is_personal()),
                    "{} keeps personal data of a case's people after erasure",
                    t.name
                ),
            }
        }
        // The case row goes last: everything else points at it.
        assert_eq!(TABLES.iter().filter(|t| t.erasure == Erasure::Delete).last().map(|t| t.name), Some("requests"));
    }
}
