//! The queue and the case page, and every change to a case. Each change is checked against
//! the workflow rules in `app::staff::model`, written with its timeline entry and audit line
//! in one transaction, and answered with a redirect back to the case; a form with a problem
//! is shown again with what was typed.

use app::{
    domain::{
        calendar::{contact_deadline, uk_date},
        reference::Reference,
        screening::{self, Flag},
    },
    ports::{CaseEventKind, CaseRecord, QueueQuery, StoreError},
    staff::{
        CasePage, FieldErrors, QueueFilters, QueuePage, StaffPage,
        model::{
            CONTACT_METHODS, CONTACT_OUTCOMES, CaseAccess, EndReason, FlagChange, Needs, ONWARD, REFERRAL_BASES, RJ_PROCESSES,
            RequestKind, Role, SAFE_TO_GO_ON, Staff, may_accept,
            Status, is_code, is_sensitive, status_after_contact,
        },
        pages::case_path,
    },
};
use axum::{
    Form,
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use chrono::{NaiveDate, Utc};

use super::{Handled, PageContext, Refusal, Signed, render};
use crate::startup::AppState;

/// Rows on a page of the queue.
pub const PAGE_SIZE: i64 = 50;

/// A date typed as `YYYY-MM-DD`: none when left empty, an error when it is not a date.
pub(super) fn parse_day(value: &str) -> Result<Option<NaiveDate>, ()> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(value, "%Y-%m-%d").map(Some).map_err(|_| ())
}

/// What was typed, trimmed, or nothing when it is blank.
pub(super) fn some(value: &str) -> Option<String> {
    Some(value.trim().to_owned()).filter(|v| !v.is_empty())
}

/// The filters as typed, read into a query for the store, with errors for what cannot be read.
pub fn query_for(f: &QueueFilters, staff: &Staff, today: NaiveDate) -> (QueueQuery, FieldErrors) {
    let mut errors = Vec::new();
    let mut day = |field: &str, value: &str| match parse_day(value) {
        Ok(d) => d,
        Err(()) => {
            errors.push((field.to_owned(), format!("Enter the {} date as a date, for example 2026-11-23", if field == "from" { "from" } else { "to" })));
            None
        }
    };
    let received_from = day("from", &f.from);
    let received_to = day("to", &f.to);
    let (open, status) = match f.status.as_str() {
        "" => (Some(true), None),
        "all" => (None, None),
        "ended" => (Some(false), None),
        code => match Status::parse(code) {
            Ok(s) => (None, Some(s)),
            Err(_) => {
                errors.push(("status".to_owned(), "Choose a status from the list".to_owned()));
                (Some(true), None)
            }
        },
    };
    let cursor = |value: &str| value.split_once('.').and_then(|(d, id)| Some((parse_day(d).ok()??, id.parse().ok()?)));
    let after = cursor(&f.after);
    let before = if after.is_none() { cursor(&f.before) } else { None };
    let mut query = QueueQuery {
        open,
        status,
        kind: match f.kind.trim() {
            "" => None,
            code => RequestKind::parse(code).map_err(|_| errors.push(("kind".to_owned(), "Choose a kind of request from the list".to_owned()))).ok(),
        },
        area: some(&f.area),
        restricted_hidden: !staff.specialist,
        flag: match f.flag.trim() {
            "" => None,
            code => Flag::parse(code).map_err(|_| errors.push(("flag".to_owned(), "Choose a flag from the list".to_owned()))).ok(),
        },
        assigned_to: (f.assigned == "me").then_some(staff.id),
        unassigned: f.assigned == "unassigned",
        overdue_on: (f.overdue == "yes").then_some(today),
        received_from,
        received_to,
        reference: some(&f.reference).map(|r| Reference::parse(&r).map(|r| r.to_string()).unwrap_or(r.to_uppercase())),
        after,
        before,
        limit: PAGE_SIZE + 1,
    };
    // Practitioners work only the cases given to them.
    if !staff.sees_whole_queue() {
        query.assigned_to = Some(staff.id);
        query.unassigned = false;
    }
    (query, errors)
}

/// Which way a link to another page of the queue goes.
enum Cursor {
    First,
    After(String),
    Before(String),
}

fn page_link(f: &QueueFilters, cursor: Cursor) -> String {
    let mut f = f.clone();
    (f.after, f.before) = match cursor {
        Cursor::First => (String::new(), String::new()),
        Cursor::After(c) => (c, String::new()),
        Cursor::Before(c) => (String::new(), c),
    };
    let pairs: Vec<(&str, &str)> = [
        ("reference", f.reference.as_str()),
        ("status", &f.status),
        ("kind", &f.kind),
        ("area", &f.area),
        ("flag", &f.flag),
        ("assigned", &f.assigned),
        ("overdue", &f.overdue),
        ("from", &f.from),
        ("to", &f.to),
        ("after", &f.after),
        ("before", &f.before),
    ]
    .into_iter()
    .filter(|(_, v)| !v.is_empty())
    .collect();
    let query = serde_urlencoded::to_string(pairs).unwrap_or_default();
    if query.is_empty() { "/staff".to_owned() } else { format!("/staff?{query}") }
}

