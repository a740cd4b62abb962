//! The journeys' own pages: start pages, the page for each step, the confirmation, and the
//! optional equality questions after sending.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::{
    callback::{CALL_BACK, WITHDRAW},
    i18n::{FluentValue, Lang, rich, t, t_args},
    journey::{
        Journey, Values,
        view::{ErrorSummary, JourneyView, Paragraphs, QuestionForm, StepPage, start_path, step_path},
    },
    pages::not_found::NotFound,
    paths::Page,
    referral,
    site::SiteInfo,
};

/// Every journey the public site serves.
pub const JOURNEYS: [&Journey; 3] = [&referral::JOURNEY, &CALL_BACK, &WITHDRAW];

/// The journey served under a path segment.
pub fn journey_at(segment: &str) -> Option<&'static Journey> {
    JOURNEYS.into_iter().find(|j| j.path == segment)
}

/// The journey a stored request came from (its kind is the journey's id).
pub fn journey_with_id(id: &str) -> Option<&'static Journey> {
    JOURNEYS.into_iter().find(|j| j.id == id)
}

/// The journey that makes requests of this kind (staff intake makes referrals the referral
/// journey's way). Every kind has one; a unit test walks them.
pub fn journey_of(kind: crate::staff::model::RequestKind) -> &'static Journey {
    JOURNEYS.into_iter().find(|j| j.kind == kind).expect("every request kind has its journey")
}

/// What happens, how long it takes, how answers are kept, and a Start button.
#[component]
pub fn StartPage(journey: &'static Journey) -> impl IntoView {
    let lang = expect_context::<Lang>();
    let info = use_context::<SiteInfo>().unwrap_or_default();
    let heading = t(lang, &format!("start-{}-title", journey.id));
    let hours = FluentValue::from(info.draft_idle_hours as i64);
    let other = if journey.id == "referral" {
        Some(view! {
            <p>
                <a href=start_path(lang, &CALL_BACK)>{t(lang, "offer-call-back")}</a>
            </p>
        })
    } else {
        None
    };
    view! {
        <Title text=format!("{heading} – {}", info.service_name) />
        <h1>{heading}</h1>
        {
            let body = format!("start-{}-body", journey.id);
            crate::pages::content::with_picture(lang, &body, view! { <Paragraphs id=body.clone() /> }.into_any())
        }
        <p>{rich(t_args(lang, "start-kept-for", &[("hours", hours)]))}</p>
        <form method="post" action=start_path(lang, journey)>
            <button type="submit" class="button button-start">{t(lang, "button-start")}</button>
        </form>
        {other}
    }
}

/// `/{lang}/{journey}/{step}`: the step, the confirmation, or the equality questions.
#[component]
pub fn JourneyStep(journey: &'static Journey) -> impl IntoView {
    let slug = use_params_map().read_untracked().get("step").unwrap_or_default();
    match (slug.as_str(), journey.step(&slug)) {
        ("sent", _) => view! { <SentPage journey /> }.into_any(),
        ("equality", _) if journey.id == "referral" => view! { <EqualityPage /> }.into_any(),
        (_, Some(step)) => view! { <StepPage journey step /> }.into_any(),
        _ => view! { <NotFound /> }.into_any(),
    }
}

/// Formats `YYYY-MM-DD` as a long date in the page's language ("Thursday, 3 December 2026"),
/// from CLDR (`i18n::format`).
pub fn long_date(lang: Lang, iso: &str) -> String {
    match chrono::NaiveDate::parse_from_str(iso, "%Y-%m-%d") {
        Ok(date) => crate::i18n::format::long_date(lang, date),
        Err(_) => iso.to_owned(),
    }
}

