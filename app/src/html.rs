//! Escaping for the one place Leptos does not escape: the content of a `<textarea>`.
//!
//! Leptos 0.8's server renderer writes a textarea's child text as it is (upstream pull request
//! 4730 and its revert, 4819), so a typed value of `</textarea><p>Call 0800...</p>` would end the
//! box and show live markup when the page comes back. Every textarea renders its value through
//! `inner_html=escape_text(..)` instead.

/// A textarea's content: the text with `&`, `<` and `>` written as entities, after one newline
/// (the HTML parser drops a first newline, so a value that starts with one keeps it).
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 1);
    out.push('\n');
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn markup_comes_out_as_text() {
        assert_eq!(super::escape_text("a</textarea><b>&amp;"), "\na&lt;/textarea&gt;&lt;b&gt;&amp;amp;");
    }
}
