//! The site's public paths in one place, so links, the sitemap and the language switcher agree.

use crate::i18n::Lang;

/// A public page that exists in every language, at `/{lang}/{slug}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Home,
    Privacy,
    Accessibility,
    Cookies,
    Complaints,
    Contact,
}

impl Page {
    pub const ALL: [Page; 6] = [
        Page::Home,
        Page::Privacy,
        Page::Accessibility,
        Page::Cookies,
        Page::Complaints,
        Page::Contact,
    ];

    /// The path segment after the language; empty for the home page.
    pub fn slug(self) -> &'static str {
        match self {
            Page::Home => "",
            Page::Privacy => "privacy",
            Page::Accessibility => "accessibility",
            Page::Cookies => "cookies",
            Page::Complaints => "complaints",
            Page::Contact => "contact",
        }
    }

    pub fn path(self, lang: Lang) -> String {
        format!("/{}/{}", lang.code(), self.slug())
    }
}

/// The same page in another language: swaps the first path segment and keeps the rest, so the
/// switcher keeps you where you are. A path with no language gets the language's home page.
pub fn switch_language(path: &str, to: Lang) -> String {
    let trimmed = path.trim_start_matches('/');
    let (first, rest) = trimmed.split_once('/').unwrap_or((trimmed, ""));
    if Lang::from_code(first).is_some() {
        format!("/{}/{}", to.code(), rest)
    } else {
        format!("/{}/", to.code())
    }
}

/// Where the quick exit goes. It clears what we hold and then leaves for the neutral site.
pub const EXIT: &str = "/exit";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn switching_language_keeps_the_page() {
        assert_eq!(switch_language("/en/privacy", Lang::Ur), "/ur/privacy");
        assert_eq!(switch_language("/ur/", Lang::Pl), "/pl/");
        assert_eq!(switch_language("/pl", Lang::En), "/en/");
        assert_eq!(switch_language("/en/refer/what-happened", Lang::Pl), "/pl/refer/what-happened");
    }

    #[test]
    fn switching_from_a_path_without_a_language_goes_home() {
        assert_eq!(switch_language("/xx/privacy", Lang::Ur), "/ur/");
        assert_eq!(switch_language("/", Lang::En), "/en/");
    }

    #[test]
    fn home_is_the_language_root() {
        assert_eq!(Page::Home.path(Lang::Ur), "/ur/");
        assert_eq!(Page::Contact.path(Lang::Pl), "/pl/contact");
    }
}
