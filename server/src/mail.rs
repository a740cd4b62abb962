//! E-mail: what a request causes to be sent, how a queued message becomes a MIME message, the
//! transport (SMTP, or `.eml` files when none is configured) and the worker that empties the
//! outbox.
//!
//! Messages are queued in the `outbox` table in the same transaction as the request (see
//! `Store::submit_request`), so a stored request always has its messages and a failed one has
//! none. The worker claims one due message at a time, hands it to the `Mailer` (here the
//! `Transport`) and marks it sent. A transient failure is retried with backoff (1 min, 5 min,
//! 15 min, 1 h, 4 h, 12 h, 24 h), then the message is marked failed for an administrator
//! (`server mail failed`, `server mail retry`); a permanent one (the server rejected the
//! recipient or the message for good, see `classify`) is marked failed at once.
//!
//! Delivery is at least once, never at most once: if the process dies after the SMTP server
//! accepted a message but before it is marked sent, the claim expires and the message is sent
//! again. Each message's Message-ID is derived from its idempotency key, so such a duplicate
//! carries the same Message-ID as the first copy and mail clients and servers can recognise it.
//! The other choice (mark first, send after) would lose messages in the same crash.
//!
//! Staff messages carry only the kind of request, its reference, the contact date and a link
//! to the staff area (which needs signing in): never a name, a contact detail or the story.

use std::{path::Path, sync::Arc, time::Duration};

use app::{
    i18n::{FluentValue, Lang, t, t_args},
    journey::{Values, first, has},
    pages::journeys::long_date,
    ports::{Mailer, OutgoingMessage, QueuedMessage, SendError, Store},
};
use async_trait::async_trait;
use chrono::{NaiveDate, Utc};
use lettre::{
    AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
    message::{Mailbox, MultiPart},
    transport::smtp::{
        self,
        client::{Certificate, Tls, TlsParameters},
        response::{Category, Code, Detail, Severity},
    },
};
use sha2::{Digest, Sha256};

/// What a request needs to build its messages.
pub struct RequestMail<'a> {
    /// "referral", "call-back" or "withdrawal".
    pub kind: &'a str,
    pub reference: &'a str,
    pub contact_by: NaiveDate,
    pub lang: Lang,
    pub answers: &'a Values,
}

/// Where messages go and come from.
#[derive(Clone, Debug)]
pub struct Addresses {
    /// The team's address, for "new referral" and the like.
    pub team: String,
    /// The public site's address without a trailing slash, for links to the staff area.
    pub public_url: String,
}

/// A progress update to the professional who referred: the reference and the stage, nothing
/// about the person or why (000 5.6). Each is its own message (`sent_at` in the key).
pub fn referrer_update(reference: &str, stage: &str, to: &str, sent_at: chrono::DateTime<chrono::Utc>) -> OutgoingMessage {
    let subject = format!("Update on referral {reference}");
    let lines = [
        format!("Thank you for your referral {reference}."),
        stage.to_owned(),
        "For the person's privacy we share the stage only. If you need to know more, the person can tell you themselves.".to_owned(),
    ];
    let html = html_page(Lang::En, &lines.iter().map(|l| format!("<p>{}</p>", escape(l))).collect::<Vec<_>>());
    OutgoingMessage {
        idempotency_key: format!("{reference}:referrer-update:{}", sent_at.timestamp_millis()),
        kind: "referrer-update".to_owned(),
        recipient: to.to_owned(),
        subject,
        text_body: lines.join("\n\n") + "\n",
        html_body: html,
    }
}

/// The messages a new request causes: one to the team, and an acknowledgement to the person
/// when they asked to be contacted by e-mail and said e-mail is safe.
pub fn messages_for(request: &RequestMail<'_>, to: &Addresses) -> Vec<OutgoingMessage> {
    let mut messages = vec![team_message(request, to)];
    if let Some(ack) = acknowledgement(request) {
        messages.push(ack);
    }
    messages
}

