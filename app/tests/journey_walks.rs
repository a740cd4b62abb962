//! The journey engine under random walks (issue 12: a fuzz target for the journey engine, run
//! as a property test so that it runs on the stable toolchain in every test run): people who
//! post any page of any journey in any order, with any mix of real options, nonsense, markup,
//! huge text and missing fields, exactly as `server::journeys` applies a post. Whatever they do,
//! nothing panics, and the draft keeps the engine's promises:
//!
//! - only answers to questions that apply on the current route are kept, and only steps on
//!   the route count as done (nothing stale is sent);
//! - where a person is sent to resume is a step they may see, and every step before it on the
//!   route is done;
//! - what was accepted passes the page's checks again unchanged (staff forms check stored
//!   answers again), and what the journey makes of it (facts, area, voice, participants) is
//!   worked out without a panic;
//! - the draft reads back from its stored form as itself.

use app::{
    journey::{
        DraftState, Input, Journey, Next, Step, StepKind, TextRule, Values,
        validate::{RuleContext, validate_step},
    },
    pages::journeys::JOURNEYS,
};
use proptest::prelude::*;

const CTX: RuleContext = RuleContext { current_year: 2026, current_month: 12 };

/// What someone might put in a field: a real answer (an option, or text its rule accepts),
/// text that rules refuse, anything at all.
fn value(real: &'static [&'static str]) -> impl Strategy<Value = String> {
    let real = proptest::sample::select(real).prop_map(str::to_owned);
    prop_oneof![
        16 => real,
        1 => proptest::sample::select(vec![
            "", " ", "yes", "no", "2020", "1899", "13", "walsall", "B1 1AA", "07700 900123", "sam@example.org",
            "RJ-HK4M-7TWX", "20/1234/25", "</textarea><h1>x</h1>", "'; DROP TABLE requests; --", "\u{202e}evil", "\u{0}",
        ])
        .prop_map(str::to_owned),
        1 => any::<String>(),
        1 => "[a-z]{1,4}".prop_map(|s| s.repeat(600)),
    ]
}

/// A post to one step: for each of its questions, nothing, one value or several.
fn post(step: &'static Step) -> BoxedStrategy<Values> {
    let questions = step.questions_list();
    let fields: Vec<BoxedStrategy<Option<(String, Vec<String>)>>> = questions
        .iter()
        .map(|q| {
            let options: &'static [&'static str] = match q.input {
                Input::Radios(o) | Input::Checkboxes(o) | Input::Select(o) => o,
                Input::Text { rule, .. } => match rule {
                    TextRule::Plain => &["a few words", "Walsall"],
                    TextRule::Name => &["Sam Jones", "Ms Ola Nowak"],
                    TextRule::Phone => &["07700 900123", "+44 7700 900124"],
                    TextRule::Email => &["sam@example.org"],
                    TextRule::Postcode => &["B1 1AA", "wv1 1aa"],
                    TextRule::Year => &["2020", "2025"],
                    TextRule::Years => &["3", "40"],
                    TextRule::CrimeReference => &["20/1234/25"],
                    TextRule::Reference => &["RJ-HK4M-7TWX"],
                },
                Input::TextArea { .. } => &["What happened, in a few words.", "Line one\nline two"],
            };
            let name = q.name.to_owned();
            proptest::option::weighted(0.95, proptest::collection::vec(value(options), 1..3))
                .prop_map(move |v| v.map(|v| (name.clone(), v)))
                .boxed()
        })
        .collect();
    fields.prop_map(|fields| fields.into_iter().flatten().collect()).boxed()
}

/// One move: mostly the page the person is sent to next, sometimes any page (going back to
/// change an answer, or typing an address), with a post ready for every page.
#[derive(Clone, Debug)]
struct Move {
    anywhere: bool,
    page: usize,
    posts: Vec<Values>,
}

