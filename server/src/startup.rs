//! Building and running the application: connect and migrate the database, bind the port, wire
//! the router and its layers. `main` and the tests both go through `Application::build`.

use std::{future::Future, net::SocketAddr, path::Path, sync::Arc, time::Duration};

use app::{
    App,
    journey::view::JourneyView,
    ports::Store,
    shell,
    site::{AssetVersion, SiteInfo},
};
use axum::{
    Router,
    body::Body,
    extract::{FromRef, Request},
    handler::HandlerWithoutStateExt,
    http::{HeaderValue, header},
    middleware::{self, Next},
    response::{IntoResponse, Response},
    routing::get,
};
use leptos::prelude::*;
use leptos_axum::{AxumRouteListing, LeptosRoutes, generate_route_list};
use sha2::{Digest, Sha256};
use tokio::net::TcpListener;
use tower_http::{
    catch_panic::CatchPanicLayer, compression::CompressionLayer, limit::RequestBodyLimitLayer,
    services::{ServeDir, ServeFile}, timeout::TimeoutLayer, trace::TraceLayer,
};

use crate::{
    config::Settings,
    journeys, mail, routes,
    security::{self, CspNonce, SecurityConfig},
    session::SessionCookie,
    store::Database,
};

/// What every handler can reach: one allocation shared by every request. axum clones the state
/// for every extractor and every `from_fn_with_state` layer of every request, so a clone must
/// be a reference count, not a copy of the settings' strings (it was: two copies per request
/// in the route layers alone, a fifth of the CPU time of a small response).
#[derive(Clone)]
pub struct AppState(Arc<Shared>);

impl std::ops::Deref for AppState {
    type Target = Shared;
    fn deref(&self) -> &Shared {
        &self.0
    }
}

