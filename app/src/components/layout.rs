//! The page layout: skip link, quick exit, header with contact details and the language
//! switcher, the page's own content, and the footer.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::{
    i18n::{FluentValue, Lang, rich, t, t_args},
    pages::{content::PageLinks, languages::is_draft},
    paths::{EXIT, Page, switch_language},
    site::SiteInfo,
};

#[component]
pub fn PageLayout(lang: Lang, children: Children) -> impl IntoView {
    let info = use_context::<SiteInfo>().unwrap_or_default();
    let path = use_location().pathname.get_untracked();
    view! {
        <a href="#main" class="skip-link">
            {t(lang, "skip-to-content")}
        </a>
        // The second tab stop leaves at once, for someone who cannot reach the mouse in time.
        <a href=EXIT class="quick-exit-skip" data-quick-exit="">
            {t(lang, "quick-exit-keyboard")}
        </a>
        <header class="site-header">
            <div class="wrap header-bar">
                <a class="brand" href=Page::Home.path(lang)>
                    {info.service_name.clone()}
                </a>
                <div class="quick-exit-box">
                    <a href=EXIT class="quick-exit" data-quick-exit="">
                        {t(lang, "quick-exit")}
                    </a>
                    <p class="quick-exit-hint" hidden>
                        {t(lang, "quick-exit-hint")}
                    </p>
                </div>
            </div>
            <div class="wrap header-contact">
                <ContactLine lang info=info.clone() />
                <LanguageSwitcher lang path=path.clone() />
            </div>
            <DraftNote lang info=info.clone() />
        </header>
        <main id="main" class="wrap" tabindex="-1">
            {children()}
        </main>
        <Footer lang info path />
    }
}

#[component]
fn ContactLine(lang: Lang, info: SiteInfo) -> impl IntoView {
    view! {
        <p class="contact-line">
            <span>{t(lang, "contact-phone-label")} " "</span>
            <a href=info.phone_href() dir="ltr">
                {info.phone.clone()}
            </a>
            <span class="sep">" · "</span>
            <span>{t(lang, "contact-email-label")} " "</span>
            <a href=format!("mailto:{}", info.email) dir="ltr">
                {info.email.clone()}
            </a>
        </p>
    }
}

/// The compact switcher: a disclosure (`<details>`, so it needs no script) whose button shows a
/// globe and the current language; inside, every language named in its own script and marked
/// with its own `lang`, so a screen reader pronounces "اردو" as Urdu. Every link keeps the
/// current page, and inside a journey the answers (they are kept on the server).
#[component]
fn LanguageSwitcher(lang: Lang, path: String) -> impl IntoView {
    view! {
        <nav class="lang-switcher" aria-label=t(lang, "language-switcher-label")>
            <details>
                <summary>
                    <svg class="globe" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20">
                        <circle cx="12" cy="12" r="9.5" />
                        <path d="M2.5 12h19M12 2.5c2.6 2.7 3.9 5.9 3.9 9.5s-1.3 6.8-3.9 9.5M12 2.5C9.4 5.2 8.1 8.4 8.1 12s1.3 6.8 3.9 9.5" />
                    </svg>
                    <span>{t(lang, "language-switcher-button")}</span>
                    ": "
                    <span class="current-language">{lang.native_name()}</span>
                </summary>
                <ul>
                    {Lang::ALL
                        .into_iter()
                        .map(|other| {
                            let current = (other == lang).then_some("true");
                            view! {
                                <li>
                                    <LanguageLink other from=path.clone() current>
                                        {other.native_name()}
                                    </LanguageLink>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </details>
        </nav>
    }
}

/// A link to the same page in another language, marked with that language's tag and direction
/// (the switcher and the Languages page).
#[component]
pub fn LanguageLink(other: Lang, from: String, current: Option<&'static str>, children: Children) -> impl IntoView {
    view! {
        <a
            href=switch_language(&from, other)
            lang=other.code()
            hreflang=other.code()
            dir=other.dir().as_str()
            aria-current=current
        >
            {children()}
        </a>
    }
}

/// The line on every page of a translation nobody qualified has checked yet: honest, in the
/// language, and with the free interpreter line.
#[component]
fn DraftNote(lang: Lang, info: SiteInfo) -> impl IntoView {
    is_draft(lang).then(|| {
        view! {
            <div class="wrap">
                <p class="translation-note" role="note">
                    {rich(t_args(lang, "translation-draft", &[("phone", FluentValue::from(info.phone.clone()))]))}
                </p>
            </div>
        }
    })
}

/// The Languages page's address, remembering the page to come back to.
pub fn languages_path(lang: Lang, from: &str) -> String {
    let from: String = from
        .chars()
        .flat_map(|c| match c {
            'a'..='z' | 'A'..='Z' | '0'..='9' | '/' | '-' | '_' | '.' => vec![c.to_string()],
            c => c.to_string().bytes().map(|b| format!("%{b:02X}")).collect(),
        })
        .collect();
    format!("{}?from={from}", Page::Languages.path(lang))
}

#[component]
fn Footer(lang: Lang, info: SiteInfo, path: String) -> impl IntoView {
    let links = [
        (Page::Privacy, "footer-privacy"),
        (Page::Accessibility, "footer-accessibility"),
        (Page::Cookies, "footer-cookies"),
        (Page::Complaints, "footer-complaints"),
        (Page::Contact, "footer-contact"),
    ];
    view! {
        <footer class="site-footer">
            <div class="wrap">
                <nav aria-label=t(lang, "about-nav-label")>
                    <h2 class="footer-heading">{t(lang, "about-nav-label")}</h2>
                    <PageLinks
                        lang
                        pages=Page::ABOUT_RJ.into_iter().chain([Page::Leaflet]).collect()
                        class="footer-links about-links"
                    />
                </nav>
                <nav aria-label=t(lang, "footer-nav-label")>
                    <ul class="footer-links">
                        {links
                            .into_iter()
                            .map(|(page, id)| {
                                view! {
                                    <li>
                                        <a href=page.path(lang)>{t(lang, id)}</a>
                                    </li>
                                }
                            })
                            .collect_view()}
                        <li>
                            <a href=languages_path(lang, &path)>{t(lang, "footer-languages")}</a>
                        </li>
                    </ul>
                </nav>
                <p>{info.service_name} " · " {t(lang, "footer-promise")}</p>
            </div>
        </footer>
    }
}
