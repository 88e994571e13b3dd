//! `puente check`: every problem in the translations, grouped by the file
//! to fix, with a summary per locale.
//!

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::cli::CheckArgs;
use crate::curriculum::LoadedModule;
use crate::diag::{Diagnostic, Diagnostics, JsonDiagnostic, Severity};
use crate::l10n::check::{self, Finding};
use crate::source::Sources;
use crate::workspace::{load_translations, selected_locales};

/// Checks every workshop plan in `plans/`: its fields, its modules and
/// activities, and whether a day overruns its hard end (a warning, the same
/// one `puente packet` gives). Returns the findings and the messages the
/// plans ask for (their titles).
fn check_plans(
    root: &Path,
    modules: &[LoadedModule],
    sources: &mut Sources,
) -> Result<(Vec<Finding>, Vec<crate::l10n::links::PlanAsk>), crate::Fatal> {
    let dir = root.join("plans");
    let mut findings = Vec::new();
    let mut asks = Vec::new();
    if !dir.is_dir() {
        return Ok((findings, asks));
    }
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map_err(|e| crate::Fatal::io(&dir, e))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml" || x == "yml"))
        .collect();
    paths.sort();
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
                diags.push(Diagnostic::error("plan-name", msg));
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

pub fn run(root: &Path, args: &CheckArgs) -> Result<i32, crate::Fatal> {
    let mut sources = Sources::new();
    let ws = load_translations(
        root,
        args.locales.locales.as_deref(),
        args.locales.source.as_deref(),
        args.locales.locales.is_none(),
        &mut sources,
    )?;
    let only = selected_locales(&ws, &args.langs)?;
    let mut findings = ws.findings.clone();
    findings.extend(check::check(&ws.tree, &sources, &only));
    let source_checked = only.is_empty() || only.contains(&ws.tree.source().tag);
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
        println!("{}", render_json(&findings, &checked, &sources));
    } else {
        let color = std::io::IsTerminal::is_terminal(&std::io::stdout())
            && std::env::var_os("NO_COLOR").is_none();
        if color {
            print_color(&findings, &sources);
            print!("{}", summary(&findings, &checked));
        } else {
            print!("{}", render_human(&findings, &checked, &sources));
        }
    }
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

/// The plain report: findings grouped by file, then the summary.
pub fn render_human(findings: &[Finding], checked: &[String], sources: &Sources) -> String {
    let mut out = String::new();
    let mut current: Option<&str> = None;
    for f in findings {
        if current != Some(f.group.as_str()) {
            out.push_str(&header(&f.group));
            current = Some(&f.group);
        }
        out.push_str(&f.diag.render(sources));
    }
    out.push_str(&summary(findings, checked));
    out
}

fn print_color(findings: &[Finding], sources: &Sources) {
    use codespan_reporting::term::termcolor::{ColorChoice, StandardStream};
    let stream = StandardStream::stdout(ColorChoice::Auto);
    let mut lock = stream.lock();
    let mut current: Option<&str> = None;
    for f in findings {
        if current != Some(f.group.as_str()) {
            let _ = std::io::Write::write_all(&mut lock, header(&f.group).as_bytes());
            current = Some(&f.group);
        }
        let _ = f.diag.emit_color(&mut lock, sources);
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
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
        let _ = writeln!(
            out,
            "{tag:<width$}  {}, {}",
            plural(*e, "error", "errors"),
            plural(*w, "warning", "warnings")
        );
    }
    if other != (0, 0) {
        let _ = writeln!(
            out,
            "{:<width$}  {}, {}",
            "other",
            plural(other.0, "error", "errors"),
            plural(other.1, "warning", "warnings")
        );
    }
    let errors: usize = per.values().map(|v| v.0).sum::<usize>() + other.0;
    let warnings: usize = per.values().map(|v| v.1).sum::<usize>() + other.1;
    let _ = writeln!(
        out,
        "{}: {}, {}",
        if errors + warnings == 0 {
            "no problems"
        } else {
            "total"
        },
        plural(errors, "error", "errors"),
        plural(warnings, "warning", "warnings")
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
