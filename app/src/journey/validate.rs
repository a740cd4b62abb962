//! Checking one page's answers. Every message is a Fluent id; the page shows it beside the
//! field and in the error summary, in the page's language.

use super::{FieldError, Input, Step, TextRule, Values, Voice};

/// Facts the rules need that change over time.
#[derive(Clone, Copy, Debug)]
pub struct RuleContext {
    pub current_year: i32,
    /// 1 to 12.
    pub current_month: u32,
}

/// Takes what a page posted (field name to values) and either the answers to keep or the
/// errors to show. `so_far` is every earlier answer, for questions asked only in some cases.
pub fn validate_step(
    step: &Step,
    posted: &Values,
    so_far: &Values,
    voice: Voice,
    ctx: RuleContext,
) -> Result<Values, Vec<FieldError>> {
    check_step(step, posted, so_far, voice, ctx, true)
}

/// Like `validate_step`, with every question optional: for staff recording what they know
/// about someone (a participant's details), where a blank is "not known yet", never an error.
/// What is typed is still checked by the same rules.
pub fn validate_known(
    step: &Step,
    posted: &Values,
    so_far: &Values,
    voice: Voice,
    ctx: RuleContext,
) -> Result<Values, Vec<FieldError>> {
    check_step(step, posted, so_far, voice, ctx, false)
}

fn check_step(
    step: &Step,
    posted: &Values,
    so_far: &Values,
    voice: Voice,
    ctx: RuleContext,
    as_asked: bool,
) -> Result<Values, Vec<FieldError>> {
    // The page's own answers decide its conditional questions, over older answers.
    let mut combined = so_far.clone();
    for (k, v) in posted {
        combined.insert(k.clone(), v.clone());
    }
    let mut accepted = Values::new();
    let mut errors = Vec::new();
    for question in step.questions_list() {
        if !question.applies(&combined) {
            continue;
        }
        let name = question.name;
        let raw: Vec<String> = posted
            .get(name)
            .map(|v| v.iter().map(|s| clean(s)).filter(|s| !s.trim().is_empty()).collect())
            .unwrap_or_default();
        let required_error = || FieldError::new(name, format!("{}-error", question.message(voice)));
        let required = question.required && as_asked;
        match question.input {
            Input::Radios(options) | Input::Select(options) => match raw.as_slice() {
                [] if required => errors.push(required_error()),
                [] => {}
                [one] if options.contains(&one.as_str()) => {
                    accepted.insert(name.to_owned(), vec![one.clone()]);
                }
                _ => errors.push(FieldError::new(name, "error-choose-from-list")),
            },
            Input::Checkboxes(options) => {
                if raw.is_empty() {
                    if required {
                        errors.push(required_error());
                    }
                } else if raw.iter().all(|v| options.contains(&v.as_str())) {
                    // Keep the list's order, once each.
                    let chosen: Vec<String> = options
                        .iter()
                        .filter(|o| raw.iter().any(|r| r == *o))
                        .map(|o| o.to_string())
                        .collect();
                    accepted.insert(name.to_owned(), chosen);
                } else {
                    errors.push(FieldError::new(name, "error-choose-from-list"));
                }
            }
            Input::Text { rule, .. } => match raw.first() {
                None if required => errors.push(required_error()),
                None => {}
                Some(value) => match check_text(rule, value.trim(), ctx) {
                    Ok(tidy) => {
                        accepted.insert(name.to_owned(), vec![tidy]);
                    }
                    Err(e) => errors.push(e.at(name)),
                },
            },
            Input::TextArea { max_chars, .. } => match raw.first() {
                None if required => errors.push(required_error()),
                None => {}
                Some(value) => {
                    let value = value.trim().replace("\r\n", "\n");
                    let length = value.chars().count();
                    if length > max_chars {
                        errors.push(
                            FieldError::new(name, "error-too-long").with_count(max_chars as i64),
                        );
                    } else {
                        accepted.insert(name.to_owned(), vec![value]);
                    }
                }
            },
        }
    }
    if errors.is_empty() {
        if let Some(check) = step.check {
            errors.extend(check(&accepted, ctx));
        }
    }
    if errors.is_empty() { Ok(accepted) } else { Err(errors) }
}

