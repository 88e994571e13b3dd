//! Bad input of every kind gets a clear, located error and a clean exit:
//! no panic, no stack overflow, no hang, no partial output. Each case shows
//! its message, its location and its exit code.

use crate::support::{Project, Run};

const ES: &str = "locales/es/sample.ftl";
const MODULE: &str = "curricula/sample/module.yaml";

#[track_caller]
fn fails(p: &Project, code: i32) -> Run {
    let run = p.run(&[
        "build", "--lang", "es", "--format", "html,pdf", "--out", "out",
    ]);
    run.expect_code(code);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    assert!(!p.exists("out"), "nothing may be written");
    run
}

#[track_caller]
fn has(run: &Run, lines: &[&str]) {
    run.stderr_has(lines);
}

fn with_es_entry(entry: &str) -> Project {
    let p = Project::fixture("basic");
    let es = p.read(ES) + entry;
    p.write(ES, &es);
    p
}

// --- Fluent files -------------------------------------------------------

#[test]
fn ftl_unterminated_placeable() {
    let run = fails(&with_es_entry("extra-one = { $x\n"), 1);
    has(
        &run,
        &[
            "error[ftl-syntax]: Fluent syntax error: Expected a token starting with \"}\"",
            "┌─ locales/es/sample.ftl:32:17",
            "= a `{` opens a placeable; close it with `}`",
        ],
    );
}

#[test]
fn ftl_select_without_default_variant() {
    let run = fails(
        &with_es_entry("extra-sel = { $n ->\n    [one] uno\n    [other] otros\n}\n"),
        1,
    );
    has(&run, &[
        "error[select-no-default]: Fluent syntax error: The select expression must have a default variant",
        "┌─ locales/es/sample.ftl:34:18",
        "mark one variant as the default with `*`, for example `*[other]`",
    ]);
}

#[test]
fn ftl_tab_where_spaces_are_needed() {
    let run = fails(&with_es_entry("extra-tab =\n\tvalor con tab\n"), 1);
    has(&run, &[
        "error[ftl-syntax]: Fluent syntax error: Expected a message field for \"extra-tab\"",
        "┌─ locales/es/sample.ftl:32:1",
        "= Fluent indents continuation lines with spaces, not tabs: replace the tab at the start of the line with spaces",
    ]);
}

#[test]
fn ftl_attribute_without_value() {
    let run = fails(&with_es_entry("extra-attr = valor\n    .title =\n"), 1);
    has(
        &run,
        &[
            "┌─ locales/es/sample.ftl:33:1",
            "= the attribute `.title` has no value; write one after `=`",
        ],
    );
}

#[test]
fn ftl_duplicate_ids() {
    let run = fails(&with_es_entry("module-title = Otra vez\n"), 1);
    has(
        &run,
        &[
            "error[duplicate-message]: the message `module-title` is defined more than once",
            "┌─ locales/es/sample.ftl:32:1",
            "│ ------------ first defined here",
            "│ ^^^^^^^^^^^^ defined again here",
            "= Fluent uses only the first definition; remove or rename the other one",
        ],
    );
}

#[test]
fn ftl_reference_to_an_undefined_term() {
    let p = Project::fixture("basic");
    p.edit(
        ES,
        "activity-welcome-title = Bienvenida",
        "activity-welcome-title = Bienvenida { -no-existe }",
    );
    let run = fails(&p, 1);
    has(&run, &[
        "error[message-format]: the es message `activity-welcome-title` could not be formatted: Resolver error: Unknown term: -no-existe",
        "┌─ locales/es/sample.ftl:7:39",
        "= define the term in this file or in common.ftl (`-name = ...`), or correct its name",
    ]);
}

#[test]
fn ftl_placeables_nested_thousands_deep_balanced() {
    let deep = format!("deep = {}\"x\"{}\n", "{ ".repeat(5000), " }".repeat(5000));
    let run = fails(&with_es_entry(&deep), 1);
    has(&run, &[
        "error[ftl-too-deep]: placeables are nested more than 32 deep; Puente did not read this file further",
        "= at locales/es/sample.ftl:32:72 (too deep from here, a line of 20010 bytes)",
    ]);
}

#[test]
fn ftl_placeables_nested_thousands_deep_unbalanced() {
    let deep = format!("deep = {}\n", "{ ".repeat(20_000));
    let run = fails(&with_es_entry(&deep), 1);
    has(
        &run,
        &["error[ftl-too-deep]", "locales/es/sample.ftl:32:72"],
    );
}

