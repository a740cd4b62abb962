//! Screening: which flags a request carries and why, by the service specification. Pure, and
//! tested as a table whose rows name the clause they cover.
//!
//! The specification (seed 000, section 5.10) names two kinds of case that only specially
//! trained practitioners may handle:
//! - **sensitive**: actual or threatened serious or sexual violence; vulnerable participants
//!   (disability, age, mental impairment); domestic abuse; risk of continuing harm. Hate crime
//!   and a death are named sensitive elsewhere in the same documents (000 section 3; 001 3.3).
//! - **complex**: harm that went on over more than three years (how long it lasted, not how
//!   long ago it was); more than three people harmed or causing harm; vulnerable participants;
//!   risk of continuing harm; several agencies involved.
//!
//! Section 5.2 sets the area (the seven local authorities); 5.4 puts anti-social behaviour
//! and harm that is not a crime out of scope and sends under-18s who caused harm to the Youth
//! Offending Team first. "Not safe now" making a case urgent is this service's own rule: the
//! person is contacted by the end of the next working day, not within the usual five.
//!
//! A request's [`Facts`] come from whatever took it in (the public journeys, staff intake); the
//! rules here do not know where from.

use std::fmt;

/// What staff see at a glance in the queue. Each is stored by its code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Flag {
    /// Not safe now: contact by the end of the next working day, top of the queue.
    Urgent,
    /// Specialists only (000 5.10).
    Sensitive,
    /// Specialists only (000 5.10).
    Complex,
    Under18,
    /// The offence happened outside the seven areas: not routinely accepted (000 5.2).
    OutsideArea,
    /// Someone lives in another force area: agree with that area's provider who leads (000 5.2).
    AnotherArea,
    OutOfScope,
    OffenderInitiated,
    OnBehalf,
    /// A police referral whose person has not been asked yet: we ask them first (000 5.6).
    ConsentToBeSought,
    InterpreterOrAccess,
    /// The form's hidden field was filled in: probably a robot. Kept, never dropped.
    SuspectedSpam,
}

/// A code that is not one of ours, read from storage or a form: an error, never a default.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what} code {code:?}")]
pub struct UnknownCode {
    pub what: &'static str,
    pub code: String,
}

impl UnknownCode {
    pub fn new(what: &'static str, code: &str) -> Self {
        Self { what, code: code.chars().take(40).collect() }
    }
}

impl Flag {
    pub const ALL: [Flag; 12] = [
        Flag::Urgent,
        Flag::Sensitive,
        Flag::Complex,
        Flag::Under18,
        Flag::OutsideArea,
        Flag::AnotherArea,
        Flag::OutOfScope,
        Flag::OffenderInitiated,
        Flag::OnBehalf,
        Flag::ConsentToBeSought,
        Flag::InterpreterOrAccess,
        Flag::SuspectedSpam,
    ];

    /// Stored in the database; stable.
    pub fn code(self) -> &'static str {
        match self {
            Flag::Urgent => "urgent",
            Flag::Sensitive => "sensitive",
            Flag::Complex => "complex",
            Flag::Under18 => "under-18",
            Flag::OutsideArea => "outside-area",
            Flag::AnotherArea => "another-area",
            Flag::OutOfScope => "out-of-scope",
            Flag::OffenderInitiated => "offender-initiated",
            Flag::OnBehalf => "on-behalf",
            Flag::ConsentToBeSought => "consent-to-be-sought",
            Flag::InterpreterOrAccess => "interpreter-or-access",
            Flag::SuspectedSpam => "suspected-spam",
        }
    }

    pub fn parse(code: &str) -> Result<Flag, UnknownCode> {
        Flag::ALL.into_iter().find(|f| f.code() == code).ok_or_else(|| UnknownCode::new("flag", code))
    }

    /// Staff words.
    pub fn label(self) -> &'static str {
        match self {
            Flag::Urgent => "Urgent",
            Flag::Sensitive => "Sensitive",
            Flag::Complex => "Complex",
            Flag::Under18 => "Under 18",
            Flag::OutsideArea => "Outside area",
            Flag::AnotherArea => "Another area involved",
            Flag::OutOfScope => "Possibly out of scope",
            Flag::OffenderInitiated => "Person who caused harm",
            Flag::OnBehalf => "On someone's behalf",
            Flag::ConsentToBeSought => "Consent to be sought",
            Flag::InterpreterOrAccess => "Interpreter or access needs",
            Flag::SuspectedSpam => "Suspected spam",
        }
    }

    /// What the flag asks of staff.
    pub fn meaning(self) -> &'static str {
        match self {
            Flag::Urgent => "Not safe now: contact by the end of the next working day.",
            Flag::Sensitive => "Only a specialist practitioner may take or be given this case.",
            Flag::Complex => "Only a specialist practitioner may take or be given this case.",
            Flag::Under18 => "Someone involved is under 18: arrange support; if they caused the harm, talk to the Youth Offending Team first.",
            Flag::OutsideArea => "The offence happened outside the West Midlands: not routinely accepted; pass to that area's provider.",
            Flag::AnotherArea => "Someone lives in another force area: agree with that area's provider who leads.",
            Flag::OutOfScope => "May be anti-social behaviour or not a crime: check, then signpost kindly.",
            Flag::OffenderInitiated => "The person who caused harm asked: the person harmed must agree freely.",
            Flag::OnBehalf => "Sent by someone else with the person's agreement.",
            Flag::ConsentToBeSought => "The police referred someone who has not been asked yet: contact them, ask whether they want our help, and record their answer (remove this flag with it) before anything else.",
            Flag::InterpreterOrAccess => "Needs an interpreter or other adjustments.",
            Flag::SuspectedSpam => "The form's hidden field was filled in: check before contact.",
        }
    }

    /// Sensitive and complex cases go to specialists only (000 5.10).
    pub fn needs_specialist(self) -> bool {
        matches!(self, Flag::Sensitive | Flag::Complex)
    }
}