/// A walk: which journey, then the moves.
fn walk() -> impl Strategy<Value = (usize, Vec<Move>)> {
    (0..JOURNEYS.len()).prop_flat_map(|j| {
        let steps = JOURNEYS[j].steps;
        let posts: Vec<BoxedStrategy<Values>> = steps.iter().map(post).collect();
        let one = (proptest::bool::weighted(0.15), 0..steps.len(), posts)
            .prop_map(|(anywhere, page, posts)| Move { anywhere, page, posts });
        (Just(j), proptest::collection::vec(one, 10..60))
    })
}

/// One post, as `server::journeys` applies it: refused if the step cannot be seen yet;
/// otherwise checked, and if it passes, its answers replace the step's and the draft is pruned.
fn apply(journey: &Journey, draft: &mut DraftState, step: &'static Step, posted: &Values) {
    if !journey.reachable(step.slug, draft) {
        return;
    }
    if !matches!(step.kind, StepKind::Questions(_) | StepKind::Consent(_)) {
        return;
    }
    match validate_step(step, posted, &draft.answers, (journey.voice)(&draft.answers), CTX) {
        Err(errors) => assert!(!errors.is_empty(), "a refusal names a problem"),
        Ok(accepted) => {
            for question in step.questions_list() {
                draft.answers.remove(question.name);
            }
            draft.answers.extend(accepted);
            draft.done.insert(step.slug.to_owned());
            journey.prune(draft);
            match journey.next(step.slug, draft, false) {
                Next::Step(next) => assert!(journey.step(next).is_some(), "{next} is a step"),
                Next::Check => {}
            }
        }
    }
}

fn keeps_its_promises(journey: &Journey, draft: &DraftState) {
    let route = (journey.route)(&draft.answers);
    assert!(!route.is_empty() && route.iter().all(|s| journey.step(s).is_some()), "the route is made of steps");
    for name in draft.answers.keys() {
        let applies = journey
            .steps
            .iter()
            .filter(|s| route.contains(&s.slug))
            .flat_map(|s| s.questions_list())
            .any(|q| q.name == name && q.applies(&draft.answers));
        assert!(applies, "{}: an answer to {name}, which no longer applies, is kept", journey.id);
    }
    for slug in &draft.done {
        assert!(route.contains(&slug.as_str()), "{}: {slug} counts as done but is off the route", journey.id);
    }
    let resume = journey.resume_at(draft);
    assert!(journey.reachable(resume, draft), "{}: sent to resume at {resume}, which cannot be seen", journey.id);
    for step in journey.answered_steps(draft) {
        let (mine, earlier): (Values, Values) = draft.answers.clone().into_iter().partition(|(k, _)| step.questions_list().iter().any(|q| q.name == k));
        let again = validate_step(step, &mine, &earlier, (journey.voice)(&draft.answers), CTX);
        assert_eq!(again.as_ref().ok(), Some(&mine), "{}: {}'s accepted answers do not pass again unchanged", journey.id, step.slug);
    }
    let _ = (journey.facts)(&draft.answers);
    let _ = (journey.area)(&draft.answers);
    let _ = (journey.participants)(&draft.answers);
    let stored = serde_json::to_string(draft).expect("a draft serialises");
    assert_eq!(&serde_json::from_str::<DraftState>(&stored).expect("and reads back"), draft);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn any_walk_through_any_journey_keeps_the_engines_promises((j, moves) in walk()) {
        let journey = JOURNEYS[j];
        let mut draft = DraftState::new(journey.id, 0, "key".into());
        keeps_its_promises(journey, &draft);
        for m in &moves {
            let i = if m.anywhere {
                m.page
            } else {
                let next = journey.resume_at(&draft);
                journey.steps.iter().position(|s| s.slug == next).expect("a step")
            };
            apply(journey, &mut draft, &journey.steps[i], &m.posts[i]);
            keeps_its_promises(journey, &draft);
        }
    }
}
