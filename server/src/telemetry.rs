//! Structured logs. Handlers log what happened and to which path, never what someone typed.

use tracing_subscriber::{EnvFilter, fmt, prelude::*};

/// `RUST_LOG` filters (default `info`); `RJ_LOG_FORMAT=json` writes one JSON object a line.
pub fn init() {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,tower_http=info"));
    let json = std::env::var("RJ_LOG_FORMAT").is_ok_and(|v| v == "json");
    let registry = tracing_subscriber::registry().with(filter);
    if json {
        registry.with(fmt::layer().json().flatten_event(true)).init();
    } else {
        // Colours only for a person at a terminal: in a file or the journal they are noise, and
        // writing them costs every request's log line.
        use std::io::IsTerminal;
        registry.with(fmt::layer().with_ansi(std::io::stdout().is_terminal())).init();
    }
}

/// Path prefixes whose next segment is a secret (a one-time link): logs show `[redacted]`.
const SECRET_SEGMENTS: [&str; 1] = ["/staff/enrol/"];

/// The request path as logs may show it: one-time tokens in the path are replaced.
pub fn loggable_path(path: &str) -> std::borrow::Cow<'_, str> {
    // `/{lang}/feedback/{token}`: a participant's one-time feedback link.
    let mut parts = path.splitn(4, '/');
    if let (Some(""), Some(lang), Some("feedback"), Some(rest)) = (parts.next(), parts.next(), parts.next(), parts.next()) {
        if rest != "thanks" && !rest.is_empty() {
            let tail = rest.find('/').map(|i| &rest[i..]).unwrap_or("");
            return format!("/{lang}/feedback/[redacted]{tail}").into();
        }
    }
    for prefix in SECRET_SEGMENTS {
        if let Some(rest) = path.strip_prefix(prefix) {
            let tail = rest.find('/').map(|i| &rest[i..]).unwrap_or("");
            return format!("{prefix}[redacted]{tail}").into();
        }
    }
    path.into()
}

#[cfg(test)]
mod tests {
    use super::loggable_path;

    #[test]
    fn one_time_tokens_never_reach_the_logs() {
        assert_eq!(loggable_path("/staff/enrol/abcDEF123"), "/staff/enrol/[redacted]");
        assert_eq!(loggable_path("/staff/enrol/abc/x"), "/staff/enrol/[redacted]/x");
        assert_eq!(loggable_path("/en/refer/who"), "/en/refer/who");
        assert_eq!(loggable_path("/staff/enrolment"), "/staff/enrolment");
        assert_eq!(loggable_path("/ur/feedback/abcDEF-_123"), "/ur/feedback/[redacted]");
        assert_eq!(loggable_path("/en/feedback/thanks"), "/en/feedback/thanks");
    }
}
