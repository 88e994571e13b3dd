//! Guides, handouts and pocket cards for modules × languages, at the paths
//! `build` writes (`<module>/<lang>/guide.html`, `…/guide.pdf`,
//! `…/handout-<id>.html`, `…/cards-<id>.pdf`, `<module>/<l1>+<l2>/` for
//! bilingual PDFs).

use std::path::PathBuf;

use unic_langid::LanguageIdentifier;

use super::docs::{localize_one, localize_traced, ModuleDocs};
use super::{html, pdf, select, Options, OutputFile, Progress, Sink};
use crate::diag::Diagnostics;
use crate::workspace::Workspace;

/// What to build.
#[derive(Debug, Clone)]
pub struct BuildRequest {
    /// Module ids; empty for all of them.
    pub modules: Vec<String>,
    pub langs: Vec<LanguageIdentifier>,
    pub html: bool,
    pub pdf: bool,
    /// DOCX and ODT, beside the others (`guide.docx`, `handout-<id>.odt`).
    pub editable: super::editable::Editable,
    /// `letter` or `a4`.
    pub paper: String,
    pub large_print: bool,
    /// Set the two languages side by side in the PDFs.
    pub bilingual: bool,
    pub options: Options,
}

/// The folder of one module's documents in one language, or two.
pub fn docs_dir(module: &str, langs: &[&LanguageIdentifier]) -> PathBuf {
    PathBuf::from(module).join(
        langs
            .iter()
            .map(|l| l.to_string())
            .collect::<Vec<_>>()
            .join("+"),
    )
}

/// Builds what `req` asks for into `sink`. Returns every problem found,
/// including the workspace's own; the caller must not publish what the sink
/// got when they hold an error.
pub fn build(
    ws: &Workspace,
    req: &BuildRequest,
    progress: &dyn Progress,
    sink: &mut dyn Sink,
) -> Result<Diagnostics, crate::Fatal> {
    let mut diags = ws.copy_diags();
    let modules = select::select_modules(&ws.project, &req.modules)?;
    if diags.has_errors() {
        return Ok(diags);
    }
    // Localize and render the HTML of each module on every core; hand the
    // pages to the sink in module order.
    let refs = super::editable::References::load(&ws.project.root, req.editable)?;
    let mut jobs = Vec::new();
    let mut failed: Option<crate::Fatal> = None;
    on_all_cores(
        modules.len(),
        |i, engines: &mut html::Engines| unit(ws, req, &refs, modules[i], engines),
        |(files, unit_jobs, local): Unit| {
            for d in local.items() {
                diags.push(d.clone());
            }
            if diags.has_errors() || failed.is_some() {
                return;
            }
            for f in files {
                if let Err(e) = sink.put(f) {
                    failed = Some(e);
                    return;
                }
            }
            jobs.extend(unit_jobs);
        },
    );
    if let Some(e) = failed {
        return Err(e);
    }
    if !diags.has_errors() && !jobs.is_empty() {
        pdf::render_all(
            ws.typst(),
            &ws.project.templates,
            &jobs,
            &ws.sources,
            progress,
            sink,
            &mut diags,
        )?;
    }
    Ok(diags)
}

/// One module: its HTML pages, the PDFs to render, and the problems found.
type Unit = (Vec<OutputFile>, Vec<pdf::PdfRequest>, Diagnostics);

