//! The people in a case (`app::staff::participants`): adding someone, their page (details,
//! agreement and willingness with its history, and, for managers only, equality answers), and
//! each change, written through `Store::change_case` with its timeline entry and audit line.

use app::{
    journey::{Values, validate::RuleContext},
    ports::{CaseEventKind, CaseRecord, Participant},
    staff::{
        ParticipantPage, StaffPage,
        model::Staff,
        pages::case_path,
        participants::{EqualityAnswers, NewParticipant, Role, Stance, check_details},
    },
};
use axum::{
    Form,
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use chrono::{Datelike, Utc};
use serde::Deserialize;

use super::{Handled, PageContext, Refusal, Signed, cases::{notice_for, open_case, rescreen}, posted, render};
use crate::startup::AppState;

fn rules() -> RuleContext {
    let today = Utc::now();
    RuleContext { current_year: today.year(), current_month: today.month() }
}


fn value<'a>(values: &'a Values, name: &str) -> &'a str {
    values.get(name).and_then(|v| v.first()).map(String::as_str).unwrap_or("")
}

/// The case and one of its participants, after the case's own access checks.
async fn open_participant(state: &AppState, signed: &Signed, ctx: &PageContext, reference: &str, id: &str) -> Result<(CaseRecord, Participant), Refusal> {
    let case = open_case(state, signed, ctx, reference).await?;
    let found = id.parse::<i64>().ok().and_then(|id| case.participants.iter().find(|p| p.id == id).cloned());
    let participant = found.ok_or(Refusal::NotFound)?;
    Ok((case, participant))
}

/// The participant's page, with what was typed and what is wrong with it.
async fn participant_page(state: &AppState, signed: &Signed, ctx: &PageContext, mut page: ParticipantPage, status: StatusCode) -> Handled {
    if let Some(p) = &page.participant {
        let events = state.store.case_events(page.case_id).await?;
        page.history = events.into_iter().filter(|e| e.participant.as_ref().is_some_and(|(id, _)| *id == p.id)).collect();
        // Equality answers are for managers alone (they feed the report, never the casework).
        if signed.staff.is_manager() && page.role.takes_part() {
            page.equality = Some(state.store.participant_equality(p.id).await?.unwrap_or_default());
        }
    }
    Ok(render(state, ctx, signed.view(StaffPage::Participant(Box::new(page)), ctx), status).await)
}

