//! Staff intake: a referral that reached us by phone, e-mail, letter, in person or on a
//! partner's form, entered by staff (000 5.5: the service is the single point of contact).
//! Staff fill in the referral journey's own questions, in the third person (`Voice::Them`),
//! on one page, plus how it came to us, who referred, and whether the person has agreed. The
//! answers are the same shape as a public referral's, so screening, deadlines, the queue and
//! the case page treat both alike.

use crate::{
    i18n::Lang,
    journey::{
        FieldError, Question, StepKind, TextRule, Values, Voice, first,
        validate::{RuleContext, check_text, validate_step},
    },
    referral,
};

/// How the referral reached us.
pub const CHANNELS: [(&str, &str); 5] = [
    ("phone", "Phone call"),
    ("email", "E-mail"),
    ("letter", "Letter"),
    ("in-person", "In person"),
    ("partner-form", "A partner's referral form"),
];

/// Who referred (000 9.2 counts referrals by source): the person themselves, or one of the
/// organisations a professional can choose on the website (`referral::ORGANISATIONS`).
pub const SELF: &str = "self";

fn is_source(code: &str) -> bool {
    code == SELF || referral::ORGANISATIONS.contains(&code)
}

/// Whether the person referred has agreed. "Not asked yet" is for the police only: we then
/// contact the person on the police's behalf and ask (000 5.5, 5.6).
pub const AGREEMENT: [(&str, &str); 2] = [
    ("yes", "Yes, they have agreed to this referral"),
    ("not-asked", "Not asked yet: we will ask them (police referrals only)"),
];

/// The referral journey's question pages staff fill in, in order, with the heading each has
/// on the intake page. The public journey's first pages (who it is for, on whose behalf, the
/// referrer, their agreement) are the intake's own fields.
pub const SECTIONS: [(&str, &str); 12] = [
    ("connection", "Their connection to what happened"),
    ("what-happened", "What happened"),
    ("when", "When it happened"),
    ("police", "Police and court"),
    ("where", "Where"),
    ("other-person", "The other people involved"),
    ("own-words", "In their words"),
    ("about-you", "About the person"),
    ("contact", "How to contact them"),
    ("contact-safety", "Keeping contact safe"),
    ("needs", "What they need from us"),
    ("safe-now", "Their safety now"),
];

/// The questions of one section.
pub fn section_questions(slug: &str) -> &'static [Question] {
    referral::JOURNEY.step(slug).map(|s| s.questions_list()).unwrap_or(&[])
}

/// A form's problems: on the intake's own fields (field id, words) and on the journey's
/// questions (Fluent ids, shown in English beside each question).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IntakeErrors {
    pub own: Vec<(String, String)>,
    pub questions: Vec<FieldError>,
}

impl IntakeErrors {
    pub fn is_empty(&self) -> bool {
        self.own.is_empty() && self.questions.is_empty()
    }
}

/// A checked intake: the answers to store (the shape of a public referral's) and the language
/// for letters and e-mails to the person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Intake {
    pub answers: Values,
    pub lang: Lang,
}

fn code_of(list: &[(&str, &str)], value: Option<&str>) -> Option<String> {
    value.filter(|v| list.iter().any(|(c, _)| c == v)).map(str::to_owned)
}

