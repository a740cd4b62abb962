//! The commissioner's quarterly monitoring report (000 9.2), built from the cases' anonymous
//! facts (`statistics`) with no I/O: every table is data (`Table`: columns, rows, cells), which
//! the page draws as a table and a chart and `Report::csv` writes cell for cell, so the two
//! cannot disagree.
//!
//! Periods are compared side by side: the chosen period (a calendar quarter, or any range of
//! dates) and the one just before it, of the same length (the previous quarter for a quarter).
//! Each table says what it counts: referrals received in the period, cases that ended in it,
//! processes held in it, or cases open at its end.
//!
//! A report marked for sharing outside the service hides counts from 1 to one less than the
//! threshold (`Disclosure::Shared`), and where a table's rows add up to a total it also hides
//! the next smallest count in a column with one hidden cell, so the total cannot give the
//! hidden one away; a percentage is shown only when its base is shown. Staff-only views show
//! real counts.

use chrono::{Datelike, NaiveDate};

use crate::{
    equality,
    feedback::FeedbackResponse,
    staff::complaints::Complaint,
    i18n::{Lang, t},
    referral,
    staff::{
        model::{Disposal, EndReason, ONWARD, RJ_PROCESSES, RequestKind, Status, TargetState, target_state},
        participants::{RefusalReason, Role, Willingness},
        statistics::{CaseStatistics, EventKind, SOURCES},
    },
};

/// The dates a report covers, both days included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// The longest range a report may cover: ten years.
pub const MAX_DAYS: i64 = 3660;

impl Period {
    /// A range of dates; the end must not be before the start, and it may span ten years at most.
    pub fn new(from: NaiveDate, to: NaiveDate) -> Result<Period, &'static str> {
        if to < from {
            return Err("The end date must be the same as or after the start date");
        }
        if (to - from).num_days() > MAX_DAYS {
            return Err("Choose a period of ten years or less");
        }
        Ok(Period { from, to })
    }

    /// Calendar quarter `q` (1 to 4) of `year`: January to March is the first.
    pub fn quarter(year: i32, q: u32) -> Option<Period> {
        if !(1..=4).contains(&q) {
            return None;
        }
        let from = NaiveDate::from_ymd_opt(year, 3 * q - 2, 1)?;
        let next = if q == 4 { NaiveDate::from_ymd_opt(year + 1, 1, 1)? } else { NaiveDate::from_ymd_opt(year, 3 * q + 1, 1)? };
        Some(Period { from, to: next.pred_opt()? })
    }

    /// The calendar quarter a day falls in.
    pub fn quarter_of(day: NaiveDate) -> Period {
        Period::quarter(day.year(), day.month0() / 3 + 1).expect("every day is in a quarter")
    }

    /// "2026-Q3" for a calendar quarter.
    pub fn quarter_code(self) -> Option<String> {
        let q = Period::quarter_of(self.from);
        (q == self).then(|| format!("{}-Q{}", self.from.year(), self.from.month0() / 3 + 1))
    }

    /// Reads "2026-Q3".
    pub fn parse_quarter(code: &str) -> Option<Period> {
        let (year, q) = code.trim().split_once("-Q")?;
        Period::quarter(year.parse().ok()?, q.parse().ok()?)
    }

    /// The period before: the previous quarter for a quarter, else as many days just before.
    pub fn previous(self) -> Period {
        if self.quarter_code().is_some() {
            return Period::quarter_of(self.from.pred_opt().expect("a day before"));
        }
        let days = (self.to - self.from).num_days();
        let to = self.from.pred_opt().expect("a day before");
        Period { from: to - chrono::Duration::days(days), to }
    }

    /// The first day of each month the period touches, in order.
    pub fn months(self) -> Vec<NaiveDate> {
        let mut months = Vec::new();
        let mut m = self.from.with_day(1).expect("the first of the month");
        while m <= self.to {
            months.push(m);
            m = m.checked_add_months(chrono::Months::new(1)).expect("a later month");
        }
        months
    }

    pub fn contains(self, day: NaiveDate) -> bool {
        self.from <= day && day <= self.to
    }

    /// "July to September 2026" for a quarter, else "3 March 2026 to 9 April 2026".
    pub fn label(self) -> String {
        if self.quarter_code().is_some() {
            format!("{} to {}", self.from.format("%B"), self.to.format("%B %Y"))
        } else {
            format!("{} to {}", self.from.format("%-d %B %Y"), self.to.format("%-d %B %Y"))
        }
    }
}

/// What a report counts: the cases' anonymous facts, the participants' feedback and the
/// complaints log, each as read for the two periods.
#[derive(Clone, Copy)]
pub struct Sources<'a> {
    pub cases: &'a [CaseStatistics],
    pub feedback: &'a [FeedbackResponse],
    pub complaints: &'a [Complaint],
}

/// Who the report is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Disclosure {
    /// The service's own managers: real counts.
    Staff,
    /// To be shared outside the service: counts from 1 to `below - 1` are hidden.
    Shared { below: u64 },
}

/// One cell of a table.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Cell {
    Count(u64),
    /// A count from 1 to `below - 1`, hidden for sharing.
    Small { below: u64 },
    /// A count hidden so that a total cannot reveal a small one.
    Guarded,
    /// Days, to one decimal place.
    Days(f64),
    /// A percentage, to one decimal place.
    Percent(f64),
    /// A percentage or a figure in days whose base is hidden or empty.
    NotShown,
    /// No cases to measure.
    NoCases,
}

impl Cell {
    /// The cell's words, the same on the page and in the CSV file.
    pub fn text(&self) -> String {
        match self {
            Cell::Count(n) => n.to_string(),
            Cell::Small { below } => format!("fewer than {below}"),
            Cell::Guarded => "hidden".to_owned(),
            Cell::Days(d) => format!("{d:.1}"),
            Cell::Percent(p) => format!("{p:.1}%"),
            Cell::NotShown => "not shown".to_owned(),
            Cell::NoCases => "no cases".to_owned(),
        }
    }

    /// The number a chart draws, if any.
    pub fn value(&self) -> Option<f64> {
        match self {
            Cell::Count(n) => Some(*n as f64),
            Cell::Days(d) | Cell::Percent(d) => Some(*d),
            _ => None,
        }
    }

