//! Settings, all from environment variables with safe defaults, so `target/release/server` run
//! from the repository root works with no set-up at all. The README lists every variable.

use std::{net::SocketAddr, path::PathBuf, time::Duration};

use app::site::SiteInfo;

#[derive(Clone, Debug)]
pub struct Settings {
    /// Where to listen (`LEPTOS_SITE_ADDR`). Port 0 picks a free port (tests).
    pub addr: SocketAddr,
    /// `sqlite://...` or `postgres://...` (`DATABASE_URL`).
    pub database_url: String,
    /// Everything the server writes lives here (`RJ_DATA_DIR`).
    pub data_dir: PathBuf,
    /// The built site: `pkg/` and the public assets (`LEPTOS_SITE_ROOT`).
    pub site_root: PathBuf,
    /// The address people use, e.g. `https://rj.example.org` (`RJ_PUBLIC_URL`). When it is
    /// https, responses carry HSTS and cookies are `Secure`.
    pub public_url: String,
    pub site: SiteInfo,
    /// How long an untouched draft is kept (`RJ_DRAFT_IDLE_MINUTES`, default 120).
    pub draft_idle: Duration,
    /// Working days to first contact after a referral (`RJ_CONTACT_WORKING_DAYS`, default 5).
    pub contact_working_days: u32,
    /// Working days to the call back (`RJ_CALLBACK_WORKING_DAYS`, default 1).
    pub call_back_working_days: u32,
    /// Overrides each journey's minimum seconds from start to send, the robot check
    /// (`RJ_MIN_FILL_SECONDS`; unset keeps each journey's own: 20 s referral, 5 s call back).
    pub min_fill_seconds: Option<i64>,
    /// POSTs a client may send at once (`RJ_POST_BURST`, default 30) and the seconds until
    /// each further one (`RJ_POST_REFILL_SECONDS`, default 2).
    pub post_burst: u32,
    pub post_refill: Duration,
    /// The reverse proxies whose `X-Forwarded-For` entries are believed
    /// (`RJ_TRUSTED_PROXIES`, addresses or CIDR networks; none by default). See `client`.
    pub trusted_proxies: crate::client::TrustedProxies,
    /// Serve the pseudo-locales `/en-XA/` and `/ar-XB/` (`RJ_PSEUDO_LOCALES=1`), for finding
    /// hard-coded text and layouts that break; never listed or negotiated.
    pub pseudo_locales: bool,
    /// Longest a request may take before it is answered with 408 (`RJ_REQUEST_TIMEOUT_SECS`).
    pub request_timeout: Duration,
    /// Largest request body accepted, in bytes (`RJ_MAX_BODY_BYTES`).
    pub max_body_bytes: usize,
    pub mail: MailSettings,
    /// Staff sessions: idle and absolute limits; the staff area's rate limit
    /// (`RJ_STAFF_BURST`, default 60, and `RJ_STAFF_REFILL_MS`, default 500).
    pub staff: crate::staff::StaffSettings,
    /// How long personal data is kept, and the erasure ledger (`data_protection`).
    pub retention: crate::data_protection::RetentionPolicy,
    /// `RJ_LOOKUP_KEY`: the key for contact details' hashes (`lookup`); without it, a key kept
    /// in `RJ_DATA_DIR/lookup.key`.
    pub lookup_key: Option<SecretText>,
    /// `RJ_DATA_KEYS`: the keys that seal data at rest (`seal`); else `RJ_DATA_DIR/data.keys`.
    pub data_keys: Option<SecretText>,
    /// How often the public forms' counters are written (`RJ_FORM_COUNTS_SECS`, default 60).
    pub form_counts_every: Duration,
}

/// A setting that is a secret: never printed.
#[derive(Clone)]
pub struct SecretText(pub String);

impl std::fmt::Debug for SecretText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretText(..)")
    }
}

