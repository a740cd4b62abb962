//! The 404 page: in the path's language when it names one we publish, in English otherwise,
//! with a way into every language.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_location;

use crate::{
    components::layout::PageLayout,
    i18n::{Lang, t},
    paths::Page,
};

/// The whole 404 document, for paths outside any language.
#[component]
pub fn NotFound() -> impl IntoView {
    let path = use_location().pathname.get_untracked();
    let lang = Lang::from_path(&path).unwrap_or(Lang::En);
    view! {
        <PageLayout lang>
            <NotFoundBody />
        </PageLayout>
    }
}

/// The 404 page's content, for use inside a layout that is already there.
#[component]
pub fn NotFoundBody() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    let path = use_location().pathname.get_untracked();
    let lang = Lang::from_path(&path).unwrap_or(Lang::En);
    view! {
        <Title text=t(lang, "not-found-title") />
            <h1>{t(lang, "not-found-title")}</h1>
            <p>{t(lang, "not-found-text")}</p>
            <ul class="language-homes">
                {Lang::ALL
                    .into_iter()
                    .map(|l| {
                        view! {
                            <li>
                                <a href=Page::Home.path(l) lang=l.code() hreflang=l.code()>
                                    {t(l, "not-found-home-link")}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
    }
}
