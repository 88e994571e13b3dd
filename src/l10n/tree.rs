//! A Fluent project on disk, as the translator tools see it:
//! `<dir>/<lang>/**/*.ftl`, one folder per locale, files matched across
//! locales by their path inside the locale folder.
//!
//! Two kinds of project are read the same way and differ only in what a
//! *bundle* is (the files whose messages can see each other):
//!
//! - a Puente project (`locales/`): a module's bundle is `common.ftl` plus
//!   `<module>.ftl`, as in `build`;
//! - any other Fluent project (`check --locales DIR --source LANG`, or a
//!   compare-locales `l10n.toml`): Puente cannot know which files the
//!   application loads together, so each file is its own bundle. An id
//!   defined in two files is then not a duplicate (Thunderbird reuses ids
//!   across files it loads separately), and a reference resolves when any
//!   file of the locale defines it (a file may be loaded with any other).
//!
//! A folder that holds no `.ftl` file, or whose name is not a language tag,
//! is not a locale: it is skipped, and one note names every such folder.
//!
//! Beside the `.ftl` files, a locale folder may hold `puente.yaml` (the
//! locale's settings; `complete: true` declares it finished). The review
//! record (the English each translation was last reviewed against; see
//! [`Reviewed`]) lives beside the locale folders, in
//! `.reviewed/<locale>.ftl` (see [`super::state`]).

use std::collections::HashMap;

use rustc_hash::FxHashMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use unic_langid::LanguageIdentifier;

use super::syntax::{self, Parsed};
use crate::diag::{Diagnostic, Diagnostics};
use crate::source::{FileId, Sources};

/// The settings file in a locale folder.
pub const CONFIG_FILE: &str = "puente.yaml";
/// Folders nested deeper than this inside a locale are not read.
const MAX_DEPTH: usize = 16;

/// What a bundle is; see the module docs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bundles {
    /// `common.ftl` + one other file.
    Puente,
    /// Each file on its own; references may point into any file.
    Separate,
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
    pub index: FxHashMap<String, usize>,
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
    /// The Hunspell dictionary `check --spell` uses (`en_GB`), when it is
    /// not the one the locale's tag finds.
    #[serde(default)]
    pub dictionary: Option<String>,
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
    /// Where `review` writes it.
    pub path: PathBuf,
    /// Where it was read from, when it exists (the old place inside the
    /// locale folder, until `review` moves it).
    pub read_from: Option<PathBuf>,
    pub file: Option<FileId>,
    pub parsed: Parsed,
    /// `(file, id)` → entry index in `parsed`.
    pub index: FxHashMap<String, FxHashMap<String, usize>>,
}

impl Reviewed {
    pub fn get(&self, rel: &str, id: &str) -> Option<&syntax::Entry> {
        self.index
            .get(rel)?
            .get(id)
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
    first: FxHashMap<String, (usize, usize)>,
    by_rel: FxHashMap<String, usize>,
    /// The index of `common.ftl`, which every file of a Puente project
    /// can use.
    common: Option<usize>,
    /// With a compare-locales configuration: where the translation of each
    /// source file goes (a file is matched by its source path there).
    targets: HashMap<String, PathBuf>,
}

impl Locale {
    pub fn file(&self, rel: &str) -> Option<&FtlFile> {
        self.by_rel.get(rel).map(|&i| &self.files[i])
    }

    pub fn file_index(&self, rel: &str) -> Option<usize> {
        self.by_rel.get(rel).copied()
    }

    /// Whether the translation `te` of the source entry `se` (of the file
    /// `rel`) counts as untranslated: see [`super::state`].
    pub fn untranslated(&self, rel: &str, se: &syntax::Entry, te: &syntax::Entry) -> bool {
        super::state::holds_source_text(se, te) && !self.accepted(rel, se, te)
    }

