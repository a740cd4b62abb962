//! The forms before sign-in (sign-in, enrolment) without a session, so that nobody who has not
//! signed in makes the server write anything (security finding 5: every cookieless GET under
//! `/staff` used to store a session row).
//!
//! The browser gets a random 256-bit value in a cookie of its own (`__Host-rj_prelogin` over
//! https, `rj_prelogin` over plain http, like the other cookies; HttpOnly, SameSite=Strict,
//! for the browser session only). Everything pre-login is derived from it with HMAC-SHA-256,
//! nothing is kept on the server, and no server key is needed, so any instance behind a
//! balancer can check any form:
//! - the form token (double submit): the form must carry the token derived from the cookie
//!   the same request brings. Another site can neither read the cookie nor set it (`__Host-`,
//!   SameSite=Strict), and `csrf_guard` checks the same-origin headers first as well;
//! - the enrolment's TOTP secret, from the cookie and the enrolment token: the page and the
//!   form that proves the app has it agree without storing it, the server chooses it (the
//!   person cannot send a weak one), and nobody holding only the e-mail's link can work it out.
//!
//! The cookie is set only where a pre-login page uses it (`Visitor`), and forgotten once
//! someone signs in or finishes enrolling. Signed-in forms carry their session's own token.

use std::sync::{
    Arc,
    atomic::{AtomicBool, Ordering},
};

use axum::{
    http::{HeaderMap, HeaderValue, header},
    response::Response,
};
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;

use super::auth;

/// This browser's pre-login value, read from its cookie or made for this request.
#[derive(Clone)]
pub struct PreLogin {
    key: [u8; 32],
    /// Made for this request: the browser has no cookie yet, so no form can match it.
    fresh: bool,
    /// A pre-login page used it, so a fresh one goes out in a cookie.
    used: Arc<AtomicBool>,
}

impl std::fmt::Debug for PreLogin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PreLogin(..)")
    }
}

pub fn cookie_name(secure: bool) -> &'static str {
    if secure { "__Host-rj_prelogin" } else { "rj_prelogin" }
}

const FORM: &[u8] = b"rj staff pre-login form token";
const ENROLMENT: &[u8] = b"rj staff enrolment totp secret\0";

impl PreLogin {
    /// The request's cookie, or a new value when it has none (or one that is not ours).
    pub fn from_headers(headers: &HeaderMap, secure: bool) -> Self {
        let jar = CookieJar::from_headers(headers);
        let sent = jar
            .get(cookie_name(secure))
            .and_then(|c| URL_SAFE_NO_PAD.decode(c.value()).ok())
            .and_then(|bytes| <[u8; 32]>::try_from(bytes).ok());
        match sent {
            Some(key) => PreLogin { key, fresh: false, used: Arc::default() },
            None => {
                let mut key = [0u8; 32];
                rand::rng().fill_bytes(&mut key);
                PreLogin { key, fresh: true, used: Arc::default() }
            }
        }
    }

    fn mac(&self, parts: &[&[u8]]) -> [u8; 32] {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.key).expect("HMAC takes a key of any length");
        for part in parts {
            mac.update(part);
        }
        mac.finalize().into_bytes().into()
    }

    /// The token pre-login forms carry.
    pub fn form_token(&self) -> String {
        URL_SAFE_NO_PAD.encode(self.mac(&[FORM]))
    }

    /// Whether a form's token is this browser's: never for a value made for this request.
    pub fn accepts(&self, sent: &str) -> bool {
        !self.fresh && auth::same_secret(sent, &self.form_token())
    }

    /// The TOTP secret offered to this browser for this enrolment link.
    pub fn totp_secret(&self, enrolment_token: &str) -> String {
        let mac = self.mac(&[ENROLMENT, enrolment_token.as_bytes()]);
        let mut secret = [0u8; 20];
        secret.copy_from_slice(&mac[..20]);
        auth::totp_secret_from(&secret)
    }

    /// A pre-login page is using this value: the browser must keep it.
    pub fn use_it(&self) {
        self.used.store(true, Ordering::Relaxed);
    }

    /// Sends the cookie when the value is new and a page used it.
    pub fn set_cookie_if_used(&self, response: &mut Response, secure: bool) {
        if self.fresh && self.used.load(Ordering::Relaxed) {
            add_cookie(response, build(secure, URL_SAFE_NO_PAD.encode(self.key)));
        }
    }
}