/// The state itself; see `AppState`.
pub struct Shared {
    pub leptos_options: LeptosOptions,
    pub store: Arc<dyn Store>,
    pub site: SiteInfo,
    pub session_cookie: SessionCookie,
    pub asset_version: AssetVersion,
    pub public_url: String,
    pub draft_idle: Duration,
    pub contact_working_days: u32,
    pub call_back_working_days: u32,
    pub min_fill_seconds: Option<i64>,
    /// Where the messages a request causes go.
    pub mail: mail::Addresses,
    pub staff: crate::staff::StaffSettings,
    /// Which `X-Forwarded-For` entries to believe, for the client's address (`client`).
    pub proxies: std::sync::Arc<crate::client::TrustedProxies>,
    /// How long personal data is kept, where e-mail files are, and the erasure ledger.
    pub retention: std::sync::Arc<crate::data_protection::RetentionPolicy>,
    /// The public forms' counters (`analytics`), written every minute.
    pub analytics: crate::analytics::FormAnalytics,
    /// Renders a page through the Leptos app; set when the router is built.
    pub renderer: Option<Renderer>,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

/// Connects to the database, brings its schema up to date, and opens the store with the data
/// keys (`seal`) and the contact lookup key (`lookup`) from the settings or the data folder:
/// what the server and every command that touches the database start with.
pub async fn open_store(settings: &Settings) -> Result<(Database, Arc<dyn Store>), StartupError> {
    std::fs::create_dir_all(&settings.data_dir).map_err(|source| StartupError::DataDir { path: settings.data_dir.display().to_string(), source })?;
    let lookup = crate::lookup::LookupKey::load(settings.lookup_key.as_ref().map(|k| k.0.as_str()), &settings.data_dir)
        .map_err(|e| StartupError::Keys(e.to_string()))?;
    crate::lookup::install(lookup);
    let keys = crate::seal::Keyring::load(settings.data_keys.as_ref().map(|k| k.0.as_str()), &settings.data_dir)
        .map_err(|e| StartupError::Keys(e.to_string()))?;
    let database = Database::connect(&settings.database_url).await?;
    database.migrate().await?;
    let store = database.store(Arc::new(keys));
    Ok((database, store))
}

#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error("keys: {0}")]
    Keys(String),
    #[error("database: {0}")]
    Database(#[from] app::ports::StoreError),
    #[error("data protection: {0}")]
    Retention(String),
    #[error("cannot listen on {addr}: {source}")]
    Bind { addr: SocketAddr, source: std::io::Error },
    #[error("cannot create the data folder {path}: {source}")]
    DataDir { path: String, source: std::io::Error },
    #[error("mail: {0}")]
    Mail(#[from] mail::MailError),
}

pub struct Application {
    listener: TcpListener,
    router: Router,
    database: Database,
    store: Arc<dyn Store>,
    addr: SocketAddr,
    transport: mail::Transport,
    worker: mail::WorkerConfig,
    /// Where the managers' daily summary goes and links to, and when (`None`: never here).
    summary: (mail::Addresses, Option<chrono::NaiveTime>),
    retention: crate::data_protection::RetentionPolicy,
    analytics: (crate::analytics::FormAnalytics, Duration),
}

impl Application {
    pub async fn build(settings: Settings) -> Result<Self, StartupError> {
        let (database, store) = open_store(&settings).await?;
        // Values stored before sealing existed are sealed once; afterwards this finds nothing.
        let sealed: u64 = store.reseal(true).await?.iter().map(|(_, n)| n).sum();
        if sealed > 0 {
            tracing::info!(values = sealed, "sealed data stored before encryption at rest");
        }
        // Requests stored before the report's facts existed get theirs once; afterwards every
        // change writes them, so this finds nothing.
        let backfilled = store.backfill_statistics(chrono::Utc::now()).await?;
        if backfilled > 0 {
            tracing::info!(requests = backfilled, "wrote the report's facts for requests stored before them");
        }
        // A database restored from a backup taken before an erasure gets it again.
        let reapplied = crate::data_protection::reapply_ledger(store.as_ref(), &settings.retention, chrono::Utc::now())
            .await
            .map_err(|e| StartupError::Retention(e.to_string()))?;
        if reapplied > 0 {
            tracing::warn!(requests = reapplied, "erased again what the erasure ledger lists (was a backup restored?)");
        }
        let transport = mail::Transport::new(
            settings.mail.smtp_url.as_ref().map(|u| u.0.as_str()),
            settings.mail.smtp_ca_file.as_deref(),
            &settings.data_dir.join("mail"),
            settings.mail.smtp_timeout,
        )?;
        let worker = mail::WorkerConfig {
            from: settings.mail.from.clone(),
            poll: settings.mail.poll,
            backoff_scale: settings.mail.backoff_scale,
            claim: settings.mail.claim,
        };

        // A process-wide switch: the tests that use the pseudo-locales all turn it on.
        if settings.pseudo_locales {
            app::i18n::set_pseudo_locales(true);
        }

        let listener = TcpListener::bind(settings.addr)
            .await
            .map_err(|source| StartupError::Bind { addr: settings.addr, source })?;
        let addr = listener.local_addr().map_err(|source| StartupError::Bind {
            addr: settings.addr,
            source,
        })?;

        // With port 0 (tests) and no RJ_PUBLIC_URL, the default public address names port 0;
        // the sitemap and the leaflet's QR code need the port actually bound.
        let mut settings = settings;
        if settings.addr.port() == 0 && settings.public_url == format!("http://{}", settings.addr) {
            settings.public_url = format!("http://{addr}");
            settings.site.public_url = settings.public_url.clone();
        }

        let leptos_options = LeptosOptions::builder()
            .output_name("rj")
            .site_root(settings.site_root.to_string_lossy().into_owned())
            .site_pkg_dir("pkg")
            .site_addr(addr)
            .env(leptos::config::Env::PROD)
            .build();
        let state = Shared {
            asset_version: asset_version(&settings.site_root),
            leptos_options,
            store: store.clone(),
            site: settings.site.clone(),
            session_cookie: SessionCookie { secure: settings.is_https() },
            public_url: settings.public_url.clone(),
            draft_idle: settings.draft_idle,
            contact_working_days: settings.contact_working_days,
            call_back_working_days: settings.call_back_working_days,
            min_fill_seconds: settings.min_fill_seconds,
            mail: mail::Addresses {
                team: settings.mail.team.clone(),
                public_url: settings.public_url.clone(),
            },
            staff: settings.staff,
            proxies: std::sync::Arc::new(settings.trusted_proxies.clone()),
            retention: std::sync::Arc::new(settings.retention.clone()),
            analytics: crate::analytics::FormAnalytics::default(),
            renderer: None,
        };
        let summary = (state.mail.clone(), settings.mail.summary_at);
        let analytics = (state.analytics.clone(), settings.form_counts_every);
        let router = router(state, &settings);
        let retention = settings.retention.clone();
        Ok(Self { listener, router, database, store, addr, transport, worker, summary, retention, analytics })
    }

    /// The address actually bound (useful with port 0).
    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    pub fn database(&self) -> &Database {
        &self.database
    }

    /// The store the application uses (with its keys).
    pub fn store(&self) -> Arc<dyn Store> {
        self.store.clone()
    }

    /// Serves until `shutdown` completes, then finishes the requests in flight.
    pub async fn run_until_stopped(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
        let purger = tokio::spawn(purge_expired_drafts(self.store.clone(), self.retention.clone(), stop_rx.clone()));
        let counter = tokio::spawn(crate::analytics::run_flusher(self.store.clone(), self.analytics.0.clone(), self.analytics.1, stop_rx.clone()));
        let (addresses, summary_at) = self.summary;
        let scheduler = summary_at.map(|at| {
            tracing::info!(at = %at.format("%H:%M"), "daily summary scheduled (UK time)");
            tokio::spawn(crate::summary::run_scheduler(self.store.clone(), addresses, at, stop_rx.clone()))
        });
        tracing::info!(transport = self.transport.describe(), "mail worker started");
        if self.transport.describe() == "files" {
            tracing::warn!(
                days = self.retention.sent_mail_days,
                "no SMTP_URL: e-mail is written to .eml files under RJ_DATA_DIR/mail and kept there (they hold what the e-mails say) until the retention job deletes them after RJ_RETAIN_SENT_MAIL_DAYS"
            );
        }
        let mailer = tokio::spawn(mail::run_worker(
            self.store.clone(),
            Arc::new(self.transport),
            self.worker,
            stop_rx,
        ));
        let result = axum::serve(
            self.listener,
            self.router.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(shutdown)
        .await;
        let _ = stop_tx.send(true);
        let _ = purger.await;
        let _ = counter.await;
        if let Some(scheduler) = scheduler {
            let _ = scheduler.await;
        }
        // The worker finishes the message in hand (sent and marked, or scheduled again).
        let _ = mailer.await;
        self.database.close().await;
        result
    }
}

/// Drafts expire on their own; this deletes the expired ones every few minutes, and runs the
/// retention rules (`data_protection::apply_retention`) once an hour, first an hour after start.
async fn purge_expired_drafts(store: Arc<dyn Store>, retention: crate::data_protection::RetentionPolicy, mut stop: tokio::sync::watch::Receiver<bool>) {
    let period = Duration::from_secs(300);
    let mut tick = tokio::time::interval_at(tokio::time::Instant::now() + period, period);
    let mut ticks: u32 = 0;
    loop {
        tokio::select! {
            _ = tick.tick() => {
                ticks = ticks.wrapping_add(1);
                match store.purge_expired_drafts(chrono::Utc::now()).await {
                    Ok(0) => {}
                    Ok(n) => tracing::info!(purged = n, "expired drafts deleted"),
                    Err(e) => tracing::warn!(error = %e, "could not purge expired drafts"),
                }
                if let Err(e) = store.purge_staff_sessions(chrono::Utc::now()).await {
                    tracing::warn!(error = %e, "could not purge expired staff sessions");
                }
                if let Err(e) = store.purge_sign_in_failures(retention.cutoffs(chrono::Utc::now()).sign_in_failures_before).await {
                    tracing::warn!(error = %e, "could not purge old sign-in failures");
                }
                if ticks % 12 == 0 {
                    match crate::data_protection::apply_retention(store.as_ref(), &retention, chrono::Utc::now(), true).await {
                        Ok(run) => tracing::info!(summary = %run.summary(), "retention rules applied"),
                        Err(e) => tracing::warn!(error = %e, "could not apply the retention rules"),
                    }
                }
            }
            _ = stop.changed() => return,
        }
    }
}

fn router(mut state: Shared, settings: &Settings) -> Router {
    let context = {
        let (site, asset_version) = (state.site.clone(), state.asset_version.clone());
        move || {
            provide_context(site.clone());
            provide_context(asset_version.clone());
            let nonce = use_context::<http::request::Parts>()
                .and_then(|parts| parts.extensions.get::<CspNonce>().cloned());
            if let Some(CspNonce(nonce)) = nonce {
                provide_context(app::site::ScriptNonce(nonce.clone()));
                provide_context(leptos::nonce::Nonce::from_value(nonce));
            }
            // A journey page's draft, loaded by `journeys::load_view`.
            if let Some(view) = use_context::<http::request::Parts>()
                .and_then(|parts| parts.extensions.get::<JourneyView>().cloned())
            {
                provide_context(view);
            }
            // The feedback page, decided by `feedback::load_view` or the feedback POST.
            if let Some(view) = use_context::<http::request::Parts>()
                .and_then(|parts| parts.extensions.get::<app::feedback::FeedbackView>().cloned())
            {
                provide_context(view);
            }
            // A staff page, put there by its handler after the access checks.
            if let Some(view) = use_context::<http::request::Parts>()
                .and_then(|parts| parts.extensions.get::<app::staff::StaffView>().cloned())
            {
                provide_context(view);
            }
        }
    };
    let options = state.leptos_options.clone();
    let app_shell = move || shell(options.clone());

    // Each language's home is `/{lang}/`; `/{lang}` without the slash is served the same.
    let mut routes = generate_route_list(App);
    let with_slash: Vec<AxumRouteListing> = routes
        .iter()
        .filter(|r| r.path() == "/{lang}")
        .map(|r| AxumRouteListing::new("/{lang}/".into(), r.mode().clone(), r.methods(), vec![]))
        .collect();
    routes.extend(with_slash);

    let not_found = {
        let render = leptos_axum::render_app_to_stream_with_context(context.clone(), app_shell.clone());
        move |request: Request<Body>| render(request)
    };
    let error_page = Renderer::from(not_found.clone());
    state.renderer = Some(error_page.clone());
    let state = AppState(Arc::new(state));
    let security = SecurityConfig { hsts: settings.is_https() };
    let public_pages = crate::public_cache::PublicPages::new(error_page.clone(), security);
    let mut router = Router::new()
        .route("/", get(routes::root))
        .route("/healthz", get(routes::healthz))
        .route("/readyz", get(routes::readyz))
        .route("/robots.txt", get(routes::robots))
        .route("/.well-known/security.txt", get(routes::security_txt))
        .route("/sitemap.xml", get(routes::sitemap))
        .route("/exit", get(routes::exit))
        .nest_service(
            "/pkg",
            ServeDir::new(settings.site_root.join("pkg")).fallback(not_found.clone().into_service()),
        );
    // The files copied from public/ sit at the top of the site. Each gets its own route, so a
    // name like /site.js is never mistaken for a language by the /{lang} pages.
    for (name, path) in top_level_files(&settings.site_root) {
        if GENERATED_FILES.contains(&name.as_str()) {
            tracing::warn!(file = %name, "ignoring a static file the server generates itself");
            continue;
        }
        router = router.route_service(&format!("/{name}"), ServeFile::new(path));
    }
    router
        .merge(crate::staff::routes(&state))
        .merge(journeys::routes(crate::client::RateLimits {
            burst: settings.post_burst,
            period: settings.post_refill,
            proxies: state.proxies.clone(),
        }, &settings.site.phone))
        .leptos_routes_with_context(&state, routes, context, app_shell)
        .fallback(not_found)
        .layer(middleware::from_fn_with_state(state.clone(), journeys::load_view))
        .layer(middleware::from_fn_with_state(state.clone(), crate::feedback::load_view))
        .with_state(state)
        .layer(middleware::from_fn(cache_control))
        .layer(middleware::from_fn(trim_hydration_data))
        .layer(CatchPanicLayer::new())
        .layer(middleware::from_fn_with_state(error_page, friendly_errors))
        .layer(RequestBodyLimitLayer::new(settings.max_body_bytes))
        .layer(TimeoutLayer::with_status_code(
            http::StatusCode::REQUEST_TIMEOUT,
            settings.request_timeout,
        ))
        .layer(CompressionLayer::new())
        .layer(middleware::from_fn_with_state(security, security::headers))
        .layer(
            // Method, path and status only: never the query string, headers or body.
            TraceLayer::new_for_http()
                .make_span_with(|request: &Request<Body>| {
                    tracing::info_span!(
                        "request",
                        method = %request.method(),
                        path = %crate::telemetry::loggable_path(request.uri().path())
                    )
                })
                .on_request(())
                .on_response(tower_http::trace::DefaultOnResponse::new().level(tracing::Level::INFO)),
        )
        // In front of everything: the information pages, from memory, each logged in one line
        // (a trace span for a request that runs no other code was a third of its cost).
        .layer(middleware::from_fn_with_state(public_pages, crate::public_cache::serve))
}

/// Renders a path through the Leptos app (the same renderer as the 404 fallback).
pub type Render = dyn Fn(Request<Body>) -> std::pin::Pin<Box<dyn Future<Output = Response> + Send>>
    + Send
    + Sync;

/// Renders a request through the Leptos app: the error pages, and the staff pages (whose
/// handlers put a `StaffView` in the request first).
#[derive(Clone)]
pub struct Renderer(pub Arc<Render>);

impl Renderer {
    /// Renders `path` through the Leptos app with `view` in the request (what the page shows,
    /// decided by a handler: a staff page, the feedback form), this request's CSP nonce, and
    /// `status`.
    pub async fn page<V: Clone + Send + Sync + 'static>(&self, path: &str, nonce: Option<crate::security::CspNonce>, view: V, status: http::StatusCode) -> Response {
        let mut request = Request::new(Body::empty());
        *request.uri_mut() = path.parse().unwrap_or_else(|_| "/".parse().expect("a path"));
        if let Some(nonce) = nonce {
            request.extensions_mut().insert(nonce);
        }
        request.extensions_mut().insert(view);
        let mut response = (self.0)(request).await;
        *response.status_mut() = status;
        response
    }
}

impl<F, Fut> From<F> for Renderer
where
    F: Fn(Request<Body>) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Response> + Send + 'static,
{
    fn from(render: F) -> Self {
        Renderer(Arc::new(move |request| Box::pin(render(request))))
    }
}

/// A bare 500 (a panic caught below, a page that could not be read) becomes the friendly
/// error page in the language of the path, with the layout and the quick exit. Responses that
/// already say something (an HTML page, JSON from `/readyz`) are left alone.
async fn friendly_errors(
    axum::extract::State(page): axum::extract::State<Renderer>,
    request: Request,
    next: Next,
) -> Response {
    let lang = app::i18n::Lang::from_path(request.uri().path()).unwrap_or(app::i18n::Lang::En);
    let nonce = request.extensions().get::<CspNonce>().cloned();
    let response = next.run(request).await;
    if !is_bare_server_error(&response) {
        return response;
    }
    let mut error_request = Request::new(Body::empty());
    *error_request.uri_mut() = app::paths::server_error(lang).parse().expect("a valid path");
    if let Some(nonce) = nonce {
        error_request.extensions_mut().insert(nonce);
    }
    let rendered = cut_after_html((page.0)(error_request).await).await;
    // Rendering the error page may itself fail; then a plain 500 is all that is left.
    if rendered.status() == http::StatusCode::INTERNAL_SERVER_ERROR {
        rendered
    } else {
        response
    }
}

/// The response's `Content-Type`, or "" when it has none.
fn content_type(response: &Response) -> &str {
    response.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("")
}

fn is_html(response: &Response) -> bool {
    content_type(response).starts_with("text/html")
}

fn is_bare_server_error(response: &Response) -> bool {
    let content_type = content_type(response);
    response.status() == http::StatusCode::INTERNAL_SERVER_ERROR
        && !content_type.starts_with("text/html")
        && !content_type.starts_with("application/json")
}

/// Versioned assets (`?v=` matches the build) are cached for a year; other static files are
/// revalidated. Pages are never stored: someone else may later use the same device.
async fn cache_control(request: Request, next: Next) -> Response {
    let versioned = request.uri().query().is_some_and(|q| q.split('&').any(|p| p.starts_with("v=")));
    let mut response = next.run(request).await;
    if response.headers().contains_key(header::CACHE_CONTROL) {
        return response;
    }
    let value = if is_html(&response) {
        "no-store"
    } else if versioned && response.status().is_success() {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    response
}

/// Leptos streams its hydration data as inline scripts after `</html>`. Public pages are never
/// hydrated, so on them that data is dead weight (and stray markup after the document): cut it,
/// so a public page's only script is the quick exit. The staff area keeps it for its islands.
async fn trim_hydration_data(request: Request, next: Next) -> Response {
    let path = request.uri().path();
    let staff = app::paths::is_staff(path);
    let response = next.run(request).await;
    if staff {
        return response;
    }
    cut_after_html(response).await
}

/// Drops whatever follows `</html>` in an HTML response; other responses pass unchanged.
pub(crate) async fn cut_after_html(response: Response) -> Response {
    if !is_html(&response) {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let bytes = match axum::body::to_bytes(body, MAX_PAGE_BYTES).await {
        Ok(bytes) => bytes,
        Err(e) => {
            tracing::error!(error = %e, "could not read a rendered page");
            return http::StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    const END: &[u8] = b"</html>";
    let end = bytes.windows(END.len()).rposition(|w| w == END).map(|i| i + END.len());
    let bytes = match end {
        Some(end) => bytes.slice(..end),
        None => bytes,
    };
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(bytes))
}

/// No public page comes near this; it only bounds the buffer.
pub(crate) const MAX_PAGE_BYTES: usize = 4 * 1024 * 1024;

/// Top-level names the server answers itself; a stale copy in the site root must not clash.
const GENERATED_FILES: [&str; 2] = ["robots.txt", "sitemap.xml"];

/// The regular files directly under the site root (favicon, quick-exit script...).
fn top_level_files(site_root: &Path) -> Vec<(String, std::path::PathBuf)> {
    let Ok(entries) = std::fs::read_dir(site_root) else {
        tracing::warn!(site_root = %site_root.display(), "no built site: run `cargo leptos build`");
        return Vec::new();
    };
    entries
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter_map(|e| Some((e.file_name().into_string().ok()?, e.path())))
        .collect()
}

/// A short digest of the stylesheet and the quick-exit script, so their URLs change with them.
fn asset_version(site_root: &Path) -> AssetVersion {
    let mut hasher = Sha256::new();
    for file in ["pkg/rj.css", "site.js"] {
        if let Ok(bytes) = std::fs::read(site_root.join(file)) {
            hasher.update(&bytes);
        }
    }
    AssetVersion(hex::encode(hasher.finalize())[..12].to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::response::Html;
    use tower::ServiceExt;

    async fn boom() -> &'static str {
        panic!("a bug")
    }

    fn app() -> Router {
        let page = Renderer::from(|request: Request<Body>| async move {
            let body = format!("friendly page for {}", request.uri().path());
            (http::StatusCode::INTERNAL_SERVER_ERROR, Html(body)).into_response()
        });
        Router::new()
            .route("/{lang}/boom", get(boom))
            .route("/ready", get(|| async {
                (http::StatusCode::INTERNAL_SERVER_ERROR, axum::Json("down")).into_response()
            }))
            .layer(CatchPanicLayer::new())
            .layer(middleware::from_fn_with_state(page, friendly_errors))
    }

    async fn get_path(path: &str) -> (http::StatusCode, String) {
        let response =
            app().oneshot(Request::get(path).body(Body::empty()).unwrap()).await.unwrap();
        let status = response.status();
        let body = axum::body::to_bytes(response.into_body(), 1 << 16).await.unwrap();
        (status, String::from_utf8_lossy(&body).into_owned())
    }

    #[tokio::test]
    async fn a_panic_becomes_the_friendly_page_in_the_paths_language() {
        assert_eq!(
            get_path("/ur/boom").await,
            (http::StatusCode::INTERNAL_SERVER_ERROR, "friendly page for /ur/server-error".into())
        );
        let (_, body) = get_path("/xx/boom").await;
        assert_eq!(body, "friendly page for /en/server-error", "unknown language: English");
    }

    #[tokio::test]
    async fn an_error_that_already_explains_itself_is_left_alone() {
        let expected = (http::StatusCode::INTERNAL_SERVER_ERROR, "\"down\"".to_owned());
        assert_eq!(get_path("/ready").await, expected);
    }
}
