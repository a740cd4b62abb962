//! The quarterly monitoring report (`app::staff::report`) for managers: the page and its CSV
//! file, both from one `Report`, both audited. Read from the cases' anonymous facts only.

use app::staff::{
    ReportForm, ReportPage, StaffPage,
    model::Staff,
    pages::report::VIEWS,
    report::{Disclosure, Period, Report, Sources, form_tables, partner_table},
};
use axum::{
    extract::{Query, State},
    http::StatusCode,
    response::Response,
};
use chrono::{Datelike, NaiveDate, Utc};

use super::{Handled, PageContext, Signed, cases::parse_day, render};
use crate::startup::AppState;
use app::domain::calendar::uk_date;

/// What the form asks for, once read: the period and the view.
pub(super) struct Choice {
    pub(super) period: Period,
    view: &'static str,
}

/// The last eight calendar quarters, latest first, for the form.
pub(super) fn quarters(today: NaiveDate) -> Vec<(String, String)> {
    let mut q = Period::quarter_of(today);
    let mut out = Vec::new();
    for _ in 0..8 {
        let label = if q.contains(today) { format!("{} (so far)", q.label()) } else { q.label() };
        out.push((q.quarter_code().expect("a quarter"), label));
        q = q.previous();
    }
    out
}

/// Reads the form. With nothing chosen, the last whole quarter in the staff view.
pub(super) fn choose(form: &ReportForm, today: NaiveDate) -> Result<Choice, Vec<(String, String)>> {
    let mut errors = Vec::new();
    let view = match VIEWS.iter().find(|(c, _)| *c == form.view.trim()) {
        Some((c, _)) => *c,
        None if form.view.trim().is_empty() => "staff",
        None => {
            errors.push(("view".to_owned(), "Choose one of the views".to_owned()));
            "staff"
        }
    };
    let period = if !form.quarter.trim().is_empty() {
        Period::parse_quarter(&form.quarter).ok_or(("quarter", "Choose one of the quarters listed"))
    } else if form.from.trim().is_empty() && form.to.trim().is_empty() {
        Ok(Period::quarter_of(today).previous())
    } else {
        match (parse_day(&form.from), parse_day(&form.to)) {
            (Ok(Some(from)), Ok(Some(to))) => Period::new(from, to).map_err(|e| ("to", e)),
            (Err(_) | Ok(None), _) => Err(("from", "Enter the start date as a date, like 2026-07-01")),
            (_, Err(_) | Ok(None)) => Err(("to", "Enter the end date as a date, like 2026-09-30")),
        }
    };
    match period {
        Ok(period) if errors.is_empty() => Ok(Choice { period, view }),
        Ok(_) => Err(errors),
        Err((field, message)) => {
            errors.push((field.to_owned(), message.to_owned()));
            Err(errors)
        }
    }
}

/// The report or the partner view for a choice, and the words the audit log keeps.
async fn build(state: &AppState, choice: &Choice, today: NaiveDate) -> Result<(Option<Report>, Option<(String, Vec<app::staff::report::Table>)>), app::ports::StoreError> {
    let below = state.staff.suppress_below;
    let p = choice.period;
    Ok(match choice.view {
        "partner" => {
            let stats = state.store.statistics(p.from, p.to).await?;
            let table = partner_table(&stats, p, below);
            (None, Some((format!("Referrals by area and month: {}", p.label()), vec![table])))
        }
        "forms" => {
            let from = p.from.with_day(1).expect("the first of the month");
            let counts = state.store.form_counts(from, p.to).await?;
            (None, Some((format!("How the public forms are doing: {}", p.label()), form_tables(&counts, p))))
        }
        view => {
            let stats = state.store.statistics(p.previous().from, p.to).await?;
            let feedback = state.store.feedback_responses(p.previous().from, p.to).await?;
            let complaints = state.store.complaints_between(p.previous().from, p.to).await?;
            let disclosure = if view == "shared" { Disclosure::Shared { below } } else { Disclosure::Staff };
            let sources = Sources { cases: &stats, feedback: &feedback, complaints: &complaints };
            (Some(Report::build(sources, p, today, disclosure)), None)
        }
    })
}

fn subject(choice: &Choice) -> String {
    format!("{} to {} ({})", choice.period.from, choice.period.to, choice.view)
}

pub async fn page(State(state): State<AppState>, signed: Signed, page: PageContext, Query(form): Query<ReportForm>) -> Response {
    let handled = report_page(&state, &signed, &page, form).await;
    signed.answer(&state, &page, handled).await
}

async fn report_page(state: &AppState, signed: &Signed, page: &PageContext, form: ReportForm) -> Handled {
    signed.require(state, page, Staff::is_manager).await?;
    let today = uk_date(Utc::now());
    let mut view = ReportPage { form: form.clone(), errors: Vec::new(), quarters: quarters(today), report: None, partner: None, csv_link: None };
    let status = match choose(&form, today) {
        Ok(choice) => {
            (view.report, view.partner) = build(state, &choice, today).await?;
            let query: Vec<(&str, String)> = vec![
                ("from", choice.period.from.to_string()),
                ("to", choice.period.to.to_string()),
                ("view", choice.view.to_owned()),
            ];
            view.csv_link = Some(format!("/staff/report.csv?{}", serde_urlencoded::to_string(&query).unwrap_or_default()));
            if form.quarter.is_empty() && form.from.is_empty() && form.to.is_empty() {
                view.form.quarter = choice.period.quarter_code().unwrap_or_default();
            }
            if view.form.view.is_empty() {
                view.form.view = choice.view.to_owned();
            }
            signed.audit(state, "report.view", Some(subject(&choice))).await;
            StatusCode::OK
        }
        Err(errors) => {
            view.errors = errors;
            StatusCode::UNPROCESSABLE_ENTITY
        }
    };
    Ok(render(state, page, signed.view(StaffPage::Report(Box::new(view)), page), status).await)
}

/// The same report as CSV, cell for cell.
pub async fn csv(State(state): State<AppState>, signed: Signed, page: PageContext, Query(form): Query<ReportForm>) -> Response {
    let handled: Handled = async {
        signed.require(&state, &page, Staff::is_manager).await?;
        let today = uk_date(Utc::now());
        let Ok(choice) = choose(&form, today) else {
            // The page explains what is wrong with the choice.
            return report_page(&state, &signed, &page, form).await;
        };
        let (report, partner) = build(&state, &choice, today).await?;
        let body = match (report, partner) {
            (Some(r), _) => r.csv(),
            (None, Some((_, tables))) => app::staff::report::tables_csv(&tables),
            (None, None) => String::new(),
        };
        signed.audit(&state, "report.export", Some(subject(&choice))).await;
        let name = format!("rj-report-{}-{}-{}.csv", choice.period.from, choice.period.to, choice.view);
        Ok(super::attachment(body, "text/csv; charset=utf-8", &name))
    }
    .await;
    signed.answer(&state, &page, handled).await
}