#[test]
fn ftl_line_of_several_megabytes_is_not_echoed() {
    let long = format!("long = {}{{ $x\n", "palabra ".repeat(400_000));
    let run = fails(&with_es_entry(&long), 1);
    has(
        &run,
        &[
            "error[ftl-syntax]: Fluent syntax error: Expected a token starting with \"}\"",
            "= at locales/es/sample.ftl:32:3200012 (here, a line of 3200011 bytes): …",
        ],
    );
    assert!(
        run.stderr.len() < 2_000,
        "the error echoed {} bytes",
        run.stderr.len()
    );
}

// --- YAML ---------------------------------------------------------------

#[test]
fn yaml_alias_bomb_fails_fast_with_bounded_memory() {
    let p = Project::fixture("basic");
    let mut bomb = String::from(
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
    for w in names.windows(2) {
        bomb.push_str(&format!(
            "{}: &{} [{}]\n",
            w[1],
            w[1],
            vec![format!("*{}", w[0]); 9].join(",")
        ));
    }
    p.write(MODULE, &bomb);
    // 9^9 strings would need tens of gigabytes; under a 2 GiB address-space
    // limit the run must still end with a located error.
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "ulimit -v 2097152; exec '{}' --root '{}' build --lang es --out '{}/out'",
            env!("CARGO_BIN_EXE_puente"),
            p.root().display(),
            p.root().display()
        ))
        .env("NO_COLOR", "1")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("curricula/sample/module.yaml:1:1"),
        "{stderr}"
    );
    assert!(!p.exists("out"));
}

// --- Project structure --------------------------------------------------

#[track_caller]
fn module_id_is_refused(bad: &str) {
    let p = Project::fixture("basic");
    p.edit(MODULE, "id: sample", &format!("id: \"{bad}\""));
    let run = fails(&p, 1);
    has(
        &run,
        &[
            &format!("error[invalid-id]: the module id `{bad}` is not a valid id"),
            "curricula/sample/module.yaml:1:",
        ],
    );
}

#[test]
fn a_module_id_with_dot_dot_cannot_escape_the_output_folder() {
    module_id_is_refused("../escape");
}

#[test]
fn an_absolute_module_id_cannot_escape_the_output_folder() {
    module_id_is_refused("/etc/passwd");
}

#[test]
fn a_module_id_with_a_slash_is_refused() {
    module_id_is_refused("a/b");
}

#[test]
fn reserved_device_names_are_refused() {
    let p = Project::fixture("basic");
    p.edit(MODULE, "  - id: notes-sheet", "  - id: con");
    p.edit(MODULE, "handouts: [notes-sheet]", "handouts: [con]");
    let run = fails(&p, 1);
    has(&run, &["error[reserved-name]: `con` is reserved for devices on some systems; it cannot be a handout id"]);
}

#[test]
fn handout_id_that_would_escape_the_output_folder() {
    let p = Project::fixture("basic");
    p.edit(MODULE, "  - id: notes-sheet", "  - id: ../../x");
    let run = fails(&p, 1);
    has(
        &run,
        &["error[invalid-id]: the handout id `../../x` is not a valid id"],
    );
}

#[test]
fn output_folder_that_cannot_be_written() {
    let p = Project::fixture("basic");
    p.write("a-file", "not a folder");
    let run = p.run(&["build", "--lang", "es", "--out", "a-file/out"]);
    run.expect_code(2);
    assert!(
        run.stderr.starts_with("error: a-file/out"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("Not a directory") || run.stderr.contains("File exists"),
        "{}",
        run.stderr
    );
}

#[test]
fn empty_project() {
    let p = Project::fixture("basic");
    std::fs::remove_dir_all(p.path("curricula/sample")).unwrap();
    let run = fails(&p, 1);
    has(&run, &["error[empty-project]: curricula holds no modules; add curricula/<module-id>/module.yaml"]);
}

#[test]
fn a_file_over_the_size_limit_is_refused_unread() {
    let p = Project::fixture("basic");
    let big = p.read(MODULE) + &format!("# {}\n", "x".repeat(5 * 1024 * 1024));
    p.write(MODULE, &big);
    let run = fails(&p, 1);
    has(
        &run,
        &[
            "error[file-too-large]: curricula/sample/module.yaml is",
            "over the limit of 4194304 bytes, so Puente did not read it",
        ],
    );
}

// --- Faults -------------------------------------------------------------

#[test]
fn an_interrupted_build_leaves_previous_outputs_intact() {
    let p = Project::fixture("basic");
    p.run(&[
        "build", "--lang", "es", "--format", "html,pdf", "--out", "out",
    ])
    .expect_code(0);
    let before: Vec<(String, Vec<u8>)> = [
        "guide.html",
        "guide.pdf",
        "handout-notes-sheet.html",
        "handout-notes-sheet.pdf",
    ]
    .iter()
    .map(|f| {
        (
            f.to_string(),
            std::fs::read(p.path(&format!("out/sample/es/{f}"))).unwrap(),
        )
    })
    .collect();
    p.edit(
        ES,
        "module-title = Taller de ejemplo",
        "module-title = Taller cambiado",
    );
    let run = p.run_env(
        &[
            "build", "--lang", "es", "--format", "html,pdf", "--out", "out",
        ],
        &[("PUENTE_TEST_FAIL_AFTER_WRITES", "2")],
    );
    run.expect_code(2);
    assert!(run.stderr.contains("simulated failure"), "{}", run.stderr);
    for (f, bytes) in before {
        assert!(
            std::fs::read(p.path(&format!("out/sample/es/{f}"))).unwrap() == bytes,
            "{f} changed"
        );
    }
    let names: Vec<String> = walk(&p.path("out"));
    assert!(
        names.iter().all(|n| !n.contains(".puente-")),
        "temporary files left behind: {names:?}"
    );
}

fn walk(dir: &std::path::Path) -> Vec<String> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let e = e.unwrap();
        out.push(e.file_name().to_string_lossy().into_owned());
        if e.file_type().unwrap().is_dir() {
            out.extend(walk(&e.path()));
        }
    }
    out
}

