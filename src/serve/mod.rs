//! `puente serve`: a live preview of the project, at the same paths as
//! `build` writes, for translators and authors.
//!
//! The model is mdBook's current design: an axum server, a file watcher
//! with a debouncer, and a broadcast channel that tells open pages to
//! reload. Three things differ:
//!
//! - **A page reloads only after the new build is complete.** The watcher
//!   thread builds a whole new [`Snapshot`] in memory and swaps it in; only
//!   then does it send the event (mdBook #862 and Zola #2626 reload too
//!   early and show a 404).
//! - **A broken file never blanks the page.** When the new build has errors,
//!   the last good pages stay, and the event carries the problems, which
//!   the page shows in an overlay with the same text `check` gives.
//! - **In-context mode.** Served HTML pages carry, around every string, the
//!   message id and `file:line` it came from (see [`context`]); a toggle in
//!   the page shows them.
//!
//! Only what an edit affects is rebuilt: each module × language remembers
//! a fingerprint of the files it was made from (its YAML, the Fluent files
//! of its fallback chain, the templates) and keeps its pages when that is
//! unchanged. PDFs are rendered on request, through a bounded pool, and
//! cached until an input changes.
//!
//! Nothing is ever read from disk to answer a request: every response
//! comes from the snapshot in memory, looked up by its exact path, so no
//! `..`, encoded slash or symlink can reach outside the project. The server
//! writes nothing into the project.

pub mod context;
mod http;
mod planner;
mod snapshot;

use std::path::PathBuf;
use std::sync::{Arc, RwLock};

use crate::render::pdf::Typst;

pub use http::router;
pub use snapshot::{Problem, Snapshot};

/// How the server is set up.
#[derive(Debug, Clone)]
pub struct Config {
    pub root: PathBuf,
    /// An "open in editor" link pattern, with `{path}`, `{line}` and
    /// `{col}` filled in, such as `vscode://file/{path}:{line}:{col}`.
    pub editor: Option<String>,
    /// PDFs rendered at the same time.
    pub pdf_workers: usize,
    /// PDF requests that may wait for a worker; more get 503.
    pub pdf_queue: usize,
    /// Packets the planner makes at the same time; more wait their turn.
    pub packet_workers: usize,
    /// What the packets are made with (`SOURCE_DATE_EPOCH`), as for
    /// `puente packet`.
    pub options: crate::pipeline::Options,
}

/// What the server tells open pages.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Update {
    /// The generation of the pages now served.
    pub generation: u64,
    /// Problems of the newest build; empty when it is clean.
    pub problems: Vec<Problem>,
}

/// The server's state, shared by every request and the watcher.
pub struct State {
    pub config: Config,
    typst: Arc<Typst>,
    snapshot: RwLock<Arc<Snapshot>>,
    events: tokio::sync::broadcast::Sender<Update>,
    pdf_slots: Arc<tokio::sync::Semaphore>,
    pdf_waiting: std::sync::atomic::AtomicUsize,
    packet_slots: Arc<tokio::sync::Semaphore>,
}

impl State {
    /// Loads the project and builds the first snapshot. Problems in the
    /// content do not stop it: the first page then shows them.
    pub fn new(config: Config) -> Arc<State> {
        let typst = Arc::new(Typst::new());
        let snapshot = Snapshot::build(&config, typst.clone(), None);
        let (events, _) = tokio::sync::broadcast::channel(16);
        Arc::new(State {
            pdf_slots: Arc::new(tokio::sync::Semaphore::new(config.pdf_workers.max(1))),
            pdf_waiting: std::sync::atomic::AtomicUsize::new(0),
            packet_slots: Arc::new(tokio::sync::Semaphore::new(config.packet_workers.max(1))),
            config,
            typst,
            snapshot: RwLock::new(Arc::new(snapshot)),
            events,
        })
    }

    pub fn snapshot(&self) -> Arc<Snapshot> {
        self.snapshot
            .read()
            .map(|s| s.clone())
            .unwrap_or_else(|e| e.into_inner().clone())
    }

    /// Rebuilds after a change and tells every open page.
    pub fn rebuild(&self) {
        let old = self.snapshot();
        let new = Arc::new(Snapshot::build(
            &self.config,
            self.typst.clone(),
            Some(&old),
        ));
        let update = new.update();
        match self.snapshot.write() {
            Ok(mut s) => *s = new,
            Err(e) => *e.into_inner() = new,
        }
        let _ = self.events.send(update);
    }

    pub fn subscribe(&self) -> tokio::sync::broadcast::Receiver<Update> {
        self.events.subscribe()
    }
}

/// Watches the project's inputs and rebuilds on every change, until the
/// returned watcher is dropped. Changes within `debounce` of each other
/// make one rebuild (an editor's save is often several events).
///
/// Only changes count: on Linux the watcher also reports every time a file
/// is opened or read, and a rebuild reads every file, so reacting to those
/// would rebuild forever. (notify's debouncers pass such events on without
/// their kind, so Puente debounces the filtered events itself.)
pub fn watch(
    state: Arc<State>,
    debounce: std::time::Duration,
) -> Result<notify::RecommendedWatcher, crate::Fatal> {
    use notify::{EventKind, RecursiveMode, Watcher};
    let root = state.config.root.clone();
    let (tx, rx) = std::sync::mpsc::channel::<()>();
    let mut watcher = notify::recommended_watcher(move |res: notify::Result<notify::Event>| {
        if let Ok(event) = res {
            if matches!(
                event.kind,
                EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_) | EventKind::Any
            ) {
                let _ = tx.send(());
            }
        }
    })
    .map_err(|e| crate::Fatal::io(&root, std::io::Error::other(e)))?;
    for dir in ["curricula", "locales", "templates", "plans"] {
        let path = root.join(dir);
        if path.is_dir() {
            watcher
                .watch(&path, RecursiveMode::Recursive)
                .map_err(|e| crate::Fatal::io(&path, std::io::Error::other(e)))?;
        }
    }
    std::thread::spawn(move || {
        while rx.recv().is_ok() {
            // Wait until the changes stop for `debounce`, then build once.
            while rx.recv_timeout(debounce).is_ok() {}
            state.rebuild();
        }
    });
    Ok(watcher)
}
