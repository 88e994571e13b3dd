//! Benchmark (not a timed test): `puente check` on a generated Fluent
//! project of 600 files and 13,200 messages across 5 locales.
//!
//! ```sh
//! cargo bench --bench check
//! PUENTE_BENCH_KEEP=/tmp/corpus cargo bench --bench check   # keep the corpus
//! ```
//!
//! It times the release binary, as a user runs it:
//! `puente check --locales <dir> --source en` and `puente check --config
//! <dir>/l10n.toml`, and, in the same run, compare-locales on the same files
//! when it is found: `$PUENTE_COMPARE_LOCALES`, the interop environment
//! (`tests/interop/setup.sh` makes it, in `target/interop-venv`), or the
//! PATH. With `PUENTE_BENCH_TREE=DIR` (a folder with an `l10n.toml`, such as
//! Thunderbird's tree) it also times both tools there and prints the counts
//! each finds. Figures are recorded in BENCHMARKS.md.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

#[allow(dead_code)] // each bench uses part of it
mod common;
use common::*;

const LOCALES: [&str; 5] = ["en", "es", "fr", "pt-BR", "ht"];
const FILES_PER_LOCALE: usize = 120;
const MESSAGES_PER_FILE: usize = 22;

/// The entries of a source file: plain messages, messages with variables,
/// a plural select, attributes, a multi-line value and a term.
fn source_entries(f: usize) -> Vec<String> {
    let mut out = vec![format!("-brand-{f} = Puente")];
    for m in 0..MESSAGES_PER_FILE - 1 {
        out.push(match m % 6 {
            0 => format!("msg-{f}-{m} = The facilitator opens the circle and welcomes every participant to the workshop."),
            1 => format!("# Variables: $name (string)\nmsg-{f}-{m} = Welcome, {{ $name }}, to {{ -brand-{f} }}."),
            2 => format!("msg-{f}-{m} = {{ $count ->\n    [one] {{ $count }} participant in the group\n   *[other] {{ $count }} participants in the group\n}}"),
            3 => format!("msg-{f}-{m} = Save\n    .title = Save the plan\n    .accesskey = S"),
            4 => format!("msg-{f}-{m} =\n    A longer paragraph that runs over\n    several lines, as module text does."),
            _ => format!("msg-{f}-{m} = {{ $hours }} h {{ $minutes }} min"),
        });
    }
    out
}

fn source_file(f: usize) -> String {
    format!(
        "### Generated file {f}\n\n## Section\n\n{}\n",
        source_entries(f).join("\n")
    )
}

/// A translation: complete but for the kinds of problems real translations
/// have, in about one message in a hundred: a message missing, a variable
/// misspelt.
fn translation(f: usize, locale: usize) -> String {
    let mut out = format!("### Generated file {f}, locale {locale}\n\n");
    for (i, entry) in source_entries(f).iter().enumerate() {
        if i > 0 && (i + f + locale).is_multiple_of(97) {
            continue;
        }
        for line in entry.lines() {
            let mut l = translate_line(line);
            if (i + f * 7 + locale).is_multiple_of(131) {
                l = l.replace("$name", "$nmae");
            }
            out.push_str(&l);
            out.push('\n');
        }
    }
    out
}

/// Changes the text of a line (not ids, keys or placeables), as a
/// translation would: accented vowels stand in for another language.
fn translate_line(line: &str) -> String {
    if line.starts_with('#') || line.trim().is_empty() || line.trim() == "}" {
        return line.to_string();
    }
    // Where the text starts: after `id = `, `.attr = ` or a variant key.
    let start = if let Some(i) = line.find(" = ") {
        i + 3
    } else if let Some(i) = line.find("] ") {
        i + 2
    } else {
        0
    };
    let (head, text) = line.split_at(start);
    let mut out = head.to_string();
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ => {}
        }
        out.push(match (depth, c) {
            (0, 'a') => 'á',
            (0, 'e') => 'é',
            (0, 'o') => 'ó',
            (0, 'i') => 'í',
            (0, 'h') => 'ħ',
            (0, 'S') => 'Ş',
            _ => c,
        });
    }
    out
}

