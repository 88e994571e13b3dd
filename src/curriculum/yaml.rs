//! YAML parsing with located, plain-language errors.
//!
//! serde_yaml reports most errors with a line and column, but some at 1:1
//! (missing and duplicate keys) and all of them in parser language. This
//! module re-locates those and rewrites the messages a person is most likely
//! to meet.

use std::collections::HashSet;
use std::ops::Range;

use serde::de::DeserializeOwned;

use crate::diag::{Diagnostic, Diagnostics};
use crate::source::{FileId, Sources};

/// Turns a serde path (`agenda[2]`) into words and, when known, the YAML id
/// of the item it points at.
pub type Describe = fn(&str, &serde_yaml::Value) -> Option<(String, Option<String>)>;

/// Parses a YAML file into `T`. On failure, pushes one located diagnostic and
/// returns `None`.
pub fn parse<T: DeserializeOwned>(
    sources: &Sources,
    file: FileId,
    diags: &mut Diagnostics,
    describe: Describe,
) -> Option<T> {
    let text = &sources.get(file).text;
    if text.trim().is_empty() {
        diags.push(
            Diagnostic::error(
                "yaml-empty",
                crate::msg!("yaml-empty", file = &sources.get(file).name),
            )
            .at(file, 0..0, crate::msg!("yaml-empty-label")),
        );
        return None;
    }
    match serde_yaml::from_str::<T>(text) {
        Ok(v) => Some(v),
        Err(e) => {
            diags.push(convert(sources, file, &e, describe));
            None
        }
    }
}

fn convert(
    sources: &Sources,
    file: FileId,
    e: &serde_yaml::Error,
    describe: Describe,
) -> Diagnostic {
    let src = sources.get(file);
    let text = &src.text;
    let mut message = e.to_string();
    if let Some(i) = message.rfind(" at line ") {
        message.truncate(i);
    }
    // serde_yaml puts the path to the failing value in front: `agenda[1].minutes: ...`.
    let (path, reason) = match message.split_once(": ") {
        Some((p, r)) if !p.contains(' ') => (Some(p.to_string()), r.to_string()),
        _ => (None, message.clone()),
    };
    let mut span = match e.location() {
        Some(loc) => {
            let s = src.offset_of(loc.line(), loc.column());
            s..(s + 1).min(text.len())
        }
        None => 0..0,
    };
    let value: Option<serde_yaml::Value> = serde_yaml::from_str(text).ok();
    let described = path
        .as_deref()
        .zip(value.as_ref())
        .and_then(|(p, v)| describe(p, v));

    let mut notes = Vec::new();
    let (code, text_message) = if let Some(field) = between(&reason, "missing field `", "`") {
        let owner = match &described {
            Some((words, id)) => {
                if let Some(r) = id.as_deref().and_then(|id| find_id(text, id)) {
                    span = r;
                }
                words.clone()
            }
            None => match &path {
                Some(p) => format!("`{p}`"),
                None => crate::msg!("yaml-the-file").into_string(),
            },
        };
        (
            "yaml-missing-field",
            crate::msg!("yaml-missing-field", owner = owner, field = field),
        )
    } else if let Some(field) = between(&reason, "duplicate field `", "`") {
        if let Some(r) = find_duplicate_key(text, field) {
            span = r;
        }
        notes.push(crate::msg!("yaml-duplicate-key-note"));
        (
            "yaml-duplicate-key",
            crate::msg!("yaml-duplicate-key", field = field),
        )
    } else if reason.starts_with("unknown field `") {
        let field = between(&reason, "unknown field `", "`").unwrap_or("");
        if text[span.start..].starts_with(field) {
            span = span.start..span.start + field.len();
        }
        if let Some(expected) = reason.split_once(", expected ").map(|x| x.1) {
            notes.push(crate::msg!("yaml-expected", expected = expected));
        }
        let what = described
            .as_ref()
            .map(|(w, _)| crate::msg!("yaml-in", what = w).into_string())
            .unwrap_or_default();
        (
            "yaml-unknown-field",
            crate::msg!("yaml-unknown-field", field = field, in = what),
        )
    } else if reason.starts_with("unknown variant `") {
        let value = between(&reason, "unknown variant `", "`").unwrap_or("");
        if !value.is_empty() && text[span.start..].starts_with(value) {
            span = span.start..span.start + value.len();
        }
        if let Some(expected) = reason.split_once(", expected ").map(|x| x.1) {
            notes.push(crate::msg!("yaml-expected", expected = expected));
        }
        let field = path
            .as_deref()
            .and_then(|p| p.rsplit('.').next())
            .map(str::to_string)
            .unwrap_or_else(|| crate::msg!("yaml-this-field").into_string());
        (
            "yaml-unknown-value",
            crate::msg!("yaml-unknown-value", value = value, field = field),
        )
    } else if let Some(value) = between(&reason, "`", "` is not a local contact") {
        // A module's `local_terms` or a prompt's `local:` (see LocalRef).
        if let Some(i) = text[span.start..].find(value) {
            span = span.start + i..span.start + i + value.len();
        }
        if let Some((_, rest)) = reason.split_once("; ") {
            // The list of contacts the module offers, as the reader gave it.
            notes.push(crate::ui::Msg::verbatim(rest));
        }
        (
            "yaml-unknown-value",
            crate::msg!("yaml-not-a-local-contact", value = value),
        )
    } else if reason.starts_with("invalid type") || reason.starts_with("invalid value") {
        let field = path
            .as_deref()
            .and_then(|p| p.rsplit('.').next())
            .map(str::to_string)
            .unwrap_or_else(|| crate::msg!("yaml-this-value").into_string());
        let what = described
            .as_ref()
            .map(|(w, _)| crate::msg!("yaml-in", what = w).into_string())
            .unwrap_or_default();
        let plain = if reason.contains("expected u32") {
            if reason.contains("integer `-") {
                crate::msg!("yaml-negative-number").into_string()
            } else if let Some(text) = between(&reason, "invalid type: string \"", "\"") {
                crate::msg!("yaml-number-not-text", text = text).into_string()
            } else {
                crate::msg!("yaml-whole-number", reason = &reason).into_string()
            }
        } else {
            // The reader's own sentence (English only).
            reason.clone()
        };
        (
            "yaml-wrong-type",
            crate::msg!("yaml-wrong-type", field = field, in = what, problem = plain),
        )
    } else if reason.contains("cannot start any token") && line_starts_with_tab(text, span.start) {
        notes.push(crate::msg!("yaml-tab-note"));
        ("yaml-tab", crate::msg!("yaml-tab"))
    } else if reason.contains("recursion limit exceeded") {
        ("yaml-too-deep", crate::msg!("yaml-too-deep"))
    } else if reason.contains("repetition limit exceeded") {
        notes.push(crate::msg!("yaml-alias-bomb-note"));
        ("yaml-alias-bomb", crate::msg!("yaml-alias-bomb"))
    } else {
        ("yaml-syntax", crate::msg!("yaml-syntax", reason = &reason))
    };
    let mut d = Diagnostic::error(code, text_message).at(file, span, label_for(code));
    for n in notes {
        d = d.with_note(n);
    }
    d
}

