//! The staff pages, rendered on the server from a `StaffView`. Plain forms throughout: every
//! action works without JavaScript, and each POST answers with a redirect back to the page.

use chrono::{DateTime, NaiveDate, Utc};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use super::{
    AuditFilters, CasePage, FieldErrors, IntakePage, QueuePage, StaffPage, StaffView,
    intake::{AGREEMENT, CHANNELS, SECTIONS, SELF, section_questions},
    model::{
        CONTACT_METHODS, CONTACT_OUTCOMES, EndReason, Needs, ONWARD, REFERRAL_BASES, RJ_PROCESSES, Role, SAFE_TO_GO_ON,
        Staff, Status, TOOK_PART,
        Disposal, FlagChange, RequestKind, TargetState, label_of, took_part, route_label, target_state,
    },
    timer::SessionTimer,
};
use crate::{
    domain::calendar::{uk_date, working_days_between},
    i18n::{Lang, t},
    journey::view::answer_text,
    ports::{CaseEvent, CaseRecord, QueueRow},
    domain::screening::{Finding, Flag, Rule, screen},
    referral::AREAS,
};

mod accounts;
mod admin;
mod cases;
pub mod complaints;
mod intake;
pub mod people;
pub mod privacy;
pub mod report;

use accounts::*;
use admin::*;
use cases::*;
use intake::*;
pub use cases::{deadline_text, event_text};
pub use intake::NEW_REFERRAL;

pub const QUEUE: &str = "/staff";
pub const SIGN_IN: &str = "/staff/sign-in";
pub const REPORT: &str = "/staff/report";
pub const DATA_MAP: &str = "/staff/data-map";

pub fn case_path(reference: &str) -> String {
    format!("/staff/requests/{reference}")
}

/// The whole staff page for a view: header, navigation, the page, the session warning.
#[component]
pub fn StaffDocument(view: StaffView) -> impl IntoView {
    provide_context(view.clone());
    let (title, body) = page_body(&view);
    let nav = view.staff.clone().map(|staff| view! { <StaffNav staff /> });
    let notice = view.notice.clone().map(|n| {
        view! {
            <div class="notice" role="status">
                <p>{n}</p>
            </div>
        }
    });
    let signed_in = view.staff.is_some();
    let home = if view.staff.as_ref().is_some_and(|s| s.is_admin()) { "/staff/users" } else { QUEUE };
    let idle = view.idle_seconds;
    view! {
        <Title text=format!("{title} – Staff area") />
        <Meta name="robots" content="noindex, nofollow" />
        <a href="#main" class="skip-link">
            "Skip to main content"
        </a>
        <header class="site-header staff-header">
            <div class="wrap header-bar">
                <a class="brand" href=home>
                    "RJ staff area"
                </a>
                {nav}
            </div>
        </header>
        <main id="main" class="wrap staff-main" tabindex="-1">
            {notice}
            {body}
        </main>
        {signed_in
            .then(|| {
                view! {
                    <footer class="site-footer staff-footer">
                        <div class="wrap">
                            <p>
                                "For safety you are signed out after 30 minutes without activity, and after 12 hours in any case."
                            </p>
                            <SessionTimer idle_seconds=idle>
                                <form method="post" action="/staff/session/extend">
                                    <CsrfField />
                                    <input type="hidden" name="back" value=view.path.clone() />
                                    <button type="submit" class="button button-secondary">
                                        "Stay signed in"
                                    </button>
                                </form>
                            </SessionTimer>
                        </div>
                    </footer>
                }
            })}
    }
}

#[component]
fn StaffNav(staff: Staff) -> impl IntoView {
    let links: Vec<(&str, &str)> = match staff.role {
        Role::Admin => vec![("/staff/users", "Users"), ("/staff/audit", "Audit log"), ("/staff/mail", "Failed e-mail"), (DATA_MAP, "Data map")],
        Role::Manager => vec![
            (QUEUE, "Queue"),
            (NEW_REFERRAL, "New referral"),
            (REPORT, "Report"),
            (complaints::COMPLAINTS, "Complaints"),
            (DATA_MAP, "Data map"),
        ],
        Role::Triage => vec![(QUEUE, "Queue"), (NEW_REFERRAL, "New referral")],
        Role::Practitioner => vec![(QUEUE, "Queue")],
    };
    view! {
        <nav class="staff-nav" aria-label="Staff area">
            <ul>
                {links
                    .into_iter()
                    .map(|(href, label)| view! { <li><a href=href>{label}</a></li> })
                    .collect_view()}
                <li>
                    <a href="/staff/account">{staff.name.clone()} " (" {staff.role.label()} ")"</a>
                </li>
                <li>
                    <form method="post" action="/staff/sign-out" class="inline-form">
                        <CsrfField />
                        <button type="submit" class="link-button">"Sign out"</button>
                    </form>
                </li>
            </ul>
        </nav>
    }
}

