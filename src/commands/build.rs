//! `puente build`: guides and handouts for modules × languages.
//!
//! The flow is the one every command follows: load → validate → localize →
//! render, all in memory, and only when no error was found → write.

use std::path::{Path, PathBuf};

use unic_langid::LanguageIdentifier;

use crate::cli::{BuildArgs, Format};
use crate::curriculum::LoadedModule;
use crate::diag::{Diagnostic, Diagnostics};
use crate::ids;
use crate::l10n::{Localizer, Pseudo};
use crate::localize::{self, Options};
use crate::output::{self, OutputFile};
use crate::project::Project;
use crate::render::html::Engine;
use crate::source::Sources;

/// Parses `--lang` values, rejecting anything that is not a language tag.
pub fn parse_langs(langs: &[String]) -> Result<Vec<LanguageIdentifier>, crate::Fatal> {
    let mut out: Vec<LanguageIdentifier> = Vec::new();
    for l in langs {
        let lang: LanguageIdentifier = l.parse().map_err(|_| {
            crate::Fatal::Usage(format!(
                "`{l}` is not a language tag; use a BCP 47 tag such as en, es, es-MX or pt-BR"
            ))
        })?;
        if !out.contains(&lang) {
            out.push(lang);
        }
    }
    Ok(out)
}

/// Picks the modules named on the command line, or all of them.
pub fn select_modules<'p>(
    project: &'p Project,
    names: &[String],
) -> Result<Vec<&'p LoadedModule>, crate::Fatal> {
    if names.is_empty() {
        return Ok(project.modules.iter().collect());
    }
    names
        .iter()
        .map(|n| {
            project.module(n).ok_or_else(|| {
                let known: Vec<&str> = project
                    .modules
                    .iter()
                    .map(|m| m.module.id.as_str())
                    .collect();
                crate::Fatal::Usage(format!(
                    "there is no module `{n}`; the modules are: {}",
                    if known.is_empty() {
                        "(none)".to_string()
                    } else {
                        known.join(", ")
                    }
                ))
            })
        })
        .collect()
}

pub fn run(root: &Path, args: &BuildArgs) -> Result<i32, crate::Fatal> {
    let langs = parse_langs(&args.langs)?;
    if args.bilingual && langs.len() != 2 {
        return Err(crate::Fatal::Usage(
            "--bilingual needs exactly two languages, the primary one first: --lang es --lang en --bilingual".into(),
        ));
    }
    let mut sources = Sources::new();
    let mut diags = Diagnostics::new();
    let project = Project::load(root, &mut sources, &mut diags)?;
    let modules = select_modules(&project, &args.modules)?;

    let mut files = Vec::new();
    if !diags.has_errors() {
        let mut pdf_jobs = Vec::new();
        for lm in &modules {
            let localized: Vec<Localized> = langs
                .iter()
                .map(|lang| {
                    localize_one(
                        &project,
                        lm,
                        lang,
                        args.paper.as_str(),
                        &sources,
                        &mut diags,
                    )
                })
                .collect();
            if diags.has_errors() {
                continue;
            }
            if args.format.contains(&Format::Html) {
                for l in &localized {
                    files.extend(html_files(&project, lm, l, &sources, &mut diags));
                }
            }
            if args.format.contains(&Format::Pdf) {
                let groups: Vec<Vec<&Localized>> = if args.bilingual {
                    vec![localized.iter().collect()]
                } else {
                    localized.iter().map(|l| vec![l]).collect()
                };
                for group in groups {
                    let dir = PathBuf::from(&lm.module.id).join(
                        group
                            .iter()
                            .map(|l| l.lang.to_string())
                            .collect::<Vec<_>>()
                            .join("+"),
                    );
                    pdf_jobs.extend(pdf_jobs_for(
                        &lm.module,
                        &group,
                        args.paper.as_str(),
                        args.large_print,
                        &|name| dir.join(name),
                    ));
                }
            }
        }
        if !diags.has_errors() && !pdf_jobs.is_empty() {
            files.extend(
                render_pdfs(&project, &pdf_jobs, &sources, &mut diags)
                    .into_iter()
                    .map(|(f, _)| f),
            );
        }
    }
    diags.print(&sources);
    if diags.has_errors() {
        eprintln!("Nothing was written.");
        return Ok(1);
    }
    output::publish(&args.out, &files)?;
    for f in &files {
        println!("wrote {}", args.out.join(&f.path).display());
    }
    Ok(0)
}

/// One module localized into one language: the guide model and one model
/// per handout.
pub struct Localized {
    pub lang: LanguageIdentifier,
    pub guide: localize::LocalizedModule,
    pub handouts: Vec<localize::HandoutDoc>,
}

