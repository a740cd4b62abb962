//! Reference numbers: what a person is given when their referral is sent (`RJ-XXXX-XXXX`), and
//! how we read one back when they type it or read it out to us.
//!
//! A reference is a label for conversations, not a secret: it is shown on screen, e-mailed and
//! read out over the phone. Nothing should be shown or changed on the strength of a reference
//! alone.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The characters a reference is made of.
///
/// The start was forms-runner's unambiguous alphabet, which leaves out I, O, Q and Z and the
/// digits 0 and 1. We also leave out the letters that look like a digit we keep when handwritten
/// or in a poor font (B like 8, G like 6, S like 5) and U, which is written like V. People copy
/// these from a screen onto paper and then type or read them out, often in a hurry.
///
/// Spoken confusions (M and N; B, D, P, T, V and 3) cannot all be designed out without a very
/// short alphabet; staff read references back with the phonetic alphabet instead.
///
/// 26 characters in 8 places give about 2 × 10¹¹ references, so collisions are rare but
/// possible: the store must keep references unique and generate again on a clash.
pub const ALPHABET: &[u8; 26] = b"ACDEFHJKLMNPRTVWXY23456789";

const PREFIX: &str = "RJ";
const BODY_LEN: usize = 8;

/// A well-formed reference number, always in the canonical form `RJ-XXXX-XXXX`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Reference(String);

/// Why some text is not a reference number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ReferenceError {
    #[error("no reference number was given")]
    Empty,
    /// The number of characters found after the `RJ`, leaving out spaces and dashes.
    #[error("a reference number has 8 characters after RJ, not {0}")]
    WrongLength(usize),
    /// The first character, as typed, that no reference contains.
    #[error("reference numbers never contain {0:?}")]
    InvalidCharacter(char),
}

impl Reference {
    /// Reads a reference as a person might type it: any case, with or without spaces and dashes
    /// (including the typographic dashes phones put in), with or without the `RJ`.
    ///
    /// Letters that never appear in a reference but look like exactly one character that does
    /// are read as that character: B as 8, G as 6, S as 5, U as V and Z as 2. O, Q, 0, I and 1
    /// are rejected instead, because each could be one of several characters (D or 0? L, J, 7
    /// or T?) and a guess could point at someone else's referral.
    pub fn parse(input: &str) -> Result<Reference, ReferenceError> {
        let mut typed: Vec<char> = input.chars().filter(|c| !is_separator(*c)).collect();
        if typed.is_empty() {
            return Err(ReferenceError::Empty);
        }
        // The prefix is optional, and R and J are also body characters. Exactly 8 characters can
        // only be a body without its prefix; otherwise a leading RJ is the prefix, so that
        // "RJ-ACDE-FH2" is reported as 7 characters, not 9.
        let has_prefix = typed.len() != BODY_LEN
            && typed.len() >= PREFIX.len()
            && typed[..PREFIX.len()].iter().map(char::to_ascii_uppercase).eq(PREFIX.chars());
        if has_prefix {
            typed.drain(..PREFIX.len());
        }
        let mut body = String::with_capacity(BODY_LEN);
        for c in &typed {
            body.push(canonical(*c).ok_or(ReferenceError::InvalidCharacter(*c))?);
        }
        if typed.len() != BODY_LEN {
            return Err(ReferenceError::WrongLength(typed.len()));
        }
        Ok(Reference::from_body(&body))
    }

    /// The canonical form, `RJ-XXXX-XXXX`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn from_body(body: &str) -> Reference {
        Reference(format!("{PREFIX}-{}-{}", &body[..4], &body[4..]))
    }
}

#[cfg(feature = "ssr")]
impl Reference {
    /// A new random reference. The caller provides the generator (the server's thread RNG, or a
    /// seeded one in tests) and must check the reference is not already in use.
    pub fn generate(rng: &mut impl rand::Rng) -> Reference {
        let body: String = (0..BODY_LEN)
            .map(|_| char::from(ALPHABET[rng.random_range(0..ALPHABET.len())]))
            .collect();
        Reference::from_body(&body)
    }
}

/// Spaces and every kind of dash people or their phones put between the groups.
fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '-' | '_' | '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}'
        )
}

