//! The project as every command and front end sees it, loaded once.
//!
//! [`Workspace`] is what the pipeline works on (typst-cli's `World` is the
//! model): the modules, locales and templates read and validated once, the
//! sources kept for snippets, and one Typst (fonts) for the whole run. The
//! server keeps one and loads a new one when a file changes.
//!
//! [`Translations`] is the translator tools' view (`check`, `status`,
//! `sync`, `review`): the locale folders of this project, or of any Fluent
//! project (`--locales DIR --source LANG`), with the YAML and templates when
//! asked.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::curriculum::LoadedModule;
use crate::diag::Diagnostics;
use crate::l10n::check::{self, Finding};
use crate::l10n::tree::{Bundles, Tree};
use crate::packet::plan::{self, LoadedPlan};
use crate::project::Project;
use crate::render::pdf::Typst;
use crate::render::templates::Template;
use crate::source::Sources;

/// A Puente project, loaded and validated.
pub struct Workspace {
    pub root: PathBuf,
    pub sources: Sources,
    pub project: Project,
    /// What loading and validating found. The pipeline renders nothing
    /// while this holds an error.
    pub diags: Diagnostics,
    /// Made when a PDF is first asked for: an HTML build never needs its
    /// fonts.
    typst: std::sync::OnceLock<Arc<Typst>>,
}

impl Workspace {
    /// Loads and validates the project at `root`.
    pub fn load(root: &Path) -> Result<Workspace, crate::Fatal> {
        Self::load_typst(root, std::sync::OnceLock::new())
    }

    /// Like [`Workspace::load`], reusing an already loaded Typst (its fonts),
    /// as the server does on every reload.
    pub fn load_with(root: &Path, typst: Arc<Typst>) -> Result<Workspace, crate::Fatal> {
        Self::load_typst(root, std::sync::OnceLock::from(typst))
    }

    fn load_typst(
        root: &Path,
        typst: std::sync::OnceLock<Arc<Typst>>,
    ) -> Result<Workspace, crate::Fatal> {
        let mut sources = Sources::new();
        let mut diags = Diagnostics::new();
        let project = Project::load(root, &mut sources, &mut diags)?;
        Ok(Workspace {
            root: root.to_path_buf(),
            sources,
            project,
            diags,
            typst,
        })
    }

    /// A fresh collector holding what loading found, for one request.
    pub fn copy_diags(&self) -> Diagnostics {
        let mut d = Diagnostics::new();
        for x in self.diags.items() {
            d.push(x.clone());
        }
        d
    }

    pub fn typst(&self) -> &Typst {
        self.typst.get_or_init(|| Arc::new(Typst::new()))
    }

    pub fn typst_handle(&self) -> Arc<Typst> {
        self.typst.get_or_init(|| Arc::new(Typst::new())).clone()
    }

    /// Reads and checks every plan of the project's `plans/` folder, in
    /// name order. Their problems join [`Workspace::diags`]: to the site,
    /// which makes every plan's packet, they are the project's.
    pub fn load_plans(&mut self) -> Result<Vec<LoadedPlan>, crate::Fatal> {
        let mut plans = Vec::new();
        for path in plan::files(&self.root)? {
            if let Some(lp) = plan::load(&path, &self.project, &mut self.sources, &mut self.diags)?
            {
                plans.push(lp);
            }
        }
        Ok(plans)
    }

    /// Reads and checks a plan file. Its problems go to `diags`.
    pub fn load_plan(
        &mut self,
        path: &Path,
        diags: &mut Diagnostics,
    ) -> Result<Option<LoadedPlan>, crate::Fatal> {
        plan::load(path, &self.project, &mut self.sources, diags)
    }
}

/// The translations to work on, and for a Puente project its modules and
/// templates.
pub struct Translations {
    pub tree: Tree,
    pub project: Option<(Vec<LoadedModule>, Vec<Template>)>,
    /// Problems found reading the YAML and templates.
    pub findings: Vec<Finding>,
}

impl Translations {
    /// The folder holding the locale folders, as shown to the user.
    pub fn shown_dir(&self) -> String {
        crate::display_path(&self.tree.dir, &self.tree.display_root)
    }
}

/// Loads the translations; with `with_project`, also the modules and
/// templates of a Puente project.
pub fn load_translations(
    root: &Path,
    locales: Option<&Path>,
    source: Option<&str>,
    with_project: bool,
    sources: &mut Sources,
) -> Result<Translations, crate::Fatal> {
    if let Some(dir) = locales {
        let source = source.ok_or_else(|| {
            crate::Fatal::Usage(crate::msg!("usage-locales-needs-source").into_string())
        })?;
        if !dir.is_dir() {
            return Err(crate::Fatal::Usage(
                crate::msg!("usage-locales-not-a-folder", path = dir).into_string(),
            ));
        }
        let tree = Tree::load(dir, Path::new(""), source, Bundles::Separate, sources)?;
        return Ok(Translations {
            tree,
            project: None,
            findings: Vec::new(),
        });
    }
    if !root.is_dir() {
        return Err(crate::Fatal::Usage(
            crate::msg!("usage-root-not-a-folder", path = root).into_string(),
        ));
    }
    let dir: PathBuf = root.join("locales");
    if !dir.is_dir() {
        return Err(crate::Fatal::Usage(
            crate::msg!("usage-no-locales-folder", path = root).into_string(),
        ));
    }
    let source = crate::l10n::source_locale().to_string();
    let tree = Tree::load(&dir, root, &source, Bundles::Puente, sources)?;
    let mut findings = Vec::new();
    let project = if with_project {
        let mut diags = Diagnostics::new();
        let modules = crate::project::load_curricula(root, sources, &mut diags)?;
        let templates =
            crate::render::templates::load(&root.join("templates"), root, sources, &mut diags)?;
        for d in diags.items() {
            findings.push(Finding {
                locale: None,
                group: check::group_of(d, sources, "curricula"),
                diag: d.clone(),
            });
        }
        Some((modules, templates))
    } else {
        None
    };
    Ok(Translations {
        tree,
        project,
        findings,
    })
}

/// Checks that every `--lang` names a locale folder.
pub fn selected_locales(ws: &Translations, langs: &[String]) -> Result<Vec<String>, crate::Fatal> {
    let mut out = Vec::new();
    for l in langs {
        let lang: unic_langid::LanguageIdentifier = l.parse().map_err(|_| {
            crate::Fatal::Usage(crate::msg!("usage-not-a-lang-tag", value = l).into_string())
        })?;
        let Some(loc) = ws
            .tree
            .locales
            .iter()
            .find(|x| x.tag == *l || x.lang == lang)
        else {
            let known: Vec<&str> = ws.tree.locales.iter().map(|x| x.tag.as_str()).collect();
            return Err(crate::Fatal::Usage(
                crate::msg!(
                    "usage-no-such-locale",
                    value = l,
                    path = ws.shown_dir(),
                    locales = known.join(", ")
                )
                .into_string(),
            ));
        };
        if !out.contains(&loc.tag) {
            out.push(loc.tag.clone());
        }
    }
    Ok(out)
}