pub async fn queue(
    State(state): State<AppState>,
    signed: Signed,
    page: PageContext,
    Query(filters): Query<QueueFilters>,
) -> Response {
    let handled = queue_page(&state, &signed, &page, filters).await;
    signed.answer(&state, &page, handled).await
}

async fn queue_page(state: &AppState, signed: &Signed, page: &PageContext, filters: QueueFilters) -> Handled {
    signed.require(state, page, Staff::works_cases).await?;
    let today = uk_date(Utc::now());
    let (query, errors) = query_for(&filters, &signed.staff, today);
    let mut rows = state.store.queue(&query).await?;
    // One row more than a page is asked for, to know whether there is more that way.
    let more = rows.len() as i64 > PAGE_SIZE;
    let backwards = query.after.is_none() && query.before.is_some();
    if more && backwards {
        rows.remove(0);
    } else {
        rows.truncate(PAGE_SIZE as usize);
    }
    let key = |r: &app::ports::QueueRow| format!("{}.{}", r.contact_by, r.id);
    let (has_next, has_previous) = if backwards { (true, more) } else { (more, query.after.is_some()) };
    let next = has_next.then(|| rows.last().map(|r| page_link(&filters, Cursor::After(key(r))))).flatten();
    let previous = has_previous.then(|| rows.first().map(|r| page_link(&filters, Cursor::Before(key(r))))).flatten();
    let first_page = previous.is_some().then(|| page_link(&filters, Cursor::First));
    let urgent = if query.after.is_none() && query.before.is_none() { urgent_uncontacted(state, &signed.staff).await? } else { Vec::new() };
    let hidden = rows
        .iter()
        .filter(|r| signed.staff.access(is_sensitive(&r.flags), r.assigned_to) != CaseAccess::Full)
        .map(|r| r.id)
        .collect();
    signed.audit(state, "queue.view", None).await;
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let view = signed.view(StaffPage::Queue(QueuePage { filters, errors, today, rows, hidden, next, previous, first_page, urgent }), page);
    Ok(render(state, page, view, status).await)
}

/// The open urgent requests this member of staff works that nobody has reached yet.
async fn urgent_uncontacted(state: &AppState, staff: &Staff) -> Result<Vec<app::ports::QueueRow>, StoreError> {
    let mut query = QueueQuery {
        open: Some(true),
        flag: Some(Flag::Urgent),
        limit: PAGE_SIZE,
        ..QueueQuery::default()
    };
    if !staff.sees_whole_queue() {
        query.assigned_to = Some(staff.id);
    }
    Ok(state.store.queue(&query).await?.into_iter().filter(|r| r.first_contact_at.is_none()).collect())
}

/// The e-mail address of the professional who referred, if they gave one (as staff keep it up to date on their record).
fn referrer_email(case: &CaseRecord) -> Option<String> {
    case.referrer().and_then(|r| app::journey::first(&r.details, "referrer-email")).map(str::to_owned)
}

/// Sensitive or complex (000 5.10): for specialists, with a manager's sign-off on the risk.
fn sensitive_or_complex(case: &CaseRecord) -> bool {
    case.request.flags.iter().any(|f| matches!(f, Flag::Sensitive | Flag::Complex))
}

fn sensitive_case(case: &CaseRecord) -> bool {
    is_sensitive(&case.request.flags)
}

/// Everyone who may be given this case: active, working cases, and a specialist if it is
/// sensitive.
async fn assignable(state: &AppState, case: &CaseRecord) -> Result<Vec<Staff>, StoreError> {
    assignable_if(state, sensitive_case(case)).await
}

/// Everyone who may be given a case that is, or is not, for specialists.
async fn assignable_if(state: &AppState, sensitive: bool) -> Result<Vec<Staff>, StoreError> {
    let all = state.store.list_staff().await?;
    Ok(all
        .iter()
        .filter(|a| a.status == app::staff::model::AccountStatus::Active)
        .map(super::to_staff)
        .filter(|s| s.can_take(sensitive))
        .collect())
}

/// Loads a case and checks this member of staff may see all of it. Otherwise: not found, the
/// restricted page for a sensitive case, or 403, each audited.
pub(super) async fn open_case(state: &AppState, signed: &Signed, page: &PageContext, reference: &str) -> Result<CaseRecord, Refusal> {
    signed.require(state, page, Staff::works_cases).await?;
    let case = state.store.find_case(reference).await?.ok_or(Refusal::NotFound)?;
    match signed.staff.access(sensitive_case(&case), case.assigned_to) {
        CaseAccess::Full => Ok(case),
        CaseAccess::SensitiveHidden => {
            signed.audit(state, "case.restricted", Some(case.request.reference.clone())).await;
            let view = signed.view(
                StaffPage::CaseHidden {
                    reference: case.request.reference.clone(),
                    contact_by: case.request.contact_by,
                    flags: case.request.flags.clone(),
                },
                page,
            );
            Err(Refusal::Page(render(state, page, view, StatusCode::FORBIDDEN).await))
        }
        CaseAccess::None => {
            signed.audit(state, "access.denied", Some(case.request.reference.clone())).await;
            Err(Refusal::Page(render(state, page, signed.view(StaffPage::Forbidden, page), StatusCode::FORBIDDEN).await))
        }
    }
}