/// The confirmation: the reference, the date we will be in touch by, and what happens next.
/// Safe to revisit: it shows only the reference and the date.
#[component]
fn SentPage(journey: &'static Journey) -> impl IntoView {
    let lang = expect_context::<Lang>();
    let info = use_context::<SiteInfo>().unwrap_or_default();
    let state = use_context::<JourneyView>().unwrap_or_default().state;
    let Some(sent) = state.sent else {
        return view! { <NotFound /> }.into_any();
    };
    let heading = t(lang, &format!("sent-{}-title", journey.id));
    let date = long_date(lang, &sent.contact_by);
    let equality = (journey.id == "referral" && !sent.monitoring_done).then(|| {
        view! {
            <h2>{t(lang, "sent-equality-heading")}</h2>
            <p>{t(lang, "sent-equality-text")}</p>
            <p>
                <a href=step_path(lang, journey, "equality")>{t(lang, "sent-equality-link")}</a>
            </p>
        }
    });
    let withdraw = (journey.id != "withdrawal").then(|| {
        view! {
            <h2>{t(lang, "sent-withdraw-heading")}</h2>
            <p>
                {t(lang, "sent-withdraw-text")} " "
                <a href=start_path(lang, &WITHDRAW)>{t(lang, "sent-withdraw-link")}</a>
            </p>
        }
    });
    view! {
        <Title text=format!("{heading} – {}", info.service_name) />
        <div class="panel">
            <h1>{heading}</h1>
            <p class="panel-reference">
                {t(lang, "sent-reference")} <br />
                <strong dir="ltr">{sent.reference.clone()}</strong>
            </p>
        </div>
        <p>{t(lang, "sent-keep-reference")}</p>
        <h2>{t(lang, "sent-next-heading")}</h2>
        <p>{rich(t_args(lang, &format!("sent-{}-next", journey.id), &[("date", FluentValue::from(date))]))}</p>
        <h2>{t(lang, "sent-contact-heading")}</h2>
        <p>
            {t(lang, "contact-phone-label")} " "
            <a href=info.phone_href() dir="ltr">{info.phone.clone()}</a>
            <br />
            {t(lang, "contact-email-label")} " "
            <a href=format!("mailto:{}", info.email) dir="ltr">{info.email.clone()}</a>
        </p>
        {withdraw}
        <h2>{t(lang, "sent-support-heading")}</h2>
        <p>{t(lang, "sent-support-text")}</p>
        <p class="print-hint">{t(lang, "sent-print")}</p>
        {equality}
        <p>
            <a href=Page::Home.path(lang)>{t(lang, "sent-home-link")}</a>
        </p>
    }
    .into_any()
}

/// Optional questions for equality monitoring, after sending.
#[component]
fn EqualityPage() -> impl IntoView {
    let lang = expect_context::<Lang>();
    let info = use_context::<SiteInfo>().unwrap_or_default();
    let state = use_context::<JourneyView>().unwrap_or_default().state;
    let (values, errors) = state.values_for("equality");
    let heading = t(lang, "step-referral-equality");
    let action = step_path(lang, &referral::JOURNEY, "equality");
    view! {
        <Title text=format!("{} – {}", heading, info.service_name) />
        <a href=step_path(lang, &referral::JOURNEY, "sent") class="back-link">{t(lang, "link-back")}</a>
        <ErrorSummary errors=errors.to_vec() />
        <h1>{heading}</h1>
        <Paragraphs id="step-referral-equality-body".to_owned() />
        <QuestionForm
            action=action.clone()
            questions=crate::equality::QUESTIONS
            heading=None
            single=false
            earlier=Values::new()
            values=values.clone()
            errors=errors.to_vec()
            returning=false
            button=t(lang, "button-send")
        />
        <form method="post" action=action>
            <input type="hidden" name="skip" value="1" />
            <button type="submit" class="button button-secondary">{t(lang, "button-skip")}</button>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::t_opt;
    use crate::journey::{Input, StepKind, Voice};

    #[test]
    fn every_request_kind_has_its_own_journey() {
        for kind in crate::staff::model::RequestKind::ALL {
            assert_eq!(journey_of(kind).kind, kind);
            assert_eq!(journey_of(kind).id, kind.code(), "a journey's drafts and its requests use one name");
        }
    }

    /// Every message a journey page can show, in both voices, exists in English (and so, by the
    /// locale checks, in every language): a voiced question or page without its words would
    /// otherwise show its id to the person.
    #[test]
    fn every_message_a_journey_can_show_exists_in_both_voices() {
        let mut missing = Vec::new();
        let mut need = |id: String| {
            if t_opt(Lang::En, &id).is_none() {
                missing.push(id);
            }
        };
        for journey in JOURNEYS {
            for voice in Voice::BOTH {
                for step in journey.steps {
                    let title = step.message(journey.id, voice);
                    match step.kind {
                        StepKind::Questions([_]) => {}
                        StepKind::Info | StepKind::Stop | StepKind::Consent(_) => {
                            need(format!("{title}-body"));
                            need(title);
                        }
                        StepKind::Questions(_) | StepKind::Check => need(title),
                    }
                    for q in step.questions_list() {
                        need(q.message(voice));
                        if q.required {
                            need(format!("{}-error", q.message(voice)));
                        }
                        if let Input::Radios(options) | Input::Checkboxes(options) = q.input {
                            for option in options {
                                need(q.option_message(voice, option));
                            }
                        }
                    }
                }
            }
        }
        missing.sort();
        missing.dedup();
        assert!(missing.is_empty(), "{missing:?}");
    }
}
