//! Bad input: every problem is located (`path:line:col`), explained in a
//! plain sentence, all of them are reported in one run, the exit code is 1,
//! and nothing is written.

use crate::support::{Project, Run};

const MODULE: &str = "curricula/sample/module.yaml";
const ES: &str = "locales/es/sample.ftl";

/// Builds into `out/` and checks the contract for content errors.
#[track_caller]
fn build_fails(p: &Project) -> Run {
    let run = p.run(&["build", "--lang", "en", "--lang", "es", "--out", "out"]);
    run.expect_code(1);
    assert!(!p.exists("out"), "a failed build must write nothing");
    run.stderr_has(&["Nothing was written."]);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    run
}

#[test]
fn malformed_yaml_is_located() {
    let p = Project::fixture("basic");
    p.edit(MODULE, "steps: [pair, share]", "steps: [pair, share");
    let run = build_fails(&p);
    assert!(
        run.stderr
            .contains("error[yaml-syntax]: the YAML could not be read"),
        "{}",
        run.stderr
    );
    run.stderr_has(&["curricula/sample/module.yaml:30:"]);
}

#[test]
fn missing_key_names_its_activity() {
    let p = Project::fixture("basic");
    p.edit(MODULE, "    minutes: 30\n", "");
    let run = build_fails(&p);
    assert_eq!(
        run.stderr,
        "\
error[yaml-missing-field]: activity `stories` (item 2 of `agenda`) is missing the field `minutes`
   ┌─ curricula/sample/module.yaml:22:9
   │
22 │   - id: stories
   │         ^^^^^^^ in this item

1 error, 0 warnings
Nothing was written.
"
    );
}

#[test]
fn duplicate_key_points_at_the_second_one() {
    let p = Project::fixture("basic");
    p.edit(MODULE, "version: 0.1.0\n", "version: 0.1.0\nlicence: MIT\n");
    let run = build_fails(&p);
    assert!(
        run.stderr
            .contains("error[yaml-duplicate-key]: the key `licence` appears twice"),
        "{}",
        run.stderr
    );
    run.stderr_has(&["curricula/sample/module.yaml:4:1"]);
}

#[test]
fn unknown_field_is_a_typo_error() {
    let p = Project::fixture("basic");
    p.edit(MODULE, "    minutes: 30\n", "    minuts: 30\n");
    let run = build_fails(&p);
    run.stderr_has(&[
        "unknown field `minuts` in activity `stories` (item 2 of `agenda`); check the spelling",
    ]);
    run.stderr_has(&["curricula/sample/module.yaml:23:5"]);
}

#[test]
fn wrong_types_and_negative_minutes() {
    let p = Project::fixture("basic");
    p.edit(MODULE, "    minutes: 15\n", "    minutes: quince\n");
    let run = build_fails(&p);
    run.stderr_has(&["`minutes` in activity `welcome` (item 1 of `agenda`) must be a whole number, not the text \"quince\""]);
    run.stderr_has(&["module.yaml:11:14"]);

    let p = Project::fixture("basic");
    p.edit(MODULE, "    minutes: 15\n", "    minutes: -5\n");
    let run = build_fails(&p);
    assert!(
        run.stderr
            .contains("must be a whole number of zero or more, not a negative number"),
        "{}",
        run.stderr
    );
}

#[test]
fn tabs_as_indentation() {
    let p = Project::fixture("basic");
    p.edit(MODULE, "  - id: stories\n", "\t- id: stories\n");
    let run = build_fails(&p);
    assert!(
        run.stderr
            .contains("error[yaml-tab]: a tab is used for indentation"),
        "{}",
        run.stderr
    );
    run.stderr_has(&["module.yaml:22:1"]);
}

