//! Shared set-up for the fuzz targets: a small project (the test suite's
//! `basic` fixture) in a scratch folder, with one file replaced by the
//! fuzzer's input, run through the same code paths as `puente build` and
//! `puente packet` (everything but PDF, which is too slow to fuzz).

use std::path::{Path, PathBuf};

use puente::pipeline::docs::localize_one;
use puente::pipeline::html::pages;
use puente::diag::Diagnostics;
use puente::project::Project;
use puente::source::Sources;

pub const MODULE: &str = include_str!("../../fixtures/basic/curricula/sample/module.yaml");
pub const EN: &str = include_str!("../../fixtures/basic/locales/en/sample.ftl");
pub const ES: &str = include_str!("../../fixtures/basic/locales/es/sample.ftl");
pub const PLAN: &str = include_str!("../../fixtures/basic/plans/two-days.yaml");
const COMMON_EN: &str = include_str!("../../../locales/en/common.ftl");
const COMMON_ES: &str = include_str!("../../../locales/es/common.ftl");

/// A scratch project for this process, rewritten for each input.
pub fn project(module: &[u8], en: &[u8], es: &[u8]) -> PathBuf {
    let base = std::env::temp_dir().join(format!("puente-fuzz-{}", std::process::id()));
    let write = |rel: &str, bytes: &[u8]| {
        let p = base.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, bytes).unwrap();
    };
    write("curricula/sample/module.yaml", module);
    write("locales/en/common.ftl", COMMON_EN.as_bytes());
    write("locales/es/common.ftl", COMMON_ES.as_bytes());
    write("locales/en/sample.ftl", en);
    write("locales/es/sample.ftl", es);
    write("plans/two-days.yaml", PLAN.as_bytes());
    base
}

/// Loads the project, localizes every module into en and es and renders
/// the HTML, as `puente build --format html` does, then renders every
/// diagnostic as text. Any panic is a bug.
pub fn build_html(root: &Path) {
    let mut sources = Sources::new();
    let mut diags = Diagnostics::new();
    let Ok(project) = Project::load(root, &mut sources, &mut diags) else {
        return;
    };
    if !diags.has_errors() {
        for lm in &project.modules {
            for lang in ["en", "es", "es-MX", "en-XA"] {
                let lang = lang.parse().unwrap();
                let l = localize_one(&project, lm, &lang, "letter", &sources, &mut diags);
                if !diags.has_errors() {
                    let _ = pages(&project, &l, &|n| n.into(), &sources, &mut diags);
                }
            }
        }
    }
    let _ = diags.render(&sources);
}

/// Runs the translation checker on the project's locales, as
/// `puente check` does (every finding rendered as text).
pub fn check(root: &Path) {
    let mut sources = Sources::new();
    let Ok(tree) = puente::l10n::tree::Tree::load(
        &root.join("locales"),
        root,
        "en",
        puente::l10n::tree::Bundles::Puente,
        &mut sources,
    ) else {
        return;
    };
    let findings = puente::l10n::check::check(&tree, &sources, &[]);
    let mut diags = Diagnostics::new();
    for f in findings {
        diags.push(f.diag);
    }
    let _ = diags.render(&sources);
}

/// Loads a plan against the basic project, schedules it and builds the
/// packet model, as `puente packet` does before rendering.
pub fn plan(root: &Path) {
    let mut sources = Sources::new();
    let mut diags = Diagnostics::new();
    let Ok(project) = Project::load(root, &mut sources, &mut diags) else {
        return;
    };
    if let Ok(Some(lp)) = puente::packet::plan::load(&root.join("plans/two-days.yaml"), &project, &mut sources, &mut diags) {
        if !diags.has_errors() {
            let days = puente::packet::schedule::schedule(&lp.plan, &project);
            let runs: Vec<_> = lp
                .plan
                .days
                .iter()
                .flat_map(|d| &d.items)
                .filter_map(|i| {
                    let m = project.module(i.module.as_deref()?)?;
                    Some(puente::packet::schedule::apply(i, &m.module))
                })
                .collect();
            let _ = puente::packet::model::material_totals(&lp.plan, &runs);
            let _ = days.iter().map(|d| d.end()).sum::<u32>();
        }
    }
    let _ = diags.render(&sources);
}