impl fmt::Display for Flag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Whether any of these flags keeps a case for specialists.
pub fn needs_specialist(flags: &[Flag]) -> bool {
    flags.iter().any(|f| f.needs_specialist())
}

/// What screening needs to know about a request, whoever took it in. Each field is a plain
/// fact; the rules below decide what it means.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Facts {
    /// Violence against a person, actual or threatened.
    pub violence: bool,
    pub sexual_violence: bool,
    pub domestic_abuse: bool,
    pub hate_crime: bool,
    /// Someone died (the person asking is bereaved).
    pub death: bool,
    /// Someone involved needs extra care to take part safely (disability, age, mental health).
    pub vulnerable: bool,
    /// The harm is still happening, or the person fears it will happen again.
    pub continuing_harm: bool,
    /// The person is not safe now, or not sure.
    pub not_safe_now: bool,
    /// The harm went on for more than three years.
    pub harm_over_three_years: bool,
    pub more_than_three_harmed: bool,
    pub more_than_three_caused_harm: bool,
    /// Other services are involved besides the police.
    pub several_agencies: bool,
    pub under_18_involved: bool,
    /// The person who caused the harm is under 18.
    pub under_18_caused_harm: bool,
    /// The offence happened outside the seven areas.
    pub offence_outside_area: bool,
    /// Someone involved lives outside the seven areas.
    pub lives_outside_area: bool,
    pub anti_social_behaviour: bool,
    pub not_a_crime: bool,
    pub caused_harm_asked: bool,
    pub sent_on_behalf: bool,
    /// A police officer referred someone who has not been asked yet.
    pub consent_to_be_sought: bool,
    pub interpreter_or_access: bool,
    pub suspected_spam: bool,
}


impl Facts {
    /// What either set of facts says: a fact known from the referral's answers or from the
    /// people staff recorded later holds for the case.
    pub fn or(&self, other: &Facts) -> Facts {
        Facts {
            violence: self.violence || other.violence,
            sexual_violence: self.sexual_violence || other.sexual_violence,
            domestic_abuse: self.domestic_abuse || other.domestic_abuse,
            hate_crime: self.hate_crime || other.hate_crime,
            death: self.death || other.death,
            vulnerable: self.vulnerable || other.vulnerable,
            continuing_harm: self.continuing_harm || other.continuing_harm,
            not_safe_now: self.not_safe_now || other.not_safe_now,
            harm_over_three_years: self.harm_over_three_years || other.harm_over_three_years,
            more_than_three_harmed: self.more_than_three_harmed || other.more_than_three_harmed,
            more_than_three_caused_harm: self.more_than_three_caused_harm || other.more_than_three_caused_harm,
            several_agencies: self.several_agencies || other.several_agencies,
            under_18_involved: self.under_18_involved || other.under_18_involved,
            under_18_caused_harm: self.under_18_caused_harm || other.under_18_caused_harm,
            offence_outside_area: self.offence_outside_area || other.offence_outside_area,
            lives_outside_area: self.lives_outside_area || other.lives_outside_area,
            anti_social_behaviour: self.anti_social_behaviour || other.anti_social_behaviour,
            not_a_crime: self.not_a_crime || other.not_a_crime,
            caused_harm_asked: self.caused_harm_asked || other.caused_harm_asked,
            sent_on_behalf: self.sent_on_behalf || other.sent_on_behalf,
            consent_to_be_sought: self.consent_to_be_sought || other.consent_to_be_sought,
            interpreter_or_access: self.interpreter_or_access || other.interpreter_or_access,
            suspected_spam: self.suspected_spam || other.suspected_spam,
        }
    }
}

