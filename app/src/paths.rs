//! The site's public paths in one place, so links, the sitemap and the language switcher agree.

use crate::i18n::Lang;

/// A public page that exists in every language, at `/{lang}/{slug}`. `Page::ALL` lists every
/// one: the sitemap, the navigation and the tests iterate it, so a page missing here is missing
/// everywhere.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Page {
    Home,
    WhatIsRj,
    HowItWorks,
    WhoCanTakePart,
    IsItSafe,
    MythsAndFacts,
    CausedHarm,
    Professionals,
    Evidence,
    OtherSupport,
    StayingSafeOnline,
    Faqs,
    Leaflet,
    Privacy,
    Accessibility,
    Cookies,
    Complaints,
    Contact,
    /// Every language the site is in, each in its own script and in English.
    Languages,
}

impl Page {
    pub const ALL: [Page; 19] = [
        Page::Home,
        Page::WhatIsRj,
        Page::HowItWorks,
        Page::WhoCanTakePart,
        Page::IsItSafe,
        Page::MythsAndFacts,
        Page::CausedHarm,
        Page::Professionals,
        Page::Evidence,
        Page::OtherSupport,
        Page::StayingSafeOnline,
        Page::Faqs,
        Page::Leaflet,
        Page::Privacy,
        Page::Accessibility,
        Page::Cookies,
        Page::Complaints,
        Page::Contact,
        Page::Languages,
    ];

    /// The pages that explain restorative justice, in reading order: the home page's menu and
    /// the footer's "About restorative justice" list.
    pub const ABOUT_RJ: [Page; 11] = [
        Page::WhatIsRj,
        Page::HowItWorks,
        Page::WhoCanTakePart,
        Page::IsItSafe,
        Page::MythsAndFacts,
        Page::CausedHarm,
        Page::Professionals,
        Page::Evidence,
        Page::OtherSupport,
        Page::StayingSafeOnline,
        Page::Faqs,
    ];

    /// The path segment after the language; empty for the home page.
    pub fn slug(self) -> &'static str {
        match self {
            Page::Home => "",
            Page::WhatIsRj => "what-is-restorative-justice",
            Page::HowItWorks => "how-it-works",
            Page::WhoCanTakePart => "who-can-take-part",
            Page::IsItSafe => "is-it-safe",
            Page::MythsAndFacts => "myths-and-facts",
            Page::CausedHarm => "if-you-caused-harm",
            Page::Professionals => "for-professionals",
            Page::Evidence => "evidence",
            Page::OtherSupport => "other-support",
            Page::StayingSafeOnline => "staying-safe-online",
            Page::Faqs => "questions",
            Page::Leaflet => "leaflet",
            Page::Privacy => "privacy",
            Page::Accessibility => "accessibility",
            Page::Cookies => "cookies",
            Page::Complaints => "complaints",
            Page::Contact => "contact",
            Page::Languages => "languages",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Page> {
        Page::ALL.into_iter().find(|p| p.slug() == slug)
    }

    pub fn path(self, lang: Lang) -> String {
        format!("/{}/{}", lang.code(), self.slug())
    }
}

/// The referral journey's start. The journey itself is built elsewhere; this is its door.
pub fn refer(lang: Lang) -> String {
    format!("/{}/refer", lang.code())
}

/// The call-back request's start.
pub fn call_back(lang: Lang) -> String {
    format!("/{}/call-back", lang.code())
}

/// Where to ask to stop a referral.
pub fn withdraw(lang: Lang) -> String {
    format!("/{}/withdraw", lang.code())
}

/// The friendly error page that bare 500 responses are replaced with.
pub fn server_error(lang: Lang) -> String {
    format!("/{}/server-error", lang.code())
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

/// Whether a path is in the staff area: the only place that loads the islands' WASM (and so
/// the only place whose CSP allows compiling it, and whose pages keep hydration data).
pub fn is_staff(path: &str) -> bool {
    path == "/staff" || path.starts_with("/staff/")
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
    fn only_staff_paths_are_staff() {
        assert!(is_staff("/staff"));
        assert!(is_staff("/staff/requests/RJ-HK4M-7TWX"));
        assert!(!is_staff("/staffing"));
        assert!(!is_staff("/en/staff"));
    }

    #[test]
    fn home_is_the_language_root() {
        assert_eq!(Page::Home.path(Lang::Ur), "/ur/");
        assert_eq!(Page::Contact.path(Lang::Pl), "/pl/contact");
    }

    #[test]
    fn every_page_has_its_own_slug_and_can_be_found_by_it() {
        for page in Page::ALL {
            assert_eq!(Page::from_slug(page.slug()), Some(page), "{page:?}");
        }
        let mut slugs: Vec<_> = Page::ALL.iter().map(|p| p.slug()).collect();
        slugs.sort();
        slugs.dedup();
        assert_eq!(slugs.len(), Page::ALL.len(), "two pages share a slug");
    }
}
