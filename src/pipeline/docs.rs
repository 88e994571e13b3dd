//! The localize stage for one module × language: the guide model and one
//! model per handout, with what the localizer recorded turned into
//! diagnostics.

use unic_langid::LanguageIdentifier;

use crate::curriculum::LoadedModule;
use crate::diag::{Diagnostic, Diagnostics};
use crate::ids;
use crate::l10n::{Localizer, Pseudo};
use crate::localize::{self, Options};
use crate::project::Project;
use crate::source::Sources;

/// One module localized into one language: the guide model and one model
/// per handout.
pub struct ModuleDocs {
    pub lang: LanguageIdentifier,
    pub guide: localize::LocalizedModule,
    pub handouts: Vec<localize::HandoutDoc>,
    /// With [`localize_traced`]: the message behind each traced mark.
    pub trace: Vec<crate::l10n::Traced>,
}

/// Localizes one module into one language and reports what the localizer
/// recorded (missing messages, fallbacks).
pub fn localize_one(
    project: &Project,
    lm: &LoadedModule,
    lang: &LanguageIdentifier,
    paper: &str,
    sources: &Sources,
    diags: &mut Diagnostics,
) -> ModuleDocs {
    localize_with(project, lm, lang, paper, None, false, sources, diags)
}

/// [`localize_one`] with a plan's local details: they fill the module's
/// `local_terms` and the prompts that ask for a local contact.
pub fn localize_one_with(
    project: &Project,
    lm: &LoadedModule,
    lang: &LanguageIdentifier,
    paper: &str,
    local: Option<&crate::packet::local::Local>,
    sources: &Sources,
    diags: &mut Diagnostics,
) -> ModuleDocs {
    localize_with(project, lm, lang, paper, local, false, sources, diags)
}

/// Like [`localize_one`], with every message's text wrapped in trace marks
/// (see [`crate::l10n::Traced`]): for the preview server's in-context mode,
/// the website's and the editable documents' marking of text that fell
/// back to another language.
pub fn localize_traced(
    project: &Project,
    lm: &LoadedModule,
    lang: &LanguageIdentifier,
    paper: &str,
    sources: &Sources,
    diags: &mut Diagnostics,
) -> ModuleDocs {
    localize_with(project, lm, lang, paper, None, true, sources, diags)
}

/// [`localize_one_with`] with trace marks, as [`localize_traced`].
pub fn localize_traced_with(
    project: &Project,
    lm: &LoadedModule,
    lang: &LanguageIdentifier,
    paper: &str,
    local: Option<&crate::packet::local::Local>,
    sources: &Sources,
    diags: &mut Diagnostics,
) -> ModuleDocs {
    localize_with(project, lm, lang, paper, local, true, sources, diags)
}

#[allow(clippy::too_many_arguments)]
fn localize_with(
    project: &Project,
    lm: &LoadedModule,
    lang: &LanguageIdentifier,
    paper: &str,
    local: Option<&crate::packet::local::Local>,
    trace: bool,
    sources: &Sources,
    diags: &mut Diagnostics,
) -> ModuleDocs {
    let m = &lm.module;
    let pseudo = Pseudo::from_lang(lang);
    let opts = Options {
        paper: paper.to_string(),
        rtl: pseudo.is_some_and(Pseudo::is_rtl),
    };
    let terms = local.and_then(|l| {
        crate::packet::local::term_resource_for(&project.locales, lang, &m.local_terms, l)
    });
    let mut l10n = Localizer::new(&project.locales, lang, Some(&m.id), pseudo, diags);
    if let Some(t) = &terms {
        l10n.fill_terms(t);
    }
    if trace {
        l10n = l10n.traced();
    }
    let guide = localize::localize(m, &l10n, &project.locales, &opts);
    let mut handouts: Vec<localize::HandoutDoc> = m
        .handouts
        .iter()
        .map(|h| localize::localize_handout(m, h, &l10n, guide.labels.clone(), &opts))
        .collect();
    if let Some(l) = local {
        for h in &mut handouts {
            crate::packet::local::fill_prompts(m, h, l, &l10n);
        }
    }
    report_l10n(project, lm, &l10n, sources, diags);
    ModuleDocs {
        lang: lang.clone(),
        guide,
        handouts,
        trace: l10n.take_trace(),
    }
}

