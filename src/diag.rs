//! Diagnostics: problems found in the user's files, collected as data and
//! printed together at the end of a run.
//!
//! Every stage that can find many problems takes a [`Diagnostics`] collector
//! and keeps going, so one run reports everything. Each diagnostic has a
//! stable `code` (for `--json` and for tests) and, when it is about a place in
//! a file, a span that the printer turns into `path:line:col` and a snippet.
//! Every code is listed, with its meaning, in [`crate::codes`].

use std::ops::Range;

use codespan_reporting::diagnostic as cs;
use codespan_reporting::term;
use serde::Serialize;

use crate::source::{FileId, Sources};
use crate::ui::IntoMsg;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Note,
    Warning,
    Error,
}

/// Lowercase, as codespan prints it: `error[code]`, never `Error[code]`.
impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

#[derive(Debug, Clone)]
pub struct Label {
    pub file: FileId,
    pub span: Range<usize>,
    pub message: String,
}

#[derive(Debug, Clone)]
pub struct Diagnostic {
    pub severity: Severity,
    pub code: &'static str,
    pub message: String,
    /// The first label is the primary location.
    pub labels: Vec<Label>,
    pub notes: Vec<String>,
    /// Replacements to offer (a misspelt word's likely corrections), best
    /// first; shown in the notes too, and on their own in `--json`.
    pub suggestions: Vec<String>,
}

impl Diagnostic {
    pub fn new(severity: Severity, code: &'static str, message: impl IntoMsg) -> Self {
        debug_assert!(
            crate::codes::is_registered(code),
            "`{code}` is not in codes::CODES"
        );
        Diagnostic {
            severity,
            code,
            message: message.into_msg().into_string(),
            labels: Vec::new(),
            notes: Vec::new(),
            suggestions: Vec::new(),
        }
    }

    pub fn error(code: &'static str, message: impl IntoMsg) -> Self {
        Self::new(Severity::Error, code, message)
    }

    pub fn warning(code: &'static str, message: impl IntoMsg) -> Self {
        Self::new(Severity::Warning, code, message)
    }

    /// Adds a location. The first one added is the primary location.
    pub fn at(mut self, file: FileId, span: Range<usize>, message: impl IntoMsg) -> Self {
        self.labels.push(Label {
            file,
            span,
            message: message.into_msg().into_string(),
        });
        self
    }

    pub fn with_suggestions(mut self, suggestions: Vec<String>) -> Self {
        self.suggestions = suggestions;
        self
    }

    pub fn with_note(mut self, note: impl IntoMsg) -> Self {
        self.notes.push(note.into_msg().into_string());
        self
    }

    /// `path:line:col` of the primary location, if there is one.
    pub fn location(&self, sources: &Sources) -> Option<String> {
        let label = self.labels.first()?;
        let file = sources.get(label.file);
        let (line, col) = file.line_col(label.span.start);
        Some(format!("{}:{}:{}", file.name, line, col))
    }
}

/// A collector of diagnostics for one run.
#[derive(Debug, Default)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Error)
    }

    pub fn count(&self, severity: Severity) -> usize {
        self.items.iter().filter(|d| d.severity == severity).count()
    }

    pub fn items(&self) -> &[Diagnostic] {
        &self.items
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Prints every diagnostic to standard error, then a one-line summary.
    pub fn print(&self, sources: &Sources) {
        let stream = term::termcolor::StandardStream::stderr(
            if std::io::IsTerminal::is_terminal(&std::io::stderr()) {
                term::termcolor::ColorChoice::Auto
            } else {
                term::termcolor::ColorChoice::Never
            },
        );
        let mut lock = stream.lock();
        // Colour only matters on a terminal; the plain rendering is what
        // tests compare, so print that when colour is off.
        if std::io::IsTerminal::is_terminal(&std::io::stderr()) {
            let config = config();
            for d in &self.items {
                let _ = term::emit_to_write_style(
                    &mut lock,
                    &config,
                    sources,
                    &to_codespan(d, sources),
                );
            }
            let _ = std::io::Write::write_all(&mut lock, self.summary().as_bytes());
        } else {
            let _ = std::io::Write::write_all(&mut lock, self.render(sources).as_bytes());
        }
    }

    /// The plain-text rendering of every diagnostic and the summary.
    pub fn render(&self, sources: &Sources) -> String {
        let config = config();
        let mut out = String::new();
        for d in &self.items {
            match term::emit_into_string(&config, sources, &to_codespan(d, sources)) {
                Ok(s) => out.push_str(&s),
                Err(_) => {
                    out.push_str(&format!("{}[{}]: {}\n", d.severity, d.code, d.message));
                }
            }
        }
        out.push_str(&self.summary());
        out
    }

    fn summary(&self) -> String {
        let errors = self.count(Severity::Error);
        let warnings = self.count(Severity::Warning);
        if errors == 0 && warnings == 0 {
            return String::new();
        }
        format!(
            "{}\n",
            crate::msg!("summary-counts", errors = errors, warnings = warnings)
        )
    }
}

/// The snippet settings every renderer shares. Long lines are not handled
/// here (codespan has no setting for them) but by [`shorten`], which each
/// renderer applies before handing a diagnostic to codespan.
fn config() -> term::Config {
    term::Config::default()
}

/// Lines longer than this are not shown as snippets (a whole file on one
/// line would flood the terminal); a short excerpt goes into a note instead.
const MAX_SNIPPET_LINE: usize = 300;

