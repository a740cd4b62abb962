//! A power cut in the middle of a rush (issue 12, "reliability"): the real server binary takes
//! many whole referrals at once, page by page, each from its own browser; it is killed with
//! SIGKILL part-way through and started again. Most interrupted browsers send their page again
//! (as a person pressing the button again would); some give up. Afterwards every reference any
//! browser was shown on a confirmation page is stored, with exactly the answers that browser
//! typed, nobody has two requests, and no request was half-written: each has its person, its
//! report facts, its audit line and its two e-mails, and nothing exists without its request.
//!
//! `RJ_CRASH_SUBMISSIONS` browsers per database (default 150, so it stays quick);
//! `RJ_CRASH_SUBMISSIONS=1000 cargo test -p rj-tests --test api crash -- --nocapture` is the
//! full run.

use std::{
    collections::{BTreeMap, HashMap},
    sync::{
        Arc,
        atomic::{AtomicUsize, Ordering::SeqCst},
    },
    time::Duration,
};

use reqwest::{StatusCode, redirect::Policy};
use rj_tests::{backends, spawn_process_app};
use server::store::Database;
use tokio::sync::watch;

use crate::journeys::{VICTIM_STEPS, reference_on};

/// How long an interrupted browser waits for the server to come back before it counts as lost.
const COME_BACK: Duration = Duration::from_secs(120);

/// What one browser types: the victim's referral, with its own name, story and e-mail address
/// so that its request can be told from every other.
fn steps_for(i: usize) -> Vec<(&'static str, Vec<(&'static str, String)>, &'static str)> {
    VICTIM_STEPS
        .iter()
        .map(|(path, fields, next)| {
            let fields = fields
                .iter()
                .map(|(name, value)| {
                    let value = match *name {
                        "name" => format!("Crash Person {i}"),
                        "story" => format!("crash-story-{i}"),
                        "email" => format!("crash{i}@example.org"),
                        _ => (*value).to_owned(),
                    };
                    (*name, value)
                })
                .collect();
            (*path, fields, *next)
        })
        .collect()
}