/// Localizes one module into one language and reports what the localizer
/// recorded (missing messages, fallbacks).
pub fn localize_one(
    project: &Project,
    lm: &LoadedModule,
    lang: &LanguageIdentifier,
    paper: &str,
    sources: &Sources,
    diags: &mut Diagnostics,
) -> Localized {
    let m = &lm.module;
    let pseudo = Pseudo::from_lang(lang);
    let opts = Options {
        paper: paper.to_string(),
        rtl: pseudo.is_some_and(Pseudo::is_rtl),
    };
    let l10n = Localizer::new(&project.locales, lang, Some(&m.id), pseudo, diags);
    let guide = localize::localize(m, &l10n, &project.locales, &opts);
    let handouts = m
        .handouts
        .iter()
        .map(|h| localize::localize_handout(m, h, &l10n, guide.labels.clone(), &opts))
        .collect();
    report_l10n(project, lm, &l10n, sources, diags);
    Localized {
        lang: lang.clone(),
        guide,
        handouts,
    }
}

pub fn html_files(
    project: &Project,
    lm: &LoadedModule,
    l: &Localized,
    sources: &Sources,
    diags: &mut Diagnostics,
) -> Vec<OutputFile> {
    let dir = PathBuf::from(&lm.module.id).join(l.lang.to_string());
    let Some(engine) = Engine::new(&project.templates, l.guide.labels.clone(), sources, diags)
    else {
        return Vec::new();
    };
    let mut files = Vec::new();
    if let Some(html) = engine.guide(&l.guide, &project.templates, sources, diags) {
        files.push(OutputFile {
            path: dir.join("guide.html"),
            bytes: html.into_bytes(),
        });
    }
    for doc in &l.handouts {
        if let Some(html) = engine.handout(doc, &project.templates, sources, diags) {
            files.push(OutputFile {
                path: dir.join(format!("handout-{}.html", doc.handout.id)),
                bytes: html.into_bytes(),
            });
        }
    }
    files
}

/// What one PDF worker hands back: job index, the file and its page count,
/// and the problems found.
type WorkerResult = (usize, Option<(OutputFile, usize)>, Diagnostics);

/// The data a PDF template reads from `/data.json`.
#[derive(serde::Serialize)]
pub struct PdfData<'a, T: serde::Serialize> {
    pub docs: Vec<&'a T>,
    pub paper: &'a str,
    pub large_print: bool,
}

/// A PDF to render: which template, with what data, written where.
pub struct PdfPlan {
    pub main: &'static str,
    pub data: Vec<u8>,
    pub path: PathBuf,
    pub timestamp: typst::foundations::Datetime,
    /// See [`crate::render::pdf::PdfJob::accessible`].
    pub accessible: bool,
}

/// The PDFs of one module: its guide, then each handout (pocket cards as
/// N-up sheets). `path` turns a file name (`guide.pdf`) into its output path.
pub fn pdf_jobs_for(
    m: &crate::curriculum::Module,
    group: &[&Localized],
    paper: &str,
    large_print: bool,
    path: &dyn Fn(&str) -> PathBuf,
) -> Vec<PdfPlan> {
    let timestamp = crate::render::pdf::timestamp(crate::curriculum::parse_date(&m.current_as_of));
    let accessible = group.iter().all(|l| Pseudo::from_lang(&l.lang).is_none());
    let mut jobs = vec![PdfPlan {
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
        jobs.push(PdfPlan {
            main: if card { "cards.typ" } else { "handout.typ" },
            data: serde_json::to_vec(&PdfData {
                docs: group.iter().map(|l| &l.handouts[i]).collect(),
                paper,
                large_print,
            })
            .expect("the localized model is plain data"),
            path: path(&format!(
                "{}-{}.pdf",
                if card { "cards" } else { "handout" },
                h.id
            )),
            timestamp,
            accessible,
        });
    }
    jobs
}

/// Renders every PDF on all cores, with a progress bar on a terminal and a
/// line per document otherwise. Returns each file with its page count, in
/// the order of `jobs`.
pub fn render_pdfs(
    project: &Project,
    jobs: &[PdfPlan],
    sources: &Sources,
    diags: &mut Diagnostics,
) -> Vec<(OutputFile, usize)> {
    use std::io::IsTerminal;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Mutex;

    let typst = crate::render::pdf::Typst::new();
    let progress = (std::io::stderr().is_terminal() && jobs.len() > 1).then(|| {
        let bar = indicatif::ProgressBar::new(jobs.len() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} PDFs  {wide_msg}")
                .expect("a valid progress template"),
        );
        bar
    });
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<WorkerResult>> = Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .clamp(1, jobs.len().max(1));
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(job) = jobs.get(i) else { break };
                let name = job.path.to_string_lossy().replace('\\', "/");
                let mut local = Diagnostics::new();
                let pdf = crate::render::pdf::render(
                    &typst,
                    &project.templates,
                    &crate::render::pdf::PdfJob {
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
                match &progress {
                    Some(bar) => {
                        bar.set_message(name.clone());
                        bar.inc(1);
                    }
                    None => eprintln!("rendered {name}"),
                }
                let file = pdf.map(|r| {
                    (
                        OutputFile {
                            path: job.path.clone(),
                            bytes: r.bytes,
                        },
                        r.pages,
                    )
                });
                if let Ok(mut r) = results.lock() {
                    r.push((i, file, local));
                }
            });
        }
    });
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    let mut results = results.into_inner().unwrap_or_default();
    results.sort_by_key(|r| r.0);
    let mut files = Vec::new();
    for (_, file, local) in results {
        for d in local.items() {
            diags.push(d.clone());
        }
        files.extend(file);
    }
    files
}

