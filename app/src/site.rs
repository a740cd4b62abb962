//! What the pages need to know about the service: its name and how to reach it. The server
//! reads these from the environment (see the README) and provides them as context.

use serde::{Deserialize, Serialize};

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
}

/// Cache-busting for the stylesheet and script: a digest of their contents, added as `?v=` so
/// they can be cached for a year and still change the moment a new build ships.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AssetVersion(pub String);


impl SiteInfo {
    /// The phone number as a `tel:` link target: digits and a leading plus only.
    pub fn phone_href(&self) -> String {
        let digits: String =
            self.phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
        format!("tel:{digits}")
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
