//! The journeys over HTTP. GET pages are rendered by Leptos from the draft this module loads
//! into the request; every POST is handled here: checked, saved to the draft, and answered with
//! a redirect (Post/Redirect/Get), to the next page or back to the same page with its errors.
//! Nothing a person types goes in a URL or a log line.

use app::{
    domain::{
        calendar,
        reference::Reference,
        screening,
    },
    i18n::Lang,
    journey::{
        Clock, DraftState, Journey, Next, Pending, StepKind, Values, Voice, first,
        validate::{RuleContext, validate_step},
        view::{JourneyView, start_path, step_path},
    },
    pages::journeys::{JOURNEYS, journey_at},
    ports::{Draft, EqualityRecord, NewRequest, SessionKey, StoreError},
    referral,
};
use axum::{
    Form, Router,
    extract::{Path, Request, State},
    http::{HeaderMap, Method, StatusCode, header},
    middleware::Next as Middleware,
    response::{IntoResponse, Redirect, Response},
    routing::post,
};
use axum_extra::extract::cookie::CookieJar;
use chrono::{Datelike, Utc};
use std::sync::Arc;

use crate::client::{RateLimits, rate_limit};

use crate::startup::AppState;

/// The POST routes of every journey, rate limited per client address (tower_governor). A
/// client over the limit gets a page in its language saying how long to wait.
pub fn routes(limits: RateLimits, phone: &str) -> Router<AppState> {
    let mut router = Router::new();
    for journey in JOURNEYS {
        router = router
            .route(
                &format!("/{{lang}}/{}", journey.path),
                post(move |state, path, jar, headers| start(state, path, jar, headers, journey)),
            )
            .route(
                &format!("/{{lang}}/{}/{{step}}", journey.path),
                post(move |state, path, jar, headers, form| {
                    answer(state, path, jar, headers, form, journey)
                }),
            );
    }
    // The feedback form's POST is limited and made friendly like a journey page's.
    router = router.route("/{lang}/feedback/{token}", post(crate::feedback::submit));
    let phone: Arc<str> = Arc::from(phone);
    router.layer(rate_limit(limits)).layer(axum::middleware::from_fn_with_state(phone, friendly_pages))
}

