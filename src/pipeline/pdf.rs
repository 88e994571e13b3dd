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

/// PDFs an earlier run of the same command wrote into the same folder, to
/// be used again when everything that makes one is unchanged: a site
/// rebuilt after a one-message edit renders only the documents that edit
/// touches. Typst output is deterministic, so a PDF used again is the very
/// file a new render would give.
///
/// What was rendered is listed in a record kept next to the output folder
/// (not inside it, so the published folder holds only the site): for each
/// file, a SHA-256 of its inputs (the build of Puente, the templates, the
/// data, the timestamp) and of its bytes. A file is used again only when
/// both still match; anything else is rendered.
///
/// A file may also live inside a zip of the output folder (a packet of the
/// site, `packets/<plan>.zip`): its name then goes through the zip, as in
/// `packets/<plan>.zip/<plan>/1-run-sheet.pdf`, and the earlier file is
/// read from that entry. [`Reuse::within`] gives the view of one such
/// folder to a pipeline that names its files relative to it.
pub struct Reuse {
    /// Where the files of the last run are.
    dir: PathBuf,
    /// Identifies this build of Puente; `0` turns reuse off.
    build: u64,
    /// Put before every name asked about (see [`Reuse::within`]).
    prefix: String,
    old: std::sync::Arc<BTreeMap<String, Kept>>,
    new: std::sync::Arc<Mutex<BTreeMap<String, Kept>>>,
}

impl std::fmt::Debug for Reuse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Reuse")
            .field("dir", &self.dir)
            .field("kept", &self.old.len())
            .finish()
    }
}

#[derive(serde::Serialize, serde::Deserialize, Clone, PartialEq, Eq)]
struct Kept {
    inputs: String,
    pdf: String,
    pages: usize,
}

impl Reuse {
    /// Reads the record `record` of the files in `dir`. A missing or
    /// unreadable record means nothing is reused.
    pub fn load(record: &std::path::Path, dir: &std::path::Path, build: u64) -> Reuse {
        let old = std::fs::read(record)
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default();
        Reuse {
            dir: dir.to_path_buf(),
            build,
            prefix: String::new(),
            old: std::sync::Arc::new(old),
            new: Default::default(),
        }
    }

    /// Nothing to reuse, nothing recorded.
    pub fn none() -> Reuse {
        Reuse {
            dir: PathBuf::new(),
            build: 0,
            prefix: String::new(),
            old: Default::default(),
            new: Default::default(),
        }
    }

    /// The same record, for a pipeline whose file names are relative to
    /// `folder` (`packets/<plan>.zip/<plan>/`, ending in `/`). What it
    /// renders is recorded in this record.
    pub fn within(&self, folder: &str) -> Reuse {
        Reuse {
            dir: self.dir.clone(),
            build: self.build,
            prefix: format!("{}{folder}", self.prefix),
            old: self.old.clone(),
            new: self.new.clone(),
        }
    }

    /// How many pages the file `name` had in the last run, if it was
    /// rendered then.
    pub fn pages(&self, name: &str) -> Option<usize> {
        if self.build == 0 {
            return None;
        }
        self.old
            .get(&format!("{}{name}", self.prefix))
            .map(|k| k.pages)
    }

    /// The file `name` as the last run wrote it, when it was made from the
    /// same `inputs` by this build of Puente and is still what was written;
    /// otherwise what `make` gives. Either way this run records it. For
    /// files made from other files (a packet's zip from its PDFs), so that
    /// an unchanged rebuild does not make them again.
    pub fn or_make(
        &self,
        name: &str,
        inputs: &[&[u8]],
        make: impl FnOnce() -> Result<Vec<u8>, crate::Fatal>,
    ) -> Result<Vec<u8>, crate::Fatal> {
        if self.build == 0 {
            return make();
        }
        use sha2::Digest;
        let mut h = sha2::Sha256::new();
        h.update(self.build.to_le_bytes());
        for i in inputs {
            h.update((i.len() as u64).to_le_bytes());
            h.update(i);
        }
        let key = hex(&h.finalize());
        let bytes = match self.get(name, &key) {
            Some((bytes, _)) => bytes,
            None => make()?,
        };
        self.put(name, key, &bytes, 0);
        Ok(bytes)
    }