fn unit(
    ws: &Workspace,
    req: &BuildRequest,
    refs: &super::editable::References,
    lm: &crate::curriculum::LoadedModule,
    engines: &mut html::Engines,
) -> Unit {
    let mut diags = Diagnostics::new();
    let plain = req.html || req.pdf;
    let docs: Vec<ModuleDocs> = if plain {
        req.langs
            .iter()
            .map(|lang| localize_one(&ws.project, lm, lang, &req.paper, &ws.sources, &mut diags))
            .collect()
    } else {
        Vec::new()
    };
    // The editable documents tag text that fell back with its language, so
    // they are made from a model with trace marks: localized a second time
    // when HTML or PDF is made too (what that finds has been reported).
    let mut again = Diagnostics::new();
    let marked: Vec<ModuleDocs> = if req.editable.any() {
        let d = if plain { &mut again } else { &mut diags };
        req.langs
            .iter()
            .map(|lang| localize_traced(&ws.project, lm, lang, &req.paper, &ws.sources, d))
            .collect()
    } else {
        Vec::new()
    };
    let mut files = Vec::new();
    let mut jobs = Vec::new();
    if diags.has_errors() {
        return (files, jobs, diags);
    }
    if req.html {
        for d in &docs {
            let dir = docs_dir(&lm.module.id, &[&d.lang]);
            files.extend(html::pages_with(
                engines,
                &ws.project,
                d,
                &|n| dir.join(n),
                &ws.sources,
                &mut diags,
            ));
        }
    }
    if req.editable.any() {
        for group in groups(&marked, req.bilingual) {
            let langs: Vec<&LanguageIdentifier> = group.iter().map(|d| &d.lang).collect();
            let dir = docs_dir(&lm.module.id, &langs);
            files.extend(super::editable::module_files(
                &lm.module,
                &group,
                req.editable,
                refs,
                req.options.source_date_epoch,
                &|name| dir.join(name),
            ));
        }
    }
    if req.pdf {
        for group in groups(&docs, req.bilingual) {
            let langs: Vec<&LanguageIdentifier> = group.iter().map(|d| &d.lang).collect();
            let dir = docs_dir(&lm.module.id, &langs);
            jobs.extend(pdf::requests_for(
                &lm.module,
                &group,
                &req.paper,
                req.large_print,
                req.options.source_date_epoch,
                &|name| dir.join(name),
            ));
        }
    }
    (files, jobs, diags)
}

/// The documents made together: all languages side by side when
/// bilingual, else each on its own.
fn groups(docs: &[ModuleDocs], bilingual: bool) -> Vec<Vec<&ModuleDocs>> {
    if bilingual {
        vec![docs.iter().collect()]
    } else {
        docs.iter().map(|d| vec![d]).collect()
    }
}

/// Runs `f(0..n)` on every core, each worker with its own `S`, and hands
/// each result to `deliver` in index order as soon as it and those before
/// it are done, so that only a few results wait in memory at a time.
///
/// One worker at a time delivers, outside the lock that holds the waiting
/// results: a worker that finishes while another is delivering (writing
/// files, say) leaves its result and goes on to the next item instead of
/// waiting for the writes.
pub fn on_all_cores<T: Send, S: Default>(
    n: usize,
    f: impl Fn(usize, &mut S) -> T + Sync,
    deliver: impl FnMut(T) + Send,
) {
    use std::collections::BTreeMap;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Mutex;
    struct Order<T> {
        next: usize,
        waiting: BTreeMap<usize, T>,
        /// A worker is handing results on.
        delivering: bool,
    }
    let next = AtomicUsize::new(0);
    let order = Mutex::new(Order {
        next: 0,
        waiting: BTreeMap::new(),
        delivering: false,
    });
    let deliver = Mutex::new(deliver);
    let workers = std::thread::available_parallelism()
        .map(|c| c.get())
        .unwrap_or(1)
        .clamp(1, n.max(1));
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                let mut state = S::default();
                loop {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    if i >= n {
                        break;
                    }
                    let r = f(i, &mut state);
                    let Ok(mut o) = order.lock() else {
                        return;
                    };
                    o.waiting.insert(i, r);
                    if o.delivering {
                        continue;
                    }
                    o.delivering = true;
                    loop {
                        let k = o.next;
                        let Some(r) = o.waiting.remove(&k) else {
                            o.delivering = false;
                            break;
                        };
                        o.next += 1;
                        drop(o);
                        if let Ok(mut d) = deliver.lock() {
                            (d)(r);
                        }
                        o = match order.lock() {
                            Ok(o) => o,
                            Err(_) => return,
                        };
                    }
                }
            });
        }
    });
}