/// Turns the limiter's bare 429, and a store that is not answering, into pages in the
/// person's language. Their answers on the page they were sending are still in the browser:
/// Back returns to them.
async fn friendly_pages(State(phone): State<Arc<str>>, request: Request, next: Middleware) -> Response {
    let lang = Lang::from_path(request.uri().path()).unwrap_or(Lang::En);
    let nonce = request.extensions().get::<crate::security::CspNonce>().map(|n| n.0.clone());
    let mut response = next.run(request).await;
    if response.extensions().get::<StoreDown>().is_some() {
        store_down_page(lang, &phone, nonce.as_deref(), &mut response);
        return response;
    }
    if response.status() != StatusCode::TOO_MANY_REQUESTS {
        return response;
    }
    let wait: u64 = response
        .headers()
        .get(header::RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
        .unwrap_or(60);
    let html = busy_page(lang, wait, nonce.as_deref());
    let mut page = (StatusCode::TOO_MANY_REQUESTS, axum::response::Html(html)).into_response();
    page.headers_mut().insert(header::RETRY_AFTER, wait.into());
    page
}

fn busy_page(lang: Lang, wait_seconds: u64, nonce: Option<&str>) -> String {
    use app::i18n::{FluentValue, t, t_args};
    let minutes = wait_seconds.div_ceil(60) as i64;
    let text = t_args(lang, "busy-text", &[("minutes", FluentValue::from(minutes))]);
    plain_page(lang, &t(lang, "busy-title"), &[text, t(lang, "busy-back")], nonce)
}

/// The page for a store that is not answering, put into `response` (503, `Retry-After` kept).
fn store_down_page(lang: Lang, phone: &str, nonce: Option<&str>, response: &mut Response) {
    use app::i18n::{FluentValue, t, t_args};
    let text = t_args(lang, "store-down-text", &[("phone", FluentValue::from(phone.to_owned()))]);
    let html = plain_page(lang, &t(lang, "store-down-title"), &[text], nonce);
    let retry = response.headers().get(header::RETRY_AFTER).cloned();
    *response = (StatusCode::SERVICE_UNAVAILABLE, axum::response::Html(html)).into_response();
    if let Some(retry) = retry {
        response.headers_mut().insert(header::RETRY_AFTER, retry);
    }
}

/// A plain page outside the Leptos app (which may need what is failing): everything in it
/// comes from our own messages, escaped all the same.
fn plain_page(lang: Lang, title: &str, paragraphs: &[String], nonce: Option<&str>) -> String {
    use app::i18n::t;
    let e = |s: &str| {
        s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
    };
    let title = e(title);
    // A blank line inside a message starts a new paragraph (Easy Read writes one idea a line).
    let body: String = paragraphs
        .iter()
        .flat_map(|p| p.split("\n\n"))
        .map(|p| format!("<p>{}</p>", e(p.trim())))
        .collect();
    let exit = e(&t(lang, "quick-exit"));
    let home = e(&t(lang, "sent-home-link"));
    let nonce = nonce.map(|n| format!(r#" nonce="{}""#, e(n))).unwrap_or_default();
    format!(
        r#"<!DOCTYPE html><html lang="{code}" dir="{dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title><link rel="stylesheet" href="/pkg/rj.css"><script src="/site.js" defer{nonce}></script></head><body><header class="site-header"><div class="wrap header-bar"><a class="brand" href="/{code}/">{home}</a><div class="quick-exit-box"><a href="/exit" class="quick-exit" data-quick-exit="">{exit}</a></div></div></header><main id="main" class="wrap"><h1>{title}</h1>{body}</main></body></html>"#,
        code = lang.code(),
        dir = lang.dir().as_str(),
    )
}

pub(crate) fn see_other(to: &str) -> Response {
    Redirect::to(to).into_response()
}

/// Refuses a POST that a browser says came from another site (CSRF). Browsers send
/// `Sec-Fetch-Site` (and `Origin`) on every form POST; clients that send neither are not
/// browsers and cannot be tricked into posting.
pub(crate) fn from_another_site(headers: &HeaderMap, public_url: &str, host: Option<&str>) -> bool {
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return !matches!(site, "same-origin" | "none");
    }
    if let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
        let same_host = host.is_some_and(|h| {
            origin.strip_prefix("http://").or_else(|| origin.strip_prefix("https://")) == Some(h)
        });
        return !(origin == public_url || same_host);
    }
    false
}

pub(crate) fn forbidden_if_cross_site(state: &AppState, headers: &HeaderMap) -> Option<Response> {
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    from_another_site(headers, &state.public_url, host)
        .then(|| (StatusCode::FORBIDDEN, "This form must be sent from our own site.").into_response())
}

/// The visitor's draft of this journey: none when there is no cookie, no draft or another
/// journey's; an error only when the store cannot be read (which is not "your answers expired").
async fn load(state: &AppState, jar: &CookieJar, journey: &Journey) -> Result<Option<(SessionKey, DraftState)>, StoreError> {
    let Some(key) = state.session_cookie.key(jar) else { return Ok(None) };
    let Some(draft) = state.store.load_draft(&key, Utc::now()).await? else { return Ok(None) };
    if draft.journey != journey.id {
        return Ok(None);
    }
    match serde_json::from_str::<DraftState>(&draft.answers) {
        Ok(s) => Ok(Some((key, s))),
        Err(e) => {
            tracing::error!(error = %e, "a draft could not be read; starting again");
            Ok(None)
        }
    }
}

async fn save(state: &AppState, key: &SessionKey, draft: &DraftState) -> Result<(), StoreError> {
    let now = Utc::now();
    let idle = chrono::Duration::from_std(state.draft_idle).unwrap_or(chrono::Duration::hours(2));
    let answers = serde_json::to_string(draft).expect("drafts serialise");
    state
        .store
        .save_draft(
            key,
            &Draft {
                journey: draft.journey.clone(),
                answers,
                reference: draft.sent.as_ref().map(|s| s.reference.clone()),
                updated_at: now,
                expires_at: now + idle,
            },
        )
        .await
}

/// Marks a response as "the store is not answering", for `friendly_pages` to turn into a page
/// in the person's language.
#[derive(Clone, Copy)]
struct StoreDown;

/// The store failed in the middle of a journey (finding 7): a 503 that `friendly_pages` makes
/// into a page saying so, that earlier answers are kept, and how to reach us.
pub(crate) fn server_error(e: StoreError) -> Response {
    tracing::error!(error = %e, "store error in a journey");
    let mut response = StatusCode::SERVICE_UNAVAILABLE.into_response();
    response.headers_mut().insert(header::RETRY_AFTER, 60.into());
    response.extensions_mut().insert(StoreDown);
    response
}

/// Loads the draft for a journey page (GET) into the request for the page to render, or
/// redirects when the page cannot be shown yet: no draft, a step not reached, or a journey
/// already sent.
pub async fn load_view(
    State(state): State<AppState>,
    jar: CookieJar,
    mut request: Request,
    next: Middleware,
) -> Response {
    if request.method() != Method::GET {
        return next.run(request).await;
    }
    let path = request.uri().path().to_owned();
    let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
    let [lang, segment, step] = segments.as_slice() else {
        return next.run(request).await;
    };
    let (Some(lang), Some(journey)) = (Lang::from_code(lang), journey_at(segment)) else {
        return next.run(request).await;
    };
    let nonce = request.extensions().get::<crate::security::CspNonce>().map(|n| n.0.clone());
    let draft = match load(&state, &jar, journey).await {
        Ok(Some((_, draft))) => draft,
        Ok(None) => return see_other(&start_path(lang, journey)),
        Err(e) => {
            let mut down = server_error(e);
            store_down_page(lang, &state.site.phone, nonce.as_deref(), &mut down);
            return down;
        }
    };
    match (*step, &draft.sent) {
        ("sent", None) => return see_other(&start_path(lang, journey)),
        ("equality", Some(sent)) if sent.monitoring_done || journey.id != "referral" => {
            return see_other(&step_path(lang, journey, "sent"));
        }
        ("equality", None) => return see_other(&start_path(lang, journey)),
        ("sent" | "equality", Some(_)) => {}
        (_, Some(_)) => return see_other(&step_path(lang, journey, "sent")),
        (step, None) => {
            if journey.step(step).is_some() && !journey.reachable(step, &draft) {
                return see_other(&step_path(lang, journey, journey.resume_at(&draft)));
            }
        }
    }
    let returning_to_check =
        request.uri().query().is_some_and(|q| q.split('&').any(|p| p == "change=check"));
    request.extensions_mut().insert(JourneyView { state: draft, returning_to_check });
    next.run(request).await
}

/// The Start button: begins a journey (or carries on one already under way) and goes to its
/// first page. This is where the session cookie is first set.
async fn start(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    jar: CookieJar,
    headers: HeaderMap,
    journey: &'static Journey,
) -> Response {
    if let Some(refused) = forbidden_if_cross_site(&state, &headers) {
        return refused;
    }
    let Some(lang) = Lang::from_code(&lang) else { return StatusCode::NOT_FOUND.into_response() };
    let existing = match load(&state, &jar, journey).await {
        Ok(d) => d,
        Err(e) => return server_error(e),
    };
    if let Some((_, draft)) = existing {
        if draft.sent.is_none() {
            return see_other(&step_path(lang, journey, journey.resume_at(&draft)));
        }
    }
    let (key, jar) = match state.session_cookie.key(&jar) {
        Some(key) => (key, jar),
        None => {
            let (key, cookie) = state.session_cookie.issue();
            (key, jar.add(cookie))
        }
    };
    let draft = DraftState::new(journey.id, Utc::now().timestamp(), uuid::Uuid::new_v4().to_string());
    if let Err(e) = save(&state, &key, &draft).await {
        return server_error(e);
    }
    state.analytics.count(lang, journey.id, crate::analytics::Event::Started, "", false);
    (jar, see_other(&step_path(lang, journey, journey.first_step(&draft.answers)))).into_response()
}

/// Answers to one page.
async fn answer(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    jar: CookieJar,
    headers: HeaderMap,
    Form(fields): Form<Vec<(String, String)>>,
    journey: &'static Journey,
) -> Response {
    if let Some(refused) = forbidden_if_cross_site(&state, &headers) {
        return refused;
    }
    let Some(lang) = Lang::from_code(&lang) else { return StatusCode::NOT_FOUND.into_response() };
    let (key, mut draft) = match load(&state, &jar, journey).await {
        Ok(Some(found)) => found,
        // The answers expired or were cleared: the start page says how long they are kept.
        Ok(None) => return see_other(&start_path(lang, journey)),
        Err(e) => return server_error(e),
    };

    let mut posted = Values::new();
    let mut returning = false;
    let mut skip = false;
    // Set by the site's script (`public/site.js`) when it runs: counted, never stored.
    let mut js = false;
    for (name, value) in fields {
        match name.as_str() {
            "website" => draft.honeypot |= !value.trim().is_empty(),
            "return" => returning = value == "check",
            "skip" => skip = true,
            "js" => js = value == "1",
            _ => posted.entry(name).or_default().push(value),
        }
    }

    if slug == "equality" && journey.id == "referral" {
        return equality(&state, lang, key, draft, posted, skip).await;
    }
    if draft.sent.is_some() {
        return see_other(&step_path(lang, journey, "sent"));
    }
    let Some(step) = journey.step(&slug) else { return StatusCode::NOT_FOUND.into_response() };
    if !journey.reachable(step.slug, &draft) {
        return see_other(&step_path(lang, journey, journey.resume_at(&draft)));
    }
    let here = if returning {
        format!("{}?change=check", step_path(lang, journey, step.slug))
    } else {
        step_path(lang, journey, step.slug)
    };
    let today = Utc::now();
    let ctx = RuleContext { current_year: today.year(), current_month: today.month() };

    let go_to = match step.kind {
        StepKind::Questions(_) | StepKind::Consent(_) => {
            match validate_step(step, &posted, &draft.answers, (journey.voice)(&draft.answers), ctx) {
                Err(errors) => {
                    for e in &errors {
                        state.analytics.count(lang, journey.id, crate::analytics::Event::Error, &e.field, js);
                    }
                    draft.pending = Some(Pending { step: step.slug.to_owned(), values: posted, errors });
                    if let Err(e) = save(&state, &key, &draft).await {
                        return server_error(e);
                    }
                    return see_other(&here);
                }
                Ok(accepted) => {
                    for question in step.questions_list() {
                        draft.answers.remove(question.name);
                    }
                    draft.answers.extend(accepted);
                    draft.done.insert(step.slug.to_owned());
                    draft.pending = None;
                    journey.prune(&mut draft);
                    state.analytics.count(lang, journey.id, crate::analytics::Event::Answered, step.slug, js);
                    if matches!(step.kind, StepKind::Consent(_)) {
                        return send(&state, lang, journey, key, draft, js).await;
                    }
                    journey.next(step.slug, &draft, returning)
                }
            }
        }
        StepKind::Info => journey.next(step.slug, &draft, returning),
        StepKind::Stop => return see_other(&here),
        StepKind::Check => Next::Step("consent"),
    };
    if let Err(e) = save(&state, &key, &draft).await {
        return server_error(e);
    }
    match go_to {
        Next::Step(to) => see_other(&step_path(lang, journey, to)),
        Next::Check => see_other(&step_path(lang, journey, journey.check_slug())),
    }
}

/// Sends a finished journey: one transaction stores the request and its audit entry; only
/// then does the confirmation show. The draft keeps the reference and date, nothing else.
async fn send(
    state: &AppState,
    lang: Lang,
    journey: &'static Journey,
    key: SessionKey,
    mut draft: DraftState,
    js: bool,
) -> Response {
    let now = Utc::now();
    // A robot fills a whole journey in a moment. A person who is that fast is asked to check
    // and send again, which loses nothing.
    let min_seconds = state.min_fill_seconds.unwrap_or(journey.min_seconds);
    if now.timestamp() - draft.started_at < min_seconds {
        draft.started_at = now.timestamp() - min_seconds;
        draft.done.remove("consent");
        draft.pending = Some(Pending {
            step: "consent".into(),
            values: draft.answers.clone(),
            errors: vec![app::journey::FieldError::new("consent", "error-too-fast")],
        });
        if let Err(e) = save(state, &key, &draft).await {
            return server_error(e);
        }
        return see_other(&step_path(lang, journey, journey.steps.last().map_or("consent", |s| s.slug)));
    }
    let related_reference = journey.links_by.and_then(|field| first(&draft.answers, field)).map(str::to_owned);
    let submission = Submission {
        journey,
        lang,
        answers: &draft.answers,
        suspected_spam: draft.honeypot,
        submission_key: draft.submission_key.clone(),
        related_reference,
    };
    let submitted = match submit(state, submission).await {
        Ok(s) => s,
        Err(e) => return server_error(e),
    };
    tracing::info!(kind = journey.id, created = submitted.created, "request received");
    if submitted.created {
        state.analytics.sent(lang, journey.id, draft.started_at, js);
    }
    let connection = first(&draft.answers, "connection").map(str::to_owned);
    draft = DraftState {
        journey: draft.journey,
        submission_key: draft.submission_key,
        started_at: draft.started_at,
        sent: Some(app::journey::Sent {
            reference: submitted.reference,
            contact_by: submitted.contact_by.format("%Y-%m-%d").to_string(),
            monitoring_done: false,
        }),
        // Kept only to split the equality figures by victim and offender.
        answers: connection.map(|c| [("connection".to_owned(), vec![c])].into()).unwrap_or_default(),
        ..DraftState::default()
    };
    if let Err(e) = save(state, &key, &draft).await {
        return server_error(e);
    }
    see_other(&step_path(lang, journey, "sent"))
}

/// A finished request to store, from a public journey or from staff intake.
pub(crate) struct Submission<'a> {
    pub journey: &'static Journey,
    /// The language its e-mails to the person are in.
    pub lang: Lang,
    pub answers: &'a Values,
    pub suspected_spam: bool,
    /// Makes storing idempotent: the same key finds the request stored the first time.
    pub submission_key: String,
    /// The request this one is about (a withdrawal's referral, a call back made a referral).
    pub related_reference: Option<String>,
}

