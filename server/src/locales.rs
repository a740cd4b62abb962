//! The translators' commands: `server locales check`, `export` and `import` (see
//! `locales/README.md`). English is the source. Each locale folder keeps `translated-from.txt`:
//! for every message, a digest of the English it was translated from, so `export` can hand a
//! translator exactly the messages that are new or whose English has changed since.
//!
//! `import` writes each locale file in the English file's layout (comments, sections and order
//! from English; each message from the translation), and only when the whole locale then passes
//! the same checks as the test suite (`app::i18n::check`).

use std::{
    collections::BTreeMap,
    fmt::Write as _,
    fs,
    path::{Path, PathBuf},
};

use app::i18n::{
    Lang,
    check::{Catalog, Problem, plural_categories},
};
use sha2::{Digest, Sha256};

pub const DIGESTS: &str = "translated-from.txt";

#[derive(Debug, thiserror::Error)]
pub enum LocaleError {
    #[error("{0} is not a published language tag")]
    UnknownLanguage(String),
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("English itself has problems:\n{0}")]
    English(String),
    #[error("{count} problems, nothing written:\n{list}")]
    Problems { count: usize, list: String },
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> LocaleError + '_ {
    move |source| LocaleError::Io { path: path.to_owned(), source }
}

pub fn lang(tag: &str) -> Result<Lang, LocaleError> {
    Lang::from_code(tag).ok_or_else(|| LocaleError::UnknownLanguage(tag.to_owned()))
}

fn english(dir: &Path) -> Result<Catalog, LocaleError> {
    let (catalog, problems) = Catalog::load(&dir.join("en"));
    if problems.is_empty() { Ok(catalog) } else { Err(LocaleError::English(list(&problems))) }
}

fn list(problems: &[Problem]) -> String {
    problems.iter().map(|p| format!("  {p}")).collect::<Vec<_>>().join("\n")
}

/// A short digest of a message's English source (its text and comment), as recorded.
pub fn digest(source: &str) -> String {
    hex::encode(&Sha256::digest(source.trim().as_bytes())[..8])
}

fn read_digests(dir: &Path) -> BTreeMap<String, String> {
    fs::read_to_string(dir.join(DIGESTS))
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once(' ').map(|(id, d)| (id.to_owned(), d.trim().to_owned())))
        .collect()
}

/// Every problem of every locale (or of one), as the test suite sees them.
pub fn check(dir: &Path, only: Option<Lang>) -> Result<Vec<(Lang, Problem)>, LocaleError> {
    let english = english(dir)?;
    let mut out = Vec::new();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En && only.is_none_or(|o| o == *l)) {
        let (catalog, problems) = Catalog::load(&dir.join(lang.folder()));
        let compared = catalog.compare(&english, &plural_categories(&lang.langid()));
        out.extend(problems.into_iter().chain(compared).map(|p| (lang, p)));
    }
    Ok(out)
}

/// The messages a translator needs: new ones, and those whose English changed since they were
/// translated (all of them with `all`), as one Fluent file with the English to replace.
pub fn export(dir: &Path, lang: Lang, all: bool) -> Result<(String, usize), LocaleError> {
    let english = english(dir)?;
    let folder = dir.join(lang.folder());
    let (catalog, _) = Catalog::load(&folder);
    let digests = read_digests(&folder);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Messages to translate into {} ({}). Replace the English text of each message with\n\
         # the translation; keep every id, every {{ $placeable }} and every {{ message-reference }}.\n\
         # Lines starting with # are notes; leave them. Then: server locales import --lang {} FILE\n",
        lang.english_name(),
        lang.code(),
        lang.code()
    );
    let mut count = 0;
    for (id, en) in &english.messages {
        let current = catalog.messages.get(id);
        let why = match (current, digests.get(id)) {
            (None, _) => "new",
            (Some(_), Some(d)) if *d != digest(&en.source) => "changed",
            // No digest: translated before the locale was stamped; `locales stamp` or `--all`.
            _ if all => "all",
            _ => continue,
        };
        count += 1;
        let _ = writeln!(out, "# [{why}] in {}", en.file);
        if let (Some(current), "changed") = (current, why) {
            for line in current.source.lines().filter(|l| !l.starts_with('#')) {
                let _ = writeln!(out, "# was: {line}");
            }
        }
        let _ = writeln!(out, "{}\n", en.source);
    }
    Ok((out, count))
}

