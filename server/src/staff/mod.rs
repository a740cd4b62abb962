//! The staff area over HTTP: sign-in with a second factor, sessions, the queue, cases, and
//! the administrators' pages. Every route is in `ROUTES` with the roles that may use it; a
//! test walks that table as every role.
//!
//! Access control cannot fall through: a handler that needs someone signed in takes a
//! `Signed` extractor, which answers with a redirect to the sign-in page before the handler
//! runs; `Signed::require` answers 403 for the wrong role. Every POST passes `csrf_guard`
//! (a same-origin check, and the session's token, or before sign-in the token bound to the
//! browser's pre-login cookie, `prelogin`) before it reaches a handler. Nothing is stored for
//! someone who has not signed in: their session (and its row) begins when sign-in succeeds.
//! The whole area is rate limited per client (`RJ_STAFF_BURST`, `RJ_STAFF_REFILL_MS`).

pub mod accounts;
pub mod admin;
pub mod auth;
pub mod cases;
pub mod complaints;
pub mod data;
pub mod intake;
pub mod people;
pub mod prelogin;
pub mod report;
pub mod sessions;

use std::time::Duration;

use app::{
    ports::AuditEntry,
    staff::{StaffPage, StaffView, model::Staff},
};
use axum::{
    Router,
    body::Body,
    extract::{FromRequestParts, Request, State},
    http::{HeaderValue, Method, StatusCode, header, request::Parts},
    middleware::{self, Next},
    response::{IntoResponse, Redirect, Response},
    routing::{get, post},
};
use chrono::Utc;
use tower_sessions::{Expiry, Session, SessionManagerLayer, cookie::SameSite};

use crate::{
    client::{RateLimited, RateLimits, rate_limit},
    security::CspNonce,
    startup::AppState,
};
use prelogin::PreLogin;
use sessions::{CSRF, DbSessionStore, SIGNED_IN_AT, STAFF_ID};

/// How long staff sessions last.
#[derive(Clone, Copy, Debug)]
pub struct StaffSettings {
    /// Ended after this long without a request.
    pub idle: Duration,
    /// Ended this long after signing in, whatever happens.
    pub absolute: Duration,
    /// The first step of the wait added to each sign-in for an account that has failed
    /// recently (`RJ_SIGN_IN_DELAY_MS`); see `accounts::failure_delay`.
    pub failure_delay: Duration,
    /// Requests one client may make to the staff area at once (`RJ_STAFF_BURST`)...
    pub burst: u32,
    /// ...and then one more each this long (`RJ_STAFF_REFILL_MS`).
    pub refill: Duration,
    /// A report for sharing hides counts below this (`RJ_REPORT_SUPPRESS_BELOW`, default 5:
    /// counts from 1 to 4 are hidden).
    pub suppress_below: u64,
}

/// Who may use each staff route (besides signing in, which is open). `anyone` means any
/// member of staff who is signed in.
pub struct RouteAccess {
    pub method: &'static str,
    pub path: &'static str,
    pub roles: &'static [&'static str],
}

const CASEWORK: &[&str] = &["manager", "triage", "practitioner"];
const WHOLE_QUEUE: &[&str] = &["manager", "triage"];
const ADMIN: &[&str] = &["admin"];
const MANAGERS: &[&str] = &["manager"];
const MANAGERS_AND_ADMINS: &[&str] = &["admin", "manager"];
const ANYONE: &[&str] = &["admin", "manager", "triage", "practitioner"];

