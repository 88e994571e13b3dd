//! `puente build`: guides and handouts for modules × languages.
//!
//! The flow is the one every command follows: load → validate → localize →
//! render, all in memory, and only when no error was found → write.

use std::path::{Path, PathBuf};

use unic_langid::LanguageIdentifier;

use crate::cli::{BuildArgs, Format};
use crate::curriculum::LoadedModule;
use crate::diag::{Diagnostic, Diagnostics};
use crate::ids;
use crate::l10n::{Localizer, Pseudo};
use crate::localize::{self, Options};
use crate::output::{self, OutputFile};
use crate::project::Project;
use crate::render::html::Engine;
use crate::source::Sources;

/// Parses `--lang` values, rejecting anything that is not a language tag.
pub fn parse_langs(langs: &[String]) -> Result<Vec<LanguageIdentifier>, crate::Fatal> {
    let mut out: Vec<LanguageIdentifier> = Vec::new();
    for l in langs {
        let lang: LanguageIdentifier = l.parse().map_err(|_| {
            crate::Fatal::Usage(format!(
                "`{l}` is not a language tag; use a BCP 47 tag such as en, es, es-MX or pt-BR"
            ))
        })?;
        if !out.contains(&lang) {
            out.push(lang);
        }
    }
    Ok(out)
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
                crate::Fatal::Usage(format!(
                    "there is no module `{n}`; the modules are: {}",
                    if known.is_empty() {
                        "(none)".to_string()
                    } else {
                        known.join(", ")
                    }
                ))
            })
        })
        .collect()
}

pub fn run(root: &Path, args: &BuildArgs) -> Result<i32, crate::Fatal> {
    let langs = parse_langs(&args.langs)?;
    let mut sources = Sources::new();
    let mut diags = Diagnostics::new();
    let project = Project::load(root, &mut sources, &mut diags)?;
    let modules = select_modules(&project, &args.modules)?;
    let opts_for = |lang: &LanguageIdentifier| Options {
        paper: args.paper.as_str().to_string(),
        rtl: Pseudo::from_lang(lang).is_some_and(Pseudo::is_rtl),
    };

    let mut files = Vec::new();
    if !diags.has_errors() {
        for lang in &langs {
            for lm in &modules {
                files.extend(build_one(
                    &project,
                    lm,
                    lang,
                    &opts_for(lang),
                    &args.format,
                    &sources,
                    &mut diags,
                ));
            }
        }
    }
    diags.print(&sources);
    if diags.has_errors() {
        eprintln!("Nothing was written.");
        return Ok(1);
    }
    output::write_all(&args.out, &files)?;
    for f in &files {
        println!("wrote {}", args.out.join(&f.path).display());
    }
    Ok(0)
}

/// Localizes and renders one module in one language. Problems go into
/// `diags`; the files are returned only for writing later.
pub fn build_one(
    project: &Project,
    lm: &LoadedModule,
    lang: &LanguageIdentifier,
    opts: &Options,
    formats: &[Format],
    sources: &Sources,
    diags: &mut Diagnostics,
) -> Vec<OutputFile> {
    let m = &lm.module;
    let pseudo = Pseudo::from_lang(lang);
    let l10n = Localizer::new(&project.locales, lang, Some(&m.id), pseudo, diags);
    let model = localize::localize(m, &l10n, &project.locales, opts);
    let handouts: Vec<_> = m
        .handouts
        .iter()
        .map(|h| localize::localize_handout(m, h, &l10n, model.labels.clone(), opts))
        .collect();
    report_l10n(project, lm, &l10n, sources, diags);
    if diags.has_errors() {
        return Vec::new();
    }
    let dir = PathBuf::from(&m.id).join(lang.to_string());
    let mut files = Vec::new();
    if formats.contains(&Format::Html) {
        let Some(engine) = Engine::new(&project.templates, model.labels.clone(), sources, diags)
        else {
            return Vec::new();
        };
        if let Some(html) = engine.guide(&model, &project.templates, sources, diags) {
            files.push(OutputFile {
                path: dir.join("guide.html"),
                bytes: html.into_bytes(),
            });
        }
        for doc in &handouts {
            if let Some(html) = engine.handout(doc, &project.templates, sources, diags) {
                files.push(OutputFile {
                    path: dir.join(format!("handout-{}.html", doc.handout.id)),
                    bytes: html.into_bytes(),
                });
            }
        }
    }
    files
}

/// Turns what the localizer recorded into diagnostics: messages missing
/// everywhere (errors, pointing at the YAML that needs them), formatting
/// problems (errors, pointing at the message), fallbacks (one warning per
/// module and language).
fn report_l10n(
    project: &Project,
    lm: &LoadedModule,
    l10n: &Localizer,
    sources: &Sources,
    diags: &mut Diagnostics,
) {
    let m = &lm.module;
    let expected = ids::expected_messages(m);
    let yaml = &sources.get(lm.file).text;
    for id in l10n.missing() {
        let mut d = Diagnostic::error(
            "missing-message",
            format!("the message `{id}` is not defined in any language"),
        );
        if let Some(e) = expected.iter().find(|e| e.id == id) {
            d = d.at(
                lm.file,
                crate::curriculum::locate(yaml, e.origin.parent.as_deref(), &e.origin.token),
                "needed because of this id",
            );
            d = d.with_note(format!("add `{id} = ...` to locales/en/{}.ftl", m.id));
        } else {
            d = d.with_note(format!("add `{id} = ...` to locales/en/common.ftl"));
        }
        diags.push(d);
    }
    for p in l10n.problems() {
        let mut d = Diagnostic::error(
            "message-format",
            format!(
                "the {} message `{}` could not be formatted: {}",
                p.locale, p.id, p.problem
            ),
        );
        if let Some(site) = project.locales.site(&p.locale, Some(&m.id), &p.id) {
            d = d.at(site.file, site.span.clone(), "this message");
        }
        d = d.with_note("module messages get no variables; labels in common.ftl get only the variables named in the comment above them");
        diags.push(d);
    }
    let fallbacks = l10n.fallbacks();
    if !fallbacks.is_empty() {
        let mut d = Diagnostic::warning(
            "fallback",
            format!(
                "{} in {}: {} {} not translated yet, so {} stands in",
                m.id,
                l10n.requested(),
                fallbacks.len(),
                if fallbacks.len() == 1 {
                    "message is"
                } else {
                    "messages are"
                },
                fallbacks[0].used,
            ),
        );
        let shown: Vec<&str> = fallbacks.iter().take(12).map(|f| f.id.as_str()).collect();
        let more = fallbacks.len().saturating_sub(shown.len());
        d = d.with_note(format!(
            "untranslated: {}{}",
            shown.join(", "),
            if more > 0 {
                format!(" and {more} more")
            } else {
                String::new()
            }
        ));
        diags.push(d);
    }
}
