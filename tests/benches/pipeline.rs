//! Benchmark (not a timed test) of the whole pipeline at scale, on
//! generated projects: N copies of the shipped modules (renamed) in L
//! languages (copies of the Spanish text under other tags).
//!
//! ```sh
//! cargo bench --bench pipeline                 # every scenario below
//! cargo bench --bench pipeline -- pdf-100x2    # one of them
//! cargo bench --bench pipeline -- check-100x10 check-15x10 html-100x10
//! PUENTE_BENCH_KEEP=/tmp/gen cargo bench --bench pipeline   # keep the projects
//! PUENTE_BENCH_OUT=/dev/shm cargo bench --bench pipeline -- html-100x10   # HTML into a tmpfs
//! ```
//!
//! Each scenario runs the release `puente` binary as a separate process and
//! reads the kernel's account of it (`wait4`): wall time, CPU time (so the
//! cores kept busy = CPU / wall) and peak resident memory. Figures are
//! recorded in BENCHMARKS.md.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

const LANGS: [&str; 10] = ["en", "es", "fr", "pt", "ht", "de", "it", "ca", "gl", "nl"];

/// Writes a project of `modules` modules in `langs` languages under `dir`.
fn generate(dir: &Path, modules: usize, langs: usize) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let shipped: Vec<String> = std::fs::read_dir(root.join("curricula"))
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.path().join("module.yaml").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    let _ = std::fs::remove_dir_all(dir);
    for lang in LANGS.iter().take(langs) {
        let from = if *lang == "en" { "en" } else { "es" };
        let out = dir.join("locales").join(lang);
        std::fs::create_dir_all(&out).unwrap();
        std::fs::copy(
            root.join("locales").join(from).join("common.ftl"),
            out.join("common.ftl"),
        )
        .unwrap();
        for i in 0..modules {
            let base = &shipped[i % shipped.len()];
            std::fs::copy(
                root.join("locales").join(from).join(format!("{base}.ftl")),
                out.join(format!("{base}-{i}.ftl")),
            )
            .unwrap();
        }
    }
    for i in 0..modules {
        let base = &shipped[i % shipped.len()];
        let yaml = std::fs::read_to_string(root.join("curricula").join(base).join("module.yaml"))
            .unwrap()
            .replacen(&format!("id: {base}\n"), &format!("id: {base}-{i}\n"), 1);
        let d = dir.join("curricula").join(format!("{base}-{i}"));
        std::fs::create_dir_all(&d).unwrap();
        std::fs::write(d.join("module.yaml"), yaml).unwrap();
    }
}

struct Measured {
    wall: f64,
    cpu: f64,
    peak_mib: f64,
}

/// Runs the binary and reads its rusage.
#[allow(clippy::zombie_processes)] // reaped by wait4 below
fn run(args: &[&str]) -> Measured {
    let t = Instant::now();
    let child = Command::new(env!("CARGO_BIN_EXE_puente"))
        .args(args)
        .env_remove("SOURCE_DATE_EPOCH")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("puente runs");
    let mut status = 0;
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `child` is our own child process; wait4 fills `usage`.
    let pid = unsafe { libc::wait4(child.id() as i32, &mut status, 0, &mut usage) };
    assert_eq!(pid, child.id() as i32);
    let wall = t.elapsed().as_secs_f64();
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) <= 1,
        "puente {args:?} failed: {status}"
    );
    let tv = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    Measured {
        wall,
        cpu: tv(usage.ru_utime) + tv(usage.ru_stime),
        peak_mib: usage.ru_maxrss as f64 / 1024.0,
    }
}

/// Messages and terms in the project's `.ftl` files (lines that start an
/// entry).
fn count_messages(dir: &Path) -> usize {
    let mut n = 0;
    for lang in std::fs::read_dir(dir.join("locales")).unwrap().flatten() {
        for f in std::fs::read_dir(lang.path()).unwrap().flatten() {
            if f.path().extension().is_some_and(|x| x == "ftl") {
                let text = std::fs::read_to_string(f.path()).unwrap();
                n += text
                    .lines()
                    .filter(|l| {
                        l.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-')
                            && l.contains(" =")
                    })
                    .count();
            }
        }
    }
    n
}

fn count_pdfs(dir: &Path) -> usize {
    let mut n = 0;
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "pdf") {
                n += 1;
            }
        }
    }
    n
}

