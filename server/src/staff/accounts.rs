//! Signing in and out, enrolment, the account page, and the account commands the CLI runs
//! (`server user add|list|disable|reset`).

use app::{
    ports::{Enrolment, NewStaff, Store, StoreError},
    staff::{StaffPage, model::{AccountStatus, Role}, pages::SIGN_IN},
};
use axum::{
    Form,
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use chrono::{Duration, Utc};
use serde::Deserialize;

use super::{
    PageContext, Signed, Visitor, audit, auth, render, server_error,
    sessions::{SIGNED_IN_AT, STAFF_ID},
};
use crate::startup::AppState;

/// Failed sign-ins counted over this window.
const FAILURE_WINDOW: Duration = Duration::minutes(15);
/// Failures allowed for one account from one address in the window. Counting per address as
/// well as per account means an attacker elsewhere cannot lock the real person out.
const MAX_PER_ACCOUNT_AND_ADDRESS: i64 = 5;
/// Failures allowed from one address across all accounts (guessing many accounts).
const MAX_PER_ADDRESS: i64 = 20;
/// Enrolment links work for a day.
const ENROL_HOURS: i64 = 24;

const WRONG: &str = "The e-mail address, password or code is not right. Check them and try again.";
/// Failures for one account, from anywhere in the window, that raise an alert in the audit log
/// (and again at each multiple).
const ALERT_EVERY: i64 = 10;
/// The longest wait the per-account delay adds: the real person, whoever is guessing, is slowed
/// by at most this much and never locked out.
const MAX_DELAY: std::time::Duration = std::time::Duration::from_secs(5);

/// How long a sign-in for an account waits after `failures` recent failures for it, from any
/// address: nothing for the first two (a mistyped code), then `step`, doubling each time, up
/// to `MAX_DELAY`. Guessing one account from many addresses gets slower and slower.
pub fn failure_delay(failures: i64, step: std::time::Duration) -> std::time::Duration {
    match failures {
        ..=2 => std::time::Duration::ZERO,
        n => step.saturating_mul(1 << (n - 3).min(16) as u32).min(MAX_DELAY),
    }
}

const THROTTLED: &str =
    "There have been too many attempts to sign in from here. Wait 15 minutes, then try again.";

#[derive(Deserialize)]
pub struct SignInQuery {
    next: Option<String>,
}

/// Where to go after signing in, from `?next=` or the form's hidden field: one of our own staff
/// paths, or nothing (never anywhere else: `back_to`).
fn next_page(next: Option<&str>) -> Option<String> {
    next.filter(|n| !n.is_empty()).map(|n| super::back_to(Some(n))).filter(|n| n != app::staff::pages::QUEUE)
}

pub async fn sign_in_page(
    State(state): State<AppState>,
    visitor: Visitor,
    page: PageContext,
    Query(query): Query<SignInQuery>,
) -> Response {
    if visitor.session.get::<i64>(STAFF_ID).await.ok().flatten().is_some() {
        return Redirect::to(app::staff::pages::QUEUE).into_response();
    }
    let next = next_page(query.next.as_deref()).unwrap_or_default();
    let view = visitor.view(StaffPage::SignIn { email: String::new(), error: None, next }, &page);
    render(&state, &page, view, StatusCode::OK).await
}

#[derive(Deserialize)]
pub struct SignInForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    code: String,
    #[serde(default)]
    next: String,
}