/// Every route that needs someone signed in. `{ref}` and `{id}` are filled in by the test.
pub const ROUTES: &[RouteAccess] = &[
    RouteAccess { method: "GET", path: "/staff", roles: CASEWORK },
    RouteAccess { method: "GET", path: "/staff/new", roles: WHOLE_QUEUE },
    RouteAccess { method: "POST", path: "/staff/new", roles: WHOLE_QUEUE },
    RouteAccess { method: "GET", path: "/staff/requests/{ref}", roles: CASEWORK },
    RouteAccess { method: "POST", path: "/staff/requests/{ref}/claim", roles: CASEWORK },
    RouteAccess { method: "POST", path: "/staff/requests/{ref}/assign", roles: WHOLE_QUEUE },
    RouteAccess { method: "POST", path: "/staff/requests/{ref}/contact", roles: CASEWORK },
    RouteAccess { method: "POST", path: "/staff/requests/{ref}/status", roles: CASEWORK },
    RouteAccess { method: "POST", path: "/staff/requests/{ref}/note", roles: CASEWORK },
    RouteAccess { method: "POST", path: "/staff/requests/{ref}/disposal", roles: CASEWORK },
    RouteAccess { method: "POST", path: "/staff/requests/{ref}/flag", roles: CASEWORK },
    RouteAccess { method: "GET", path: "/staff/requests/{ref}/people/new", roles: CASEWORK },
    RouteAccess { method: "POST", path: "/staff/requests/{ref}/people/new", roles: CASEWORK },
    RouteAccess { method: "GET", path: "/staff/requests/{ref}/people/{id}", roles: CASEWORK },
    RouteAccess { method: "POST", path: "/staff/requests/{ref}/people/{id}/details", roles: CASEWORK },
    RouteAccess { method: "POST", path: "/staff/requests/{ref}/people/{id}/stance", roles: CASEWORK },
    RouteAccess { method: "POST", path: "/staff/requests/{ref}/people/{id}/equality", roles: MANAGERS },
    RouteAccess { method: "POST", path: "/staff/requests/{ref}/people/{id}/feedback", roles: CASEWORK },
    RouteAccess { method: "POST", path: "/staff/requests/{ref}/consent", roles: CASEWORK },
    RouteAccess { method: "POST", path: "/staff/requests/{ref}/process", roles: CASEWORK },
    RouteAccess { method: "POST", path: "/staff/requests/{ref}/agreement", roles: CASEWORK },
    RouteAccess { method: "POST", path: "/staff/requests/{ref}/kept", roles: CASEWORK },
    RouteAccess { method: "POST", path: "/staff/requests/{ref}/assess", roles: CASEWORK },
    RouteAccess { method: "POST", path: "/staff/requests/{ref}/sign-off", roles: CASEWORK },
    RouteAccess { method: "POST", path: "/staff/requests/{ref}/support", roles: CASEWORK },
    RouteAccess { method: "POST", path: "/staff/requests/{ref}/updates", roles: CASEWORK },
    RouteAccess { method: "POST", path: "/staff/requests/{ref}/update-referrer", roles: CASEWORK },
    RouteAccess { method: "GET", path: "/staff/requests/{ref}/data", roles: MANAGERS },
    RouteAccess { method: "GET", path: "/staff/requests/{ref}/data.json", roles: MANAGERS },
    RouteAccess { method: "GET", path: "/staff/requests/{ref}/erase", roles: MANAGERS },
    RouteAccess { method: "POST", path: "/staff/requests/{ref}/erase", roles: MANAGERS },
    RouteAccess { method: "GET", path: "/staff/data-map", roles: MANAGERS_AND_ADMINS },
    RouteAccess { method: "GET", path: "/staff/find", roles: MANAGERS },
    RouteAccess { method: "POST", path: "/staff/find", roles: MANAGERS },
    RouteAccess { method: "GET", path: "/staff/access", roles: MANAGERS_AND_ADMINS },
    RouteAccess { method: "GET", path: "/staff/access.csv", roles: MANAGERS_AND_ADMINS },
    RouteAccess { method: "GET", path: "/staff/complaints", roles: MANAGERS },
    RouteAccess { method: "POST", path: "/staff/complaints", roles: MANAGERS },
    RouteAccess { method: "GET", path: "/staff/complaints/{id}", roles: MANAGERS },
    RouteAccess { method: "POST", path: "/staff/complaints/{id}", roles: MANAGERS },
    RouteAccess { method: "GET", path: "/staff/report", roles: MANAGERS },
    RouteAccess { method: "GET", path: "/staff/report.csv", roles: MANAGERS },
    RouteAccess { method: "GET", path: "/staff/users", roles: ADMIN },
    RouteAccess { method: "POST", path: "/staff/users/{id}/disable", roles: ADMIN },
    RouteAccess { method: "POST", path: "/staff/users/{id}/enable", roles: ADMIN },
    RouteAccess { method: "POST", path: "/staff/users/{id}/reissue", roles: ADMIN },
    RouteAccess { method: "GET", path: "/staff/audit", roles: ADMIN },
    RouteAccess { method: "GET", path: "/staff/mail", roles: ADMIN },
    RouteAccess { method: "POST", path: "/staff/mail/retry", roles: ADMIN },
    RouteAccess { method: "GET", path: "/staff/account", roles: ANYONE },
    RouteAccess { method: "POST", path: "/staff/session/extend", roles: ANYONE },
    RouteAccess { method: "POST", path: "/staff/sign-out-everywhere", roles: ANYONE },
    RouteAccess { method: "POST", path: "/staff/sign-out", roles: ANYONE },
];

