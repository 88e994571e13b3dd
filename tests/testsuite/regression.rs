//! Regression tests, each named after the bug it guards (ripgrep's habit).
//! The bugs are from the December 2026 translation-platforms report
//! (issue 12).

use std::io::Read;
use std::process::{Command, Stdio};

use crate::support::Project;

/// `puente status --json | head` panicked with exit code 101. A closed pipe
/// now ends the command quietly, as ripgrep does.
#[test]
fn r12_a_closed_pipe_does_not_panic() {
    let p = Project::shipped();
    // A synced locale makes `check --verbose` print far more than a pipe
    // holds, so the write after the reader has gone is certain.
    p.run(&["sync", "--lang", "ht"]).expect_code(0);
    for args in [
        &["status", "--json"][..],
        &["check", "--lang", "ht", "--verbose"][..],
        &["check", "--lang", "ht", "--json"][..],
    ] {
        let mut child = crate::support::english(&mut Command::new(env!("CARGO_BIN_EXE_puente")))
            .arg("--root")
            .arg(p.root())
            .args(args)
            .env("NO_COLOR", "1")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Like `head -c 1`: read one byte, then go away.
        let mut out = child.stdout.take().unwrap();
        let mut byte = [0u8; 1];
        let _ = out.read(&mut byte);
        drop(out);
        let mut stderr = String::new();
        child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut stderr)
            .unwrap();
        let status = child.wait().unwrap();
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert_ne!(status.code(), Some(101), "{args:?}: {stderr}");
    }
}

/// `build --lang fr` with no French translation wrote English documents
/// labelled `lang="fr"` and exited 0. It now stops with exit code 2 and
/// says which locales there are and how to start one.
#[test]
fn r12_build_refuses_a_language_without_translation() {
    let p = Project::shipped();
    let run = p.run(&["build", "--lang", "fr", "--out", "out"]);
    run.expect_code(2);
    assert_eq!(
        run.stderr,
        "error: there is no fr translation: the locales are en, es. Building it would print English labelled as fr; `puente sync --lang fr` starts the translation\n"
    );
    assert!(!p.exists("out"));
    // A regional variant is served by its language, and English variants
    // and pseudo-locales are made from the English.
    for lang in ["es-MX", "en-GB", "en-XA"] {
        p.run(&["build", "rights-at-borders", "--lang", lang, "--out", "out"])
            .expect_code(0);
    }
}

/// The same for a packet whose plan asks for a language without translation.
#[test]
fn r12_packet_refuses_a_language_without_translation() {
    let p = Project::shipped();
    let plan = std::fs::read_dir(p.path("plans"))
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|x| x.extension().is_some_and(|e| e == "yaml"))
        .expect("a shipped plan");
    let rel = format!("plans/{}", plan.file_name().unwrap().to_string_lossy());
    let text = p.read(&rel);
    let (head, _) = text
        .split_once("languages:")
        .expect("the plan names its languages");
    let rest = &text[head.len()..];
    let line_end = rest.find('\n').unwrap();
    let mut langs_block_end = line_end;
    // Replace the languages list (inline or as a block) by [fr].
    for line in rest[line_end + 1..].split_inclusive('\n') {
        if line.trim_start().starts_with("- ") && line.starts_with(' ') {
            langs_block_end += line.len();
        } else {
            break;
        }
    }
    let new = format!("{head}languages: [fr]{}", &rest[langs_block_end..]);
    p.write(&rel, &new);
    let run = p.run(&["packet", &rel, "--out", "out"]);
    run.expect_code(2);
    run.stderr_has(&["there is no fr translation", "`puente sync --lang fr`"]);
}
