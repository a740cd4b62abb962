//! The visitor's session cookie. It exists only once someone starts a journey: a reader who
//! never starts the form gets no cookie at all. The cookie holds a random token; the database
//! holds only its SHA-256 digest.

use app::ports::SessionKey;
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use rand::RngCore;
use sha2::{Digest, Sha256};

#[derive(Clone, Copy, Debug)]
pub struct SessionCookie {
    /// Over https the cookie is `__Host-` prefixed and `Secure`.
    pub secure: bool,
}

impl SessionCookie {
    pub fn name(self) -> &'static str {
        if self.secure { "__Host-rj_session" } else { "rj_session" }
    }

    /// The session key for the request's cookie, if it carries one.
    pub fn key(self, jar: &CookieJar) -> Option<SessionKey> {
        jar.get(self.name()).map(|c| digest(c.value()))
    }

    /// A new random token and the cookie that carries it.
    pub fn issue(self) -> (SessionKey, Cookie<'static>) {
        let mut bytes = [0u8; 32];
        rand::rng().fill_bytes(&mut bytes);
        let token = URL_SAFE_NO_PAD.encode(bytes);
        let key = digest(&token);
        (key, self.build(token))
    }

    /// A cookie that deletes the session cookie.
    pub fn removal(self) -> Cookie<'static> {
        let mut cookie = self.build(String::new());
        cookie.make_removal();
        cookie
    }

    fn build(self, value: String) -> Cookie<'static> {
        Cookie::build((self.name(), value))
            .path("/")
            .http_only(true)
            .secure(self.secure)
            // Lax, not Strict: a person following our link from an e-mail or a partner's site
            // must still find their answers.
            .same_site(SameSite::Lax)
            .build()
    }
}

pub fn digest(token: &str) -> SessionKey {
    SessionKey::from_digest(hex::encode(Sha256::digest(token.as_bytes())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_is_a_digest_not_the_token() {
        let (key, cookie) = SessionCookie { secure: false }.issue();
        assert_ne!(key.as_str(), cookie.value());
        assert_eq!(key, digest(cookie.value()));
        assert_eq!(key.as_str().len(), 64);
    }

    #[test]
    fn over_https_the_cookie_is_host_prefixed_and_secure() {
        let (_, cookie) = SessionCookie { secure: true }.issue();
        assert_eq!(cookie.name(), "__Host-rj_session");
        assert_eq!(cookie.secure(), Some(true));
        assert_eq!(cookie.http_only(), Some(true));
        assert_eq!(cookie.path(), Some("/"));
    }
}
