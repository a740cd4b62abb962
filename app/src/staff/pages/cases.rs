//! The queue and the case page.

use super::*;
use crate::pages::journeys::journey_of;

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

pub(super) fn area_label(code: &str) -> String {
    t(Lang::En, &format!("q-area-happened-{code}"))
}

/// A case's language as staff read it: its English name and, for other languages, its own
/// name in its own script, marked with its `lang` ("Urdu (اردو)"). An unknown code is shown as
/// stored, never guessed.
pub(super) fn lang_label(code: &str) -> AnyView {
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
pub(super) fn FlagList(flags: Vec<Flag>) -> impl IntoView {
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
pub(super) fn Queue(page: QueuePage) -> impl IntoView {
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
pub(super) fn UrgentList(rows: Vec<QueueRow>, today: NaiveDate) -> impl IntoView {
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
pub(super) fn QueueLine(row: QueueRow, today: NaiveDate, secret: bool) -> impl IntoView {
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
pub(super) fn Case(page: CasePage) -> impl IntoView {
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
    // Subject access and erasure are for managers.
    let personal_data = staff.as_ref().is_some_and(|s| s.is_manager()).then(|| (format!("{path}/data"), format!("{path}/erase")));
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
                {personal_data.map(|(data, erase)| view! {
                    <section aria-labelledby="personal-data-title">
                        <h2 id="personal-data-title">"Personal data"</h2>
                        <ul>
                            <li><a href=data>"Everything we hold about this case (subject access)"</a></li>
                            <li><a href=erase>"Erase the personal data in this case"</a></li>
                        </ul>
                    </section>
                })}
            </div>
        </div>
    }
}

/// The target an out-of-court disposal sets for the restorative justice process (000 5.7: 6
/// weeks for a community resolution, 16 for a conditional caution, from the referral), and
/// whether the first process met it.
pub(super) fn rj_target(case: &CaseRecord, today: NaiveDate) -> Option<(String, &'static str)> {
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
pub(super) fn needs_up_front(case: &CaseRecord) -> Vec<(String, String)> {
    let Ok(values) = serde_json::from_str::<crate::journey::Values>(&case.request.answers_json) else {
        return Vec::new();
    };
    // The pages about contact, safety and needs: each journey names its own.
    let journey = journey_of(case.request.kind);
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

/// The screening rules applied again to the stored answers, for the reasons behind each flag.
pub(super) fn screened(case: &CaseRecord) -> Vec<Finding> {
    screen(&case.facts())
}

/// A case's flags, each with why it is there: the screening rules that set it (with their
/// source), and the latest member of staff who added it by hand; then the one form that adds
/// or removes a flag, with the reason.
#[component]
pub(super) fn Flags(page: CasePage, found: Vec<Finding>, path: String, staff: Option<Staff>) -> impl IntoView {
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
pub(super) fn Answers(case: CaseRecord) -> impl IntoView {
    let values: crate::journey::Values = serde_json::from_str(&case.request.answers_json).unwrap_or_default();
    let journey = journey_of(case.request.kind);
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
pub(super) fn Timeline(events: Vec<CaseEvent>, received: DateTime<Utc>, came_by: Option<String>) -> impl IntoView {
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
pub(super) fn about(e: &CaseEvent) -> String {
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
        "feedback-invite" => format!("{who} made a one-time feedback link for {}.", about(e)),
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
pub(super) fn ConsentTask(page: CasePage, path: String) -> impl IntoView {
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

pub(super) fn typed(page: &CasePage, field: &str) -> String {
    page.typed.iter().find(|(f, _)| f == field).map(|(_, v)| v.clone()).unwrap_or_default()
}

#[component]
pub(super) fn CaseActions(page: CasePage, status: Status, path: String, staff: Option<Staff>) -> impl IntoView {
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
pub(super) fn Risk(page: CasePage, path: String) -> impl IntoView {
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

/// Updates to the professional or other person who referred (000 5.6: progress, never
/// details): the person's answer first, then an update of the stage, sent by e-mail and kept
/// in the timeline.
#[component]
pub(super) fn ReferrerUpdates(page: CasePage, path: String, status: Status) -> impl IntoView {
    let person = page.case.referrer()?;
    let errs = page.errors.clone();
    let referrer = person.display_name();
    let email = crate::journey::first(&person.details, "referrer-email").map(str::to_owned);
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
pub(super) fn Processes(page: CasePage, path: String) -> impl IntoView {
    let errs = page.errors.clone();
    let rows = page
        .case
        .processes
        .iter()
        .map(|p| {
            let who = took_part(p);
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
pub(super) fn Agreement(page: CasePage, path: String) -> impl IntoView {
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
