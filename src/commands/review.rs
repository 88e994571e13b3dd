//! `puente review --lang L [IDS...|--all]`: record that translations were
//! reviewed against the current source text, in `.reviewed/<lang>.ftl`
//! beside the locale folders (format: [`crate::l10n::tree::Reviewed`]).
//! Naming a message whose text is still the source text accepts it as
//! rightly the same (see [`crate::l10n::state`]).
//!
//! The record is regenerated whole, in source order, from the messages
//! reviewed now (their current source text) and those reviewed before (their
//! recorded text, unchanged). Records of messages the source no longer has
//! are dropped.

use std::collections::HashSet;
use std::path::Path;

use crate::cli::ReviewArgs;
use crate::source::Sources;
use crate::workspace::{load_translations, selected_locales};

pub fn run(root: &Path, args: &ReviewArgs) -> Result<i32, crate::Fatal> {
    let mut sources = Sources::new();
    let ws = load_translations(
        root,
        args.locales.locales.as_deref(),
        args.locales.source.as_deref(),
        false,
        &mut sources,
    )?;
    let tag = selected_locales(&ws, std::slice::from_ref(&args.lang))?
        .pop()
        .unwrap_or_default();
    let tree = &ws.tree;
    let src = tree.source();
    if tag == src.tag {
        return Err(crate::Fatal::Usage(
            crate::msg!("review-is-source", locale = &tag).into_string(),
        ));
    }
    let Some(loc) = tree.locale(&tag) else {
        return Err(crate::Fatal::Usage(
            crate::msg!("review-no-locale", locale = &tag).into_string(),
        ));
    };
    if let Some(f) = &args.file {
        if src.file(f).is_none() {
            return Err(crate::Fatal::Usage(
                crate::msg!("review-no-source-file", file = f).into_string(),
            ));
        }
    }
    let wanted: HashSet<&str> = args.ids.iter().map(String::as_str).collect();
    let mut found: HashSet<&str> = HashSet::new();
    let mut not_translated: Vec<String> = Vec::new();
    let reviewed_text = loc.reviewed.file.map(|f| sources.get(f).text.as_str());
    let mut body = String::new();
    let mut recorded = 0;
    for sf in &src.files {
        let Some(sfid) = sf.file else { continue };
        let in_scope = args.file.as_deref().is_none_or(|f| f == sf.rel);
        let stext = &sources.get(sfid).text;
        let tf = loc.file(&sf.rel);
        let mut section = String::new();
        let mut seen = HashSet::new();
        for se in &sf.parsed.entries {
            if !seen.insert(se.id.as_str()) {
                continue;
            }
            let asked = in_scope && (args.all || wanted.contains(se.id.as_str()));
            if asked {
                found.insert(se.id.as_str());
            }
            // `--all` records what is translated; naming a message that
            // still holds the source text accepts it as rightly the same.
            let recordable = tf
                .and_then(|t| t.get(&se.id))
                .is_some_and(|te| !args.all || !loc.untranslated(&sf.rel, se, te));
            let text = if asked && recordable {
                recorded += 1;
                stext.get(se.text_span.clone())
            } else {
                if asked && !args.all {
                    not_translated.push(format!("{} ({})", se.id, sf.rel));
                }
                loc.reviewed
                    .get(&sf.rel, &se.id)
                    .and_then(|old| reviewed_text.and_then(|t| t.get(old.text_span.clone())))
            };
            if let Some(text) = text {
                section.push_str(text);
                section.push_str("\n\n");
            }
        }
        if !section.is_empty() {
            body.push_str(&format!("## {}\n\n", sf.rel));
            body.push_str(&section);
        }
    }
    let unknown: Vec<&str> = args
        .ids
        .iter()
        .map(String::as_str)
        .filter(|id| !found.contains(id))
        .collect();
    if !unknown.is_empty() {
        let ids = unknown
            .iter()
            .map(|i| format!("`{i}`"))
            .collect::<Vec<_>>()
            .join(", ");
        return Err(crate::Fatal::Usage(
            match args.file.as_deref() {
                Some(f) => crate::msg!("review-unknown-ids-in", ids = ids, file = f),
                None => crate::msg!("review-unknown-ids", ids = ids),
            }
            .into_string(),
        ));
    }
    let mut text = format!(
        "# The review record of {tag}: for each translation, the source text it was last\n# reviewed against. Written by `puente review`; commit it with the translations.\n\n"
    );
    text.push_str(body.trim_end_matches('\n'));
    text.push('\n');
    let path = loc.reviewed.path.clone();
    let shown = crate::display_path(&path, &tree.display_root);
    let moved = loc.reviewed.read_from.as_ref().filter(|p| **p != path);
    if reviewed_text != Some(text.as_str()) || moved.is_some() {
        crate::output::write_atomic(&path, text.as_bytes())?;
    }
    if let Some(old) = moved {
        // The record moved out of the locale folder (see `l10n::state`);
        // the new one is written, so the old one goes.
        std::fs::remove_file(old).map_err(|e| crate::Fatal::io(old, e))?;
    }
    crate::diag::stdout(&format!(
        "{}\n",
        crate::msg!("review-recorded", file = &shown, count = recorded)
    ))?;
    for id in &not_translated {
        eprintln!(
            "{}",
            crate::msg!("review-not-translated", id = id, locale = &tag)
        );
    }
    Ok(if not_translated.is_empty() { 0 } else { 1 })
}