/// Checks everything posted. Sections the answers do not lead to, and questions that do not
/// apply (a crime reference for a crime not reported), are dropped, as the public journey
/// drops them.
pub fn check(posted: &Values, ctx: RuleContext) -> Result<Intake, IntakeErrors> {
    let mut errors = IntakeErrors::default();
    let mut own = |field: &str, message: &str| errors.own.push((field.to_owned(), message.to_owned()));
    let mut base = Values::new();
    let mut set = |name: &str, value: String| {
        base.insert(name.to_owned(), vec![value]);
    };

    match code_of(&CHANNELS, first(posted, "channel")) {
        Some(c) => set("channel", c),
        None => own("channel", "Choose how the referral reached us"),
    }
    let source = first(posted, "organisation-type").filter(|c| is_source(c)).map(str::to_owned);
    match &source {
        Some(s) => set("organisation-type", s.clone()),
        None => own("organisation-type", "Choose who referred"),
    }
    let lang = match first(posted, "lang").and_then(Lang::from_code).filter(|l| Lang::ALL.contains(l)) {
        Some(l) => l,
        None => {
            own("lang", "Choose the language for letters and e-mails to the person");
            Lang::En
        }
    };
    let by_self = source.as_deref() == Some(SELF);
    set("for-whom", if by_self { "me" } else { "someone-else" }.to_owned());
    if !by_self {
        set("relationship", "professional".to_owned());
        if let Some(name) = first(posted, "organisation-name") {
            match check_text(TextRule::Plain, name.trim(), ctx) {
                Ok(v) => set("organisation-name", v),
                Err(_) => own("organisation-name", "The organisation's name must be 200 characters or fewer"),
            }
        }
        match first(posted, "referrer-name").map(|n| check_text(TextRule::Name, n.trim(), ctx)) {
            Some(Ok(v)) => set("referrer-name", v),
            Some(Err(_)) => own("referrer-name", "The referrer's name must be 100 characters or fewer"),
            None => own("referrer-name", "Enter the referrer's name"),
        }
        let phone = first(posted, "referrer-phone").map(|p| check_text(TextRule::Phone, p.trim(), ctx));
        let email = first(posted, "referrer-email").map(|e| check_text(TextRule::Email, e.trim(), ctx));
        match &phone {
            Some(Ok(v)) => set("referrer-phone", v.clone()),
            Some(Err(_)) => own("referrer-phone", "Enter the referrer's phone number, like 0121 496 0000"),
            None => {}
        }
        match &email {
            Some(Ok(v)) => set("referrer-email", v.clone()),
            Some(Err(_)) => own("referrer-email", "Enter the referrer's e-mail address, like name@example.org"),
            None => {}
        }
        if phone.is_none() && email.is_none() {
            own("referrer-phone", "Enter the referrer's phone number or e-mail address, so we can update them");
        }
        match code_of(&AGREEMENT, first(posted, "agreed")) {
            Some(a) if a == "not-asked" && source.as_deref().is_some_and(|s| s != "police") => own(
                "agreed",
                "Only the police can refer someone who has not agreed yet. Ask the referrer to get their agreement first",
            ),
            Some(a) => set("agreed", a),
            None => own("agreed", "Choose whether the person has agreed"),
        }
    }

    // The journey's own pages, in the order its route gives for these answers.
    let mut combined = base.clone();
    for (k, v) in posted {
        combined.entry(k.clone()).or_insert_with(|| v.clone());
    }
    let mut answers = base.clone();
    let route = referral::route(&combined);
    for (slug, _) in SECTIONS {
        if !route.contains(&slug) {
            continue;
        }
        let Some(step) = referral::JOURNEY.step(slug) else { continue };
        if !matches!(step.kind, StepKind::Questions(_)) {
            continue;
        }
        match validate_step(step, posted, &combined, Voice::Them, ctx) {
            Ok(accepted) => answers.extend(accepted),
            Err(e) => errors.questions.extend(e),
        }
    }
    if errors.is_empty() { Ok(Intake { answers, lang }) } else { Err(errors) }
}

