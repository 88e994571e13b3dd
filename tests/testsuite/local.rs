//! Local details: a plan's `local:` block fills the modules' placeholders
//! in guides, handouts, cards and the run sheet, prints a support
//! directory, and is checked at `plan.yaml:line:col`. Without it, the
//! placeholders stay as write-in blanks and README.txt lists them.

use crate::support::{Project, Run};

const PLAN: &str = "plans/with-local.yaml";

fn packet(p: &Project, plan: &str) -> Run {
    p.run(&["packet", plan, "--out", "out", "--format", "pdf,html"])
}

fn pdf_text(p: &Project, rel: &str) -> String {
    crate::pdf::pdf_pages(&p.path(rel)).join(" ")
}

/// Runs the packet and checks the contract for a bad plan: exit 1, nothing
/// written, and exactly `expected` on standard error.
#[track_caller]
fn rejected(p: &Project, expected: &str) {
    let run = packet(p, PLAN);
    run.expect_code(1);
    assert!(
        !p.exists("out/with-local"),
        "a failed packet must write nothing"
    );
    assert_eq!(run.stderr, expected);
}

#[test]
fn the_guide_names_the_organisation_and_holds_no_placeholder_text() {
    let p = Project::fixture("local");
    packet(&p, PLAN).expect_code(0);
    let html = p.read("out/with-local/4-guide-sample.html");
    assert!(
        html.contains("Introduce yourself and Ejemplo Red Fronteriza."),
        "{html}"
    );
    assert!(html.contains("bring the contacts of Ejemplo Ayuda Legal (915-555-0101) and Ejemplo Salud Comunitaria (915-555-0102)."));
    let pdf = pdf_text(&p, "out/with-local/4-guide-sample.pdf");
    assert!(pdf.contains("Ejemplo Red Fronteriza"), "{pdf}");
    for text in [&html, &pdf] {
        for placeholder in [
            "[your organisation]",
            "[local legal aid",
            "[local mental-health",
        ] {
            assert!(!text.contains(placeholder), "{placeholder} is still there");
        }
    }
    // Handouts too.
    let reading = p.read("out/with-local/5-sample-handout-referral.html");
    assert!(
        reading.contains("For legal help, call Ejemplo Ayuda Legal (915-555-0101)."),
        "{reading}"
    );
}

#[test]
fn the_rights_card_prints_the_legal_aid_phone_instead_of_a_blank_line() {
    let p = Project::fixture("local");
    packet(&p, PLAN).expect_code(0);
    let pdf = pdf_text(&p, "out/with-local/5-sample-cards-rights-card.pdf");
    assert!(pdf.contains("Legal aid phone:"), "{pdf}");
    assert!(pdf.contains("915-555-0101"), "{pdf}");
    let html = p.read("out/with-local/5-sample-handout-rights-card.html");
    assert!(
        !html.contains("<div class=\"write-line\">"),
        "no ruled line is left to write on"
    );
}

#[test]
fn a_bilingual_card_has_the_phone_on_both_sides() {
    let p = Project::fixture("local");
    p.edit(PLAN, "languages: [en]", "languages: [es, en]");
    packet(&p, PLAN).expect_code(0);
    let pages = crate::pdf::pdf_pages(&p.path("out/with-local/5-sample-cards-rights-card.pdf"));
    assert_eq!(pages.len(), 2);
    assert!(
        pages[0].contains("Teléfono de ayuda legal:") && pages[0].contains("915-555-0101"),
        "{}",
        pages[0]
    );
    assert!(
        pages[1].contains("Legal aid phone:") && pages[1].contains("915-555-0101"),
        "{}",
        pages[1]
    );
}

