//! Which modules and languages a request is about.

use unic_langid::LanguageIdentifier;

use crate::curriculum::LoadedModule;
use crate::project::Project;

/// Parses `--lang` values, rejecting anything that is not a language tag.
/// Repeated languages count once.
pub fn parse_langs(langs: &[String]) -> Result<Vec<LanguageIdentifier>, crate::Fatal> {
    let mut out: Vec<LanguageIdentifier> = Vec::new();
    for l in langs {
        let lang = parse_lang(l)?;
        if !out.contains(&lang) {
            out.push(lang);
        }
    }
    Ok(out)
}

/// Parses one language tag, with the one message every command gives.
pub fn parse_lang(l: &str) -> Result<LanguageIdentifier, crate::Fatal> {
    l.parse().map_err(|_| {
        crate::Fatal::Usage(crate::msg!("usage-not-a-lang-tag", value = l).into_string())
    })
}

/// Picks the modules named on the command line, or all of them.
pub fn select_modules<'p>(
    project: &'p Project,
    names: &[String],
) -> Result<Vec<&'p LoadedModule>, crate::Fatal> {
    if names.is_empty() {
        return Ok(project.modules.iter().collect());
    }
    names
        .iter()
        .map(|n| {
            project.module(n).ok_or_else(|| {
                let known: Vec<&str> = project
                    .modules
                    .iter()
                    .map(|m| m.module.id.as_str())
                    .collect();
                crate::Fatal::Usage(
                    crate::msg!(
                        "usage-no-module",
                        module = n,
                        modules = if known.is_empty() {
                            crate::msg!("usage-none").into_string()
                        } else {
                            known.join(", ")
                        }
                    )
                    .into_string(),
                )
            })
        })
        .collect()
}
