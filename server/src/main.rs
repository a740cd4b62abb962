use clap::{Parser, Subcommand};
use server::{Application, Settings, store::Database, telemetry};

/// The Restorative Justice service's website. Settings come from environment variables (see
/// the README); with none set it serves on 127.0.0.1:3000 with an SQLite file under ./data.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the website (the default).
    Serve,
    /// Bring the database schema up to date, then exit.
    Migrate,
    /// The e-mail outbox: list or retry messages that failed after every retry; queue today's
    /// summary to managers.
    Mail {
        #[command(subcommand)]
        command: MailCommand,
    },
    /// Staff accounts: add someone (prints their one-time enrolment link), list, disable.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Copy the SQLite database to a new file while the site runs: a consistent snapshot,
    /// sealed as a whole under the data keys, readable by its owner only. PostgreSQL: pipe
    /// pg_dump into `seal-backup`, as the README says.
    Backup {
        /// The file to write; it must not exist yet.
        to: std::path::PathBuf,
    },
    /// Seal what comes on standard input (`pg_dump --format=custom`, say) into a new backup
    /// file under the data keys, as `backup` does.
    SealBackup {
        /// The file to write; it must not exist yet.
        to: std::path::PathBuf,
    },
    /// Open a sealed backup with the data keys: into a new file (an SQLite database to put in
    /// place of data/app.db with the site stopped) or, with `-`, to standard output (for
    /// pg_restore). A backup that was changed or cut short does not open.
    OpenBackup {
        /// The sealed backup.
        from: std::path::PathBuf,
        /// The file to write (it must not exist yet), or `-` for standard output.
        to: std::path::PathBuf,
    },
    /// Apply the retention rules now (the running server does so every hour): erase the
    /// personal data of cases that ended RJ_RETAIN_CLOSED_MONTHS ago, delete sent e-mail, old
    /// sign-in failures, expired drafts and sessions. Audited; prints counts only.
    Purge {
        /// Count what would go, and change nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Write every table in the data map (the columns a subject access request shows) to a
    /// new JSON file, for handing the service to a successor provider. Audited.
    Export {
        /// The file to write; it must not exist yet. It holds personal data.
        to: std::path::PathBuf,
    },
    /// Seal every sealed value under the first of the data keys (RJ_DATA_KEYS or
    /// RJ_DATA_DIR/data.keys): the step of a key rotation after every instance has the new key
    /// first. Prints counts per column; audited.
    Rekey,
    /// Print a new random data key as `id:hex` (the next id after the keys given), to put
    /// first in RJ_DATA_KEYS or the data keys file when rotating keys.
    NewKey,
    /// The erasure ledger: apply it again (the server also does this at every start).
    Erasures {
        #[command(subcommand)]
        command: ErasuresCommand,
    },
    /// Translations: check every locale, export what a translator needs, import their work
    /// (see locales/README.md). Needs no database.
    Locales {
        /// The locales folder.
        #[arg(long, default_value = "locales", global = true)]
        dir: std::path::PathBuf,
        #[command(subcommand)]
        command: LocalesCommand,
    },
}

#[derive(Subcommand)]
enum LocalesCommand {
    /// Run the test suite's checks on every locale (or one); exits 1 if any fails.
    Check {
        #[arg(long)]
        lang: Option<String>,
    },
    /// Print (or write to --out) the messages a locale lacks or whose English has changed,
    /// as one Fluent file for a translator.
    Export {
        #[arg(long)]
        lang: String,
        /// Every message, not only new and changed ones.
        #[arg(long)]
        all: bool,
        #[arg(long)]
        out: Option<std::path::PathBuf>,
    },
    /// Merge a translated export into the locale; nothing is written unless the whole locale
    /// then passes every check.
    Import {
        #[arg(long)]
        lang: String,
        file: std::path::PathBuf,
    },
    /// Record that the whole locale is translated from the English as it is now.
    Stamp {
        #[arg(long)]
        lang: String,
    },
}

#[derive(Subcommand)]
enum ErasuresCommand {
    /// Erase again every request the ledger names that is in the database (after a backup
    /// was restored).
    Reapply,
    /// How many erasures the ledger holds.
    Count,
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create an account and print a one-time link (24 hours) where its owner sets a password
    /// and their second factor.
    Add {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// admin, manager, triage or practitioner.
        #[arg(long)]
        role: String,
        /// May open sensitive cases (domestic abuse, sexual offences, hate crime...).
        #[arg(long)]
        specialist: bool,
    },
    /// List every account.
    List,
    /// Disable an account and end its sessions at once.
    Disable {
        #[arg(long)]
        email: String,
    },
    /// Print a new enrolment link (a lost phone, a forgotten password). The account's password,
    /// second factor and sessions stop working.
    Reset {
        #[arg(long)]
        email: String,
    },
}

