//! The managers' daily summary: once a day, at `RJ_SUMMARY_AT` UK time, every active manager
//! gets one e-mail with the number of requests overdue for first contact, the number due
//! today, the number of e-mails that failed after every retry, and the overdue references
//! with their deadlines.
//!
//! Like the team's notices it holds no personal details: references, dates and counts only
//! (never a name, an area, a language, a flag or an answer), so a sensitive case shows up as
//! nothing more than its reference and deadline.
//!
//! "Once a day" holds across instances and restarts because the summary goes through the
//! outbox with the idempotency key `summary:{UK date}:{manager id}`: whoever queues it first
//! wins, and every later attempt that day (another instance, a restart, `server mail summary`)
//! is dropped by the outbox. The scheduler only decides when to try.
//!
//! A summary is sent even when there is nothing to report: managers rely on it arriving, and a
//! day without one then means something is wrong (the server, the scheduler or the mail), not
//! that all is well.

use std::{sync::Arc, time::Duration};

use app::{
    domain::{
        calendar::{uk_date, uk_time, working_days_between},
        screening::Flag,
    },
    i18n::Lang,
    ports::{OutgoingMessage, QueueQuery, StaffAccount, Store, StoreError},
};
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};

use crate::mail::{Addresses, english_date, escape, html_page};

/// The outbox `kind` of a summary.
pub const KIND: &str = "manager-summary";

/// At most this many overdue references are listed; the rest are counted. A list of hundreds
/// would bury the counts, and the queue's overdue view has them all.
pub const LISTED: usize = 50;

/// How often the scheduler looks at the clock.
const CHECK_EVERY: Duration = Duration::from_secs(60);

/// What one day's summary reports.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Figures {
    /// The UK date the summary is for.
    pub day: NaiveDate,
    /// Open requests with no first contact whose deadline is before `day`, as (reference,
    /// deadline), oldest deadline first.
    pub overdue: Vec<(String, NaiveDate)>,
    /// Open requests with no first contact whose deadline is `day`.
    pub due_today: usize,
    /// Open urgent requests (not safe now) with no first contact yet, as (reference, deadline),
    /// whatever their deadline: named every day until someone has reached the person.
    pub urgent: Vec<(String, NaiveDate)>,
    /// Outbox messages that gave up after every retry.
    pub failed: usize,
}

impl Figures {
    fn is_quiet(&self) -> bool {
        self.overdue.is_empty() && self.due_today == 0 && self.failed == 0 && self.urgent.is_empty()
    }
}