/// The session's anti-forgery token; every staff form carries it.
#[component]
pub fn CsrfField() -> impl IntoView {
    let token = use_context::<StaffView>().map(|v| v.csrf).unwrap_or_default();
    view! { <input type="hidden" name="csrf" value=token /> }
}

fn page_body(v: &StaffView) -> (String, AnyView) {
    match &v.page {
        StaffPage::SignIn { email, error, next } => (
            "Sign in".into(),
            view! { <SignIn email=email.clone() error=error.clone() next=next.clone() /> }.into_any(),
        ),
        StaffPage::Enrol { token, account, secret, qr_svg, errors } => (
            "Set up your account".into(),
            view! {
                <Enrol
                    token=token.clone()
                    name=account.name.clone()
                    email=account.email.clone()
                    secret=secret.clone()
                    qr_svg=qr_svg.clone()
                    errors=errors.clone()
                />
            }
            .into_any(),
        ),
        StaffPage::Enrolled { codes } => {
            ("Your recovery codes".into(), view! { <Enrolled codes=codes.clone() /> }.into_any())
        }
        StaffPage::EnrolGone => (
            "This link no longer works".into(),
            view! {
                <h1>"This link no longer works"</h1>
                <p>"Enrolment links work once, for 24 hours. Ask an administrator for a new one."</p>
            }
            .into_any(),
        ),
        StaffPage::Queue(page) => ("Queue".into(), view! { <Queue page=page.clone() /> }.into_any()),
        StaffPage::Intake(page) => ("New referral".into(), view! { <Intake page=(**page).clone() /> }.into_any()),
        StaffPage::ChooseRole { reference, errors } => (
            format!("Add a person to {reference}"),
            view! { <people::ChooseRole reference=reference.clone() errors=errors.clone() /> }.into_any(),
        ),
        StaffPage::Participant(page) => (
            people::title(page),
            view! { <people::ParticipantView page=(**page).clone() /> }.into_any(),
        ),
        StaffPage::Case(page) => (
            format!("{} {}", page.case.request.kind.label(), page.case.request.reference),
            view! { <Case page=(**page).clone() /> }.into_any(),
        ),
        StaffPage::CaseHidden { reference, contact_by, flags } => (
            format!("Sensitive case {reference}"),
            view! {
                <h1>"Sensitive case " {reference.clone()}</h1>
                <p>
                    "Only specialist staff can see this case. It needs first contact by "
                    <strong>{long_date(*contact_by)}</strong> "."
                </p>
                <FlagList flags=flags.clone() />
                <p><a href=QUEUE>"Back to the queue"</a></p>
            }
            .into_any(),
        ),
        StaffPage::Account { sessions_note } => (
            "Your account".into(),
            view! { <Account staff=v.staff.clone() note=sessions_note.clone() /> }.into_any(),
        ),
        StaffPage::Users { users } => (
            "Users".into(),
            view! { <Users users=users.clone() /> }.into_any(),
        ),
        StaffPage::Audit { filters, entries, next } => (
            "Audit log".into(),
            view! { <Audit filters=filters.clone() entries=entries.clone() next=next.clone() /> }
                .into_any(),
        ),
        StaffPage::Mail { failed } => (
            "Failed e-mail".into(),
            view! { <Mail failed=failed.clone() /> }.into_any(),
        ),
        StaffPage::Report(page) => (
            "Monitoring report".into(),
            view! { <report::ReportView page=(**page).clone() /> }.into_any(),
        ),
        StaffPage::HeldData { reference, held, linked } => (
            format!("Everything we hold: {reference}"),
            view! { <privacy::HeldDataView reference=reference.clone() held=held.clone() linked=linked.clone() /> }.into_any(),
        ),
        StaffPage::Erase { reference, linked, errors, typed } => (
            format!("Erase the personal data in {reference}"),
            view! { <privacy::EraseView reference=reference.clone() linked=linked.clone() errors=errors.clone() typed=typed.clone() /> }.into_any(),
        ),
        StaffPage::DataMap => ("Records of processing".into(), view! { <privacy::DataMapView /> }.into_any()),
        StaffPage::FindPerson { typed, errors, found } => (
            "Find a person's cases".into(),
            view! { <privacy::FindPersonView typed=typed.clone() errors=errors.clone() found=found.clone() /> }.into_any(),
        ),
        StaffPage::Access { form, errors, quarters, period, accounts } => (
            "Staff with access".into(),
            view! { <privacy::AccessView form=form.clone() errors=errors.clone() quarters=quarters.clone() period=*period accounts=accounts.clone() /> }.into_any(),
        ),
        StaffPage::Complaints { complaints, errors, typed, today } => (
            "Complaints".into(),
            view! { <complaints::ComplaintsLog complaints=complaints.clone() errors=errors.clone() typed_values=typed.clone() today=*today /> }.into_any(),
        ),
        StaffPage::Complaint { complaint, errors, typed, today } => (
            format!("Complaint received {}", long_date(complaint.received_on)),
            view! { <complaints::ComplaintView complaint=complaint.clone() errors=errors.clone() typed_values=typed.clone() today=*today /> }.into_any(),
        ),
        StaffPage::Forbidden => (
            "Not available to you".into(),
            view! {
                <h1>"Not available to you"</h1>
                <p>"Your role does not include this page. Ask a manager if you need it."</p>
            }
            .into_any(),
        ),
        StaffPage::NotFound => (
            "Not found".into(),
            view! {
                <h1>"Not found"</h1>
                <p>"There is nothing at this address. Check the reference number."</p>
                <p><a href=QUEUE>"Back to the queue"</a></p>
            }
            .into_any(),
        ),
    }
}