    pub fn is_hidden(&self) -> bool {
        matches!(self, Cell::Small { .. } | Cell::Guarded)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub label: String,
    pub cells: Vec<Cell>,
    /// The total of the rows above it.
    pub total: bool,
    /// Whether the chart draws it (not a total, nor a row in another unit).
    pub charted: bool,
}

/// What a table's figures are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Cases,
    People,
    Processes,
    Referrals,
    Complaints,
    Journeys,
    Times,
    Minutes,
    Days,
}

impl Unit {
    pub fn words(self) -> &'static str {
        match self {
            Unit::Cases => "cases",
            Unit::People => "people",
            Unit::Processes => "processes",
            Unit::Referrals => "referrals to other services",
            Unit::Complaints => "complaints",
            Unit::Journeys => "journeys",
            Unit::Times => "times",
            Unit::Minutes => "minutes, and referrals",
            Unit::Days => "days",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// For the page's anchors and the CSV file's first column.
    pub id: &'static str,
    pub title: String,
    /// What it counts, and over which dates.
    pub basis: String,
    pub unit: Unit,
    /// The column headings after the rows' own.
    pub columns: Vec<String>,
    pub rows: Vec<Row>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    pub title: &'static str,
    pub tables: Vec<Table>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub period: Period,
    pub previous: Period,
    /// The day the report was made: open cases and deadlines are as they stand on it.
    pub today: NaiveDate,
    pub disclosure: Disclosure,
    pub sections: Vec<Section>,
}

/// The words for an answer's code, as a report reads: the journey's own English option words,
/// except the first-person "I would rather not say" kinds.
pub fn answer_label(field: &str, code: &str) -> String {
    match code {
        "prefer-not" => "Would rather not say".to_owned(),
        "dont-know" => "Did not know".to_owned(),
        "not-sure" => "Not sure".to_owned(),
        _ => t(Lang::En, &format!("q-{field}-{code}")),
    }
}

fn answer_rows(field: &str, codes: &[&str]) -> Vec<(String, String)> {
    codes.iter().map(|c| ((*c).to_owned(), answer_label(field, c))).collect()
}

fn listed(list: &[(&'static str, &'static str)]) -> Vec<(String, String)> {
    list.iter().map(|(c, l)| ((*c).to_owned(), (*l).to_owned())).collect()
}

pub fn source_label(code: &str) -> String {
    match code {
        "self" => "The person themselves".to_owned(),
        "family-friend" => "Family, a friend or a supporter".to_owned(),
        c => answer_label("organisation-type", c),
    }
}

pub fn channel_label(code: &str) -> String {
    match code {
        "web" => "The website".to_owned(),
        c => crate::staff::model::label_of(&crate::staff::intake::CHANNELS, c),
    }
}

/// Victim- or offender-initiated (000 9.2 "type"), from the referred person's connection.
const INITIATED: [(&str, &str); 3] = [
    ("victim", "Victim-initiated (harmed, their family, or bereaved)"),
    ("offender", "Offender-initiated"),
    ("other", "Someone else affected"),
];

fn initiated(connection: Option<&str>) -> Option<&'static str> {
    match connection? {
        "harmed" | "family-harmed" | "bereaved" => Some("victim"),
        "caused-harm" => Some("offender"),
        _ => Some("other"),
    }
}

const NOT_RECORDED: &str = "Not recorded";

/// Counts per code in each period: one row per code in `codes` order, then "Not recorded"
/// for items with none.
fn tally<T>(codes: &[(String, String)], items: [&[T]; 2], pick: impl Fn(&T) -> Option<String>) -> Vec<(String, [u64; 2])> {
    let mut rows: Vec<(String, [u64; 2])> = codes.iter().map(|(_, l)| (l.clone(), [0, 0])).collect();
    rows.push((NOT_RECORDED.to_owned(), [0, 0]));
    for (col, list) in items.iter().enumerate() {
        for item in list.iter() {
            let i = match pick(item) {
                Some(code) => codes.iter().position(|(c, _)| *c == code).unwrap_or(codes.len()),
                None => codes.len(),
            };
            rows[i].1[col] += 1;
        }
    }
    rows
}

/// Counts of things that can each be true at once (markers, language needs): no total.
fn each<T>(labels: &[&str], items: [&[T]; 2], tests: &[&dyn Fn(&T) -> bool]) -> Vec<(String, [u64; 2])> {
    labels
        .iter()
        .zip(tests)
        .map(|(label, test)| ((*label).to_owned(), [items[0].iter().filter(|i| test(i)).count() as u64, items[1].iter().filter(|i| test(i)).count() as u64]))
        .collect()
}

/// A table of counts for the two periods. `partition`: the rows add up to the whole (a total
/// row is added, and secondary suppression applies).
fn counts(id: &'static str, title: &str, basis: String, unit: Unit, rows: Vec<(String, [u64; 2])>, partition: bool, d: Disclosure) -> Table {
    let mut raw: Vec<(String, [u64; 2], bool)> = rows.into_iter().map(|(l, v)| (l, v, false)).collect();
    if partition {
        let total = [raw.iter().map(|r| r.1[0]).sum(), raw.iter().map(|r| r.1[1]).sum()];
        raw.push(("Total".to_owned(), total, true));
    }
    let mut cells: Vec<Vec<Cell>> = raw.iter().map(|r| r.1.iter().map(|n| Cell::Count(*n)).collect()).collect();
    if let Disclosure::Shared { below } = d {
        for col in 0..2 {
            let column: Vec<u64> = raw.iter().map(|r| r.1[col]).collect();
            for (i, hidden) in suppress(&column, partition, below).into_iter().enumerate() {
                if let Some(cell) = hidden {
                    cells[i][col] = cell;
                }
            }
        }
    }
    Table {
        id,
        title: title.to_owned(),
        basis,
        unit,
        columns: vec!["This period".to_owned(), "Previous period".to_owned()],
        rows: raw.into_iter().zip(cells).map(|((label, _, total), cells)| Row { label, cells, total, charted: !total }).collect(),
    }
}

