//! The black-box test harness: `spawn_app` starts the real server on port 0 against a fresh
//! database (a temporary SQLite file, or a new PostgreSQL database when `TEST_POSTGRES_URL` is
//! set) and hands back a real HTTP client with a cookie jar. `spawn_process_app` does the same
//! with the server binary as a child process, which a test can kill and start again.

pub mod process;
pub mod readability;
pub mod smtp;
pub mod staff;

use std::{collections::HashMap, sync::Arc};

use app::ports::Store;
use reqwest::{Url, cookie::Jar, redirect::Policy};
use server::{Application, Settings, seal::Keyring, store::Database};

/// The databases to run each test against: SQLite always, PostgreSQL when configured.
pub fn backends() -> Vec<Backend> {
    let mut backends = vec![Backend::Sqlite];
    if let Ok(url) = std::env::var("TEST_POSTGRES_URL") {
        if !url.trim().is_empty() {
            backends.push(Backend::Postgres(url));
        }
    }
    backends
}

#[derive(Clone, Debug)]
pub enum Backend {
    Sqlite,
    /// The server URL; each test gets its own database on it.
    Postgres(String),
}

pub struct TestApp {
    /// `http://127.0.0.1:PORT`, no trailing slash.
    pub address: String,
    /// Follows no redirects, so tests can see them; keeps cookies.
    pub client: reqwest::Client,
    pub cookies: Arc<Jar>,
    pub store: Arc<dyn Store>,
    pub database: Database,
    /// The keys the server seals data with (`server::seal`): for tests that read the
    /// database's sealed columns themselves.
    pub keys: Arc<Keyring>,
    /// The server's `DATABASE_URL`: for running its commands against the same database.
    pub database_url: String,
    pub exit_url: String,
    pub backend: &'static str,
    /// The server's child process, when it runs as one (`spawn_process_app`), and the
    /// settings it was started with. Declared before the database guard: the process goes
    /// first.
    process: Option<(process::ServerProcess, HashMap<String, String>)>,
    _data_dir: tempfile::TempDir,
    _postgres: Option<PostgresGuard>,
}

impl TestApp {
    /// The app's `RJ_DATA_DIR` (the `.eml` files go in its `mail` folder).
    pub fn data_dir(&self) -> &std::path::Path {
        self._data_dir.path()
    }

    /// Starts over as a new visitor: a fresh cookie jar, so a new journey can begin.
    pub fn new_visitor(&mut self) {
        let cookies = Arc::new(Jar::default());
        self.client = reqwest::Client::builder()
            .redirect(Policy::none())
            .cookie_provider(cookies.clone())
            .build()
            .expect("client");
        self.cookies = cookies;
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.expect("request failed")
    }

    /// The `Cookie` header the client would send to the app, if any.
    pub fn cookies_header(&self) -> Option<String> {
        use reqwest::cookie::CookieStore;
        let url = Url::parse(&self.address).unwrap();
        self.cookies.cookies(&url).map(|v| v.to_str().unwrap().to_owned())
    }

    /// POSTs a form as a browser on this site would.
    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        self.client
            .post(self.url(path))
            .header("sec-fetch-site", "same-origin")
            .form(fields)
            .send()
            .await
            .expect("request failed")
    }

    /// GET and read the body as text, with the status and headers.
    pub async fn page(&self, path: &str) -> Page {
        let response = self.get(path).await;
        let status = response.status();
        let headers = response.headers().clone();
        let body = response.text().await.expect("body");
        Page { status, headers, body }
    }
}

pub struct Page {
    pub status: reqwest::StatusCode,
    pub headers: reqwest::header::HeaderMap,
    pub body: String,
}

