//! The staff area's rules as plain types: roles and what each may do, the case workflow (which
//! status may follow which, and what each needs), contact outcomes and the words staff see for
//! each code. Pure, so every rule is unit-tested without a server.

use serde::{Deserialize, Serialize};

use crate::domain::screening::{Flag, UnknownCode};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Role {
    /// Accounts, the audit log, failed e-mail. Not the cases themselves.
    Admin,
    /// Everything in the queue, and reports.
    Manager,
    /// The queue: contact, screening, decisions.
    Triage,
    /// The cases assigned to them.
    Practitioner,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Admin, Role::Manager, Role::Triage, Role::Practitioner];

    pub fn code(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Manager => "manager",
            Role::Triage => "triage",
            Role::Practitioner => "practitioner",
        }
    }

    pub fn parse(code: &str) -> Result<Role, UnknownCode> {
        Role::ALL.into_iter().find(|r| r.code() == code).ok_or_else(|| UnknownCode::new("role", code))
    }

    pub fn label(self) -> &'static str {
        match self {
            Role::Admin => "Administrator",
            Role::Manager => "Manager",
            Role::Triage => "Triage",
            Role::Practitioner => "Practitioner",
        }
    }
}

/// Where an account stands: invited (not enrolled yet), active, or disabled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AccountStatus {
    Invited,
    Active,
    Disabled,
}

impl AccountStatus {
    pub const ALL: [AccountStatus; 3] = [AccountStatus::Invited, AccountStatus::Active, AccountStatus::Disabled];

    pub fn code(self) -> &'static str {
        match self {
            AccountStatus::Invited => "invited",
            AccountStatus::Active => "active",
            AccountStatus::Disabled => "disabled",
        }
    }

    pub fn parse(code: &str) -> Result<AccountStatus, UnknownCode> {
        AccountStatus::ALL.into_iter().find(|s| s.code() == code).ok_or_else(|| UnknownCode::new("account status", code))
    }
}

/// The member of staff making a request, as every permission check sees them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Staff {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub role: Role,
    pub specialist: bool,
}

/// What a member of staff may see of one case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaseAccess {
    /// Everything.
    Full,
    /// That it exists, its flags and deadline: it is sensitive and they are not a specialist.
    SensitiveHidden,
    /// Nothing: not their case, or not their job.
    None,
}

impl Staff {
    /// The queue: managers, triage and practitioners (who see only their own cases).
    pub fn works_cases(&self) -> bool {
        !matches!(self.role, Role::Admin)
    }

    /// Sees every case in the queue, not only those assigned to them.
    pub fn sees_whole_queue(&self) -> bool {
        matches!(self.role, Role::Manager | Role::Triage)
    }

    pub fn is_admin(&self) -> bool {
        matches!(self.role, Role::Admin)
    }

    pub fn is_manager(&self) -> bool {
        matches!(self.role, Role::Manager)
    }

    /// May see a case's details: their job covers it, and a sensitive case needs a specialist.
    pub fn access(&self, sensitive: bool, assigned_to: Option<i64>) -> CaseAccess {
        let in_scope =
            self.sees_whole_queue() || (self.works_cases() && assigned_to == Some(self.id));
        match (in_scope, sensitive && !self.specialist) {
            (false, _) => CaseAccess::None,
            (true, true) => CaseAccess::SensitiveHidden,
            (true, false) => CaseAccess::Full,
        }
    }

    /// May give a case to someone else (or take it back into the pool).
    pub fn assigns_others(&self) -> bool {
        self.sees_whole_queue()
    }

    /// May be given this case: they work cases and, for a sensitive one, are a specialist.
    pub fn can_take(&self, sensitive: bool) -> bool {
        self.works_cases() && (!sensitive || self.specialist)
    }
}

/// Where a case is. Stored as its code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    New,
    ContactAttempted,
    Contacted,
    Assessing,
    Accepted,
    InProgress,
    Closed,
    Declined,
    NotSuitable,
    Signposted,
    ReferredOn,
    Withdrawn,
}