fn team_message(r: &RequestMail<'_>, to: &Addresses) -> OutgoingMessage {
    let (kind, what) = match r.kind {
        "referral" => ("team-new-referral", "New referral"),
        "call-back" => ("team-call-back", "Call back requested"),
        _ => ("team-withdrawal", "Withdrawal request"),
    };
    let date = english_date(r.contact_by);
    let link = format!("{}/staff/requests/{}", to.public_url, r.reference);
    let subject = format!("{what} {}: contact by {date}", r.reference);
    let lines = [
        format!("{what}."),
        format!("Reference: {}\nFirst contact by: {date}", r.reference),
        format!("Open it in the staff area (you will need to sign in):\n{link}"),
        "This e-mail holds no personal details on purpose. Please do not add any when you \
         forward or reply to it."
            .to_owned(),
    ];
    let html = html_page(
        Lang::En,
        &[
            format!("<p>{}.</p>", escape(what)),
            format!(
                "<p>Reference: <strong>{}</strong><br>First contact by: {}</p>",
                escape(r.reference),
                escape(&date)
            ),
            format!("<p><a href=\"{0}\">Open it in the staff area</a> (you will need to sign in).</p>", escape(&link)),
            format!("<p>{}</p>", escape(&lines[3])),
        ],
    );
    OutgoingMessage {
        idempotency_key: format!("{}:{kind}", r.reference),
        kind: kind.to_owned(),
        recipient: to.team.clone(),
        subject,
        text_body: lines.join("\n\n") + "\n",
        html_body: html,
    }
}

/// The person's acknowledgement, in their language. Neutral on purpose: someone else may read
/// the inbox, so it says nothing about what happened or what the service is for.
fn acknowledgement(r: &RequestMail<'_>) -> Option<OutgoingMessage> {
    if !(has(r.answers, "contact-ways", "email") && has(r.answers, "email-ok", "yes")) {
        return None;
    }
    // Someone the police referred without asking yet hears from a person first, never from
    // an automatic e-mail about something they did not ask for (000 5.6).
    if app::referral::consent_to_be_sought(r.answers) {
        return None;
    }
    let email = first(r.answers, "email")?.trim();
    let lang = r.lang;
    let reference = || FluentValue::from(r.reference.to_owned());
    let date = long_date(lang, &r.contact_by.format("%Y-%m-%d").to_string());
    let paragraphs = [
        t(lang, "mail-ack-greeting"),
        t_args(lang, "mail-ack-received", &[("reference", reference())]),
        t_args(lang, "mail-ack-next", &[("date", FluentValue::from(date))]),
        t(lang, "mail-ack-keep"),
        t(lang, "mail-ack-not-expected"),
        t(lang, "mail-ack-sign-off"),
    ];
    let subject = t_args(lang, "mail-ack-subject", &[("reference", reference())]);
    Some(OutgoingMessage {
        idempotency_key: format!("{}:person-ack", r.reference),
        kind: "person-ack".to_owned(),
        recipient: email.to_owned(),
        // Isolation marks help inside a right-to-left paragraph; in a header they are clutter.
        subject: subject.replace(['\u{2068}', '\u{2069}'], ""),
        text_body: paragraphs.join("\n\n") + "\n",
        html_body: html_page(
            lang,
            &paragraphs.iter().map(|p| format!("<p>{}</p>", escape(p))).collect::<Vec<_>>(),
        ),
    })
}

/// A date as staff messages write it, e.g. "Thursday, 3 December 2026" (CLDR's en-GB).
pub(crate) fn english_date(day: NaiveDate) -> String {
    app::i18n::format::long_date(Lang::En, day)
}

pub(crate) fn html_page(lang: Lang, body: &[String]) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\"><head><meta charset=\"utf-8\"></head>\
         <body style=\"font-family: sans-serif; font-size: 16px; line-height: 1.5\">\n{}\n</body></html>\n",
        lang.code(),
        lang.dir().as_str(),
        body.join("\n")
    )
}

pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' => out.push_str("<br>"),
            c => out.push(c),
        }
    }
    out
}

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("invalid address in {0}")]
    Address(&'static str),
    #[error("cannot build the message: {0}")]
    Build(String),
    #[error("invalid SMTP_URL: {0}")]
    SmtpUrl(String),
    #[error("cannot create the mail folder {0}: {1}")]
    Folder(String, std::io::Error),
    #[error("RJ_SMTP_CA_FILE {0}: {1}")]
    CaFile(String, String),
}

/// The Message-ID of a queued message: the same for every copy, derived from its idempotency
/// key (hashed, so the key's reference number is not exposed in headers).
pub fn message_id(idempotency_key: &str, domain: &str) -> String {
    let digest = hex::encode(Sha256::digest(idempotency_key.as_bytes()));
    format!("<{}@{}>", &digest[..32], domain)
}

