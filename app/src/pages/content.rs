//! The information pages, as data: each is a list of blocks (headings, paragraphs, lists,
//! questions and answers, links) whose words are Fluent message ids. One renderer draws them
//! all, so every page gets the same structure: one h1, headings in order, a "last updated"
//! date, and the service's details filled in from configuration.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    i18n::{Lang, rich, t, t_args},
    pages::easy_read::{Picture, picture_for},
    paths::Page,
    site::SiteInfo,
};

/// A piece of a page. Every `&str` is a message id in `locales/*/pages.ftl`.
pub enum Block {
    H2(&'static str),
    H3(&'static str),
    P(&'static str),
    /// A bulleted list.
    List(&'static [&'static str]),
    /// A numbered list, for steps that happen in order.
    Steps(&'static [&'static str]),
    /// A question (h2) and its answer; with a page, a link to read more.
    Qa(&'static str, &'static str, Option<Page>),
    /// A list of links to our own pages; each link's text is the page's title.
    Links(&'static [Page]),
    /// Links to other organisations' websites: (message id for the text, address).
    External(&'static [(&'static str, &'static str)]),
    /// A link to start one of the journeys (referral, call back): text id and the path.
    Action(&'static str, fn(Lang) -> String),
    /// Our phone, e-mail and hours, as links.
    ContactWays,
    /// What to do in an emergency, set apart.
    Danger,
}

/// The date a page's words last changed: (year, month, day).
pub type Updated = (u16, u8, u8);

pub struct Content {
    pub title: &'static str,
    pub intro: &'static str,
    pub updated: Updated,
    pub blocks: &'static [Block],
}

/// The message id of a page's title (its h1, its link text in menus).
pub fn title_id(page: Page) -> &'static str {
    match page {
        Page::Home => "home-title",
        Page::WhatIsRj => "what-title",
        Page::HowItWorks => "how-title",
        Page::WhoCanTakePart => "who-title",
        Page::IsItSafe => "safe-title",
        Page::MythsAndFacts => "myths-title",
        Page::CausedHarm => "harm-title",
        Page::Professionals => "pro-title",
        Page::Evidence => "evidence-title",
        Page::OtherSupport => "support-title",
        Page::StayingSafeOnline => "online-title",
        Page::Faqs => "faq-title",
        Page::Leaflet => "leaflet-title",
        Page::Privacy => "privacy-title",
        Page::Accessibility => "access-title",
        Page::Cookies => "cookies-title",
        Page::Complaints => "complaints-title",
        Page::Contact => "contact-title",
        Page::Languages => "languages-title",
    }
}

/// A message with the service's details available as placeables.
pub fn say(lang: Lang, info: &SiteInfo, id: &str) -> String {
    t_args(lang, id, &info.args(lang))
}

/// "22 November 2026" in the page's language, from CLDR.
pub fn date_text(lang: Lang, (y, m, d): Updated) -> String {
    match chrono::NaiveDate::from_ymd_opt(y as i32, m as u32, d as u32) {
        Some(day) => crate::i18n::format::date(lang, day),
        None => format!("{y:04}-{m:02}-{d:02}"),
    }
}

#[component]
pub fn LastUpdated(lang: Lang, updated: Updated) -> impl IntoView {
    let (y, m, d) = updated;
    view! {
        <p class="last-updated">
            {t(lang, "last-updated")} " "
            <time datetime=format!("{y:04}-{m:02}-{d:02}")>{date_text(lang, updated)}</time>
        </p>
    }
}

/// Renders one information page.
#[component]
pub fn ContentPage(content: &'static Content) -> impl IntoView {
    let lang = expect_context::<Lang>();
    let info = use_context::<SiteInfo>().unwrap_or_default();
    let heading = t(lang, content.title);
    let blocks = content.blocks.iter().map(|block| render_block(lang, &info, block)).collect_view();
    view! {
        <Title text=format!("{heading} – {}", info.service_name) />
        <h1>{heading}</h1>
        {with_picture(lang, content.intro, view! { <div class="lead">{paragraphs(&say(lang, &info, content.intro))}</div> }.into_any())}
        {blocks}
        <LastUpdated lang updated=content.updated />
    }
}

fn render_block(lang: Lang, info: &SiteInfo, block: &Block) -> AnyView {
    let text = |id: &str| say(lang, info, id);
    let say = |id: &str| rich(text(id));
    match block {
        Block::H2(id) => with_picture(lang, id, view! { <h2>{say(id)}</h2> }.into_any()),
        Block::H3(id) => view! { <h3>{say(id)}</h3> }.into_any(),
        Block::P(id) => with_picture(lang, id, paragraphs(&text(id))),
        Block::List(ids) => {
            view! { <ul>{ids.iter().map(|id| view! { <li>{say(id)}</li> }).collect_view()}</ul> }
                .into_any()
        }
        Block::Steps(ids) => view! {
            <ol class="steps">{ids.iter().map(|id| view! { <li>{say(id)}</li> }).collect_view()}</ol>
        }
        .into_any(),
        Block::Qa(q, a, more) => {
            let more = more.map(|page| {
                view! {
                    <p>
                        <a href=page.path(lang)>{t(lang, title_id(page))}</a>
                    </p>
                }
            });
            view! {
                <div class="qa">
                    <h2>{say(q)}</h2>
                    {with_picture(lang, a, paragraphs(&text(a)))}
                    {more}
                </div>
            }
            .into_any()
        }
        Block::Links(pages) => view! { <PageLinks lang pages=pages.to_vec() /> }.into_any(),
        Block::External(links) => view! {
            <ul class="external">
                {links
                    .iter()
                    .map(|(id, href)| {
                        view! {
                            <li>
                                <a href=*href rel="noopener noreferrer">{say(id)}</a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any(),
        Block::Action(id, path) => view! {
            <p class="action">
                <a href=path(lang)>{say(id)}</a>
            </p>
        }
        .into_any(),
        Block::ContactWays => view! { <ContactWays lang info=info.clone() /> }.into_any(),
        Block::Danger => view! {
            <div class="danger" role="note">
                <h2>{say("home-danger-heading")}</h2>
                <p>{say("home-danger-text")}</p>
            </div>
        }
        .into_any(),
    }
}

/// A message as paragraphs: a blank line in the message starts a new one (Easy Read puts one
/// idea on each line this way).
pub fn paragraphs(text: &str) -> AnyView {
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| view! { <p>{rich(p.to_owned())}</p> })
        .collect_view()
        .into_any()
}

/// On an Easy Read page, the message's picture beside it; elsewhere the content alone.
pub fn with_picture(lang: Lang, id: &str, content: AnyView) -> AnyView {
    match picture_for(lang, id) {
        Some(svg) => view! {
            <div class="easy">
                <Picture svg />
                <div>{content}</div>
            </div>
        }
        .into_any(),
        None => content,
    }
}

/// A list of links to our pages, each named by the page's title.
#[component]
pub fn PageLinks(
    lang: Lang,
    pages: Vec<Page>,
    #[prop(default = "page-links")] class: &'static str,
) -> impl IntoView {
    view! {
        <ul class=class>
            {pages
                .into_iter()
                .map(|page| {
                    view! {
                        <li>
                            <a href=page.path(lang)>{t(lang, title_id(page))}</a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// Phone, e-mail and opening hours, the same on every page that shows them.
#[component]
pub fn ContactWays(lang: Lang, info: SiteInfo) -> impl IntoView {
    view! {
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
            <li>{rich(say(lang, &info, "hours-text"))}</li>
        </ul>
    }
}
