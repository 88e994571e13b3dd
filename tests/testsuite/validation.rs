//! One test per diagnostic code that no other test provoked: each is named
//! after what the user did wrong, makes that mistake in a copy of the
//! `basic` fixture, and checks the message and the place the user sees, the
//! exit code, and (for errors) that nothing was written.

use crate::support::{Project, Run};

const MODULE: &str = "curricula/sample/module.yaml";
const PLAN: &str = "plans/two-days.yaml";

/// `build` of the English, which must fail and write nothing.
#[track_caller]
fn build_fails(p: &Project) -> Run {
    let run = p.run(&["build", "--lang", "en", "--out", "out"]);
    run.expect_code(1);
    assert!(!p.exists("out"), "a failed build must write nothing");
    run
}

/// The basic fixture with one edit of its module, built.
#[track_caller]
fn module_fails(from: &str, to: &str) -> Run {
    let p = Project::fixture("basic");
    p.edit(MODULE, from, to);
    build_fails(&p)
}

/// The basic fixture with one edit of its plan, made into a packet, which
/// must fail and write nothing.
#[track_caller]
fn plan_fails(from: &str, to: &str) -> Run {
    let p = Project::fixture("basic");
    p.edit(PLAN, from, to);
    let run = p.run(&["packet", PLAN, "--out", "out", "--format", "html"]);
    run.expect_code(1);
    assert!(
        !p.exists("out/two-days"),
        "a failed packet must write nothing"
    );
    run
}

/// Replaces, in `rel`, everything from the first `from` up to the next
/// `to` by `with` (up to the end of the file when `to` is empty).
#[track_caller]
fn cut(p: &Project, rel: &str, from: &str, to: &str, with: &str) {
    let text = p.read(rel);
    let a = text
        .find(from)
        .unwrap_or_else(|| panic!("{rel} lacks {from:?}"));
    let b = if to.is_empty() {
        text.len()
    } else {
        a + text[a..]
            .find(to)
            .unwrap_or_else(|| panic!("{rel} lacks {to:?}"))
    };
    p.write(rel, &format!("{}{with}{}", &text[..a], &text[b..]));
}

// --- Module and plan YAML -------------------------------------------------

#[test]
fn an_empty_module_file_is_refused() {
    let p = Project::fixture("basic");
    p.write(MODULE, "");
    build_fails(&p).stderr_has(&[
        "error[yaml-empty]: curricula/sample/module.yaml is empty",
        "curricula/sample/module.yaml:1:1",
    ]);
}

#[test]
fn a_method_that_does_not_exist_is_refused() {
    module_fails("method: circle", "method: dance").stderr_has(&[
        "error[yaml-unknown-value]: `dance` is not a known value for `method`",
        "curricula/sample/module.yaml:12:13",
        "= expected one of `circle`, `pairs`,",
    ]);
}

#[test]
fn a_list_where_a_number_belongs_is_refused() {
    module_fails("total_minutes: 45", "total_minutes: [45]").stderr_has(&[
        "error[yaml-wrong-type]: `total_minutes` must be a whole number (invalid type: sequence, expected u32)",
        "curricula/sample/module.yaml:5:16",
    ]);
}

#[test]
fn yaml_nested_hundreds_deep_is_refused() {
    let deep = format!("title: {}{}", "[".repeat(200), "]".repeat(200));
    plan_fails("title: Two short days", &deep).stderr_has(&[
        "error[yaml-too-deep]: the YAML is nested too deeply to be a module or plan",
        "= at plans/two-days.yaml:1:135 (here, a line of 407 bytes)",
    ]);
}

/// An activity repeated 400 times by alias, each repeating a step 200
/// times: small on disk, huge once expanded.
#[test]
fn yaml_aliases_that_expand_enormously_are_refused() {
    let p = Project::fixture("basic");
    let module = p
        .read(MODULE)
        .replace("  - id: welcome\n", "  - &act\n    id: welcome\n")
        .replace(
            "steps: [greet, agree]",
            &format!("steps: [&s greet{}]", ", *s".repeat(200)),
        )
        .replace(
            "  - id: stories\n",
            &format!("{}  - id: stories\n", "  - *act\n".repeat(400)),
        );
    p.write(MODULE, &module);
    build_fails(&p).stderr_has(&[
        "error[yaml-alias-bomb]: the YAML expands to too much data",
        "curricula/sample/module.yaml:1:1",
        "= the file uses YAML aliases (*name) to repeat content so often",
    ]);
}

// --- Modules ----------------------------------------------------------------

