//! `puente list`: modules, durations and translation coverage.

use std::fmt::Write;

use crate::diag::Diagnostics;
use crate::ids;
use crate::project::Project;
use crate::source::Sources;

pub fn run(root: &std::path::Path) -> Result<i32, crate::Fatal> {
    let mut sources = Sources::new();
    let mut diags = Diagnostics::new();
    let project = Project::load(root, &mut sources, &mut diags)?;
    let source = crate::l10n::source_locale();
    let mut out = String::new();
    let locales = project.locales.locales();
    for lm in &project.modules {
        let m = &lm.module;
        let l10n = crate::l10n::Localizer::new(
            &project.locales,
            &source,
            Some(&m.id),
            None,
            &mut Diagnostics::new(),
        );
        let title = if l10n.has(&ids::module_title()) {
            l10n.msg(&ids::module_title())
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "{}  {}  ({}, {} activities)",
            m.id,
            title,
            crate::localize::duration(&l10n, m.total_minutes),
            m.agenda.len()
        );
        for lang in &locales {
            let (done, total) = project.coverage(&m.id, lang);
            let pct = (done * 100).checked_div(total).unwrap_or(100);
            let _ = writeln!(
                out,
                "    {:<8} {:>3}%  {done}/{total} messages",
                lang.to_string(),
                pct
            );
        }
    }
    print!("{out}");
    if !diags.is_empty() {
        diags.print(&sources);
    }
    Ok(if diags.has_errors() { 1 } else { 0 })
}
