//! Inputs found by the fuzzers (tests/fuzz) that once made Puente crash or
//! hang, kept under tests/fixtures/fuzz-regressions/<target>/. Each is run
//! through the real binary; it must end with exit code 0 or 1 and no panic.
//! All inputs of a target are run, and every failure is listed together.

use crate::support::{repo, Project};

fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = repo().join("tests/fixtures/fuzz-regressions").join(target);
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .filter(|e| e.file_name() != "README")
                .map(|e| {
                    (
                        e.file_name().to_string_lossy().into_owned(),
                        std::fs::read(e.path()).unwrap(),
                    )
                })
                .collect()
        })
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    out.sort();
    // A renamed or emptied folder must not make these tests pass vacuously.
    assert!(!out.is_empty(), "{} holds no inputs", dir.display());
    out
}

fn check(target: &str, place: impl Fn(&Project, &[u8]), args: &[&str]) {
    let mut failures = Vec::new();
    for (name, bytes) in inputs(target) {
        let p = Project::fixture("basic");
        place(&p, &bytes);
        let run = p.run(args);
        if !(run.code == 0 || run.code == 1) || run.stderr.contains("panicked") {
            failures.push(format!(
                "{target}/{name}: exit {}\n{}",
                run.code, run.stderr
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

const BUILD: &[&str] = &["build", "--lang", "en", "--lang", "es", "--out", "out"];

#[test]
fn module_yaml_regressions() {
    check(
        "module_yaml",
        |p, b| p.write_bytes("curricula/sample/module.yaml", b),
        BUILD,
    );
}

#[test]
fn plan_regressions() {
    check(
        "plan",
        |p, b| p.write_bytes("plans/two-days.yaml", b),
        &[
            "packet",
            "plans/two-days.yaml",
            "--out",
            "out",
            "--format",
            "html",
        ],
    );
}

#[test]
fn ftl_regressions() {
    check(
        "ftl",
        |p, b| p.write_bytes("locales/es/sample.ftl", b),
        BUILD,
    );
}

#[test]
fn render_html_regressions() {
    check(
        "render_html",
        |p, b| match b.iter().position(|x| *x == 0) {
            Some(i) => {
                p.write_bytes("curricula/sample/module.yaml", &b[..i]);
                p.write_bytes("locales/en/sample.ftl", &b[i + 1..]);
            }
            None => p.write_bytes("curricula/sample/module.yaml", b),
        },
        BUILD,
    );
}
