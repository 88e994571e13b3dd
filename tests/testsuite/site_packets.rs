//! The example packets of `puente site`: each plan's packet, the very zip
//! `puente packet <plan> --zip` makes, linked from the page of every module
//! the plan uses, in every language of the site.

use std::collections::BTreeSet;
use std::path::Path;

use crate::site::{attr_values, files, rendered_and_kept, resolve, shipped_project};
use crate::support::{repo, Project};

/// The plans of a project: each file stem with the modules it uses.
fn plans(root: &Path) -> Vec<(String, BTreeSet<String>)> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(root.join("plans")).unwrap() {
        let path = e.unwrap().path();
        if path.extension().is_none_or(|x| x != "yaml") {
            continue;
        }
        let modules = std::fs::read_to_string(&path)
            .unwrap()
            .lines()
            .filter_map(|l| l.trim().strip_prefix("- module:"))
            .map(|m| m.trim().to_string())
            .collect();
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        out.push((stem, modules));
    }
    out.sort();
    assert!(!out.is_empty(), "no plans in {}", root.display());
    out
}

/// The text of the message `id` in a locale's `plans.ftl`.
fn plan_title(lang: &str, id: &str) -> String {
    let ftl = std::fs::read_to_string(repo().join(format!("locales/{lang}/plans.ftl"))).unwrap();
    ftl.lines()
        .find_map(|l| l.strip_prefix(&format!("{id} = ")))
        .unwrap_or_else(|| panic!("no {id} in {lang}/plans.ftl"))
        .to_string()
}

/// The packets section of a module page, or `None`.
fn packets_section(html: &str) -> Option<&str> {
    let start = html.find("id=\"packets\"")?;
    let end = html[start..]
        .find("</main>")
        .map_or(html.len(), |e| start + e);
    Some(&html[start..end])
}

