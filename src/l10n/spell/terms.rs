//! Terminology: a message that types out the text of one of the project's
//! Fluent terms instead of referring to it (`Refugee Convention` written
//! where `{ -refugee-convention }` exists). Terms keep wording the same
//! across modules only if they are used.
//!
//! What counts as a term's text: its value, when it is only text (a term
//! built from other references is left alone), and the same without a
//! closing parenthesis (`UN Human Rights Office` for `UN Human Rights
//! Office (OHCHR)`) or a year (`Refugee Convention` for `1951 Refugee
//! Convention`), as long as at least two words (or a hyphenated word) are
//! left. It is found with the term's own capitals (where the reference
//! would print the same: `Legal aid` opening a label is not `{ -legal-aid }`),
//! across line breaks, between word boundaries, in the text between
//! placeables, in every variant. A term is looked for in the messages of
//! the files that can refer to it (its bundle: the file itself and
//! `common.ftl` in a Puente project), not in other terms (a term may well
//! contain another's words), and not in a Puente project's citations: a
//! source's title and publisher (`source-<id>-title`, `-publisher`) are
//! quoted as published.

use std::collections::HashMap;
use std::ops::Range;

use super::same_as_source;
use crate::diag::Diagnostic;
use crate::l10n::check::Finding;
use crate::l10n::syntax::{Entry, Node};
use crate::l10n::tree::{Bundles, Locale, Tree};
use crate::source::Sources;

/// One term and the texts that stand for it.
struct Term {
    id: String,
    shown: String,
    /// Whitespace made single, as chars and as a string.
    texts: Vec<(Vec<char>, String)>,
}

/// The texts of a bundle's terms under their first two chars: (text,
/// index of the term).
type Index<'t> = HashMap<(char, char), Vec<(&'t [char], usize)>>;

/// Text with each char's place in the file.
struct Flat {
    chars: Vec<char>,
    at: Vec<usize>,
    ends: Vec<usize>,
}

pub(super) fn typed_out(
    tree: &Tree,
    loc: &Locale,
    is_source: bool,
    sources: &Sources,
) -> Vec<Finding> {
    let mut out = Vec::new();
    // The terms of each file of the locale.
    let terms_of: Vec<Vec<Term>> = loc
        .files
        .iter()
        .map(|f| {
            f.parsed
                .entries
                .iter()
                .filter(|e| e.is_term)
                .filter_map(term_texts)
                .collect()
        })
        .collect();
    let src = tree.source();
    for (fi, f) in loc.files.iter().enumerate() {
        let Some(fid) = f.file else { continue };
        let text = &sources.get(fid).text;
        let peers = tree.peers(loc, fi);
        // Terms of the bundle, each once (the first definition wins, as a
        // reference would find it).
        let mut terms: Vec<&Term> = Vec::new();
        for p in peers {
            for t in &terms_of[p] {
                if !terms.iter().any(|x| x.id == t.id) {
                    terms.push(t);
                }
            }
        }
        if terms.is_empty() {
            continue;
        }
        // Each text of each term, under its first two chars.
        let mut index: Index = HashMap::new();
        for (ti, t) in terms.iter().enumerate() {
            for (needle, _) in &t.texts {
                if needle.len() >= 2 {
                    index
                        .entry((needle[0], needle[1]))
                        .or_default()
                        .push((needle.as_slice(), ti));
                }
            }
        }
        for e in &f.parsed.entries {
            if e.is_term || (!is_source && same_as_source(loc, src, &f.rel, e)) {
                continue;
            }
            if tree.bundles == Bundles::Puente && is_citation(&e.id) {
                continue;
            }
            let mut runs = Vec::new();
            if let Some(v) = &e.value {
                text_runs(v, text, &mut runs);
            }
            for a in &e.attributes {
                text_runs(&a.value, text, &mut runs);
            }
            for run in &runs {
                let mut taken: Vec<Range<usize>> = Vec::new();
                let mut hits: Vec<(Range<usize>, &Term)> = Vec::new();
                for (s, end, ti) in find_all(&run.chars, &index) {
                    let t = terms[ti];
                    if t.id != e.id {
                        hits.push((s..end, t));
                    }
                }
                // Longest first; a shorter one inside it is the same place.
                hits.sort_by_key(|(r, _)| (std::cmp::Reverse(r.end - r.start), r.start));
                for (r, t) in hits {
                    if taken.iter().any(|x| x.start < r.end && r.start < x.end) {
                        continue;
                    }
                    taken.push(r.clone());
                    let span = run.at[r.start]..run.ends[r.end - 1];
                    let written = text.get(span.clone()).unwrap_or_default();
                    let written = written.split_whitespace().collect::<Vec<_>>().join(" ");
                    let what = if e.is_term {
                        crate::msg!("check-what-term", id = e.id.as_str())
                    } else {
                        crate::msg!("check-what-message", id = e.id.as_str())
                    };
                    let d = Diagnostic::warning(
                        "term-typed-out",
                        crate::msg!(
                            "term-typed-out",
                            what = what.to_string(),
                            written = written.as_str(),
                            term = t.id.as_str(),
                            shown = t.shown.as_str()
                        ),
                    )
                    .at(
                        fid,
                        span,
                        crate::msg!("term-typed-out-label", term = t.id.as_str()),
                    )
                    .with_note(crate::msg!("term-typed-out-note"));
                    out.push(Finding {
                        locale: Some(loc.tag.clone()),
                        group: f.name.clone(),
                        diag: d,
                    });
                }
            }
        }
    }
    out
}