/// Builds the MIME message (plain text and HTML alternatives). lettre's builder encodes every
/// header value, so a CR or LF in a subject cannot start a new header, and addresses must
/// parse as addresses.
pub fn render(message: &OutgoingMessage, from: &str) -> Result<Message, MailError> {
    let from: Mailbox = from.parse().map_err(|_| MailError::Address("the sender"))?;
    let to: Mailbox = message.recipient.parse().map_err(|_| MailError::Address("the recipient"))?;
    let id = message_id(&message.idempotency_key, from.email.domain());
    Message::builder()
        .from(from)
        .to(to)
        .subject(message.subject.clone())
        .message_id(Some(id))
        .multipart(MultiPart::alternative_plain_html(
            message.text_body.clone(),
            message.html_body.clone(),
        ))
        .map_err(|e| MailError::Build(e.to_string()))
}

/// Where messages are delivered.
#[derive(Clone)]
pub enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    /// Each message as an `.eml` file in a folder: the default, so the site runs with no set-up.
    Files(AsyncFileTransport<Tokio1Executor>),
}

impl Transport {
    /// SMTP when `smtp_url` is set (`smtp://host:25`, `smtp://user:pass@host:587?tls=required`
    /// for STARTTLS, `smtps://user:pass@host:465` for implicit TLS), else files in `folder`.
    /// `ca_file` (PEM) adds trusted roots to the Mozilla ones, for a relay with a private CA.
    pub fn new(
        smtp_url: Option<&str>,
        ca_file: Option<&Path>,
        folder: &Path,
        timeout: Duration,
    ) -> Result<Self, MailError> {
        match smtp_url {
            Some(url) => {
                let mut builder = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map_err(|e| MailError::SmtpUrl(e.to_string()))?;
                if let Some(ca_file) = ca_file {
                    builder = builder.tls(tls_trusting(url, ca_file)?);
                }
                Ok(Transport::Smtp(builder.timeout(Some(timeout)).build()))
            }
            None => {
                std::fs::create_dir_all(folder)
                    .map_err(|e| MailError::Folder(folder.display().to_string(), e))?;
                Ok(Transport::Files(AsyncFileTransport::new(folder)))
            }
        }
    }

    pub fn describe(&self) -> &'static str {
        match self {
            Transport::Smtp(_) => "smtp",
            Transport::Files(_) => "files",
        }
    }

}

#[async_trait]
impl Mailer for Transport {
    async fn send(&self, message: &OutgoingMessage, from: &str) -> Result<(), SendError> {
        // Retrying cannot fix a malformed address.
        let email = render(message, from).map_err(|e| SendError::Permanent(e.to_string()))?;
        match self {
            Transport::Smtp(t) => t.send(email).await.map(|_| ()).map_err(|e| classify(&e)),
            // A full disk or a permission problem can be fixed.
            Transport::Files(t) => {
                t.send(email).await.map(|_| ()).map_err(|e| SendError::Transient(e.to_string()))
            }
        }
    }
}

/// The TLS mode `url` asks for, again (lettre's `from_url` cannot add a root certificate),
/// now trusting the certificates in `ca_file` as well as the Mozilla roots.
fn tls_trusting(url: &str, ca_file: &Path) -> Result<Tls, MailError> {
    let name = ca_file.display().to_string();
    let pem = std::fs::read(ca_file).map_err(|e| MailError::CaFile(name.clone(), e.to_string()))?;
    // An empty or wrong file would otherwise add nothing, silently.
    if !String::from_utf8_lossy(&pem).contains("-----BEGIN CERTIFICATE-----") {
        return Err(MailError::CaFile(name, "holds no PEM certificate".into()));
    }
    let roots = Certificate::from_pem(&pem).map_err(|e| MailError::CaFile(name.clone(), e.to_string()))?;
    let parsed = url::Url::parse(url).map_err(|e| MailError::SmtpUrl(e.to_string()))?;
    let host = parsed.host_str().ok_or_else(|| MailError::SmtpUrl("no host".into()))?;
    let parameters = TlsParameters::builder(host.to_owned())
        .add_root_certificate(roots)
        .build_rustls()
        .map_err(|e| MailError::CaFile(name.clone(), e.to_string()))?;
    let mode = parsed.query_pairs().find(|(k, _)| k == "tls").map(|(_, v)| v.into_owned());
    match (parsed.scheme(), mode.as_deref()) {
        ("smtps", _) => Ok(Tls::Wrapper(parameters)),
        ("smtp", Some("required")) => Ok(Tls::Required(parameters)),
        ("smtp", Some("opportunistic")) => Ok(Tls::Opportunistic(parameters)),
        // A CA for a connection that is never encrypted is a mistake worth stopping for: the
        // operator believes the mail is protected.
        _ => Err(MailError::CaFile(
            name,
            "is set but SMTP_URL asks for no TLS (use smtps:// or ?tls=required)".into(),
        )),
    }
}

