//! `puente packet`: one plan file in, a complete printable packet out.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::cli::{Format, PacketArgs};
use crate::commands::build::{self, Localized, PdfPlan};
use crate::curriculum::LoadedModule;
use crate::diag::{Diagnostic, Diagnostics};
use crate::l10n::Localizer;
use crate::output::{self, OutputFile};
use crate::packet::model::{self, Inputs, PacketDoc, PrintName, Printable};
use crate::packet::{plan, schedule};
use crate::project::Project;
use crate::render::html::Engine;
use crate::source::Sources;

/// Pocket cards on one sheet (see templates/cards.typ).
const CARDS_PER_SHEET: u32 = 10;

pub fn run(root: &Path, args: &PacketArgs) -> Result<i32, crate::Fatal> {
    let mut sources = Sources::new();
    let mut diags = Diagnostics::new();
    let project = Project::load(root, &mut sources, &mut diags)?;
    let loaded = plan::load(&args.plan, &project, &mut sources, &mut diags)?;
    let result = match loaded {
        Some(lp) if !diags.has_errors() => assemble(&project, &lp, args, &sources, &mut diags),
        _ => None,
    };
    diags.print(&sources);
    let Some((name, files)) = result.filter(|_| !diags.has_errors()) else {
        eprintln!("Nothing was written; the previous packet, if any, is unchanged.");
        return Ok(1);
    };
    if args.zip {
        let zip = output::zip(&name, &files)?;
        output::write_atomic(&args.out.join(format!("{name}.zip")), &zip)?;
    }
    output::replace_dir(&args.out, &name, &files)?;
    println!(
        "wrote {} ({} files)",
        args.out.join(&name).display(),
        files.len()
    );
    if args.zip {
        println!("wrote {}", args.out.join(format!("{name}.zip")).display());
    }
    Ok(0)
}

/// The data `templates/packet.typ` reads.
#[derive(serde::Serialize)]
struct PacketData<'a> {
    doc: &'a str,
    docs: Vec<&'a PacketDoc>,
    paper: &'a str,
    large_print: bool,
}

