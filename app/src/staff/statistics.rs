//! A case's anonymous reporting facts (000 9.2): codes and dates only, never a name, a word
//! anyone typed or a reference. The store writes them to `case_statistics` in the same
//! transaction as every change to the case, and the quarterly report reads nothing else, so
//! its figures stay the same when a person's data is later erased: erasure cuts the row's
//! link to the case and leaves the counts.
//!
//! Every coded field has its list here; the store checks each code against it when it reads a
//! row back (an unknown code is an error, never a default), and the report's rows are the
//! same lists, so a new code cannot go uncounted.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::{
    domain::{
        calendar::{add_working_days, uk_date},
        screening::UnknownCode,
    },
    equality,
    journey::{Values, first, has},
    ports::CaseRecord,
    referral,
    staff::{
        model::{Disposal, EndReason, ONWARD, RJ_PROCESSES, RequestKind, Status, is_code, is_sensitive},
        participants::{EqualityAnswers, RefusalReason, Role, Willingness},
    },
};

/// Who referred (000 9.2 "source"): the person themselves, family or a friend, or one of the
/// organisations a professional chooses from (`referral::ORGANISATIONS`).
pub const SOURCES: &[&str] =
    &["self", "family-friend", "police", "probation", "victim-care", "yot", "prison", "csp", "health", "school", "other"];

/// How the request reached us: the website, or one of staff intake's channels.
pub const CHANNELS: &[&str] = &["web", "phone", "email", "letter", "in-person", "partner-form"];

/// What a dated event in a case was.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EventKind {
    /// A restorative justice process was held (its code is one of `RJ_PROCESSES`).
    Process,
    /// A referral to a support or safeguarding agency (its code is the basis it was made on).
    Support,
}

impl EventKind {
    pub fn code(self) -> &'static str {
        match self {
            EventKind::Process => "process",
            EventKind::Support => "support",
        }
    }

    pub fn parse(code: &str) -> Result<EventKind, UnknownCode> {
        match code {
            "process" => Ok(EventKind::Process),
            "support" => Ok(EventKind::Support),
            _ => Err(UnknownCode::new("statistics event", code)),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DatedEvent {
    pub kind: EventKind,
    pub code: String,
    pub on: NaiveDate,
}

/// One person harmed or who caused harm, as the report counts them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonStatistics {
    pub role: Role,
    pub age_band: Option<String>,
    pub sex: Option<String>,
    pub ethnicity: Option<String>,
    pub disability: Option<String>,
    pub interpreter: bool,
    pub bsl: bool,
    pub willingness: Option<Willingness>,
    pub refusal_reason: Option<String>,
}

/// One request's facts for the report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaseStatistics {
    pub kind: RequestKind,
    /// Sensitive or complex: only specialists see such a case.
    pub restricted: bool,
    pub received_on: NaiveDate,
    /// The day first contact was due by, 5 working days after it arrived (000 9.2 counts
    /// contact within 5 working days whatever deadline the queue set).
    pub due_on: NaiveDate,
    pub channel: String,
    pub source: Option<String>,
    /// The referred person's connection to what happened (`referral::CONNECTIONS`): harmed,
    /// family of someone harmed or bereaved, someone else affected, or the person who caused it.
    pub connection: Option<String>,
    pub area: Option<String>,
    pub crime_type: Option<String>,
    pub hate: bool,
    pub cyber: bool,
    pub domestic: bool,
    /// Where it stood in the criminal justice process when referred (`referral::STAGES`).
    pub cj_stage: Option<String>,
    pub disposal: Option<Disposal>,
    pub status: Status,
    pub end_reason: Option<String>,
    pub onward_to: Option<String>,
    /// For a case that has ended: the last stage it reached before it ended.
    pub left_at: Option<Status>,
    pub first_contact_on: Option<NaiveDate>,
    pub ended_on: Option<NaiveDate>,
    pub events: Vec<DatedEvent>,
    pub people: Vec<PersonStatistics>,
}

