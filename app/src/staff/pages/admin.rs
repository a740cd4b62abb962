//! The administrators' pages: users, the audit log, failed e-mail.

use super::*;
use crate::staff::model::AccountStatus;

#[component]
pub(super) fn Users(users: Vec<crate::ports::StaffAccount>) -> impl IntoView {
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
                        let active = u.status != AccountStatus::Disabled;
                        view! {
                            <tr>
                                <th scope="row">{u.name.clone()}</th>
                                <td>{u.email.clone()}</td>
                                <td>{u.role.label()}</td>
                                <td>{if u.specialist { "Yes" } else { "No" }}</td>
                                <td>{u.status.code()}</td>
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
pub(super) fn Audit(filters: AuditFilters, entries: Vec<(i64, crate::ports::AuditEntry)>, next: Option<String>) -> impl IntoView {
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
pub(super) fn Mail(failed: Vec<crate::ports::MessageSummary>) -> impl IntoView {
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