/// A source's title or publisher in a Puente project (see
/// [`crate::ids::source`]).
fn is_citation(id: &str) -> bool {
    id.starts_with("source-") && (id.ends_with("-title") || id.ends_with("-publisher"))
}

/// A term's texts, when its value is only text.
fn term_texts(e: &Entry) -> Option<Term> {
    let v = e.value.as_ref()?;
    let mut s = String::new();
    for n in v {
        match n {
            Node::Text { text, .. } => s.push_str(text),
            _ => return None,
        }
    }
    let shown = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut texts: Vec<String> = vec![shown.clone()];
    // Without a closing parenthesis: `UN Human Rights Office (OHCHR)`.
    if let Some(open) = shown.rfind(" (") {
        if shown.ends_with(')') {
            texts.push(shown[..open].to_string());
        }
    }
    // Without a year at either end: `1951 Refugee Convention`,
    // `… de los Refugiados de 1951`.
    let words: Vec<&str> = shown.split(' ').collect();
    let is_year = |w: &str| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit());
    let mut w = &words[..];
    if w.first().is_some_and(|x| is_year(x)) {
        w = &w[1..];
    }
    if w.last().is_some_and(|x| is_year(x)) {
        w = &w[..w.len() - 1];
        if w.last()
            .is_some_and(|x| ["de", "of", "del", "from", "in", "en"].contains(x))
        {
            w = &w[..w.len() - 1];
        }
    }
    if w.len() != words.len() {
        texts.push(w.join(" "));
    }
    let texts: Vec<(Vec<char>, String)> = texts
        .into_iter()
        .filter(|t| t.split(' ').count() >= 2 || t.contains('-'))
        .filter(|t| t.chars().any(char::is_alphabetic))
        .map(|t| (t.chars().collect(), t))
        .collect();
    if texts.is_empty() {
        return None;
    }
    Some(Term {
        id: e.id.clone(),
        shown,
        texts,
    })
}