pub fn routes(state: &AppState) -> Router<AppState> {
    let store = DbSessionStore(state.store.clone());
    let idle = time::Duration::seconds(state.staff.idle.as_secs() as i64);
    // `__Host-` (Secure, path /, no domain) over https. Plain http is only for a developer's
    // own machine: browsers refuse Secure cookies there, so the name and flag drop.
    let secure = state.session_cookie.secure;
    let sessions = SessionManagerLayer::new(store)
        .with_name(if secure { "__Host-rj_staff" } else { "rj_staff" })
        .with_secure(secure)
        .with_http_only(true)
        .with_same_site(SameSite::Strict)
        .with_path("/")
        .with_expiry(Expiry::OnInactivity(idle))
        // Every request moves the idle deadline, so the session row is written each time.
        .with_always_save(true);
    Router::new()
        .route("/staff/sign-in", get(accounts::sign_in_page).post(accounts::sign_in))
        .route("/staff/enrol/{token}", get(accounts::enrol_page).post(accounts::enrol))
        .route("/staff/sign-out", post(accounts::sign_out))
        .route("/staff/sign-out-everywhere", post(accounts::sign_out_everywhere))
        .route("/staff/session/extend", post(accounts::extend))
        .route("/staff/account", get(accounts::account))
        .route("/staff", get(cases::queue))
        .route("/staff/", get(|| async { Redirect::to("/staff") }))
        .route("/staff/new", get(intake::page).post(intake::save))
        .route("/staff/requests/{reference}", get(cases::case))
        .route("/staff/requests/{reference}/{action}", post(cases::act))
        .route("/staff/requests/{reference}/people/new", get(people::new_page).post(people::add))
        .route("/staff/requests/{reference}/people/{id}", get(people::page))
        .route("/staff/requests/{reference}/people/{id}/{action}", post(people::act))
        .route("/staff/requests/{reference}/data", get(data::held))
        .route("/staff/requests/{reference}/data.json", get(data::held_download))
        .route("/staff/requests/{reference}/erase", get(data::erase_form).post(data::erase))
        .route("/staff/data-map", get(data::map))
        .route("/staff/find", get(data::find_form).post(data::find))
        .route("/staff/access", get(data::access))
        .route("/staff/access.csv", get(data::access_csv))
        .route("/staff/complaints", get(complaints::log).post(complaints::add))
        .route("/staff/complaints/{id}", get(complaints::one).post(complaints::update))
        .route("/staff/report", get(report::page))
        .route("/staff/report.csv", get(report::csv))
        .route("/staff/users", get(admin::users))
        .route("/staff/users/{id}/{action}", post(admin::user_action))
        .route("/staff/audit", get(admin::audit))
        .route("/staff/mail", get(admin::mail))
        .route("/staff/mail/retry", post(admin::retry_mail))
        .route("/staff/{*rest}", get(not_found))
        .layer(middleware::from_fn_with_state(state.clone(), csrf_guard))
        .layer(sessions)
        // Outside the sessions: a client over the limit costs no database read.
        .layer(rate_limit(RateLimits {
            burst: state.staff.burst,
            period: state.staff.refill,
            proxies: state.proxies.clone(),
        }))
        .layer(middleware::map_response(busy))
        .layer(middleware::map_response(no_index))
}