/// Why a flag was set: the fact behind it, in staff words, with the clause it comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Reason {
    Violence,
    SexualViolence,
    DomesticAbuse,
    HateCrime,
    Death,
    Vulnerable,
    ContinuingHarm,
    NotSafeNow,
    HarmOverThreeYears,
    MoreThanThreeHarmed,
    MoreThanThreeCausedHarm,
    SeveralAgencies,
    Under18Involved,
    OffenceOutsideArea,
    LivesInAnotherArea,
    AntiSocialBehaviour,
    NotACrime,
    CausedHarmAsked,
    SentOnBehalf,
    ConsentUnknown,
    InterpreterOrAccess,
    SuspectedSpam,
}

/// One rule: when it applies, which flags it sets, and where the specification says so.
pub struct Rule {
    pub reason: Reason,
    pub applies: fn(&Facts) -> bool,
    pub flags: &'static [Flag],
    /// Staff words for the fact.
    pub words: &'static str,
    /// The source: a clause of seed 000 (the service specification), or "service rule".
    pub source: &'static str,
}

use Flag::*;

/// Every rule, in the order staff read the reasons.
pub const RULES: &[Rule] = &[
    Rule { reason: Reason::NotSafeNow, applies: |f| f.not_safe_now, flags: &[Urgent, Sensitive], words: "Said they are not safe now, or not sure", source: "service rule (urgent); 000 5.10 (risk of continuing harm)" },
    Rule { reason: Reason::Violence, applies: |f| f.violence, flags: &[Sensitive], words: "Violence, actual or threatened", source: "000 5.10" },
    Rule { reason: Reason::SexualViolence, applies: |f| f.sexual_violence, flags: &[Sensitive], words: "Sexual violence", source: "000 5.10" },
    Rule { reason: Reason::DomesticAbuse, applies: |f| f.domestic_abuse, flags: &[Sensitive], words: "Domestic abuse", source: "000 5.10" },
    Rule { reason: Reason::HateCrime, applies: |f| f.hate_crime, flags: &[Sensitive], words: "Hate crime", source: "000 3; 001 3.3" },
    Rule { reason: Reason::Death, applies: |f| f.death, flags: &[Sensitive], words: "Someone died", source: "000 3" },
    Rule { reason: Reason::Vulnerable, applies: |f| f.vulnerable, flags: &[Sensitive, Complex], words: "Someone involved may be vulnerable (age, disability or mental health)", source: "000 5.10" },
    Rule { reason: Reason::ContinuingHarm, applies: |f| f.continuing_harm, flags: &[Sensitive, Complex], words: "The harm may still be going on or happen again", source: "000 5.10" },
    Rule { reason: Reason::HarmOverThreeYears, applies: |f| f.harm_over_three_years, flags: &[Complex], words: "The harm went on for more than three years", source: "000 5.10" },
    Rule { reason: Reason::MoreThanThreeHarmed, applies: |f| f.more_than_three_harmed, flags: &[Complex], words: "More than three people were harmed", source: "000 5.10" },
    Rule { reason: Reason::MoreThanThreeCausedHarm, applies: |f| f.more_than_three_caused_harm, flags: &[Complex], words: "More than three people caused the harm", source: "000 5.10" },
    Rule { reason: Reason::SeveralAgencies, applies: |f| f.several_agencies, flags: &[Complex], words: "Other services are involved", source: "000 5.10" },
    Rule { reason: Reason::Under18Involved, applies: |f| f.under_18_involved || f.under_18_caused_harm, flags: &[Under18], words: "Someone involved is under 18", source: "000 5.4, 5.11" },
    Rule { reason: Reason::OffenceOutsideArea, applies: |f| f.offence_outside_area, flags: &[OutsideArea], words: "The offence happened outside the West Midlands", source: "000 5.2" },
    Rule { reason: Reason::LivesInAnotherArea, applies: |f| f.lives_outside_area && !f.offence_outside_area, flags: &[AnotherArea], words: "Someone lives outside the West Midlands", source: "000 5.2" },
    Rule { reason: Reason::AntiSocialBehaviour, applies: |f| f.anti_social_behaviour, flags: &[OutOfScope], words: "Anti-social behaviour", source: "000 5.4" },
    Rule { reason: Reason::NotACrime, applies: |f| f.not_a_crime, flags: &[OutOfScope], words: "Harm that may not be a crime", source: "000 5.4" },
    Rule { reason: Reason::CausedHarmAsked, applies: |f| f.caused_harm_asked, flags: &[OffenderInitiated], words: "The person who caused the harm asked", source: "000 9.2 (offender-initiated)" },
    Rule { reason: Reason::SentOnBehalf, applies: |f| f.sent_on_behalf, flags: &[OnBehalf], words: "Sent by someone else", source: "000 5.6" },
    Rule { reason: Reason::ConsentUnknown, applies: |f| f.consent_to_be_sought, flags: &[ConsentToBeSought], words: "A police officer referred them without asking them yet", source: "000 5.5, 5.6" },
    Rule { reason: Reason::InterpreterOrAccess, applies: |f| f.interpreter_or_access, flags: &[Flag::InterpreterOrAccess], words: "Needs an interpreter or adjustments", source: "000 5.8" },
    Rule { reason: Reason::SuspectedSpam, applies: |f| f.suspected_spam, flags: &[Flag::SuspectedSpam], words: "The hidden field was filled in", source: "service rule" },
];

