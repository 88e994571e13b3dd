//! `puente site`: the published multilingual website, one that also works
//! copied onto a USB stick and opened with `file://`.
//!
//! The site is made from the same pipeline as `build` (localize, render the
//! guide and handouts with the same templates, PDFs on every core) and is
//! streamed to a [`Sink`], in a fixed order, so the same inputs give the
//! same bytes. Its layout:
//!
//! ```text
//! index.html               choose a language (no JavaScript needed)
//! 404.html                 in every language
//! search.js                the search page's script (one for all languages)
//! sitemap.xml              only with a base URL
//! <lang>/index.html        the modules, with duration, group size, objectives
//! <lang>/search.html       search, index loaded as a script (works offline)
//! <lang>/search-index.js
//! <lang>/status.html       translation coverage per language and file
//! <lang>/<module>/index.html, guide.html, handout-<id>.html
//! <lang>/<module>/<paper>/guide.pdf, handout-<id>.pdf, cards-<id>.pdf
//! <lang>/<module>/<paper>/<lang>+<other>/…   bilingual PDFs
//! packets/<plan>.zip       each plan's packet, as `packet <plan> --zip` makes it
//! packets/<plan>.yaml      the plan it is made from
//! ```
//!
//! Every link is relative, so the folder works from any host or none.
//! Pages are rendered from traced models (see [`crate::l10n::Traced`]):
//! [`marks`] turns the marks into `lang="en"` on text that fell back to
//! English and a notice listing it, so nothing is passed off as translated.
//! A locale with nothing translated yet (one `sync` has only started) is
//! left out, with a warning.

pub mod marks;
pub mod packets;
pub mod search;

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Serialize;
use unic_langid::LanguageIdentifier;

use crate::diag::{Diagnostic, Diagnostics};
use crate::l10n::{Localizer, Traced};
use crate::localize;
use crate::output::{OutputFile, Sink};
use crate::pipeline::docs::{localize_one, localize_traced};
use crate::pipeline::{pdf, Options, Progress};
use crate::render::html::Engine;
use crate::workspace::Workspace;

/// What to publish.
#[derive(Debug, Clone, Default)]
pub struct SiteRequest {
    /// Languages to publish; every locale of the project when empty.
    pub langs: Vec<LanguageIdentifier>,
    /// Where the site will live (`https://example.org/puente`), for
    /// `sitemap.xml` and the 404 page's links. Pages never use it.
    pub base_url: Option<String>,
    pub options: Options,
    /// PDFs of the previous site that may be used again.
    pub reuse: Option<std::sync::Arc<pdf::Reuse>>,
    /// The project's plans (see [`Workspace::load_plans`]): each one's
    /// packet is published and linked from the modules it uses.
    pub plans: Vec<crate::packet::plan::LoadedPlan>,
}

/// The papers every PDF is offered in.
const PAPERS: [&str; 2] = ["letter", "a4"];