/// Merges a translated export into the locale, checks the whole locale, and writes it (files
/// in English's layout, digests updated for the imported messages) only if nothing is wrong.
pub fn import(dir: &Path, lang: Lang, translated: &str) -> Result<usize, LocaleError> {
    let english = english(dir)?;
    let folder = dir.join(lang.folder());
    let (mut catalog, _) = Catalog::load(&folder);
    let mut problems = Vec::new();
    let mut incoming = Catalog::default();
    incoming.add("import.ftl", translated, &mut problems);
    for id in incoming.messages.keys().filter(|id| !english.messages.contains_key(*id)) {
        problems.push(Problem::Extra { id: id.clone() });
    }
    if !problems.is_empty() {
        return Err(LocaleError::Problems { count: problems.len(), list: list(&problems) });
    }
    // The export's own notes ("# [new] in pages.ftl", "# was: ...") are not the message's.
    for (id, message) in &incoming.messages {
        let source: Vec<&str> = message
            .source
            .lines()
            .filter(|l| !(l.starts_with("# [") || l.starts_with("# was: ")))
            .collect();
        let file = english.messages[id].file.clone();
        catalog.messages.insert(id.clone(), app::i18n::check::Message { file, source: source.join("\n"), ..message.clone() });
    }
    // Write the files in memory, then check exactly what would be written.
    let files = layout(dir, &english, &catalog)?;
    let mut written = Catalog::default();
    let mut problems = Vec::new();
    for (name, text) in &files {
        written.add(name, text, &mut problems);
    }
    problems.extend(written.compare(&english, &plural_categories(&lang.langid())));
    if !problems.is_empty() {
        return Err(LocaleError::Problems { count: problems.len(), list: list(&problems) });
    }
    fs::create_dir_all(&folder).map_err(io(&folder))?;
    for (name, text) in &files {
        let path = folder.join(name);
        fs::write(&path, text).map_err(io(&path))?;
    }
    let mut digests = read_digests(&folder);
    for id in incoming.messages.keys() {
        digests.insert(id.clone(), digest(&english.messages[id].source));
    }
    digests.retain(|id, _| english.messages.contains_key(id));
    write_digests(&folder, &digests)?;
    Ok(incoming.messages.len())
}

/// Records that every message of a locale is translated from the English as it is now (after
/// a translator has gone through the whole locale).
pub fn stamp(dir: &Path, lang: Lang) -> Result<usize, LocaleError> {
    let english = english(dir)?;
    let folder = dir.join(lang.folder());
    let digests: BTreeMap<String, String> =
        english.messages.iter().map(|(id, m)| (id.clone(), digest(&m.source))).collect();
    write_digests(&folder, &digests)?;
    Ok(digests.len())
}

fn write_digests(folder: &Path, digests: &BTreeMap<String, String>) -> Result<(), LocaleError> {
    let mut out = String::from(
        "# For each message, a digest of the English it was translated from (server locales export\n\
         # uses it to find messages whose English has changed). Written by server locales import.\n",
    );
    for (id, d) in digests {
        let _ = writeln!(out, "{id} {d}");
    }
    let path = folder.join(DIGESTS);
    fs::write(&path, out).map_err(io(&path))
}