impl Reason {
    pub fn rule(self) -> &'static Rule {
        RULES.iter().find(|r| r.reason == self).expect("every reason has a rule")
    }
}

/// A flag and the reasons for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub flag: Flag,
    pub reasons: Vec<Reason>,
}

/// The flags these facts give, each with its reasons, in `Flag::ALL` order.
pub fn screen(facts: &Facts) -> Vec<Finding> {
    let applying: Vec<&Rule> = RULES.iter().filter(|r| (r.applies)(facts)).collect();
    Flag::ALL
        .into_iter()
        .filter_map(|flag| {
            let reasons: Vec<Reason> =
                applying.iter().filter(|r| r.flags.contains(&flag)).map(|r| r.reason).collect();
            (!reasons.is_empty()).then_some(Finding { flag, reasons })
        })
        .collect()
}

/// Just the flags.
pub fn flags(facts: &Facts) -> Vec<Flag> {
    screen(facts).into_iter().map(|f| f.flag).collect()
}

/// A request linked to another (a withdrawal or a call back naming a reference) carries the
/// other's specialist-only and urgent flags, so nobody learns from it what they could not see
/// on the case itself.
pub fn inherited(linked: &[Flag]) -> Vec<Flag> {
    linked.iter().copied().filter(|f| f.needs_specialist() || *f == Flag::Urgent).collect()
}

