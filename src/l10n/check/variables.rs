//! `$variable` parity between a translation and its source, per variant
//! of a select expression, and what a `# Variables:` comment declares.

use std::collections::{BTreeSet, HashSet};
use std::ops::Range;

use super::flatten;
use super::Checker;
use crate::diag::{Diagnostic, Severity};
use crate::l10n::syntax::{self, Node};
use crate::l10n::tree::FtlFile;
use crate::source::FileId;

/// Paths through select expressions are enumerated to check variables per
/// variant; past this many, only the whole-message check is done.
const MAX_PATHS: usize = 256;

impl Checker<'_> {
    #[allow(clippy::too_many_arguments)]
    pub(super) fn variables(
        &mut self,
        tf: &FtlFile,
        tfid: FileId,
        what: &super::What,
        sv: &[Node],
        tv: &[Node],
        source_comment: &[String],
        anchor: Range<usize>,
    ) {
        // Most messages have no variable on either side: nothing to compare.
        if !syntax::has_vars(sv) && !syntax::has_vars(tv) {
            return;
        }
        let declared = &declared_variables(source_comment);
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
                Some(g) => crate::msg!("unknown-variable-did-you-mean", name = g),
                None if src_all.is_empty() => crate::msg!("unknown-variable-source-has-none"),
                None => crate::msg!(
                    "unknown-variable-source-uses",
                    names = src_all
                        .iter()
                        .map(|v| format!("`${v}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            };
            let d = Diagnostic::error(
                "unknown-variable",
                crate::msg!("unknown-variable", what = what, name = name),
            )
            .at(tfid, span.clone(), crate::msg!("check-label-not-in-source"))
            .with_note(note)
            .with_note(crate::msg!("unknown-variable-note", name = name));
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
                crate::msg!("dropped-variable", what = what, name = name),
            )
            .at(
                tfid,
                anchor.clone(),
                crate::msg!("dropped-variable-label", name = name),
            );
            d = if shown {
                d.with_note(crate::msg!("dropped-variable-shown-note", name = name))
            } else {
                d.with_note(crate::msg!("dropped-variable-note"))
            };
            self.push(&tf.name, d);
        }
        // Per variant: a variable the source shows in every variant must be
        // shown in every variant of the translation. (A translation without
        // a select has no variant to miss it in.)
        if !tv.iter().any(|n| matches!(n, Node::Select { .. })) {
            return;
        }
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
                    crate::msg!(
                        "dropped-variable-variant",
                        key = &last.key,
                        what = what,
                        name = name
                    ),
                )
                .at(
                    tfid,
                    last.span.clone(),
                    crate::msg!("dropped-variable-variant-label", name = name),
                )
                .with_note(crate::msg!("dropped-variable-variant-note"));
                self.push(&tf.name, d);
            }
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_edits() {
        assert_eq!(edit_distance("count", "cuont"), 2);
        assert_eq!(edit_distance("name", "name"), 0);
        assert_eq!(edit_distance("", "abc"), 3);
    }
}