/// Which cells of one column to hide for sharing: counts from 1 to `below - 1`, and, where
/// the column's last value is the total of the others (`with_total`), enough more that no
/// hidden count can be worked out: a lone hidden row takes the smallest other non-zero row
/// with it, and a hidden total hides every row.
pub fn suppress(column: &[u64], with_total: bool, below: u64) -> Vec<Option<Cell>> {
    let small = |n: u64| n > 0 && n < below;
    let mut out: Vec<Option<Cell>> = column.iter().map(|&n| small(n).then_some(Cell::Small { below })).collect();
    if !with_total || column.is_empty() {
        return out;
    }
    let last = column.len() - 1;
    if out[last].is_some() {
        // The whole is small: every part is smaller still.
        for i in 0..last {
            if column[i] > 0 {
                out[i] = Some(Cell::Small { below });
            }
        }
        return out;
    }
    let hidden = (0..last).filter(|&i| out[i].is_some()).count();
    if hidden == 1 {
        let guard = (0..last).filter(|&i| out[i].is_none() && column[i] > 0).min_by_key(|&i| (column[i], i));
        match guard {
            Some(i) => out[i] = Some(Cell::Guarded),
            // Nothing else to hide among the rows: the total is the hidden count.
            None => out[last] = Some(Cell::Guarded),
        }
    }
    out
}

/// The median (the mean of the two middle values for an even count) and the 90th percentile
/// (nearest rank) of some numbers of days.
pub fn median_and_p90(days: &mut [i64]) -> Option<(f64, f64)> {
    if days.is_empty() {
        return None;
    }
    days.sort_unstable();
    let n = days.len();
    let median = if n % 2 == 1 { days[n / 2] as f64 } else { (days[n / 2 - 1] + days[n / 2]) as f64 / 2.0 };
    let rank = (0.9 * n as f64).ceil() as usize;
    Some((median, days[rank.max(1) - 1] as f64))
}

/// Days from referral to a milestone, for the cases that reached it in each period.
fn durations(id: &'static str, title: &str, basis: String, samples: [Vec<i64>; 2], d: Disclosure) -> Table {
    let mut median = Vec::new();
    let mut p90 = Vec::new();
    let mut count = Vec::new();
    for mut s in samples {
        let n = s.len() as u64;
        let shown = match d {
            Disclosure::Shared { below } => n == 0 || n >= below,
            Disclosure::Staff => true,
        };
        match (median_and_p90(&mut s), shown) {
            (Some((m, p)), true) => {
                median.push(Cell::Days(m));
                p90.push(Cell::Days(p));
            }
            (Some(_), false) => {
                median.push(Cell::NotShown);
                p90.push(Cell::NotShown);
            }
            (None, _) => {
                median.push(Cell::NoCases);
                p90.push(Cell::NoCases);
            }
        }
        count.push(match d {
            Disclosure::Shared { below } if n > 0 && n < below => Cell::Small { below },
            _ => Cell::Count(n),
        });
    }
    Table {
        id,
        title: title.to_owned(),
        basis,
        unit: Unit::Days,
        columns: vec!["This period".to_owned(), "Previous period".to_owned()],
        rows: vec![
            Row { label: "Median (days)".to_owned(), cells: median, total: false, charted: true },
            Row { label: "90th percentile (days)".to_owned(), cells: p90, total: false, charted: true },
            Row { label: "Cases measured".to_owned(), cells: count, total: false, charted: false },
        ],
    }
}

struct Periods<'a> {
    all: &'a [CaseStatistics],
    p: [Period; 2],
}

impl<'a> Periods<'a> {
    fn cases(&self, keep: impl Fn(&CaseStatistics, Period) -> bool) -> [Vec<&'a CaseStatistics>; 2] {
        self.p.map(|p| self.all.iter().filter(|c| keep(c, p)).collect())
    }

    fn referrals(&self) -> [Vec<&'a CaseStatistics>; 2] {
        self.cases(|c, p| c.kind == RequestKind::Referral && p.contains(c.received_on))
    }

    fn ended(&self) -> [Vec<&'a CaseStatistics>; 2] {
        self.cases(|c, p| c.kind == RequestKind::Referral && c.ended_on.is_some_and(|d| p.contains(d)))
    }
}

fn pair<T>(v: &[Vec<T>; 2]) -> [&[T]; 2] {
    [v[0].as_slice(), v[1].as_slice()]
}

