//! `puente packet`: one plan file in, a complete printable packet out.

use std::path::Path;

use crate::cli::{Format, PacketArgs};
use crate::diag::Diagnostics;
use crate::output::Staging;
use crate::pipeline::packet::{packet, PacketRequest};
use crate::workspace::Workspace;

pub fn run(root: &Path, args: &PacketArgs, env: &super::Env) -> Result<i32, crate::Fatal> {
    let mut ws = Workspace::load(root)?;
    let mut diags = ws.copy_diags();
    let loaded = ws.load_plan(&args.plan, &mut diags)?;
    if let Some(lp) = &loaded {
        for lang in lp.plan.languages.iter().filter_map(|l| l.parse().ok()) {
            crate::l10n::locale_has_translation(&ws.project.locales, &lang)
                .map_err(|e| crate::Fatal::Usage(e.to_string()))?;
        }
    }
    let req = PacketRequest {
        html: args.format.contains(&Format::Html),
        pdf: args.format.contains(&Format::Pdf),
        editable: crate::pipeline::editable::Editable {
            docx: args.format.contains(&Format::Docx),
            odt: args.format.contains(&Format::Odt),
        },
        large_print: args.large_print,
        options: env.options(),
    };
    let mut staging = Staging::new(&args.out, env.fail_after_writes)?;
    let name = match loaded {
        Some(lp) if !diags.has_errors() => packet(
            &ws,
            &lp,
            &req,
            &super::TermProgress::new(),
            &mut staging,
            &mut diags,
        )?,
        _ => None,
    };
    print_and_publish(&ws, &diags, name, staging, args)
}

fn print_and_publish(
    ws: &Workspace,
    diags: &Diagnostics,
    name: Option<String>,
    staging: Staging,
    args: &PacketArgs,
) -> Result<i32, crate::Fatal> {
    diags.print(&ws.sources);
    let Some(name) = name.filter(|_| !diags.has_errors()) else {
        eprintln!("{}", crate::msg!("packet-nothing-written"));
        return Ok(1);
    };
    let files = staging.replace_dir(&name, args.zip)?;
    println!(
        "{}",
        crate::msg!(
            "packet-wrote",
            path = &args.out.join(&name),
            count = files.len()
        )
    );
    if args.zip {
        println!(
            "{}",
            crate::msg!("build-wrote", path = &args.out.join(format!("{name}.zip")))
        );
    }
    Ok(0)
}