    /// Whether the translation `te` of `se`, if it holds the source text,
    /// is accepted as rightly the same: see [`super::state`].
    pub fn accepted(&self, rel: &str, se: &syntax::Entry, te: &syntax::Entry) -> bool {
        !super::state::is_unaccepted(te, || self.reviewed.get(rel, &se.id).is_some())
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
        let found = super::discover::discover(dir)?;
        let mut load_problems = Vec::new();
        let mut specs = Vec::new();
        let wanted: Option<LanguageIdentifier> = source.parse().ok();
        let mut skipped: Vec<String> = found
            .not_tags
            .iter()
            .map(|(name, _)| crate::msg!("skipped-not-a-tag", folder = name).into_string())
            .collect();
        for super::discover::LocaleDir { name, lang, path } in found.locales {
            let is_source = name == source || Some(&lang) == wanted.as_ref();
            let mut rels = Vec::new();
            walk(&path, &path, 0, &mut rels)?;
            if rels.is_empty() && !is_source {
                skipped.push(crate::msg!("skipped-no-ftl", folder = &name).into_string());
                continue;
            }
            specs.push(LocaleSpec {
                tag: name,
                lang,
                dir: path,
                rels,
            });
        }
        let locales = load_locales(specs, display_root, sources)?;
        // In folder-name order, whatever the reason each was skipped.
        skipped.sort();
        if !skipped.is_empty() {
            let shown = crate::display_path(dir, display_root);
            load_problems.push(
                Diagnostic::new(
                    crate::diag::Severity::Note,
                    "not-a-locale",
                    crate::msg!(
                        "not-a-locale-skipped",
                        count = skipped.len(),
                        path = &shown,
                        folders = skipped.join(", ")
                    ),
                )
                .with_note(crate::msg!("not-a-locale-skipped-note")),
            );
        }
        let Some(source_index) = locales
            .iter()
            .position(|l| l.tag == source || Some(&l.lang) == wanted.as_ref())
        else {
            let found: Vec<&str> = locales.iter().map(|l| l.tag.as_str()).collect();
            return Err(crate::Fatal::Usage(
                crate::msg!(
                    "usage-no-source-folder",
                    path = crate::display_path(dir, display_root),
                    source = source,
                    locales = if found.is_empty() {
                        crate::msg!("usage-none").into_string()
                    } else {
                        found.join(", ")
                    }
                )
                .into_string(),
            ));
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
        match loc.targets.get(rel) {
            Some(p) => crate::display_path(p, &self.display_root),
            // With a configuration, files are named by their path inside
            // the basepath.
            None if !loc.targets.is_empty() => rel.to_string(),
            None => crate::display_path(&loc.dir.join(rel), &self.display_root),
        }
    }

    /// Reads the files a compare-locales configuration names (see
    /// [`super::config`]). Source files are matched with their translations
    /// by the configuration's patterns; each file is its own bundle.
    pub fn from_config(
        config: &super::config::Config,
        source: Option<&str>,
        sources: &mut Sources,
    ) -> Result<Tree, crate::Fatal> {
        use super::config::{files_under, Glob};
        let base = super::config::normalize_path(&config.basepath);
        let strip = |p: &str| -> String {
            p.strip_prefix(&base)
                .map(|r| r.trim_start_matches('/').to_string())
                .unwrap_or_else(|| p.to_string())
        };
        // The source locale's tag: given, or the folder of the reference
        // files named after a language (`en-US` in Mozilla's trees).
        let source_tag = source.map(str::to_string).unwrap_or_else(|| {
            config
                .rules
                .iter()
                .filter_map(|r| r.reference.as_ref())
                .flat_map(|g| {
                    // The folder nearest the files: `src/locales/en` is `en`.
                    g.prefix_dir()
                        .rsplit('/')
                        .map(str::to_string)
                        .collect::<Vec<_>>()
                })
                .find(|c| {
                    let first = c.split('-').next().unwrap_or("");
                    (2..=3).contains(&first.len())
                        && first.chars().all(|x| x.is_ascii_lowercase())
                        && c.parse::<LanguageIdentifier>().is_ok()
                })
                .unwrap_or_else(|| "en-US".to_string())
        });
        let lang_of = |tag: &str| -> Result<LanguageIdentifier, crate::Fatal> {
            tag.parse().map_err(|_| {
                crate::Fatal::Usage(
                    crate::msg!("usage-config-not-a-tag", file = &config.file, value = tag)
                        .into_string(),
                )
            })
        };
        // Source files: key (path inside basepath) → path.
        let mut src_rels: Vec<(String, PathBuf)> = Vec::new();
        // Per locale: key → expected translation path; and files found.
        // Per locale: its tag, the files found, and where each source
        // file's translation goes.
        type Found = (String, Vec<(String, PathBuf)>, HashMap<String, PathBuf>);
        let mut per_locale: Vec<Found> = config
            .locales
            .iter()
            .map(|l| (l.clone(), Vec::new(), HashMap::new()))
            .collect();
        let mut listing: HashMap<String, Vec<String>> = HashMap::new();
        let mut list = |dir: String| -> Vec<String> {
            listing
                .entry(dir.clone())
                .or_insert_with(|| files_under(&dir))
                .clone()
        };
        for rule in &config.rules {
            let Some(reference) = &rule.reference else {
                continue;
            };
            for path in list(reference.prefix_dir()) {
                if !path.ends_with(".ftl") {
                    continue;
                }
                let Some(caps) = reference.matches(&path) else {
                    continue;
                };
                let key = strip(&path);
                if src_rels.iter().any(|(k, _)| *k == key) {
                    continue;
                }
                src_rels.push((key.clone(), PathBuf::from(&path)));
                for tag in config.rule_locales(rule) {
                    let glob = Glob::parse(&rule.l10n.replace("{locale}", tag));
                    let Some(target) = glob.expand(&caps) else {
                        continue;
                    };
                    if let Some(slot) = per_locale.iter_mut().find(|(t, _, _)| t == tag) {
                        slot.2.insert(key.clone(), PathBuf::from(target));
                    }
                }
            }
        }
        for rule in &config.rules {
            for tag in config.rule_locales(rule) {
                let glob = Glob::parse(&rule.l10n.replace("{locale}", tag));
                for path in list(glob.prefix_dir()) {
                    if !path.ends_with(".ftl") {
                        continue;
                    }
                    let Some(caps) = glob.matches(&path) else {
                        continue;
                    };
                    let key = match &rule.reference {
                        Some(r) => r.expand(&caps).map(|p| strip(&p)),
                        None => None,
                    }
                    .unwrap_or_else(|| strip(&path));
                    let Some(slot) = per_locale.iter_mut().find(|(t, _, _)| t == tag) else {
                        continue;
                    };
                    if !slot.1.iter().any(|(k, _)| *k == key) {
                        slot.1.push((key, PathBuf::from(path)));
                    }
                }
            }
        }
        let display_root = Path::new("");
        let src_dir = config
            .rules
            .iter()
            .find_map(|r| r.reference.as_ref())
            .map(|g| PathBuf::from(g.prefix_dir()))
            .unwrap_or_default();
        let src_targets: HashMap<String, PathBuf> = src_rels.iter().cloned().collect();
        let mut specs = vec![LocaleSpec {
            tag: source_tag.clone(),
            lang: lang_of(&source_tag)?,
            dir: src_dir,
            rels: src_rels,
        }];
        let mut all_targets = vec![src_targets];
        for (tag, rels, targets) in per_locale {
            if tag == source_tag {
                continue;
            }
            let dir = config
                .rules
                .first()
                .map(|r| PathBuf::from(Glob::parse(&r.l10n.replace("{locale}", &tag)).prefix_dir()))
                .unwrap_or_default();
            specs.push(LocaleSpec {
                lang: lang_of(&tag)?,
                tag,
                dir,
                rels,
            });
            all_targets.push(targets);
        }
        let mut locales = load_locales(specs, display_root, sources)?;
        for (loc, targets) in locales.iter_mut().zip(all_targets) {
            loc.targets = targets;
        }
        let mut load_problems = Vec::new();
        if config.has_filters {
            load_problems.push(Diagnostic::new(
                crate::diag::Severity::Note,
                "config-filters",
                crate::msg!(
                    "config-filters",
                    file = crate::display_path(&config.file, display_root)
                ),
            ));
        }
        Ok(Tree {
            dir: config.basepath.clone(),
            display_root: display_root.to_path_buf(),
            bundles: Bundles::Separate,
            locales,
            source: 0,
            load_problems,
        })
    }

    pub fn source(&self) -> &Locale {
        &self.locales[self.source]
    }

    pub fn locale(&self, tag: &str) -> Option<&Locale> {
        self.locales.iter().find(|l| l.tag == tag)
    }

    /// The files whose messages `file` can use, in lookup order.
    pub fn peers(&self, loc: &Locale, file: usize) -> impl Iterator<Item = usize> {
        let common = match self.bundles {
            Bundles::Separate => None,
            Bundles::Puente => loc.common.filter(|&c| c != file),
        };
        common.into_iter().chain(std::iter::once(file))
    }

    /// Where `id` is first defined in the bundle of `file`: (file, entry).
    /// A second definition there is a duplicate.
    pub fn lookup(&self, loc: &Locale, file: usize, id: &str) -> Option<(usize, usize)> {
        self.peers(loc, file)
            .find_map(|f| loc.files[f].index.get(id).map(|&e| (f, e)))
    }

    /// Where a reference to `id` from `file` finds its target: the bundle
    /// first, then (with separate bundles) any file of the locale.
    pub fn resolve(&self, loc: &Locale, file: usize, id: &str) -> Option<(usize, usize)> {
        self.lookup(loc, file, id).or_else(|| match self.bundles {
            Bundles::Separate => loc.first.get(id).copied(),
            Bundles::Puente => None,
        })
    }
}

/// A locale folder to load: its tag, language, folder and `.ftl` files
/// (path inside the folder, path).
struct LocaleSpec {
    tag: String,
    lang: LanguageIdentifier,
    dir: PathBuf,
    rels: Vec<(String, PathBuf)>,
}

/// Loads locales, reading and parsing the files of all of them at once on
/// every core (on a large tree this is most of what `check` does; one
/// locale at a time left a core idle between them). File ids are given in
/// the order of `specs` and of each locale's sorted files.
fn load_locales(
    specs: Vec<LocaleSpec>,
    display_root: &Path,
    sources: &mut Sources,
) -> Result<Vec<Locale>, crate::Fatal> {
    let mut specs = specs;
    for s in &mut specs {
        s.rels.sort();
    }
    let all: Vec<&Path> = specs
        .iter()
        .flat_map(|s| s.rels.iter().map(|(_, p)| p.as_path()))
        .collect();
    let mut loaded = Sources::load_all(&all).into_iter();
    let mut per_locale = Vec::with_capacity(specs.len());
    for spec in specs {
        let mut diags = Diagnostics::new();
        let mut ids = Vec::with_capacity(spec.rels.len());
        for (_, path) in &spec.rels {
            let name = crate::display_path(path, display_root);
            let l = loaded.next().expect("one result a file")?;
            ids.push(sources.add_loaded(name, path.clone(), l, &mut diags));
        }
        per_locale.push((spec, ids, diags));
    }
    let every_id: Vec<Option<FileId>> = per_locale
        .iter()
        .flat_map(|(_, ids, _)| ids.iter().copied())
        .collect();
    let shared: &Sources = sources;
    let mut parsed = crate::par::on_every_core(&every_id, |file| {
        let mut d = Diagnostics::new();
        let parsed = match file {
            Some(id) => parse_checked(*id, shared, &mut d),
            None => Parsed::default(),
        };
        let mut index = FxHashMap::default();
        index.reserve(parsed.entries.len());
        for (i, e) in parsed.entries.iter().enumerate() {
            index.entry(e.id.clone()).or_insert(i);
        }
        (parsed, index, d)
    })
    .into_iter();
    let mut out = Vec::with_capacity(per_locale.len());
    for (spec, ids, diags) in per_locale {
        let n = ids.len();
        let mine: Vec<_> = parsed.by_ref().take(n).collect();
        out.push(finish_locale(
            spec,
            ids,
            mine,
            diags,
            display_root,
            sources,
        )?);
    }
    Ok(out)
}

/// Puts a locale together from its parsed files, and reads its
/// `puente.yaml` and review record.
fn finish_locale(
    spec: LocaleSpec,
    ids: Vec<Option<FileId>>,
    parsed: Vec<(Parsed, FxHashMap<String, usize>, Diagnostics)>,
    mut diags: Diagnostics,
    display_root: &Path,
    sources: &mut Sources,
) -> Result<Locale, crate::Fatal> {
    let LocaleSpec {
        tag,
        lang,
        dir,
        rels,
    } = spec;
    let dir = dir.as_path();
    let mut files = Vec::with_capacity(rels.len());
    for (((rel, path), file), (parsed, index, d)) in rels.into_iter().zip(ids).zip(parsed) {
        for x in d.items() {
            diags.push(x.clone());
        }
        let name = file
            .map(|id| sources.get(id).name.clone())
            .unwrap_or_else(|| crate::display_path(&path, display_root));
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
    let locales_dir = dir.parent().unwrap_or(dir);
    let mut reviewed = Reviewed {
        path: super::state::record_path(locales_dir, &tag),
        ..Reviewed::default()
    };
    if let Some(reviewed_path) = super::state::existing_record_path(locales_dir, &tag) {
        let name = crate::display_path(&reviewed_path, display_root);
        if let Some(id) = sources.read(&reviewed_path, name, &mut diags)? {
            reviewed.parsed = parse_checked(id, sources, &mut diags);
            reviewed.file = Some(id);
            reviewed.read_from = Some(reviewed_path.clone());
            for (i, e) in reviewed.parsed.entries.iter().enumerate() {
                if let Some(g) = e.group {
                    reviewed
                        .index
                        .entry(reviewed.parsed.groups[g].clone())
                        .or_default()
                        .insert(e.id.clone(), i);
                }
            }
        }
    }
    let mut first = FxHashMap::default();
    let mut by_rel = FxHashMap::default();
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
        common: by_rel.get("common.ftl").copied(),
        by_rel,
        targets: HashMap::new(),
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
                crate::msg!("ftl-too-deep", depth = super::store::MAX_NESTING),
            )
            .at(file, offset..offset + 1, crate::msg!("ftl-too-deep-label"))
            .with_note(crate::msg!("ftl-too-deep-note")),
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
