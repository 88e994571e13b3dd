//! One complete build of the preview, in memory: every HTML page, the list
//! of PDFs that can be asked for, and the problems of the newest build.

use std::collections::{BTreeMap, HashMap};
use std::hash::{Hash, Hasher};
use std::sync::{Arc, Mutex};

use unic_langid::LanguageIdentifier;

use super::context::{self, Mark};
use super::{Config, Update};
use crate::diag::{Diagnostics, Severity};
use crate::l10n::Localizer;
use crate::pipeline::build::docs_dir;
use crate::pipeline::docs::{localize_one, localize_traced, ModuleDocs};
use crate::pipeline::{html, pdf, Silent};
use crate::render::html::Engine;
use crate::render::pdf::Typst;
use crate::workspace::Workspace;

/// A problem shown in the page's overlay.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Problem {
    pub code: String,
    pub severity: String,
    /// `path:line:col`, when the problem has a place.
    pub location: Option<String>,
    pub message: String,
    /// The full text `check` prints for it, snippet included.
    pub text: String,
}

/// How to render a PDF that may be asked for.
#[derive(Debug, Clone)]
pub struct PdfSpec {
    pub module: String,
    pub langs: Vec<LanguageIdentifier>,
    /// The file name inside the module's folder (`guide.pdf`, ...).
    pub file: String,
}

/// The pages of one module in one language, and what they were made from.
#[derive(Clone)]
struct Unit {
    fingerprint: u64,
    pages: Vec<(String, Arc<Vec<u8>>)>,
}

type PdfCell = Arc<tokio::sync::OnceCell<Result<Arc<Vec<u8>>, String>>>;