/// What moving to a status asks for besides a note.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Needs {
    Nothing,
    /// A coded reason (`EndReason`), with words when the reason needs them.
    Reason,
    /// Where the person was referred on to (one of `ONWARD`), and optionally a reason.
    Onward,
}

impl Status {
    pub const ALL: [Status; 12] = [
        Status::New,
        Status::ContactAttempted,
        Status::Contacted,
        Status::Assessing,
        Status::Accepted,
        Status::InProgress,
        Status::Closed,
        Status::Declined,
        Status::NotSuitable,
        Status::Signposted,
        Status::ReferredOn,
        Status::Withdrawn,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Status::New => "new",
            Status::ContactAttempted => "contact-attempted",
            Status::Contacted => "contacted",
            Status::Assessing => "assessing",
            Status::Accepted => "accepted",
            Status::InProgress => "in-progress",
            Status::Closed => "closed",
            Status::Declined => "declined",
            Status::NotSuitable => "not-suitable",
            Status::Signposted => "signposted",
            Status::ReferredOn => "referred-on",
            Status::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(code: &str) -> Result<Status, UnknownCode> {
        Status::ALL.into_iter().find(|s| s.code() == code).ok_or_else(|| UnknownCode::new("status", code))
    }

    pub fn label(self) -> &'static str {
        match self {
            Status::New => "New",
            Status::ContactAttempted => "Contact attempted",
            Status::Contacted => "Contacted",
            Status::Assessing => "Assessing",
            Status::Accepted => "Accepted",
            Status::InProgress => "In progress",
            Status::Closed => "Closed",
            Status::Declined => "Declined",
            Status::NotSuitable => "Not suitable",
            Status::Signposted => "Signposted",
            Status::ReferredOn => "Referred on",
            Status::Withdrawn => "Withdrawn",
        }
    }

    /// Still work to do: shown in the queue by default.
    pub fn is_open(self) -> bool {
        !self.is_ending()
    }

    /// A case that has ended, one way or another.
    pub fn is_ending(self) -> bool {
        matches!(
            self,
            Status::Closed
                | Status::Declined
                | Status::NotSuitable
                | Status::Signposted
                | Status::ReferredOn
                | Status::Withdrawn
        )
    }

    pub fn open_codes() -> Vec<String> {
        Status::ALL.into_iter().filter(|s| s.is_open()).map(|s| s.code().to_owned()).collect()
    }

    /// The statuses a case may move to from here. Every open case may end (declined, not
    /// suitable, signposted, referred on, withdrawn); it moves forward one stage at a time.
    /// Contact is recorded as a contact attempt, which moves the status itself.
    pub fn next(self) -> Vec<Status> {
        use Status::*;
        let forward: &[Status] = match self {
            New | ContactAttempted => &[],
            Contacted => &[Assessing],
            Assessing => &[Accepted],
            Accepted => &[InProgress],
            InProgress => &[Closed],
            _ => return Vec::new(),
        };
        let endings: &[Status] = match self {
            Accepted | InProgress => &[Withdrawn],
            _ => &[Declined, NotSuitable, Signposted, ReferredOn, Withdrawn],
        };
        forward.iter().chain(endings).copied().collect()
    }

    /// What a referrer may be told of the case at this status: the stage, in plain words,
    /// never why (000 5.6: progress, not details).
    pub fn stage_for_referrer(self) -> &'static str {
        match self {
            Status::New | Status::ContactAttempted => "We are trying to contact the person.",
            Status::Contacted | Status::Assessing => "We are talking with the person about what they want.",
            Status::Accepted | Status::InProgress => "Restorative justice is being arranged or is under way.",
            Status::Closed => "Our work on this referral has finished.",
            Status::Declined | Status::NotSuitable | Status::Signposted | Status::ReferredOn | Status::Withdrawn => {
                "We are not going ahead with restorative justice on this referral."
            }
        }
    }

    pub fn needs(self) -> Needs {
        match self {
            Status::Closed
            | Status::Declined
            | Status::NotSuitable
            | Status::Signposted
            | Status::Withdrawn => Needs::Reason,
            Status::ReferredOn => Needs::Onward,
            _ => Needs::Nothing,
        }
    }
}

