//! The question-page engine shared by the self-referral and call-back journeys.
//!
//! A journey is data: its steps (each one question or a small group), and a `route` function
//! that, from the answers so far, lists the steps that apply, in order. Next and Back, which
//! steps are still to do, and the check-answers page all follow from that one list (the model
//! is GOV.UK forms-runner's journey). Answers are kept as raw strings by field name and checked
//! step by step with the rules in `validate`; they live in a server-side draft, never in the
//! browser or a URL.

pub mod validate;
pub mod view;

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

/// Answers by field name. A field can hold several values (checkboxes).
pub type Values = BTreeMap<String, Vec<String>>;

/// The first value of a field, if any and not blank.
pub fn first<'a>(values: &'a Values, name: &str) -> Option<&'a str> {
    values.get(name).and_then(|v| v.first()).map(String::as_str).filter(|s| !s.trim().is_empty())
}

/// Whether a single-choice field has this answer, or a multi-choice field includes it.
pub fn has(values: &Values, name: &str, code: &str) -> bool {
    values.get(name).is_some_and(|v| v.iter().any(|x| x == code))
}

/// A problem with one field: which field, and the Fluent id of the message. `count` fills the
/// `$count` placeable of messages such as "use 2,000 characters or fewer".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
}

impl FieldError {
    pub fn new(field: &str, message: impl Into<String>) -> Self {
        Self { field: field.to_owned(), message: message.into(), count: None }
    }

    pub fn with_count(mut self, count: i64) -> Self {
        self.count = Some(count);
        self
    }
}

/// What was typed on a page that did not pass, kept so the page can show it again with its
/// errors. Replaced by the next submission of any page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pending {
    pub step: String,
    pub values: Values,
    pub errors: Vec<FieldError>,
}

/// What is left after sending: enough to show the confirmation again, nothing personal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sent {
    pub reference: String,
    /// The date we will contact the person by, as `YYYY-MM-DD`.
    pub contact_by: String,
    /// Whether the equality questions have been answered or skipped.
    #[serde(default)]
    pub monitoring_done: bool,
}

/// A journey in progress, as the draft stores it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftState {
    pub journey: String,
    pub answers: Values,
    /// Steps whose answers passed.
    pub done: BTreeSet<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending: Option<Pending>,
    /// Unix seconds when the journey started, for the minimum time to fill it in.
    pub started_at: i64,
    /// Makes sending idempotent: a second send with the same key finds the first referral.
    pub submission_key: String,
    /// Set if the hidden anti-spam field was ever filled in.
    #[serde(default)]
    pub honeypot: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sent: Option<Sent>,
}

impl DraftState {
    pub fn new(journey: &str, now_unix: i64, submission_key: String) -> Self {
        Self {
            journey: journey.to_owned(),
            started_at: now_unix,
            submission_key,
            ..Self::default()
        }
    }

    /// The values to show on a step: what was last typed there if it did not pass, otherwise
    /// the accepted answers.
    pub fn values_for(&self, step: &str) -> (&Values, &[FieldError]) {
        match &self.pending {
            Some(p) if p.step == step => (&p.values, &p.errors),
            _ => (&self.answers, &[]),
        }
    }
}

/// How a question is asked.
#[derive(Clone, Copy, Debug)]
pub enum Input {
    /// One answer from a list.
    Radios(&'static [&'static str]),
    /// Any number of answers from a list.
    Checkboxes(&'static [&'static str]),
    /// One line of text, checked by a rule.
    Text { rule: TextRule, autocomplete: &'static str, width: Width },
    /// Several lines, up to a number of characters.
    TextArea { max_chars: usize, autocomplete: &'static str },
    /// A choice from a drop-down list (used for months).
    Select(&'static [&'static str]),
}

/// The checks a line of text gets. Each returns the value to keep (tidied) or an error id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextRule {
    /// Free text up to 200 characters.
    Plain,
    /// A person's name: up to 100 characters.
    Name,
    Phone,
    Email,
    /// A UK postcode.
    Postcode,
    /// A year, from 1900 to this year.
    Year,
    /// A whole number of years, 1 to 100.
    Years,
    /// A police crime reference: letters, digits, slashes and dashes.
    CrimeReference,
    /// A service reference number such as RJ-HK4M-7TWX.
    Reference,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Width {
    Short,
    Medium,
    Full,
}

