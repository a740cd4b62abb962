//! The quarterly monitoring report's page: the period form, then each table with its chart.
//! The chart is SVG drawn here on the server, inline so the browser shapes its text; it is
//! hidden from assistive technology because the table beside it holds the same figures, and
//! each bar carries its number and a pattern as well as a colour.

use super::*;
use crate::staff::{
    ReportPage,
    report::{Cell, Report, Table},
};

/// The report's views, as the form offers them.
pub const VIEWS: [(&str, &str); 4] = [
    ("staff", "Full report, for the service only: real counts"),
    ("shared", "Full report for sharing: small numbers hidden"),
    ("partner", "Partner view: referrals by area and month, small numbers hidden"),
    ("forms", "How the public forms are doing (anonymous counts)"),
];

#[component]
pub(super) fn ReportView(page: ReportPage) -> impl IntoView {
    let f = page.form.clone();
    let mut quarters = vec![(String::new(), "Choose dates instead".to_owned())];
    quarters.extend(page.quarters.clone());
    let views: Vec<(String, String)> = VIEWS.iter().map(|(c, l)| ((*c).to_owned(), (*l).to_owned())).collect();
    let csv = page.csv_link.clone();
    let heading = match (&page.report, &page.partner) {
        (Some(r), _) => format!("Monitoring report: {}", r.period.label()),
        (None, Some(p)) => p.0.clone(),
        _ => "Monitoring report".to_owned(),
    };
    view! {
        <h1>{heading}</h1>
        <Errors errors=page.errors.clone() />
        <form method="get" action="/staff/report" class="filters report-form" aria-label="Choose the report">
            <Select id="quarter".into() label="Quarter" options=quarters selected=f.quarter.clone() error=error_for(&page.errors, "quarter") />
            <Field id="from" label="Or from" hint="For example 2026-07-01" kind="date" value=f.from.clone() class="input input-medium" error=error_for(&page.errors, "from") />
            <Field id="to" label="To" kind="date" value=f.to.clone() class="input input-medium" error=error_for(&page.errors, "to") />
            <Select id="view".into() label="View" options=views selected=f.view.clone() error=error_for(&page.errors, "view") />
            <button type="submit" class="button">"Show the report"</button>
        </form>
        {csv.map(|href| view! {
            <p class="report-actions">
                <a href=href download="">"Download this view as CSV"</a>
                " (the same cells as the tables on this page). Use your browser's print command for a paper copy."
            </p>
        })}
        {page.report.clone().map(|r| view! { <ReportBody report=r /> })}
        {page.partner.clone().map(|(_, tables)| {
            let suppressed = tables.iter().any(|t| t.rows.iter().any(|r| r.cells.iter().any(Cell::is_hidden))) || f.view == "partner";
            view! {
                {suppressed.then(|| view! { <Footnotes /> })}
                {tables.into_iter().map(|table| view! { <ReportTable table=table /> }).collect_view()}
            }
        })}
    }
}

#[component]
fn ReportBody(report: Report) -> impl IntoView {
    let shared = matches!(report.disclosure, crate::staff::report::Disclosure::Shared { .. });
    view! {
        <p>
            "Compared with " <strong>{report.previous.label()}</strong> ". Open cases and deadlines are as they stand on "
            {long_date(report.today)} "."
            {if shared { " Small numbers are hidden: this view can be shared outside the service." } else { " Real counts: for the service only, not to be shared." }}
        </p>
        {shared.then(|| view! { <Footnotes /> })}
        <nav aria-label="Sections of the report" class="report-contents">
            <ul>
                {report.sections.iter().enumerate().map(|(i, s)| {
                    let href = format!("#section-{i}");
                    view! { <li><a href=href>{s.title}</a></li> }
                }).collect_view()}
            </ul>
        </nav>
        {report.sections.into_iter().enumerate().map(|(i, s)| view! {
            <section class="report-section" aria-labelledby=format!("section-{i}")>
                <h2 id=format!("section-{i}")>{s.title}</h2>
                {s.tables.into_iter().map(|t| view! { <ReportTable table=t /> }).collect_view()}
            </section>
        }).collect_view()}
    }
}

#[component]
fn Footnotes() -> impl IntoView {
    view! {
        <div class="report-footnotes">
            <h2>"Hidden numbers"</h2>
            <ul>
                <li><strong>"fewer than 5"</strong> " (or the threshold shown): a count from 1 up to the threshold is hidden, so that nobody can be recognised from it."</li>
                <li><strong>"hidden"</strong> ": a larger count hidden too, so that a hidden count cannot be worked out from the total."</li>
                <li><strong>"not shown"</strong> ": a percentage or a number of days whose base is hidden."</li>
            </ul>
        </div>
    }
}