/// Why a case ended, coded so the commissioner's report can count it (000 9.2: declined by the
/// provider and not suitable at assessment with reasons, closures with reasons, why victims and
/// offenders decline). Each ending status has its own list; staff add words, which "other"
/// and signposting (which service) need.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EndReason {
    pub status: Status,
    pub code: &'static str,
    pub label: &'static str,
}

const DECLINED: &[(&str, &str)] = &[
    ("out-of-area", "The offence happened outside the West Midlands"),
    ("not-a-crime", "Not a crime, or anti-social behaviour only"),
    ("no-other-party", "Nobody is known who caused the harm"),
    ("risk", "The risk is too high to offer restorative justice"),
    ("duplicate", "A second referral for a case we already have"),
    ("other", "Another reason (say what)"),
];
const NOT_SUITABLE: &[(&str, &str)] = &[
    ("risk", "Risk of harm to someone taking part"),
    ("harmer-unwilling", "The person who caused harm will not take part"),
    ("harmed-unwilling", "The person harmed will not take part"),
    ("no-responsibility", "The person who caused harm does not accept responsibility"),
    ("cannot-take-part", "Someone cannot take part safely now (health or capacity)"),
    ("other", "Another reason (say what)"),
];
const SIGNPOSTED: &[(&str, &str)] = &[
    ("support-first", "They need support before restorative justice"),
    ("other-service", "Another service meets what they want better"),
    ("other", "Another reason (say what)"),
];
const CLOSED: &[(&str, &str)] = &[
    ("completed", "Restorative justice took place"),
    ("harmed-stopped", "The person harmed stopped taking part"),
    ("harmer-stopped", "The person who caused harm stopped taking part"),
    ("lost-contact", "We lost contact"),
    ("unsafe", "Stopped because it was no longer safe"),
    ("other", "Another reason (say what)"),
];
const WITHDRAWN: &[(&str, &str)] = &[
    ("changed-mind", "They changed their mind"),
    ("not-ready", "They are not ready now"),
    ("asked-to-stop", "They asked us to stop (a withdrawal request)"),
    ("not-agreed", "They did not agree to the referral when we asked them for the police"),
    ("no-reason", "They did not say why"),
    ("other", "Another reason (say what)"),
];

impl EndReason {
    /// The coded reasons for ending a case with this status (none for other statuses).
    pub fn all(status: Status) -> impl Iterator<Item = EndReason> {
        let list: &'static [(&str, &str)] = match status {
            Status::Declined => DECLINED,
            Status::NotSuitable => NOT_SUITABLE,
            Status::Signposted => SIGNPOSTED,
            Status::Closed => CLOSED,
            Status::Withdrawn => WITHDRAWN,
            _ => &[],
        };
        list.iter().map(move |&(code, label)| EndReason { status, code, label })
    }

    /// The reason with this code for this status; an unknown one is an error.
    pub fn parse(status: Status, code: &str) -> Result<EndReason, UnknownCode> {
        EndReason::all(status).find(|r| r.code == code).ok_or_else(|| UnknownCode::new("end reason", code))
    }

    /// The value a form sends for it: status and code, so one list serves every ending.
    pub fn form_value(self) -> String {
        format!("{}:{}", self.status.code(), self.code)
    }

    /// Whether staff must add words: "other" says what, signposting says to which service.
    pub fn needs_words(self) -> bool {
        self.code == "other" || self.status == Status::Signposted
    }
}

/// Where the case stands in the criminal justice process (000 9.2), and the out-of-court
/// disposals that set a target for the restorative justice process (000 5.7: community
/// resolution within 6 weeks, conditional caution within 16, from a full referral).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Disposal {
    CommunityResolution,
    ConditionalCaution,
    PreSentence,
    PostSentence,
    NoCriminalJustice,
}

