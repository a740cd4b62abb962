//! The HTML document and the route table.

use leptos::prelude::*;
use leptos_meta::{MetaTags, provide_meta_context};
use leptos_router::{
    components::{Outlet, ParentRoute, Route, Router, Routes},
    hooks::use_params_map,
    path,
};

use crate::{
    callback::{CALL_BACK, WITHDRAW},
    components::layout::PageLayout,
    pages::journeys::{JourneyStep, StartPage},
    referral::JOURNEY as REFERRAL,
    i18n::Lang,
    pages::{home::Home, info::InfoPage, not_found::NotFound},
    paths::Page,
    site::AssetVersion,
};

/// The whole document. `lang` and `dir` are decided here, on the server, from the path, so the
/// very first byte a screen reader or browser sees is right (no client-side fix-up).
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let path = request_path();
    let lang = Lang::from_path(&path).unwrap_or(Lang::En);
    // Public pages ship no WASM. Only the staff area loads the islands' code.
    let islands = path == "/staff" || path.starts_with("/staff/");
    let version = use_context::<AssetVersion>().unwrap_or_default().0;
    let nonce = script_nonce();
    view! {
        <!DOCTYPE html>
        <html lang=lang.code() dir=lang.dir().as_str()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light" />
                <link rel="stylesheet" href=format!("/pkg/rj.css?v={version}") />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <script src=format!("/site.js?v={version}") defer nonce=nonce></script>
                {islands.then(|| view! { <HydrationScripts options islands=true /> })}
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

#[cfg(feature = "ssr")]
fn request_path() -> String {
    use_context::<http::request::Parts>().map(|p| p.uri.path().to_owned()).unwrap_or_default()
}

#[cfg(not(feature = "ssr"))]
fn request_path() -> String {
    String::new()
}

/// This request's CSP nonce. Only the server renders the shell, so only it has one; the
/// `nonce` feature (and the random-number code it brings) stays out of the WASM.
#[cfg(feature = "ssr")]
fn script_nonce() -> Option<String> {
    leptos::nonce::use_nonce().map(|n| n.to_string())
}

#[cfg(not(feature = "ssr"))]
fn script_nonce() -> Option<String> {
    None
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Router>
            <Routes fallback=NotFound>
                <ParentRoute path=path!("/:lang") view=LangRoot>
                    <Route path=path!("") view=Home />
                    <Route path=path!("/privacy") view=|| view! { <InfoPage page=Page::Privacy /> } />
                    <Route
                        path=path!("/accessibility")
                        view=|| view! { <InfoPage page=Page::Accessibility /> }
                    />
                    <Route path=path!("/cookies") view=|| view! { <InfoPage page=Page::Cookies /> } />
                    <Route
                        path=path!("/complaints")
                        view=|| view! { <InfoPage page=Page::Complaints /> }
                    />
                    <Route path=path!("/contact") view=|| view! { <InfoPage page=Page::Contact /> } />
                    <Route path=path!("/refer") view=|| view! { <StartPage journey=&REFERRAL /> } />
                    <Route
                        path=path!("/refer/:step")
                        view=|| view! { <JourneyStep journey=&REFERRAL /> }
                    />
                    <Route path=path!("/call-back") view=|| view! { <StartPage journey=&CALL_BACK /> } />
                    <Route
                        path=path!("/call-back/:step")
                        view=|| view! { <JourneyStep journey=&CALL_BACK /> }
                    />
                    <Route path=path!("/withdraw") view=|| view! { <StartPage journey=&WITHDRAW /> } />
                    <Route
                        path=path!("/withdraw/:step")
                        view=|| view! { <JourneyStep journey=&WITHDRAW /> }
                    />
                </ParentRoute>
            </Routes>
        </Router>
    }
}

/// Everything under `/{lang}/`: checks the language, provides it to the pages and wraps them in
/// the page layout. An unknown language is a 404, not a guess.
#[component]
fn LangRoot() -> impl IntoView {
    let lang = use_params_map().read_untracked().get("lang").and_then(|c| Lang::from_code(&c));
    match lang {
        Some(lang) => {
            provide_context(lang);
            view! {
                <PageLayout lang>
                    <Outlet />
                </PageLayout>
            }
            .into_any()
        }
        None => view! { <NotFound /> }.into_any(),
    }
}
