//! The public information pages (`Page::ALL` in every language), rendered once and compressed
//! once, then served from memory with headers built once.
//!
//! Nothing on these pages depends on the request: they have no form that posts, no draft, no
//! cookie, and their one script is the quick exit, loaded from our own origin, so they need no
//! per-request CSP nonce (their policy allows `'self'` scripts and no inline script at all).
//! What they show depends only on the path and the settings, which are fixed while the process
//! runs. So the first request for a page renders it through the Leptos app as any page is
//! rendered, cuts what follows `</html>` as `trim_hydration_data` does, compresses it with
//! brotli (quality 11) and gzip (level 9), and keeps both; every later request is answered from
//! memory, in front of all the middleware, with one line in the request log. A client
//! that accepts neither encoding gets the gzip copy inflated (rare, and it keeps memory down:
//! a page's two compressed copies are a few KB, every published page in every language a few
//! MB; `docs/performance.md` has the figures).
//!
//! Only exact page paths without a query string are served from here: `/{lang}/` and
//! `/{lang}/{slug}`. Anything else (a query string such as the Languages page's `?from=`, a
//! journey, the staff area, an unknown language) goes through the normal stack, which renders it
//! afresh with its own nonce.

use std::{io::Write, sync::Arc};

use app::{i18n::Lang, paths::Page};
use axum::{
    body::{Body, Bytes},
    extract::{Request, State},
    middleware::Next,
    response::Response,
};
use http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use tokio::sync::OnceCell;

use crate::{security, startup::Renderer};

/// Every language a page may be asked in (the pseudo-locales only answer when switched on).
fn languages() -> impl Iterator<Item = Lang> {
    Lang::ALL.into_iter().chain(Lang::PSEUDO)
}

/// One rendered page: its compressed bodies and the headers each is sent with.
struct Entry {
    br: Variant,
    gzip: Variant,
    /// The headers of an uncompressed answer (no `Content-Encoding`, its own length).
    identity_headers: HeaderMap,
}

struct Variant {
    headers: HeaderMap,
    body: Bytes,
}

#[derive(Clone)]
pub struct PublicPages(Arc<Inner>);

struct Inner {
    renderer: Renderer,
    /// The headers every cached page is sent with (security headers, type, caching, `Vary`).
    headers: HeaderMap,
    /// One cell per language and page, in `languages()` × `Page::ALL` order.
    cells: Vec<OnceCell<Arc<Entry>>>,
}

impl PublicPages {
    pub fn new(renderer: Renderer, security: security::SecurityConfig) -> Self {
        let mut headers = HeaderMap::new();
        for (name, value) in security.fixed_headers() {
            headers.insert(name, value);
        }
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_str(&security::content_security_policy(None, false)).expect("ASCII"),
        );
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
        let cells = (0..languages().count() * Page::ALL.len()).map(|_| OnceCell::new()).collect();
        Self(Arc::new(Inner { renderer, headers, cells }))
    }

    /// The cell for a path that is exactly a published page in a language being served.
    fn cell(&self, path: &str) -> Option<&OnceCell<Arc<Entry>>> {
        let (code, slug) = path.strip_prefix('/')?.split_once('/')?;
        let lang = Lang::from_code(code)?;
        let page = Page::from_slug(slug)?;
        let l = languages().position(|l| l == lang)?;
        let p = Page::ALL.iter().position(|&p| p == page)?;
        self.0.cells.get(l * Page::ALL.len() + p)
    }

    /// Renders and compresses a page; `None` when it did not render as a plain 200 page (then
    /// the request goes the normal way and the next one tries again).
    async fn fill(&self, path: &str) -> Option<Arc<Entry>> {
        let mut request = Request::new(Body::empty());
        *request.uri_mut() = path.parse().ok()?;
        let response = crate::startup::cut_after_html((self.0.renderer.0)(request).await).await;
        if response.status() != StatusCode::OK {
            return None;
        }
        let html = axum::body::to_bytes(response.into_body(), crate::startup::MAX_PAGE_BYTES).await.ok()?;
        let base = self.0.headers.clone();
        tokio::task::spawn_blocking(move || Arc::new(Entry::compress(&html, base))).await.ok()
    }

    /// Which encoding to answer in.
    fn variant(entry: &Entry, accept: Option<&HeaderValue>) -> (HeaderMap, Bytes) {
        match accept.and_then(|v| v.to_str().ok()).map(negotiate).unwrap_or(Encoding::Identity) {
            Encoding::Brotli => (entry.br.headers.clone(), entry.br.body.clone()),
            Encoding::Gzip => (entry.gzip.headers.clone(), entry.gzip.body.clone()),
            Encoding::Identity => {
                let mut html = Vec::with_capacity(entry.gzip.body.len() * 5);
                let mut inflate = flate2::read::GzDecoder::new(&entry.gzip.body[..]);
                std::io::Read::read_to_end(&mut inflate, &mut html).expect("our own gzip inflates");
                (entry.identity_headers.clone(), Bytes::from(html))
            }
        }
    }
}

