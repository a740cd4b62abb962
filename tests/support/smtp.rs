//! A small SMTP server for tests: it speaks enough of the protocol for lettre (greeting,
//! EHLO/HELO, MAIL FROM, RCPT TO, DATA, RSET, NOOP, QUIT), records every message it accepts,
//! and can be stopped and started again on the same port to play an outage.

use std::{
    net::SocketAddr,
    sync::{Arc, Mutex},
    time::Duration,
};

use tokio::{
    io::{AsyncBufReadExt, AsyncWriteExt, BufReader},
    net::{TcpListener, TcpStream},
    task::JoinHandle,
};

/// One message as the sink received it.
#[derive(Clone, Debug)]
pub struct Received {
    pub mail_from: String,
    pub rcpt_to: Vec<String>,
    /// The message as sent, dot-stuffing undone.
    pub raw: String,
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

pub struct SmtpSink {
    addr: SocketAddr,
    received: Arc<Mutex<Vec<Received>>>,
    /// How many more messages to record and then hang up on instead of answering 250: the
    /// sender cannot tell they arrived (a crash between sending and marking, seen from outside).
    lose_replies: Arc<std::sync::atomic::AtomicUsize>,
    accept: Option<JoinHandle<()>>,
}

impl SmtpSink {
    pub async fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind the SMTP sink");
        let addr = listener.local_addr().unwrap();
        let received = Arc::new(Mutex::new(Vec::new()));
        let lose_replies = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let accept = Some(tokio::spawn(accept_loop(listener, received.clone(), lose_replies.clone())));
        Self { addr, received, lose_replies, accept }
    }

    /// The `SMTP_URL` for the app: plain SMTP on the loopback, no TLS.
    pub fn url(&self) -> String {
        format!("smtp://{}", self.addr)
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
                Err(e) if tries < 50 => {
                    tries += 1;
                    let _ = e;
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
                Err(e) => panic!("cannot listen on {} again: {e}", self.addr),
            }
        };
        self.accept =
            Some(tokio::spawn(accept_loop(listener, self.received.clone(), self.lose_replies.clone())));
    }

    /// Records the next `n` messages but hangs up instead of confirming them.
    pub fn lose_replies(&self, n: usize) {
        self.lose_replies.store(n, std::sync::atomic::Ordering::SeqCst);
    }

    pub fn messages(&self) -> Vec<Received> {
        self.received.lock().unwrap().clone()
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

type Counter = Arc<std::sync::atomic::AtomicUsize>;

async fn accept_loop(listener: TcpListener, received: Arc<Mutex<Vec<Received>>>, lose: Counter) {
    // The connections are owned by this task's JoinSet: stopping the sink cuts them too.
    let mut connections = tokio::task::JoinSet::new();
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                if let Ok((stream, _)) = accepted {
                    connections.spawn(session(stream, received.clone(), lose.clone()));
                }
            }
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
        }
    }
}

async fn session(
    stream: TcpStream,
    received: Arc<Mutex<Vec<Received>>>,
    lose: Counter,
) -> std::io::Result<()> {
    let (read, mut write) = stream.into_split();
    let mut lines = BufReader::new(read);
    write.write_all(b"220 sink.test ESMTP test sink\r\n").await?;
    let mut mail_from = String::new();
    let mut rcpt_to = Vec::new();
    let mut line = String::new();
    loop {
        line.clear();
        if lines.read_line(&mut line).await? == 0 {
            return Ok(());
        }
        let command = line.trim_end().to_owned();
        let verb = command.split([' ', ':']).next().unwrap_or("").to_ascii_uppercase();
        let reply: &[u8] = match verb.as_str() {
            "EHLO" => b"250-sink.test\r\n250 8BITMIME\r\n",
            "HELO" | "NOOP" => b"250 OK\r\n",
            "RSET" => {
                mail_from.clear();
                rcpt_to.clear();
                b"250 OK\r\n"
            }
            "MAIL" => {
                mail_from = angle(&command);
                rcpt_to.clear();
                b"250 OK\r\n"
            }
            "RCPT" => {
                rcpt_to.push(angle(&command));
                b"250 OK\r\n"
            }
            "DATA" => {
                write.write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n").await?;
                let mut raw = String::new();
                loop {
                    line.clear();
                    if lines.read_line(&mut line).await? == 0 {
                        return Ok(());
                    }
                    if line == ".\r\n" || line == ".\n" {
                        break;
                    }
                    raw.push_str(line.strip_prefix('.').unwrap_or(&line));
                }
                received.lock().unwrap().push(Received {
                    mail_from: std::mem::take(&mut mail_from),
                    rcpt_to: std::mem::take(&mut rcpt_to),
                    raw,
                });
                let take = |n: usize| n.checked_sub(1);
                if lose.fetch_update(std::sync::atomic::Ordering::SeqCst, std::sync::atomic::Ordering::SeqCst, take).is_ok() {
                    return Ok(());
                }
                b"250 OK queued\r\n"
            }
            "QUIT" => {
                write.write_all(b"221 Bye\r\n").await?;
                return Ok(());
            }
            _ => b"502 Command not implemented\r\n",
        };
        write.write_all(reply).await?;
    }
}

/// The address between `<` and `>` in `MAIL FROM:<a@b> SIZE=...`.
fn angle(command: &str) -> String {
    let start = command.find('<').map_or(0, |i| i + 1);
    let end = command[start..].find('>').map_or(command.len(), |i| start + i);
    command[start..end].to_owned()
}
