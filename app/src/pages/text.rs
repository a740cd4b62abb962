//! What each information page says, in order. The words are in `locales/*/pages.ftl`, under
//! the page's prefix; this file only decides their order and shape. When a page's words
//! change, change its `updated` date too.

use super::content::{Block::*, Content};
use crate::paths::{Page, call_back, refer};

const UPDATED: (u16, u8, u8) = (2026, 11, 22);

/// The page's words, or `None` for the pages that have their own component (home, leaflet).
pub fn content(page: Page) -> Option<&'static Content> {
    Some(match page {
        Page::WhatIsRj => &WHAT,
        Page::HowItWorks => &HOW,
        Page::WhoCanTakePart => &WHO,
        Page::IsItSafe => &SAFE,
        Page::MythsAndFacts => &MYTHS,
        Page::CausedHarm => &HARM,
        Page::Professionals => &PRO,
        Page::Evidence => &EVIDENCE,
        Page::OtherSupport => &SUPPORT,
        Page::StayingSafeOnline => &ONLINE,
        Page::Faqs => &FAQ,
        Page::Privacy => &PRIVACY,
        Page::Cookies => &COOKIES,
        Page::Accessibility => &ACCESS,
        Page::Complaints => &COMPLAINTS,
        Page::Contact => &CONTACT,
        Page::Home | Page::Leaflet => return None,
    })
}

static WHAT: Content = Content {
    title: "what-title",
    intro: "what-intro",
    updated: UPDATED,
    blocks: &[
        H2("what-idea-heading"),
        P("what-idea-1"),
        P("what-idea-2"),
        P("what-idea-3"),
        H2("what-meeting-heading"),
        P("what-meeting-1"),
        List(&["what-meeting-l1", "what-meeting-l2", "what-meeting-l3", "what-meeting-l4"]),
        H2("what-indirect-heading"),
        P("what-indirect-1"),
        List(&["what-indirect-l1", "what-indirect-l2", "what-indirect-l3"]),
        P("what-indirect-2"),
        H2("what-agreement-heading"),
        P("what-agreement-1"),
        P("what-agreement-2"),
        H2("read-next"),
        Links(&[Page::HowItWorks, Page::WhoCanTakePart, Page::IsItSafe]),
    ],
};

static HOW: Content = Content {
    title: "how-title",
    intro: "how-intro",
    updated: UPDATED,
    blocks: &[
        H2("how-s1-heading"),
        P("how-s1-text"),
        H2("how-s2-heading"),
        P("how-s2-text"),
        H2("how-s3-heading"),
        P("how-s3-text"),
        P("how-s3-safety"),
        P("how-s3-time"),
        H2("how-s4-heading"),
        P("how-s4-text"),
        H2("how-s5-heading"),
        P("how-s5-text"),
        H2("how-stop-heading"),
        P("how-stop-text"),
        H2("how-long-heading"),
        List(&["how-long-l1", "how-long-l2", "how-long-l3", "how-long-l4"]),
        H2("read-next"),
        Links(&[Page::WhoCanTakePart, Page::IsItSafe, Page::Faqs]),
    ],
};

static WHO: Content = Content {
    title: "who-title",
    intro: "who-intro",
    updated: UPDATED,
    blocks: &[
        H2("who-harmed-heading"),
        P("who-harmed-text"),
        P("who-bereaved-text"),
        H2("who-caused-heading"),
        P("who-caused-text"),
        H2("who-young-heading"),
        P("who-young-text"),
        H2("who-crime-heading"),
        List(&["who-crime-l1", "who-crime-l2", "who-crime-l3", "who-crime-l4"]),
        H2("who-everyone-heading"),
        P("who-everyone-text"),
        H2("who-area-heading"),
        P("who-area-text"),
        H2("who-not-heading"),
        P("who-not-text"),
        H2("read-next"),
        Links(&[Page::HowItWorks, Page::IsItSafe, Page::CausedHarm]),
    ],
};

static SAFE: Content = Content {
    title: "safe-title",
    intro: "safe-intro",
    updated: UPDATED,
    blocks: &[
        H2("safe-choice-heading"),
        P("safe-choice-text"),
        H2("safe-check-heading"),
        P("safe-check-text"),
        H2("safe-staff-heading"),
        P("safe-staff-text"),
        H2("safe-support-heading"),
        List(&["safe-support-l1", "safe-support-l2", "safe-support-l3"]),
        H2("safe-not-heading"),
        P("safe-not-text"),
        H2("safe-private-heading"),
        P("safe-private-text"),
        Danger,
        H2("read-next"),
        Links(&[Page::StayingSafeOnline, Page::OtherSupport]),
    ],
};

static MYTHS: Content = Content {
    title: "myths-title",
    intro: "myths-intro",
    updated: UPDATED,
    blocks: &[
        Qa("myths-soft-q", "myths-soft-a", None),
        Qa("myths-forgive-q", "myths-forgive-a", None),
        Qa("myths-court-q", "myths-court-a", None),
        Qa("myths-minor-q", "myths-minor-a", None),
        Qa("myths-meet-q", "myths-meet-a", None),
        Qa("myths-offender-q", "myths-offender-a", None),
        Qa("myths-late-q", "myths-late-a", None),
        Qa("myths-cost-q", "myths-cost-a", None),
        H2("read-next"),
        Links(&[Page::WhatIsRj, Page::Evidence]),
    ],
};