// ---- Forms -----------------------------------------------------------------------------

/// A list of a form's errors, linked to their fields, focused on load.
#[component]
pub(crate) fn Errors(errors: FieldErrors) -> impl IntoView {
    view! { <crate::components::form::ErrorList title="There is a problem".to_owned() problems=errors /> }
}

pub(crate) fn error_for(errors: &FieldErrors, field: &str) -> Option<String> {
    errors.iter().find(|(f, _)| f == field).map(|(_, m)| m.clone())
}

/// What every labelled control shares: the group (marked when in error), the label, the hint
/// and the error message, and the `aria-describedby`/`aria-invalid` that tie them to it.
struct Labelled {
    group: &'static str,
    top: AnyView,
    described_by: Option<String>,
    invalid: Option<&'static str>,
}

fn labelled(id: &str, label: &'static str, hint: Option<&'static str>, error: Option<String>) -> Labelled {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described: Vec<&str> = [hint.map(|_| hint_id.as_str()), error.as_ref().map(|_| error_id.as_str())]
        .into_iter()
        .flatten()
        .collect();
    let described_by = (!described.is_empty()).then(|| described.join(" "));
    let invalid = error.is_some().then_some("true");
    let group = if error.is_some() { "form-group form-group-error" } else { "form-group" };
    let top = view! {
        <label class="label" for=id.to_owned()>{label}</label>
        {hint.map(|h| view! { <div id=hint_id.clone() class="hint">{h}</div> })}
        {error.map(|e| view! {
            <p id=error_id.clone() class="error-message">
                <span class="visually-hidden">"Error: "</span>
                {e}
            </p>
        })}
    }
    .into_any();
    Labelled { group, top, described_by, invalid }
}

/// A labelled input with its hint and error.
#[component]
pub(crate) fn Field(
    id: &'static str,
    label: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] value: String,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional_no_strip)] error: Option<String>,
    #[prop(optional)] inputmode: Option<&'static str>,
    #[prop(default = "input")] class: &'static str,
) -> impl IntoView {
    let Labelled { group, top, described_by, invalid } = labelled(id, label, hint, error);
    view! {
        <div class=group>
            {top}
            <input
                class=class
                id=id
                name=id
                type=kind
                value=value
                autocomplete=autocomplete
                inputmode=inputmode
                aria-describedby=described_by
                aria-invalid=invalid
                spellcheck="false"
            />
        </div>
    }
}

