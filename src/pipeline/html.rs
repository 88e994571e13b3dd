//! HTML pages of one module in one language: the guide and each handout.

use std::path::PathBuf;

use super::docs::ModuleDocs;
use crate::diag::Diagnostics;
use crate::output::OutputFile;
use crate::project::Project;
use crate::render::html::Engine;
use crate::source::Sources;

/// The file names `build` gives a module's pages; the server serves the
/// same names.
pub fn guide_name() -> String {
    "guide.html".into()
}
pub fn handout_name(id: &str) -> String {
    format!("handout-{id}.html")
}

/// Renders the guide and every handout of `docs`. `path` turns a file name
/// (`guide.html`, `handout-<id>.html`) into the output path. A template
/// problem is a diagnostic, and that page is left out.
pub fn pages(
    project: &Project,
    docs: &ModuleDocs,
    path: &dyn Fn(&str) -> PathBuf,
    sources: &Sources,
    diags: &mut Diagnostics,
) -> Vec<OutputFile> {
    let Some(engine) = Engine::new(
        &project.templates,
        docs.guide.labels.clone(),
        sources,
        diags,
    ) else {
        return Vec::new();
    };
    let mut files = Vec::new();
    if let Some(html) = engine.guide(&docs.guide, &project.templates, sources, diags) {
        files.push(OutputFile {
            path: path(&guide_name()),
            bytes: html.into_bytes(),
        });
    }
    for doc in &docs.handouts {
        if let Some(html) = engine.handout(doc, &project.templates, sources, diags) {
            files.push(OutputFile {
                path: path(&handout_name(&doc.handout.id)),
                bytes: html.into_bytes(),
            });
        }
    }
    files
}