/// Screens a request, dates its first contact and stores it with its e-mails and audit entry
/// in one transaction: the one way a request enters the system.
pub(crate) async fn submit(state: &AppState, s: Submission<'_>) -> Result<app::ports::Submitted, StoreError> {
    let Submission { journey, lang, answers, suspected_spam, submission_key, related_reference } = s;
    let now = Utc::now();
    let mut facts = (journey.facts)(answers);
    facts.suspected_spam = suspected_spam;
    let mut flags = screening::flags(&facts);
    // A request about another one (a withdrawal) is as restricted as that one, so nobody learns
    // from it who is behind a case they may not open.
    if let Some(related) = related_reference.as_deref().and_then(|r| Reference::parse(r).ok()) {
        if let Some(linked) = state.store.find_request(related.as_str()).await? {
            for flag in screening::inherited(&linked.flags) {
                if !flags.contains(&flag) {
                    flags.push(flag);
                }
            }
            flags.sort();
        }
    }
    let routes: Vec<String> = journey.kind_pages(answers).iter().map(|s| s.to_string()).collect();
    let area = (journey.area)(answers);
    let usual = match journey.clock {
        Clock::Referral => state.contact_working_days,
        Clock::CallBack => state.call_back_working_days,
    };
    let days = screening::contact_working_days(usual, &flags);
    let answers_json = serde_json::to_string(answers).expect("answers serialise");
    let contact_by = calendar::contact_deadline(now, days);
    for _ in 0..5 {
        let reference = Reference::generate(&mut rand::rng()).as_str().to_owned();
        let messages = crate::mail::messages_for(
            &crate::mail::RequestMail { kind: journey.id, reference: &reference, contact_by, lang, answers },
            &state.mail,
        );
        let request = NewRequest {
            kind: journey.kind,
            reference,
            submission_key: submission_key.clone(),
            received_at: now,
            contact_by,
            lang: lang.code().to_owned(),
            area: area.clone(),
            flags: flags.clone(),
            routes: routes.clone(),
            related_reference: related_reference.clone(),
            answers_json: answers_json.clone(),
            messages,
            participants: (journey.participants)(answers),
        };
        match state.store.submit_request(&request).await {
            Ok(s) => return Ok(s),
            Err(StoreError::ReferenceTaken) => continue,
            Err(e) => return Err(e),
        }
    }
    Err(StoreError::Database("no free reference number after 5 tries".into()))
}

