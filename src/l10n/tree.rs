//! A Fluent project on disk, as the translator tools see it:
//! `<dir>/<lang>/**/*.ftl`, one folder per locale, files matched across
//! locales by their path inside the locale folder.
//!
//! Two kinds of project are read the same way and differ only in what a
//! *bundle* is (the files whose messages can see each other):
//!
//! - a Puente project (`locales/`): a module's bundle is `common.ftl` plus
//!   `<module>.ftl`, as in `build`;
//! - any other Fluent project (`check --locales DIR --source LANG`): Puente
//!   cannot know how the application groups files, so all the files of a
//!   locale make one bundle.
//!
//! Beside the `.ftl` files, a locale folder may hold two files of Puente's:
//! `puente.yaml` (the locale's settings; `complete: true` declares it
//! finished) and `.reviewed.ftl` (the English each translation was last
//! reviewed against; see [`Reviewed`]).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use unic_langid::LanguageIdentifier;

use super::syntax::{self, Parsed};
use crate::diag::{Diagnostic, Diagnostics};
use crate::source::{FileId, Sources};

/// The settings file in a locale folder.
pub const CONFIG_FILE: &str = "puente.yaml";
/// The review record in a locale folder.
pub const REVIEWED_FILE: &str = ".reviewed.ftl";
/// Folders nested deeper than this inside a locale are not read.
const MAX_DEPTH: usize = 16;

/// What a bundle is; see the module docs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bundles {
    /// `common.ftl` + one other file.
    Puente,
    /// Every file of the locale.
    WholeLocale,
}

/// One `.ftl` file of a locale.
pub struct FtlFile {
    /// The path inside the locale folder, with `/`: `common.ftl`,
    /// `browser/menu.ftl`.
    pub rel: String,
    pub path: PathBuf,
    /// The path as shown to the user.
    pub name: String,
    /// `None` when the file could not be read as text (reported).
    pub file: Option<FileId>,
    pub parsed: Parsed,
    /// The first entry of each id in this file.
    pub index: HashMap<String, usize>,
}

impl FtlFile {
    pub fn get(&self, id: &str) -> Option<&syntax::Entry> {
        self.index.get(id).map(|&i| &self.parsed.entries[i])
    }
}

/// `puente.yaml` in a locale folder.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocaleConfig {
    /// The locale is finished: a missing or untranslated message is an
    /// error, not a warning.
    #[serde(default)]
    pub complete: bool,
}

/// The review record: for each translated message, the English text it was
/// last reviewed against.
///
/// It is a Fluent file, `<lang>/.reviewed.ftl`, so it reads like the English
/// it records: one `## <file>` group per source file, and under it a copy
/// of each reviewed English message, in source order. Regenerated whole by
/// `puente review`, so its order never depends on who reviewed what first,
/// and two translators reviewing different messages touch different lines.
#[derive(Default)]
pub struct Reviewed {
    pub path: PathBuf,
    pub file: Option<FileId>,
    pub parsed: Parsed,
    /// `(file, id)` → entry index in `parsed`.
    pub index: HashMap<(String, String), usize>,
}

impl Reviewed {
    pub fn get(&self, rel: &str, id: &str) -> Option<&syntax::Entry> {
        self.index
            .get(&(rel.to_string(), id.to_string()))
            .map(|&i| &self.parsed.entries[i])
    }
}

pub struct Locale {
    pub tag: String,
    pub lang: LanguageIdentifier,
    pub dir: PathBuf,
    pub files: Vec<FtlFile>,
    pub config: LocaleConfig,
    pub reviewed: Reviewed,
    /// Problems found while reading the locale (syntax errors, encoding).
    pub load_problems: Vec<Diagnostic>,
    /// The first definition of each id over the whole locale, in file order.
    first: HashMap<String, (usize, usize)>,
    by_rel: HashMap<String, usize>,
}

impl Locale {
    pub fn file(&self, rel: &str) -> Option<&FtlFile> {
        self.by_rel.get(rel).map(|&i| &self.files[i])
    }

    pub fn file_index(&self, rel: &str) -> Option<usize> {
        self.by_rel.get(rel).copied()
    }
}

