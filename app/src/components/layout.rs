//! The page layout: skip link, quick exit, header with contact details and the language
//! switcher, the page's own content, and the footer.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::{
    i18n::{Lang, t},
    pages::content::PageLinks,
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
                <LanguageSwitcher lang path />
            </div>
        </header>
        <main id="main" class="wrap" tabindex="-1">
            {children()}
        </main>
        <Footer lang info />
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

/// Each language named in its own script and marked with its own `lang`, so a screen reader
/// pronounces "اردو" as Urdu; every link keeps the current page.
#[component]
fn LanguageSwitcher(lang: Lang, path: String) -> impl IntoView {
    view! {
        <nav class="lang-switcher" aria-label=t(lang, "language-switcher-label")>
            <ul>
                {Lang::ALL
                    .into_iter()
                    .map(|other| {
                        let current = (other == lang).then_some("true");
                        view! {
                            <li>
                                <a
                                    href=switch_language(&path, other)
                                    lang=other.code()
                                    hreflang=other.code()
                                    aria-current=current
                                >
                                    {other.native_name()}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}

#[component]
fn Footer(lang: Lang, info: SiteInfo) -> impl IntoView {
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
                    </ul>
                </nav>
                <p>{info.service_name} " · " {t(lang, "footer-promise")}</p>
            </div>
        </footer>
    }
}
