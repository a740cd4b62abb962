//! A load generator for the referral journey, end to end over HTTP as a browser without
//! JavaScript would walk it: the start page, Start, then every question page (GET the page,
//! POST its answers, follow the 303), check answers, consent, and the confirmation page. Each
//! referral is a new visitor (its own cookie). Plain blocking HTTP/1.1 with keep-alive over
//! `std::net`, one thread per simulated person, so it needs no dependency of its own.
//! Prints figures; asserts nothing about time. `bench/run` runs it against a release server
//! started with `RJ_MIN_FILL_SECONDS=0` and a large `RJ_POST_BURST`.
//!
//! cargo run --release -p server --example referral_load -- URL [THREADS] [SECONDS] [MAX_REFERRALS]
//!
//! The last line is machine-readable:
//! `referrals=N seconds=S per_second=R requests=Q errors=E p50_ms=.. p99_ms=..`

use std::{
    io::{BufRead, BufReader, Read, Write},
    net::TcpStream,
    sync::{
        Arc, Mutex,
        atomic::{AtomicBool, AtomicU64, Ordering},
    },
    time::{Duration, Instant},
};

/// The pages of a victim's referral: each page, what is posted, and where it must lead (the same
/// answers as `tests/api/journeys.rs`' `VICTIM_STEPS`).
const STEPS: &[(&str, &[(&str, &str)], &str)] = &[
    ("/en/refer", &[], "/en/refer/who"),
    ("/en/refer/who", &[("for-whom", "me")], "/en/refer/connection"),
    ("/en/refer/connection", &[("connection", "harmed")], "/en/refer/what-happened"),
    ("/en/refer/what-happened", &[("crime-type", "robbery"), ("markers", "online")], "/en/refer/when"),
    ("/en/refer/when", &[("when", "date"), ("when-month", "3"), ("when-year", "2025")], "/en/refer/police"),
    (
        "/en/refer/police",
        &[("reported", "yes"), ("crime-reference", "20/1234/25"), ("stage", "awaiting-court")],
        "/en/refer/where",
    ),
    ("/en/refer/where", &[("area-happened", "coventry"), ("area-lives", "coventry")], "/en/refer/other-person"),
    (
        "/en/refer/other-person",
        &[("other-age", "adult"), ("other-known", "no"), ("how-many", "one")],
        "/en/refer/own-words",
    ),
    ("/en/refer/own-words", &[("story", "Someone took my bag at the bus stop."), ("hopes", "")], "/en/refer/about-you"),
    ("/en/refer/about-you", &[("name", "Load Test"), ("age-band", "35-44")], "/en/refer/contact"),
    (
        "/en/refer/contact",
        &[("contact-ways", "phone"), ("contact-ways", "email"), ("phone", "07700 900123"), ("email", "load@example.org")],
        "/en/refer/contact-safety",
    ),
    (
        "/en/refer/contact-safety",
        &[("voicemail-ok", "no"), ("email-ok", "yes"), ("safe-times", "after 2pm")],
        "/en/refer/needs",
    ),
    (
        "/en/refer/needs",
        &[("language", "English"), ("interpreter", "no"), ("bsl", "no"), ("support-person", "no")],
        "/en/refer/safe-now",
    ),
    ("/en/refer/safe-now", &[("safe-now", "yes")], "/en/refer/check"),
    ("/en/refer/check", &[], "/en/refer/consent"),
    ("/en/refer/consent", &[("consent", "agree")], "/en/refer/sent"),
];

struct Response {
    status: u16,
    location: Option<String>,
    cookie: Option<String>,
}

/// One keep-alive connection.
struct Client {
    addr: String,
    stream: Option<BufReader<TcpStream>>,
}

impl Client {
    fn new(addr: &str) -> Self {
        Self { addr: addr.to_owned(), stream: None }
    }

    fn request(&mut self, method: &str, path: &str, cookie: Option<&str>, body: Option<&str>) -> std::io::Result<Response> {
        // A connection the server closed while idle is opened again, once.
        match self.try_request(method, path, cookie, body) {
            Ok(r) => Ok(r),
            Err(_) => {
                self.stream = None;
                self.try_request(method, path, cookie, body)
            }
        }
    }

    fn try_request(&mut self, method: &str, path: &str, cookie: Option<&str>, body: Option<&str>) -> std::io::Result<Response> {
        if self.stream.is_none() {
            let stream = TcpStream::connect(&self.addr)?;
            stream.set_nodelay(true)?;
            stream.set_read_timeout(Some(Duration::from_secs(30)))?;
            self.stream = Some(BufReader::new(stream));
        }
        let reader = self.stream.as_mut().expect("connected");
        let mut head = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nAccept: text/html\r\nAccept-Encoding: gzip, br\r\nAccept-Language: en\r\n",
            self.addr
        );
        if let Some(cookie) = cookie {
            head.push_str(&format!("Cookie: {cookie}\r\n"));
        }
        if let Some(body) = body {
            head.push_str(&format!(
                "Sec-Fetch-Site: same-origin\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n",
                body.len()
            ));
        }
        head.push_str("\r\n");
        if let Some(body) = body {
            head.push_str(body);
        }
        reader.get_mut().write_all(head.as_bytes())?;

