//! Editable exports: guides, handouts and the packet's sheets as DOCX and
//! ODT, beside the HTML and PDF at the same paths. The trees come from
//! [`crate::render::doc_model`]; a project's `templates/reference.docx` and
//! `templates/reference.odt` supply the styles.

use std::path::{Path, PathBuf};

use super::docs::ModuleDocs;
use crate::curriculum::schema::Module;
use crate::output::OutputFile;
use crate::render::doc_build;
use crate::render::doc_model::{Document, Stamp};
use crate::render::{docx, odt};

/// Which editable formats to write.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Editable {
    pub docx: bool,
    pub odt: bool,
}

impl Editable {
    pub fn any(self) -> bool {
        self.docx || self.odt
    }
}

/// The project's reference documents, read once per run.
#[derive(Debug, Clone, Default)]
pub struct References {
    pub docx: docx::Reference,
    pub odt: odt::Reference,
}

impl References {
    /// Reads `templates/reference.docx` and `templates/reference.odt` where
    /// they exist (and only the ones `formats` needs).
    pub fn load(root: &Path, formats: Editable) -> Result<References, crate::Fatal> {
        let dir = root.join("templates");
        let read = |name: &str| -> Result<Option<(PathBuf, Vec<u8>)>, crate::Fatal> {
            let p = dir.join(name);
            if !p.is_file() {
                return Ok(None);
            }
            std::fs::read(&p)
                .map(|b| Some((p.clone(), b)))
                .map_err(|e| crate::Fatal::io(&p, e))
        };
        let bad = |p: &Path, why: String| {
            crate::Fatal::io(
                p,
                std::io::Error::other(format!("not a usable reference document: {why}")),
            )
        };
        let mut out = References::default();
        if formats.docx {
            if let Some((p, b)) = read("reference.docx")? {
                out.docx = docx::Reference::read(&b).map_err(|e| bad(&p, e))?;
            }
        }
        if formats.odt {
            if let Some((p, b)) = read("reference.odt")? {
                out.odt = odt::Reference::read(&b).map_err(|e| bad(&p, e))?;
            }
        }
        Ok(out)
    }
}

/// The stamp of a module's documents: `SOURCE_DATE_EPOCH`, else the
/// module's date.
pub fn module_stamp(m: &Module, epoch: Option<i64>) -> Stamp {
    Stamp::new(epoch, crate::curriculum::parse_date(&m.current_as_of))
}

/// Writes one document in each format asked for, `name` without extension.
pub fn files(
    doc: &Document,
    formats: Editable,
    refs: &References,
    name: &str,
    path: &dyn Fn(&str) -> PathBuf,
) -> Vec<OutputFile> {
    let mut out = Vec::new();
    if formats.docx {
        out.push(OutputFile {
            path: path(&format!("{name}.docx")),
            bytes: docx::write(doc, &refs.docx),
        });
    }
    if formats.odt {
        out.push(OutputFile {
            path: path(&format!("{name}.odt")),
            bytes: odt::write(doc, &refs.odt),
        });
    }
    out
}

/// The guide and the handouts (pocket cards are not exported) of one
/// module in one language, or two side by side. `path` maps a file name
/// (`guide.docx`, `handout-<id>.odt`) to where it goes.
///
/// `group` should be localized with trace marks
/// ([`super::docs::localize_traced`]): they tell which text fell back to
/// another language, and the documents tag it with that language.
pub fn module_files(
    m: &Module,
    group: &[&ModuleDocs],
    formats: Editable,
    refs: &References,
    epoch: Option<i64>,
    path: &dyn Fn(&str) -> PathBuf,
) -> Vec<OutputFile> {
    let stamp = module_stamp(m, epoch);
    let pair = |mut docs: Vec<Document>| -> Document {
        let first = docs.remove(0);
        match docs.pop() {
            Some(second) => Document::side_by_side(first, second),
            None => first,
        }
    };
    let mut out = Vec::new();
    let guide = pair(
        group
            .iter()
            .map(|d| doc_build::guide(&d.guide, &d.trace, stamp))
            .collect(),
    );
    out.extend(files(&guide, formats, refs, "guide", path));
    for (i, h) in m.handouts.iter().enumerate() {
        if crate::localize::is_card(h.kind) {
            continue;
        }
        let docs: Vec<Document> = group
            .iter()
            .filter_map(|d| Some((d.handouts.get(i)?, &d.trace)))
            .map(|(h, trace)| doc_build::handout(h, trace, stamp))
            .collect();
        if docs.is_empty() {
            continue;
        }
        out.extend(files(
            &pair(docs),
            formats,
            refs,
            &format!("handout-{}", h.id),
            path,
        ));
    }
    out
}
