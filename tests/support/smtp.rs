//! A small SMTP server for tests: it speaks enough of the protocol for lettre (greeting,
//! EHLO/HELO, STARTTLS, AUTH PLAIN/LOGIN, MAIL FROM, RCPT TO, DATA, RSET, NOOP, QUIT), records
//! every message it accepts with whether its session was encrypted and logged in, and can be
//! stopped and started again on the same port to play an outage. It can also play a server
//! that rejects a recipient for good, one that loses or holds its final reply, and a relay
//! that insists on TLS and a login (`SinkOptions`), with a certificate authority made at start.

use std::{
    net::SocketAddr,
    path::Path,
    sync::{
        Arc, Mutex,
        atomic::{AtomicUsize, Ordering::SeqCst},
    },
    time::Duration,
};

use base64::{Engine, engine::general_purpose::STANDARD as BASE64};
use tokio::{
    io::{AsyncBufReadExt, AsyncRead, AsyncWrite, AsyncWriteExt, BufReader},
    net::{TcpListener, TcpStream},
    task::JoinHandle,
};
use tokio_rustls::{
    TlsAcceptor,
    rustls::{
        ServerConfig,
        pki_types::{PrivateKeyDer, PrivatePkcs8KeyDer},
    },
};

/// One message as the sink received it.
#[derive(Clone, Debug)]
pub struct Received {
    pub mail_from: String,
    pub rcpt_to: Vec<String>,
    /// The message as sent, dot-stuffing undone.
    pub raw: String,
    /// Whether the session was under TLS (STARTTLS or implicit) when the message came.
    pub encrypted: bool,
    /// The user the session logged in as, if it did.
    pub authenticated_as: Option<String>,
}

impl Received {
    fn parsed(&self) -> mail_parser::Message<'_> {
        mail_parser::MessageParser::default().parse(self.raw.as_bytes()).expect("a MIME message")
    }

    pub fn subject(&self) -> String {
        self.parsed().subject().unwrap_or_default().to_owned()
    }

    pub fn message_id(&self) -> String {
        self.parsed().message_id().unwrap_or_default().to_owned()
    }

    /// The plain-text part, decoded.
    pub fn text(&self) -> String {
        self.parsed().body_text(0).map(|t| t.into_owned()).unwrap_or_default()
    }

    /// The HTML part, decoded.
    pub fn html(&self) -> String {
        self.parsed().body_html(0).map(|t| t.into_owned()).unwrap_or_default()
    }

    /// Everything a reader could see: headers as sent, and both parts decoded.
    pub fn everything(&self) -> String {
        format!("{}\n{}\n{}\n{}", self.raw, self.subject(), self.text(), self.html())
    }
}

/// How the sink protects its sessions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SinkTls {
    /// Plain SMTP, no TLS offered.
    #[default]
    None,
    /// Plain at first; offers STARTTLS and accepts no login or mail before it.
    StartTls,
    /// TLS from the first byte (`smtps://`).
    Implicit,
}

#[derive(Clone, Debug, Default)]
pub struct SinkOptions {
    pub tls: SinkTls,
    /// A user and password that must log in (AUTH PLAIN or LOGIN) before MAIL FROM.
    pub login: Option<(String, String)>,
}

pub struct SmtpSink {
    addr: SocketAddr,
    state: Arc<State>,
    accept: Option<JoinHandle<()>>,
    /// The test certificate authority's certificate (PEM), when the sink offers TLS: what the
    /// app is given in `RJ_SMTP_CA_FILE`.
    ca_file: Option<tempfile::NamedTempFile>,
}

/// What every session shares.
struct State {
    options: SinkOptions,
    acceptor: Option<TlsAcceptor>,
    received: Mutex<Vec<Received>>,
    /// How many more messages to record and then hang up on instead of answering 250: the
    /// sender cannot tell they arrived (a crash between sending and marking, seen from outside).
    lose_replies: AtomicUsize,
    /// How many more messages to record and then never answer, holding the connection until
    /// the sender hangs up (a sender that dies waiting for the final reply).
    hold_replies: AtomicUsize,
    /// Recipients refused at RCPT TO with 550, as a mailbox that does not exist.
    rejected: Mutex<Vec<String>>,
    failed_logins: AtomicUsize,
    /// MAIL FROM refused because the session was not encrypted or not logged in.
    refused_mail: AtomicUsize,
}

impl SmtpSink {
    /// Plain SMTP, no login.
    pub async fn start() -> Self {
        Self::start_with(SinkOptions::default()).await
    }

