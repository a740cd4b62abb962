//! The footer's information pages. Their full text arrives with the public-content work; until
//! then each says plainly what it will hold and how to reach the service meanwhile.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    i18n::{Lang, t},
    paths::Page,
    site::SiteInfo,
};

fn title_id(page: Page) -> &'static str {
    match page {
        Page::Home => "home-title",
        Page::Privacy => "footer-privacy",
        Page::Accessibility => "footer-accessibility",
        Page::Cookies => "footer-cookies",
        Page::Complaints => "footer-complaints",
        Page::Contact => "footer-contact",
    }
}

#[component]
pub fn InfoPage(page: Page) -> impl IntoView {
    let lang = expect_context::<Lang>();
    let info = use_context::<SiteInfo>().unwrap_or_default();
    let heading = t(lang, title_id(page));
    view! {
        <Title text=format!("{heading} – {}", info.service_name) />
        <h1>{heading}</h1>
        <p>{t(lang, "info-being-written")}</p>
        <p>
            {t(lang, "contact-phone-label")} " "
            <a href=info.phone_href() dir="ltr">
                {info.phone.clone()}
            </a>
        </p>
    }
}