/// Replaces labels on very long lines by a note with the location and an
/// excerpt around it.
fn shorten(d: &Diagnostic, sources: &Sources) -> Diagnostic {
    let mut out = d.clone();
    out.labels.clear();
    for l in &d.labels {
        let file = sources.get(l.file);
        let text = &file.text;
        let start = l.span.start.min(text.len());
        let line_start = text[..start].rfind('\n').map(|i| i + 1).unwrap_or(0);
        let line_end = text[start..]
            .find('\n')
            .map(|i| start + i)
            .unwrap_or(text.len());
        if line_end - line_start <= MAX_SNIPPET_LINE {
            out.labels.push(l.clone());
            continue;
        }
        let (line, col) = file.line_col(start);
        let mut from = start.saturating_sub(40).max(line_start);
        while !text.is_char_boundary(from) {
            from -= 1;
        }
        let mut to = (start + 40).min(line_end);
        while !text.is_char_boundary(to) {
            to += 1;
        }
        out.notes.insert(
            0,
            crate::msg!(
                "diag-long-line",
                location = format!("{}:{line}:{col}", file.name),
                label = l.message.as_str(),
                bytes = line_end - line_start,
                excerpt = &text[from..to]
            )
            .into_string(),
        );
    }
    out
}

/// The codespan form of a diagnostic, long lines already shortened: every
/// renderer goes through here, so none can echo a megabyte line.
fn to_codespan(d: &Diagnostic, sources: &Sources) -> cs::Diagnostic<FileId> {
    let d = &shorten(d, sources);
    let severity = match d.severity {
        Severity::Error => cs::Severity::Error,
        Severity::Warning => cs::Severity::Warning,
        Severity::Note => cs::Severity::Note,
    };
    let labels = d
        .labels
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let style = if i == 0 {
                cs::LabelStyle::Primary
            } else {
                cs::LabelStyle::Secondary
            };
            cs::Label::new(style, l.file, l.span.clone()).with_message(l.message.clone())
        })
        .collect();
    cs::Diagnostic::new(severity)
        .with_code(d.code)
        .with_message(d.message.clone())
        .with_labels(labels)
        .with_notes(d.notes.clone())
}

/// A diagnostic as `--json` gives it: the stable code, the severity, the
/// sentence, the primary location (1-based line and column, in characters)
/// and every label and note.
#[derive(Debug, Clone, Serialize)]
pub struct JsonDiagnostic {
    pub code: &'static str,
    pub severity: Severity,
    pub message: String,
    pub file: Option<String>,
    pub line: Option<usize>,
    pub col: Option<usize>,
    pub labels: Vec<JsonLabel>,
    pub notes: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub suggestions: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct JsonLabel {
    pub file: String,
    pub line: usize,
    pub col: usize,
    pub end_line: usize,
    pub end_col: usize,
    pub message: String,
}

impl Diagnostic {
    pub fn to_json(&self, sources: &Sources) -> JsonDiagnostic {
        let labels: Vec<JsonLabel> = self
            .labels
            .iter()
            .map(|l| {
                let f = sources.get(l.file);
                let (line, col) = f.line_col(l.span.start);
                let (end_line, end_col) = f.line_col(l.span.end);
                JsonLabel {
                    file: f.name.clone(),
                    line,
                    col,
                    end_line,
                    end_col,
                    message: l.message.clone(),
                }
            })
            .collect();
        JsonDiagnostic {
            code: self.code,
            severity: self.severity,
            message: self.message.clone(),
            file: labels.first().map(|l| l.file.clone()),
            line: labels.first().map(|l| l.line),
            col: labels.first().map(|l| l.col),
            labels,
            notes: self.notes.clone(),
            suggestions: self.suggestions.clone(),
        }
    }

    /// The plain-text rendering of this one diagnostic (with its snippet;
    /// a very long line is shown as an excerpt, see [`shorten`]).
    pub fn render(&self, sources: &Sources) -> String {
        term::emit_into_string(&config(), sources, &to_codespan(self, sources))
            .unwrap_or_else(|_| format!("{}[{}]: {}\n", self.severity, self.code, self.message))
    }

    /// Writes this diagnostic in colour (long lines shortened as in
    /// [`Diagnostic::render`]).
    pub fn emit_color(
        &self,
        out: &mut dyn term::WriteStyle,
        sources: &Sources,
    ) -> Result<(), codespan_reporting::files::Error> {
        term::emit_to_write_style(out, &config(), sources, &to_codespan(self, sources))
    }
}

/// Writes `text` to standard output. When the reader has gone away (`puente
/// status --json | head`), the command has nothing left to do: it ends
/// quietly with exit code 0, as ripgrep does, instead of panicking the way
/// `println!` does on a closed pipe. Any other write error is returned.
pub fn stdout(text: &str) -> Result<(), crate::Fatal> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => std::process::exit(0),
        Err(e) => Err(crate::Fatal::io(
            std::path::Path::new("<standard output>"),
            e,
        )),
    }
}

/// Ends quietly when `result` is a write to a closed pipe (see [`stdout`]).
pub fn closed_pipe_is_quiet<T>(result: std::io::Result<T>) -> Result<(), crate::Fatal> {
    match result {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => std::process::exit(0),
        Err(e) => Err(crate::Fatal::io(
            std::path::Path::new("<standard output>"),
            e,
        )),
    }
}