impl Disposal {
    pub const ALL: [Disposal; 5] = [
        Disposal::CommunityResolution,
        Disposal::ConditionalCaution,
        Disposal::PreSentence,
        Disposal::PostSentence,
        Disposal::NoCriminalJustice,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Disposal::CommunityResolution => "community-resolution",
            Disposal::ConditionalCaution => "conditional-caution",
            Disposal::PreSentence => "pre-sentence",
            Disposal::PostSentence => "post-sentence",
            Disposal::NoCriminalJustice => "none",
        }
    }

    pub fn parse(code: &str) -> Result<Disposal, UnknownCode> {
        Disposal::ALL.into_iter().find(|d| d.code() == code).ok_or_else(|| UnknownCode::new("criminal justice stage", code))
    }

    pub fn label(self) -> &'static str {
        match self {
            Disposal::CommunityResolution => "Community resolution (out of court)",
            Disposal::ConditionalCaution => "Conditional caution (out of court)",
            Disposal::PreSentence => "Going through court: before sentence",
            Disposal::PostSentence => "After sentence (in prison or in the community)",
            Disposal::NoCriminalJustice => "Not reported, or no further action",
        }
    }

    /// Weeks from a full referral within which the restorative justice process should happen.
    pub fn target_weeks(self) -> Option<i64> {
        match self {
            Disposal::CommunityResolution => Some(6),
            Disposal::ConditionalCaution => Some(16),
            _ => None,
        }
    }

    /// The day the process is due by, for a referral received on `received`.
    pub fn target(self, received: chrono::NaiveDate) -> Option<chrono::NaiveDate> {
        self.target_weeks().map(|w| received + chrono::Duration::weeks(w))
    }
}

/// How a case stands against its disposal's target: met when its first process was held by
/// the target day, missed when it was later (or there is none and the day has passed).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TargetState {
    Met,
    Missed,
    DaysLeft(i64),
}

pub fn target_state(target: chrono::NaiveDate, first_process: Option<chrono::NaiveDate>, today: chrono::NaiveDate) -> TargetState {
    match first_process {
        Some(day) if day <= target => TargetState::Met,
        Some(_) => TargetState::Missed,
        None if today > target => TargetState::Missed,
        None => TargetState::DaysLeft((target - today).num_days()),
    }
}

/// Where a case can be referred on to.
pub const ONWARD: [(&str, &str); 5] = [
    ("yot", "Youth Offending Team"),
    ("other-area", "RJ service in another area"),
    ("victim-support", "Victim Support"),
    ("specialist", "Specialist domestic or sexual abuse service"),
    ("other", "Another service"),
];

pub const CONTACT_METHODS: [(&str, &str); 5] = [
    ("phone", "Phone call"),
    ("text", "Text message"),
    ("email", "E-mail"),
    ("letter", "Letter"),
    ("in-person", "In person"),
];

pub const CONTACT_OUTCOMES: [(&str, &str); 5] = [
    ("reached", "Reached: spoke with them"),
    ("no-answer", "No answer"),
    ("voicemail", "Voicemail left"),
    ("unsafe", "Unsafe to talk"),
    ("wrong-number", "Wrong number or address"),
];

/// Whether it is safe to go on, as a risk assessment concludes.
pub const SAFE_TO_GO_ON: [(&str, &str); 3] = [
    ("yes", "Yes"),
    ("with-conditions", "Yes, with the conditions in the conclusion"),
    ("no", "No: it is not safe to go on"),
];

/// The basis for sharing a person's details with another agency (000 10).
pub const REFERRAL_BASES: [(&str, &str); 3] = [
    ("consent", "The person agreed"),
    ("safeguarding", "Safeguarding: someone is at risk of harm"),
    ("legal-duty", "A legal duty"),
];

