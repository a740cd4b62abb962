//! The people in a case, as staff see them: the list on the case page, the page adding
//! someone, and each participant's page (their details in the referral journey's own
//! questions, in the third person; their agreement and willingness with its history; and, for
//! managers only, their optional equality answers).

use leptos::prelude::*;

use super::{CaseTable, CsrfField, Errors, Select, TextArea, case_path, error_for, event_text, language_options, long_date, short_time};
use crate::staff::{
    FieldErrors, ParticipantPage,
    participants::{Consent, EQUALITY_FIELDS, EqualityAnswers, RefusalReason, Role, Willingness, needs_bsl, needs_interpreter, questions, under_18},
};
use crate::{
    i18n::{Lang, t},
    journey::{Voice, view::error_text},
    ports::{CaseRecord, Participant},
};

pub fn person_path(reference: &str, id: i64) -> String {
    format!("{}/people/{id}", case_path(reference))
}

pub fn title(page: &ParticipantPage) -> String {
    match &page.participant {
        Some(p) => format!("{} – {}", p.display_name(), page.reference),
        None => format!("Add a {} to {}", page.role.label().to_lowercase(), page.reference),
    }
}

/// What they need from us, in a few words for the list.
fn needs_summary(p: &Participant) -> String {
    let needs: Vec<&str> = [
        (needs_interpreter(&p.details), "interpreter"),
        (needs_bsl(&p.details), "BSL"),
        (under_18(&p.details), "under 18"),
        (p.details.get("access").is_some_and(|a| !a.is_empty()), "access needs"),
    ]
    .into_iter()
    .filter_map(|(yes, what)| yes.then_some(what))
    .collect();
    if needs.is_empty() { "None recorded".to_owned() } else { needs.join(", ") }
}

fn stance_words(p: &Participant) -> (String, String) {
    if !p.role.takes_part() {
        return ("Not asked: refers only".to_owned(), "–".to_owned());
    }
    let consent = p.consent.map_or("Not recorded", Consent::label).to_owned();
    let mut willing = p.willingness.map_or("Not recorded", Willingness::label).to_owned();
    if let Some(r) = p.refusal {
        willing = format!("{willing} ({})", r.label.to_lowercase());
    }
    (consent, willing)
}

/// The case page's list of people, with a way to add each kind of participant.
#[component]
pub fn People(case: CaseRecord) -> impl IntoView {
    let reference = case.request.reference.clone();
    let count = case.participants.len();
    let rows = case
        .participants
        .iter()
        .map(|p| {
            let (consent, willing) = stance_words(p);
            view! {
                <tr>
                    <th scope="row"><a href=person_path(&reference, p.id)>{p.display_name()}</a></th>
                    <td>{p.role.label()}</td>
                    <td>{consent}</td>
                    <td>{willing}</td>
                    <td>{needs_summary(p)}</td>
                </tr>
            }
        })
        .collect_view();
    let add = Role::ALL
        .into_iter()
        .map(|r| {
            let href = format!("{}/people/new?role={}", case_path(&reference), r.code());
            view! { <li><a href=href>{format!("Add a {}", r.label().to_lowercase())}</a></li> }
        })
        .collect_view();
    (case.request.kind == crate::staff::model::RequestKind::Referral).then(|| {
        view! {
            <section aria-labelledby="people-title" class="case-people">
                <h2 id="people-title">"People in this case"</h2>
                <CaseTable id="people" caption="People in this case" headers=&["Name", "Part", "Agreement", "Willingness to take part", "Needs"] empty="Nobody is recorded yet." count rows=rows.into_any() />
                <ul class="link-list">{add}</ul>
            </section>
        }
    })
}

/// Adding someone: who they are decides the questions, so that comes first (a GET form).
#[component]
pub fn ChooseRole(reference: String, errors: FieldErrors) -> impl IntoView {
    let options: Vec<(String, String)> = std::iter::once((String::new(), "Choose who".to_owned()))
        .chain(Role::ALL.into_iter().map(|r| (r.code().to_owned(), r.label().to_owned())))
        .collect();
    view! {
        <p><a href=case_path(&reference) class="back-link">"Back to the case"</a></p>
        <h1><span class="caption">{reference.clone()}</span> " Add a person"</h1>
        <Errors errors=errors.clone() />
        <form method="get" action=format!("{}/people/new", case_path(&reference)) novalidate>
            <Select id="role".into() label="Who are you adding?" options selected=String::new() error=error_for(&errors, "role") />
            <button type="submit" class="button">"Continue"</button>
        </form>
    }
}