/// How far a locale is translated.
#[derive(Debug, Clone, Serialize)]
pub struct LocaleState {
    pub tag: String,
    /// Its own name for itself ("Español"), or its tag when that is not
    /// translated yet.
    pub name: String,
    pub done: usize,
    pub total: usize,
    pub percent: usize,
    /// `complete`, `partial` or `started` (nothing translated: not
    /// published).
    pub state: &'static str,
    pub files: Vec<FileState>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FileState {
    pub name: String,
    pub done: usize,
    pub total: usize,
    pub percent: usize,
}

/// Coverage of every locale, file by file: messages the locale translates
/// (not marked untranslated) out of the source locale's.
/// The ids of the messages of `res` whose text has a letter outside its
/// placeables (in the value or any variant of a select).
fn has_words(res: &fluent_bundle::FluentResource) -> std::collections::HashSet<&str> {
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
    fn worded(p: &Pattern<&str>) -> bool {
        p.elements.iter().any(|e| match e {
            PatternElement::TextElement { value } => value.chars().any(char::is_alphabetic),
            PatternElement::Placeable { expression } => match expression {
                Expression::Select { variants, .. } => variants.iter().any(|v| worded(&v.value)),
                Expression::Inline(InlineExpression::Placeable { expression }) => {
                    matches!(**expression, Expression::Select { .. })
                }
                Expression::Inline(_) => false,
            },
        })
    }
    res.entries()
        .filter_map(|e| match e {
            Entry::Message(m) => m.value.as_ref().filter(|v| worded(v)).map(|_| m.id.name),
            _ => None,
        })
        .collect()
}

pub fn coverage(ws: &Workspace) -> Vec<LocaleState> {
    let store = &ws.project.locales;
    let source = crate::l10n::source_locale();
    let mut out = Vec::new();
    let mut langs = store.locales();
    langs.sort_by_key(|l| (*l != source, l.to_string()));
    for lang in langs {
        let mut files = Vec::new();
        for sf in store.files(&source) {
            // Messages with words to translate: one made only of
            // placeables (`{ $name } ({ $phone })`) says nothing about
            // whether a locale has been translated.
            let worded = has_words(&sf.resource);
            let ids: Vec<&str> = sf
                .sites
                .iter()
                .filter(|s| !s.is_term && worded.contains(s.id.as_str()))
                .map(|s| s.id.as_str())
                .collect();
            if ids.is_empty() {
                continue;
            }
            let done = store
                .files(&lang)
                .iter()
                .filter(|f| f.stem == sf.stem)
                .flat_map(|f| f.sites.iter())
                .filter(|s| !s.is_term && !s.untranslated && ids.contains(&s.id.as_str()))
                .map(|s| s.id.as_str())
                .collect::<std::collections::BTreeSet<_>>()
                .len();
            let done = if lang == source { ids.len() } else { done };
            files.push(FileState {
                name: format!("{}.ftl", sf.stem),
                done,
                total: ids.len(),
                percent: percent(done, ids.len()),
            });
        }
        let done: usize = files.iter().map(|f| f.done).sum();
        let total: usize = files.iter().map(|f| f.total).sum();
        let own_name = store
            .files(&lang)
            .iter()
            .flat_map(|f| f.sites.iter())
            .any(|s| s.id == "ui-site-language-name" && (!s.untranslated || lang == source));
        let name = if own_name {
            Localizer::new(store, &lang, None, None, &mut Diagnostics::new())
                .msg("ui-site-language-name")
        } else {
            lang.to_string()
        };
        out.push(LocaleState {
            tag: lang.to_string(),
            name,
            done,
            total,
            percent: percent(done, total),
            state: if done == total {
                "complete"
            } else if done == 0 {
                "started"
            } else {
                "partial"
            },
            files,
        });
    }
    out
}

/// `done` out of `total` in whole percent, never rounded up to 100.
fn percent(done: usize, total: usize) -> usize {
    if total == 0 || done >= total {
        return 100;
    }
    (done * 100 / total).min(99)
}

/// A relative link from the page at `from` to the file at `to`, both
/// relative to the site's root.
pub fn rel(from: &str, to: &str) -> String {
    let depth = from.matches('/').count();
    format!("{}{}", "../".repeat(depth), to)
}

#[derive(Serialize)]
struct Meta {
    lang: String,
    dir: &'static str,
    title: String,
    paper: &'static str,
}

#[derive(Serialize, Clone)]
struct LangLink {
    tag: String,
    name: String,
    href: String,
    current: bool,
    /// The badge shown next to a partly translated language.
    partial: String,
}

#[derive(Serialize, Clone)]
struct Link {
    href: String,
    label: String,
    current: bool,
}

/// What `base.html` shows around every page of the site.
#[derive(Serialize)]
struct Nav {
    lang_home: String,
    search: String,
    status: String,
    langs: Vec<LangLink>,
    crumbs: Vec<Link>,
    /// The module's documents, on a module's pages.
    docs: Vec<Link>,
}

/// A document page: the model of `build`'s template, and the site around it.
#[derive(Serialize)]
struct DocPage<'a, T: Serialize> {
    #[serde(flatten)]
    doc: &'a T,
    site: &'a Nav,
}