/// E-mail settings (see `crate::mail`).
#[derive(Clone, Debug)]
pub struct MailSettings {
    /// The SMTP server (`SMTP_URL`); without one, messages are written to `RJ_DATA_DIR/mail`.
    pub smtp_url: Option<SmtpUrl>,
    /// Extra trusted root certificates (PEM) for the SMTP server's TLS, for an internal relay
    /// with a private CA (`RJ_SMTP_CA_FILE`); the Mozilla roots stay trusted.
    pub smtp_ca_file: Option<PathBuf>,
    /// The neutral sender of every message (`RJ_MAIL_FROM`).
    pub from: String,
    /// The team's address for new requests (`RJ_TEAM_EMAIL`).
    pub team: String,
    /// How often the worker looks for due messages (`RJ_MAIL_POLL_MS`).
    pub poll: Duration,
    /// Multiplies the retry schedule; tests shrink it (`RJ_MAIL_BACKOFF_SCALE`).
    pub backoff_scale: f64,
    /// How long a worker's claim on a message lasts before another may take it over
    /// (`RJ_MAIL_CLAIM_SECS`); longer than the SMTP timeout.
    pub claim: Duration,
    /// How long one SMTP conversation may take (`RJ_SMTP_TIMEOUT_SECS`).
    pub smtp_timeout: Duration,
    /// When the managers' daily summary goes out, UK time (`RJ_SUMMARY_AT`, `HH:MM`, default
    /// 07:30); `None` (`off`) when this instance never sends it.
    pub summary_at: Option<chrono::NaiveTime>,
}

/// An SMTP URL may hold a password: never print it.
#[derive(Clone)]
pub struct SmtpUrl(pub String);

impl std::fmt::Debug for SmtpUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SmtpUrl(..)")
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{name} is not valid: {reason}")]
    Invalid { name: &'static str, reason: String },
}

impl Settings {
    /// Reads the environment.
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Reads settings through `lookup`, so tests can pass their own without touching the
    /// process environment.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let get = |name: &str| lookup(name).filter(|v| !v.trim().is_empty());
        let data_dir = PathBuf::from(get("RJ_DATA_DIR").unwrap_or_else(|| "data".into()));
        let database_url = get("DATABASE_URL").unwrap_or_else(|| {
            format!("sqlite://{}", data_dir.join("app.db").to_string_lossy())
        });
        let addr = parse("LEPTOS_SITE_ADDR", get("LEPTOS_SITE_ADDR"), "127.0.0.1:3000")?;
        let defaults = SiteInfo::default();
        let public_url = get("RJ_PUBLIC_URL").unwrap_or_else(|| format!("http://{addr}"));
        let exit_url = get("RJ_EXIT_URL").unwrap_or(defaults.exit_url);
        if !(exit_url.starts_with("https://") || exit_url.starts_with("http://")) {
            return Err(ConfigError::Invalid {
                name: "RJ_EXIT_URL",
                reason: "must be an http(s) address".into(),
            });
        }
        let draft_idle_minutes: u64 =
            parse("RJ_DRAFT_IDLE_MINUTES", get("RJ_DRAFT_IDLE_MINUTES"), "120")?;
        let (opens, closes) = opening_hours(get("RJ_OPENING_HOURS"))?;
        Ok(Self {
            addr,
            database_url,
            site_root: PathBuf::from(get("LEPTOS_SITE_ROOT").unwrap_or_else(|| "target/site".into())),
            data_dir: data_dir.clone(),
            public_url: public_url.trim_end_matches('/').to_owned(),
            site: SiteInfo {
                service_name: get("RJ_SERVICE_NAME").unwrap_or(defaults.service_name),
                phone: get("RJ_SERVICE_PHONE").unwrap_or(defaults.phone),
                email: get("RJ_SERVICE_EMAIL").unwrap_or(defaults.email),
                exit_url,
                draft_idle_hours: draft_idle_minutes.div_ceil(60) as u32,
                public_url: public_url.trim_end_matches('/').to_owned(),
                opens,
                closes,
                controller_name: get("RJ_CONTROLLER_NAME").unwrap_or(defaults.controller_name),
                controller_address: get("RJ_CONTROLLER_ADDRESS")
                    .unwrap_or(defaults.controller_address),
                ico_number: get("RJ_ICO_NUMBER").unwrap_or(defaults.ico_number),
            },
            draft_idle: Duration::from_secs(60 * draft_idle_minutes),
            min_fill_seconds: get("RJ_MIN_FILL_SECONDS")
                .map(|v| parse("RJ_MIN_FILL_SECONDS", Some(v), "0"))
                .transpose()?,
            post_burst: parse("RJ_POST_BURST", get("RJ_POST_BURST"), "30")?,
            post_refill: Duration::from_secs(parse(
                "RJ_POST_REFILL_SECONDS",
                get("RJ_POST_REFILL_SECONDS"),
                "2",
            )?),
            trusted_proxies: trusted_proxies(&get)?,
            pseudo_locales: matches!(get("RJ_PSEUDO_LOCALES").as_deref(), Some("1" | "true" | "yes")),
            contact_working_days: parse(
                "RJ_CONTACT_WORKING_DAYS",
                get("RJ_CONTACT_WORKING_DAYS"),
                "5",
            )?,
            call_back_working_days: parse(
                "RJ_CALLBACK_WORKING_DAYS",
                get("RJ_CALLBACK_WORKING_DAYS"),
                "1",
            )?,
            request_timeout: Duration::from_secs(parse(
                "RJ_REQUEST_TIMEOUT_SECS",
                get("RJ_REQUEST_TIMEOUT_SECS"),
                "30",
            )?),
            max_body_bytes: parse("RJ_MAX_BODY_BYTES", get("RJ_MAX_BODY_BYTES"), "65536")?,
            mail: mail_settings(&get)?,
            lookup_key: get("RJ_LOOKUP_KEY").map(SecretText),
            data_keys: get("RJ_DATA_KEYS").map(SecretText),
            form_counts_every: Duration::from_secs(parse("RJ_FORM_COUNTS_SECS", get("RJ_FORM_COUNTS_SECS"), "60")?),
            retention: crate::data_protection::RetentionPolicy {
                closed_months: parse("RJ_RETAIN_CLOSED_MONTHS", get("RJ_RETAIN_CLOSED_MONTHS"), "24")?,
                sent_mail_days: parse("RJ_RETAIN_SENT_MAIL_DAYS", get("RJ_RETAIN_SENT_MAIL_DAYS"), "30")?,
                sign_in_failures_days: parse("RJ_RETAIN_SIGN_IN_FAILURES_DAYS", get("RJ_RETAIN_SIGN_IN_FAILURES_DAYS"), "1")?,
                ledger: get("RJ_ERASURE_LEDGER").map(PathBuf::from).unwrap_or_else(|| data_dir.join("erasure-ledger.tsv")),
                mail_dir: data_dir.join("mail"),
            },
            staff: crate::staff::StaffSettings {
                idle: Duration::from_secs(parse("RJ_STAFF_IDLE_SECS", get("RJ_STAFF_IDLE_SECS"), "1800")?),
                absolute: Duration::from_secs(parse("RJ_STAFF_MAX_SECS", get("RJ_STAFF_MAX_SECS"), "43200")?),
                failure_delay: Duration::from_millis(parse("RJ_SIGN_IN_DELAY_MS", get("RJ_SIGN_IN_DELAY_MS"), "500")?),
                burst: parse("RJ_STAFF_BURST", get("RJ_STAFF_BURST"), "60")?,
                refill: Duration::from_millis(parse("RJ_STAFF_REFILL_MS", get("RJ_STAFF_REFILL_MS"), "500")?),
                suppress_below: match parse("RJ_REPORT_SUPPRESS_BELOW", get("RJ_REPORT_SUPPRESS_BELOW"), "5")? {
                    n if n >= 2 => n,
                    _ => {
                        return Err(ConfigError::Invalid {
                            name: "RJ_REPORT_SUPPRESS_BELOW",
                            reason: "must be 2 or more: counts from 1 up to one less than it are hidden".into(),
                        });
                    }
                },
            },
        })
    }

    pub fn is_https(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}