async fn case_page(
    state: &AppState,
    signed: &Signed,
    page: &PageContext,
    case: CaseRecord,
    errors: FieldErrors,
    typed: Vec<(String, String)>,
) -> Handled {
    let events = state.store.case_events(case.id).await?;
    let assignable = assignable(state, &case).await?.into_iter().map(|s| (s.id, s.name)).collect();
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let today = uk_date(Utc::now());
    let view = signed.view(StaffPage::Case(Box::new(CasePage { case, events, today, assignable, errors, typed })), page);
    Ok(render(state, page, view, status).await)
}

pub async fn case(
    State(state): State<AppState>,
    signed: Signed,
    page: PageContext,
    Path(reference): Path<String>,
) -> Response {
    let handled: Handled = async {
        let case = open_case(&state, &signed, &page, &reference).await?;
        signed.audit(&state, "case.view", Some(case.request.reference.clone())).await;
        case_page(&state, &signed, &page, case, Vec::new(), Vec::new()).await
    }
    .await;
    signed.answer(&state, &page, handled).await
}

/// Every case form: the fields any of them sends.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct CaseForm {
    assignee: String,
    method: String,
    outcome: String,
    #[serde(rename = "contact-note")]
    contact_note: String,
    from: String,
    to: String,
    onward: String,
    #[serde(rename = "end-reason")]
    end_reason: String,
    reason: String,
    note: String,
    #[serde(rename = "rj-process")]
    rj_process: String,
    #[serde(rename = "held-on")]
    held_on: String,
    #[serde(rename = "took-harmed")]
    took_harmed: String,
    #[serde(rename = "took-caused-harm")]
    took_caused_harm: String,
    #[serde(rename = "took-supporters")]
    took_supporters: String,
    what: String,
    #[serde(rename = "due-on")]
    due_on: String,
    item: String,
    kept: String,
    #[serde(rename = "risks-harmed")]
    risks_harmed: String,
    #[serde(rename = "risks-harmer")]
    risks_harmer: String,
    safeguarding: String,
    #[serde(rename = "safe-to-go-on")]
    safe_to_go_on: String,
    #[serde(rename = "rj-method")]
    rj_method: String,
    conclusion: String,
    assessment: String,
    agency: String,
    #[serde(rename = "made-on")]
    made_on: String,
    #[serde(rename = "support-reason")]
    support_reason: String,
    basis: String,
    #[serde(rename = "updates-answer")]
    updates_answer: String,
    #[serde(rename = "flag-change")]
    flag_change: String,
    #[serde(rename = "flag-reason")]
    flag_reason: String,
    #[serde(rename = "consent-answer")]
    consent_answer: String,
    #[serde(rename = "consent-note")]
    consent_note: String,
    disposal: String,
}

const MAX_NOTE: usize = 5000;

fn error(field: &str, message: &str) -> (String, String) {
    (field.to_owned(), message.to_owned())
}

/// Who may be given the case now, and who could hold it were it for specialists: the
/// assignment and flag rules check against these.
struct Holders {
    now: Vec<i64>,
    if_sensitive: Vec<i64>,
}

/// A flag added or removed by hand, with its reason. Raising a flag that keeps the case for
/// specialists gives it back to the pool when its assignee is not one; raising urgency brings
/// first contact forward to the end of the next working day.
fn flag_change(form: &CaseForm, case: &CaseRecord, staff: &Staff, holders: &Holders) -> Result<CaseEventKind, FieldErrors> {
    let flags = &case.request.flags;
    let mut errors = Vec::new();
    let change = FlagChange::parse(&form.flag_change).filter(|c| c.add != flags.contains(&c.flag));
    match change {
        None => errors.push(error("flag-change", "Choose a flag to add or remove")),
        Some(c) if !c.add && !staff.may_remove_flag(c.flag) => {
            errors.push(error("flag-change", "Only a manager or a specialist can remove this flag"))
        }
        Some(_) => {}
    }
    let reason = form.flag_reason.trim();
    if reason.is_empty() {
        errors.push(error("flag-reason", "Give the reason for the change"));
    } else if reason.chars().count() > MAX_NOTE {
        errors.push(error("flag-reason", "The reason must be 5,000 characters or fewer"));
    }
    let Some(FlagChange { flag, add }) = change.filter(|_| errors.is_empty()) else {
        return Err(errors);
    };
    Ok(flag_event(flag, add, reason.to_owned(), case, holders))
}

