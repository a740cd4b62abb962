//! The people in a case (000 5.6, 9.2): the people harmed, the people who caused harm, their
//! family or supporters, and the professional who referred. Each has their own details (the
//! referral journey's own questions about a person, asked in the third person), needs, consent
//! and willingness, whose every change stays in the timeline, with a coded reason when they
//! say no. Pure: the rules and codes here are unit-tested without a server.

use crate::{
    domain::screening::{Facts, UnknownCode},
    journey::{FieldError, Question, Values, Voice, first, has, validate::{RuleContext, validate_known}},
    referral,
};

/// A participant's part in the case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    Harmed,
    CausedHarm,
    Supporter,
    Referrer,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Harmed, Role::CausedHarm, Role::Supporter, Role::Referrer];

    pub fn code(self) -> &'static str {
        match self {
            Role::Harmed => "harmed",
            Role::CausedHarm => "caused-harm",
            Role::Supporter => "supporter",
            Role::Referrer => "referrer",
        }
    }

    pub fn parse(code: &str) -> Result<Role, UnknownCode> {
        Role::ALL.into_iter().find(|r| r.code() == code).ok_or_else(|| UnknownCode::new("participant role", code))
    }

    pub fn label(self) -> &'static str {
        match self {
            Role::Harmed => "Person harmed",
            Role::CausedHarm => "Person who caused harm",
            Role::Supporter => "Family member or supporter",
            Role::Referrer => "Referrer",
        }
    }

    /// Whether this participant's own agreement and willingness are asked (a referrer passes
    /// the referral on; they do not take part).
    pub fn takes_part(self) -> bool {
        self != Role::Referrer
    }

    /// The referral journey's pages whose questions describe a participant in this role (a
    /// referrer's: their name and how to reach them; where they work stays with the referral).
    pub fn steps(self) -> &'static [&'static str] {
        match self {
            Role::Referrer => &["your-details"],
            _ => &PERSON_STEPS,
        }
    }

    /// The question holding the participant's name.
    fn name_field(self) -> &'static str {
        if self == Role::Referrer { "referrer-name" } else { "name" }
    }
}

/// The pages of the referral journey about the person: who they are, how to reach them safely,
/// and what they need from us.
const PERSON_STEPS: [&str; 4] = ["about-you", "contact", "contact-safety", "needs"];


/// Whether the participant agreed to us contacting them and to taking part.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Consent {
    Given,
    /// A police referral made before asking them: we ask (000 5.5, 5.6).
    ToBeSought,
    Refused,
}

impl Consent {
    pub const ALL: [Consent; 3] = [Consent::Given, Consent::ToBeSought, Consent::Refused];

    pub fn code(self) -> &'static str {
        match self {
            Consent::Given => "given",
            Consent::ToBeSought => "to-be-sought",
            Consent::Refused => "refused",
        }
    }

    pub fn parse(code: &str) -> Result<Consent, UnknownCode> {
        Consent::ALL.into_iter().find(|c| c.code() == code).ok_or_else(|| UnknownCode::new("consent", code))
    }

    pub fn label(self) -> &'static str {
        match self {
            Consent::Given => "Agreed to be contacted",
            Consent::ToBeSought => "Not asked yet: we will ask",
            Consent::Refused => "Did not agree",
        }
    }
}

/// How willing the participant is to take part in restorative justice (000 9.2 counts it for
/// victims and offenders).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Willingness {
    Unknown,
    Exploring,
    Agreed,
    Declined,
}

impl Willingness {
    pub const ALL: [Willingness; 4] = [Willingness::Unknown, Willingness::Exploring, Willingness::Agreed, Willingness::Declined];

    pub fn code(self) -> &'static str {
        match self {
            Willingness::Unknown => "unknown",
            Willingness::Exploring => "exploring",
            Willingness::Agreed => "agreed",
            Willingness::Declined => "declined",
        }
    }

    pub fn parse(code: &str) -> Result<Willingness, UnknownCode> {
        Willingness::ALL.into_iter().find(|w| w.code() == code).ok_or_else(|| UnknownCode::new("willingness", code))
    }

    pub fn label(self) -> &'static str {
        match self {
            Willingness::Unknown => "Not known yet",
            Willingness::Exploring => "Willing to explore",
            Willingness::Agreed => "Agreed to take part",
            Willingness::Declined => "Declined",
        }
    }
}

