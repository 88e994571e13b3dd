//! `puente build` on a small fixture: what lands in the HTML.

use crate::support::Project;

#[test]
fn spanish_guide_has_spanish_title_and_lang_and_no_fluent_leftovers() {
    let p = Project::fixture("basic");
    p.run(&["build", "--lang", "es", "--out", "out"])
        .expect_code(0);
    let html = p.read("out/sample/es/guide.html");
    assert!(html.contains("<html lang=\"es\""), "no lang=es");
    assert!(html.contains("<h1>Taller de ejemplo</h1>"));
    assert!(html.contains("Guía para la persona facilitadora"));
    assert!(
        !html.contains('\u{2068}') && !html.contains('\u{2069}'),
        "isolation marks in output"
    );
    for raw in ["{ $", "{$", "[ui-", "[activity-", "ui-", "*["] {
        assert!(!html.contains(raw), "raw Fluent `{raw}` in the guide");
    }
}

#[test]
fn guide_shows_agenda_with_running_time() {
    let p = Project::fixture("basic");
    p.run(&["build", "--lang", "en", "--out", "out"])
        .expect_code(0);
    let html = p.read("out/sample/en/guide.html");
    // 15 + 30 minutes: the second activity runs 0:15–0:45.
    assert!(html.contains("0:00–0:15"));
    assert!(html.contains("0:15–0:45"));
    assert!(html.contains("45 min"));
    assert!(html.contains("Information current as of"));
    assert!(html.contains("November 1, 2026"));
}