#[derive(Subcommand)]
enum MailCommand {
    /// List the messages that failed (no recipients, no contents).
    Failed,
    /// Queue failed messages again, with a fresh retry schedule.
    Retry {
        /// The message's id, as `mail failed` lists it.
        #[arg(required_unless_present = "all", conflicts_with = "all")]
        id: Option<i64>,
        /// Every failed message.
        #[arg(long)]
        all: bool,
    },
    /// Queue today's daily summary to every active manager now, if it is not queued already
    /// (the running server sends it).
    Summary,
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    telemetry::init();
    if let Some(Command::Locales { dir, command }) = cli.command {
        return locales(&dir, command);
    }
    let settings = match Settings::from_env() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return std::process::ExitCode::from(2);
        }
    };
    let result = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(settings).await,
        Command::Migrate => migrate(settings).await,
        Command::Backup { to } => backup(settings, &to).await,
        Command::SealBackup { to } => seal_backup(&settings, &to),
        Command::OpenBackup { from, to } => open_backup(&settings, &from, &to),
        Command::Mail { command } => mail(settings, command).await,
        Command::User { command } => user(settings, command).await,
        Command::Purge { dry_run } => purge(settings, dry_run).await,
        Command::Export { to } => export(settings, &to).await,
        Command::Erasures { command } => erasures(settings, command).await,
        Command::Rekey => rekey(settings).await,
        Command::NewKey => new_key(&settings),
        Command::Locales { .. } => unreachable!("handled before the settings are read"),
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn serve(settings: Settings) -> Result<(), Box<dyn std::error::Error>> {
    let public_url = settings.public_url.clone();
    let app = Application::build(settings).await?;
    let addr = app.local_addr();
    // With port 0 the default public address names port 0; say the one actually bound.
    let public_url = if public_url.ends_with(":0") { format!("http://{addr}") } else { public_url };
    if app.store().count_staff().await? == 0 {
        println!("There are no staff accounts yet. Create the first administrator with:");
        println!("  server user add --email you@example.org --name \"Your Name\" --role admin");
        println!("(with cargo: cargo run -p server -- user add ...). It prints a one-time link to");
        println!("{public_url}/staff/enrol/... where you choose a password and set up your second factor.");
    }
    tracing::info!(%addr, database = app.database().kind(), "listening");
    println!("The site is running at http://{addr}/");
    println!("Stop it with Ctrl+C.");
    app.run_until_stopped(shutdown_signal()).await?;
    tracing::info!("stopped");
    Ok(())
}

fn data_keys(settings: &Settings) -> Result<server::seal::Keyring, server::seal::KeyError> {
    server::seal::Keyring::load(settings.data_keys.as_ref().map(|k| k.0.as_str()), &settings.data_dir)
}

async fn backup(settings: Settings, to: &std::path::Path) -> Result<(), Box<dyn std::error::Error>> {
    let keys = data_keys(&settings)?;
    let database = Database::connect(&settings.database_url).await?;
    let bytes = database.backup(to, &keys).await?;
    database.close().await;
    println!(
        "Backed up the database to {} ({bytes} bytes), sealed under data key {}. It opens only with that key \
         (server open-backup): keep the keys, apart from the backups.",
        to.display(),
        keys.current()
    );
    Ok(())
}

fn seal_backup(settings: &Settings, to: &std::path::Path) -> Result<(), Box<dyn std::error::Error>> {
    let keys = data_keys(settings)?;
    let file = server::backup::create_private(to).map_err(|e| format!("{}: {e} (choose a new file)", to.display()))?;
    let mut out = std::io::BufWriter::new(file);
    let bytes = server::backup::seal(&keys, std::io::stdin().lock(), &mut out)?;
    out.into_inner().map_err(|e| e.into_error())?.sync_all()?;
    eprintln!("Sealed {bytes} bytes into {} under data key {}.", to.display(), keys.current());
    Ok(())
}

fn open_backup(settings: &Settings, from: &std::path::Path, to: &std::path::Path) -> Result<(), Box<dyn std::error::Error>> {
    let keys = data_keys(settings)?;
    if to.as_os_str() == "-" {
        let input = std::fs::File::open(from).map_err(|e| format!("{}: {e}", from.display()))?;
        server::backup::open(&keys, input, std::io::stdout().lock())?;
    } else {
        let bytes = server::backup::open_file(&keys, from, to).map_err(|e| format!("{}: {e}", to.display()))?;
        eprintln!("Opened the backup into {} ({bytes} bytes). It holds personal data.", to.display());
    }
    Ok(())
}

