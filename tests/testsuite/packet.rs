//! `puente packet`: clock times, overruns, materials, print list, atomic
//! replacement and located plan errors.

use crate::support::Project;

const PLAN: &str = "plans/two-days.yaml";

fn packet(p: &Project, extra: &[&str]) -> crate::support::Run {
    let mut args = vec!["packet", PLAN, "--out", "out", "--format", "pdf,html"];
    args.extend_from_slice(extra);
    p.run(&args)
}

/// The rows of the run sheet as "time what" lines, from the HTML.
fn run_sheet_rows(html: &str) -> Vec<String> {
    html.split("<tr")
        .filter(|r| r.contains("class=\"num\">") && r.contains('–'))
        .map(|r| {
            let cells: Vec<String> = r
                .split("<td")
                .skip(1)
                .map(|c| {
                    let inner = &c[c.find('>').map(|i| i + 1).unwrap_or(0)..];
                    let text: String = inner.split('<').next().unwrap_or("").trim().to_string();
                    text
                })
                .collect();
            format!(
                "{} {}",
                cells.first().cloned().unwrap_or_default(),
                cells.get(1).cloned().unwrap_or_default()
            )
        })
        .collect()
}

#[test]
fn clock_times_add_up_across_breaks_meals_and_days() {
    let p = Project::fixture("basic");
    packet(&p, &[]).expect_code(0);
    let html = p.read("out/two-days/0-packet.html");
    assert_eq!(
        run_sheet_rows(&html),
        vec![
            "10:00 a.m.–10:15 a.m. Welcome",
            "10:15 a.m.–10:45 a.m. Stories",
            "10:45 a.m.–10:55 a.m. Break",
            "10:55 a.m.–11:25 a.m. Meal",
            "9:00 a.m.–9:15 a.m. Welcome",
            "9:15 a.m.–9:45 a.m. Stories",
        ]
    );
    assert!(
        html.contains("Day 1 · Saturday, December 5, 2026"),
        "{html}"
    );
    assert!(html.contains("Day 2 · Sunday, December 6, 2026"));
    // The PDF run sheet says the same.
    let pdf = crate::pdf::pdf_pages(&p.path("out/two-days/1-run-sheet.pdf")).join(" ");
    assert!(pdf.contains("10:55 a.m.–11:25 a.m."), "{pdf}");
}

#[test]
fn spanish_packet_uses_a_24_hour_clock() {
    let p = Project::fixture("basic");
    p.edit(PLAN, "languages: [en]", "languages: [es]");
    packet(&p, &[]).expect_code(0);
    let rows = run_sheet_rows(&p.read("out/two-days/0-packet.html"));
    assert_eq!(rows[0], "10:00–10:15 Bienvenida");
    assert_eq!(rows[3], "10:55–11:25 Comida");
}

