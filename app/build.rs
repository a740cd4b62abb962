// fluent-templates embeds the Fluent files with include_str!, which only tracks files that
// already exist; this makes a new or removed file in locales/ rebuild the crate too.
fn main() {
    println!("cargo:rerun-if-changed=../locales");
}
