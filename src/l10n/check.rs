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
//!   files, messages and attributes, messages still marked untranslated,
//!   values present in one and not the other, `$variable` parity (per
//!   variant of a select expression), message and term references, text
//!   identical to the source, translations gone stale since their last
//!   review, and the units of `.style` attributes (as compare-locales does).
//!
//! The links between YAML, templates and the English text are in
//! [`super::links`].

use std::collections::{BTreeSet, HashSet};
use std::ops::Range;

use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

use super::syntax::{self, Entry, Node};
use super::tree::{FtlFile, Locale, Tree};
use crate::diag::{Diagnostic, Severity};
use crate::source::{FileId, Sources};

/// One finding: a diagnostic, the locale it is about (`None` for the
/// project's other files) and the file a person has to open to fix it,
/// which is how human output is grouped.
#[derive(Debug, Clone)]
pub struct Finding {
    pub locale: Option<String>,
    pub group: String,
    pub diag: Diagnostic,
}

/// Paths through select expressions are enumerated to check variables per
/// variant; past this many, only the whole-message check is done.
const MAX_PATHS: usize = 256;

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
                    format!(
                        "{} has no counterpart in the source locale ({} does not exist), so nothing uses it",
                        tf.name,
                        self.tree.shown_path(src, &tf.rel)
                    ),
                )
                .at(tfid, 0..0, "this file")
                .with_note("delete it, or rename it to match a source file");
                self.push(&tf.name, d);
            }
        }
    }

    // ----- checks on one file, in any locale -----

    fn intrinsic(&mut self, fi: usize, f: &FtlFile, fid: FileId) {
        let src_file = if self.is_source {
            None
        } else {
            self.tree.source().file(&f.rel)
        };
        for (ei, e) in f.parsed.entries.iter().enumerate() {
            if let Some((f0, e0)) = self.tree.lookup(self.loc, fi, &e.id) {
                if (f0, e0) != (fi, ei) {
                    let first_file = &self.loc.files[f0];
                    let first = &first_file.parsed.entries[e0];
                    let (code, what) = if e.is_term {
                        ("duplicate-term", "term")
                    } else {
                        ("duplicate-message", "message")
                    };
                    let mut d = Diagnostic::error(
                        code,
                        format!(
                            "the {what} `{}` is defined more than once{}",
                            e.id,
                            if f0 == fi {
                                String::new()
                            } else {
                                format!(" (also in {})", first_file.name)
                            }
                        ),
                    )
                    .at(fid, e.id_span.clone(), "defined again here");
                    if let Some(ff) = first_file.file {
                        d = d.at(ff, first.id_span.clone(), "first defined here");
                    }
                    d = d.with_note(
                        "Fluent uses only the first definition; remove or rename the other one",
                    );
                    self.push(&f.name, d);
                }
            }
            let mut seen: Vec<&str> = Vec::new();
            for a in &e.attributes {
                if seen.contains(&a.name.as_str()) {
                    let d = Diagnostic::error(
                        "duplicate-attribute",
                        format!("`{}` has the attribute `.{}` twice", e.id, a.name),
                    )
                    .at(fid, a.span.clone(), "again here")
                    .with_note("remove one of them");
                    self.push(&f.name, d);
                } else {
                    seen.push(&a.name);
                }
            }
            let src_entry = src_file.and_then(|sf| sf.get(&e.id));
            self.patterns(fi, f, fid, e, src_entry);
        }
    }

    fn patterns(
        &mut self,
        fi: usize,
        f: &FtlFile,
        fid: FileId,
        e: &Entry,
        src_entry: Option<&Entry>,
    ) {
        let untranslated = src_entry.is_some_and(|se| super::state::holds_source_text(se, e));
        let mut parts: Vec<(Option<&str>, &[Node], Range<usize>)> = Vec::new();
        if let Some(v) = &e.value {
            parts.push((None, v, e.id_span.clone()));
        }
        for a in &e.attributes {
            parts.push((Some(&a.name), &a.value, a.span.clone()));
        }
        for (attr, nodes, span) in parts {
            let what = describe(e, attr);
            if is_empty(nodes) {
                let src_empty = src_entry.and_then(|s| part(s, attr)).is_some_and(is_empty);
                if !src_empty {
                    let d = Diagnostic::warning("empty-value", format!("{what} is empty"))
                        .at(fid, span.clone(), "empty")
                        .with_note("an empty text prints nothing; write the text, or remove the message so the fallback is used");
                    self.push(&f.name, d);
                }
            }
            let mut nodes_flat = Vec::new();
            flatten(nodes, &mut nodes_flat);
            for n in &nodes_flat {
                match n {
                    Node::Text { text, span } if text.contains('\u{FFFD}') => {
                        let at = span.start + text.find('\u{FFFD}').unwrap_or(0);
                        let d = Diagnostic::warning(
                            "replacement-character",
                            format!("{what} contains U+FFFD (�), a sign of text decoded with the wrong encoding"),
                        )
                        .at(fid, at..at + '\u{FFFD}'.len_utf8(), "here")
                        .with_note("copy the text again from a source saved as UTF-8");
                        self.push(&f.name, d);
                    }
                    Node::MsgRef { id, attr: a, span } => {
                        self.check_ref(fi, f, fid, e, &what, id, a.as_deref(), span, false)
                    }
                    Node::TermRef {
                        id, attr: a, span, ..
                    } => self.check_ref(fi, f, fid, e, &what, id, a.as_deref(), span, true),
                    Node::Select { selector, variants } => {
                        self.check_select(f, fid, &what, selector, variants, untranslated)
                    }
                    _ => {}
                }
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn check_ref(
        &mut self,
        fi: usize,
        f: &FtlFile,
        fid: FileId,
        _e: &Entry,
        what: &str,
        id: &str,
        attr: Option<&str>,
        span: &Range<usize>,
        term: bool,
    ) {
        let kind = if term { "term" } else { "message" };
        let found = self.tree.resolve(self.loc, fi, id);
        let problem = match found {
            None => Some(format!(
                "{what} refers to the {kind} `{id}`, which is not defined{}",
                self.bundle_words(f)
            )),
            Some((tf, te)) => {
                let target = &self.loc.files[tf].parsed.entries[te];
                match attr {
                    Some(a) if !target.attributes.iter().any(|x| x.name == a) => Some(format!(
                        "{what} refers to `{id}.{a}`, but the {kind} `{id}` has no attribute `.{a}`"
                    )),
                    _ => None,
                }
            }
        };
        if let Some(message) = problem {
            let d = Diagnostic::error("unknown-reference", message)
                .at(fid, span.clone(), "not found")
                .with_note("check the spelling, or define it; Fluent prints the id in braces instead of text");
            self.push(&f.name, d);
        }
    }

    fn bundle_words(&self, f: &FtlFile) -> String {
        match self.tree.bundles {
            super::tree::Bundles::Puente if f.rel != "common.ftl" => {
                format!(" in {} or common.ftl ({})", f.rel, self.loc.tag)
            }
            super::tree::Bundles::Puente => format!(" in common.ftl ({})", self.loc.tag),
            super::tree::Bundles::Separate => {
                format!(" in any file of {}", self.loc.tag)
            }
        }
    }

    fn check_select(
        &mut self,
        f: &FtlFile,
        fid: FileId,
        what: &str,
        selector: &Node,
        variants: &[syntax::Variant],
        untranslated: bool,
    ) {
        let mut keys: Vec<&str> = Vec::new();
        for v in variants {
            if keys.contains(&v.key.as_str()) {
                let d = Diagnostic::warning(
                    "duplicate-variant",
                    format!("{what} has the variant `[{}]` twice", v.key),
                )
                .at(fid, v.key_span.clone(), "again here")
                .with_note("only the first can ever be chosen; remove or rename the other");
                self.push(&f.name, d);
            } else {
                keys.push(&v.key);
            }
        }
        // Plural categories: only for a select on a number whose keys are
        // plural categories, and not for a copy of the English.
        if untranslated {
            return;
        }
        let Some(needed) = &self.plurals else { return };
        let numeric = matches!(selector, Node::Var { .. })
            || matches!(selector, Node::Func { name, .. } if name == "NUMBER");
        let plural_keys = ["zero", "one", "two", "few", "many"];
        if !numeric || !keys.iter().any(|k| plural_keys.contains(k)) {
            return;
        }
        let missing: Vec<&str> = needed
            .iter()
            .copied()
            .filter(|c| !keys.contains(c))
            .collect();
        if missing.is_empty() {
            return;
        }
        let default = variants
            .iter()
            .find(|v| v.default)
            .map(|v| v.key.as_str())
            .unwrap_or("other");
        let d = Diagnostic::warning(
            "missing-plural-category",
            format!(
                "{what} chooses a variant by number but has no {} for {}",
                list_keys(&missing),
                self.loc.tag
            ),
        )
        .at(fid, selector.span(), "a number is chosen on here")
        .with_note(format!(
            "{} uses the plural categories {}; a number in a missing category gets the default variant `[{default}]`",
            self.loc.tag,
            needed.join(", ")
        ));
        self.push(&f.name, d);
    }

    // ----- a translation against the source -----

    fn missing_file(&mut self, sf: &FtlFile, sfid: FileId) {
        let n = sf.parsed.entries.len();
        let shown = self.tree.shown_path(self.loc, &sf.rel);
        let complete = self.loc.config.complete;
        let d = Diagnostic::new(
            self.missing_severity(),
            "missing-file",
            format!(
                "{shown} does not exist: its {n} {} {}",
                if n == 1 { "message is" } else { "messages are" },
                if complete {
                    format!("missing, and {} is declared complete", self.loc.tag)
                } else {
                    "shown in the fallback language".to_string()
                }
            ),
        )
        .at(sfid, 0..0, "the source file")
        .with_note(format!(
            "`puente sync --lang {}` creates it with the source text to translate",
            self.loc.tag
        ));
        self.push(&shown, d);
    }

    fn compare_file(&mut self, sf: &FtlFile, sfid: FileId, tf: &FtlFile, tfid: FileId) {
        let ttext = &self.sources.get(tfid).text;
        let junk: HashSet<&str> = tf.parsed.junk_ids(ttext).into_iter().collect();
        let mut seen: HashSet<&str> = HashSet::new();
        for se in &sf.parsed.entries {
            if !seen.insert(&se.id) {
                continue; // a duplicate in the source; reported there
            }
            match tf.get(&se.id) {
                None if junk.contains(se.id.as_str()) => {} // its syntax error is reported
                None => self.missing_message(sf, sfid, tf, se),
                Some(te) if self.loc.untranslated(&sf.rel, se, te) => {
                    self.untranslated(tf, tfid, te)
                }
                Some(te) => self.compare_entry(sf, sfid, tf, tfid, se, te),
            }
        }
        for te in &tf.parsed.entries {
            if sf.get(&te.id).is_none() {
                let kind = if te.is_term { "term" } else { "message" };
                let d = Diagnostic::warning(
                    "obsolete-message",
                    format!(
                        "the {kind} `{}` is not in the source file {}, so nothing uses it",
                        te.id, sf.name
                    ),
                )
                .at(tfid, te.id_span.clone(), "not in the source")
                .with_note("delete it, or check whether its id was renamed in the source");
                self.push(&tf.name, d);
            }
        }
    }

    fn missing_message(&mut self, sf: &FtlFile, sfid: FileId, tf: &FtlFile, se: &Entry) {
        let kind = if se.is_term { "term" } else { "message" };
        let tail = if self.loc.config.complete {
            format!("; {} is declared complete", self.loc.tag)
        } else {
            ": the fallback language stands in".to_string()
        };
        let d = Diagnostic::new(
            self.missing_severity(),
            "missing-message",
            format!(
                "the {kind} `{}` is missing from {}{tail}",
                se.id, tf.name
            ),
        )
        .at(sfid, se.id_span.clone(), format!("defined here in {}", sf.name))
        .with_note(format!(
            "translate it in {}, or run `puente sync --lang {}` to add it there with the source text",
            tf.name, self.loc.tag
        ));
        self.push(&tf.name, d);
    }

    fn untranslated(&mut self, tf: &FtlFile, tfid: FileId, te: &Entry) {
        let kind = if te.is_term { "term" } else { "message" };
        let tail = if self.loc.config.complete {
            format!("; {} is declared complete", self.loc.tag)
        } else {
            ": the fallback language stands in".to_string()
        };
        let d = Diagnostic::new(
            self.missing_severity(),
            "untranslated",
            format!(
                "the {kind} `{}` is not translated yet (it is the source text){tail}",
                te.id
            ),
        )
        .at(tfid, te.id_span.clone(), "the same as the source")
        .with_note(format!(
            "translate the text; if it is rightly the same as the source (a name, a word both languages share), accept it with `puente review --lang {} {}`",
            self.loc.tag, te.id
        ));
        self.push(&tf.name, d);
    }

    fn compare_entry(
        &mut self,
        sf: &FtlFile,
        sfid: FileId,
        tf: &FtlFile,
        tfid: FileId,
        se: &Entry,
        te: &Entry,
    ) {
        let fi = self.loc.file_index(&tf.rel).unwrap_or(0);
        // Value present in one and not the other.
        match (&se.value, &te.value) {
            (Some(_), None) => {
                let d = Diagnostic::error(
                    "missing-value",
                    format!("`{}` has no value, but the source has one", te.id),
                )
                .at(tfid, te.id_span.clone(), "only attributes here")
                .at(sfid, se.id_span.clone(), "the source has a value")
                .with_note("translate the value after `=`");
                self.push(&tf.name, d);
            }
            (None, Some(v)) => {
                let span = v.first().map(|n| n.span()).unwrap_or(te.id_span.clone());
                let d = Diagnostic::error(
                    "obsolete-value",
                    format!(
                        "`{}` has a value, but the source has only attributes",
                        te.id
                    ),
                )
                .at(tfid, span, "not in the source")
                .with_note("nothing shows this value; move the text into the right attribute");
                self.push(&tf.name, d);
            }
            _ => {}
        }
        for sa in &se.attributes {
            if !te.attributes.iter().any(|a| a.name == sa.name) {
                let d = Diagnostic::error(
                    "missing-attribute",
                    format!("`{}` is missing the attribute `.{}`", te.id, sa.name),
                )
                .at(tfid, te.id_span.clone(), "in this message")
                .at(sfid, sa.span.clone(), "the source has it")
                .with_note("attributes have no fallback of their own; add it with its translation");
                self.push(&tf.name, d);
            }
        }
        for ta in &te.attributes {
            if !se.attributes.iter().any(|a| a.name == ta.name) {
                let d = Diagnostic::error(
                    "obsolete-attribute",
                    format!(
                        "`{}` has the attribute `.{}`, which the source does not have",
                        te.id, ta.name
                    ),
                )
                .at(tfid, ta.span.clone(), "not in the source")
                .with_note("delete it, or check whether it was renamed in the source");
                self.push(&tf.name, d);
            }
        }
        // Per part: variables, references, `.style`.
        type Pair<'p> = (Option<&'p str>, &'p [Node], &'p [Node], Range<usize>);
        let mut pairs: Vec<Pair> = Vec::new();
        if let (Some(sv), Some(tv)) = (&se.value, &te.value) {
            pairs.push((None, sv, tv, te.id_span.clone()));
        }
        for ta in &te.attributes {
            if let Some(sa) = se.attributes.iter().find(|a| a.name == ta.name) {
                pairs.push((Some(&ta.name), &sa.value, &ta.value, ta.span.clone()));
            }
        }
        for (attr, sv, tv, anchor) in pairs {
            let what = describe(te, attr);
            let declared = declared_variables(&se.comment);
            self.variables(tf, tfid, &what, sv, tv, &declared, anchor.clone());
            self.references(fi, tf, tfid, &what, sv, tv, anchor.clone());
            if attr == Some("style") {
                self.style(tf, tfid, &what, sv, tv, anchor);
            }
        }
        // Stale since the last review.
        if let Some(old) = self.loc.reviewed.get(&sf.rel, &se.id) {
            if old.canonical() != se.canonical() {
                let rfile = self.loc.reviewed.file;
                let rtext = rfile.map(|f| self.sources.get(f).text.as_str());
                let old_text = rtext
                    .and_then(|t| t.get(old.text_span.clone()))
                    .unwrap_or("");
                let new_text = self
                    .sources
                    .get(sfid)
                    .text
                    .get(se.text_span.clone())
                    .unwrap_or("");
                let d = Diagnostic::warning(
                    "outdated",
                    format!(
                        "the source text of `{}` changed after this translation was last reviewed",
                        te.id
                    ),
                )
                .at(tfid, te.id_span.clone(), "translated from the older text")
                .at(sfid, se.id_span.clone(), "the source now")
                .with_note(format!("source when reviewed:\n{}", indent(old_text)))
                .with_note(format!("source now:\n{}", indent(new_text)))
                .with_note(format!(
                    "update the translation if needed, then run `puente review --lang {} {}`",
                    self.loc.tag, te.id
                ));
                self.push(&tf.name, d);
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn variables(
        &mut self,
        tf: &FtlFile,
        tfid: FileId,
        what: &str,
        sv: &[Node],
        tv: &[Node],
        declared: &Declared,
        anchor: Range<usize>,
    ) {
        let mut src_all = BTreeSet::new();
        syntax::collect_vars(sv, true, &mut src_all);
        // Variables the source's `# Variables:` comment names are given a
        // value by Puente even when the source text does not show them.
        let mut src_all_declared = src_all.clone();
        src_all_declared.extend(declared.all.iter().cloned());
        let mut tgt_all = BTreeSet::new();
        syntax::collect_vars(tv, true, &mut tgt_all);
        // Added or misspelt.
        let mut flat = Vec::new();
        flatten(tv, &mut flat);
        let mut reported = HashSet::new();
        for n in &flat {
            let Node::Var { name, span } = n else {
                continue;
            };
            if src_all_declared.contains(name) || !reported.insert(name.clone()) {
                continue;
            }
            let limit = 2.max(name.len() / 4);
            let guess = src_all
                .difference(&tgt_all)
                .chain(src_all.iter())
                .find(|s| edit_distance(s, name) <= limit);
            let note = match guess {
                Some(g) => format!("did you mean `${g}`?"),
                None if src_all.is_empty() => "the source uses no variables here".to_string(),
                None => format!(
                    "the source uses {}",
                    src_all
                        .iter()
                        .map(|v| format!("`${v}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            };
            let d = Diagnostic::error(
                "unknown-variable",
                format!("{what} uses `${name}`, which the source does not have"),
            )
            .at(tfid, span.clone(), "not in the source")
            .with_note(note)
            .with_note(
                "nothing gives this variable a value, so Fluent prints `{$".to_string()
                    + name
                    + "}`",
            );
            self.push(&tf.name, d);
        }
        // Dropped altogether (unless the comment calls it optional). When
        // the source prints the variable, its value is lost from what the
        // reader sees ("Página { $page }" without `$total`): an error. A
        // variable the source only selects on may rightly go (a language
        // without plural forms needs no select): a warning.
        let mut src_shown = BTreeSet::new();
        syntax::collect_vars(sv, false, &mut src_shown);
        for name in src_all
            .difference(&tgt_all)
            .filter(|n| !declared.optional.contains(*n))
        {
            let shown = src_shown.contains(name);
            let severity = if shown {
                Severity::Error
            } else {
                Severity::Warning
            };
            let mut d = Diagnostic::new(
                severity,
                "dropped-variable",
                format!("{what} does not use `${name}`, which the source uses"),
            )
            .at(tfid, anchor.clone(), format!("no `${name}` here"));
            d = if shown {
                d.with_note(format!(
                    "the source prints `${name}`, so readers of this translation lose its value; keep every `{{ $variable }}` of the source (the translation may move it), or have the source's `# Variables:` comment call it optional"
                ))
            } else {
                d.with_note("keep every `{ $variable }` of the source; the translation may move it")
            };
            self.push(&tf.name, d);
        }
        // Per variant: a variable the source shows in every variant must be
        // shown in every variant of the translation.
        let (Some(src_paths), Some(tgt_paths)) = (paths(sv), paths(tv)) else {
            return;
        };
        let mut required: Option<BTreeSet<String>> = None;
        for p in &src_paths {
            required = Some(match required {
                None => p.shown.clone(),
                Some(r) => r.intersection(&p.shown).cloned().collect(),
            });
        }
        let required = required.unwrap_or_default();
        for p in &tgt_paths {
            let Some(last) = p.keys.last() else { continue };
            for name in &required {
                if !tgt_all.contains(name) || p.shown.contains(name) {
                    continue;
                }
                // `[one] one item` may spell out the number it is chosen by.
                let exempt = p.keys.iter().any(|k| {
                    k.selector_var.as_deref() == Some(name.as_str())
                        && (k.key != "other" && (is_plural_category(&k.key) || is_number(&k.key)))
                });
                if exempt {
                    continue;
                }
                let d = Diagnostic::warning(
                    "dropped-variable",
                    format!(
                        "the `[{}]` variant of {what} does not show `${name}`, which every variant in the source shows",
                        last.key
                    ),
                )
                .at(tfid, last.span.clone(), format!("no `${name}` in this variant"))
                .with_note("a variant without it loses that information for the readers it is chosen for");
                self.push(&tf.name, d);
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn references(
        &mut self,
        fi: usize,
        tf: &FtlFile,
        tfid: FileId,
        what: &str,
        sv: &[Node],
        tv: &[Node],
        anchor: Range<usize>,
    ) {
        let src_refs = refs(sv);
        let tgt_refs = refs(tv);
        for (name, (term, _)) in &src_refs {
            if !tgt_refs.iter().any(|(n, _)| n == name) {
                let kind = if *term { "term" } else { "message" };
                let d = Diagnostic::warning(
                    "missing-reference",
                    format!("{what} does not refer to the {kind} `{name}`, as the source does"),
                )
                .at(tfid, anchor.clone(), format!("no `{{ {name} }}` here"))
                .with_note("a reference keeps shared wording (names, terms) the same everywhere; use it unless the language needs otherwise");
                self.push(&tf.name, d);
            }
        }
        for (name, (term, span)) in &tgt_refs {
            // One that does not resolve is already an error.
            let base = name.split('.').next().unwrap_or(name);
            let resolves = self.tree.resolve(self.loc, fi, base).is_some();
            if resolves && !src_refs.iter().any(|(n, _)| n == name) {
                let kind = if *term { "term" } else { "message" };
                let d = Diagnostic::warning(
                    "obsolete-reference",
                    format!("{what} refers to the {kind} `{name}`, which the source does not"),
                )
                .at(tfid, span.clone(), "not in the source")
                .with_note("check that this is the text meant here");
                self.push(&tf.name, d);
            }
        }
    }

    fn style(
        &mut self,
        tf: &FtlFile,
        tfid: FileId,
        what: &str,
        sv: &[Node],
        tv: &[Node],
        anchor: Range<usize>,
    ) {
        let (Some(s), Some(t)) = (plain_text(sv), plain_text(tv)) else {
            return;
        };
        let Some(Ok(src)) = parse_css(&s) else {
            return;
        };
        let message = match parse_css(&t) {
            None | Some(Err(())) => {
                "is not a CSS size list like the source (`width: 20em;`)".to_string()
            }
            Some(Ok(tgt)) => {
                let mut problems = Vec::new();
                for (prop, unit) in &tgt {
                    match src.iter().find(|(p, _)| p == prop) {
                        None => problems.push(format!("`{prop}` is not in the source")),
                        Some((_, su)) if su != unit => {
                            problems.push(format!("`{prop}` is in `{unit}`, the source in `{su}`"))
                        }
                        _ => {}
                    }
                }
                for (prop, _) in &src {
                    if !tgt.iter().any(|(p, _)| p == prop) {
                        problems.push(format!("`{prop}` is missing"));
                    }
                }
                if problems.is_empty() {
                    return;
                }
                problems.join("; ")
            }
        };
        let d = Diagnostic::warning("style-mismatch", format!("{what}: {message}"))
            .at(tfid, anchor, "this style")
            .with_note("a `.style` sets sizes for the interface; use the same properties and units as the source, changing only the numbers");
        self.push(&tf.name, d);
    }
}

fn describe(e: &Entry, attr: Option<&str>) -> String {
    let kind = if e.is_term { "the term" } else { "" };
    match attr {
        Some(a) => format!("`{}.{a}`", e.id),
        None if e.is_term => format!("{kind} `{}`", e.id),
        None => format!("`{}`", e.id),
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
    let noun = if keys.len() == 1 {
        "variant"
    } else {
        "variants"
    };
    format!("{noun} {}", items.join(", "))
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

/// Message and term references in text and variants (not in selectors, and
/// not term attributes, which only choose variants), as compare-locales
/// counts them: name → (is a term, first span).
fn refs(nodes: &[Node]) -> Vec<(String, (bool, Range<usize>))> {
    fn walk(nodes: &[Node], out: &mut Vec<(String, (bool, Range<usize>))>) {
        for n in nodes {
            let (name, term, span) = match n {
                Node::MsgRef { id, attr, span } => (
                    match attr {
                        Some(a) => format!("{id}.{a}"),
                        None => id.clone(),
                    },
                    false,
                    span.clone(),
                ),
                Node::TermRef {
                    id,
                    attr: None,
                    span,
                    ..
                } => (id.clone(), true, span.clone()),
                Node::Select { variants, .. } => {
                    for v in variants {
                        walk(&v.value, out);
                    }
                    continue;
                }
                _ => continue,
            };
            if !out.iter().any(|(n, _)| *n == name) {
                out.push((name, (term, span)));
            }
        }
    }
    let mut out = Vec::new();
    walk(nodes, &mut out);
    out
}

struct Key {
    selector_var: Option<String>,
    key: String,
    span: Range<usize>,
}

/// One way through a pattern's select expressions: the variables shown on
/// it and the variant keys taken.
struct PathInfo {
    shown: BTreeSet<String>,
    keys: Vec<Key>,
}

fn paths(nodes: &[Node]) -> Option<Vec<PathInfo>> {
    let mut current = vec![PathInfo {
        shown: BTreeSet::new(),
        keys: Vec::new(),
    }];
    for n in nodes {
        match n {
            Node::Select { selector, variants } => {
                let selector_var = match &**selector {
                    Node::Var { name, .. } => Some(name.clone()),
                    Node::Func { args, .. } => args.iter().find_map(|a| match a {
                        Node::Var { name, .. } => Some(name.clone()),
                        _ => None,
                    }),
                    _ => None,
                };
                let mut next = Vec::new();
                for v in variants {
                    let sub = paths(&v.value)?;
                    for p in &current {
                        for s in &sub {
                            let mut keys: Vec<Key> = p
                                .keys
                                .iter()
                                .map(|k| Key {
                                    selector_var: k.selector_var.clone(),
                                    key: k.key.clone(),
                                    span: k.span.clone(),
                                })
                                .collect();
                            keys.push(Key {
                                selector_var: selector_var.clone(),
                                key: v.key.clone(),
                                span: v.key_span.clone(),
                            });
                            keys.extend(s.keys.iter().map(|k| Key {
                                selector_var: k.selector_var.clone(),
                                key: k.key.clone(),
                                span: k.span.clone(),
                            }));
                            next.push(PathInfo {
                                shown: p.shown.union(&s.shown).cloned().collect(),
                                keys,
                            });
                            if next.len() > MAX_PATHS {
                                return None;
                            }
                        }
                    }
                }
                current = next;
            }
            other => {
                let mut vars = BTreeSet::new();
                syntax::collect_vars(std::slice::from_ref(other), false, &mut vars);
                for p in &mut current {
                    p.shown.extend(vars.iter().cloned());
                }
            }
        }
    }
    Some(current)
}

fn is_plural_category(k: &str) -> bool {
    matches!(k, "zero" | "one" | "two" | "few" | "many" | "other")
}

fn is_number(k: &str) -> bool {
    k.parse::<f64>().is_ok()
}

/// The CLDR cardinal plural categories a locale uses for whole numbers up to
/// 1000 and for decimals, in CLDR order; `None` when CLDR has no rules for
/// it.
pub fn plural_categories(lang: &LanguageIdentifier) -> Option<Vec<&'static str>> {
    let rules = PluralRules::create(lang.clone(), PluralRuleType::CARDINAL)
        .or_else(|_| {
            let mut base = LanguageIdentifier::default();
            base.language = lang.language;
            PluralRules::create(base, PluralRuleType::CARDINAL)
        })
        .ok()?;
    let mut found: Vec<PluralCategory> = Vec::new();
    let mut note = |c: PluralCategory| {
        if !found.contains(&c) {
            found.push(c);
        }
    };
    for n in 0..=1000u32 {
        if let Ok(c) = rules.select(n) {
            note(c);
        }
    }
    for s in [
        "0.5", "1.5", "2.5", "0.1", "1.1", "2.1", "5.5", "0.0", "1.0",
    ] {
        if let Ok(c) = rules.select(s) {
            note(c);
        }
    }
    let order = [
        (PluralCategory::ZERO, "zero"),
        (PluralCategory::ONE, "one"),
        (PluralCategory::TWO, "two"),
        (PluralCategory::FEW, "few"),
        (PluralCategory::MANY, "many"),
        (PluralCategory::OTHER, "other"),
    ];
    Some(
        order
            .iter()
            .filter(|(c, _)| found.contains(c))
            .map(|(_, n)| *n)
            .collect(),
    )
}

/// The text of a pattern that is only text.
fn plain_text(nodes: &[Node]) -> Option<String> {
    let mut s = String::new();
    for n in nodes {
        match n {
            Node::Text { text, .. } => s.push_str(text),
            _ => return None,
        }
    }
    Some(s)
}

/// A `.style` value as compare-locales reads it: `width: 20em; height: 3ch`
/// (width and height, optionally min-/max-, with a length unit). `None`
/// when the text is not such a list at all, `Err` when it starts as one but
/// has something else in it.
#[allow(clippy::type_complexity)]
fn parse_css(s: &str) -> Option<Result<Vec<(String, String)>, ()>> {
    const UNITS: [&str; 10] = ["ch", "em", "ex", "rem", "px", "cm", "mm", "in", "pc", "pt"];
    let mut out = Vec::new();
    let parts: Vec<&str> = s.split(';').map(str::trim).collect();
    for (i, p) in parts.iter().enumerate() {
        if p.is_empty() {
            if i + 1 == parts.len() || out.is_empty() {
                continue;
            }
            return Some(Err(()));
        }
        let parsed = p.split_once(':').and_then(|(prop, val)| {
            let prop = prop.trim();
            let base = prop
                .strip_prefix("min-")
                .or_else(|| prop.strip_prefix("max-"))
                .unwrap_or(prop);
            if base != "width" && base != "height" {
                return None;
            }
            let val = val.trim();
            let unit = UNITS.iter().find(|u| val.ends_with(*u))?;
            let num = &val[..val.len() - unit.len()];
            num.parse::<f64>().ok()?;
            Some((prop.to_string(), unit.to_string()))
        });
        match parsed {
            Some(x) => out.push(x),
            None if out.is_empty() && i == 0 => return None,
            None => return Some(Err(())),
        }
    }
    if out.is_empty() {
        None
    } else {
        Some(Ok(out))
    }
}

/// Levenshtein distance, for "did you mean".
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != *cb);
            cur.push(sub.min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plural_categories_come_from_cldr() {
        let cats = |l: &str| plural_categories(&l.parse().unwrap());
        assert_eq!(cats("en"), Some(vec!["one", "other"]));
        assert_eq!(cats("ru"), Some(vec!["one", "few", "many", "other"]));
        assert_eq!(cats("pt-BR"), Some(vec!["one", "other"]));
        assert_eq!(cats("ja"), Some(vec!["other"]));
    }

    #[test]
    fn css_sizes_are_read_like_compare_locales() {
        assert_eq!(
            parse_css("width: 20em; min-height: 3ch;"),
            Some(Ok(vec![
                ("width".into(), "em".into()),
                ("min-height".into(), "ch".into())
            ]))
        );
        assert_eq!(parse_css("Hello"), None);
        assert_eq!(parse_css("width: 20em; color: red"), Some(Err(())));
    }

    #[test]
    fn edit_distance_counts_edits() {
        assert_eq!(edit_distance("count", "cuont"), 2);
        assert_eq!(edit_distance("name", "name"), 0);
        assert_eq!(edit_distance("", "abc"), 3);
    }
}

/// The variables a source message's `# Variables:` comment names, and which
/// of them it marks optional (a translation may leave those out, for
/// example the 12-hour clock's `$ampm` in a language that uses 24 hours).
#[derive(Debug, Default)]
pub struct Declared {
    pub all: BTreeSet<String>,
    pub optional: BTreeSet<String>,
}

/// Reads `# Variables: $a (number), $b (string, optional), ...`.
pub fn declared_variables(comment: &[String]) -> Declared {
    let mut out = Declared::default();
    let text = comment.join(" ");
    let Some(start) = text.find("Variables:") else {
        return out;
    };
    let rest = &text[start + "Variables:".len()..];
    for (i, c) in rest.char_indices() {
        if c != '$' {
            continue;
        }
        let name: String = rest[i + 1..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
            .collect();
        if name.is_empty() {
            continue;
        }
        let after = rest[i + 1 + name.len()..].trim_start();
        let described_optional = after.starts_with('(')
            && after[1..]
                .split(')')
                .next()
                .is_some_and(|d| d.contains("optional"));
        if described_optional {
            out.optional.insert(name.clone());
        }
        out.all.insert(name);
    }
    out
}
