//! The checks every locale must pass against the English source. One implementation serves the
//! test suite (`app/tests/locales.rs`) and the translators' commands (`server locales check`,
//! `export`, `import`), so a translation that imports cleanly also passes CI.
//!
//! A locale fails when it has a Fluent syntax error, lacks an English id, has an id English does
//! not, uses different placeables (variables or message references), lacks a plural category
//! its language needs in a plural selector, or has a value identical to English that is not
//! marked `# same-as-en: why`.

use std::{
    collections::{BTreeMap, BTreeSet},
    fmt, fs,
    path::{Path, PathBuf},
};

use fluent_syntax::{
    ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey},
    parser,
};

/// The marker, in a message's comment, for a value that is meant to stay as in English.
pub const SAME_AS_EN: &str = "same-as-en";

/// One message as the checks see it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    /// Which file it is in (`pages.ftl`), so an import puts it back in the same place.
    pub file: String,
    /// Variables (`$phone`) and message references (`quick-exit`) it uses.
    pub placeables: BTreeSet<String>,
    /// Its text with every placeable replaced by `{}`, for the "identical to English" check.
    pub text: String,
    /// The variant keys of each selector on a variable, for the plural check.
    pub selectors: Vec<BTreeSet<String>>,
    /// Marked `# same-as-en`.
    pub same_as_english: bool,
    /// The message's whole source (comment included), for export and import.
    pub source: String,
}

/// Every message of one locale, by id.
#[derive(Clone, Debug, Default)]
pub struct Catalog {
    pub messages: BTreeMap<String, Message>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    Syntax { file: String, detail: String },
    Duplicate { id: String },
    Missing { id: String },
    Extra { id: String },
    Placeables { id: String, theirs: BTreeSet<String>, english: BTreeSet<String> },
    PluralCategory { id: String, missing: BTreeSet<String> },
    SameAsEnglish { id: String },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Syntax { file, detail } => write!(f, "{file}: Fluent syntax error: {detail}"),
            Problem::Duplicate { id } => write!(f, "{id}: defined twice"),
            Problem::Missing { id } => write!(f, "{id}: missing"),
            Problem::Extra { id } => write!(f, "{id}: not in English"),
            Problem::Placeables { id, theirs, english } => {
                write!(f, "{id}: placeables {theirs:?}, English has {english:?}")
            }
            Problem::PluralCategory { id, missing } => {
                write!(f, "{id}: the plural selector lacks {missing:?}, which this language needs")
            }
            Problem::SameAsEnglish { id } => write!(
                f,
                "{id}: identical to English; translate it, or mark it `# {SAME_AS_EN}: why`"
            ),
        }
    }
}

fn ftl_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

impl Catalog {
    /// Reads every `.ftl` file in a locale folder.
    pub fn load(dir: &Path) -> (Catalog, Vec<Problem>) {
        let mut catalog = Catalog::default();
        let mut problems = Vec::new();
        for file in ftl_files(dir) {
            let name = file.file_name().unwrap_or_default().to_string_lossy().into_owned();
            let source = match fs::read_to_string(&file) {
                Ok(s) => s,
                Err(e) => {
                    problems.push(Problem::Syntax { file: name, detail: e.to_string() });
                    continue;
                }
            };
            catalog.add(&name, &source, &mut problems);
        }
        (catalog, problems)
    }

