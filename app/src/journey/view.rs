//! Rendering a journey's pages in the GOV.UK question-page pattern: a Back link, one heading,
//! hint text, errors beside their fields and in a summary at the top, and a Continue button.
//! Everything is a plain HTML form: it works the same with JavaScript off.

use leptos::prelude::*;
use leptos_meta::Title;

use super::{DraftState, FieldError, Input, Journey, Question, Step, StepKind, Values, Voice, Width};
use crate::{
    i18n::{FluentValue, Lang, t, t_args, t_opt},
    site::SiteInfo,
};

/// What the server hands a journey page: the draft, and whether the person came from the
/// check-answers page (a Change link).
#[derive(Clone, Debug, Default)]
pub struct JourneyView {
    pub state: DraftState,
    pub returning_to_check: bool,
}

/// `/{lang}/{journey}/{step}`.
pub fn step_path(lang: Lang, journey: &Journey, slug: &str) -> String {
    format!("/{}/{}/{}", lang.code(), journey.path, slug)
}

/// `/{lang}/{journey}`: the start page.
pub fn start_path(lang: Lang, journey: &Journey) -> String {
    format!("/{}/{}", lang.code(), journey.path)
}

/// The text of an error, with its count if it has one.
pub fn error_text(lang: Lang, error: &FieldError) -> String {
    match error.count {
        Some(n) => t_args(lang, &error.message, &[("count", FluentValue::from(n))]),
        None => t(lang, &error.message),
    }
}

/// The words for an answer, as the check-answers page and staff see it.
pub fn answer_text(lang: Lang, question: &Question, voice: Voice, values: &Values) -> Option<String> {
    let chosen = values.get(question.name).filter(|v| !v.is_empty())?;
    let words: Vec<String> = match question.input {
        Input::Radios(_) | Input::Checkboxes(_) => {
            chosen.iter().map(|c| t(lang, &question.option_message(voice, c))).collect()
        }
        Input::Select(_) => chosen.iter().map(|c| option_text(lang, c)).collect(),
        Input::Text { .. } | Input::TextArea { .. } => chosen.clone(),
    };
    Some(words.join("\n"))
}

fn step_title(lang: Lang, journey: &Journey, step: &Step, voice: Voice) -> String {
    match step.questions_list() {
        [only] if matches!(step.kind, StepKind::Questions(_)) => t(lang, &only.message(voice)),
        _ => t(lang, &step.message(journey.id, voice)),
    }
}

pub(crate) fn page_title(lang: Lang, heading: &str, has_errors: bool) -> String {
    let service = use_context::<SiteInfo>().unwrap_or_default().service_name;
    if has_errors {
        format!("{} {heading} – {service}", t(lang, "error-title-prefix"))
    } else {
        format!("{heading} – {service}")
    }
}

/// One page of a journey, chosen by `slug`.
#[component]
pub fn StepPage(journey: &'static Journey, step: &'static Step) -> impl IntoView {
    let lang = expect_context::<Lang>();
    let view_state = use_context::<JourneyView>().unwrap_or_default();
    let state = view_state.state;
    let back = journey
        .previous(step.slug, &state.answers)
        .map(|prev| step_path(lang, journey, prev))
        .unwrap_or_else(|| start_path(lang, journey));
    let (values, errors) = state.values_for(step.slug);
    let values = values.clone();
    let errors = errors.to_vec();
    let voice = (journey.voice)(&state.answers);
    let heading = step_title(lang, journey, step, voice);
    let body_id = format!("{}-body", step.message(journey.id, voice));
    let title = page_title(lang, &heading, !errors.is_empty());
    let action = step_path(lang, journey, step.slug);
    let body = match step.kind {
        StepKind::Questions(questions) => view! {
            <QuestionForm
                action
                questions
                heading=(questions.len() > 1).then(|| heading.clone())
                single=questions.len() == 1
                earlier=state.answers.clone()
                values
                errors=errors.clone()
                returning=view_state.returning_to_check
                button=t(lang, "button-continue")
                voice
            />
        }
        .into_any(),
        StepKind::Consent(questions) => view! {
            <h1>{heading.clone()}</h1>
            <Paragraphs id=body_id.clone() />
            <p>
                <a href=crate::paths::Page::Privacy.path(lang)>{t(lang, "consent-privacy-link")}</a>
            </p>
            <QuestionForm
                action
                questions
                heading=None
                single=false
                earlier=state.answers.clone()
                values
                errors=errors.clone()
                returning=false
                button=t(lang, "button-send")
                voice
            />
        }
        .into_any(),
        StepKind::Info => view! {
            <h1>{heading.clone()}</h1>
            <Paragraphs id=body_id.clone() />
            <form method="post" action=action novalidate>
                <SpamTrap />
                <ReturnField returning=view_state.returning_to_check />
                <button type="submit" class="button">{t(lang, "button-carry-on")}</button>
            </form>
            <CallBackOffer />
        }
        .into_any(),
        StepKind::Stop => view! {
            <h1>{heading.clone()}</h1>
            <Paragraphs id=body_id.clone() />
            <CallBackOffer />
        }
        .into_any(),
        StepKind::Check => view! { <CheckAnswers journey heading=heading.clone() state=state.clone() /> }
            .into_any(),
    };
    view! {
        <Title text=title />
        <a href=back class="back-link">{t(lang, "link-back")}</a>
        <ErrorSummary errors />
        {body}
    }
}