impl Report {
    /// The report over its sources for `period` and the one before it, as things stand on
    /// `today`.
    pub fn build(sources: Sources<'_>, period: Period, today: NaiveDate, disclosure: Disclosure) -> Report {
        let Sources { cases: all, feedback, complaints } = sources;
        let previous = period.previous();
        let ps = Periods { all, p: [period, previous] };
        let d = disclosure;
        let received = ps.referrals();
        let received_basis = "Referrals received in each period.".to_owned();
        let r = pair(&received);

        // Referrals.
        let referrals = vec![
            counts("kinds", "Requests received, by kind", "Everything that reached us in each period: referrals, call-back requests and withdrawal requests.".into(), Unit::Cases,
                tally(&RequestKind::ALL.iter().map(|k| (k.code().to_owned(), k.label().to_owned())).collect::<Vec<_>>(),
                    pair(&ps.cases(|c, p| p.contains(c.received_on))), |c| Some(c.kind.code().to_owned())), true, d),
            counts("source", "Referrals by source", received_basis.clone(), Unit::Cases,
                tally(&SOURCES.iter().map(|c| ((*c).to_owned(), source_label(c))).collect::<Vec<_>>(), r, |c| c.source.clone()), true, d),
            counts("channel", "Referrals by how they reached us", received_basis.clone(), Unit::Cases,
                tally(&crate::staff::statistics::CHANNELS.iter().map(|c| ((*c).to_owned(), channel_label(c))).collect::<Vec<_>>(), r, |c| Some(c.channel.clone())), true, d),
            counts("type", "Referrals by type", received_basis.clone(), Unit::Cases,
                tally(&listed(&INITIATED), r, |c| initiated(c.connection.as_deref()).map(str::to_owned)), true, d),
            counts("area", "Referrals by local authority area where it happened", received_basis.clone(), Unit::Cases,
                tally(&answer_rows("area-happened", referral::AREAS), r, |c| c.area.clone()), true, d),
            counts("crime", "Referrals by crime type", received_basis.clone(), Unit::Cases,
                tally(&answer_rows("crime-type", referral::CRIME_TYPES), r, |c| c.crime_type.clone()), true, d),
            counts("markers", "Hate crime, cybercrime and domestic abuse", format!("{received_basis} A referral can carry more than one marker, so there is no total."), Unit::Cases,
                each(&["Hate crime", "Cybercrime (fraud or online)", "Domestic abuse"], r,
                    &[&|c: &&CaseStatistics| c.hate, &|c: &&CaseStatistics| c.cyber, &|c: &&CaseStatistics| c.domestic]), false, d),
            counts("stage", "Stage in the criminal justice process when referred", received_basis.clone(), Unit::Cases,
                tally(&answer_rows("stage", referral::STAGES), r, |c| c.cj_stage.clone()), true, d),
            counts("disposal", "Criminal justice stage recorded by staff", received_basis.clone(), Unit::Cases,
                tally(&Disposal::ALL.iter().map(|x| (x.code().to_owned(), x.label().to_owned())).collect::<Vec<_>>(), r, |c| c.disposal.map(|x| x.code().to_owned())), true, d),
        ];

        // People.
        let mut people = Vec::new();
        for (role, who, id_age, id_sex, id_eth, id_dis, id_lang) in [
            (Role::Harmed, "Victims (people harmed)", "victim-age", "victim-sex", "victim-ethnicity", "victim-disability", "victim-language"),
            (Role::CausedHarm, "Offenders (people who caused harm)", "offender-age", "offender-sex", "offender-ethnicity", "offender-disability", "offender-language"),
        ] {
            let folk: [Vec<&crate::staff::statistics::PersonStatistics>; 2] =
                received.each_ref().map(|cs| cs.iter().flat_map(|c| c.people.iter()).filter(|p| p.role == role).collect());
            let f = pair(&folk);
            let basis = format!("{who} in referrals received in each period. Sex, ethnicity and disability come from their optional equality answers.");
            people.push(counts(id_age, &format!("{who}: age"), basis.clone(), Unit::People, tally(&answer_rows("age-band", referral::AGE_BANDS), f, |p| p.age_band.clone()), true, d));
            people.push(counts(id_sex, &format!("{who}: sex"), basis.clone(), Unit::People, tally(&answer_rows("eq-sex", equality::SEX), f, |p| p.sex.clone()), true, d));
            people.push(counts(id_eth, &format!("{who}: ethnicity"), basis.clone(), Unit::People, tally(&answer_rows("eq-ethnicity", equality::ETHNICITY), f, |p| p.ethnicity.clone()), true, d));
            people.push(counts(id_dis, &format!("{who}: disability"), basis.clone(), Unit::People, tally(&answer_rows("eq-disability", equality::DISABILITY), f, |p| p.disability.clone()), true, d));
            people.push(counts(id_lang, &format!("{who}: language needs"), format!("{who} in referrals received in each period. Someone can need both, so there is no total."), Unit::People,
                each(&["Needs an interpreter", "Needs a British Sign Language interpreter"], f,
                    &[&|p: &&crate::staff::statistics::PersonStatistics| p.interpreter, &|p: &&crate::staff::statistics::PersonStatistics| p.bsl]), false, d));
        }

        // First contact within 5 working days.
        let contact_rows = [0, 1].map(|col| {
            let mut n = [0u64; 3];
            for c in &received[col] {
                match c.first_contact_on {
                    Some(day) if day <= c.due_on => n[0] += 1,
                    Some(_) => n[1] += 1,
                    None if c.due_on < today => n[2] += 1,
                    None => {}
                }
            }
            n
        });
        let mut contact = counts("contact", "First contact within 5 working days",
            "Referrals received in each period whose 5 working days have passed, or that we have contacted. Working days leave out weekends and bank holidays in England.".into(), Unit::Cases,
            vec![
                ("Contacted within 5 working days".to_owned(), [contact_rows[0][0], contact_rows[1][0]]),
                ("Contacted later".to_owned(), [contact_rows[0][1], contact_rows[1][1]]),
                ("Not contacted, 5 working days passed".to_owned(), [contact_rows[0][2], contact_rows[1][2]]),
            ], true, d);
        let percent: Vec<Cell> = (0..2)
            .map(|col| {
                let total = &contact.rows[3].cells[col];
                match (total, contact.rows[0].cells[col]) {
                    (Cell::Count(0), _) => Cell::NoCases,
                    (Cell::Count(base), Cell::Count(k)) => Cell::Percent(100.0 * k as f64 / *base as f64),
                    _ => Cell::NotShown,
                }
            })
            .collect();
        contact.rows.push(Row { label: "Percentage contacted within 5 working days".to_owned(), cells: percent, total: false, charted: false });

        // Decisions and willingness.
        let ended = ps.ended();
        let ending = |status: Status| -> [Vec<&CaseStatistics>; 2] { ended.each_ref().map(|cs| cs.iter().copied().filter(|c| c.status == status).collect()) };
        let reasons = |status: Status| -> Vec<(String, String)> { EndReason::all(status).map(|e| (e.code.to_owned(), e.label.to_owned())).collect() };
        let ended_basis = |what: &str| format!("Cases that {what} in each period, by the coded reason staff chose (cases that ended before reasons were coded are not recorded).");
        let declined = ending(Status::Declined);
        let not_suitable = ending(Status::NotSuitable);
        let referred_on = ending(Status::ReferredOn);
        let support: [Vec<&str>; 2] = ps.p.map(|p| all.iter().filter(|c| c.kind == RequestKind::Referral).flat_map(|c| c.events.iter()).filter(|e| e.kind == EventKind::Support && p.contains(e.on)).map(|e| e.code.as_str()).collect());
        let mut decisions = vec![
            counts("declined", "Declined by the service, with reasons", ended_basis("we declined"), Unit::Cases,
                tally(&reasons(Status::Declined), pair(&declined), |c| c.end_reason.clone()), true, d),
            counts("not-suitable", "Not suitable at assessment, with reasons", ended_basis("were found not suitable"), Unit::Cases,
                tally(&reasons(Status::NotSuitable), pair(&not_suitable), |c| c.end_reason.clone()), true, d),
            counts("onward", "Onward referrals", "Cases referred on to another service in each period, by where they went.".into(), Unit::Cases,
                tally(&listed(&ONWARD), pair(&referred_on), |c| c.onward_to.clone()), true, d),
            counts("support", "Referrals to support and safeguarding services", "Referrals staff made to other agencies in each period, by the basis for sharing.".into(), Unit::Referrals,
                tally(&listed(&crate::staff::model::REFERRAL_BASES), pair(&support), |s| Some((*s).to_owned())), true, d),
        ];
        for (role, who, id_will, id_why) in [
            (Role::Harmed, "Victims", "victim-willingness", "victim-declining"),
            (Role::CausedHarm, "Offenders", "offender-willingness", "offender-declining"),
        ] {
            let folk: [Vec<&crate::staff::statistics::PersonStatistics>; 2] =
                received.each_ref().map(|cs| cs.iter().flat_map(|c| c.people.iter()).filter(|p| p.role == role).collect());
            let declining: [Vec<&crate::staff::statistics::PersonStatistics>; 2] =
                folk.each_ref().map(|ps| ps.iter().copied().filter(|p| p.willingness == Some(Willingness::Declined)).collect());
            decisions.push(counts(id_will, &format!("{who}: willingness to take part"), format!("{who} in referrals received in each period, as staff last recorded them."), Unit::People,
                tally(&[Willingness::Exploring, Willingness::Agreed, Willingness::Declined, Willingness::Unknown].iter().map(|w| (w.code().to_owned(), w.label().to_owned())).collect::<Vec<_>>(),
                    pair(&folk), |p| p.willingness.map(|w| w.code().to_owned())), true, d));
            decisions.push(counts(id_why, &format!("{who}: reasons for declining"), format!("{who} recorded as declining, in referrals received in each period."), Unit::People,
                tally(&RefusalReason::all().map(|r| (r.code.to_owned(), r.label.to_owned())).collect::<Vec<_>>(), pair(&declining), |p| p.refusal_reason.clone()), true, d));
        }

        // The work and its outcomes.
        let open_at_end = ps.cases(|c, p| c.kind == RequestKind::Referral && c.received_on <= p.to && c.ended_on.is_none_or(|e| e > p.to));
        let open_status = |c: &CaseStatistics| if c.status.is_open() { c.status } else { c.left_at.unwrap_or(Status::New) };
        let processes: [Vec<&str>; 2] = ps.p.map(|p| all.iter().filter(|c| c.kind == RequestKind::Referral).flat_map(|c| c.events.iter()).filter(|e| e.kind == EventKind::Process && p.contains(e.on)).map(|e| e.code.as_str()).collect());
        let first_process = |c: &CaseStatistics| c.events.iter().filter(|e| e.kind == EventKind::Process).map(|e| e.on).min();
        let since = |c: &CaseStatistics, day: NaiveDate| (day - c.received_on).num_days().max(0);
        let to_contact: [Vec<i64>; 2] = ps.p.map(|p| all.iter().filter(|c| c.kind == RequestKind::Referral).filter_map(|c| c.first_contact_on.filter(|d| p.contains(*d)).map(|d| since(c, d))).collect());
        let to_process: [Vec<i64>; 2] = ps.p.map(|p| all.iter().filter(|c| c.kind == RequestKind::Referral).filter_map(|c| first_process(c).filter(|d| p.contains(*d)).map(|d| since(c, d))).collect());
        let to_completion: [Vec<i64>; 2] = ended.each_ref().map(|cs| cs.iter().filter(|c| c.status == Status::Closed).filter_map(|c| c.ended_on.map(|d| since(c, d))).collect());
        let left: [Vec<&CaseStatistics>; 2] = ended.each_ref().map(|cs| cs.iter().copied().filter(|c| c.end_reason.as_deref() != Some("completed")).collect());
        let stages: Vec<(String, String)> = Status::ALL.iter().filter(|s| s.is_open()).map(|s| (s.code().to_owned(), s.label().to_owned())).collect();
        let endings: Vec<(String, String)> = Status::ALL.iter().filter(|s| s.is_ending()).map(|s| (s.code().to_owned(), s.label().to_owned())).collect();
        let mut work = vec![
            counts("in-progress", "Cases in progress at the end of each period", "Referrals open on the last day of each period, by their stage (for a case that has ended since, the last stage it reached).".into(), Unit::Cases,
                tally(&stages, pair(&open_at_end), |c| Some(open_status(c).code().to_owned())), true, d),
            counts("processes", "Restorative justice processes by type", "Processes held in each period.".into(), Unit::Processes,
                tally(&listed(&RJ_PROCESSES), pair(&processes), |k| Some((*k).to_owned())), true, d),
            durations("days-contact", "Days from referral to first contact", "Referrals first contacted in each period: calendar days from the day the referral arrived.".into(), to_contact, d),
            durations("days-activity", "Days from referral to restorative justice activity", "Referrals whose first process was held in each period.".into(), to_process, d),
            durations("days-completion", "Days from referral to completion", "Cases closed in each period (status closed, whatever the reason).".into(), to_completion, d),
            counts("endings", "Cases that ended, by how they ended", "Referrals that ended in each period.".into(), Unit::Cases,
                tally(&endings, pair(&ended), |c| Some(c.status.code().to_owned())), true, d),
            counts("left-at", "Where people leave the process", "Referrals that ended in each period without restorative justice taking place, by the last stage they reached.".into(), Unit::Cases,
                tally(&stages, pair(&left), |c| c.left_at.map(|s| s.code().to_owned())), true, d),
            counts("closed", "Closed cases, with reasons", ended_basis("were closed"), Unit::Cases,
                tally(&reasons(Status::Closed), pair(&ending(Status::Closed)), |c| c.end_reason.clone()), true, d),
            counts("withdrawn", "Withdrawn cases, with reasons", ended_basis("were withdrawn"), Unit::Cases,
                tally(&reasons(Status::Withdrawn), pair(&ending(Status::Withdrawn)), |c| c.end_reason.clone()), true, d),
        ];
        for disposal in [Disposal::CommunityResolution, Disposal::ConditionalCaution] {
            let weeks = disposal.target_weeks().expect("an out-of-court disposal has a target");
            let due = ps.cases(|c, p| c.kind == RequestKind::Referral && c.disposal == Some(disposal) && disposal.target(c.received_on).is_some_and(|t| p.contains(t)));
            let id = if disposal == Disposal::CommunityResolution { "target-cr" } else { "target-cc" };
            work.push(counts(id, &format!("{}: restorative justice within {weeks} weeks", disposal.label()),
                format!("Cases with this disposal whose {weeks}-week target fell in each period: met when the first process was held by the target day."), Unit::Cases,
                tally(&listed(&[("met", "Target met"), ("missed", "Target missed"), ("due", "Not yet due")]), pair(&due), |c| {
                    let target = disposal.target(c.received_on)?;
                    Some(match target_state(target, first_process(c), today) {
                        TargetState::Met => "met",
                        TargetState::Missed => "missed",
                        TargetState::DaysLeft(_) => "due",
                    }.to_owned())
                }), true, d));
        }
        // Satisfaction and wellbeing, from the participants' feedback (counted by the month it
        // arrived).
        let mut satisfaction = Vec::new();
        for (role, who, prefix) in [(Role::Harmed, "Victims", "victim"), (Role::CausedHarm, "Offenders", "offender"), (Role::Supporter, "Family and supporters", "supporter")] {
            let answered: [Vec<&FeedbackResponse>; 2] = ps.p.map(|p| feedback.iter().filter(|f| f.role == role && p.contains(f.received_on)).collect());
            for q in crate::feedback::QUESTIONS {
                let crate::journey::Input::Radios(options) = q.input else { continue };
                let title = format!("{who}: {}", t(Lang::En, &format!("q-{}", q.name)));
                let name = q.name;
                satisfaction.push(counts(
                    feedback_table_id(prefix, name),
                    &title,
                    format!("{who}' answers to the feedback form that arrived in each period (by month). Each person answers once."),
                    Unit::People,
                    tally(&answer_rows(name, options), pair(&answered), |f| {
                        f.answers.pairs().iter().find(|(n, _)| *n == name).map(|(_, c)| (*c).to_owned())
                    }),
                    true,
                    d,
                ));
            }
        }
        // Complaints (the log's own dates: received, acknowledged, answered, escalated).
        let received_c: [Vec<&Complaint>; 2] = ps.p.map(|p| complaints.iter().filter(|c| p.contains(c.received_on)).collect());
        let answered_c: [Vec<&Complaint>; 2] = ps.p.map(|p| complaints.iter().filter(|c| c.answered_on.is_some_and(|d| p.contains(d))).collect());
        let timeliness = |step: &str, done: fn(&Complaint) -> Option<NaiveDate>, by: fn(&Complaint) -> NaiveDate| {
            tally(
                &listed(&[("in-time", "In time"), ("late", "Late"), ("overdue", "Not yet, and overdue"), ("not-due", "Not yet, still in time")]),
                pair(&received_c),
                move |c| {
                    Some(match crate::staff::complaints::due(done(c), by(c), today) {
                        crate::staff::complaints::Due::InTime => "in-time",
                        crate::staff::complaints::Due::Late => "late",
                        crate::staff::complaints::Due::Overdue(_) => "overdue",
                        crate::staff::complaints::Due::Left(_) => "not-due",
                    }
                    .to_owned())
                },
            )
            .into_iter()
            .filter(|(label, _)| label != NOT_RECORDED)
            .map(|(label, n)| (format!("{step}: {}", label.to_lowercase()), n))
            .collect::<Vec<_>>()
        };
        let complaints_section = vec![
            counts("complaints-about", "Complaints received, by what they were about", "Complaints received in each period.".into(), Unit::Complaints,
                tally(&listed(&crate::staff::complaints::ABOUT), pair(&received_c), |c| Some(c.about.clone())), true, d),
            counts("complaints-acknowledged", &format!("Complaints acknowledged within {} working days", crate::staff::complaints::ACK_WORKING_DAYS),
                "Complaints received in each period, by whether we acknowledged them in time.".into(), Unit::Complaints,
                timeliness("Acknowledged", |c| c.acknowledged_on, Complaint::acknowledge_by), true, d),
            counts("complaints-answered", &format!("Complaints answered within {} working days", crate::staff::complaints::ANSWER_WORKING_DAYS),
                "Complaints received in each period, by whether we answered them in time.".into(), Unit::Complaints,
                timeliness("Answered", |c| c.answered_on, Complaint::answer_by), true, d),
            counts("complaints-outcome", "Complaints answered, by outcome", "Complaints answered in each period.".into(), Unit::Complaints,
                tally(&listed(&crate::staff::complaints::OUTCOMES), pair(&answered_c), |c| c.outcome.clone()), true, d),
            counts("complaints-escalated", "Complaints taken to the Commissioner's office", "Complaints that went to the Police and Crime Commissioner's office in each period.".into(), Unit::Complaints,
                vec![("Taken to the Commissioner's office".to_owned(), ps.p.map(|p| complaints.iter().filter(|c| c.escalated_on.is_some_and(|d| p.contains(d))).count() as u64))], false, d),
        ];
        Report {
            period,
            previous,
            today,
            disclosure,
            sections: vec![
                Section { title: "Referrals", tables: referrals },
                Section { title: "The people referred", tables: people },
                Section { title: "First contact", tables: vec![contact] },
                Section { title: "Decisions, willingness and onward referrals", tables: decisions },
                Section { title: "The work and how it ended", tables: work },
                Section { title: "Satisfaction and wellbeing", tables: satisfaction },
                Section { title: "Complaints", tables: complaints_section },
            ],
        }
    }

