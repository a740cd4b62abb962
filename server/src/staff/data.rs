//! Data protection in the staff area: everything held about a case (subject access, as a page
//! and as JSON), erasing a case's personal data, and the records of processing. Managers only
//! (the records of processing: managers and administrators); a sensitive case's data is for
//! specialist managers, as the case itself is. Every use is audited.

use app::{
    ports::{AuditEntry, HeldData},
    staff::{StaffPage, data_map, model::Staff},
};
use axum::{
    Form,
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use chrono::{DateTime, Utc};
use serde_json::{Map, Value, json};

use super::{Handled, PageContext, Refusal, Signed, cases::open_case, render};
use crate::{data_protection, startup::AppState};

fn rows_json(held: &HeldData) -> Vec<Value> {
    held.iter()
        .map(|(table, rows)| {
            let rows: Vec<Value> = rows
                .iter()
                .map(|row| Value::Object(row.iter().map(|(c, v)| (c.clone(), v.clone().map_or(Value::Null, Value::String))).collect::<Map<_, _>>()))
                .collect();
            json!({
                "table": table,
                "purpose": data_map::table(table).map(|t| t.purpose).unwrap_or_default(),
                "rows": rows,
            })
        })
        .collect()
}

/// A subject access export: the reference, when it was made, and every table's rows.
pub fn held_json(reference: &str, held: &HeldData, at: DateTime<Utc>) -> String {
    let value = json!({ "reference": reference, "made_at": at.to_rfc3339(), "tables": rows_json(held) });
    serde_json::to_string_pretty(&value).expect("JSON values serialise")
}

/// The whole-service export (`server export`).
pub fn export_json(held: &HeldData, at: DateTime<Utc>) -> String {
    let value = json!({ "service_export": true, "made_at": at.to_rfc3339(), "tables": rows_json(held) });
    serde_json::to_string_pretty(&value).expect("JSON values serialise")
}

/// The case, once this manager may see all of it.
async fn managed_case(state: &AppState, signed: &Signed, page: &PageContext, reference: &str) -> Result<app::ports::CaseRecord, Refusal> {
    signed.require(state, page, Staff::is_manager).await?;
    open_case(state, signed, page, reference).await
}

pub async fn held(State(state): State<AppState>, signed: Signed, page: PageContext, Path(reference): Path<String>) -> Response {
    let handled: Handled = async {
        let case = managed_case(&state, &signed, &page, &reference).await?;
        let reference = case.request.reference.clone();
        let held = state.store.held_data(&reference).await?.ok_or(Refusal::NotFound)?;
        signed.audit(&state, "case.subject-access", Some(reference.clone())).await;
        let linked = case.request.related_reference.clone().into_iter().collect();
        Ok(render(&state, &page, signed.view(StaffPage::HeldData { reference, held, linked }, &page), StatusCode::OK).await)
    }
    .await;
    signed.answer(&state, &page, handled).await
}

pub async fn held_download(State(state): State<AppState>, signed: Signed, page: PageContext, Path(reference): Path<String>) -> Response {
    let handled: Handled = async {
        let case = managed_case(&state, &signed, &page, &reference).await?;
        let reference = case.request.reference.clone();
        let held = state.store.held_data(&reference).await?.ok_or(Refusal::NotFound)?;
        signed.audit(&state, "case.subject-access-export", Some(reference.clone())).await;
        Ok(super::attachment(held_json(&reference, &held, Utc::now()), "application/json", &format!("{reference}.json")))
    }
    .await;
    signed.answer(&state, &page, handled).await
}

pub async fn erase_form(State(state): State<AppState>, signed: Signed, page: PageContext, Path(reference): Path<String>) -> Response {
    let handled: Handled = async {
        let case = managed_case(&state, &signed, &page, &reference).await?;
        let view = StaffPage::Erase {
            reference: case.request.reference.clone(),
            linked: case.request.related_reference.clone().into_iter().collect(),
            errors: Vec::new(),
            typed: String::new(),
        };
        Ok(render(&state, &page, signed.view(view, &page), StatusCode::OK).await)
    }
    .await;
    signed.answer(&state, &page, handled).await
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct EraseForm {
    confirm: String,
}

pub async fn erase(
    State(state): State<AppState>,
    signed: Signed,
    page: PageContext,
    Path(reference): Path<String>,
    Form(form): Form<EraseForm>,
) -> Response {
    let handled: Handled = async {
        let case = managed_case(&state, &signed, &page, &reference).await?;
        let reference = case.request.reference.clone();
        let typed = app::domain::reference::Reference::parse(&form.confirm).ok().map(|r| r.to_string());
        if typed.as_deref() != Some(reference.as_str()) {
            let view = StaffPage::Erase {
                reference: reference.clone(),
                linked: case.request.related_reference.clone().into_iter().collect(),
                errors: vec![("confirm".into(), format!("Type the reference {reference} to confirm"))],
                typed: form.confirm.chars().take(40).collect(),
            };
            return Ok(render(&state, &page, signed.view(view, &page), StatusCode::UNPROCESSABLE_ENTITY).await);
        }
        let audit = AuditEntry {
            at: Utc::now(),
            actor: signed.staff.email.clone(),
            action: "case.erase".into(),
            subject: None,
            address: Some(signed.address.clone()),
        };
        let erased = match data_protection::erase(state.store.as_ref(), &state.retention, &reference, &audit).await {
            Ok(Some(erased)) => erased,
            Ok(None) => return Err(Refusal::NotFound),
            Err(data_protection::DataError::Store(e)) => return Err(e.into()),
            Err(e) => {
                tracing::error!(error = %e, "the erasure is made, but the ledger could not be written");
                signed.tell("The personal data is erased, but the erasure ledger could not be written: tell an administrator.").await;
                return Ok(Redirect::to("/staff").into_response());
            }
        };
        signed.tell(&format!("Erased the personal data of {}. The anonymous counts stay in the report.", erased.references.join(", "))).await;
        Ok(Redirect::to("/staff").into_response())
    }
    .await;
    signed.answer(&state, &page, handled).await
}

pub async fn map(State(state): State<AppState>, signed: Signed, page: PageContext) -> Response {
    let handled: Handled = async {
        signed.require(&state, &page, |s: &Staff| s.is_manager() || s.is_admin()).await?;
        signed.audit(&state, "data-map.view", None).await;
        Ok(render(&state, &page, signed.view(StaffPage::DataMap, &page), StatusCode::OK).await)
    }
    .await;
    signed.answer(&state, &page, handled).await
}

/// Staff accounts that could sign in at some time from `from` to `to`: made by its end, and
/// not disabled before its start (an account enabled again counts as never disabled).
fn with_access(accounts: Vec<app::ports::StaffAccount>, p: app::staff::report::Period) -> Vec<app::ports::StaffAccount> {
    use app::domain::calendar::uk_date;
    accounts
        .into_iter()
        .filter(|a| uk_date(a.created_at) <= p.to && a.disabled_at.is_none_or(|d| uk_date(d) >= p.from))
        .collect()
}

/// `GET /staff/access`: who had access during a period (the police data-sharing agreement).
pub async fn access(
    State(state): State<AppState>,
    signed: Signed,
    page: PageContext,
    axum::extract::Query(form): axum::extract::Query<app::staff::ReportForm>,
) -> Response {
    let handled: Handled = async {
        signed.require(&state, &page, |s: &Staff| s.is_manager() || s.is_admin()).await?;
        let today = app::domain::calendar::uk_date(Utc::now());
        let quarters = super::report::quarters(today);
        let (period, errors, status) = match super::report::choose(&form, today) {
            Ok(choice) => (Some(choice.period), Vec::new(), StatusCode::OK),
            Err(errors) => (None, errors, StatusCode::UNPROCESSABLE_ENTITY),
        };
        let accounts = match period {
            Some(p) => {
                signed.audit(&state, "access-list.view", Some(format!("{} to {}", p.from, p.to))).await;
                with_access(state.store.list_staff().await?, p)
            }
            None => Vec::new(),
        };
        let mut form = form;
        if let (Some(p), true) = (period, form.quarter.is_empty() && form.from.is_empty() && form.to.is_empty()) {
            form.quarter = p.quarter_code().unwrap_or_default();
        }
        let view = StaffPage::Access { form, errors, quarters, period, accounts };
        Ok(render(&state, &page, signed.view(view, &page), status).await)
    }
    .await;
    signed.answer(&state, &page, handled).await
}

/// The same list as CSV.
pub async fn access_csv(
    State(state): State<AppState>,
    signed: Signed,
    page: PageContext,
    axum::extract::Query(form): axum::extract::Query<app::staff::ReportForm>,
) -> Response {
    let handled: Handled = async {
        signed.require(&state, &page, |s: &Staff| s.is_manager() || s.is_admin()).await?;
        let today = app::domain::calendar::uk_date(Utc::now());
        let Ok(choice) = super::report::choose(&form, today) else { return Err(Refusal::NotFound) };
        let p = choice.period;
        let field = app::staff::report::csv_field;
        let mut body = String::from("name,email,role,specialist,account_made,disabled\r\n");
        for a in with_access(state.store.list_staff().await?, p) {
            let cells = [
                a.name.clone(),
                a.email.clone(),
                a.role.code().to_owned(),
                if a.specialist { "yes" } else { "no" }.to_owned(),
                app::domain::calendar::uk_date(a.created_at).to_string(),
                a.disabled_at.map(|d| app::domain::calendar::uk_date(d).to_string()).unwrap_or_default(),
            ];
            body.push_str(&cells.iter().map(|c| field(c)).collect::<Vec<_>>().join(","));
            body.push_str("\r\n");
        }
        signed.audit(&state, "access-list.export", Some(format!("{} to {}", p.from, p.to))).await;
        Ok(super::attachment(body, "text/csv; charset=utf-8", &format!("rj-staff-access-{}-{}.csv", p.from, p.to)))
    }
    .await;
    signed.answer(&state, &page, handled).await
}

/// `GET /staff/find`: the form for a subject access request by contact details.
pub async fn find_form(State(state): State<AppState>, signed: Signed, page: PageContext) -> Response {
    let handled: Handled = async {
        signed.require(&state, &page, Staff::is_manager).await?;
        let view = StaffPage::FindPerson { typed: String::new(), errors: Vec::new(), found: None };
        Ok(render(&state, &page, signed.view(view, &page), StatusCode::OK).await)
    }
    .await;
    signed.answer(&state, &page, handled).await
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct FindForm {
    contact: String,
}

/// `POST /staff/find` (a POST, so the address or number never reaches a URL or a log): the
/// cases whose contact hashes match. A sensitive case is counted, not named, for a manager who
/// is not a specialist. Audited with the number found only.
pub async fn find(State(state): State<AppState>, signed: Signed, page: PageContext, Form(form): Form<FindForm>) -> Response {
    let handled: Handled = async {
        signed.require(&state, &page, Staff::is_manager).await?;
        let typed: String = form.contact.chars().take(200).collect();
        let kind = crate::lookup::kind_of(&typed);
        let digest = crate::lookup::key().and_then(|k| k.digest(kind, &typed));
        let Some(digest) = digest else {
            let errors = vec![("contact".to_owned(), "Enter an e-mail address, like name@example.org, or a phone number, like 0121 496 0000".to_owned())];
            let view = StaffPage::FindPerson { typed, errors, found: None };
            return Ok(render(&state, &page, signed.view(view, &page), StatusCode::UNPROCESSABLE_ENTITY).await);
        };
        let mut found = Vec::new();
        for reference in state.store.find_by_contact(&digest).await? {
            let Some(request) = state.store.find_request(&reference).await? else { continue };
            let hidden = app::staff::model::is_sensitive(&request.flags) && !signed.staff.specialist;
            found.push((reference, hidden));
        }
        signed.audit(&state, "person.lookup", Some(format!("{} found", found.len()))).await;
        let view = StaffPage::FindPerson { typed, errors: Vec::new(), found: Some(found) };
        Ok(render(&state, &page, signed.view(view, &page), StatusCode::OK).await)
    }
    .await;
    signed.answer(&state, &page, handled).await
}
