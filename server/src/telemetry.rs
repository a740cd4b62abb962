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
        registry.with(fmt::layer()).init();
    }
}
