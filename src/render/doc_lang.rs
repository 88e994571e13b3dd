//! The language of every run of an editable document. Text that fell back
//! to another language (an English message in a Spanish handout) must carry
//! that language's tag (`w:lang`, `fo:language`), or screen readers and
//! spell checkers read English with Spanish rules.
//!
//! What fell back is known where the text was made: the editable exports
//! localize with trace marks (see [`crate::l10n::Traced`]), as the website
//! does for its `lang` spans. Each formatted message arrives wrapped in
//! `START n SEP text END`, and [`resolve`] turns a finished document's marks
//! into runs of one language each and removes them. The marks are read in
//! document order with the open ones carried from run to run, because a
//! message of several paragraphs opens in one paragraph and closes in
//! another; inside nested marks the innermost one decides (a Spanish date
//! inside an English notice stays Spanish).

use crate::l10n::trace::{strip, END, SEP, START};
use crate::l10n::Traced;

use super::doc_model::{Block, Document, Run};

/// Gives every run of `doc` the language its text came in and removes the
/// trace marks (`trace[n]` describes mark `n`). A document without marks is
/// left as it is.
pub fn resolve(doc: &mut Document, trace: &[Traced]) {
    let mut marks = Marks {
        trace,
        open: Vec::new(),
    };
    doc.title = strip(&doc.title);
    doc.footer = marks.runs(std::mem::take(&mut doc.footer));
    for b in &mut doc.blocks {
        marks.block(b);
    }
}

struct Marks<'t> {
    trace: &'t [Traced],
    /// The marks open at this point of the document, innermost last.
    open: Vec<usize>,
}

impl Marks<'_> {
    /// The language the innermost open mark says the text is in, when it
    /// fell back; `None` for the document's (or the run's own) language.
    fn lang(&self) -> Option<String> {
        let t = self.trace.get(*self.open.last()?)?;
        t.fallback.then(|| t.locale.to_string())
    }

    fn block(&mut self, b: &mut Block) {
        match b {
            Block::Para { runs, .. } => *runs = self.runs(std::mem::take(runs)),
            Block::List { items, .. } => {
                for item in items {
                    *item = self.runs(std::mem::take(item));
                }
            }
            Block::Table {
                header,
                rows,
                footer,
                ..
            } => {
                let paragraphs = header
                    .iter_mut()
                    .chain(rows.iter_mut().flatten().flatten())
                    .chain(footer.iter_mut());
                for p in paragraphs {
                    *p = self.runs(std::mem::take(p));
                }
            }
            Block::Note { heading, body, .. } => {
                *heading = self.runs(std::mem::take(heading));
                for b in body {
                    self.block(b);
                }
            }
            Block::WriteInLines(_) => {}
            // Each column is resolved with its own trace before the two are
            // put side by side.
            Block::Columns { .. } => {}
        }
    }

    /// Splits runs at their marks into runs of one language each. Space
    /// does not start a new run, so "Label: value" stays in as few runs as
    /// its languages allow.
    fn runs(&mut self, runs: Vec<Run>) -> Vec<Run> {
        let mut out = Vec::with_capacity(runs.len());
        for run in runs {
            if self.open.is_empty() && !run.text.contains([START, SEP, END]) {
                out.push(run);
                continue;
            }
            let mut text = String::new();
            let mut lang = self.lang();
            let mut chars = run.text.chars();
            while let Some(c) = chars.next() {
                match c {
                    START => {
                        let n: String = chars.by_ref().take_while(|d| *d != SEP).collect();
                        self.open.push(n.parse().unwrap_or(usize::MAX));
                    }
                    END => {
                        self.open.pop();
                    }
                    SEP => {}
                    c if c.is_whitespace() => text.push(c),
                    c => {
                        let now = self.lang();
                        if now != lang {
                            if !text.is_empty() {
                                out.push(piece(&run, std::mem::take(&mut text), lang));
                            }
                            lang = now;
                        }
                        text.push(c);
                    }
                }
            }
            if !text.is_empty() {
                out.push(piece(&run, text, lang));
            }
        }
        out
    }
}

/// Part of `run` with its formatting; a fallback's language wins over the
/// run's own (an untranslated source title), else the run keeps its own.
fn piece(run: &Run, text: String, fallback: Option<String>) -> Run {
    Run {
        text,
        lang: fallback.or_else(|| run.lang.clone()),
        ..run.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn traced(fallback: &[bool]) -> Vec<Traced> {
        fallback
            .iter()
            .enumerate()
            .map(|(i, f)| Traced {
                id: format!("m{i}"),
                locale: if *f { "en" } else { "es" }.parse().unwrap(),
                fallback: *f,
            })
            .collect()
    }

    fn mark(n: usize, text: &str) -> String {
        format!("{START}{n}{SEP}{text}{END}")
    }

    fn langs(runs: &[Run]) -> Vec<(&str, Option<&str>)> {
        runs.iter()
            .map(|r| (r.text.as_str(), r.lang.as_deref()))
            .collect()
    }

    fn resolved(runs: Vec<Run>, trace: &[Traced]) -> Vec<Run> {
        Marks {
            trace,
            open: Vec::new(),
        }
        .runs(runs)
    }

    #[test]
    fn a_fallback_inside_a_run_becomes_a_run_of_its_own() {
        let trace = traced(&[false, true]);
        let text = format!("{} · {}", mark(0, "Hoja de trabajo"), mark(1, "Rights"));
        assert_eq!(
            langs(&resolved(vec![Run::plain(text)], &trace)),
            [("Hoja de trabajo · ", None), ("Rights", Some("en"))]
        );
    }

    #[test]
    fn the_innermost_mark_decides() {
        let trace = traced(&[true, false]);
        let text = mark(0, &format!("Current as of {}.", mark(1, "1 de julio")));
        assert_eq!(
            langs(&resolved(vec![Run::bold(text)], &trace)),
            [
                ("Current as of ", Some("en")),
                ("1 de julio", None),
                (".", Some("en"))
            ]
        );
    }

    #[test]
    fn a_message_of_two_paragraphs_keeps_its_language_in_both() {
        let trace = traced(&[true]);
        let runs = vec![
            Run::plain(format!("{START}0{SEP}First")),
            Run::plain(format!("second{END}")),
            Run::plain("Después"),
        ];
        assert_eq!(
            langs(&resolved(runs, &trace)),
            [
                ("First", Some("en")),
                ("second", Some("en")),
                ("Después", None)
            ]
        );
    }

    #[test]
    fn a_run_keeps_its_own_language_and_formatting() {
        let trace = traced(&[false]);
        let title = Run {
            lang: Some("en".into()),
            ..Run::italic(mark(0, "Zadvydas v. Davis"))
        };
        let out = resolved(vec![title], &trace);
        assert_eq!(langs(&out), [("Zadvydas v. Davis", Some("en"))]);
        assert!(out[0].italic);
    }
}