/// A flag added or removed, with what follows from it: raising one that keeps the case for
/// specialists gives it back to the pool when its assignee is not one; raising urgency brings
/// first contact forward.
fn flag_event(flag: Flag, add: bool, reason: String, case: &CaseRecord, holders: &Holders) -> CaseEventKind {
    let for_specialists = add && flag.needs_specialist();
    let unassign = for_specialists && case.assigned_to.is_some_and(|id| !holders.if_sensitive.contains(&id));
    let contact_by = (add && flag == Flag::Urgent)
        .then(|| contact_deadline(Utc::now(), screening::contact_working_days(5, &[Flag::Urgent])))
        .filter(|d| *d < case.request.contact_by);
    CaseEventKind::Flag { flag, added: add, reason, unassign, contact_by }
}

async fn holders(state: &AppState, case: &CaseRecord) -> Result<Holders, StoreError> {
    let ids = |staff: Vec<Staff>| staff.iter().map(|s| s.id).collect::<Vec<i64>>();
    Ok(Holders { now: ids(assignable(state, case).await?), if_sensitive: ids(assignable_if(state, true).await?) })
}

/// Raises the flags screening now finds that it did not find before a change to the case (the
/// people in it), each in the timeline with the rule behind it. A flag staff removed by hand
/// comes back only when the facts behind it are new.
pub(super) async fn rescreen(state: &AppState, signed: &Signed, before: &CaseRecord) -> Result<Vec<Flag>, StoreError> {
    let Some(after) = state.store.find_case(&before.request.reference).await? else {
        return Ok(Vec::new());
    };
    let was = screening::flags(&before.facts());
    let holders = holders(state, &after).await?;
    let mut raised = Vec::new();
    for finding in screening::screen(&after.facts()) {
        if was.contains(&finding.flag) || after.request.flags.contains(&finding.flag) {
            continue;
        }
        let why: Vec<String> = finding.reasons.iter().map(|r| format!("{} ({})", r.rule().words, r.rule().source)).collect();
        let reason = format!("Screening of the people in the case: {}", why.join("; "));
        let change = signed.change(&after, flag_event(finding.flag, true, reason, &after, &holders));
        match state.store.change_case(&change).await {
            Ok(()) | Err(StoreError::Stale) => raised.push(finding.flag),
            Err(e) => return Err(e),
        }
    }
    Ok(raised)
}

/// The coded reason chosen for ending a case with `to`. The form sends `status:code` from one
/// list grouped by status, so a reason for another status is refused, never reinterpreted.
fn chosen_end_reason(to: Status, value: &str) -> Result<EndReason, &'static str> {
    let Some((status, code)) = value.split_once(':') else {
        return Err("Choose the reason the case is ending");
    };
    if status != to.code() {
        return Err("Choose a reason that goes with the new status");
    }
    EndReason::parse(to, code).map_err(|_| "Choose the reason the case is ending")
}

