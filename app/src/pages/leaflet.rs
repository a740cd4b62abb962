//! The printable leaflet: one A4 page per language with the key facts, how to get in touch and
//! a QR code to that language's home page. The QR code is drawn on the server as inline SVG,
//! so it prints sharp and needs no script or image request.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    i18n::{Lang, t},
    pages::content::{ContactWays, LastUpdated},
    paths::Page,
    site::SiteInfo,
};

#[component]
pub fn Leaflet() -> impl IntoView {
    let lang = expect_context::<Lang>();
    let info = use_context::<SiteInfo>().unwrap_or_default();
    let home = format!("{}{}", info.public_url, Page::Home.path(lang));
    let qr = qr_svg(&home);
    view! {
        <Title text=format!("{} – {}", t(lang, "leaflet-title"), info.service_name) />
        <p class="no-print print-note">{t(lang, "leaflet-print-note")}</p>
        <article class="leaflet">
            <p class="leaflet-service">{info.service_name.clone()}</p>
            <h1>{t(lang, "leaflet-heading")}</h1>
            <p class="lead">{t(lang, "leaflet-what")}</p>
            <h2>{t(lang, "leaflet-facts-heading")}</h2>
            <ul class="promises">
                <li>{t(lang, "promise-free")}</li>
                <li>{t(lang, "promise-confidential")}</li>
                <li>{t(lang, "promise-choice")}</li>
                <li>{t(lang, "leaflet-fact-any")}</li>
                <li>{t(lang, "leaflet-fact-interpreter")}</li>
            </ul>
            <h2>{t(lang, "leaflet-contact-heading")}</h2>
            <div class="leaflet-contact">
                <ContactWays lang info=info.clone() />
                <figure class="qr">
                    <div class="qr-code" inner_html=qr></div>
                    <figcaption>
                        {t(lang, "leaflet-qr")} " " <span dir="ltr">{home.clone()}</span>
                    </figcaption>
                </figure>
            </div>
            <p class="leaflet-danger">{t(lang, "home-danger-text")}</p>
        </article>
        <LastUpdated lang updated=(2026, 11, 22) />
    }
}

/// The QR code for `url` as an inline SVG element, hidden from screen readers (the caption
/// carries the address in words).
#[cfg(feature = "ssr")]
pub fn qr_svg(url: &str) -> String {
    use qrcode::{EcLevel, QrCode, render::svg};
    let Ok(code) = QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M) else {
        return String::new();
    };
    let svg = code
        .render::<svg::Color>()
        .min_dimensions(160, 160)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .build();
    // Inline in HTML: drop the XML declaration and keep it out of the accessibility tree.
    let start = svg.find("<svg").unwrap_or(0);
    svg[start..].replacen("<svg", r#"<svg aria-hidden="true" focusable="false""#, 1)
}

/// Public pages are rendered on the server only; the WASM build never draws a leaflet.
#[cfg(not(feature = "ssr"))]
pub fn qr_svg(_url: &str) -> String {
    String::new()
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn the_qr_code_is_an_inline_svg_hidden_from_screen_readers() {
        let svg = qr_svg("https://rj.example.org/ur/");
        assert!(svg.starts_with(r#"<svg aria-hidden="true""#), "{}", &svg[..60]);
        assert!(svg.contains("<path") || svg.contains("<rect"), "draws something");
        assert_ne!(svg, qr_svg("https://rj.example.org/pl/"), "each address has its own code");
    }
}
