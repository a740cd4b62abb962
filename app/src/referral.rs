//! The self-referral journey: its questions, the order they come in, where answers lead out of
//! scope, and the flags staff see. Pure: no I/O, tested without a server.
//!
//! Message ids follow the field names: `q-{field}` is the question, `q-{field}-hint` its hint,
//! `q-{field}-{option}` an option, `q-{field}-error` the "please answer" message.

use crate::domain::screening::Facts;
use crate::journey::{
    validate::RuleContext,
    Clock, FieldError, Input, Journey, Question, Step, TextRule, Values, Voice, Width, first, has,
};

pub const FOR_WHOM: &[&str] = &["me", "someone-else"];
pub const RELATIONSHIPS: &[&str] = &["family", "friend", "supporter", "professional"];
pub const ORGANISATIONS: &[&str] =
    &["police", "probation", "victim-care", "yot", "prison", "csp", "health", "school", "other"];
pub const YES_NO: &[&str] = &["yes", "no"];
/// Whether the person referred has agreed: yes, not asked yet, or no.
pub const AGREED_OPTIONS: &[&str] = &["yes", "not-asked", "no"];
pub const YES_NO_NOT_SURE: &[&str] = &["yes", "no", "not-sure"];
pub const CONNECTIONS: &[&str] =
    &["harmed", "family-harmed", "bereaved", "caused-harm", "other-affected"];
pub const CRIME_TYPES: &[&str] = &[
    "violence",
    "sexual",
    "domestic-abuse",
    "hate-crime",
    "burglary",
    "robbery",
    "theft",
    "criminal-damage",
    "fraud-online",
    "harassment",
    "driving",
    "asb",
    "not-crime",
    "other",
    "prefer-not",
];
pub const MARKERS: &[&str] = &["hate", "online", "domestic"];
pub const WHEN: &[&str] = &["date", "years-ago", "not-sure"];
pub const MONTHS: &[&str] = &["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"];
pub const STAGES: &[&str] = &[
    "not-reported",
    "investigating",
    "awaiting-court",
    "prison",
    "community",
    "finished",
    "no-further-action",
    "dont-know",
];
/// The seven local authorities of the West Midlands police force area, then the rest.
pub const AREAS: &[&str] = &[
    "birmingham",
    "coventry",
    "dudley",
    "sandwell",
    "solihull",
    "walsall",
    "wolverhampton",
    "elsewhere",
    "not-sure",
];
pub const OTHER_AGES: &[&str] = &["under-18", "adult", "dont-know"];
pub const HOW_MANY: &[&str] = &["one", "two-or-three", "more-than-three", "dont-know"];
pub const HOW_LONG: &[&str] = &["once", "up-to-3-years", "more-than-3-years", "not-sure"];
pub const AGE_BANDS: &[&str] =
    &["under-18", "18-24", "25-34", "35-44", "45-54", "55-64", "65-plus", "prefer-not"];
pub const CONTACT_WAYS: &[&str] = &["phone", "text", "email", "letter"];
pub const ACCESS_NEEDS: &[&str] = &[
    "large-print",
    "easy-read",
    "hearing",
    "sight",
    "mobility",
    "learning-disability",
    "mental-health",
];
pub const SAFE_NOW: &[&str] = &["yes", "no", "not-sure"];
pub const CONSENT: &[&str] = &["agree"];

const fn text(rule: TextRule, autocomplete: &'static str, width: Width) -> Input {
    Input::Text { rule, autocomplete, width }
}

fn someone_else(v: &Values) -> bool {
    has(v, "for-whom", "someone-else")
}
fn professional(v: &Values) -> bool {
    has(v, "relationship", "professional")
}
fn on_a_date(v: &Values) -> bool {
    has(v, "when", "date")
}
fn years_ago(v: &Values) -> bool {
    has(v, "when", "years-ago")
}
fn reported(v: &Values) -> bool {
    has(v, "reported", "yes")
}
fn by(v: &Values, way: &str) -> bool {
    has(v, "contact-ways", way)
}
fn by_phone_or_text(v: &Values) -> bool {
    by(v, "phone") || by(v, "text")
}
fn by_email(v: &Values) -> bool {
    by(v, "email")
}
fn by_letter(v: &Values) -> bool {
    by(v, "letter")
}

