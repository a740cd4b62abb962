//! The complaints log (004: a clear, transparent complaints policy; 000 9.2 counts them): each
//! complaint with how it came, what it is about, when we acknowledged it (within 5 working
//! days) and answered it (within 20), the outcome, and whether it went on to the Police and
//! Crime Commissioner's office. The public complaints page promises the same two timescales;
//! a test holds every language's page to these constants.

use chrono::NaiveDate;

use crate::{domain::calendar::{add_working_days, working_days_between}, journey::{TextRule, validate::{RuleContext, check_text}}};

/// Working days from receiving a complaint to acknowledging it.
pub const ACK_WORKING_DAYS: u32 = 5;
/// Working days from receiving a complaint to answering it.
pub const ANSWER_WORKING_DAYS: u32 = 20;

pub const CHANNELS: [(&str, &str); 5] = [
    ("phone", "Phone call"),
    ("email", "E-mail"),
    ("letter", "Letter"),
    ("in-person", "In person"),
    ("someone-else", "Through someone acting for them"),
];

pub const ABOUT: [(&str, &str); 7] = [
    ("delay", "How long things took"),
    ("communication", "How we kept in touch"),
    ("staff", "How a member of staff behaved"),
    ("decision", "A decision we made (such as not offering restorative justice)"),
    ("process", "How the restorative justice process was run"),
    ("data", "How we used their personal details"),
    ("other", "Something else"),
];

pub const OUTCOMES: [(&str, &str); 4] = [
    ("upheld", "Upheld"),
    ("partly-upheld", "Partly upheld"),
    ("not-upheld", "Not upheld"),
    ("withdrawn", "Withdrawn by the person"),
];

pub const SUMMARY_MAX: usize = 1000;

/// A complaint as the log holds it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Complaint {
    pub id: i64,
    pub received_on: NaiveDate,
    pub channel: String,
    pub about: String,
    pub complainant: String,
    pub summary: String,
    /// The case it is about, if any (its reference).
    pub reference: Option<String>,
    pub acknowledged_on: Option<NaiveDate>,
    pub answered_on: Option<NaiveDate>,
    pub outcome: Option<String>,
    pub escalated_on: Option<NaiveDate>,
}

impl Complaint {
    pub fn acknowledge_by(&self) -> NaiveDate {
        add_working_days(self.received_on, ACK_WORKING_DAYS)
    }

    pub fn answer_by(&self) -> NaiveDate {
        add_working_days(self.received_on, ANSWER_WORKING_DAYS)
    }

    /// Whether every code is one of its list's (as read back from the store).
    pub fn is_valid(&self) -> bool {
        let has = |list: &[(&str, &str)], code: &str| list.iter().any(|(c, _)| *c == code);
        has(&CHANNELS, &self.channel) && has(&ABOUT, &self.about) && self.outcome.as_deref().is_none_or(|o| has(&OUTCOMES, o))
    }
}

/// Where a step (acknowledging, answering) stands against its deadline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Due {
    InTime,
    Late,
    /// Not done yet; working days left (0: due today).
    Left(i64),
    /// Not done yet, and past its day by this many working days.
    Overdue(i64),
}

pub fn due(done: Option<NaiveDate>, by: NaiveDate, today: NaiveDate) -> Due {
    match done {
        Some(d) if d <= by => Due::InTime,
        Some(_) => Due::Late,
        None if today > by => Due::Overdue(working_days_between(by, today)),
        None => Due::Left(working_days_between(today, by)),
    }
}

impl Due {
    pub fn words(self) -> String {
        match self {
            Due::InTime => "Done in time".to_owned(),
            Due::Late => "Done late".to_owned(),
            Due::Left(0) => "Due today".to_owned(),
            Due::Left(1) => "1 working day left".to_owned(),
            Due::Left(n) => format!("{n} working days left"),
            Due::Overdue(n) => format!("Overdue by {n} working day{}", if n == 1 { "" } else { "s" }),
        }
    }

    pub fn class(self) -> &'static str {
        match self {
            Due::InTime => "deadline-ok",
            Due::Late | Due::Overdue(_) => "deadline-overdue",
            Due::Left(n) if n <= 1 => "deadline-soon",
            Due::Left(_) => "deadline-ok",
        }
    }
}

/// A new complaint, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewComplaint {
    pub received_on: NaiveDate,
    pub channel: String,
    pub about: String,
    pub complainant: String,
    pub summary: String,
    pub reference: Option<String>,
}

type Errors = Vec<(String, String)>;

fn field<'a>(posted: &'a crate::journey::Values, name: &str) -> &'a str {
    posted.get(name).and_then(|v| v.first()).map(|s| s.trim()).unwrap_or("")
}

fn date(posted: &crate::journey::Values, name: &str) -> Result<Option<NaiveDate>, ()> {
    match field(posted, name) {
        "" => Ok(None),
        v => NaiveDate::parse_from_str(v, "%Y-%m-%d").map(Some).map_err(|_| ()),
    }
}