/// The limiter's bare 429 as a short page (the sign-in throttle's own 429 is left alone).
async fn busy(response: Response) -> Response {
    if response.extensions().get::<RateLimited>().is_none() {
        return response;
    }
    let retry = response.headers().get(header::RETRY_AFTER).cloned();
    let mut page = (
        StatusCode::TOO_MANY_REQUESTS,
        axum::response::Html(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Too many requests</title>\
             </head><body><main><h1>Too many requests</h1><p>There have been too many requests to the \
             staff area from your address. Wait a moment, then try again.</p></main></body></html>",
        ),
    )
        .into_response();
    if let Some(retry) = retry {
        page.headers_mut().insert(header::RETRY_AFTER, retry);
    }
    page
}

async fn no_index(mut response: Response) -> Response {
    response.headers_mut().insert("x-robots-tag", HeaderValue::from_static("noindex, nofollow"));
    response
}

async fn not_found(signed: Signed, page: PageContext, State(state): State<AppState>) -> Response {
    render(&state, &page, signed.view(StaffPage::NotFound, &page), StatusCode::NOT_FOUND).await
}

/// The request's path and CSP nonce, for rendering a page.
pub struct PageContext {
    pub path: String,
    nonce: Option<CspNonce>,
}

impl<S: Send + Sync> FromRequestParts<S> for PageContext {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(PageContext { path: parts.uri.path().to_owned(), nonce: parts.extensions.get::<CspNonce>().cloned() })
    }
}

/// Renders a staff page through the Leptos app (so it gets the shell, the stylesheet and the
/// islands' script).
/// What a form posted, as answers (checkboxes repeat their name), without the form token.
pub(super) fn posted(fields: Vec<(String, String)>) -> app::journey::Values {
    let mut values = app::journey::Values::new();
    for (name, value) in fields {
        if name != "csrf" {
            values.entry(name).or_default().push(value);
        }
    }
    values
}

/// A file to download (a report's CSV, a subject access export): its type, and its name for
/// the browser to save it under.
pub fn attachment(body: String, content_type: &'static str, filename: &str) -> Response {
    let mut response = (StatusCode::OK, body).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{filename}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, v);
    }
    response
}

pub async fn render(state: &AppState, page: &PageContext, view: StaffView, status: StatusCode) -> Response {
    let renderer = state.renderer.as_ref().expect("the renderer is set when the router is built");
    renderer.page(&page.path, page.nonce.clone(), view, status).await
}

/// The client's address, by the same rule as the journeys' rate limit (`crate::client`).
pub fn client_address(parts: &Parts, state: &AppState) -> String {
    state
        .proxies
        .client_of(&parts.headers, &parts.extensions)
        .map(|ip| ip.to_string())
        .unwrap_or_else(|| "unknown".to_owned())
}

/// Why a staff handler stops short, as one type, so that handlers use `?`: nothing is there
/// (the staff area's 404 page), a page already made (a form shown again with its errors, the
/// 403 page, a sensitive case's restricted page), or a store failure (logged; the generic
/// error page). `Signed::answer` turns it into the response.
pub enum Refusal {
    NotFound,
    Page(Response),
    Store(app::ports::StoreError),
}

impl From<app::ports::StoreError> for Refusal {
    fn from(e: app::ports::StoreError) -> Self {
        Refusal::Store(e)
    }
}

impl From<Response> for Refusal {
    fn from(page: Response) -> Self {
        Refusal::Page(page)
    }
}

/// A staff handler's outcome: its page or redirect, or why not.
pub type Handled = Result<Response, Refusal>;

fn server_error(e: impl std::fmt::Display) -> Response {
    tracing::error!(error = %e, "staff area error");
    StatusCode::INTERNAL_SERVER_ERROR.into_response()
}

