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

/// Template engines already made, by the labels they were made with: every
/// module of one language shares its labels, so a run parses the templates
/// once per language instead of once per module.
#[derive(Default)]
pub struct Engines {
    made: Vec<(std::collections::BTreeMap<String, String>, Engine)>,
}

impl Engines {
    pub fn get(
        &mut self,
        project: &Project,
        labels: &std::collections::BTreeMap<String, String>,
        sources: &Sources,
        diags: &mut Diagnostics,
    ) -> Option<&Engine> {
        let i = match self.made.iter().position(|(l, _)| l == labels) {
            Some(i) => i,
            None => {
                let e = Engine::new(&project.templates, labels.clone(), sources, diags)?;
                self.made.push((labels.clone(), e));
                self.made.len() - 1
            }
        };
        Some(&self.made[i].1)
    }
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
    pages_with(&mut Engines::default(), project, docs, path, sources, diags)
}

/// [`pages`], reusing the engines in `engines`.
pub fn pages_with(
    engines: &mut Engines,
    project: &Project,
    docs: &ModuleDocs,
    path: &dyn Fn(&str) -> PathBuf,
    sources: &Sources,
    diags: &mut Diagnostics,
) -> Vec<OutputFile> {
    let Some(engine) = engines.get(project, &docs.guide.labels, sources, diags) else {
        return Vec::new();
    };
    let mut files = Vec::new();
    if let Some(bytes) = engine.guide_bytes(&docs.guide, &project.templates, sources, diags) {
        files.push(OutputFile {
            path: path(&guide_name()),
            bytes,
        });
    }
    for doc in &docs.handouts {
        if let Some(bytes) = engine.handout_bytes(doc, &project.templates, sources, diags) {
            files.push(OutputFile {
                path: path(&handout_name(&doc.handout.id)),
                bytes,
            });
        }
    }
    files
}
