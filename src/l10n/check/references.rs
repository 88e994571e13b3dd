//! Message and term references of a translation against its source's,
//! counted as compare-locales counts them.

use std::ops::Range;

use super::Checker;
use crate::diag::Diagnostic;
use crate::l10n::syntax::Node;
use crate::l10n::tree::FtlFile;
use crate::source::FileId;

impl Checker<'_> {
    #[allow(clippy::too_many_arguments)]
    pub(super) fn references(
        &mut self,
        fi: usize,
        tf: &FtlFile,
        tfid: FileId,
        what: &super::What,
        sv: &[Node],
        tv: &[Node],
        anchor: Range<usize>,
    ) {
        let src_refs = refs(sv);
        let tgt_refs = refs(tv);
        for (name, (term, _)) in &src_refs {
            if !tgt_refs.iter().any(|(n, _)| n == name) {
                let d = Diagnostic::warning(
                    "missing-reference",
                    crate::msg!(
                        "missing-reference",
                        what = what,
                        kind = super::kind(*term),
                        name = name
                    ),
                )
                .at(
                    tfid,
                    anchor.clone(),
                    crate::msg!("missing-reference-label", name = name),
                )
                .with_note(crate::msg!("missing-reference-note"));
                self.push(&tf.name, d);
            }
        }
        for (name, (term, span)) in &tgt_refs {
            // One that does not resolve is already an error.
            let base = name.split('.').next().unwrap_or(name);
            let resolves = self.tree.resolve(self.loc, fi, base).is_some();
            if resolves && !src_refs.iter().any(|(n, _)| n == name) {
                let d = Diagnostic::warning(
                    "obsolete-reference",
                    crate::msg!(
                        "obsolete-reference",
                        what = what,
                        kind = super::kind(*term),
                        name = name
                    ),
                )
                .at(tfid, span.clone(), crate::msg!("check-label-not-in-source"))
                .with_note(crate::msg!("obsolete-reference-note"));
                self.push(&tf.name, d);
            }
        }
    }
}

/// Message and term references in text and variants (not in selectors, and
/// not term attributes, which only choose variants), as compare-locales
/// counts them: name → (is a term, first span).
fn refs(nodes: &[Node]) -> Vec<(String, (bool, Range<usize>))> {
    pub(super) fn walk(nodes: &[Node], out: &mut Vec<(String, (bool, Range<usize>))>) {
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
