// fluent-templates embeds the Fluent files with include_str!, which only tracks files that
// already exist; this makes a new or removed file in locales/ rebuild the crate too.
//
// It also turns Easy Read's pictures into a table: every `pictures/*.svg` embedded by name, and
// `locales/en-easyread/pictures.txt` (`message-id = picture`) as a list. A line naming a picture
// that does not exist stops the build.
use std::{env, fmt::Write as _, fs, path::Path};

fn main() {
    println!("cargo:rerun-if-changed=../locales");
    println!("cargo:rerun-if-changed=pictures");
    let manifest = env::var("CARGO_MANIFEST_DIR").unwrap();
    let pictures_dir = Path::new(&manifest).join("pictures");
    let mut names: Vec<String> = fs::read_dir(&pictures_dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter_map(|e| e.file_name().into_string().ok())
                .filter_map(|n| n.strip_suffix(".svg").map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let mut out = String::from("/// Easy Read's pictures: (name, SVG source).\npub static PICTURES: &[(&str, &str)] = &[\n");
    for name in &names {
        let path = pictures_dir.join(format!("{name}.svg"));
        println!("cargo:rerun-if-changed={}", path.display());
        writeln!(out, "    ({name:?}, include_str!({:?})),", path.display().to_string()).unwrap();
    }
    out.push_str("];\n\n/// Which message carries which picture: (message id, picture name).\npub static PICTURE_FOR: &[(&str, &str)] = &[\n");
    let map = Path::new(&manifest).join("../locales/en-easyread/pictures.txt");
    let text = fs::read_to_string(&map).unwrap_or_default();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (id, picture) = line
            .split_once('=')
            .map(|(a, b)| (a.trim(), b.trim()))
            .unwrap_or_else(|| panic!("{}:{}: expected `message-id = picture`", map.display(), n + 1));
        assert!(names.iter().any(|p| p == picture), "{}:{}: no picture app/pictures/{picture}.svg", map.display(), n + 1);
        writeln!(out, "    ({id:?}, {picture:?}),").unwrap();
    }
    out.push_str("];\n");
    fs::write(Path::new(&env::var("OUT_DIR").unwrap()).join("pictures.rs"), out).unwrap();
}