const WHO: &[Question] = &[Question::required("for-whom", Input::Radios(FOR_WHOM))];
const ON_BEHALF: &[Question] = &[
    Question::required("relationship", Input::Radios(RELATIONSHIPS)),
    Question::required("organisation-type", Input::Radios(ORGANISATIONS)).needed_if(professional),
    Question::optional("organisation-name", text(TextRule::Plain, "organization", Width::Full))
        .needed_if(professional),
];
const REFERRER: &[Question] = &[
    Question::required("referrer-name", text(TextRule::Name, "name", Width::Full)),
    Question::required("referrer-phone", text(TextRule::Phone, "tel", Width::Medium)),
    Question::optional("referrer-email", text(TextRule::Email, "email", Width::Full)),
];
const AGREED: &[Question] = &[Question::required("agreed", Input::Radios(AGREED_OPTIONS))];
const CONNECTION: &[Question] =
    &[Question::required("connection", Input::Radios(CONNECTIONS)).voiced_with_options()];
const WHAT: &[Question] = &[
    Question::required("crime-type", Input::Radios(CRIME_TYPES)),
    Question::optional("markers", Input::Checkboxes(MARKERS)),
];
const WHEN_QUESTIONS: &[Question] = &[
    Question::required("when", Input::Radios(WHEN)),
    Question::required("when-month", Input::Select(MONTHS)).needed_if(on_a_date),
    Question::required("when-year", text(TextRule::Year, "off", Width::Short)).needed_if(on_a_date),
    Question::required("when-years", text(TextRule::Years, "off", Width::Short))
        .needed_if(years_ago),
    Question::optional("how-long", Input::Radios(HOW_LONG)),
    Question::optional("ongoing", Input::Radios(YES_NO_NOT_SURE)),
];
const POLICE: &[Question] = &[
    Question::required("reported", Input::Radios(YES_NO_NOT_SURE)),
    Question::optional("crime-reference", text(TextRule::CrimeReference, "off", Width::Medium))
        .needed_if(reported),
    Question::required("stage", Input::Radios(STAGES)),
    Question::optional("agencies", Input::Radios(YES_NO_NOT_SURE)),
];
const WHERE: &[Question] = &[
    Question::required("area-happened", Input::Radios(AREAS)),
    Question::required("area-lives", Input::Radios(AREAS)).voiced(),
];
const OTHER_PERSON: &[Question] = &[
    Question::required("other-age", Input::Radios(OTHER_AGES)).voiced(),
    Question::required("other-known", Input::Radios(YES_NO_NOT_SURE)),
    Question::required("how-many", Input::Radios(HOW_MANY)),
    Question::optional("how-many-harmed", Input::Radios(HOW_MANY)),
    Question::optional("vulnerable", Input::Radios(YES_NO_NOT_SURE)),
];
pub const STORY_MAX: usize = 2000;
pub const HOPES_MAX: usize = 1000;
const OWN_WORDS: &[Question] = &[
    Question::optional("story", Input::TextArea { max_chars: STORY_MAX, autocomplete: "off" }),
    Question::optional("hopes", Input::TextArea { max_chars: HOPES_MAX, autocomplete: "off" }).voiced(),
];
const ABOUT_YOU: &[Question] = &[
    Question::required("name", text(TextRule::Name, "name", Width::Full)).voiced(),
    Question::required("age-band", Input::Radios(AGE_BANDS)).voiced(),
];
const CONTACT: &[Question] = &[
    Question::required("contact-ways", Input::Checkboxes(CONTACT_WAYS)).voiced(),
    Question::required("phone", text(TextRule::Phone, "tel", Width::Medium))
        .needed_if(by_phone_or_text),
    Question::required("email", text(TextRule::Email, "email", Width::Full)).needed_if(by_email),
    Question::required("address", Input::TextArea { max_chars: 300, autocomplete: "street-address" })
        .needed_if(by_letter)
        .voiced(),
    Question::required("postcode", text(TextRule::Postcode, "postal-code", Width::Short))
        .needed_if(by_letter)
        .voiced(),
];
const CONTACT_SAFETY: &[Question] = &[
    Question::required("voicemail-ok", Input::Radios(YES_NO)).when(by_phone_or_text),
    Question::required("email-ok", Input::Radios(YES_NO)).when(by_email).voiced(),
    Question::optional("safe-times", text(TextRule::Plain, "off", Width::Full)).voiced(),
    Question::optional("caller-notes", Input::TextArea { max_chars: 500, autocomplete: "off" }),
];
const NEEDS: &[Question] = &[
    Question::optional("language", text(TextRule::Plain, "language", Width::Medium)).voiced(),
    Question::required("interpreter", Input::Radios(YES_NO)).voiced(),
    Question::required("bsl", Input::Radios(YES_NO)).voiced(),
    Question::optional("access", Input::Checkboxes(ACCESS_NEEDS)).voiced(),
    Question::required("support-person", Input::Radios(YES_NO)).voiced(),
];
const SAFE: &[Question] = &[Question::required("safe-now", Input::Radios(SAFE_NOW)).voiced()];
const CONSENT_QUESTIONS: &[Question] =
    &[Question::required("consent", Input::Checkboxes(CONSENT)).voiced_with_options()];

