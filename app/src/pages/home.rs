//! The home page: what the service is in two sentences, three ways in, how to reach us, and
//! a menu of everything there is to read.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    i18n::{Lang, rich, t},
    pages::content::{ContactWays, LastUpdated, PageLinks, say, with_picture},
    paths::{self, Page},
    site::SiteInfo,
};

#[component]
pub fn Home() -> impl IntoView {
    let lang = expect_context::<Lang>();
    let info = use_context::<SiteInfo>().unwrap_or_default();
    let title = format!("{} – {}", t(lang, "home-title"), info.service_name);
    let ways = [
        (paths::refer(lang), "home-way-refer", "home-way-refer-text"),
        (paths::call_back(lang), "home-way-call", "home-way-call-text"),
        (Page::WhatIsRj.path(lang), "home-way-read", "home-way-read-text"),
    ];
    view! {
        <Title text=title />
        <h1>{t(lang, "home-title")}</h1>
        {with_picture(
            lang,
            "home-summary",
            view! { <p class="lead">{rich(say(lang, &info, "home-summary"))}</p> }.into_any(),
        )}
        <ul class="promises">
            <li>{t(lang, "promise-free")}</li>
            <li>{t(lang, "promise-confidential")}</li>
            <li>{t(lang, "promise-choice")}</li>
        </ul>
        <h2>{t(lang, "home-ways-heading")}</h2>
        <ul class="ways">
            {ways
                .into_iter()
                .map(|(href, link, text)| {
                    view! {
                        <li>
                            <a href=href class="way">{t(lang, link)}</a>
                            {with_picture(lang, text, view! { <p>{t(lang, text)}</p> }.into_any())}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        <h2>{t(lang, "home-contact-heading")}</h2>
        <p>{t(lang, "home-contact-text")}</p>
        <ContactWays lang info=info.clone() />
        <div class="danger" role="note">
            <h2>{t(lang, "home-danger-heading")}</h2>
            <p>{t(lang, "home-danger-text")}</p>
        </div>
        <nav aria-labelledby="more-heading">
            <h2 id="more-heading">{t(lang, "home-more-heading")}</h2>
            <PageLinks lang pages=Page::ABOUT_RJ.to_vec() />
        </nav>
        <LastUpdated lang updated=(2026, 11, 22) />
    }
}
