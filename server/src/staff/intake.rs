//! New referrals entered by staff (`app::staff::intake`): the page, and saving it through the
//! same `journeys::submit` as the website, so screening, deadlines and e-mails are the same.

use app::{
    domain::reference::Reference,
    ports::StoreError,
    journey::{Values, validate::RuleContext},
    referral,
    staff::{
        IntakePage, StaffPage, intake,
        model::{CaseAccess, Staff, is_sensitive},
        pages::case_path,
    },
};
use axum::{
    Form,
    extract::{Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use chrono::{Datelike, Utc};
use serde::Deserialize;

use super::{Handled, PageContext, Refusal, Signed, cases::open_case, render};
use crate::{
    journeys::{Submission, submit},
    startup::AppState,
};

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct From {
    /// A call back to turn into a referral.
    from: String,
}

pub async fn page(State(state): State<AppState>, signed: Signed, ctx: PageContext, Query(q): Query<From>) -> Response {
    let handled: Handled = async {
        signed.require(&state, &ctx, Staff::sees_whole_queue).await?;
        let mut intake = IntakePage { submission_key: uuid::Uuid::new_v4().to_string(), ..Default::default() };
        if !q.from.is_empty() {
            let call_back = call_back(&state, &signed, &ctx, &q.from).await?;
            let answers: Values = serde_json::from_str(&call_back.answers_json).unwrap_or_default();
            intake.values = intake::from_call_back(&answers);
            intake.values.insert("lang".into(), vec![call_back.lang.clone()]);
            intake.from_call_back = Some(call_back.reference);
        }
        Ok(render(&state, &ctx, signed.view(StaffPage::Intake(Box::new(intake)), &ctx), StatusCode::OK).await)
    }
    .await;
    signed.answer(&state, &ctx, handled).await
}

/// The call back a referral is made from: one this member of staff may open in full.
async fn call_back(
    state: &AppState,
    signed: &Signed,
    ctx: &PageContext,
    reference: &str,
) -> Result<app::ports::StoredRequest, Refusal> {
    let parsed = Reference::parse(reference).map_err(|_| Refusal::NotFound)?;
    let case = open_case(state, signed, ctx, parsed.as_str()).await?;
    if case.request.kind != app::staff::model::RequestKind::CallBack {
        return Err(Refusal::NotFound);
    }
    Ok(case.request)
}

pub async fn save(
    State(state): State<AppState>,
    signed: Signed,
    ctx: PageContext,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let handled = store_intake(&state, &signed, &ctx, fields).await;
    signed.answer(&state, &ctx, handled).await
}

async fn store_intake(state: &AppState, signed: &Signed, ctx: &PageContext, fields: Vec<(String, String)>) -> Handled {
    signed.require(state, ctx, Staff::sees_whole_queue).await?;
    let mut posted = Values::new();
    let mut submission_key = String::new();
    let mut from = None;
    for (name, value) in fields {
        match name.as_str() {
            "csrf" => {}
            "submission-key" => submission_key = value.chars().filter(|c| c.is_ascii_hexdigit() || *c == '-').take(36).collect(),
            "from" if !value.trim().is_empty() => from = Some(value),
            _ => posted.entry(name).or_default().push(value),
        }
    }
    let from_call_back = match from {
        Some(r) => Some(call_back(state, signed, ctx, &r).await?.reference),
        None => None,
    };
    if submission_key.len() < 32 {
        submission_key = uuid::Uuid::new_v4().to_string();
    }
    let today = Utc::now();
    let rules = RuleContext { current_year: today.year(), current_month: today.month() };
    let checked = match intake::check(&posted, rules) {
        Ok(i) => i,
        Err(errors) => {
            let page = IntakePage { values: posted, errors, submission_key, from_call_back };
            let view = signed.view(StaffPage::Intake(Box::new(page)), ctx);
            return Ok(render(state, ctx, view, StatusCode::UNPROCESSABLE_ENTITY).await);
        }
    };
    let submission = Submission {
        journey: &referral::JOURNEY,
        lang: checked.lang,
        answers: &checked.answers,
        suspected_spam: false,
        // One key per form shown: a double click finds the referral the first click stored.
        submission_key: format!("staff:{submission_key}"),
        related_reference: from_call_back,
    };
    let submitted = submit(state, submission).await?;
    if submitted.created {
        signed.audit(state, "case.intake", Some(submitted.reference.clone())).await;
    }
    // Screening may make it a case for specialists only, which whoever typed it in may not be.
    let stored = state.store.find_request(&submitted.reference).await?;
    let flags = stored.ok_or_else(|| StoreError::Database("a referral just stored is missing".into()))?.flags;
    let opens = signed.staff.access(is_sensitive(&flags), None) == CaseAccess::Full;
    let date = submitted.contact_by.format("%-d %B %Y");
    if opens {
        signed.tell(&format!("Referral {} saved and screened. First contact by {date}.", submitted.reference)).await;
        Ok(Redirect::to(&case_path(&submitted.reference)).into_response())
    } else {
        signed
            .tell(&format!(
                "Referral {} saved and screened. It is for specialist staff only, who will see it in the queue. First contact by {date}.",
                submitted.reference
            ))
            .await;
        Ok(Redirect::to(app::staff::pages::QUEUE).into_response())
    }
}