/// A Fluent message whose paragraphs are separated by blank lines, as `<p>`s.
#[component]
pub fn Paragraphs(id: String) -> impl IntoView {
    let lang = expect_context::<Lang>();
    let text = t(lang, &id);
    text.split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .map(|p| view! { <p>{p.trim().to_owned()}</p> })
        .collect_view()
}

/// "You can also ask us to call you back", on the pages that step out of the usual path.
#[component]
fn CallBackOffer() -> impl IntoView {
    let lang = expect_context::<Lang>();
    view! {
        <p class="call-back-offer">
            <a href=format!("/{}/call-back", lang.code())>{t(lang, "offer-call-back")}</a>
        </p>
    }
}

/// The hidden field that says "I came from the check-answers page".
#[component]
fn ReturnField(returning: bool) -> impl IntoView {
    returning.then(|| view! { <input type="hidden" name="return" value="check" /> })
}

/// A field people cannot see or reach: robots fill it in, people do not.
#[component]
pub fn SpamTrap() -> impl IntoView {
    let lang = expect_context::<Lang>();
    view! {
        <div class="spam-trap" aria-hidden="true">
            <label for="f-website">{t(lang, "spam-trap-label")}</label>
            <input type="text" id="f-website" name="website" tabindex="-1" autocomplete="off" />
        </div>
    }
}

/// The list of problems at the top of the page. `autofocus` puts the keyboard and screen
/// reader there on arrival, even without JavaScript.
#[component]
pub fn ErrorSummary(errors: Vec<FieldError>) -> impl IntoView {
    let lang = expect_context::<Lang>();
    let problems = errors.iter().map(|e| (format!("f-{}", e.field), error_text(lang, e))).collect();
    view! { <crate::components::form::ErrorList title=t(lang, "error-summary-title") problems /> }
}

#[component]
pub fn QuestionForm(
    action: String,
    questions: &'static [Question],
    /// The page's h1, unless the page has its own or a single question is the heading.
    heading: Option<String>,
    single: bool,
    /// Answers to earlier pages: they decide which questions this page shows.
    earlier: Values,
    values: Values,
    errors: Vec<FieldError>,
    returning: bool,
    button: String,
    /// Who the questions speak to.
    #[prop(optional)]
    voice: Voice,
) -> impl IntoView {
    let heading_view = heading.map(|h| view! { <h1>{h}</h1> });
    let fields = questions
        .iter()
        .filter(|q| q.shown(&earlier))
        .map(|q| {
            let error = errors.iter().find(|e| e.field == q.name).cloned();
            view! { <Field question=*q values=values.clone() error single voice /> }
        })
        .collect_view();
    view! {
        {heading_view}
        <form method="post" action=action novalidate>
            <SpamTrap />
            <ReturnField returning />
            {fields}
            <button type="submit" class="button">{button}</button>
        </form>
    }
}