/// The UK date whose summary is due at `now`, once the UK time of day has reached `at`.
///
/// "Reached", not "equal to": a server that was down (or a day when the clocks went forward
/// past `at`) sends as soon as it can that day. On the night the clocks go back a time between
/// 01:00 and 01:59 comes twice; both times give the same date, so the same idempotency keys,
/// and the second is dropped.
pub fn summary_due(now: DateTime<Utc>, at: NaiveTime) -> Option<NaiveDate> {
    let local = uk_time(now);
    (local.time() >= at).then(|| local.date())
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The subject: the counts, and nothing that says what the service is.
pub fn subject(f: &Figures) -> String {
    if f.is_quiet() {
        return "Daily summary: nothing overdue".to_owned();
    }
    let urgent = if f.urgent.is_empty() { String::new() } else { format!("{} urgent, ", f.urgent.len()) };
    format!(
        "Daily summary: {urgent}{} overdue, {} due today, {}",
        f.overdue.len(),
        f.due_today,
        plural(f.failed, "failed e-mail", "failed e-mails")
    )
}

/// One summary per manager: the same text, each with its own idempotency key.
pub fn summary_messages(f: &Figures, managers: &[StaffAccount], to: &Addresses) -> Vec<OutgoingMessage> {
    let subject = subject(f);
    let (text_body, html_body) = bodies(f, to);
    managers
        .iter()
        .map(|m| OutgoingMessage {
            idempotency_key: format!("summary:{}:{}", f.day.format("%Y-%m-%d"), m.id),
            kind: KIND.to_owned(),
            recipient: m.email.clone(),
            subject: subject.clone(),
            text_body: text_body.clone(),
            html_body: html_body.clone(),
        })
        .collect()
}

/// The plain text and the HTML, built from the same sentences.
fn bodies(f: &Figures, to: &Addresses) -> (String, String) {
    let queue = format!("{}/staff?overdue=yes", to.public_url);
    let heading = format!("Daily summary for {}.", english_date(f.day));
    let late = |deadline: NaiveDate| {
        let days = working_days_between(deadline, f.day).max(1) as usize;
        plural(days, "working day", "working days")
    };
    let listed: Vec<(String, String)> = f
        .overdue
        .iter()
        .take(LISTED)
        .map(|(reference, deadline)| {
            (reference.clone(), format!("contact by {} ({} late)", english_date(*deadline), late(*deadline)))
        })
        .collect();
    let more = f.overdue.len().saturating_sub(LISTED);
    let counts = if f.is_quiet() {
        vec!["Nothing is overdue, nothing is due today and no e-mail has failed.".to_owned()]
    } else {
        vec![
            format!("Urgent (not safe now), not yet contacted: {}", f.urgent.len()),
            format!("Overdue for first contact: {}", f.overdue.len()),
            format!("Due for first contact today: {}", f.due_today),
            format!("E-mails that failed after every retry: {}", f.failed),
        ]
    };
    let more_line = format!("... and {more} more.");
    let queue_intro = "The overdue requests in the staff queue (you will need to sign in):";
    // The failed e-mail page is an administrator's (a failure's text can quote a person's
    // address), so a manager is told who can act rather than sent to a page that refuses them.
    let mail_note = "An administrator can see the e-mails that failed, and send them again, under \
                     Failed e-mail in the staff area.";
    let why = "You get this summary every day, even when there is nothing to report, so that a \
               missing one is noticed. It holds no personal details on purpose. Please do not add \
               any when you forward or reply to it.";

    let urgent: Vec<(String, String)> = f
        .urgent
        .iter()
        .map(|(reference, deadline)| (reference.clone(), format!("contact by {}", english_date(*deadline))))
        .collect();
    let urgent_intro = "Urgent requests (the person said they are not safe now), not yet contacted:";

    let mut text = vec![heading.clone(), counts.join("\n")];
    if !urgent.is_empty() {
        let mut list = vec![urgent_intro.to_owned()];
        list.extend(urgent.iter().map(|(r, d)| format!("{r}  {d}")));
        text.push(list.join("\n"));
    }
    if !listed.is_empty() {
        let mut list = vec!["Overdue requests, oldest deadline first:".to_owned()];
        list.extend(listed.iter().map(|(r, d)| format!("{r}  {d}")));
        if more > 0 {
            list.push(more_line.clone());
        }
        text.push(list.join("\n"));
    }
    text.push(format!("{queue_intro}\n{queue}"));
    if f.failed > 0 {
        text.push(mail_note.to_owned());
    }
    text.push(why.to_owned());

    let mut html = vec![
        format!("<p>{}</p>", escape(&heading)),
        format!("<p>{}</p>", counts.iter().map(|c| escape(c)).collect::<Vec<_>>().join("<br>")),
    ];
    if !urgent.is_empty() {
        html.push(format!("<p>{}</p>", escape(urgent_intro)));
        let items: Vec<String> = urgent
            .iter()
            .map(|(r, d)| format!("<li><strong>{}</strong> {}</li>", escape(r), escape(d)))
            .collect();
        html.push(format!("<ul>\n{}\n</ul>", items.join("\n")));
    }
    if !listed.is_empty() {
        html.push("<p>Overdue requests, oldest deadline first:</p>".to_owned());
        let items: Vec<String> = listed
            .iter()
            .map(|(r, d)| format!("<li><strong>{}</strong> {}</li>", escape(r), escape(d)))
            .collect();
        html.push(format!("<ul>\n{}\n</ul>", items.join("\n")));
        if more > 0 {
            html.push(format!("<p>{}</p>", escape(&more_line)));
        }
    }
    html.push(format!(
        "<p><a href=\"{0}\">The overdue requests in the staff queue</a> (you will need to sign in).</p>",
        escape(&queue)
    ));
    if f.failed > 0 {
        html.push(format!("<p>{}</p>", escape(mail_note)));
    }
    html.push(format!("<p>{}</p>", escape(why)));
    (text.join("\n\n") + "\n", html_page(Lang::En, &html))
}

/// Reads the day's figures: the queue's own "overdue" filter (open, no first contact) up to
/// and including `day`, a page at a time, and the failed messages.
pub async fn gather(store: &dyn Store, day: NaiveDate) -> Result<Figures, StoreError> {
    const PAGE: i64 = 1000;
    let mut overdue = Vec::new();
    let mut due_today = 0;
    let mut after = None;
    loop {
        let rows = store
            .queue(&QueueQuery {
                open: Some(true),
                // "Before tomorrow": the overdue ones and today's.
                overdue_on: Some(day.succ_opt().unwrap_or(day)),
                after,
                limit: PAGE,
                ..QueueQuery::default()
            })
            .await?;
        let full = rows.len() as i64 >= PAGE;
        after = rows.last().map(|r| (r.contact_by, r.id));
        for row in rows {
            if row.contact_by < day {
                overdue.push((row.reference, row.contact_by));
            } else {
                due_today += 1;
            }
        }
        if !full {
            break;
        }
    }
    let mut urgent = Vec::new();
    let mut after = None;
    loop {
        let rows = store
            .queue(&QueueQuery {
                open: Some(true),
                flag: Some(Flag::Urgent),
                after,
                limit: PAGE,
                ..QueueQuery::default()
            })
            .await?;
        let full = rows.len() as i64 >= PAGE;
        after = rows.last().map(|r| (r.contact_by, r.id));
        urgent.extend(rows.into_iter().filter(|r| r.first_contact_at.is_none()).map(|r| (r.reference, r.contact_by)));
        if !full {
            break;
        }
    }
    let failed = store.failed_messages().await?.len();
    Ok(Figures { day, overdue, due_today, urgent, failed })
}

/// What `queue_daily_summary` did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Queued {
    pub day: NaiveDate,
    /// Active managers, each sent one summary for `day`.
    pub managers: usize,
    /// Summaries new to the outbox now (0 when they were queued already).
    pub new: u64,
}

