//! `puente build`: guides and handouts for modules × languages.

use std::path::Path;

use crate::cli::{BuildArgs, Format};
use crate::output::Staging;
use crate::pipeline::build::{build, BuildRequest};
use crate::pipeline::select::parse_langs;
use crate::workspace::Workspace;

pub fn run(root: &Path, args: &BuildArgs, env: &super::Env) -> Result<i32, crate::Fatal> {
    let langs = parse_langs(&args.langs)?;
    if args.bilingual && langs.len() != 2 {
        return Err(crate::Fatal::Usage(
            crate::msg!("build-bilingual-two-langs").into_string(),
        ));
    }
    let ws = Workspace::load(root)?;
    for lang in &langs {
        crate::l10n::locale_has_translation(&ws.project.locales, lang)
            .map_err(|e| crate::Fatal::Usage(e.to_string()))?;
    }
    let req = BuildRequest {
        modules: args.modules.clone(),
        langs,
        html: args.format.contains(&Format::Html),
        pdf: args.format.contains(&Format::Pdf),
        editable: crate::pipeline::editable::Editable {
            docx: args.format.contains(&Format::Docx),
            odt: args.format.contains(&Format::Odt),
        },
        paper: args.paper.as_str().to_string(),
        large_print: args.large_print,
        bilingual: args.bilingual,
        options: env.options(),
    };
    let mut staging = Staging::new(&args.out, env.fail_after_writes)?;
    let diags = build(&ws, &req, &super::TermProgress::new(), &mut staging)?;
    diags.print(&ws.sources);
    if diags.has_errors() {
        eprintln!("{}", crate::msg!("build-nothing-written"));
        return Ok(1);
    }
    // One write for all the lines: a large build writes thousands of files.
    let mut wrote = String::new();
    for p in staging.publish()? {
        wrote.push_str(&crate::msg!("build-wrote", path = &args.out.join(p)).into_string());
        wrote.push('\n');
    }
    crate::diag::stdout(&wrote)?;
    Ok(0)
}