/// One question: a fieldset of radios or checkboxes, or a labelled text box.
#[component]
pub fn Field(question: Question, values: Values, error: Option<FieldError>, single: bool, voice: Voice) -> impl IntoView {
    let lang = expect_context::<Lang>();
    let name = question.name;
    let id = format!("f-{name}");
    let base = question.message(voice);
    let label = t(lang, &base);
    let hint = t_opt(lang, &format!("{base}-hint"));
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = {
        let mut ids = Vec::new();
        if hint.is_some() {
            ids.push(hint_id.clone());
        }
        if error.is_some() {
            ids.push(error_id.clone());
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    };
    let chosen: Vec<String> = values.get(name).cloned().unwrap_or_default();
    let hint_view = hint.map(|h| view! { <div id=hint_id.clone() class="hint">{h}</div> });
    let error_view = error.as_ref().map(|e| {
        view! {
            <p id=error_id.clone() class="error-message">
                <span class="visually-hidden">{t(lang, "error-prefix")} " "</span>
                {error_text(lang, e)}
            </p>
        }
    });
    let group_class = if error.is_some() { "form-group form-group-error" } else { "form-group" };
    match question.input {
        Input::Radios(options) | Input::Checkboxes(options) => {
            let kind = if matches!(question.input, Input::Radios(_)) { "radio" } else { "checkbox" };
            let legend = if single {
                view! {
                    <legend class="legend-page">
                        <h1>{label}</h1>
                    </legend>
                }
                .into_any()
            } else {
                view! { <legend class="legend-question">{label}</legend> }.into_any()
            };
            let items = options
                .iter()
                .enumerate()
                .map(|(i, code)| {
                    let item_id = if i == 0 { id.clone() } else { format!("{id}-{code}") };
                    let checked = chosen.iter().any(|c| c == code);
                    let option = question.option_message(voice, code);
                    let option_hint = t_opt(lang, &format!("{option}-hint"));
                    let option_hint_id = format!("{item_id}-hint");
                    view! {
                        <div class="choice">
                            <input
                                type=kind
                                id=item_id.clone()
                                name=name
                                value=*code
                                checked=checked
                                aria-describedby=option_hint.as_ref().map(|_| option_hint_id.clone())
                            />
                            <label for=item_id>{t(lang, &option)}</label>
                            {option_hint.map(|h| view! { <div id=option_hint_id class="hint choice-hint">{h}</div> })}
                        </div>
                    }
                })
                .collect_view();
            view! {
                <div class=group_class>
                    <fieldset aria-describedby=described_by>
                        {legend}
                        {hint_view}
                        {error_view}
                        <div class=format!("choices choices-{kind}")>{items}</div>
                    </fieldset>
                </div>
            }
            .into_any()
        }
        Input::Select(options) => {
            let current = chosen.first().cloned().unwrap_or_default();
            let items = options
                .iter()
                .map(|code| {
                    view! {
                        <option value=*code selected=current == *code>
                            {option_text(lang, code)}
                        </option>
                    }
                })
                .collect_view();
            let label_view = label_element(single, &id, label);
            view! {
                <div class=group_class>
                    {label_view}
                    {hint_view}
                    {error_view}
                    <select id=id name=name aria-describedby=described_by>
                        <option value="">{t(lang, "select-choose")}</option>
                        {items}
                    </select>
                </div>
            }
            .into_any()
        }
        Input::Text { rule, autocomplete, width } => {
            let input_type = match rule {
                super::TextRule::Email => "email",
                super::TextRule::Phone => "tel",
                _ => "text",
            };
            let inputmode = matches!(rule, super::TextRule::Year | super::TextRule::Years)
                .then_some("numeric");
            let width_class = match width {
                Width::Short => "input input-short",
                Width::Medium => "input input-medium",
                Width::Full => "input",
            };
            let label_view = label_element(single, &id, label);
            view! {
                <div class=group_class>
                    {label_view}
                    {hint_view}
                    {error_view}
                    <input
                        type=input_type
                        id=id
                        name=name
                        class=width_class
                        value=chosen.first().cloned().unwrap_or_default()
                        autocomplete=autocomplete
                        inputmode=inputmode
                        spellcheck="false"
                        aria-describedby=described_by
                        aria-invalid=error.is_some().then_some("true")
                    />
                </div>
            }
            .into_any()
        }
        Input::TextArea { max_chars, autocomplete } => {
            let value = chosen.first().cloned().unwrap_or_default();
            let used = value.chars().count() as i64;
            let counter_id = format!("{id}-count");
            let counter = t_args(
                lang,
                "textarea-count",
                &[("used", FluentValue::from(used)), ("max", FluentValue::from(max_chars as i64))],
            );
            // The same sentence with a marker where the number goes, for the script that keeps
            // the count up to date as people type (word order differs between languages).
            let template = t_args(
                lang,
                "textarea-count",
                &[("used", FluentValue::from("{n}")), ("max", FluentValue::from(max_chars as i64))],
            );
            let described_by = Some(match described_by {
                Some(ids) => format!("{ids} {counter_id}"),
                None => counter_id.clone(),
            });
            let label_view = label_element(single, &id, label);
            view! {
                <div class=group_class>
                    {label_view}
                    {hint_view}
                    {error_view}
                    <textarea
                        id=id
                        name=name
                        class="textarea"
                        rows="6"
                        autocomplete=autocomplete
                        data-max=max_chars.to_string()
                        aria-describedby=described_by
                        aria-invalid=error.is_some().then_some("true")
                        // Leptos's server renderer writes a textarea's text unescaped (a raw
                        // text element to it), so "</textarea><p>..." would become live markup.
                        inner_html=crate::html::escape_text(&value)
                    ></textarea>
                    <p
                        id=counter_id
                        class="hint counter"
                        data-counter-for=name
                        data-template=template
                        data-locale=crate::i18n::format::cldr_tag(lang)
                    >
                        {counter}
                    </p>
                </div>
            }
            .into_any()
        }
    }
}

/// A field's label; on a page with a single question the label is the page's heading
/// (the GOV.UK pattern), so there is one h1 and no repeated text.
fn label_element(single: bool, id: &str, label: String) -> AnyView {
    if single {
        view! {
            <h1 class="label-page">
                <label for=id.to_owned()>{label}</label>
            </h1>
        }
        .into_any()
    } else {
        view! { <label for=id.to_owned() class="label">{label}</label> }.into_any()
    }
}

/// Check your answers: every answered page, with a Change link back to it.
#[component]
fn CheckAnswers(journey: &'static Journey, heading: String, state: DraftState) -> impl IntoView {
    let lang = expect_context::<Lang>();
    let voice = (journey.voice)(&state.answers);
    let rows = journey
        .answered_steps(&state)
        .into_iter()
        .flat_map(|step| {
            step.questions_list()
                .iter()
                .filter(|q| q.applies(&state.answers))
                .map(move |q| (step, *q))
        })
        .map(|(step, q)| {
            let question = t(lang, &q.message(voice));
            let answer = answer_text(lang, &q, voice, &state.answers)
                .unwrap_or_else(|| t(lang, "check-not-answered"));
            let href = format!("{}?change=check", step_path(lang, journey, step.slug));
            view! {
                <div class="summary-row">
                    <dt>{question.clone()}</dt>
                    <dd class="summary-answer">{answer}</dd>
                    <dd class="summary-action">
                        <a href=href>
                            {t(lang, "check-change")}
                            <span class="visually-hidden">" " {question}</span>
                        </a>
                    </dd>
                </div>
            }
        })
        .collect_view();
    let consent = step_path(lang, journey, "consent");
    view! {
        <h1>{heading}</h1>
        <dl class="summary">{rows}</dl>
        <a href=consent class="button">{t(lang, "button-continue")}</a>
    }
}

/// The words for a select's option. The only select is the month list: each code is a month's
/// number, named by CLDR in the page's language.
fn option_text(lang: Lang, code: &str) -> String {
    match code.parse::<u8>() {
        Ok(month @ 1..=12) => crate::i18n::format::month_name(lang, month),
        _ => code.to_owned(),
    }
}