/// Working days to first contact: the usual number, or one when the case is urgent.
pub fn contact_working_days(usual: u32, flags: &[Flag]) -> u32 {
    if flags.contains(&Flag::Urgent) { usual.min(1) } else { usual }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One row per clause: the facts, and the flags they must give (and no others).
    #[test]
    fn each_clause_gives_its_flags() {
        type Row = (&'static str, fn(&mut Facts), &'static [Flag]);
        let rows: &[Row] = &[
            // 000 5.10 sensitive: actual or threatened serious or sexual violence.
            ("5.10 violence", |f| f.violence = true, &[Sensitive]),
            ("5.10 sexual violence", |f| f.sexual_violence = true, &[Sensitive]),
            // 000 5.10 sensitive: domestic abuse.
            ("5.10 domestic abuse", |f| f.domestic_abuse = true, &[Sensitive]),
            // 000 3 and 001 3.3: hate crime is sensitive.
            ("3 hate crime", |f| f.hate_crime = true, &[Sensitive]),
            // 000 3: a death (bereaved family).
            ("3 death", |f| f.death = true, &[Sensitive]),
            // 000 5.10 sensitive and complex: vulnerable participants.
            ("5.10 vulnerable", |f| f.vulnerable = true, &[Sensitive, Complex]),
            // 000 5.10 sensitive and complex: risk of continuing harm.
            ("5.10 continuing harm", |f| f.continuing_harm = true, &[Sensitive, Complex]),
            // Service rule: not safe now is urgent; and a risk of continuing harm (5.10).
            ("urgent not safe", |f| f.not_safe_now = true, &[Urgent, Sensitive]),
            // 000 5.10 complex: harm over more than three years.
            ("5.10 long-running", |f| f.harm_over_three_years = true, &[Complex]),
            // 000 5.10 complex: more than three victims or perpetrators.
            ("5.10 many harmed", |f| f.more_than_three_harmed = true, &[Complex]),
            ("5.10 many caused harm", |f| f.more_than_three_caused_harm = true, &[Complex]),
            // 000 5.10 complex: multiple agencies involved.
            ("5.10 agencies", |f| f.several_agencies = true, &[Complex]),
            // 000 5.4 and 5.11: under 18.
            ("5.4 young person caused harm", |f| f.under_18_caused_harm = true, &[Under18]),
            ("5.11 young person involved", |f| f.under_18_involved = true, &[Under18]),
            // 000 5.2: offence outside the area; someone living in another area.
            ("5.2 outside", |f| f.offence_outside_area = true, &[OutsideArea]),
            ("5.2 another area", |f| f.lives_outside_area = true, &[AnotherArea]),
            ("5.2 outside wins", |f| {
                f.offence_outside_area = true;
                f.lives_outside_area = true;
            }, &[OutsideArea]),
            // 000 5.4: anti-social behaviour and harm that is not a crime.
            ("5.4 asb", |f| f.anti_social_behaviour = true, &[OutOfScope]),
            ("5.4 not a crime", |f| f.not_a_crime = true, &[OutOfScope]),
            ("9.2 offender-initiated", |f| f.caused_harm_asked = true, &[OffenderInitiated]),
            ("5.6 on behalf", |f| f.sent_on_behalf = true, &[OnBehalf]),
            // 000 5.5 and 5.6: a police referral whose person has not been asked yet.
            ("5.6 consent to be sought", |f| {
                f.sent_on_behalf = true;
                f.consent_to_be_sought = true;
            }, &[OnBehalf, ConsentToBeSought]),
            ("5.8 interpreter", |f| f.interpreter_or_access = true, &[Flag::InterpreterOrAccess]),
            ("spam", |f| f.suspected_spam = true, &[Flag::SuspectedSpam]),
            // Nothing known: nothing flagged (a burglary, one person, in the area).
            ("plain", |_| {}, &[]),
        ];
        for (name, set, expected) in rows {
            let mut facts = Facts::default();
            set(&mut facts);
            assert_eq!(flags(&facts), *expected, "{name}");
        }
    }

    #[test]
    fn reasons_are_gathered_per_flag_and_cite_their_source() {
        let facts = Facts { domestic_abuse: true, continuing_harm: true, harm_over_three_years: true, ..Facts::default() };
        let found = screen(&facts);
        assert_eq!(
            found,
            vec![
                Finding { flag: Sensitive, reasons: vec![Reason::DomesticAbuse, Reason::ContinuingHarm] },
                Finding { flag: Complex, reasons: vec![Reason::ContinuingHarm, Reason::HarmOverThreeYears] },
            ]
        );
        for rule in RULES {
            assert!(!rule.words.is_empty() && !rule.source.is_empty());
            assert!(!rule.flags.is_empty());
            assert_eq!(rule.reason.rule().reason, rule.reason);
        }
    }

    #[test]
    fn codes_round_trip_and_an_unknown_code_is_an_error() {
        for f in Flag::ALL {
            assert_eq!(Flag::parse(f.code()), Ok(f));
        }
        assert_eq!(Flag::parse("possibly-complex"), Err(UnknownCode::new("flag", "possibly-complex")));
        assert!(Flag::parse("").is_err());
    }

    #[test]
    fn only_sensitive_and_complex_need_a_specialist() {
        let specialist: Vec<Flag> = Flag::ALL.into_iter().filter(|f| f.needs_specialist()).collect();
        assert_eq!(specialist, vec![Sensitive, Complex]);
        assert!(needs_specialist(&[Under18, Complex]));
        assert!(!needs_specialist(&[Urgent, Under18]));
    }

    #[test]
    fn a_linked_request_inherits_restrictions_and_urgency_only() {
        assert_eq!(inherited(&[Urgent, Sensitive, Under18, OutsideArea, Complex]), vec![Urgent, Sensitive, Complex]);
        assert!(inherited(&[OnBehalf]).is_empty());
    }

    #[test]
    fn urgent_cases_are_contacted_by_the_next_working_day() {
        assert_eq!(contact_working_days(5, &[Sensitive]), 5);
        assert_eq!(contact_working_days(5, &[Urgent]), 1);
        assert_eq!(contact_working_days(1, &[Urgent]), 1);
    }
}