/// Turns what the localizer recorded into diagnostics: messages missing
/// everywhere (errors, pointing at the YAML that needs them), formatting
/// problems (errors, pointing at the message), fallbacks (one warning per
/// module and language).
fn report_l10n(
    project: &Project,
    lm: &LoadedModule,
    l10n: &Localizer,
    sources: &Sources,
    diags: &mut Diagnostics,
) {
    let m = &lm.module;
    let expected = ids::expected_messages(m);
    let yaml = &sources.get(lm.file).text;
    for id in l10n.missing() {
        let mut d = Diagnostic::error(
            "missing-message",
            format!("the message `{id}` is not defined in any language"),
        );
        if let Some(e) = expected.iter().find(|e| e.id == id) {
            d = d.at(
                lm.file,
                crate::curriculum::locate(yaml, e.origin.parent.as_deref(), &e.origin.token),
                "needed because of this id",
            );
            d = d.with_note(format!("add `{id} = ...` to locales/en/{}.ftl", m.id));
        } else {
            d = d.with_note(format!("add `{id} = ...` to locales/en/common.ftl"));
        }
        diags.push(d);
    }
    for p in l10n.problems() {
        let mut d = Diagnostic::error(
            "message-format",
            format!(
                "the {} message `{}` could not be formatted: {}",
                p.locale, p.id, p.problem
            ),
        );
        // Point at the reference itself when the problem names one.
        let reference = ["Unknown term: ", "Unknown message: ", "Unknown variable: "]
            .iter()
            .find_map(|k| p.problem.split_once(k).map(|(_, r)| r.trim().to_string()));
        if let Some(site) = project.locales.site(&p.locale, Some(&m.id), &p.id) {
            let text = &sources.get(site.file).text;
            let window_end = (site.span.end + 4000).min(text.len());
            let found = reference.as_deref().and_then(|r| {
                let r = r.trim_start_matches('$');
                text.get(site.span.end..window_end)
                    .and_then(|w| w.find(r))
                    .map(|i| site.span.end + i)
                    .map(|s| s..s + r.len())
            });
            d = match found {
                Some(span) => d.at(site.file, span, "not defined").at(
                    site.file,
                    site.span.clone(),
                    "in this message",
                ),
                None => d.at(site.file, site.span.clone(), "this message"),
            };
        }
        let note = if p.problem.contains("Unknown term") {
            "define the term in this file or in common.ftl (`-name = ...`), or correct its name"
        } else if p.problem.contains("Unknown message") {
            "define the message it refers to, or correct its name"
        } else {
            "module messages get no variables; labels in common.ftl get only the variables named in the comment above them"
        };
        diags.push(d.with_note(note));
    }
    let fallbacks = l10n.fallbacks();
    if !fallbacks.is_empty() {
        let mut d = Diagnostic::warning(
            "fallback",
            format!(
                "{} in {}: {} {} not translated yet, so {} stands in",
                m.id,
                l10n.requested(),
                fallbacks.len(),
                if fallbacks.len() == 1 {
                    "message is"
                } else {
                    "messages are"
                },
                fallbacks[0].used,
            ),
        );
        let shown: Vec<&str> = fallbacks.iter().take(12).map(|f| f.id.as_str()).collect();
        let more = fallbacks.len().saturating_sub(shown.len());
        d = d.with_note(format!(
            "untranslated: {}{}",
            shown.join(", "),
            if more > 0 {
                format!(" and {more} more")
            } else {
                String::new()
            }
        ));
        diags.push(d);
    }
}
