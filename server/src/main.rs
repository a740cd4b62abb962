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
    /// The e-mail outbox: list or retry messages that failed after every retry.
    Mail {
        #[command(subcommand)]
        command: MailCommand,
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
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    telemetry::init();
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
        Command::Mail { command } => mail(settings, command).await,
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
    let app = Application::build(settings).await?;
    let addr = app.local_addr();
    tracing::info!(%addr, database = app.database().kind(), "listening");
    println!("The site is running at http://{addr}/");
    println!("Stop it with Ctrl+C.");
    app.run_until_stopped(shutdown_signal()).await?;
    tracing::info!("stopped");
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
    let database = Database::connect(&settings.database_url).await?;
    database.migrate().await?;
    let store = database.store();
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