/// A call back's answers as a start for the referral it becomes: who to call and how, and
/// their language needs.
pub fn from_call_back(answers: &Values) -> Values {
    let mut v = Values::new();
    for name in ["name", "phone", "voicemail-ok", "language", "interpreter"] {
        if let Some(value) = answers.get(name) {
            v.insert(name.to_owned(), value.clone());
        }
    }
    if first(answers, "phone").is_some() {
        v.insert("contact-ways".into(), vec!["phone".into()]);
    }
    v.insert("channel".into(), vec!["phone".into()]);
    v.insert("organisation-type".into(), vec!["self".into()]);
    v
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

    const PERSON: &[(&str, &str)] = &[
        ("connection", "harmed"),
        ("crime-type", "burglary"),
        ("when", "not-sure"),
        ("reported", "no"),
        ("stage", "not-reported"),
        ("area-happened", "walsall"),
        ("area-lives", "walsall"),
        ("other-age", "adult"),
        ("other-known", "yes"),
        ("how-many", "one"),
        ("name", "Pat"),
        ("age-band", "35-44"),
        ("contact-ways", "phone"),
        ("phone", "07700 900123"),
        ("voicemail-ok", "no"),
        ("interpreter", "no"),
        ("bsl", "no"),
        ("support-person", "no"),
        ("safe-now", "yes"),
    ];

    #[test]
    fn a_police_referral_not_yet_agreed_is_taken_and_flagged_for_us_to_ask() {
        let mut pairs = vec![
            ("channel", "email"),
            ("organisation-type", "police"),
            ("lang", "pl"),
            ("referrer-name", "PC Khan"),
            ("referrer-email", "khan@police.example"),
            ("agreed", "not-asked"),
        ];
        pairs.extend_from_slice(PERSON);
        let intake = check(&values(&pairs), CTX).expect("accepted");
        assert_eq!(intake.lang, Lang::Pl);
        assert!(referral::consent_to_be_sought(&intake.answers), "the journey's own rule sees it");
        let facts = referral::facts(&intake.answers);
        assert!(facts.consent_to_be_sought && facts.sent_on_behalf);
        assert_eq!(first(&intake.answers, "channel"), Some("email"));
    }

    #[test]
    fn only_the_police_may_leave_the_asking_to_us_and_a_referrer_needs_a_way_to_reach_them() {
        let mut pairs = vec![("channel", "phone"), ("organisation-type", "probation"), ("lang", "en"), ("referrer-name", "Jo"), ("agreed", "not-asked")];
        pairs.extend_from_slice(PERSON);
        let errors = check(&values(&pairs), CTX).unwrap_err();
        let fields: Vec<&str> = errors.own.iter().map(|(f, _)| f.as_str()).collect();
        assert_eq!(fields, ["referrer-phone", "agreed"]);
    }

    #[test]
    fn questions_are_checked_in_the_third_person_and_answers_that_do_not_apply_are_dropped() {
        let posted = values(&[
            ("channel", "phone"),
            ("organisation-type", "self"),
            ("lang", "en"),
            ("connection", "harmed"),
            ("crime-type", "burglary"),
            ("when", "not-sure"),
            ("reported", "no"),
        ]);
        let errors = check(&posted, CTX).unwrap_err();
        assert!(errors.own.is_empty(), "{:?}", errors.own);
        let safe = errors.questions.iter().find(|e| e.field == "safe-now").expect("safe-now is required");
        assert_eq!(safe.message, "q-safe-now-them-error");
        let mut pairs = vec![("channel", "phone"), ("organisation-type", "self"), ("lang", "en"), ("crime-reference", "20/123456/26")];
        pairs.extend_from_slice(PERSON);
        let intake = check(&values(&pairs), CTX).unwrap();
        assert!(intake.answers.get("crime-reference").is_none(), "not reported: no crime reference is kept");
        assert!(intake.answers.get("referrer-name").is_none());
        assert_eq!(first(&intake.answers, "for-whom"), Some("me"));
    }

    #[test]
    fn unknown_codes_are_errors_not_defaults() {
        let errors = check(&values(&[("channel", "pigeon"), ("organisation-type", "mi5"), ("lang", "xx")]), CTX).unwrap_err();
        let fields: Vec<&str> = errors.own.iter().map(|(f, _)| f.as_str()).collect();
        assert_eq!(&fields[..3], ["channel", "organisation-type", "lang"]);
    }

    #[test]
    fn a_call_back_starts_the_referral_it_becomes() {
        let v = from_call_back(&values(&[("name", "Sam"), ("phone", "07700 900123"), ("call-reason", "private words")]));
        assert_eq!(first(&v, "contact-ways"), Some("phone"));
        assert_eq!(first(&v, "name"), Some("Sam"));
        assert!(v.get("call-reason").is_none(), "only what the referral asks for");
    }
}
