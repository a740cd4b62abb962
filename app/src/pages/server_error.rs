//! The friendly 500 page. The server shows it in place of any bare 500 (a panic, a failed
//! render), in the language of the path that failed.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    i18n::{Lang, rich, t},
    pages::content::say,
    paths::Page,
    site::SiteInfo,
};

#[component]
pub fn ServerError() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::INTERNAL_SERVER_ERROR);
    }
    let lang = expect_context::<Lang>();
    let info = use_context::<SiteInfo>().unwrap_or_default();
    view! {
        <Title text=t(lang, "server-error-title") />
        <h1>{t(lang, "server-error-title")}</h1>
        <p>{rich(say(lang, &info, "server-error-text"))}</p>
        <p>
            <a href=Page::Home.path(lang)>{t(lang, "server-error-home-link")}</a>
        </p>
    }
}