#[test]
fn agenda_must_add_up_to_the_stated_total() {
    let p = Project::fixture("basic");
    p.edit(MODULE, "total_minutes: 45", "total_minutes: 50");
    let run = build_fails(&p);
    assert!(
        run.stderr
            .contains("the agenda adds up to 45 minutes, but `total_minutes` says 50"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("module.yaml:5:1"));
    assert!(run.stderr.contains("= 15 + 30 = 45"));
}

#[test]
fn malformed_ftl_is_located_at_the_missing_brace() {
    let p = Project::fixture("basic");
    p.edit(
        ES,
        "activity-welcome-title = Bienvenida",
        "activity-welcome-title = { Bienvenida",
    );
    let run = build_fails(&p);
    run.stderr_has(&[
        "error[ftl-syntax]: Fluent syntax error: Expected a token starting with \"}\"",
    ]);
    run.stderr_has(&["locales/es/sample.ftl:7:38"]);
}

#[test]
fn all_problems_are_reported_in_one_run() {
    let p = Project::fixture("basic");
    p.edit(MODULE, "    minutes: 30\n", "    minuts: 30\n");
    p.edit(
        ES,
        "activity-welcome-title = Bienvenida",
        "activity-welcome-title = { Bienvenida",
    );
    p.edit(
        "locales/en/sample.ftl",
        "material-pens = Pens",
        "material-pens Pens",
    );
    let run = build_fails(&p);
    run.stderr_has(&["curricula/sample/module.yaml:23:5"]);
    run.stderr_has(&["locales/es/sample.ftl:7:38"]);
    run.stderr_has(&["locales/en/sample.ftl:"]);
    run.stderr_has(&["3 errors"]);
}

#[test]
fn a_message_missing_in_every_language_points_at_the_yaml_id() {
    let p = Project::fixture("basic");
    p.edit(MODULE, "steps: [pair, share]", "steps: [pair, share, hug]");
    let run = build_fails(&p);
    let first = "error[undefined-message]: the module `sample` needs the message `activity-stories-step-hug`, but locales/en/sample.ftl does not define it";
    run.stderr_has(&[
        first,
        "curricula/sample/module.yaml:29:26",
        "add `activity-stories-step-hug = ...` to locales/en/sample.ftl",
    ]);
    // `check` says the same, in the same words (one constructor).
    p.run(&["check"])
        .expect_code(1)
        .stdout_has(&[first, "curricula/sample/module.yaml:29:26"]);
}

#[test]
fn unknown_handout_reference() {
    let p = Project::fixture("basic");
    p.edit(MODULE, "handouts: [notes-sheet]", "handouts: [notes-shet]");
    let run = build_fails(&p);
    run.stderr_has(&[
        "`stories` refers to the handout `notes-shet`, but the module has no handout with that id",
    ]);
    assert!(run
        .stderr
        .contains("the module's handouts are: `notes-sheet`"));
}

#[test]
fn invalid_utf8_names_the_file_and_position() {
    let p = Project::fixture("basic");
    let mut bytes = p.read(ES).into_bytes();
    bytes.extend_from_slice(b"material-extra = Caf\xe9\n");
    p.write_bytes(ES, &bytes);
    let run = build_fails(&p);
    assert!(
        run.stderr
            .contains("error[invalid-utf8]: locales/es/sample.ftl is not valid UTF-8"),
        "{}",
        run.stderr
    );
    run.stderr_has(&["locales/es/sample.ftl:32:21"]);
}

#[test]
fn crlf_line_endings_are_fine() {
    let p = Project::fixture("basic");
    let es = p.read(ES).replace('\n', "\r\n");
    p.write(ES, &es);
    let yaml = p.read(MODULE).replace('\n', "\r\n");
    p.write(MODULE, &yaml);
    p.run(&["build", "--lang", "es", "--out", "out"])
        .expect_code(0);
    let html = p.read("out/sample/es/guide.html");
    assert!(!html.contains('\r'));
    assert!(html.contains("<h1>Taller de ejemplo</h1>"));
}

#[test]
fn a_byte_order_mark_is_stripped_with_a_warning() {
    let p = Project::fixture("basic");
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(p.read(ES).as_bytes());
    p.write_bytes(ES, &bytes);
    let run = p.run(&["build", "--lang", "es", "--out", "out"]);
    run.expect_code(0);
    run.stderr_has(&["warning[byte-order-mark]: locales/es/sample.ftl starts with a byte-order mark (BOM); Puente ignored it"]);
    assert!(p
        .read("out/sample/es/guide.html")
        .contains("Taller de ejemplo"));
}

#[test]
fn a_failed_build_leaves_previous_outputs_alone() {
    let p = Project::fixture("basic");
    p.run(&["build", "--lang", "es", "--out", "out"])
        .expect_code(0);
    let before = p.read("out/sample/es/guide.html");
    p.edit(
        ES,
        "activity-welcome-title = Bienvenida",
        "activity-welcome-title = { Bienvenida",
    );
    p.run(&["build", "--lang", "es", "--out", "out"])
        .expect_code(1);
    assert_eq!(p.read("out/sample/es/guide.html"), before);
}

#[test]
fn missing_locales_folder() {
    let p = Project::fixture("basic");
    std::fs::remove_dir_all(p.path("locales")).unwrap();
    let run = build_fails(&p);
    assert!(
        run.stderr
            .contains("error[no-locales]: there is no locales/ folder in"),
        "{}",
        run.stderr
    );
}

#[test]
fn not_a_project_folder_is_a_usage_error() {
    let p = Project::fixture("basic");
    let run = p.run(&["--root", "does-not-exist", "list"]);
    run.expect_code(2);
}
