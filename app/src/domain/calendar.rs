//! The working-day clock: bank holidays in England and Wales, working days, the date in the UK,
//! and the contact deadline promised on the confirmation page and shown in the staff queue.
//!
//! Everything here is computed by rule, with no time-zone database and no network: the bank
//! holidays from their statutory pattern plus the one-off changes in
//! `app/data/bank-holidays-one-off.txt`, and British Summer Time from its fixed changeover rule.

use chrono::{DateTime, Datelike, Days, NaiveDate, NaiveDateTime, TimeDelta, Utc, Weekday};
use std::sync::OnceLock;

/// Working days within which the service contacts someone after a full referral.
pub const REFERRAL_CONTACT_WORKING_DAYS: u32 = 5;

/// Working days within which the service returns a call-back request, unless configured otherwise.
pub const DEFAULT_CALL_BACK_WORKING_DAYS: u32 = 1;

/// The one-off changes, compiled in so that the clock needs no file or network at run time.
const ONE_OFF_FILE: &str = include_str!("../../data/bank-holidays-one-off.txt");

/// The bank holidays in England and Wales in `year`, in date order.
///
/// The rules are those in force since 1978 (when the early May bank holiday began); the one-off
/// changes in the data file cover 2020 onwards. A year outside chrono's range has none.
pub fn bank_holidays(year: i32) -> Vec<NaiveDate> {
    let mut days = rule_holidays(year);
    for one_off in one_offs().iter().filter(|o| o.date.year() == year) {
        match one_off.change {
            Change::Add => days.push(one_off.date),
            Change::Remove => days.retain(|d| *d != one_off.date),
        }
    }
    days.sort_unstable();
    days.dedup();
    days
}

/// Monday to Friday and not a bank holiday in England and Wales.
pub fn is_working_day(d: NaiveDate) -> bool {
    WorkingDays::default().is_working_day(d)
}

/// The date `n` working days after `start`. `start` itself is never counted, whether or not it is
/// a working day, so `n = 0` gives `start`.
///
/// # Panics
/// If the answer is past the last date chrono can represent (about 262,000 years from now).
pub fn add_working_days(start: NaiveDate, n: u32) -> NaiveDate {
    let mut calendar = WorkingDays::default();
    let mut day = start;
    let mut left = n;
    while left > 0 {
        day = day.succ_opt().expect("a working day within chrono's date range");
        if calendar.is_working_day(day) {
            left -= 1;
        }
    }
    day
}

/// The working days after `from` up to and including `to`. When `to` is before `from` it is the
/// negative of `working_days_between(to, from)`, so with `from` = today and `to` = a deadline, a
/// positive answer is the working days left and a negative one the working days overdue.
///
/// For every `d` and `n`, `working_days_between(d, add_working_days(d, n)) == n`.
pub fn working_days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    if to < from {
        return -working_days_between(to, from);
    }
    let mut calendar = WorkingDays::default();
    from.iter_days()
        .skip(1)
        .take_while(|d| *d <= to)
        .filter(|d| calendar.is_working_day(*d))
        .count() as i64
}

/// The calendar date in the UK at instant `t`: GMT in winter, BST (UTC+1) from 01:00 UTC on the
/// last Sunday of March to 01:00 UTC on the last Sunday of October.
///
/// This is the changeover rule in force since 1996; before then the date can be wrong for an hour
/// either side of midnight.
pub fn uk_date(t: DateTime<Utc>) -> NaiveDate {
    uk_time(t).date()
}

