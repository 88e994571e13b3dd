//! Puente's own interface in the user's language: `--ui-lang`, then
//! `LC_ALL`, `LC_MESSAGES`, `LANG`; English otherwise. Codes and JSON keys
//! never change.

use crate::support::{repo, Project};

const ES: &[(&str, &str)] = &[("LANG", "es_MX.UTF-8")];

#[test]
fn help_is_spanish_under_a_spanish_locale_and_english_under_c() {
    let p = Project::fixture("basic");
    let es = p.run_env(&["--help"], ES);
    es.expect_code(0).stdout_has(&[
        "Uso: puente [OPCIONES] <COMANDO>",
        "Comandos:",
        "Opciones:",
        "Revisar las traducciones",
        "Códigos de salida: 0 todo bien",
        "Mostrar la ayuda",
    ]);
    assert!(!es.stdout.contains("Usage:"), "{}", es.stdout);
    assert!(!es.stdout.contains("Print help"), "{}", es.stdout);

    let check = p.run_env(&["check", "--help"], ES);
    check.expect_code(0).stdout_has(&[
        "Uso: puente check [OPCIONES]",
        "Los hallazgos se agrupan por el archivo que hay que corregir",
        "Fallar (código de salida 1) también con advertencias.",
        "[predeterminado: .]",
    ]);
    assert!(!check.stdout.contains("Options:"), "{}", check.stdout);

    let build = p.run_env(&["build", "-h"], ES);
    build
        .expect_code(0)
        .stdout_has(&["Argumentos:", "[valores posibles: html, pdf, docx, odt]"]);

    // `LANG=C` (what the test harness sets anyway) stays English.
    let en = p.run_env(&["check", "--help"], &[("LANG", "C")]);
    en.expect_code(0).stdout_has(&[
        "Usage: puente check [OPTIONS]",
        "Options:",
        "Fail (exit code 1) on warnings too.",
    ]);
    // LC_ALL wins over LANG, LC_MESSAGES over LANG.
    p.run_env(&["--help"], &[("LC_ALL", "C"), ("LANG", "es_MX.UTF-8")])
        .stdout_has(&["Usage:"]);
    p.run_env(
        &["--help"],
        &[("LC_MESSAGES", "es_ES.UTF-8"), ("LANG", "C")],
    )
    .stdout_has(&["Uso:"]);
    // A language Puente does not speak is English.
    p.run_env(&["--help"], &[("LANG", "fr_FR.UTF-8")])
        .stdout_has(&["Usage:"]);
}

#[test]
fn a_broken_spanish_file_is_reported_in_spanish() {
    let p = Project::fixture("basic");
    let common = "locales/es/common.ftl";
    let text = p.read(common);
    p.write(common, &format!("{text}\nroto = {{ $nombre\n"));
    let r = p.run_env(&["check", "--lang", "es"], ES);
    r.expect_code(1).stdout_has(&[
        "error[ftl-syntax]: Error de sintaxis de Fluent: se esperaba «}»",
        "locales/es/common.ftl:",
        "^ aquí",
        "ciérrelo con `}`",
        "total: 1 error, 0 advertencias",
    ]);
    assert!(!r.stdout.contains("Fluent syntax error"), "{}", r.stdout);

    // `--json`: the same codes and keys, the sentences in Spanish.
    let j = p.run_env(&["check", "--lang", "es", "--json"], ES);
    j.expect_code(1);
    let v: serde_json::Value = serde_json::from_str(&j.stdout).unwrap();
    let f = &v["findings"][0];
    assert_eq!(f["code"], "ftl-syntax", "{}", j.stdout);
    assert_eq!(f["severity"], "error", "{}", j.stdout);
    assert_eq!(f["message"], "Error de sintaxis de Fluent: se esperaba «}»");
    assert_eq!(f["labels"][0]["message"], "aquí");
    // And in English, the same finding in English.
    let en = p.run(&["check", "--lang", "es", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&en.stdout).unwrap();
    assert_eq!(v["findings"][0]["code"], "ftl-syntax");
    assert!(v["findings"][0]["message"]
        .as_str()
        .unwrap()
        .starts_with("Fluent syntax error"));
}

#[test]
fn the_flag_works_without_lang_and_wins_over_it() {
    let p = Project::fixture("basic");
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_puente"));
    cmd.env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .args(["--ui-lang", "es", "--help"]);
    let out = cmd.output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout.contains("Uso: puente"), "{stdout}");
    // After the command, and over a Spanish LANG.
    p.run_env(&["status", "--ui-lang=en", "--help"], ES)
        .stdout_has(&["Usage: puente status"]);
    // A language Puente has no catalog for is a usage error.
    p.run(&["--ui-lang", "fr", "list"])
        .expect_code(2)
        .stderr_has(&["Puente has no messages in 'fr'", "en, es"]);
}