#[test]
fn the_directory_lists_every_contact_on_one_page() {
    let p = Project::fixture("local");
    packet(&p, PLAN).expect_code(0);
    let pages = crate::pdf::pdf_pages(&p.path("out/with-local/6-support-directory.pdf"));
    assert_eq!(pages.len(), 1, "the directory is one page");
    let pdf = &pages[0];
    for part in [
        "Where to find support",
        "take one home",
        "Ejemplo Red Fronteriza",
        "915-555-0100",
        "Ejemplo Ayuda Legal",
        "915-555-0101",
        "Mon–Fri 9 am–5 pm",
        "Spanish, English",
        "100 Calle Ejemplo, El Paso",
        "Ejemplo Salud Comunitaria",
        "915-555-0102",
        "Mam",
        "Emergencias",
        "911",
        "Exit by the back door",
        "Ejemplo Respuesta Rápida",
        "915-555-0103",
        "24 h",
        "November 28, 2026",
    ] {
        assert!(pdf.contains(part), "{part:?} not in the directory:\n{pdf}");
    }
}

#[test]
fn the_readme_and_print_list_name_the_directory_with_a_copy_per_participant() {
    let p = Project::fixture("local");
    packet(&p, PLAN).expect_code(0);
    let readme = p.read("out/with-local/README.txt");
    assert!(
        readme.contains("6. the support directory, one copy for each participant to take home."),
        "{readme}"
    );
    assert!(
        readme.contains("6-support-directory.pdf  (Where to find support)"),
        "{readme}"
    );
    assert!(
        readme.contains("Local contacts checked on November 28, 2026"),
        "{readme}"
    );
    assert!(!readme.contains("fill these in by hand"), "{readme}");
    let html = p.read("out/with-local/0-packet.html");
    let row = html
        .split("<tr>")
        .find(|r| r.contains("6-support-directory.pdf"))
        .expect("a print-list row for the directory");
    let cells: Vec<&str> = row
        .split("<td class=\"num\">")
        .skip(1)
        .map(|c| c.split('<').next().unwrap_or(""))
        .collect();
    assert_eq!(
        cells,
        ["1", "12", "12"],
        "pages, copies (one per participant), sheets: {row}"
    );
}

#[test]
fn the_run_sheet_cover_shows_when_the_contacts_were_checked() {
    let p = Project::fixture("local");
    packet(&p, PLAN).expect_code(0);
    let pdf = pdf_text(&p, "out/with-local/1-run-sheet.pdf");
    assert!(
        pdf.contains("Local contacts checked on November 28, 2026"),
        "{pdf}"
    );
}

#[test]
fn a_bilingual_plan_prints_the_contacts_in_both_languages() {
    let p = Project::fixture("local");
    p.edit(PLAN, "languages: [en]", "languages: [es, en]");
    packet(&p, PLAN).expect_code(0);
    let pdf = pdf_text(&p, "out/with-local/6-support-directory.pdf");
    for part in [
        "Dónde encontrar apoyo",
        "Where to find",
        "AYUDA LEGAL / LEGAL AID",
        "Teléfono / Phone",
        "lun a vie, 9 a 17 h",
        "Mon–Fri 9 am–5 pm",
        "español, inglés",
        "Spanish, English",
        "Salga por la puerta de atrás",
        "Exit by the back door",
        "28 de noviembre de 2026",
        "November 28, 2026",
    ] {
        assert!(pdf.contains(part), "{part:?} not in the directory:\n{pdf}");
    }
    let es = p.read("out/with-local/4-guide-sample.es.html");
    assert!(
        es.contains("Preséntese y presente a Ejemplo Red Fronteriza."),
        "{es}"
    );
    let en = p.read("out/with-local/4-guide-sample.en.html");
    assert!(
        en.contains("Introduce yourself and Ejemplo Red Fronteriza."),
        "{en}"
    );
    let readme = p.read("out/with-local/README.txt");
    assert!(
        readme.contains("el directorio de apoyo") && readme.contains("the support directory"),
        "{readme}"
    );
}

#[test]
fn without_local_details_the_blanks_stay_and_the_readme_lists_them() {
    let p = Project::fixture("local");
    packet(&p, "plans/no-local.yaml").expect_code(0);
    let guide = p.read("out/no-local/4-guide-sample.html");
    assert!(
        guide.contains("Introduce yourself and [your organisation]."),
        "{guide}"
    );
    assert!(p
        .read("out/no-local/5-sample-handout-rights-card.html")
        .contains("<div class=\"write-line\">"));
    assert!(!p.exists("out/no-local/6-support-directory.pdf"));
    let readme = p.read("out/no-local/README.txt");
    assert!(
        readme.contains(
            "\
Before you print, fill these in by hand (or add them to the local: block of the plan and make the packet again):
  - [local legal aid organisation and phone number]  (4-guide-sample.pdf, 5-sample-handout-referral.pdf)
  - [local mental-health support and phone number]  (4-guide-sample.pdf)
  - [your organisation]  (4-guide-sample.pdf)
  - Legal aid phone:  (5-sample-cards-rights-card.pdf)
"
        ),
        "{readme}"
    );
}

