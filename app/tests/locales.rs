//! Every locale carries every message English has, with the same placeables, and nothing else.
//! A missing id would silently show English on a translated page; a different placeable would
//! drop a phone number or a date out of a sentence.

use std::{
    collections::{BTreeMap, BTreeSet},
    fs,
    path::{Path, PathBuf},
};

use app::i18n::Lang;
use fluent_syntax::{
    ast::{Entry, Expression, InlineExpression, Pattern, PatternElement},
    parser,
};

type Messages = BTreeMap<String, BTreeSet<String>>;

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales")
}

fn ftl_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(ftl_files(&path));
        } else if path.extension().is_some_and(|e| e == "ftl") {
            files.push(path);
        }
    }
    files
}

fn collect_placeables(pattern: &Pattern<String>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            collect_expression(expression, out);
        }
    }
}

fn collect_expression(expression: &Expression<String>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => collect_inline(inline, out),
        Expression::Select { selector, variants } => {
            collect_inline(selector, out);
            for variant in variants {
                collect_placeables(&variant.value, out);
            }
        }
    }
}

fn collect_inline(inline: &InlineExpression<String>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(format!("${}", id.name));
        }
        InlineExpression::MessageReference { id, .. } => {
            out.insert(id.name.clone());
        }
        InlineExpression::TermReference { id, .. } => {
            out.insert(format!("-{}", id.name));
        }
        InlineExpression::Placeable { expression } => collect_expression(expression, out),
        InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                collect_inline(arg, out);
            }
        }
        InlineExpression::StringLiteral { .. } | InlineExpression::NumberLiteral { .. } => {}
    }
}

fn messages(lang: &str) -> Messages {
    let mut messages = Messages::new();
    for file in ftl_files(&locales_dir().join(lang)) {
        let source = fs::read_to_string(&file).unwrap();
        let resource = parser::parse(source)
            .unwrap_or_else(|(_, errors)| panic!("{} does not parse: {errors:?}", file.display()));
        for entry in resource.body {
            if let Entry::Message(message) = entry {
                let mut placeables = BTreeSet::new();
                if let Some(value) = &message.value {
                    collect_placeables(value, &mut placeables);
                }
                for attribute in &message.attributes {
                    collect_placeables(&attribute.value, &mut placeables);
                }
                let id = message.id.name.clone();
                assert!(
                    messages.insert(id.clone(), placeables).is_none(),
                    "{lang}: message {id} is defined twice"
                );
            }
        }
    }
    messages
}

#[test]
fn every_published_language_has_a_locale_folder_and_no_folder_is_unpublished() {
    let mut folders: Vec<String> = fs::read_dir(locales_dir())
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    folders.sort();
    let mut published: Vec<String> = Lang::ALL.iter().map(|l| l.code().to_owned()).collect();
    published.sort();
    assert_eq!(folders, published);
}

#[test]
fn every_locale_has_exactly_the_english_messages_with_the_same_placeables() {
    let english = messages("en");
    assert!(english.len() > 10, "English has too few messages to be the real source");
    let mut problems = Vec::new();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let other = messages(lang.code());
        for (id, placeables) in &english {
            match other.get(id) {
                None => problems.push(format!("{}: missing {id}", lang.code())),
                Some(theirs) if theirs != placeables => problems.push(format!(
                    "{}: {id} has placeables {theirs:?}, English has {placeables:?}",
                    lang.code()
                )),
                Some(_) => {}
            }
        }
        for id in other.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{}: {id} is not in English", lang.code()));
        }
    }
    assert!(problems.is_empty(), "locale problems:\n{}", problems.join("\n"));
}