/// The reference character `c` stands for, if any (see `Reference::parse`).
fn canonical(c: char) -> Option<char> {
    let upper = match c.to_ascii_uppercase() {
        'B' => '8',
        'G' => '6',
        'S' => '5',
        'U' => 'V',
        'Z' => '2',
        other => other,
    };
    (upper.is_ascii() && ALPHABET.contains(&(upper as u8))).then_some(upper)
}

impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for Reference {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl std::str::FromStr for Reference {
    type Err = ReferenceError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Reference::parse(s)
    }
}

/// Lets serde (forms, server functions, JSON) build a `Reference` only through `parse`.
impl TryFrom<String> for Reference {
    type Error = ReferenceError;

    fn try_from(s: String) -> Result<Self, Self::Error> {
        Reference::parse(&s)
    }
}

impl From<Reference> for String {
    fn from(r: Reference) -> String {
        r.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(input: &str) -> String {
        Reference::parse(input)
            .unwrap_or_else(|e| panic!("{input:?} should parse, got {e:?}"))
            .to_string()
    }

    #[test]
    fn the_alphabet_leaves_out_every_confusable_character() {
        for c in "IOQZ01BGSU".chars() {
            assert!(!ALPHABET.contains(&(c as u8)), "{c} is confusable and must not be used");
        }
    }

    #[test]
    fn the_alphabet_is_upper_case_letters_and_digits_each_once() {
        let mut seen = std::collections::HashSet::new();
        for &b in ALPHABET {
            assert!(
                b.is_ascii_uppercase() || b.is_ascii_digit(),
                "{:?} is a capital or digit",
                b as char
            );
            assert!(seen.insert(b), "{:?} appears once", b as char);
        }
    }

    #[test]
    fn forgiving_parse_accepts_what_people_type() {
        let cases = [
            ("RJ-ACDE-FH23", "RJ-ACDE-FH23", "the canonical form"),
            ("rj-acde-fh23", "RJ-ACDE-FH23", "lower case"),
            ("Rj-AcDe-fH23", "RJ-ACDE-FH23", "mixed case"),
            ("RJACDEFH23", "RJ-ACDE-FH23", "no dashes"),
            ("RJ ACDE FH23", "RJ-ACDE-FH23", "spaces for dashes"),
            ("  RJ-ACDE-FH23  ", "RJ-ACDE-FH23", "spaces around it"),
            ("R J A C D E F H 2 3", "RJ-ACDE-FH23", "a space after every character"),
            ("RJ--ACDE---FH23-", "RJ-ACDE-FH23", "extra dashes"),
            ("RJ–ACDE—FH23", "RJ-ACDE-FH23", "an en dash and an em dash from a phone keyboard"),
            ("RJ\u{00A0}ACDE\u{2011}FH23", "RJ-ACDE-FH23", "a non-breaking space and hyphen"),
            ("RJ\tACDE\nFH23", "RJ-ACDE-FH23", "a tab and a line break from a paste"),
            ("ACDE-FH23", "RJ-ACDE-FH23", "without the RJ"),
            ("acdefh23", "RJ-ACDE-FH23", "without the RJ or dashes"),
            ("RJRJ-2345", "RJ-RJRJ-2345", "a body that starts with RJ, typed without the prefix"),
            ("RJ-RJRJ-2345", "RJ-RJRJ-2345", "a body that starts with RJ, with the prefix"),
            (
                "RJ-8GSU-Z234",
                "RJ-865V-2234",
                "look-alike letters read as the character they resemble",
            ),
            ("rj-bgsu-z234", "RJ-865V-2234", "look-alike letters in lower case"),
        ];
        for (input, expected, why) in cases {
            assert_eq!(ok(input), expected, "{why}: {input:?}");
        }
    }

    #[test]
    fn parse_rejects_what_cannot_be_a_reference() {
        use ReferenceError::*;
        let cases = [
            ("", Empty, "nothing"),
            ("   ", Empty, "only spaces"),
            ("- -", Empty, "only dashes"),
            ("RJ", WrongLength(0), "only the prefix"),
            ("RJ-ACDE-FH2", WrongLength(7), "one character short, counted after the prefix"),
            ("RJ-ACDE-FH234", WrongLength(9), "one character too many"),
            ("ACDEFH2", WrongLength(7), "short without the prefix"),
            ("XX-ACDE-FH23", WrongLength(10), "a different prefix"),
            ("RJ-ACDE-FH23-ACDE", WrongLength(12), "two references run together"),
            ("RJ-OCDE-FH23", InvalidCharacter('O'), "the letter O: could be D or 0"),
            ("RJ-0CDE-FH23", InvalidCharacter('0'), "the digit 0"),
            ("RJ-ACDE-FHQ3", InvalidCharacter('Q'), "the letter Q"),
            ("rj-acde-fhi3", InvalidCharacter('i'), "the letter i, reported as typed"),
            ("RJ-ACDE-FH13", InvalidCharacter('1'), "the digit 1"),
            ("RJ-ACDE-FH2!", InvalidCharacter('!'), "punctuation"),
            ("RJ/ACDE/FH23", InvalidCharacter('/'), "slashes are not separators"),
            ("RJ-ACDÉ-FH23", InvalidCharacter('É'), "an accented letter"),
            ("RI-ACDE-FH23", InvalidCharacter('I'), "a mistyped prefix"),
        ];
        for (input, expected, why) in cases {
            assert_eq!(Reference::parse(input), Err(expected), "{why}: {input:?}");
        }
    }

    #[test]
    fn a_canonical_reference_parses_to_itself() {
        let reference = Reference::parse("rj acde fh23").expect("parses");
        assert_eq!(reference.as_str(), "RJ-ACDE-FH23");
        assert_eq!(Reference::parse(reference.as_str()), Ok(reference.clone()));
        assert_eq!(reference.to_string(), reference.as_str(), "Display is the canonical form");
        assert_eq!("RJ-ACDE-FH23".parse::<Reference>(), Ok(reference));
    }

    #[test]
    fn deserializing_goes_through_the_forgiving_parse() {
        let reference: Reference = serde_json::from_str("\"rj acde fh23\"").expect("deserializes");
        assert_eq!(reference.as_str(), "RJ-ACDE-FH23");
        assert_eq!(serde_json::to_string(&reference).expect("serializes"), "\"RJ-ACDE-FH23\"");
        assert!(
            serde_json::from_str::<Reference>("\"RJ-OOOO-0000\"").is_err(),
            "invalid is refused"
        );
    }

    #[cfg(feature = "ssr")]
    mod generate {
        use super::super::*;
        use rand::{SeedableRng, rngs::StdRng};

        #[test]
        fn generated_references_round_trip_through_parse() {
            let mut rng = StdRng::seed_from_u64(2026);
            for _ in 0..10_000 {
                let reference = Reference::generate(&mut rng);
                let s = reference.as_str();
                assert_eq!(s.len(), 12, "{s}");
                assert!(s.starts_with("RJ-") && &s[7..8] == "-", "{s} has the RJ-XXXX-XXXX shape");
                assert_eq!(Reference::parse(s).as_ref(), Ok(&reference), "{s} parses to itself");
                let typed = s.to_lowercase().replace('-', " ");
                assert_eq!(Reference::parse(&typed).as_ref(), Ok(&reference), "{typed:?} as typed");
            }
        }

        #[test]
        fn generated_references_use_every_character_of_the_alphabet_and_no_other() {
            let mut rng = StdRng::seed_from_u64(7);
            let mut seen = std::collections::BTreeSet::new();
            for _ in 0..2_000 {
                let reference = Reference::generate(&mut rng);
                seen.extend(reference.as_str()[3..].chars().filter(|c| *c != '-'));
            }
            let alphabet: std::collections::BTreeSet<char> =
                ALPHABET.iter().map(|b| char::from(*b)).collect();
            assert_eq!(seen, alphabet);
        }

        #[test]
        fn generated_references_differ() {
            let mut rng = StdRng::seed_from_u64(1);
            let references: std::collections::HashSet<_> =
                (0..10_000).map(|_| Reference::generate(&mut rng)).collect();
            assert_eq!(references.len(), 10_000, "no collisions in 10,000 draws from 2 × 10¹¹");
        }
    }
}