async fn session_of(parts: &mut Parts, state: &AppState) -> Result<Session, Response> {
    Session::from_request_parts(parts, state).await.map_err(|(status, msg)| (status, msg).into_response())
}

/// Makes sure a signed-in session has a form token and returns it.
async fn csrf_token(session: &Session) -> Result<String, Response> {
    if let Some(token) = session.get::<String>(CSRF).await.map_err(server_error)? {
        return Ok(token);
    }
    let (token, _) = auth::new_token();
    session.insert(CSRF, &token).await.map_err(server_error)?;
    Ok(token)
}

/// The form token a POST must carry: its session's, when it has a session with one (signed
/// in), else the one bound to the browser's pre-login cookie. Reading the session writes
/// nothing; a browser with no session cookie is not even looked up.
async fn expected_token(session: &Session) -> Result<Expected, Response> {
    Ok(match session.get::<String>(CSRF).await.map_err(server_error)? {
        Some(token) => Expected::Session(token),
        None => Expected::PreLogin,
    })
}

enum Expected {
    Session(String),
    PreLogin,
}

/// The browser's pre-login value, as `csrf_guard` read it for this request.
fn prelogin_of(parts: &Parts, state: &AppState) -> PreLogin {
    parts
        .extensions
        .get::<PreLogin>()
        .cloned()
        .unwrap_or_else(|| PreLogin::from_headers(&parts.headers, state.session_cookie.secure))
}

/// Someone on a staff page who need not be signed in (sign-in, enrolment). Nothing about them
/// is stored: their forms' token and enrolment secret come from the pre-login cookie.
pub struct Visitor {
    /// Empty until sign-in succeeds (unless they are signed in already).
    pub session: Session,
    pub prelogin: PreLogin,
    pub csrf: String,
    pub address: String,
}

impl FromRequestParts<AppState> for Visitor {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let session = session_of(parts, state).await?;
        let prelogin = prelogin_of(parts, state);
        prelogin.use_it();
        let csrf = match expected_token(&session).await? {
            Expected::Session(token) => token,
            Expected::PreLogin => prelogin.form_token(),
        };
        Ok(Visitor { session, prelogin, csrf, address: client_address(parts, state) })
    }
}

impl Visitor {
    pub fn view(&self, page: StaffPage, ctx: &PageContext) -> StaffView {
        StaffView { staff: None, csrf: self.csrf.clone(), notice: None, idle_seconds: 0, path: ctx.path.clone(), page }
    }
}

/// A member of staff who is signed in, with an active account, within the session's limits.
pub struct Signed {
    pub staff: Staff,
    pub session: Session,
    pub csrf: String,
    pub address: String,
    pub notice: Option<String>,
    idle_seconds: i64,
}

const NOTICE: &str = "notice";

/// The sign-in page, and for a GET the page wanted after it in `?next=` (someone following a
/// link from the team's e-mail lands there after signing in). Only our own staff paths are
/// kept, here and again when the form comes back (`back_to`). Nothing goes in a session.
fn sign_in_then(parts: &Parts) -> String {
    let sign_in = app::staff::pages::SIGN_IN;
    if parts.method != Method::GET {
        return sign_in.to_owned();
    }
    let wanted = back_to(parts.uri.path_and_query().map(|p| p.as_str()));
    if wanted == app::staff::pages::QUEUE {
        return sign_in.to_owned();
    }
    match serde_urlencoded::to_string([("next", wanted.as_str())]) {
        Ok(query) => format!("{sign_in}?{query}"),
        Err(_) => sign_in.to_owned(),
    }
}