static HARM: Content = Content {
    title: "harm-title",
    intro: "harm-intro",
    updated: UPDATED,
    blocks: &[
        H2("harm-what-heading"),
        P("harm-what-text"),
        H2("harm-expect-heading"),
        List(&["harm-expect-l1", "harm-expect-l2", "harm-expect-l3", "harm-expect-l4"]),
        H2("harm-limits-heading"),
        List(&["harm-limits-l1", "harm-limits-l2", "harm-limits-l3"]),
        P("harm-limits-text"),
        H2("harm-start-heading"),
        P("harm-start-text"),
        Action("harm-start-link", refer),
        H2("read-next"),
        Links(&[Page::HowItWorks, Page::IsItSafe, Page::Faqs]),
    ],
};

static PRO: Content = Content {
    title: "pro-title",
    intro: "pro-intro",
    updated: UPDATED,
    blocks: &[
        H2("pro-who-heading"),
        P("pro-who-text"),
        H2("pro-consent-heading"),
        P("pro-consent-text"),
        H2("pro-how-heading"),
        P("pro-how-text"),
        Action("pro-how-link", refer),
        H2("pro-info-heading"),
        List(&["pro-info-l1", "pro-info-l2", "pro-info-l3", "pro-info-l4", "pro-info-l5", "pro-info-l6"]),
        H2("pro-after-heading"),
        P("pro-after-text"),
        H2("pro-young-heading"),
        P("pro-young-text"),
        H2("pro-leaflet-heading"),
        P("pro-leaflet-text"),
        Links(&[Page::Leaflet, Page::WhoCanTakePart, Page::Privacy]),
    ],
};

static EVIDENCE: Content = Content {
    title: "evidence-title",
    intro: "evidence-intro",
    updated: UPDATED,
    blocks: &[
        H2("evidence-satisfied-heading"),
        P("evidence-satisfied-text"),
        H2("evidence-crime-heading"),
        P("evidence-crime-text"),
        H2("evidence-aware-heading"),
        P("evidence-aware-text"),
        P("evidence-limits"),
        H2("evidence-sources-heading"),
        List(&["evidence-src-1", "evidence-src-2", "evidence-src-3"]),
        H2("read-next"),
        Links(&[Page::WhatIsRj, Page::MythsAndFacts]),
    ],
};

static SUPPORT: Content = Content {
    title: "support-title",
    intro: "support-intro",
    updated: UPDATED,
    blocks: &[
        H2("support-police-heading"),
        List(&["support-police-999", "support-police-55", "support-police-101"]),
        H2("support-victims-heading"),
        P("support-vs-text"),
        H2("support-abuse-heading"),
        P("support-da-text"),
        P("support-rc-text"),
        H2("support-feelings-heading"),
        P("support-sam-text"),
        H2("support-young-heading"),
        P("support-yot-text"),
        H2("support-elsewhere-heading"),
        P("support-elsewhere-text"),
        H2("support-links-heading"),
        External(&[
            ("support-link-vs", "https://www.victimsupport.org.uk/"),
            ("support-link-da", "https://www.nationaldahelpline.org.uk/"),
            ("support-link-rc", "https://rapecrisis.org.uk/"),
            ("support-link-sam", "https://www.samaritans.org/"),
            ("support-link-rjc", "https://restorativejustice.org.uk/"),
        ]),
    ],
};

static ONLINE: Content = Content {
    title: "online-title",
    intro: "online-intro",
    updated: UPDATED,
    blocks: &[
        H2("online-exit-heading"),
        P("online-exit-does"),
        P("online-exit-doesnt"),
        H2("online-private-heading"),
        P("online-private-text"),
        List(&["online-private-chrome", "online-private-edge", "online-private-firefox", "online-private-safari"]),
        H2("online-history-heading"),
        P("online-history-text"),
        List(&["online-history-windows", "online-history-mac", "online-history-iphone", "online-history-android"]),
        P("online-history-care"),
        H2("online-device-heading"),
        P("online-device-text"),
        H2("online-other-heading"),
        List(&["online-other-l1", "online-other-l2", "online-other-l3", "online-other-l4"]),
        H2("read-next"),
        Links(&[Page::IsItSafe, Page::OtherSupport]),
    ],
};