impl Entry {
    fn compress(html: &[u8], base: HeaderMap) -> Entry {
        let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gzip.write_all(html).expect("writing to memory");
        let gzip = gzip.finish().expect("writing to memory");
        let mut br = brotli::CompressorWriter::new(Vec::new(), 4096, 11, 22);
        br.write_all(html).expect("writing to memory");
        let br = br.into_inner();
        let variant = |body: Vec<u8>, encoding: Option<&'static str>| {
            let mut headers = base.clone();
            if let Some(encoding) = encoding {
                headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static(encoding));
            }
            headers.insert(header::CONTENT_LENGTH, HeaderValue::from(body.len()));
            Variant { headers, body: Bytes::from(body) }
        };
        let identity = variant(html.to_vec(), None);
        Entry { br: variant(br, Some("br")), gzip: variant(gzip, Some("gzip")), identity_headers: identity.headers }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Encoding {
    Brotli,
    Gzip,
    Identity,
}

/// The client's preferred encoding among brotli and gzip (RFC 9110, 12.5.3): the highest
/// non-zero quality, brotli on a tie; `*` stands for any encoding not named.
fn negotiate(accept: &str) -> Encoding {
    let (mut br, mut gzip, mut any) = (None, None, None);
    for item in accept.split(',') {
        let mut parts = item.split(';');
        let name = parts.next().unwrap_or("").trim();
        let q = parts
            .filter_map(|p| p.trim().strip_prefix("q=").or_else(|| p.trim().strip_prefix("Q=")))
            .find_map(|q| q.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        if name.eq_ignore_ascii_case("br") {
            br = Some(q);
        } else if name.eq_ignore_ascii_case("gzip") || name.eq_ignore_ascii_case("x-gzip") {
            gzip = Some(q);
        } else if name == "*" {
            any = Some(q);
        }
    }
    let br = br.or(any).unwrap_or(0.0);
    let gzip = gzip.or(any).unwrap_or(0.0);
    if br > 0.0 && br >= gzip {
        Encoding::Brotli
    } else if gzip > 0.0 {
        Encoding::Gzip
    } else {
        Encoding::Identity
    }
}

/// The middleware: a GET or HEAD for a published page without a query string is answered from
/// memory; everything else goes on to the rest of the stack.
pub async fn serve(State(pages): State<PublicPages>, request: Request, next: Next) -> Response {
    let cacheable = matches!(*request.method(), Method::GET | Method::HEAD) && request.uri().query().is_none();
    let Some(cell) = cacheable.then(|| pages.cell(request.uri().path())).flatten() else {
        return next.run(request).await;
    };
    let entry = match cell.get() {
        Some(entry) => entry.clone(),
        None => {
            let path = request.uri().path().to_owned();
            match cell.get_or_try_init(|| async { pages.fill(&path).await.ok_or(()) }).await {
                Ok(entry) => entry.clone(),
                Err(()) => return next.run(request).await,
            }
        }
    };
    // The request log's line, as the trace layer writes for every other request: method, path
    // (a page's path, never anything personal) and status.
    tracing::info!(method = %request.method(), path = request.uri().path(), status = 200, "served from memory");
    let (headers, body) = PublicPages::variant(&entry, request.headers().get(header::ACCEPT_ENCODING));
    let mut response = Response::new(Body::from(body));
    *response.headers_mut() = headers;
    response
}

#[cfg(test)]
mod tests {
    use super::{Encoding::*, negotiate};

    #[test]
    fn the_client_chooses_the_encoding() {
        assert_eq!(negotiate("gzip, deflate, br, zstd"), Brotli);
        assert_eq!(negotiate("gzip"), Gzip);
        assert_eq!(negotiate("br;q=0.5, gzip"), Gzip);
        assert_eq!(negotiate("br;q=0, gzip;q=0"), Identity);
        assert_eq!(negotiate("identity"), Identity);
        assert_eq!(negotiate(""), Identity);
        assert_eq!(negotiate("*"), Brotli);
        assert_eq!(negotiate("*;q=0.1, br;q=0"), Gzip);
        assert_eq!(negotiate("GZIP ; q=0.8"), Gzip);
    }
}