/// The optional equality questions after sending: stored apart from the referral.
async fn equality(
    state: &AppState,
    lang: Lang,
    key: SessionKey,
    mut draft: DraftState,
    posted: Values,
    skip: bool,
) -> Response {
    let journey = &referral::JOURNEY;
    let Some(sent) = draft.sent.as_mut() else {
        return see_other(&start_path(lang, journey));
    };
    if sent.monitoring_done {
        return see_other(&step_path(lang, journey, "sent"));
    }
    if !skip {
        let today = Utc::now();
        let ctx = RuleContext { current_year: today.year(), current_month: today.month() };
        match validate_step(&app::equality::STEP, &posted, &Values::new(), Voice::You, ctx) {
            Err(errors) => {
                draft.pending = Some(Pending { step: "equality".into(), values: posted, errors });
                if let Err(e) = save(state, &key, &draft).await {
                    return server_error(e);
                }
                return see_other(&step_path(lang, journey, "equality"));
            }
            Ok(v) => {
                // The month only, so the record cannot be matched to a referral by its time.
                let month = today.date_naive().with_day(1).expect("day 1 exists");
                let record = EqualityRecord {
                    recorded_at: Some(month.and_hms_opt(0, 0, 0).expect("midnight").and_utc()),
                    request_kind: journey.id.to_owned(),
                    connection: first(&draft.answers, "connection").map(str::to_owned),
                    age: first(&v, "eq-age").map(str::to_owned),
                    sex: first(&v, "eq-sex").map(str::to_owned),
                    gender_same: first(&v, "eq-gender-same").map(str::to_owned),
                    ethnicity: first(&v, "eq-ethnicity").map(str::to_owned),
                    disability: first(&v, "eq-disability").map(str::to_owned),
                };
                if let Err(e) = state.store.save_equality(&record).await {
                    return server_error(e);
                }
            }
        }
    }
    if let Some(sent) = draft.sent.as_mut() {
        sent.monitoring_done = true;
    }
    draft.pending = None;
    draft.answers.clear();
    if let Err(e) = save(state, &key, &draft).await {
        return server_error(e);
    }
    see_other(&step_path(lang, journey, "sent"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, HeaderValue::from_static(v));
        }
        h
    }

    #[test]
    fn cross_site_posts_are_recognised() {
        let public = "https://rj.example.org";
        let host = Some("rj.example.org");
        assert!(!from_another_site(&headers(&[("sec-fetch-site", "same-origin")]), public, host));
        assert!(from_another_site(&headers(&[("sec-fetch-site", "cross-site")]), public, host));
        assert!(from_another_site(&headers(&[("sec-fetch-site", "same-site")]), public, host));
        assert!(!from_another_site(&headers(&[("origin", "https://rj.example.org")]), public, host));
        assert!(from_another_site(&headers(&[("origin", "https://evil.example")]), public, host));
        assert!(!from_another_site(&headers(&[]), public, host), "not a browser");
    }
}
