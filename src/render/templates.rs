//! Template lookup: the defaults compiled into the binary, overridden by a
//! file of the same name in the project's `templates/` folder.
//!
//! The lookup order lives here and nowhere else: project file first, then
//! the embedded default. A project template that fails to load is an error;
//! the built-in one is never used silently in its place.

use std::path::Path;

use crate::diag::Diagnostics;
use crate::source::{FileId, Sources};

/// A template's name and text, and the source file it was read from.
#[derive(Debug, Clone)]
pub struct Template {
    pub name: &'static str,
    pub file: FileId,
    pub overridden: bool,
}

/// The built-in templates, by name.
pub const DEFAULTS: &[(&str, &str)] = &[
    ("base.html", include_str!("../../templates/base.html")),
    ("guide.html", include_str!("../../templates/guide.html")),
    ("handout.html", include_str!("../../templates/handout.html")),
    ("packet.html", include_str!("../../templates/packet.html")),
    ("serve.html", include_str!("../../templates/serve.html")),
    (
        "site-home.html",
        include_str!("../../templates/site-home.html"),
    ),
    (
        "site-lang.html",
        include_str!("../../templates/site-lang.html"),
    ),
    (
        "site-module.html",
        include_str!("../../templates/site-module.html"),
    ),
    (
        "site-status.html",
        include_str!("../../templates/site-status.html"),
    ),
    (
        "site-search.html",
        include_str!("../../templates/site-search.html"),
    ),
    (
        "site-404.html",
        include_str!("../../templates/site-404.html"),
    ),
    (
        "site-fallbacks.html",
        include_str!("../../templates/site-fallbacks.html"),
    ),
    ("lib.typ", include_str!("../../templates/lib.typ")),
    ("packet.typ", include_str!("../../templates/packet.typ")),
    ("guide.typ", include_str!("../../templates/guide.typ")),
    ("handout.typ", include_str!("../../templates/handout.typ")),
    ("cards.typ", include_str!("../../templates/cards.typ")),
    (
        "directory.typ",
        include_str!("../../templates/directory.typ"),
    ),
];

/// Loads every template: the project's override where one exists, the
/// built-in default otherwise.
pub fn load(
    project_templates: &Path,
    root: &Path,
    sources: &mut Sources,
    diags: &mut Diagnostics,
) -> Result<Vec<Template>, crate::Fatal> {
    let mut out = Vec::new();
    for (name, text) in DEFAULTS {
        let path = project_templates.join(name);
        if path.is_file() {
            if let Some(file) = sources.read(&path, crate::display_path(&path, root), diags)? {
                out.push(Template {
                    name,
                    file,
                    overridden: true,
                });
            }
        } else {
            let file = sources.add(format!("<built-in>/{name}"), path, (*text).to_string());
            out.push(Template {
                name,
                file,
                overridden: false,
            });
        }
    }
    Ok(out)
}