        let mut line = String::new();
        reader.read_line(&mut line)?;
        let status: u16 = line
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| std::io::Error::other(format!("bad status line {line:?}")))?;
        let (mut length, mut chunked, mut close) = (0usize, false, false);
        let (mut location, mut set_cookie) = (None, None);
        loop {
            line.clear();
            reader.read_line(&mut line)?;
            let header = line.trim_end();
            if header.is_empty() {
                break;
            }
            let Some((name, value)) = header.split_once(':') else { continue };
            let value = value.trim();
            match name.to_ascii_lowercase().as_str() {
                "content-length" => length = value.parse().unwrap_or(0),
                "transfer-encoding" => chunked = value.eq_ignore_ascii_case("chunked"),
                "connection" => close = value.eq_ignore_ascii_case("close"),
                "location" => location = Some(value.to_owned()),
                "set-cookie" => set_cookie = value.split(';').next().map(str::to_owned),
                _ => {}
            }
        }
        if chunked {
            loop {
                line.clear();
                reader.read_line(&mut line)?;
                let size = usize::from_str_radix(line.trim().split(';').next().unwrap_or("0"), 16)
                    .map_err(|e| std::io::Error::other(e.to_string()))?;
                let mut skip = vec![0u8; size + 2];
                reader.read_exact(&mut skip)?;
                if size == 0 {
                    break;
                }
            }
        } else if method != "HEAD" {
            let mut skip = vec![0u8; length];
            reader.read_exact(&mut skip)?;
        }
        if close {
            self.stream = None;
        }
        Ok(Response { status, location, cookie: set_cookie })
    }
}

fn form(fields: &[(&str, &str)]) -> String {
    let escape = |s: &str| {
        s.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'*' => (b as char).to_string(),
                b' ' => "+".to_owned(),
                _ => format!("%{b:02X}"),
            })
            .collect::<String>()
    };
    fields.iter().map(|(k, v)| format!("{}={}", escape(k), escape(v))).collect::<Vec<_>>().join("&")
}

/// One person's whole referral; the number of HTTP requests it took.
fn refer(client: &mut Client) -> Result<u64, String> {
    let mut requests = 0;
    let mut cookie: Option<String> = None;
    let expect = |r: &Response, status: u16, what: &str| -> Result<(), String> {
        if r.status == status { Ok(()) } else { Err(format!("{what}: {} (expected {status})", r.status)) }
    };
    for (path, fields, next) in STEPS {
        let page = client.request("GET", path, cookie.as_deref(), None).map_err(|e| format!("GET {path}: {e}"))?;
        requests += 1;
        expect(&page, 200, &format!("GET {path}"))?;
        let posted = client
            .request("POST", path, cookie.as_deref(), Some(&form(fields)))
            .map_err(|e| format!("POST {path}: {e}"))?;
        requests += 1;
        expect(&posted, 303, &format!("POST {path}"))?;
        if let Some(c) = posted.cookie {
            cookie = Some(c);
        }
        if posted.location.as_deref() != Some(next) {
            return Err(format!("POST {path} went to {:?}, not {next}", posted.location));
        }
    }
    let sent = client.request("GET", "/en/refer/sent", cookie.as_deref(), None).map_err(|e| format!("GET sent: {e}"))?;
    requests += 1;
    expect(&sent, 200, "GET /en/refer/sent")?;
    Ok(requests)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let url = args.next().unwrap_or_else(|| "http://127.0.0.1:3000".into());
    let threads: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(16);
    let seconds: f64 = args.next().and_then(|n| n.parse().ok()).unwrap_or(20.0);
    let max: u64 = args.next().and_then(|n| n.parse().ok()).unwrap_or(u64::MAX);
    let addr = url.trim_start_matches("http://").trim_end_matches('/').to_owned();

    let done = Arc::new(AtomicU64::new(0));
    let requests = Arc::new(AtomicU64::new(0));
    let errors = Arc::new(AtomicU64::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let durations = Arc::new(Mutex::new(Vec::<f64>::new()));
    let first_error = Arc::new(Mutex::new(None::<String>));
    let started = Instant::now();
    let deadline = started + Duration::from_secs_f64(seconds);
    let workers: Vec<_> = (0..threads)
        .map(|_| {
            let (addr, done, requests, errors, stop, durations, first_error) =
                (addr.clone(), done.clone(), requests.clone(), errors.clone(), stop.clone(), durations.clone(), first_error.clone());
            std::thread::spawn(move || {
                let mut client = Client::new(&addr);
                while Instant::now() < deadline && !stop.load(Ordering::Relaxed) {
                    let began = Instant::now();
                    match refer(&mut client) {
                        Ok(n) => {
                            requests.fetch_add(n, Ordering::Relaxed);
                            durations.lock().unwrap().push(began.elapsed().as_secs_f64() * 1000.0);
                            if done.fetch_add(1, Ordering::Relaxed) + 1 >= max {
                                stop.store(true, Ordering::Relaxed);
                            }
                        }
                        Err(e) => {
                            errors.fetch_add(1, Ordering::Relaxed);
                            first_error.lock().unwrap().get_or_insert(e);
                            client.stream = None;
                            std::thread::sleep(Duration::from_millis(50));
                        }
                    }
                }
            })
        })
        .collect();
    for w in workers {
        let _ = w.join();
    }
    let elapsed = started.elapsed().as_secs_f64();
    let n = done.load(Ordering::Relaxed);
    let mut d = durations.lock().unwrap().clone();
    d.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let pct = |p: f64| if d.is_empty() { 0.0 } else { d[((d.len() - 1) as f64 * p) as usize] };
    if let Some(e) = first_error.lock().unwrap().as_ref() {
        eprintln!("first error: {e}");
    }
    println!(
        "referrals={n} seconds={elapsed:.2} per_second={:.1} requests={} errors={} p50_ms={:.0} p99_ms={:.0}",
        n as f64 / elapsed,
        requests.load(Ordering::Relaxed),
        errors.load(Ordering::Relaxed),
        pct(0.5),
        pct(0.99)
    );
}