/// `RJ_TRUSTED_PROXIES`. The old on/off `RJ_TRUST_PROXY` believed whatever the client wrote
/// first in `X-Forwarded-For`; a server still configured with it stops rather than guess.
fn trusted_proxies(get: &impl Fn(&str) -> Option<String>) -> Result<crate::client::TrustedProxies, ConfigError> {
    if get("RJ_TRUST_PROXY").is_some() {
        return Err(ConfigError::Invalid {
            name: "RJ_TRUST_PROXY",
            reason: "is replaced by RJ_TRUSTED_PROXIES: list your reverse proxies' addresses, for example 127.0.0.1/32".into(),
        });
    }
    crate::client::TrustedProxies::parse(&get("RJ_TRUSTED_PROXIES").unwrap_or_default())
        .map_err(|reason| ConfigError::Invalid { name: "RJ_TRUSTED_PROXIES", reason })
}

/// Whether an SMTP URL logs in (a user name or password) over a connection that may not be
/// encrypted: `smtp://` without `tls=required` (no TLS, or STARTTLS only if offered, which a
/// network attacker can strip). `smtps://` and `?tls=required` are safe; a URL that does not
/// parse is left to the mail transport to refuse.
fn logs_in_without_tls(url: &str) -> bool {
    let Ok(parsed) = url::Url::parse(url) else { return false };
    let logs_in = !parsed.username().is_empty() || parsed.password().is_some();
    let required = parsed.query_pairs().any(|(k, v)| k == "tls" && v == "required");
    logs_in && parsed.scheme() == "smtp" && !required
}

