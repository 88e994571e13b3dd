//! Checks on one file on its own, in any locale: duplicates, references
//! that do not resolve in the file's bundle, select expressions (duplicate
//! variants, plural categories the locale needs), empty values, U+FFFD.

use std::ops::Range;

use super::Checker;
use super::{flatten, is_empty, list_keys, part};
use crate::diag::Diagnostic;
use crate::l10n::syntax::{self, Entry, Node};
use crate::l10n::tree::FtlFile;
use crate::source::FileId;

impl Checker<'_> {
    pub(super) fn intrinsic(&mut self, fi: usize, f: &FtlFile, fid: FileId) {
        let src_file = if self.is_source {
            None
        } else {
            self.tree.source().file(&f.rel)
        };
        let mut as_term = String::new();
        for (ei, e) in f.parsed.entries.iter().enumerate() {
            if let Some((f0, e0)) = self.tree.lookup(self.loc, fi, &e.id) {
                if (f0, e0) != (fi, ei) {
                    let first_file = &self.loc.files[f0];
                    let first = &first_file.parsed.entries[e0];
                    let also_in = (f0 != fi).then_some(first_file.name.as_str());
                    let mut d = crate::codes::duplicate_definition(e.is_term, &e.id, also_in).at(
                        fid,
                        e.id_span.clone(),
                        crate::msg!("check-label-defined-again"),
                    );
                    if let Some(ff) = first_file.file {
                        d = d.at(
                            ff,
                            first.id_span.clone(),
                            crate::msg!("check-label-first-defined"),
                        );
                    }
                    self.push(&f.name, d);
                }
            }
            // Fluent keeps messages and terms in one namespace, keyed by the
            // name without the term's `-`: a message `pens` and a term
            // `-pens` in one bundle cannot both load. Said once, at the
            // message.
            if !e.is_term {
                as_term.clear();
                as_term.push('-');
                as_term.push_str(&e.id);
                if let Some((f0, e0)) = self.tree.lookup(self.loc, fi, &as_term) {
                    let term_file = &self.loc.files[f0];
                    let term = &term_file.parsed.entries[e0];
                    let also_in = (f0 != fi).then_some(term_file.name.as_str());
                    let message = match also_in {
                        Some(file) => crate::msg!(
                            "message-term-clash-in",
                            id = &e.id,
                            term = &term.id,
                            file = file
                        ),
                        None => crate::msg!("message-term-clash", id = &e.id, term = &term.id),
                    };
                    let mut d = Diagnostic::error("duplicate-message", message)
                        .at(
                            fid,
                            e.id_span.clone(),
                            crate::msg!("message-format-this-message"),
                        )
                        .with_note(crate::msg!("message-term-clash-note"));
                    if let Some(ff) = term_file.file {
                        d = d.at(
                            ff,
                            term.id_span.clone(),
                            crate::msg!("message-term-clash-label"),
                        );
                    }
                    self.push(&f.name, d);
                }
            }
            let mut seen: Vec<&str> = Vec::new();
            for a in &e.attributes {
                if seen.contains(&a.name.as_str()) {
                    let d = Diagnostic::error(
                        "duplicate-attribute",
                        crate::msg!("duplicate-attribute", id = &e.id, attribute = &a.name),
                    )
                    .at(fid, a.span.clone(), crate::msg!("check-label-again-here"))
                    .with_note(crate::msg!("duplicate-attribute-note"));
                    self.push(&f.name, d);
                } else {
                    seen.push(&a.name);
                }
            }
            let src_entry = src_file.and_then(|sf| sf.get(&e.id));
            if self.patterns(fi, f, fid, e, src_entry) {
                self.holding.insert((fi, ei));
            }
        }
    }

    /// Checks each part of `e`; says whether it still holds the source
    /// text.
    pub(super) fn patterns(
        &mut self,
        fi: usize,
        f: &FtlFile,
        fid: FileId,
        e: &Entry,
        src_entry: Option<&Entry>,
    ) -> bool {
        let untranslated = src_entry.is_some_and(|se| crate::l10n::state::holds_source_text(se, e));
        let mut parts: Vec<(Option<&str>, &[Node], Range<usize>)> = Vec::new();
        if let Some(v) = &e.value {
            parts.push((None, v, e.id_span.clone()));
        }
        for a in &e.attributes {
            parts.push((Some(&a.name), &a.value, a.span.clone()));
        }
        for (attr, nodes, span) in parts {
            let what = super::What::new(e, attr);
            if is_empty(nodes) {
                let src_empty = src_entry.and_then(|s| part(s, attr)).is_some_and(is_empty);
                if !src_empty {
                    let d = Diagnostic::warning(
                        "empty-value",
                        crate::msg!("empty-value", what = &what),
                    )
                    .at(fid, span.clone(), crate::msg!("empty-value-label"))
                    .with_note(crate::msg!("empty-value-note"));
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
                            crate::msg!("replacement-character", what = &what),
                        )
                        .at(
                            fid,
                            at..at + '\u{FFFD}'.len_utf8(),
                            crate::msg!("check-label-here"),
                        )
                        .with_note(crate::msg!("replacement-character-note"));
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
        untranslated
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn check_ref(
        &mut self,
        fi: usize,
        f: &FtlFile,
        fid: FileId,
        _e: &Entry,
        what: &super::What,
        id: &str,
        attr: Option<&str>,
        span: &Range<usize>,
        term: bool,
    ) {
        let kind = super::kind(term);
        let found = self.tree.resolve(self.loc, fi, id);
        let problem = match found {
            None => Some(crate::msg!(
                "unknown-reference",
                what = what,
                kind = &kind,
                id = id,
                where = self.bundle_words(f)
            )),
            Some((tf, te)) => {
                let target = &self.loc.files[tf].parsed.entries[te];
                match attr {
                    Some(a) if !target.attributes.iter().any(|x| x.name == a) => Some(crate::msg!(
                        "unknown-reference-attribute",
                        what = what,
                        id = id,
                        attribute = a,
                        kind = &kind
                    )),
                    _ => None,
                }
            }
        };
        if let Some(message) = problem {
            let d = Diagnostic::error("unknown-reference", message)
                .at(fid, span.clone(), crate::msg!("unknown-reference-label"))
                .with_note(crate::msg!("unknown-reference-note"));
            self.push(&f.name, d);
        }
    }

    pub(super) fn bundle_words(&self, f: &FtlFile) -> crate::ui::Msg {
        match self.tree.bundles {
            crate::l10n::tree::Bundles::Puente if f.rel != "common.ftl" => crate::msg!(
                "check-where-file-or-common",
                file = &f.rel,
                locale = &self.loc.tag
            ),
            crate::l10n::tree::Bundles::Puente => {
                crate::msg!("check-where-common", locale = &self.loc.tag)
            }
            crate::l10n::tree::Bundles::Separate => {
                crate::msg!("check-where-any-file", locale = &self.loc.tag)
            }
        }
    }

    pub(super) fn check_select(
        &mut self,
        f: &FtlFile,
        fid: FileId,
        what: &super::What,
        selector: &Node,
        variants: &[syntax::Variant],
        untranslated: bool,
    ) {
        let mut keys: Vec<&str> = Vec::new();
        for v in variants {
            if keys.contains(&v.key.as_str()) {
                let d = Diagnostic::warning(
                    "duplicate-variant",
                    crate::msg!("duplicate-variant", what = what, key = &v.key),
                )
                .at(
                    fid,
                    v.key_span.clone(),
                    crate::msg!("check-label-again-here"),
                )
                .with_note(crate::msg!("duplicate-variant-note"));
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
            crate::msg!(
                "missing-plural-category",
                what = what,
                keys = list_keys(&missing),
                locale = &self.loc.tag
            ),
        )
        .at(
            fid,
            selector.span(),
            crate::msg!("missing-plural-category-label"),
        )
        .with_note(crate::msg!(
            "missing-plural-category-note",
            locale = &self.loc.tag,
            categories = needed.join(", "),
            default = default
        ));
        self.push(&f.name, d);
    }
}
