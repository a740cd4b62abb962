//! Participant feedback: after a case ends, staff give someone a one-time link to a short form
//! about the service, the outcome and how they feel now compared with before (000 9.2:
//! satisfaction and wellbeing). Every question has "I would rather not say". The answers are
//! kept with the person's part in the case and the month only, never with who they are.

use crate::journey::{Input, Question, Step, Values, first};

pub const SATISFACTION: &[&str] = &["very-satisfied", "satisfied", "neither", "dissatisfied", "very-dissatisfied", "prefer-not"];
pub const CHANGE: &[&str] = &["better", "same", "worse", "prefer-not"];

pub const QUESTIONS: &[Question] = &[
    Question::required("fb-service", Input::Radios(SATISFACTION)),
    Question::required("fb-outcome", Input::Radios(SATISFACTION)),
    Question::required("fb-safety", Input::Radios(CHANGE)),
    Question::required("fb-wellbeing", Input::Radios(CHANGE)),
    Question::required("fb-coping", Input::Radios(CHANGE)),
    Question::required("fb-confidence", Input::Radios(CHANGE)),
];

pub const STEP: Step = Step::questions("feedback", QUESTIONS);

/// How long a feedback link works.
pub const LINK_DAYS: i64 = 42;

/// One person's answers, as codes (checked against the lists above).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FeedbackAnswers {
    pub service: String,
    pub outcome: String,
    pub safety: String,
    pub wellbeing: String,
    pub coping: String,
    pub confidence: String,
}

impl FeedbackAnswers {
    /// From answers `journey::validate` accepted (every question is required, so each is
    /// there and is one of its options).
    pub fn from_values(v: &Values) -> Option<FeedbackAnswers> {
        let get = |name: &str| first(v, name).map(str::to_owned);
        Some(FeedbackAnswers {
            service: get("fb-service")?,
            outcome: get("fb-outcome")?,
            safety: get("fb-safety")?,
            wellbeing: get("fb-wellbeing")?,
            coping: get("fb-coping")?,
            confidence: get("fb-confidence")?,
        })
    }

    /// Each answer with its question's name, in order.
    pub fn pairs(&self) -> [(&'static str, &str); 6] {
        [
            ("fb-service", &self.service),
            ("fb-outcome", &self.outcome),
            ("fb-safety", &self.safety),
            ("fb-wellbeing", &self.wellbeing),
            ("fb-coping", &self.coping),
            ("fb-confidence", &self.confidence),
        ]
    }

    /// Whether every answer is one of its question's options (as read back from the store).
    pub fn is_valid(&self) -> bool {
        self.pairs().iter().zip(QUESTIONS).all(|((_, code), q)| match q.input {
            Input::Radios(options) => options.contains(code),
            _ => false,
        })
    }
}

/// One person's answers as the report counts them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeedbackResponse {
    pub role: crate::staff::participants::Role,
    /// The first day of the month they arrived.
    pub received_on: chrono::NaiveDate,
    pub answers: FeedbackAnswers,
}

/// What the feedback page shows, put in the request by its handler.
#[derive(Clone, Debug, PartialEq)]
pub enum FeedbackView {
    /// The form, with what was typed and its problems.
    Open { action: String, values: Values, errors: Vec<crate::journey::FieldError> },
    /// Used, expired or never issued: the same page for each, so a guess learns nothing.
    Gone,
    Thanks,
}

mod page {
    use leptos::prelude::*;
    use leptos_meta::Title;

    use super::{FeedbackView, QUESTIONS};
    use crate::{
        i18n::{Lang, rich, t, t_args},
        journey::{
            Values,
            view::{ErrorSummary, QuestionForm, page_title},
        },
        site::SiteInfo,
    };

    /// `/{lang}/feedback/{token}` and `/{lang}/feedback/thanks`.
    #[component]
    pub fn FeedbackPage() -> impl IntoView {
        let lang = expect_context::<Lang>();
        let info = use_context::<SiteInfo>().unwrap_or_default();
        let view = use_context::<FeedbackView>().unwrap_or(FeedbackView::Gone);
        match view {
            FeedbackView::Open { action, values, errors } => {
                let heading = t(lang, "feedback-title");
                view! {
                    <Title text=page_title(lang, &heading, !errors.is_empty()) />
                    <ErrorSummary errors=errors.clone() />
                    <h1>{heading}</h1>
                    <p>{t(lang, "feedback-intro")}</p>
                    <p>{t(lang, "feedback-prefer-not")}</p>
                    <QuestionForm
                        action=action
                        questions=QUESTIONS
                        heading=None
                        single=false
                        earlier=Values::new()
                        values=values
                        errors=errors
                        returning=false
                        button=t(lang, "button-send")
                    />
                }
                .into_any()
            }
            FeedbackView::Gone => {
                let heading = t(lang, "feedback-gone-title");
                view! {
                    <Title text=format!("{} – {}", heading, info.service_name) />
                    <h1>{heading}</h1>
                    <p>{rich(t_args(lang, "feedback-gone-text", &info.args(lang)))}</p>
                }
                .into_any()
            }
            FeedbackView::Thanks => {
                let heading = t(lang, "feedback-thanks-title");
                view! {
                    <Title text=format!("{} – {}", heading, info.service_name) />
                    <h1>{heading}</h1>
                    <p>{t(lang, "feedback-thanks-text")}</p>
                }
                .into_any()
            }
        }
    }
}

pub use page::FeedbackPage;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_question_lets_people_not_say() {
        for q in QUESTIONS {
            let Input::Radios(options) = q.input else { panic!("{} is a choice", q.name) };
            assert!(options.contains(&"prefer-not"), "{}", q.name);
        }
    }

    #[test]
    fn answers_read_back_are_checked_against_the_options() {
        let good = FeedbackAnswers {
            service: "satisfied".into(),
            outcome: "prefer-not".into(),
            safety: "better".into(),
            wellbeing: "same".into(),
            coping: "worse".into(),
            confidence: "prefer-not".into(),
        };
        assert!(good.is_valid());
        assert!(!FeedbackAnswers { safety: "satisfied".into(), ..good.clone() }.is_valid(), "a satisfaction code is not a change");
    }
}