#[component]
fn ReportTable(table: Table) -> impl IntoView {
    let caption_id = format!("{}-caption", table.id);
    let labelled = caption_id.clone();
    let chart = chart_svg(&table);
    view! {
        <div class="report-table" id=table.id>
            <h3>{table.title.clone()}</h3>
            <p class="hint">{table.basis.clone()} " Figures are " {table.unit.words()} "."</p>
            <div class="table-scroll" role="region" aria-labelledby=labelled tabindex="0">
                <table>
                    <caption id=caption_id class="visually-hidden">{table.title.clone()}</caption>
                    <thead><tr>
                        <th scope="col">"Category"</th>
                        {table.columns.iter().map(|c| view! { <th scope="col" class="numeric">{c.clone()}</th> }).collect_view()}
                    </tr></thead>
                    <tbody>
                        {table.rows.iter().map(|r| {
                            let class = if r.total { "total" } else { "" };
                            view! {
                                <tr class=class>
                                    <th scope="row">{r.label.clone()}</th>
                                    {r.cells.iter().map(|c| {
                                        let class = if c.is_hidden() { "numeric hidden-figure" } else { "numeric" };
                                        view! { <td class=class>{c.text()}</td> }
                                    }).collect_view()}
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            {chart}
        </div>
    }
}

/// Fills for each series: a colour and a pattern, so no bar is told apart by colour alone.
const SERIES: [(&str, &str); 4] = [("#1d4f91", "solid"), ("#b35900", "hatched"), ("#2e7d32", "dotted"), ("#6a1b9a", "crossed")];

/// A horizontal bar chart of a table's charted rows: one group per row, one bar per column,
/// each bar with its figure written beside it; a hidden figure draws no bar and says "hidden".
fn chart_svg(table: &Table) -> Option<AnyView> {
    let rows: Vec<_> = table.rows.iter().filter(|r| r.charted).collect();
    if rows.is_empty() || rows.iter().all(|r| r.cells.iter().all(|c| c.value().is_none_or(|v| v == 0.0))) {
        return None;
    }
    let series = table.columns.len();
    let max = rows.iter().flat_map(|r| r.cells.iter().filter_map(Cell::value)).fold(0.0_f64, f64::max).max(1.0);
    let (label_w, bar_area, bar_h, gap) = (300.0, 360.0, 14.0, 10.0);
    let group_h = series as f64 * bar_h + gap;
    let legend_h = 24.0;
    let height = legend_h + rows.len() as f64 * group_h + gap;
    let width = label_w + bar_area + 90.0;
    let id = table.id;
    let fill = |s: usize| format!("url(#{id}-pattern-{s})");
    let defs = (0..series)
        .map(|s| {
            let (colour, kind) = SERIES[s % SERIES.len()];
            let pid = format!("{id}-pattern-{s}");
            let marks = match kind {
                "solid" => view! { <rect width="8" height="8" fill=colour /> }.into_any(),
                "hatched" => view! { <rect width="8" height="8" fill="#fff" /><path d="M0 8 L8 0 M-2 2 L2 -2 M6 10 L10 6" stroke=colour stroke-width="2" /> }.into_any(),
                "dotted" => view! { <rect width="8" height="8" fill="#fff" /><circle cx="4" cy="4" r="2" fill=colour /> }.into_any(),
                _ => view! { <rect width="8" height="8" fill="#fff" /><path d="M0 0 L8 8 M8 0 L0 8" stroke=colour stroke-width="1.5" /> }.into_any(),
            };
            view! { <pattern id=pid width="8" height="8" patternUnits="userSpaceOnUse">{marks}</pattern> }
        })
        .collect_view();
    let legend = table
        .columns
        .iter()
        .enumerate()
        .map(|(s, name)| {
            let x = label_w + s as f64 * 150.0;
            let (colour, _) = SERIES[s % SERIES.len()];
            view! {
                <rect x=x y="4" width="14" height="14" fill=fill(s) stroke=colour />
                <text x={x + 20.0} y="16" class="chart-text">{name.clone()}</text>
            }
        })
        .collect_view();
    let groups = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let top = legend_h + i as f64 * group_h + gap / 2.0;
            let label: String = if r.label.chars().count() > 44 { format!("{}…", r.label.chars().take(43).collect::<String>()) } else { r.label.clone() };
            let bars = r
                .cells
                .iter()
                .enumerate()
                .map(|(s, c)| {
                    let y = top + s as f64 * bar_h;
                    let w = c.value().map(|v| (v / max * bar_area).max(if v > 0.0 { 1.0 } else { 0.0 })).unwrap_or(0.0);
                    let (colour, _) = SERIES[s % SERIES.len()];
                    view! {
                        <rect x=label_w y={y + 1.0} width=w height={bar_h - 2.0} fill=fill(s) stroke=colour stroke-width={if w > 0.0 { "1" } else { "0" }} />
                        <text x={label_w + w + 4.0} y={y + bar_h - 3.0} class="chart-text">{c.text()}</text>
                    }
                })
                .collect_view();
            view! {
                <text x={label_w - 8.0} y={top + group_h / 2.0} text-anchor="end" dominant-baseline="middle" class="chart-text">{label}</text>
                {bars}
            }
        })
        .collect_view();
    let view_box = format!("0 0 {width} {height}");
    Some(
        view! {
            <figure class="chart">
                <svg viewBox=view_box width="100%" aria-hidden="true" focusable="false" xmlns="http://www.w3.org/2000/svg">
                    <defs>{defs}</defs>
                    {legend}
                    <line x1=label_w y1=legend_h x2=label_w y2=height stroke="#0b0c0c" />
                    {groups}
                </svg>
                <figcaption class="hint">"Chart of the table above: the same figures, as bars."</figcaption>
            </figure>
        }
        .into_any(),
    )
}