    pub async fn start_with(options: SinkOptions) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind the SMTP sink");
        let addr = listener.local_addr().unwrap();
        let (acceptor, ca_file) = match options.tls {
            SinkTls::None => (None, None),
            SinkTls::StartTls | SinkTls::Implicit => {
                let (acceptor, ca_pem) = test_certificates();
                let file = tempfile::NamedTempFile::new().expect("a CA file");
                std::fs::write(file.path(), ca_pem).expect("write the CA file");
                (Some(acceptor), Some(file))
            }
        };
        let state = Arc::new(State {
            options,
            acceptor,
            received: Mutex::new(Vec::new()),
            lose_replies: AtomicUsize::new(0),
            hold_replies: AtomicUsize::new(0),
            rejected: Mutex::new(Vec::new()),
            failed_logins: AtomicUsize::new(0),
            refused_mail: AtomicUsize::new(0),
        });
        let accept = Some(tokio::spawn(accept_loop(listener, state.clone())));
        Self { addr, state, accept, ca_file }
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The `SMTP_URL` for the app: plain SMTP on the loopback, no TLS, no login.
    pub fn url(&self) -> String {
        format!("smtp://{}", self.addr)
    }

    /// The PEM file holding the certificate authority that signed the sink's certificate.
    pub fn ca_file(&self) -> &Path {
        self.ca_file.as_ref().expect("a sink with TLS").path()
    }

    /// Stops listening: new connections are refused until `restart`.
    pub async fn stop(&mut self) {
        if let Some(task) = self.accept.take() {
            task.abort();
            let _ = task.await;
        }
    }

    /// Listens again on the same port.
    pub async fn restart(&mut self) {
        self.stop().await;
        let mut tries = 0;
        let listener = loop {
            match TcpListener::bind(self.addr).await {
                Ok(l) => break l,
                Err(_) if tries < 50 => {
                    tries += 1;
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
                Err(e) => panic!("cannot listen on {} again: {e}", self.addr),
            }
        };
        self.accept = Some(tokio::spawn(accept_loop(listener, self.state.clone())));
    }

    /// Records the next `n` messages but hangs up instead of confirming them.
    pub fn lose_replies(&self, n: usize) {
        self.state.lose_replies.store(n, SeqCst);
    }

    /// Records the next `n` messages but never confirms them: the connection stays open, the
    /// sender waiting, until the sender goes away.
    pub fn hold_replies(&self, n: usize) {
        self.state.hold_replies.store(n, SeqCst);
    }

    /// Refuses `address` at RCPT TO with `550 5.1.1 mailbox unavailable`, for good.
    pub fn reject_recipient(&self, address: &str) {
        self.state.rejected.lock().unwrap().push(address.to_owned());
    }

    /// How many logins were refused (wrong user or password).
    pub fn failed_logins(&self) -> usize {
        self.state.failed_logins.load(SeqCst)
    }

    /// How many MAIL FROM commands were refused for want of TLS or a login.
    pub fn refused_mail(&self) -> usize {
        self.state.refused_mail.load(SeqCst)
    }

    pub fn messages(&self) -> Vec<Received> {
        self.state.received.lock().unwrap().clone()
    }

    /// Waits until at least `n` messages have arrived (or `timeout` passes), then returns all.
    pub async fn wait_for(&self, n: usize, timeout: Duration) -> Vec<Received> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let messages = self.messages();
            if messages.len() >= n || tokio::time::Instant::now() >= deadline {
                return messages;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        if let Some(task) = self.accept.take() {
            task.abort();
        }
    }
}

/// A certificate authority and a server certificate for 127.0.0.1 and localhost signed by it,
/// made afresh for each sink: the app can only trust the server through `RJ_SMTP_CA_FILE`.
fn test_certificates() -> (TlsAcceptor, String) {
    use rcgen::{
        BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, Issuer,
        KeyPair, KeyUsagePurpose,
    };
    let ca_key = KeyPair::generate().unwrap();
    let mut ca = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca.distinguished_name.push(DnType::CommonName, "RJ test relay CA");
    ca.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
    let ca_cert = ca.self_signed(&ca_key).unwrap();
    let issuer = Issuer::from_params(&ca, &ca_key);

    let server_key = KeyPair::generate().unwrap();
    let mut server = CertificateParams::new(vec!["127.0.0.1".to_owned(), "localhost".to_owned()]).unwrap();
    server.distinguished_name.push(DnType::CommonName, "sink.test");
    server.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
    let server_cert = server.signed_by(&server_key, &issuer).unwrap();

    // The ring provider, as everywhere else in the workspace.
    let provider = Arc::new(tokio_rustls::rustls::crypto::ring::default_provider());
    let config = ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(
            vec![server_cert.der().clone()],
            PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(server_key.serialize_der())),
        )
        .unwrap();
    (TlsAcceptor::from(Arc::new(config)), ca_cert.pem())
}