/// A `<select>` of coded options with a label.
#[component]
pub(crate) fn Select(
    id: String,
    label: &'static str,
    options: Vec<(String, String)>,
    #[prop(optional)] selected: String,
    #[prop(optional_no_strip)] error: Option<String>,
) -> impl IntoView {
    let Labelled { group, top, described_by, invalid } = labelled(&id, label, None, error);
    view! {
        <div class=group>
            {top}
            <select id=id.clone() name=id aria-describedby=described_by aria-invalid=invalid>
                {options
                    .into_iter()
                    .map(|(code, text)| {
                        let chosen = code == selected;
                        view! { <option value=code selected=chosen>{text}</option> }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// A drop-down list whose options come in labelled groups (`<optgroup>`), after a blank one.
#[component]
pub(crate) fn GroupedSelect(
    id: &'static str,
    label: &'static str,
    hint: &'static str,
    blank: &'static str,
    groups: Vec<(String, Vec<(String, String)>)>,
    #[prop(optional)] selected: String,
    #[prop(optional_no_strip)] error: Option<String>,
) -> impl IntoView {
    let Labelled { group, top, described_by, invalid } = labelled(id, label, Some(hint), error);
    view! {
        <div class=group>
            {top}
            <select id=id name=id aria-describedby=described_by aria-invalid=invalid>
                <option value="">{blank}</option>
                {groups
                    .into_iter()
                    .map(|(name, options)| {
                        let options = options
                            .into_iter()
                            .map(|(code, text)| {
                                let chosen = code == selected;
                                view! { <option value=code selected=chosen>{text}</option> }
                            })
                            .collect_view();
                        view! { <optgroup label=name>{options}</optgroup> }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// Every published language, by its English name and its own, for the letters, e-mails and
/// forms a person gets.
pub(crate) fn language_options() -> Vec<(String, String)> {
    Lang::ALL.iter().map(|l| (l.code().to_owned(), l.staff_name())).collect()
}

pub(crate) fn options(list: &[(&str, &str)], blank: Option<&str>) -> Vec<(String, String)> {
    blank
        .map(|b| (String::new(), b.to_owned()))
        .into_iter()
        .chain(list.iter().map(|(c, l)| ((*c).to_owned(), (*l).to_owned())))
        .collect()
}


// ---- The queue ----------------------------------------------------------------------------

pub fn long_date(day: NaiveDate) -> String {
    day.format("%a %-d %b %Y").to_string()
}

pub(crate) fn short_time(at: DateTime<Utc>) -> String {
    format!("{} {}", uk_date(at).format("%-d %b %Y"), at.format("%H:%M UTC"))
}



/// One of the case page's lists: a table that scrolls on its own on a narrow screen, with a
/// caption for screen readers, or a sentence saying there is nothing yet.
#[component]
pub(crate) fn CaseTable(
    id: &'static str,
    caption: &'static str,
    headers: &'static [&'static str],
    empty: &'static str,
    count: usize,
    rows: AnyView,
) -> impl IntoView {
    if count == 0 {
        return view! { <p>{empty}</p> }.into_any();
    }
    let caption_id = format!("{id}-caption");
    let labelled_by = caption_id.clone();
    view! {
        <div class="table-scroll" role="region" aria-labelledby=labelled_by tabindex="0">
            <table>
                <caption id=caption_id class="visually-hidden">{caption}</caption>
                <thead><tr>{headers.iter().map(|h| view! { <th scope="col">{*h}</th> }).collect_view()}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}


#[component]
pub(crate) fn TextArea(
    id: &'static str,
    label: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] value: String,
    #[prop(optional_no_strip)] error: Option<String>,
) -> impl IntoView {
    let Labelled { group, top, described_by, invalid } = labelled(id, label, hint, error);
    view! {
        <div class=group>
            {top}
            <textarea
                class="textarea"
                id=id
                name=id
                rows="4"
                aria-describedby=described_by
                aria-invalid=invalid
                // Escaped by hand: see `html::escape_text`.
                inner_html=crate::html::escape_text(&value)
            ></textarea>
        </div>
    }
}