    /// Adds the messages of one file's source.
    pub fn add(&mut self, file: &str, source: &str, problems: &mut Vec<Problem>) {
        let resource = match parser::parse(source) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    let line = source[..e.pos.start.min(source.len())].lines().count().max(1);
                    problems.push(Problem::Syntax {
                        file: file.to_owned(),
                        detail: format!("line {line}: {:?}", e.kind),
                    });
                }
                r
            }
        };
        for entry in resource.body {
            let Entry::Message(message) = entry else { continue };
            let mut placeables = BTreeSet::new();
            let mut selectors = Vec::new();
            let mut text = String::new();
            if let Some(value) = &message.value {
                walk(value, &mut placeables, &mut selectors, &mut text);
            }
            for attribute in &message.attributes {
                walk(&attribute.value, &mut placeables, &mut selectors, &mut text);
            }
            let comment = message.comment.as_ref().map(|c| c.content.join("\n")).unwrap_or_default();
            let id = message.id.name.to_owned();
            let source = message_source(source, &id);
            let entry = Message {
                file: file.to_owned(),
                placeables,
                text: text.trim().to_owned(),
                selectors,
                same_as_english: comment.contains(SAME_AS_EN),
                source,
            };
            if self.messages.insert(id.clone(), entry).is_some() {
                problems.push(Problem::Duplicate { id });
            }
        }
    }

    /// How this locale differs from the English source. `plural_categories` is what the
    /// language's cardinal plural rules need (see [`plural_categories`]).
    pub fn compare(&self, english: &Catalog, plural_categories: &BTreeSet<String>) -> Vec<Problem> {
        let mut problems = Vec::new();
        for (id, en) in &english.messages {
            let Some(ours) = self.messages.get(id) else {
                problems.push(Problem::Missing { id: id.clone() });
                continue;
            };
            if ours.placeables != en.placeables {
                problems.push(Problem::Placeables {
                    id: id.clone(),
                    theirs: ours.placeables.clone(),
                    english: en.placeables.clone(),
                });
            }
            for keys in &ours.selectors {
                let plural = keys.iter().any(|k| PLURAL_KEYWORDS.contains(&k.as_str()));
                if plural {
                    let missing: BTreeSet<String> = plural_categories
                        .iter()
                        .filter(|c| !keys.contains(*c) && c.as_str() != "other")
                        .cloned()
                        .collect();
                    if !missing.is_empty() {
                        problems.push(Problem::PluralCategory { id: id.clone(), missing });
                    }
                }
            }
            let identical = !en.text.is_empty() && ours.text == en.text;
            if identical && !ours.same_as_english && id != "language-name" {
                problems.push(Problem::SameAsEnglish { id: id.clone() });
            }
        }
        for id in self.messages.keys().filter(|id| !english.messages.contains_key(*id)) {
            problems.push(Problem::Extra { id: id.clone() });
        }
        problems
    }
}

const PLURAL_KEYWORDS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The cardinal plural categories a language uses, found by asking its CLDR rules about
/// integers and simple decimals. A language the rules do not know gets only `other`.
pub fn plural_categories(lang: &unic_langid::LanguageIdentifier) -> BTreeSet<String> {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    let mut out = BTreeSet::from(["other".to_owned()]);
    let Ok(rules) = PluralRules::create(lang.clone(), PluralRuleType::CARDINAL) else { return out };
    let samples = (0..=1000).map(|n| n.to_string()).chain(["0.5", "1.5", "2.5", "1000000"].map(String::from));
    for n in samples {
        if let Ok(category) = rules.select(n.as_str()) {
            out.insert(
                match category {
                    PluralCategory::ZERO => "zero",
                    PluralCategory::ONE => "one",
                    PluralCategory::TWO => "two",
                    PluralCategory::FEW => "few",
                    PluralCategory::MANY => "many",
                    PluralCategory::OTHER => "other",
                }
                .to_owned(),
            );
        }
    }
    out
}

fn walk(
    pattern: &Pattern<&str>,
    placeables: &mut BTreeSet<String>,
    selectors: &mut Vec<BTreeSet<String>>,
    text: &mut String,
) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => text.push_str(value),
            PatternElement::Placeable { expression } => {
                text.push_str("{}");
                expression_refs(expression, placeables, selectors, text);
            }
        }
    }
}

fn expression_refs(
    expression: &Expression<&str>,
    placeables: &mut BTreeSet<String>,
    selectors: &mut Vec<BTreeSet<String>>,
    text: &mut String,
) {
    match expression {
        Expression::Inline(inline) => inline_refs(inline, placeables, selectors, text),
        Expression::Select { selector, variants } => {
            inline_refs(selector, placeables, selectors, text);
            let keys = variants
                .iter()
                .map(|v| match &v.key {
                    VariantKey::Identifier { name } => (*name).to_owned(),
                    VariantKey::NumberLiteral { value } => (*value).to_owned(),
                })
                .collect();
            selectors.push(keys);
            for variant in variants {
                walk(&variant.value, placeables, selectors, text);
            }
        }
    }
}

