//! Benchmark (not a timed test): what choosing the interface language costs
//! at start-up. Runs `puente --version`, `puente --help` and `puente list`
//! on the shipped project many times under `LANG=C` and
//! `LANG=es_MX.UTF-8`, and prints the median and the 90th percentile.
//!
//! ```sh
//! cargo bench --bench startup
//! PUENTE_BASELINE=/path/to/older/puente cargo bench --bench startup
//! ```
//!
//! With `PUENTE_BASELINE`, the same runs of another build (such as one from
//! before the interface catalogs) are timed alternately with this one, so
//! both see the same machine load. Figures are recorded in BENCHMARKS.md.

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const RUNS: usize = 60;

fn run(bin: &str, args: &[&str], lang: &str, root: &std::path::Path) -> Duration {
    let start = Instant::now();
    let status = Command::new(bin)
        .arg("--root")
        .arg(root)
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", lang)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("running puente");
    let t = start.elapsed();
    assert!(status.success(), "{bin} {args:?} failed");
    t
}

fn stats(mut t: Vec<Duration>) -> (f64, f64) {
    t.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    (ms(t[t.len() / 2]), ms(t[t.len() * 9 / 10]))
}

fn main() {
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let bin = env!("CARGO_BIN_EXE_puente").to_string();
    let baseline = std::env::var("PUENTE_BASELINE").ok();
    let cases: [&[&str]; 3] = [&["--version"], &["--help"], &["list"]];
    for args in cases {
        for lang in ["C", "es_MX.UTF-8"] {
            let mut this = Vec::new();
            let mut base = Vec::new();
            // Warm the file cache.
            run(&bin, args, lang, &root);
            for _ in 0..RUNS {
                this.push(run(&bin, args, lang, &root));
                if let Some(b) = &baseline {
                    base.push(run(b, args, lang, &root));
                }
            }
            let (m, p90) = stats(this);
            let shown = format!("puente {} (LANG={lang})", args.join(" "));
            if baseline.is_some() {
                let (bm, bp90) = stats(base);
                println!(
                    "{shown:<40} median {m:6.2} ms (p90 {p90:6.2})   baseline {bm:6.2} ms (p90 {bp90:6.2})   difference {:+.2} ms",
                    m - bm
                );
            } else {
                println!("{shown:<40} median {m:6.2} ms (p90 {p90:6.2})");
            }
        }
    }
}