impl FromRequestParts<AppState> for Signed {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let session = session_of(parts, state).await?;
        let to_sign_in = || Redirect::to(app::staff::pages::SIGN_IN).into_response();
        let Some(id) = session.get::<i64>(STAFF_ID).await.map_err(server_error)? else {
            return Err(Redirect::to(&sign_in_then(parts)).into_response());
        };
        let signed_in_at = session.get::<i64>(SIGNED_IN_AT).await.map_err(server_error)?.unwrap_or(0);
        if Utc::now().timestamp_millis() - signed_in_at > state.staff.absolute.as_millis() as i64 {
            session.flush().await.map_err(server_error)?;
            return Err(to_sign_in());
        }
        let account = state.store.find_staff(id).await.map_err(server_error)?;
        // Signed out everywhere since this session began: refused, even if its row reappeared.
        let current = account.filter(|a| a.status == app::staff::model::AccountStatus::Active).filter(|a| {
            a.sessions_valid_after.is_none_or(|after| signed_in_at >= after.timestamp_millis())
        });
        let Some(staff) = current.map(|a| to_staff(&a)) else {
            session.flush().await.map_err(server_error)?;
            return Err(to_sign_in());
        };
        let csrf = csrf_token(&session).await?;
        let notice = if parts.method == Method::GET {
            session.remove::<String>(NOTICE).await.map_err(server_error)?
        } else {
            None
        };
        Ok(Signed {
            staff,
            session,
            csrf,
            address: client_address(parts, state),
            notice,
            idle_seconds: state.staff.idle.as_secs() as i64,
        })
    }
}

pub fn to_staff(a: &app::ports::StaffAccount) -> Staff {
    Staff { id: a.id, email: a.email.clone(), name: a.name.clone(), role: a.role, specialist: a.specialist }
}

impl Signed {
    pub fn view(&self, page: StaffPage, ctx: &PageContext) -> StaffView {
        StaffView {
            staff: Some(self.staff.clone()),
            csrf: self.csrf.clone(),
            notice: self.notice.clone(),
            idle_seconds: self.idle_seconds,
            path: ctx.path.clone(),
            page,
        }
    }

    /// Refuses (403, audited) unless the rule holds for this member of staff.
    pub async fn require(
        &self,
        state: &AppState,
        ctx: &PageContext,
        allowed: impl Fn(&Staff) -> bool,
    ) -> Result<(), Response> {
        if allowed(&self.staff) {
            return Ok(());
        }
        self.audit(state, "access.denied", Some(ctx.path.clone())).await;
        Err(render(state, ctx, self.view(StaffPage::Forbidden, ctx), StatusCode::FORBIDDEN).await)
    }

    /// The response for a handler's outcome: a record that changed underneath the request
    /// (gone, or not this case's) is not found.
    pub async fn answer(&self, state: &AppState, ctx: &PageContext, handled: Handled) -> Response {
        match handled {
            Ok(response) | Err(Refusal::Page(response)) => response,
            Err(Refusal::NotFound | Refusal::Store(app::ports::StoreError::Stale)) => {
                render(state, ctx, self.view(StaffPage::NotFound, ctx), StatusCode::NOT_FOUND).await
            }
            Err(Refusal::Store(e)) => server_error(e),
        }
    }

    /// This member of staff's change to a case, now, from their address: what
    /// `Store::change_case` writes with its timeline entry and audit line.
    pub fn change(&self, case: &app::ports::CaseRecord, event: app::ports::CaseEventKind) -> app::ports::CaseChange {
        app::ports::CaseChange {
            request_id: case.id,
            reference: case.request.reference.clone(),
            at: Utc::now(),
            actor_id: self.staff.id,
            actor_email: self.staff.email.clone(),
            address: Some(self.address.clone()),
            event,
        }
    }

    /// Writes an audit line; a failure to write is logged (the action itself has happened).
    pub async fn audit(&self, state: &AppState, action: &str, subject: Option<String>) {
        audit(state, &self.staff.email, action, subject, Some(self.address.clone())).await;
    }

    /// A message for the next page (after the redirect).
    pub async fn tell(&self, notice: &str) {
        if let Err(e) = self.session.insert(NOTICE, notice).await {
            tracing::warn!(error = %e, "could not keep a notice");
        }
    }
}

pub async fn audit(state: &AppState, actor: &str, action: &str, subject: Option<String>, address: Option<String>) {
    let entry = AuditEntry { at: Utc::now(), actor: actor.to_owned(), action: action.to_owned(), subject, address };
    if let Err(e) = state.store.audit(&entry).await {
        tracing::error!(error = %e, action, "could not write to the audit log");
    }
}