/// The runs of text between placeables, whitespace made single, each char
/// with its place in `file`.
fn text_runs(nodes: &[Node], file: &str, out: &mut Vec<Flat>) {
    let mut cur = Flat {
        chars: Vec::new(),
        at: Vec::new(),
        ends: Vec::new(),
    };
    let flush = |cur: &mut Flat, out: &mut Vec<Flat>| {
        while cur.chars.last() == Some(&' ') {
            cur.chars.pop();
            cur.at.pop();
            cur.ends.pop();
        }
        if !cur.chars.is_empty() {
            out.push(std::mem::replace(
                cur,
                Flat {
                    chars: Vec::new(),
                    at: Vec::new(),
                    ends: Vec::new(),
                },
            ));
        }
    };
    for n in nodes {
        match n {
            Node::Text { text, span } => {
                // Only text that is where the parser says it is can be
                // pointed at; a line break the parser made up is a blank.
                let real = file.get(span.clone()) == Some(text.as_str());
                for (i, c) in text.char_indices() {
                    let (at, end) = if real {
                        (span.start + i, span.start + i + c.len_utf8())
                    } else {
                        let p = cur.ends.last().copied().unwrap_or(span.start);
                        (p, p)
                    };
                    if c.is_whitespace() {
                        if !cur.chars.is_empty() && cur.chars.last() != Some(&' ') {
                            cur.chars.push(' ');
                            cur.at.push(at);
                            cur.ends.push(end);
                        }
                        continue;
                    }
                    cur.chars.push(c);
                    cur.at.push(at);
                    cur.ends.push(end);
                }
            }
            Node::Select { variants, .. } => {
                flush(&mut cur, out);
                for v in variants {
                    text_runs(&v.value, file, out);
                }
            }
            _ => flush(&mut cur, out),
        }
    }
    flush(&mut cur, out);
}

/// Every place one of the texts of `index` is in `hay` between word
/// boundaries: (start, end) in chars, and the term's index.
fn find_all(hay: &[char], index: &Index) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let wordish = |c: char| c.is_alphanumeric();
    // `legal aid` is not inside `legal-aid group`.
    let edge_ok = |c: Option<char>, inner: char| match c {
        None => true,
        Some(c) => !(wordish(c) || (c == '-' && wordish(inner))),
    };
    for s in 0..hay.len().saturating_sub(1) {
        let Some(cands) = index.get(&(hay[s], hay[s + 1])) else {
            continue;
        };
        let before = s.checked_sub(1).map(|i| hay[i]);
        for (needle, ti) in cands {
            let end = s + needle.len();
            if end > hay.len() || hay[s..end] != **needle {
                continue;
            }
            if edge_ok(before, needle[0])
                && edge_ok(hay.get(end).copied(), needle[needle.len() - 1])
            {
                out.push((s, end, *ti));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::l10n::syntax::parse;

    #[test]
    fn term_texts_drop_years_and_parentheses() {
        let p = parse("-a = 1951 Refugee Convention\n-b = UN Human Rights Office (OHCHR)\n-c = UNHCR (the UN Refugee Agency)\n-d = { -a } and more\n-e = Convención sobre el Estatuto de los Refugiados de 1951\n");
        let t: Vec<Option<Term>> = p.entries.iter().map(term_texts).collect();
        let texts = |i: usize| -> Vec<String> {
            t[i].as_ref()
                .map(|t| t.texts.iter().map(|c| c.1.clone()).collect())
                .unwrap_or_default()
        };
        assert_eq!(texts(0), ["1951 Refugee Convention", "Refugee Convention"]);
        assert_eq!(
            texts(1),
            ["UN Human Rights Office (OHCHR)", "UN Human Rights Office"]
        );
        assert_eq!(texts(2), ["UNHCR (the UN Refugee Agency)"]);
        assert!(t[3].is_none());
        assert_eq!(
            texts(4),
            [
                "Convención sobre el Estatuto de los Refugiados de 1951",
                "Convención sobre el Estatuto de los Refugiados"
            ]
        );
    }

    #[test]
    fn matches_need_word_boundaries() {
        let hay: Vec<char> = "the legal aid office; a legal-aid group; illegal aids"
            .chars()
            .collect();
        let needle: Vec<char> = "legal aid".chars().collect();
        let mut index = HashMap::new();
        index.insert(('l', 'e'), vec![(needle.as_slice(), 0)]);
        assert_eq!(find_all(&hay, &index), [(4, 13, 0)]);
    }
}