fn code(list: &[(&str, &str)], value: &str) -> Option<String> {
    list.iter().find(|(c, _)| *c == value).map(|(c, _)| (*c).to_owned())
}

impl NewComplaint {
    pub fn check(posted: &crate::journey::Values, today: NaiveDate, ctx: RuleContext) -> Result<NewComplaint, Errors> {
        let mut errors = Errors::new();
        let mut err = |f: &str, m: &str| errors.push((f.to_owned(), m.to_owned()));
        let received_on = match date(posted, "received-on") {
            Ok(Some(d)) if d <= today => Some(d),
            Ok(Some(_)) => {
                err("received-on", "The date it reached us cannot be in the future");
                None
            }
            Ok(None) => {
                err("received-on", "Enter the date the complaint reached us");
                None
            }
            Err(()) => {
                err("received-on", "Enter the date it reached us as a date, like 2026-11-30");
                None
            }
        };
        let channel = code(&CHANNELS, field(posted, "channel"));
        if channel.is_none() {
            err("channel", "Choose how the complaint reached us");
        }
        let about = code(&ABOUT, field(posted, "about"));
        if about.is_none() {
            err("about", "Choose what the complaint is about");
        }
        let complainant = match field(posted, "complainant") {
            "" => {
                err("complainant", "Enter who made the complaint");
                None
            }
            v => match check_text(TextRule::Name, v, ctx) {
                Ok(v) => Some(v),
                Err(_) => {
                    err("complainant", "The name must be 100 characters or fewer");
                    None
                }
            },
        };
        let summary = match field(posted, "summary") {
            "" => {
                err("summary", "Say in a few words what the complaint is about");
                None
            }
            v if v.chars().count() > SUMMARY_MAX => {
                err("summary", &format!("Keep the summary to {SUMMARY_MAX} characters or fewer"));
                None
            }
            v => Some(v.to_owned()),
        };
        let reference = match field(posted, "reference") {
            "" => None,
            v => match crate::domain::reference::Reference::parse(v) {
                Ok(r) => Some(r.to_string()),
                Err(_) => {
                    err("reference", "Enter a case reference like RJ-ABCD-EFGH, or leave it blank");
                    None
                }
            },
        };
        match (received_on, channel, about, complainant, summary) {
            (Some(received_on), Some(channel), Some(about), Some(complainant), Some(summary)) if errors.is_empty() => {
                Ok(NewComplaint { received_on, channel, about, complainant, summary, reference })
            }
            _ => Err(errors),
        }
    }
}

/// What a manager records as a complaint goes on: acknowledged, answered with an outcome,
/// escalated. Each date, once recorded, stays (the log is a record).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ComplaintUpdate {
    pub acknowledged_on: Option<NaiveDate>,
    pub answered_on: Option<NaiveDate>,
    pub outcome: Option<String>,
    pub escalated_on: Option<NaiveDate>,
}

