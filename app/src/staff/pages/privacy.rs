//! Data protection pages: everything held about a case (subject access), erasing it, and the
//! records of processing (the data map).

use super::*;
use crate::staff::data_map::{Erasure, Link, TABLES};

/// Everything held about a case, table by table, each row as a list of its columns.
#[component]
pub(super) fn HeldDataView(reference: String, held: crate::ports::HeldData, linked: Vec<String>) -> impl IntoView {
    let json = format!("{}/data.json", case_path(&reference));
    let back = case_path(&reference);
    let total: usize = held.iter().map(|(_, rows)| rows.len()).sum();
    view! {
        <h1>"Everything we hold: " {reference.clone()}</h1>
        <p>
            "Every record linked to this request, as the data map lists them: " {total} " in all. "
            "Give the person what they are entitled to; take out anything about other people before you do."
        </p>
        <p><a href=json download="">"Download it as JSON"</a> " · " <a href=back>"Back to the case"</a></p>
        {(!linked.is_empty()).then(|| view! {
            <p>"Linked requests, each with its own record: "
                {linked.into_iter().map(|r| {
                    let href = format!("{}/data", case_path(&r));
                    view! { <a href=href>{r}</a> " " }
                }).collect_view()}
            </p>
        })}
        {held.into_iter().map(|(table, rows)| {
            let purpose = crate::staff::data_map::table(&table).map(|t| t.purpose).unwrap_or_default();
            let heading_id = format!("held-{table}");
            let labelled_by = heading_id.clone();
            view! {
                <section aria-labelledby=labelled_by class="held-table">
                    <h2 id=heading_id>{table.clone()}</h2>
                    <p class="hint">{purpose} ". " {rows.len()} " record(s)."</p>
                    {rows.into_iter().enumerate().map(|(i, row)| view! {
                        <dl class="summary held-row" aria-label=format!("{table} record {}", i + 1)>
                            {row.into_iter().map(|(column, value)| view! {
                                <div class="summary-row">
                                    <dt>{column}</dt>
                                    <dd>{value.unwrap_or_else(|| "(empty)".to_owned())}</dd>
                                </div>
                            }).collect_view()}
                        </dl>
                    }).collect_view()}
                </section>
            }
        }).collect_view()}
    }
}

/// Erasing a case: what happens, what stays, and the reference typed again to confirm.
#[component]
pub(super) fn EraseView(reference: String, linked: Vec<String>, errors: FieldErrors, typed: String) -> impl IntoView {
    let action = format!("{}/erase", case_path(&reference));
    let deleted: Vec<&str> = TABLES.iter().filter(|t| t.erasure == Erasure::Delete).map(|t| t.name).collect();
    view! {
        <h1>"Erase the personal data in " {reference.clone()}</h1>
        <Errors errors=errors.clone() />
        <p>"Do this when the person withdraws, asks us to erase their data, or the case's retention time is up. It cannot be undone."</p>
        <h2>"What goes"</h2>
        <ul>
            <li>"The request and everything in its case: the answers, the people and their details, flags, timeline, risk assessments, processes, agreement and referrals to other services."</li>
            <li>"E-mail about it waiting to be sent or kept after sending, and its e-mail files."</li>
            <li>"The confirmation page's copy of the reference, if the person's browser session still has one."</li>
            {(!linked.is_empty()).then(|| view! {
                <li>"The requests linked to it, in the same way: " {linked.join(", ")} "."</li>
            })}
        </ul>
        <p class="hint">"Tables: " {deleted.join(", ")} "."</p>
        <h2>"What stays"</h2>
        <ul>
            <li>"The anonymous counts in the monitoring report (codes and dates, with no link to anyone), so past reports do not change."</li>
            <li>"The audit log: who did what and when, with the reference only."</li>
            <li>"The reference and date in the erasure ledger, so that the erasure is made again if an older backup is ever restored."</li>
        </ul>
        <form method="post" action=action class="narrow-form">
            <CsrfField />
            <Field
                id="confirm"
                label="Type the reference to confirm"
                hint="For example RJ-ABCD-EFGH"
                value=typed
                autocomplete="off"
                error=error_for(&errors, "confirm")
            />
            <button type="submit" class="button button-warning">"Erase the personal data"</button>
        </form>
        <p><a href=case_path(&reference)>"Back to the case without erasing"</a></p>
    }
}