/// What a form asks for, checked against the rules: the change, or what is wrong with it.
fn change_for(action: &str, form: &CaseForm, case: &CaseRecord, staff: &Staff, holders: &Holders) -> Result<CaseEventKind, FieldErrors> {
    let assignable = &holders.now;
    let current = case.request.status;
    match action {
        "claim" => {
            if !staff.can_take(sensitive_case(case)) {
                return Err(vec![error("assignee", "Only a specialist can take a sensitive case")]);
            }
            Ok(CaseEventKind::Assign { to: Some(staff.id) })
        }
        "assign" => {
            let to = match form.assignee.trim() {
                "" => None,
                id => Some(id.parse::<i64>().ok().filter(|id| assignable.contains(id)).ok_or_else(|| {
                    vec![error("assignee", "Choose someone who can take this case")]
                })?),
            };
            Ok(CaseEventKind::Assign { to })
        }
        "contact" => {
            let mut errors = Vec::new();
            if !is_code(&CONTACT_METHODS, &form.method) {
                errors.push(error("method", "Choose how you tried to make contact"));
            }
            if !is_code(&CONTACT_OUTCOMES, &form.outcome) {
                errors.push(error("outcome", "Choose what happened"));
            }
            if form.contact_note.chars().count() > MAX_NOTE {
                errors.push(error("contact-note", "Notes must be 5,000 characters or fewer"));
            }
            if !errors.is_empty() {
                return Err(errors);
            }
            Ok(CaseEventKind::Contact {
                method: form.method.clone(),
                outcome: form.outcome.clone(),
                note: some(&form.contact_note),
                new_status: status_after_contact(current, &form.outcome),
            })
        }
        "status" => {
            let Some(to) = Status::parse(&form.to).ok().filter(|to| current.next().contains(to)) else {
                return Err(vec![error("to", "Choose a status this case can move to")]);
            };
            if form.from != current.code() {
                return Err(vec![error("to", "Someone else changed this case while you had it open. Check the timeline, then choose again")]);
            }
            let reason = some(&form.reason);
            let mut errors = Vec::new();
            if to == Status::Accepted
                && let Err(message) = may_accept(case.assessment.as_ref(), sensitive_or_complex(case))
            {
                return Err(vec![error("to", message)]);
            }
            let mut end_reason = None;
            match to.needs() {
                Needs::Reason => match chosen_end_reason(to, &form.end_reason) {
                    Err(message) => errors.push(error("end-reason", message)),
                    Ok(r) => {
                        if r.needs_words() && reason.is_none() {
                            let message = if to == Status::Signposted {
                                "Name the service you signposted them to"
                            } else {
                                "Say what the reason is"
                            };
                            errors.push(error("reason", message));
                        }
                        end_reason = Some(r);
                    }
                },
                Needs::Onward if !is_code(&ONWARD, &form.onward) => {
                    errors.push(error("onward", "Choose where the case was referred on to"))
                }
                _ => {}
            }
            if form.reason.chars().count() > MAX_NOTE {
                errors.push(error("reason", "The reason must be 5,000 characters or fewer"));
            }
            if !errors.is_empty() {
                return Err(errors);
            }
            Ok(CaseEventKind::Status {
                from: current,
                to,
                ends: to.is_ending(),
                end_reason,
                reason,
                referred_on_to: (to == Status::ReferredOn).then(|| form.onward.clone()),
            })
        }
        "note" => match form.note.trim() {
            "" => Err(vec![error("note", "Write the note")]),
            n if n.chars().count() > MAX_NOTE => Err(vec![error("note", "A note must be 5,000 characters or fewer")]),
            n => Ok(CaseEventKind::Note { text: n.to_owned() }),
        },
        "disposal" => match app::staff::model::Disposal::parse(&form.disposal) {
            Ok(d) if case.disposal == Some(d) => Err(vec![error("disposal", "That is already the case's stage")]),
            Ok(d) => Ok(CaseEventKind::Disposal(d)),
            Err(_) => Err(vec![error("disposal", "Choose where the case stands in the criminal justice process")]),
        },
        "process" => {
            let mut errors = Vec::new();
            if !is_code(&RJ_PROCESSES, &form.rj_process) {
                errors.push(error("rj-process", "Choose the process"));
            }
            let held_on = match parse_day(&form.held_on) {
                Ok(Some(day)) => Some(day),
                Ok(None) => {
                    errors.push(error("held-on", "Enter the date it took place, for example 2026-11-23"));
                    None
                }
                Err(()) => {
                    errors.push(error("held-on", "Enter the date as a date, for example 2026-11-23"));
                    None
                }
            };
            match held_on.filter(|_| errors.is_empty()) {
                Some(held_on) => Ok(CaseEventKind::Process(app::ports::RjProcess {
                    kind: form.rj_process.clone(),
                    held_on,
                    harmed: form.took_harmed == "yes",
                    caused_harm: form.took_caused_harm == "yes",
                    supporters: form.took_supporters == "yes",
                })),
                None => Err(errors),
            }
        }
        "agreement" => {
            let mut errors = Vec::new();
            let what = form.what.trim();
            if what.is_empty() {
                errors.push(error("what", "Write what was agreed"));
            } else if what.chars().count() > 1000 {
                errors.push(error("what", "An item must be 1,000 characters or fewer"));
            }
            let due_on = parse_day(&form.due_on).unwrap_or_else(|()| {
                errors.push(error("due-on", "Enter the date as a date, for example 2026-12-31"));
                None
            });
            if !errors.is_empty() {
                return Err(errors);
            }
            Ok(CaseEventKind::AgreementItem { what: what.to_owned(), due_on })
        }
        "assess" => {
            let mut errors = Vec::new();
            let mut needed = |value: &str, field: &str, message: &str| {
                let value = value.trim();
                if value.is_empty() {
                    errors.push(error(field, message));
                } else if value.chars().count() > MAX_NOTE {
                    errors.push(error(field, "Use 5,000 characters or fewer"));
                }
                value.to_owned()
            };
            let risks_harmed = needed(&form.risks_harmed, "risks-harmed", "Describe the risks to the person harmed, or write \"none known\"");
            let risks_harmer = needed(&form.risks_harmer, "risks-harmer", "Describe the risks to the person who caused harm, or write \"none known\"");
            let conclusion = needed(&form.conclusion, "conclusion", "Write your conclusion");
            if !is_code(&SAFE_TO_GO_ON, &form.safe_to_go_on) {
                errors.push(error("safe-to-go-on", "Choose whether it is safe to go on"));
            }
            let method = match form.rj_method.as_str() {
                "" => None,
                m if is_code(&RJ_PROCESSES, m) => Some(m.to_owned()),
                _ => {
                    errors.push(error("rj-method", "Choose a process from the list"));
                    None
                }
            };
            if form.safeguarding.chars().count() > MAX_NOTE {
                errors.push(error("safeguarding", "Use 5,000 characters or fewer"));
            }
            if !errors.is_empty() {
                return Err(errors);
            }
            Ok(CaseEventKind::Assessment(app::ports::RiskAssessment {
                id: 0,
                risks_harmed,
                risks_harmer,
                safeguarding: some(&form.safeguarding),
                safe_to_go_on: form.safe_to_go_on.clone(),
                method,
                conclusion,
                assessor_id: staff.id,
                assessed_by: staff.name.clone(),
                assessed_at: chrono::Utc::now(),
                signed_off: None,
            }))
        }
        "sign-off" => {
            let Some(latest) = case.assessment.as_ref() else {
                return Err(vec![error("assessment", "There is no risk assessment to sign off")]);
            };
            if staff.role != Role::Manager {
                return Err(vec![error("assessment", "Only a manager can sign off a risk assessment")]);
            }
            if latest.assessor_id == staff.id {
                return Err(vec![error("assessment", "Another manager must sign off your own assessment")]);
            }
            if latest.signed_off.is_some() || form.assessment != latest.id.to_string() {
                return Err(vec![error("assessment", "This assessment is signed off already, or a newer one has been recorded")]);
            }
            Ok(CaseEventKind::SignOff { assessment_id: latest.id })
        }
        "support" => {
            let mut errors = Vec::new();
            let agency = form.agency.trim();
            if agency.is_empty() || agency.chars().count() > 200 {
                errors.push(error("agency", "Name the agency, in 200 characters or fewer"));
            }
            let made_on = match parse_day(&form.made_on) {
                Ok(Some(day)) => Some(day),
                _ => {
                    errors.push(error("made-on", "Enter the date of the referral, for example 2026-11-23"));
                    None
                }
            };
            let reason = form.support_reason.trim();
            if reason.is_empty() || reason.chars().count() > MAX_NOTE {
                errors.push(error("support-reason", "Say why, in 5,000 characters or fewer"));
            }
            if !is_code(&REFERRAL_BASES, &form.basis) {
                errors.push(error("basis", "Choose the basis for sharing their details"));
            }
            match made_on.filter(|_| errors.is_empty()) {
                Some(made_on) => Ok(CaseEventKind::SupportReferral(app::ports::SupportReferral {
                    agency: agency.to_owned(),
                    made_on,
                    reason: reason.to_owned(),
                    basis: form.basis.clone(),
                })),
                None => Err(errors),
            }
        }
        "updates" => match form.updates_answer.as_str() {
            "yes" => Ok(CaseEventKind::UpdatesAgreed { agreed: true }),
            "no" => Ok(CaseEventKind::UpdatesAgreed { agreed: false }),
            _ => Err(vec![error("updates-answer", "Choose what the person said")]),
        },
        "update-referrer" => {
            let Some(to) = referrer_email(case) else {
                return Err(vec![error("updates-answer", "There is no e-mail address for the referrer: tell them by phone")]);
            };
            if case.referrer_updates != Some(true) {
                return Err(vec![error("updates-answer", "The person has not agreed that we update the referrer")]);
            }
            let message = crate::mail::referrer_update(&case.request.reference, current.stage_for_referrer(), &to, chrono::Utc::now());
            Ok(CaseEventKind::ReferrerUpdate { message })
        }
        "kept" => {
            let item = form.item.parse::<i64>().ok().filter(|id| case.agreement.iter().any(|i| i.id == *id && i.kept.is_none()));
            let kept = match form.kept.as_str() {
                "yes" => Some(true),
                "no" => Some(false),
                _ => None,
            };
            match (item, kept) {
                (Some(item_id), Some(kept)) => Ok(CaseEventKind::ItemKept { item_id, kept }),
                _ => Err(vec![error("item", "Choose an item of this case's agreement that is not recorded yet")]),
            }
        }
        "flag" => flag_change(form, case, staff, holders),
        "consent" => {
            // 000 5.6: we asked the person for the police; their answer clears the question.
            if !case.request.flags.contains(&Flag::ConsentToBeSought) {
                return Err(vec![error("consent-answer", "This case is not waiting for the person's agreement")]);
            }
            let agreed = match form.consent_answer.as_str() {
                "agreed" => true,
                "refused" => false,
                _ => return Err(vec![error("consent-answer", "Choose what the person said")]),
            };
            if form.consent_note.chars().count() > MAX_NOTE {
                return Err(vec![error("consent-note", "Notes must be 5,000 characters or fewer")]);
            }
            if !agreed && current.is_ending() {
                return Err(vec![error("consent-answer", "This case has already ended")]);
            }
            Ok(CaseEventKind::Consent { agreed, from: current, note: some(&form.consent_note) })
        }
        _ => Err(vec![error("to", "Unknown action")]),
    }
}