/// Why a participant said no (000 9.2: "reasons for declining", for victims and offenders).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RefusalReason {
    pub code: &'static str,
    pub label: &'static str,
}

const REFUSALS: &[(&str, &str)] = &[
    ("not-ready", "Not ready now"),
    ("moved-on", "Wants to put it behind them"),
    ("fear", "Afraid of meeting, or of what might follow"),
    ("no-point", "Does not see what it would achieve"),
    ("denies", "Denies the harm or their part in it"),
    ("advised-against", "Advised against it (legal or other advice)"),
    ("circumstances", "Health or personal circumstances"),
    ("other", "Another reason (say what)"),
];

impl RefusalReason {
    pub fn all() -> impl Iterator<Item = RefusalReason> {
        REFUSALS.iter().map(|&(code, label)| RefusalReason { code, label })
    }

    pub fn parse(code: &str) -> Result<RefusalReason, UnknownCode> {
        RefusalReason::all().find(|r| r.code == code).ok_or_else(|| UnknownCode::new("refusal reason", code))
    }

    pub fn needs_words(self) -> bool {
        self.code == "other"
    }
}

/// A participant's agreement and willingness as staff record them, with the reason when they
/// say no. Checked by `Stance::check`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stance {
    pub consent: Option<Consent>,
    pub willingness: Option<Willingness>,
    pub refusal: Option<RefusalReason>,
    /// Staff's words: what "other" means, or anything worth keeping about the answer.
    pub note: Option<String>,
}

impl Stance {
    /// Reads the posted codes. An unknown code is an error, never "not recorded"; a "no"
    /// (consent refused, or declined) needs a coded reason, and "other" needs words.
    pub fn check(consent: &str, willingness: &str, refusal: &str, note: &str) -> Result<Stance, Vec<(String, String)>> {
        let mut errors = Vec::new();
        let mut field = |name: &str, message: &str| errors.push((name.to_owned(), message.to_owned()));
        let consent = match consent {
            "" => None,
            c => Consent::parse(c).map_err(|_| field("consent", "Choose one of the answers about agreement")).ok(),
        };
        let willingness = match willingness {
            "" => None,
            w => Willingness::parse(w).map_err(|_| field("willingness", "Choose one of the answers about taking part")).ok(),
        };
        let said_no = consent == Some(Consent::Refused) || willingness == Some(Willingness::Declined);
        let refusal = match refusal {
            "" if said_no => {
                field("refusal", "Choose why they said no");
                None
            }
            "" => None,
            _ if !said_no => {
                field("refusal", "A reason is only for someone who did not agree or declined");
                None
            }
            r => RefusalReason::parse(r).map_err(|_| field("refusal", "Choose why they said no")).ok(),
        };
        let note = Some(note.trim().to_owned()).filter(|n| !n.is_empty());
        if refusal.is_some_and(|r| r.needs_words()) && note.is_none() {
            field("stance-note", "Say what the other reason is");
        }
        if note.as_ref().is_some_and(|n| n.chars().count() > 5000) {
            field("stance-note", "Notes must be 5,000 characters or fewer");
        }
        let nothing = consent.is_none() && willingness.is_none() && refusal.is_none() && note.is_none();
        if nothing && errors.is_empty() {
            errors.push(("willingness".to_owned(), "Choose their answer about agreement or about taking part".to_owned()));
        }
        if errors.is_empty() { Ok(Stance { consent, willingness, refusal, note }) } else { Err(errors) }
    }
}

/// A participant to add to a case: their role, the answers about them in the referral
/// journey's shape, and their consent as the referral records it.
#[derive(Clone, PartialEq, Eq)]
pub struct NewParticipant {
    pub role: Role,
    pub details: Values,
    pub consent: Option<Consent>,
}