fn main() {
    let only: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let want = |name: &str| only.is_empty() || only.iter().any(|o| o == name);
    let keep = std::env::var_os("PUENTE_BENCH_KEEP").map(PathBuf::from);
    let tmp = tempfile::tempdir().unwrap();
    let base = keep.clone().unwrap_or_else(|| tmp.path().to_path_buf());
    let project = |m: usize, l: usize| {
        let d = base.join(format!("gen-{m}x{l}"));
        if !d.join("curricula").is_dir() {
            generate(&d, m, l);
        }
        d
    };
    let langs2 = ["--lang", "en", "--lang", "es"];

    let mut per_pdf = Vec::new();
    for m in [10, 100] {
        let name = format!("pdf-{m}x2");
        if !want(&name) {
            continue;
        }
        let d = project(m, 2);
        let out = base.join(format!("out-{name}"));
        let _ = std::fs::remove_dir_all(&out);
        let root = d.to_string_lossy().into_owned();
        let outs = out.to_string_lossy().into_owned();
        let mut args = vec!["--root", &root, "build", "--format", "pdf", "--out", &outs];
        args.extend(langs2);
        let r = run(&args);
        let pdfs = count_pdfs(&out);
        let ms = r.wall * 1000.0 / pdfs.max(1) as f64;
        per_pdf.push(ms);
        println!(
            "{name}: {pdfs} PDFs in {:.2} s ({ms:.1} ms per PDF), cores busy {:.2}, peak memory {:.0} MiB",
            r.wall,
            r.cpu / r.wall,
            r.peak_mib
        );
    }
    if per_pdf.len() == 2 {
        println!(
            "time per PDF, 100 modules vs 10: {:.2}x",
            per_pdf[1] / per_pdf[0]
        );
    }
    // `check` on 100 modules, and on 15: the issue's 100-module corpus had
    // 68k messages, what 15 of today's larger modules make.
    for m in [100, 15] {
        let name = format!("check-{m}x10");
        if !want(&name) {
            continue;
        }
        let d = project(m, 10);
        let root = d.to_string_lossy().into_owned();
        let mut best = f64::MAX;
        for _ in 0..3 {
            best = best.min(run(&["--root", &root, "check"]).wall);
        }
        println!(
            "{name}: {:.3} s (best of 3), {} messages",
            best,
            count_messages(&d)
        );
    }
    if want("html-100x10") {
        let d = project(100, 10);
        let root = d.to_string_lossy().into_owned();
        // Five builds into a folder that does not exist yet (a first
        // build), then one over the last of them (a rebuild, which also
        // replaces 8,330 files). The output folders are removed only at
        // the end: on a file system without a journal, ext4 skips inodes
        // freed in the last seconds when it makes files, and removing a
        // folder of 8,330 files just before a run makes that run pay for it.
        // PUENTE_BENCH_OUT puts them elsewhere (a tmpfs such as /dev/shm,
        // to leave the disk out of the figure).
        let out_base = std::env::var_os("PUENTE_BENCH_OUT")
            .map(PathBuf::from)
            .unwrap_or_else(|| base.clone());
        let outs: Vec<String> = (0..5)
            .map(|i| {
                out_base
                    .join(format!("out-html-{i}"))
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        for o in &outs {
            let _ = std::fs::remove_dir_all(o);
        }
        let args = |out: &str| -> Vec<String> {
            let mut a: Vec<String> = [
                "--root",
                root.as_str(),
                "build",
                "--format",
                "html",
                "--out",
                out,
            ]
            .iter()
            .map(|s| s.to_string())
            .collect();
            for l in LANGS {
                a.extend(["--lang".to_string(), l.to_string()]);
            }
            a
        };
        let mut fresh: Vec<Measured> = Vec::new();
        for o in &outs {
            let a = args(o);
            fresh.push(run(&a.iter().map(String::as_str).collect::<Vec<_>>()));
        }
        let a = args(&outs[4]);
        let again = run(&a.iter().map(String::as_str).collect::<Vec<_>>());
        for o in &outs {
            let _ = std::fs::remove_dir_all(o);
        }
        let mut walls: Vec<f64> = fresh.iter().map(|r| r.wall).collect();
        walls.sort_by(f64::total_cmp);
        let mut cpus: Vec<f64> = fresh.iter().map(|r| r.cpu).collect();
        cpus.sort_by(f64::total_cmp);
        let peak = fresh.iter().map(|r| r.peak_mib).fold(0.0, f64::max);
        println!(
            "html-100x10: into a new folder {:.3} s median of 5 (min {:.3}, max {:.3}), CPU median {:.2} s, peak memory {:.0} MiB; over the last one {:.3} s",
            walls[2], walls[0], walls[4], cpus[2], peak, again.wall
        );
    }
}
