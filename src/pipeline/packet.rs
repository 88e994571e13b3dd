//! A workshop packet: one plan in, every file of the packet out (README,
//! run sheet, materials checklist, print list, and the guides, handouts and
//! cards as the plan runs them).

use std::collections::BTreeMap;
use std::path::PathBuf;

use super::docs::{localize_one_with, localize_traced_with, ModuleDocs};
use super::pdf::{self, PdfRequest};
use super::{select, Discard, Options, Progress, Sink};
use crate::curriculum::LoadedModule;
use crate::diag::{Diagnostic, Diagnostics};
use crate::l10n::Localizer;
use crate::output::OutputFile;
use crate::packet::model::{self, Inputs, PacketDoc, PrintName, Printable};
use crate::packet::{plan, schedule};
use crate::render::html::Engine;
use crate::source::Sources;
use crate::workspace::Workspace;

/// Pocket cards on one sheet (see templates/cards.typ).
const CARDS_PER_SHEET: u32 = 10;

/// What to make of a plan.
#[derive(Debug, Clone, Copy, Default)]
pub struct PacketRequest {
    pub html: bool,
    pub pdf: bool,
    /// DOCX and ODT of the run sheet, checklist and print list (editable
    /// tables) and of the guides and handouts.
    pub editable: super::editable::Editable,
    pub large_print: bool,
    pub options: Options,
}

/// The data `templates/packet.typ` reads.
#[derive(serde::Serialize)]
struct PacketData<'a> {
    doc: &'a str,
    docs: Vec<&'a PacketDoc>,
    paper: &'a str,
    large_print: bool,
}

/// The packet's own sheets, in the order of the print list.
const SHEETS: [&str; 3] = [
    "1-run-sheet.pdf",
    "2-materials-checklist.pdf",
    "3-print-list.pdf",
];

/// Makes every file of the packet into `sink`, documents streaming out as
/// they are rendered. Returns the packet's folder name, or `None` when a
/// problem was found (it is in `diags`, and the caller must not publish
/// what the sink got).
pub fn packet(
    ws: &Workspace,
    lp: &plan::LoadedPlan,
    req: &PacketRequest,
    progress: &dyn Progress,
    sink: &mut dyn Sink,
    diags: &mut Diagnostics,
) -> Result<Option<String>, crate::Fatal> {
    let renders = Renders {
        reuse: &pdf::Reuse::none(),
        progress,
        sheets: &super::Silent,
    };
    make(ws, lp, req, &renders, sink, diags)
}

/// [`packet`] inside a bigger run (the site): every PDF whose inputs are
/// those of the last run is taken from it (`reuse`, seen from the packet's
/// own folder: see [`pdf::Reuse::within`]), and the packet's own sheets are
/// reported to `progress` too. The files are the same as [`packet`]'s.
pub fn packet_reusing(
    ws: &Workspace,
    lp: &plan::LoadedPlan,
    req: &PacketRequest,
    reuse: &pdf::Reuse,
    progress: &dyn Progress,
    sink: &mut dyn Sink,
    diags: &mut Diagnostics,
) -> Result<Option<String>, crate::Fatal> {
    let renders = Renders {
        reuse,
        progress,
        sheets: progress,
    };
    make(ws, lp, req, &renders, sink, diags)
}

/// How a packet's PDFs are rendered.
struct Renders<'a> {
    reuse: &'a pdf::Reuse,
    /// Hears about the guides, handouts and cards.
    progress: &'a dyn Progress,
    /// Hears about the run sheet, checklist, print list and directory.
    sheets: &'a dyn Progress,
}

/// A [`Progress`] that passes everything on and counts the documents kept
/// from the last run.
struct CountKept<'a> {
    inner: &'a dyn Progress,
    kept: std::sync::atomic::AtomicUsize,
}

impl Progress for CountKept<'_> {
    fn begin(&self, total: usize) {
        self.inner.begin(total)
    }
    fn done(&self, name: &str) {
        self.inner.done(name)
    }
    fn kept(&self, name: &str) {
        self.kept.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        self.inner.kept(name)
    }
    fn end(&self) {
        self.inner.end()
    }
}

