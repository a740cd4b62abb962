//! The home page: what the service is and how to reach it.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    i18n::{Lang, t},
    site::SiteInfo,
};

#[component]
pub fn Home() -> impl IntoView {
    let lang = expect_context::<Lang>();
    let info = use_context::<SiteInfo>().unwrap_or_default();
    let title = format!("{} – {}", t(lang, "home-title"), info.service_name);
    view! {
        <Title text=title />
        <h1>{t(lang, "home-title")}</h1>
        <p class="lead">{t(lang, "home-intro")}</p>
        <p>{t(lang, "home-how")}</p>
        <ul class="promises">
            <li>{t(lang, "promise-free")}</li>
            <li>{t(lang, "promise-confidential")}</li>
            <li>{t(lang, "promise-choice")}</li>
        </ul>
        <h2>{t(lang, "home-contact-heading")}</h2>
        <p>{t(lang, "home-contact-text")}</p>
        <ul class="contact-ways">
            <li>
                {t(lang, "contact-phone-label")} " "
                <a href=info.phone_href() dir="ltr">
                    {info.phone.clone()}
                </a>
            </li>
            <li>
                {t(lang, "contact-email-label")} " "
                <a href=format!("mailto:{}", info.email) dir="ltr">
                    {info.email.clone()}
                </a>
            </li>
        </ul>
        <h2>{t(lang, "home-danger-heading")}</h2>
        <p>{t(lang, "home-danger-text")}</p>
    }
}