#[test]
fn build_progress_and_results_are_in_spanish() {
    let p = Project::fixture("basic");
    let r = p.run_env(
        &["build", "--lang", "es", "--format", "pdf", "--out", "out"],
        ES,
    );
    r.expect_code(0).stderr_has(&["generado "]);
    r.stdout_has(&["escrito "]);
    assert!(!r.stderr.contains("rendered"), "{}", r.stderr);
}

#[test]
fn usage_errors_are_in_spanish_with_exit_2() {
    let p = Project::fixture("basic");
    let r = p.run_env(&["build", "--format", "word"], ES);
    r.expect_code(2).stderr_has(&[
        "error: 'word' no es un valor de --format <FORMAT>; acepta: html, pdf, docx, odt",
        "Uso: puente build [OPCIONES] [MODULE]...",
        "Para más información, pruebe '--help'.",
    ]);
    let r = p.run_env(&["chek"], ES);
    r.expect_code(2)
        .stderr_has(&["'chek' no es un comando de puente", "¿quiso decir 'check'?"]);
    let r = p.run_env(&["sync"], ES);
    r.expect_code(2)
        .stderr_has(&["este comando necesita --lang <LANG>"]);
    // Puente's own usage errors too.
    let r = p.run_env(&["sync", "--lang", "en"], ES);
    r.expect_code(2).stderr_has(&["`en` es el idioma fuente"]);
    // In English, clap's sentences are replaced by the catalog's as well.
    let r = p.run(&["build", "--format", "word"]);
    r.expect_code(2).stderr_has(&[
        "'word' is not a value of --format <FORMAT>",
        "Usage: puente build",
    ]);
}

#[test]
fn a_translator_syncs_checks_and_reviews_in_spanish() {
    let p = Project::fixture("basic");
    std::fs::remove_file(p.path("locales/es/common.ftl")).unwrap();
    let r = p.run_env(&["sync", "--lang", "es"], ES);
    r.expect_code(0).stdout_has(&[
        "locales/es/common.ftl: creado con",
        "para traducir",
        "tienen el texto fuente",
    ]);
    let r = p.run_env(&["check", "--lang", "es"], ES);
    r.stdout_has(&["todavía no están traducidos", "advertencias"]);
    let r = p.run_env(&["review", "--lang", "es", "--all"], ES);
    r.expect_code(0).stdout_has(&["como revisados"]);
}

/// The catalogs are a Fluent project like any other: every English message
/// has a Spanish one with the same variables, and nothing is left over.
#[test]
fn the_interface_catalogs_pass_their_own_strict_check() {
    let p = Project::fixture("basic");
    let i18n = repo().join("i18n");
    let r = p.run(&[
        "check",
        "--locales",
        i18n.to_str().unwrap(),
        "--source",
        "en",
        "--strict",
    ]);
    r.expect_code(0);
    assert!(r.stdout.contains("es "), "{}", r.stdout);
}

/// Every catalog id the code asks for exists in every catalog.
#[test]
fn every_id_the_code_uses_is_in_both_catalogs() {
    let mut ids = std::collections::BTreeSet::new();
    let mut stack = vec![repo().join("src")];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let path = e.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|x| x != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for (i, _) in text.match_indices("msg!(") {
                let line_start = text[..i].rfind('\n').map_or(0, |n| n + 1);
                if text[line_start..i].trim_start().starts_with("//") {
                    continue;
                }
                let rest = text[i + 5..].trim_start();
                if let Some(rest) = rest.strip_prefix('"') {
                    if let Some(end) = rest.find('"') {
                        ids.insert(rest[..end].to_string());
                    }
                }
            }
        }
    }
    assert!(ids.len() > 50, "only {} ids found", ids.len());
    for lang in ["en", "es"] {
        let mut text = String::new();
        for e in std::fs::read_dir(repo().join("i18n").join(lang))
            .unwrap()
            .flatten()
        {
            text.push_str(&std::fs::read_to_string(e.path()).unwrap());
            text.push('\n');
        }
        let missing: Vec<&String> = ids
            .iter()
            .filter(|id| !text.lines().any(|l| l.starts_with(&format!("{id} ="))))
            .collect();
        assert!(missing.is_empty(), "i18n/{lang} lacks {missing:?}");
    }
}

/// The preview's own home page and bar follow the interface language (the
/// project's `ui-serve-*` labels in that language), and its plain answers
/// too.
#[test]
fn the_preview_speaks_the_interface_language() {
    let p = Project::fixture("basic");
    let server = crate::support::Server::start_with(&p, &["--ui-lang", "es"]);
    let home = crate::serve::get_text(server.port, "/");
    assert!(home.contains("Vista previa de Puente"), "{home}");
    assert!(home.contains("lang=\"es\""), "{home}");
    let (code, body) = crate::serve::get(server.port, "/no/such/page.html");
    assert_eq!(code, 404);
    assert_eq!(String::from_utf8_lossy(&body), "no se encontró");
    // In English, the same page in English.
    let en = crate::support::Server::start(&p);
    let home = crate::serve::get_text(en.port, "/");
    assert!(home.contains("Puente preview"), "{home}");
}
