//! The translation checker: every problem a translator can fix, found in
//! one pass over a [`Tree`], each one located, explained and given a stable
//! code.
//!
//! What it looks at, per locale:
//!
//! - each file on its own: syntax (already reported while reading),
//!   duplicate messages, terms, attributes and variant keys, references that
//!   do not resolve in the file's bundle, plural categories a numeric select
//!   lacks for the locale, empty values, U+FFFD;
//! - each translation against the source locale: missing and obsolete
//!   files, messages and attributes, messages that still print the source
//!   text (see [`super::state`]), values present in one and not the other,
//!   `$variable` parity (per variant of a select expression), message and
//!   term references, translations gone stale since their last review, and
//!   the units of `.style` attributes (as compare-locales does).
//!
//! The links between YAML, templates and the English text are in
//! [`super::links`].
//!
//! The checks are grouped by what they look at, one file each:
//! [`intrinsic`] (one file on its own, any locale), [`compare`] (a
//! translation against its source), [`variables`], [`references`] and
//! [`style`] (the parts of one message against the source's).

mod compare;
mod intrinsic;
mod references;
mod style;
mod variables;

use super::syntax::{Entry, Node};
use super::tree::{Locale, Tree};
use crate::diag::{Diagnostic, Severity};
use crate::source::Sources;

pub use super::plural::plural_categories;
pub use variables::{declared_variables, Declared};

/// One finding: a diagnostic, the locale it is about (`None` for the
/// project's other files) and the file a person has to open to fix it,
/// which is how human output is grouped.
#[derive(Debug, Clone)]
pub struct Finding {
    pub locale: Option<String>,
    pub group: String,
    pub diag: Diagnostic,
}

/// Checks the locales of `tree` (all of them when `only` is empty; the
/// source locale is always read, and checked when it is selected).
pub fn check(tree: &Tree, sources: &Sources, only: &[String]) -> Vec<Finding> {
    let mut out = Vec::new();
    for d in &tree.load_problems {
        out.push(Finding {
            locale: None,
            group: group_of(
                d,
                sources,
                &crate::display_path(&tree.dir, &tree.display_root),
            ),
            diag: d.clone(),
        });
    }
    let chosen: Vec<usize> = (0..tree.locales.len())
        .filter(|&li| only.is_empty() || only.iter().any(|t| *t == tree.locales[li].tag))
        .collect();
    // Locales are checked independently: one thread per core, each taking
    // every n-th locale; the findings are put back in locale order.
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(chosen.len())
        .max(1);
    let check_one = |li: usize| -> Vec<Finding> {
        let loc = &tree.locales[li];
        let mut found = Vec::new();
        Checker {
            tree,
            loc,
            is_source: li == tree.source,
            sources,
            out: &mut found,
            plurals: plural_categories(&loc.lang),
            holding: Default::default(),
        }
        .run();
        found
    };
    let mut per: Vec<(usize, Vec<Finding>)> = if threads == 1 {
        chosen.iter().map(|&li| (li, check_one(li))).collect()
    } else {
        std::thread::scope(|scope| {
            let handles: Vec<_> = (0..threads)
                .map(|t| {
                    let mine: Vec<usize> =
                        chosen.iter().copied().skip(t).step_by(threads).collect();
                    let check_one = &check_one;
                    scope.spawn(move || {
                        mine.into_iter()
                            .map(|li| (li, check_one(li)))
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().unwrap_or_default())
                .collect()
        })
    };
    per.sort_by_key(|(li, _)| *li);
    out.extend(per.into_iter().flat_map(|(_, f)| f));
    out
}

/// The file a diagnostic is about: its primary label's file, or `fallback`.
pub fn group_of(d: &Diagnostic, sources: &Sources, fallback: &str) -> String {
    d.labels
        .first()
        .map(|l| sources.get(l.file).name.clone())
        .unwrap_or_else(|| fallback.to_string())
}

struct Checker<'a> {
    tree: &'a Tree,
    loc: &'a Locale,
    is_source: bool,
    sources: &'a Sources,
    out: &'a mut Vec<Finding>,
    plurals: Option<Vec<&'static str>>,
    /// The translations (file, entry) that still hold the source text, as
    /// the file checks found: the comparison with the source asks again.
    holding: rustc_hash::FxHashSet<(usize, usize)>,
}

impl<'a> Checker<'a> {
    fn push(&mut self, group: &str, d: Diagnostic) {
        self.out.push(Finding {
            locale: Some(self.loc.tag.clone()),
            group: group.to_string(),
            diag: d,
        });
    }

    fn missing_severity(&self) -> Severity {
        if self.loc.config.complete {
            Severity::Error
        } else {
            Severity::Warning
        }
    }

    fn run(&mut self) {
        for d in &self.loc.load_problems {
            let g = group_of(d, self.sources, &self.loc.dir.to_string_lossy());
            self.push(&g, d.clone());
        }
        for (fi, f) in self.loc.files.iter().enumerate() {
            if let Some(fid) = f.file {
                self.intrinsic(fi, f, fid);
            }
        }
        if self.is_source {
            return;
        }
        let src = self.tree.source();
        for sf in &src.files {
            let Some(sfid) = sf.file else { continue };
            match self.loc.file(&sf.rel) {
                None => self.missing_file(sf, sfid),
                Some(tf) => {
                    if let Some(tfid) = tf.file {
                        self.compare_file(sf, sfid, tf, tfid);
                    }
                }
            }
        }
        for tf in &self.loc.files {
            let Some(tfid) = tf.file else { continue };
            if src.file(&tf.rel).is_none() {
                let d = Diagnostic::warning(
                    "obsolete-file",
                    crate::msg!(
                        "obsolete-file",
                        file = &tf.name,
                        source = self.tree.shown_path(src, &tf.rel)
                    ),
                )
                .at(tfid, 0..0, crate::msg!("obsolete-file-label"))
                .with_note(crate::msg!("obsolete-file-note"));
                self.push(&tf.name, d);
            }
        }
    }
}

/// How a finding names the message, term or attribute it is about, made
/// only when a finding needs it: most entries have none.
pub(super) struct What<'e> {
    e: &'e Entry,
    attr: Option<&'e str>,
    text: std::cell::OnceCell<String>,
}

impl<'e> What<'e> {
    fn new(e: &'e Entry, attr: Option<&'e str>) -> Self {
        What {
            e,
            attr,
            text: std::cell::OnceCell::new(),
        }
    }

    pub(super) fn as_str(&self) -> &str {
        self.text.get_or_init(|| describe(self.e, self.attr))
    }
}

impl From<&What<'_>> for crate::ui::Arg {
    fn from(w: &What<'_>) -> Self {
        w.as_str().into()
    }
}