async fn purge(settings: Settings, dry_run: bool) -> Result<(), Box<dyn std::error::Error>> {
    let (database, store) = server::startup::open_store(&settings).await?;
    let run = server::data_protection::apply_retention(store.as_ref(), &settings.retention, chrono::Utc::now(), !dry_run).await?;
    if dry_run {
        println!("Would remove: {}. Nothing was changed.", run.summary());
    } else {
        println!("Removed: {}.", run.summary());
    }
    database.close().await;
    Ok(())
}

async fn export(settings: Settings, to: &std::path::Path) -> Result<(), Box<dyn std::error::Error>> {
    let (database, store) = server::startup::open_store(&settings).await?;
    let tables = store.export_all().await?;
    let json = server::staff::data::export_json(&tables, chrono::Utc::now());
    let mut file = server::backup::create_private(to).map_err(|e| format!("{}: {e} (choose a new file)", to.display()))?;
    std::io::Write::write_all(&mut file, json.as_bytes())?;
    file.sync_all()?;
    store
        .audit(&app::ports::AuditEntry { at: chrono::Utc::now(), actor: "cli".into(), action: "service.export".into(), subject: None, address: None })
        .await?;
    let rows: usize = tables.iter().map(|(_, r)| r.len()).sum();
    println!("Exported {} tables ({rows} rows) to {}. It holds personal data: hand it over encrypted.", tables.len(), to.display());
    database.close().await;
    Ok(())
}

async fn erasures(settings: Settings, command: ErasuresCommand) -> Result<(), Box<dyn std::error::Error>> {
    match command {
        ErasuresCommand::Count => {
            let n = server::data_protection::ledger_references(&settings.retention.ledger)?.len();
            println!("The erasure ledger ({}) holds {n} erasure(s).", settings.retention.ledger.display());
        }
        ErasuresCommand::Reapply => {
            let (database, store) = server::startup::open_store(&settings).await?;
            let n = server::data_protection::reapply_ledger(store.as_ref(), &settings.retention, chrono::Utc::now()).await?;
            println!("Erased {n} request(s) again from the ledger.");
            database.close().await;
        }
    }
    Ok(())
}

async fn rekey(settings: Settings) -> Result<(), Box<dyn std::error::Error>> {
    let (database, store) = server::startup::open_store(&settings).await?;
    let counts = store.reseal(false).await?;
    let total: u64 = counts.iter().map(|(_, n)| n).sum();
    for (column, n) in counts.iter().filter(|(_, n)| *n > 0) {
        println!("{column}\t{n}");
    }
    store
        .audit(&app::ports::AuditEntry {
            at: chrono::Utc::now(),
            actor: "cli".into(),
            action: "data.rekey".into(),
            subject: Some(format!("{total} values")),
            address: None,
        })
        .await?;
    let keys = data_keys(&settings)?;
    let others: Vec<String> = keys.ids().into_iter().filter(|&id| id != keys.current()).map(|id| id.to_string()).collect();
    println!("Sealed {total} value(s) again: every sealed value is now under key {}.", keys.current());
    if !others.is_empty() {
        println!(
            "This database no longer needs key(s) {}; keep them while backups made before now are kept.",
            others.join(", ")
        );
    }
    database.close().await;
    Ok(())
}

fn new_key(settings: &Settings) -> Result<(), Box<dyn std::error::Error>> {
    let keys = data_keys(settings)?;
    let next = keys.ids().into_iter().max().unwrap_or(0) + 1;
    println!("{}", server::seal::Keyring::new_entry(next));
    Ok(())
}

async fn migrate(settings: Settings) -> Result<(), Box<dyn std::error::Error>> {
    let database = Database::connect(&settings.database_url).await?;
    database.migrate().await?;
    println!("The {} database is up to date.", database.kind());
    database.close().await;
    Ok(())
}