/// Who a journey's words speak to. Someone filling in a referral for another person is asked
/// about *them* ("Is the person safe right now?"), never about themselves by mistake ("Are you
/// safe right now?"). The journey decides from the answers (`Journey::voice`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Voice {
    #[default]
    You,
    Them,
}

impl Voice {
    pub const BOTH: [Voice; 2] = [Voice::You, Voice::Them];
}

/// Which of a question's words change with the voice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Voiced {
    /// The same words for everyone.
    No,
    /// The question, its hint and its error: `q-{name}-them`, `q-{name}-them-hint`...
    Words,
    /// Those and every option: `q-{name}-them-{option}`.
    WordsAndOptions,
}

#[derive(Clone, Copy, Debug)]
pub struct Question {
    pub name: &'static str,
    pub input: Input,
    /// Must be answered when shown.
    pub required: bool,
    /// Asked only when this holds for the answers to earlier pages; hidden otherwise.
    pub when: Option<fn(&Values) -> bool>,
    /// Always shown (it depends on another answer on the same page, and without JavaScript
    /// nothing can be revealed), but needed and kept only when this holds.
    pub needed_if: Option<fn(&Values) -> bool>,
    pub voiced: Voiced,
}

impl Question {
    pub const fn required(name: &'static str, input: Input) -> Self {
        Self { name, input, required: true, when: None, needed_if: None, voiced: Voiced::No }
    }

    pub const fn optional(name: &'static str, input: Input) -> Self {
        Self { name, input, required: false, when: None, needed_if: None, voiced: Voiced::No }
    }

    /// Asked about someone else in other words (see `Voice`).
    pub const fn voiced(mut self) -> Self {
        self.voiced = Voiced::Words;
        self
    }

    /// Asked about someone else in other words, options included.
    pub const fn voiced_with_options(mut self) -> Self {
        self.voiced = Voiced::WordsAndOptions;
        self
    }

    /// The id its words start from: `q-{name}`, or `q-{name}-them` when it is voiced and asked
    /// about someone else. The hint is `{id}-hint` and the "please answer" error `{id}-error`.
    pub fn message(&self, voice: Voice) -> String {
        match (self.voiced, voice) {
            (Voiced::Words | Voiced::WordsAndOptions, Voice::Them) => format!("q-{}-them", self.name),
            _ => format!("q-{}", self.name),
        }
    }

    /// The id of an option's words (and `{id}-hint` its hint).
    pub fn option_message(&self, voice: Voice, code: &str) -> String {
        match (self.voiced, voice) {
            (Voiced::WordsAndOptions, Voice::Them) => format!("q-{}-them-{code}", self.name),
            _ => format!("q-{}-{code}", self.name),
        }
    }

    pub const fn when(mut self, condition: fn(&Values) -> bool) -> Self {
        self.when = Some(condition);
        self
    }

    pub const fn needed_if(mut self, condition: fn(&Values) -> bool) -> Self {
        self.needed_if = Some(condition);
        self
    }

    /// Whether the page shows this question, given the answers to earlier pages.
    pub fn shown(&self, earlier: &Values) -> bool {
        self.when.is_none_or(|f| f(earlier))
    }

    /// Whether the question applies to these answers (the page's own included): it is shown
    /// and, if it depends on another answer on its page, that answer calls for it.
    pub fn applies(&self, values: &Values) -> bool {
        self.shown(values) && self.needed_if.is_none_or(|f| f(values))
    }
}

