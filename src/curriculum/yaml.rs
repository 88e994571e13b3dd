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
            Diagnostic::error("yaml-empty", format!("{} is empty", sources.get(file).name)).at(
                file,
                0..0,
                "nothing here",
            ),
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
                None => "the file".to_string(),
            },
        };
        (
            "yaml-missing-field",
            format!("{owner} is missing the field `{field}`"),
        )
    } else if let Some(field) = between(&reason, "duplicate field `", "`") {
        if let Some(r) = find_duplicate_key(text, field) {
            span = r;
        }
        notes.push(
            "a key may appear only once in each mapping; remove or merge one of them".to_string(),
        );
        (
            "yaml-duplicate-key",
            format!("the key `{field}` appears twice"),
        )
    } else if reason.starts_with("unknown field `") {
        let field = between(&reason, "unknown field `", "`").unwrap_or("");
        if text[span.start..].starts_with(field) {
            span = span.start..span.start + field.len();
        }
        if let Some(expected) = reason.split_once(", expected ").map(|x| x.1) {
            notes.push(format!("expected {expected}"));
        }
        let what = described
            .as_ref()
            .map(|(w, _)| format!(" in {w}"))
            .unwrap_or_default();
        (
            "yaml-unknown-field",
            format!("unknown field `{field}`{what}; check the spelling"),
        )
    } else if reason.starts_with("unknown variant `") {
        let value = between(&reason, "unknown variant `", "`").unwrap_or("");
        if !value.is_empty() && text[span.start..].starts_with(value) {
            span = span.start..span.start + value.len();
        }
        if let Some(expected) = reason.split_once(", expected ").map(|x| x.1) {
            notes.push(format!("expected {expected}"));
        }
        let field = path
            .as_deref()
            .and_then(|p| p.rsplit('.').next())
            .unwrap_or("this field");
        (
            "yaml-unknown-value",
            format!("`{value}` is not a known value for `{field}`"),
        )
    } else if let Some(value) = between(&reason, "`", "` is not a local contact") {
        // A module's `local_terms` or a prompt's `local:` (see LocalRef).
        if let Some(i) = text[span.start..].find(value) {
            span = span.start + i..span.start + i + value.len();
        }
        if let Some((_, rest)) = reason.split_once("; ") {
            notes.push(rest.to_string());
        }
        (
            "yaml-unknown-value",
            format!("`{value}` is not a local contact"),
        )
    } else if reason.starts_with("invalid type") || reason.starts_with("invalid value") {
        let field = path
            .as_deref()
            .and_then(|p| p.rsplit('.').next())
            .unwrap_or("this value");
        let what = described
            .as_ref()
            .map(|(w, _)| format!(" in {w}"))
            .unwrap_or_default();
        let plain = if reason.contains("expected u32") {
            if reason.contains("integer `-") {
                "must be a whole number of zero or more, not a negative number".to_string()
            } else if let Some(text) = between(&reason, "invalid type: string \"", "\"") {
                format!("must be a whole number, not the text \"{text}\"")
            } else {
                format!("must be a whole number ({reason})")
            }
        } else {
            reason.clone()
        };
        ("yaml-wrong-type", format!("`{field}`{what} {plain}"))
    } else if reason.contains("cannot start any token") && line_starts_with_tab(text, span.start) {
        notes.push("YAML indentation must use spaces; replace the tab with spaces".to_string());
        ("yaml-tab", "a tab is used for indentation".to_string())
    } else if reason.contains("recursion limit exceeded") {
        (
            "yaml-too-deep",
            "the YAML is nested too deeply to be a module or plan".to_string(),
        )
    } else if reason.contains("repetition limit exceeded") {
        notes.push("the file uses YAML aliases (*name) to repeat content so often that it would grow enormously; Puente stopped reading it".to_string());
        (
            "yaml-alias-bomb",
            "the YAML expands to too much data".to_string(),
        )
    } else {
        (
            "yaml-syntax",
            format!("the YAML could not be read: {reason}"),
        )
    };
    let mut d = Diagnostic::error(code, text_message).at(file, span, label_for(code));
    for n in notes {
        d = d.with_note(n);
    }
    d
}

fn label_for(code: &str) -> &'static str {
    match code {
        "yaml-missing-field" => "in this item",
        "yaml-duplicate-key" => "second occurrence",
        "yaml-unknown-field" => "unknown field",
        "yaml-unknown-value" => "unknown value",
        "yaml-wrong-type" => "wrong type",
        "yaml-tab" => "tab here",
        _ => "here",
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
