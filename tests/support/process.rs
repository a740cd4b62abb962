//! The server binary as a child process, for tests that must kill it the hard way.

use std::{
    collections::HashMap,
    path::Path,
    process::{Child, Command, Stdio},
    time::Duration,
};

pub struct ServerProcess {
    child: Child,
    exe: String,
    /// `http://127.0.0.1:PORT`, no trailing slash.
    pub address: String,
}

impl ServerProcess {
    /// Runs `exe serve` with exactly `vars` as its environment (nothing inherited, so no
    /// setting of the machine running the tests leaks in; `RUST_LOG` excepted), its output
    /// appended to `log`, and waits until it says where it listens.
    pub async fn start(exe: &str, vars: &HashMap<String, String>, log: &Path) -> Self {
        let out = std::fs::OpenOptions::new().create(true).append(true).open(log).expect("log file");
        let err = out.try_clone().expect("log file");
        let mut command = Command::new(exe);
        command.arg("serve").env_clear().envs(vars).stdin(Stdio::null()).stdout(out).stderr(err);
        if let Ok(filter) = std::env::var("RUST_LOG") {
            command.env("RUST_LOG", filter);
        }
        let mut child = command.spawn().unwrap_or_else(|e| panic!("cannot run {exe}: {e}"));
        let already = std::fs::read_to_string(log).unwrap_or_default().len();
        let deadline = tokio::time::Instant::now() + Duration::from_secs(60);
        loop {
            // main.rs prints this line once it is listening.
            let text = std::fs::read_to_string(log).unwrap_or_default();
            if let Some(address) = text[already.min(text.len())..]
                .lines()
                .find_map(|l| l.strip_prefix("The site is running at "))
            {
                let address = address.trim().trim_end_matches('/').to_owned();
                return Self { child, exe: exe.to_owned(), address };
            }
            if let Ok(Some(status)) = child.try_wait() {
                panic!("the server exited ({status}) before listening:\n{text}");
            }
            if tokio::time::Instant::now() >= deadline {
                let _ = child.kill();
                panic!("the server did not start listening within a minute:\n{text}");
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    pub fn exe(&self) -> &str {
        &self.exe
    }

    /// SIGKILL (what `Child::kill` sends on Unix), then reaps the process. Does nothing if it
    /// has already gone.
    pub fn kill(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        self.kill();
    }
}
