//! In-context mode: turning the trace marks of a rendered page (see
//! [`crate::l10n::Traced`]) into `<span>`s that carry each string's message
//! id and source line, so the browser can show where every word came from.
//!
//! Marks inside a tag (an attribute) or inside `<title>`, `<style>`,
//! `<script>` and `<textarea>` are removed, since markup cannot go there. A
//! message whose text crosses elements (paragraphs, list items) becomes one
//! span per piece, each with the same attributes, so the HTML stays well
//! nested.

pub use crate::l10n::trace::strip;
use crate::l10n::trace::{raw_element, END, SEP, START};

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

fn open_span(m: &Mark) -> String {
    format!(
        "<span class=\"pt\" data-msg=\"{}\" data-src=\"{}\" data-file=\"{}\" data-line=\"{}\"{}>",
        escape_attr(&m.id),
        escape_attr(&m.src),
        escape_attr(&m.file),
        m.line,
        if m.state.is_empty() {
            String::new()
        } else {
            format!(" data-state=\"{}\"", m.state)
        }
    )
}

/// Rewrites the marks in `html`; `marks[n]` describes mark `n`.
pub fn annotate(html: &str, marks: &[Mark]) -> String {
    let mut out = String::with_capacity(html.len() + html.len() / 2);
    // Marks open at this point of the text, and whether their spans are
    // open in `out` (they are opened lazily, at the next text, so no empty
    // span is left between two tags).
    let mut open: Vec<usize> = Vec::new();
    let mut emitted = false;
    let mut raw_until: Option<&'static str> = None;
    let mut chars = html.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            START => {
                let mut n = String::new();
                for (_, d) in chars.by_ref() {
                    if d == SEP {
                        break;
                    }
                    n.push(d);
                }
                let n: usize = n.parse().unwrap_or(usize::MAX);
                open.push(n);
                if emitted {
                    if let Some(m) = marks.get(n) {
                        out.push_str(&open_span(m));
                    }
                }
            }
            END => {
                if let Some(n) = open.pop() {
                    if emitted && marks.get(n).is_some() {
                        out.push_str("</span>");
                    }
                }
            }
            '<' => {
                // A whole tag, with any marks in its attributes removed.
                let end = html[i..].find('>').map(|e| i + e + 1).unwrap_or(html.len());
                let tag = strip(&html[i..end]);
                while chars.peek().is_some_and(|(j, _)| *j < end) {
                    chars.next();
                }
                if emitted {
                    close_all(&mut out, &open, marks);
                    emitted = false;
                }
                out.push_str(&tag);
                let lower = tag.to_ascii_lowercase();
                raw_until = match raw_until {
                    Some(close) if lower.starts_with(close) => None,
                    Some(close) => Some(close),
                    None => raw_element(&lower),
                };
            }
            _ => {
                if !emitted && raw_until.is_none() && !open.is_empty() && !c.is_whitespace() {
                    for &n in &open {
                        if let Some(m) = marks.get(n) {
                            out.push_str(&open_span(m));
                        }
                    }
                    emitted = true;
                }
                out.push(c);
            }
        }
    }
    out
}

fn close_all(out: &mut String, open: &[usize], marks: &[Mark]) {
    for &n in open.iter().rev() {
        if marks.get(n).is_some() {
            out.push_str("</span>");
        }
    }
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
