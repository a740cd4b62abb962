//! What the pages need to know about the service: its name, how to reach it, when it is open
//! and who controls the data it holds. The server reads these from the environment (see the
//! README) and provides them as context, so every page shows the same details.

use serde::{Deserialize, Serialize};

use crate::i18n::{FluentValue, Lang, format};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SiteInfo {
    /// Shown in the header and page titles.
    pub service_name: String,
    /// As people should dial it, e.g. "0808 157 0192".
    pub phone: String,
    pub email: String,
    /// Where the quick exit lands: a neutral site that gives nothing away.
    pub exit_url: String,
    /// How long unfinished answers are kept, for the start pages.
    pub draft_idle_hours: u32,
    /// The address people use, without a trailing slash: sitemap, hreflang links, leaflet QR.
    pub public_url: String,
    /// Opening and closing time on weekdays, as shown ("09:00", "17:00").
    pub opens: String,
    pub closes: String,
    /// The data controller named in the privacy notice.
    pub controller_name: String,
    pub controller_address: String,
    /// The controller's registration number with the Information Commissioner's Office.
    pub ico_number: String,
}

/// Cache-busting for the stylesheet and script: a digest of their contents, added as `?v=` so
/// they can be cached for a year and still change the moment a new build ships.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AssetVersion(pub String);

/// This request's CSP nonce, for the shell's script tag. The server provides it for every page
/// rendered for one request; the information pages rendered once and served from memory
/// (`server::public_cache`) have none, and their policy allows no inline script at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScriptNonce(pub String);


impl SiteInfo {
    /// The phone number as a `tel:` link target: digits and a leading plus only.
    pub fn phone_href(&self) -> String {
        let digits: String =
            self.phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
        format!("tel:{digits}")
    }

    /// The details every message may use as placeables, so any sentence can name the phone
    /// number or the hours and they always match the configuration. Times and the number of
    /// languages are written the language's way.
    pub fn args(&self, lang: Lang) -> Vec<(&'static str, FluentValue<'static>)> {
        let mut args: Vec<(&'static str, FluentValue<'static>)> = [
            ("service", &self.service_name),
            ("phone", &self.phone),
            ("email", &self.email),
            ("controller", &self.controller_name),
            ("address", &self.controller_address),
            ("ico", &self.ico_number),
            ("website", &self.public_url),
        ]
        .into_iter()
        .map(|(k, v)| (k, FluentValue::from(v.clone())))
        .collect();
        args.push(("opens", FluentValue::from(format::time(lang, &self.opens))));
        args.push(("closes", FluentValue::from(format::time(lang, &self.closes))));
        args.push(("languages", FluentValue::from(Lang::ALL.len())));
        args
    }
}

impl Default for SiteInfo {
    fn default() -> Self {
        Self {
            service_name: "West Midlands Restorative Justice Service".into(),
            // Ofcom's range for drama: a safe stand-in until a real number is configured.
            phone: "0808 157 0192".into(),
            email: "contact@restorative-justice.example".into(),
            exit_url: "https://www.bbc.co.uk/weather".into(),
            draft_idle_hours: 2,
            public_url: "http://127.0.0.1:3000".into(),
            opens: "09:00".into(),
            closes: "17:00".into(),
            // Stand-ins, plainly fake, until the commissioning body's details are configured.
            controller_name: "West Midlands Restorative Justice Service".into(),
            controller_address: "1 Example Street, Birmingham, B1 1AA".into(),
            ico_number: "ZZ000000".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_link_keeps_only_digits_and_plus() {
        let info = SiteInfo { phone: "+44 121 496 0000".into(), ..SiteInfo::default() };
        assert_eq!(info.phone_href(), "tel:+441214960000");
    }
}
