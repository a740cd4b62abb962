//! Property tests of the domain's parsers (issue 12, "bad input"): every stored code reads
//! back as itself; any other text is an error, never a silent default; the text rules never
//! panic, and what they keep passes them again unchanged (staff forms check stored answers
//! again); reference numbers, dates, working days and report periods keep their promises.

use app::{
    domain::{
        calendar::{add_working_days, contact_deadline, is_working_day, uk_date, working_days_between},
        reference::{ALPHABET, Reference},
        screening::{Flag, UnknownCode},
    },
    journey::{
        TextRule,
        validate::{RuleContext, check_text, clean},
    },
    staff::{
        model::{AccountStatus, Disposal, EndReason, FlagChange, RequestKind, Role, Status},
        participants::{self, Consent, RefusalReason, Willingness},
        report::{MAX_DAYS, Period},
        statistics::EventKind,
    },
};
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use proptest::prelude::*;

const CTX: RuleContext = RuleContext { current_year: 2026, current_month: 11 };

/// Text that looks like a code: lower-case words and dashes, sometimes one of ours with
/// something changed, or any string at all.
fn code_like(known: Vec<&'static str>) -> impl Strategy<Value = String> {
    let known = prop::sample::select(known);
    prop_oneof![
        any::<String>(),
        "[a-z-]{0,24}",
        known.clone().prop_map(str::to_uppercase),
        known.clone().prop_map(|c| format!(" {c}")),
        known.clone().prop_map(|c| format!("{c} ")),
        known.clone().prop_map(|c| format!("{c}-")),
        known.prop_map(|c| c[..c.len() - 1].to_owned()),
    ]
}

/// For one code type: every value reads back as itself, and text that is not exactly one of
/// its codes is an `UnknownCode` naming what was read.
fn check_codes<T: PartialEq + std::fmt::Debug + Copy>(
    all: &[T],
    code: impl Fn(T) -> &'static str,
    parse: impl Fn(&str) -> Result<T, UnknownCode>,
    text: &str,
) -> Result<(), TestCaseError> {
    for &value in all {
        prop_assert_eq!(parse(code(value)), Ok(value));
    }
    let codes: Vec<&str> = all.iter().map(|v| code(*v)).collect();
    let mut unique = codes.clone();
    unique.sort_unstable();
    unique.dedup();
    prop_assert_eq!(unique.len(), codes.len(), "two values share a code");
    match parse(text) {
        Ok(value) => prop_assert_eq!(code(value), text, "{:?} read as {:?}", text, value),
        Err(e) => {
            prop_assert!(!codes.contains(&text), "{:?} is a code but was refused", text);
            prop_assert_eq!(e.code, text.chars().take(40).collect::<String>());
        }
    }
    Ok(())
}