/// Every step of the journey. The order here is only for lookup: `route` sets the order.
pub const STEPS: &[Step] = &[
    Step::questions("who", WHO),
    Step::questions("on-behalf", ON_BEHALF),
    Step::questions("your-details", REFERRER),
    Step::questions("their-agreement", AGREED),
    Step::stop("need-agreement"),
    Step::info("we-will-ask"),
    Step::questions("connection", CONNECTION),
    Step::questions("what-happened", WHAT),
    Step::info("not-a-crime"),
    Step::info("anti-social-behaviour"),
    Step::questions("when", WHEN_QUESTIONS).with_check(not_in_the_future),
    Step::questions("police", POLICE),
    Step::questions("where", WHERE),
    Step::info("outside-area"),
    Step::questions("other-person", OTHER_PERSON),
    Step::info("young-person"),
    Step::questions("own-words", OWN_WORDS),
    Step::questions("about-you", ABOUT_YOU).voiced(),
    Step::info("under-18").voiced(),
    Step::questions("contact", CONTACT).voiced(),
    Step::questions("contact-safety", CONTACT_SAFETY),
    Step::questions("needs", NEEDS).voiced(),
    Step::questions("safe-now", SAFE),
    Step::info("not-safe").voiced(),
    Step::check_answers("check"),
    Step::consent("consent", CONSENT_QUESTIONS).voiced(),
];

pub const JOURNEY: Journey = Journey {
    id: "referral",
    kind: crate::staff::model::RequestKind::Referral,
    path: "refer",
    steps: STEPS,
    route,
    min_seconds: 20,
    facts,
    clock: Clock::Referral,
    links_by: None,
    area,
    voice,
    up_front: &["contact", "contact-safety", "needs", "safe-now"],
    participants: crate::staff::participants::from_referral,
};

/// Someone filling this in for another person is asked about them.
fn voice(v: &Values) -> Voice {
    if someone_else(v) { Voice::Them } else { Voice::You }
}

/// Where it happened, if in the area; else where the person lives.
fn area(v: &Values) -> Option<String> {
    first(v, "area-happened")
        .filter(|a| *a != "elsewhere" && *a != "not-sure")
        .or_else(|| first(v, "area-lives"))
        .map(str::to_owned)
}

/// The steps that apply to these answers, in order. The one place the journey branches.
pub fn route(v: &Values) -> Vec<&'static str> {
    let mut r = vec!["who"];
    if someone_else(v) {
        r.extend(["on-behalf", "your-details", "their-agreement"]);
        if consent_to_be_sought(v) {
            // 000 5.6: a police officer who has not asked yet can still refer; we ask for them.
            r.push("we-will-ask");
        } else if has(v, "agreed", "no") || has(v, "agreed", "not-asked") {
            // Without their agreement we cannot go on: the journey ends on a kind page.
            r.push("need-agreement");
            return r;
        }
    }
    r.extend(["connection", "what-happened"]);
    if has(v, "crime-type", "not-crime") {
        r.push("not-a-crime");
    }
    if has(v, "crime-type", "asb") {
        r.push("anti-social-behaviour");
    }
    r.extend(["when", "police", "where"]);
    if outside_area(v) {
        r.push("outside-area");
    }
    r.push("other-person");
    if youth_offending_route(v) {
        r.push("young-person");
    }
    r.extend(["own-words", "about-you"]);
    if has(v, "age-band", "under-18") {
        r.push("under-18");
    }
    r.extend(["contact", "contact-safety", "needs", "safe-now"]);
    if matches!(first(v, "safe-now"), Some("no") | Some("not-sure")) {
        r.push("not-safe");
    }
    r.extend(["check", "consent"]);
    r
}