fn inline_refs(
    inline: &InlineExpression<&str>,
    placeables: &mut BTreeSet<String>,
    selectors: &mut Vec<BTreeSet<String>>,
    text: &mut String,
) {
    match inline {
        InlineExpression::VariableReference { id } => {
            placeables.insert(format!("${}", id.name));
        }
        InlineExpression::MessageReference { id, .. } => {
            placeables.insert(id.name.to_owned());
        }
        InlineExpression::TermReference { id, .. } => {
            placeables.insert(format!("-{}", id.name));
        }
        InlineExpression::Placeable { expression } => {
            expression_refs(expression, placeables, selectors, text)
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                inline_refs(arg, placeables, selectors, text);
            }
        }
        InlineExpression::StringLiteral { value } => text.push_str(value),
        InlineExpression::NumberLiteral { value } => text.push_str(value),
    }
}

/// The lines of one message in a file: its comment (the `#` lines straight above it), the
/// `id =` line and its indented continuation lines.
fn message_source(source: &str, id: &str) -> String {
    let lines: Vec<&str> = source.lines().collect();
    let Some(start) = lines.iter().position(|l| {
        l.strip_prefix(id).is_some_and(|rest| rest.trim_start().starts_with('='))
    }) else {
        return String::new();
    };
    let mut first = start;
    while first > 0 && lines[first - 1].starts_with("# ") {
        first -= 1;
    }
    let mut end = start + 1;
    while end < lines.len() && (lines[end].starts_with(' ') || lines[end].is_empty()) {
        end += 1;
    }
    while end > start + 1 && lines[end - 1].trim().is_empty() {
        end -= 1;
    }
    lines[first..end].join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog(source: &str) -> Catalog {
        let mut c = Catalog::default();
        let mut problems = Vec::new();
        c.add("test.ftl", source, &mut problems);
        assert!(problems.is_empty(), "{problems:?}");
        c
    }

    fn en() -> Catalog {
        catalog("hello = Hello { $name }\nbye = Goodbye\nbrand = Samaritans\n")
    }

    #[test]
    fn a_complete_translation_passes() {
        let pl = catalog("hello = Cześć { $name }\nbye = Do widzenia\n# same-as-en: a name\nbrand = Samaritans\n");
        assert_eq!(pl.compare(&en(), &BTreeSet::new()), vec![]);
    }

    #[test]
    fn each_kind_of_problem_is_found() {
        let pl = catalog("hello = Cześć\nbrand = Samaritans\nextra = Coś\n");
        let problems = pl.compare(&en(), &BTreeSet::new());
        assert!(problems.contains(&Problem::Missing { id: "bye".into() }), "{problems:?}");
        assert!(problems.contains(&Problem::Extra { id: "extra".into() }));
        assert!(problems.contains(&Problem::SameAsEnglish { id: "brand".into() }));
        assert!(problems.iter().any(|p| matches!(p, Problem::Placeables { id, .. } if id == "hello")));
    }

    #[test]
    fn a_plural_selector_must_have_every_category_the_language_needs() {
        let english = catalog("n = { $n ->\n    [one] { $n } day\n   *[other] { $n } days\n}\n");
        let polish: unic_langid::LanguageIdentifier = "pl".parse().unwrap();
        let needed = plural_categories(&polish);
        assert!(needed.contains("few") && needed.contains("many"), "{needed:?}");
        let short = catalog("n = { $n ->\n    [one] { $n } dzień\n   *[other] { $n } dni\n}\n");
        assert!(matches!(&short.compare(&english, &needed)[..], [Problem::PluralCategory { .. }]));
        let full = catalog(
            "n = { $n ->\n    [one] { $n } dzień\n    [few] { $n } dni\n    [many] { $n } dni\n   *[other] { $n } dnia\n}\n",
        );
        assert_eq!(full.compare(&english, &needed), vec![]);
    }

    #[test]
    fn a_syntax_error_is_a_problem() {
        let mut c = Catalog::default();
        let mut problems = Vec::new();
        c.add("bad.ftl", "good = Fine\nbad = { $oops\n", &mut problems);
        assert!(matches!(&problems[..], [Problem::Syntax { .. }]), "{problems:?}");
    }

    #[test]
    fn a_message_source_includes_its_comment_and_continuation_lines() {
        let source = "# a note\nbody =\n    First.\n\n    Second.\n\nnext = x\n";
        assert_eq!(message_source(source, "body"), "# a note\nbody =\n    First.\n\n    Second.");
    }
}
