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
    pages::{
        content::ContentPage,
        home::Home,
        languages::Languages,
        leaflet::Leaflet,
        not_found::{NotFound, NotFoundBody},
        server_error::ServerError,
        text,
    },
    paths::Page,
    site::{AssetVersion, SiteInfo},
};

/// The whole document. `lang` and `dir` are decided here, on the server, from the path, so the
/// very first byte a screen reader or browser sees is right (no client-side fix-up).
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let path = request_path();
    let lang = Lang::from_path(&path).unwrap_or(Lang::En);
    // Public pages ship no WASM. Only the staff area loads the islands' code.
    let islands = crate::paths::is_staff(&path);
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
                {alternates(&path)}
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// `<link rel="alternate" hreflang>` for each language of a published page, so search engines
/// offer people the page in their own language. Unknown paths get none.
fn alternates(path: &str) -> Option<impl IntoView + use<>> {
    let lang = Lang::from_path(path)?;
    let rest = path.trim_start_matches('/').strip_prefix(lang.code())?.trim_matches('/');
    let page = Page::from_slug(rest)?;
    let base = use_context::<SiteInfo>().unwrap_or_default().public_url;
    let links = Lang::ALL
        .into_iter()
        .map(|l| (l.code(), format!("{base}{}", page.path(l))))
        .chain([("x-default", format!("{base}{}", page.path(Lang::En)))])
        .map(|(code, href)| view! { <link rel="alternate" hreflang=code href=href /> })
        .collect_view();
    Some(links)
}

#[cfg(feature = "ssr")]
fn request_path() -> String {
    use_context::<http::request::Parts>().map(|p| p.uri.path().to_owned()).unwrap_or_default()
}

#[cfg(not(feature = "ssr"))]
fn request_path() -> String {
    String::new()
}

/// This request's CSP nonce, when the page is rendered for one request. Not Leptos's own
/// `use_nonce`: leptos_axum makes one up for every render, and a page rendered once for
/// everyone must carry none. Only the server renders the shell, so only it has one.
#[cfg(feature = "ssr")]
fn script_nonce() -> Option<String> {
    use_context::<crate::site::ScriptNonce>().map(|n| n.0)
}

#[cfg(not(feature = "ssr"))]
fn script_nonce() -> Option<String> {
    None
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    // A staff page: its handler has already checked who may see it and loaded what it shows.
    #[cfg(feature = "ssr")]
    if let Some(staff) = use_context::<crate::staff::StaffView>() {
        return view! { <crate::staff::pages::StaffDocument view=staff /> }.into_any();
    }
    view! {
        <Router>
            <Routes fallback=NotFound>
                <ParentRoute path=path!("/:lang") view=LangRoot>
                    <Route path=path!("") view=Home />
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
                    <Route path=path!("/feedback/:token") view=crate::feedback::FeedbackPage />
                    <Route path=path!("/leaflet") view=Leaflet />
                    <Route path=path!("/languages") view=Languages />
                    <Route path=path!("/server-error") view=ServerError />
                    // Keep this last: a more specific route above it (the referral journey's)
                    // must win over the catch-all for information pages.
                    <Route path=path!("/:page") view=InfoRoute />
                </ParentRoute>
            </Routes>
        </Router>
    }
    .into_any()
}

/// Any other `/{lang}/{slug}`: one of the information pages, or the 404 page. One route for
/// them all keeps the route table and `Page::ALL` from drifting apart.
#[component]
fn InfoRoute() -> impl IntoView {
    let page = use_params_map().read_untracked().get("page").and_then(|s| Page::from_slug(&s));
    match page.and_then(text::content) {
        Some(content) => view! { <ContentPage content /> }.into_any(),
        None => view! { <NotFoundBody /> }.into_any(),
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
