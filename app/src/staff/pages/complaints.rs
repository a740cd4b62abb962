//! The complaints log's pages: the log with each complaint's deadlines and a form for a new
//! one, and one complaint's page where its acknowledgement, answer and escalation are recorded.

use super::*;
use crate::staff::complaints::{ABOUT, ACK_WORKING_DAYS, ANSWER_WORKING_DAYS, CHANNELS, Complaint, OUTCOMES, due};

pub const COMPLAINTS: &str = "/staff/complaints";

fn typed(typed: &[(String, String)], name: &str) -> String {
    typed.iter().find(|(f, _)| f == name).map(|(_, v)| v.clone()).unwrap_or_default()
}

#[component]
pub(super) fn ComplaintsLog(complaints: Vec<Complaint>, errors: FieldErrors, typed_values: Vec<(String, String)>, today: NaiveDate) -> impl IntoView {
    let count = complaints.len();
    let rows = complaints
        .into_iter()
        .map(|c| {
            let ack = due(c.acknowledged_on, c.acknowledge_by(), today);
            let answer = due(c.answered_on, c.answer_by(), today);
            let href = format!("{COMPLAINTS}/{}", c.id);
            view! {
                <tr>
                    <th scope="row"><a href=href>{long_date(c.received_on)}</a></th>
                    <td>{label_of(&ABOUT, &c.about)}</td>
                    <td>{label_of(&CHANNELS, &c.channel)}</td>
                    <td><span class=ack.class()>{ack.words()}</span></td>
                    <td><span class=answer.class()>{answer.words()}</span></td>
                    <td>{c.outcome.as_deref().map(|o| label_of(&OUTCOMES, o)).unwrap_or_else(|| "Not answered yet".to_owned())}</td>
                    <td>{c.escalated_on.map(long_date).unwrap_or_else(|| "No".to_owned())}</td>
                </tr>
            }
        })
        .collect_view();
    let t = |name: &str| typed(&typed_values, name);
    view! {
        <h1>"Complaints"</h1>
        <Errors errors=errors.clone() />
        <p>
            "We acknowledge every complaint within " {ACK_WORKING_DAYS} " working days and answer it within "
            {ANSWER_WORKING_DAYS} " working days, as the public complaints page promises. Weekends and bank holidays in England do not count."
        </p>
        <CaseTable
            id="complaints"
            caption="The complaints log, newest first"
            headers=&["Received", "About", "How it came", "Acknowledged", "Answered", "Outcome", "To the Commissioner's office"]
            empty="No complaints logged."
            count
            rows=rows.into_any()
        />
        <section aria-labelledby="new-complaint-title">
            <h2 id="new-complaint-title">"Log a complaint"</h2>
            <form method="post" action=COMPLAINTS class="narrow-form" novalidate>
                <CsrfField />
                <Field id="received-on" label="Date it reached us" kind="date" value=t("received-on") class="input input-medium" error=error_for(&errors, "received-on") />
                <Select id="channel".into() label="How it came" options=options(&CHANNELS, Some("Choose how")) selected=t("channel") error=error_for(&errors, "channel") />
                <Select id="about".into() label="What it is about" options=options(&ABOUT, Some("Choose what")) selected=t("about") error=error_for(&errors, "about") />
                <Field id="complainant" label="Who complained" hint="Their name, or who acted for them" value=t("complainant") autocomplete="off" error=error_for(&errors, "complainant") />
                <TextArea id="summary" label="The complaint in a few words" value=t("summary") error=error_for(&errors, "summary") />
                <Field id="reference" label="Case reference (optional)" hint="For example RJ-ABCD-EFGH" value=t("reference") autocomplete="off" class="input input-medium" error=error_for(&errors, "reference") />
                <button type="submit" class="button">"Log the complaint"</button>
            </form>
        </section>
    }
}

#[component]
pub(super) fn ComplaintView(complaint: Complaint, errors: FieldErrors, typed_values: Vec<(String, String)>, today: NaiveDate) -> impl IntoView {
    let c = complaint;
    let ack = due(c.acknowledged_on, c.acknowledge_by(), today);
    let answer = due(c.answered_on, c.answer_by(), today);
    let action = format!("{COMPLAINTS}/{}", c.id);
    let t = |name: &str| typed(&typed_values, name);
    let done = |d: Option<NaiveDate>| d.map(long_date);
    let open = c.acknowledged_on.is_none() || c.answered_on.is_none() || c.escalated_on.is_none();
    view! {
        <p><a href=COMPLAINTS class="back-link">"Back to the complaints"</a></p>
        <h1>"Complaint received " {long_date(c.received_on)}</h1>
        <Errors errors=errors.clone() />
        <dl class="summary">
            <div class="summary-row"><dt>"About"</dt><dd>{label_of(&ABOUT, &c.about)}</dd></div>
            <div class="summary-row"><dt>"How it came"</dt><dd>{label_of(&CHANNELS, &c.channel)}</dd></div>
            <div class="summary-row"><dt>"Who complained"</dt><dd>{if c.complainant.is_empty() { "(erased)".to_owned() } else { c.complainant.clone() }}</dd></div>
            <div class="summary-row"><dt>"The complaint"</dt><dd>{if c.summary.is_empty() { "(erased)".to_owned() } else { c.summary.clone() }}</dd></div>
            <div class="summary-row"><dt>"Case"</dt><dd>{match c.reference.clone() {
                Some(r) => { let href = case_path(&r); view! { <a href=href>{r}</a> }.into_any() }
                None => "None".into_any(),
            }}</dd></div>
            <div class="summary-row"><dt>"Acknowledge by"</dt><dd>{long_date(c.acknowledge_by())} " – " <span class=ack.class()>{ack.words()}</span></dd></div>
            <div class="summary-row"><dt>"Answer by"</dt><dd>{long_date(c.answer_by())} " – " <span class=answer.class()>{answer.words()}</span></dd></div>
            <div class="summary-row"><dt>"Outcome"</dt><dd>{c.outcome.as_deref().map(|o| label_of(&OUTCOMES, o)).unwrap_or_else(|| "Not answered yet".to_owned())}</dd></div>
            <div class="summary-row"><dt>"To the Commissioner's office"</dt><dd>{done(c.escalated_on).unwrap_or_else(|| "No".to_owned())}</dd></div>
        </dl>
        {open.then(|| view! {
            <section aria-labelledby="complaint-update-title">
                <h2 id="complaint-update-title">"Record what happened"</h2>
                <p class="hint">"Fill in what has happened since. A date, once recorded, stays."</p>
                <form method="post" action=action class="narrow-form" novalidate>
                    <CsrfField />
                    {c.acknowledged_on.is_none().then(|| view! {
                        <Field id="acknowledged-on" label="Date we acknowledged it" kind="date" value=t("acknowledged-on") class="input input-medium" error=error_for(&errors, "acknowledged-on") />
                    })}
                    {c.answered_on.is_none().then(|| view! {
                        <Field id="answered-on" label="Date we answered it" kind="date" value=t("answered-on") class="input input-medium" error=error_for(&errors, "answered-on") />
                        <Select id="outcome".into() label="Outcome" options=options(&OUTCOMES, Some("Choose when answered")) selected=t("outcome") error=error_for(&errors, "outcome") />
                    })}
                    {c.escalated_on.is_none().then(|| view! {
                        <Field id="escalated-on" label="Date it went to the Commissioner's office (if it did)" kind="date" value=t("escalated-on") class="input input-medium" error=error_for(&errors, "escalated-on") />
                    })}
                    <button type="submit" class="button">"Save"</button>
                </form>
            </section>
        })}
    }
}
