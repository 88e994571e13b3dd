//! Trace marks (see [`crate::l10n::Traced`]) turned into what a published
//! page needs: text that fell back to another language gets a `<span
//! lang="…">` around it, every other mark is removed, and the fallback
//! texts are collected so the page can say which parts are still in
//! English.
//!
//! The walk through the page is [`crate::l10n::trace::rewrite`], shared
//! with the preview's in-context spans (`serve::context`).

pub use crate::l10n::trace::strip;
use crate::l10n::trace::{Spans, SEP, START};
use crate::l10n::Traced;

/// One part of a page shown in another language than the page's.
#[derive(Debug, Clone, serde::Serialize)]
pub struct FallbackText {
    pub id: String,
    pub lang: String,
    pub text: String,
}

/// Fallback marks get a `lang` span, and their text is collected.
struct Fallbacks<'a> {
    trace: &'a [Traced],
    found: Vec<FallbackText>,
}

impl Fallbacks<'_> {
    fn fallback(&self, n: usize) -> Option<&Traced> {
        self.trace.get(n).filter(|t| t.fallback)
    }
}

impl Spans for Fallbacks<'_> {
    fn open(&self, n: usize, out: &mut String) {
        if let Some(t) = self.fallback(n) {
            out.push_str("<span lang=\"");
            out.push_str(&t.locale.to_string());
            out.push_str("\">");
        }
    }
    fn has_span(&self, n: usize) -> bool {
        self.fallback(n).is_some()
    }
    fn ended(&mut self, n: usize, text: &str) {
        let Some(t) = self.fallback(n) else {
            return;
        };
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if !text.is_empty() && !self.found.iter().any(|f| f.id == t.id) {
            let found = FallbackText {
                id: t.id.clone(),
                lang: t.locale.to_string(),
                text: shorten(&text, 90),
            };
            self.found.push(found);
        }
    }
    fn collects(&self) -> bool {
        true
    }
}

/// Rewrites the marks of `html`; `trace[n]` describes mark `n`.
pub fn rewrite(html: &str, trace: &[Traced]) -> (String, Vec<FallbackText>) {
    let mut spans = Fallbacks {
        trace,
        found: Vec::new(),
    };
    let out = crate::l10n::trace::rewrite(html, &mut spans, 0);
    (out, spans.found)
}

fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut cut: String = s.chars().take(max).collect();
    if let Some(i) = cut.rfind(' ') {
        cut.truncate(i);
    }
    cut.push('…');
    cut
}

/// Adds `by` to the number of every mark in `s`, so strings from several
/// localizers can share one page (their traces are then concatenated).
pub fn shift(s: &str, by: usize) -> String {
    if by == 0 || !s.contains(START) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 8);
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        out.push(c);
        if c == START {
            let mut n = String::new();
            for d in chars.by_ref() {
                if d == SEP {
                    break;
                }
                n.push(d);
            }
            let n: usize = n.parse().unwrap_or(usize::MAX - by);
            out.push_str(&(n + by).to_string());
            out.push(SEP);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::l10n::trace::END;

    fn t(id: &str, fallback: bool) -> Traced {
        Traced {
            id: id.into(),
            locale: if fallback { "en" } else { "es" }.parse().unwrap(),
            fallback,
        }
    }

    fn m(n: usize, text: &str) -> String {
        format!("{START}{n}{SEP}{text}{END}")
    }

    #[test]
    fn fallback_text_is_marked_english_and_listed() {
        let html = format!(
            "<html><head><title>{}</title></head><body><p>{}</p><p>{}</p></body></html>",
            m(0, "Guía"),
            m(1, "Hola"),
            m(2, "Still English")
        );
        let (out, found) = rewrite(&html, &[t("a", false), t("b", false), t("c", true)]);
        assert_eq!(
            out,
            "<html><head><title>Guía</title></head><body><p>Hola</p><p><span lang=\"en\">Still English</span></p></body></html>"
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].id, "c");
        assert_eq!(found[0].text, "Still English");
    }

    #[test]
    fn a_fallback_across_paragraphs_gets_well_nested_spans() {
        let html = format!("<div>{}</div>", m(0, "uno</p><p>dos"));
        let (out, _) = rewrite(&html, &[t("x", true)]);
        assert_eq!(out.matches("<span").count(), 2, "{out}");
        assert_eq!(out.matches("</span>").count(), 2, "{out}");
    }

    #[test]
    fn shift_renumbers_marks() {
        assert_eq!(shift(&m(3, "a"), 10), m(13, "a"));
        assert_eq!(strip(&shift(&m(3, "a"), 10)), "a");
    }
}