pub struct Snapshot {
    /// Goes up by one with every build that changed what is served.
    pub generation: u64,
    /// The workspace the pages come from: the last one without errors.
    pub(super) ws: Option<Arc<Workspace>>,
    units: BTreeMap<(String, String), Unit>,
    /// Every HTML page, by its path without the leading slash.
    pub(super) pages: BTreeMap<String, Arc<Vec<u8>>>,
    pub(super) pdfs: BTreeMap<String, PdfSpec>,
    pdf_cache: Mutex<HashMap<String, PdfCell>>,
    /// Problems of the newest build (errors only).
    pub problems: Vec<Problem>,
    /// Paths of the pages each module × language has, for the home page.
    pub(super) index: Vec<ModuleEntry>,
    /// Interface labels (in the interface language) for the server's own
    /// pages and bar.
    pub(super) labels: BTreeMap<String, String>,
    /// How long the last build took, in milliseconds.
    pub build_ms: f64,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct ModuleEntry {
    pub id: String,
    pub title: String,
    pub langs: Vec<LangEntry>,
    pub bilingual: Vec<LangEntry>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct LangEntry {
    pub tag: String,
    pub pseudo: bool,
    /// Translated messages out of those the module needs, in percent.
    pub coverage: Option<usize>,
    pub pages: Vec<Link>,
    pub pdfs: Vec<Link>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct Link {
    pub href: String,
    pub name: String,
}

fn problems(diags: &Diagnostics, ws_sources: &crate::source::Sources) -> Vec<Problem> {
    diags
        .items()
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| Problem {
            code: d.code.to_string(),
            severity: "error".into(),
            location: d.location(ws_sources),
            message: d.message.clone(),
            text: d.render(ws_sources),
        })
        .collect()
}

/// The pseudo-locales every preview offers.
const PSEUDO: [&str; 2] = ["en-XA", "en-XB"];

impl Snapshot {
    /// Builds the preview. With `old`, pages whose inputs did not change are
    /// taken from it, and when the new build has errors, everything but the
    /// problems is.
    pub fn build(config: &Config, typst: Arc<Typst>, old: Option<&Snapshot>) -> Snapshot {
        let started = std::time::Instant::now();
        let mut snap = match Workspace::load_with(&config.root, typst) {
            Ok(ws) => Self::from_workspace(Arc::new(ws), old),
            Err(fatal) => Self::keep(
                old,
                vec![Problem {
                    code: "usage".into(),
                    severity: "error".into(),
                    location: None,
                    message: fatal.to_string(),
                    text: format!("error: {fatal}"),
                }],
            ),
        };
        snap.build_ms = started.elapsed().as_secs_f64() * 1000.0;
        snap
    }

    /// The previous pages with new problems (or an empty preview).
    fn keep(old: Option<&Snapshot>, problems: Vec<Problem>) -> Snapshot {
        match old {
            Some(o) => Snapshot {
                generation: o.generation,
                ws: o.ws.clone(),
                units: o.units.clone(),
                pages: o.pages.clone(),
                pdfs: o.pdfs.clone(),
                pdf_cache: Mutex::new(o.pdf_cache.lock().map(|c| c.clone()).unwrap_or_default()),
                problems,
                index: o.index.clone(),
                labels: o.labels.clone(),
                build_ms: 0.0,
            },
            None => Snapshot {
                generation: 0,
                ws: None,
                units: BTreeMap::new(),
                pages: BTreeMap::new(),
                pdfs: BTreeMap::new(),
                pdf_cache: Mutex::default(),
                problems,
                index: Vec::new(),
                labels: BTreeMap::new(),
                build_ms: 0.0,
            },
        }
    }

    fn from_workspace(ws: Arc<Workspace>, old: Option<&Snapshot>) -> Snapshot {
        let mut diags = ws.copy_diags();
        if diags.has_errors() {
            return Self::keep(old, problems(&diags, &ws.sources));
        }
        let project = &ws.project;
        let mut langs: Vec<LanguageIdentifier> = project.locales.locales();
        for p in PSEUDO {
            langs.push(p.parse().expect("pseudo-locale tags are valid"));
        }
        let real: Vec<LanguageIdentifier> = project.locales.locales();
        let outdated = outdated_messages(&ws.root);
        let mut units = BTreeMap::new();
        let mut pages = BTreeMap::new();
        let mut pdfs = BTreeMap::new();
        let mut index = Vec::new();
        let mut changed = old.is_none();
        for lm in &project.modules {
            let m = &lm.module;
            let mut entry = ModuleEntry {
                id: m.id.clone(),
                title: String::new(),
                langs: Vec::new(),
                bilingual: Vec::new(),
            };
            for lang in &langs {
                let key = (m.id.clone(), lang.to_string());
                let fp = fingerprint(&ws, &m.id, lang);
                let reused = old
                    .and_then(|o| o.units.get(&key))
                    .filter(|u| u.fingerprint == fp)
                    .cloned();
                let unit = match reused {
                    Some(u) => u,
                    None => {
                        changed = true;
                        render_unit(&ws, lm, lang, fp, &outdated, &mut diags)
                    }
                };
                let dir = docs_dir(&m.id, &[lang]);
                let dir_s = dir.to_string_lossy().replace('\\', "/");
                let mut lang_entry = LangEntry {
                    tag: lang.to_string(),
                    pseudo: PSEUDO.contains(&lang.to_string().as_str()),
                    coverage: (!PSEUDO.contains(&lang.to_string().as_str())).then(|| {
                        let (done, total) = project.coverage(&m.id, lang);
                        (done * 100).checked_div(total).unwrap_or(100)
                    }),
                    pages: Vec::new(),
                    pdfs: Vec::new(),
                };
                for (name, bytes) in &unit.pages {
                    pages.insert(format!("{dir_s}/{name}"), bytes.clone());
                    lang_entry.pages.push(Link {
                        href: format!("{dir_s}/{name}"),
                        name: name.clone(),
                    });
                }
                for file in pdf_names(m) {
                    pdfs.insert(
                        format!("{dir_s}/{file}"),
                        PdfSpec {
                            module: m.id.clone(),
                            langs: vec![lang.clone()],
                            file: file.clone(),
                        },
                    );
                    lang_entry.pdfs.push(Link {
                        href: format!("{dir_s}/{file}"),
                        name: file,
                    });
                }
                entry.langs.push(lang_entry);
                units.insert(key, unit);
            }
            for a in &real {
                for b in &real {
                    if a == b {
                        continue;
                    }
                    let dir = docs_dir(&m.id, &[a, b]);
                    let dir_s = dir.to_string_lossy().replace('\\', "/");
                    let mut e = LangEntry {
                        tag: format!("{a}+{b}"),
                        pseudo: false,
                        coverage: None,
                        pages: Vec::new(),
                        pdfs: Vec::new(),
                    };
                    for file in pdf_names(m) {
                        pdfs.insert(
                            format!("{dir_s}/{file}"),
                            PdfSpec {
                                module: m.id.clone(),
                                langs: vec![a.clone(), b.clone()],
                                file: file.clone(),
                            },
                        );
                        e.pdfs.push(Link {
                            href: format!("{dir_s}/{file}"),
                            name: file,
                        });
                    }
                    entry.bilingual.push(e);
                }
            }
            let l10n = Localizer::new(
                &project.locales,
                &crate::l10n::source_locale(),
                Some(&m.id),
                None,
                &mut Diagnostics::new(),
            );
            entry.title = l10n.msg(&crate::ids::module_title());
            index.push(entry);
        }
        if diags.has_errors() {
            return Self::keep(old, problems(&diags, &ws.sources));
        }
        // The preview's own bar and home page speak the interface language
        // (the project's `ui-serve-*` labels in that locale, English where
        // it lacks them).
        let labels = {
            let ui: unic_langid::LanguageIdentifier = crate::ui::lang()
                .tag()
                .parse()
                .unwrap_or_else(|_| crate::l10n::source_locale());
            let l10n = Localizer::new(&project.locales, &ui, None, None, &mut Diagnostics::new());
            crate::localize::labels(&l10n, &project.locales)
        };
        // Any change to the project can change a PDF (a template, a label),
        // so PDFs are rendered afresh after every build without errors.
        let changed = changed
            || old.is_some_and(|o| o.units.len() != units.len() || o.pdfs.len() != pdfs.len());
        Snapshot {
            generation: old.map_or(1, |o| o.generation + u64::from(changed).max(1)),
            ws: Some(ws),
            units,
            pages,
            pdfs,
            pdf_cache: Mutex::default(),
            problems: Vec::new(),
            index,
            labels,
            build_ms: 0.0,
        }
    }

    pub fn update(&self) -> Update {
        Update {
            generation: self.generation,
            problems: self.problems.clone(),
        }
    }

    /// The cached PDF at `path`, rendering it (once, however many ask at the
    /// same time) when it is not cached yet. `None` if no such PDF exists.
    pub(super) fn pdf_cell(&self, path: &str) -> Option<PdfCell> {
        self.pdfs.get(path)?;
        let mut cache = self.pdf_cache.lock().ok()?;
        Some(cache.entry(path.to_string()).or_default().clone())
    }

    /// Renders one PDF of this snapshot (blocking; run it off the async
    /// threads).
    pub(super) fn render_pdf(&self, path: &str) -> Result<Arc<Vec<u8>>, String> {
        let spec = self.pdfs.get(path).ok_or("no such PDF")?;
        let ws = self.ws.as_ref().ok_or("the project has not built yet")?;
        let lm = ws
            .project
            .module(&spec.module)
            .ok_or("the module is gone")?;
        let mut diags = Diagnostics::new();
        let docs: Vec<ModuleDocs> = spec
            .langs
            .iter()
            .map(|l| localize_one(&ws.project, lm, l, "letter", &ws.sources, &mut diags))
            .collect();
        let group: Vec<&ModuleDocs> = docs.iter().collect();
        let jobs: Vec<_> =
            pdf::requests_for(&lm.module, &group, "letter", false, None, &|n| n.into())
                .into_iter()
                .filter(|j| j.path.to_string_lossy() == spec.file)
                .collect();
        let mut out: Vec<crate::output::OutputFile> = Vec::new();
        pdf::render_all(
            ws.typst(),
            &ws.project.templates,
            &jobs,
            &ws.sources,
            &Silent,
            &mut out,
            &mut diags,
        )
        .map_err(|e| e.to_string())?;
        match out.pop() {
            Some(f) if !diags.has_errors() => Ok(Arc::new(f.bytes)),
            _ => Err(diags.render(&ws.sources)),
        }
    }
}

/// The PDF file names of a module's folder.
fn pdf_names(m: &crate::curriculum::Module) -> Vec<String> {
    let mut out = vec!["guide.pdf".to_string()];
    out.extend(m.handouts.iter().map(pdf::handout_name));
    out
}

/// A hash of every input of one module × language: the module's YAML, the
/// Fluent files along its fallback chain, and the templates.
fn fingerprint(ws: &Workspace, module: &str, lang: &LanguageIdentifier) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    let project = &ws.project;
    if let Some(lm) = project.module(module) {
        ws.sources.get(lm.file).text.hash(&mut h);
    }
    for l in project.locales.chain(lang) {
        l.to_string().hash(&mut h);
        for f in project.locales.files_for(&l, Some(module)) {
            let s = ws.sources.get(f.file);
            s.name.hash(&mut h);
            s.text.hash(&mut h);
        }
    }
    for t in &project.templates {
        ws.sources.get(t.file).text.hash(&mut h);
    }
    // The review record says which translations are outdated.
    let locales_dir = ws.root.join("locales");
    if let Some(record) = crate::l10n::state::existing_record_path(&locales_dir, &lang.to_string())
    {
        std::fs::read(record).unwrap_or_default().hash(&mut h);
    }
    h.finish()
}

/// `path:line` of every translation that is outdated since its last review
/// (what `check` reports as `outdated`), for the in-context outline.
fn outdated_messages(root: &std::path::Path) -> std::collections::HashSet<String> {
    let mut sources = crate::source::Sources::new();
    let Ok(t) = crate::workspace::load_translations(root, None, None, false, &mut sources) else {
        return Default::default();
    };
    crate::l10n::check::check(&t.tree, &sources, &[])
        .into_iter()
        .filter(|f| f.diag.code == "outdated")
        .filter_map(|f| {
            let l = f.diag.labels.first()?;
            let file = sources.get(l.file);
            Some(format!("{}:{}", file.name, file.line_col(l.span.start).0))
        })
        .collect()
}

/// Renders the HTML pages of one module × language with in-context marks.
fn render_unit(
    ws: &Workspace,
    lm: &crate::curriculum::LoadedModule,
    lang: &LanguageIdentifier,
    fingerprint: u64,
    outdated: &std::collections::HashSet<String>,
    diags: &mut Diagnostics,
) -> Unit {
    let project = &ws.project;
    let docs = localize_traced(project, lm, lang, "letter", &ws.sources, diags);
    let marks: Vec<Mark> = docs
        .trace
        .iter()
        .map(|t| {
            let site = project.locales.site(&t.locale, Some(&lm.module.id), &t.id);
            let (src, file, line) = match site {
                Some(s) => {
                    let f = ws.sources.get(s.file);
                    let (line, _) = f.line_col(s.span.start);
                    (
                        format!("{}:{line}", f.name),
                        f.path.to_string_lossy().into_owned(),
                        line,
                    )
                }
                None => (String::new(), String::new(), 0),
            };
            Mark {
                id: t.id.clone(),
                src: src.clone(),
                file,
                line,
                state: if t.fallback {
                    "fallback"
                } else if outdated.contains(&src) {
                    "outdated"
                } else {
                    ""
                },
            }
        })
        .collect();
    let files = html::pages(project, &docs, &|n| n.into(), &ws.sources, diags);
    Unit {
        fingerprint,
        pages: files
            .into_iter()
            .map(|f| {
                let text = String::from_utf8_lossy(&f.bytes);
                (
                    f.path.to_string_lossy().into_owned(),
                    Arc::new(context::annotate(&text, &marks).into_bytes()),
                )
            })
            .collect(),
    }
}

/// Renders the server's home page.
pub(super) fn home(snap: &Snapshot, ws: Option<&Workspace>) -> Result<String, String> {
    let Some(ws) = ws else {
        return Err(crate::msg!("serve-no-project").into_string());
    };
    let mut diags = Diagnostics::new();
    let engine = Engine::new(
        &ws.project.templates,
        snap.labels.clone(),
        &ws.sources,
        &mut diags,
    )
    .ok_or_else(|| diags.render(&ws.sources))?;
    #[derive(serde::Serialize)]
    struct Meta<'a> {
        lang: &'a str,
        dir: &'a str,
        title: String,
        paper: &'a str,
    }
    #[derive(serde::Serialize)]
    struct Home<'a> {
        meta: Meta<'a>,
        modules: &'a [ModuleEntry],
    }
    let data = Home {
        meta: Meta {
            lang: crate::ui::lang().tag(),
            dir: "ltr",
            title: snap
                .labels
                .get("ui-serve-title")
                .cloned()
                .unwrap_or_default(),
            paper: "letter",
        },
        modules: &snap.index,
    };
    engine
        .render(
            "serve.html",
            &data,
            &ws.project.templates,
            &ws.sources,
            &mut diags,
        )
        .ok_or_else(|| diags.render(&ws.sources))
}