/// Whether an SMTP failure is the message's own, so that retrying cannot help. lettre says
/// whether the reply was 5xx; of those only the mail-system replies about this recipient or
/// this message count (550 mailbox unavailable, 551 not local, 553 bad address, 554
/// transaction failed, 555 bad parameters). Everything else is transient: 4xx, connections,
/// timeouts, TLS, and also 5xx replies about the session (500-504 syntax, 530/535 login,
/// 552 storage, which RFC 5321 says to treat as temporary), since they are settings to fix and
/// would otherwise fail every queued message at once.
pub fn classify(error: &smtp::Error) -> SendError {
    let text = error.to_string();
    match error.status() {
        Some(code) if error.is_permanent() && is_permanent_for_the_message(code) => {
            SendError::Permanent(text)
        }
        _ => SendError::Transient(text),
    }
}

fn is_permanent_for_the_message(code: Code) -> bool {
    code.severity == Severity::PermanentNegativeCompletion
        && code.category == Category::MailSystem
        && code.detail != Detail::Two
}

/// The delays between attempts: after the first failure 1 minute, ... after the seventh
/// 24 hours; the eighth failure marks the message failed.
const BACKOFF_SECONDS: [u64; 7] = [60, 300, 900, 3_600, 14_400, 43_200, 86_400];

/// How long to wait after failed attempt number `attempts` (1-based), or `None` to give up.
/// `scale` shrinks the schedule for tests.
pub fn retry_delay(attempts: i32, scale: f64) -> Option<Duration> {
    let index = usize::try_from(attempts.checked_sub(1)?).ok()?;
    BACKOFF_SECONDS.get(index).map(|s| Duration::from_secs_f64(*s as f64 * scale))
}

/// How the worker behaves.
#[derive(Clone, Debug)]
pub struct WorkerConfig {
    /// The sender, e.g. `Appointments <no-reply@example.org>`.
    pub from: String,
    /// How often to look for due messages when the outbox is idle.
    pub poll: Duration,
    /// Multiplies the backoff schedule (1.0 in production).
    pub backoff_scale: f64,
    /// How long a claim lasts; a message still "sending" after this is taken over.
    pub claim: Duration,
}

/// Sends due messages until `stop` turns true. The message in hand is finished (sent and
/// marked, or scheduled for retry) before the worker stops.
pub async fn run_worker(
    store: Arc<dyn Store>,
    mailer: Arc<dyn Mailer>,
    config: WorkerConfig,
    mut stop: tokio::sync::watch::Receiver<bool>,
) {
    loop {
        if *stop.borrow() {
            return;
        }
        let now = Utc::now();
        let claim = chrono::Duration::from_std(config.claim).unwrap_or(chrono::Duration::minutes(10));
        match store.claim_message(now, now + claim).await {
            Ok(Some(queued)) => {
                deliver(&*store, &*mailer, &config, queued).await;
                continue;
            }
            Ok(None) => {}
            Err(e) => tracing::warn!(error = %e, "could not read the outbox"),
        }
        tokio::select! {
            _ = tokio::time::sleep(config.poll) => {}
            _ = stop.changed() => return,
        }
    }
}