pub(super) fn notice_for(event: &CaseEventKind) -> &'static str {
    match event {
        CaseEventKind::Status { .. } => "Status saved.",
        CaseEventKind::Assign { .. } => "Assignment saved.",
        CaseEventKind::Contact { .. } => "Contact attempt recorded.",
        CaseEventKind::Note { .. } => "Note added.",
        CaseEventKind::Disposal(_) => "Criminal justice stage saved.",
        CaseEventKind::AddParticipant(_) => "Person added to the case.",
        CaseEventKind::EditParticipant { .. } => "Their details are saved.",
        CaseEventKind::Stance { .. } => "Their answer is recorded.",
        CaseEventKind::Equality { .. } => "Equality answers saved.",
        CaseEventKind::Flag { added: true, unassign: true, .. } => "Flag added. The case is back in the pool for a specialist.",
        CaseEventKind::Flag { added: true, .. } => "Flag added.",
        CaseEventKind::Flag { added: false, .. } => "Flag removed.",
        CaseEventKind::Process(_) => "Process recorded.",
        CaseEventKind::Assessment(_) => "Risk assessment recorded.",
        CaseEventKind::SignOff { .. } => "Risk assessment signed off.",
        CaseEventKind::SupportReferral(_) => "Referral recorded.",
        CaseEventKind::UpdatesAgreed { .. } => "Their answer is recorded.",
        CaseEventKind::FeedbackInvite { .. } => "Feedback link made.",
        CaseEventKind::ReferrerUpdate { .. } => "Update sent to the referrer.",
        CaseEventKind::AgreementItem { .. } => "Item added to the agreement.",
        CaseEventKind::ItemKept { .. } => "Saved.",
        CaseEventKind::Consent { agreed: true, .. } => "Their agreement is recorded. The case goes on as usual.",
        CaseEventKind::Consent { agreed: false, .. } => "Their answer is recorded and the case is withdrawn. Tell the referrer.",
    }
}

