//! Test helpers: fixture projects in temporary folders, and running the
//! real binary on them.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository root (where Cargo.toml is).
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A project in a temporary folder.
pub struct Project {
    dir: tempfile::TempDir,
}

/// What a run of the binary gave.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Panics, showing the whole standard error, unless it contains every
    /// one of `parts`.
    #[track_caller]
    pub fn stderr_has(&self, parts: &[&str]) -> &Self {
        for part in parts {
            assert!(
                self.stderr.contains(part),
                "missing {part:?} in:\n{}",
                self.stderr
            );
        }
        self
    }

    /// Panics, showing the whole standard output, unless it contains every
    /// one of `parts`.
    #[track_caller]
    pub fn stdout_has(&self, parts: &[&str]) -> &Self {
        for part in parts {
            assert!(
                self.stdout.contains(part),
                "missing {part:?} in:\n{}",
                self.stdout
            );
        }
        self
    }

    /// Panics with the whole output when the exit code is not `code`.
    #[track_caller]
    pub fn expect_code(&self, code: i32) -> &Self {
        assert_eq!(
            self.code, code,
            "expected exit code {code}, got {}\n--- stdout\n{}\n--- stderr\n{}",
            self.code, self.stdout, self.stderr
        );
        self
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

impl Project {
    /// Copies `tests/fixtures/<name>`. The shipped `common.ftl` labels are
    /// added for each locale that lacks its own, so fixtures hold only what
    /// they are about.
    pub fn fixture(name: &str) -> Project {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(&repo().join("tests/fixtures").join(name), dir.path());
        let locales = dir.path().join("locales");
        if locales.is_dir() {
            for lang in ["en", "es"] {
                let common = locales.join(lang).join("common.ftl");
                if locales.join(lang).is_dir() && !common.exists() {
                    std::fs::copy(repo().join("locales").join(lang).join("common.ftl"), common)
                        .unwrap();
                }
            }
        }
        Project { dir }
    }

    /// A copy of the shipped project (curricula, locales, templates, plans).
    pub fn shipped() -> Project {
        let dir = tempfile::tempdir().unwrap();
        for sub in ["curricula", "locales", "templates", "plans"] {
            let from = repo().join(sub);
            if from.is_dir() {
                copy_dir(&from, &dir.path().join(sub));
            }
        }
        Project { dir }
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).unwrap_or_else(|e| panic!("reading {rel}: {e}"))
    }

    pub fn write(&self, rel: &str, text: &str) {
        let p = self.path(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }

    pub fn write_bytes(&self, rel: &str, bytes: &[u8]) {
        let p = self.path(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, bytes).unwrap();
    }

    /// Replaces `from` by `to` in a file; panics if `from` is not there, so
    /// a test cannot silently stop testing anything.
    #[track_caller]
    pub fn edit(&self, rel: &str, from: &str, to: &str) {
        let text = self.read(rel);
        assert!(text.contains(from), "{rel} does not contain {from:?}");
        self.write(rel, &text.replacen(from, to, 1));
    }

    pub fn exists(&self, rel: &str) -> bool {
        self.path(rel).exists()
    }

    /// Runs `puente --root <project> <args>` with `cwd` at the project.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_env(args, &[])
    }

    pub fn run_env(&self, args: &[&str], env: &[(&str, &str)]) -> Run {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_puente"));
        cmd.current_dir(self.root())
            .arg("--root")
            .arg(self.root())
            .args(args);
        cmd.env("NO_COLOR", "1").env_remove("SOURCE_DATE_EPOCH");
        english(&mut cmd);
        for (k, v) in env {
            cmd.env(k, v);
        }
        let out = cmd.output().expect("running puente");
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }
}

/// Makes Puente's interface English whatever the machine's locale, as the
/// tests that read its sentences expect; a test of another interface
/// language sets `LANG` (or `--ui-lang`) after this.
pub fn english(cmd: &mut Command) -> &mut Command {
    cmd.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
}

/// A `puente serve` of a project on a free port, stopped when dropped.
pub struct Server {
    pub port: u16,
    child: std::process::Child,
}

impl Server {
    pub fn start(p: &Project) -> Server {
        Self::start_with(p, &[])
    }

    pub fn start_with(p: &Project, extra: &[&str]) -> Server {
        for _ in 0..5 {
            let port = std::net::TcpListener::bind("127.0.0.1:0")
                .unwrap()
                .local_addr()
                .unwrap()
                .port();
            let mut child = english(&mut Command::new(env!("CARGO_BIN_EXE_puente")))
                .arg("--root")
                .arg(p.root())
                .args(["serve", "--port", &port.to_string()])
                .args(extra)
                .env("NO_COLOR", "1")
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
                .expect("starting puente serve");
            let until = std::time::Instant::now() + std::time::Duration::from_secs(30);
            while std::time::Instant::now() < until {
                if let Ok(Some(_)) = child.try_wait() {
                    break; // the port was taken meanwhile: try another
                }
                if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                    return Server { port, child };
                }
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
            let _ = child.kill();
            let _ = child.wait();
        }
        panic!("puente serve did not start");
    }

    /// The address of `path` on this server.
    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    /// The server's peak resident memory so far, in MiB (Linux).
    pub fn peak_memory_mib(&self) -> Option<f64> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).ok()?;
        let kib: f64 = status
            .lines()
            .find(|l| l.starts_with("VmHWM:"))?
            .split_whitespace()
            .nth(1)?
            .parse()
            .ok()?;
        Some(kib / 1024.0)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