fn blank_page(case: &CaseRecord, participant: Option<Participant>, role: Role) -> ParticipantPage {
    ParticipantPage {
        reference: case.request.reference.clone(),
        case_id: case.id,
        values: participant.as_ref().map(|p| p.details.clone()).unwrap_or_default(),
        participant,
        role,
        question_errors: Vec::new(),
        errors: Vec::new(),
        typed: Vec::new(),
        history: Vec::new(),
        equality: None,
        case_ended: case.request.status.is_ending(),
        case_lang: case.request.lang.clone(),
        feedback_link: None,
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RoleQuery {
    role: String,
}

/// `GET .../people/new`: who is being added (a plain GET form, so it works without
/// JavaScript), then their details.
pub async fn new_page(State(state): State<AppState>, signed: Signed, ctx: PageContext, Path(reference): Path<String>, Query(q): Query<RoleQuery>) -> Response {
    let handled: Handled = async {
        let case = open_case(&state, &signed, &ctx, &reference).await?;
        let (role, errors) = match q.role.as_str() {
            "" => (None, Vec::new()),
            code => match Role::parse(code) {
                Ok(role) => (Some(role), Vec::new()),
                Err(_) => (None, vec![("role".to_owned(), "Choose who you are adding".to_owned())]),
            },
        };
        let Some(role) = role else {
            let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
            let view = signed.view(StaffPage::ChooseRole { reference: case.request.reference.clone(), errors }, &ctx);
            return Ok(render(&state, &ctx, view, status).await);
        };
        participant_page(&state, &signed, &ctx, blank_page(&case, None, role), StatusCode::OK).await
    }
    .await;
    signed.answer(&state, &ctx, handled).await
}

/// `POST .../people/new`: adds them, with what staff know of them.
pub async fn add(State(state): State<AppState>, signed: Signed, ctx: PageContext, Path(reference): Path<String>, Form(fields): Form<Vec<(String, String)>>) -> Response {
    let handled: Handled = async {
        let case = open_case(&state, &signed, &ctx, &reference).await?;
        let values = posted(fields);
        let Ok(role) = Role::parse(value(&values, "role")) else {
            let view = signed.view(
                StaffPage::ChooseRole { reference: case.request.reference.clone(), errors: vec![("role".to_owned(), "Choose who you are adding".to_owned())] },
                &ctx,
            );
            return Ok(render(&state, &ctx, view, StatusCode::UNPROCESSABLE_ENTITY).await);
        };
        let details = match check_details(role, &values, rules()) {
            Ok(d) => d,
            Err(errors) => {
                let page = ParticipantPage { values, question_errors: errors, ..blank_page(&case, None, role) };
                return participant_page(&state, &signed, &ctx, page, StatusCode::UNPROCESSABLE_ENTITY).await;
            }
        };
        let event = CaseEventKind::AddParticipant(NewParticipant { role, details, consent: None });
        save(&state, &signed, &case, event).await?;
        screen_again(&state, &signed, &case).await?;
        Ok(Redirect::to(&case_path(&case.request.reference)).into_response())
    }
    .await;
    signed.answer(&state, &ctx, handled).await
}

/// `GET .../people/{id}`: their page. Audited like opening the case.
pub async fn page(State(state): State<AppState>, signed: Signed, ctx: PageContext, Path((reference, id)): Path<(String, String)>) -> Response {
    let handled: Handled = async {
        let (case, participant) = open_participant(&state, &signed, &ctx, &reference, &id).await?;
        signed.audit(&state, "participant.view", Some(case.request.reference.clone())).await;
        let role = participant.role;
        participant_page(&state, &signed, &ctx, blank_page(&case, Some(participant), role), StatusCode::OK).await
    }
    .await;
    signed.answer(&state, &ctx, handled).await
}

/// `POST .../people/{id}/{details|stance|equality}`.
pub async fn act(
    State(state): State<AppState>,
    signed: Signed,
    ctx: PageContext,
    Path((reference, id, action)): Path<(String, String, String)>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let handled: Handled = async {
        if !matches!(action.as_str(), "details" | "stance" | "equality" | "feedback") {
            return Err(Refusal::NotFound);
        }
        if action == "equality" {
            signed.require(&state, &ctx, Staff::is_manager).await?;
        }
        let (case, participant) = open_participant(&state, &signed, &ctx, &reference, &id).await?;
        let values = posted(fields);
        let role = participant.role;
        let participant_id = participant.id;
        let mut again = blank_page(&case, Some(participant), role);
        let event = match action.as_str() {
            "details" => match check_details(role, &values, rules()) {
                Ok(details) => CaseEventKind::EditParticipant { participant_id, role, details },
                Err(errors) => {
                    again.values = values;
                    again.question_errors = errors;
                    return participant_page(&state, &signed, &ctx, again, StatusCode::UNPROCESSABLE_ENTITY).await;
                }
            },
            "stance" if role.takes_part() => {
                match Stance::check(value(&values, "consent"), value(&values, "willingness"), value(&values, "refusal"), value(&values, "stance-note")) {
                    Ok(stance) => CaseEventKind::Stance { participant_id, stance },
                    Err(errors) => {
                        again.errors = errors;
                        again.typed = ["consent", "willingness", "refusal", "stance-note"]
                            .iter()
                            .map(|f| ((*f).to_owned(), value(&values, f).to_owned()))
                            .collect();
                        return participant_page(&state, &signed, &ctx, again, StatusCode::UNPROCESSABLE_ENTITY).await;
                    }
                }
            }
            "equality" if role.takes_part() => match EqualityAnswers::check(&values) {
                Ok(answers) => CaseEventKind::Equality { participant_id, answers },
                Err(errors) => {
                    again.errors = errors;
                    return participant_page(&state, &signed, &ctx, again, StatusCode::UNPROCESSABLE_ENTITY).await;
                }
            },
            "feedback" if role.takes_part() => {
                let lang = app::i18n::Lang::from_code(value(&values, "feedback-lang")).filter(|l| app::i18n::Lang::ALL.contains(l));
                let problem = match (case.request.status.is_ending(), lang) {
                    (false, _) => Some("Feedback links are for cases that have ended"),
                    (true, None) => Some("Choose the language of the feedback form"),
                    (true, Some(_)) => None,
                };
                if let Some(problem) = problem {
                    again.errors = vec![("feedback-lang".to_owned(), problem.to_owned())];
                    return participant_page(&state, &signed, &ctx, again, StatusCode::UNPROCESSABLE_ENTITY).await;
                }
                let lang = lang.expect("checked above");
                let (token, digest) = super::auth::new_token();
                let expires_at = Utc::now() + chrono::Duration::days(app::feedback::LINK_DAYS);
                let event = CaseEventKind::FeedbackInvite { participant_id, digest, expires_at };
                state.store.change_case(&signed.change(&case, event)).await?;
                // Shown once, on this page: the link is never stored, in the session or anywhere.
                again.feedback_link = Some((format!("{}/{}/feedback/{token}", state.public_url, lang.code()), app::domain::calendar::uk_date(expires_at)));
                return participant_page(&state, &signed, &ctx, again, StatusCode::OK).await;
            }
            // A referrer does not take part: nothing to agree to, nothing to count.
            _ => return Err(Refusal::NotFound),
        };
        save(&state, &signed, &case, event).await?;
        if action == "details" {
            screen_again(&state, &signed, &case).await?;
        }
        Ok(Redirect::to(&format!("{}/people/{participant_id}", case_path(&case.request.reference))).into_response())
    }
    .await;
    signed.answer(&state, &ctx, handled).await
}

/// The people in a case are screened like a referral's answers (000 5.10, 5.4, 5.8): a flag
/// they now call for is raised, and the notice says so.
async fn screen_again(state: &AppState, signed: &Signed, before: &CaseRecord) -> Result<(), Refusal> {
    let raised = rescreen(state, signed, before).await?;
    if !raised.is_empty() {
        let names: Vec<&str> = raised.iter().map(|f| f.label()).collect();
        signed.tell(&format!("Saved. Screening raised: {}.", names.join(", "))).await;
    }
    Ok(())
}

/// Writes the change with its timeline entry and audit line, and leaves a notice for the next
/// page. A participant that is not this case's (or is gone) is not found (`StoreError::Stale`).
async fn save(state: &AppState, signed: &Signed, case: &CaseRecord, event: CaseEventKind) -> Result<(), Refusal> {
    let notice = notice_for(&event);
    state.store.change_case(&signed.change(case, event)).await?;
    signed.tell(notice).await;
    Ok(())
}