/// What kind of page a step is.
#[derive(Clone, Copy, Debug)]
pub enum StepKind {
    /// Questions to answer.
    Questions(&'static [Question]),
    /// A page that explains something (out of scope, under 18, not safe now) and lets the
    /// person carry on.
    Info,
    /// A page that explains something and stops here (no agreement from the person).
    Stop,
    /// Check your answers.
    Check,
    /// Consent and send.
    Consent(&'static [Question]),
}

#[derive(Clone, Copy, Debug)]
pub struct Step {
    pub slug: &'static str,
    pub kind: StepKind,
    /// Checks across the page's fields (e.g. a date not in the future).
    pub check: Option<fn(&Values, validate::RuleContext) -> Vec<FieldError>>,
    /// Its title (and an information page's body) speak about someone else in other words.
    pub voiced: bool,
}

impl Step {
    pub const fn questions(slug: &'static str, questions: &'static [Question]) -> Self {
        Self { slug, kind: StepKind::Questions(questions), check: None, voiced: false }
    }

    pub const fn info(slug: &'static str) -> Self {
        Self { slug, kind: StepKind::Info, check: None, voiced: false }
    }

    pub const fn stop(slug: &'static str) -> Self {
        Self { slug, kind: StepKind::Stop, check: None, voiced: false }
    }

    pub const fn check_answers(slug: &'static str) -> Self {
        Self { slug, kind: StepKind::Check, check: None, voiced: false }
    }

    pub const fn consent(slug: &'static str, questions: &'static [Question]) -> Self {
        Self { slug, kind: StepKind::Consent(questions), check: None, voiced: false }
    }

    /// Titled (and, for an information page, explained) in other words about someone else.
    pub const fn voiced(mut self) -> Self {
        self.voiced = true;
        self
    }

    /// The id of its title, `step-{journey}-{slug}` (or `...-them`); its body is `{id}-body`.
    pub fn message(&self, journey: &str, voice: Voice) -> String {
        match (self.voiced, voice) {
            (true, Voice::Them) => format!("step-{journey}-{}-them", self.slug),
            _ => format!("step-{journey}-{}", self.slug),
        }
    }

    pub const fn with_check(
        mut self,
        check: fn(&Values, validate::RuleContext) -> Vec<FieldError>,
    ) -> Self {
        self.check = Some(check);
        self
    }

    pub fn questions_list(&self) -> &'static [Question] {
        match self.kind {
            StepKind::Questions(q) | StepKind::Consent(q) => q,
            _ => &[],
        }
    }
}

/// A journey: its steps and how they follow each other.
#[derive(Debug)]
pub struct Journey {
    /// Stored with drafts: "referral", "call-back".
    pub id: &'static str,
    /// The kind of request it makes.
    pub kind: crate::staff::model::RequestKind,
    /// The path segment after the language: `/{lang}/{path}/{step}`.
    pub path: &'static str,
    pub steps: &'static [Step],
    /// The steps that apply to these answers, in order, ending with the consent step.
    pub route: fn(&Values) -> Vec<&'static str>,
    /// Seconds a person needs at least from start to send; faster is a robot.
    pub min_seconds: i64,
    /// What screening needs from the answers (`domain::screening` turns it into flags).
    pub facts: fn(&Values) -> crate::domain::screening::Facts,
    /// Which clock first contact runs on.
    pub clock: Clock,
    /// The field holding the reference of the request this one is about (a withdrawal's), if
    /// any: the new request inherits that one's restrictions.
    pub links_by: Option<&'static str>,
    /// The area the queue shows and filters by.
    pub area: fn(&Values) -> Option<String>,
    /// Who the questions speak to, from the answers so far.
    pub voice: fn(&Values) -> Voice,
    /// The steps staff see first on the case page: how to make contact safely, and needs.
    pub up_front: &'static [&'static str],
    /// The people the answers describe, who become the case's first participants.
    pub participants: fn(&Values) -> Vec<crate::staff::participants::NewParticipant>,
}

/// The working-day clock a request starts (both lengths are settings).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Clock {
    /// A referral: 5 working days by default (000 5.7).
    Referral,
    /// A call back or a withdrawal: 1 working day by default.
    CallBack,
}

/// For journeys with nothing to screen or no area.
pub fn no_facts(_: &Values) -> crate::domain::screening::Facts {
    crate::domain::screening::Facts::default()
}
pub fn no_area(_: &Values) -> Option<String> {
    None
}
/// For requests that are not cases with participants (a call back, a withdrawal).
pub fn no_participants(_: &Values) -> Vec<crate::staff::participants::NewParticipant> {
    Vec::new()
}
/// For journeys that always speak to the person filling them in.
pub fn always_you(_: &Values) -> Voice {
    Voice::You
}

/// Where to go after a page passes.
#[derive(Debug, PartialEq, Eq)]
pub enum Next {
    Step(&'static str),
    Check,
}

impl Journey {
    pub fn step(&self, slug: &str) -> Option<&'static Step> {
        self.steps.iter().find(|s| s.slug == slug)
    }