/// Whether a case may be accepted for restorative justice: only after a risk assessment that
/// found it safe to go on, signed off by a manager when the case is sensitive or complex.
#[cfg(feature = "ssr")]
pub fn may_accept(assessment: Option<&crate::ports::RiskAssessment>, needs_sign_off: bool) -> Result<(), &'static str> {
    let Some(a) = assessment else {
        return Err("Record a risk assessment before accepting the case");
    };
    if a.safe_to_go_on == "no" {
        return Err("The latest risk assessment says it is not safe to go on");
    }
    if needs_sign_off && a.signed_off.is_none() {
        return Err("A manager must sign off the risk assessment of a sensitive or complex case first");
    }
    Ok(())
}

/// Who took part in a process, by the field the form sends.
pub const TOOK_PART: [(&str, &str); 3] = [
    ("harmed", "The person harmed"),
    ("caused-harm", "The person who caused harm"),
    ("supporters", "Supporters or family"),
];

/// Who took part in a process, in `TOOK_PART`'s words.
#[cfg(feature = "ssr")]
pub fn took_part(p: &crate::ports::RjProcess) -> Vec<&'static str> {
    [(p.harmed, TOOK_PART[0].1), (p.caused_harm, TOOK_PART[1].1), (p.supporters, TOOK_PART[2].1)]
        .into_iter()
        .filter_map(|(took, label)| took.then_some(label))
        .collect()
}

/// The timeline's words for a process: its kind, its date and who took part.
#[cfg(feature = "ssr")]
pub fn process_words(p: &crate::ports::RjProcess) -> String {
    let who = took_part(p);
    let who = if who.is_empty() { "nobody recorded as taking part".to_owned() } else { who.join(", ").to_lowercase() };
    format!("{} on {}: {who}", label_of(&RJ_PROCESSES, &p.kind), p.held_on.format("%-d %B %Y"))
}

pub const RJ_PROCESSES: [(&str, &str); 5] = [
    ("conference", "Face-to-face conference"),
    ("shuttle", "Shuttle mediation"),
    ("letter", "Letter"),
    ("recorded-message", "Recorded message"),
    ("other", "Other indirect process"),
];

/// The words for a code from one of the lists above (the code itself if unknown).
pub fn label_of(list: &[(&'static str, &'static str)], code: &str) -> String {
    list.iter().find(|(c, _)| *c == code).map(|(_, l)| (*l).to_owned()).unwrap_or_else(|| code.to_owned())
}

pub fn is_code(list: &[(&str, &str)], code: &str) -> bool {
    list.iter().any(|(c, _)| *c == code)
}

/// What a contact attempt does to the status: reaching the person moves a new case (or one
/// with failed attempts) to contacted; a failed attempt marks a new case as attempted.
pub fn status_after_contact(current: Status, outcome: &str) -> Option<Status> {
    match (current, outcome == "reached") {
        (Status::New | Status::ContactAttempted, true) => Some(Status::Contacted),
        (Status::New, false) => Some(Status::ContactAttempted),
        _ => None,
    }
}

/// Whether a request's flags keep it for specialists: sensitive or complex (000 5.10).
pub fn is_sensitive(flags: &[Flag]) -> bool {
    crate::domain::screening::needs_specialist(flags)
}

/// What a member of staff asks of a case's flags, read from the one select on the case page:
/// `add:urgent` or `remove:sensitive`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FlagChange {
    pub flag: Flag,
    pub add: bool,
}

impl FlagChange {
    pub fn code(self) -> String {
        format!("{}:{}", if self.add { "add" } else { "remove" }, self.flag.code())
    }

    pub fn parse(code: &str) -> Option<FlagChange> {
        let (change, flag) = code.split_once(':')?;
        let add = match change {
            "add" => true,
            "remove" => false,
            _ => return None,
        };
        Some(FlagChange { flag: Flag::parse(flag).ok()?, add })
    }

