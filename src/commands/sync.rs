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
        crate::Fatal::Usage(format!(
            "`{}` is not a language tag; use a BCP 47 tag such as ht, pt-BR or es-MX",
            args.lang
        ))
    })?;
    let src = ws.tree.source();
    if lang == src.lang {
        return Err(crate::Fatal::Usage(format!(
            "`{}` is the source locale; sync brings a translation up to date with it",
            args.lang
        )));
    }
    if crate::l10n::Pseudo::from_lang(&lang).is_some() {
        return Err(crate::Fatal::Usage(format!(
            "`{lang}` is a pseudo-locale that Puente makes from the English when building; it has no files"
        )));
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
            eprintln!("{}: could not be read, so it was not synced", sf.name);
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
                eprintln!("{shown}: is over {MAX_FILE_BYTES} bytes; not synced");
                failed = true;
                continue;
            }
            Some(std::fs::read(&path).map_err(|e| crate::Fatal::io(&path, e))?)
        } else {
            None
        };
        let text = &sources.get(sfid).text;
        match append_missing(&sf.rel, &tag, text, &sf.parsed, old.as_deref()) {
            Ok(None) => crate::diag::stdout(&format!("{shown}: up to date\n"))?,
            Ok(Some(a)) => {
                crate::output::write_atomic(&path, &a.bytes)?;
                total += a.ids.len();
                let n = a.ids.len();
                let what = if n == 1 { "message" } else { "messages" };
                if old.is_some() {
                    crate::diag::stdout(&format!("{shown}: added {n} {what} to translate\n"))?;
                } else {
                    crate::diag::stdout(&format!(
                        "{shown}: created with {n} {what} to translate\n"
                    ))?;
                }
            }
            Err(SyncError::NotUtf8) => {
                eprintln!("{shown}: is not valid UTF-8, so nothing was added; save it as UTF-8 and run sync again");
                failed = true;
            }
            Err(SyncError::TooDeep) => {
                eprintln!("{shown}: has placeables nested too deeply to read, so nothing was added; run `puente check --lang {tag}`");
                failed = true;
            }
        }
    }
    if total > 0 {
        crate::diag::stdout(&format!(
            "{total} {} the source text: translate {}. Until then {} as untranslated; `puente check --lang {tag}` lists what remains.\n",
            if total == 1 { "message holds" } else { "messages hold" },
            if total == 1 { "it" } else { "each one" },
            if total == 1 { "it counts" } else { "they count" }
        ))?;
    }
    Ok(if failed { 1 } else { 0 })
}