fn all_codes() -> Vec<&'static str> {
    let mut codes: Vec<&'static str> = Vec::new();
    codes.extend(Flag::ALL.iter().map(|f| f.code()));
    codes.extend(Status::ALL.iter().map(|s| s.code()));
    codes.extend(RequestKind::ALL.iter().map(|k| k.code()));
    codes.extend(Role::ALL.iter().map(|r| r.code()));
    codes.extend(AccountStatus::ALL.iter().map(|s| s.code()));
    codes.extend(Disposal::ALL.iter().map(|d| d.code()));
    codes.extend(participants::Role::ALL.iter().map(|r| r.code()));
    codes.extend(Consent::ALL.iter().map(|c| c.code()));
    codes.extend(Willingness::ALL.iter().map(|w| w.code()));
    codes.extend(RefusalReason::all().map(|r| r.code));
    codes.extend(Status::ALL.iter().flat_map(|s| EndReason::all(*s).map(|r| r.code)));
    codes
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2_000, ..ProptestConfig::default() })]

    #[test]
    fn every_code_reads_back_as_itself_and_nothing_else_is_read_at_all(text in code_like(all_codes())) {
        check_codes(&Flag::ALL, Flag::code, Flag::parse, &text)?;
        check_codes(&Status::ALL, Status::code, Status::parse, &text)?;
        check_codes(&RequestKind::ALL, RequestKind::code, RequestKind::parse, &text)?;
        check_codes(&Role::ALL, Role::code, Role::parse, &text)?;
        check_codes(&AccountStatus::ALL, AccountStatus::code, AccountStatus::parse, &text)?;
        check_codes(&Disposal::ALL, Disposal::code, Disposal::parse, &text)?;
        check_codes(&participants::Role::ALL, participants::Role::code, participants::Role::parse, &text)?;
        check_codes(&Consent::ALL, Consent::code, Consent::parse, &text)?;
        check_codes(&Willingness::ALL, Willingness::code, Willingness::parse, &text)?;
        check_codes(&[EventKind::Process, EventKind::Support], EventKind::code, EventKind::parse, &text)?;
        let refusals: Vec<RefusalReason> = RefusalReason::all().collect();
        check_codes(&refusals, |r| r.code, RefusalReason::parse, &text)?;
        // An end reason belongs to its status: the code of another status's reason is unknown.
        for status in Status::ALL {
            let reasons: Vec<EndReason> = EndReason::all(status).collect();
            check_codes(&reasons, |r| r.code, |c| EndReason::parse(status, c), &text)?;
        }
    }

    #[test]
    fn a_flag_change_reads_back_as_itself_and_anything_else_is_none(
        flag in prop::sample::select(Flag::ALL.to_vec()),
        add in any::<bool>(),
        text in prop_oneof![any::<String>(), "(add|remove|)[:]?[a-z-]{0,12}"],
    ) {
        let change = FlagChange { flag, add };
        prop_assert_eq!(FlagChange::parse(&change.code()), Some(change));
        if let Some(read) = FlagChange::parse(&text) {
            prop_assert_eq!(read.code(), text);
        }
    }

    #[test]
    fn the_text_rules_never_panic_and_what_they_keep_passes_again_unchanged(
        text in prop_oneof![
            any::<String>(),
            "[ +0-9().-]{0,20}",
            "[A-Za-z]{1,2}[0-9]{1,2}[A-Za-z]? ?[0-9][A-Za-z]{2}",
            "[a-z.+']{1,10}@[a-z]{1,8}\\.[a-z]{2,3}",
            "(rj|RJ)?[ -]?[A-Za-z0-9]{4}[ –-]?[A-Za-z0-9]{4}",
            "[0-9A-Za-z /-]{0,32}",
            "[0-9]{0,5}",
        ],
        rule in prop::sample::select(vec![
            TextRule::Plain, TextRule::Name, TextRule::Phone, TextRule::Email, TextRule::Postcode,
            TextRule::Year, TextRule::Years, TextRule::CrimeReference, TextRule::Reference,
        ]),
    ) {
        let text = clean(&text);
        if let Ok(kept) = check_text(rule, &text, CTX) {
            prop_assert_eq!(check_text(rule, &kept, CTX), Ok(kept.clone()), "{:?} kept {:?} from {:?}", rule, kept, text);
            prop_assert!(kept.chars().all(|c| !c.is_control() || c == '\n' || c == '\r'));
        }
    }

    #[test]
    fn a_postcode_is_kept_upper_case_with_one_space_before_its_last_three(text in any::<String>()) {
        if let Ok(kept) = check_text(TextRule::Postcode, &text, CTX) {
            let (outward, inward) = kept.split_once(' ').expect("a space");
            prop_assert_eq!(inward.len(), 3);
            prop_assert!((2..=4).contains(&outward.len()));
            prop_assert_eq!(kept.to_uppercase(), kept.clone());
        }
    }

    #[test]
    fn a_postcode_with_anything_but_ascii_in_it_is_refused(
        postcode in "[A-Za-z]{1,2}[0-9]{1,2} [0-9][A-Za-z]{2}",
        at in 0usize..8,
        other in prop_oneof![
            any::<char>().prop_filter("not ASCII, not a space", |c| !c.is_ascii() && !c.is_whitespace()),
            // Letters whose capitals are ASCII.
            prop::sample::select(vec!['ß', 'ſ', 'ı', 'ﬁ', 'ﬀ', 'ﬆ']),
        ],
    ) {
        // "ſW1 1AA" must not become "SW1 1AA", nor "ßW1 1AA" "SSW1 1AA": upper-casing some
        // letters outside ASCII gives ASCII ones.
        let mut typed: Vec<char> = postcode.chars().collect();
        typed.insert(at.min(typed.len()), other);
        let typed: String = typed.into_iter().collect();
        prop_assert!(check_text(TextRule::Postcode, &typed, CTX).is_err(), "{:?} was taken", typed);
    }

    #[test]
    fn a_phone_number_keeps_its_digits(text in "[ +0-9().-]{0,32}") {
        if let Ok(kept) = check_text(TextRule::Phone, &text, CTX) {
            let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
            prop_assert_eq!(digits(&kept), digits(&text));
        }
    }

    #[test]
    fn a_reference_reads_back_from_how_people_write_it(
        body in prop::collection::vec(prop::sample::select(ALPHABET.to_vec()), 8),
        lower in any::<bool>(),
        separator in prop::sample::select(vec!["", " ", "-", "–", " - "]),
        prefix in any::<bool>(),
    ) {
        let body: String = body.into_iter().map(char::from).collect();
        let canonical = Reference::parse(&body).expect("eight alphabet characters");
        prop_assert_eq!(canonical.as_str(), format!("RJ-{}-{}", &body[..4], &body[4..]));
        prop_assert_eq!(Reference::parse(canonical.as_str()), Ok(canonical.clone()));
        let mut typed = format!("{}{separator}{}", &body[..4], &body[4..]);
        if prefix {
            typed = format!("RJ{separator}{typed}");
        }
        if lower {
            typed = typed.to_lowercase();
        }
        prop_assert_eq!(Reference::parse(&typed), Ok(canonical));
    }

    #[test]
    fn a_reference_parsed_from_anything_is_canonical(text in prop_oneof![any::<String>(), "[A-Za-z0-9 -]{0,14}"]) {
        if let Ok(reference) = Reference::parse(&text) {
            let s = reference.as_str();
            prop_assert_eq!(s.len(), 12);
            prop_assert!(s.starts_with("RJ-") && s.as_bytes()[7] == b'-');
            prop_assert!(s[3..].bytes().filter(|b| *b != b'-').all(|b| ALPHABET.contains(&b)));
            prop_assert_eq!(Reference::parse(s), Ok(reference.clone()));
        }
    }

    #[test]
    fn working_days_forward_and_back_agree(day in 0i64..(200 * 366), n in 0u32..60) {
        let start = NaiveDate::from_ymd_opt(1950, 1, 1).unwrap() + chrono::Duration::days(day);
        let end = add_working_days(start, n);
        prop_assert_eq!(working_days_between(start, end), i64::from(n));
        prop_assert_eq!(working_days_between(end, start), -i64::from(n));
        if n > 0 {
            prop_assert!(is_working_day(end));
            prop_assert!(end > start);
        }
    }

    #[test]
    fn a_contact_deadline_is_a_working_day_that_many_working_days_after_the_uk_date(
        seconds in 0i64..(100 * 366 * 86_400),
        n in 1u32..10,
    ) {
        let received = DateTime::<Utc>::from_timestamp(946_684_800 + seconds, 0).unwrap();
        let deadline = contact_deadline(received, n);
        prop_assert!(is_working_day(deadline));
        prop_assert_eq!(working_days_between(uk_date(received), deadline), i64::from(n));
        // The UK date is the UTC date or the next (summer time), never another.
        let utc = received.date_naive();
        prop_assert!(uk_date(received) == utc || Some(uk_date(received)) == utc.succ_opt());
    }

    #[test]
    fn a_quarter_reads_back_from_its_code_and_the_previous_one_ends_the_day_before(
        year in 1900i32..2200,
        q in 1u32..=4,
    ) {
        let p = Period::quarter(year, q).expect("a quarter");
        let code = p.quarter_code().expect("a quarter has a code");
        prop_assert_eq!(Period::parse_quarter(&code), Some(p));
        prop_assert_eq!(Period::parse_quarter(&format!(" {code} ")), Some(p));
        let before = p.previous();
        prop_assert!(before.quarter_code().is_some());
        prop_assert_eq!(before.to.succ_opt(), Some(p.from));
        prop_assert_eq!(p.months().len(), 3);
        prop_assert!(p.contains(p.from) && p.contains(p.to));
    }

    #[test]
    fn reading_a_quarter_from_anything_never_panics(text in prop_oneof![any::<String>(), "-?[0-9]{0,7}-Q-?[0-9]{0,3}"]) {
        if let Some(p) = Period::parse_quarter(&text) {
            prop_assert!(p.quarter_code().is_some());
            prop_assert!(p.from <= p.to);
        }
    }

    #[test]
    fn a_range_of_dates_is_a_period_only_forwards_and_up_to_ten_years(
        from_day in 0i64..(100 * 366),
        length in -400i64..(MAX_DAYS + 400),
    ) {
        let from = NaiveDate::from_ymd_opt(1990, 1, 1).unwrap() + chrono::Duration::days(from_day);
        let to = from + chrono::Duration::days(length);
        match Period::new(from, to) {
            Ok(p) => {
                prop_assert!((0..=MAX_DAYS).contains(&length));
                prop_assert_eq!((p.from, p.to), (from, to));
                // The period compared is as long and ends the day before (or is the quarter before).
                let before = p.previous();
                prop_assert_eq!(before.to.succ_opt(), Some(p.from));
                if p.quarter_code().is_none() {
                    prop_assert_eq!(before.to - before.from, p.to - p.from);
                }
                let months = p.months();
                prop_assert_eq!(months.first().copied(), from.with_day(1));
                prop_assert!(months.iter().all(|m| m.day() == 1 && *m <= to));
            }
            Err(_) => prop_assert!(!(0..=MAX_DAYS).contains(&length)),
        }
    }
}
