//! Cutting a piece of Fluent text into the words a spell checker looks at.
//!
//! Words are found with Unicode's word boundaries (UAX #29, through
//! `unicode-segmentation`), so `don’t` and `group’s` stay one word and
//! accented letters are letters. On top of that:
//!
//! - a run of words joined by hyphens (`co-facilitator`, `mid-term`) is one
//!   token, checked whole first and then part by part, as Hunspell does;
//! - URLs (`https://…`, `www.…`, bare domains such as `unhcr.org`) and
//!   e-mail addresses are skipped whole;
//! - a word with a digit in it (`2026`, `19` in `COVID-19`) is not a word.
//!
//! Placeables never reach this module: only the text between them does.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

/// One token: where it is in the text given, and the words it is made of
/// (one, or several joined by hyphens), each with its own range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub span: Range<usize>,
    pub parts: Vec<Range<usize>>,
}

/// The tokens of `text`, with byte ranges into it.
pub fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    for (start, chunk) in chunks(text) {
        if is_address(chunk) {
            continue;
        }
        tokens_of_chunk(chunk, start, &mut out);
    }
    out
}

/// Whitespace-separated chunks with their offsets.
fn chunks(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                out.push((s, &text[s..i]));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, &text[s..]));
    }
    out
}

/// A URL, a bare domain or an e-mail address (surrounding punctuation
/// aside).
fn is_address(chunk: &str) -> bool {
    let c = chunk.trim_matches(|ch: char| !ch.is_alphanumeric() && ch != '/');
    if c.contains("://") || c.starts_with("www.") || c.starts_with("mailto:") {
        return true;
    }
    if let Some((user, host)) = c.split_once('@') {
        if !user.is_empty() && host.contains('.') {
            return true;
        }
    }
    // unhcr.org, acnur.org/es: a dot followed by a top-level domain.
    let host = c.split('/').next().unwrap_or(c);
    if let Some((name, tld)) = host.rsplit_once('.') {
        const TLDS: [&str; 12] = [
            "org", "com", "net", "gov", "edu", "int", "info", "io", "mx", "es", "us", "uk",
        ];
        return !name.is_empty()
            && name
                .chars()
                .all(|ch| ch.is_alphanumeric() || ch == '-' || ch == '.')
            && TLDS.contains(&tld.to_ascii_lowercase().as_str());
    }
    false
}

fn is_word(seg: &str) -> bool {
    seg.chars().any(char::is_alphabetic)
}

fn is_hyphen(seg: &str) -> bool {
    matches!(seg, "-" | "\u{2010}" | "\u{2011}")
}

fn tokens_of_chunk(chunk: &str, base: usize, out: &mut Vec<Token>) {
    let segs: Vec<(usize, &str)> = chunk.split_word_bound_indices().collect();
    let mut i = 0;
    while i < segs.len() {
        let (at, seg) = segs[i];
        if !is_word(seg) {
            i += 1;
            continue;
        }
        let mut parts: Vec<Range<usize>> = Vec::new();
        parts.push(at..at + seg.len());
        let mut j = i + 1;
        while j + 1 < segs.len() && is_hyphen(segs[j].1) && is_word(segs[j + 1].1) {
            let (a, s) = segs[j + 1];
            parts.push(a..a + s.len());
            j += 2;
        }
        i = j;
        let shift = |r: &Range<usize>| base + r.start..base + r.end;
        let span = base + parts[0].start..base + parts[parts.len() - 1].end;
        let parts: Vec<Range<usize>> = parts.iter().map(shift).collect();
        let with_digits = |r: &Range<usize>| {
            chunk[r.start - base..r.end - base]
                .chars()
                .any(|c| c.is_numeric())
        };
        if parts.iter().any(with_digits) {
            // `mid-2026`, `COVID-19`: the parts without digits, each alone.
            for p in parts.iter().filter(|p| !with_digits(p)) {
                out.push(Token {
                    span: p.clone(),
                    parts: vec![p.clone()],
                });
            }
        } else {
            out.push(Token { span, parts });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokens(text).iter().map(|t| &text[t.span.clone()]).collect()
    }

    #[test]
    fn words_keep_apostrophes_accents_and_hyphens() {
        assert_eq!(
            words("The group’s co-facilitator, ¿qué opinan? don't"),
            ["The", "group’s", "co-facilitator", "qué", "opinan", "don't"]
        );
    }

    #[test]
    fn addresses_and_numbers_are_not_words() {
        assert_eq!(
            words("See https://example.org/a-b, www.acnur.org or write to ana@example.org (unhcr.org) in 2026."),
            ["See", "or", "write", "to", "in"]
        );
        assert_eq!(words("mid-2026 COVID-19"), ["mid", "COVID"]);
    }

    #[test]
    fn inclusive_slash_forms_are_two_words() {
        assert_eq!(words("abogado/a"), ["abogado", "a"]);
    }

    #[test]
    fn offsets_are_exact() {
        let text = "  uno\n    dós-tres";
        let t = tokens(text);
        assert_eq!(&text[t[1].span.clone()], "dós-tres");
        assert_eq!(&text[t[1].parts[1].clone()], "tres");
    }
}