    /// The record of this run, to write next to the output folder once
    /// it is in place.
    pub fn record(&self) -> Vec<u8> {
        let new = self.new.lock().map(|m| m.clone()).unwrap_or_default();
        serde_json::to_vec_pretty(&new).expect("the record is plain data")
    }

    fn inputs(&self, templates: &str, job: &PdfRequest) -> String {
        use sha2::Digest;
        let mut h = sha2::Sha256::new();
        h.update(self.build.to_le_bytes());
        h.update(templates.as_bytes());
        h.update(job.main.as_bytes());
        h.update([0, job.accessible as u8]);
        h.update(format!("{:?}", job.timestamp).as_bytes());
        h.update(&job.data);
        hex(&h.finalize())
    }

    /// The earlier file for `job`, if its inputs are the same and it is
    /// still the file that was written.
    fn get(&self, name: &str, inputs: &str) -> Option<(Vec<u8>, usize)> {
        let name = format!("{}{name}", self.prefix);
        let kept = self.old.get(&name).filter(|k| k.inputs == inputs)?;
        let bytes = match name.split_once(".zip/") {
            Some((archive, entry)) => {
                use std::io::Read;
                let file = std::fs::File::open(self.dir.join(format!("{archive}.zip"))).ok()?;
                let mut zip = zip::ZipArchive::new(file).ok()?;
                let mut entry = zip.by_name(entry).ok()?;
                let mut bytes = Vec::new();
                entry.read_to_end(&mut bytes).ok()?;
                bytes
            }
            None => std::fs::read(self.dir.join(&name)).ok()?,
        };
        (sha256(&bytes) == kept.pdf).then_some((bytes, kept.pages))
    }

    fn put(&self, name: &str, inputs: String, bytes: &[u8], pages: usize) {
        if let Ok(mut m) = self.new.lock() {
            m.insert(
                format!("{}{name}", self.prefix),
                Kept {
                    inputs,
                    pdf: sha256(bytes),
                    pages,
                },
            );
        }
    }
}

fn sha256(bytes: &[u8]) -> String {
    use sha2::Digest;
    hex(&sha2::Sha256::digest(bytes))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
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
    render_all_reusing(
        typst,
        templates,
        jobs,
        sources,
        progress,
        sink,
        &Reuse::none(),
        diags,
    )
}

/// [`render_all`], taking what it can from an earlier run (see [`Reuse`]).
#[allow(clippy::too_many_arguments)]
pub fn render_all_reusing(
    typst: &Typst,
    templates: &[Template],
    jobs: &[PdfRequest],
    sources: &Sources,
    progress: &dyn Progress,
    sink: &mut dyn Sink,
    reuse: &Reuse,
    diags: &mut Diagnostics,
) -> Result<Vec<Option<usize>>, crate::Fatal> {
    // Every template, by name: a document may include any of them.
    let template_text = if reuse.build == 0 {
        String::new()
    } else {
        let mut all: Vec<(&str, &str)> = templates
            .iter()
            .map(|t| (t.name, sources.get(t.file).text.as_str()))
            .collect();
        all.sort();
        all.iter()
            .map(|(n, t)| format!("{n}\0{}\0{t}\0", t.len()))
            .collect::<String>()
    };
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
                let inputs = (reuse.build != 0).then(|| reuse.inputs(&template_text, job));
                let kept = inputs.as_ref().and_then(|k| reuse.get(&name, k));
                let (bytes, pages) = if let Some((bytes, pages)) = kept {
                    progress.kept(&name);
                    reuse.put(&name, inputs.unwrap_or_default(), &bytes, pages);
                    (Some(bytes), Some(pages))
                } else {
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
                    // A document that gave warnings is rendered again next
                    // time, so that they are shown again.
                    if let (Some(k), Some(r), true) = (inputs, &pdf, local.items().is_empty()) {
                        reuse.put(&name, k, &r.bytes, r.pages);
                    }
                    pdf.map(|r| (r.bytes, r.pages)).unzip()
                };
                let file = bytes.map(|bytes| OutputFile {
                    path: job.path.clone(),
                    bytes,
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
