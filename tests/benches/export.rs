//! Benchmark (not a timed test): every DOCX and ODT of the shipped modules
//! in English and Spanish, the whole `puente` process, 10 runs after one
//! warm-up. Figures are recorded in BENCHMARKS.md.
//!
//! ```sh
//! cargo bench --bench export                 # release build
//! cargo bench --bench export --profile dev   # the dev build (no release compile)
//! ```

use std::process::Command;
use std::time::Instant;

fn main() {
    let root = env!("CARGO_MANIFEST_DIR");
    let out = tempfile::tempdir().unwrap();
    let run = || {
        let t = Instant::now();
        let status = Command::new(env!("CARGO_BIN_EXE_puente"))
            .args(["--root", root, "build", "--lang", "en", "--lang", "es"])
            .args(["--format", "docx,odt", "--out"])
            .arg(out.path())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .env_remove("SOURCE_DATE_EPOCH")
            .status()
            .expect("running puente");
        assert!(status.success());
        t.elapsed().as_secs_f64() * 1000.0
    };
    run();
    let mut times: Vec<f64> = (0..10).map(|_| run()).collect();
    times.sort_by(|a, b| a.total_cmp(b));
    let files = walk(out.path());
    println!(
        "export: {files} DOCX and ODT files; median {:.0} ms, min {:.0} ms, max {:.0} ms (budget 1500 ms)",
        (times[4] + times[5]) / 2.0,
        times[0],
        times[9]
    );
}

fn walk(dir: &std::path::Path) -> usize {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| {
            let p = e.path();
            if p.is_dir() {
                walk(&p)
            } else {
                usize::from(matches!(
                    p.extension().and_then(|x| x.to_str()),
                    Some("docx" | "odt")
                ))
            }
        })
        .sum()
}