#[test]
fn a_module_id_other_than_its_folder_is_refused() {
    module_fails("id: sample", "id: sampler").stderr_has(&[
        "error[module-id-mismatch]: the module id `sampler` does not match its folder `sample`",
        "curricula/sample/module.yaml:1:5",
        "= rename the folder to `curricula/sampler/` or change the id to `sample`",
    ]);
}

#[test]
fn a_review_date_that_is_not_a_date_is_refused() {
    module_fails("current_as_of: 2026-11-01", "current_as_of: 2026-13-01").stderr_has(&[
        "error[invalid-date]: `current_as_of` must be a date written YYYY-MM-DD, not `2026-13-01`",
        "curricula/sample/module.yaml:4:1",
    ]);
}

#[test]
fn a_group_size_with_min_above_max_is_refused() {
    module_fails("group_size: { min: 4, max: 12 }", "group_size: { min: 12, max: 4 }")
        .stderr_has(&[
            "error[invalid-group-size]: the group size must have 1 <= min <= max, but it is min 12 and max 4",
            "curricula/sample/module.yaml:6:1",
        ]);
}

#[test]
fn a_module_without_objectives_is_refused() {
    module_fails("objectives: [listen]", "objectives: []").stderr_has(&[
        "error[no-objectives]: a module needs at least one learning objective",
        "curricula/sample/module.yaml:7:1",
    ]);
}

#[test]
fn a_module_with_an_empty_agenda_is_refused() {
    let p = Project::fixture("basic");
    cut(&p, MODULE, "agenda:\n", "handouts:\n", "agenda: []\n");
    build_fails(&p).stderr_has(&[
        "error[empty-agenda]: the agenda has no activities",
        "curricula/sample/module.yaml:9:1",
    ]);
}

#[test]
fn two_activities_with_one_id_are_refused_at_the_second() {
    module_fails("  - id: stories\n", "  - id: welcome\n").stderr_has(&[
        "error[duplicate-id]: two activities have the id `welcome`",
        "curricula/sample/module.yaml:22:9",
    ]);
}

#[test]
fn an_activity_of_zero_minutes_is_refused() {
    module_fails("minutes: 15", "minutes: 0").stderr_has(&[
        "error[invalid-minutes]: activity `welcome` lasts 0 minutes; minutes must be between 1 and 600",
        "curricula/sample/module.yaml:11:5",
    ]);
}

#[test]
fn an_activity_without_steps_is_refused() {
    module_fails("steps: [pair, share]", "steps: []").stderr_has(&[
        "error[no-steps]: activity `stories` has no steps",
        "curricula/sample/module.yaml:22:9",
    ]);
}

#[test]
fn a_material_of_quantity_zero_is_refused() {
    module_fails("quantity: 1, per: room", "quantity: 0, per: room").stderr_has(&[
        "error[invalid-quantity]: material `flipchart` in activity `welcome` has quantity 0",
        "curricula/sample/module.yaml:16:15",
    ]);
}

#[test]
fn an_agenda_that_does_not_add_up_to_its_total_is_refused() {
    module_fails("total_minutes: 45", "total_minutes: 50").stderr_has(&[
        "error[total-mismatch]: the agenda adds up to 45 minutes, but `total_minutes` says 50",
        "curricula/sample/module.yaml:5:1",
        "= 15 + 30 = 45",
    ]);
}

#[test]
fn an_energiser_that_skips_when_continuing_is_refused() {
    module_fails(
        "sources:\n  - {",
        "energisers:\n  - id: stretch\n    minutes: 5\n    method: energiser\n    grouping: whole-group\n    stage: opening\n    skip_when_continuing: true\n    steps: [move]\nsources:\n  - {",
    )
    .stderr_has(&[
        "error[skip-when-continuing]: `skip_when_continuing` applies to agenda activities, not to the energiser `stretch`",
        "curricula/sample/module.yaml:50:5",
    ]);
}

#[test]
fn a_handout_with_no_sections_is_refused() {
    let p = Project::fixture("basic");
    cut(
        &p,
        MODULE,
        "    sections:\n",
        "sources:\n  - {",
        "    sections: []\n",
    );
    build_fails(&p).stderr_has(&[
        "error[empty-handout]: handout `notes-sheet` has no sections",
        "curricula/sample/module.yaml:36:9",
    ]);
}