/// The wall-clock date and time in the UK at instant `t` (GMT, or BST by the rule `uk_date`
/// describes). When the clocks go forward, 01:00 to 01:59 never appear; when they go back,
/// 01:00 to 01:59 appear twice.
pub fn uk_time(t: DateTime<Utc>) -> NaiveDateTime {
    // The changeovers are in March and October, so the UTC year is the UK year here.
    let year = t.year();
    let changeover =
        |month| last_sunday(year, month).and_then(|d| d.and_hms_opt(1, 0, 0)).map(|n| n.and_utc());
    let summer_time =
        matches!((changeover(3), changeover(10)), (Some(s), Some(e)) if s <= t && t < e);
    if summer_time {
        // Never overflows: summer time is never at the end of chrono's range, which is 31 December.
        (t + TimeDelta::hours(1)).naive_utc()
    } else {
        t.naive_utc()
    }
}

/// The date by which the service must contact someone whose referral (or call-back request)
/// arrived at `received`: `working_days` working days after the UK date it arrived.
///
/// The day it arrives is never counted, even if it arrives first thing in the morning, and a
/// referral sent on a Saturday or Sunday counts from that weekend day: the Monday (if a working
/// day) is day one. So a weekend referral gets the same deadline as one sent on the Friday.
///
/// We chose this over treating it as arriving on Monday because it is the stricter reading of
/// "within 5 working days of your referral": the date we promise is never later than a person
/// counting on their fingers would expect, and nobody waits longer for writing at the weekend.
pub fn contact_deadline(received: DateTime<Utc>, working_days: u32) -> NaiveDate {
    add_working_days(uk_date(received), working_days)
}

/// The bank holidays the statutory pattern makes, before the one-off changes.
fn rule_holidays(year: i32) -> Vec<NaiveDate> {
    // Checked once here so that every other date in the year can be built with `ymd`: chrono's
    // range is whole years.
    if NaiveDate::from_ymd_opt(year, 1, 1).is_none()
        || NaiveDate::from_ymd_opt(year, 12, 31).is_none()
    {
        return Vec::new();
    }
    let easter = easter_sunday(year);
    let mut days = vec![
        easter - Days::new(2),                 // Good Friday
        easter + Days::new(1),                 // Easter Monday
        monday_on_or_after(ymd(year, 5, 1)),   // early May
        monday_on_or_before(ymd(year, 5, 31)), // spring
        monday_on_or_before(ymd(year, 8, 31)), // summer
    ];

    // A fixed-date holiday that falls on a weekend moves to the next weekday that is not already
    // a bank holiday. The weekday ones are placed first so that when Christmas Day is a Sunday,
    // Boxing Day keeps Monday 26 and Christmas moves to Tuesday 27 (as gov.uk lists it), and when
    // Christmas Day is a Saturday the two substitutes are Monday 27 and Tuesday 28.
    let fixed = [ymd(year, 1, 1), ymd(year, 12, 25), ymd(year, 12, 26)];
    days.extend(fixed.iter().copied().filter(|d| !is_weekend(*d)));
    for weekend_day in fixed.iter().copied().filter(|d| is_weekend(*d)) {
        let mut substitute = weekend_day;
        while is_weekend(substitute) || days.contains(&substitute) {
            substitute = substitute + Days::new(1);
        }
        days.push(substitute);
    }
    days.sort_unstable();
    days
}

/// Easter Sunday in the Gregorian calendar, by the anonymous Gregorian computus (Meeus/Jones/
/// Butcher). Euclidean division keeps it total for any year chrono can represent.
fn easter_sunday(year: i32) -> NaiveDate {
    let y = year;
    let a = y.rem_euclid(19);
    let b = y.div_euclid(100);
    let c = y.rem_euclid(100);
    let d = b.div_euclid(4);
    let e = b.rem_euclid(4);
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c.div_euclid(4);
    let k = c.rem_euclid(4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l).div_euclid(451);
    let month = (h + l - 7 * m + 114).div_euclid(31);
    let day = (h + l - 7 * m + 114).rem_euclid(31) + 1;
    ymd(year, month as u32, day as u32)
}

/// A date the caller knows exists (see `rule_holidays`).
fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).expect("a real date in a year chrono can represent")
}

fn is_weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