#[derive(Serialize)]
struct Page<'a, T: Serialize> {
    meta: Meta,
    site: &'a Nav,
    #[serde(flatten)]
    data: T,
}

/// One language being published.
struct Lang {
    id: LanguageIdentifier,
    state: LocaleState,
}

/// Builds the site into `sink`. Returns every problem found; the caller
/// must not publish what the sink got when they hold an error.
pub fn build(
    ws: &Workspace,
    req: &SiteRequest,
    progress: &dyn Progress,
    sink: &mut dyn Sink,
) -> Result<Diagnostics, crate::Fatal> {
    let mut diags = ws.copy_diags();
    if diags.has_errors() {
        return Ok(diags);
    }
    let project = &ws.project;
    let states = coverage(ws);
    let mut langs: Vec<Lang> = Vec::new();
    for st in &states {
        let id: LanguageIdentifier = st.tag.parse().expect("locale folders are language tags");
        if !req.langs.is_empty() && !req.langs.contains(&id) {
            continue;
        }
        if st.state == "started" {
            diags.push(
                Diagnostic::warning(
                    "site-locale-left-out",
                    crate::msg!("site-locale-left-out", locale = &st.tag, count = st.total),
                )
                .with_note(crate::msg!("site-locale-left-out-note", locale = &st.tag)),
            );
            continue;
        }
        langs.push(Lang {
            id,
            state: st.clone(),
        });
    }
    for l in &req.langs {
        if !states.iter().any(|s| s.tag == l.to_string()) {
            return Err(crate::Fatal::Usage(
                crate::msg!(
                    "usage-no-such-locale",
                    value = l.to_string(),
                    path = "locales/",
                    locales = states
                        .iter()
                        .map(|s| s.tag.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                )
                .into_string(),
            ));
        }
    }
    if langs.is_empty() {
        return Err(crate::Fatal::Usage(
            crate::msg!(
                "usage-site-nothing-to-publish",
                locales = req
                    .langs
                    .iter()
                    .map(|l| l.to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
            .into_string(),
        ));
    }

    // The example packets first: the module pages give their sizes.
    let none = pdf::Reuse::none();
    let reuse = req.reuse.as_deref().unwrap_or(&none);
    // A plan's packet is published only with every one of its languages:
    // a site asked for in English carries no Spanish packet. A plan's
    // language is the locale it falls back to first, as in `packet` (an
    // `es-MX` plan is made from `es`); a locale only started is never
    // published, so neither is a packet in it.
    let mut plans: Vec<&crate::packet::plan::LoadedPlan> = Vec::new();
    for lp in &req.plans {
        let missing: Vec<&str> = lp
            .plan
            .languages
            .iter()
            .filter(|l| {
                let first = l
                    .parse::<LanguageIdentifier>()
                    .ok()
                    .and_then(|l| project.locales.chain(&l).into_iter().next());
                !first.is_some_and(|f| langs.iter().any(|p| p.id == f))
            })
            .map(String::as_str)
            .collect();
        if missing.is_empty() {
            plans.push(lp);
        } else {
            diags.push(Diagnostic::warning(
                "site-packet-left-out",
                crate::msg!(
                    "site-packet-left-out",
                    plan = &ws.sources.get(lp.file).name,
                    locales = missing.join(", ")
                ),
            ));
        }
    }
    let Some(made) = packets::make(ws, &plans, req.options, reuse, progress, sink, &mut diags)?
    else {
        return Ok(diags);
    };

    let mut jobs = Vec::new();
    let mut html_pages: Vec<String> = Vec::new();
    for lang in &langs {
        let mut put = |path: String, bytes: Vec<u8>, sink: &mut dyn Sink| {
            if path.ends_with(".html") {
                html_pages.push(path.clone());
            }
            sink.put(OutputFile {
                path: PathBuf::from(path),
                bytes,
            })
        };
        let tag = lang.id.to_string();
        let mut index: Vec<search::Entry> = Vec::new();
        // The language's own labels, traced: the language-level pages.
        let l10n = Localizer::new(&project.locales, &lang.id, None, None, &mut diags).traced();
        let labels = localize::labels(&l10n, &project.locales);
        let plain_labels: BTreeMap<String, String> = labels
            .iter()
            .map(|(k, v)| (k.clone(), marks::strip(v)))
            .collect();
        let mut trace: Vec<Traced> = l10n.take_trace();
        let Some(engine) = Engine::new(&project.templates, labels.clone(), &ws.sources, &mut diags)
        else {
            return Ok(diags);
        };
        let nav_for = |page: &str, crumbs: Vec<Link>, docs: Vec<Link>| Nav {
            lang_home: rel(page, &format!("{tag}/index.html")),
            search: rel(page, &format!("{tag}/search.html")),
            status: rel(page, &format!("{tag}/status.html")),
            langs: langs
                .iter()
                .map(|o| {
                    let other = o.id.to_string();
                    let target = format!("{other}{}", &page[tag.len()..]);
                    LangLink {
                        tag: other.clone(),
                        name: o.state.name.clone(),
                        href: rel(page, &target),
                        current: o.id == lang.id,
                        partial: if o.state.state == "partial" {
                            format!(
                                "{} {}%",
                                plain_labels
                                    .get("ui-site-partial")
                                    .cloned()
                                    .unwrap_or_default(),
                                o.state.percent
                            )
                        } else {
                            String::new()
                        },
                    }
                })
                .collect(),
            crumbs,
            docs,
        };
        // `labels` is the language's own (traced) labels, or a module's on
        // that module's pages, so each page's marks match its trace.
        let home_crumb = |page: &str, labels: &BTreeMap<String, String>| Link {
            href: rel(page, &format!("{tag}/index.html")),
            label: labels.get("ui-site-home").cloned().unwrap_or_default(),
            current: false,
        };

        #[derive(Serialize)]
        struct Card {
            id: String,
            href: String,
            title: String,
            summary: Vec<String>,
            total_label: String,
            group_size_label: String,
            objectives: Vec<String>,
        }
        let mut cards: Vec<Card> = Vec::new();

        for lm in &project.modules {
            let m = &lm.module;
            let docs = localize_traced(project, lm, &lang.id, "letter", &ws.sources, &mut diags);
            if diags.has_errors() {
                continue;
            }
            let dir = format!("{tag}/{}", m.id);
            let module_page = format!("{dir}/index.html");
            let title = marks::strip(&docs.guide.meta.title);
            let offset = trace.len();
            cards.push(Card {
                id: m.id.clone(),
                href: rel(&format!("{tag}/index.html"), &module_page),
                title: marks::shift(&docs.guide.meta.title, offset),
                summary: docs
                    .guide
                    .meta
                    .summary
                    .iter()
                    .map(|s| marks::shift(s, offset))
                    .collect(),
                total_label: marks::shift(&docs.guide.meta.total_label, offset),
                group_size_label: marks::shift(&docs.guide.meta.group_size_label, offset),
                objectives: docs
                    .guide
                    .objectives
                    .iter()
                    .map(|s| marks::shift(s, offset))
                    .collect(),
            });
            trace.extend(docs.trace.iter().cloned());

            let Some(mengine) = Engine::new(
                &project.templates,
                docs.guide.labels.clone(),
                &ws.sources,
                &mut diags,
            ) else {
                return Ok(diags);
            };
            // The module's own navigation: overview, guide, handouts.
            let mut doc_links: Vec<(String, String)> = vec![
                (
                    module_page.clone(),
                    docs.guide
                        .labels
                        .get("ui-site-overview")
                        .cloned()
                        .unwrap_or_default(),
                ),
                (
                    format!("{dir}/{}", crate::pipeline::html::guide_name()),
                    docs.guide
                        .labels
                        .get("ui-facilitator-guide")
                        .cloned()
                        .unwrap_or_default(),
                ),
            ];
            for h in &docs.handouts {
                doc_links.push((
                    format!(
                        "{dir}/{}",
                        crate::pipeline::html::handout_name(&h.handout.id)
                    ),
                    h.handout.title.clone(),
                ));
            }
            let docs_nav = |page: &str| -> Vec<Link> {
                doc_links
                    .iter()
                    .map(|(p, l)| Link {
                        href: rel(page, p),
                        label: l.clone(),
                        current: p == page,
                    })
                    .collect()
            };
            let crumbs = |page: &str| {
                vec![
                    home_crumb(page, &docs.guide.labels),
                    Link {
                        href: rel(page, &module_page),
                        label: docs.guide.meta.title.clone(),
                        current: false,
                    },
                ]
            };

            // The guide and the handouts, as `build` renders them.
            let page = format!("{dir}/{}", crate::pipeline::html::guide_name());
            let nav = nav_for(&page, crumbs(&page), docs_nav(&page));
            if let Some(html) = mengine.render(
                "guide.html",
                &DocPage {
                    doc: &docs.guide,
                    site: &nav,
                },
                &project.templates,
                &ws.sources,
                &mut diags,
            ) {
                let html = finish(&mengine, &html, &docs.trace, &nav, ws, &mut diags);
                index.push(search::Entry {
                    t: plain_labels
                        .get("ui-facilitator-guide")
                        .cloned()
                        .unwrap_or_default(),
                    m: title.clone(),
                    u: rel(&format!("{tag}/search.html"), &page),
                    w: search::words(&html),
                });
                put(page, html.into_bytes(), sink)?;
            }
            for h in &docs.handouts {
                let page = format!(
                    "{dir}/{}",
                    crate::pipeline::html::handout_name(&h.handout.id)
                );
                let nav = nav_for(&page, crumbs(&page), docs_nav(&page));
                if let Some(html) = mengine.render(
                    "handout.html",
                    &DocPage { doc: h, site: &nav },
                    &project.templates,
                    &ws.sources,
                    &mut diags,
                ) {
                    let html = finish(&mengine, &html, &docs.trace, &nav, ws, &mut diags);
                    index.push(search::Entry {
                        t: marks::strip(&h.handout.title),
                        m: title.clone(),
                        u: rel(&format!("{tag}/search.html"), &page),
                        w: search::words(&html),
                    });
                    put(page, html.into_bytes(), sink)?;
                }
            }

            // The PDFs: every paper, this language alone and beside each
            // other published language.
            #[derive(Serialize)]
            struct PdfLink {
                href: String,
                label: String,
            }
            #[derive(Serialize)]
            struct PdfSet {
                paper: String,
                label: String,
                pdfs: Vec<PdfLink>,
                bilingual: Vec<BilingualSet>,
            }
            #[derive(Serialize)]
            struct BilingualSet {
                label: String,
                pdfs: Vec<PdfLink>,
            }
            let mut sets = Vec::new();
            for paper in PAPERS {
                let mut scratch = Diagnostics::new();
                let own = localize_one(project, lm, &lang.id, paper, &ws.sources, &mut scratch);
                let names = |pdf_dir: &str| -> Vec<PdfLink> {
                    let mut v = vec![PdfLink {
                        href: rel(&module_page, &format!("{pdf_dir}/guide.pdf")),
                        label: docs
                            .guide
                            .labels
                            .get("ui-facilitator-guide")
                            .cloned()
                            .unwrap_or_default(),
                    }];
                    for (h, hd) in m.handouts.iter().zip(&docs.handouts) {
                        v.push(PdfLink {
                            href: rel(&module_page, &format!("{pdf_dir}/{}", pdf::handout_name(h))),
                            label: if localize::is_card(h.kind) {
                                format!(
                                    "{} ({})",
                                    hd.handout.title,
                                    docs.guide
                                        .labels
                                        .get("ui-site-cards")
                                        .cloned()
                                        .unwrap_or_default()
                                )
                            } else {
                                hd.handout.title.clone()
                            },
                        });
                    }
                    v
                };
                let pdf_dir = format!("{dir}/{paper}");
                jobs.extend(pdf::requests_for(
                    m,
                    &[&own],
                    paper,
                    false,
                    req.options.source_date_epoch,
                    &|n| PathBuf::from(format!("{pdf_dir}/{n}")),
                ));
                let mut set = PdfSet {
                    paper: paper.to_string(),
                    label: docs
                        .guide
                        .labels
                        .get(if paper == "a4" {
                            "ui-site-paper-iso"
                        } else {
                            "ui-site-letter"
                        })
                        .cloned()
                        .unwrap_or_default(),
                    pdfs: names(&pdf_dir),
                    bilingual: Vec::new(),
                };
                for other in langs.iter().filter(|o| o.id != lang.id) {
                    let theirs =
                        localize_one(project, lm, &other.id, paper, &ws.sources, &mut scratch);
                    let bdir = format!("{pdf_dir}/{tag}+{}", other.id);
                    jobs.extend(pdf::requests_for(
                        m,
                        &[&own, &theirs],
                        paper,
                        false,
                        req.options.source_date_epoch,
                        &|n| PathBuf::from(format!("{bdir}/{n}")),
                    ));
                    set.bilingual.push(BilingualSet {
                        label: format!("{} + {}", lang.state.name, other.state.name),
                        pdfs: names(&bdir),
                    });
                }
                sets.push(set);
            }

            // The module's page.
            #[derive(Serialize)]
            struct ModulePage<'a> {
                module: &'a crate::localize::LocalizedModule,
                guide_href: String,
                handouts: Vec<PdfLink>,
                sets: Vec<PdfSet>,
                packets: Vec<packets::PacketLink>,
            }
            let mut page_trace = docs.trace.clone();
            let packet_links =
                packets::links(ws, &made, &m.id, &module_page, &lang.id, &mut page_trace);
            let nav = nav_for(
                &module_page,
                vec![home_crumb(&module_page, &docs.guide.labels)],
                docs_nav(&module_page),
            );
            let data = Page {
                meta: Meta {
                    lang: tag.clone(),
                    dir: "ltr",
                    title: docs.guide.meta.title.clone(),
                    paper: "letter",
                },
                site: &nav,
                data: ModulePage {
                    module: &docs.guide,
                    guide_href: "guide.html".into(),
                    handouts: docs
                        .handouts
                        .iter()
                        .map(|h| PdfLink {
                            href: crate::pipeline::html::handout_name(&h.handout.id),
                            label: h.handout.title.clone(),
                        })
                        .collect(),
                    sets,
                    packets: packet_links,
                },
            };
            if let Some(html) = mengine.render(
                "site-module.html",
                &data,
                &project.templates,
                &ws.sources,
                &mut diags,
            ) {
                let html = finish(&mengine, &html, &page_trace, &nav, ws, &mut diags);
                index.push(search::Entry {
                    t: title.clone(),
                    m: String::new(),
                    u: rel(&format!("{tag}/search.html"), &module_page),
                    w: search::words(&html),
                });
                put(module_page.clone(), html.into_bytes(), sink)?;
            }
        }
        if diags.has_errors() {
            return Ok(diags);
        }

        // The language's home, search and status pages.
        let page = format!("{tag}/index.html");
        let nav = nav_for(&page, Vec::new(), Vec::new());
        #[derive(Serialize)]
        struct Home<'a> {
            modules: &'a [Card],
            state: &'a LocaleState,
        }
        let title = labels.get("ui-site-title").cloned().unwrap_or_default();
        let meta = |title: &str| Meta {
            lang: tag.clone(),
            dir: "ltr",
            title: title.to_string(),
            paper: "letter",
        };
        if let Some(html) = engine.render(
            "site-lang.html",
            &Page {
                meta: meta(&title),
                site: &nav,
                data: Home {
                    modules: &cards,
                    state: &lang.state,
                },
            },
            &project.templates,
            &ws.sources,
            &mut diags,
        ) {
            let html = finish(&engine, &html, &trace, &nav, ws, &mut diags);
            put(page, html.into_bytes(), sink)?;
        }

        let page = format!("{tag}/status.html");
        let nav = nav_for(&page, vec![home_crumb(&page, &labels)], Vec::new());
        #[derive(Serialize)]
        struct Status<'a> {
            locales: &'a [LocaleState],
        }
        let status_title = labels.get("ui-site-status").cloned().unwrap_or_default();
        if let Some(html) = engine.render(
            "site-status.html",
            &Page {
                meta: meta(&status_title),
                site: &nav,
                data: Status { locales: &states },
            },
            &project.templates,
            &ws.sources,
            &mut diags,
        ) {
            let html = finish(&engine, &html, &trace, &nav, ws, &mut diags);
            put(page, html.into_bytes(), sink)?;
        }

        let page = format!("{tag}/search.html");
        let mut nav = nav_for(&page, vec![home_crumb(&page, &labels)], Vec::new());
        nav.search = String::new();
        #[derive(Serialize)]
        struct Search {
            script: String,
            index: &'static str,
        }
        let search_title = labels.get("ui-site-search").cloned().unwrap_or_default();
        if let Some(html) = engine.render(
            "site-search.html",
            &Page {
                meta: meta(&search_title),
                site: &nav,
                data: Search {
                    script: rel(&page, "search.js"),
                    index: "search-index.js",
                },
            },
            &project.templates,
            &ws.sources,
            &mut diags,
        ) {
            let html = finish(&engine, &html, &trace, &nav, ws, &mut diags);
            put(page, html.into_bytes(), sink)?;
        }
        sink.put(OutputFile {
            path: PathBuf::from(format!("{tag}/search-index.js")),
            bytes: search::index_script(&index).into_bytes(),
        })?;
    }

    root_pages(ws, req, &langs, &html_pages, sink, &mut diags)?;

    if !diags.has_errors() && !jobs.is_empty() {
        pdf::render_all_reusing(
            ws.typst(),
            &project.templates,
            &jobs,
            &ws.sources,
            progress,
            sink,
            reuse,
            &mut diags,
        )?;
    }
    Ok(diags)
}