/// Tells the browser to drop its pre-login cookie (signed in, or enrolled).
pub fn forget(response: &mut Response, secure: bool) {
    let mut cookie = build(secure, String::new());
    cookie.make_removal();
    add_cookie(response, cookie);
}

fn build(secure: bool, value: String) -> Cookie<'static> {
    Cookie::build((cookie_name(secure), value))
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Strict)
        .build()
}

fn add_cookie(response: &mut Response, cookie: Cookie<'static>) {
    if let Ok(value) = HeaderValue::from_str(&cookie.to_string()) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_cookie(response: &Response) -> HeaderMap {
        let set = response.headers().get(header::SET_COOKIE).unwrap().to_str().unwrap();
        let pair = set.split(';').next().unwrap().to_owned();
        let mut headers = HeaderMap::new();
        headers.insert(header::COOKIE, HeaderValue::from_str(&pair).unwrap());
        headers
    }

    #[test]
    fn a_form_token_matches_only_the_cookie_it_came_with() {
        let first = PreLogin::from_headers(&HeaderMap::new(), false);
        assert!(!first.accepts(&first.form_token()), "no cookie was sent: nothing matches");
        first.use_it();
        let mut response = Response::default();
        first.set_cookie_if_used(&mut response, false);
        let back = PreLogin::from_headers(&with_cookie(&response), false);
        assert!(back.accepts(&first.form_token()), "the browser's cookie and its form agree");
        assert!(!back.accepts(""));
        let other = PreLogin::from_headers(&HeaderMap::new(), false);
        assert!(!back.accepts(&other.form_token()), "another browser's token");
        assert_ne!(back.totp_secret("link-a"), back.totp_secret("link-b"));
        assert_eq!(back.totp_secret("link-a"), first.totp_secret("link-a"), "the same secret on a second try");
        assert_ne!(other.totp_secret("link-a"), first.totp_secret("link-a"), "not from the link alone");
        assert!(auth::totp_code(&back.totp_secret("link-a"), 1_800_000_000).is_some());
    }

    #[test]
    fn the_cookie_is_sent_only_when_new_and_used_and_is_host_only_and_strict_over_https() {
        let unused = PreLogin::from_headers(&HeaderMap::new(), true);
        let mut response = Response::default();
        unused.set_cookie_if_used(&mut response, true);
        assert!(response.headers().get(header::SET_COOKIE).is_none(), "nothing for a page that did not use it");
        unused.use_it();
        unused.set_cookie_if_used(&mut response, true);
        let set = response.headers().get(header::SET_COOKIE).unwrap().to_str().unwrap().to_owned();
        for part in ["__Host-rj_prelogin=", "Secure", "HttpOnly", "SameSite=Strict", "Path=/"] {
            assert!(set.contains(part), "{part} missing from {set}");
        }
        assert!(!set.contains("Domain") && !set.contains("Max-Age"), "{set}");
        let kept = PreLogin::from_headers(&with_cookie(&response), true);
        kept.use_it();
        let mut again = Response::default();
        kept.set_cookie_if_used(&mut again, true);
        assert!(again.headers().get(header::SET_COOKIE).is_none(), "a browser that has it is not sent it again");
        let plain = PreLogin::from_headers(&with_cookie(&response), false);
        assert!(!plain.accepts(&kept.form_token()), "over http the cookie has its plain name");
    }
}