fn monday_on_or_after(d: NaiveDate) -> NaiveDate {
    let back = d.weekday().num_days_from_monday();
    d + Days::new(u64::from((7 - back) % 7))
}

fn monday_on_or_before(d: NaiveDate) -> NaiveDate {
    d - Days::new(u64::from(d.weekday().num_days_from_monday()))
}

/// The last Sunday of `month` (1 to 11), if chrono can represent it.
fn last_sunday(year: i32, month: u32) -> Option<NaiveDate> {
    let last = NaiveDate::from_ymd_opt(year, month + 1, 1)?.pred_opt()?;
    Some(last - Days::new(u64::from(last.weekday().num_days_from_sunday())))
}

/// Answers "is this a working day?" for a run of days, working out each year's bank holidays
/// once instead of once a day.
#[derive(Default)]
struct WorkingDays {
    year: Option<i32>,
    holidays: Vec<NaiveDate>,
}

impl WorkingDays {
    fn is_working_day(&mut self, d: NaiveDate) -> bool {
        if is_weekend(d) {
            return false;
        }
        if self.year != Some(d.year()) {
            self.year = Some(d.year());
            self.holidays = bank_holidays(d.year());
        }
        !self.holidays.contains(&d)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Change {
    Add,
    Remove,
}

/// One line of the data file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct OneOff {
    date: NaiveDate,
    change: Change,
}

/// What is wrong with a line of the data file. Lines are numbered from 1, as editors show them.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
enum OneOffError {
    #[error("line {line}: expected `YYYY-MM-DD add|remove <why>`")]
    Malformed { line: usize },
    #[error("line {line}: {text:?} is not a date written YYYY-MM-DD")]
    BadDate { line: usize, text: String },
    #[error("line {line}: {word:?} is not a change; expected `add` or `remove`")]
    UnknownChange { line: usize, word: String },
}

fn parse_one_offs(text: &str) -> Result<Vec<OneOff>, OneOffError> {
    let mut changes = Vec::new();
    for (index, raw) in text.lines().enumerate() {
        let line = index + 1;
        let content = raw.trim();
        if content.is_empty() || content.starts_with('#') {
            continue;
        }
        let mut words = content.split_whitespace();
        let (Some(date_text), Some(word), Some(_why)) = (words.next(), words.next(), words.next())
        else {
            // The reason is required: a bare date says nothing to whoever maintains the file next.
            return Err(OneOffError::Malformed { line });
        };
        let date = date_text
            .parse::<NaiveDate>()
            .map_err(|_| OneOffError::BadDate { line, text: date_text.to_owned() })?;
        let change = match word {
            "add" => Change::Add,
            "remove" => Change::Remove,
            _ => return Err(OneOffError::UnknownChange { line, word: word.to_owned() }),
        };
        changes.push(OneOff { date, change });
    }
    Ok(changes)
}

fn one_offs() -> &'static [OneOff] {
    static PARSED: OnceLock<Vec<OneOff>> = OnceLock::new();
    PARSED.get_or_init(|| {
        parse_one_offs(ONE_OFF_FILE)
            .expect("app/data/bank-holidays-one-off.txt parses (checked by a unit test)")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap_or_else(|_| panic!("test date {s:?}"))
    }

    fn utc(s: &str) -> DateTime<Utc> {
        let naive = chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S")
            .unwrap_or_else(|_| panic!("test instant {s:?}"));
        naive.and_utc()
    }

    fn dates(year: i32, month_days: &[&str]) -> Vec<NaiveDate> {
        month_days.iter().map(|md| date(&format!("{year}-{md}"))).collect()
    }

    #[test]
    fn bank_holidays_match_the_lists_published_on_gov_uk() {
        // From gov.uk/bank-holidays (England and Wales). 2028 is not published yet; its dates are
        // what the rules give, with New Year's Day on a Saturday.
        let cases: &[(i32, &[&str])] = &[
            (2020, &["01-01", "04-10", "04-13", "05-08", "05-25", "08-31", "12-25", "12-28"]),
            (2021, &["01-01", "04-02", "04-05", "05-03", "05-31", "08-30", "12-27", "12-28"]),
            (
                2022,
                &[
                    "01-03", "04-15", "04-18", "05-02", "06-02", "06-03", "08-29", "09-19",
                    "12-26", "12-27",
                ],
            ),
            (
                2023,
                &["01-02", "04-07", "04-10", "05-01", "05-08", "05-29", "08-28", "12-25", "12-26"],
            ),
            (2024, &["01-01", "03-29", "04-01", "05-06", "05-27", "08-26", "12-25", "12-26"]),
            (2025, &["01-01", "04-18", "04-21", "05-05", "05-26", "08-25", "12-25", "12-26"]),
            (2026, &["01-01", "04-03", "04-06", "05-04", "05-25", "08-31", "12-25", "12-28"]),
            (2027, &["01-01", "03-26", "03-29", "05-03", "05-31", "08-30", "12-27", "12-28"]),
            (2028, &["01-03", "04-14", "04-17", "05-01", "05-29", "08-28", "12-25", "12-26"]),
        ];
        for (year, expected) in cases {
            assert_eq!(bank_holidays(*year), dates(*year, expected), "bank holidays in {year}");
        }
    }

    #[test]
    fn easter_sunday_follows_the_gregorian_computus() {
        // Includes the earliest (22 March) and latest (25 April) possible dates.
        let cases = [
            (1818, "1818-03-22"),
            (1943, "1943-04-25"),
            (1961, "1961-04-02"),
            (2000, "2000-04-23"),
            (2019, "2019-04-21"),
            (2024, "2024-03-31"),
            (2025, "2025-04-20"),
            (2026, "2026-04-05"),
            (2027, "2027-03-28"),
            (2028, "2028-04-16"),
            (2038, "2038-04-25"),
            (2285, "2285-03-22"),
        ];
        for (year, expected) in cases {
            assert_eq!(easter_sunday(year), date(expected), "Easter Sunday {year}");
        }
    }

    #[test]
    fn fixed_holidays_on_a_weekend_move_to_the_next_free_weekday() {
        let cases = [
            ("2022-01-01", "2022-01-03", "New Year's Day on a Saturday moves to Monday"),
            ("2023-01-01", "2023-01-02", "New Year's Day on a Sunday moves to Monday"),
            ("2027-12-25", "2027-12-27", "Christmas Day on a Saturday moves to Monday"),
            ("2027-12-26", "2027-12-28", "Boxing Day after a Saturday Christmas moves to Tuesday"),
            ("2022-12-25", "2022-12-27", "Christmas Day on a Sunday moves to Tuesday"),
            ("2026-12-26", "2026-12-28", "Boxing Day on a Saturday moves to Monday"),
        ];
        for (actual, substitute, why) in cases {
            let holidays = bank_holidays(date(actual).year());
            assert!(!holidays.contains(&date(actual)), "{why}: {actual} is not itself listed");
            assert!(holidays.contains(&date(substitute)), "{why}: {substitute} is listed");
        }
    }

    #[test]
    fn the_one_off_changes_of_2020_to_2023_are_applied() {
        let cases = [
            ("2020-05-04", false, "early May 2020 moved away for VE Day"),
            ("2020-05-08", true, "VE Day 75"),
            ("2022-05-30", false, "spring 2022 moved away for the Platinum Jubilee"),
            ("2022-06-02", true, "spring bank holiday 2022, moved"),
            ("2022-06-03", true, "Platinum Jubilee"),
            ("2022-09-19", true, "State Funeral of Queen Elizabeth II"),
            ("2023-05-08", true, "Coronation of King Charles III"),
        ];
        for (day, is_holiday, why) in cases {
            let d = date(day);
            assert_eq!(bank_holidays(d.year()).contains(&d), is_holiday, "{why} ({day})");
            assert_eq!(is_working_day(d), !is_holiday, "{why} ({day}) as a working day");
        }
    }

    #[test]
    fn the_embedded_one_off_file_parses() {
        let changes = parse_one_offs(ONE_OFF_FILE).expect("the data file parses");
        assert_eq!(changes.len(), 7, "every non-comment line of the data file is a change");
    }

    #[test]
    fn every_one_off_change_changes_something() {
        // Catches a typo in a date: a removal must hit a holiday the rules make, and an addition
        // must be a weekday the rules do not already make a holiday.
        for one_off in parse_one_offs(ONE_OFF_FILE).expect("the data file parses") {
            let by_rule = rule_holidays(one_off.date.year());
            match one_off.change {
                Change::Remove => {
                    assert!(
                        by_rule.contains(&one_off.date),
                        "{} removes a rule holiday",
                        one_off.date
                    )
                }
                Change::Add => {
                    assert!(
                        !by_rule.contains(&one_off.date),
                        "{} is not already a holiday",
                        one_off.date
                    );
                    assert!(!is_weekend(one_off.date), "{} is a weekday", one_off.date);
                }
            }
        }
    }

    #[test]
    fn one_off_lines_that_do_not_parse_are_reported_with_their_line_number() {
        let cases = [
            (
                "2022-13-01 add Not a month",
                OneOffError::BadDate { line: 1, text: "2022-13-01".into() },
            ),
            (
                "19/09/2022 add Wrong order",
                OneOffError::BadDate { line: 1, text: "19/09/2022".into() },
            ),
            (
                "# comment\n\n2022-06-03 swap Jubilee",
                OneOffError::UnknownChange { line: 3, word: "swap".into() },
            ),
            ("2022-06-03 add", OneOffError::Malformed { line: 1 }),
            ("2022-06-03", OneOffError::Malformed { line: 1 }),
            ("2022-06-03 ADD Jubilee", OneOffError::UnknownChange { line: 1, word: "ADD".into() }),
        ];
        for (text, expected) in cases {
            assert_eq!(parse_one_offs(text), Err(expected), "{text:?}");
        }
    }

    #[test]
    fn one_off_comments_and_blank_lines_are_ignored() {
        let text = "# heading\n\n   \n  # indented comment\n2022-06-03 add Platinum Jubilee\n";
        let expected = vec![OneOff { date: date("2022-06-03"), change: Change::Add }];
        assert_eq!(parse_one_offs(text), Ok(expected));
    }

    #[test]
    fn working_days_are_weekdays_that_are_not_bank_holidays() {
        let cases = [
            ("2026-03-04", true, "an ordinary Wednesday"),
            ("2026-03-07", false, "a Saturday"),
            ("2026-03-08", false, "a Sunday"),
            ("2026-04-03", false, "Good Friday"),
            ("2026-04-06", false, "Easter Monday"),
            ("2026-04-07", true, "the Tuesday after Easter"),
            ("2026-12-28", false, "the substitute for Boxing Day"),
            ("2027-12-27", false, "the substitute for Christmas Day"),
            ("2027-12-29", true, "the first working day after Christmas 2027"),
        ];
        for (day, expected, why) in cases {
            assert_eq!(is_working_day(date(day)), expected, "{why} ({day})");
        }
    }

    #[test]
    fn adding_working_days_skips_weekends_and_bank_holidays() {
        let cases = [
            ("2026-03-02", 5, "2026-03-09", "an ordinary week, Monday to Monday"),
            ("2026-03-06", 1, "2026-03-09", "Friday to Monday over a weekend"),
            ("2026-03-07", 5, "2026-03-13", "from a Saturday, the Monday is day 1"),
            ("2026-03-04", 0, "2026-03-04", "zero days is the start date"),
            ("2026-03-07", 0, "2026-03-07", "zero days is the start date even at a weekend"),
            ("2025-04-17", 5, "2025-04-28", "over Easter 2025"),
            ("2026-04-02", 1, "2026-04-07", "over Easter 2026, one day"),
            ("2026-04-02", 5, "2026-04-13", "over Easter 2026"),
            ("2026-04-03", 1, "2026-04-07", "from Good Friday itself"),
            ("2027-03-25", 5, "2027-04-05", "over Easter 2027, in March"),
            ("2026-12-24", 1, "2026-12-29", "over Christmas 2026, one day"),
            ("2026-12-24", 5, "2027-01-05", "over Christmas 2026 and New Year's Day 2027"),
            ("2027-12-24", 1, "2027-12-29", "over Christmas 2027 and its two substitutes"),
            ("2027-12-24", 5, "2028-01-05", "over Christmas 2027 and New Year 2028's substitute"),
            ("2020-05-07", 1, "2020-05-11", "over VE Day 2020"),
            ("2022-06-01", 1, "2022-06-06", "over the Platinum Jubilee"),
            ("2023-05-05", 1, "2023-05-09", "over the coronation"),
        ];
        for (start, n, expected, why) in cases {
            assert_eq!(add_working_days(date(start), n), date(expected), "{why}: {start} + {n}");
        }
    }

    #[test]
    fn working_days_between_counts_after_the_first_date_up_to_the_second() {
        let cases = [
            ("2026-03-02", "2026-03-09", 5, "an ordinary week"),
            ("2026-03-09", "2026-03-02", -5, "the same week backwards"),
            ("2026-03-04", "2026-03-04", 0, "the same day"),
            ("2026-03-07", "2026-03-08", 0, "a weekend"),
            ("2026-03-07", "2026-03-09", 1, "from a Saturday to Monday"),
            ("2026-04-02", "2026-04-07", 1, "over Easter 2026"),
            ("2026-12-24", "2026-12-30", 2, "a deadline 2 working days overdue over Christmas"),
            ("2026-12-30", "2026-12-24", -2, "today past the deadline is negative"),
            ("2026-12-23", "2027-01-04", 5, "over Christmas and New Year"),
        ];
        for (from, to, expected, why) in cases {
            assert_eq!(
                working_days_between(date(from), date(to)),
                expected,
                "{why}: {from} to {to}"
            );
        }
    }

    #[test]
    fn working_days_between_undoes_adding_working_days() {
        // Every start day over several years, including weekend and bank holiday starts.
        let mut start = date("2019-12-01");
        while start < date("2028-02-01") {
            for n in 0..=10 {
                let end = add_working_days(start, n);
                assert_eq!(working_days_between(start, end), i64::from(n), "{start} + {n} = {end}");
                assert_eq!(
                    working_days_between(end, start),
                    -i64::from(n),
                    "{end} back to {start}"
                );
            }
            start = start + Days::new(1);
        }
    }

    #[test]
    fn the_uk_date_follows_gmt_and_british_summer_time() {
        // Checked against the Europe/London time zone. The last Sundays: 29 March and 25 October
        // 2026; 28 March and 31 October 2027.
        let cases = [
            ("2026-01-15 12:00:00", "2026-01-15", "winter afternoon"),
            ("2026-03-28 23:30:00", "2026-03-28", "GMT, the night before summer time"),
            ("2026-03-29 00:30:00", "2026-03-29", "00:30 GMT, before the clocks go forward"),
            ("2026-03-29 00:59:59", "2026-03-29", "the last second of GMT"),
            ("2026-03-29 01:30:00", "2026-03-29", "02:30 BST, after the clocks go forward"),
            ("2026-03-29 23:30:00", "2026-03-30", "00:30 BST on the first night of summer time"),
            ("2026-07-01 22:59:59", "2026-07-01", "23:59:59 BST"),
            ("2026-07-01 23:00:00", "2026-07-02", "midnight BST"),
            ("2026-10-24 23:30:00", "2026-10-25", "00:30 BST, the night the clocks go back"),
            ("2026-10-25 00:59:59", "2026-10-25", "01:59:59 BST, the last second of summer time"),
            ("2026-10-25 23:30:00", "2026-10-25", "23:30 GMT, after the clocks went back"),
            ("2026-12-31 23:30:00", "2026-12-31", "New Year's Eve in GMT"),
            (
                "2027-03-28 23:00:00",
                "2027-03-29",
                "midnight BST on the first night of summer time 2027",
            ),
            ("2027-10-24 23:30:00", "2027-10-25", "24 October 2027 is not the last Sunday"),
            ("2027-10-30 23:30:00", "2027-10-31", "BST until the 31st, itself a Sunday"),
            ("2027-10-31 23:30:00", "2027-10-31", "GMT after the clocks go back on the 31st"),
        ];
        for (instant, expected, why) in cases {
            assert_eq!(uk_date(utc(instant)), date(expected), "{why}: {instant} UTC");
        }
    }

    #[test]
    fn the_uk_time_is_gmt_in_winter_and_an_hour_ahead_in_summer() {
        let cases = [
            ("2026-01-15 07:30:00", "2026-01-15 07:30:00", "winter: GMT is UTC"),
            ("2026-03-29 00:59:59", "2026-03-29 00:59:59", "the last second of GMT"),
            ("2026-03-29 01:00:00", "2026-03-29 02:00:00", "01:00 GMT becomes 02:00 BST"),
            ("2026-07-01 06:30:00", "2026-07-01 07:30:00", "summer: BST is UTC+1"),
            ("2026-10-25 00:30:00", "2026-10-25 01:30:00", "01:30 BST, the first time round"),
            ("2026-10-25 01:30:00", "2026-10-25 01:30:00", "01:30 GMT, the second time round"),
        ];
        for (instant, expected, why) in cases {
            let expected = chrono::NaiveDateTime::parse_from_str(expected, "%Y-%m-%d %H:%M:%S").unwrap();
            assert_eq!(uk_time(utc(instant)), expected, "{why}: {instant} UTC");
        }
    }

    #[test]
    fn the_contact_deadline_counts_working_days_from_the_uk_date_received() {
        let cases = [
            ("2026-11-26 10:00:00", 5, "2026-12-03", "Thursday to Thursday 3 December 2026"),
            ("2026-11-28 12:00:00", 5, "2026-12-04", "on a Saturday: counts from the Saturday"),
            ("2026-11-29 12:00:00", 5, "2026-12-04", "on a Sunday: the same as a Saturday"),
            ("2026-06-30 22:30:00", 5, "2026-07-07", "23:30 BST on Tuesday counts from Tuesday"),
            (
                "2026-06-30 23:30:00",
                5,
                "2026-07-08",
                "00:30 BST on Wednesday counts from Wednesday",
            ),
            ("2026-04-02 16:00:00", 1, "2026-04-07", "a call-back request before Easter"),
            ("2026-12-23 09:00:00", 5, "2027-01-04", "over Christmas and New Year"),
            ("2027-12-24 09:00:00", 5, "2028-01-05", "over Christmas 2027 and New Year 2028"),
            ("2027-03-25 09:00:00", 5, "2027-04-05", "over Easter 2027"),
        ];
        for (received, days, expected, why) in cases {
            assert_eq!(
                contact_deadline(utc(received), days),
                date(expected),
                "{why}: {received} UTC"
            );
        }
    }

    #[test]
    fn years_outside_chronos_range_have_no_bank_holidays_instead_of_panicking() {
        assert_eq!(bank_holidays(i32::MAX), Vec::<NaiveDate>::new());
        assert_eq!(bank_holidays(i32::MIN), Vec::<NaiveDate>::new());
    }
}
