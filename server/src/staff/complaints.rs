//! The complaints log for managers (`app::staff::complaints`): the log and the form for a new
//! complaint, and each complaint's page where what happened next is recorded. Audited.

use app::{
    journey::{Values, validate::RuleContext},
    ports::AuditEntry,
    staff::{
        StaffPage,
        complaints::{Complaint, ComplaintUpdate, NewComplaint},
        model::{Staff, is_sensitive},
    },
};
use axum::{
    Form,
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use chrono::{Datelike, Utc};

use super::{Handled, PageContext, Refusal, Signed, render};
use crate::startup::AppState;
use app::domain::calendar::uk_date;

const LOG_LIMIT: i64 = 500;

/// A form's answers, and what was typed to show again (each value's first 2,000 characters).
fn posted(fields: Vec<(String, String)>) -> (Values, Vec<(String, String)>) {
    let values = super::posted(fields);
    let typed = values.iter().flat_map(|(name, vs)| vs.iter().map(move |v| (name.clone(), v.chars().take(2000).collect()))).collect();
    (values, typed)
}

fn entry(signed: &Signed, action: &str) -> AuditEntry {
    AuditEntry { at: Utc::now(), actor: signed.staff.email.clone(), action: action.into(), subject: None, address: Some(signed.address.clone()) }
}

async fn log_page(state: &AppState, signed: &Signed, page: &PageContext, errors: Vec<(String, String)>, typed: Vec<(String, String)>) -> Handled {
    let complaints = state.store.complaints(LOG_LIMIT).await?;
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let view = StaffPage::Complaints { complaints, errors, typed, today: uk_date(Utc::now()) };
    Ok(render(state, page, signed.view(view, page), status).await)
}

pub async fn log(State(state): State<AppState>, signed: Signed, page: PageContext) -> Response {
    let handled: Handled = async {
        signed.require(&state, &page, Staff::is_manager).await?;
        signed.audit(&state, "complaints.view", None).await;
        log_page(&state, &signed, &page, Vec::new(), Vec::new()).await
    }
    .await;
    signed.answer(&state, &page, handled).await
}

pub async fn add(State(state): State<AppState>, signed: Signed, page: PageContext, Form(fields): Form<Vec<(String, String)>>) -> Response {
    let handled: Handled = async {
        signed.require(&state, &page, Staff::is_manager).await?;
        let (values, typed) = posted(fields);
        let today = uk_date(Utc::now());
        let ctx = RuleContext { current_year: today.year(), current_month: today.month() };
        let mut complaint = match NewComplaint::check(&values, today, ctx) {
            Ok(c) => c,
            Err(errors) => return log_page(&state, &signed, &page, errors, typed).await,
        };
        if let Some(reference) = complaint.reference.take() {
            if state.store.find_request(&reference).await?.is_none() {
                let errors = vec![("reference".to_owned(), format!("No case has the reference {reference}: check it, or leave it blank"))];
                return log_page(&state, &signed, &page, errors, typed).await;
            }
            complaint.reference = Some(reference);
        }
        let id = state.store.add_complaint(&complaint, &entry(&signed, "complaint.add"), signed.staff.id).await?;
        signed.tell("Complaint logged. Acknowledge it within 5 working days.").await;
        Ok(Redirect::to(&format!("/staff/complaints/{id}")).into_response())
    }
    .await;
    signed.answer(&state, &page, handled).await
}

/// A complaint, for someone who may read it: one about a case kept for specialists (its
/// reference, who complained and what they said would tell of the case) is refused, audited,
/// to a manager who is not a specialist, as the case itself is.
async fn readable_complaint(state: &AppState, signed: &Signed, page: &PageContext, id: &str) -> Result<Complaint, Refusal> {
    signed.require(state, page, Staff::is_manager).await?;
    let id = id.parse::<i64>().map_err(|_| Refusal::NotFound)?;
    let complaint = state.store.find_complaint(id).await?.ok_or(Refusal::NotFound)?;
    if let Some(reference) = &complaint.reference
        && !signed.staff.specialist
        && let Some(case) = state.store.find_request(reference).await?
    {
        signed.require(state, page, |_| !is_sensitive(&case.flags)).await?;
    }
    Ok(complaint)
}

pub async fn one(State(state): State<AppState>, signed: Signed, page: PageContext, Path(id): Path<String>) -> Response {
    let handled: Handled = async {
        let complaint = readable_complaint(&state, &signed, &page, &id).await?;
        signed.audit(&state, "complaint.view", Some(format!("complaint {}", complaint.id))).await;
        let view = StaffPage::Complaint { complaint, errors: Vec::new(), typed: Vec::new(), today: uk_date(Utc::now()) };
        Ok(render(&state, &page, signed.view(view, &page), StatusCode::OK).await)
    }
    .await;
    signed.answer(&state, &page, handled).await
}

pub async fn update(
    State(state): State<AppState>,
    signed: Signed,
    page: PageContext,
    Path(id): Path<String>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let handled: Handled = async {
        let complaint = readable_complaint(&state, &signed, &page, &id).await?;
        let id = complaint.id;
        let (values, typed) = posted(fields);
        let today = uk_date(Utc::now());
        match ComplaintUpdate::check(&values, &complaint, today) {
            Ok(u) => {
                state.store.update_complaint(id, &u, &entry(&signed, "complaint.update")).await?;
                signed.tell("Saved.").await;
                Ok(Redirect::to(&format!("/staff/complaints/{id}")).into_response())
            }
            Err(errors) => {
                let view = StaffPage::Complaint { complaint, errors, typed, today };
                Ok(render(&state, &page, signed.view(view, &page), StatusCode::UNPROCESSABLE_ENTITY).await)
            }
        }
    }
    .await;
    signed.answer(&state, &page, handled).await
}
