//! The call-back request and the withdrawal request: two short journeys on the same engine as
//! the referral. Both join the staff queue as their own kinds of request.

use crate::domain::screening::Facts;
use crate::journey::{Clock, Input, Journey, Question, Step, TextRule, Values, Width, always_you, has, no_area, no_facts};
use crate::referral::{CONSENT, YES_NO};

pub const DAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday"];
pub const TIMES: &[&str] = &["morning", "lunchtime", "afternoon"];

const DETAILS: &[Question] = &[
    Question::required("name", Input::Text { rule: TextRule::Name, autocomplete: "name", width: Width::Full }),
    Question::required("phone", Input::Text { rule: TextRule::Phone, autocomplete: "tel", width: Width::Medium }),
    Question::required("voicemail-ok", Input::Radios(YES_NO)),
];
const WHEN: &[Question] = &[
    Question::optional("call-days", Input::Checkboxes(DAYS)),
    Question::optional("call-times", Input::Checkboxes(TIMES)),
];
const LANGUAGE: &[Question] = &[
    Question::optional("language", Input::Text { rule: TextRule::Plain, autocomplete: "language", width: Width::Medium }),
    Question::required("interpreter", Input::Radios(YES_NO)),
];
pub const REASON_MAX: usize = 500;
const REASON: &[Question] =
    &[Question::optional("call-reason", Input::TextArea { max_chars: REASON_MAX, autocomplete: "off" })];
const CONSENT_QUESTIONS: &[Question] = &[Question::required("consent", Input::Checkboxes(CONSENT))];

const STEPS: &[Step] = &[
    Step::questions("your-details", DETAILS),
    Step::questions("when", WHEN),
    Step::questions("language", LANGUAGE),
    Step::questions("reason", REASON),
    Step::check_answers("check"),
    Step::consent("consent", CONSENT_QUESTIONS),
];

fn route(_: &Values) -> Vec<&'static str> {
    vec!["your-details", "when", "language", "reason", "check", "consent"]
}

pub const CALL_BACK: Journey = Journey {
    id: "call-back",
    kind: crate::staff::model::RequestKind::CallBack,
    path: "call-back",
    steps: STEPS,
    route,
    min_seconds: 5,
    facts: call_back_facts,
    clock: Clock::CallBack,
    links_by: None,
    area: no_area,
    voice: always_you,
    up_front: &["when", "language"],
    participants: crate::journey::no_participants,
};

fn call_back_facts(v: &Values) -> Facts {
    Facts { interpreter_or_access: has(v, "interpreter", "yes"), ..Facts::default() }
}

const WITHDRAW_QUESTIONS: &[Question] = &[
    Question::required("reference", Input::Text { rule: TextRule::Reference, autocomplete: "off", width: Width::Medium }),
    Question::required("name", Input::Text { rule: TextRule::Name, autocomplete: "name", width: Width::Full }),
    Question::required("withdraw-contact", Input::Text { rule: TextRule::Plain, autocomplete: "off", width: Width::Full }),
    Question::optional("withdraw-reason", Input::TextArea { max_chars: 500, autocomplete: "off" }),
    Question::required("withdraw-confirm", Input::Checkboxes(&["confirm"])),
];
const WITHDRAW_STEPS: &[Step] = &[Step::consent("details", WITHDRAW_QUESTIONS)];

fn withdraw_route(_: &Values) -> Vec<&'static str> {
    vec!["details"]
}

/// Asking to stop: the reference, something only the person would know to match it, and a
/// confirmation. Nothing about the referral is ever shown back on the public site.
pub const WITHDRAW: Journey = Journey {
    id: "withdrawal",
    kind: crate::staff::model::RequestKind::Withdrawal,
    path: "withdraw",
    steps: WITHDRAW_STEPS,
    route: withdraw_route,
    min_seconds: 3,
    facts: no_facts,
    clock: Clock::CallBack,
    links_by: Some("reference"),
    area: no_area,
    voice: always_you,
    up_front: &[],
    participants: crate::journey::no_participants,
};