// Details are personal data: keep them out of logs.
impl std::fmt::Debug for NewParticipant {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewParticipant").field("role", &self.role).field("consent", &self.consent).finish_non_exhaustive()
    }
}

impl NewParticipant {
    /// Their name, if known.
    pub fn name(&self) -> Option<&str> {
        name_of(self.role, &self.details)
    }
}

pub fn name_of(role: Role, details: &Values) -> Option<&str> {
    first(details, role.name_field())
}

/// What lists and the report read without opening a participant's details, taken from those
/// details: the store writes these columns from here whenever the details are written, so
/// the two never disagree.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Columns<'a> {
    pub name: Option<&'a str>,
    pub age_band: Option<&'a str>,
    pub interpreter: bool,
    pub bsl: bool,
}

impl<'a> Columns<'a> {
    pub fn of(role: Role, details: &'a Values) -> Columns<'a> {
        Columns { name: name_of(role, details), age_band: age_band(details), interpreter: needs_interpreter(details), bsl: needs_bsl(details) }
    }
}

/// What the report and lists read without opening the details: age band and language needs.
pub fn age_band(details: &Values) -> Option<&str> {
    first(details, "age-band")
}

pub fn needs_interpreter(details: &Values) -> bool {
    has(details, "interpreter", "yes")
}

pub fn needs_bsl(details: &Values) -> bool {
    has(details, "bsl", "yes")
}

/// Whether the participant is under 18 (their age band says so).
pub fn under_18(details: &Values) -> bool {
    age_band(details) == Some("under-18")
}

/// The questions staff answer about a participant in this role, in order.
pub fn questions(role: Role) -> Vec<&'static Question> {
    role.steps()
        .iter()
        .filter_map(|slug| referral::JOURNEY.step(slug))
        .flat_map(|s| s.questions_list().iter())
        .collect()
}

/// Checks a participant's details as posted, with the journey's own rules, in the third
/// person. Staff record what they know: only the name is needed (a referrer's too), and a
/// blank answer is "not known yet"; what is typed must still be valid (a phone number, an
/// e-mail address, one of the options).
pub fn check_details(role: Role, posted: &Values, ctx: RuleContext) -> Result<Values, Vec<FieldError>> {
    let mut accepted = Values::new();
    let mut errors = Vec::new();
    for slug in role.steps() {
        let Some(step) = referral::JOURNEY.step(slug) else { continue };
        match validate_known(step, posted, posted, Voice::Them, ctx) {
            Ok(v) => accepted.extend(v),
            Err(e) => errors.extend(e),
        }
    }
    if first(posted, role.name_field()).is_none() && !errors.iter().any(|e| e.field == role.name_field()) {
        errors.insert(0, FieldError::new(role.name_field(), format!("{}-error", question_message(role))));
    }
    if errors.is_empty() { Ok(accepted) } else { Err(errors) }
}

fn question_message(role: Role) -> String {
    questions(role)
        .into_iter()
        .find(|q| q.name == role.name_field())
        .map(|q| q.message(Voice::Them))
        .unwrap_or_else(|| format!("q-{}", role.name_field()))
}

/// The participants a referral's answers describe: the person it is about (harmed, or who
/// caused harm, by their connection), and the professional who referred them.
pub fn from_referral(answers: &Values) -> Vec<NewParticipant> {
    let role = if has(answers, "connection", "caused-harm") { Role::CausedHarm } else { Role::Harmed };
    let consent = if referral::consent_to_be_sought(answers) { Consent::ToBeSought } else { Consent::Given };
    let pick = |role: Role| {
        let names: Vec<&str> = questions(role).iter().map(|q| q.name).collect();
        answers.iter().filter(|(k, _)| names.contains(&k.as_str())).map(|(k, v)| (k.clone(), v.clone())).collect::<Values>()
    };
    let mut people = vec![NewParticipant { role, details: pick(role), consent: Some(consent) }];
    if has(answers, "for-whom", "someone-else") && first(answers, "referrer-name").is_some() {
        people.push(NewParticipant { role: Role::Referrer, details: pick(Role::Referrer), consent: None });
    }
    people
}