/// Every POST in the staff area must come from our own pages: the browser says so
/// (`Sec-Fetch-Site`/`Origin`), and the form carries this session's token, or, with no
/// session, the token bound to this browser's pre-login cookie. It also reads that cookie for
/// the pre-login pages, and sends a new one when such a page used it.
async fn csrf_guard(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let secure = state.session_cookie.secure;
    let prelogin = PreLogin::from_headers(request.headers(), secure);
    request.extensions_mut().insert(prelogin.clone());
    let mut response = if request.method() == Method::POST {
        checked(&state, &prelogin, request, next).await
    } else {
        next.run(request).await
    };
    prelogin.set_cookie_if_used(&mut response, secure);
    response
}

async fn checked(state: &AppState, prelogin: &PreLogin, request: Request, next: Next) -> Response {
    let host = request.headers().get(header::HOST).and_then(|v| v.to_str().ok());
    if crate::journeys::from_another_site(request.headers(), &state.public_url, host) {
        return refused();
    }
    let (mut parts, body) = request.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, 64 * 1024).await else {
        return StatusCode::PAYLOAD_TOO_LARGE.into_response();
    };
    let sent = form_urlencoded_value(&bytes, "csrf").unwrap_or_default();
    let session = match session_of(&mut parts, state).await {
        Ok(s) => s,
        Err(response) => return response,
    };
    let genuine = match expected_token(&session).await {
        Ok(Expected::Session(token)) => auth::same_secret(&sent, &token),
        Ok(Expected::PreLogin) => prelogin.accepts(&sent),
        Err(response) => return response,
    };
    if !genuine {
        return refused();
    }
    // Every staff form's values lose control characters (new lines stay) before any handler
    // reads them, as the public journeys' answers do (`validate::clean`): a NUL in a note would
    // otherwise be refused by PostgreSQL, and nothing typed should break a log line or a cell.
    let is_form = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("application/x-www-form-urlencoded"));
    let bytes = if is_form {
        let cleaned: Vec<(String, String)> = url::form_urlencoded::parse(&bytes)
            .map(|(k, v)| (app::journey::validate::clean(&k), app::journey::validate::clean(&v)))
            .collect();
        axum::body::Bytes::from(url::form_urlencoded::Serializer::new(String::new()).extend_pairs(cleaned).finish())
    } else {
        bytes
    };
    next.run(Request::from_parts(parts, Body::from(bytes))).await
}

fn refused() -> Response {
    (
        StatusCode::FORBIDDEN,
        axum::response::Html(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Form expired</title>\
             </head><body><main><h1>This form has expired</h1><p>For your safety, forms in the staff \
             area work only from a page you opened in this session. Go back, reload the page and \
             try again.</p><p><a href=\"/staff\">Go to the staff area</a></p></main></body></html>",
        ),
    )
        .into_response()
}


fn form_urlencoded_value(body: &[u8], name: &str) -> Option<String> {
    serde_urlencoded::from_bytes::<Vec<(String, String)>>(body)
        .ok()?
        .into_iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v)
}

/// Where "Stay signed in" and similar forms return to: a staff path, never anywhere else.
pub fn back_to(back: Option<&str>) -> String {
    match back {
        Some(path)
            if app::paths::is_staff(path.split('?').next().unwrap_or_default())
                && !path.contains("//")
                && !path.contains('\\') =>
        {
            path.to_owned()
        }
        _ => "/staff".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::back_to;

    #[test]
    fn going_back_stays_inside_the_staff_area() {
        assert_eq!(back_to(Some("/staff/requests/RJ-ACDE-FHJK")), "/staff/requests/RJ-ACDE-FHJK");
        assert_eq!(back_to(Some("/staff?area=dudley")), "/staff?area=dudley");
        for elsewhere in ["https://evil.example/", "//evil.example/staff", "/en/", "/staffing", "/staff/\\evil"] {
            assert_eq!(back_to(Some(elsewhere)), "/staff", "{elsewhere}");
        }
        assert_eq!(back_to(None), "/staff");
    }
}