/// The source of a request from its answers (public journey and staff intake alike).
fn source(v: &Values) -> Option<String> {
    match first(v, "for-whom")? {
        "me" => Some("self".into()),
        _ => match first(v, "relationship")? {
            "professional" => first(v, "organisation-type").filter(|c| SOURCES.contains(c)).map(str::to_owned),
            _ => Some("family-friend".into()),
        },
    }
}

fn coded(v: &Values, field: &str, list: &[&str]) -> Option<String> {
    first(v, field).filter(|c| list.contains(c)).map(str::to_owned)
}

/// Where a case that ended left: the last open status in its history before it ended (a case
/// that never moved left while new).
fn left_at(status: Status, history: &[Status]) -> Option<Status> {
    if status.is_open() {
        return None;
    }
    let before_end = history.iter().rposition(|s| s.is_ending()).unwrap_or(history.len());
    Some(history[..before_end].iter().rev().find(|s| s.is_open()).copied().unwrap_or(Status::New))
}

impl CaseStatistics {
    /// The facts of a case as it stands: `equality` holds its participants' equality answers by
    /// participant id, `history` the statuses its timeline recorded, oldest first.
    pub fn of(case: &CaseRecord, equality: &HashMap<i64, EqualityAnswers>, history: &[Status]) -> CaseStatistics {
        let r = &case.request;
        let v: Values = serde_json::from_str(&r.answers_json).unwrap_or_default();
        let crime = |c: &str| has(&v, "crime-type", c);
        let received_on = uk_date(r.received_at);
        let mut events: Vec<DatedEvent> = case
            .processes
            .iter()
            .map(|p| DatedEvent { kind: EventKind::Process, code: p.kind.clone(), on: p.held_on })
            .chain(case.support_referrals.iter().map(|s| DatedEvent { kind: EventKind::Support, code: s.basis.clone(), on: s.made_on }))
            .collect();
        events.sort_by(|a, b| (a.on, a.kind.code()).cmp(&(b.on, b.kind.code())));
        let people = case
            .participants
            .iter()
            .filter(|p| p.role.takes_part() && p.role != Role::Supporter)
            .map(|p| {
                let eq = equality.get(&p.id);
                let known = |field: Option<&Option<String>>, list: &[&str]| field.and_then(|f| f.clone()).filter(|c| list.contains(&c.as_str()));
                PersonStatistics {
                    role: p.role,
                    age_band: coded(&p.details, "age-band", referral::AGE_BANDS),
                    sex: known(eq.map(|e| &e.sex), equality::SEX),
                    ethnicity: known(eq.map(|e| &e.ethnicity), equality::ETHNICITY),
                    disability: known(eq.map(|e| &e.disability), equality::DISABILITY),
                    interpreter: has(&p.details, "interpreter", "yes"),
                    bsl: has(&p.details, "bsl", "yes"),
                    willingness: p.willingness,
                    refusal_reason: p.refusal.map(|r| r.code.to_owned()),
                }
            })
            .collect();
        CaseStatistics {
            kind: r.kind,
            restricted: is_sensitive(&r.flags),
            received_on,
            due_on: add_working_days(received_on, 5),
            channel: coded(&v, "channel", CHANNELS).unwrap_or_else(|| "web".into()),
            source: source(&v),
            connection: coded(&v, "connection", referral::CONNECTIONS),
            area: coded(&v, "area-happened", referral::AREAS),
            crime_type: coded(&v, "crime-type", referral::CRIME_TYPES),
            hate: crime("hate-crime") || has(&v, "markers", "hate"),
            cyber: crime("fraud-online") || has(&v, "markers", "online"),
            domestic: crime("domestic-abuse") || has(&v, "markers", "domestic"),
            cj_stage: coded(&v, "stage", referral::STAGES),
            disposal: case.disposal,
            status: r.status,
            end_reason: case.end_reason.map(|e| e.code.to_owned()),
            onward_to: case.referred_on_to.clone().filter(|c| is_code(&ONWARD, c)),
            left_at: left_at(r.status, history),
            first_contact_on: case.first_contact_at.map(uk_date),
            ended_on: if r.status.is_ending() { case.closed_at.map(uk_date) } else { None },
            events,
            people,
        }
    }

