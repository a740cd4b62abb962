//! Security headers on every response, and the per-request CSP nonce.
//!
//! The nonce is made here, put in the request's extensions for the page renderer (which gives it
//! to Leptos, so its scripts carry it) and written into the `Content-Security-Policy` header.

use axum::{
    extract::{Request, State},
    middleware::Next,
    response::Response,
};
use base64::{Engine, engine::general_purpose::STANDARD};
use http::{HeaderValue, header};
use rand::RngCore;

/// The nonce for this request's scripts.
#[derive(Clone, Debug)]
pub struct CspNonce(pub String);

impl CspNonce {
    fn generate() -> Self {
        let mut bytes = [0u8; 18];
        rand::rng().fill_bytes(&mut bytes);
        Self(STANDARD.encode(bytes))
    }
}

#[derive(Clone, Copy, Debug)]
pub struct SecurityConfig {
    /// Send HSTS (only when the site is served over https).
    pub hsts: bool,
}

/// Everything the browser may do on our pages: our own files, scripts that carry this request's
/// nonce (when the page has one), and for the staff area's islands, compiling WebAssembly.
/// Nothing from anywhere else. A page without a nonce (the public information pages, served
/// from memory by `public_cache`) may run no inline script at all.
pub fn content_security_policy(nonce: Option<&str>, allow_wasm: bool) -> String {
    let wasm = if allow_wasm { " 'wasm-unsafe-eval'" } else { "" };
    let nonce = nonce.map(|n| format!(" 'nonce-{n}'")).unwrap_or_default();
    format!(
        "default-src 'self'; script-src 'self'{nonce}{wasm}; style-src 'self'; \
         img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; \
         frame-ancestors 'none'; object-src 'none'; base-uri 'none'"
    )
}

const PERMISSIONS_POLICY: &str = "accelerometer=(), autoplay=(), camera=(), display-capture=(), \
     encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), magnetometer=(), \
     microphone=(), midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), \
     screen-wake-lock=(), sync-xhr=(), usb=(), xr-spatial-tracking=(), interest-cohort=()";

impl SecurityConfig {
    /// Every security header but the CSP, which depends on the page: the same on every response.
    pub fn fixed_headers(self) -> Vec<(header::HeaderName, HeaderValue)> {
        let mut headers = vec![
            (header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")),
            (header::REFERRER_POLICY, HeaderValue::from_static("no-referrer")),
            (header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")),
            // Old browsers' XSS auditors could be abused to remove parts of a page; the CSP does the work.
            (header::HeaderName::from_static("x-xss-protection"), HeaderValue::from_static("0")),
            (header::HeaderName::from_static("permissions-policy"), HeaderValue::from_static(PERMISSIONS_POLICY)),
            (header::HeaderName::from_static("cross-origin-opener-policy"), HeaderValue::from_static("same-origin")),
            (header::HeaderName::from_static("cross-origin-resource-policy"), HeaderValue::from_static("same-origin")),
        ];
        if self.hsts {
            headers.push((header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=63072000; includeSubDomains")));
        }
        headers
    }
}

pub async fn headers(
    State(config): State<SecurityConfig>,
    mut request: Request,
    next: Next,
) -> Response {
    let nonce = CspNonce::generate();
    let path = request.uri().path();
    let allow_wasm = app::paths::is_staff(path);
    let csp = content_security_policy(Some(&nonce.0), allow_wasm);
    request.extensions_mut().insert(nonce);

    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_str(&csp).expect("header values are ASCII"));
    for (name, value) in config.fixed_headers() {
        headers.insert(name, value);
    }
    headers.remove(header::SERVER);
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_pages_may_not_compile_webassembly() {
        let csp = content_security_policy(Some("abc"), false);
        assert!(csp.contains("script-src 'self' 'nonce-abc';"), "{csp}");
        assert!(!csp.contains("wasm-unsafe-eval"));
        for directive in ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'"] {
            assert!(csp.contains(directive), "missing {directive} in {csp}");
        }
    }

    #[test]
    fn a_page_without_a_nonce_may_run_no_inline_script() {
        let csp = content_security_policy(None, false);
        assert!(csp.contains("script-src 'self';"), "{csp}");
        assert!(!csp.contains("nonce") && !csp.contains("unsafe-inline"), "{csp}");
    }

    #[test]
    fn the_staff_area_may_compile_its_islands() {
        assert!(content_security_policy(Some("abc"), true).contains("'wasm-unsafe-eval'"));
    }

    #[test]
    fn nonces_are_unpredictable() {
        let a = CspNonce::generate().0;
        let b = CspNonce::generate().0;
        assert_ne!(a, b);
        assert_eq!(a.len(), 24);
    }
}
