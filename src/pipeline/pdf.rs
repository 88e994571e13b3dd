//! PDF rendering for a whole run: every document on every core, each one
//! handed to the sink as soon as it and those before it are done, so the
//! sink sees the same order on every run and no more than a few finished
//! PDFs wait in memory.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Mutex;

use super::docs::ModuleDocs;
use super::Progress;
use crate::diag::Diagnostics;
use crate::l10n::Pseudo;
use crate::localize;
use crate::output::{OutputFile, Sink};
use crate::render::pdf::{PdfJob, Typst};
use crate::render::templates::Template;
use crate::source::Sources;

/// The data a PDF template reads from `/data.json`.
#[derive(serde::Serialize)]
pub struct PdfData<'a, T: serde::Serialize> {
    pub docs: Vec<&'a T>,
    pub paper: &'a str,
    pub large_print: bool,
}

/// A PDF to render: which template, with what data, written where.
pub struct PdfRequest {
    pub main: &'static str,
    pub data: Vec<u8>,
    pub path: PathBuf,
    pub timestamp: typst::foundations::Datetime,
    /// See [`crate::render::pdf::PdfJob::accessible`].
    pub accessible: bool,
}

/// The file name of a handout's PDF (`handout-<id>.pdf`, or `cards-<id>.pdf`
/// for pocket cards).
pub fn handout_name(h: &crate::curriculum::schema::Handout) -> String {
    format!(
        "{}-{}.pdf",
        if localize::is_card(h.kind) {
            "cards"
        } else {
            "handout"
        },
        h.id
    )
}

/// The PDFs of one module: its guide, then each handout (pocket cards as
/// N-up sheets). `group` holds one language, or two side by side. `path`
/// turns a file name (`guide.pdf`) into its output path.
pub fn requests_for(
    m: &crate::curriculum::Module,
    group: &[&ModuleDocs],
    paper: &str,
    large_print: bool,
    epoch: Option<i64>,
    path: &dyn Fn(&str) -> PathBuf,
) -> Vec<PdfRequest> {
    let timestamp =
        crate::render::pdf::timestamp(epoch, crate::curriculum::parse_date(&m.current_as_of));
    let accessible = group.iter().all(|l| Pseudo::from_lang(&l.lang).is_none());
    let mut jobs = vec![PdfRequest {
        main: "guide.typ",
        data: serde_json::to_vec(&PdfData {
            docs: group.iter().map(|l| &l.guide).collect(),
            paper,
            large_print,
        })
        .expect("the localized model is plain data"),
        path: path("guide.pdf"),
        timestamp,
        accessible,
    }];
    for (i, h) in m.handouts.iter().enumerate() {
        let card = localize::is_card(h.kind);
        jobs.push(PdfRequest {
            main: if card { "cards.typ" } else { "handout.typ" },
            data: serde_json::to_vec(&PdfData {
                docs: group.iter().map(|l| &l.handouts[i]).collect(),
                paper,
                large_print,
            })
            .expect("the localized model is plain data"),
            path: path(&handout_name(h)),
            timestamp,
            accessible,
        });
    }
    jobs
}

/// Finished documents waiting for the ones before them.
struct InOrder<'s> {
    next: usize,
    waiting: BTreeMap<usize, Option<OutputFile>>,
    sink: &'s mut dyn Sink,
    failed: Option<crate::Fatal>,
}

impl InOrder<'_> {
    fn arrive(&mut self, i: usize, file: Option<OutputFile>) {
        self.waiting.insert(i, file);
        while let Some(file) = self.waiting.remove(&self.next) {
            self.next += 1;
            if let (Some(f), None) = (file, &self.failed) {
                if let Err(e) = self.sink.put(f) {
                    self.failed = Some(e);
                }
            }
        }
    }
}

/// Renders every request on all cores and hands each PDF to `sink` in the
/// order of `jobs`. Returns each document's page count (`None` where it
/// failed, with the reason in `diags`). An I/O error from the sink stops
/// the run.
pub fn render_all(
    typst: &Typst,
    templates: &[Template],
    jobs: &[PdfRequest],
    sources: &Sources,
    progress: &dyn Progress,
    sink: &mut dyn Sink,
    diags: &mut Diagnostics,
) -> Result<Vec<Option<usize>>, crate::Fatal> {
    progress.begin(jobs.len());
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    let order = Mutex::new(InOrder {
        next: 0,
        waiting: BTreeMap::new(),
        sink,
        failed: None,
    });
    let results: Mutex<Vec<(usize, Option<usize>, Diagnostics)>> = Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .clamp(1, jobs.len().max(1));
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                if stop.load(Ordering::SeqCst) {
                    break;
                }
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(job) = jobs.get(i) else { break };
                let name = job.path.to_string_lossy().replace('\\', "/");
                let mut local = Diagnostics::new();
                let pdf = crate::render::pdf::render(
                    typst,
                    templates,
                    &PdfJob {
                        main: job.main,
                        data: job.data.clone(),
                        ident: format!("puente/{name}"),
                        timestamp: job.timestamp,
                        name: &name,
                        accessible: job.accessible,
                    },
                    sources,
                    &mut local,
                );
                progress.done(&name);
                let pages = pdf.as_ref().map(|r| r.pages);
                let file = pdf.map(|r| OutputFile {
                    path: job.path.clone(),
                    bytes: r.bytes,
                });
                if let Ok(mut o) = order.lock() {
                    o.arrive(i, file);
                    if o.failed.is_some() {
                        stop.store(true, Ordering::SeqCst);
                    }
                }
                if let Ok(mut r) = results.lock() {
                    r.push((i, pages, local));
                }
            });
        }
    });
    progress.end();
    if let Some(e) = order.into_inner().ok().and_then(|o| o.failed) {
        return Err(e);
    }
    let mut results = results.into_inner().unwrap_or_default();
    results.sort_by_key(|r| r.0);
    let mut pages = Vec::with_capacity(jobs.len());
    for (_, p, local) in results {
        for d in local.items() {
            diags.push(d.clone());
        }
        pages.push(p);
    }
    Ok(pages)
}