    pub fn first_step(&self, values: &Values) -> &'static str {
        (self.route)(values)[0]
    }

    /// The kind pages (out of scope, under 18, not safe now...) these answers pass, for staff.
    pub fn kind_pages(&self, values: &Values) -> Vec<&'static str> {
        (self.route)(values)
            .into_iter()
            .filter(|slug| self.step(slug).is_some_and(|s| matches!(s.kind, StepKind::Info)))
            .collect()
    }

    pub fn check_slug(&self) -> &'static str {
        self.steps.iter().find(|s| matches!(s.kind, StepKind::Check)).map_or("check", |s| s.slug)
    }

    /// The step before this one on the route, for the Back link.
    pub fn previous(&self, slug: &str, values: &Values) -> Option<&'static str> {
        let route = (self.route)(values);
        let at = route.iter().position(|s| *s == slug)?;
        at.checked_sub(1).map(|i| route[i])
    }

    /// Whether a person may see this step yet: it is on the route and every question page
    /// before it is done. Stops people jumping ahead by typing addresses.
    pub fn reachable(&self, slug: &str, state: &DraftState) -> bool {
        let route = (self.route)(&state.answers);
        let Some(at) = route.iter().position(|s| *s == slug) else { return false };
        route[..at].iter().all(|s| self.is_done(s, state))
    }

    fn is_done(&self, slug: &str, state: &DraftState) -> bool {
        match self.step(slug).map(|s| s.kind) {
            Some(StepKind::Questions(_)) | Some(StepKind::Consent(_)) => state.done.contains(slug),
            // Pages that only explain are done once passed, and the check page by being seen.
            _ => true,
        }
    }

    /// The first question page on the route still to answer, if any.
    pub fn first_incomplete(&self, state: &DraftState) -> Option<&'static str> {
        let check = self.check_slug();
        (self.route)(&state.answers)
            .into_iter()
            .take_while(|s| *s != check)
            .find(|s| !self.is_done(s, state))
    }

    /// Where to send someone who asks for a page they cannot see yet: the first page still to
    /// answer, or, with everything answered, the end of their route (check answers, or the
    /// page that stops the journey).
    pub fn resume_at(&self, state: &DraftState) -> &'static str {
        self.first_incomplete(state).unwrap_or_else(|| {
            let route = (self.route)(&state.answers);
            let check = self.check_slug();
            if route.contains(&check) { check } else { route[route.len() - 1] }
        })
    }

    /// After `slug` passes: the next step on the route, or, when the person came from the
    /// check page and nothing new is needed, straight back there.
    pub fn next(&self, slug: &str, state: &DraftState, returning_to_check: bool) -> Next {
        if returning_to_check {
            return match self.first_incomplete(state) {
                Some(step) => Next::Step(step),
                None => Next::Check,
            };
        }
        let route = (self.route)(&state.answers);
        match route.iter().position(|s| *s == slug).and_then(|i| route.get(i + 1)) {
            Some(next) if *next == self.check_slug() => Next::Check,
            Some(next) => Next::Step(next),
            None => Next::Check,
        }
    }

    /// The answered question pages on the route, in order, for the check-answers page.
    pub fn answered_steps(&self, state: &DraftState) -> Vec<&'static Step> {
        (self.route)(&state.answers)
            .into_iter()
            .filter_map(|slug| self.step(slug))
            .filter(|s| matches!(s.kind, StepKind::Questions(_)) && state.done.contains(s.slug))
            .collect()
    }

    /// Removes answers to questions that no longer apply (the person changed an earlier
    /// answer), so nothing stale is sent.
    pub fn prune(&self, state: &mut DraftState) {
        let route: BTreeSet<&str> = (self.route)(&state.answers).into_iter().collect();
        let mut keep: BTreeSet<&str> = BTreeSet::new();
        for step in self.steps.iter().filter(|s| route.contains(s.slug)) {
            for q in step.questions_list() {
                if q.applies(&state.answers) {
                    keep.insert(q.name);
                }
            }
        }
        state.answers.retain(|name, _| keep.contains(name.as_str()));
        state.done.retain(|slug| route.contains(slug.as_str()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const YES_NO: &[&str] = &["yes", "no"];
    const QS_A: &[Question] = &[Question::required("a", Input::Radios(YES_NO))];
    const QS_B: &[Question] = &[Question::required("b", Input::Radios(YES_NO))];
    const QS_C: &[Question] = &[Question::optional("c", Input::Radios(YES_NO))];
    const STEPS: &[Step] = &[
        Step::questions("a", QS_A),
        Step::questions("b", QS_B),
        Step::info("b-info"),
        Step::questions("c", QS_C),
        Step::check_answers("check"),
        Step::consent("consent", &[]),
    ];

    fn route(values: &Values) -> Vec<&'static str> {
        let mut r = vec!["a"];
        if has(values, "a", "yes") {
            r.push("b");
            if has(values, "b", "no") {
                r.push("b-info");
            }
        }
        r.extend(["c", "check", "consent"]);
        r
    }

    const JOURNEY: Journey =
        Journey {
            id: "test",
            kind: crate::staff::model::RequestKind::Referral,
            path: "test",
            steps: STEPS,
            route,
            min_seconds: 0,
            facts: no_facts,
            clock: Clock::Referral,
            links_by: None,
            area: no_area,
            voice: always_you,
            up_front: &[],
            participants: no_participants,
        };

    fn state(answers: &[(&str, &str)], done: &[&str]) -> DraftState {
        DraftState {
            answers: answers.iter().map(|(k, v)| (k.to_string(), vec![v.to_string()])).collect(),
            done: done.iter().map(|s| s.to_string()).collect(),
            ..DraftState::default()
        }
    }

    #[test]
    fn next_follows_the_route_that_the_answers_choose() {
        let s = state(&[("a", "yes")], &["a"]);
        assert_eq!(JOURNEY.next("a", &s, false), Next::Step("b"));
        let s = state(&[("a", "no")], &["a"]);
        assert_eq!(JOURNEY.next("a", &s, false), Next::Step("c"));
        let s = state(&[("a", "yes"), ("b", "no")], &["a", "b"]);
        assert_eq!(JOURNEY.next("b", &s, false), Next::Step("b-info"));
        assert_eq!(JOURNEY.next("c", &s, false), Next::Check);
    }

    #[test]
    fn back_goes_to_the_previous_step_on_this_route() {
        let values = state(&[("a", "no")], &[]).answers;
        assert_eq!(JOURNEY.previous("c", &values), Some("a"));
        assert_eq!(JOURNEY.previous("a", &values), None);
    }

    #[test]
    fn returning_from_check_goes_back_unless_a_new_question_now_applies() {
        let s = state(&[("a", "no"), ("c", "yes")], &["a", "c"]);
        assert_eq!(JOURNEY.next("a", &s, true), Next::Check);
        let s = state(&[("a", "yes"), ("c", "yes")], &["a", "c"]);
        assert_eq!(JOURNEY.next("a", &s, true), Next::Step("b"), "b now applies");
    }

    #[test]
    fn a_step_is_reachable_only_when_everything_before_it_is_done() {
        let s = state(&[("a", "yes")], &["a"]);
        assert!(JOURNEY.reachable("b", &s));
        assert!(!JOURNEY.reachable("c", &s), "b is not done");
        assert!(!JOURNEY.reachable("nowhere", &s));
        let s = state(&[("a", "no")], &["a", "c"]);
        assert!(JOURNEY.reachable("check", &s));
        assert!(!JOURNEY.reachable("b", &s), "not on this route");
    }

    #[test]
    fn a_page_out_of_reach_resumes_at_the_first_unanswered_page_or_the_end() {
        let s = state(&[("a", "yes")], &["a"]);
        assert_eq!(JOURNEY.resume_at(&s), "b");
        let s = state(&[("a", "no")], &["a", "c"]);
        assert_eq!(JOURNEY.resume_at(&s), "check");
    }

    #[test]
    fn changing_an_answer_prunes_answers_that_no_longer_apply() {
        let mut s = state(&[("a", "no"), ("b", "no"), ("c", "yes")], &["a", "b", "c"]);
        JOURNEY.prune(&mut s);
        assert!(!s.answers.contains_key("b"));
        assert!(!s.done.contains("b"));
        assert!(s.answers.contains_key("c"));
    }

    #[test]
    fn pending_values_are_shown_only_on_their_own_step() {
        let mut s = state(&[("a", "yes")], &["a"]);
        s.pending = Some(Pending {
            step: "b".into(),
            values: [("b".to_string(), vec!["maybe".to_string()])].into(),
            errors: vec![FieldError::new("b", "q-b-error")],
        });
        assert_eq!(s.values_for("b").1.len(), 1);
        assert_eq!(s.values_for("a").1.len(), 0);
        assert_eq!(first(s.values_for("a").0, "a"), Some("yes"));
    }
}