fn mail_settings(get: &impl Fn(&str) -> Option<String>) -> Result<MailSettings, ConfigError> {
    let from = get("RJ_MAIL_FROM")
        .unwrap_or_else(|| "Appointments <no-reply@restorative-justice.example>".into());
    let team = get("RJ_TEAM_EMAIL").unwrap_or_else(|| "team@restorative-justice.example".into());
    for (name, value) in [("RJ_MAIL_FROM", &from), ("RJ_TEAM_EMAIL", &team)] {
        if value.parse::<lettre::message::Mailbox>().is_err() {
            return Err(ConfigError::Invalid { name, reason: format!("{value:?} is not an e-mail address") });
        }
    }
    let backoff_scale: f64 = parse("RJ_MAIL_BACKOFF_SCALE", get("RJ_MAIL_BACKOFF_SCALE"), "1")?;
    if !(backoff_scale > 0.0 && backoff_scale.is_finite()) {
        return Err(ConfigError::Invalid { name: "RJ_MAIL_BACKOFF_SCALE", reason: "must be above 0".into() });
    }
    let smtp_url = get("SMTP_URL").map(|u| SmtpUrl(u.trim().to_owned()));
    let allow_plain = matches!(get("RJ_SMTP_ALLOW_PLAIN_LOGIN").as_deref(), Some("1" | "true" | "yes"));
    if let Some(url) = &smtp_url
        && logs_in_without_tls(&url.0)
        && !allow_plain
    {
        return Err(ConfigError::Invalid {
            name: "SMTP_URL",
            reason: "sends a password without requiring TLS: use smtps:// or ?tls=required \
                     (or, for a relay on this machine only, set RJ_SMTP_ALLOW_PLAIN_LOGIN=1)"
                .into(),
        });
    }
    let smtp_ca_file = get("RJ_SMTP_CA_FILE").map(|p| PathBuf::from(p.trim()));
    if smtp_ca_file.is_some() && smtp_url.is_none() {
        return Err(ConfigError::Invalid {
            name: "RJ_SMTP_CA_FILE",
            reason: "is for SMTP over TLS, but SMTP_URL is not set".into(),
        });
    }
    Ok(MailSettings {
        smtp_url,
        smtp_ca_file,
        from,
        team,
        poll: Duration::from_millis(parse("RJ_MAIL_POLL_MS", get("RJ_MAIL_POLL_MS"), "5000")?),
        backoff_scale,
        claim: Duration::from_secs(parse("RJ_MAIL_CLAIM_SECS", get("RJ_MAIL_CLAIM_SECS"), "600")?),
        smtp_timeout: Duration::from_secs(parse("RJ_SMTP_TIMEOUT_SECS", get("RJ_SMTP_TIMEOUT_SECS"), "60")?),
        summary_at: summary_at(get("RJ_SUMMARY_AT"))?,
    })
}

/// `RJ_SUMMARY_AT`: a UK time of day `HH:MM`, or `off`.
fn summary_at(value: Option<String>) -> Result<Option<chrono::NaiveTime>, ConfigError> {
    let value = value.unwrap_or_else(|| "07:30".into());
    let value = value.trim();
    if value.eq_ignore_ascii_case("off") {
        return Ok(None);
    }
    let (h, m) = value.split_once(':').unwrap_or((value, ""));
    h.parse()
        .ok()
        .zip(m.parse().ok())
        .filter(|_| h.len() <= 2 && m.len() == 2)
        .and_then(|(h, m)| chrono::NaiveTime::from_hms_opt(h, m, 0))
        .map(Some)
        .ok_or_else(|| ConfigError::Invalid {
            name: "RJ_SUMMARY_AT",
            reason: format!("{value:?} is not a time like 07:30 (or off)"),
        })
}

