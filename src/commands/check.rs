//! `puente check`: every problem in the translations, grouped by the file
//! to fix, with a summary per locale.
//!

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use serde::Serialize;

use crate::cli::CheckArgs;
use crate::curriculum::LoadedModule;
use crate::diag::{Diagnostic, Diagnostics, JsonDiagnostic, Severity};
use crate::l10n::check::{self, Finding};
use crate::l10n::tree::Tree;
use crate::source::Sources;
use crate::workspace::{load_translations, selected_locales, Translations};

/// Checks every workshop plan in `plans/`: its fields, its modules and
/// activities, and whether a day overruns its hard end (a warning, the same
/// one `puente packet` gives). Returns the findings and the messages the
/// plans ask for (their titles).
fn check_plans(
    root: &Path,
    modules: &[LoadedModule],
    sources: &mut Sources,
) -> Result<(Vec<Finding>, Vec<crate::l10n::links::PlanAsk>), crate::Fatal> {
    let mut findings = Vec::new();
    let mut asks = Vec::new();
    let paths = crate::packet::plan::files(root)?;
    if paths.is_empty() {
        return Ok((findings, asks));
    }
    // Plans are checked against the modules already loaded; they need no
    // translations or templates, so nothing is read twice.
    let project = crate::project::Project {
        root: root.to_path_buf(),
        modules: modules.to_vec(),
        locales: crate::l10n::LocaleStore::default(),
        templates: Vec::new(),
    };
    for path in paths {
        let mut diags = Diagnostics::new();
        let loaded = match crate::packet::plan::load(&path, &project, sources, &mut diags) {
            Ok(l) => l,
            // A plan file name that cannot name a packet folder.
            Err(crate::Fatal::Usage(msg)) => {
                // The plan's loader said it in the interface language.
                diags.push(Diagnostic::error(
                    "plan-name",
                    crate::ui::Msg::verbatim(msg),
                ));
                None
            }
            Err(e) => return Err(e),
        };
        if let Some(lp) = &loaded {
            if let crate::packet::plan::Title::Message { message } = &lp.plan.title {
                let text = &sources.get(lp.file).text;
                let span = text
                    .find(message.as_str())
                    .map(|i| i..i + message.len())
                    .unwrap_or(0..0);
                asks.push(crate::l10n::links::PlanAsk {
                    id: message.clone(),
                    file: lp.file,
                    span,
                });
            }
            if !diags.has_errors() {
                let days = crate::packet::schedule::schedule(&lp.plan, &project);
                crate::pipeline::packet::overrun_diagnostics(lp, &days, sources, &mut diags);
            }
        }
        let group = crate::display_path(&path, root);
        for d in diags.items() {
            findings.push(Finding {
                locale: None,
                group: group.clone(),
                diag: d.clone(),
            });
        }
    }
    Ok((findings, asks))
}

pub fn run(root: &Path, args: &CheckArgs, env: &super::Env) -> Result<i32, crate::Fatal> {
    let mut sources = Sources::new();
    let ws = match &args.config {
        Some(file) => {
            let config = crate::l10n::config::load(file)?;
            let tree = Tree::from_config(&config, args.locales.source.as_deref(), &mut sources)?;
            Translations {
                tree,
                project: None,
                findings: Vec::new(),
            }
        }
        None => load_translations(
            root,
            args.locales.locales.as_deref(),
            args.locales.source.as_deref(),
            args.locales.locales.is_none(),
            &mut sources,
        )?,
    };
    let only = selected_locales(&ws, &args.langs)?;
    let mut findings = ws.findings.clone();
    findings.extend(check::check(&ws.tree, &sources, &only));
    if args.spell {
        let mut dict_dirs = args.dicts.clone();
        dict_dirs.extend(env.dict_path.iter().cloned());
        let opts = crate::l10n::spell::SpellOptions { dict_dirs };
        findings.extend(crate::l10n::spell::check(
            &ws.tree,
            &mut sources,
            &only,
            &opts,
        )?);
    }
    let source_checked = only.is_empty() || only.contains(&ws.tree.source().tag);
    if ws.project.is_some() && source_checked {
        for d in crate::l10n::config::check_project_config(root, &ws.tree, &mut sources)? {
            findings.push(Finding {
                locale: None,
                group: crate::l10n::config::PROJECT_CONFIG.to_string(),
                diag: d,
            });
        }
    }
    if let Some((modules, templates)) = &ws.project {
        let (plan_findings, plan_asks) = check_plans(root, modules, &mut sources)?;
        findings.extend(plan_findings);
        if source_checked {
            findings.extend(crate::l10n::links::check_links(
                &ws.tree, modules, templates, &plan_asks, &sources,
            ));
        }
    }
    sort(&mut findings, &sources);
    let checked: Vec<String> = ws
        .tree
        .locales
        .iter()
        .filter(|l| only.is_empty() || only.contains(&l.tag))
        .map(|l| l.tag.clone())
        .collect();
    let errors = findings
        .iter()
        .filter(|f| f.diag.severity == Severity::Error)
        .count();
    let warnings = findings
        .iter()
        .filter(|f| f.diag.severity == Severity::Warning)
        .count();
    if args.json {
        crate::diag::stdout(&(render_json(&findings, &checked, &sources) + "\n"))?;
    } else {
        let color = std::io::IsTerminal::is_terminal(&std::io::stdout())
            && std::env::var_os("NO_COLOR").is_none();
        let shown = if args.verbose {
            findings.clone()
        } else {
            condense(&findings, &sources)
        };
        if color {
            print_color(&shown, &sources)?;
            crate::diag::stdout(&summary(&findings, &checked))?;
        } else {
            // The summary counts every problem, summed up or not.
            let text = render_human(&shown, &sources) + &summary(&findings, &checked);
            crate::diag::stdout(&text)?;
        }
    }
    // Freeing a large tree message by message takes a tenth of the run, and
    // the process ends here: leave it to the operating system.
    std::mem::forget(ws);
    std::mem::forget(sources);
    Ok(if errors > 0 || (args.strict && warnings > 0) {
        1
    } else {
        0
    })
}