fn typed(page: &ParticipantPage, field: &str) -> String {
    page.typed.iter().find(|(f, _)| f == field).map(|(_, v)| v.clone()).unwrap_or_default()
}

#[component]
pub fn ParticipantView(page: ParticipantPage) -> impl IntoView {
    // The journey's questions take their words from English.
    provide_context(Lang::En);
    let case = case_path(&page.reference);
    let mut summary = page.errors.clone();
    summary.extend(page.question_errors.iter().map(|e| (format!("f-{}", e.field), error_text(Lang::En, e))));
    let fields = questions(page.role)
        .into_iter()
        .map(|q| {
            let error = page.question_errors.iter().find(|e| e.field == q.name).cloned();
            view! { <crate::journey::view::Field question=*q values=page.values.clone() error single=false voice=Voice::Them /> }
        })
        .collect_view();
    let (heading, action, button) = match &page.participant {
        Some(p) => (p.display_name(), format!("{}/details", person_path(&page.reference, p.id)), "Save details"),
        None => (format!("Add a {}", page.role.label().to_lowercase()), format!("{case}/people/new"), "Add to the case"),
    };
    let hint = "Record what you know. Only the name is needed; leave anything else blank until you know it.";
    view! {
        <p><a href=case.clone() class="back-link">"Back to the case"</a></p>
        <h1><span class="caption">{page.role.label()} " · " {page.reference.clone()}</span> " " {heading}</h1>
        <Errors errors=summary />
        {page.participant.clone().filter(|p| p.role.takes_part()).map(|p| view! { <Stance page=page.clone() participant=p /> })}
        <section aria-labelledby="details-title">
            <h2 id="details-title">"Their details"</h2>
            <p class="hint">{hint}</p>
            <form method="post" action=action novalidate class="intake">
                <CsrfField />
                {page.participant.is_none().then(|| view! { <input type="hidden" name="role" value=page.role.code() /> })}
                {fields}
                <button type="submit" class="button">{button}</button>
            </form>
        </section>
        {page.equality.clone().zip(page.participant.clone()).map(|(answers, p)| view! {
            <Equality page=page.clone() participant=p answers />
        })}
        {page.participant.clone().filter(|p| p.role.takes_part() && page.case_ended).map(|p| view! {
            <Feedback page=page.clone() participant=p />
        })}
        {page.participant.is_some().then(|| view! {
            <section aria-labelledby="history-title">
                <h2 id="history-title">"Their history in this case"</h2>
                {if page.history.is_empty() {
                    view! { <p>"Nothing recorded about them yet."</p> }.into_any()
                } else {
                    view! {
                        <ol class="timeline">
                            {page.history.iter().map(|e| view! { <li><span class="when">{short_time(e.at)}</span> " " {event_text(e)}</li> }).collect_view()}
                        </ol>
                    }.into_any()
                }}
            </section>
        })}
    }
}

