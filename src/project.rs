//! A Puente project on disk: `curricula/`, `locales/` and `templates/` under
//! one root. Loading reads every file once and reports every problem.

use std::path::{Path, PathBuf};

use crate::curriculum::{self, LoadedModule};
use crate::diag::{Diagnostic, Diagnostics};
use crate::l10n::LocaleStore;
use crate::render::templates::{self, Template};
use crate::source::Sources;

pub struct Project {
    pub root: PathBuf,
    pub modules: Vec<LoadedModule>,
    pub locales: LocaleStore,
    pub templates: Vec<Template>,
}

impl Project {
    /// Loads and validates the whole project. Structural problems that make
    /// it impossible to go on (no `curricula/` or `locales/` folder) are
    /// content errors reported as diagnostics.
    pub fn load(
        root: &Path,
        sources: &mut Sources,
        diags: &mut Diagnostics,
    ) -> Result<Project, crate::Fatal> {
        if !root.is_dir() {
            return Err(crate::Fatal::Usage(
                crate::msg!("usage-root-not-a-folder", path = root).into_string(),
            ));
        }
        let locales_dir = root.join("locales");
        let modules = load_curricula(root, sources, diags)?;
        let locales = if locales_dir.is_dir() {
            LocaleStore::load(&locales_dir, root, sources, diags)?
        } else {
            diags.push(
                Diagnostic::error("no-locales", crate::msg!("no-locales", path = root))
                    .with_note(crate::msg!("no-locales-note")),
            );
            LocaleStore::default()
        };
        if locales_dir.is_dir() && !locales.locales().contains(&crate::l10n::source_locale()) {
            diags.push(Diagnostic::error(
                "no-source-locale",
                crate::msg!("no-source-locale"),
            ));
        }
        let templates = templates::load(&root.join("templates"), root, sources, diags)?;
        Ok(Project {
            root: root.to_path_buf(),
            modules,
            locales,
            templates,
        })
    }

    pub fn module(&self, id: &str) -> Option<&LoadedModule> {
        self.modules.iter().find(|m| m.module.id == id)
    }

    /// Coverage of one module in one locale: messages the locale itself defines
    /// out of the messages the module needs.
    pub fn coverage(&self, module: &str, lang: &unic_langid::LanguageIdentifier) -> (usize, usize) {
        let Some(m) = self.module(module) else {
            return (0, 0);
        };
        let expected = crate::ids::expected_messages(&m.module);
        let files = self.locales.files_for(lang, Some(module));
        let defined = expected
            .iter()
            .filter(|e| {
                files
                    .iter()
                    .any(|f| f.site(&e.id).is_some_and(|s| !s.untranslated))
            })
            .count();
        (defined, expected.len())
    }
}

/// Reads and validates every `curricula/<id>/module.yaml` under `root`.
pub fn load_curricula(
    root: &Path,
    sources: &mut Sources,
    diags: &mut Diagnostics,
) -> Result<Vec<LoadedModule>, crate::Fatal> {
    let curricula = root.join("curricula");
    let mut modules = Vec::new();
    if curricula.is_dir() {
        let mut dirs: Vec<PathBuf> = std::fs::read_dir(&curricula)
            .map_err(|e| crate::Fatal::io(&curricula, e))?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_dir())
            .collect();
        dirs.sort();
        // Read in folder order, then parse and check on every core; the
        // problems are reported folder by folder, as if one at a time.
        struct Read {
            folder: String,
            path: PathBuf,
            file: Option<crate::source::FileId>,
            diags: Diagnostics,
        }
        let mut read = Vec::new();
        for dir in dirs {
            let folder = dir
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let path = dir.join("module.yaml");
            let mut found = Diagnostics::new();
            let file = if path.is_file() {
                sources.read(&path, crate::display_path(&path, root), &mut found)?
            } else {
                found.push(Diagnostic::warning(
                    "no-module-file",
                    crate::msg!("no-module-file", path = crate::display_path(&dir, root)),
                ));
                None
            };
            read.push(Read {
                folder,
                path,
                file,
                diags: found,
            });
        }
        let shared: &Sources = sources;
        let parsed = crate::par::on_every_core(&read, |r| {
            let mut d = Diagnostics::new();
            let m = r.file.and_then(|file| {
                let m = curriculum::parse_module(shared, file, &r.path, &mut d)?;
                curriculum::validate(&m, &r.folder, shared, &mut d);
                Some(m)
            });
            (m, d)
        });
        for (r, (m, d)) in read.iter().zip(parsed) {
            for x in r.diags.items().iter().chain(d.items()) {
                diags.push(x.clone());
            }
            modules.extend(m);
        }
        if modules.is_empty() && !diags.has_errors() {
            diags.push(Diagnostic::error(
                "empty-project",
                crate::msg!(
                    "empty-project",
                    path = crate::display_path(&curricula, root)
                ),
            ));
        }
    } else {
        diags.push(
            Diagnostic::error("no-curricula", crate::msg!("no-curricula", path = root))
                .with_note(crate::msg!("no-curricula-note")),
        );
    }
    Ok(modules)
}
