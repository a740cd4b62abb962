//! The Leptos crate: routes, pages, the page shell, i18n, the site's configuration as the pages
//! see it, and the ports (traits) the server implements. Public pages are server-rendered only;
//! `hydrate` exists for the staff-area islands.
#![recursion_limit = "256"]

pub mod callback;
pub mod components;
pub mod domain;
pub mod equality;
pub mod feedback;
pub mod html;
pub mod i18n;
pub mod journey;
pub mod pages;
pub mod paths;
#[cfg(feature = "ssr")]
pub mod ports;
pub mod referral;
pub mod site;
pub mod staff;

mod root;
pub use root::{App, shell};

#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
