//! Plain axum handlers: health, readiness, language negotiation at `/`, and the quick exit.

use axum::{
    Json,
    extract::State,
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Redirect, Response},
};
use axum_extra::extract::cookie::CookieJar;
use serde_json::json;

use crate::startup::AppState;

/// The process is up.
pub async fn healthz() -> impl IntoResponse {
    (no_store(), "ok")
}

/// The process can serve: the database answers.
pub async fn readyz(State(state): State<AppState>) -> Response {
    match state.store.ping().await {
        Ok(()) => {
            // How long the oldest unsent e-mail has waited: a growing figure means mail is stuck.
            let oldest = match state.store.oldest_unsent().await {
                Ok(at) => at.map(|at| (chrono::Utc::now() - at).num_seconds().max(0)),
                Err(e) => {
                    tracing::warn!(error = %e, "could not read the outbox");
                    None
                }
            };
            (
                no_store(),
                Json(json!({
                    "status": "ready",
                    "database": state.store.kind(),
                    "oldest_pending_mail_seconds": oldest,
                })),
            )
                .into_response()
        }
        Err(e) => {
            tracing::warn!(error = %e, "readiness check failed");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                no_store(),
                Json(json!({ "status": "unavailable", "database": state.store.kind() })),
            )
                .into_response()
        }
    }
}

/// Keeps crawlers out of the staff area and the exit; everything public may be indexed, and
/// the sitemap says where it all is.
pub async fn robots(State(state): State<AppState>) -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"))],
        format!(
            "User-agent: *\nDisallow: /staff\nDisallow: /exit\n\nSitemap: {}/sitemap.xml\n",
            state.site.public_url
        ),
    )
}

/// How to report a security problem (RFC 9116): the service's own address, English, and an
/// expiry always six months ahead, so the file never goes stale while the site runs.
pub async fn security_txt(State(state): State<AppState>) -> impl IntoResponse {
    let expires = (chrono::Utc::now() + chrono::Duration::days(183)).format("%Y-%m-%dT00:00:00Z");
    (
        [(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"))],
        format!(
            "Contact: mailto:{}\nExpires: {expires}\nPreferred-Languages: en\nCanonical: {}/.well-known/security.txt\n",
            state.site.email, state.site.public_url
        ),
    )
}

/// Every public page in every language, each with its `hreflang` alternates (and English as
/// `x-default`), built from `Page::ALL` so a new page is listed the moment it exists.
pub async fn sitemap(State(state): State<AppState>) -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, HeaderValue::from_static("application/xml; charset=utf-8"))],
        sitemap_xml(&state.site.public_url),
    )
}

pub fn sitemap_xml(base: &str) -> String {
    use app::{i18n::Lang, paths::Page};
    let url = |page: Page, lang: Lang| xml_escape(&format!("{base}{}", page.path(lang)));
    let mut xml = String::from(concat!(
        r#"<?xml version="1.0" encoding="UTF-8"?>"#,
        "\n",
        r#"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">"#,
        "\n"
    ));
    for page in Page::ALL {
        for lang in Lang::ALL {
            xml.push_str(&format!("  <url>\n    <loc>{}</loc>\n", url(page, lang)));
            for other in Lang::ALL {
                xml.push_str(&format!(
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>\n",
                    other.code(),
                    url(page, other)
                ));
            }
            xml.push_str(&format!(
                "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>\n  </url>\n",
                url(page, Lang::En)
            ));
        }
    }
    xml.push_str("</urlset>\n");
    xml
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// `/` sends people to the home page in the best language their browser asks for.
pub async fn root(headers: HeaderMap) -> Response {
    let accept = headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    let lang = app::i18n::negotiate(accept);
    let mut response = Redirect::to(&app::paths::Page::Home.path(lang)).into_response();
    let h = response.headers_mut();
    h.insert(header::VARY, HeaderValue::from_static("Accept-Language"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// The quick exit without JavaScript: forget the visitor's draft, tell the browser to drop
/// everything it holds for us, and leave for the neutral site.
pub async fn exit(State(state): State<AppState>, jar: CookieJar) -> Response {
    if let Some(key) = state.session_cookie.key(&jar) {
        if let Err(e) = state.store.forget_session(&key).await {
            // Leaving must never fail: the draft expires by itself anyway.
            tracing::error!(error = %e, "quick exit could not delete a draft");
        }
    }
    let jar = jar.add(state.session_cookie.removal());
    let mut response = (jar, Redirect::to(&state.site.exit_url)).into_response();
    let h = response.headers_mut();
    h.insert(
        header::HeaderName::from_static("clear-site-data"),
        HeaderValue::from_static("\"cache\", \"cookies\", \"storage\""),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

fn no_store() -> [(header::HeaderName, HeaderValue); 1] {
    [(header::CACHE_CONTROL, HeaderValue::from_static("no-store"))]
}