    /// The changes open to this member of staff on a case with these flags: add any flag it
    /// lacks, remove one it has if they may.
    pub fn choices(staff: &Staff, flags: &[Flag]) -> Vec<FlagChange> {
        Flag::ALL
            .into_iter()
            .map(|flag| FlagChange { flag, add: !flags.contains(&flag) })
            .filter(|c| c.add || staff.may_remove_flag(c.flag))
            .collect()
    }
}

impl Staff {
    /// Anyone working a case may add a flag: raising a concern must never wait for a manager.
    /// Taking away a protection (specialists only, or urgency) is for managers and
    /// specialists; any other flag, anyone who may add it.
    pub fn may_remove_flag(&self, flag: Flag) -> bool {
        if flag.needs_specialist() || flag == Flag::Urgent {
            self.is_manager() || (self.specialist && self.works_cases())
        } else {
            self.works_cases()
        }
    }
}

/// The kind pages a person passed on the public journey, as staff read them.
pub fn route_label(slug: &str) -> &'static str {
    match slug {
        "not-a-crime" => "not a crime",
        "anti-social-behaviour" => "anti-social behaviour",
        "outside-area" => "outside the West Midlands",
        "young-person" | "under-18" => "under 18",
        "not-safe" => "not safe now",
        _ => "another page",
    }
}

/// What a request is: which of the public site's journeys (or staff intake, for a referral)
/// made it. Stored as its code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RequestKind {
    Referral,
    CallBack,
    Withdrawal,
}

impl RequestKind {
    pub const ALL: [RequestKind; 3] = [RequestKind::Referral, RequestKind::CallBack, RequestKind::Withdrawal];

