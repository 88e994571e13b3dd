//! The second wave of the module schema: step minutes with a running clock,
//! energisers, the reopening, the preparation timeline and interpretation
//! notes, in guides and in packets; and their located errors.

use crate::support::{Project, Run};

const MODULE: &str = "curricula/sample/module.yaml";
const PLAN: &str = "plans/one-day.yaml";

fn build(p: &Project) -> Run {
    p.run(&[
        "build", "--lang", "en", "--lang", "es", "--format", "html,pdf", "--out", "out",
    ])
}

#[track_caller]
fn build_fails(p: &Project) -> Run {
    let run = p.run(&["build", "--lang", "en", "--out", "out"]);
    run.expect_code(1);
    assert!(!p.exists("out"), "a failed build must write nothing");
    run
}

fn packet(p: &Project) -> Run {
    p.run(&["packet", PLAN, "--out", "out", "--format", "pdf,html"])
}

/// The visible text of an HTML page, with runs of white space folded.
fn text(html: &str) -> String {
    let body = html.split("<body").nth(1).unwrap_or(html);
    let mut out = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => {
                in_tag = true;
                out.push(' ');
            }
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The run sheet rows ("time what [note]") of a packet's HTML.
fn run_sheet(p: &Project) -> Vec<String> {
    let html = p.read("out/one-day/0-packet.html");
    let sheet = html
        .split("<tbody>")
        .nth(1)
        .unwrap()
        .split("</tbody>")
        .next()
        .unwrap();
    sheet
        .split("<tr")
        .skip(1)
        .map(|r| {
            // Leave out the first cell, the clock time.
            let rest = r.split_once("</td>").map(|x| x.1).unwrap_or(r);
            text(&format!("<body>{rest}"))
        })
        .collect()
}

// ----- step minutes -----

#[test]
fn the_guide_shows_each_steps_minutes_and_clock() {
    let p = Project::fixture("toolbox");
    build(&p).expect_code(0);
    let en = text(&p.read("out/sample/en/guide.html"));
    assert!(
        en.contains("5 min · 0:00–0:05 Greet everyone. 10 min · 0:05–0:15 Agree how we work."),
        "{en}"
    );
    let es = text(&p.read("out/sample/es/guide.html"));
    assert!(
        es.contains(
            "10 min · 0:00–0:10 Formen parejas. 20 min · 0:10–0:30 Compartan una historia."
        ),
        "{es}"
    );
    let pdf = crate::pdf::pdf_pages(&p.path("out/sample/en/guide.pdf")).join(" ");
    assert!(pdf.contains("10 min · 0:05–0:15"), "{pdf}");
    let pdf = crate::pdf::pdf_pages(&p.path("out/sample/es/guide.pdf")).join(" ");
    assert!(pdf.contains("20 min · 0:10–0:30"), "{pdf}");
}

#[test]
fn steps_that_do_not_add_up_are_an_error_at_the_activitys_minutes() {
    let p = Project::fixture("toolbox");
    p.edit(
        MODULE,
        "{ id: agree, minutes: 10 }",
        "{ id: agree, minutes: 9 }",
    );
    let run = build_fails(&p);
    assert_eq!(
        run.stderr,
        "\
error[step-minutes]: the steps of activity `welcome` add up to 14 minutes, but its `minutes` says 15
   ┌─ curricula/sample/module.yaml:17:5
   │
17 │     minutes: 15
   │     ^^^^^^^ stated minutes
   │
   = 5 + 9 = 14

1 error, 0 warnings
Nothing was written.
"
    );
}

#[test]
fn check_reports_steps_that_do_not_add_up() {
    let p = Project::fixture("toolbox");
    p.edit(
        MODULE,
        "{ id: agree, minutes: 10 }",
        "{ id: agree, minutes: 9 }",
    );
    let run = p.run(&["check"]);
    run.expect_code(1);
    run.stderr_has(&[]);
    assert!(
        run.stdout.contains("error[step-minutes]: the steps of activity `welcome` add up to 14 minutes, but its `minutes` says 15"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("curricula/sample/module.yaml:17:5"),
        "{}",
        run.stdout
    );
}

#[test]
fn timed_and_untimed_steps_cannot_mix() {
    let p = Project::fixture("toolbox");
    p.edit(MODULE, "{ id: agree, minutes: 10 }", "agree");
    let run = build_fails(&p);
    assert_eq!(
        run.stderr,
        "\
error[step-minutes-mixed]: activity `welcome` gives minutes for 1 of its 2 steps; give them for every step or for none
   ┌─ curricula/sample/module.yaml:24:9
   │
24 │       - agree
   │         ^^^^^ no minutes
   │
   = without minutes: `agree`

1 error, 0 warnings
Nothing was written.
"
    );
}

#[test]
fn a_step_with_an_unknown_field_is_a_typo_error() {
    let p = Project::fixture("toolbox");
    p.edit(
        MODULE,
        "{ id: greet, minutes: 5 }",
        "{ id: greet, minutes: 5, mins: 3 }",
    );
    let run = build_fails(&p);
    run.stderr_has(&[
        "error[yaml-unknown-field]: unknown field `mins` in activity `welcome` (item 1 of `agenda`); check the spelling",
        "curricula/sample/module.yaml:23:34",
        "expected `id` or `minutes`",
    ]);
}

#[test]
fn a_plan_that_changes_an_activitys_length_rescales_its_steps() {
    let p = Project::fixture("toolbox");
    p.edit(
        PLAN,
        "      - module: sample\n      - meal",
        "      - module: sample\n        minutes: { stories: 45 }\n      - meal",
    );
    packet(&p).expect_code(0);
    let guide = text(&p.read("out/one-day/4-guide-sample.html"));
    assert!(
        guide.contains("15 min · 0:00–0:15 Form pairs. 30 min · 0:15–0:45 Share a story."),
        "{guide}"
    );
}

// ----- energisers and the reopening -----

#[test]
fn after_a_meal_the_second_run_opens_with_an_energiser_and_the_reopening() {
    let p = Project::fixture("toolbox");
    packet(&p).expect_code(0);
    assert_eq!(
        run_sheet(&p),
        [
            "Welcome Sample Workshop 15",
            "Stories Sample Workshop 30",
            "Meal 30",
            "Stretch Energiser Sample Workshop 5",
            "Check-in Re-opening, in place of: Welcome Sample Workshop 5",
            "Stories Sample Workshop 30",
        ]
    );
    let pdf = crate::pdf::pdf_pages(&p.path("out/one-day/1-run-sheet.pdf")).join(" ");
    assert!(pdf.contains("Re-opening, in place of: Welcome"), "{pdf}");
    // The energiser's materials are packed.
    let html = text(&p.read("out/one-day/0-packet.html"));
    assert!(html.contains("Music player 1"), "{html}");
}

#[test]
fn the_plan_can_turn_the_energiser_off_or_choose_one() {
    let p = Project::fixture("toolbox");
    p.edit(
        PLAN,
        "      - meal: 30\n      - module: sample",
        "      - meal: 30\n      - module: sample\n        energiser: false",
    );
    packet(&p).expect_code(0);
    assert_eq!(
        run_sheet(&p)[3],
        "Check-in Re-opening, in place of: Welcome Sample Workshop 5"
    );

    let p = Project::fixture("toolbox");
    p.edit(
        PLAN,
        "      - meal: 30\n      - module: sample",
        "      - meal: 30\n      - module: sample\n        energiser: fruit-salad",
    );
    packet(&p).expect_code(0);
    assert_eq!(run_sheet(&p)[3], "Fruit salad Energiser Sample Workshop 10");
}

#[test]
fn the_plan_can_say_a_module_is_not_continuing() {
    let p = Project::fixture("toolbox");
    p.edit(
        PLAN,
        "      - meal: 30\n      - module: sample",
        "      - meal: 30\n      - module: sample\n        continuing: false",
    );
    packet(&p).expect_code(0);
    let rows = run_sheet(&p);
    assert_eq!(rows[4], "Welcome Sample Workshop 15", "{rows:?}");
    assert_eq!(rows.len(), 6);
}

#[test]
fn an_unknown_energiser_in_a_plan_is_located() {
    let p = Project::fixture("toolbox");
    p.edit(
        PLAN,
        "      - meal: 30\n      - module: sample",
        "      - meal: 30\n      - module: sample\n        energiser: hokey-cokey",
    );
    let run = packet(&p);
    run.expect_code(1);
    assert!(!p.exists("out/one-day"));
    assert_eq!(
        run.stderr,
        "\
error[plan-unknown-energiser]: module `sample` has no energiser `hokey-cokey`
   ┌─ plans/one-day.yaml:13:20
   │
13 │         energiser: hokey-cokey
   │                    ^^^^^^^^^^^ unknown energiser
   │
   = the energisers of `sample` are: stretch, fruit-salad

1 error, 0 warnings
Nothing was written; the previous packet, if any, is unchanged.
"
    );
}

#[test]
fn an_energiser_id_that_clashes_with_an_activity_is_an_error() {
    let p = Project::fixture("toolbox");
    p.edit(MODULE, "  - id: fruit-salad", "  - id: welcome");
    let run = build_fails(&p);
    run.stderr_has(&[
        "error[duplicate-id]: the energiser `welcome` has the same id as the activity `welcome`",
        "curricula/sample/module.yaml:53:9",
    ]);
}

#[test]
fn the_guide_documents_the_reopening_and_the_energisers() {
    let p = Project::fixture("toolbox");
    build(&p).expect_code(0);
    let en = text(&p.read("out/sample/en/guide.html"));
    assert!(
        en.contains("(left out when this module follows another on the same day)"),
        "{en}"
    );
    assert!(
        en.contains("Re-opening When this module follows another one"),
        "{en}"
    );
    assert!(en.contains("Check-in Time: 5 minutes"), "{en}");
    assert!(en.contains("Energisers Short activities"), "{en}");
    assert!(
        en.contains("Fruit salad Time: 10 minutes · Method: Energiser"),
        "{en}"
    );
    // Not in the agenda and not in the total.
    assert!(en.contains("Total time 45 45 min"), "{en}");
    let pdf = crate::pdf::pdf_pages(&p.path("out/sample/es/guide.pdf")).join(" ");
    assert!(pdf.contains("Dinámicas de animación"), "{pdf}");
    assert!(pdf.contains("Ensalada de frutas"), "{pdf}");
    assert!(pdf.contains("Para retomar"), "{pdf}");
}

// ----- preparation timeline and interpretation -----

#[test]
fn the_guide_has_the_preparation_timeline_after_the_care_of_the_group() {
    let p = Project::fixture("toolbox");
    build(&p).expect_code(0);
    let en = text(&p.read("out/sample/en/guide.html"));
    assert!(
        en.contains("Anyone may pass at any time. Preparation timeline A week before TIMELINE-ONLY Book a room with step-free access. The day before Print the handouts. On the day Arrive an hour early. After the workshop Meet as a team to talk it over."),
        "{en}"
    );
    assert!(
        en.contains("Interpretation and language access INTERPRETATION-ONLY"),
        "{en}"
    );
    let pdf = crate::pdf::pdf_pages(&p.path("out/sample/es/guide.pdf")).join(" ");
    assert!(pdf.contains("Calendario de preparación"), "{pdf}");
    assert!(pdf.contains("SOLO-CALENDARIO"), "{pdf}");
    assert!(pdf.contains("Interpretación y acceso lingüístico"), "{pdf}");
}

#[test]
fn facilitator_only_parts_never_reach_a_handout() {
    let p = Project::fixture("toolbox");
    build(&p).expect_code(0);
    for lang in ["en", "es"] {
        let html = p.read(&format!("out/sample/{lang}/handout-notes-sheet.html"));
        let pdf =
            crate::pdf::pdf_pages(&p.path(&format!("out/sample/{lang}/handout-notes-sheet.pdf")))
                .join(" ");
        for marker in [
            "TIMELINE",
            "CALENDARIO",
            "INTERPRETA",
            "FACILITA",
            "Check-in",
            "Stretch",
        ] {
            assert!(!html.contains(marker), "{lang} handout has {marker}");
            assert!(!pdf.contains(marker), "{lang} handout PDF has {marker}");
        }
    }
}

#[test]
fn a_missing_timeline_message_is_reported_by_check() {
    let p = Project::fixture("toolbox");
    p.edit(
        "locales/en/sample.ftl",
        "timeline-day-before-print = Print the handouts.\n",
        "",
    );
    let run = p.run(&["check"]);
    run.expect_code(1);
    assert!(
        run.stdout.contains("error[undefined-message]")
            && run.stdout.contains("timeline-day-before-print"),
        "{}",
        run.stdout
    );
}