#[test]
fn missing_spanish_message_falls_back_to_english_and_is_reported() {
    let p = Project::fixture("basic");
    p.edit(
        "locales/es/sample.ftl",
        "activity-stories-purpose = Compartir experiencias.\n",
        "",
    );
    let run = p.run(&["build", "--lang", "es", "--out", "out"]);
    run.expect_code(0);
    assert!(run.stderr.contains("warning[fallback]"), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("sample in es: 1 message is not translated yet, so en stands in"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("activity-stories-purpose"));
    let html = p.read("out/sample/es/guide.html");
    assert!(
        html.contains("Share experience."),
        "English text should stand in"
    );
    assert!(
        html.contains("<code>activity-stories-purpose</code> (en)"),
        "the guide lists the fallback"
    );
}

#[test]
fn es_mx_uses_es_without_reporting_a_fallback() {
    let p = Project::fixture("basic");
    let run = p.run(&["build", "--lang", "es-MX", "--out", "out"]);
    run.expect_code(0);
    assert!(!run.stderr.contains("fallback"), "{}", run.stderr);
    let html = p.read("out/sample/es-MX/guide.html");
    assert!(html.contains("lang=\"es-MX\""));
    assert!(html.contains("Taller de ejemplo"));
}

#[test]
fn es_mx_folder_comes_first_then_es() {
    let p = Project::fixture("basic");
    p.write(
        "locales/es-MX/sample.ftl",
        "module-title = Taller de ejemplo (México)\n",
    );
    p.run(&["build", "--lang", "es-MX", "--out", "out"])
        .expect_code(0);
    let html = p.read("out/sample/es-MX/guide.html");
    assert!(html.contains("Taller de ejemplo (México)"));
    assert!(html.contains("Bienvenida"), "the rest comes from es");
}

#[test]
fn handouts_never_contain_facilitator_notes() {
    let p = Project::fixture("basic");
    p.run(&["build", "--lang", "en", "--lang", "es", "--out", "out"])
        .expect_code(0);
    for lang in ["en", "es"] {
        let guide = p.read(&format!("out/sample/{lang}/guide.html"));
        let handout = p.read(&format!("out/sample/{lang}/handout-notes-sheet.html"));
        let marker = if lang == "en" {
            "FACILITATOR-ONLY"
        } else {
            "SOLO-FACILITACIÓN"
        };
        assert!(guide.contains(marker), "the guide shows the notes");
        assert!(
            !handout.contains(marker),
            "a facilitator note leaked into the {lang} handout"
        );
        assert!(handout.contains(if lang == "en" {
            "What did you learn?"
        } else {
            "¿Qué aprendió?"
        }));
    }
}

#[test]
fn html_in_a_translation_is_escaped() {
    let p = Project::fixture("basic");
    p.edit(
        "locales/es/sample.ftl",
        "module-title = Taller de ejemplo",
        "module-title = Taller <script>alert(1)</script> & \"más\"",
    );
    p.run(&["build", "--lang", "es", "--out", "out"])
        .expect_code(0);
    for file in ["guide.html", "handout-notes-sheet.html"] {
        let html = p.read(&format!("out/sample/es/{file}"));
        assert!(!html.contains("<script>"), "unescaped script in {file}");
        assert!(
            html.contains("&lt;script&gt;alert(1)&lt;&#x2F;script&gt;")
                || html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
            "{file}"
        );
    }
}

#[test]
fn output_is_self_contained_and_print_ready() {
    let p = Project::fixture("basic");
    p.run(&["build", "--lang", "en", "--out", "out"])
        .expect_code(0);
    let html = p.read("out/sample/en/guide.html");
    assert!(html.contains("@page { size: letter"));
    for external in ["<link", "<script", "src=\"http", "@import", "url("] {
        assert!(
            !html.contains(external),
            "external resource `{external}` in a self-contained file"
        );
    }
    p.run(&["build", "--lang", "en", "--paper", "a4", "--out", "a4"])
        .expect_code(0);
    assert!(p
        .read("a4/sample/en/guide.html")
        .contains("@page { size: A4"));
}

#[test]
fn project_templates_override_the_built_in_ones() {
    let p = Project::fixture("basic");
    p.write(
        "templates/handout.html",
        "<html lang=\"{{ meta.lang }}\"><body>CUSTOM {{ handout.title }}</body></html>",
    );
    p.run(&["build", "--lang", "es", "--out", "out"])
        .expect_code(0);
    assert_eq!(
        p.read("out/sample/es/handout-notes-sheet.html"),
        "<html lang=\"es\"><body>CUSTOM Mis notas</body></html>"
    );
    // The guide still uses the built-in template.
    assert!(p
        .read("out/sample/es/guide.html")
        .contains("Guía para la persona facilitadora"));
}

/// Templates read the labels from the model's `labels` as well as through
/// `t()` (the engine hands them over once per language, not per page).
#[test]
fn template_overrides_can_read_labels_from_the_model() {
    let p = Project::fixture("basic");
    p.write(
        "templates/handout.html",
        "{{ labels[\"ui-objectives\"] }}|{{ t(id=\"ui-handouts\") }}|{{ labels | length > 10 }}",
    );
    p.write(
        "templates/guide.html",
        "{% for k, v in labels %}{% if k == \"ui-handouts\" %}{{ v }}{% endif %}{% endfor %}",
    );
    p.run(&["build", "--lang", "es", "--out", "out"])
        .expect_code(0);
    assert_eq!(
        p.read("out/sample/es/handout-notes-sheet.html"),
        "Objetivos de aprendizaje|Hojas para participantes|true"
    );
    assert_eq!(
        p.read("out/sample/es/guide.html"),
        "Hojas para participantes"
    );
}

#[test]
fn a_broken_template_override_is_reported_and_not_replaced_by_the_default() {
    let p = Project::fixture("basic");
    p.write("templates/handout.html", "<p>\n{{ handout.title }\n</p>\n");
    let run = p.run(&["build", "--lang", "en", "--out", "out"]);
    run.expect_code(1);
    assert!(
        run.stderr.contains("templates/handout.html:2:"),
        "{}",
        run.stderr
    );
    assert!(!p.exists("out"), "nothing may be written");
}

#[test]
fn unknown_module_and_bad_language_are_usage_errors() {
    let p = Project::fixture("basic");
    let run = p.run(&["build", "nope", "--out", "out"]);
    run.expect_code(2);
    assert!(
        run.stderr
            .contains("there is no module `nope`; the modules are: sample"),
        "{}",
        run.stderr
    );
    let run = p.run(&["build", "--lang", "not a tag!", "--out", "out"]);
    run.expect_code(2);
    assert!(
        run.stderr.contains("is not a language tag"),
        "{}",
        run.stderr
    );
}

#[test]
fn list_shows_duration_and_coverage() {
    let p = Project::fixture("basic");
    p.edit(
        "locales/es/sample.ftl",
        "activity-stories-purpose = Compartir experiencias.\n",
        "",
    );
    let run = p.run(&["list"]);
    run.expect_code(0);
    assert!(
        run.stdout
            .contains("sample  Sample Workshop  (45 min, 2 activities)"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("en       100%  29/29 messages"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("es        96%  28/29 messages"),
        "{}",
        run.stdout
    );
}
