//! One file per subcommand. A command is a thin caller: it parses its
//! arguments, calls the library ([`crate::pipeline`], [`crate::workspace`],
//! the translator tools), prints, and returns the exit code. **No command
//! imports another**; what two commands share belongs to a module below
//! them (a test enforces this).

pub mod build;
pub mod check;
pub mod list;
pub mod packet;
pub mod review;
pub mod serve;
pub mod site;
pub mod status;
pub mod sync;

use crate::pipeline::{Options, Progress};

/// What the binary read from the environment, once, in `main`.
#[derive(Debug, Clone, Default)]
pub struct Env {
    /// `SOURCE_DATE_EPOCH`: the timestamp of every PDF.
    pub source_date_epoch: Option<i64>,
    /// `PUENTE_TEST_FAIL_AFTER_WRITES`: a test hook that makes writing fail
    /// after that many files, as a crash would.
    pub fail_after_writes: Option<usize>,
    /// See [`Options::build_id`].
    pub build_id: u64,
    /// `PUENTE_DICT_PATH`: folders with Hunspell dictionaries, searched
    /// after `check --dict` and before the system's.
    pub dict_path: Vec<std::path::PathBuf>,
}

impl Env {
    pub fn options(&self) -> Options {
        Options {
            source_date_epoch: self.source_date_epoch,
            build_id: self.build_id,
        }
    }
}

/// Progress on standard error: a bar on a terminal, a line per document
/// otherwise.
pub struct TermProgress {
    /// The bar of the current stage of rendering, on a terminal, when it
    /// has more than one document. A run may have several stages (the
    /// site renders each packet's documents, then its own): each `begin`
    /// starts a new bar.
    bar: std::sync::Mutex<Option<indicatif::ProgressBar>>,
}

impl TermProgress {
    pub fn new() -> TermProgress {
        TermProgress {
            bar: std::sync::Mutex::new(None),
        }
    }

    /// Moves the bar on, or without one prints `line`.
    fn step(&self, name: &str, line: impl FnOnce() -> crate::ui::Msg) {
        match self.bar.lock().ok().as_deref() {
            Some(Some(bar)) => {
                bar.set_message(name.to_string());
                bar.inc(1);
            }
            _ => eprintln!("{}", line()),
        }
    }
}

impl Default for TermProgress {
    fn default() -> Self {
        Self::new()
    }
}

impl Progress for TermProgress {
    fn begin(&self, total: usize) {
        use std::io::IsTerminal;
        let Ok(mut slot) = self.bar.lock() else {
            return;
        };
        if let Some(old) = slot.take() {
            old.finish_and_clear();
        }
        *slot = (std::io::stderr().is_terminal() && total > 1).then(|| {
            let bar = indicatif::ProgressBar::new(total as u64);
            bar.set_style(
                indicatif::ProgressStyle::with_template(&format!(
                    "{{bar:30}} {{pos}}/{{len}} {}  {{wide_msg}}",
                    crate::msg!("progress-bar-pdfs")
                ))
                .expect("a valid progress template"),
            );
            bar
        });
    }
    fn done(&self, name: &str) {
        self.step(name, || crate::msg!("progress-rendered", name = name))
    }
    fn kept(&self, name: &str) {
        self.step(name, || crate::msg!("progress-kept", name = name))
    }
    fn end(&self) {
        if let Some(bar) = self.bar.lock().ok().and_then(|mut b| b.take()) {
            bar.finish_and_clear();
        }
    }
}