/// The answers a browser typed, as the store keeps them: each field's values in order, empty
/// ones left out.
fn typed(i: usize) -> BTreeMap<String, Vec<String>> {
    let mut answers: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (_, fields, _) in steps_for(i) {
        for (name, value) in fields {
            if !value.trim().is_empty() {
                answers.entry(name.to_owned()).or_default().push(value);
            }
        }
    }
    answers
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Outcome {
    /// Saw this reference on the confirmation page.
    Shown(String),
    /// Gave up at the first error, after this many pages had been answered.
    Stopped { answered: usize },
}

/// Figures the browsers keep together, for the moment of the kill.
#[derive(Default)]
struct Progress {
    /// Requests sent whose answer has not come back yet.
    in_flight: AtomicUsize,
    /// Pages answered with the expected redirect.
    answered: AtomicUsize,
    shown: AtomicUsize,
    /// Requests that failed because the server was gone.
    errors: AtomicUsize,
}

struct Browser {
    i: usize,
    /// Where this browser is, for the figures at the kill: `NOT_STARTED`, the pages it has
    /// answered, or `SHOWN`.
    stage: Arc<AtomicUsize>,
    client: reqwest::Client,
    address: watch::Receiver<String>,
    progress: Arc<Progress>,
    /// Gives up at the first error instead of trying again.
    quitter: bool,
}

const NOT_STARTED: usize = usize::MAX;
const SHOWN: usize = usize::MAX - 1;

/// One request that could not be answered because the server was killed.
struct Gone;

impl Browser {
    /// Sends one request until it is answered: on an error, waits for the server to come back
    /// at its new address (or gives up, for a quitter).
    async fn send(&mut self, build: impl Fn(&reqwest::Client, &str) -> reqwest::RequestBuilder) -> Result<(StatusCode, String, String), Gone> {
        loop {
            let address = self.address.borrow().clone();
            self.progress.in_flight.fetch_add(1, SeqCst);
            let result = async {
                let response = build(&self.client, &address).send().await?;
                let status = response.status();
                let location = response.headers().get("location").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
                let body = response.text().await?;
                Ok::<_, reqwest::Error>((status, location, body))
            }
            .await;
            self.progress.in_flight.fetch_sub(1, SeqCst);
            match result {
                Ok(answer) => return Ok(answer),
                Err(_) => {
                    self.progress.errors.fetch_add(1, SeqCst);
                    if self.quitter {
                        return Err(Gone);
                    }
                    // Already restarted elsewhere: go again at once; otherwise wait for it.
                    if *self.address.borrow() == address {
                        let changed = tokio::time::timeout(COME_BACK, self.address.changed()).await;
                        assert!(matches!(changed, Ok(Ok(()))), "browser {}: the server never came back", self.i);
                    }
                }
            }
        }
    }

    async fn refer(mut self) -> Outcome {
        let mut answered = 0;
        self.stage.store(0, SeqCst);
        for (path, fields, next) in steps_for(self.i) {
            let sent = self
                .send(|client, address| {
                    client.post(format!("{address}{path}")).header("sec-fetch-site", "same-origin").form(&fields)
                })
                .await;
            let Ok((status, location, body)) = sent else { return Outcome::Stopped { answered } };
            assert_eq!(
                (status, location.as_str()),
                (StatusCode::SEE_OTHER, next),
                "browser {} after POST {path}: {}",
                self.i,
                &body[..body.len().min(400)]
            );
            answered += 1;
            self.stage.store(answered, SeqCst);
            self.progress.answered.fetch_add(1, SeqCst);
        }
        let Ok((status, _, body)) = self.send(|client, address| client.get(format!("{address}/en/refer/sent"))).await else {
            return Outcome::Stopped { answered };
        };
        assert_eq!(status, StatusCode::OK, "browser {}: the confirmation page", self.i);
        let reference = reference_on(&scraper::Html::parse_document(&body));
        self.stage.store(SHOWN, SeqCst);
        self.progress.shown.fetch_add(1, SeqCst);
        Outcome::Shown(reference)
    }
}

/// Each request and what hangs from it: (reference, participants, report facts, audit lines of
/// its creation, e-mails, contact hashes).
async fn parts(database: &Database) -> Vec<(String, i64, i64, i64, i64, i64)> {
    const SQL: &str = "SELECT r.reference, \
        (SELECT COUNT(*) FROM participants p WHERE p.request_id = r.id), \
        (SELECT COUNT(*) FROM case_statistics s WHERE s.request_id = r.id), \
        (SELECT COUNT(*) FROM audit_log a WHERE a.subject = r.reference AND a.action = 'referral.created'), \
        (SELECT COUNT(*) FROM outbox o WHERE o.idempotency_key LIKE r.reference || ':%'), \
        (SELECT COUNT(*) FROM contact_digests d WHERE d.request_id = r.id) \
        FROM requests r ORDER BY r.id";
    match database {
        Database::Sqlite(pool) => sqlx::query_as(SQL).fetch_all(pool).await.unwrap(),
        Database::Postgres(pool) => sqlx::query_as(SQL).fetch_all(pool).await.unwrap(),
    }
}

/// Rows that hang from no request: (table, count).
async fn orphans(database: &Database) -> Vec<(String, i64)> {
    const SQL: &str = "\
        SELECT 'participants', COUNT(*) FROM participants p WHERE NOT EXISTS (SELECT 1 FROM requests r WHERE r.id = p.request_id) \
        UNION ALL SELECT 'case_statistics', COUNT(*) FROM case_statistics s WHERE NOT EXISTS (SELECT 1 FROM requests r WHERE r.id = s.request_id) \
        UNION ALL SELECT 'contact_digests', COUNT(*) FROM contact_digests d WHERE NOT EXISTS (SELECT 1 FROM requests r WHERE r.id = d.request_id) \
        UNION ALL SELECT 'request_flags', COUNT(*) FROM request_flags f WHERE NOT EXISTS (SELECT 1 FROM requests r WHERE r.id = f.request_id) \
        UNION ALL SELECT 'outbox', COUNT(*) FROM outbox o WHERE NOT EXISTS (SELECT 1 FROM requests r WHERE o.idempotency_key LIKE r.reference || ':%') \
        UNION ALL SELECT 'audit_log', COUNT(*) FROM audit_log a WHERE a.action = 'referral.created' \
            AND NOT EXISTS (SELECT 1 FROM requests r WHERE r.reference = a.subject)";
    match database {
        Database::Sqlite(pool) => sqlx::query_as(SQL).fetch_all(pool).await.unwrap(),
        Database::Postgres(pool) => sqlx::query_as(SQL).fetch_all(pool).await.unwrap(),
    }
}

#[tokio::test]
async fn a_server_killed_during_a_rush_of_referrals_keeps_every_reference_it_showed_and_nothing_half_written() {
    let submissions: usize = std::env::var("RJ_CRASH_SUBMISSIONS").ok().and_then(|v| v.parse().ok()).unwrap_or(150);
    assert!(submissions >= 4, "RJ_CRASH_SUBMISSIONS: at least 4");
    for backend in backends() {
        let settings = [
            // Thousands of pages from one address in seconds.
            ("RJ_POST_BURST", "10000000"),
            // The mail worker writes .eml files; it must not matter, so it runs as usual.
            ("RJ_MAIL_POLL_MS", "50"),
        ];
        let exe = env!("CARGO_BIN_EXE_rj-server");
        let mut app = spawn_process_app(&backend, exe, &settings).await;
        let (set_address, address) = watch::channel(app.address.clone());
        let progress = Arc::new(Progress::default());

        let browser = |i: usize, quitter: bool| {
            let client = reqwest::Client::builder()
                .redirect(Policy::none())
                .cookie_store(true)
                .connect_timeout(Duration::from_secs(10))
                .build()
                .unwrap();
            let stage = Arc::new(AtomicUsize::new(NOT_STARTED));
            (Browser { i, stage: stage.clone(), client, address: address.clone(), progress: progress.clone(), quitter }, stage)
        };
        // A rush that builds up: sixteen browsers start at once, then one more for every eight
        // pages answered (half a referral), so more arrive than finish and they spread out along
        // the journey. When the server dies some browsers have their reference, some are
        // sending, many are part-way and some have not begun, whatever the machine's speed.
        let mut browsers = Vec::new();
        let mut stages = Vec::new();
        let start_due = |browsers: &mut Vec<tokio::task::JoinHandle<Outcome>>, stages: &mut Vec<Arc<AtomicUsize>>| {
            let answered = progress.answered.load(SeqCst);
            while browsers.len() < submissions && (browsers.len() < 16 || (browsers.len() - 16) * 8 <= answered) {
                let i = browsers.len();
                let (browser, stage) = browser(i, i % 4 == 3);
                stages.push(stage);
                browsers.push(tokio::spawn(browser.refer()));
            }
        };
        // Kill when a third have seen their reference.
        let kill_at = submissions / 3;
        let deadline = tokio::time::Instant::now() + Duration::from_secs(600);
        while progress.shown.load(SeqCst) < kill_at {
            assert!(tokio::time::Instant::now() < deadline, "{}: a third never finished", app.backend);
            start_due(&mut browsers, &mut stages);
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
        let in_flight = progress.in_flight.load(SeqCst);
        app.kill_process();
        let (shown_at_kill, answered_at_kill) = (progress.shown.load(SeqCst), progress.answered.load(SeqCst));
        let at_kill: Vec<usize> = stages.iter().map(|s| s.load(SeqCst)).collect();
        let count = |f: &dyn Fn(usize) -> bool| at_kill.iter().filter(|s| f(**s)).count();
        let steps = VICTIM_STEPS.len();
        let waiting = count(&|s| s == NOT_STARTED);
        let part_way = count(&|s| s < steps - 1);
        let sending = count(&|s| s == steps - 1);
        let confirming = count(&|s| s == steps);
        // Down for a moment: the browsers that try meanwhile find nobody there.
        tokio::time::sleep(Duration::from_millis(300)).await;
        app.restart_process(&[]).await;
        set_address.send(app.address.clone()).unwrap();
        while browsers.len() < submissions {
            start_due(&mut browsers, &mut stages);
            tokio::time::sleep(Duration::from_millis(2)).await;
        }

        let mut outcomes = Vec::new();
        for b in browsers {
            outcomes.push(b.await.expect("a browser panicked"));
        }
        let shown: Vec<(usize, String)> = outcomes
            .iter()
            .enumerate()
            .filter_map(|(i, o)| match o {
                Outcome::Shown(r) => Some((i, r.clone())),
                Outcome::Stopped { .. } => None,
            })
            .collect();
        let stopped: Vec<(usize, usize)> = outcomes
            .iter()
            .enumerate()
            .filter_map(|(i, o)| match o {
                Outcome::Stopped { answered } => Some((i, *answered)),
                Outcome::Shown(_) => None,
            })
            .collect();

        // What is stored, through the store (it decodes every code and the answers).
        let parts = parts(&app.database).await;
        let mut owner_of: HashMap<String, usize> = HashMap::new();
        for (reference, ..) in &parts {
            let stored = app.store.find_request(reference).await.unwrap().expect("listed, so found");
            let answers: BTreeMap<String, Vec<String>> = serde_json::from_str(&stored.answers_json).expect("answers are JSON");
            let name = answers.get("name").and_then(|n| n.first()).cloned().unwrap_or_default();
            let i: usize = name
                .strip_prefix("Crash Person ")
                .and_then(|i| i.parse().ok())
                .unwrap_or_else(|| panic!("{}: {reference} belongs to no browser: {answers:?}", app.backend));
            assert_eq!(answers, typed(i), "{}: {reference} holds what browser {i} typed, all of it", app.backend);
            assert_eq!((stored.kind.code(), stored.status.code()), ("referral", "new"), "{reference}");
            assert_eq!(stored.area.as_deref(), Some("coventry"), "{reference}");
            if let Some(other) = owner_of.insert(reference.clone(), i) {
                panic!("{}: {reference} stored twice ({other} and {i})", app.backend);
            }
        }
        let mut per_browser: HashMap<usize, Vec<&String>> = HashMap::new();
        for (reference, i) in &owner_of {
            per_browser.entry(*i).or_default().push(reference);
        }
        for (i, references) in &per_browser {
            assert_eq!(references.len(), 1, "{}: browser {i} has two requests: {references:?}", app.backend);
        }
        // Every reference shown is stored, and is that browser's own.
        for (i, reference) in &shown {
            assert_eq!(owner_of.get(reference), Some(i), "{}: browser {i} was shown {reference}, which is not its stored request", app.backend);
        }
        // Nothing half-written: each request with its person, report facts, audit line, the
        // team's e-mail and the person's acknowledgement, and its contact hashes.
        for (reference, participants, statistics, audit, outbox, digests) in &parts {
            assert_eq!(
                (*participants, *statistics, *audit, *outbox),
                (1, 1, 1, 2),
                "{}: {reference} is half-written (participants, report facts, audit lines, e-mails)",
                app.backend
            );
            assert!(*digests >= 1, "{}: {reference} has no contact hashes", app.backend);
        }
        for (table, n) in orphans(&app.database).await {
            assert_eq!(n, 0, "{}: {n} rows of {table} belong to no request", app.backend);
        }
        let stored_by_quitters = stopped.iter().filter(|(i, _)| per_browser.contains_key(i)).count();
        let retriers_unshown =
            outcomes.iter().enumerate().filter(|(i, o)| i % 4 != 3 && !matches!(o, Outcome::Shown(_))).count();
        assert_eq!(retriers_unshown, 0, "{}: every browser that tried again was shown a reference", app.backend);
        assert_eq!(parts.len(), shown.len() + stored_by_quitters, "{}: stored = shown + sent by those who gave up", app.backend);
        assert!(part_way + sending > 0, "{}: the kill found nobody part-way: {at_kill:?}", app.backend);
        let ready = app.get("/readyz").await;
        assert_eq!(ready.status(), StatusCode::OK, "{}: ready after the restart", app.backend);
        println!(
            "crash test ({}): submissions {submissions}; killed when \
             {shown_at_kill} had been shown their reference and {answered_at_kill} pages answered: {in_flight} requests \
             in flight, {waiting} browsers not started, {part_way} part-way, {sending} sending, {confirming} fetching \
             the confirmation; {} requests failed; afterwards shown {}, gave up {} (of whom {stored_by_quitters} had \
             sent theirs), stored {}, all whole",
            app.backend,
            progress.errors.load(SeqCst),
            shown.len(),
            stopped.len(),
            parts.len(),
        );
    }
}