fn make(
    ws: &Workspace,
    lp: &plan::LoadedPlan,
    req: &PacketRequest,
    renders: &Renders,
    sink: &mut dyn Sink,
    diags: &mut Diagnostics,
) -> Result<Option<String>, crate::Fatal> {
    let reuse = renders.reuse;
    let progress = renders.progress;
    let project = &ws.project;
    let sources = &ws.sources;
    let epoch = req.options.source_date_epoch;
    let plan = &lp.plan;
    let Ok(langs) = select::parse_langs(&plan.languages) else {
        // Plan validation has already reported the bad tag.
        return Ok(None);
    };
    let days = schedule::schedule(plan, project);
    overrun_diagnostics(lp, &days, sources, diags);

    let (runs, modules) = collect_runs(plan, project);

    let paper = plan.paper.as_str();
    let localized: Vec<Vec<ModuleDocs>> = modules
        .iter()
        .map(|lm| {
            langs
                .iter()
                .map(|lang| {
                    localize_one_with(
                        project,
                        lm,
                        lang,
                        paper,
                        plan.local.as_ref(),
                        sources,
                        diags,
                    )
                })
                .collect()
        })
        .collect();
    if diags.has_errors() {
        return Ok(None);
    }

    // Guides, handouts and cards: rendered always (the print list needs
    // their page counts), written when PDF is asked for.
    let mut jobs: Vec<PdfRequest> = Vec::new();
    for (lm, per_lang) in modules.iter().zip(&localized) {
        let group: Vec<&ModuleDocs> = per_lang.iter().collect();
        let id = lm.module.id.clone();
        jobs.extend(pdf::requests_for(
            &lm.module,
            &group,
            paper,
            req.large_print,
            epoch,
            &|file| {
                PathBuf::from(match file {
                    "guide.pdf" => format!("4-guide-{id}.pdf"),
                    other => format!("5-{id}-{other}"),
                })
            },
        ));
    }
    // Module documents go to the sink as they are rendered; only their
    // page counts stay.
    let mut discard = Discard;
    let module_sink: &mut dyn Sink = if req.pdf { &mut *sink } else { &mut discard };
    let pages = pdf::render_all_reusing(
        ws.typst(),
        &project.templates,
        &jobs,
        sources,
        progress,
        module_sink,
        reuse,
        diags,
    )?;
    if diags.has_errors() {
        return Ok(None);
    }
    let Some(pages) = pages.into_iter().collect::<Option<Vec<usize>>>() else {
        return Ok(None);
    };
    let rendered: Vec<(PathBuf, usize)> = jobs.iter().map(|j| j.path.clone()).zip(pages).collect();

    let bilingual = langs.len() > 1;
    let Some((mut printables, module_files)) = printables_for(&modules, plan, bilingual, &rendered)
    else {
        return Ok(None);
    };

    let materials = model::material_totals(plan, &runs);
    let module_list: Vec<crate::curriculum::Module> =
        modules.iter().map(|m| m.module.clone()).collect();

    // Local details fill the placeholders the run sheet shows too: the
    // terms of every module for the plan's own text, each module's own for
    // its titles.
    let local = plan.local.as_ref();
    let all_terms = crate::packet::local::all_terms(modules.iter().map(|m| &m.module));
    let fill = |lang, terms| {
        local
            .and_then(|l| crate::packet::local::term_resource_for(&project.locales, lang, terms, l))
    };
    let plan_terms: Vec<_> = langs.iter().map(|lang| fill(lang, &all_terms)).collect();
    let module_terms: Vec<Vec<_>> = langs
        .iter()
        .map(|lang| {
            modules
                .iter()
                .map(|m| fill(lang, &m.module.local_terms))
                .collect()
        })
        .collect();

    // Localizers per language: common + plans.ftl, and one per module.
    let plan_l10n: Vec<Localizer> = langs
        .iter()
        .zip(&plan_terms)
        .map(|(lang, terms)| {
            let mut l = Localizer::new(&project.locales, lang, Some("plans"), None, diags);
            if let Some(t) = terms {
                l.fill_terms(t);
            }
            l
        })
        .collect();
    let module_l10n: Vec<BTreeMap<String, Localizer>> = langs
        .iter()
        .zip(&module_terms)
        .map(|(lang, terms)| {
            modules
                .iter()
                .zip(terms)
                .map(|(m, terms)| {
                    let mut l = Localizer::new(
                        &project.locales,
                        lang,
                        Some(&m.module.id),
                        None,
                        &mut Diagnostics::new(),
                    );
                    if let Some(t) = terms {
                        l.fill_terms(t);
                    }
                    (m.module.id.clone(), l)
                })
                .collect()
        })
        .collect();

    // What is left to fill in by hand, per language.
    let write_ins: Vec<Vec<crate::packet::local::WriteIn>> = (0..langs.len())
        .map(|i| {
            let mut out: Vec<crate::packet::local::WriteIn> = Vec::new();
            for ((lm, per_lang), files) in modules.iter().zip(&localized).zip(&module_files) {
                let Some(l10n) = module_l10n[i].get(&lm.module.id) else {
                    continue;
                };
                let docs = &per_lang[i];
                for w in crate::packet::local::write_ins(
                    &lm.module,
                    local,
                    l10n,
                    &docs.guide,
                    &docs.handouts,
                    files,
                ) {
                    match out.iter_mut().find(|x| x.text == w.text) {
                        Some(x) => x.files.extend(w.files),
                        None => out.push(w),
                    }
                }
            }
            out
        })
        .collect();

    let make_docs = |printables: &[Printable]| -> Vec<PacketDoc> {
        plan_l10n
            .iter()
            .zip(&module_l10n)
            .zip(&write_ins)
            .map(|((l10n, ml), write_ins)| {
                let inputs = Inputs {
                    plan,
                    days: &days,
                    modules: &module_list,
                    materials: &materials,
                    printables,
                    module_l10n: ml,
                    labels: crate::localize::labels(l10n, &project.locales),
                    write_ins,
                };
                model::localize(l10n, &inputs)
            })
            .collect()
    };
    let timestamp = crate::render::pdf::timestamp(
        epoch,
        plan.days
            .first()
            .and_then(|d| crate::curriculum::parse_date(&d.date)),
    );
    let packet_job = |doc: &str, docs: &[PacketDoc], file: &str| PdfRequest {
        main: "packet.typ",
        data: serde_json::to_vec(&PacketData {
            doc,
            docs: docs.iter().collect(),
            paper,
            large_print: req.large_print,
        })
        .expect("the packet model is plain data"),
        path: PathBuf::from(file),
        timestamp,
        accessible: true,
    };

    // The support directory: one page, a copy for each participant.
    let mut directory: Vec<OutputFile> = Vec::new();
    if local.is_some() {
        let docs = make_docs(&printables);
        let job = PdfRequest {
            main: "directory.typ",
            data: serde_json::to_vec(&pdf::PdfData {
                docs: docs.iter().filter_map(|d| d.directory.as_ref()).collect(),
                paper,
                large_print: req.large_print,
            })
            .expect("the directory model is plain data"),
            path: PathBuf::from(crate::packet::local::DIRECTORY_FILE),
            timestamp,
            accessible: true,
        };
        let pages = pdf::render_all_reusing(
            ws.typst(),
            &project.templates,
            std::slice::from_ref(&job),
            sources,
            renders.sheets,
            &mut directory,
            reuse,
            diags,
        )?;
        let Some(Some(pages)) = pages.first().copied() else {
            return Ok(None);
        };
        if let Some(d) = crate::packet::local::directory_too_long(lp, pages, sources) {
            diags.push(d);
            return Ok(None);
        }
        printables.push(crate::packet::local::directory_printable(
            plan,
            pages as u32,
        ));
    }

    // The packet's own documents. The print list counts its own pages, so
    // render until the count it prints is the count it has, starting from
    // one page each.
    let own_jobs = |docs: &[PacketDoc]| {
        ["run-sheet", "checklist", "print-list"]
            .iter()
            .zip(SHEETS)
            .map(|(doc, file)| packet_job(doc, docs, file))
            .collect::<Vec<_>>()
    };
    let mut own: Vec<OutputFile> = Vec::new();
    // With a record of the last run, try the page counts it ended with
    // first. When all three sheets are kept, their inputs are those of the
    // last run's final round, which started from one page each with the
    // same inputs: this round is where a run from one page would end, so
    // it is the last. Otherwise start from one page each, so that the same
    // inputs always give the same packet.
    let recorded: Option<Vec<usize>> = SHEETS.iter().map(|f| reuse.pages(f)).collect();
    let mut settled = false;
    if let Some(recorded) = recorded {
        let mut trial = printables.clone();
        for (p, pages) in trial.iter_mut().zip(recorded) {
            p.pages = pages as u32;
        }
        let counting = CountKept {
            inner: renders.sheets,
            kept: Default::default(),
        };
        let mut scratch = Diagnostics::new();
        pdf::render_all_reusing(
            ws.typst(),
            &project.templates,
            &own_jobs(&make_docs(&trial)),
            sources,
            &counting,
            &mut own,
            reuse,
            &mut scratch,
        )?;
        if counting.kept.into_inner() == SHEETS.len() && own.len() == SHEETS.len() {
            printables = trial;
            settled = true;
        }
    }
    let rounds = if settled { 0 } else { 3 };
    for _ in 0..rounds {
        let docs = make_docs(&printables);
        own.clear();
        let pages = pdf::render_all_reusing(
            ws.typst(),
            &project.templates,
            &own_jobs(&docs),
            sources,
            renders.sheets,
            &mut own,
            reuse,
            diags,
        )?;
        if diags.has_errors() || own.len() != 3 {
            return Ok(None);
        }
        let mut changed = false;
        for (p, pages) in printables.iter_mut().zip(&pages) {
            let pages = pages.unwrap_or(0) as u32;
            if p.pages != pages {
                p.pages = pages;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let docs = make_docs(&printables);

    let readme: String = plan_l10n
        .iter()
        .zip(&docs)
        .map(|(l10n, d)| model::readme(l10n, d))
        .collect::<Vec<_>>()
        .join("\n\n");
    sink.put(OutputFile {
        path: "README.txt".into(),
        bytes: readme.into_bytes(),
    })?;
    if req.pdf {
        for f in own.into_iter().chain(directory) {
            sink.put(f)?;
        }
    }
    if req.editable.any() {
        // The editable guides and handouts tag text that fell back with its
        // language, so they are made from models with trace marks (what
        // localizing finds has been reported above).
        let marked: Vec<Vec<ModuleDocs>> = modules
            .iter()
            .map(|lm| {
                langs
                    .iter()
                    .map(|lang| {
                        localize_traced_with(
                            project,
                            lm,
                            lang,
                            paper,
                            plan.local.as_ref(),
                            sources,
                            &mut Diagnostics::new(),
                        )
                    })
                    .collect()
            })
            .collect();
        editable_files(
            project,
            &modules,
            &marked,
            &docs,
            req,
            timestamp_stamp(epoch, plan),
            sink,
        )?;
    }
    if req.html {
        for (i, doc) in docs.iter().enumerate() {
            let suffix = if bilingual {
                format!(".{}", langs[i])
            } else {
                String::new()
            };
            let Some(engine) = Engine::new(&project.templates, doc.labels.clone(), sources, diags)
            else {
                return Ok(None);
            };
            let Some(html) = engine.render("packet.html", doc, &project.templates, sources, diags)
            else {
                return Ok(None);
            };
            sink.put(OutputFile {
                path: format!("0-packet{suffix}.html").into(),
                bytes: html.into_bytes(),
            })?;
            for (m, per_lang) in modules.iter().zip(&localized) {
                let l = &per_lang[i];
                if let Some(h) = engine.guide(&l.guide, &project.templates, sources, diags) {
                    sink.put(OutputFile {
                        path: format!("4-guide-{}{suffix}.html", m.module.id).into(),
                        bytes: h.into_bytes(),
                    })?;
                }
                for d in &l.handouts {
                    if let Some(h) = engine.handout(d, &project.templates, sources, diags) {
                        sink.put(OutputFile {
                            path: format!(
                                "5-{}-handout-{}{suffix}.html",
                                m.module.id, d.handout.id
                            )
                            .into(),
                            bytes: h.into_bytes(),
                        })?;
                    }
                }
            }
        }
    }
    if diags.has_errors() {
        return Ok(None);
    }
    Ok(Some(lp.name.clone()))
}

/// Every run of a module as the plan has it (a module may run on more than
/// one day, with different cuts), and each module once for its guide and
/// handouts: as first run, plus any handout a later run uses.
fn collect_runs(
    plan: &plan::Plan,
    project: &crate::project::Project,
) -> (Vec<crate::curriculum::Module>, Vec<LoadedModule>) {
    let mut runs: Vec<crate::curriculum::Module> = Vec::new();
    let mut modules: Vec<LoadedModule> = Vec::new();
    for (item, applied) in schedule::runs(plan, project) {
        let Some(lm) = item.module.as_deref().and_then(|id| project.module(id)) else {
            continue;
        };
        match modules.iter_mut().find(|m| m.module.id == lm.module.id) {
            Some(first) => {
                for h in &lm.module.handouts {
                    let used_now = applied.handouts.iter().any(|x| x.id == h.id);
                    if used_now && first.module.handouts.iter().all(|x| x.id != h.id) {
                        first.module.handouts.push(h.clone());
                    }
                }
                // Keep the module's own order.
                let order: Vec<&str> = lm.module.handouts.iter().map(|h| h.id.as_str()).collect();
                first
                    .module
                    .handouts
                    .sort_by_key(|h| order.iter().position(|o| *o == h.id));
            }
            None => modules.push(LoadedModule {
                module: applied.clone(),
                file: lm.file,
                dir: lm.dir.clone(),
            }),
        }
        runs.push(applied);
    }
    (runs, modules)
}

/// The print list's entries: the packet's own sheets, then each module's
/// guide and handouts with the pages they rendered to (`rendered`, in the
/// order of the modules, guide first), and each module's file names.
#[allow(clippy::type_complexity)]
fn printables_for(
    modules: &[LoadedModule],
    plan: &plan::Plan,
    bilingual: bool,
    rendered: &[(PathBuf, usize)],
) -> Option<(Vec<Printable>, Vec<Vec<String>>)> {
    let guide_copies = (plan.facilitators.len() as u32).max(1);
    let handout_copies = plan.participants + plan.spares;
    let mut printables = vec![
        Printable {
            name: PrintName::Label("ui-run-sheet"),
            file: "1-run-sheet.pdf".into(),
            pages: 1,
            copies: guide_copies,
            double_sided: false,
        },
        Printable {
            name: PrintName::Label("ui-materials-checklist"),
            file: "2-materials-checklist.pdf".into(),
            pages: 1,
            copies: 1,
            double_sided: false,
        },
        Printable {
            name: PrintName::Label("ui-print-list"),
            file: "3-print-list.pdf".into(),
            pages: 1,
            copies: 1,
            double_sided: false,
        },
    ];
    let mut rendered_iter = rendered.iter();
    // Each module's file names, guide first, for the write-in list.
    let mut module_files: Vec<Vec<String>> = Vec::new();
    for lm in modules {
        let m = &lm.module;
        let (file, pages) = rendered_iter.next()?;
        module_files.push(vec![file.to_string_lossy().into_owned()]);
        printables.push(Printable {
            name: PrintName::Guide {
                module: m.id.clone(),
            },
            file: file.to_string_lossy().into_owned(),
            pages: *pages as u32,
            copies: guide_copies,
            double_sided: true,
        });
        for h in &m.handouts {
            let (file, pages) = rendered_iter.next()?;
            if let Some(f) = module_files.last_mut() {
                f.push(file.to_string_lossy().into_owned());
            }
            let card = crate::localize::is_card(h.kind);
            printables.push(Printable {
                name: PrintName::Handout {
                    module: m.id.clone(),
                    handout: h.id.clone(),
                },
                file: file.to_string_lossy().into_owned(),
                pages: *pages as u32,
                copies: if card {
                    handout_copies.div_ceil(CARDS_PER_SHEET)
                } else {
                    handout_copies
                },
                // Cards carry the second language on the back; readings
                // print on both sides; worksheets on one, to write on.
                double_sided: if card {
                    bilingual
                } else {
                    h.kind != crate::curriculum::schema::HandoutKind::Worksheet
                },
            });
        }
    }

    Some((printables, module_files))
}

/// The run sheet, materials checklist and print list of a plan in each of
/// its languages, without rendering a document: what the planner's live
/// preview shows. The print list's page counts are not known without
/// rendering, so they are 0; the copies are the packet's.
pub fn preview(ws: &Workspace, lp: &plan::LoadedPlan) -> Option<Vec<PacketDoc>> {
    let langs = select::parse_langs(&lp.plan.languages).ok()?;
    let mut quiet = Diagnostics::new();
    langs
        .iter()
        .map(|lang| {
            let l10n = Localizer::new(&ws.project.locales, lang, Some("plans"), None, &mut quiet);
            sketch(ws, lp, &l10n, langs.len() > 1)
        })
        .collect()
}

/// What the site says about a plan's packet, in the language of a page of
/// the site (which need not be one of the plan's).
#[derive(Debug, Clone)]
pub struct Outline {
    pub title: String,
    /// The names of the packet's languages, the primary one first.
    pub languages: Vec<String>,
    /// Each day as the run sheet heads it, with its clock times and length.
    pub days: Vec<String>,
    /// How many participants, in how many small groups.
    pub participants: String,
}

/// The [`Outline`] of a plan's packet, in the language of `l10n` (a
/// localizer for the common labels and `plans.ftl`; traced, when the caller
/// marks what fell back to English).
pub fn outline(ws: &Workspace, lp: &plan::LoadedPlan, l10n: &Localizer) -> Option<Outline> {
    let langs = select::parse_langs(&lp.plan.languages).ok()?;
    let doc = sketch(ws, lp, l10n, langs.len() > 1)?;
    let days = schedule::schedule(&lp.plan, &ws.project);
    Some(Outline {
        title: doc.meta.title,
        languages: langs
            .iter()
            .map(|l| crate::packet::local::language_name(l10n, &l.to_string()))
            .collect(),
        days: doc
            .days
            .iter()
            .zip(&days)
            .map(|(view, day)| {
                format!(
                    "{} · {}–{} ({})",
                    view.heading,
                    model::clock(l10n, day.start),
                    view.end,
                    crate::localize::duration(l10n, day.end().saturating_sub(day.start))
                )
            })
            .collect(),
        participants: doc.meta.participants_label,
    })
}

/// The packet's own documents' model in the language of `l10n`, without
/// rendering anything (page counts are 0).
fn sketch(
    ws: &Workspace,
    lp: &plan::LoadedPlan,
    l10n: &Localizer,
    bilingual: bool,
) -> Option<PacketDoc> {
    let project = &ws.project;
    let plan = &lp.plan;
    let lang = l10n.requested();
    let days = schedule::schedule(plan, project);
    let (runs, modules) = collect_runs(plan, project);
    let mut rendered: Vec<(PathBuf, usize)> = Vec::new();
    for lm in &modules {
        let id = &lm.module.id;
        rendered.push((format!("4-guide-{id}.pdf").into(), 0));
        for h in &lm.module.handouts {
            rendered.push((format!("5-{id}-handout-{}.pdf", h.id).into(), 0));
        }
    }
    let (printables, _) = printables_for(&modules, plan, bilingual, &rendered)?;
    let materials = model::material_totals(plan, &runs);
    let module_list: Vec<crate::curriculum::Module> =
        modules.iter().map(|m| m.module.clone()).collect();
    let mut quiet = Diagnostics::new();
    let ml: BTreeMap<String, Localizer> = modules
        .iter()
        .map(|m| {
            (
                m.module.id.clone(),
                Localizer::new(&project.locales, lang, Some(&m.module.id), None, &mut quiet),
            )
        })
        .collect();
    let inputs = Inputs {
        plan,
        days: &days,
        modules: &module_list,
        materials: &materials,
        printables: &printables,
        module_l10n: &ml,
        labels: crate::localize::labels(l10n, &project.locales),
        write_ins: &[],
    };
    Some(model::localize(l10n, &inputs))
}

fn timestamp_stamp(epoch: Option<i64>, plan: &plan::Plan) -> crate::render::doc_model::Stamp {
    crate::render::doc_model::Stamp::new(
        epoch,
        plan.days
            .first()
            .and_then(|d| crate::curriculum::parse_date(&d.date)),
    )
}

/// The packet's sheets, guides and handouts as DOCX and ODT, at the PDFs'
/// names; two languages side by side in a bilingual packet. `localized`
/// holds the modules' models with trace marks, per language.
fn editable_files(
    project: &crate::project::Project,
    modules: &[LoadedModule],
    localized: &[Vec<ModuleDocs>],
    docs: &[PacketDoc],
    req: &PacketRequest,
    stamp: crate::render::doc_model::Stamp,
    sink: &mut dyn Sink,
) -> Result<(), crate::Fatal> {
    use super::editable::{self, References};
    use crate::render::doc_build::{self, Sheet};
    use crate::render::doc_model::Document;
    let refs = References::load(&project.root, req.editable)?;
    for (sheet, name) in [
        (Sheet::RunSheet, "1-run-sheet"),
        (Sheet::Checklist, "2-materials-checklist"),
        (Sheet::PrintList, "3-print-list"),
    ] {
        let mut per_lang = docs.iter().map(|d| doc_build::sheet(d, sheet, stamp));
        let Some(first) = per_lang.next() else {
            continue;
        };
        let doc = match per_lang.next() {
            Some(second) => Document::side_by_side(first, second),
            None => first,
        };
        for f in editable::files(&doc, req.editable, &refs, name, &|n| PathBuf::from(n)) {
            sink.put(f)?;
        }
    }
    for (lm, per_lang) in modules.iter().zip(localized) {
        let group: Vec<&ModuleDocs> = per_lang.iter().collect();
        let id = &lm.module.id;
        for f in editable::module_files(
            &lm.module,
            &group,
            req.editable,
            &refs,
            req.options.source_date_epoch,
            &|file| {
                PathBuf::from(match file.strip_prefix("guide.") {
                    Some(ext) => format!("4-guide-{id}.{ext}"),
                    None => format!("5-{id}-{file}"),
                })
            },
        ) {
            sink.put(f)?;
        }
    }
    Ok(())
}

/// A day that runs past its hard end is a warning at the day's end time,
/// naming the optional activities that would recover it. `packet` and
/// `check` give the same one.
pub fn overrun_diagnostics(
    lp: &plan::LoadedPlan,
    days: &[schedule::ScheduledDay],
    sources: &Sources,
    diags: &mut Diagnostics,
) {
    let text = &sources.get(lp.file).text;
    let mut from = 0;
    for (day, plan_day) in days.iter().zip(&lp.plan.days) {
        let date_at = text[from..]
            .find(&plan_day.date)
            .map(|i| from + i)
            .unwrap_or(0);
        from = date_at;
        let Some(o) = &day.overrun else { continue };
        let end = plan_day.end.as_deref().unwrap_or("");
        let span = crate::curriculum::locate_key(text, date_at, "end")
            .map(|k| {
                let v = text[k.end..]
                    .find(end)
                    .map(|i| k.end + i)
                    .unwrap_or(k.start);
                v..v + end.len()
            })
            .unwrap_or(0..0);
        let mut d = Diagnostic::warning(
            "plan-overrun",
            crate::msg!(
                "plan-overrun",
                date = &plan_day.date,
                minutes = o.minutes,
                end = end,
                ends = crate::localize::clock(day.end())
            ),
        )
        .at(lp.file, span, crate::msg!("plan-overrun-label"));
        if o.fixes.is_empty() {
            d = d.with_note(crate::msg!("plan-overrun-no-fix"));
        } else {
            let list: Vec<String> = o
                .fixes
                .iter()
                .map(|(m, a, min)| {
                    crate::msg!("plan-overrun-fix", activity = a, module = m, minutes = *min)
                        .into_string()
                })
                .collect();
            d = d.with_note(if o.enough {
                crate::msg!("plan-overrun-enough", list = list.join(", "))
            } else {
                crate::msg!("plan-overrun-part", list = list.join(", "))
            });
        }
        diags.push(d);
    }
}
