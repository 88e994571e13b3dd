//! A translation against its source: missing and obsolete files,
//! messages and attributes, untranslated text, values present in one and
//! not the other, and translations gone stale since their last review.

use std::collections::HashSet;
use std::ops::Range;

use super::Checker;
use super::{declared_variables, describe, indent};
use crate::diag::Diagnostic;
use crate::l10n::syntax::{Entry, Node};
use crate::l10n::tree::FtlFile;
use crate::source::FileId;

impl Checker<'_> {
    pub(super) fn missing_file(&mut self, sf: &FtlFile, sfid: FileId) {
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

    pub(super) fn compare_file(&mut self, sf: &FtlFile, sfid: FileId, tf: &FtlFile, tfid: FileId) {
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

    pub(super) fn missing_message(&mut self, sf: &FtlFile, sfid: FileId, tf: &FtlFile, se: &Entry) {
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

    pub(super) fn untranslated(&mut self, tf: &FtlFile, tfid: FileId, te: &Entry) {
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

    pub(super) fn compare_entry(
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
}
