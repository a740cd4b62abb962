//! Optional equality monitoring, asked after sending and stored apart from the referral, for the
//! quarterly report. Every question has "prefer not to say". Ethnicity uses the GSS harmonised
//! categories for England.

use crate::journey::{Input, Question, Step};

pub const AGES: &[&str] =
    &["under-18", "18-24", "25-34", "35-44", "45-54", "55-64", "65-plus", "prefer-not"];
pub const SEX: &[&str] = &["female", "male", "prefer-not"];
pub const GENDER_SAME: &[&str] = &["yes", "no", "prefer-not"];
pub const ETHNICITY: &[&str] = &[
    "white-british",
    "white-irish",
    "white-gypsy-traveller",
    "white-roma",
    "white-other",
    "mixed-white-black-caribbean",
    "mixed-white-black-african",
    "mixed-white-asian",
    "mixed-other",
    "asian-indian",
    "asian-pakistani",
    "asian-bangladeshi",
    "asian-chinese",
    "asian-other",
    "black-african",
    "black-caribbean",
    "black-other",
    "other-arab",
    "other-any",
    "prefer-not",
];
pub const DISABILITY: &[&str] = &["yes", "no", "prefer-not"];

pub const QUESTIONS: &[Question] = &[
    Question::optional("eq-age", Input::Radios(AGES)),
    Question::optional("eq-sex", Input::Radios(SEX)),
    Question::optional("eq-gender-same", Input::Radios(GENDER_SAME)),
    Question::optional("eq-ethnicity", Input::Radios(ETHNICITY)),
    Question::optional("eq-disability", Input::Radios(DISABILITY)),
];

pub const STEP: Step = Step::questions("equality", QUESTIONS);
