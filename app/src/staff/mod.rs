//! The staff area: the rules (`model`), what each page shows (`StaffView`, built by the
//! server's handlers after their access checks) and the pages themselves. The staff area is in
//! English, the service's working language; the public site's languages live in `locales/`.
//! Its one island is the idle-session warning.

pub mod complaints;
pub mod data_map;
pub mod intake;
pub mod model;
pub mod participants;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod report;
#[cfg(feature = "ssr")]
pub mod statistics;
pub mod timer;

#[cfg(feature = "ssr")]
pub use view::*;

#[cfg(feature = "ssr")]
mod view {
    use super::model::Staff;
    use crate::ports::{AuditEntry, CaseEvent, CaseRecord, MessageSummary, QueueRow, StaffAccount};
    use chrono::NaiveDate;
    use serde::Deserialize;

    /// Everything a staff page needs, put in the request by the handler that checked access.
    #[derive(Clone)]
    pub struct StaffView {
        /// The member of staff signed in (none on the sign-in and enrolment pages).
        pub staff: Option<Staff>,
        /// This session's token for forms (CSRF).
        pub csrf: String,
        /// A one-off message after an action ("Contact attempt recorded").
        pub notice: Option<String>,
        /// Seconds until the session ends if idle, for the warning.
        pub idle_seconds: i64,
        /// This page's path, for forms that come back to it.
        pub path: String,
        pub page: StaffPage,
    }

    /// A form's error: the field's id (for the summary's link) and the message.
    pub type FieldErrors = Vec<(String, String)>;

    #[derive(Clone)]
    pub enum StaffPage {
        /// `next`: the staff path to go to after signing in ("" for the default).
        SignIn { email: String, error: Option<String>, next: String },
        Enrol { token: String, account: StaffAccount, secret: String, qr_svg: String, errors: FieldErrors },
        Enrolled { codes: Vec<String> },
        EnrolGone,
        Queue(QueuePage),
        Case(Box<CasePage>),
        Intake(Box<IntakePage>),
        /// Adding someone to a case: first, who they are.
        ChooseRole { reference: String, errors: FieldErrors },
        Participant(Box<ParticipantPage>),
        CaseHidden { reference: String, contact_by: NaiveDate, flags: Vec<crate::domain::screening::Flag> },
        Account { sessions_note: String },
        Users { users: Vec<StaffAccount> },
        Audit { filters: AuditFilters, entries: Vec<(i64, AuditEntry)>, next: Option<String> },
        Mail { failed: Vec<MessageSummary> },
        Report(Box<ReportPage>),
        /// Everything held about a case (subject access), and the requests linked to it.
        HeldData { reference: String, held: crate::ports::HeldData, linked: Vec<String> },
        /// Erasing a case's personal data: what it does, and the reference typed to confirm.
        Erase { reference: String, linked: Vec<String>, errors: FieldErrors, typed: String },
        /// The records of processing: the data map.
        DataMap,
        /// Finding a person's cases by an e-mail address or phone number (subject access): what
        /// was typed, its problem, and the cases found (reference, hidden from this member of
        /// staff because it needs a specialist).
        FindPerson { typed: String, errors: FieldErrors, found: Option<Vec<(String, bool)>> },
        /// Staff with access during a period, for the police data-sharing agreement.
        Access { form: ReportForm, errors: FieldErrors, quarters: Vec<(String, String)>, period: Option<super::report::Period>, accounts: Vec<StaffAccount> },
        /// The complaints log, with the new-complaint form (what was typed, its problems).
        Complaints { complaints: Vec<super::complaints::Complaint>, errors: FieldErrors, typed: Vec<(String, String)>, today: NaiveDate },
        Complaint { complaint: super::complaints::Complaint, errors: FieldErrors, typed: Vec<(String, String)>, today: NaiveDate },
        Forbidden,
        NotFound,
    }

    /// The queue's filters as typed in its GET form (so a filtered view can be bookmarked).
    #[derive(Clone, Debug, Default, Deserialize, PartialEq, Eq)]
    #[serde(default)]
    pub struct QueueFilters {
        /// "" (open work), "all", "ended" or a status code.
        pub status: String,
        pub kind: String,
        pub area: String,
        pub flag: String,
        /// "" (anyone), "me" or "unassigned".
        pub assigned: String,
        /// "yes" for overdue only.
        pub overdue: String,
        pub from: String,
        pub to: String,
        pub reference: String,
        /// The keyset cursor: "YYYY-MM-DD.id" of the last row of the previous page.
        pub after: String,
        /// Or of the first row of the next page (going back).
        pub before: String,
    }

