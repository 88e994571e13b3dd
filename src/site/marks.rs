//! Trace marks (see [`crate::l10n::Traced`]) turned into what a published
//! page needs: text that fell back to another language gets a `<span
//! lang="…">` around it, every other mark is removed, and the fallback
//! texts are collected so the page can say which parts are still in
//! English.
//!
//! This is the preview's in-context rewriter (`serve::context`) cut down:
//! marks inside a tag or in `<title>`, `<style>` and `<script>` are
//! removed; a message whose text crosses elements gets one span per piece,
//! so the HTML stays well nested.

pub use crate::l10n::trace::strip;
use crate::l10n::trace::{raw_element, END, SEP, START};
use crate::l10n::Traced;

/// One part of a page shown in another language than the page's.
#[derive(Debug, Clone, serde::Serialize)]
pub struct FallbackText {
    pub id: String,
    pub lang: String,
    pub text: String,
}

/// Rewrites the marks of `html`; `trace[n]` describes mark `n`.
pub fn rewrite(html: &str, trace: &[Traced]) -> (String, Vec<FallbackText>) {
    let mut out = String::with_capacity(html.len());
    let mut found: Vec<FallbackText> = Vec::new();
    // Marks open here: (mark number, text seen so far).
    let mut open: Vec<(usize, String)> = Vec::new();
    let mut emitted = false;
    let mut raw_until: Option<&'static str> = None;
    let fallback = |n: usize| trace.get(n).filter(|t| t.fallback);
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
                if emitted {
                    if let Some(t) = fallback(n) {
                        out.push_str(&open_span(t));
                    }
                }
                open.push((n, String::new()));
            }
            END => {
                if let Some((n, text)) = open.pop() {
                    if let Some(t) = fallback(n) {
                        if emitted {
                            out.push_str("</span>");
                        }
                        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
                        if !text.is_empty() && !found.iter().any(|f| f.id == t.id) {
                            found.push(FallbackText {
                                id: t.id.clone(),
                                lang: t.locale.to_string(),
                                text: shorten(&text, 90),
                            });
                        }
                    }
                }
                if open.is_empty() {
                    emitted = false;
                }
            }
            '<' => {
                let end = html[i..].find('>').map(|e| i + e + 1).unwrap_or(html.len());
                let tag = strip(&html[i..end]);
                while chars.peek().is_some_and(|(j, _)| *j < end) {
                    chars.next();
                }
                if emitted {
                    for (n, _) in open.iter().rev() {
                        if fallback(*n).is_some() {
                            out.push_str("</span>");
                        }
                    }
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
                if raw_until.is_none() && !open.is_empty() {
                    if !emitted && !c.is_whitespace() {
                        for (n, _) in &open {
                            if let Some(t) = fallback(*n) {
                                out.push_str(&open_span(t));
                            }
                        }
                        emitted = true;
                    }
                    for (_, text) in open.iter_mut() {
                        text.push(c);
                    }
                }
                out.push(c);
            }
        }
    }
    (out, found)
}

fn open_span(t: &Traced) -> String {
    format!("<span lang=\"{}\">", t.locale)
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
