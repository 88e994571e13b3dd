//! A translation against its source: missing and obsolete files,
//! messages and attributes, untranslated text, values present in one and
//! not the other, and translations gone stale since their last review.

use std::collections::HashSet;
use std::ops::Range;

use super::Checker;
use super::{indent, kind};
use crate::diag::Diagnostic;
use crate::l10n::syntax::{Entry, Node};
use crate::l10n::tree::FtlFile;
use crate::source::FileId;

impl Checker<'_> {
    /// How a missing or untranslated finding ends: the locale is declared
    /// complete, or the fallback stands in.
    fn tail(&self) -> crate::ui::Msg {
        if self.loc.config.complete {
            crate::msg!("check-declared-complete", locale = &self.loc.tag)
        } else {
            crate::msg!("check-fallback-stands-in")
        }
    }

    pub(super) fn missing_file(&mut self, sf: &FtlFile, sfid: FileId) {
        let n = sf.parsed.entries.len();
        let shown = self.tree.shown_path(self.loc, &sf.rel);
        let complete = self.loc.config.complete;
        let d = Diagnostic::new(
            self.missing_severity(),
            "missing-file",
            if complete {
                crate::msg!(
                    "missing-file-complete",
                    file = &shown,
                    count = n,
                    locale = &self.loc.tag
                )
            } else {
                crate::msg!("missing-file-fallback", file = &shown, count = n)
            },
        )
        .at(sfid, 0..0, crate::msg!("missing-file-label"))
        .with_note(crate::msg!("missing-file-note", locale = &self.loc.tag));
        self.push(&shown, d);
    }

    pub(super) fn compare_file(&mut self, sf: &FtlFile, sfid: FileId, tf: &FtlFile, tfid: FileId) {
        let ttext = &self.sources.get(tfid).text;
        let junk: HashSet<&str> = tf.parsed.junk_ids(ttext).into_iter().collect();
        let mut seen: HashSet<&str> = HashSet::new();
        let fi = self.loc.file_index(&tf.rel).unwrap_or(0);
        for se in &sf.parsed.entries {
            if !seen.insert(&se.id) {
                continue; // a duplicate in the source; reported there
            }
            match tf.index.get(&se.id).map(|&ei| (ei, &tf.parsed.entries[ei])) {
                None if junk.contains(se.id.as_str()) => {} // its syntax error is reported
                None => self.missing_message(sf, sfid, tf, se),
                // The file checks found whether it holds the source text.
                Some((ei, te))
                    if self.holding.contains(&(fi, ei)) && !self.loc.accepted(&sf.rel, se, te) =>
                {
                    self.untranslated(tf, tfid, te)
                }
                Some((_, te)) => self.compare_entry(sf, sfid, (fi, tf), tfid, se, te),
            }
        }
        for te in &tf.parsed.entries {
            if sf.get(&te.id).is_none() {
                let d = Diagnostic::warning(
                    "obsolete-message",
                    crate::msg!(
                        "obsolete-message",
                        kind = kind(te.is_term),
                        id = &te.id,
                        file = &sf.name
                    ),
                )
                .at(
                    tfid,
                    te.id_span.clone(),
                    crate::msg!("check-label-not-in-source"),
                )
                .with_note(crate::msg!("obsolete-message-note"));
                self.push(&tf.name, d);
            }
        }
    }

    pub(super) fn missing_message(&mut self, sf: &FtlFile, sfid: FileId, tf: &FtlFile, se: &Entry) {
        let d = Diagnostic::new(
            self.missing_severity(),
            "missing-message",
            crate::msg!(
                "missing-message",
                kind = kind(se.is_term),
                id = &se.id,
                file = &tf.name,
                tail = self.tail()
            ),
        )
        .at(
            sfid,
            se.id_span.clone(),
            crate::msg!("missing-message-label", file = &sf.name),
        )
        .with_note(crate::msg!(
            "missing-message-note",
            file = &tf.name,
            locale = &self.loc.tag
        ));
        self.push(&tf.name, d);
    }

    pub(super) fn untranslated(&mut self, tf: &FtlFile, tfid: FileId, te: &Entry) {
        let d = Diagnostic::new(
            self.missing_severity(),
            "untranslated",
            crate::msg!(
                "untranslated",
                kind = kind(te.is_term),
                id = &te.id,
                tail = self.tail()
            ),
        )
        .at(tfid, te.id_span.clone(), crate::msg!("untranslated-label"))
        .with_note(crate::msg!(
            "untranslated-note",
            locale = &self.loc.tag,
            id = &te.id
        ));
        self.push(&tf.name, d);
    }

    pub(super) fn compare_entry(
        &mut self,
        sf: &FtlFile,
        sfid: FileId,
        (fi, tf): (usize, &FtlFile),
        tfid: FileId,
        se: &Entry,
        te: &Entry,
    ) {
        // Value present in one and not the other.
        match (&se.value, &te.value) {
            (Some(_), None) => {
                let d =
                    Diagnostic::error("missing-value", crate::msg!("missing-value", id = &te.id))
                        .at(tfid, te.id_span.clone(), crate::msg!("missing-value-label"))
                        .at(
                            sfid,
                            se.id_span.clone(),
                            crate::msg!("missing-value-source"),
                        )
                        .with_note(crate::msg!("missing-value-note"));
                self.push(&tf.name, d);
            }
            (None, Some(v)) => {
                let span = v.first().map(|n| n.span()).unwrap_or(te.id_span.clone());
                let d =
                    Diagnostic::error("obsolete-value", crate::msg!("obsolete-value", id = &te.id))
                        .at(tfid, span, crate::msg!("check-label-not-in-source"))
                        .with_note(crate::msg!("obsolete-value-note"));
                self.push(&tf.name, d);
            }
            _ => {}
        }
        for sa in &se.attributes {
            if !te.attributes.iter().any(|a| a.name == sa.name) {
                let d = Diagnostic::error(
                    "missing-attribute",
                    crate::msg!("missing-attribute", id = &te.id, attribute = &sa.name),
                )
                .at(
                    tfid,
                    te.id_span.clone(),
                    crate::msg!("missing-attribute-label"),
                )
                .at(
                    sfid,
                    sa.span.clone(),
                    crate::msg!("missing-attribute-source"),
                )
                .with_note(crate::msg!("missing-attribute-note"));
                self.push(&tf.name, d);
            }
        }
        for ta in &te.attributes {
            if !se.attributes.iter().any(|a| a.name == ta.name) {
                let d = Diagnostic::error(
                    "obsolete-attribute",
                    crate::msg!("obsolete-attribute", id = &te.id, attribute = &ta.name),
                )
                .at(
                    tfid,
                    ta.span.clone(),
                    crate::msg!("check-label-not-in-source"),
                )
                .with_note(crate::msg!("obsolete-attribute-note"));
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
            let what = super::What::new(te, attr);
            self.variables(tf, tfid, &what, sv, tv, &se.comment, anchor.clone());
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
                let d = Diagnostic::warning("outdated", crate::msg!("outdated", id = &te.id))
                    .at(tfid, te.id_span.clone(), crate::msg!("outdated-label"))
                    .at(sfid, se.id_span.clone(), crate::msg!("outdated-source"))
                    .with_note(crate::msg!("outdated-then", text = indent(old_text)))
                    .with_note(crate::msg!("outdated-now", text = indent(new_text)))
                    .with_note(crate::msg!(
                        "outdated-note",
                        locale = &self.loc.tag,
                        id = &te.id
                    ));
                self.push(&tf.name, d);
            }
        }
    }
}
