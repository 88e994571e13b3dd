//! `puente status`: how complete each translation is, per locale and file
//! (for a Puente project, per module: `common` holds the shared labels).
//!
//! A message counts as translated when the locale defines it and its text
//! is not still the source text (unless the review record accepts it; see
//! [`crate::l10n::state`]). It is outdated when its source text
//! changed after it was last reviewed (see `puente review`). Words to
//! translate are the source words of the missing and outdated messages: the
//! translator's real effort. Complete is the share translated and up to
//! date.

use std::fmt::Write as _;
use std::path::Path;

use serde::Serialize;

use crate::cli::StatusArgs;
use crate::l10n::tree::{Bundles, Locale, Tree};
use crate::source::Sources;
use crate::workspace::{load_translations, selected_locales};

#[derive(Debug, Clone, Default, Serialize)]
pub struct Coverage {
    pub total: usize,
    pub translated: usize,
    pub missing: usize,
    pub outdated: usize,
    pub words_to_translate: usize,
    pub percent_complete: usize,
}

impl Coverage {
    fn add(&mut self, o: &Coverage) {
        self.total += o.total;
        self.translated += o.translated;
        self.missing += o.missing;
        self.outdated += o.outdated;
        self.words_to_translate += o.words_to_translate;
        self.finish();
    }

    fn finish(&mut self) {
        let done = self.translated - self.outdated;
        self.percent_complete = (done * 100).checked_div(self.total).unwrap_or(100);
    }
}

#[derive(Debug, Serialize)]
pub struct FileRow {
    pub file: String,
    #[serde(flatten)]
    pub coverage: Coverage,
}

#[derive(Debug, Serialize)]
pub struct LocaleStatus {
    pub locale: String,
    pub declared_complete: bool,
    pub files: Vec<FileRow>,
    pub total: Coverage,
}

/// The coverage of every non-source locale (or those in `only`).
pub fn status(tree: &Tree, only: &[String]) -> Vec<LocaleStatus> {
    let src = tree.source();
    let mut out = Vec::new();
    for (li, loc) in tree.locales.iter().enumerate() {
        if li == tree.source || (!only.is_empty() && !only.contains(&loc.tag)) {
            continue;
        }
        let mut files = Vec::new();
        let mut total = Coverage::default();
        for sf in &src.files {
            let c = file_coverage(loc, sf);
            total.add(&c);
            let name = match tree.bundles {
                Bundles::Puente => sf.rel.strip_suffix(".ftl").unwrap_or(&sf.rel).to_string(),
                Bundles::Separate => sf.rel.clone(),
            };
            files.push(FileRow {
                file: name,
                coverage: c,
            });
        }
        total.finish();
        out.push(LocaleStatus {
            locale: loc.tag.clone(),
            declared_complete: loc.config.complete,
            files,
            total,
        });
    }
    out
}

fn file_coverage(loc: &Locale, sf: &crate::l10n::tree::FtlFile) -> Coverage {
    let tf = loc.file(&sf.rel);
    let mut c = Coverage::default();
    let mut seen = std::collections::HashSet::new();
    for se in &sf.parsed.entries {
        if !seen.insert(se.id.as_str()) {
            continue;
        }
        c.total += 1;
        match tf.and_then(|t| t.get(&se.id)) {
            Some(te) if !loc.untranslated(&sf.rel, se, te) => {
                c.translated += 1;
                let stale = loc
                    .reviewed
                    .get(&sf.rel, &se.id)
                    .is_some_and(|old| old.canonical() != se.canonical());
                if stale {
                    c.outdated += 1;
                    c.words_to_translate += se.words();
                }
            }
            _ => {
                c.missing += 1;
                c.words_to_translate += se.words();
            }
        }
    }
    c.finish();
    c
}

pub fn render(rows: &[LocaleStatus]) -> String {
    let mut out = String::new();
    let name_w = rows
        .iter()
        .flat_map(|r| r.files.iter().map(|f| f.file.chars().count()))
        .max()
        .unwrap_or(4)
        .max(5);
    let loc_w = rows
        .iter()
        .map(|r| r.locale.len())
        .max()
        .unwrap_or(6)
        .max(6);
    // The headings in the interface language; a column is as wide as its
    // heading.
    let h: Vec<String> = [
        crate::msg!("status-locale"),
        crate::msg!("status-file"),
        crate::msg!("status-translated"),
        crate::msg!("status-missing"),
        crate::msg!("status-outdated"),
        crate::msg!("status-words"),
        crate::msg!("status-complete"),
    ]
    .into_iter()
    .map(|m| m.into_string())
    .collect();
    let w = |i: usize, min: usize| h[i].chars().count().max(min);
    let loc_w = w(0, loc_w);
    let name_w = w(1, name_w);
    let (w2, w3, w4, w5, w6) = (w(2, 10), w(3, 7), w(4, 8), w(5, 18), w(6, 8));
    let w6p = w6 - 1;
    let _ = writeln!(
        out,
        "{:<loc_w$}  {:<name_w$}  {:>w2$}  {:>w3$}  {:>w4$}  {:>w5$}  {:>w6$}",
        h[0], h[1], h[2], h[3], h[4], h[5], h[6]
    );
    let line = |out: &mut String, loc: &str, name: &str, c: &Coverage| {
        let _ = writeln!(
            out,
            "{:<loc_w$}  {:<name_w$}  {:>w2$}  {:>w3$}  {:>w4$}  {:>w5$}  {:>w6p$}%",
            loc,
            name,
            c.translated,
            c.missing,
            c.outdated,
            c.words_to_translate,
            c.percent_complete
        );
    };
    for r in rows {
        for f in &r.files {
            line(&mut out, &r.locale, &f.file, &f.coverage);
        }
        let label = if r.declared_complete {
            crate::msg!("status-all-complete")
        } else {
            crate::msg!("status-all")
        };
        line(&mut out, &r.locale, label.as_str(), &r.total);
    }
    if rows.is_empty() {
        out.push_str(&format!("{}\n", crate::msg!("status-none")));
    }
    out
}

pub fn run(root: &Path, args: &StatusArgs) -> Result<i32, crate::Fatal> {
    let mut sources = Sources::new();
    let ws = load_translations(
        root,
        args.locales.locales.as_deref(),
        args.locales.source.as_deref(),
        false,
        &mut sources,
    )?;
    let only = selected_locales(&ws, &args.langs)?;
    let rows = status(&ws.tree, &only);
    if args.json {
        let json = serde_json::to_string_pretty(&rows).unwrap_or_else(|_| "[]".into());
        crate::diag::stdout(&(json + "\n"))?;
    } else {
        crate::diag::stdout(&render(&rows))?;
    }
    Ok(0)
}