pub async fn act(
    State(state): State<AppState>,
    signed: Signed,
    page: PageContext,
    Path((reference, action)): Path<(String, String)>,
    Form(form): Form<CaseForm>,
) -> Response {
    let handled = change(&state, &signed, &page, &reference, &action, form).await;
    signed.answer(&state, &page, handled).await
}

/// One change to a case, from one of its forms.
async fn change(state: &AppState, signed: &Signed, page: &PageContext, reference: &str, action: &str, form: CaseForm) -> Handled {
    if !matches!(action, "claim" | "assign" | "contact" | "status" | "note" | "disposal" | "flag" | "consent" | "process" | "agreement" | "kept" | "assess" | "sign-off" | "support" | "updates" | "update-referrer") {
        return Err(Refusal::NotFound);
    }
    let case = open_case(state, signed, page, reference).await?;
    if action == "assign" {
        signed.require(state, page, Staff::assigns_others).await?;
    }
    let holders = holders(state, &case).await?;
    let typed = || {
        vec![
            ("method".to_owned(), form.method.clone()),
            ("outcome".to_owned(), form.outcome.clone()),
            ("contact-note".to_owned(), form.contact_note.clone()),
            ("to".to_owned(), form.to.clone()),
            ("onward".to_owned(), form.onward.clone()),
            ("end-reason".to_owned(), form.end_reason.clone()),
            ("reason".to_owned(), form.reason.clone()),
            ("note".to_owned(), form.note.clone()),
            ("flag-change".to_owned(), form.flag_change.clone()),
            ("flag-reason".to_owned(), form.flag_reason.clone()),
            ("consent-answer".to_owned(), form.consent_answer.clone()),
            ("consent-note".to_owned(), form.consent_note.clone()),
            ("rj-process".to_owned(), form.rj_process.clone()),
            ("held-on".to_owned(), form.held_on.clone()),
            ("took-harmed".to_owned(), form.took_harmed.clone()),
            ("took-caused-harm".to_owned(), form.took_caused_harm.clone()),
            ("took-supporters".to_owned(), form.took_supporters.clone()),
            ("what".to_owned(), form.what.clone()),
            ("due-on".to_owned(), form.due_on.clone()),
            ("risks-harmed".to_owned(), form.risks_harmed.clone()),
            ("risks-harmer".to_owned(), form.risks_harmer.clone()),
            ("safeguarding".to_owned(), form.safeguarding.clone()),
            ("safe-to-go-on".to_owned(), form.safe_to_go_on.clone()),
            ("rj-method".to_owned(), form.rj_method.clone()),
            ("conclusion".to_owned(), form.conclusion.clone()),
            ("agency".to_owned(), form.agency.clone()),
            ("made-on".to_owned(), form.made_on.clone()),
            ("support-reason".to_owned(), form.support_reason.clone()),
            ("basis".to_owned(), form.basis.clone()),
            ("disposal".to_owned(), form.disposal.clone()),
        ]
    };
    let event = match change_for(action, &form, &case, &signed.staff, &holders) {
        Ok(event) => event,
        Err(errors) => return case_page(state, signed, page, case, errors, typed()).await,
    };
    let notice = notice_for(&event);
    match state.store.change_case(&signed.change(&case, event)).await {
        Ok(()) => {}
        Err(StoreError::Stale) => {
            let case = state.store.find_case(reference).await?.ok_or(Refusal::NotFound)?;
            let field = match action {
                "flag" => "flag-change",
                "consent" => "consent-answer",
                "kept" => "item",
                "sign-off" => "assessment",
                "updates" | "update-referrer" => "updates-answer",
                _ => "to",
            };
            let errors = vec![error(field, "Someone else changed this case while you had it open. Check the timeline, then choose again")];
            return case_page(state, signed, page, case, errors, typed()).await;
        }
        Err(e) => return Err(e.into()),
    }
    signed.tell(notice).await;
    Ok(Redirect::to(&case_path(&case.request.reference)).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;
    use app::staff::model::Role;

    fn staff(role: Role) -> Staff {
        Staff { id: 9, email: "a@rj.example".into(), name: "A".into(), role, specialist: false }
    }

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn no_filters_mean_the_open_work_of_everyone_a_page_at_a_time() {
        let (q, errors) = query_for(&QueueFilters::default(), &staff(Role::Triage), day("2026-11-23"));
        assert!(errors.is_empty());
        assert_eq!(q, QueueQuery { open: Some(true), restricted_hidden: true, limit: PAGE_SIZE + 1, ..Default::default() });
    }

    #[test]
    fn only_a_specialist_filters_sensitive_cases_by_what_others_cannot_see() {
        let filters = QueueFilters { area: "dudley".into(), ..Default::default() };
        for role in [Role::Manager, Role::Triage, Role::Practitioner] {
            let mut someone = staff(role);
            assert!(query_for(&filters, &someone, day("2026-11-23")).0.restricted_hidden, "{role:?}");
            someone.specialist = true;
            assert!(!query_for(&filters, &someone, day("2026-11-23")).0.restricted_hidden, "{role:?} specialist");
        }
    }

    #[test]
    fn an_unknown_status_or_kind_in_the_filters_is_named_not_read_as_everything() {
        let filters = QueueFilters { status: "done".into(), kind: "letter".into(), ..Default::default() };
        let (q, errors) = query_for(&filters, &staff(Role::Manager), day("2026-11-23"));
        let fields: Vec<&str> = errors.iter().map(|(f, _)| f.as_str()).collect();
        assert_eq!(fields, ["status", "kind"]);
        assert_eq!((q.open, q.status, q.kind), (Some(true), None, None), "the default view, said so");
        let filters = QueueFilters { kind: "call-back".into(), ..Default::default() };
        assert_eq!(query_for(&filters, &staff(Role::Manager), day("2026-11-23")).0.kind, Some(RequestKind::CallBack));
    }

    #[test]
    fn practitioners_always_see_only_their_own_cases() {
        let filters = QueueFilters { assigned: "unassigned".into(), ..Default::default() };
        let (q, _) = query_for(&filters, &staff(Role::Practitioner), day("2026-11-23"));
        assert_eq!((q.assigned_to, q.unassigned), (Some(9), false));
    }

    #[test]
    fn filters_are_read_and_a_bad_date_is_named_not_ignored_silently() {
        let filters = QueueFilters {
            status: "assessing".into(),
            overdue: "yes".into(),
            from: "2026-11-01".into(),
            to: "1 Nov".into(),
            reference: "acde fhjk".into(),
            after: "2026-11-30.42".into(),
            assigned: "me".into(),
            ..Default::default()
        };
        let (q, errors) = query_for(&filters, &staff(Role::Manager), day("2026-11-23"));
        assert_eq!(q.status, Some(Status::Assessing));
        assert_eq!(q.open, None);
        assert_eq!(q.overdue_on, Some(day("2026-11-23")));
        assert_eq!(q.received_from, Some(day("2026-11-01")));
        assert_eq!(q.received_to, None);
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].0, "to");
        assert_eq!(q.reference.as_deref(), Some("RJ-ACDE-FHJK"));
        assert_eq!(q.after, Some((day("2026-11-30"), 42)));
        assert_eq!(q.assigned_to, Some(9));
    }

    #[test]
    fn the_next_page_link_keeps_the_filters() {
        let filters = QueueFilters { area: "dudley".into(), ..Default::default() };
        assert_eq!(page_link(&filters, Cursor::After("2026-11-30.42".into())), "/staff?area=dudley&after=2026-11-30.42");
        assert_eq!(page_link(&filters, Cursor::Before("2026-11-30.42".into())), "/staff?area=dudley&before=2026-11-30.42");
        let deep = QueueFilters { after: "2026-11-30.42".into(), ..Default::default() };
        assert_eq!(page_link(&deep, Cursor::First), "/staff");
    }
}