pub async fn sign_in(
    State(state): State<AppState>,
    visitor: Visitor,
    page: PageContext,
    Form(form): Form<SignInForm>,
) -> Response {
    let email: String = form.email.trim().to_lowercase().chars().take(254).collect();
    let now = Utc::now();
    let next = next_page(Some(&form.next));
    let again = |error: &'static str, status: StatusCode| {
        let view = visitor.view(
            StaffPage::SignIn {
                email: form.email.trim().to_owned(),
                error: Some(error.to_owned()),
                next: next.clone().unwrap_or_default(),
            },
            &page,
        );
        let state = state.clone();
        async move { render(&state, &page, view, status).await }
    };
    let failures = match state.store.sign_in_failures(&email, &visitor.address, now - FAILURE_WINDOW).await {
        Ok(counts) => counts,
        Err(e) => return server_error(e),
    };
    if failures.account_from_address >= MAX_PER_ACCOUNT_AND_ADDRESS || failures.from_address >= MAX_PER_ADDRESS {
        audit(&state, &email, "signin.throttled", None, Some(visitor.address.clone())).await;
        return again(THROTTLED, StatusCode::TOO_MANY_REQUESTS).await;
    }
    // Before the password is checked, so the wait says nothing about whether it was right.
    tokio::time::sleep(failure_delay(failures.account, state.staff.failure_delay)).await;
    let credentials = match state.store.staff_credentials(&email).await {
        Ok(c) => c,
        Err(e) => return server_error(e),
    };
    let verified = match credentials {
        Some(c) if c.account.status == AccountStatus::Active => {
            let password_ok = c.password_hash.as_deref().is_some_and(|h| auth::verify_password(h, &form.password));
            let code_ok = password_ok && second_factor_ok(state.store.as_ref(), &c, &form.code).await;
            code_ok.then_some(c.account)
        }
        _ => {
            auth::verify_nothing(&form.password);
            None
        }
    };
    let Some(account) = verified else {
        if let Err(e) = state.store.record_sign_in_failure(&email, &visitor.address, now).await {
            return server_error(e);
        }
        audit(&state, &email, "signin.failed", None, Some(visitor.address.clone())).await;
        if (failures.account + 1) % ALERT_EVERY == 0 {
            // Someone is guessing at this account, perhaps from many addresses.
            audit(&state, &email, "signin.repeated-failures", Some(email.clone()), Some(visitor.address.clone())).await;
        }
        return again(WRONG, StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    // The session begins here, with a new id (no fixation, even if the browser brought one)
    // and its own form token.
    let session = &visitor.session;
    let (csrf, _) = auth::new_token();
    let stored = async {
        session.cycle_id().await?;
        session.insert(STAFF_ID, account.id).await?;
        session.insert(SIGNED_IN_AT, now.timestamp_millis()).await?;
        session.insert(super::sessions::CSRF, csrf).await
    };
    if let Err(e) = stored.await {
        return server_error(e);
    }
    audit(&state, &account.email, "signin.ok", None, Some(visitor.address.clone())).await;
    let home = if account.role == Role::Admin { "/staff/users" } else { app::staff::pages::QUEUE };
    let to = next.unwrap_or_else(|| home.to_owned());
    let mut response = Redirect::to(&to).into_response();
    // Signed-in forms use the session's token from now on.
    super::prelogin::forget(&mut response, state.session_cookie.secure);
    response
}

/// A six-digit code from the app (each time step once), or one of the recovery codes (each
/// once).
async fn second_factor_ok(store: &dyn Store, c: &app::ports::StaffCredentials, code: &str) -> bool {
    let id = c.account.id;
    if auth::looks_like_recovery_code(code) {
        return store.use_recovery_code(id, &auth::recovery_digest(code), Utc::now()).await.unwrap_or(false);
    }
    let Some(secret) = c.totp_secret.as_deref() else {
        return false;
    };
    match auth::totp_step(secret, code, Utc::now().timestamp() as u64) {
        Some(step) => store.accept_totp_step(id, step).await.unwrap_or(false),
        None => false,
    }
}

pub async fn enrol_page(
    State(state): State<AppState>,
    visitor: Visitor,
    page: PageContext,
    Path(token): Path<String>,
) -> Response {
    let account = match state.store.find_enrolment(&auth::digest(&token), Utc::now()).await {
        Ok(Some(a)) => a,
        Ok(None) => return render(&state, &page, visitor.view(StaffPage::EnrolGone, &page), StatusCode::NOT_FOUND).await,
        Err(e) => return server_error(e),
    };
    // Derived from this browser's pre-login cookie and the link, so the form that proves the
    // app has it finds the same secret without anything stored (see `prelogin`).
    let secret = visitor.prelogin.totp_secret(&token);
    enrol_form(&state, &visitor, &page, token, account, secret, Vec::new(), StatusCode::OK).await
}

#[allow(clippy::too_many_arguments)]
async fn enrol_form(
    state: &AppState,
    visitor: &Visitor,
    page: &PageContext,
    token: String,
    account: app::ports::StaffAccount,
    secret: String,
    errors: Vec<(String, String)>,
    status: StatusCode,
) -> Response {
    let url = auth::otpauth_url(&secret, &account.email, &state.site.service_name).unwrap_or_default();
    let qr_svg = auth::qr_svg(&url);
    let view = visitor.view(StaffPage::Enrol { token, account, secret, qr_svg, errors }, page);
    render(state, page, view, status).await
}

#[derive(Deserialize)]
pub struct EnrolForm {
    #[serde(default)]
    password: String,
    #[serde(default)]
    confirm: String,
    #[serde(default)]
    code: String,
}

pub async fn enrol(
    State(state): State<AppState>,
    visitor: Visitor,
    page: PageContext,
    Path(token): Path<String>,
    Form(form): Form<EnrolForm>,
) -> Response {
    let digest = auth::digest(&token);
    let now = Utc::now();
    let account = match state.store.find_enrolment(&digest, now).await {
        Ok(Some(a)) => a,
        Ok(None) => return render(&state, &page, visitor.view(StaffPage::EnrolGone, &page), StatusCode::NOT_FOUND).await,
        Err(e) => return server_error(e),
    };
    // `csrf_guard` has checked that this browser brought the cookie the page was made for.
    let secret = visitor.prelogin.totp_secret(&token);
    let mut errors = Vec::new();
    if let Err(problem) = auth::check_new_password(&form.password, &form.confirm, &[&account.email, &account.name]) {
        let field = if problem == auth::PasswordProblem::Different { "confirm" } else { "password" };
        errors.push((field.to_owned(), problem.message().to_owned()));
    }
    let code_ok = auth::totp_step(&secret, &form.code, now.timestamp() as u64).is_some();
    if !code_ok {
        errors.push((
            "code".to_owned(),
            "Enter the 6-digit code your authenticator app shows now".to_owned(),
        ));
    }
    if !errors.is_empty() {
        return enrol_form(&state, &visitor, &page, token, account, secret, errors, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    let codes = auth::recovery_codes();
    let enrolment = Enrolment {
        password_hash: auth::hash_password(&form.password),
        totp_secret: secret,
        recovery_digests: codes.iter().map(|c| auth::recovery_digest(c)).collect(),
    };
    match state.store.complete_enrolment(&digest, &enrolment, now).await {
        Ok(true) => {}
        Ok(false) => return render(&state, &page, visitor.view(StaffPage::EnrolGone, &page), StatusCode::NOT_FOUND).await,
        Err(e) => return server_error(e),
    }
    audit(&state, &account.email, "enrol.complete", Some(account.email.clone()), Some(visitor.address.clone())).await;
    let mut response = render(&state, &page, visitor.view(StaffPage::Enrolled { codes }, &page), StatusCode::OK).await;
    // The cookie the secret came from is no longer needed: nothing left here can rebuild it.
    super::prelogin::forget(&mut response, state.session_cookie.secure);
    response
}

pub async fn sign_out(State(state): State<AppState>, signed: Signed) -> Response {
    signed.audit(&state, "signout", None).await;
    if let Err(e) = signed.session.flush().await {
        return server_error(e);
    }
    signed_out()
}

/// Back to sign-in, with the browser told to forget this site's cookies, storage and cache
/// (a shared computer keeps nothing of the session's pages).
fn signed_out() -> Response {
    let mut response = Redirect::to(SIGN_IN).into_response();
    response
        .headers_mut()
        .insert("clear-site-data", axum::http::HeaderValue::from_static("\"cache\", \"cookies\", \"storage\""));
    response
}

pub async fn sign_out_everywhere(State(state): State<AppState>, signed: Signed) -> Response {
    let ended = match state.store.end_staff_sessions(signed.staff.id).await {
        Ok(n) => n,
        Err(e) => return server_error(e),
    };
    signed.audit(&state, "signout.everywhere", Some(format!("{ended} sessions"))).await;
    let _ = signed.session.flush().await;
    signed_out()
}

#[derive(Deserialize)]
pub struct BackForm {
    back: Option<String>,
}

/// The request itself moved the idle deadline on; go back where they were.
pub async fn extend(_signed: Signed, Form(form): Form<BackForm>) -> Response {
    Redirect::to(&super::back_to(form.back.as_deref())).into_response()
}

pub async fn account(State(state): State<AppState>, signed: Signed, page: PageContext) -> Response {
    let note = "If you think someone else has used your account, or you signed in on a shared computer, end every session. You will need to sign in again here too.".to_owned();
    render(&state, &page, signed.view(StaffPage::Account { sessions_note: note }, &page), StatusCode::OK).await
}

// ---- The CLI's account commands ---------------------------------------------------------------

#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    #[error("unknown role {0:?}: use admin, manager, triage or practitioner")]
    Role(String),
    #[error("{0:?} does not look like an e-mail address")]
    Email(String),
    #[error("a name is needed")]
    Name,
    #[error("no account has the address {0}")]
    NoSuchAccount(String),
    #[error("{0} is disabled: enable the account first, on purpose, if it should work again")]
    Disabled(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The one-time link for an enrolment token.
pub fn enrol_link(public_url: &str, token: &str) -> String {
    format!("{}/staff/enrol/{token}", public_url.trim_end_matches('/'))
}

/// Creates an invited account and returns its one-time enrolment link (valid for 24 hours).
pub async fn add_user(
    store: &dyn Store,
    public_url: &str,
    email: &str,
    name: &str,
    role: &str,
    specialist: bool,
) -> Result<String, AccountError> {
    let role = Role::parse(role.trim()).map_err(|_| AccountError::Role(role.to_owned()))?;
    let email = email.trim().to_lowercase();
    let parts: Vec<&str> = email.split('@').collect();
    if parts.len() != 2 || parts[0].is_empty() || !parts[1].contains('.') || email.len() > 254 {
        return Err(AccountError::Email(email));
    }
    let name = name.trim();
    if name.is_empty() {
        return Err(AccountError::Name);
    }
    let (token, digest) = auth::new_token();
    let now = Utc::now();
    store
        .add_staff(&NewStaff {
            email: email.clone(),
            name: name.to_owned(),
            role,
            specialist,
            enrol_digest: digest,
            enrol_expires_at: now + Duration::hours(ENROL_HOURS),
            created_at: now,
        })
        .await?;
    store
        .audit(&app::ports::AuditEntry {
            at: now,
            actor: "cli".into(),
            action: "user.add".into(),
            subject: Some(email),
            address: None,
        })
        .await?;
    Ok(enrol_link(public_url, &token))
}

/// A fresh enrolment link for an account: its password, second factor and sessions stop working.
/// A disabled account stays disabled: reissuing never revives it.
pub async fn reissue(store: &dyn Store, public_url: &str, id: i64, actor: &str) -> Result<String, AccountError> {
    let account = store.find_staff(id).await?.ok_or_else(|| AccountError::NoSuchAccount(id.to_string()))?;
    if account.status == AccountStatus::Disabled {
        return Err(AccountError::Disabled(account.email));
    }
    let (token, digest) = auth::new_token();
    let now = Utc::now();
    // The store refuses a disabled account too, in case it was disabled a moment ago.
    if !store.reset_enrolment(id, &digest, now + Duration::hours(ENROL_HOURS)).await? {
        return Err(AccountError::Disabled(account.email));
    }
    store
        .audit(&app::ports::AuditEntry {
            at: now,
            actor: actor.into(),
            action: "user.reissue".into(),
            subject: Some(account.email),
            address: None,
        })
        .await?;
    Ok(enrol_link(public_url, &token))
}

/// What a reset from the web sends: the link only to the account's own address (so whoever
/// pressed the button cannot enrol as that person), and a note without it to every active
/// manager, so a reset nobody asked for is noticed.
pub fn reset_messages(
    account: &app::ports::StaffAccount,
    link: &str,
    by: &str,
    managers: &[app::ports::StaffAccount],
    at: chrono::DateTime<Utc>,
) -> Vec<app::ports::OutgoingMessage> {
    let key = format!("reset:{}:{}", account.id, at.timestamp_millis());
    let mail = |paragraphs: &[String]| {
        let text = paragraphs.join("\n\n");
        let html = paragraphs.iter().map(|p| format!("<p>{}</p>", crate::mail::escape(p))).collect::<Vec<_>>().join("\n");
        (text, html)
    };
    let (text_body, html_body) = mail(&[
        format!("Hello {},", account.name),
        format!("{by} has reset your sign-in to the staff area. Your old password, second factor and recovery codes no longer work, and you have been signed out everywhere."),
        "To set a new password and second factor, open this link. It works once, for 24 hours:".to_owned(),
        link.to_owned(),
        "If you did not ask for this, do not open the link. Tell a manager straight away.".to_owned(),
    ]);
    let mut messages = vec![app::ports::OutgoingMessage {
        idempotency_key: format!("{key}:person"),
        kind: "staff-enrol".into(),
        recipient: account.email.clone(),
        subject: "Your sign-in to the staff area has been reset".into(),
        text_body,
        html_body,
    }];
    let (text_body, html_body) = mail(&[
        format!("{by} has reset the sign-in of {} ({}). A new enrolment link has gone to their own e-mail address.", account.name, account.email),
        "If nobody asked for this, check the audit log for user.reissue and speak to them.".to_owned(),
    ]);
    messages.extend(managers.iter().filter(|m| m.id != account.id).map(|m| app::ports::OutgoingMessage {
        idempotency_key: format!("{key}:manager:{}", m.id),
        kind: "staff-reset-notice".into(),
        recipient: m.email.clone(),
        subject: format!("Sign-in reset for {}", account.name),
        text_body: text_body.clone(),
        html_body: html_body.clone(),
    }));
    messages
}

pub async fn find_by_email(store: &dyn Store, email: &str) -> Result<app::ports::StaffAccount, AccountError> {
    store
        .staff_credentials(email)
        .await?
        .map(|c| c.account)
        .ok_or_else(|| AccountError::NoSuchAccount(email.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration as Wait;

    #[test]
    fn the_wait_grows_with_an_accounts_failures_and_stops_growing() {
        let step = Wait::from_millis(500);
        let waits: Vec<Wait> = (0..=9).map(|n| failure_delay(n, step)).collect();
        assert_eq!(waits[..3], [Wait::ZERO; 3], "a mistyped code or two costs nothing");
        assert_eq!(waits[3..7], [step, step * 2, step * 4, step * 8].map(|w| w.min(MAX_DELAY)));
        assert!(waits.windows(2).all(|w| w[0] <= w[1]), "never shorter after more failures");
        assert_eq!(failure_delay(1_000_000, step), MAX_DELAY, "capped, so the person is never locked out");
    }
}