/// Orders findings by the file to fix, then by where they point.
pub fn sort(findings: &mut [Finding], sources: &Sources) {
    findings.sort_by_cached_key(|f| {
        let (file, offset) = f
            .diag
            .labels
            .first()
            .map(|l| (sources.get(l.file).name.clone(), l.span.start))
            .unwrap_or_default();
        (f.group.clone(), file != f.group, file, offset, f.diag.code)
    });
}

fn header(group: &str) -> String {
    format!("── {group} ──\n\n")
}

/// Past this many missing (or untranslated) messages in one file, the
/// human report sums them up in one finding: a file cut short, or a new
/// locale, must not bury the one syntax error under hundreds of snippets.
pub const GROUP_ABOVE: usize = 3;

/// The findings as a person reads them: in each file to fix, more than
/// [`GROUP_ABOVE`] `missing-message` (or `untranslated`) findings become one,
/// with the count, the first ids and a snippet of the first. `--json` and
/// `--verbose` keep every one.
pub fn condense(findings: &[Finding], sources: &Sources) -> Vec<Finding> {
    let mut out = Vec::with_capacity(findings.len());
    let mut i = 0;
    while i < findings.len() {
        let f = &findings[i];
        let groupable = matches!(f.diag.code, "missing-message" | "untranslated");
        if !groupable {
            out.push(f.clone());
            i += 1;
            continue;
        }
        let same: Vec<&Finding> = findings[i..]
            .iter()
            .take_while(|g| {
                g.group == f.group && g.diag.code == f.diag.code && g.locale == f.locale
            })
            .collect();
        // Findings of other codes may sit between them (they are sorted by
        // place); gather every one of this file and code.
        let all: Vec<&Finding> = findings
            .iter()
            .filter(|g| g.group == f.group && g.diag.code == f.diag.code && g.locale == f.locale)
            .collect();
        if all.len() <= GROUP_ABOVE {
            out.extend(same.iter().map(|g| (*g).clone()));
            i += same.len();
            continue;
        }
        if std::ptr::eq(all[0], f) {
            out.push(summed_up(&all, sources));
        }
        i += same.len();
    }
    out
}

/// One finding for many missing or untranslated messages of one file.
fn summed_up(all: &[&Finding], sources: &Sources) -> Finding {
    const SHOWN: usize = 8;
    let first = all[0];
    let ids: Vec<String> = all
        .iter()
        .filter_map(|g| {
            let l = g.diag.labels.first()?;
            let id = sources.get(l.file).text.get(l.span.clone())?;
            Some(format!("`{id}`"))
        })
        .collect();
    let mut listed = ids
        .iter()
        .take(SHOWN)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    if ids.len() > SHOWN {
        listed =
            crate::msg!("check-listed-more", ids = listed, more = ids.len() - SHOWN).into_string();
    }
    let n = all.len();
    let locale = first.locale.clone().unwrap_or_default();
    let tail = if first.diag.severity == Severity::Error {
        crate::msg!("check-declared-complete", locale = &locale)
    } else {
        crate::msg!("check-fallback-stands-in")
    };
    let (message, label, todo) = if first.diag.code == "missing-message" {
        (
            crate::msg!(
                "check-many-missing",
                count = n,
                file = &first.group,
                tail = tail
            ),
            crate::msg!("check-first-defined-here"),
            crate::msg!(
                "check-many-missing-todo",
                file = &first.group,
                locale = &locale
            ),
        )
    } else {
        (
            crate::msg!("check-many-untranslated", count = n, tail = tail),
            crate::msg!("check-the-first-one"),
            crate::msg!("check-many-untranslated-todo", locale = &locale),
        )
    };
    let mut d = Diagnostic::new(first.diag.severity, first.diag.code, message);
    if let Some(l) = first.diag.labels.first() {
        d = d.at(l.file, l.span.clone(), label);
    }
    d = d
        .with_note(crate::msg!("check-they-are", ids = listed))
        .with_note(todo)
        .with_note(crate::msg!("check-verbose-lists"));
    Finding {
        locale: first.locale.clone(),
        group: first.group.clone(),
        diag: d,
    }
}