fn label_for(code: &str) -> crate::ui::Msg {
    use crate::msg;
    match code {
        "yaml-missing-field" => msg!("yaml-label-in-this-item"),
        "yaml-duplicate-key" => msg!("yaml-label-second-occurrence"),
        "yaml-unknown-field" => msg!("yaml-label-unknown-field"),
        "yaml-unknown-value" => msg!("yaml-label-unknown-value"),
        "yaml-wrong-type" => msg!("yaml-label-wrong-type"),
        "yaml-tab" => msg!("yaml-label-tab"),
        _ => msg!("label-here"),
    }
}

fn between<'a>(s: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let i = s.find(start)? + start.len();
    let j = s[i..].find(end)? + i;
    Some(&s[i..j])
}

fn line_starts_with_tab(text: &str, offset: usize) -> bool {
    let start = text[..offset.min(text.len())]
        .rfind('\n')
        .map(|i| i + 1)
        .unwrap_or(0);
    text[start..].trim_start_matches(' ').starts_with('\t')
}

fn find_id(text: &str, id: &str) -> Option<Range<usize>> {
    let r = super::locate(text, Some(id), id);
    (r.end > 0).then_some(r)
}

/// Finds the second occurrence of `key` within one block mapping. Handles
/// block-style YAML (indentation and `- ` sequences), which is what modules
/// and plans are written in.
pub fn find_duplicate_key(text: &str, key: &str) -> Option<Range<usize>> {
    let mut stack: Vec<(usize, HashSet<String>)> = vec![(0, HashSet::new())];
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let line_start = offset;
        offset += line.len();
        let content = line.trim_end_matches(['\n', '\r']);
        let mut indent = content.len() - content.trim_start_matches(' ').len();
        let mut rest = &content[indent..];
        if rest.is_empty() || rest.starts_with('#') {
            continue;
        }
        let mut new_item = false;
        while let Some(r) = rest.strip_prefix('-') {
            if !(r.is_empty() || r.starts_with(' ')) {
                break;
            }
            let trimmed = r.trim_start_matches(' ');
            indent += rest.len() - trimmed.len();
            rest = trimmed;
            new_item = true;
        }
        while stack.len() > 1 && stack.last().is_some_and(|(i, _)| *i > indent) {
            stack.pop();
        }
        if new_item {
            while stack.len() > 1 && stack.last().is_some_and(|(i, _)| *i >= indent) {
                stack.pop();
            }
            stack.push((indent, HashSet::new()));
        } else if stack.last().is_some_and(|(i, _)| *i < indent) {
            stack.push((indent, HashSet::new()));
        }
        let Some(colon) = rest.find(':') else {
            continue;
        };
        let k = rest[..colon].trim().trim_matches(['"', '\'']);
        if k.is_empty()
            || k.contains(' ')
            || !(rest[colon + 1..].is_empty() || rest[colon + 1..].starts_with(' '))
        {
            continue;
        }
        let set = &mut stack.last_mut().expect("stack is never empty").1;
        if !set.insert(k.to_string()) && k == key {
            let s = line_start + indent;
            return Some(s..s + k.len());
        }
    }
    None
}
