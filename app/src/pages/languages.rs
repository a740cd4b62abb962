//! The Languages page: every language the site is in, each named in its own script (marked
//! with its own `lang`, so a screen reader says it properly) and in English. Each link opens
//! the page the person came from (`?from=`, a path on this site, never anything personal) in
//! that language; inside a journey the answers stay, because they are kept on the server.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::{
    i18n::{Lang, Status, rich, t, t_args},
    pages::content::{LastUpdated, say},
    components::layout::LanguageLink,
    paths::Page,
    site::SiteInfo,
};

/// The page to return to, from `?from=`: only a path on this site in one of our languages;
/// anything else (another site, a path with no language) is the language's home page.
pub fn return_path(from: Option<&str>) -> Option<String> {
    let from = from?;
    let safe = from.starts_with('/')
        && !from.starts_with("//")
        && !from.contains(['\\', '?', '#', ':'])
        && from.len() <= 200
        && Lang::from_path(from).is_some();
    safe.then(|| from.to_owned())
}

#[component]
pub fn Languages() -> impl IntoView {
    let lang = expect_context::<Lang>();
    let info = use_context::<SiteInfo>().unwrap_or_default();
    let from = use_query_map().read_untracked().get("from");
    let back = return_path(from.as_deref()).unwrap_or_else(|| Page::Home.path(lang));
    let heading = t(lang, "languages-title");
    let items = Lang::ALL
        .into_iter()
        .map(|other| {
            let current = (other == lang).then_some("page");
            let english = (other != Lang::En).then(|| {
                view! {
                    <span class="lang-english" lang="en" dir="ltr">
                        {other.english_name()}
                    </span>
                }
            });
            view! {
                <li>
                    <LanguageLink other from=back.clone() current>
                        <span class="lang-native">{other.native_name()}</span>
                        {english}
                    </LanguageLink>
                </li>
            }
        })
        .collect_view();
    let phone = [("phone", crate::i18n::FluentValue::from(info.phone.clone()))];
    view! {
        <Title text=format!("{heading} – {}", info.service_name) />
        <h1>{heading}</h1>
        <p class="lead">{rich(say(lang, &info, "languages-intro"))}</p>
        <ul class="language-list">{items}</ul>
        <p>{rich(t_args(lang, "languages-interpreter", &phone))}</p>
        <LastUpdated lang updated=(2026, 12, 1) />
    }
}

/// Whether a page in this language should carry the "not yet checked" line.
pub fn is_draft(lang: Lang) -> bool {
    matches!(lang.status(), Status::Draft)
}

#[cfg(test)]
mod tests {
    use super::return_path;

    #[test]
    fn only_our_own_paths_are_returned_to() {
        assert_eq!(return_path(Some("/ur/privacy")).as_deref(), Some("/ur/privacy"));
        assert_eq!(return_path(Some("/en/refer/what-happened")).as_deref(), Some("/en/refer/what-happened"));
        for bad in ["https://evil.example/", "//evil.example/en/", "/xx/privacy", "/en/\\evil", "en/privacy", "/en/a?b=c", "/en/a:b"] {
            assert_eq!(return_path(Some(bad)), None, "{bad}");
        }
        assert_eq!(return_path(None), None);
    }
}