impl From<&&What<'_>> for crate::ui::Arg {
    fn from(w: &&What<'_>) -> Self {
        w.as_str().into()
    }
}

fn describe(e: &Entry, attr: Option<&str>) -> String {
    match attr {
        Some(a) => crate::msg!("check-what-attribute", id = &e.id, attribute = a),
        None if e.is_term => crate::msg!("check-what-term", id = &e.id),
        None => crate::msg!("check-what-message", id = &e.id),
    }
    .into_string()
}

/// "message" or "term", in the interface language.
fn kind(is_term: bool) -> crate::ui::Msg {
    if is_term {
        crate::msg!("check-kind-term")
    } else {
        crate::msg!("check-kind-message")
    }
}

fn part<'e>(e: &'e Entry, attr: Option<&str>) -> Option<&'e [Node]> {
    match attr {
        None => e.value.as_deref(),
        Some(a) => e
            .attributes
            .iter()
            .find(|x| x.name == a)
            .map(|x| x.value.as_slice()),
    }
}

fn indent(text: &str) -> String {
    text.lines()
        .map(|l| format!("    {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn list_keys(keys: &[&str]) -> String {
    let items: Vec<String> = keys.iter().map(|k| format!("`[{k}]`")).collect();
    crate::msg!(
        "check-variant-keys",
        keys = items.join(", "),
        count = keys.len()
    )
    .into_string()
}

/// A pattern that shows nothing: only blanks and empty string literals.
fn is_empty(nodes: &[Node]) -> bool {
    nodes.iter().all(|n| match n {
        Node::Text { text, .. } => text.trim().is_empty(),
        Node::Literal {
            value,
            string: true,
            ..
        } => value.is_empty(),
        _ => false,
    })
}

/// Every node, depth first, including selectors, variants and arguments.
fn flatten<'n>(nodes: &'n [Node], out: &mut Vec<&'n Node>) {
    for n in nodes {
        out.push(n);
        match n {
            Node::TermRef { args, .. } | Node::Func { args, .. } => flatten(args, out),
            Node::Select { selector, variants } => {
                flatten(std::slice::from_ref(selector), out);
                for v in variants {
                    flatten(&v.value, out);
                }
            }
            _ => {}
        }
    }
}