async fn deliver(store: &dyn Store, mailer: &dyn Mailer, config: &WorkerConfig, queued: QueuedMessage) {
    let kind = queued.message.kind.as_str();
    let result = match mailer.send(&queued.message, &config.from).await {
        Ok(()) => {
            tracing::info!(id = queued.id, kind, attempts = queued.attempts, "message sent");
            store.mark_sent(queued.id, Utc::now()).await
        }
        // The server's reply may quote the recipient: it goes to the table, not the log.
        Err(SendError::Permanent(error)) => {
            tracing::error!(id = queued.id, kind, attempts = queued.attempts, "message cannot be delivered as it is; marked failed");
            store.mark_attempt_failed(queued.id, &error, None).await
        }
        Err(SendError::Transient(error)) => {
            let retry_at = retry_delay(queued.attempts, config.backoff_scale)
                .and_then(|d| chrono::Duration::from_std(d).ok())
                .map(|d| Utc::now() + d);
            match retry_at {
                Some(at) => tracing::warn!(id = queued.id, kind, attempts = queued.attempts, retry_at = %at, "sending failed; will retry"),
                None => tracing::error!(id = queued.id, kind, attempts = queued.attempts, "sending failed; giving up"),
            }
            store.mark_attempt_failed(queued.id, &error, retry_at).await
        }
    };
    if let Err(e) = result {
        // The claim expires and the message is tried again: at least once, never lost.
        tracing::warn!(id = queued.id, error = %e, "could not record the outcome of a send");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(pairs: &[(&str, &str)]) -> Values {
        let mut v = Values::new();
        for (k, x) in pairs {
            v.entry((*k).to_owned()).or_default().push((*x).to_owned());
        }
        v
    }

    fn to() -> Addresses {
        Addresses { team: "team@rj.example".into(), public_url: "https://rj.example".into() }
    }

    fn request<'a>(kind: &'a str, lang: Lang, answers: &'a Values) -> RequestMail<'a> {
        RequestMail {
            kind,
            reference: "RJ-ABCD-EFGH",
            contact_by: NaiveDate::from_ymd_opt(2026, 12, 3).unwrap(),
            lang,
            answers,
        }
    }

    fn plain(m: &OutgoingMessage) -> String {
        format!("{}\n{}\n{}", m.subject, m.text_body, m.html_body)
    }

    #[test]
    fn only_email_with_consent_gets_an_acknowledgement() {
        let yes = answers(&[("contact-ways", "email"), ("email", "p@example.org"), ("email-ok", "yes")]);
        let no = answers(&[("contact-ways", "email"), ("email", "p@example.org"), ("email-ok", "no")]);
        let phone = answers(&[("contact-ways", "phone"), ("email", "p@example.org"), ("email-ok", "yes")]);
        let kinds = |a: &Values| -> Vec<String> {
            messages_for(&request("referral", Lang::En, a), &to()).into_iter().map(|m| m.kind).collect()
        };
        assert_eq!(kinds(&yes), ["team-new-referral", "person-ack"]);
        assert_eq!(kinds(&no), ["team-new-referral"]);
        assert_eq!(kinds(&phone), ["team-new-referral"]);
        let unasked = answers(&[
            ("for-whom", "someone-else"),
            ("relationship", "professional"),
            ("organisation-type", "police"),
            ("agreed", "not-asked"),
            ("contact-ways", "email"),
            ("email", "p@example.org"),
            ("email-ok", "yes"),
        ]);
        assert_eq!(kinds(&unasked), ["team-new-referral"], "not asked yet: a person makes first contact");
    }

    #[test]
    fn the_team_message_has_the_reference_date_and_link_only() {
        let a = answers(&[("name", "Canary Name"), ("story", "Canary story"), ("email", "c@example.org")]);
        let m = &messages_for(&request("referral", Lang::En, &a), &to())[0];
        assert_eq!(m.subject, "New referral RJ-ABCD-EFGH: contact by Thursday, 3 December 2026");
        assert!(m.text_body.contains("https://rj.example/staff/requests/RJ-ABCD-EFGH"));
        assert!(!plain(m).contains("Canary") && !plain(m).contains("c@example.org"));
        assert_eq!(m.recipient, "team@rj.example");
        assert_eq!(m.idempotency_key, "RJ-ABCD-EFGH:team-new-referral");
    }

    #[test]
    fn the_acknowledgement_is_in_the_persons_language() {
        let a = answers(&[("contact-ways", "email"), ("email", "p@example.org"), ("email-ok", "yes")]);
        for lang in Lang::ALL {
            let ack = messages_for(&request("referral", lang, &a), &to()).pop().unwrap();
            assert_eq!(ack.text_body.contains("RJ-ABCD-EFGH"), true);
            assert!(ack.subject.contains("RJ-ABCD-EFGH"));
            assert_eq!(ack.subject, t_args(lang, "mail-ack-subject", &[("reference", FluentValue::from("RJ-ABCD-EFGH"))]).replace(['\u{2068}', '\u{2069}'], ""));
            assert!(ack.html_body.contains(&format!("lang=\"{}\"", lang.code())));
        }
    }

    #[test]
    fn cr_lf_in_any_value_cannot_add_a_header() {
        let evil = OutgoingMessage {
            idempotency_key: "k\r\nBcc: spy@evil.example".into(),
            kind: "person-ack".into(),
            recipient: "p@example.org".into(),
            subject: "Hi\r\nBcc: spy@evil.example\r\nX-Injected: yes".into(),
            text_body: "body\r\n.\r\nMAIL FROM:<x@y>".into(),
            html_body: "<p>x</p>".into(),
        };
        let from = "Appointments <no-reply@rj.example>";
        let bytes = String::from_utf8(render(&evil, from).unwrap().formatted()).unwrap();
        let headers = bytes.split("\r\n\r\n").next().unwrap();
        for line in headers.lines() {
            let name = line.split(':').next().unwrap();
            assert!(!name.eq_ignore_ascii_case("bcc") && !name.eq_ignore_ascii_case("x-injected"), "{headers}");
        }
        // In an address, a CR/LF is no address at all.
        let bad_to = OutgoingMessage { recipient: "p@example.org\r\nBcc: spy@evil.example".into(), ..evil.clone() };
        assert!(render(&bad_to, from).is_err());
        assert!(render(&evil, "A <a@b.example>\r\nBcc: spy@evil.example").is_err());
    }

    #[test]
    fn the_message_id_is_stable_and_hides_the_key() {
        let a = message_id("RJ-ABCD-EFGH:person-ack", "rj.example");
        assert_eq!(a, message_id("RJ-ABCD-EFGH:person-ack", "rj.example"));
        assert_ne!(a, message_id("RJ-ABCD-EFGH:team-new-referral", "rj.example"));
        assert!(!a.contains("RJ-"));
    }

    #[test]
    fn only_replies_about_the_recipient_or_message_are_permanent() {
        let code = |n: u16| {
            let digit = |d: u16| match d {
                0 => Detail::Zero,
                1 => Detail::One,
                2 => Detail::Two,
                3 => Detail::Three,
                4 => Detail::Four,
                5 => Detail::Five,
                _ => unreachable!(),
            };
            let severity = if n / 100 == 5 { Severity::PermanentNegativeCompletion } else { Severity::TransientNegativeCompletion };
            let category = match n / 10 % 10 {
                0 => Category::Syntax,
                2 => Category::Connections,
                3 => Category::Unspecified3,
                _ => Category::MailSystem,
            };
            Code::new(severity, category, digit(n % 10))
        };
        for n in [550, 551, 553, 554] {
            assert!(is_permanent_for_the_message(code(n)), "{n}");
        }
        // Login, syntax, storage and every 4xx: settings or the server, not the message.
        for n in [421, 450, 451, 452, 500, 501, 503, 530, 535, 552] {
            assert!(!is_permanent_for_the_message(code(n)), "{n}");
        }
    }

    #[test]
    fn a_ca_file_needs_a_tls_url_and_a_certificate() {
        let folder = std::env::temp_dir().join(format!("rj-ca-{}", std::process::id()));
        std::fs::create_dir_all(&folder).unwrap();
        let empty = folder.join("empty.pem");
        std::fs::write(&empty, "not a certificate").unwrap();
        let timeout = Duration::from_secs(1);
        let url = "smtp://mail.example:587?tls=required";
        let err = Transport::new(Some(url), Some(&empty), &folder, timeout).err().unwrap();
        assert!(err.to_string().contains("RJ_SMTP_CA_FILE"), "{err}");
        let missing = folder.join("missing.pem");
        let err = Transport::new(Some(url), Some(&missing), &folder, timeout).err().unwrap();
        assert!(err.to_string().contains("missing.pem"), "{err}");
        let _ = std::fs::remove_dir_all(&folder);
    }

    #[test]
    fn backoff_runs_from_a_minute_to_a_day_then_gives_up() {
        let secs: Vec<u64> = (1..=8).filter_map(|n| retry_delay(n, 1.0)).map(|d| d.as_secs()).collect();
        assert_eq!(secs, [60, 300, 900, 3600, 14400, 43200, 86400]);
        assert_eq!(retry_delay(8, 1.0), None);
        assert_eq!(retry_delay(1, 0.001), Some(Duration::from_millis(60)));
    }
}