impl ComplaintUpdate {
    pub fn check(posted: &crate::journey::Values, complaint: &Complaint, today: NaiveDate) -> Result<ComplaintUpdate, Errors> {
        let mut errors = Errors::new();
        let mut day = |name: &str, label: &str, current: Option<NaiveDate>| -> Option<NaiveDate> {
            if current.is_some() {
                return current;
            }
            match date(posted, name) {
                Ok(Some(d)) if d < complaint.received_on => {
                    errors.push((name.to_owned(), format!("The date {label} cannot be before the complaint reached us")));
                    None
                }
                Ok(Some(d)) if d > today => {
                    errors.push((name.to_owned(), format!("The date {label} cannot be in the future")));
                    None
                }
                Ok(d) => d,
                Err(()) => {
                    errors.push((name.to_owned(), format!("Enter the date {label} as a date, like 2026-11-30")));
                    None
                }
            }
        };
        let acknowledged_on = day("acknowledged-on", "it was acknowledged", complaint.acknowledged_on);
        let answered_on = day("answered-on", "it was answered", complaint.answered_on);
        let escalated_on = day("escalated-on", "it went to the Commissioner's office", complaint.escalated_on);
        let outcome = match (complaint.outcome.clone(), field(posted, "outcome")) {
            (Some(o), _) => Some(o),
            (None, "") => None,
            (None, v) => match code(&OUTCOMES, v) {
                Some(o) => Some(o),
                None => {
                    errors.push(("outcome".to_owned(), "Choose an outcome from the list".to_owned()));
                    None
                }
            },
        };
        if answered_on.is_some() != outcome.is_some() && errors.is_empty() {
            errors.push(("outcome".to_owned(), "Record the answer's date and its outcome together".to_owned()));
        }
        if answered_on.is_some() && acknowledged_on.is_none() && errors.is_empty() {
            errors.push(("acknowledged-on".to_owned(), "Record when it was acknowledged before it was answered".to_owned()));
        }
        if errors.is_empty() { Ok(ComplaintUpdate { acknowledged_on, answered_on, outcome, escalated_on }) } else { Err(errors) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn values(pairs: &[(&str, &str)]) -> crate::journey::Values {
        pairs.iter().map(|(k, v)| ((*k).to_owned(), vec![(*v).to_owned()])).collect()
    }

    const CTX: RuleContext = RuleContext { current_year: 2026, current_month: 12 };

    /// The public complaints page promises the log's timescales, in every language: step 1 the
    /// acknowledgement, step 3 the answer (in Western digits or the language's own).
    #[cfg(feature = "ssr")]
    #[test]
    fn every_languages_complaints_page_promises_the_logs_timescales() {
        use crate::i18n::{Lang, t};
        // Digits of any script the site is written in, as Western digits.
        const ZEROS: [u32; 8] = [0x30, 0x660, 0x6F0, 0x966, 0x9E6, 0xA66, 0xAE6, 0x1369 - 1];
        let western = |c: char| ZEROS.iter().find_map(|z| (c as u32).checked_sub(*z).filter(|d| *d <= 9 && (*z != 0x1369 - 1 || *d >= 1)).and_then(|d| char::from_digit(d, 10)));
        for lang in Lang::ALL {
            for (id, days) in [("complaints-step-1", ACK_WORKING_DAYS), ("complaints-step-3", ANSWER_WORKING_DAYS)] {
                let text: String = t(lang, id).chars().map(|c| western(c).unwrap_or(c)).collect();
                let says = |n: &str| text.split(|c: char| !c.is_alphanumeric()).any(|w| w == n);
                assert!(says(&days.to_string()), "{}: {id} does not promise {days} working days: {text}", lang.code());
                for other in [3u32, 10, 14, 15, 28, 30] {
                    assert!(!says(&other.to_string()), "{}: {id} promises {other} days", lang.code());
                }
            }
        }
    }

    #[test]
    fn deadlines_count_working_days_across_a_bank_holiday() {
        // Received Wednesday 26 August 2026; Monday 31 August is a bank holiday.
        let c = Complaint {
            id: 1, received_on: day("2026-08-26"), channel: "phone".into(), about: "delay".into(), complainant: "A".into(), summary: "B".into(),
            reference: None, acknowledged_on: None, answered_on: None, outcome: None, escalated_on: None,
        };
        assert_eq!(c.acknowledge_by(), day("2026-09-03"));
        assert_eq!(c.answer_by(), day("2026-09-24"));
        assert_eq!(due(Some(day("2026-09-03")), c.acknowledge_by(), day("2026-12-01")), Due::InTime);
        assert_eq!(due(Some(day("2026-09-04")), c.acknowledge_by(), day("2026-12-01")), Due::Late);
        assert_eq!(due(None, c.acknowledge_by(), day("2026-09-02")), Due::Left(1));
        assert_eq!(due(None, c.acknowledge_by(), day("2026-09-07")), Due::Overdue(2));
    }

    #[test]
    fn a_new_complaint_needs_its_facts_and_refuses_bad_ones() {
        let today = day("2026-12-01");
        let good = values(&[("received-on", "2026-11-30"), ("channel", "phone"), ("about", "delay"), ("complainant", "Sam Example"), ("summary", "Nobody called back.")]);
        let c = NewComplaint::check(&good, today, CTX).unwrap();
        assert_eq!((c.channel.as_str(), c.reference), ("phone", None));
        let errors = NewComplaint::check(&values(&[("received-on", "2026-12-25"), ("channel", "pigeon"), ("reference", "nope")]), today, CTX).unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|(f, _)| f.as_str()).collect();
        assert_eq!(fields, ["received-on", "channel", "about", "complainant", "summary", "reference"]);
    }

    #[test]
    fn an_answer_needs_its_outcome_and_recorded_dates_stay() {
        let today = day("2026-12-01");
        let c = Complaint {
            id: 1, received_on: day("2026-11-02"), channel: "phone".into(), about: "delay".into(), complainant: "A".into(), summary: "B".into(),
            reference: None, acknowledged_on: Some(day("2026-11-03")), answered_on: None, outcome: None, escalated_on: None,
        };
        let errors = ComplaintUpdate::check(&values(&[("answered-on", "2026-11-20")]), &c, today).unwrap_err();
        assert_eq!(errors[0].0, "outcome");
        let u = ComplaintUpdate::check(&values(&[("answered-on", "2026-11-20"), ("outcome", "upheld"), ("acknowledged-on", "2026-11-30")]), &c, today).unwrap();
        assert_eq!(u.acknowledged_on, Some(day("2026-11-03")), "a recorded date is not replaced");
        assert!(ComplaintUpdate::check(&values(&[("escalated-on", "2026-10-01")]), &c, today).is_err(), "before it arrived");
    }
}