fn generate(dir: &Path) -> usize {
    let mut messages = 0;
    for (li, lang) in LOCALES.iter().enumerate() {
        for f in 0..FILES_PER_LOCALE {
            let rel = format!("{lang}/area-{}/part-{f}.ftl", f % 8);
            let text = if li == 0 {
                source_file(f)
            } else {
                translation(f, li)
            };
            messages += text
                .lines()
                .filter(|l| l.starts_with("msg-") || l.starts_with("-brand"))
                .count();
            let path = dir.join(rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
    }
    std::fs::write(
        dir.join("l10n.toml"),
        "basepath = \".\"\nlocales = [\"es\", \"fr\", \"pt-BR\", \"ht\"]\n\n[[paths]]\n    reference = \"en/**\"\n    l10n = \"{locale}/**\"\n",
    )
    .unwrap();
    messages
}

fn main() {
    // `cargo test --benches` runs bench targets with `--bench` absent; only
    // do the work when asked to benchmark.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let dir = match std::env::var_os("PUENTE_BENCH_KEEP") {
        Some(d) => std::path::PathBuf::from(d),
        None => tmp.path().to_path_buf(),
    };
    let messages = generate(&dir);
    let files = LOCALES.len() * FILES_PER_LOCALE;
    println!(
        "corpus: {files} files, {messages} messages, {} locales, in {}",
        LOCALES.len(),
        dir.display()
    );
    let bin = env!("CARGO_BIN_EXE_puente");
    // Warm the file cache, and show what check finds.
    let out = Command::new(bin)
        .args(["check", "--locales"])
        .arg(&dir)
        .args(["--source", "en", "--json"])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    println!(
        "puente check finds {} errors and {} warnings",
        json["errors"], json["warnings"]
    );
    let times = time(20, || {
        let mut c = Command::new(bin);
        c.args(["check", "--locales"])
            .arg(&dir)
            .args(["--source", "en"]);
        c
    });
    report("puente check --locales DIR --source en", &times);

    let config = time(20, || {
        let mut c = Command::new(bin);
        c.current_dir(&dir).args(["check", "--config", "l10n.toml"]);
        c
    });
    report("puente check --config l10n.toml", &config);

    let Some(cl) = compare_locales() else {
        println!("compare-locales not found; skipped (tests/interop/setup.sh makes it)");
        return;
    };
    let cl_times = time(3, || {
        let mut c = Command::new(&cl);
        c.arg(dir.join("l10n.toml"))
            .arg(&dir)
            .args(["es", "fr", "pt-BR", "ht"]);
        c
    });
    report("compare-locales l10n.toml DIR es fr pt-BR ht", &cl_times);
    let median = |t: &[Duration]| t[t.len() / 2].as_secs_f64();
    println!(
        "puente check --locales is {:.0}x faster than compare-locales (medians)",
        median(&cl_times) / median(&times)
    );

    if let Some(tree) = std::env::var_os("PUENTE_BENCH_TREE") {
        real_tree(bin, &cl, Path::new(&tree));
    }
}

/// compare-locales: `$PUENTE_COMPARE_LOCALES`, the interop environment, or
/// the PATH.
fn compare_locales() -> Option<std::path::PathBuf> {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    let candidates = [
        std::env::var_os("PUENTE_COMPARE_LOCALES").map(std::path::PathBuf::from),
        Some(target.join("interop-venv/bin/compare-locales")),
        Some("compare-locales".into()),
    ];
    candidates.into_iter().flatten().find(|c| {
        Command::new(c)
            .arg("--version")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    })
}

/// Both tools on a real tree with an `l10n.toml`: times and counts.
fn real_tree(bin: &str, cl: &Path, tree: &Path) {
    let text = std::fs::read_to_string(tree.join("l10n.toml")).expect("DIR/l10n.toml");
    let config: toml::Value = toml::from_str(&text).expect("a TOML file");
    let locales: Vec<String> = config["locales"]
        .as_array()
        .expect("locales")
        .iter()
        .filter_map(|l| l.as_str().map(str::to_string))
        .collect();
    println!("tree {}: locales {}", tree.display(), locales.join(" "));
    let ours = time(10, || {
        let mut c = Command::new(bin);
        c.current_dir(tree).args(["check", "--config", "l10n.toml"]);
        c
    });
    report("puente check --config l10n.toml (tree)", &ours);
    let theirs = time(3, || {
        let mut c = Command::new(cl);
        c.current_dir(tree).args(["l10n.toml", "."]).args(&locales);
        c
    });
    report("compare-locales l10n.toml . LOCALES (tree)", &theirs);
    let out = Command::new(bin)
        .current_dir(tree)
        .args(["check", "--config", "l10n.toml", "--json"])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let cl_out = Command::new(cl)
        .current_dir(tree)
        .args(["--json", "-", "l10n.toml", "."])
        .args(&locales)
        .output()
        .unwrap();
    let cl_json: serde_json::Value = serde_json::from_slice(&cl_out.stdout).unwrap();
    println!("locale: missing obsolete missing-attribute (puente / compare-locales)");
    for l in &locales {
        let mut c = (0u64, 0u64, 0u64);
        for f in json["findings"].as_array().unwrap() {
            if f["locale"] != l.as_str() {
                continue;
            }
            match f["code"].as_str().unwrap_or("") {
                "missing-message" => c.0 += 1,
                "missing-file" => {
                    c.0 += f["message"]
                        .as_str()
                        .and_then(|m| m.split("its ").nth(1))
                        .and_then(|r| r.split(' ').next())
                        .and_then(|n| n.parse::<u64>().ok())
                        .unwrap_or(0)
                }
                "obsolete-message" => c.1 += 1,
                "missing-attribute" => c.2 += 1,
                _ => {}
            }
        }
        let s = &cl_json[0]["summary"][l.as_str()];
        println!(
            "{l}: {} {} {} / {} {} {}",
            c.0, c.1, c.2, s["missing"], s["obsolete"], s["errors"]
        );
    }
}