/// Queues the summary for the UK date of `now` to every active manager, unless it is queued
/// already (the outbox drops a repeated key). The scheduler calls it; so do `server mail
/// summary` and the tests, with a `now` of their choosing.
pub async fn queue_daily_summary(
    store: &dyn Store,
    to: &Addresses,
    now: DateTime<Utc>,
) -> Result<Queued, StoreError> {
    let day = uk_date(now);
    let managers: Vec<StaffAccount> = store
        .list_staff()
        .await?
        .into_iter()
        .filter(|a| a.role == app::staff::model::Role::Manager && a.status == app::staff::model::AccountStatus::Active)
        .collect();
    if managers.is_empty() {
        return Ok(Queued { day, managers: 0, new: 0 });
    }
    let figures = gather(store, day).await?;
    let new = store.queue_messages(&summary_messages(&figures, &managers, to), now).await?;
    Ok(Queued { day, managers: managers.len(), new })
}

/// Looks at the clock every minute (the first time at start) and queues the day's summary once
/// `at` has come, until `stop` turns true. Remembering the day it queued spares the queries for
/// the rest of the day; the idempotency keys, not this memory, are what keep it to once.
pub async fn run_scheduler(
    store: Arc<dyn Store>,
    to: Addresses,
    at: NaiveTime,
    mut stop: tokio::sync::watch::Receiver<bool>,
) {
    let mut tick = tokio::time::interval(CHECK_EVERY);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut done: Option<NaiveDate> = None;
    loop {
        tokio::select! {
            _ = tick.tick() => {
                let now = Utc::now();
                let Some(day) = summary_due(now, at) else { continue };
                if done == Some(day) {
                    continue;
                }
                match queue_daily_summary(&*store, &to, now).await {
                    // Nobody to send it to yet: look again next minute, in case a manager enrols.
                    Ok(q) if q.managers == 0 => {}
                    Ok(q) => {
                        tracing::info!(day = %q.day, managers = q.managers, queued = q.new, "daily summary queued");
                        done = Some(day);
                    }
                    Err(e) => tracing::warn!(error = %e, "could not queue the daily summary; trying again in a minute"),
                }
            }
            _ = stop.changed() => return,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> DateTime<Utc> {
        chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap().and_utc()
    }

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn hm(s: &str) -> NaiveTime {
        NaiveTime::parse_from_str(s, "%H:%M").unwrap()
    }

    fn to() -> Addresses {
        Addresses { team: "team@rj.example".into(), public_url: "https://rj.example".into() }
    }

    fn manager(id: i64, email: &str) -> StaffAccount {
        StaffAccount {
            id,
            email: email.into(),
            name: "M".into(),
            role: app::staff::model::Role::Manager,
            specialist: false,
            status: app::staff::model::AccountStatus::Active,
            created_at: utc("2026-01-01 00:00"),
            sessions_valid_after: None,
            disabled_at: None,
        }
    }

    fn figures(overdue: &[(&str, &str)], due_today: usize, failed: usize) -> Figures {
        Figures {
            day: day("2026-11-23"),
            overdue: overdue.iter().map(|(r, d)| (r.to_string(), day(d))).collect(),
            due_today,
            urgent: Vec::new(),
            failed,
        }
    }

    #[test]
    fn the_summary_is_due_from_the_set_time_in_uk_winter_time() {
        let at = hm("07:30");
        assert_eq!(summary_due(utc("2026-11-23 07:29"), at), None);
        assert_eq!(summary_due(utc("2026-11-23 07:30"), at), Some(day("2026-11-23")));
        assert_eq!(summary_due(utc("2026-11-23 23:59"), at), Some(day("2026-11-23")));
        // Just after UK midnight the new day has not reached 07:30 yet.
        assert_eq!(summary_due(utc("2026-11-24 00:01"), at), None);
    }

    #[test]
    fn in_summer_time_07_30_comes_at_06_30_utc() {
        let at = hm("07:30");
        assert_eq!(summary_due(utc("2026-07-01 06:29"), at), None);
        assert_eq!(summary_due(utc("2026-07-01 06:30"), at), Some(day("2026-07-01")));
        // 23:30 UTC is already tomorrow in the UK, but before 07:30 there.
        assert_eq!(summary_due(utc("2026-07-01 23:30"), at), None);
    }

    #[test]
    fn the_days_the_clocks_change_still_get_one_summary_at_the_uk_time() {
        let at = hm("07:30");
        // 29 March 2026: the clocks go forward at 01:00 UTC, so 07:30 BST is 06:30 UTC.
        assert_eq!(summary_due(utc("2026-03-29 06:29"), at), None);
        assert_eq!(summary_due(utc("2026-03-29 06:30"), at), Some(day("2026-03-29")));
        // 25 October 2026: they go back at 01:00 UTC, so 07:30 GMT is 07:30 UTC.
        assert_eq!(summary_due(utc("2026-10-25 07:29"), at), None);
        assert_eq!(summary_due(utc("2026-10-25 07:30"), at), Some(day("2026-10-25")));
    }

    #[test]
    fn a_time_the_clocks_skip_or_repeat_gives_that_day_once() {
        let at = hm("01:30");
        // Going forward, 01:30 UK never happens: the summary comes at 02:00 BST instead.
        assert_eq!(summary_due(utc("2026-03-29 00:59"), at), None);
        assert_eq!(summary_due(utc("2026-03-29 01:00"), at), Some(day("2026-03-29")));
        // Going back, 01:30 UK happens twice; both name the same day, so the same keys.
        let first = summary_due(utc("2026-10-25 00:30"), at);
        let second = summary_due(utc("2026-10-25 01:30"), at);
        assert_eq!((first, second), (Some(day("2026-10-25")), Some(day("2026-10-25"))));
        let keys = |d: Option<NaiveDate>| {
            let f = Figures { day: d.unwrap(), ..figures(&[], 0, 0) };
            summary_messages(&f, &[manager(7, "m@rj.example")], &to())[0].idempotency_key.clone()
        };
        assert_eq!(keys(first), keys(second));
        assert_eq!(keys(first), "summary:2026-10-25:7");
    }

    #[test]
    fn each_manager_gets_one_message_keyed_by_day_and_manager() {
        let f = figures(&[("RJ-AAAA-AAAA", "2026-11-20")], 1, 1);
        let managers = [manager(3, "a@rj.example"), manager(9, "b@rj.example")];
        let messages = summary_messages(&f, &managers, &to());
        let keys: Vec<&str> = messages.iter().map(|m| m.idempotency_key.as_str()).collect();
        assert_eq!(keys, ["summary:2026-11-23:3", "summary:2026-11-23:9"]);
        let recipients: Vec<&str> = messages.iter().map(|m| m.recipient.as_str()).collect();
        assert_eq!(recipients, ["a@rj.example", "b@rj.example"]);
        assert!(messages.iter().all(|m| m.kind == KIND && m.text_body == messages[0].text_body));
    }

    #[test]
    fn the_summary_gives_the_counts_the_overdue_references_and_the_links() {
        let f = figures(&[("RJ-AAAA-AAAA", "2026-11-18"), ("RJ-BBBB-BBBB", "2026-11-20")], 1, 1);
        let m = &summary_messages(&f, &[manager(1, "m@rj.example")], &to())[0];
        assert_eq!(m.subject, "Daily summary: 2 overdue, 1 due today, 1 failed e-mail");
        for part in [&m.text_body, &m.html_body] {
            assert!(part.contains("Monday, 23 November 2026"), "{part}");
            assert!(part.contains("https://rj.example/staff?overdue=yes"), "{part}");
            assert!(part.contains("An administrator can see the e-mails that failed"), "{part}");
            assert!(!part.contains("/staff/mail"), "no link to a page managers cannot open: {part}");
            assert!(part.contains("RJ-AAAA-AAAA") && part.contains("RJ-BBBB-BBBB"), "{part}");
        }
        assert!(m.text_body.contains("Overdue for first contact: 2\nDue for first contact today: 1\n"));
        assert!(m.text_body.contains("E-mails that failed after every retry: 1"));
        // Wednesday 18 to Monday 23: Thursday, Friday, Monday.
        assert!(m.text_body.contains("RJ-AAAA-AAAA  contact by Wednesday, 18 November 2026 (3 working days late)"), "{}", m.text_body);
        assert!(m.text_body.contains("RJ-BBBB-BBBB  contact by Friday, 20 November 2026 (1 working day late)"));
        assert!(m.html_body.contains("<li><strong>RJ-AAAA-AAAA</strong> contact by Wednesday, 18 November 2026"));
        assert!(m.html_body.contains("lang=\"en\""));
        let f = figures(&[], 2, 3);
        assert_eq!(subject(&f), "Daily summary: 0 overdue, 2 due today, 3 failed e-mails");
    }

    #[test]
    fn a_day_with_nothing_to_report_still_gets_a_short_summary() {
        let f = figures(&[], 0, 0);
        let m = &summary_messages(&f, &[manager(1, "m@rj.example")], &to())[0];
        assert_eq!(m.subject, "Daily summary: nothing overdue");
        assert!(m.text_body.contains("Nothing is overdue, nothing is due today and no e-mail has failed."));
        assert!(!m.text_body.contains("oldest deadline first"));
        assert!(m.text_body.contains("https://rj.example/staff?overdue=yes"));
    }

    #[test]
    fn a_long_overdue_list_is_cut_and_the_rest_counted() {
        let refs: Vec<(String, &str)> = (0..LISTED + 7).map(|i| (format!("RJ-{i:04}-AAAA"), "2026-11-20")).collect();
        let pairs: Vec<(&str, &str)> = refs.iter().map(|(r, d)| (r.as_str(), *d)).collect();
        let f = figures(&pairs, 0, 0);
        let m = &summary_messages(&f, &[manager(1, "m@rj.example")], &to())[0];
        assert!(m.subject.starts_with(&format!("Daily summary: {} overdue", LISTED + 7)));
        assert!(m.text_body.contains(&format!("RJ-{:04}-AAAA", LISTED - 1)));
        assert!(!m.text_body.contains(&format!("RJ-{LISTED:04}-AAAA")));
        assert!(m.text_body.contains("... and 7 more."), "{}", m.text_body);
    }

    #[test]
    fn urgent_requests_are_named_first_until_someone_reaches_the_person() {
        let f = Figures { urgent: vec![("RJ-ACDE-FHJK".into(), day("2026-11-24"))], ..figures(&[], 0, 0) };
        assert_eq!(subject(&f), "Daily summary: 1 urgent, 0 overdue, 0 due today, 0 failed e-mails");
        let (text, html) = bodies(&f, &Addresses { team: "team@rj.example".into(), public_url: "https://rj.example".into() });
        let urgent = text.find("RJ-ACDE-FHJK  contact by").expect("named in the text");
        assert!(urgent < text.find("staff queue").unwrap(), "before the link");
        assert!(html.contains("<strong>RJ-ACDE-FHJK</strong> contact by"), "{html}");
    }
}
