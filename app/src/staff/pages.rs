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
        Disposal, FlagChange, RequestKind, TargetState, label_of, route_label, target_state,
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

pub const QUEUE: &str = "/staff";
pub const SIGN_IN: &str = "/staff/sign-in";

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
        Role::Admin => vec![("/staff/users", "Users"), ("/staff/audit", "Audit log"), ("/staff/mail", "Failed e-mail")],
        Role::Manager | Role::Triage => vec![(QUEUE, "Queue"), (NEW_REFERRAL, "New referral")],
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
            view! { <super::people::ChooseRole reference=reference.clone() errors=errors.clone() /> }.into_any(),
        ),
        StaffPage::Participant(page) => (
            super::people::title(page),
            view! { <super::people::ParticipantView page=(**page).clone() /> }.into_any(),
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
    (!errors.is_empty()).then(|| {
        view! {
            <div class="error-summary" tabindex="-1" autofocus aria-labelledby="error-summary-title">
                <h2 id="error-summary-title">"There is a problem"</h2>
                <ul>
                    {errors
                        .into_iter()
                        .map(|(field, message)| {
                            view! { <li><a href=format!("#{field}")>{message}</a></li> }
                        })
                        .collect_view()}
                </ul>
            </div>
        }
    })
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

pub(crate) fn options(list: &[(&str, &str)], blank: Option<&str>) -> Vec<(String, String)> {
    blank
        .map(|b| (String::new(), b.to_owned()))
        .into_iter()
        .chain(list.iter().map(|(c, l)| ((*c).to_owned(), (*l).to_owned())))
        .collect()
}

// ---- Sign-in and enrolment ----------------------------------------------------------------

#[component]
fn SignIn(email: String, error: Option<String>, next: String) -> impl IntoView {
    let errors: FieldErrors = error.clone().map(|e| vec![("email".to_owned(), e)]).unwrap_or_default();
    // Where to go afterwards travels with the form, not in a session (checked again on return).
    let next = (!next.is_empty()).then(|| view! { <input type="hidden" name="next" value=next /> });
    view! {
        <h1>"Sign in"</h1>
        <Errors errors />
        <form method="post" action=SIGN_IN class="narrow-form" novalidate>
            <CsrfField />
            {next}
            <Field id="email" label="E-mail address" kind="email" value=email autocomplete="username" />
            <Field id="password" label="Password" kind="password" autocomplete="current-password" />
            <Field
                id="code"
                label="Code from your authenticator app"
                hint="6 digits. If you have lost your phone, use one of your recovery codes instead."
                autocomplete="one-time-code"
                inputmode="numeric"
                class="input input-medium"
            />
            <button type="submit" class="button">"Sign in"</button>
        </form>
    }
}

#[component]
fn Enrol(
    token: String,
    name: String,
    email: String,
    secret: String,
    qr_svg: String,
    errors: FieldErrors,
) -> impl IntoView {
    let action = format!("/staff/enrol/{token}");
    view! {
        <h1>"Set up your account"</h1>
        <Errors errors=errors.clone() />
        <p>"Hello " {name} ". You will sign in as " <strong>{email}</strong> "."</p>
        <h2>"1. Add the service to your authenticator app"</h2>
        <p>
            "Scan this code with an authenticator app on your work phone, or type in the key below it."
        </p>
        <div class="qr totp-qr" role="img" aria-label="QR code for your authenticator app" inner_html=qr_svg></div>
        <p>
            "Key: " <code class="secret" translate="no">{secret.clone()}</code>
        </p>
        <h2>"2. Choose a password and confirm"</h2>
        <form method="post" action=action class="narrow-form" novalidate>
            <CsrfField />
            <Field
                id="password"
                label="Password"
                hint="At least 12 characters. A few unrelated words make a strong password you can remember. Pasting from a password manager is fine."
                kind="password"
                autocomplete="new-password"
                error=error_for(&errors, "password")
            />
            <Field
                id="confirm"
                label="Password again"
                kind="password"
                autocomplete="new-password"
                error=error_for(&errors, "confirm")
            />
            <Field
                id="code"
                label="Code from your authenticator app"
                hint="6 digits, to show the app is set up."
                autocomplete="one-time-code"
                inputmode="numeric"
                class="input input-medium"
                error=error_for(&errors, "code")
            />
            <button type="submit" class="button">"Finish setting up"</button>
        </form>
    }
}

#[component]
fn Enrolled(codes: Vec<String>) -> impl IntoView {
    view! {
        <h1>"Your recovery codes"</h1>
        <p>
            "Your account is ready. If you lose your phone, each of these codes signs you in once instead of the code from the app. Keep them somewhere safe, away from your phone. They will not be shown again."
        </p>
        <ul class="recovery-codes" translate="no">
            {codes.into_iter().map(|c| view! { <li><code>{c}</code></li> }).collect_view()}
        </ul>
        <p><a class="button" href=SIGN_IN>"Sign in"</a></p>
    }
}

// ---- The queue ----------------------------------------------------------------------------

pub fn long_date(day: NaiveDate) -> String {
    day.format("%a %-d %b %Y").to_string()
}

pub(crate) fn short_time(at: DateTime<Utc>) -> String {
    format!("{} {}", uk_date(at).format("%-d %b %Y"), at.format("%H:%M UTC"))
}

/// The deadline in words: never colour alone.
pub fn deadline_text(contact_by: NaiveDate, first_contact: Option<DateTime<Utc>>, today: NaiveDate) -> (String, &'static str) {
    if let Some(at) = first_contact {
        let on = uk_date(at);
        return if on <= contact_by {
            (format!("Contacted {} (in time)", on.format("%-d %b")), "deadline-done")
        } else {
            (format!("Contacted {} (late)", on.format("%-d %b")), "deadline-done")
        };
    }
    if contact_by < today {
        let late = working_days_between(contact_by, today).max(1);
        let s = if late == 1 { "" } else { "s" };
        return (format!("Overdue by {late} working day{s}"), "deadline-overdue");
    }
    match working_days_between(today, contact_by) {
        0 => ("Due today".to_owned(), "deadline-soon"),
        1 => ("1 working day left".to_owned(), "deadline-soon"),
        n => (format!("{n} working days left"), if n == 2 { "deadline-soon" } else { "deadline-ok" }),
    }
}

fn area_label(code: &str) -> String {
    t(Lang::En, &format!("q-area-happened-{code}"))
}

/// A case's language as staff read it: its English name and, for other languages, its own
/// name in its own script, marked with its `lang` ("Urdu (اردو)"). An unknown code is shown as
/// stored, never guessed.
fn lang_label(code: &str) -> AnyView {
    match Lang::from_code(code) {
        Some(Lang::En) => Lang::En.english_name().into_any(),
        Some(l) => view! {
            {l.english_name()} " ("
            <span lang=l.code() dir=l.dir().as_str()>{l.native_name()}</span>
            ")"
        }
        .into_any(),
        None => format!("Unknown language code {code:?}").into_any(),
    }
}

#[component]
fn FlagList(flags: Vec<Flag>) -> impl IntoView {
    (!flags.is_empty()).then(|| {
        view! {
            <ul class="flags">
                {flags
                    .into_iter()
                    .map(|f| {
                        let class = format!("flag flag-{}", f.code());
                        view! { <li class=class>{f.label()}</li> }
                    })
                    .collect_view()}
            </ul>
        }
    })
}

#[component]
fn Queue(page: QueuePage) -> impl IntoView {
    let f = page.filters.clone();
    let status_options: Vec<(String, String)> = [("", "Open work"), ("all", "All"), ("ended", "Ended")]
        .into_iter()
        .map(|(c, l)| (c.to_owned(), l.to_owned()))
        .chain(Status::ALL.into_iter().map(|s| (s.code().to_owned(), s.label().to_owned())))
        .collect();
    let kind_options: Vec<(String, String)> = std::iter::once((String::new(), "Any type".to_owned()))
        .chain(RequestKind::ALL.into_iter().map(|k| (k.code().to_owned(), k.label().to_owned())))
        .collect();
    let area_options: Vec<(String, String)> = std::iter::once((String::new(), "Any area".to_owned()))
        .chain(AREAS.iter().map(|a| ((*a).to_owned(), area_label(a))))
        .collect();
    let flag_options: Vec<(String, String)> = std::iter::once((String::new(), "Any flag".to_owned()))
        .chain(Flag::ALL.into_iter().map(|fl| (fl.code().to_owned(), fl.label().to_owned())))
        .collect();
    let assigned_options = options(&[("me", "Assigned to me"), ("unassigned", "Unassigned")], Some("Anyone"));
    let rows = page.rows.clone();
    let empty = rows.is_empty();
    let today = page.today;
    let hidden = page.hidden.clone();
    view! {
        <h1>"Queue"</h1>
        <Errors errors=page.errors.clone() />
        <UrgentList rows=page.urgent.clone() today=today />
        <form method="get" action=QUEUE class="filters" role="search" aria-label="Filter the queue">
            <Field id="reference" label="Reference" value=f.reference.clone() class="input input-medium" />
            <Select id="status".into() label="Status" options=status_options selected=f.status.clone() error=error_for(&page.errors, "status") />
            <Select id="kind".into() label="Type" options=kind_options selected=f.kind.clone() error=error_for(&page.errors, "kind") />
            <Select id="area".into() label="Area" options=area_options selected=f.area.clone() />
            <Select id="flag".into() label="Flag" options=flag_options selected=f.flag.clone() />
            <Select id="assigned".into() label="Assigned" options=assigned_options selected=f.assigned.clone() />
            <Field
                id="from"
                label="Received from"
                kind="date"
                value=f.from.clone()
                class="input input-medium"
                error=error_for(&page.errors, "from")
            />
            <Field
                id="to"
                label="Received to"
                kind="date"
                value=f.to.clone()
                class="input input-medium"
                error=error_for(&page.errors, "to")
            />
            <div class="form-group choice">
                <input type="checkbox" id="overdue" name="overdue" value="yes" checked=f.overdue == "yes" />
                <label for="overdue">"Overdue only"</label>
            </div>
            <div class="filter-actions">
                <button type="submit" class="button">"Apply filters"</button>
                <a href=QUEUE>"Clear filters"</a>
            </div>
        </form>
        {if empty {
            view! { <p class="empty">"Nothing matches these filters."</p> }.into_any()
        } else {
            view! {
                <div class="table-scroll" role="region" aria-labelledby="queue-caption" tabindex="0">
                    <table class="queue">
                        <caption id="queue-caption">"Open work, soonest deadline first"</caption>
                        <thead>
                            <tr>
                                <th scope="col">"Reference"</th>
                                <th scope="col">"Type"</th>
                                <th scope="col">"Received"</th>
                                <th scope="col">"Contact by"</th>
                                <th scope="col">"Flags"</th>
                                <th scope="col">"Area"</th>
                                <th scope="col">"Language"</th>
                                <th scope="col">"Assigned to"</th>
                                <th scope="col">"Status"</th>
                            </tr>
                        </thead>
                        <tbody>
                            {rows
                                .into_iter()
                                .map(|row| {
                                    let secret = hidden.contains(&row.id);
                                    view! { <QueueLine row today secret /> }
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                </div>
            }
            .into_any()
        }}
        <nav class="pager" aria-label="Pages">
            {page.first_page.clone().map(|href| view! { <a href=href>"First page"</a> })}
            {page.previous.clone().map(|href| view! { <a href=href rel="prev">"Previous page"</a> })}
            {page.next.clone().map(|href| view! { <a href=href rel="next">"Next page"</a> })}
        </nav>
    }
}

/// Urgent requests nobody has reached yet: reference and deadline only, so a sensitive one
/// shows no more here than in the table.
#[component]
fn UrgentList(rows: Vec<QueueRow>, today: NaiveDate) -> impl IntoView {
    (!rows.is_empty()).then(|| {
        view! {
            <section class="urgent-panel" aria-labelledby="urgent-title">
                <h2 id="urgent-title">"Urgent: not safe now"</h2>
                <p>"These people said they are not safe now. Contact them by the end of the next working day."</p>
                <ul>
                    {rows
                        .into_iter()
                        .map(|r| {
                            let (deadline, class) = deadline_text(r.contact_by, r.first_contact_at, today);
                            view! {
                                <li>
                                    <a href=case_path(&r.reference)>{r.reference.clone()}</a>
                                    " – contact by "
                                    {long_date(r.contact_by)}
                                    " "
                                    <span class=class>"(" {deadline} ")"</span>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
        }
    })
}

#[component]
fn QueueLine(row: QueueRow, today: NaiveDate, secret: bool) -> impl IntoView {
    let (deadline, class) = deadline_text(row.contact_by, row.first_contact_at, today);
    let status = row.status.label();
    let withheld = || view! { <span class="withheld">"Specialist only"</span> };
    view! {
        <tr>
            <th scope="row">
                <a href=case_path(&row.reference)>{row.reference.clone()}</a>
            </th>
            <td>{row.kind.label()}</td>
            <td>{short_time(row.received_at)}</td>
            <td class=class>
                {long_date(row.contact_by)} <br />
                <span class="deadline-words">{deadline}</span>
            </td>
            <td><FlagList flags=row.flags.clone() /></td>
            <td>
                {if secret {
                    withheld().into_any()
                } else {
                    row.area.as_deref().map(area_label).unwrap_or_else(|| "Not given".into()).into_any()
                }}
            </td>
            <td>{if secret { withheld().into_any() } else { lang_label(&row.lang) }}</td>
            <td>{row.assigned_name.clone().unwrap_or_else(|| "Unassigned".into())}</td>
            <td>{status}</td>
        </tr>
    }
}

// ---- A case -------------------------------------------------------------------------------

#[component]
fn Case(page: CasePage) -> impl IntoView {
    let case = page.case.clone();
    let r = case.request.clone();
    let status = r.status;
    let (deadline, deadline_class) = deadline_text(r.contact_by, case.first_contact_at, page.today);
    let path = case_path(&r.reference);
    let staff = use_context::<StaffView>().and_then(|v| v.staff);
    let needs = needs_up_front(&case);
    let answers: crate::journey::Values = serde_json::from_str(&r.answers_json).unwrap_or_default();
    let came_by = crate::journey::first(&answers, "channel").map(|c| label_of(&CHANNELS, c));
    let came_by_for_timeline = came_by.clone();
    // A call back that turns out to be a referral: staff who take referrals start one from it.
    let make_referral = (r.kind == RequestKind::CallBack && staff.as_ref().is_some_and(|s| s.sees_whole_queue()))
        .then(|| format!("{NEW_REFERRAL}?from={}", r.reference));
    view! {
        <p><a href=QUEUE class="back-link">"Back to the queue"</a></p>
        <h1>
            <span class="caption">{r.kind.label()}</span>
            " "
            {r.reference.clone()}
        </h1>
        <Errors errors=page.errors.clone() />
        <dl class="case-facts">
            <div><dt>"Status"</dt><dd>{status.label()}</dd></div>
            <div>
                <dt>"Contact by"</dt>
                <dd class=deadline_class>{long_date(r.contact_by)} " – " {deadline}</dd>
            </div>
            <div><dt>"Received"</dt><dd>{short_time(r.received_at)}</dd></div>
            <div><dt>"Language"</dt><dd>{lang_label(&r.lang)}</dd></div>
            <div><dt>"Assigned to"</dt><dd>{case.assigned_name.clone().unwrap_or_else(|| "Nobody yet".into())}</dd></div>
            {r.related_reference.clone().map(|rel| view! {
                <div><dt>"About request"</dt><dd><a href=case_path(&rel)>{rel.clone()}</a></dd></div>
            })}
            {came_by.map(|how| view! {
                <div><dt>"Came by"</dt><dd>{how}</dd></div>
            })}
            {case.end_reason.map(|why| view! {
                <div><dt>"Why it ended"</dt><dd>{why.label}</dd></div>
            })}
            {case.disposal.map(|d| view! {
                <div><dt>"Criminal justice stage"</dt><dd>{d.label()}</dd></div>
            })}
            {rj_target(&case, page.today).map(|(text, class)| view! {
                <div><dt>"Restorative justice by"</dt><dd class=class>{text}</dd></div>
            })}
        </dl>
        {make_referral.map(|href| view! {
            <p><a href=href class="button button-secondary">"Turn into a referral"</a></p>
        })}
        {(!needs.is_empty()).then(|| view! {
            <div class="panel-needs">
                <h2>"Needs and safe contact"</h2>
                <dl class="summary">
                    {needs.into_iter().map(|(q, a)| view! {
                        <div class="summary-row"><dt>{q}</dt><dd>{a}</dd></div>
                    }).collect_view()}
                </dl>
            </div>
        })}
        {case.request.flags.contains(&Flag::ConsentToBeSought).then(|| view! {
            <ConsentTask page=page.clone() path=path.clone() />
        })}
        <Flags page=page.clone() found=screened(&case) path=path.clone() staff=staff.clone() />
        <super::people::People case=case.clone() />
        // On a wide screen the story and the work sit side by side, so recording a call
        // does not mean scrolling past every answer; narrow screens keep this order.
        <div class="case-columns">
            <section aria-labelledby="answers-title" class="case-story">
                <h2 id="answers-title">"What they told us"</h2>
                <Answers case=case.clone() />
            </section>
            <div class="case-side">
                <CaseActions page=page.clone() status path=path.clone() staff />
                <section aria-labelledby="timeline-title">
                    <h2 id="timeline-title">"Timeline"</h2>
                    <Timeline events=page.events.clone() received=r.received_at came_by=came_by_for_timeline />
                </section>
            </div>
        </div>
    }
}

/// The target an out-of-court disposal sets for the restorative justice process (000 5.7: 6
/// weeks for a community resolution, 16 for a conditional caution, from the referral), and
/// whether the first process met it.
fn rj_target(case: &CaseRecord, today: NaiveDate) -> Option<(String, &'static str)> {
    let disposal = case.disposal?;
    let target = disposal.target(uk_date(case.request.received_at))?;
    let first = case.processes.iter().map(|p| p.held_on).min();
    let weeks = disposal.target_weeks().unwrap_or_default();
    let (state, class) = match target_state(target, first, today) {
        TargetState::Met => ("met".to_owned(), "deadline-ok"),
        TargetState::Missed => ("missed".to_owned(), "deadline-overdue"),
        TargetState::DaysLeft(n) => (format!("{n} days left"), if n <= 7 { "deadline-soon" } else { "deadline-ok" }),
    };
    Some((format!("{} ({weeks} weeks from the referral) – {state}", long_date(target)), class))
}

/// The answers that decide how to make contact, shown before anything else.
fn needs_up_front(case: &CaseRecord) -> Vec<(String, String)> {
    let Ok(values) = serde_json::from_str::<crate::journey::Values>(&case.request.answers_json) else {
        return Vec::new();
    };
    // The pages about contact, safety and needs: each journey names its own.
    let journey = journey_for(case.request.kind);
    let voice = (journey.voice)(&values);
    journey
        .steps
        .iter()
        .filter(|s| journey.up_front.contains(&s.slug))
        .flat_map(|s| s.questions_list().iter())
        .filter(|q| q.applies(&values))
        .filter_map(|q| Some((t(Lang::En, &q.message(voice)), answer_text(Lang::En, q, voice, &values)?)))
        .collect()
}

fn journey_for(kind: RequestKind) -> &'static crate::journey::Journey {
    crate::pages::journeys::journey_of(kind)
}

/// The screening rules applied again to the stored answers, for the reasons behind each flag.
fn screened(case: &CaseRecord) -> Vec<Finding> {
    screen(&case_facts(case))
}

/// What screening knows of a case: the referral's answers, and the people recorded since.
pub fn case_facts(case: &CaseRecord) -> crate::domain::screening::Facts {
    let values: crate::journey::Values = serde_json::from_str(&case.request.answers_json).unwrap_or_default();
    let people = super::participants::facts(case.participants.iter().map(|p| (p.role, &p.details)));
    (journey_for(case.request.kind).facts)(&values).or(&people)
}

/// A case's flags, each with why it is there: the screening rules that set it (with their
/// source), and the latest member of staff who added it by hand; then the one form that adds
/// or removes a flag, with the reason.
#[component]
fn Flags(page: CasePage, found: Vec<Finding>, path: String, staff: Option<Staff>) -> impl IntoView {
    let r = page.case.request.clone();
    let by_hand = |flag: Flag| {
        page.events.iter().rev().find(|e| e.flag == Some(flag)).filter(|e| e.kind == "flag-added").cloned()
    };
    let items = r
        .flags
        .iter()
        .map(|&f| {
            let class = format!("flag flag-{}", f.code());
            let reasons: Vec<&'static Rule> = found
                .iter()
                .find(|x| x.flag == f)
                .map(|x| x.reasons.iter().map(|r| r.rule()).collect())
                .unwrap_or_default();
            let added = by_hand(f);
            let why = (!reasons.is_empty() || added.is_some()).then(|| view! {
                <ul class="flag-why">
                    {reasons.into_iter().map(|rule| view! {
                        <li>{rule.words} <span class="flag-source">" (" {rule.source} ")"</span></li>
                    }).collect_view()}
                    {added.map(|e| view! {
                        <li>
                            "Added by " {e.actor_name.clone()} " on " {short_time(e.at)} ": "
                            {e.reason.clone().unwrap_or_default()}
                        </li>
                    })}
                </ul>
            });
            view! {
                <li>
                    <span class=class>{f.label()}</span>
                    " "
                    {f.meaning()}
                    {why}
                </li>
            }
        })
        .collect_view();
    let choices: Vec<(String, String)> = staff
        .as_ref()
        .map(|s| FlagChange::choices(s, &r.flags))
        .unwrap_or_default()
        .into_iter()
        .map(|c| (c.code(), format!("{} {}", if c.add { "Add:" } else { "Remove:" }, c.flag.label())))
        .collect();
    let choices: Vec<(String, String)> = std::iter::once((String::new(), "Choose a flag to add or remove".to_owned())).chain(choices).collect();
    let errs = page.errors.clone();
    view! {
        <section aria-labelledby="flags-title" class="case-flags">
            <h2 id="flags-title">"Flags"</h2>
            {if r.flags.is_empty() {
                view! { <p>"No flags."</p> }.into_any()
            } else {
                view! { <ul class="flag-reasons">{items}</ul> }.into_any()
            }}
            {(!r.routes.is_empty()).then(|| view! {
                <p>
                    "Pages they were shown on the way: "
                    {r.routes.iter().map(|r| route_label(r)).collect::<Vec<_>>().join(", ")}
                </p>
            })}
            <details class="flag-change" open=errs.iter().any(|(f, _)| f == "flag-change" || f == "flag-reason")>
                <summary>"Add or remove a flag"</summary>
                <form method="post" action=format!("{path}/flag")>
                    <CsrfField />
                    <Select id="flag-change".into() label="Flag" options=choices selected=typed(&page, "flag-change") error=error_for(&errs, "flag-change") />
                    <TextArea id="flag-reason" label="Reason" hint="Say why: it is shown beside the flag and kept in the timeline. Adding sensitive or complex gives the case back to the pool if its assignee is not a specialist; adding urgent brings first contact forward to the end of the next working day." value=typed(&page, "flag-reason") error=error_for(&errs, "flag-reason") />
                    <button type="submit" class="button button-secondary">"Save flag"</button>
                </form>
            </details>
        </section>
    }
}

/// Every question they answered, in the order they answered, with the words they saw.
#[component]
fn Answers(case: CaseRecord) -> impl IntoView {
    let values: crate::journey::Values = serde_json::from_str(&case.request.answers_json).unwrap_or_default();
    let journey = journey_for(case.request.kind);
    let voice = (journey.voice)(&values);
    let route = (journey.route)(&values);
    let rows = journey
        .steps
        .iter()
        .filter(|s| route.contains(&s.slug))
        .flat_map(|s| s.questions_list().iter())
        .filter(|q| q.applies(&values))
        .filter_map(|q| Some((t(Lang::En, &q.message(voice)), answer_text(Lang::En, q, voice, &values)?)))
        .map(|(q, a)| view! { <div class="summary-row"><dt>{q}</dt><dd>{a}</dd></div> })
        .collect_view();
    view! { <dl class="summary answers">{rows}</dl> }
}

#[component]
fn Timeline(events: Vec<CaseEvent>, received: DateTime<Utc>, came_by: Option<String>) -> impl IntoView {
    let first = match came_by {
        Some(how) => format!(" Received ({}) and entered by staff.", how.to_lowercase()),
        None => " Received from the public site.".to_owned(),
    };
    view! {
        <ol class="timeline">
            <li><span class="when">{short_time(received)}</span> {first}</li>
            {events
                .into_iter()
                .map(|e| view! { <li><span class="when">{short_time(e.at)}</span> " " {event_text(&e)}</li> })
                .collect_view()}
        </ol>
    }
}

/// Who a participant's event is about, as the timeline names them.
fn about(e: &CaseEvent) -> String {
    e.participant.as_ref().map(|(_, who)| who.clone()).unwrap_or_else(|| "someone no longer in the case".to_owned())
}

pub fn event_text(e: &CaseEvent) -> String {
    let who = &e.actor_name;
    let tail = |s: &Option<String>| s.as_deref().map(|n| format!(" Note: {n}")).unwrap_or_default();
    match e.kind.as_str() {
        "status" => {
            let to = e.status.map_or("?", Status::label);
            let coded = e.end_reason.map(|r| format!(" Why: {}.", r.label)).unwrap_or_default();
            let why = e.reason.as_deref().map(|r| format!(" Reason: {r}")).unwrap_or_default();
            format!("{who} moved the case to {to}.{coded}{why}")
        }
        "assign" => match &e.assignee {
            Some(name) => format!("{who} assigned the case to {name}."),
            None => format!("{who} took the case back into the pool."),
        },
        "contact" => format!(
            "{who} tried to make contact by {}: {}.{}",
            label_of(&CONTACT_METHODS, e.method.as_deref().unwrap_or("")).to_lowercase(),
            label_of(&CONTACT_OUTCOMES, e.outcome.as_deref().unwrap_or("")),
            tail(&e.note)
        ),
        "note" => format!("{who} added a note: {}", e.note.clone().unwrap_or_default()),
        "details" => format!("{who} updated the case details for reporting."),
        "disposal" => format!("{who} recorded the criminal justice stage: {}.", e.disposal.map_or("?", Disposal::label)),
        "participant-added" => format!("{who} added {} to the case.", about(e)),
        "participant-details" => format!("{who} updated the details of {}.", about(e)),
        "participant-stance" => {
            let said: Vec<&str> = [e.consent.map(|c| c.label()), e.willingness.map(|w| w.label())].into_iter().flatten().collect();
            let why = e.refusal.map(|r| format!(" Why: {}.", r.label.to_lowercase())).unwrap_or_default();
            let words = e.reason.as_deref().map(|r| format!(" Note: {r}")).unwrap_or_default();
            format!("{who} recorded for {}: {}.{why}{words}", about(e), said.join("; ").to_lowercase())
        }
        "participant-equality" => format!("{who} recorded equality answers for {} (managers only).", about(e)),
        "flag-added" | "flag-removed" => {
            let flag = e.flag.map_or("?", Flag::label);
            let done = if e.kind == "flag-added" { "added the flag" } else { "removed the flag" };
            let why = e.reason.as_deref().map(|r| format!(" Reason: {r}")).unwrap_or_default();
            format!("{who} {done} {flag}.{why}{}", tail(&e.note))
        }
        "process" => format!("{who} recorded a process: {}.", e.note.clone().unwrap_or_default()),
        "agreement-item" => format!("{who} added to the outcome agreement: {}", e.note.clone().unwrap_or_default()),
        "agreement-kept" => format!("{who} recorded as kept: {}", e.note.clone().unwrap_or_default()),
        "agreement-not-kept" => format!("{who} recorded as not kept: {}", e.note.clone().unwrap_or_default()),
        "risk-assessed" => format!("{who} recorded a risk assessment. {}", e.note.clone().unwrap_or_default()),
        "risk-signed-off" => format!("{who} signed off the risk assessment."),
        "support-referral" => format!("{who} recorded a referral to {}", e.note.clone().unwrap_or_default()),
        "updates-agreed" => format!("{who} recorded that the person agrees to updates to the referrer (the stage only)."),
        "updates-refused" => format!("{who} recorded that the person does not want the referrer updated."),
        "referrer-update" => format!("{who} sent the referrer an update: {}.", e.note.clone().unwrap_or_default()),
        "consent-agreed" => format!("{who} recorded that the person agrees to the referral.{}", tail(&e.note)),
        "consent-refused" => format!(
            "{who} recorded that the person does not agree to the referral; the case is withdrawn.{}",
            tail(&e.note)
        ),
        other => format!("{who}: {other}"),
    }
}

/// A police referral made before asking the person (000 5.6): the task of asking them, and
/// the form for their answer, at the top of the case until it is recorded.
#[component]
fn ConsentTask(page: CasePage, path: String) -> impl IntoView {
    let errs = page.errors.clone();
    let answers = vec![
        (String::new(), "Choose their answer".to_owned()),
        ("agreed".to_owned(), "They agree to the referral".to_owned()),
        ("refused".to_owned(), "They do not agree: withdraw the case".to_owned()),
    ];
    view! {
        <section aria-labelledby="consent-title" class="panel-task">
            <h2 id="consent-title">"Ask the person first"</h2>
            <p>"The police referred this person without asking them. Contact them, say who we are and what restorative justice is, and ask whether they want our help. Nothing else happens until they say yes. Record their answer here, and tell the referrer."</p>
            <form method="post" action=format!("{path}/consent")>
                <CsrfField />
                <Select id="consent-answer".into() label="Their answer" options=answers selected=typed(&page, "consent-answer") error=error_for(&errs, "consent-answer") />
                <TextArea id="consent-note" label="Notes (optional)" value=typed(&page, "consent-note") error=error_for(&errs, "consent-note") />
                <button type="submit" class="button">"Record their answer"</button>
            </form>
        </section>
    }
}

fn typed(page: &CasePage, field: &str) -> String {
    page.typed.iter().find(|(f, _)| f == field).map(|(_, v)| v.clone()).unwrap_or_default()
}

#[component]
fn CaseActions(page: CasePage, status: Status, path: String, staff: Option<Staff>) -> impl IntoView {
    let case = page.case.clone();
    let assigns_others = staff.as_ref().is_some_and(|s| s.assigns_others());
    let me = staff.as_ref().map(|s| s.id);
    let next: Vec<(String, String)> = status.next().into_iter().map(|s| (s.code().to_owned(), s.label().to_owned())).collect();
    let onward = options(&ONWARD, Some("Choose where"));
    let end_reasons: Vec<(String, Vec<(String, String)>)> = status
        .next()
        .into_iter()
        .filter(|s| s.needs() == Needs::Reason)
        .map(|s| (s.label().to_owned(), EndReason::all(s).map(|r| (r.form_value(), r.label.to_owned())).collect()))
        .collect();
    let errs = page.errors.clone();
    let disposals: Vec<(String, String)> = std::iter::once((String::new(), "Not recorded".to_owned()))
        .chain(Disposal::ALL.into_iter().map(|d| (d.code().to_owned(), d.label().to_owned())))
        .collect();
    let assignable: Vec<(String, String)> = std::iter::once((String::new(), "Nobody (back to the pool)".to_owned()))
        .chain(page.assignable.iter().map(|(id, n)| (id.to_string(), n.clone())))
        .collect();
    let current = case.assigned_to.map(|i| i.to_string()).unwrap_or_default();
    view! {
        <section aria-labelledby="work-title" class="case-work">
            <h2 id="work-title">"Work on this case"</h2>
            {(case.assigned_to != me && me.is_some()).then(|| view! {
                <form method="post" action=format!("{path}/claim") class="inline-form">
                    <CsrfField />
                    <button type="submit" class="button button-secondary">"Take this case"</button>
                </form>
            })}
            {assigns_others.then(|| view! {
                <form method="post" action=format!("{path}/assign")>
                    <CsrfField />
                    <Select id="assignee".into() label="Assign to" options=assignable selected=current />
                    <button type="submit" class="button button-secondary">"Assign"</button>
                </form>
            })}
            <h3>"Record a contact attempt"</h3>
            <form method="post" action=format!("{path}/contact")>
                <CsrfField />
                <Select id="method".into() label="How" options=options(&CONTACT_METHODS, Some("Choose how")) selected=typed(&page, "method") error=error_for(&errs, "method") />
                <Select id="outcome".into() label="Outcome" options=options(&CONTACT_OUTCOMES, Some("Choose the outcome")) selected=typed(&page, "outcome") error=error_for(&errs, "outcome") />
                <TextArea id="contact-note" label="Notes (optional)" value=typed(&page, "contact-note") error=error_for(&errs, "contact-note") />
                <button type="submit" class="button">"Record attempt"</button>
            </form>
            {(!next.is_empty()).then(|| view! {
                <h3>"Move the case on"</h3>
                <form method="post" action=format!("{path}/status")>
                    <CsrfField />
                    <input type="hidden" name="from" value=status.code() />
                    <Select id="to".into() label="New status" options=std::iter::once((String::new(), "Choose a status".to_owned())).chain(next).collect() selected=typed(&page, "to") error=error_for(&errs, "to") />
                    <GroupedSelect id="end-reason" label="Why it is ending (only when it ends)" hint="Counted in the quarterly report. Choose from the group of the new status." blank="Choose a reason" groups=end_reasons selected=typed(&page, "end-reason") error=error_for(&errs, "end-reason") />
                    <Select id="onward".into() label="Referred on to (only when referring on)" options=onward selected=typed(&page, "onward") error=error_for(&errs, "onward") />
                    <TextArea id="reason" label="Reason in words" hint="Needed for “Another reason”, and to name the service when signposting. Otherwise add anything that helps." value=typed(&page, "reason") error=error_for(&errs, "reason") />
                    <button type="submit" class="button">"Save status"</button>
                </form>
            })}
            <h3>"Criminal justice stage"</h3>
            <form method="post" action=format!("{path}/disposal")>
                <CsrfField />
                <Select id="disposal".into() label="Where the case stands" options=disposals selected=Some(typed(&page, "disposal")).filter(|t| !t.is_empty()).or_else(|| case.disposal.map(|d| d.code().to_owned())).unwrap_or_default() error=error_for(&errs, "disposal") />
                <button type="submit" class="button button-secondary">"Save stage"</button>
            </form>
            <h3>"Add a note"</h3>
            <form method="post" action=format!("{path}/note")>
                <CsrfField />
                <TextArea id="note" label="Note" hint="Internal: never shared with the person or other agencies." value=typed(&page, "note") error=error_for(&errs, "note") />
                <button type="submit" class="button button-secondary">"Add note"</button>
            </form>
        </section>
        <Risk page=page.clone() path=path.clone() />
        <ReferrerUpdates page=page.clone() path=path.clone() status />
        <Processes page=page.clone() path=path.clone() />
        <Agreement page=page.clone() path=path.clone() />
    }
}

/// The risk assessment (the latest; earlier ones are in the timeline), its sign-off, and
/// referrals to support and safeguarding agencies.
#[component]
fn Risk(page: CasePage, path: String) -> impl IntoView {
    let errs = page.errors.clone();
    let staff = use_context::<StaffView>().and_then(|v| v.staff);
    let needs_sign_off = page.case.request.flags.iter().any(|f| matches!(f, Flag::Sensitive | Flag::Complex));
    let latest = page.case.assessment.clone();
    let sign_off = latest.as_ref().filter(|a| a.signed_off.is_none() && needs_sign_off).map(|a| {
        let may = staff.as_ref().is_some_and(|s| s.role == Role::Manager && s.id != a.assessor_id);
        let id = a.id.to_string();
        view! {
            <p><strong>"Needs a manager's sign-off"</strong> " before the case can be accepted: it is sensitive or complex."</p>
            {error_for(&errs, "assessment").map(|e| view! { <p class="error-message" id="assessment">{e}</p> })}
            {may.then(|| view! {
                <form method="post" action=format!("{path}/sign-off")>
                    <CsrfField />
                    <input type="hidden" name="assessment" value=id />
                    <button type="submit" class="button">"Sign off this assessment"</button>
                </form>
            })}
        }
    });
    let shown = latest.map(|a| {
        let signed = a.signed_off.clone().map(|(who, at)| format!("Signed off by {who} on {}", short_time(at)));
        view! {
            <dl class="summary">
                <div class="summary-row"><dt>"Risks to the person harmed"</dt><dd>{a.risks_harmed.clone()}</dd></div>
                <div class="summary-row"><dt>"Risks to the person who caused harm"</dt><dd>{a.risks_harmer.clone()}</dd></div>
                <div class="summary-row"><dt>"Safeguarding concerns"</dt><dd>{a.safeguarding.clone().unwrap_or_else(|| "None recorded".into())}</dd></div>
                <div class="summary-row"><dt>"Safe to go on"</dt><dd>{label_of(&SAFE_TO_GO_ON, &a.safe_to_go_on)}</dd></div>
                <div class="summary-row"><dt>"By which process"</dt><dd>{a.method.as_deref().map(|m| label_of(&RJ_PROCESSES, m)).unwrap_or_else(|| "Not decided".into())}</dd></div>
                <div class="summary-row"><dt>"Conclusion"</dt><dd>{a.conclusion.clone()}</dd></div>
                <div class="summary-row"><dt>"Assessed"</dt><dd>{format!("By {} on {}", a.assessed_by, short_time(a.assessed_at))}{signed.map(|s| format!(". {s}"))}</dd></div>
            </dl>
        }
    });
    let referrals = page
        .case
        .support_referrals
        .iter()
        .map(|r| view! {
            <tr>
                <td>{r.agency.clone()}</td>
                <td>{long_date(r.made_on)}</td>
                <td>{r.reason.clone()}</td>
                <td>{label_of(&REFERRAL_BASES, &r.basis)}</td>
            </tr>
        })
        .collect_view();
    view! {
        <section aria-labelledby="risk-title">
            <h2 id="risk-title">"Risk assessment"</h2>
            {match shown {
                Some(v) => v.into_any(),
                None => view! { <p>"Not assessed yet. A case is accepted only after an assessment that finds it safe to go on."</p> }.into_any(),
            }}
            {sign_off}
            <details class="disclosure" open=errs.iter().any(|(f, _)| ["risks-harmed", "risks-harmer", "safeguarding", "safe-to-go-on", "rj-method", "conclusion"].contains(&f.as_str()))>
                <summary>"Record a risk assessment"</summary>
                <form method="post" action=format!("{path}/assess")>
                    <CsrfField />
                    <TextArea id="risks-harmed" label="Risks to the person harmed" value=typed(&page, "risks-harmed") error=error_for(&errs, "risks-harmed") />
                    <TextArea id="risks-harmer" label="Risks to the person who caused harm" value=typed(&page, "risks-harmer") error=error_for(&errs, "risks-harmer") />
                    <TextArea id="safeguarding" label="Safeguarding concerns (optional)" hint="Anyone at risk of harm, and what has been done about it." value=typed(&page, "safeguarding") error=error_for(&errs, "safeguarding") />
                    <Select id="safe-to-go-on".into() label="Is it safe to go on?" options=options(&SAFE_TO_GO_ON, Some("Choose")) selected=typed(&page, "safe-to-go-on") error=error_for(&errs, "safe-to-go-on") />
                    <Select id="rj-method".into() label="By which process" options=options(&RJ_PROCESSES, Some("Not decided")) selected=typed(&page, "rj-method") error=error_for(&errs, "rj-method") />
                    <TextArea id="conclusion" label="Your conclusion" hint="Including any conditions for going on." value=typed(&page, "conclusion") error=error_for(&errs, "conclusion") />
                    <button type="submit" class="button button-secondary">"Save assessment"</button>
                </form>
            </details>
            <h3>"Support and safeguarding referrals"</h3>
            <CaseTable id="support" caption="Referrals to other agencies" headers=&["Agency", "Date", "Why", "Basis"] empty="None recorded." count=page.case.support_referrals.len() rows=referrals.into_any() />
            <details class="disclosure" open=errs.iter().any(|(f, _)| ["agency", "made-on", "support-reason", "basis"].contains(&f.as_str()))>
                <summary>"Record a referral to another agency"</summary>
                <form method="post" action=format!("{path}/support")>
                    <CsrfField />
                    <Field id="agency" label="Agency" value=typed(&page, "agency") autocomplete="off" error=error_for(&errs, "agency") />
                    <Field id="made-on" label="Date of the referral" hint="For example, 2026-11-23." kind="date" value=typed(&page, "made-on") class="input input-medium" error=error_for(&errs, "made-on") />
                    <TextArea id="support-reason" label="Why" value=typed(&page, "support-reason") error=error_for(&errs, "support-reason") />
                    <Select id="basis".into() label="Basis for sharing their details" options=options(&REFERRAL_BASES, Some("Choose")) selected=typed(&page, "basis") error=error_for(&errs, "basis") />
                    <button type="submit" class="button button-secondary">"Save referral to the agency"</button>
                </form>
            </details>
        </section>
    }
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

/// Updates to the professional or other person who referred (000 5.6: progress, never
/// details): the person's answer first, then an update of the stage, sent by e-mail and kept
/// in the timeline.
#[component]
fn ReferrerUpdates(page: CasePage, path: String, status: Status) -> impl IntoView {
    let answers: crate::journey::Values = serde_json::from_str(&page.case.request.answers_json).unwrap_or_default();
    if !crate::journey::has(&answers, "for-whom", "someone-else") {
        return None;
    }
    let errs = page.errors.clone();
    let referrer = crate::journey::first(&answers, "referrer-name").unwrap_or("the referrer").to_owned();
    let email = crate::journey::first(&answers, "referrer-email").map(str::to_owned);
    let state = match page.case.referrer_updates {
        None => "The person has not been asked yet whether we may tell the referrer how it is going.",
        Some(true) => "The person agrees that we tell the referrer the stage (never the details).",
        Some(false) => "The person does not want the referrer updated.",
    };
    let answers_list = vec![
        (String::new(), "Choose their answer".to_owned()),
        ("yes".to_owned(), "Yes, the stage only".to_owned()),
        ("no".to_owned(), "No".to_owned()),
    ];
    let can_send = page.case.referrer_updates == Some(true) && email.is_some();
    Some(view! {
        <section aria-labelledby="updates-title">
            <h2 id="updates-title">"Updates to the referrer"</h2>
            <p>{format!("Referred by {referrer}. {state}")}</p>
            <form method="post" action=format!("{path}/updates")>
                <CsrfField />
                <Select id="updates-answer".into() label="May we tell the referrer how it is going?" options=answers_list selected=typed(&page, "updates-answer") error=error_for(&errs, "updates-answer") />
                <button type="submit" class="button button-secondary">"Save their answer on updates"</button>
            </form>
            {can_send.then(|| view! {
                <form method="post" action=format!("{path}/update-referrer")>
                    <CsrfField />
                    <p>"The update will say: " <q>{status.stage_for_referrer()}</q></p>
                    <button type="submit" class="button button-secondary">"Send the referrer an update"</button>
                </form>
            })}
        </section>
    })
}

/// The restorative justice processes on a case (there can be several: a letter, then a
/// conference), and the form to record one.
#[component]
fn Processes(page: CasePage, path: String) -> impl IntoView {
    let errs = page.errors.clone();
    let rows = page
        .case
        .processes
        .iter()
        .map(|p| {
            let who: Vec<&str> = [(p.harmed, TOOK_PART[0].1), (p.caused_harm, TOOK_PART[1].1), (p.supporters, TOOK_PART[2].1)]
                .into_iter()
                .filter_map(|(took, label)| took.then_some(label))
                .collect();
            view! {
                <tr>
                    <td>{label_of(&RJ_PROCESSES, &p.kind)}</td>
                    <td>{long_date(p.held_on)}</td>
                    <td>{if who.is_empty() { "Not recorded".to_owned() } else { who.join(", ") }}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="processes-title">
            <h2 id="processes-title">"Restorative justice processes"</h2>
            <CaseTable id="processes" caption="Processes on this case" headers=&["Process", "Date", "Who took part"] empty="None recorded yet." count=page.case.processes.len() rows=rows.into_any() />
            <h3>"Record a process"</h3>
            <form method="post" action=format!("{path}/process")>
                <CsrfField />
                <Select id="rj-process".into() label="Process" options=options(&RJ_PROCESSES, Some("Choose the process")) selected=typed(&page, "rj-process") error=error_for(&errs, "rj-process") />
                <Field id="held-on" label="Date of the process" hint="The day it took place, or is planned for. For example, 2026-11-23." kind="date" value=typed(&page, "held-on") class="input input-medium" error=error_for(&errs, "held-on") />
                <div class="form-group">
                    <fieldset>
                        <legend class="label">"Who took part"</legend>
                        {TOOK_PART.iter().map(|(code, label)| {
                            let name = format!("took-{code}");
                            let checked = typed(&page, &name) == "yes";
                            view! {
                                <div class="checkbox">
                                    <input type="checkbox" id=name.clone() name=name.clone() value="yes" checked=checked />
                                    <label for=name>{*label}</label>
                                </div>
                            }
                        }).collect_view()}
                    </fieldset>
                </div>
                <button type="submit" class="button button-secondary">"Record process"</button>
            </form>
        </section>
    }
}

/// The outcome agreement: each item, when it is due, and whether it was kept.
#[component]
fn Agreement(page: CasePage, path: String) -> impl IntoView {
    let errs = page.errors.clone();
    let today = page.today;
    let items = page
        .case
        .agreement
        .iter()
        .map(|item| {
            let state = match item.kept {
                Some(true) => "Kept".to_owned(),
                Some(false) => "Not kept".to_owned(),
                None if item.due_on.is_some_and(|d| d < today) => "Due date passed: not recorded yet".to_owned(),
                None => "Not due yet".to_owned(),
            };
            let record = item.kept.is_none().then(|| {
                let action = format!("{path}/kept");
                let id = item.id.to_string();
                view! {
                    <form method="post" action=action.clone() class="inline-form">
                        <CsrfField />
                        <input type="hidden" name="item" value=id.clone() />
                        <input type="hidden" name="kept" value="yes" />
                        <button type="submit" class="link-button">"Kept" <span class="visually-hidden">": " {item.what.clone()}</span></button>
                    </form>
                    " "
                    <form method="post" action=action class="inline-form">
                        <CsrfField />
                        <input type="hidden" name="item" value=id />
                        <input type="hidden" name="kept" value="no" />
                        <button type="submit" class="link-button">"Not kept" <span class="visually-hidden">": " {item.what.clone()}</span></button>
                    </form>
                }
            });
            view! {
                <tr>
                    <td>{item.what.clone()}</td>
                    <td>{item.due_on.map(long_date).unwrap_or_else(|| "No date".to_owned())}</td>
                    <td>{state}</td>
                    <td class="actions">{record}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="agreement-title">
            <h2 id="agreement-title">"Outcome agreement"</h2>
            <CaseTable id="agreement" caption="What was agreed" headers=&["What was agreed", "By", "Kept?", "Record"] empty="No agreement recorded yet." count=page.case.agreement.len() rows=items.into_any() />
            {error_for(&errs, "item").map(|e| view! { <p class="error-message" id="item">{e}</p> })}
            <h3>"Add an item"</h3>
            <form method="post" action=format!("{path}/agreement")>
                <CsrfField />
                <TextArea id="what" label="What was agreed" hint="In plain words, as agreed. For example: a letter of apology by the end of the month." value=typed(&page, "what") error=error_for(&errs, "what") />
                <Field id="due-on" label="Due by (optional)" hint="For example, 2026-12-31." kind="date" value=typed(&page, "due-on") class="input input-medium" error=error_for(&errs, "due-on") />
                <button type="submit" class="button button-secondary">"Add item"</button>
            </form>
        </section>
    }
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

// ---- New referral (staff intake) ---------------------------------------------------------

pub const NEW_REFERRAL: &str = "/staff/new";

/// One page for a referral that came by phone, e-mail, letter, in person or on a partner's
/// form: how it came and who referred, then the public referral's own questions in the third
/// person, in the order the journey asks them. Works without JavaScript.
#[component]
fn Intake(page: IntakePage) -> impl IntoView {
    // The journey's questions take their words from English.
    provide_context(Lang::En);
    let values = page.values.clone();
    let own = page.errors.own.clone();
    let mut summary = own.clone();
    summary.extend(
        page.errors
            .questions
            .iter()
            .map(|e| (format!("f-{}", e.field), crate::journey::view::error_text(Lang::En, e))),
    );
    let value = |name: &str| values.get(name).and_then(|v| v.first()).cloned().unwrap_or_default();
    let chosen_lang = Some(value("lang")).filter(|l| !l.is_empty()).unwrap_or_else(|| "en".to_owned());
    let langs: Vec<(String, String)> = Lang::ALL
        .iter()
        .map(|l| {
            let name = if *l == Lang::En || *l == Lang::EasyRead {
                l.english_name().to_owned()
            } else {
                format!("{} ({})", l.english_name(), l.native_name())
            };
            (l.code().to_owned(), name)
        })
        .collect();
    // The organisations in the website's own words ("Where do you work?"), after the person.
    let sources: Vec<(String, String)> = [(String::new(), "Choose who".to_owned()), (SELF.to_owned(), "The person themselves".to_owned())]
        .into_iter()
        .chain(crate::referral::ORGANISATIONS.iter().map(|c| ((*c).to_owned(), t(Lang::En, &format!("q-organisation-type-{c}")))))
        .collect();
    let sections = SECTIONS
        .iter()
        .map(|(slug, heading)| {
            let fields = section_questions(slug)
                .iter()
                .map(|q| {
                    let error = page.errors.questions.iter().find(|e| e.field == q.name).cloned();
                    view! {
                        <crate::journey::view::Field question=*q values=values.clone() error single=false voice=crate::journey::Voice::Them />
                    }
                })
                .collect_view();
            view! {
                <section class="intake-section" aria-labelledby=format!("s-{slug}")>
                    <h2 id=format!("s-{slug}")>{*heading}</h2>
                    {fields}
                </section>
            }
        })
        .collect_view();
    view! {
        <p><a href=QUEUE class="back-link">"Back to the queue"</a></p>
        <h1>"New referral"</h1>
        <Errors errors=summary />
        <p>"For a referral that reached us by phone, e-mail, letter, in person or on a partner's form. Ask only what the person or referrer is ready to tell you; only the questions marked by an error need an answer. Saving screens it by the same rules as the website and puts it in the queue."</p>
        <form method="post" action=NEW_REFERRAL novalidate class="intake">
            <CsrfField />
            <input type="hidden" name="submission-key" value=page.submission_key.clone() />
            {page.from_call_back.clone().map(|r| view! {
                <input type="hidden" name="from" value=r.clone() />
                <p>"From call back " <a href=case_path(&r)>{r.clone()}</a> ": the two are linked."</p>
            })}
            <section class="intake-section" aria-labelledby="s-source">
                <h2 id="s-source">"How it came to us"</h2>
                <Select id="channel".into() label="How it reached us" options=options(&CHANNELS, Some("Choose how")) selected=value("channel") error=error_for(&own, "channel") />
                <Select id="organisation-type".into() label="Who referred" options=sources selected=value("organisation-type") error=error_for(&own, "organisation-type") />
                <Select id="lang".into() label="Language for letters and e-mails to the person" options=langs selected=chosen_lang error=error_for(&own, "lang") />
            </section>
            <section class="intake-section" aria-labelledby="s-referrer">
                <h2 id="s-referrer">"The referrer (not for self-referrals)"</h2>
                <Field id="organisation-name" label="Organisation (optional)" value=value("organisation-name") autocomplete="off" error=error_for(&own, "organisation-name") />
                <Field id="referrer-name" label="Referrer's name" value=value("referrer-name") autocomplete="off" error=error_for(&own, "referrer-name") />
                <Field id="referrer-phone" label="Referrer's phone number" hint="A phone number or an e-mail address, so we can tell them how it is going (never the details)." kind="tel" value=value("referrer-phone") autocomplete="off" error=error_for(&own, "referrer-phone") />
                <Field id="referrer-email" label="Referrer's e-mail address" kind="email" value=value("referrer-email") autocomplete="off" error=error_for(&own, "referrer-email") />
                <Select id="agreed".into() label="Has the person agreed to this referral?" options=options(&AGREEMENT, Some("Choose")) selected=value("agreed") error=error_for(&own, "agreed") />
            </section>
            {sections}
            <button type="submit" class="button">"Save referral"</button>
        </form>
    }
}

// ---- Account, users, audit, mail -----------------------------------------------------------

#[component]
fn Account(staff: Option<Staff>, note: String) -> impl IntoView {
    let staff = staff.expect("the account page is for someone signed in");
    view! {
        <h1>"Your account"</h1>
        <dl class="case-facts">
            <div><dt>"Name"</dt><dd>{staff.name.clone()}</dd></div>
            <div><dt>"E-mail"</dt><dd>{staff.email.clone()}</dd></div>
            <div><dt>"Role"</dt><dd>{staff.role.label()}</dd></div>
            <div><dt>"Sensitive cases"</dt><dd>{if staff.specialist { "Yes, specialist" } else { "No" }}</dd></div>
        </dl>
        <h2>"Sign out everywhere"</h2>
        <p>{note}</p>
        <form method="post" action="/staff/sign-out-everywhere">
            <CsrfField />
            <button type="submit" class="button button-warning">"Sign out on every device"</button>
        </form>
    }
}

#[component]
fn Users(users: Vec<crate::ports::StaffAccount>) -> impl IntoView {
    view! {
        <h1>"Users"</h1>
        <p>"To add someone, run " <code>"server user add --email E --name N --role R"</code> " on the server. \"Reset sign-in\" sends a new enrolment link to the person's own e-mail address (never to you) and tells the managers; their password, second factor and sessions stop working at once."</p>
        <div class="table-scroll" role="region" aria-labelledby="users-caption" tabindex="0">
            <table>
                <caption id="users-caption">"Staff accounts"</caption>
                <thead><tr>
                    <th scope="col">"Name"</th><th scope="col">"E-mail"</th><th scope="col">"Role"</th>
                    <th scope="col">"Specialist"</th><th scope="col">"Status"</th><th scope="col">"Actions"</th>
                </tr></thead>
                <tbody>
                    {users.into_iter().map(|u| {
                        let disable = format!("/staff/users/{}/disable", u.id);
                        let enable = format!("/staff/users/{}/enable", u.id);
                        let reissue = format!("/staff/users/{}/reissue", u.id);
                        let active = u.status != "disabled";
                        view! {
                            <tr>
                                <th scope="row">{u.name.clone()}</th>
                                <td>{u.email.clone()}</td>
                                <td>{Role::parse(&u.role).map(|r| r.label()).unwrap_or("?")}</td>
                                <td>{if u.specialist { "Yes" } else { "No" }}</td>
                                <td>{u.status.clone()}</td>
                                <td class="actions">
                                    {if active {
                                        view! { <form method="post" action=disable class="inline-form"><CsrfField />
                                            <button type="submit" class="link-button">"Disable" <span class="visually-hidden">" " {u.name.clone()}</span></button></form> }.into_any()
                                    } else {
                                        view! { <form method="post" action=enable class="inline-form"><CsrfField />
                                            <button type="submit" class="link-button">"Enable" <span class="visually-hidden">" " {u.name.clone()}</span></button></form> }.into_any()
                                    }}
                                    {active.then(|| view! {
                                        <form method="post" action=reissue.clone() class="inline-form"><CsrfField />
                                            <button type="submit" class="link-button">"Reset sign-in" <span class="visually-hidden">" for " {u.name.clone()}</span></button></form>
                                    })}
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn Audit(filters: AuditFilters, entries: Vec<(i64, crate::ports::AuditEntry)>, next: Option<String>) -> impl IntoView {
    view! {
        <h1>"Audit log"</h1>
        <form method="get" action="/staff/audit" class="filters" role="search" aria-label="Filter the audit log">
            <Field id="actor" label="Who (e-mail)" value=filters.actor.clone() />
            <Field id="action" label="Action" hint="For example case.view or signin.failed" value=filters.action.clone() />
            <Field id="subject" label="Reference or account" value=filters.subject.clone() />
            <Field id="from" label="From" kind="date" value=filters.from.clone() class="input input-medium" />
            <Field id="to" label="To" kind="date" value=filters.to.clone() class="input input-medium" />
            <div class="filter-actions">
                <button type="submit" class="button">"Apply filters"</button>
                <a href="/staff/audit">"Clear filters"</a>
            </div>
        </form>
        <div class="table-scroll" role="region" aria-labelledby="audit-caption" tabindex="0">
            <table>
                <caption id="audit-caption">"Newest first. Nobody can change or delete these entries."</caption>
                <thead><tr><th scope="col">"When"</th><th scope="col">"Who"</th><th scope="col">"Action"</th><th scope="col">"Subject"</th><th scope="col">"From"</th></tr></thead>
                <tbody>
                    {entries.into_iter().map(|(_, e)| view! {
                        <tr>
                            <td>{short_time(e.at)}</td><td>{e.actor.clone()}</td><td>{e.action.clone()}</td>
                            <td>{e.subject.clone().unwrap_or_default()}</td><td>{e.address.clone().unwrap_or_default()}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        <nav class="pager" aria-label="Pages">
            {next.map(|href| view! { <a href=href rel="next">"Older entries"</a> })}
        </nav>
    }
}

#[component]
fn Mail(failed: Vec<crate::ports::MessageSummary>) -> impl IntoView {
    let empty = failed.is_empty();
    view! {
        <h1>"Failed e-mail"</h1>
        <p>"Messages the server gave up sending after every retry. Fix the cause (the mail server, an address), then send them again."</p>
        {if empty {
            view! { <p class="empty">"No failed messages."</p> }.into_any()
        } else {
            view! {
                <div class="table-scroll" role="region" aria-labelledby="mail-caption" tabindex="0">
                    <table>
                        <caption id="mail-caption">"Failed messages, oldest first"</caption>
                        <thead><tr><th scope="col">"Message"</th><th scope="col">"Queued"</th><th scope="col">"Attempts"</th><th scope="col">"Last error"</th></tr></thead>
                        <tbody>
                            {failed.into_iter().map(|m| view! {
                                <tr><th scope="row">{m.idempotency_key.clone()}</th><td>{short_time(m.created_at)}</td>
                                <td>{m.attempts}</td><td>{m.last_error.clone().unwrap_or_default()}</td></tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
                <form method="post" action="/staff/mail/retry">
                    <CsrfField />
                    <button type="submit" class="button">"Send them all again"</button>
                </form>
            }.into_any()
        }}
    }
}