    #[derive(Clone)]
    pub struct QueuePage {
        pub filters: QueueFilters,
        /// Messages about filters that could not be read (a bad date).
        pub errors: FieldErrors,
        pub today: NaiveDate,
        pub rows: Vec<QueueRow>,
        /// Rows whose details this member of staff may not see (sensitive, not a specialist).
        pub hidden: Vec<i64>,
        /// The links to the next and previous pages, when there are some.
        pub next: Option<String>,
        pub previous: Option<String>,
        pub first_page: Option<String>,
        /// Urgent requests (not safe now) nobody has reached yet, shown above the table on the
        /// first page whatever the filters, so they are never below the fold.
        pub urgent: Vec<QueueRow>,
    }

    /// The new-referral page: what was typed so far, and what is wrong with it.
    #[derive(Clone, Default)]
    pub struct IntakePage {
        pub values: crate::journey::Values,
        pub errors: super::intake::IntakeErrors,
        /// Keeps a double click from storing the referral twice.
        pub submission_key: String,
        /// The call back this referral comes from, if any.
        pub from_call_back: Option<String>,
    }

    #[derive(Clone)]
    pub struct CasePage {
        pub case: CaseRecord,
        pub events: Vec<CaseEvent>,
        pub today: NaiveDate,
        /// Who the case may be assigned to (id, name).
        pub assignable: Vec<(i64, String)>,
        pub errors: FieldErrors,
        /// What the person typed in a form that failed, to show it again.
        pub typed: Vec<(String, String)>,
    }

    /// A participant's page, or the form adding one.
    #[derive(Clone)]
    pub struct ParticipantPage {
        pub reference: String,
        pub case_id: i64,
        /// None while adding someone.
        pub participant: Option<crate::ports::Participant>,
        pub role: super::participants::Role,
        /// Their details as stored, or as typed in a form that failed.
        pub values: crate::journey::Values,
        /// Problems with the details (Fluent ids, shown in English beside each question).
        pub question_errors: Vec<crate::journey::FieldError>,
        /// Problems with the other forms (field id, words).
        pub errors: FieldErrors,
        pub typed: Vec<(String, String)>,
        /// The timeline's entries about them.
        pub history: Vec<CaseEvent>,
        /// Their equality answers: only ever filled for a manager.
        pub equality: Option<super::participants::EqualityAnswers>,
        /// Whether the case has ended (feedback links are made only then).
        pub case_ended: bool,
        /// The case's language, for a feedback link's default.
        pub case_lang: String,
        /// A feedback link just made (its address and last day), shown once.
        pub feedback_link: Option<(String, NaiveDate)>,
    }

    /// The report's form as typed (a GET form, so a report can be bookmarked).
    #[derive(Clone, Debug, Default, Deserialize, PartialEq, Eq)]
    #[serde(default)]
    pub struct ReportForm {
        /// "2026-Q3", or "" for the dates below.
        pub quarter: String,
        pub from: String,
        pub to: String,
        /// "staff", "shared" or "partner" (`pages::report::VIEWS`).
        pub view: String,
    }

    #[derive(Clone)]
    pub struct ReportPage {
        pub form: ReportForm,
        pub errors: FieldErrors,
        /// The quarters offered (code, words), latest first.
        pub quarters: Vec<(String, String)>,
        /// The full report, or the partner view (its heading and table); neither while the
        /// form has a problem.
        pub report: Option<super::report::Report>,
        /// Another view's heading and tables: the partner view, or how the forms are doing.
        pub partner: Option<(String, Vec<super::report::Table>)>,
        /// The CSV file of what is shown.
        pub csv_link: Option<String>,
    }

    #[derive(Clone, Debug, Default, Deserialize, PartialEq, Eq)]
    #[serde(default)]
    pub struct AuditFilters {
        pub actor: String,
        pub action: String,
        pub subject: String,
        pub from: String,
        pub to: String,
        pub before: String,
    }
}
