//! Easy Read's pictures: a simple drawing beside an idea. The drawings are our own SVGs
//! (`app/pictures/`), drawn inline with `currentColor` so they follow the text colour and
//! forced colours, and hidden from screen readers because the words beside them say it all.

use leptos::prelude::*;

use crate::i18n::Lang;

include!(concat!(env!("OUT_DIR"), "/pictures.rs"));

/// The SVG for a message on an Easy Read page, if it has one.
pub fn picture_for(lang: Lang, id: &str) -> Option<&'static str> {
    if lang != Lang::EasyRead {
        return None;
    }
    let name = PICTURE_FOR.iter().find(|(m, _)| *m == id)?.1;
    PICTURES.iter().find(|(n, _)| *n == name).map(|(_, svg)| *svg)
}

/// A picture, decorative: hidden from assistive technology, never focusable.
#[component]
pub fn Picture(svg: &'static str) -> impl IntoView {
    // Our own files, embedded at build time: never user input. The attributes are added here
    // so every picture is hidden the same way.
    let svg = svg.trim().replacen("<svg", "<svg aria-hidden=\"true\" focusable=\"false\" class=\"picture\"", 1);
    view! { <span class="picture-box" inner_html=svg></span> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_picture_is_a_plain_svg_with_nothing_active_in_it() {
        for (name, svg) in PICTURES {
            let lower = svg.to_ascii_lowercase();
            assert!(lower.trim_start().starts_with("<svg"), "{name}");
            for bad in ["<script", "onload", "href", "<foreignobject", "<text", "url("] {
                assert!(!lower.contains(bad), "{name} contains {bad}");
            }
            assert!(svg.len() < 1500, "{name} is {} bytes", svg.len());
        }
    }

    #[test]
    fn pictures_show_only_on_easy_read_pages() {
        if let Some((id, _)) = PICTURE_FOR.first() {
            assert!(picture_for(Lang::EasyRead, id).is_some());
            assert!(picture_for(Lang::En, id).is_none());
        }
    }
}