async fn mail(settings: Settings, command: MailCommand) -> Result<(), Box<dyn std::error::Error>> {
    let (database, store) = server::startup::open_store(&settings).await?;
    match command {
        MailCommand::Failed => {
            let failed = store.failed_messages().await?;
            if failed.is_empty() {
                println!("No failed messages.");
            }
            for m in failed {
                println!(
                    "{}\t{}\t{}\t{} attempts\tqueued {}\t{}",
                    m.id,
                    m.idempotency_key,
                    m.kind,
                    m.attempts,
                    m.created_at.format("%Y-%m-%d %H:%M"),
                    m.last_error.unwrap_or_default().replace(['\r', '\n'], " ")
                );
            }
        }
        MailCommand::Retry { id, all } => {
            let n = store.retry_failed(if all { None } else { id }, chrono::Utc::now()).await?;
            println!("{n} message(s) queued again.");
        }
        MailCommand::Summary => {
            let to = server::mail::Addresses { team: settings.mail.team.clone(), public_url: settings.public_url.clone() };
            let q = server::summary::queue_daily_summary(store.as_ref(), &to, chrono::Utc::now()).await?;
            match (q.managers, q.new) {
                (0, _) => println!("There is no active manager to send the summary for {} to.", q.day),
                (m, 0) => println!("The summary for {} was already queued for all {m} manager(s).", q.day),
                (m, n) => println!("The summary for {} is queued for {n} of {m} manager(s); the server sends it.", q.day),
            }
        }
    }
    database.close().await;
    Ok(())
}

async fn user(settings: Settings, command: UserCommand) -> Result<(), Box<dyn std::error::Error>> {
    use server::staff::accounts;
    let (database, store) = server::startup::open_store(&settings).await?;
    match command {
        UserCommand::Add { email, name, role, specialist } => {
            let link = accounts::add_user(store.as_ref(), &settings.public_url, &email, &name, &role, specialist).await?;
            println!("Account created for {email} ({role}). Send them this link over a safe channel;");
            println!("it works once, for 24 hours:\n{link}");
        }
        UserCommand::List => {
            for a in store.list_staff().await? {
                let specialist = if a.specialist { "specialist" } else { "-" };
                println!("{}\t{}\t{}\t{}\t{}\t{}", a.id, a.email, a.name, a.role.code(), specialist, a.status.code());
            }
        }
        UserCommand::Disable { email } => {
            let account = accounts::find_by_email(store.as_ref(), &email).await?;
            store.set_staff_status(account.id, app::staff::model::AccountStatus::Disabled).await?;
            store
                .audit(&app::ports::AuditEntry {
                    at: chrono::Utc::now(),
                    actor: "cli".into(),
                    action: "user.disable".into(),
                    subject: Some(account.email.clone()),
                    address: None,
                })
                .await?;
            println!("{} is disabled; their sessions have ended.", account.email);
        }
        UserCommand::Reset { email } => {
            let account = accounts::find_by_email(store.as_ref(), &email).await?;
            let link = accounts::reissue(store.as_ref(), &settings.public_url, account.id, "cli").await?;
            println!("New enrolment link for {} (works once, for 24 hours):\n{link}", account.email);
        }
    }
    database.close().await;
    Ok(())
}

/// Ctrl+C or SIGTERM (what service managers send).
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut signal) =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            signal.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
}

fn locales(dir: &std::path::Path, command: LocalesCommand) -> std::process::ExitCode {
    use server::locales;
    let result: Result<bool, locales::LocaleError> = (|| match command {
        LocalesCommand::Check { lang } => {
            let only = lang.as_deref().map(locales::lang).transpose()?;
            let problems = locales::check(dir, only)?;
            for (lang, problem) in &problems {
                println!("{}: {problem}", lang.code());
            }
            println!("{} problems", problems.len());
            Ok(problems.is_empty())
        }
        LocalesCommand::Export { lang, all, out } => {
            let lang = locales::lang(&lang)?;
            let (text, count) = locales::export(dir, lang, all)?;
            match out {
                Some(path) => {
                    std::fs::write(&path, text)
                        .map_err(|source| locales::LocaleError::Io { path: path.clone(), source })?;
                    eprintln!("{count} messages written to {}", path.display());
                }
                None => print!("{text}"),
            }
            Ok(true)
        }
        LocalesCommand::Import { lang, file } => {
            let lang = locales::lang(&lang)?;
            let text = std::fs::read_to_string(&file)
                .map_err(|source| locales::LocaleError::Io { path: file.clone(), source })?;
            let count = locales::import(dir, lang, &text)?;
            println!("{count} messages imported into {}; every check passes", lang.code());
            Ok(true)
        }
        LocalesCommand::Stamp { lang } => {
            let lang = locales::lang(&lang)?;
            let count = locales::stamp(dir, lang)?;
            println!("{count} messages of {} recorded as translated from today's English", lang.code());
            Ok(true)
        }
    })();
    match result {
        Ok(true) => std::process::ExitCode::SUCCESS,
        Ok(false) => std::process::ExitCode::FAILURE,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