/// A police officer refers someone they have not asked yet: we contact the person on the
/// police's behalf to ask whether they want our help (000 5.5, 5.6). Anyone else asks first.
pub fn consent_to_be_sought(v: &Values) -> bool {
    someone_else(v) && has(v, "organisation-type", "police") && professional(v) && has(v, "agreed", "not-asked")
}

/// The offence happened outside the West Midlands (000 5.2: not routinely accepted). Someone
/// living elsewhere is "another area involved" instead, and the journey goes on as usual.
pub fn outside_area(v: &Values) -> bool {
    has(v, "area-happened", "elsewhere")
}

/// The person who caused harm is under 18: the Youth Offending Team usually leads. When the
/// person filling this in caused the harm, it is their own age that counts.
pub fn youth_offending_route(v: &Values) -> bool {
    if has(v, "connection", "caused-harm") {
        has(v, "age-band", "under-18")
    } else {
        has(v, "other-age", "under-18")
    }
}

/// A month and year not after this month.
fn not_in_the_future(v: &Values, ctx: RuleContext) -> Vec<FieldError> {
    let year = first(v, "when-year").and_then(|y| y.parse::<i32>().ok());
    let month = first(v, "when-month").and_then(|m| m.parse::<u32>().ok());
    match (year, month) {
        (Some(y), Some(m)) if y == ctx.current_year && m > ctx.current_month => {
            vec![FieldError::new("when-month", "error-date-future")]
        }
        _ => Vec::new(),
    }
}