    /// Every table, in page order.
    pub fn tables(&self) -> impl Iterator<Item = &Table> {
        self.sections.iter().flat_map(|s| s.tables.iter())
    }

    /// The report as CSV (RFC 4180): one line per table row, with the table, the row and each
    /// column's cell exactly as the page shows them.
    pub fn csv(&self) -> String {
        let header = vec![
            "table".to_owned(),
            "row".to_owned(),
            format!("This period ({})", self.period.label()),
            format!("Previous period ({})", self.previous.label()),
        ];
        write_csv(header, self.tables())
    }
}

/// Tables as CSV, each after a header line of its own columns.
pub fn tables_csv(tables: &[Table]) -> String {
    tables
        .iter()
        .map(|table| {
            let mut header = vec!["table".to_owned(), "row".to_owned()];
            header.extend(table.columns.iter().cloned());
            write_csv(header, std::iter::once(table))
        })
        .collect()
}

fn write_csv<'a>(header: Vec<String>, tables: impl Iterator<Item = &'a Table>) -> String {
    let mut out = String::new();
    let mut line = |cells: &[String]| {
        out.push_str(&cells.iter().map(|c| csv_field(c)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    };
    line(&header);
    for table in tables {
        for row in &table.rows {
            let mut cells = vec![table.title.clone(), row.label.clone()];
            cells.extend(row.cells.iter().map(Cell::text));
            line(&cells);
        }
    }
    out
}

/// One CSV field: quoted when it holds a comma, a quote or a line break, and with a leading
/// apostrophe when a spreadsheet would read it as a formula.
pub fn csv_field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_owned() };
    if s.contains([',', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s }
}

/// The form counters' events (`server::analytics`); an unknown one read back is an error.
pub const FORM_EVENTS: [&str; 5] = ["started", "answered", "error", "sent", "minutes"];

fn table_of(id: &'static str, title: &str, basis: &str, unit: Unit, columns: &[&str], rows: Vec<(String, Vec<Cell>)>, charted: bool) -> Table {
    Table {
        id,
        title: title.to_owned(),
        basis: basis.to_owned(),
        unit,
        columns: columns.iter().map(|c| (*c).to_owned()).collect(),
        rows: rows.into_iter().map(|(label, cells)| Row { label, cells, total: false, charted }).collect(),
    }
}

/// How the public forms are doing in a period (counts only; nothing identifies anyone):
/// journeys started and sent by language and by month, where people stop in the referral
/// journey, which questions cause errors in which languages, and the minutes a referral takes.
pub fn form_tables(counts: &[crate::ports::FormCount], period: Period) -> Vec<Table> {
    let sum = |f: &dyn Fn(&crate::ports::FormCount) -> bool| -> u64 { counts.iter().filter(|c| f(c)).map(|c| c.count.max(0) as u64).sum() };
    let langs: Vec<Lang> = Lang::ALL.into_iter().filter(|l| counts.iter().any(|c| c.lang == l.code())).collect();
    let lang_label = |l: Lang| l.staff_name();
    let n = |v: u64| Cell::Count(v);
    let by_lang = langs
        .iter()
        .map(|l| {
            let code = l.code();
            let of = |journey: &'static str, event: &'static str, js: Option<bool>| {
                sum(&move |c| c.lang == code && c.journey == journey && c.event == event && js.is_none_or(|j| c.js == j))
            };
            (
                lang_label(*l),
                vec![
                    n(of("referral", "started", None)),
                    n(of("referral", "sent", None)),
                    n(of("referral", "sent", Some(false))),
                    n(of("call-back", "sent", None)),
                    n(of("withdrawal", "sent", None)),
                ],
            )
        })
        .collect();
    let months = period.months();
    let by_month = months
        .iter()
        .map(|month| {
            let of = |journey: &'static str, event: &'static str| sum(&move |c| c.month == *month && c.journey == journey && c.event == event);
            (month.format("%B %Y").to_string(), vec![n(of("referral", "started")), n(of("referral", "sent")), n(of("call-back", "sent")), n(of("withdrawal", "sent"))])
        })
        .collect();
    // The referral journey's pages with questions, in the order they are defined.
    let mut stops = vec![("Started".to_owned(), vec![n(sum(&|c| c.journey == "referral" && c.event == "started"))])];
    for step in referral::JOURNEY.steps.iter().filter(|s| !s.questions_list().is_empty()) {
        let slug = step.slug;
        let answered = sum(&move |c| c.journey == "referral" && c.event == "answered" && c.item == slug);
        let title = crate::i18n::t_opt(Lang::En, &format!("step-referral-{slug}"))
            .or_else(|| step.questions_list().first().map(|q| t(Lang::En, &format!("q-{}", q.name))))
            .unwrap_or_else(|| slug.to_owned());
        stops.push((format!("Answered: {title}"), vec![n(answered)]));
    }
    stops.push(("Sent".to_owned(), vec![n(sum(&|c| c.journey == "referral" && c.event == "sent"))]));
    let mut fields: Vec<&str> = counts.iter().filter(|c| c.event == "error").map(|c| c.item.as_str()).collect();
    fields.sort_unstable();
    fields.dedup();
    let error_langs: Vec<Lang> = langs.iter().copied().filter(|l| counts.iter().any(|c| c.event == "error" && c.lang == l.code())).collect();
    let mut error_columns: Vec<String> = vec!["All languages".to_owned()];
    error_columns.extend(error_langs.iter().map(|l| l.english_name().to_owned()));
    let errors = fields
        .iter()
        .map(|field| {
            let of = |lang: Option<&str>| sum(&|c| c.event == "error" && c.item == *field && lang.is_none_or(|l| c.lang == l));
            let mut cells = vec![n(of(None))];
            cells.extend(error_langs.iter().map(|l| n(of(Some(l.code())))));
            let question = t(Lang::En, &format!("q-{field}"));
            (if question.starts_with("q-") { (*field).to_owned() } else { question }, cells)
        })
        .collect();
    let minutes = langs
        .iter()
        .map(|l| {
            let mut taken: Vec<i64> = Vec::new();
            for c in counts.iter().filter(|c| c.lang == l.code() && c.journey == "referral" && c.event == "minutes") {
                if let Ok(m) = c.item.parse::<i64>() {
                    taken.extend(std::iter::repeat_n(m, c.count.max(0) as usize));
                }
            }
            let sent = taken.len() as u64;
            let median = median_and_p90(&mut taken).map_or(Cell::NoCases, |(m, _)| Cell::Days(m));
            (lang_label(*l), vec![median, n(sent)])
        })
        .collect();
    let mut error_table = table_of("form-errors", "Errors by question and language", "Each time a question was sent back with a problem, by the language of the page.", Unit::Times,
        &[], errors, false);
    error_table.columns = error_columns;
    vec![
        table_of("form-languages", "Journeys by language", "Counted as they happened in the period. Without the script: sent from a browser that did not run the site's JavaScript.", Unit::Journeys,
            &["Referrals started", "Referrals sent", "Referrals sent without the script", "Call backs sent", "Withdrawals sent"], by_lang, true),
        table_of("form-months", "Journeys by month", "Counted as they happened.", Unit::Journeys,
            &["Referrals started", "Referrals sent", "Call backs sent", "Withdrawals sent"], by_month, true),
        table_of("form-stops", "Where people stop in the referral journey", "How many referral journeys got past each page with questions (each page counts once per time it is answered; going back and answering again counts again). The drop between two pages is where people stop.", Unit::Times,
            &["Times"], stops, true),
        error_table,
        table_of("form-minutes", "Minutes to send a referral", "From pressing Start to sending, for referrals sent in the period (capped at 240).", Unit::Minutes,
            &["Median minutes", "Referrals sent"], minutes, false),
    ]
}

/// A static id for each feedback table (ids are `&'static str`, for the page's anchors).
fn feedback_table_id(role: &str, question: &str) -> &'static str {
    const IDS: [[&str; 6]; 3] = [
        ["victim-fb-service", "victim-fb-outcome", "victim-fb-safety", "victim-fb-wellbeing", "victim-fb-coping", "victim-fb-confidence"],
        ["offender-fb-service", "offender-fb-outcome", "offender-fb-safety", "offender-fb-wellbeing", "offender-fb-coping", "offender-fb-confidence"],
        ["supporter-fb-service", "supporter-fb-outcome", "supporter-fb-safety", "supporter-fb-wellbeing", "supporter-fb-coping", "supporter-fb-confidence"],
    ];
    let r = ["victim", "offender", "supporter"].iter().position(|x| *x == role).unwrap_or(0);
    let q = crate::feedback::QUESTIONS.iter().position(|x| x.name == question).unwrap_or(0);
    IDS[r][q]
}

