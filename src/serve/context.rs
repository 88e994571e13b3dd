//! In-context mode: turning the trace marks of a rendered page (see
//! [`crate::l10n::Traced`]) into `<span>`s that carry each string's message
//! id and source line, so the browser can show where every word came from.
//!
//! The walk through the page is [`crate::l10n::trace::rewrite`], shared
//! with the published site's `lang` spans.

pub use crate::l10n::trace::strip;
use crate::l10n::trace::{rewrite, Spans};
#[cfg(test)]
use crate::l10n::trace::{END, SEP, START};

/// What a span says about its message.
#[derive(Debug, Clone)]
pub struct Mark {
    pub id: String,
    /// `path:line` of the message in the file it came from.
    pub src: String,
    /// The absolute file path and line, for "open in editor" links.
    pub file: String,
    pub line: usize,
    /// `fallback` (another language stood in), `outdated` (changed in the
    /// source since its last review), or empty.
    pub state: &'static str,
}

fn escape_attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn open_span(m: &Mark, out: &mut String) {
    use std::fmt::Write;
    let _ = write!(
        out,
        "<span class=\"pt\" data-msg=\"{}\" data-src=\"{}\" data-file=\"{}\" data-line=\"{}\"",
        escape_attr(&m.id),
        escape_attr(&m.src),
        escape_attr(&m.file),
        m.line,
    );
    if !m.state.is_empty() {
        let _ = write!(out, " data-state=\"{}\"", m.state);
    }
    out.push('>');
}

/// Every mark that describes a message gets an in-context span.
struct InContext<'a>(&'a [Mark]);

impl Spans for InContext<'_> {
    fn open(&self, n: usize, out: &mut String) {
        if let Some(m) = self.0.get(n) {
            open_span(m, out);
        }
    }
    fn has_span(&self, n: usize) -> bool {
        n < self.0.len()
    }
}

/// Rewrites the marks in `html`; `marks[n]` describes mark `n`.
pub fn annotate(html: &str, marks: &[Mark]) -> String {
    rewrite(html, &mut InContext(marks), html.len() / 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(id: &str) -> Mark {
        Mark {
            id: id.into(),
            src: format!("locales/es/x.ftl:{}", id.len()),
            file: "/p/locales/es/x.ftl".into(),
            line: id.len(),
            state: "",
        }
    }

    fn m(n: usize, text: &str) -> String {
        format!("{START}{n}{SEP}{text}{END}")
    }

    #[test]
    fn text_gets_a_span_and_attributes_lose_their_marks() {
        let html = format!(
            "<html><head><title>{}</title></head><body><img alt=\"{}\"><p>{}</p></body></html>",
            m(0, "Guía"),
            m(1, "Mapa"),
            m(2, "Hola")
        );
        let out = annotate(&html, &[mark("t"), mark("alt"), mark("hola")]);
        assert_eq!(
            out,
            "<html><head><title>Guía</title></head><body><img alt=\"Mapa\"><p><span class=\"pt\" data-msg=\"hola\" data-src=\"locales/es/x.ftl:4\" data-file=\"/p/locales/es/x.ftl\" data-line=\"4\">Hola</span></p></body></html>"
        );
    }

    #[test]
    fn a_message_across_paragraphs_is_split_into_well_nested_spans() {
        let html = format!("<div>{}</div>", m(0, "uno</p><p>dos"));
        let out = annotate(&html, &[mark("ab")]);
        assert_eq!(out.matches("<span").count(), 2, "{out}");
        assert_eq!(out.matches("</span>").count(), 2, "{out}");
        assert!(out.contains("uno</span></p><p><span"), "{out}");
        assert!(out.ends_with("dos</span></div>"), "{out}");
    }

    #[test]
    fn strip_removes_marks_and_numbers() {
        assert_eq!(strip(&format!("a{}c", m(12, "b"))), "abc");
        assert_eq!(strip("plain"), "plain");
    }
}
