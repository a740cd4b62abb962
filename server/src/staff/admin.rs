//! The administrators' pages: accounts, the audit log and failed e-mail.

use app::{
    ports::AuditQuery,
    staff::{AuditFilters, StaffPage, model::{AccountStatus, Role, Staff}},
};
use axum::{
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use chrono::{NaiveDate, Utc};

use super::{
    Handled, PageContext, Refusal, Signed, accounts,
    cases::{parse_day, some},
    render,
};
use crate::startup::AppState;

pub async fn users(State(state): State<AppState>, signed: Signed, page: PageContext) -> Response {
    let handled: Handled = async {
        signed.require(&state, &page, Staff::is_admin).await?;
        let users = state.store.list_staff().await?;
        signed.audit(&state, "users.view", None).await;
        Ok(render(&state, &page, signed.view(StaffPage::Users { users }, &page), StatusCode::OK).await)
    }
    .await;
    signed.answer(&state, &page, handled).await
}

pub async fn user_action(
    State(state): State<AppState>,
    signed: Signed,
    page: PageContext,
    Path((id, action)): Path<(i64, String)>,
) -> Response {
    let handled = account_change(&state, &signed, &page, id, &action).await;
    signed.answer(&state, &page, handled).await
}

async fn account_change(state: &AppState, signed: &Signed, page: &PageContext, id: i64, action: &str) -> Handled {
    signed.require(state, page, Staff::is_admin).await?;
    let account = state.store.find_staff(id).await?.ok_or(Refusal::NotFound)?;
    match action {
        "disable" | "enable" => {
            if id == signed.staff.id {
                signed.tell("You cannot disable your own account.").await;
                return Ok(Redirect::to("/staff/users").into_response());
            }
            let status = if action == "disable" { AccountStatus::Disabled } else { AccountStatus::Active };
            state.store.set_staff_status(id, status).await?;
            signed.audit(state, &format!("user.{action}"), Some(account.email.clone())).await;
            signed.tell(&format!("{} is {}.", account.name, status.code())).await;
            Ok(Redirect::to("/staff/users").into_response())
        }
        "reissue" => {
            let link = match accounts::reissue(state.store.as_ref(), &state.public_url, id, &signed.staff.email).await {
                Ok(link) => link,
                Err(accounts::AccountError::Disabled(_)) => {
                    signed.tell(&format!("{} is disabled. Enable the account first if they should sign in again.", account.name)).await;
                    return Ok(Redirect::to("/staff/users").into_response());
                }
                Err(e) => return Err(Refusal::Page(super::server_error(e))),
            };
            let managers: Vec<_> =
                state.store.list_staff().await?.into_iter().filter(|a| a.role == Role::Manager && a.status == AccountStatus::Active).collect();
            let now = Utc::now();
            let messages = accounts::reset_messages(&account, &link, &signed.staff.name, &managers, now);
            state.store.queue_messages(&messages, now).await?;
            signed
                .tell(&format!(
                    "{}'s sign-in is reset. A new enrolment link has gone to their own e-mail address, and the managers have been told.",
                    account.name
                ))
                .await;
            Ok(Redirect::to("/staff/users").into_response())
        }
        _ => Err(Refusal::NotFound),
    }
}

/// Midnight UTC at the start of a date, for the date filters (as the queue's filters count).
fn start_of(day: NaiveDate) -> chrono::DateTime<Utc> {
    day.and_hms_opt(0, 0, 0).expect("midnight").and_utc()
}

fn day(value: &str) -> Option<NaiveDate> {
    parse_day(value).ok().flatten()
}

const AUDIT_PAGE: i64 = 100;

pub async fn audit(
    State(state): State<AppState>,
    signed: Signed,
    page: PageContext,
    Query(filters): Query<AuditFilters>,
) -> Response {
    let handled = audit_page(&state, &signed, &page, filters).await;
    signed.answer(&state, &page, handled).await
}

async fn audit_page(state: &AppState, signed: &Signed, page: &PageContext, filters: AuditFilters) -> Handled {
    signed.require(state, page, Staff::is_admin).await?;
    let query = AuditQuery {
        actor: some(&filters.actor),
        action: some(&filters.action),
        subject: some(&filters.subject),
        from: day(&filters.from).map(start_of),
        to: day(&filters.to).and_then(|d| d.succ_opt()).map(start_of),
        before_id: filters.before.parse().ok(),
        limit: AUDIT_PAGE + 1,
    };
    // Reading the audit log is itself audited, before the read, so it shows in what is read.
    signed.audit(state, "audit.view", None).await;
    let mut entries = state.store.audit_entries(&query).await?;
    let more = entries.len() as i64 > AUDIT_PAGE;
    entries.truncate(AUDIT_PAGE as usize);
    let next = more.then(|| entries.last().map(|(id, _)| *id)).flatten().map(|before| {
        let mut f = filters.clone();
        f.before = before.to_string();
        format!(
            "/staff/audit?{}",
            serde_urlencoded::to_string([
                ("actor", f.actor),
                ("action", f.action),
                ("subject", f.subject),
                ("from", f.from),
                ("to", f.to),
                ("before", f.before)
            ])
            .unwrap_or_default()
        )
    });
    Ok(render(state, page, signed.view(StaffPage::Audit { filters, entries, next }, page), StatusCode::OK).await)
}

pub async fn mail(State(state): State<AppState>, signed: Signed, page: PageContext) -> Response {
    let handled: Handled = async {
        signed.require(&state, &page, Staff::is_admin).await?;
        let failed = state.store.failed_messages().await?;
        signed.audit(&state, "mail.view", None).await;
        Ok(render(&state, &page, signed.view(StaffPage::Mail { failed }, &page), StatusCode::OK).await)
    }
    .await;
    signed.answer(&state, &page, handled).await
}

pub async fn retry_mail(State(state): State<AppState>, signed: Signed, page: PageContext) -> Response {
    let handled: Handled = async {
        signed.require(&state, &page, Staff::is_admin).await?;
        let n = state.store.retry_failed(None, Utc::now()).await?;
        signed.audit(&state, "mail.retry", Some(format!("{n} messages"))).await;
        signed.tell(&format!("{n} message(s) queued to send again.")).await;
        Ok(Redirect::to("/staff/mail").into_response())
    }
    .await;
    signed.answer(&state, &page, handled).await
}