/// `RJ_OPENING_HOURS` is `HH:MM-HH:MM` on weekdays. Times are checked so a typo cannot put
/// "9-5ish" on every page; the pages say the days in each language.
fn opening_hours(value: Option<String>) -> Result<(String, String), ConfigError> {
    let value = value.unwrap_or_else(|| "09:00-17:00".into());
    let invalid = || ConfigError::Invalid {
        name: "RJ_OPENING_HOURS",
        reason: format!("{value:?} is not like 09:00-17:00"),
    };
    let (opens, closes) = value.trim().split_once('-').ok_or_else(invalid)?;
    let time = |t: &str| -> Option<(u8, u8)> {
        let (h, m) = t.trim().split_once(':')?;
        let (h, m) = (h.parse::<u8>().ok()?, m.parse::<u8>().ok()?);
        (h < 24 && m < 60).then_some((h, m))
    };
    let (o, c) = (time(opens).ok_or_else(invalid)?, time(closes).ok_or_else(invalid)?);
    if o >= c {
        return Err(invalid());
    }
    Ok((format!("{:02}:{:02}", o.0, o.1), format!("{:02}:{:02}", c.0, c.1)))
}

fn parse<T: std::str::FromStr>(
    name: &'static str,
    value: Option<String>,
    default: &str,
) -> Result<T, ConfigError>
where
    T::Err: std::fmt::Display,
{
    value.as_deref().unwrap_or(default).trim().parse().map_err(|e: T::Err| ConfigError::Invalid {
        name,
        reason: e.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn settings(vars: &[(&str, &str)]) -> Result<Settings, ConfigError> {
        let map: HashMap<String, String> =
            vars.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        Settings::from_lookup(|k| map.get(k).cloned())
    }

    #[test]
    fn with_nothing_set_it_runs_on_sqlite_under_data() {
        let s = settings(&[]).unwrap();
        assert_eq!(s.database_url, "sqlite://data/app.db");
        assert_eq!(s.addr.to_string(), "127.0.0.1:3000");
        assert_eq!(s.data_dir, PathBuf::from("data"));
        assert_eq!(s.draft_idle, Duration::from_secs(7200));
        assert!(!s.is_https());
    }

    #[test]
    fn the_data_dir_moves_the_default_database_with_it() {
        let s = settings(&[("RJ_DATA_DIR", "/srv/rj")]).unwrap();
        assert_eq!(s.database_url, "sqlite:///srv/rj/app.db");
    }

    #[test]
    fn bad_values_are_named() {
        let err = settings(&[("LEPTOS_SITE_ADDR", "nowhere")]).unwrap_err();
        assert!(err.to_string().contains("LEPTOS_SITE_ADDR"), "{err}");
        let err = settings(&[("RJ_EXIT_URL", "javascript:alert(1)")]).unwrap_err();
        assert!(err.to_string().contains("RJ_EXIT_URL"), "{err}");
    }

    #[test]
    fn trusted_proxies_are_a_list_and_the_old_switch_is_refused() {
        assert!(settings(&[]).unwrap().trusted_proxies.is_empty(), "none by default: X-Forwarded-For is ignored");
        assert!(!settings(&[("RJ_TRUSTED_PROXIES", "127.0.0.1/32, 10.0.0.0/8")]).unwrap().trusted_proxies.is_empty());
        let bad = settings(&[("RJ_TRUSTED_PROXIES", "my-proxy")]).unwrap_err().to_string();
        assert!(bad.contains("RJ_TRUSTED_PROXIES"), "{bad}");
        let old = settings(&[("RJ_TRUST_PROXY", "1")]).unwrap_err().to_string();
        assert!(old.contains("RJ_TRUSTED_PROXIES"), "says what replaces it: {old}");
    }

    #[test]
    fn opening_hours_are_read_and_checked() {
        let s = settings(&[("RJ_OPENING_HOURS", "8:30-16:00")]).unwrap();
        assert_eq!((s.site.opens.as_str(), s.site.closes.as_str()), ("08:30", "16:00"));
        let s = settings(&[]).unwrap();
        assert_eq!((s.site.opens.as_str(), s.site.closes.as_str()), ("09:00", "17:00"));
        for bad in ["9 to 5", "17:00-09:00", "25:00-26:00", "09:00"] {
            let err = settings(&[("RJ_OPENING_HOURS", bad)]).unwrap_err();
            assert!(err.to_string().contains("RJ_OPENING_HOURS"), "{bad}: {err}");
        }
    }

    #[test]
    fn the_data_controller_is_configurable() {
        let s = settings(&[
            ("RJ_CONTROLLER_NAME", "Harbour PCC"),
            ("RJ_CONTROLLER_ADDRESS", "2 Quay, Walsall"),
            ("RJ_ICO_NUMBER", "Z9999999"),
        ])
        .unwrap();
        assert_eq!(s.site.controller_name, "Harbour PCC");
        assert_eq!(s.site.controller_address, "2 Quay, Walsall");
        assert_eq!(s.site.ico_number, "Z9999999");
    }

    #[test]
    fn mail_defaults_to_files_and_neutral_addresses() {
        let s = settings(&[]).unwrap();
        assert!(s.mail.smtp_url.is_none());
        assert_eq!(s.mail.from, "Appointments <no-reply@restorative-justice.example>");
        assert_eq!(s.mail.team, "team@restorative-justice.example");
        let s = settings(&[("SMTP_URL", "smtps://u:secret@mail.example:465")]).unwrap();
        assert!(!format!("{s:?}").contains("secret"));
        let err = settings(&[("RJ_TEAM_EMAIL", "not an address")]).unwrap_err();
        assert!(err.to_string().contains("RJ_TEAM_EMAIL"), "{err}");
    }

    #[test]
    fn a_password_is_never_sent_over_smtp_that_may_be_plain_unless_allowed() {
        for safe in ["smtps://u:p@mail.example:465", "smtp://u:p@mail.example:587?tls=required", "smtp://relay.internal:25"] {
            assert!(settings(&[("SMTP_URL", safe)]).is_ok(), "{safe}");
        }
        for plain in ["smtp://u:p@mail.example:587", "smtp://u:p@mail.example:587?tls=opportunistic", "smtp://u@mail.example:25"] {
            let err = settings(&[("SMTP_URL", plain)]).unwrap_err();
            assert!(err.to_string().contains("without requiring TLS"), "{plain}: {err}");
            assert!(!err.to_string().contains(":p@"), "the password is never in the message");
            assert!(settings(&[("SMTP_URL", plain), ("RJ_SMTP_ALLOW_PLAIN_LOGIN", "1")]).is_ok(), "{plain} when allowed");
        }
    }

    #[test]
    fn an_smtp_ca_file_is_read_and_needs_an_smtp_url() {
        assert!(settings(&[]).unwrap().mail.smtp_ca_file.is_none());
        let s = settings(&[
            ("SMTP_URL", "smtp://u:p@relay.internal:587?tls=required"),
            ("RJ_SMTP_CA_FILE", "/etc/rj/relay-ca.pem"),
        ])
        .unwrap();
        assert_eq!(s.mail.smtp_ca_file, Some(PathBuf::from("/etc/rj/relay-ca.pem")));
        let err = settings(&[("RJ_SMTP_CA_FILE", "/etc/rj/relay-ca.pem")]).unwrap_err();
        assert!(err.to_string().contains("RJ_SMTP_CA_FILE"), "{err}");
    }

    #[test]
    fn the_daily_summary_time_defaults_to_07_30_and_can_be_set_or_turned_off() {
        let time = |h, m| chrono::NaiveTime::from_hms_opt(h, m, 0);
        assert_eq!(settings(&[]).unwrap().mail.summary_at, time(7, 30));
        assert_eq!(settings(&[("RJ_SUMMARY_AT", "6:05")]).unwrap().mail.summary_at, time(6, 5));
        assert_eq!(settings(&[("RJ_SUMMARY_AT", " 18:00 ")]).unwrap().mail.summary_at, time(18, 0));
        assert_eq!(settings(&[("RJ_SUMMARY_AT", "off")]).unwrap().mail.summary_at, None);
        for bad in ["7", "07:5", "24:00", "07:60", "7.30", "seven", "07:30:00", "-1:30"] {
            let err = settings(&[("RJ_SUMMARY_AT", bad)]).unwrap_err();
            assert!(err.to_string().contains("RJ_SUMMARY_AT"), "{bad}: {err}");
        }
    }

    #[test]
    fn the_staff_area_allows_a_burst_of_60_then_two_requests_a_second() {
        let s = settings(&[]).unwrap();
        assert_eq!((s.staff.burst, s.staff.refill), (60, Duration::from_millis(500)));
        let s = settings(&[("RJ_STAFF_BURST", "200"), ("RJ_STAFF_REFILL_MS", "100")]).unwrap();
        assert_eq!((s.staff.burst, s.staff.refill), (200, Duration::from_millis(100)));
        let err = settings(&[("RJ_STAFF_BURST", "lots")]).unwrap_err();
        assert!(err.to_string().contains("RJ_STAFF_BURST"), "{err}");
    }

    #[test]
    fn an_https_public_url_turns_on_https_behaviour() {
        assert!(settings(&[("RJ_PUBLIC_URL", "https://rj.example.org/")]).unwrap().is_https());
    }
}
