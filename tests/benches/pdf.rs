//! PDF benchmark: renders the shipped modules' facilitator guide in the
//! process, cold (first document, fonts and Typst caches empty) and warm,
//! and writes the guide's template and data to `target/bench-typst/` so
//! the same document can be compiled by the `typst` CLI or the `typst`
//! Python package for comparison (see BENCHMARKS.md).
//!
//! Run: `cargo bench --bench pdf`

use std::path::Path;
use std::time::Instant;

use puente::diag::Diagnostics;
use puente::pipeline::docs::{localize_one, ModuleDocs};
use puente::pipeline::pdf::requests_for;
use puente::project::Project;
use puente::render::pdf::{render, PdfJob, Typst};
use puente::source::Sources;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut sources = Sources::new();
    let mut diags = Diagnostics::new();
    let t0 = Instant::now();
    let project = Project::load(root, &mut sources, &mut diags).expect("the shipped project loads");
    let lm = project
        .module("rights-at-borders")
        .expect("shipped module")
        .clone();
    let lang = "es".parse().unwrap();
    let localized: ModuleDocs = localize_one(&project, &lm, &lang, "letter", &sources, &mut diags);
    let jobs = requests_for(&lm.module, &[&localized], "letter", false, None, &|f| {
        f.into()
    });
    let load_ms = t0.elapsed().as_secs_f64() * 1000.0;
    assert!(!diags.has_errors());

    let t = Instant::now();
    let typst = Typst::new();
    let fonts_ms = t.elapsed().as_secs_f64() * 1000.0;

    let guide = &jobs[0];
    let job = PdfJob {
        main: guide.main,
        data: guide.data.clone(),
        ident: "bench".into(),
        timestamp: guide.timestamp,
        name: "guide.pdf",
        accessible: true,
    };
    let t = Instant::now();
    let first = render(&typst, &project.templates, &job, &sources, &mut diags).expect("renders");
    let cold_ms = t.elapsed().as_secs_f64() * 1000.0;

    let mut warm = Vec::new();
    for _ in 0..10 {
        let t = Instant::now();
        render(&typst, &project.templates, &job, &sources, &mut diags).expect("renders");
        warm.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    // Warm but with the memoisation cache emptied: what a new document
    // costs once fonts are loaded.
    let mut evicted = Vec::new();
    for _ in 0..10 {
        typst::comemo::evict(0);
        let t = Instant::now();
        render(&typst, &project.templates, &job, &sources, &mut diags).expect("renders");
        evicted.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(|a, b| a.partial_cmp(b).unwrap());
        v[v.len() / 2]
    };
    println!("project load + localize (es): {load_ms:.1} ms");
    println!("embedded fonts: {fonts_ms:.1} ms");
    println!(
        "facilitator guide, es, {} pages, first in process: {cold_ms:.1} ms",
        first.pages
    );
    println!(
        "same guide again (warm, median of 10): {:.1} ms",
        median(&mut warm)
    );
    println!(
        "same guide, cache evicted (median of 10): {:.1} ms",
        median(&mut evicted)
    );

    // The same template and data, for the typst CLI comparison.
    let dir = root.join("target/bench-typst");
    std::fs::create_dir_all(&dir).unwrap();
    for t in &project.templates {
        if t.name.ends_with(".typ") {
            std::fs::write(dir.join(t.name), &sources.get(t.file).text).unwrap();
        }
    }
    std::fs::write(dir.join("data.json"), &guide.data).unwrap();
    println!("wrote {} (templates + data.json)", dir.display());
}