async fn accept_loop(listener: TcpListener, state: Arc<State>) {
    // The connections are owned by this task's JoinSet: stopping the sink cuts them too.
    let mut connections = tokio::task::JoinSet::new();
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                if let Ok((stream, _)) = accepted {
                    connections.spawn(session(stream, state.clone()));
                }
            }
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
        }
    }
}

/// A plain or TLS stream, so a session can change from one to the other at STARTTLS.
trait Stream: AsyncRead + AsyncWrite + Unpin + Send {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send> Stream for T {}

async fn reply(io: &mut BufReader<Box<dyn Stream>>, text: &[u8]) -> std::io::Result<()> {
    io.write_all(text).await?;
    // TLS buffers what is written; the client waits for every reply.
    io.flush().await
}

/// Reads one line; `None` when the client has gone.
async fn read_line(io: &mut BufReader<Box<dyn Stream>>) -> std::io::Result<Option<String>> {
    let mut line = String::new();
    if io.read_line(&mut line).await? == 0 {
        return Ok(None);
    }
    Ok(Some(line))
}

async fn session(stream: TcpStream, state: Arc<State>) -> std::io::Result<()> {
    let mut encrypted = false;
    let stream: Box<dyn Stream> = match (state.options.tls, &state.acceptor) {
        (SinkTls::Implicit, Some(acceptor)) => {
            encrypted = true;
            Box::new(acceptor.accept(stream).await?)
        }
        _ => Box::new(stream),
    };
    let mut io = BufReader::new(stream);
    reply(&mut io, b"220 sink.test ESMTP test sink\r\n").await?;
    let needs_tls = state.options.tls != SinkTls::None;
    let mut authenticated: Option<String> = None;
    let mut mail_from = String::new();
    let mut rcpt_to = Vec::new();
    loop {
        let Some(line) = read_line(&mut io).await? else { return Ok(()) };
        let command = line.trim_end().to_owned();
        let verb = command.split([' ', ':']).next().unwrap_or("").to_ascii_uppercase();
        let answer: Vec<u8> = match verb.as_str() {
            "EHLO" => {
                let mut lines = vec!["sink.test", "8BITMIME"];
                if state.options.tls == SinkTls::StartTls && !encrypted {
                    lines.push("STARTTLS");
                }
                // A login is offered only once the session is protected, as real relays do.
                if state.options.login.is_some() && (encrypted || !needs_tls) {
                    lines.push("AUTH PLAIN LOGIN");
                }
                let last = lines.len() - 1;
                lines
                    .iter()
                    .enumerate()
                    .map(|(i, l)| format!("250{}{l}\r\n", if i == last { ' ' } else { '-' }))
                    .collect::<String>()
                    .into_bytes()
            }
            "HELO" | "NOOP" => b"250 OK\r\n".to_vec(),
            "STARTTLS" => match (&state.acceptor, encrypted, state.options.tls) {
                (Some(acceptor), false, SinkTls::StartTls) => {
                    reply(&mut io, b"220 2.0.0 Ready to start TLS\r\n").await?;
                    // The client sends nothing more in the clear, so nothing is buffered.
                    let plain = io.into_inner();
                    let tls: Box<dyn Stream> = Box::new(acceptor.accept(plain).await?);
                    io = BufReader::new(tls);
                    encrypted = true;
                    // RFC 3207: forget everything said before TLS.
                    authenticated = None;
                    mail_from.clear();
                    rcpt_to.clear();
                    continue;
                }
                _ => b"503 5.5.1 TLS not available now\r\n".to_vec(),
            },
            "AUTH" => match &state.options.login {
                None => b"502 5.5.1 No login here\r\n".to_vec(),
                Some(_) if needs_tls && !encrypted => b"538 5.7.11 Encryption required\r\n".to_vec(),
                Some((user, password)) => {
                    let Some((who, secret)) = login(&mut io, &command).await? else { return Ok(()) };
                    if &who == user && &secret == password {
                        authenticated = Some(who);
                        b"235 2.7.0 Authentication successful\r\n".to_vec()
                    } else {
                        state.failed_logins.fetch_add(1, SeqCst);
                        b"535 5.7.8 Authentication credentials invalid\r\n".to_vec()
                    }
                }
            },
            "RSET" => {
                mail_from.clear();
                rcpt_to.clear();
                b"250 OK\r\n".to_vec()
            }
            "MAIL" => {
                if needs_tls && !encrypted {
                    state.refused_mail.fetch_add(1, SeqCst);
                    b"530 5.7.0 Must issue a STARTTLS command first\r\n".to_vec()
                } else if state.options.login.is_some() && authenticated.is_none() {
                    state.refused_mail.fetch_add(1, SeqCst);
                    b"530 5.7.0 Authentication required\r\n".to_vec()
                } else {
                    mail_from = angle(&command);
                    rcpt_to.clear();
                    b"250 OK\r\n".to_vec()
                }
            }
            "RCPT" => {
                let to = angle(&command);
                if mail_from.is_empty() {
                    b"503 5.5.1 MAIL first\r\n".to_vec()
                } else if state.rejected.lock().unwrap().contains(&to) {
                    format!("550 5.1.1 <{to}>: Recipient address rejected: mailbox unavailable\r\n")
                        .into_bytes()
                } else {
                    rcpt_to.push(to);
                    b"250 OK\r\n".to_vec()
                }
            }
            "DATA" if rcpt_to.is_empty() => b"503 5.5.1 No valid recipients\r\n".to_vec(),
            "DATA" => {
                reply(&mut io, b"354 End data with <CR><LF>.<CR><LF>\r\n").await?;
                let mut raw = String::new();
                loop {
                    let Some(line) = read_line(&mut io).await? else { return Ok(()) };
                    if line == ".\r\n" || line == ".\n" {
                        break;
                    }
                    raw.push_str(line.strip_prefix('.').unwrap_or(&line));
                }
                state.received.lock().unwrap().push(Received {
                    mail_from: std::mem::take(&mut mail_from),
                    rcpt_to: std::mem::take(&mut rcpt_to),
                    raw,
                    encrypted,
                    authenticated_as: authenticated.clone(),
                });
                let take = |n: usize| n.checked_sub(1);
                if state.lose_replies.fetch_update(SeqCst, SeqCst, take).is_ok() {
                    return Ok(());
                }
                if state.hold_replies.fetch_update(SeqCst, SeqCst, take).is_ok() {
                    // Say nothing until the sender hangs up (or dies).
                    while read_line(&mut io).await?.is_some() {}
                    return Ok(());
                }
                b"250 OK queued\r\n".to_vec()
            }
            "QUIT" => {
                reply(&mut io, b"221 Bye\r\n").await?;
                return Ok(());
            }
            _ => b"502 Command not implemented\r\n".to_vec(),
        };
        reply(&mut io, &answer).await?;
    }
}

/// Runs AUTH PLAIN or AUTH LOGIN (with or without an initial response) and returns the user
/// and password given; `None` when the client went away.
async fn login(
    io: &mut BufReader<Box<dyn Stream>>,
    command: &str,
) -> std::io::Result<Option<(String, String)>> {
    let mut words = command.split_whitespace().skip(1);
    let mechanism = words.next().unwrap_or("").to_ascii_uppercase();
    let initial = words.next().map(str::to_owned);
    let decode = |s: &str| String::from_utf8(BASE64.decode(s.trim()).unwrap_or_default()).unwrap_or_default();
    let mut ask = async |prompt: &[u8]| -> std::io::Result<Option<String>> {
        reply(io, prompt).await?;
        Ok(read_line(io).await?.map(|l| decode(&l)))
    };
    if mechanism == "PLAIN" {
        let given = match initial {
            Some(i) => decode(&i),
            None => match ask(b"334 \r\n").await? {
                Some(g) => g,
                None => return Ok(None),
            },
        };
        // authorisation identity NUL user NUL password
        let mut parts = given.split('\0').skip(1);
        let user = parts.next().unwrap_or("").to_owned();
        let password = parts.next().unwrap_or("").to_owned();
        return Ok(Some((user, password)));
    }
    if mechanism != "LOGIN" {
        // Anything else is a login that fails.
        return Ok(Some((String::new(), String::new())));
    }
    let user = match initial {
        Some(i) => decode(&i),
        None => match ask(b"334 VXNlcm5hbWU6\r\n").await? {
            Some(u) => u,
            None => return Ok(None),
        },
    };
    let Some(password) = ask(b"334 UGFzc3dvcmQ6\r\n").await? else { return Ok(None) };
    Ok(Some((user, password)))
}

/// The address between `<` and `>` in `MAIL FROM:<a@b> SIZE=...`.
fn angle(command: &str) -> String {
    let start = command.find('<').map_or(0, |i| i + 1);
    let end = command[start..].find('>').map_or(command.len(), |i| start + i);
    command[start..end].to_owned()
}