/// What the people recorded in a case tell screening (000 5.10: more than three people harmed
/// or causing harm, vulnerable participants; 000 5.4 and 5.11: someone under 18; 000 5.8:
/// interpreters and adjustments), beside what the referral's answers said. A referrer does not
/// take part, so does not count.
pub fn facts<'a>(people: impl IntoIterator<Item = (Role, &'a Values)>) -> Facts {
    let mut f = Facts::default();
    let (mut harmed, mut caused) = (0, 0);
    for (role, details) in people {
        match role {
            Role::Referrer => continue,
            Role::Harmed => harmed += 1,
            Role::CausedHarm => caused += 1,
            Role::Supporter => {}
        }
        let young = under_18(details);
        f.under_18_involved |= young;
        f.under_18_caused_harm |= young && role == Role::CausedHarm;
        f.vulnerable |= ["learning-disability", "mental-health"].iter().any(|n| has(details, "access", n));
        f.interpreter_or_access |= needs_interpreter(details) || needs_bsl(details) || details.get("access").is_some_and(|a| !a.is_empty());
    }
    f.more_than_three_harmed = harmed > 3;
    f.more_than_three_caused_harm = caused > 3;
    f
}

/// Optional equality answers about a participant (the GSS questions the public form asks;
/// their age band is in their details). Only managers see them; "prefer not to say" is always
/// an answer.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EqualityAnswers {
    pub sex: Option<String>,
    pub gender_same: Option<String>,
    pub ethnicity: Option<String>,
    pub disability: Option<String>,
}

/// The equality questions staff may ask a participant: (field, the public form's question,
/// its codes).
pub const EQUALITY_FIELDS: [(&str, &str, &[&str]); 4] = [
    ("eq-sex", "q-eq-sex", crate::equality::SEX),
    ("eq-gender-same", "q-eq-gender-same", crate::equality::GENDER_SAME),
    ("eq-ethnicity", "q-eq-ethnicity", crate::equality::ETHNICITY),
    ("eq-disability", "q-eq-disability", crate::equality::DISABILITY),
];

impl EqualityAnswers {
    /// Reads the posted codes; an unknown one is an error (field, words).
    pub fn check(posted: &Values) -> Result<EqualityAnswers, Vec<(String, String)>> {
        let mut errors = Vec::new();
        let mut values = EQUALITY_FIELDS.iter().map(|(field, _, codes)| match first(posted, field) {
            None => None,
            Some(v) if codes.contains(&v) => Some(v.to_owned()),
            Some(_) => {
                errors.push(((*field).to_owned(), "Choose one of the answers".to_owned()));
                None
            }
        });
        let answers = EqualityAnswers {
            sex: values.next().flatten(),
            gender_same: values.next().flatten(),
            ethnicity: values.next().flatten(),
            disability: values.next().flatten(),
        };
        if errors.is_empty() { Ok(answers) } else { Err(errors) }
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        match field {
            "eq-sex" => self.sex.as_deref(),
            "eq-gender-same" => self.gender_same.as_deref(),
            "eq-ethnicity" => self.ethnicity.as_deref(),
            "eq-disability" => self.disability.as_deref(),
            _ => None,
        }
    }