impl Page {
    pub fn html(&self) -> scraper::Html {
        scraper::Html::parse_document(&self.body)
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

pub async fn spawn_app(backend: &Backend) -> TestApp {
    spawn_app_with(backend, &[]).await
}

const EXIT_URL: &str = "https://neutral.example/weather";

/// A fresh database and data folder, and the test settings that point at them.
struct Fixture {
    vars: HashMap<String, String>,
    kind: &'static str,
    data_dir: tempfile::TempDir,
    postgres: Option<PostgresGuard>,
}

impl Fixture {
    async fn new(backend: &Backend, extra: &[(&str, &str)]) -> Self {
        let data_dir = tempfile::tempdir().expect("temp dir");
        let (database_url, postgres, kind) = match backend {
            Backend::Sqlite => {
                (format!("sqlite://{}", data_dir.path().join("app.db").display()), None, "sqlite")
            }
            Backend::Postgres(server_url) => {
                let guard = PostgresGuard::create(server_url).await;
                (guard.url.clone(), Some(guard), "postgres")
            }
        };
        let site_root = concat!(env!("CARGO_MANIFEST_DIR"), "/../target/site");
        let mut vars: HashMap<String, String> = [
            ("LEPTOS_SITE_ADDR", "127.0.0.1:0"),
            ("DATABASE_URL", database_url.as_str()),
            ("RJ_DATA_DIR", &data_dir.path().to_string_lossy()),
            ("LEPTOS_SITE_ROOT", site_root),
            ("RJ_EXIT_URL", EXIT_URL),
            // Tests fill whole journeys in milliseconds; one test turns this back on.
            ("RJ_MIN_FILL_SECONDS", "0"),
            // Every test's requests come from 127.0.0.1, hundreds of them to the staff area in
            // seconds; the staff area's limit is tested on a server of its own.
            ("RJ_STAFF_BURST", "100000"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
        for (k, v) in extra {
            vars.insert((*k).to_owned(), (*v).to_owned());
        }
        Self { vars, kind, data_dir, postgres }
    }

    fn into_app(
        self,
        address: String,
        database: Database,
        process: Option<process::ServerProcess>,
    ) -> TestApp {
        let cookies = Arc::new(Jar::default());
        let client = reqwest::Client::builder()
            .redirect(Policy::none())
            .cookie_provider(cookies.clone())
            .build()
            .expect("client");
        // The server has made its keys file by now (or takes RJ_DATA_KEYS).
        let keys = Arc::new(
            Keyring::load(self.vars.get("RJ_DATA_KEYS").map(String::as_str), self.data_dir.path()).expect("the server's data keys"),
        );
        TestApp {
            address,
            client,
            cookies,
            store: database.store(keys.clone()),
            keys,
            database_url: self.vars["DATABASE_URL"].clone(),
            database,
            exit_url: EXIT_URL.to_owned(),
            backend: self.kind,
            process: process.map(|p| (p, self.vars)),
            _data_dir: self.data_dir,
            _postgres: self.postgres,
        }
    }
}

/// Starts the app with extra settings on top of the test defaults.
pub async fn spawn_app_with(backend: &Backend, extra: &[(&str, &str)]) -> TestApp {
    let fixture = Fixture::new(backend, extra).await;
    let settings = Settings::from_lookup(|k| fixture.vars.get(k).cloned()).expect("test settings");
    let application = Application::build(settings).await.expect("the app starts");
    let address = format!("http://{}", application.local_addr());
    let database = application.database().clone();
    tokio::spawn(application.run_until_stopped(std::future::pending()));
    fixture.into_app(address, database, None)
}

/// Starts the server binary `exe` as a child process with the test settings and `extra`, and
/// connects the test's own store to its database (to look at the outbox). The binary comes
/// from the calling test: `env!("CARGO_BIN_EXE_rj-server")` is only defined in test crates.
pub async fn spawn_process_app(backend: &Backend, exe: &str, extra: &[(&str, &str)]) -> TestApp {
    let fixture = Fixture::new(backend, extra).await;
    let log = fixture.data_dir.path().join("server.log");
    let child = process::ServerProcess::start(exe, &fixture.vars, &log).await;
    let address = child.address.clone();
    let database_url = &fixture.vars["DATABASE_URL"];
    let database = Database::connect(database_url).await.expect("the test connects to the database");
    fixture.into_app(address, database, Some(child))
}

impl TestApp {
    /// Kills the server process with SIGKILL: no shutdown code runs, as in a power cut or the
    /// kernel's out-of-memory killer.
    pub fn kill_process(&mut self) {
        self.process.as_mut().expect("a server process").0.kill();
    }

    /// Starts the server process again with the same settings (and `extra` on top), on a new
    /// port; `address` follows it.
    pub async fn restart_process(&mut self, extra: &[(&str, &str)]) {
        let log = self.data_dir().join("server.log");
        let (old, vars) = self.process.as_mut().expect("a server process");
        old.kill();
        let exe = old.exe().to_owned();
        let mut vars = vars.clone();
        for (k, v) in extra {
            vars.insert((*k).to_owned(), (*v).to_owned());
        }
        let new = process::ServerProcess::start(&exe, &vars, &log).await;
        self.address = new.address.clone();
        self.process = Some((new, vars));
    }

    /// Everything the server process has written to stdout and stderr (its logs), across
    /// restarts.
    pub fn process_log(&self) -> String {
        std::fs::read_to_string(self.data_dir().join("server.log")).unwrap_or_default()
    }
}

/// An empty database of either kind, with no migrations run: for migration tests.
pub struct BlankDatabase {
    pub database: Database,
    pub kind: &'static str,
    pub url: String,
    _dir: tempfile::TempDir,
    _postgres: Option<PostgresGuard>,
}

pub async fn blank_database(backend: &Backend) -> BlankDatabase {
    let dir = tempfile::tempdir().expect("temp dir");
    let (url, postgres, kind) = match backend {
        Backend::Sqlite => (format!("sqlite://{}", dir.path().join("app.db").display()), None, "sqlite"),
        Backend::Postgres(server_url) => {
            let guard = PostgresGuard::create(server_url).await;
            (guard.url.clone(), Some(guard), "postgres")
        }
    };
    let database = Database::connect(&url).await.expect("the database connects");
    BlankDatabase { database, kind, url, _dir: dir, _postgres: postgres }
}

/// A PostgreSQL database made for one test and dropped after it.
struct PostgresGuard {
    server_url: String,
    name: String,
    url: String,
}

impl PostgresGuard {
    async fn create(server_url: &str) -> Self {
        use sqlx::{Connection, PgConnection};
        let name = format!("rj_test_{}", uuid::Uuid::new_v4().simple());
        let mut conn = PgConnection::connect(server_url).await.expect("TEST_POSTGRES_URL connects");
        sqlx::query(sqlx::AssertSqlSafe(format!(r#"CREATE DATABASE "{name}""#)))
            .execute(&mut conn)
            .await
            .expect("create test database");
        conn.close().await.ok();
        let mut url = Url::parse(server_url).expect("TEST_POSTGRES_URL is a URL");
        url.set_path(&name);
        Self { server_url: server_url.to_owned(), name, url: url.to_string() }
    }
}

impl Drop for PostgresGuard {
    fn drop(&mut self) {
        let server_url = self.server_url.clone();
        let name = self.name.clone();
        // Drop runs outside async code; a short-lived runtime on its own thread does the work.
        let _ = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
            rt.block_on(async {
                use sqlx::{Connection, PgConnection};
                if let Ok(mut conn) = PgConnection::connect(&server_url).await {
                    let _ = sqlx::query(sqlx::AssertSqlSafe(format!(
                        r#"DROP DATABASE IF EXISTS "{name}" WITH (FORCE)"#
                    )))
                    .execute(&mut conn)
                    .await;
                }
            });
        })
        .join();
    }
}
