//! `puente site`: the published website, written as a whole.

use std::path::{Path, PathBuf};

use crate::cli::SiteArgs;
use crate::output::Staging;
use crate::pipeline::select::parse_langs;
use crate::site::{build, SiteRequest};
use crate::workspace::Workspace;

pub fn run(root: &Path, args: &SiteArgs, env: &super::Env) -> Result<i32, crate::Fatal> {
    let langs = parse_langs(&args.langs)?;
    if let Some(url) = &args.base_url {
        if !(url.starts_with("https://") || url.starts_with("http://")) {
            return Err(crate::Fatal::Usage(
                crate::msg!("site-bad-base-url", url = url).into_string(),
            ));
        }
    }
    let Some(name) = args
        .out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
    else {
        return Err(crate::Fatal::Usage(
            crate::msg!("site-out-not-a-folder", path = &args.out).into_string(),
        ));
    };
    let parent = match args.out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut ws = Workspace::load(root)?;
    let plans = ws.load_plans()?;
    // The record of the PDFs in the current site, beside it (see
    // `pipeline::pdf::Reuse`).
    let record = parent.join(format!(".{name}.puente-pdfs.json"));
    let reuse = std::sync::Arc::new(crate::pipeline::pdf::Reuse::load(
        &record,
        &args.out,
        env.build_id,
    ));
    let req = SiteRequest {
        langs,
        base_url: args.base_url.clone(),
        options: env.options(),
        reuse: Some(reuse.clone()),
        plans,
    };
    let mut staging = Staging::new(&parent, env.fail_after_writes)?;
    let diags = build(&ws, &req, &super::TermProgress::new(), &mut staging)?;
    diags.print(&ws.sources);
    if diags.has_errors() {
        eprintln!("{}", crate::msg!("site-nothing-written", path = &args.out));
        return Ok(1);
    }
    let files = staging.replace_dir(&name, false)?;
    // Only once the new site is in place: a record never describes files
    // that are not there. It only saves time later, so a record that cannot
    // be written costs nothing but that.
    let _ = crate::output::write_atomic(&record, &reuse.record());
    println!(
        "{}",
        crate::msg!(
            "site-wrote",
            count = files.len(),
            path = &args.out,
            index = &args.out.join("index.html")
        )
    );
    Ok(0)
}