/// The partner view: referrals by local authority area and month, for sharing with the police
/// and partners (always suppressed).
pub fn partner_table(all: &[CaseStatistics], period: Period, below: u64) -> Table {
    let months = period.months();
    let areas = answer_rows("area-happened", referral::AREAS);
    let mut grid: Vec<Vec<u64>> = vec![vec![0; months.len()]; areas.len() + 1];
    for c in all.iter().filter(|c| c.kind == RequestKind::Referral && period.contains(c.received_on)) {
        let row = c.area.as_deref().and_then(|a| areas.iter().position(|(code, _)| code == a)).unwrap_or(areas.len());
        let col = months.iter().rposition(|m| *m <= c.received_on).expect("a month of the period");
        grid[row][col] += 1;
    }
    let totals: Vec<u64> = (0..months.len()).map(|col| grid.iter().map(|r| r[col]).sum()).collect();
    grid.push(totals);
    let mut cells: Vec<Vec<Cell>> = grid.iter().map(|r| r.iter().map(|n| Cell::Count(*n)).collect()).collect();
    for col in 0..months.len() {
        let column: Vec<u64> = grid.iter().map(|r| r[col]).collect();
        for (i, hidden) in suppress(&column, true, below).into_iter().enumerate() {
            if let Some(cell) = hidden {
                cells[i][col] = cell;
            }
        }
    }
    let mut labels: Vec<String> = areas.into_iter().map(|(_, l)| l).collect();
    labels.push(NOT_RECORDED.to_owned());
    labels.push("Total".to_owned());
    let last = labels.len() - 1;
    Table {
        id: "partner",
        title: "Referrals by local authority area and month".to_owned(),
        basis: format!("Referrals received from {}, by where it happened. Counts from 1 to {} are hidden, and so is the next smallest count where a total would reveal one.", period.label(), below - 1),
        unit: Unit::Cases,
        columns: months.iter().map(|m| m.format("%B %Y").to_string()).collect(),
        rows: labels.into_iter().zip(cells).enumerate().map(|(i, (label, cells))| Row { label, cells, total: i == last, charted: i != last }).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn quarters_and_the_period_before() {
        let q3 = Period::parse_quarter("2026-Q3").unwrap();
        assert_eq!((q3.from, q3.to), (day("2026-07-01"), day("2026-09-30")));
        assert_eq!(q3.previous(), Period::parse_quarter("2026-Q2").unwrap());
        assert_eq!(Period::parse_quarter("2026-Q1").unwrap().previous(), Period::parse_quarter("2025-Q4").unwrap());
        assert_eq!(q3.label(), "July to September 2026");
        assert_eq!(Period::quarter_of(day("2026-12-31")).quarter_code().as_deref(), Some("2026-Q4"));
        let range = Period::new(day("2026-03-10"), day("2026-03-19")).unwrap();
        assert_eq!(range.previous(), Period::new(day("2026-02-28"), day("2026-03-09")).unwrap(), "ten days before ten days");
        assert!(Period::new(day("2026-03-10"), day("2026-03-09")).is_err());
        assert!(Period::parse_quarter("2026-Q5").is_none());
    }

    #[test]
    fn small_counts_are_hidden_and_a_total_cannot_reveal_them() {
        let below = 5;
        // 3 is small; the total would give it away, so the next smallest (7) goes too.
        assert_eq!(suppress(&[7, 3, 0, 12, 22], true, below), vec![Some(Cell::Guarded), Some(Cell::Small { below }), None, None, None]);
        // Two small cells already protect each other.
        assert_eq!(suppress(&[2, 3, 10, 15], true, below), vec![Some(Cell::Small { below }), Some(Cell::Small { below }), None, None]);
        // A small total hides every part.
        assert_eq!(suppress(&[1, 2, 0, 3], true, below), vec![Some(Cell::Small { below }); 2].into_iter().chain([None, Some(Cell::Small { below })]).collect::<Vec<_>>());
        // The only non-zero row is small and the total is not: the total itself is guarded.
        assert_eq!(suppress(&[0, 0, 4, 4], true, below)[3], Some(Cell::Small { below }));
        // Without a total only primary suppression applies; zero is never hidden.
        assert_eq!(suppress(&[0, 1, 9], false, below), vec![None, Some(Cell::Small { below }), None]);
        assert_eq!(suppress(&[5, 6, 11], true, below), vec![None, None, None], "5 is not small");
    }

    #[test]
    fn median_and_ninetieth_percentile() {
        assert_eq!(median_and_p90(&mut []), None);
        assert_eq!(median_and_p90(&mut [4]), Some((4.0, 4.0)));
        assert_eq!(median_and_p90(&mut [1, 2, 3, 4]), Some((2.5, 4.0)));
        let mut ten: Vec<i64> = (1..=10).rev().collect();
        assert_eq!(median_and_p90(&mut ten), Some((5.5, 9.0)));
    }

    #[test]
    fn csv_fields_are_quoted_and_never_formulas() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a, b"), "\"a, b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("=SUM(A1)"), "'=SUM(A1)");
    }
}