#[test]
fn an_overrun_is_reported_with_the_optional_activities_that_fix_it() {
    let p = Project::fixture("basic");
    p.edit(PLAN, "end: \"11:30\"", "end: \"11:00\"");
    p.edit(
        PLAN,
        "      - module: sample\n      - break: 10",
        "      - module: sample\n        optional: [stories]\n      - break: 10",
    );
    let run = packet(&p, &[]);
    run.expect_code(0);
    assert!(
        run.stderr.contains("warning[plan-overrun]: the day 2026-12-05 runs 25 minutes past its end time 11:00 (it ends at 11:25)"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("plans/two-days.yaml:10:11"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains(
        "cutting these optional activities would recover the time: `stories` of `sample` (30 min)"
    ));
    let html = p.read("out/two-days/0-packet.html");
    assert!(
        html.contains("This day runs 25 minutes past its 11:00 a.m. end time."),
        "{html}"
    );
    assert!(html.contains("Stories (Sample Workshop) — 30 minutes"));
}

#[test]
fn an_overrun_with_nothing_optional_says_so() {
    let p = Project::fixture("basic");
    p.edit(PLAN, "end: \"11:30\"", "end: \"11:00\"");
    let run = packet(&p, &[]);
    run.expect_code(0);
    assert!(
        run.stderr.contains("no activity is marked optional"),
        "{}",
        run.stderr
    );
    assert!(p
        .read("out/two-days/0-packet.html")
        .contains("the day would still run 25 minutes over"));
}

#[test]
fn materials_scale_with_participants_and_groups() {
    let p = Project::fixture("basic");
    p.edit(
        "curricula/sample/module.yaml",
        "      - { id: pens, quantity: 1, per: participant, kind: markers }",
        "      - { id: pens, quantity: 1, per: participant, kind: markers }\n      - { id: markers, quantity: 2, per: group, kind: markers }\n      - { id: cards, quantity: 3, per: participant, kind: paper }",
    );
    let en = p.read("locales/en/sample.ftl")
        + "material-markers = Marker sets\nmaterial-cards = Index cards\n";
    p.write("locales/en/sample.ftl", &en);
    let es = p.read("locales/es/sample.ftl")
        + "material-markers = Juegos de marcadores\nmaterial-cards = Fichas\n";
    p.write("locales/es/sample.ftl", &es);
    packet(&p, &[]).expect_code(0);
    let html = p.read("out/two-days/0-packet.html");
    let qty = |name: &str| -> String {
        let i = html
            .find(&format!("<td>{name}</td>"))
            .unwrap_or_else(|| panic!("{name} not in the checklist"));
        let rest = &html[i..];
        let cell = rest.split("<td class=\"num\">").nth(1).unwrap();
        cell.split('<').next().unwrap().to_string()
    };
    // 12 participants in groups of 4: 3 groups. The module runs on both
    // days: paper is used up, so it adds up; pens and markers are reused,
    // so the larger need counts.
    assert_eq!(qty("Pens"), "12", "1 per participant x 12, reused on day 2");
    assert_eq!(
        qty("Marker sets"),
        "6",
        "2 per group x 3 groups, reused on day 2"
    );
    assert_eq!(
        qty("Index cards"),
        "72",
        "3 per participant x 12, on each of 2 days"
    );
    assert_eq!(
        qty("Flipchart paper"),
        "2",
        "1 for the room, on each of 2 days"
    );
    // Handouts are printed matter: one per participant plus 2 spares.
    assert_eq!(qty("My notes"), "14");

    // Twice the people: twice the per-participant quantities; 24 / 4 = 6 groups.
    p.edit(PLAN, "participants: 12", "participants: 24");
    packet(&p, &[]).expect_code(0);
    let html2 = p.read("out/two-days/0-packet.html");
    assert!(
        html2.contains("<td>Pens</td><td class=\"num\">24</td>"),
        "{html2}"
    );
    assert!(html2.contains("<td>Marker sets</td><td class=\"num\">12</td>"));
}

#[test]
fn dropping_an_activity_removes_its_materials_and_handouts() {
    let p = Project::fixture("basic");
    packet(&p, &[]).expect_code(0);
    let before = p.read("out/two-days/0-packet.html");
    assert!(before.contains("<td>Pens</td>") && before.contains("<td>My notes</td>"));
    assert!(p.exists("out/two-days/5-sample-handout-notes-sheet.pdf"));
    // Drop it on both days.
    let plan = p.read(PLAN).replace(
        "      - module: sample",
        "      - module: sample\n        drop: [stories]",
    );
    p.write(PLAN, &plan);
    packet(&p, &[]).expect_code(0);
    let after = p.read("out/two-days/0-packet.html");
    assert!(
        !after.contains("Pens"),
        "the dropped activity's materials are gone"
    );
    assert!(
        !after.contains("My notes"),
        "the dropped activity's handout is gone from the print list"
    );
    assert!(!p.exists("out/two-days/5-sample-handout-notes-sheet.pdf"));
    assert!(!run_sheet_rows(&after).iter().any(|r| r.contains("Stories")));
}

#[test]
fn an_activity_dropped_on_one_day_only_still_needs_its_materials() {
    let p = Project::fixture("basic");
    p.edit(
        PLAN,
        "      - module: sample\n      - break: 10",
        "      - module: sample\n        drop: [stories]\n      - break: 10",
    );
    packet(&p, &[]).expect_code(0);
    let html = p.read("out/two-days/0-packet.html");
    let rows = run_sheet_rows(&html);
    assert_eq!(
        rows.iter().filter(|r| r.contains("Stories")).count(),
        1,
        "{rows:?}"
    );
    assert!(html.contains("<td>Pens</td>") && html.contains("<td>My notes</td>"));
}

#[test]
fn print_list_counts_copies_and_sheets() {
    let p = Project::fixture("basic");
    packet(&p, &[]).expect_code(0);
    let html = p.read("out/two-days/0-packet.html");
    let guide_pages = crate::pdf::pdf_pages(&p.path("out/two-days/4-guide-sample.pdf")).len();
    // One guide per facilitator (1), double-sided.
    let row = html
        .split("<tr>")
        .find(|r| r.contains("4-guide-sample.pdf"))
        .unwrap();
    assert!(row.contains(&format!("<td class=\"num\">{guide_pages}</td><td class=\"num\">1</td><td>double-sided</td><td class=\"num\">{}</td>", guide_pages.div_ceil(2))), "{row}");
    // A worksheet: 12 participants + 2 spares, single-sided.
    let row = html
        .split("<tr>")
        .find(|r| r.contains("5-sample-handout-notes-sheet.pdf"))
        .unwrap();
    assert!(
        row.contains("<td class=\"num\">14</td><td>single-sided</td>"),
        "{row}"
    );
}

#[test]
fn an_interrupted_packet_leaves_the_old_one_intact() {
    let p = Project::fixture("basic");
    packet(&p, &[]).expect_code(0);
    let old = p.read("out/two-days/0-packet.html");
    let old_files = std::fs::read_dir(p.path("out/two-days")).unwrap().count();
    p.edit(PLAN, "participants: 12", "participants: 20");
    let run = p.run_env(
        &["packet", PLAN, "--out", "out", "--format", "pdf,html"],
        &[("PUENTE_TEST_FAIL_AFTER_WRITES", "3")],
    );
    run.expect_code(2);
    assert_eq!(
        p.read("out/two-days/0-packet.html"),
        old,
        "the old packet must be untouched"
    );
    assert_eq!(
        std::fs::read_dir(p.path("out/two-days")).unwrap().count(),
        old_files
    );
    let leftovers: Vec<_> = std::fs::read_dir(p.path("out"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        leftovers.len(),
        1,
        "no half-made folder is left beside it: {leftovers:?}"
    );
}

#[test]
fn two_runs_give_the_same_bytes() {
    let p = Project::fixture("basic");
    p.run(&["packet", PLAN, "--out", "a", "--zip"])
        .expect_code(0);
    p.run(&["packet", PLAN, "--out", "b", "--zip"])
        .expect_code(0);
    assert!(
        std::fs::read(p.path("a/two-days.zip")).unwrap()
            == std::fs::read(p.path("b/two-days.zip")).unwrap()
    );
    for f in [
        "1-run-sheet.pdf",
        "3-print-list.pdf",
        "4-guide-sample.pdf",
        "README.txt",
    ] {
        assert!(
            std::fs::read(p.path(&format!("a/two-days/{f}"))).unwrap()
                == std::fs::read(p.path(&format!("b/two-days/{f}"))).unwrap(),
            "{f}"
        );
    }
}

#[test]
fn a_bilingual_packet_has_both_languages() {
    let p = Project::fixture("basic");
    p.edit(PLAN, "languages: [en]", "languages: [es, en]");
    packet(&p, &[]).expect_code(0);
    let pdf = crate::pdf::pdf_pages(&p.path("out/two-days/1-run-sheet.pdf")).join(" ");
    assert!(
        pdf.contains("Bienvenida") && pdf.contains("Welcome"),
        "{pdf}"
    );
    let guide = crate::pdf::pdf_pages(&p.path("out/two-days/4-guide-sample.pdf"))[0].clone();
    assert!(
        guide.contains("Taller de ejemplo")
            || guide
                .replace(char::is_whitespace, "")
                .contains("Tallerdeejemplo")
    );
    assert!(p.exists("out/two-days/0-packet.es.html") && p.exists("out/two-days/0-packet.en.html"));
}

fn bad_plan(p: &Project, from: &str, to: &str) -> crate::support::Run {
    p.edit(PLAN, from, to);
    let run = packet(p, &[]);
    run.expect_code(1);
    assert!(!p.exists("out/two-days"), "nothing may be written");
    run
}

/// One bad plan: its edit, the message it must give and where.
#[track_caller]
fn bad_plan_case(from: &str, to: &str, message: &str, location: &str) {
    let p = Project::fixture("basic");
    let run = bad_plan(&p, from, to);
    assert!(run.stderr.contains(message), "{message}\n{}", run.stderr);
    assert!(run.stderr.contains(location), "{location}\n{}", run.stderr);
}

#[test]
fn a_time_that_is_not_a_time_is_located() {
    bad_plan_case(
        "start: \"10:00\"",
        "start: \"25:00\"",
        "error[plan-time]: `25:00` is not a time; write it HH:MM on a 24-hour clock",
        "plans/two-days.yaml:9:13",
    );
}

#[test]
fn a_date_that_is_not_a_date_is_located() {
    bad_plan_case(
        "date: 2026-12-05",
        "date: 2026-13-05",
        "error[plan-date]: `2026-13-05` is not a date",
        "plans/two-days.yaml:8:11",
    );
}

#[test]
fn an_unknown_module_in_a_plan_is_located() {
    bad_plan_case(
        "      - module: sample\n      - break",
        "      - module: sampel\n      - break",
        "error[plan-unknown-module]: there is no module `sampel`",
        "plans/two-days.yaml:12:17",
    );
}

#[test]
fn dropping_an_unknown_activity_is_located() {
    bad_plan_case("      - module: sample\n      - break", "      - module: sample\n        drop: [storys]\n      - break", "error[plan-unknown-activity]: `drop` names the activity `storys`, but module `sample` has no such activity", "plans/two-days.yaml:13:16");
}

#[test]
fn a_plan_has_no_field_for_participant_names() {
    bad_plan_case(
        "spares: 2",
        "spares: 2\nparticipant_names: [x]",
        "error[yaml-unknown-field]: unknown field `participant_names`",
        "plans/two-days.yaml:6:1",
    );
}

#[test]
fn a_day_that_ends_before_it_starts_is_located() {
    bad_plan_case(
        "end: \"11:30\"",
        "end: \"09:30\"",
        "error[plan-time]: the day ends at 09:30, which is not after its start at 10:00",
        "plans/two-days.yaml:10:11",
    );
}

#[test]
fn the_shipped_example_plan_makes_a_spanish_packet() {
    let p = Project::shipped();
    let run = p.run(&["packet", "plans/one-day-workshop.yaml", "--out", "out"]);
    run.expect_code(0);
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);
    let sheet = crate::pdf::pdf_pages(&p.path("out/one-day-workshop/1-run-sheet.pdf")).join(" ");
    assert!(
        sheet.contains("Programa con horarios")
            || sheet
                .replace(char::is_whitespace, "")
                .contains("Programaconhorarios"),
        "{sheet}"
    );
    for f in [
        "2-materials-checklist.pdf",
        "3-print-list.pdf",
        "4-guide-rights-at-borders.pdf",
        "4-guide-climate-and-migration.pdf",
        "README.txt",
    ] {
        assert!(p.exists(&format!("out/one-day-workshop/{f}")), "{f}");
    }
}

#[test]
fn check_warns_about_the_same_overrun() {
    let p = Project::fixture("basic");
    p.edit(PLAN, "end: \"11:30\"", "end: \"11:00\"");
    let run = p.run(&["check"]);
    assert!(
        run.stdout.contains("warning[plan-overrun]: the day 2026-12-05 runs 25 minutes past its end time 11:00 (it ends at 11:25)"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("plans/two-days.yaml:10:11"),
        "{}",
        run.stdout
    );
    p.run(&["check", "--strict"]).expect_code(1);
}

#[test]
fn check_reports_a_plan_title_message_that_does_not_exist() {
    let p = Project::fixture("basic");
    p.edit(
        PLAN,
        "title: Two short days",
        "title: { message: plan-two-days }",
    );
    let run = p.run(&["check"]);
    run.expect_code(1);
    assert!(
        run.stdout.contains("error[undefined-message]: a plan needs the message `plan-two-days`, but locales/en/plans.ftl does not define it"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("plans/two-days.yaml:1:19"),
        "{}",
        run.stdout
    );
    p.write("locales/en/plans.ftl", "plan-two-days = Two short days\n");
    p.write("locales/es/plans.ftl", "plan-two-days = Dos días cortos\n");
    p.run(&["check"]).expect_code(0);
    p.run(&["packet", PLAN, "--out", "out", "--format", "html"])
        .expect_code(0);
    assert!(p
        .read("out/two-days/0-packet.html")
        .contains("<h1>Two short days</h1>"));
}

/// A second module in the basic fixture that also needs pens: "Pens" in
/// English in both modules, but "Bolígrafos" in one and "Plumas" in the other
/// in Spanish.
fn two_modules_sharing_pens(p: &Project) {
    let yaml = p
        .read("curricula/sample/module.yaml")
        .replace("id: sample", "id: second");
    p.write("curricula/second/module.yaml", &yaml);
    let en = p.read("locales/en/sample.ftl");
    p.write(
        "locales/en/second.ftl",
        &en.replace("Sample Workshop", "Second Workshop"),
    );
    let es = p.read("locales/es/sample.ftl");
    assert!(es.contains("material-pens = Bolígrafos"), "{es}");
    p.write(
        "locales/es/second.ftl",
        &es.replace("material-pens = Bolígrafos", "material-pens = Plumas"),
    );
    p.edit(
        PLAN,
        "      - module: sample\n      - break: 10",
        "      - module: sample\n      - module: second\n      - break: 10",
    );
}

#[test]
fn a_bilingual_checklist_merges_a_shared_material_by_id_not_by_name() {
    let p = Project::fixture("basic");
    two_modules_sharing_pens(&p);
    p.edit(PLAN, "languages: [en]", "languages: [es, en]");
    p.edit(PLAN, "end: \"11:30\"", "end: \"12:30\"");
    packet(&p, &[]).expect_code(0);
    // One row for pens in each language, counted once: pens are reused, so
    // 12 participants need 12, not 24.
    let en = p.read("out/two-days/0-packet.en.html");
    assert_eq!(en.matches("<td>Pens</td>").count(), 1, "{en}");
    assert!(
        en.contains("<td>Pens</td><td class=\"num\">12</td>"),
        "{en}"
    );
    let es = p.read("out/two-days/0-packet.es.html");
    let rows = es.matches("<td>Bolígrafos</td>").count() + es.matches("<td>Plumas</td>").count();
    assert_eq!(rows, 1, "one row for the one material: {es}");
    assert!(
        es.contains("<td>Bolígrafos</td><td class=\"num\">12</td>"),
        "the first module's name, the one total: {es}"
    );
    // The checklist PDF pairs the two languages row by row: both names are on it.
    let pdf = crate::pdf::pdf_pages(&p.path("out/two-days/2-materials-checklist.pdf")).join(" ");
    assert!(pdf.contains("Bolígrafos") && pdf.contains("Pens"), "{pdf}");
    assert!(!pdf.contains("Plumas"), "{pdf}");
}

#[test]
fn the_shipped_bilingual_checklist_lists_each_shared_material_once() {
    let p = Project::shipped();
    p.run(&[
        "packet",
        "plans/one-day-workshop-bilingual.yaml",
        "--out",
        "out",
        "--format",
        "pdf,html",
    ])
    .expect_code(0);
    let row = |html: &str, name: &str| -> Vec<String> {
        html.match_indices(&format!("<td>{name}</td><td class=\"num\">"))
            .map(|(i, m)| html[i + m.len()..].split('<').next().unwrap().to_string())
            .collect()
    };
    let en = p.read("out/one-day-workshop-bilingual/0-packet.en.html");
    let es = p.read("out/one-day-workshop-bilingual/0-packet.es.html");
    // Both modules need these; each is one row, named alike, in each language.
    // Pens are handed out once and used all day: one per participant.
    assert_eq!(row(&en, "Pens or pencils"), ["25"], "{en}");
    assert_eq!(row(&es, "Bolígrafos o lápices"), ["25"], "{es}");
    assert_eq!(row(&en, "Flipchart paper (sheets)").len(), 1, "{en}");
    assert_eq!(row(&es, "Papelógrafo o rotafolio (hojas)").len(), 1, "{es}");
    assert_eq!(
        row(&en, "Markers (a set of several colours)").len(),
        1,
        "{en}"
    );
    assert_eq!(row(&en, "Water and simple snacks").len(), 1, "{en}");
    assert_eq!(row(&es, "Agua y algo sencillo de comer").len(), 1, "{es}");
}