#[test]
fn a_contact_the_plan_leaves_out_stays_a_blank_to_fill_in() {
    let p = Project::fixture("local");
    p.edit(
        PLAN,
        "  mental_health: { name: Ejemplo Salud Comunitaria, phone: \"915-555-0102\", languages: [es, en, mam] }\n",
        "",
    );
    packet(&p, PLAN).expect_code(0);
    let readme = p.read("out/with-local/README.txt");
    assert!(
        readme
            .contains("  - [local mental-health support and phone number]  (4-guide-sample.pdf)\n"),
        "{readme}"
    );
    assert!(!readme.contains("[your organisation]"), "{readme}");
}

#[test]
fn check_validates_plans_with_local_details() {
    let p = Project::fixture("local");
    p.run(&["check"]).expect_code(0);
    p.edit(PLAN, "phone: \"915-555-0102\"", "phone: \"call us\"");
    let run = p.run(&["check"]);
    run.expect_code(1);
    assert!(
        run.stdout.contains("error[plan-local-phone]: the phone of `mental_health` has no digits: `call us` is not a phone number"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("plans/with-local.yaml:19:61"),
        "{}",
        run.stdout
    );
}

// ----- bad input -----

#[test]
fn an_unknown_field_in_a_contact_is_located() {
    let p = Project::fixture("local");
    p.edit(
        PLAN,
        "    address: 100 Calle Ejemplo",
        "    adress: 100 Calle Ejemplo",
    );
    rejected(
        &p,
        "\
error[yaml-unknown-field]: unknown field `adress` in the `legal_aid` contact of `local`; check the spelling
   ┌─ plans/with-local.yaml:18:5
   │
18 │     adress: 100 Calle Ejemplo, El Paso
   │     ^^^^^^ unknown field
   │
   = expected one of `kind`, `name`, `phone`, `hours`, `languages`, `address`, `url`, `note`

1 error, 0 warnings
Nothing was written; the previous packet, if any, is unchanged.
",
    );
}

#[test]
fn there_is_no_field_for_a_person_attending() {
    let p = Project::fixture("local");
    p.edit(
        PLAN,
        "  checked: 2026-11-28",
        "  participants: [Maria]\n  checked: 2026-11-28",
    );
    let run = packet(&p, PLAN);
    run.expect_code(1);
    run.stderr_has(&[
        "error[yaml-unknown-field]: unknown field `participants` in `local`; check the spelling",
    ]);
}

#[test]
fn a_name_too_long_for_the_pocket_card_is_located() {
    let p = Project::fixture("local");
    p.edit(
        PLAN,
        "name: Ejemplo Ayuda Legal\n",
        "name: Ejemplo Ayuda Legal para Todas las Familias de la Frontera\n",
    );
    rejected(
        &p,
        "\
error[plan-local-too-long]: the name of `legal_aid` is 58 characters long; at most 40 fit where it prints
   ┌─ plans/with-local.yaml:14:11
   │
14 │     name: Ejemplo Ayuda Legal para Todas las Familias de la Frontera
   │           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ too long
   │
   = names and phone numbers print on the pocket card; use a shorter form (an abbreviation, say)

1 error, 0 warnings
Nothing was written; the previous packet, if any, is unchanged.
",
    );
}

#[test]
fn a_phone_of_only_letters_is_located() {
    let p = Project::fixture("local");
    p.edit(PLAN, "phone: \"915-555-0102\"", "phone: \"call us\"");
    rejected(
        &p,
        "\
error[plan-local-phone]: the phone of `mental_health` has no digits: `call us` is not a phone number
   ┌─ plans/with-local.yaml:19:61
   │
19 │   mental_health: { name: Ejemplo Salud Comunitaria, phone: \"call us\", languages: [es, en, mam] }
   │                                                             ^^^^^^^ not a phone number
   │
   = write the number with digits, for example 915-555-0100

1 error, 0 warnings
Nothing was written; the previous packet, if any, is unchanged.
",
    );
}

#[test]
fn an_unknown_kind_of_contact_is_located() {
    let p = Project::fixture("local");
    p.edit(PLAN, "kind: rapid-response", "kind: rapid-reponse");
    rejected(
        &p,
        "\
error[yaml-unknown-value]: `rapid-reponse` is not a known value for `kind`
   ┌─ plans/with-local.yaml:22:15
   │
22 │     - { kind: rapid-reponse, name: Ejemplo Respuesta Rápida, phone: \"915-555-0103\", hours: \"24 h\" }
   │               ^^^^^^^^^^^^^ unknown value
   │
   = expected one of `organisation`, `legal-aid`, `accredited-rep`, `mental-health`, `emergency`, `rapid-response`, `shelter`, `medical`, `food`, `housing`, `domestic-violence`, `labour-rights`, `interpretation`, `other`

1 error, 0 warnings
Nothing was written; the previous packet, if any, is unchanged.
",
    );
}

#[test]
fn an_empty_name_is_located() {
    let p = Project::fixture("local");
    p.edit(PLAN, "name: Ejemplo Salud Comunitaria,", "name: \"\",");
    rejected(
        &p,
        "\
error[plan-local-empty-name]: the name of `mental_health` is empty
   ┌─ plans/with-local.yaml:19:20
   │
19 │   mental_health: { name: \"\", phone: \"915-555-0102\", languages: [es, en, mam] }
   │                    ^^^^ empty name
   │
   = give the name of the organisation or service (never of a person attending)

1 error, 0 warnings
Nothing was written; the previous packet, if any, is unchanged.
",
    );
}

#[test]
fn contacts_checked_long_before_the_workshop_get_a_warning() {
    let p = Project::fixture("local");
    p.edit(PLAN, "checked: 2026-11-28", "checked: 2026-09-01");
    let run = packet(&p, PLAN);
    run.expect_code(0);
    run.stderr_has(&[
        "warning[plan-local-stale]: the local contacts were checked on 2026-09-01, 95 days before the workshop",
        "plans/with-local.yaml:23:12",
    ]);
}

#[test]
fn a_facilitators_text_is_never_read_as_fluent_syntax() {
    let p = Project::fixture("local");
    p.edit(
        PLAN,
        "name: Ejemplo Red Fronteriza,",
        "name: \"Ejemplo {Red} \\\"Fronteriza\\\" -x\",",
    );
    packet(&p, PLAN).expect_code(0);
    let html = p.read("out/with-local/4-guide-sample.html");
    assert!(
        html.contains("Introduce yourself and Ejemplo {Red} &quot;Fronteriza&quot; -x."),
        "{html}"
    );
}

#[test]
fn the_shipped_example_plan_fills_every_placeholder_of_the_shipped_modules() {
    let p = Project::shipped();
    let run = p.run(&[
        "packet",
        "plans/one-day-workshop-local.yaml",
        "--out",
        "out",
    ]);
    run.expect_code(0);
    let dir = "out/one-day-workshop-local";
    for file in [
        "4-guide-rights-at-borders.pdf",
        "4-guide-climate-and-migration.pdf",
        "5-rights-at-borders-cards-rights-card.pdf",
        "5-climate-and-migration-cards-pocket-card.pdf",
    ] {
        let text = pdf_text(&p, &format!("{dir}/{file}"));
        for placeholder in [
            "[nombre de su organización]",
            "[organización local de ayuda legal",
            "[servicio local de apoyo",
        ] {
            assert!(
                !text.contains(placeholder),
                "{file} still has {placeholder}"
            );
        }
    }
    let card = pdf_text(
        &p,
        &format!("{dir}/5-rights-at-borders-cards-rights-card.pdf"),
    );
    assert!(card.contains("915-555-0101"), "{card}");
    let directory = pdf_text(&p, &format!("{dir}/6-support-directory.pdf"));
    assert!(
        directory.contains("Ejemplo Red de Respuesta Rápida"),
        "{directory}"
    );
    let readme = p.read(&format!("{dir}/README.txt"));
    assert!(!readme.contains("complete esto a mano"), "{readme}");
}

#[test]
fn a_local_block_with_no_contacts_is_an_error() {
    let p = Project::fixture("local");
    let text = p.read(PLAN);
    let start = text.find("local:").unwrap();
    p.write(
        PLAN,
        &format!("{}local:\n  checked: 2026-11-28\n", &text[..start]),
    );
    let run = packet(&p, PLAN);
    run.expect_code(1);
    run.stderr_has(&[
        "error[plan-local-empty]: the `local:` block lists no contacts",
        "plans/with-local.yaml:11:1",
    ]);
}

#[test]
fn a_contact_in_more_needs_a_kind() {
    let p = Project::fixture("local");
    p.edit(PLAN, "{ kind: rapid-response, name:", "{ name:");
    let run = packet(&p, PLAN);
    run.expect_code(1);
    run.stderr_has(&[
        "error[plan-local-kind]: contact 1 of `more` needs a `kind`",
        "plans/with-local.yaml:22:15",
    ]);
}

#[test]
fn too_many_contacts_for_one_page_are_an_error() {
    let p = Project::fixture("local");
    let one = "    - { kind: shelter, name: Ejemplo Albergue, phone: \"915-555-0110\" }\n";
    p.edit(PLAN, "  checked:", &format!("{}  checked:", one.repeat(6)));
    let run = packet(&p, PLAN);
    run.expect_code(1);
    run.stderr_has(&[
        "error[plan-local-too-many]: `more` lists 7 contacts; at most 6 fit on the one-page support directory",
        "plans/with-local.yaml:21:3",
    ]);
}

#[test]
fn a_web_address_must_be_one() {
    let p = Project::fixture("local");
    p.edit(PLAN, "url: \"https://example.org\"", "url: \"example.org\"");
    let run = packet(&p, PLAN);
    run.expect_code(1);
    run.stderr_has(&[
        "error[plan-local-url]: the web address of `organisation` must start with https:// or http://",
        "plans/with-local.yaml:12:78",
    ]);
}

#[test]
fn a_local_term_is_named_without_its_dash() {
    let p = Project::fixture("local");
    p.edit(
        "curricula/sample/module.yaml",
        "  org-placeholder: organisation.name",
        "  -org-placeholder: organisation.name",
    );
    let run = p.run(&["build", "--lang", "en", "--out", "out"]);
    run.expect_code(1);
    run.stderr_has(&[
        "error[invalid-id]: the local term id `-org-placeholder` is not a valid id",
        "curricula/sample/module.yaml:10:3",
    ]);
}

#[test]
fn a_module_names_a_local_contact_that_exists() {
    let p = Project::fixture("local");
    p.edit(
        "curricula/sample/module.yaml",
        "  legal-aid-placeholder: legal-aid\n",
        "  legal-aid-placeholder: lawyer\n",
    );
    let run = p.run(&["build", "--lang", "en", "--out", "out"]);
    run.expect_code(1);
    run.stderr_has(&[
        "error[yaml-unknown-value]: `lawyer` is not a local contact",
        "curricula/sample/module.yaml:11:26",
        "use one of organisation, legal-aid,",
    ]);
}

/// A bad `local:` block: exit 1, nothing written, and `parts` on standard error.
#[track_caller]
fn rejected_with(p: &Project, parts: &[&str]) {
    let run = packet(p, PLAN);
    run.expect_code(1);
    assert!(
        !p.exists("out/with-local"),
        "a failed packet must write nothing"
    );
    run.stderr_has(parts);
}

#[test]
fn a_kind_given_to_a_contact_outside_more_is_located() {
    let p = Project::fixture("local");
    p.edit(
        PLAN,
        "organisation: { name:",
        "organisation: { kind: shelter, name:",
    );
    rejected_with(&p, &["error[plan-local-kind]", "plans/with-local.yaml:12:"]);
}