    /// Checks every code, as the store does when it reads a row back.
    pub fn validated(self) -> Result<CaseStatistics, UnknownCode> {
        fn check(what: &'static str, list: &[&str], code: &Option<String>) -> Result<(), UnknownCode> {
            match code {
                Some(c) if !list.contains(&c.as_str()) => Err(UnknownCode::new(what, c)),
                _ => Ok(()),
            }
        }
        if !CHANNELS.contains(&self.channel.as_str()) {
            return Err(UnknownCode::new("channel", &self.channel));
        }
        check("source", SOURCES, &self.source)?;
        check("connection", referral::CONNECTIONS, &self.connection)?;
        check("area", referral::AREAS, &self.area)?;
        check("crime type", referral::CRIME_TYPES, &self.crime_type)?;
        check("criminal justice stage", referral::STAGES, &self.cj_stage)?;
        if let Some(code) = &self.end_reason {
            EndReason::parse(self.status, code)?;
        }
        let onward: Vec<&str> = ONWARD.iter().map(|(c, _)| *c).collect();
        check("onward referral", &onward, &self.onward_to)?;
        for e in &self.events {
            let ok = match e.kind {
                EventKind::Process => is_code(&RJ_PROCESSES, &e.code),
                EventKind::Support => is_code(&crate::staff::model::REFERRAL_BASES, &e.code),
            };
            if !ok {
                return Err(UnknownCode::new("statistics event", &e.code));
            }
        }
        for p in &self.people {
            check("age band", referral::AGE_BANDS, &p.age_band)?;
            check("sex", equality::SEX, &p.sex)?;
            check("ethnicity", equality::ETHNICITY, &p.ethnicity)?;
            check("disability", equality::DISABILITY, &p.disability)?;
            if let Some(code) = &p.refusal_reason {
                RefusalReason::parse(code)?;
            }
        }
        Ok(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_are_self_family_and_every_organisation() {
        let mut expected = vec!["self", "family-friend"];
        expected.extend(referral::ORGANISATIONS);
        assert_eq!(SOURCES, expected.as_slice());
    }

    #[test]
    fn channels_are_the_website_and_every_intake_channel() {
        let mut expected = vec!["web"];
        expected.extend(crate::staff::intake::CHANNELS.iter().map(|(c, _)| *c));
        assert_eq!(CHANNELS, expected.as_slice());
    }

    #[test]
    fn a_case_leaves_at_the_last_open_stage_before_it_ended() {
        use Status::*;
        assert_eq!(left_at(Assessing, &[Contacted, Assessing]), None, "an open case has not left");
        assert_eq!(left_at(Withdrawn, &[Withdrawn]), Some(New));
        assert_eq!(left_at(NotSuitable, &[ContactAttempted, Contacted, Assessing, NotSuitable]), Some(Assessing));
        assert_eq!(left_at(Closed, &[Contacted, InProgress, Closed]), Some(InProgress));
        assert_eq!(left_at(Declined, &[]), Some(New), "a case ended before timelines recorded statuses");
    }

    #[test]
    fn sources_come_from_who_referred() {
        let v = |pairs: &[(&str, &str)]| -> Values { pairs.iter().map(|(k, c)| ((*k).to_owned(), vec![(*c).to_owned()])).collect() };
        assert_eq!(source(&v(&[("for-whom", "me")])).as_deref(), Some("self"));
        assert_eq!(source(&v(&[("for-whom", "someone-else"), ("relationship", "family")])).as_deref(), Some("family-friend"));
        assert_eq!(
            source(&v(&[("for-whom", "someone-else"), ("relationship", "professional"), ("organisation-type", "police")])).as_deref(),
            Some("police")
        );
        assert_eq!(source(&v(&[])), None, "a call back does not say");
    }
}