#[test]
fn a_handout_no_activity_hands_out_is_a_warning() {
    let p = Project::fixture("basic");
    p.edit(MODULE, "    handouts: [notes-sheet]\n", "");
    let run = p.run(&["build", "--lang", "en", "--out", "out"]);
    run.expect_code(0).stderr_has(&[
        "warning[unused-handout]: no activity uses the handout `notes-sheet`",
        "curricula/sample/module.yaml:35:9",
        "= list it under `handouts:` of the activity that hands it out",
    ]);
    assert!(p.exists("out/sample/en/handout-notes-sheet.html"));
}

#[test]
fn a_prompt_of_fifty_lines_is_refused() {
    module_fails(
        "prompts: [{ id: what, lines: 3 }]",
        "prompts: [{ id: what, lines: 50 }]",
    )
    .stderr_has(&[
        "error[invalid-lines]: prompt `what` asks for 50 writing lines; use 1 to 40",
        "curricula/sample/module.yaml:43:25",
    ]);
}

#[test]
fn a_source_url_without_its_scheme_is_refused() {
    module_fails("url: \"https://www.ohchr.org/\"", "url: \"www.ohchr.org\"").stderr_has(&[
        "error[invalid-url]: the URL of source `ohchr` must start with https:// or http://",
        "curricula/sample/module.yaml:45:36",
    ]);
}

#[test]
fn a_source_from_the_fifteenth_century_is_refused() {
    module_fails("year: 2014", "year: 1492").stderr_has(&[
        "error[invalid-year]: source `ohchr` has the year 1492",
        "curricula/sample/module.yaml:45:24",
    ]);
}

// --- Plans --------------------------------------------------------------------

#[test]
fn a_plan_file_name_with_capitals_and_a_space_is_refused_by_check() {
    let p = Project::fixture("basic");
    p.write("plans/Two Days.yaml", "title: x\n");
    let run = p.run(&["check"]);
    run.expect_code(1).stdout_has(&[
        "── plans/Two Days.yaml ──\n\nerror[plan-name]: the plan file name `Two Days` cannot name a packet folder; use lower-case letters, digits and hyphens",
    ]);
}

#[test]
fn a_plan_without_a_language_is_refused() {
    plan_fails("languages: [en]", "languages: []").stderr_has(&[
        "error[plan-languages]: a plan has one language, or two for a bilingual packet",
        "plans/two-days.yaml:2:1",
    ]);
}

#[test]
fn a_plan_language_that_is_not_a_tag_is_refused() {
    plan_fails("languages: [en]", "languages: [\"e n\"]").stderr_has(&[
        "error[plan-language]: `e n` is not a language tag (such as es, en or es-MX)",
        "plans/two-days.yaml:2:14",
    ]);
}

#[test]
fn a_plan_for_no_participants_is_refused() {
    plan_fails("participants: 12", "participants: 0").stderr_has(&[
        "error[plan-participants]: the number of participants must be between 1 and 10000, not 0",
        "plans/two-days.yaml:3:1",
    ]);
}

#[test]
fn small_groups_of_zero_are_refused() {
    plan_fails("group_size: 4", "group_size: 0").stderr_has(&[
        "error[plan-group-size]: the small-group size must be between 1 and 10000, not 0",
        "plans/two-days.yaml:4:1",
    ]);
}

#[test]
fn five_thousand_spare_copies_are_refused() {
    plan_fails("spares: 2", "spares: 5000").stderr_has(&[
        "error[plan-spares]: 5000 spare copies is too many; use at most 1000",
        "plans/two-days.yaml:5:1",
    ]);
}

#[test]
fn a_paper_size_other_than_letter_or_a4_is_refused() {
    plan_fails("spares: 2", "spares: 2\npaper: a5").stderr_has(&[
        "error[plan-paper]: paper must be `letter` or `a4`, not `a5`",
        "plans/two-days.yaml:6:1",
    ]);
}

#[test]
fn a_plan_title_message_that_is_not_an_id_is_refused() {
    plan_fails("title: Two short days", "title: { message: \"2 days\" }").stderr_has(&[
        "error[plan-title]: `2 days` is not a Fluent message id",
        "plans/two-days.yaml:1:20",
    ]);
}

#[test]
fn a_plan_with_no_days_is_refused() {
    let p = Project::fixture("basic");
    cut(&p, PLAN, "days:\n", "", "days: []\n");
    let run = p.run(&["packet", PLAN, "--out", "out", "--format", "html"]);
    run.expect_code(1).stderr_has(&[
        "error[plan-no-days]: the plan has no days",
        "plans/two-days.yaml:7:1",
    ]);
    assert!(!p.exists("out/two-days"));
}

