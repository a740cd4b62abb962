//! The administrators' pages: accounts, the audit log and failed e-mail.

use app::{
    ports::AuditQuery,
    staff::{AuditFilters, StaffPage, model::Staff},
};
use axum::{
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use chrono::{NaiveDate, Utc};

use super::{
    PageContext, Signed, accounts,
    cases::{parse_day, some},
    render, server_error,
};
use crate::startup::AppState;

pub async fn users(State(state): State<AppState>, signed: Signed, page: PageContext) -> Response {
    if let Err(refused) = signed.require(&state, &page, Staff::is_admin).await {
        return refused;
    }
    let users = match state.store.list_staff().await {
        Ok(u) => u,
        Err(e) => return server_error(e),
    };
    signed.audit(&state, "users.view", None).await;
    render(&state, &page, signed.view(StaffPage::Users { users }, &page), StatusCode::OK).await
}

pub async fn user_action(
    State(state): State<AppState>,
    signed: Signed,
    page: PageContext,
    Path((id, action)): Path<(i64, String)>,
) -> Response {
    if let Err(refused) = signed.require(&state, &page, Staff::is_admin).await {
        return refused;
    }
    let account = match state.store.find_staff(id).await {
        Ok(Some(a)) => a,
        Ok(None) => return render(&state, &page, signed.view(StaffPage::NotFound, &page), StatusCode::NOT_FOUND).await,
        Err(e) => return server_error(e),
    };
    match action.as_str() {
        "disable" | "enable" => {
            if id == signed.staff.id {
                signed.tell("You cannot disable your own account.").await;
                return Redirect::to("/staff/users").into_response();
            }
            let status = if action == "disable" { "disabled" } else { "active" };
            if let Err(e) = state.store.set_staff_status(id, status).await {
                return server_error(e);
            }
            signed.audit(&state, &format!("user.{action}"), Some(account.email.clone())).await;
            signed.tell(&format!("{} is {status}.", account.name)).await;
            Redirect::to("/staff/users").into_response()
        }
        "reissue" => {
            let link = match accounts::reissue(state.store.as_ref(), &state.public_url, id, &signed.staff.email).await {
                Ok(link) => link,
                Err(accounts::AccountError::Disabled(_)) => {
                    signed.tell(&format!("{} is disabled. Enable the account first if they should sign in again.", account.name)).await;
                    return Redirect::to("/staff/users").into_response();
                }
                Err(e) => return server_error(e),
            };
            let managers: Vec<_> = match state.store.list_staff().await {
                Ok(all) => all.into_iter().filter(|a| a.role == "manager" && a.status == "active").collect(),
                Err(e) => return server_error(e),
            };
            let now = Utc::now();
            let messages = accounts::reset_messages(&account, &link, &signed.staff.name, &managers, now);
            if let Err(e) = state.store.queue_messages(&messages, now).await {
                return server_error(e);
            }
            signed
                .tell(&format!(
                    "{}'s sign-in is reset. A new enrolment link has gone to their own e-mail address, and the managers have been told.",
                    account.name
                ))
                .await;
            Redirect::to("/staff/users").into_response()
        }
        _ => render(&state, &page, signed.view(StaffPage::NotFound, &page), StatusCode::NOT_FOUND).await,
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
    if let Err(refused) = signed.require(&state, &page, Staff::is_admin).await {
        return refused;
    }
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
    signed.audit(&state, "audit.view", None).await;
    let mut entries = match state.store.audit_entries(&query).await {
        Ok(e) => e,
        Err(e) => return server_error(e),
    };
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
    render(&state, &page, signed.view(StaffPage::Audit { filters, entries, next }, &page), StatusCode::OK).await
}

pub async fn mail(State(state): State<AppState>, signed: Signed, page: PageContext) -> Response {
    if let Err(refused) = signed.require(&state, &page, Staff::is_admin).await {
        return refused;
    }
    let failed = match state.store.failed_messages().await {
        Ok(f) => f,
        Err(e) => return server_error(e),
    };
    signed.audit(&state, "mail.view", None).await;
    render(&state, &page, signed.view(StaffPage::Mail { failed }, &page), StatusCode::OK).await
}

pub async fn retry_mail(State(state): State<AppState>, signed: Signed, page: PageContext) -> Response {
    if let Err(refused) = signed.require(&state, &page, Staff::is_admin).await {
        return refused;
    }
    match state.store.retry_failed(None, Utc::now()).await {
        Ok(n) => {
            signed.audit(&state, "mail.retry", Some(format!("{n} messages"))).await;
            signed.tell(&format!("{n} message(s) queued to send again.")).await;
            Redirect::to("/staff/mail").into_response()
        }
        Err(e) => server_error(e),
    }
}