    pub fn code(self) -> &'static str {
        match self {
            RequestKind::Referral => "referral",
            RequestKind::CallBack => "call-back",
            RequestKind::Withdrawal => "withdrawal",
        }
    }

    pub fn parse(code: &str) -> Result<RequestKind, UnknownCode> {
        RequestKind::ALL.into_iter().find(|k| k.code() == code).ok_or_else(|| UnknownCode::new("request kind", code))
    }

    pub fn label(self) -> &'static str {
        match self {
            RequestKind::Referral => "Referral",
            RequestKind::CallBack => "Call back",
            RequestKind::Withdrawal => "Withdrawal",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn staff(role: Role, specialist: bool) -> Staff {
        Staff { id: 7, email: "a@example.org".into(), name: "A".into(), role, specialist }
    }

    #[test]
    fn only_specialists_see_the_details_of_sensitive_cases() {
        for role in [Role::Manager, Role::Triage] {
            assert_eq!(staff(role, false).access(true, None), CaseAccess::SensitiveHidden);
            assert_eq!(staff(role, true).access(true, None), CaseAccess::Full);
            assert_eq!(staff(role, false).access(false, None), CaseAccess::Full);
        }
    }

    #[test]
    fn practitioners_see_only_their_own_cases_and_admins_none() {
        let p = staff(Role::Practitioner, true);
        assert_eq!(p.access(false, Some(7)), CaseAccess::Full);
        assert_eq!(p.access(false, Some(8)), CaseAccess::None);
        assert_eq!(p.access(false, None), CaseAccess::None);
        assert_eq!(staff(Role::Practitioner, false).access(true, Some(7)), CaseAccess::SensitiveHidden);
        assert_eq!(staff(Role::Admin, true).access(false, None), CaseAccess::None);
    }

    #[test]
    fn sensitive_and_complex_flags_keep_a_case_for_specialists() {
        assert!(is_sensitive(&[Flag::Under18, Flag::Sensitive]));
        assert!(is_sensitive(&[Flag::Complex]), "complex cases are for specialists too");
        assert!(!is_sensitive(&[Flag::Urgent, Flag::Under18]));
        assert!(!is_sensitive(&[]));
    }

    #[test]
    fn anyone_may_raise_a_flag_but_only_managers_and_specialists_may_take_a_protection_away() {
        let triage = staff(Role::Triage, false);
        let choices = FlagChange::choices(&triage, &[Flag::Sensitive, Flag::Under18]);
        assert!(choices.contains(&FlagChange { flag: Flag::Urgent, add: true }));
        assert!(choices.contains(&FlagChange { flag: Flag::Complex, add: true }));
        assert!(choices.contains(&FlagChange { flag: Flag::Under18, add: false }));
        assert!(!choices.contains(&FlagChange { flag: Flag::Sensitive, add: false }), "{choices:?}");
        assert!(!choices.iter().any(|c| c.flag == Flag::Sensitive && c.add), "it already has it");
        for flag in [Flag::Sensitive, Flag::Complex, Flag::Urgent] {
            assert!(!triage.may_remove_flag(flag));
            assert!(!staff(Role::Practitioner, false).may_remove_flag(flag));
            assert!(staff(Role::Practitioner, true).may_remove_flag(flag));
            assert!(staff(Role::Manager, false).may_remove_flag(flag));
            assert!(!staff(Role::Admin, true).may_remove_flag(flag), "administrators do not work cases");
        }
        assert!(triage.may_remove_flag(Flag::InterpreterOrAccess));
    }

    #[test]
    fn a_flag_change_reads_back_from_its_code_and_nothing_else() {
        for flag in Flag::ALL {
            for add in [true, false] {
                let change = FlagChange { flag, add };
                assert_eq!(FlagChange::parse(&change.code()), Some(change));
            }
        }
        for bad in ["", "add", "add:", "add:nonsense", "toggle:urgent", "urgent", "add:urgent:x"] {
            assert_eq!(FlagChange::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn sensitive_cases_go_only_to_specialists() {
        assert!(staff(Role::Practitioner, true).can_take(true));
        assert!(!staff(Role::Practitioner, false).can_take(true));
        assert!(staff(Role::Practitioner, false).can_take(false));
        assert!(!staff(Role::Admin, true).can_take(false));
    }

    #[test]
    fn a_case_moves_forward_one_stage_or_ends_and_endings_are_final() {
        use Status::*;
        assert_eq!(Contacted.next()[0], Assessing);
        assert_eq!(Assessing.next()[0], Accepted);
        assert!(!New.next().contains(&Assessing), "contact comes first");
        assert!(New.next().contains(&Declined));
        assert_eq!(InProgress.next(), vec![Closed, Withdrawn]);
        for ending in Status::ALL.into_iter().filter(|s| s.is_ending()) {
            assert!(ending.next().is_empty(), "{ending:?} is final");
        }
    }

    #[test]
    fn endings_need_a_reason_and_referring_on_needs_where() {
        assert_eq!(Status::Declined.needs(), Needs::Reason);
        assert_eq!(Status::NotSuitable.needs(), Needs::Reason);
        assert_eq!(Status::Signposted.needs(), Needs::Reason);
        assert_eq!(Status::ReferredOn.needs(), Needs::Onward);
        assert_eq!(Status::Withdrawn.needs(), Needs::Reason, "why people leave is counted (000 9.2)");
        assert_eq!(Status::Assessing.needs(), Needs::Nothing);
    }

    #[test]
    fn every_ending_that_needs_a_reason_has_coded_reasons_and_an_other() {
        for status in Status::ALL {
            let reasons: Vec<EndReason> = EndReason::all(status).collect();
            if status.needs() == Needs::Reason {
                assert!(reasons.iter().any(|r| r.code == "other" && r.needs_words()), "{status:?}");
                let mut codes: Vec<&str> = reasons.iter().map(|r| r.code).collect();
                codes.sort_unstable();
                codes.dedup();
                assert_eq!(codes.len(), reasons.len(), "{status:?}: codes are unique");
                for r in &reasons {
                    assert_eq!(EndReason::parse(status, r.code), Ok(*r));
                }
            } else {
                assert!(reasons.is_empty(), "{status:?} takes no coded reason");
            }
        }
        assert!(EndReason::parse(Status::Declined, "completed").is_err(), "a closure's reason is not a decline's");
        assert!(EndReason::parse(Status::Closed, "made-up").is_err());
        let completed = EndReason::parse(Status::Closed, "completed").unwrap();
        assert!(!completed.needs_words());
        assert_eq!(completed.form_value(), "closed:completed");
        assert!(EndReason::parse(Status::Signposted, "support-first").unwrap().needs_words(), "say which service");
    }

    #[test]
    fn a_case_is_accepted_only_after_an_assessment_that_found_it_safe_and_was_signed_off_if_needed() {
        use crate::ports::RiskAssessment;
        let at = chrono::Utc::now();
        let assessment = |safe: &str, signed: bool| RiskAssessment {
            id: 1,
            risks_harmed: "None known".into(),
            risks_harmer: "None known".into(),
            safeguarding: None,
            safe_to_go_on: safe.into(),
            method: Some("conference".into()),
            conclusion: "Go ahead".into(),
            assessor_id: 1,
            assessed_by: "A".into(),
            assessed_at: at,
            signed_off: signed.then(|| ("M".to_owned(), at)),
        };
        assert!(may_accept(None, false).is_err(), "no assessment, no acceptance");
        assert!(may_accept(Some(&assessment("no", true)), false).is_err());
        assert!(may_accept(Some(&assessment("yes", false)), false).is_ok());
        assert!(may_accept(Some(&assessment("with-conditions", false)), true).is_err(), "sensitive: signed off first");
        assert!(may_accept(Some(&assessment("with-conditions", true)), true).is_ok());
    }

    #[test]
    fn reaching_the_person_marks_the_case_contacted() {
        assert_eq!(status_after_contact(Status::New, "reached"), Some(Status::Contacted));
        assert_eq!(status_after_contact(Status::ContactAttempted, "reached"), Some(Status::Contacted));
        assert_eq!(status_after_contact(Status::New, "no-answer"), Some(Status::ContactAttempted));
        assert_eq!(status_after_contact(Status::ContactAttempted, "voicemail"), None);
        assert_eq!(status_after_contact(Status::Assessing, "reached"), None);
    }

    #[test]
    fn out_of_court_disposals_set_the_6_and_16_week_targets_and_the_first_process_meets_them() {
        let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let received = day("2026-12-01");
        assert_eq!(Disposal::CommunityResolution.target(received), Some(day("2027-01-12")), "6 weeks (000 5.7)");
        assert_eq!(Disposal::ConditionalCaution.target(received), Some(day("2027-03-23")), "16 weeks (000 5.7)");
        for d in [Disposal::PreSentence, Disposal::PostSentence, Disposal::NoCriminalJustice] {
            assert_eq!(d.target(received), None);
        }
        let target = day("2027-01-12");
        assert_eq!(target_state(target, Some(day("2027-01-12")), day("2027-02-01")), TargetState::Met, "on the day counts");
        assert_eq!(target_state(target, Some(day("2027-01-13")), day("2027-02-01")), TargetState::Missed);
        assert_eq!(target_state(target, None, day("2027-01-13")), TargetState::Missed);
        assert_eq!(target_state(target, None, day("2027-01-02")), TargetState::DaysLeft(10));
        for d in Disposal::ALL {
            assert_eq!(Disposal::parse(d.code()), Ok(d));
        }
        assert!(Disposal::parse("caution").is_err());
    }

    #[test]
    fn codes_round_trip() {
        for s in Status::ALL {
            assert_eq!(Status::parse(s.code()), Ok(s));
        }
        assert!(Status::parse("done").is_err(), "an unknown status is an error, never New");
        for k in RequestKind::ALL {
            assert_eq!(RequestKind::parse(k.code()), Ok(k));
        }
        for r in Role::ALL {
            assert_eq!(Role::parse(r.code()), Ok(r));
        }
        assert!(Role::parse("superuser").is_err());
        for a in AccountStatus::ALL {
            assert_eq!(AccountStatus::parse(a.code()), Ok(a));
        }
    }
}