#[test]
fn a_day_with_no_items_is_refused() {
    plan_fails(
        "    start: \"09:00\"\n    items:\n      - module: sample",
        "    start: \"09:00\"\n    items: []",
    )
    .stderr_has(&[
        "error[plan-empty-day]: the day 2026-12-06 has no items",
        "plans/two-days.yaml:15:11",
    ]);
}

#[test]
fn an_item_that_is_both_a_break_and_a_meal_is_refused() {
    plan_fails("      - break: 10", "      - break: 10\n        meal: 20").stderr_has(&[
        "error[plan-item]: each item of a day is exactly one of `module: <id>`, `break: <minutes>` or `meal: <minutes>`",
        "plans/two-days.yaml:8:11",
    ]);
}

#[test]
fn a_break_of_zero_minutes_is_refused() {
    plan_fails("      - break: 10", "      - break: 0").stderr_has(&[
        "error[plan-minutes]: a break or meal of 0 minutes; use 1 to 600",
        "plans/two-days.yaml:8:11",
    ]);
}

// --- Project and sources ------------------------------------------------------

#[test]
fn a_project_without_curricula_is_refused() {
    let p = Project::fixture("basic");
    std::fs::remove_dir_all(p.path("curricula")).unwrap();
    build_fails(&p).stderr_has(&[
        "error[no-curricula]: there is no curricula/ folder in ",
        "= a Puente project has curricula/<module-id>/module.yaml and locales/<lang>/*.ftl",
    ]);
}

#[test]
fn a_folder_in_curricula_without_a_module_file_is_a_warning() {
    let p = Project::fixture("basic");
    std::fs::create_dir_all(p.path("curricula/notes")).unwrap();
    let run = p.run(&["build", "--lang", "en", "--out", "out"]);
    run.expect_code(0).stderr_has(&[
        "warning[no-module-file]: curricula/notes has no module.yaml, so it is not a module",
    ]);
    assert!(p.exists("out/sample/en/guide.html"));
}

#[test]
fn a_project_without_english_is_refused() {
    let p = Project::fixture("basic");
    std::fs::remove_dir_all(p.path("locales/en")).unwrap();
    let run = p.run(&["build", "--lang", "es", "--out", "out"]);
    run.expect_code(1).stderr_has(&[
        "error[no-source-locale]: locales/en/ is missing: English is the source language every other language falls back to",
    ]);
    assert!(!p.exists("out"));
}

// --- Translations -----------------------------------------------------------

#[test]
fn filters_in_a_compare_locales_configuration_are_noted_as_not_applied() {
    let p = Project::fixture("check-mozilla-like");
    let config = p.read("l10n.toml");
    p.write(
        "l10n.toml",
        &format!("{config}\n[[filters]]\n    path = \"{{l}}mail/**\"\n    key = \"menu-file\"\n    action = \"ignore\"\n"),
    );
    let run = p.run(&["check", "--config", "l10n.toml"]);
    run.expect_code(1).stdout_has(&[
        "note[config-filters]: l10n.toml has [[filters]], which Puente does not apply: every finding is shown",
        // The filter would have hidden this one.
        "error[missing-attribute]: `menu-file` is missing the attribute `.accesskey`",
    ]);
}

// --- Build and render ---------------------------------------------------------

#[test]
fn a_template_override_using_a_field_that_does_not_exist_is_refused() {
    let p = Project::fixture("basic");
    p.write(
        "templates/handout.html",
        "<p>\n{{ handout.nothing.here }}\n</p>\n",
    );
    build_fails(&p).stderr_has(&[
        "error[template-error]: template error: Field `nothing` is not defined. Available fields: id, intro, kind, kind_label, sections, sources, title",
        "templates/handout.html:2:12",
        "= this template is the project's own override; Puente does not fall back to the built-in one",
    ]);
}

#[test]
fn a_pocket_card_too_long_to_fit_is_refused() {
    let p = Project::fixture("basic");
    p.edit(MODULE, "kind: worksheet", "kind: pocket-card");
    p.edit(
        "locales/en/sample.ftl",
        "= Keep this sheet.",
        &format!("= {}", "Keep this sheet. ".repeat(300)),
    );
    let run = p.run(&[
        "build", "sample", "--lang", "en", "--format", "pdf", "--out", "out",
    ]);
    run.expect_code(1).stderr_has(&[
        "error[pdf-layout]: sample/en/cards-notes-sheet.pdf: the pocket card `notes-sheet` (en) does not fit on a 252pt × 144pt card even at 6 pt; shorten its text",
        "<built-in>/cards.typ:",
    ]);
    assert!(!p.exists("out"));
}
