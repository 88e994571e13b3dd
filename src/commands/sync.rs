//! `puente sync --lang L`: create a locale, or bring one up to date, by
//! appending what it lacks (see [`crate::l10n::sync`]).

use std::path::Path;

use crate::cli::SyncArgs;
use crate::l10n::sync::{append_missing, SyncError};
use crate::source::{Sources, MAX_FILE_BYTES};
use crate::workspace::load_translations;

pub fn run(root: &Path, args: &SyncArgs) -> Result<i32, crate::Fatal> {
    let mut sources = Sources::new();
    let ws = load_translations(
        root,
        args.locales.locales.as_deref(),
        args.locales.source.as_deref(),
        false,
        &mut sources,
    )?;
    let lang: unic_langid::LanguageIdentifier = args.lang.parse().map_err(|_| {
        crate::Fatal::Usage(crate::msg!("sync-not-a-tag", value = &args.lang).into_string())
    })?;
    let src = ws.tree.source();
    if lang == src.lang {
        return Err(crate::Fatal::Usage(
            crate::msg!("sync-is-source", value = &args.lang).into_string(),
        ));
    }
    if crate::l10n::Pseudo::from_lang(&lang).is_some() {
        return Err(crate::Fatal::Usage(
            crate::msg!("sync-is-pseudo", value = lang.to_string()).into_string(),
        ));
    }
    let existing = ws.tree.locales.iter().find(|l| l.lang == lang);
    let tag = existing
        .map(|l| l.tag.clone())
        .unwrap_or_else(|| lang.to_string());
    let dir = ws.tree.dir.join(&tag);
    let mut failed = false;
    let mut total = 0;
    for sf in &src.files {
        let Some(sfid) = sf.file else {
            eprintln!("{}", crate::msg!("sync-unreadable", file = &sf.name));
            failed = true;
            continue;
        };
        let path = dir.join(&sf.rel);
        let shown = crate::display_path(&path, &ws.tree.display_root);
        let old = if path.exists() {
            let len = std::fs::metadata(&path)
                .map_err(|e| crate::Fatal::io(&path, e))?
                .len();
            if len > MAX_FILE_BYTES {
                eprintln!(
                    "{}",
                    crate::msg!("sync-too-large", file = &shown, max = MAX_FILE_BYTES)
                );
                failed = true;
                continue;
            }
            Some(std::fs::read(&path).map_err(|e| crate::Fatal::io(&path, e))?)
        } else {
            None
        };
        let text = &sources.get(sfid).text;
        match append_missing(&sf.rel, &tag, text, &sf.parsed, old.as_deref()) {
            Ok(None) => crate::diag::stdout(&format!(
                "{}\n",
                crate::msg!("sync-up-to-date", file = &shown)
            ))?,
            Ok(Some(a)) => {
                crate::output::write_atomic(&path, &a.bytes)?;
                total += a.ids.len();
                let n = a.ids.len();
                if old.is_some() {
                    crate::diag::stdout(&format!(
                        "{}\n",
                        crate::msg!("sync-added", file = &shown, count = n)
                    ))?;
                } else {
                    crate::diag::stdout(&format!(
                        "{}\n",
                        crate::msg!("sync-created", file = &shown, count = n)
                    ))?;
                }
            }
            Err(SyncError::NotUtf8) => {
                eprintln!("{}", crate::msg!("sync-not-utf8", file = &shown));
                failed = true;
            }
            Err(SyncError::TooDeep) => {
                eprintln!(
                    "{}",
                    crate::msg!("sync-too-deep", file = &shown, locale = &tag)
                );
                failed = true;
            }
        }
    }
    if total > 0 {
        crate::diag::stdout(&format!(
            "{}\n",
            crate::msg!("sync-summary", count = total, locale = &tag)
        ))?;
    }
    Ok(if failed { 1 } else { 0 })
}
