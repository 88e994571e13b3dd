//! Guides, handouts and pocket cards for modules × languages, at the paths
//! `build` writes (`<module>/<lang>/guide.html`, `…/guide.pdf`,
//! `…/handout-<id>.html`, `…/cards-<id>.pdf`, `<module>/<l1>+<l2>/` for
//! bilingual PDFs).

use std::path::PathBuf;

use unic_langid::LanguageIdentifier;

use super::docs::{localize_one, ModuleDocs};
use super::{html, pdf, select, Options, Progress, Sink};
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
    let refs = super::editable::References::load(&ws.project.root, req.editable)?;
    let mut jobs = Vec::new();
    for lm in &modules {
        let docs: Vec<ModuleDocs> = req
            .langs
            .iter()
            .map(|lang| localize_one(&ws.project, lm, lang, &req.paper, &ws.sources, &mut diags))
            .collect();
        if diags.has_errors() {
            continue;
        }
        if req.html {
            for d in &docs {
                let dir = docs_dir(&lm.module.id, &[&d.lang]);
                for f in html::pages(&ws.project, d, &|n| dir.join(n), &ws.sources, &mut diags) {
                    sink.put(f)?;
                }
            }
        }
        if req.editable.any() {
            let groups: Vec<Vec<&ModuleDocs>> = if req.bilingual {
                vec![docs.iter().collect()]
            } else {
                docs.iter().map(|d| vec![d]).collect()
            };
            for group in groups {
                let langs: Vec<&LanguageIdentifier> = group.iter().map(|d| &d.lang).collect();
                let dir = docs_dir(&lm.module.id, &langs);
                for f in super::editable::module_files(
                    &lm.module,
                    &group,
                    req.editable,
                    &refs,
                    req.options.source_date_epoch,
                    &|name| dir.join(name),
                ) {
                    sink.put(f)?;
                }
            }
        }
        if req.pdf {
            let groups: Vec<Vec<&ModuleDocs>> = if req.bilingual {
                vec![docs.iter().collect()]
            } else {
                docs.iter().map(|d| vec![d]).collect()
            };
            for group in groups {
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
