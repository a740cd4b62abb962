//! The idle-session warning: the staff area's one island. The session ends after a spell
//! without requests; two minutes before, this shows a warning with a button that keeps the
//! session (the button is a plain form, rendered on the server, so it works like any other).
//! Without JavaScript the footer says how long a session lasts and the form is always there.

use leptos::prelude::*;

/// How long before the end the warning appears.
pub const WARN_SECONDS: i64 = 120;

#[island]
pub fn SessionTimer(idle_seconds: i64, children: Children) -> impl IntoView {
    let (left, set_left) = signal(idle_seconds);
    #[cfg(feature = "hydrate")]
    {
        let started = js_sys_now();
        let handle = set_interval_with_handle(
            move || set_left.set(idle_seconds - ((js_sys_now() - started) / 1000.0) as i64),
            std::time::Duration::from_secs(5),
        );
        if let Ok(handle) = handle {
            on_cleanup(move || handle.clear());
        }
    }
    let _ = set_left;
    let minutes = move || (left.get().max(0) + 59) / 60;
    view! {
        <div class="session-warning" role="status" hidden=move || { left.get() > WARN_SECONDS }>
            <p>
                {move || {
                    if left.get() <= 0 {
                        "Your session has ended. Sign in again to carry on.".to_owned()
                    } else {
                        format!(
                            "You will be signed out in {} minute{} because nothing has happened for a while.",
                            minutes(),
                            if minutes() == 1 { "" } else { "s" },
                        )
                    }
                }}
            </p>
            {children()}
        </div>
    }
}

/// Wall-clock milliseconds: timers in a background tab are slowed, the clock is not.
#[cfg(feature = "hydrate")]
fn js_sys_now() -> f64 {
    js_sys::Date::now()
}