/// Removes control characters (keeping new lines) so nothing typed can break a header, a log
/// line or a CSV cell later, or be refused by the database (PostgreSQL stores no NUL).
pub fn clean(s: &str) -> String {
    s.chars().filter(|c| !c.is_control() || *c == '\n' || *c == '\r').collect()
}

/// A text rule's failure, before it knows its field.
#[derive(Debug, PartialEq, Eq)]
pub struct TextError {
    message: &'static str,
    count: Option<i64>,
}

impl TextError {
    fn new(message: &'static str) -> Self {
        Self { message, count: None }
    }

    pub fn at(self, field: &str) -> FieldError {
        FieldError { field: field.to_owned(), message: self.message.to_owned(), count: self.count }
    }
}

fn too_long(max: usize) -> TextError {
    TextError { message: "error-too-long", count: Some(max as i64) }
}

/// Checks a line of text and returns it tidied.
pub fn check_text(rule: TextRule, value: &str, ctx: RuleContext) -> Result<String, TextError> {
    match rule {
        TextRule::Plain => limit(value, 200),
        TextRule::Name => limit(value, 100),
        TextRule::Phone => phone(value),
        TextRule::Email => email(value),
        TextRule::Postcode => postcode(value),
        TextRule::Year => {
            let year: i32 = value.parse().map_err(|_| TextError::new("error-year"))?;
            if (1900..=ctx.current_year).contains(&year) {
                Ok(year.to_string())
            } else {
                Err(TextError::new("error-year"))
            }
        }
        TextRule::Years => match value.parse::<u32>() {
            Ok(n @ 1..=100) => Ok(n.to_string()),
            _ => Err(TextError::new("error-years")),
        },
        TextRule::CrimeReference => {
            let ok = (3..=30).contains(&value.chars().count())
                && value.chars().all(|c| c.is_ascii_alphanumeric() || " /-".contains(c));
            if ok { Ok(value.to_uppercase()) } else { Err(TextError::new("error-crime-reference")) }
        }
        TextRule::Reference => crate::domain::reference::Reference::parse(value)
            .map(|r| r.as_str().to_owned())
            .map_err(|_| TextError::new("error-reference")),
    }
}

fn limit(value: &str, max: usize) -> Result<String, TextError> {
    if value.chars().count() > max { Err(too_long(max)) } else { Ok(value.to_owned()) }
}

/// UK numbers (07700 900123, 0121 496 0000, +44 7700 900123) and international ones in
/// + form (+48 601 234 567). Spaces, dashes, dots and brackets are allowed and kept.
fn phone(value: &str) -> Result<String, TextError> {
    let invalid = || TextError::new("error-phone");
    if value.chars().count() > 30 {
        return Err(invalid());
    }
    if !value.chars().all(|c| c.is_ascii_digit() || " -.()+".contains(c)) {
        return Err(invalid());
    }
    let plus = value.trim_start().starts_with('+');
    if value.chars().skip(1).any(|c| c == '+') {
        return Err(invalid());
    }
    let digits: String = value.chars().filter(char::is_ascii_digit).collect();
    let ok = if plus {
        match digits.strip_prefix("44") {
            Some(uk) => (9..=10).contains(&uk.len()) && !uk.starts_with('0'),
            None => (7..=15).contains(&digits.len()) && !digits.starts_with('0'),
        }
    } else if let Some(international) = digits.strip_prefix("00") {
        (7..=15).contains(&international.len())
    } else {
        digits.starts_with('0') && (10..=11).contains(&digits.len())
    };
    if ok { Ok(value.split_whitespace().collect::<Vec<_>>().join(" ")) } else { Err(invalid()) }
}