static FAQ: Content = Content {
    title: "faq-title",
    intro: "faq-intro",
    updated: UPDATED,
    blocks: &[
        Qa("faq-what-q", "faq-what-a", Some(Page::WhatIsRj)),
        Qa("faq-cost-q", "faq-cost-a", None),
        Qa("faq-police-q", "faq-police-a", Some(Page::WhoCanTakePart)),
        Qa("faq-meet-q", "faq-meet-a", Some(Page::WhatIsRj)),
        Qa("faq-stop-q", "faq-stop-a", Some(Page::HowItWorks)),
        Qa("faq-safe-q", "faq-safe-a", Some(Page::IsItSafe)),
        Qa("faq-long-q", "faq-long-a", Some(Page::HowItWorks)),
        Qa("faq-old-q", "faq-old-a", Some(Page::WhoCanTakePart)),
        Qa("faq-forgive-q", "faq-forgive-a", Some(Page::MythsAndFacts)),
        Qa("faq-sentence-q", "faq-sentence-a", Some(Page::CausedHarm)),
        Qa("faq-language-q", "faq-language-a", Some(Page::Contact)),
        Qa("faq-refer-q", "faq-refer-a", Some(Page::Professionals)),
        Qa("faq-work-q", "faq-work-a", Some(Page::Evidence)),
        Qa("faq-data-q", "faq-data-a", Some(Page::Privacy)),
        Qa("faq-online-q", "faq-online-a", Some(Page::StayingSafeOnline)),
        Qa("faq-help-q", "faq-help-a", Some(Page::OtherSupport)),
    ],
};

static PRIVACY: Content = Content {
    title: "privacy-title",
    intro: "privacy-intro",
    updated: UPDATED,
    blocks: &[
        H2("privacy-who-heading"),
        P("privacy-who-text"),
        P("privacy-ico-text"),
        P("privacy-contact-text"),
        H2("privacy-collect-heading"),
        List(&["privacy-collect-l1", "privacy-collect-l2", "privacy-collect-l3", "privacy-collect-l4", "privacy-collect-l5"]),
        P("privacy-special-text"),
        H2("privacy-why-heading"),
        P("privacy-why-text"),
        H2("privacy-basis-heading"),
        P("privacy-basis-text"),
        List(&["privacy-basis-l1", "privacy-basis-l2", "privacy-basis-l3"]),
        H2("privacy-share-heading"),
        P("privacy-share-text"),
        List(&["privacy-share-l1", "privacy-share-l2", "privacy-share-l3", "privacy-share-l4", "privacy-share-l5"]),
        H2("privacy-keep-heading"),
        P("privacy-keep-text"),
        H2("privacy-rights-heading"),
        List(&["privacy-rights-l1", "privacy-rights-l2", "privacy-rights-l3", "privacy-rights-l4", "privacy-rights-l5"]),
        P("privacy-rights-text"),
        H2("privacy-complain-heading"),
        P("privacy-complain-text"),
        External(&[("privacy-ico-link", "https://ico.org.uk/make-a-complaint/")]),
        Links(&[Page::Cookies, Page::Complaints]),
    ],
};

static COOKIES: Content = Content {
    title: "cookies-title",
    intro: "cookies-intro",
    updated: UPDATED,
    blocks: &[
        H2("cookies-reading-heading"),
        P("cookies-reading-text"),
        H2("cookies-form-heading"),
        P("cookies-form-text"),
        List(&["cookies-form-name", "cookies-form-what", "cookies-form-how-long"]),
        H2("cookies-none-heading"),
        P("cookies-none-text"),
        P("cookies-exit-text"),
        Links(&[Page::Privacy, Page::StayingSafeOnline]),
    ],
};

static ACCESS: Content = Content {
    title: "access-title",
    intro: "access-intro",
    updated: UPDATED,
    blocks: &[
        H2("access-using-heading"),
        P("access-using-text"),
        List(&["access-using-l1", "access-using-l2", "access-using-l3", "access-using-l4", "access-using-l5", "access-using-l6"]),
        P("access-plain"),
        H2("access-status-heading"),
        P("access-status-text"),
        H2("access-known-heading"),
        List(&["access-known-l1", "access-known-l2", "access-known-l3"]),
        H2("access-formats-heading"),
        P("access-formats-text"),
        H2("access-report-heading"),
        P("access-report-text"),
        H2("access-enforce-heading"),
        P("access-enforce-text"),
        External(&[("access-eass-link", "https://www.equalityadvisoryservice.com/")]),
        H2("access-testing-heading"),
        P("access-testing-text"),
        P("access-prepared"),
    ],
};

static COMPLAINTS: Content = Content {
    title: "complaints-title",
    intro: "complaints-intro",
    updated: UPDATED,
    blocks: &[
        H2("complaints-how-heading"),
        P("complaints-how-text"),
        ContactWays,
        H2("complaints-steps-heading"),
        Steps(&["complaints-step-1", "complaints-step-2", "complaints-step-3", "complaints-step-4"]),
        H2("complaints-outside-heading"),
        P("complaints-outside-text"),
        H2("complaints-help-heading"),
        P("complaints-help-text"),
        Links(&[Page::Privacy, Page::Contact]),
    ],
};

static CONTACT: Content = Content {
    title: "contact-title",
    intro: "contact-intro",
    updated: UPDATED,
    blocks: &[
        ContactWays,
        H2("contact-start-heading"),
        Action("contact-refer-link", refer),
        Action("contact-call-back-link", call_back),
        H2("contact-relay-heading"),
        P("contact-relay-text"),
        P("contact-bsl-text"),
        H2("contact-language-heading"),
        P("contact-language-text"),
        Danger,
    ],
};