/// Each locale file as English lays it out: English's section comments and blank lines, and
/// in place of each English message (with its comment) the translation's (with its own).
fn layout(dir: &Path, english: &Catalog, catalog: &Catalog) -> Result<Vec<(String, String)>, LocaleError> {
    let en_dir = dir.join("en");
    let mut names: Vec<String> = english.messages.values().map(|m| m.file.clone()).collect();
    names.sort();
    names.dedup();
    let mut files = Vec::new();
    for name in names {
        let path = en_dir.join(&name);
        let source = fs::read_to_string(&path).map_err(io(&path))?;
        let lines: Vec<&str> = source.lines().collect();
        fn message_id<'a>(english: &Catalog, line: &'a str) -> Option<&'a str> {
            line.split_once('=').map(|(id, _)| id.trim_end()).filter(|id| english.messages.contains_key(*id))
        }
        let message_at = |line: &'_ str| message_id(english, line).map(str::to_owned);
        let mut out: Vec<&str> = Vec::new();
        let mut i = 0;
        while i < lines.len() {
            // A message's own comment is the run of `# ` lines straight above it.
            let mut j = i;
            while j < lines.len() && lines[j].starts_with("# ") {
                j += 1;
            }
            match lines.get(j).and_then(|l| message_at(l)) {
                Some(id) => {
                    let mut end = j + 1;
                    while end < lines.len() {
                        let continues = lines[end].starts_with(' ')
                            || (lines[end].is_empty()
                                && lines[end..].iter().find(|l| !l.is_empty()).is_some_and(|l| l.starts_with(' ')));
                        if !continues {
                            break;
                        }
                        end += 1;
                    }
                    if let Some(ours) = catalog.messages.get(&id) {
                        out.extend(ours.source.lines());
                    }
                    i = end;
                }
                None => {
                    let last = j.min(lines.len() - 1);
                    out.extend(&lines[i..=last]);
                    i = last + 1;
                }
            }
        }
        let mut text = out.join("\n");
        text.push('\n');
        files.push((name, text));
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("en")).unwrap();
        fs::create_dir_all(dir.path().join("pl")).unwrap();
        fs::write(
            dir.path().join("en/main.ftl"),
            "## Section\n\nhello = Hello { $name }\n# A note for translators.\nbye = Goodbye\n\nbody =\n    One.\n\n    Two.\n\nlast = Last\n",
        )
        .unwrap();
        fs::write(dir.path().join("pl/main.ftl"), "hello = Cześć { $name }\n").unwrap();
        dir
    }

    #[test]
    fn export_lists_new_messages_and_import_lays_them_out_like_english() {
        let dir = fixture();
        let (out, count) = export(dir.path(), Lang::Pl, false).unwrap();
        assert_eq!(count, 3, "{out}");
        assert!(out.contains("# [new] in main.ftl\n# A note for translators.\nbye = Goodbye"), "{out}");
        assert!(!out.contains("hello ="), "{out}");
        let translated = out
            .replace("bye = Goodbye", "bye = Do widzenia")
            .replace("    One.\n\n    Two.", "    Raz.\n\n    Dwa.")
            .replace("last = Last", "last = Ostatni");
        assert_eq!(import(dir.path(), Lang::Pl, &translated).unwrap(), 3);
        let written = fs::read_to_string(dir.path().join("pl/main.ftl")).unwrap();
        assert_eq!(
            written,
            "## Section\n\nhello = Cześć { $name }\n# A note for translators.\nbye = Do widzenia\n\nbody =\n    Raz.\n\n    Dwa.\n\nlast = Ostatni\n"
        );
        assert!(check(dir.path(), Some(Lang::Pl)).unwrap().is_empty());
        // Nothing is new now; a change to the English brings that message back.
        assert_eq!(export(dir.path(), Lang::Pl, false).unwrap().1, 0);
        let en = fs::read_to_string(dir.path().join("en/main.ftl")).unwrap();
        fs::write(dir.path().join("en/main.ftl"), en.replace("bye = Goodbye", "bye = Goodbye for now")).unwrap();
        let (out, count) = export(dir.path(), Lang::Pl, false).unwrap();
        assert_eq!(count, 1, "{out}");
        assert!(out.contains("# [changed] in main.ftl") && out.contains("# was: bye = Do widzenia"), "{out}");
    }

    #[test]
    fn an_import_with_a_problem_writes_nothing() {
        let dir = fixture();
        let before = fs::read_to_string(dir.path().join("pl/main.ftl")).unwrap();
        let err = import(dir.path(), Lang::Pl, "bye = Do widzenia { $oops }\n").unwrap_err();
        assert!(matches!(err, LocaleError::Problems { .. }), "{err}");
        let err = import(dir.path(), Lang::Pl, "nonsense = Coś\n").unwrap_err();
        assert!(err.to_string().contains("not in English"), "{err}");
        assert_eq!(fs::read_to_string(dir.path().join("pl/main.ftl")).unwrap(), before);
    }
}