/// Turns what the localizer recorded into diagnostics: messages missing
/// everywhere (errors, pointing at the YAML that needs them), formatting
/// problems (errors, pointing at the message), fallbacks (one warning per
/// module and language).
pub fn report_l10n(
    project: &Project,
    lm: &LoadedModule,
    l10n: &Localizer,
    sources: &Sources,
    diags: &mut Diagnostics,
) {
    let m = &lm.module;
    let missing = l10n.missing();
    // Where the YAML needs each message: worked out only when one is missing.
    let expected = if missing.is_empty() {
        Vec::new()
    } else {
        ids::expected_messages(m)
    };
    let yaml = &sources.get(lm.file).text;
    for id in missing {
        // The same diagnostic as `check` gives for the English.
        let d = match expected.iter().find(|e| e.id == id) {
            Some(e) => crate::codes::undefined_module_message(
                &m.id,
                &id,
                &format!("locales/en/{}.ftl", m.id),
            )
            .at(
                lm.file,
                crate::curriculum::locate(yaml, e.origin.parent.as_deref(), &e.origin.token),
                crate::msg!("links-needs", id = &id),
            ),
            None => crate::codes::undefined_label(
                crate::msg!("links-who-build").as_str(),
                &id,
                "locales/en/common.ftl",
            ),
        };
        diags.push(d);
    }
    for p in l10n.problems() {
        let mut d = Diagnostic::error(
            "message-format",
            crate::msg!(
                "message-format",
                locale = &p.locale,
                id = &p.id,
                problem = &p.problem
            ),
        );
        // Point at the reference itself when the problem names one.
        let reference = ["Unknown term: ", "Unknown message: ", "Unknown variable: "]
            .iter()
            .find_map(|k| p.problem.split_once(k).map(|(_, r)| r.trim().to_string()));
        if let Some(site) = project.locales.site(&p.locale, Some(&m.id), &p.id) {
            let text = &sources.get(site.file).text;
            let window_end = (site.span.end + 4000).min(text.len());
            let found = reference.as_deref().and_then(|r| {
                let r = r.trim_start_matches('$');
                text.get(site.span.end..window_end)
                    .and_then(|w| w.find(r))
                    .map(|i| site.span.end + i)
                    .map(|s| s..s + r.len())
            });
            d = match found {
                Some(span) => d
                    .at(site.file, span, crate::msg!("message-format-not-defined"))
                    .at(
                        site.file,
                        site.span.clone(),
                        crate::msg!("message-format-in-message"),
                    ),
                None => d.at(
                    site.file,
                    site.span.clone(),
                    crate::msg!("message-format-this-message"),
                ),
            };
        }
        let note = if p.problem.contains("Unknown term") {
            crate::msg!("message-format-term-note")
        } else if p.problem.contains("Unknown message") {
            crate::msg!("message-format-message-note")
        } else {
            crate::msg!("message-format-variable-note")
        };
        diags.push(d.with_note(note));
    }
    let fallbacks = l10n.fallbacks();
    if !fallbacks.is_empty() {
        let mut d = Diagnostic::warning(
            "fallback",
            crate::msg!(
                "fallback",
                module = &m.id,
                locale = l10n.requested().to_string(),
                count = fallbacks.len(),
                used = fallbacks[0].used.to_string()
            ),
        );
        let shown: Vec<&str> = fallbacks.iter().take(12).map(|f| f.id.as_str()).collect();
        let more = fallbacks.len().saturating_sub(shown.len());
        let ids = if more > 0 {
            crate::msg!("check-listed-more", ids = shown.join(", "), more = more).into_string()
        } else {
            shown.join(", ")
        };
        d = d.with_note(crate::msg!("fallback-note", ids = ids));
        diags.push(d);
    }
}