pub struct Tree {
    pub dir: PathBuf,
    /// What shown paths are relative to.
    pub display_root: PathBuf,
    pub bundles: Bundles,
    pub locales: Vec<Locale>,
    /// Index of the source locale in `locales`.
    pub source: usize,
    /// Problems not tied to one locale (a folder that is not a language).
    pub load_problems: Vec<Diagnostic>,
}

impl Tree {
    /// Reads every locale under `dir`. `display_root` is what shown paths
    /// are relative to. A missing source locale is a usage error.
    pub fn load(
        dir: &Path,
        display_root: &Path,
        source: &str,
        bundles: Bundles,
        sources: &mut Sources,
    ) -> Result<Tree, crate::Fatal> {
        let entries = std::fs::read_dir(dir).map_err(|e| crate::Fatal::io(dir, e))?;
        let mut dirs: Vec<(String, PathBuf)> = entries
            .filter_map(Result::ok)
            .filter(|e| e.file_type().map(|t| t.is_dir()).unwrap_or(false))
            .map(|e| (e.file_name().to_string_lossy().into_owned(), e.path()))
            .filter(|(n, _)| !n.starts_with('.'))
            .collect();
        dirs.sort();
        let mut load_problems = Vec::new();
        let mut locales = Vec::new();
        for (name, path) in dirs {
            let Ok(lang) = name.parse::<LanguageIdentifier>() else {
                load_problems.push(Diagnostic::warning(
                    "not-a-locale",
                    format!(
                        "{} is not named after a language tag (such as `es` or `pt-BR`), so Puente skipped it",
                        crate::display_path(&path, display_root)
                    ),
                ));
                continue;
            };
            locales.push(load_locale(name, lang, &path, display_root, sources)?);
        }
        let wanted: Option<LanguageIdentifier> = source.parse().ok();
        let Some(source_index) = locales
            .iter()
            .position(|l| l.tag == source || Some(&l.lang) == wanted.as_ref())
        else {
            let found: Vec<&str> = locales.iter().map(|l| l.tag.as_str()).collect();
            return Err(crate::Fatal::Usage(format!(
                "{} has no folder for the source locale `{source}`; the locale folders are: {}",
                crate::display_path(dir, display_root),
                if found.is_empty() {
                    "(none)".to_string()
                } else {
                    found.join(", ")
                }
            )));
        };
        Ok(Tree {
            dir: dir.to_path_buf(),
            display_root: display_root.to_path_buf(),
            bundles,
            locales,
            source: source_index,
            load_problems,
        })
    }

    /// How the path of `rel` in `loc` is shown, whether or not it exists.
    pub fn shown_path(&self, loc: &Locale, rel: &str) -> String {
        crate::display_path(&loc.dir.join(rel), &self.display_root)
    }

    pub fn source(&self) -> &Locale {
        &self.locales[self.source]
    }

    pub fn locale(&self, tag: &str) -> Option<&Locale> {
        self.locales.iter().find(|l| l.tag == tag)
    }

    /// The files whose messages `file` can use, in lookup order.
    pub fn peers(&self, loc: &Locale, file: usize) -> Vec<usize> {
        match self.bundles {
            Bundles::WholeLocale => (0..loc.files.len()).collect(),
            Bundles::Puente => {
                let mut out = Vec::new();
                if let Some(c) = loc.file_index("common.ftl") {
                    out.push(c);
                }
                if !out.contains(&file) {
                    out.push(file);
                }
                out
            }
        }
    }

    /// Where `id` is first defined in the bundle of `file`: (file, entry).
    pub fn lookup(&self, loc: &Locale, file: usize, id: &str) -> Option<(usize, usize)> {
        match self.bundles {
            Bundles::WholeLocale => loc.first.get(id).copied(),
            Bundles::Puente => self
                .peers(loc, file)
                .into_iter()
                .find_map(|f| loc.files[f].index.get(id).map(|&e| (f, e))),
        }
    }
}