fn email(value: &str) -> Result<String, TextError> {
    let invalid = || TextError::new("error-email");
    if value.len() > 254 || value.chars().any(|c| c.is_whitespace() || c == '<' || c == '>') {
        return Err(invalid());
    }
    let (local, domain) = value.rsplit_once('@').ok_or_else(invalid)?;
    let domain_ok = domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && domain.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '.');
    if local.is_empty() || local.contains('@') || !domain_ok {
        return Err(invalid());
    }
    Ok(value.to_owned())
}

fn postcode(value: &str) -> Result<String, TextError> {
    // ASCII only: checked before any byte-index split ("B1 1BÉ" must be an error, not a panic)
    // and with ASCII upper-casing, since full upper-casing makes "ſ" an S and "ß" SS.
    let compact: String =
        value.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_uppercase();
    let ok = compact.is_ascii() && (5..=7).contains(&compact.len()) && {
        let (outward, inward) = compact.split_at(compact.len() - 3);
        let inward: Vec<char> = inward.chars().collect();
        let outward_ok = outward.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
            && outward.chars().all(|c| c.is_ascii_alphanumeric())
            && outward.chars().any(|c| c.is_ascii_digit());
        outward_ok
            && inward[0].is_ascii_digit()
            && inward[1].is_ascii_alphabetic()
            && inward[2].is_ascii_alphabetic()
    };
    if ok {
        let (outward, inward) = compact.split_at(compact.len() - 3);
        Ok(format!("{outward} {inward}"))
    } else {
        Err(TextError::new("error-postcode"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journey::{Question, Step, Width};

    const CTX: RuleContext = RuleContext { current_year: 2026, current_month: 11 };

    #[test]
    fn a_postcode_with_letters_outside_ascii_is_an_error_not_a_panic() {
        for typed in ["B1 1BÉ", "É1 1BB", "B1 ١BB", "ß", "B1 1B\u{301}B", "ñññññ", "ſW1 1AA", "ßW1 1AA", "B1 1ﬁ"] {
            assert!(postcode(typed).is_err(), "{typed}");
        }
        assert_eq!(postcode("b70 1aa").unwrap(), "B70 1AA");
    }

    #[test]
    fn phone_numbers() {
        let cases = [
            ("07700 900123", true, "UK mobile"),
            ("0121 496 0000", true, "UK landline"),
            ("(0121) 496-0000", true, "brackets and dashes"),
            ("+44 7700 900123", true, "UK in + form"),
            ("+48 601 234 567", true, "Polish mobile"),
            ("+92 300 1234567", true, "Pakistani mobile"),
            ("0048 601 234 567", true, "international with 00"),
            ("7700 900123", false, "no leading 0"),
            ("0770090012", true, "ten digits"),
            ("077009001234", false, "too many digits"),
            ("+44 07700 900123", false, "+44 with the 0 kept"),
            ("+1 23", false, "too short"),
            ("0121 496 0000 ext 2", false, "letters"),
            ("07700+900123", false, "a plus in the middle"),
        ];
        for (input, ok, why) in cases {
            assert_eq!(check_text(TextRule::Phone, input, CTX).is_ok(), ok, "{why}: {input}");
        }
    }

    #[test]
    fn email_addresses() {
        let cases = [
            ("sam@example.org", true),
            ("sam.o'neil+rj@mail.example.co.uk", true),
            ("sam@example", false),
            ("sam example@example.org", false),
            ("@example.org", false),
            ("sam@@example.org", false),
            ("sam@example..org", false),
            ("sam@example.org\r\nBcc: x@y.z", false),
            ("<sam@example.org>", false),
        ];
        for (input, ok) in cases {
            assert_eq!(check_text(TextRule::Email, input, CTX).is_ok(), ok, "{input:?}");
        }
    }

    #[test]
    fn postcodes_are_tidied() {
        assert_eq!(check_text(TextRule::Postcode, "b1 1bb", CTX).unwrap(), "B1 1BB");
        assert_eq!(check_text(TextRule::Postcode, "CV12NA", CTX).unwrap(), "CV1 2NA");
        assert_eq!(check_text(TextRule::Postcode, "WV10 6QH", CTX).unwrap(), "WV10 6QH");
        assert!(check_text(TextRule::Postcode, "12345", CTX).is_err());
        assert!(check_text(TextRule::Postcode, "B1", CTX).is_err());
    }

    #[test]
    fn years_and_references() {
        assert!(check_text(TextRule::Year, "2026", CTX).is_ok());
        assert!(check_text(TextRule::Year, "2027", CTX).is_err(), "the future");
        assert!(check_text(TextRule::Year, "26", CTX).is_err());
        assert!(check_text(TextRule::Years, "0", CTX).is_err());
        assert!(check_text(TextRule::Years, "12", CTX).is_ok());
        assert_eq!(check_text(TextRule::Reference, "rj hk4m 7twx", CTX).unwrap(), "RJ-HK4M-7TWX");
        assert!(check_text(TextRule::Reference, "RJ-HK4M-7TW0", CTX).is_err(), "0 is not used");
        assert!(check_text(TextRule::Reference, "RJ-ABC", CTX).is_err());
        assert!(check_text(TextRule::CrimeReference, "20/12345/26", CTX).is_ok());
        assert!(check_text(TextRule::CrimeReference, "<script>", CTX).is_err());
    }

    const OPTIONS: &[&str] = &["me", "someone-else"];
    const QUESTIONS: &[Question] = &[
        Question::required("who", Input::Radios(OPTIONS)),
        Question::required(
            "phone",
            Input::Text { rule: TextRule::Phone, autocomplete: "tel", width: Width::Medium },
        )
        .needed_if(|v| crate::journey::has(v, "who", "someone-else")),
        Question::optional("story", Input::TextArea { max_chars: 10, autocomplete: "off" }),
    ];
    const STEP: Step = Step::questions("who", QUESTIONS);

    fn posted(pairs: &[(&str, &str)]) -> Values {
        let mut v = Values::new();
        for (k, val) in pairs {
            v.entry(k.to_string()).or_default().push(val.to_string());
        }
        v
    }

    #[test]
    fn a_page_is_checked_field_by_field() {
        let cases: &[(&[(&str, &str)], &[(&str, &str)], &str)] = &[
            (&[], &[("who", "q-who-error")], "nothing chosen"),
            (&[("who", "them")], &[("who", "error-choose-from-list")], "not an option"),
            (&[("who", "me")], &[], "a valid answer"),
            (&[("who", "someone-else")], &[("phone", "q-phone-error")], "conditional question"),
            (
                &[("who", "someone-else"), ("phone", "12")],
                &[("phone", "error-phone")],
                "bad phone",
            ),
            (&[("who", "me"), ("story", "01234567890")], &[("story", "error-too-long")], "long"),
        ];
        for (input, expected, why) in cases {
            let result = validate_step(&STEP, &posted(input), &Values::new(), Voice::You, CTX);
            let errors: Vec<(String, String)> = result
                .err()
                .unwrap_or_default()
                .into_iter()
                .map(|e| (e.field, e.message))
                .collect();
            let expected: Vec<(String, String)> =
                expected.iter().map(|(f, m)| (f.to_string(), m.to_string())).collect();
            assert_eq!(errors, expected, "{why}");
        }
    }

    #[test]
    fn answers_to_questions_that_do_not_apply_are_dropped() {
        let kept = validate_step(&STEP, &posted(&[("who", "me"), ("phone", "07700 900123")]), &Values::new(), Voice::You, CTX)
            .unwrap();
        assert!(!kept.contains_key("phone"));
    }

    #[test]
    fn control_characters_are_removed() {
        let kept =
            validate_step(&STEP, &posted(&[("who", "me"), ("story", "a\u{0}b\nc")]), &Values::new(), Voice::You, CTX)
                .unwrap();
        assert_eq!(kept["story"], vec!["ab\nc".to_string()]);
    }
}