/// A rendered page made final: fallback text marked with its language and
/// listed in the notice `base.html` leaves room for, every other mark
/// removed.
fn finish(
    engine: &Engine,
    html: &str,
    trace: &[Traced],
    _nav: &Nav,
    ws: &Workspace,
    diags: &mut Diagnostics,
) -> String {
    let (html, found) = marks::rewrite(html, trace);
    let notice = if found.is_empty() {
        String::new()
    } else {
        #[derive(Serialize)]
        struct Notice<'a> {
            items: &'a [marks::FallbackText],
        }
        engine
            .render(
                "site-fallbacks.html",
                &Notice { items: &found },
                &ws.project.templates,
                &ws.sources,
                diags,
            )
            .map(|n| marks::rewrite(&n, trace).0)
            .unwrap_or_default()
    };
    html.replacen("<!--puente:fallbacks-->", &notice, 1)
}

/// The pages at the root: the language chooser, the 404 page, the search
/// script and, with a base URL, the sitemap.
fn root_pages(
    ws: &Workspace,
    req: &SiteRequest,
    langs: &[Lang],
    html_pages: &[String],
    sink: &mut dyn Sink,
    diags: &mut Diagnostics,
) -> Result<(), crate::Fatal> {
    let project = &ws.project;
    let source = crate::l10n::source_locale();
    #[derive(Serialize)]
    struct Choice {
        tag: String,
        name: String,
        href: String,
        choose: String,
        title: String,
        not_found: String,
        not_found_intro: String,
        partial: String,
    }
    let base = req
        .base_url
        .as_deref()
        .map(|b| format!("{}/", b.trim_end_matches('/')));
    let mut choices = Vec::new();
    for l in langs {
        let l10n = Localizer::new(&project.locales, &l.id, None, None, &mut Diagnostics::new());
        let labels = localize::labels(&l10n, &project.locales);
        let get = |id: &str| labels.get(id).cloned().unwrap_or_default();
        choices.push(Choice {
            tag: l.state.tag.clone(),
            name: l.state.name.clone(),
            href: format!("{}/index.html", l.state.tag),
            choose: get("ui-site-choose-language"),
            title: get("ui-site-title"),
            not_found: get("ui-site-not-found"),
            not_found_intro: get("ui-site-not-found-intro"),
            partial: if l.state.state == "partial" {
                format!("{} {}%", get("ui-site-partial"), l.state.percent)
            } else {
                String::new()
            },
        });
    }
    let l10n = Localizer::new(&project.locales, &source, None, None, diags);
    let labels = localize::labels(&l10n, &project.locales);
    let Some(engine) = Engine::new(&project.templates, labels.clone(), &ws.sources, diags) else {
        return Ok(());
    };
    #[derive(Serialize)]
    struct Root<'a> {
        meta: Meta,
        choices: &'a [Choice],
        base: String,
    }
    let meta = |title: String| Meta {
        lang: source.to_string(),
        dir: "ltr",
        title,
        paper: "letter",
    };
    let title = choices
        .iter()
        .map(|c| c.title.as_str())
        .collect::<Vec<_>>()
        .join(" · ");
    if let Some(html) = engine.render(
        "site-home.html",
        &Root {
            meta: meta(title),
            choices: &choices,
            base: String::new(),
        },
        &project.templates,
        &ws.sources,
        diags,
    ) {
        sink.put(OutputFile {
            path: "index.html".into(),
            bytes: html.into_bytes(),
        })?;
    }
    let title = choices
        .iter()
        .map(|c| c.not_found.as_str())
        .collect::<Vec<_>>()
        .join(" · ");
    if let Some(html) = engine.render(
        "site-404.html",
        &Root {
            meta: meta(title),
            choices: &choices,
            base: base.clone().unwrap_or_default(),
        },
        &project.templates,
        &ws.sources,
        diags,
    ) {
        sink.put(OutputFile {
            path: "404.html".into(),
            bytes: html.into_bytes(),
        })?;
    }
    sink.put(OutputFile {
        path: "search.js".into(),
        bytes: search::SCRIPT.as_bytes().to_vec(),
    })?;
    if let Some(base) = base {
        sink.put(OutputFile {
            path: "sitemap.xml".into(),
            bytes: sitemap(&base, langs, html_pages).into_bytes(),
        })?;
    }
    Ok(())
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// `sitemap.xml`: every page, each with its other languages.
fn sitemap(base: &str, langs: &[Lang], pages: &[String]) -> String {
    let mut s = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    s.push_str(&format!(
        "  <url><loc>{}index.html</loc></url>\n",
        xml_escape(base)
    ));
    for p in pages {
        s.push_str(&format!(
            "  <url><loc>{}</loc>",
            xml_escape(&format!("{base}{p}"))
        ));
        if let Some((tag, rest)) = p.split_once('/') {
            if langs.iter().any(|l| l.state.tag == tag) {
                for l in langs {
                    s.push_str(&format!(
                        "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                        l.state.tag,
                        xml_escape(&format!("{base}{}/{rest}", l.state.tag))
                    ));
                }
            }
        }
        s.push_str("</url>\n");
    }
    s.push_str("</urlset>\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_links_climb_to_the_root() {
        assert_eq!(rel("index.html", "es/index.html"), "es/index.html");
        assert_eq!(
            rel("es/rights/guide.html", "en/rights/guide.html"),
            "../../en/rights/guide.html"
        );
    }

    #[test]
    fn percent_never_rounds_up_to_complete() {
        assert_eq!(percent(999, 1000), 99);
        assert_eq!(percent(0, 0), 100);
        assert_eq!(percent(1, 3), 33);
    }
}