fn load_locale(
    tag: String,
    lang: LanguageIdentifier,
    dir: &Path,
    display_root: &Path,
    sources: &mut Sources,
) -> Result<Locale, crate::Fatal> {
    let mut diags = Diagnostics::new();
    let mut rels = Vec::new();
    walk(dir, dir, 0, &mut rels)?;
    rels.sort();
    let mut files = Vec::new();
    for (rel, path) in rels {
        let name = crate::display_path(&path, display_root);
        let file = sources.read(&path, name.clone(), &mut diags)?;
        let parsed = match file {
            Some(id) => parse_checked(id, sources, &mut diags),
            None => Parsed::default(),
        };
        let mut index = HashMap::new();
        for (i, e) in parsed.entries.iter().enumerate() {
            index.entry(e.id.clone()).or_insert(i);
        }
        files.push(FtlFile {
            rel,
            path,
            name,
            file,
            parsed,
            index,
        });
    }
    let config_path = dir.join(CONFIG_FILE);
    let mut config = LocaleConfig::default();
    if config_path.is_file() {
        let name = crate::display_path(&config_path, display_root);
        if let Some(id) = sources.read(&config_path, name, &mut diags)? {
            if let Some(c) =
                crate::curriculum::yaml::parse::<LocaleConfig>(sources, id, &mut diags, |_, _| None)
            {
                config = c;
            }
        }
    }
    let reviewed_path = dir.join(REVIEWED_FILE);
    let mut reviewed = Reviewed {
        path: reviewed_path.clone(),
        ..Reviewed::default()
    };
    if reviewed_path.is_file() {
        let name = crate::display_path(&reviewed_path, display_root);
        if let Some(id) = sources.read(&reviewed_path, name, &mut diags)? {
            reviewed.parsed = parse_checked(id, sources, &mut diags);
            reviewed.file = Some(id);
            for (i, e) in reviewed.parsed.entries.iter().enumerate() {
                if let Some(g) = e.group {
                    reviewed
                        .index
                        .insert((reviewed.parsed.groups[g].clone(), e.id.clone()), i);
                }
            }
        }
    }
    let mut first = HashMap::new();
    let mut by_rel = HashMap::new();
    for (fi, f) in files.iter().enumerate() {
        by_rel.insert(f.rel.clone(), fi);
        for (ei, e) in f.parsed.entries.iter().enumerate() {
            first.entry(e.id.clone()).or_insert((fi, ei));
        }
    }
    Ok(Locale {
        tag,
        lang,
        dir: dir.to_path_buf(),
        files,
        config,
        reviewed,
        load_problems: diags.items().to_vec(),
        first,
        by_rel,
    })
}

/// Parses a file that was read, reporting syntax errors. A file nested too
/// deeply to parse safely is reported and read as empty.
pub fn parse_checked(file: FileId, sources: &Sources, diags: &mut Diagnostics) -> Parsed {
    let text = &sources.get(file).text;
    if let Some(offset) = super::store::too_deep(text) {
        diags.push(
            Diagnostic::error(
                "ftl-too-deep",
                format!(
                    "placeables are nested more than {} deep; Puente did not read this file further",
                    super::store::MAX_NESTING
                ),
            )
            .at(file, offset..offset + 1, "too deep from here")
            .with_note("a `{` opens a placeable; check for braces that are never closed"),
        );
        return Parsed::default();
    }
    let parsed = syntax::parse(text);
    for e in &parsed.errors {
        diags.push(super::store::syntax_diagnostic(file, sources, e));
    }
    parsed
}

/// Collects `**/*.ftl` under `dir`, skipping dot files and folders (Puente's
/// own bookkeeping, version control) and never following symbolic links to
/// folders.
fn walk(
    base: &Path,
    dir: &Path,
    depth: usize,
    out: &mut Vec<(String, PathBuf)>,
) -> Result<(), crate::Fatal> {
    if depth > MAX_DEPTH {
        return Ok(());
    }
    let entries = std::fs::read_dir(dir).map_err(|e| crate::Fatal::io(dir, e))?;
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let path = entry.path();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            walk(base, &path, depth + 1, out)?;
        } else if name.ends_with(".ftl") && path.is_file() {
            let rel = path
                .strip_prefix(base)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            out.push((rel, path));
        }
    }
    Ok(())
}