/// Where they stand: whether they agreed to be contacted, how willing they are to take part,
/// and why, when they said no. Every answer stays in their history.
#[component]
fn Stance(page: ParticipantPage, participant: Participant) -> impl IntoView {
    let errs = page.errors.clone();
    let (consent, willing) = stance_words(&participant);
    let consents: Vec<(String, String)> = std::iter::once((String::new(), "No change".to_owned()))
        .chain(Consent::ALL.into_iter().map(|c| (c.code().to_owned(), c.label().to_owned())))
        .collect();
    let willingness: Vec<(String, String)> = std::iter::once((String::new(), "No change".to_owned()))
        .chain(Willingness::ALL.into_iter().map(|w| (w.code().to_owned(), w.label().to_owned())))
        .collect();
    let refusals: Vec<(String, String)> = std::iter::once((String::new(), "Only if they said no".to_owned()))
        .chain(RefusalReason::all().map(|r| (r.code.to_owned(), r.label.to_owned())))
        .collect();
    view! {
        <section aria-labelledby="stance-title" class="case-work">
            <h2 id="stance-title">"Agreement and willingness"</h2>
            <dl class="case-facts">
                <div><dt>"Agreement"</dt><dd>{consent}</dd></div>
                <div><dt>"Willingness"</dt><dd>{willing}</dd></div>
                {participant.refusal_note.clone().map(|n| view! { <div><dt>"In their words"</dt><dd>{n}</dd></div> })}
            </dl>
            <form method="post" action=format!("{}/stance", person_path(&page.reference, participant.id))>
                <CsrfField />
                <Select id="consent".into() label="Agreement to being contacted" options=consents selected=typed(&page, "consent") error=error_for(&errs, "consent") />
                <Select id="willingness".into() label="Willingness to take part" options=willingness selected=typed(&page, "willingness") error=error_for(&errs, "willingness") />
                <Select id="refusal".into() label="Why they said no" options=refusals selected=typed(&page, "refusal") error=error_for(&errs, "refusal") />
                <TextArea id="stance-note" label="Notes" hint="Needed for “Another reason”. Counted reasons come from the list above." value=typed(&page, "stance-note") error=error_for(&errs, "stance-note") />
                <button type="submit" class="button button-secondary">"Record their answer"</button>
            </form>
        </section>
    }
}

/// Optional equality answers, for the report's split of people harmed and people who caused
/// harm. Managers only; "would rather not say" is always an answer.
#[component]
fn Equality(page: ParticipantPage, participant: Participant, answers: EqualityAnswers) -> impl IntoView {
    let errs = page.errors.clone();
    let labels = ["Sex", "Gender the same as the sex registered at birth", "Ethnic group", "Disability or long-term health condition"];
    let selects = EQUALITY_FIELDS
        .iter()
        .zip(labels)
        .map(|((field, question, codes), label)| {
            let options: Vec<(String, String)> = std::iter::once((String::new(), "Not asked".to_owned()))
                .chain(codes.iter().map(|c| {
                    let words = if *c == "prefer-not" { "They would rather not say".to_owned() } else { t(Lang::En, &format!("{question}-{c}")) };
                    ((*c).to_owned(), words)
                }))
                .collect();
            view! { <Select id=(*field).to_owned() label options selected=answers.get(field).unwrap_or("").to_owned() error=error_for(&errs, field) /> }
        })
        .collect_view();
    view! {
        <section aria-labelledby="equality-title">
            <h2 id="equality-title">"Equality monitoring (managers only)"</h2>
            <p class="hint">"Ask only if they are happy to answer. Used only for the counts in the quarterly report; never shown to caseworkers."</p>
            <form method="post" action=format!("{}/equality", person_path(&page.reference, participant.id))>
                <CsrfField />
                {selects}
                <button type="submit" class="button button-secondary">"Save equality answers"</button>
            </form>
        </section>
    }
}

/// After the case ends: a one-time link to the feedback form for them, in their language. The
/// link is shown once, here, and never stored (only its digest is).
#[component]
fn Feedback(page: ParticipantPage, participant: Participant) -> impl IntoView {
    let action = format!("{}/feedback", person_path(&page.reference, participant.id));
    let chosen = page.typed.iter().find(|(f, _)| f == "feedback-lang").map(|(_, v)| v.clone()).unwrap_or_else(|| page.case_lang.clone());
    view! {
        <section aria-labelledby="feedback-title" class="case-work">
            <h2 id="feedback-title">"Feedback"</h2>
            {page.feedback_link.clone().map(|(link, until)| view! {
                <div class="notice" role="status">
                    <p>"Give " {participant.display_name()} " this link. It works once, until " {long_date(until)} ", and is shown only now:"</p>
                    <p><code class="secret feedback-link">{link}</code></p>
                    <p>"Read it out, put it in a letter, or e-mail it only if they said e-mail is safe. Their answers are counted in the report without their name."</p>
                </div>
            })}
            <p>"Ask them how it went: a short form about the service, the outcome and how they feel now, in their language. Each link works once, and their answers are counted without their name."</p>
            <form method="post" action=action class="narrow-form">
                <CsrfField />
                <Select id="feedback-lang".into() label="Language of the form" options=language_options() selected=chosen error=error_for(&page.errors, "feedback-lang") />
                <button type="submit" class="button button-secondary">"Make a feedback link"</button>
            </form>
        </section>
    }
}