    /// Read back from the store: a code that is not one of the question's is an error.
    pub fn validated(self) -> Result<EqualityAnswers, UnknownCode> {
        for (field, _, codes) in EQUALITY_FIELDS {
            if let Some(v) = self.get(field)
                && !codes.contains(&v)
            {
                return Err(UnknownCode::new("equality answer", v));
            }
        }
        Ok(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CTX: RuleContext = RuleContext { current_year: 2026, current_month: 12 };

    fn values(pairs: &[(&str, &str)]) -> Values {
        let mut v = Values::new();
        for (k, x) in pairs {
            v.entry((*k).to_owned()).or_default().push((*x).to_owned());
        }
        v
    }

    #[test]
    fn codes_round_trip_and_unknown_codes_are_errors() {
        for r in Role::ALL {
            assert_eq!(Role::parse(r.code()), Ok(r));
        }
        for c in Consent::ALL {
            assert_eq!(Consent::parse(c.code()), Ok(c));
        }
        for w in Willingness::ALL {
            assert_eq!(Willingness::parse(w.code()), Ok(w));
        }
        for r in RefusalReason::all() {
            assert_eq!(RefusalReason::parse(r.code), Ok(r));
        }
        assert!(Role::parse("victim").is_err());
        assert!(Consent::parse("").is_err());
        assert!(Willingness::parse("maybe").is_err());
        assert!(RefusalReason::parse("because").is_err());
    }

    #[test]
    fn a_self_referral_makes_its_person_a_participant_by_their_connection() {
        let answers = values(&[
            ("for-whom", "me"),
            ("connection", "caused-harm"),
            ("name", "Sam"),
            ("age-band", "18-24"),
            ("story", "private words"),
            ("contact-ways", "phone"),
            ("phone", "07700 900123"),
            ("interpreter", "yes"),
        ]);
        let people = from_referral(&answers);
        assert_eq!(people.len(), 1);
        assert_eq!(people[0].role, Role::CausedHarm);
        assert_eq!(people[0].name(), Some("Sam"));
        assert_eq!(people[0].consent, Some(Consent::Given));
        assert!(needs_interpreter(&people[0].details));
        assert!(people[0].details.get("story").is_none(), "their story stays with the referral");
    }

    #[test]
    fn a_police_referral_not_yet_asked_has_a_referrer_and_consent_to_be_sought() {
        let answers = values(&[
            ("for-whom", "someone-else"),
            ("relationship", "professional"),
            ("organisation-type", "police"),
            ("organisation-name", "West Midlands Police"),
            ("referrer-name", "PC Khan"),
            ("referrer-email", "khan@police.example"),
            ("agreed", "not-asked"),
            ("connection", "harmed"),
            ("name", "Pat"),
        ]);
        let people = from_referral(&answers);
        assert_eq!(people.iter().map(|p| p.role).collect::<Vec<_>>(), [Role::Harmed, Role::Referrer]);
        assert_eq!(people[0].consent, Some(Consent::ToBeSought));
        assert_eq!(people[1].name(), Some("PC Khan"));
        assert_eq!(people[1].consent, None, "a referrer does not take part");
        assert_eq!(first(&people[1].details, "referrer-email"), Some("khan@police.example"));
        assert!(people[1].details.get("agreed").is_none());
    }

    #[test]
    fn staff_record_what_they_know_but_what_they_type_must_be_valid() {
        let ok = check_details(Role::CausedHarm, &values(&[("name", "Alex")]), CTX).expect("a name is enough");
        assert_eq!(name_of(Role::CausedHarm, &ok), Some("Alex"));
        let errors = check_details(Role::Harmed, &values(&[("age-band", "18-24")]), CTX).unwrap_err();
        assert_eq!(errors.iter().map(|e| e.field.as_str()).collect::<Vec<_>>(), ["name"]);
        assert_eq!(errors[0].message, "q-name-them-error");
        let errors = check_details(
            Role::Harmed,
            &values(&[("name", "Pat"), ("contact-ways", "phone"), ("phone", "not a number"), ("age-band", "ancient")]),
            CTX,
        )
        .unwrap_err();
        let mut fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        fields.sort_unstable();
        assert_eq!(fields, ["age-band", "phone"]);
        let ok = check_details(
            Role::Supporter,
            &values(&[("name", "Jo"), ("contact-ways", "phone"), ("phone", "0121 496 0000"), ("bsl", "yes")]),
            CTX,
        )
        .unwrap();
        assert_eq!(first(&ok, "phone"), Some("0121 496 0000"));
        assert!(needs_bsl(&ok));
        assert!(!under_18(&ok));
    }

    #[test]
    fn a_referrer_is_named_and_reachable_and_nothing_else_is_kept() {
        let ok = check_details(
            Role::Referrer,
            &values(&[("referrer-name", "Jo"), ("referrer-email", "jo@probation.example"), ("name", "stray")]),
            CTX,
        )
        .unwrap();
        assert_eq!(name_of(Role::Referrer, &ok), Some("Jo"));
        assert!(ok.get("name").is_none());
        assert!(check_details(Role::Referrer, &values(&[("referrer-email", "jo@probation.example")]), CTX).is_err());
        let errors = check_details(Role::Referrer, &values(&[("referrer-name", "Jo"), ("referrer-email", "nope")]), CTX).unwrap_err();
        assert_eq!(errors[0].field, "referrer-email");
    }

    #[test]
    fn saying_no_needs_a_coded_reason_and_other_needs_words() {
        let s = Stance::check("given", "declined", "not-ready", "").unwrap();
        assert_eq!(s.willingness, Some(Willingness::Declined));
        assert_eq!(s.refusal.map(|r| r.code), Some("not-ready"));
        let fields = |r: Result<Stance, Vec<(String, String)>>| r.unwrap_err().into_iter().map(|(f, _)| f).collect::<Vec<_>>();
        assert_eq!(fields(Stance::check("refused", "", "", "")), ["refusal"]);
        assert_eq!(fields(Stance::check("given", "declined", "other", " ")), ["stance-note"]);
        assert_eq!(fields(Stance::check("given", "agreed", "fear", "")), ["refusal"], "no reason for a yes");
        assert_eq!(fields(Stance::check("perhaps", "", "", "")), ["consent"]);
        assert_eq!(fields(Stance::check("", "", "", "")), ["willingness"]);
        assert!(Stance::check("", "exploring", "", "").is_ok());
    }

    #[test]
    fn the_people_in_a_case_screen_it_by_000_5_10_and_5_4() {
        use crate::domain::screening::{Flag, flags};
        let person = |pairs: &[(&str, &str)]| values(pairs);
        let adult = person(&[("name", "A"), ("age-band", "35-44")]);
        let child = person(&[("name", "C"), ("age-band", "under-18")]);
        let needs = person(&[("name", "N"), ("access", "learning-disability")]);
        // 000 5.10: more than three people harmed makes it complex; three do not.
        let three: Vec<(Role, &Values)> = vec![(Role::Harmed, &adult); 3];
        assert!(!flags(&facts(three.clone())).contains(&Flag::Complex));
        let mut four = three;
        four.push((Role::Harmed, &adult));
        assert!(flags(&facts(four)).contains(&Flag::Complex), "000 5.10: more than three harmed");
        let harmers: Vec<(Role, &Values)> = vec![(Role::CausedHarm, &adult); 4];
        assert!(flags(&facts(harmers)).contains(&Flag::Complex), "000 5.10: more than three caused harm");
        // 000 5.4, 5.11: someone under 18 (a young person who caused harm is for the YOT).
        let young = facts([(Role::CausedHarm, &child)]);
        assert!(young.under_18_involved && young.under_18_caused_harm);
        assert!(flags(&young).contains(&Flag::Under18));
        assert!(!facts([(Role::Supporter, &child)]).under_18_caused_harm);
        // 000 5.10: a vulnerable participant makes it sensitive and complex; 000 5.8: adjustments.
        let found = flags(&facts([(Role::Harmed, &needs)]));
        for flag in [Flag::Sensitive, Flag::Complex, Flag::InterpreterOrAccess] {
            assert!(found.contains(&flag), "{flag:?} in {found:?}");
        }
        // A referrer is not a participant in the process.
        assert_eq!(facts([(Role::Referrer, &child)]), Facts::default());
    }

    #[test]
    fn equality_answers_accept_the_public_forms_codes_and_prefer_not_to_say() {
        let ok = EqualityAnswers::check(&values(&[("eq-sex", "prefer-not"), ("eq-ethnicity", "asian-pakistani")])).unwrap();
        assert_eq!(ok.sex.as_deref(), Some("prefer-not"));
        assert_eq!(ok.disability, None);
        for (_, _, codes) in EQUALITY_FIELDS {
            assert!(codes.contains(&"prefer-not"), "prefer not to say is always there");
        }
        let errors = EqualityAnswers::check(&values(&[("eq-disability", "sometimes")])).unwrap_err();
        assert_eq!(errors[0].0, "eq-disability");
        assert!(EqualityAnswers { ethnicity: Some("martian".into()), ..Default::default() }.validated().is_err());
    }
}