/// The records of processing: every table, why it is kept, for how long, and what subject
/// access and erasure do with it.
#[component]
pub(super) fn DataMapView() -> impl IntoView {
    view! {
        <h1>"Records of processing"</h1>
        <p>"Everything the case system stores, from the data map that subject access, erasure and the retention job all follow. The retention periods are settings (see the README)."</p>
        <p><a href="/staff/access">"Staff with access during a quarter"</a> " (for the police data-sharing agreement). "
            <a href="/staff/find">"Find a person's cases"</a> " by their e-mail address or phone number (for a subject access request)."</p>
        {TABLES.iter().map(|t| {
            let id = format!("map-{}", t.name);
            let caption = format!("{}-caption", id);
            let labelled = caption.clone();
            let link = match t.link {
                Link::Request => "The request itself",
                Link::RequestId => "Belongs to a request",
                Link::Participant => "Belongs to a person in a request",
                Link::OutboxKey => "E-mail about a request",
                Link::DraftReference => "A journey's draft that holds a request's reference",
                Link::None => "Not linked to a request",
            };
            let erasure = match t.erasure {
                Erasure::Delete => "Deleted".to_owned(),
                Erasure::Unlink => "Unlinked from the case; the anonymous counts stay".to_owned(),
                Erasure::Anonymise(columns) => format!("Kept for the counts, with {} emptied and the link to the case cut", columns.join(" and ")),
                Erasure::Keep => "Kept: it holds nothing about the people in a case".to_owned(),
            };
            let section_label = id.clone();
            view! {
                <section aria-labelledby=section_label class="data-map-table">
                    <h2 id=id>{t.name}</h2>
                    <dl class="summary">
                        <div class="summary-row"><dt>"Why"</dt><dd>{t.purpose}</dd></div>
                        <div class="summary-row"><dt>"Link to a case"</dt><dd>{link}</dd></div>
                        <div class="summary-row"><dt>"Kept"</dt><dd>{t.retention.words()}</dd></div>
                        <div class="summary-row"><dt>"On erasure"</dt><dd>{erasure}</dd></div>
                    </dl>
                    <div class="table-scroll" role="region" aria-labelledby=labelled tabindex="0">
                        <table>
                            <caption id=caption class="visually-hidden">"Columns of " {t.name}</caption>
                            <thead><tr><th scope="col">"Column"</th><th scope="col">"Holds"</th><th scope="col">"In subject access"</th><th scope="col">"At rest"</th></tr></thead>
                            <tbody>
                                {t.columns.iter().map(|c| view! {
                                    <tr>
                                        <th scope="row"><code>{c.name}</code></th>
                                        <td>{c.category.label()}</td>
                                        <td>{if c.exported { "Yes" } else { "No: a secret or an internal key" }}</td>
                                        <td>{if c.sealed { "Encrypted" } else { "Plain" }}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                </section>
            }
        }).collect_view()}
    }
}

/// Who could use the case system during a period, with each account's start and end: for the
/// police data-sharing agreement.
#[component]
pub(super) fn AccessView(
    form: crate::staff::ReportForm,
    errors: FieldErrors,
    quarters: Vec<(String, String)>,
    period: Option<crate::staff::report::Period>,
    accounts: Vec<crate::ports::StaffAccount>,
) -> impl IntoView {
    let mut choices = vec![(String::new(), "Choose dates instead".to_owned())];
    choices.extend(quarters);
    let count = accounts.len();
    let csv = period.map(|p| format!("/staff/access.csv?from={}&to={}", p.from, p.to));
    let rows = accounts
        .into_iter()
        .map(|a| {
            let end = a.disabled_at.map(|d| long_date(uk_date(d))).unwrap_or_else(|| "Still active".to_owned());
            view! {
                <tr>
                    <th scope="row">{a.name.clone()}</th>
                    <td>{a.email.clone()}</td>
                    <td>{a.role.label()}{a.specialist.then_some(", specialist")}</td>
                    <td>{long_date(uk_date(a.created_at))}</td>
                    <td>{end}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h1>"Staff with access"</h1>
        <p>"Everyone whose account could sign in at any time in the period, with the day it was made and the day it was disabled: for the police data-sharing agreement's quarterly return."</p>
        <Errors errors=errors.clone() />
        <form method="get" action="/staff/access" class="filters" aria-label="Choose the period">
            <Select id="quarter".into() label="Quarter" options=choices selected=form.quarter.clone() error=error_for(&errors, "quarter") />
            <Field id="from" label="Or from" kind="date" value=form.from.clone() class="input input-medium" error=error_for(&errors, "from") />
            <Field id="to" label="To" kind="date" value=form.to.clone() class="input input-medium" error=error_for(&errors, "to") />
            <button type="submit" class="button">"Show"</button>
        </form>
        {period.map(|p| view! { <h2>{p.label()}</h2> })}
        {csv.map(|href| view! { <p><a href=href download="">"Download as CSV"</a></p> })}
        {period.is_some().then(|| view! {
            <CaseTable
                id="access"
                caption="Staff accounts that could sign in during the period"
                headers=&["Name", "E-mail", "Role", "Account made", "Disabled"]
                empty="No accounts could sign in during this period."
                count
                rows=rows.into_any()
            />
        })}
    }
}

/// A subject access request by contact details: the address or number is hashed with the
/// service's key and looked up, so nobody's answers are read to find the cases.
#[component]
pub(super) fn FindPersonView(typed: String, errors: FieldErrors, found: Option<Vec<(String, bool)>>) -> impl IntoView {
    view! {
        <h1>"Find a person's cases"</h1>
        <p>"For a subject access request: every case that holds this e-mail address or phone number, in the person's own details or a referrer's. Check who is asking before you share anything."</p>
        <Errors errors=errors.clone() />
        <form method="post" action="/staff/find" class="narrow-form" novalidate>
            <CsrfField />
            <Field id="contact" label="E-mail address or phone number" value=typed autocomplete="off" error=error_for(&errors, "contact") />
            <button type="submit" class="button">"Find"</button>
        </form>
        {found.map(|cases| {
            let hidden = cases.iter().filter(|(_, h)| *h).count();
            let shown: Vec<String> = cases.into_iter().filter(|(_, h)| !*h).map(|(r, _)| r).collect();
            view! {
                <section aria-labelledby="found-title" role="status">
                    <h2 id="found-title">{match shown.len() + hidden {
                        0 => "No cases hold it".to_owned(),
                        1 => "1 case holds it".to_owned(),
                        n => format!("{n} cases hold it"),
                    }}</h2>
                    <ul>
                        {shown.into_iter().map(|r| {
                            let data = format!("{}/data", case_path(&r));
                            view! { <li><a href=data>{r.clone()} ": everything we hold"</a></li> }
                        }).collect_view()}
                    </ul>
                    {(hidden > 0).then(|| view! {
                        <p>{format!("{hidden} more need a specialist manager: ask one to complete the request.")}</p>
                    })}
                </section>
            }
        })}
    }
}