/// Builds every file of the packet in memory. Returns the packet's folder
/// name and its files, or `None` when a problem was found.
fn assemble(
    project: &Project,
    lp: &plan::LoadedPlan,
    args: &PacketArgs,
    sources: &Sources,
    diags: &mut Diagnostics,
) -> Option<(String, Vec<OutputFile>)> {
    let plan = &lp.plan;
    let langs = build::parse_langs(&plan.languages).ok()?;
    let days = schedule::schedule(plan, project);
    report_overruns(lp, &days, sources, diags);

    // Every run of a module as the plan has it (a module may run on more
    // than one day, with different cuts), and each module once for its
    // guide and handouts: as first run, plus any handout a later run uses.
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

    let paper = plan.paper.as_str();
    let localized: Vec<Vec<Localized>> = modules
        .iter()
        .map(|lm| {
            langs
                .iter()
                .map(|lang| build::localize_one(project, lm, lang, paper, sources, diags))
                .collect()
        })
        .collect();
    if diags.has_errors() {
        return None;
    }

    // Guides, handouts and cards: rendered always (the print list needs
    // their page counts), written when PDF is asked for.
    let mut jobs: Vec<PdfPlan> = Vec::new();
    for (lm, per_lang) in modules.iter().zip(&localized) {
        let group: Vec<&Localized> = per_lang.iter().collect();
        let id = lm.module.id.clone();
        jobs.extend(build::pdf_jobs_for(
            &lm.module,
            &group,
            paper,
            args.large_print,
            &|file| {
                PathBuf::from(match file {
                    "guide.pdf" => format!("4-guide-{id}.pdf"),
                    other => format!("5-{id}-{other}"),
                })
            },
        ));
    }
    let rendered = build::render_pdfs(project, &jobs, sources, diags);
    if diags.has_errors() {
        return None;
    }

    let bilingual = langs.len() > 1;
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
    for lm in &modules {
        let m = &lm.module;
        let (file, pages) = rendered_iter.next()?;
        printables.push(Printable {
            name: PrintName::Guide {
                module: m.id.clone(),
            },
            file: file.path.to_string_lossy().into_owned(),
            pages: *pages as u32,
            copies: guide_copies,
            double_sided: true,
        });
        for h in &m.handouts {
            let (file, pages) = rendered_iter.next()?;
            let card = crate::localize::is_card(h.kind);
            printables.push(Printable {
                name: PrintName::Handout {
                    module: m.id.clone(),
                    handout: h.id.clone(),
                },
                file: file.path.to_string_lossy().into_owned(),
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

    let materials = model::material_totals(plan, &runs);
    let module_list: Vec<crate::curriculum::Module> =
        modules.iter().map(|m| m.module.clone()).collect();

    // Localizers per language: common + plans.ftl, and one per module.
    let plan_l10n: Vec<Localizer> = langs
        .iter()
        .map(|lang| Localizer::new(&project.locales, lang, Some("plans"), None, diags))
        .collect();
    let module_l10n: Vec<BTreeMap<String, Localizer>> = langs
        .iter()
        .map(|lang| {
            modules
                .iter()
                .map(|m| {
                    (
                        m.module.id.clone(),
                        Localizer::new(
                            &project.locales,
                            lang,
                            Some(&m.module.id),
                            None,
                            &mut Diagnostics::new(),
                        ),
                    )
                })
                .collect()
        })
        .collect();

    let make_docs = |printables: &[Printable]| -> Vec<PacketDoc> {
        plan_l10n
            .iter()
            .zip(&module_l10n)
            .map(|(l10n, ml)| {
                let inputs = Inputs {
                    plan,
                    days: &days,
                    modules: &module_list,
                    materials: &materials,
                    printables,
                    module_l10n: ml,
                    labels: crate::localize::labels(l10n, &project.locales),
                };
                model::localize(l10n, &inputs)
            })
            .collect()
    };
    let timestamp = crate::render::pdf::timestamp(
        plan.days
            .first()
            .and_then(|d| crate::curriculum::parse_date(&d.date)),
    );
    let packet_job = |doc: &str, docs: &[PacketDoc], file: &str| PdfPlan {
        main: "packet.typ",
        data: serde_json::to_vec(&PacketData {
            doc,
            docs: docs.iter().collect(),
            paper,
            large_print: args.large_print,
        })
        .expect("the packet model is plain data"),
        path: PathBuf::from(file),
        timestamp,
        accessible: true,
    };

    // The packet's own documents. The print list counts its own pages, so
    // render until the count it prints is the count it has.
    let mut own: Vec<(OutputFile, usize)> = Vec::new();
    for _ in 0..3 {
        let docs = make_docs(&printables);
        let own_jobs = vec![
            packet_job("run-sheet", &docs, "1-run-sheet.pdf"),
            packet_job("checklist", &docs, "2-materials-checklist.pdf"),
            packet_job("print-list", &docs, "3-print-list.pdf"),
        ];
        own = build::render_pdfs(project, &own_jobs, sources, diags);
        if diags.has_errors() || own.len() != 3 {
            return None;
        }
        let mut changed = false;
        for (p, (_, pages)) in printables.iter_mut().zip(&own) {
            if p.pages != *pages as u32 {
                p.pages = *pages as u32;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let docs = make_docs(&printables);

    let mut files: Vec<OutputFile> = Vec::new();
    let readme: String = plan_l10n
        .iter()
        .zip(&docs)
        .map(|(l10n, d)| model::readme(l10n, d))
        .collect::<Vec<_>>()
        .join("\n\n");
    files.push(OutputFile {
        path: "README.txt".into(),
        bytes: readme.into_bytes(),
    });
    if args.format.contains(&Format::Pdf) {
        files.extend(own.into_iter().map(|(f, _)| f));
        files.extend(rendered.into_iter().map(|(f, _)| f));
    }
    if args.format.contains(&Format::Html) {
        for (i, doc) in docs.iter().enumerate() {
            let suffix = if bilingual {
                format!(".{}", langs[i])
            } else {
                String::new()
            };
            let engine = Engine::new(&project.templates, doc.labels.clone(), sources, diags)?;
            let html = engine.render("packet.html", doc, &project.templates, sources, diags)?;
            files.push(OutputFile {
                path: format!("0-packet{suffix}.html").into(),
                bytes: html.into_bytes(),
            });
            for (m, per_lang) in modules.iter().zip(&localized) {
                let l = &per_lang[i];
                if let Some(h) = engine.guide(&l.guide, &project.templates, sources, diags) {
                    files.push(OutputFile {
                        path: format!("4-guide-{}{suffix}.html", m.module.id).into(),
                        bytes: h.into_bytes(),
                    });
                }
                for d in &l.handouts {
                    if let Some(h) = engine.handout(d, &project.templates, sources, diags) {
                        files.push(OutputFile {
                            path: format!(
                                "5-{}-handout-{}{suffix}.html",
                                m.module.id, d.handout.id
                            )
                            .into(),
                            bytes: h.into_bytes(),
                        });
                    }
                }
            }
        }
    }
    if diags.has_errors() {
        return None;
    }
    Some((lp.name.clone(), files))
}

/// A day that runs past its hard end is a warning at the day's end time,
/// naming the optional activities that would recover it.
pub fn report_overruns(
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
            format!(
                "the day {} runs {} minutes past its end time {} (it ends at {})",
                plan_day.date,
                o.minutes,
                end,
                crate::localize::clock(day.end())
            ),
        )
        .at(lp.file, span, "hard end");
        if o.fixes.is_empty() {
            d = d.with_note("no activity is marked optional; shorten or drop activities, or move one to another day");
        } else {
            let list: Vec<String> = o
                .fixes
                .iter()
                .map(|(m, a, min)| format!("`{a}` of `{m}` ({min} min)"))
                .collect();
            d = d.with_note(format!(
                "cutting these optional activities would {}: {}",
                if o.enough {
                    "recover the time"
                } else {
                    "recover part of it"
                },
                list.join(", ")
            ));
        }
        diags.push(d);
    }
}