#[test]
fn a_broken_typst_override_is_located_and_not_replaced_by_the_default() {
    let p = Project::fixture("basic");
    p.write(
        "templates/handout.typ",
        "#import \"lib.typ\": *\n#let data = json(\"/data.json\")\n#data.docs.at(0).nope\n",
    );
    let run = fails(&p, 1);
    has(&run, &[
        "error[typst-error]: sample/es/handout-notes-sheet.pdf: dictionary does not contain key \"nope\"",
        "┌─ templates/handout.typ:3:18",
        "= this template is the project's own override; Puente does not fall back to the built-in one",
    ]);
}

// --- Security -----------------------------------------------------------

#[test]
fn plan_fields_with_markup_are_rendered_as_text() {
    let p = Project::fixture("basic");
    p.edit(
        "plans/two-days.yaml",
        "title: Two short days",
        "title: \"<script>alert(1)</script> #set page(width: 1pt) $x$\"",
    );
    p.run(&[
        "packet",
        "plans/two-days.yaml",
        "--out",
        "out",
        "--format",
        "pdf,html",
    ])
    .expect_code(0);
    let html = p.read("out/two-days/0-packet.html");
    assert!(!html.contains("<script>alert"), "unescaped");
    let pdf = crate::pdf::pdf_pages(&p.path("out/two-days/1-run-sheet.pdf")).join("");
    let flat: String = pdf.chars().filter(|c| !c.is_whitespace()).collect();
    assert!(
        flat.contains("<script>alert(1)</script>#setpage(width:1pt)$x$"),
        "{pdf}"
    );
}

/// Puente opens no network connection: run a whole build and packet with
/// `socket()` replaced by a trap (LD_PRELOAD) that aborts the process.
#[test]
#[cfg(target_os = "linux")]
fn no_socket_is_ever_created() {
    let p = Project::fixture("basic");
    let c = p.path("trap.c");
    std::fs::write(
        &c,
        "#include <stdlib.h>\n#include <unistd.h>\nint socket(int d, int t, int p) { write(2, \"SOCKET CALLED\\n\", 14); abort(); }\n",
    )
    .unwrap();
    let so = p.path("trap.so");
    let cc = std::process::Command::new("cc")
        .args(["-shared", "-fPIC", "-o"])
        .arg(&so)
        .arg(&c)
        .status();
    let Ok(status) = cc else {
        panic!("a C compiler (cc) is needed for this test; the Rust toolchain's linker setup provides one");
    };
    assert!(status.success());
    let so = so.to_string_lossy().into_owned();
    let run = p.run_env(
        &[
            "build", "--lang", "es", "--lang", "en", "--format", "html,pdf", "--out", "out",
        ],
        &[("LD_PRELOAD", &so)],
    );
    run.expect_code(0);
    assert!(!run.stderr.contains("SOCKET CALLED"));
    let run = p.run_env(
        &["packet", "plans/two-days.yaml", "--out", "out", "--zip"],
        &[("LD_PRELOAD", &so)],
    );
    run.expect_code(0);
    assert!(!run.stderr.contains("SOCKET CALLED"));
    // The trap works: a program that does open a socket is stopped by it.
    let probe = std::process::Command::new("python3")
        .args(["-c", "import socket; socket.socket()"])
        .env("LD_PRELOAD", &so)
        .output();
    if let Ok(out) = probe {
        assert!(String::from_utf8_lossy(&out.stderr).contains("SOCKET CALLED"));
    }
}