/// The plain report: findings grouped by file (the summary follows).
pub fn render_human(findings: &[Finding], sources: &Sources) -> String {
    let mut out = String::new();
    let mut current: Option<&str> = None;
    for f in findings {
        if current != Some(f.group.as_str()) {
            out.push_str(&header(&f.group));
            current = Some(&f.group);
        }
        out.push_str(&f.diag.render(sources));
    }
    out
}

fn print_color(findings: &[Finding], sources: &Sources) -> Result<(), crate::Fatal> {
    use codespan_reporting::term::termcolor::{ColorChoice, StandardStream};
    let stream = StandardStream::stdout(ColorChoice::Auto);
    let mut lock = stream.lock();
    let mut current: Option<&str> = None;
    for f in findings {
        if current != Some(f.group.as_str()) {
            crate::diag::closed_pipe_is_quiet(std::io::Write::write_all(
                &mut lock,
                header(&f.group).as_bytes(),
            ))?;
            current = Some(&f.group);
        }
        if let Err(codespan_reporting::files::Error::Io(e)) = f.diag.emit_color(&mut lock, sources)
        {
            crate::diag::closed_pipe_is_quiet(Err::<(), _>(e))?;
        }
    }
    Ok(())
}

fn counts(errors: usize, warnings: usize) -> String {
    format!(
        "{}, {}",
        crate::msg!("check-errors", count = errors),
        crate::msg!("check-warnings", count = warnings)
    )
}

/// One line per checked locale (and one for other project files when they
/// have findings), then the totals.
pub fn summary(findings: &[Finding], checked: &[String]) -> String {
    let mut per: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for tag in checked {
        per.insert(tag.clone(), (0, 0));
    }
    let mut other = (0, 0);
    for f in findings {
        let slot = match &f.locale {
            Some(l) => per.entry(l.clone()).or_default(),
            None => &mut other,
        };
        match f.diag.severity {
            Severity::Error => slot.0 += 1,
            Severity::Warning => slot.1 += 1,
            Severity::Note => {}
        }
    }
    let width = per.keys().map(String::len).max().unwrap_or(0).max(5);
    let mut out = String::new();
    for (tag, (e, w)) in &per {
        let _ = writeln!(out, "{tag:<width$}  {}", counts(*e, *w));
    }
    if other != (0, 0) {
        let _ = writeln!(
            out,
            "{:<width$}  {}",
            crate::msg!("check-other").as_str(),
            counts(other.0, other.1)
        );
    }
    let errors: usize = per.values().map(|v| v.0).sum::<usize>() + other.0;
    let warnings: usize = per.values().map(|v| v.1).sum::<usize>() + other.1;
    let _ = writeln!(
        out,
        "{}: {}",
        if errors + warnings == 0 {
            crate::msg!("check-no-problems")
        } else {
            crate::msg!("check-total")
        },
        counts(errors, warnings)
    );
    out
}

#[derive(Serialize)]
struct JsonFinding {
    locale: Option<String>,
    group: String,
    #[serde(flatten)]
    diag: JsonDiagnostic,
}

#[derive(Serialize)]
struct JsonCounts {
    errors: usize,
    warnings: usize,
}

#[derive(Serialize)]
struct JsonReport {
    findings: Vec<JsonFinding>,
    locales: BTreeMap<String, JsonCounts>,
    errors: usize,
    warnings: usize,
}

fn render_json(findings: &[Finding], checked: &[String], sources: &Sources) -> String {
    let mut locales: BTreeMap<String, JsonCounts> = checked
        .iter()
        .map(|t| {
            (
                t.clone(),
                JsonCounts {
                    errors: 0,
                    warnings: 0,
                },
            )
        })
        .collect();
    for f in findings {
        if let Some(l) = &f.locale {
            let c = locales.entry(l.clone()).or_insert(JsonCounts {
                errors: 0,
                warnings: 0,
            });
            match f.diag.severity {
                Severity::Error => c.errors += 1,
                Severity::Warning => c.warnings += 1,
                Severity::Note => {}
            }
        }
    }
    let report = JsonReport {
        findings: findings
            .iter()
            .map(|f| JsonFinding {
                locale: f.locale.clone(),
                group: f.group.clone(),
                diag: f.diag.to_json(sources),
            })
            .collect(),
        locales,
        errors: findings
            .iter()
            .filter(|f| f.diag.severity == Severity::Error)
            .count(),
        warnings: findings
            .iter()
            .filter(|f| f.diag.severity == Severity::Warning)
            .count(),
    };
    serde_json::to_string_pretty(&report).unwrap_or_else(|_| "{}".into())
}
