//! `sync`: give a translation every message of the source that it lacks,
//! without touching a byte the translator wrote.
//!
//! It works on text, not on a syntax tree: the existing file's bytes are
//! kept as they are (BOM, CRLF, comments, odd spacing, even entries that do
//! not parse) and new entries are only ever appended after them. Each new
//! entry is the source entry copied verbatim, under its source comment and
//! a comment naming its variables. Holding the source text is what makes it
//! count as untranslated (see [`super::state`]), so no marker is written:
//! that state survives any tool that rewrites the file, and a translator
//! has only to change the text.

use super::syntax::{self, Parsed, UNTRANSLATED};

/// Why a file could not be brought up to date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyncError {
    /// The existing translation is not UTF-8: appending could corrupt it.
    NotUtf8,
    /// The existing translation nests placeables too deeply to parse safely.
    TooDeep,
}

/// What appending gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Appended {
    /// The ids added, in source order.
    pub ids: Vec<String>,
    /// The whole new file: the old bytes, unchanged, then the new entries.
    pub bytes: Vec<u8>,
}

/// Appends to `target` (the existing file's bytes, or `None` for a new file)
/// each entry of the source that it lacks. Returns `None` when nothing is
/// missing. `rel` and `lang` name the file in the header of a new file.
pub fn append_missing(
    rel: &str,
    lang: &str,
    source_text: &str,
    source: &Parsed,
    target: Option<&[u8]>,
) -> Result<Option<Appended>, SyncError> {
    let (present, crlf) = match target {
        None => (Vec::new(), false),
        Some(bytes) => {
            let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
            let text = std::str::from_utf8(body).map_err(|_| SyncError::NotUtf8)?;
            let crlf = text.contains("\r\n");
            let text = if crlf {
                text.replace("\r\n", "\n")
            } else {
                text.to_string()
            };
            if super::store::too_deep(&text).is_some() {
                return Err(SyncError::TooDeep);
            }
            let parsed = syntax::parse(&text);
            let mut ids: Vec<String> = parsed.entries.iter().map(|e| e.id.clone()).collect();
            ids.extend(parsed.junk_ids(&text).into_iter().map(str::to_string));
            (ids, crlf)
        }
    };
    let mut added: Vec<String> = Vec::new();
    let mut text = String::new();
    let mut last_group: Option<usize> = None;
    for e in &source.entries {
        if present.contains(&e.id) || added.contains(&e.id) {
            continue;
        }
        if target.is_none() && e.group.is_some() && e.group != last_group {
            if let Some(g) = e.group {
                let title = &source.groups[g];
                if !title.is_empty() {
                    text.push_str(&format!("## {title}\n\n"));
                }
            }
            last_group = e.group;
        }
        let mut comment: Vec<String> = e
            .comment
            .iter()
            .filter(|l| l.trim() != UNTRANSLATED && l.trim() != syntax::SAME_AS_SOURCE)
            .cloned()
            .collect();
        let vars = e.variables();
        let unnamed: Vec<&String> = vars
            .iter()
            .filter(|v| !comment.iter().any(|l| mentions(l, v)))
            .collect();
        if !unnamed.is_empty() {
            let list: Vec<String> = unnamed.iter().map(|v| format!("${v}")).collect();
            comment.push(format!(
                "Variables: {} (keep them; the translation may move them)",
                list.join(", ")
            ));
        }
        for line in &comment {
            if line.is_empty() {
                text.push_str("#\n");
            } else {
                text.push_str("# ");
                text.push_str(line);
                text.push('\n');
            }
        }
        text.push_str(source_text.get(e.text_span.clone()).unwrap_or(""));
        text.push_str("\n\n");
        added.push(e.id.clone());
    }
    if added.is_empty() {
        return Ok(None);
    }
    let mut bytes = target.map(<[u8]>::to_vec).unwrap_or_default();
    let mut prefix = String::new();
    if target.is_none() {
        prefix.push_str(&format!(
            "# {rel} in {lang}. Each message below still holds the source text: translate it.\n# A message left as the source text counts as untranslated.\n\n"
        ));
    } else if !bytes.is_empty() {
        if !bytes.ends_with(b"\n") {
            prefix.push('\n');
        }
        let ends_blank = bytes.ends_with(b"\n\n") || bytes.ends_with(b"\n\r\n");
        if !ends_blank {
            prefix.push('\n');
        }
    }
    let mut appended = prefix + text.trim_end_matches('\n');
    appended.push('\n');
    if crlf {
        appended = appended.replace('\n', "\r\n");
    }
    bytes.extend_from_slice(appended.as_bytes());
    Ok(Some(Appended { ids: added, bytes }))
}

/// Whether a comment line names `$var` (as a whole word).
fn mentions(line: &str, var: &str) -> bool {
    let needle = format!("${var}");
    line.match_indices(&needle).any(|(i, _)| {
        !line[i + needle.len()..]
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '-')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = "## Cover\n\n# Variables: $min (number)\nsize = { $min } people\nhello = Hello, { $name }!\n-brand = Puente\n";

    fn run(target: Option<&str>) -> Option<String> {
        let parsed = syntax::parse(SOURCE);
        append_missing(
            "common.ftl",
            "ht",
            SOURCE,
            &parsed,
            target.map(str::as_bytes),
        )
        .unwrap()
        .map(|a| String::from_utf8(a.bytes).unwrap())
    }

    #[test]
    fn a_new_file_gets_every_entry_marked() {
        assert_eq!(
            run(None).unwrap(),
            "# common.ftl in ht. Each message below still holds the source text: translate it.\n# A message left as the source text counts as untranslated.\n\n## Cover\n\n# Variables: $min (number)\nsize = { $min } people\n\n# Variables: $name (keep them; the translation may move them)\nhello = Hello, { $name }!\n\n-brand = Puente\n"
        );
    }

    #[test]
    fn appending_keeps_existing_bytes_and_crlf() {
        let old = "hello = Bonjou, { $name }!\r\n-brand = Pont";
        let new = run(Some(old)).unwrap();
        assert!(new.starts_with(old));
        assert_eq!(
            &new[old.len()..],
            "\r\n\r\n# Variables: $min (number)\r\nsize = { $min } people\r\n"
        );
        assert_eq!(run(Some(&new)), None);
    }

    #[test]
    fn broken_entries_are_not_added_twice() {
        assert_eq!(run(Some("size = { $min\nhello = x\n-brand = y\n")), None);
    }
}