/// What screening needs from a referral's answers (`domain::screening` decides what it means).
pub fn facts(v: &Values) -> Facts {
    let crime = |c: &str| has(v, "crime-type", c);
    let caused_harm = has(v, "connection", "caused-harm");
    let vulnerable_needs = ["learning-disability", "mental-health"].iter().any(|n| has(v, "access", n));
    Facts {
        violence: crime("violence"),
        sexual_violence: crime("sexual"),
        domestic_abuse: crime("domestic-abuse") || has(v, "markers", "domestic"),
        hate_crime: crime("hate-crime") || has(v, "markers", "hate"),
        death: has(v, "connection", "bereaved"),
        vulnerable: has(v, "vulnerable", "yes") || vulnerable_needs,
        continuing_harm: has(v, "ongoing", "yes"),
        not_safe_now: matches!(first(v, "safe-now"), Some("no") | Some("not-sure")),
        harm_over_three_years: has(v, "how-long", "more-than-3-years"),
        more_than_three_harmed: has(v, "how-many-harmed", "more-than-three"),
        more_than_three_caused_harm: has(v, "how-many", "more-than-three"),
        several_agencies: has(v, "agencies", "yes"),
        under_18_involved: has(v, "age-band", "under-18") || has(v, "other-age", "under-18"),
        under_18_caused_harm: youth_offending_route(v),
        offence_outside_area: outside_area(v),
        lives_outside_area: has(v, "area-lives", "elsewhere"),
        anti_social_behaviour: crime("asb"),
        not_a_crime: crime("not-crime"),
        caused_harm_asked: caused_harm,
        sent_on_behalf: someone_else(v),
        consent_to_be_sought: consent_to_be_sought(v),
        interpreter_or_access: has(v, "interpreter", "yes")
            || has(v, "bsl", "yes")
            || v.get("access").is_some_and(|a| !a.is_empty()),
        suspected_spam: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(pairs: &[(&str, &str)]) -> Values {
        let mut v = Values::new();
        for (k, val) in pairs {
            v.entry(k.to_string()).or_default().push(val.to_string());
        }
        v
    }

    #[test]
    fn someone_else_is_asked_about_themselves_and_the_persons_agreement() {
        let r = route(&answers(&[("for-whom", "someone-else")]));
        assert_eq!(&r[..5], ["who", "on-behalf", "your-details", "their-agreement", "connection"]);
        let r = route(&answers(&[("for-whom", "me")]));
        assert_eq!(&r[..2], ["who", "connection"]);
    }

    #[test]
    fn without_the_persons_agreement_the_journey_ends_kindly() {
        let r = route(&answers(&[("for-whom", "someone-else"), ("agreed", "no")]));
        assert_eq!(r.last(), Some(&"need-agreement"));
        assert!(!r.contains(&"consent"));
        let probation = [("for-whom", "someone-else"), ("relationship", "professional"), ("organisation-type", "probation"), ("agreed", "not-asked")];
        assert_eq!(route(&answers(&probation)).last(), Some(&"need-agreement"), "only the police may leave the asking to us");
    }

    /// 000 5.5, 5.6: a police officer who has not asked yet goes on; we ask the person first.
    #[test]
    fn a_police_officer_who_has_not_asked_yet_can_refer_and_we_ask_for_them() {
        let police = answers(&[
            ("for-whom", "someone-else"),
            ("relationship", "professional"),
            ("organisation-type", "police"),
            ("agreed", "not-asked"),
        ]);
        let r = route(&police);
        assert_eq!(&r[..5], ["who", "on-behalf", "your-details", "their-agreement", "we-will-ask"]);
        assert_eq!(r.last(), Some(&"consent"));
        assert!(facts(&police).consent_to_be_sought);
        let mut refused = police.clone();
        refused.insert("agreed".into(), vec!["no".into()]);
        assert_eq!(route(&refused).last(), Some(&"need-agreement"), "a no from the person ends it");
        let mut family = police.clone();
        family.insert("relationship".into(), vec!["family".into()]);
        assert!(!consent_to_be_sought(&family), "the organisation counts only for someone who works with them");
    }

    #[test]
    fn someone_filling_this_in_for_another_person_is_asked_about_them() {
        assert_eq!(voice(&answers(&[("for-whom", "someone-else")])), Voice::Them);
        assert_eq!(voice(&answers(&[("for-whom", "me")])), Voice::You);
        assert_eq!(voice(&Values::new()), Voice::You);
        let safe = STEPS.iter().find(|s| s.slug == "safe-now").unwrap().questions_list()[0];
        assert_eq!(safe.message(Voice::Them), "q-safe-now-them");
        assert_eq!(safe.message(Voice::You), "q-safe-now");
        let connection = CONNECTION[0];
        assert_eq!(connection.option_message(Voice::Them, "harmed"), "q-connection-them-harmed");
        let story = OWN_WORDS[0];
        assert_eq!(story.message(Voice::Them), "q-story", "a question not voiced keeps its words");
    }

    #[test]
    fn out_of_scope_answers_lead_to_kind_pages_and_the_journey_goes_on() {
        let cases = [
            (vec![("crime-type", "asb")], "anti-social-behaviour"),
            (vec![("crime-type", "not-crime")], "not-a-crime"),
            (vec![("area-happened", "elsewhere"), ("area-lives", "elsewhere")], "outside-area"),
            (vec![("other-age", "under-18")], "young-person"),
            (vec![("connection", "caused-harm"), ("age-band", "under-18")], "young-person"),
            (vec![("age-band", "under-18")], "under-18"),
            (vec![("safe-now", "no")], "not-safe"),
        ];
        for (pairs, page) in cases {
            let r = route(&answers(&pairs));
            assert!(r.contains(&page), "{pairs:?} should pass {page}");
            assert_eq!(r.last(), Some(&"consent"), "{pairs:?} can still be sent");
        }
    }

    /// 000 5.2: where the offence happened decides the area; someone living elsewhere is
    /// another area involved, which needs no page of its own.
    #[test]
    fn the_place_of_the_offence_decides_the_area() {
        let r = route(&answers(&[("area-happened", "elsewhere"), ("area-lives", "walsall")]));
        assert!(r.contains(&"outside-area"));
        let r = route(&answers(&[("area-happened", "walsall"), ("area-lives", "elsewhere")]));
        assert!(!r.contains(&"outside-area"));
    }

    #[test]
    fn a_person_who_caused_harm_is_not_sent_to_the_youth_page_for_the_victims_age() {
        let v = answers(&[("connection", "caused-harm"), ("other-age", "under-18"), ("age-band", "25-34")]);
        assert!(!route(&v).contains(&"young-person"));
    }

    /// The answers each rule of `domain::screening` reads, one row per answer.
    #[test]
    fn screening_reads_the_answers() {
        use crate::domain::screening::{Flag, flags};
        let cases: Vec<(Vec<(&str, &str)>, Vec<Flag>)> = vec![
            (vec![("crime-type", "domestic-abuse")], vec![Flag::Sensitive]),
            (vec![("crime-type", "theft"), ("markers", "hate")], vec![Flag::Sensitive]),
            (vec![("crime-type", "theft"), ("safe-now", "no")], vec![Flag::Urgent, Flag::Sensitive]),
            (vec![("safe-now", "not-sure")], vec![Flag::Urgent, Flag::Sensitive]),
            (vec![("connection", "bereaved")], vec![Flag::Sensitive]),
            (vec![("crime-type", "burglary")], vec![]),
            // How long ago is not how long it lasted (000 5.10).
            (vec![("when", "years-ago"), ("when-years", "5")], vec![]),
            (vec![("how-long", "more-than-3-years")], vec![Flag::Complex]),
            (vec![("how-long", "up-to-3-years")], vec![]),
            (vec![("ongoing", "yes")], vec![Flag::Sensitive, Flag::Complex]),
            (vec![("ongoing", "not-sure")], vec![]),
            (vec![("vulnerable", "yes")], vec![Flag::Sensitive, Flag::Complex]),
            (vec![("access", "mental-health")], vec![Flag::Sensitive, Flag::Complex, Flag::InterpreterOrAccess]),
            (vec![("agencies", "yes")], vec![Flag::Complex]),
            (vec![("how-many", "more-than-three")], vec![Flag::Complex]),
            (vec![("how-many-harmed", "more-than-three")], vec![Flag::Complex]),
            (vec![("other-age", "under-18")], vec![Flag::Under18]),
            (vec![("area-happened", "elsewhere"), ("area-lives", "elsewhere")], vec![Flag::OutsideArea]),
            (vec![("area-happened", "walsall"), ("area-lives", "elsewhere")], vec![Flag::AnotherArea]),
            (vec![("crime-type", "asb")], vec![Flag::OutOfScope]),
            (vec![("connection", "caused-harm")], vec![Flag::OffenderInitiated]),
            (vec![("for-whom", "someone-else")], vec![Flag::OnBehalf]),
            (vec![("interpreter", "yes")], vec![Flag::InterpreterOrAccess]),
            (vec![("access", "easy-read")], vec![Flag::InterpreterOrAccess]),
        ];
        for (pairs, expected) in cases {
            assert_eq!(flags(&facts(&answers(&pairs))), expected, "{pairs:?}");
        }
    }

    #[test]
    fn a_month_later_this_year_is_in_the_future() {
        let ctx = RuleContext { current_year: 2026, current_month: 11 };
        let v = answers(&[("when", "date"), ("when-month", "12"), ("when-year", "2026")]);
        assert_eq!(not_in_the_future(&v, ctx), vec![FieldError::new("when-month", "error-date-future")]);
        let v = answers(&[("when", "date"), ("when-month", "11"), ("when-year", "2026")]);
        assert!(not_in_the_future(&v, ctx).is_empty());
    }

    #[test]
    fn every_route_step_exists() {
        let all = answers(&[
            ("for-whom", "someone-else"),
            ("crime-type", "asb"),
            ("area-happened", "elsewhere"),
            ("area-lives", "elsewhere"),
            ("other-age", "under-18"),
            ("age-band", "under-18"),
            ("safe-now", "no"),
        ]);
        for slug in route(&all) {
            assert!(JOURNEY.step(slug).is_some(), "{slug} is routed but not defined");
        }
    }
}