#[test]
fn every_module_page_links_the_packet_of_each_plan_that_uses_it_and_no_other() {
    let (p, site) = shipped_project();
    let plans = plans(p.root());
    let mut with = 0;
    let mut without = 0;
    let mut wrong = Vec::new();
    for lang in ["en", "es"] {
        for page in files(site)
            .into_iter()
            .filter(|f| f.starts_with(&format!("{lang}/")) && f.matches('/').count() == 2)
            .filter(|f| f.ends_with("/index.html"))
        {
            let module = page.split('/').nth(1).unwrap().to_string();
            let html = std::fs::read_to_string(site.join(&page)).unwrap();
            let expected: BTreeSet<String> = plans
                .iter()
                .filter(|(_, modules)| modules.contains(&module))
                .map(|(name, _)| format!("packets/{name}.zip"))
                .collect();
            let linked: BTreeSet<String> = attr_values(&html, "href")
                .iter()
                .map(|h| resolve(&page, h))
                .filter(|t| t.starts_with("packets/") && t.ends_with(".zip"))
                .collect();
            if linked != expected {
                wrong.push(format!("{page}: links {linked:?}, expected {expected:?}"));
            }
            for target in &linked {
                if !site.join(target).is_file() {
                    wrong.push(format!("{page}: {target} is not in the site"));
                }
            }
            if expected.is_empty() {
                without += 1;
                if packets_section(&html).is_some() {
                    wrong.push(format!(
                        "{page}: a packets section, but no plan uses {module}"
                    ));
                }
            } else {
                with += 1;
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    // The shipped project has modules a plan uses and one no plan uses.
    assert!(
        with >= 4 && without >= 2,
        "{with} pages with packets, {without} without"
    );
}

#[test]
fn a_packet_link_gives_the_plan_title_languages_days_and_size_in_the_page_language() {
    let (_, site) = shipped_project();
    let size = |plan: &str| {
        std::fs::metadata(site.join(format!("packets/{plan}.zip")))
            .unwrap()
            .len()
            .div_ceil(1000)
    };
    for (lang, heading, languages, day, participants) in [
        (
            "en",
            "Example workshop packets, to adapt",
            "Spanish + English · Bilingual, side by side",
            "Day 1 · Saturday, December 5, 2026 · 9:00 a.m.–",
            "25 participants",
        ),
        (
            "es",
            "Paquetes de taller de ejemplo, para adaptar",
            "español + inglés · Bilingüe, lado a lado",
            "Día 1 · sábado 5 de diciembre de 2026 · 9:00–",
            "25 participantes",
        ),
    ] {
        let page = format!("{lang}/rights-at-borders/index.html");
        let html = std::fs::read_to_string(site.join(&page)).unwrap();
        let section = packets_section(&html).unwrap_or_else(|| panic!("{page}: no packets"));
        let title = plan_title(lang, "plan-one-day-title");
        let link = format!(
            "<a href=\"../../packets/one-day-workshop-bilingual.zip\" type=\"application/zip\">{title}</a> <span class=\"muted\">(ZIP,&nbsp;{}&nbsp;KB)</span>",
            size("one-day-workshop-bilingual")
        );
        for part in [heading, &link, languages, day, participants] {
            assert!(section.contains(part), "{page} lacks {part:?}:\n{section}");
        }
        // The plan it is made from, to adapt, is beside it.
        let yaml = "packets/one-day-workshop-bilingual.yaml";
        assert!(
            section.contains(&format!("href=\"../../{yaml}\"")),
            "{section}"
        );
        assert_eq!(
            std::fs::read(site.join(yaml)).unwrap(),
            std::fs::read(repo().join("plans/one-day-workshop-bilingual.yaml")).unwrap()
        );
        // Static pages cannot make a packet: no link to the planner.
        assert!(!section.contains("/plan\""), "{section}");
    }
}

#[test]
fn the_packets_in_the_site_are_the_zips_puente_packet_makes() {
    let (p, site) = shipped_project();
    let mut differ = Vec::new();
    for (plan, _) in plans(p.root()) {
        let out = format!("packet-zip-{plan}");
        p.run(&[
            "packet",
            &format!("plans/{plan}.yaml"),
            "--zip",
            "--out",
            &out,
        ])
        .expect_code(0);
        let made = std::fs::read(p.path(&format!("{out}/{plan}.zip"))).unwrap();
        let published = std::fs::read(site.join(format!("packets/{plan}.zip"))).unwrap();
        if made != published {
            differ.push(plan);
        }
    }
    assert!(
        differ.is_empty(),
        "these differ from `packet --zip`: {differ:?}"
    );
}

#[test]
fn an_unchanged_rebuild_takes_every_packet_pdf_from_the_last_site() {
    let p = Project::fixture("basic");
    let first = p.run(&["site", "--out", "site"]);
    first.expect_code(0);
    let (rendered, _) = rendered_and_kept(&first.stderr);
    let packet_pdfs: BTreeSet<&str> = rendered
        .iter()
        .copied()
        .filter(|r| r.starts_with("packets/two-days.zip/two-days/"))
        .collect();
    for f in ["1-run-sheet.pdf", "3-print-list.pdf", "4-guide-sample.pdf"] {
        assert!(
            packet_pdfs.contains(format!("packets/two-days.zip/two-days/{f}").as_str()),
            "{f}: {}",
            first.stderr
        );
    }
    let zip = std::fs::read(p.path("site/packets/two-days.zip")).unwrap();

    let second = p.run(&["site", "--out", "site"]);
    second.expect_code(0);
    let (rendered, kept) = rendered_and_kept(&second.stderr);
    assert!(rendered.is_empty(), "rendered again: {rendered:?}");
    let kept: BTreeSet<&str> = kept.into_iter().collect();
    assert!(packet_pdfs.is_subset(&kept), "{kept:?}");
    assert_eq!(
        std::fs::read(p.path("site/packets/two-days.zip")).unwrap(),
        zip
    );
}

#[test]
fn a_changed_plan_renders_its_packet_sheets_again_and_matches_packet_zip() {
    let p = Project::fixture("basic");
    p.run(&["site", "--out", "site"]).expect_code(0);
    p.edit(
        "plans/two-days.yaml",
        "participants: 12",
        "participants: 30",
    );
    let run = p.run(&["site", "--out", "site"]);
    run.expect_code(0);
    let (rendered, _) = rendered_and_kept(&run.stderr);
    // The checklist and print list count participants; the site's own
    // PDFs do not depend on the plan.
    for f in ["2-materials-checklist.pdf", "3-print-list.pdf"] {
        assert!(
            rendered.contains(&format!("packets/two-days.zip/two-days/{f}").as_str()),
            "{f} was not rendered again: {rendered:?}"
        );
    }
    assert!(
        rendered.iter().all(|r| r.starts_with("packets/")),
        "{rendered:?}"
    );
    p.run(&["packet", "plans/two-days.yaml", "--zip", "--out", "out"])
        .expect_code(0);
    assert_eq!(
        std::fs::read(p.path("site/packets/two-days.zip")).unwrap(),
        std::fs::read(p.path("out/two-days.zip")).unwrap()
    );
    assert!(p
        .read("site/en/sample/index.html")
        .contains("30 participants"));
}

#[test]
fn a_bad_plan_fails_the_site_with_the_diagnostics_packet_gives_and_keeps_the_last_site() {
    let p = Project::fixture("basic");
    p.run(&["site", "--out", "site"]).expect_code(0);
    let before = files(&p.path("site"));
    let zip = std::fs::read(p.path("site/packets/two-days.zip")).unwrap();
    p.edit(
        "plans/two-days.yaml",
        "    items:\n      - module: sample\n      - break: 10",
        "    items:\n      - module: sampel\n      - break: 10",
    );
    let packet = p.run(&["packet", "plans/two-days.yaml", "--out", "out"]);
    packet.expect_code(1);
    let site = p.run(&["site", "--out", "site"]);
    site.expect_code(1);
    // Every line of `packet`'s diagnostics, in the same order; only the
    // last line (what was not written) differs.
    let lines: Vec<&str> = packet.stderr.lines().collect();
    let (_, diagnostics) = lines.split_last().unwrap();
    let diagnostics = diagnostics.join("\n");
    assert!(
        diagnostics.contains("plan-unknown-module")
            && diagnostics.contains("plans/two-days.yaml:12:"),
        "{diagnostics}"
    );
    assert!(
        site.stderr.starts_with(&diagnostics),
        "site:\n{}\npacket:\n{diagnostics}",
        site.stderr
    );
    assert_eq!(files(&p.path("site")), before);
    assert_eq!(
        std::fs::read(p.path("site/packets/two-days.zip")).unwrap(),
        zip
    );
}

#[test]
fn a_packet_zip_damaged_in_the_published_site_is_made_again() {
    let p = Project::fixture("basic");
    p.run(&["site", "--out", "site"]).expect_code(0);
    let good = std::fs::read(p.path("site/packets/two-days.zip")).unwrap();
    p.write_bytes("site/packets/two-days.zip", b"not the packet");
    let run = p.run(&["site", "--out", "site"]);
    run.expect_code(0);
    // Nothing in it can be trusted, so its PDFs are rendered again.
    let (rendered, _) = rendered_and_kept(&run.stderr);
    assert!(
        rendered.contains(&"packets/two-days.zip/two-days/4-guide-sample.pdf"),
        "{rendered:?}"
    );
    assert_eq!(
        std::fs::read(p.path("site/packets/two-days.zip")).unwrap(),
        good
    );
}

#[test]
fn a_site_without_a_plans_language_leaves_its_packet_out_and_says_so() {
    let p = Project::fixture("basic");
    p.run(&["site", "--out", "site", "--lang", "es"])
        .expect_code(0)
        .stderr_has(&[
            "site-packet-left-out",
            "plans/two-days.yaml",
            "does not publish `en`",
        ]);
    assert!(
        !p.exists("site/packets"),
        "an English packet in a Spanish site"
    );
    let page = p.read("site/es/sample/index.html");
    assert!(packets_section(&page).is_none(), "{page}");
    p.run(&["site", "--out", "site", "--lang", "en"])
        .expect_code(0);
    assert!(p.exists("site/packets/two-days.zip"));
}

#[test]
fn a_plan_language_counts_as_the_locale_packet_makes_it_from() {
    let p = Project::fixture("basic");
    // `packet` makes an es-MX plan from es: the Spanish site carries it.
    p.edit(
        "plans/two-days.yaml",
        "languages: [en]",
        "languages: [es-MX]",
    );
    p.run(&["packet", "plans/two-days.yaml", "--out", "out"])
        .expect_code(0);
    p.run(&["site", "--out", "site", "--lang", "es"])
        .expect_code(0);
    assert!(p.exists("site/packets/two-days.zip"));
    // A locale only started is not published, and neither is its packet.
    p.run(&["sync", "--lang", "ht"]).expect_code(0);
    p.edit(
        "plans/two-days.yaml",
        "languages: [es-MX]",
        "languages: [ht]",
    );
    p.run(&["site", "--out", "site"])
        .expect_code(0)
        .stderr_has(&["site-packet-left-out", "does not publish `ht`"]);
    assert!(!p.exists("site/packets/two-days.zip"));
}
