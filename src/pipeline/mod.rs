//! The pipeline below every front end: select modules and languages,
//! localize, render HTML and PDF, assemble packets.
//!
//! Commands, the preview server and the site generator are thin callers of
//! these functions. They take a loaded [`Workspace`], a request, a
//! [`Progress`] and a [`Sink`]; they return diagnostics. They never print,
//! never read the environment and never decide exit codes: whatever a
//! front end needs from the environment (`SOURCE_DATE_EPOCH`, say) comes in
//! through [`Options`].
//!
//! Documents stream to the sink as they are rendered, in a fixed order, so
//! memory stays bounded however many modules and languages there are, and
//! the same inputs give the same files in the same order.

pub mod build;
pub mod docs;
pub mod editable;
pub mod html;
pub mod packet;
pub mod pdf;
pub mod select;

pub use crate::output::{Discard, OutputFile, Sink};
pub use crate::workspace::Workspace;

/// What the caller decides for a whole run.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Seconds since 1970 to stamp every PDF with (`SOURCE_DATE_EPOCH`);
    /// without it each document takes the date of its module or plan.
    pub source_date_epoch: Option<i64>,
    /// Identifies the build of Puente that runs (the binary's size and
    /// modification time), so that PDFs made by another build are never
    /// used again (see [`pdf::Reuse`]); `0` when unknown.
    pub build_id: u64,
}

/// Hears about rendering as it goes. The command line draws a progress bar
/// with it; the server and tests pass [`Silent`].
pub trait Progress: Sync {
    /// `total` documents are about to be rendered.
    fn begin(&self, _total: usize) {}
    /// One document is done.
    fn done(&self, _name: &str) {}
    /// One document is the same as in the last run, and its file was kept
    /// (see [`pdf::Reuse`]).
    fn kept(&self, name: &str) {
        self.done(name)
    }
    /// All of them are done.
    fn end(&self) {}
}

/// A [`Progress`] that ignores everything.
pub struct Silent;

impl Progress for Silent {}
