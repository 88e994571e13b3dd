//! `puente site`: the published website, on disk and in a real Chromium
//! opened from `file://`, as on a USB stick.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::browser::{browser, eval_bool, eval_string, open, screenshot};
use crate::support::{repo, Project};

/// The shipped project, with its site built once for every test that only
/// reads it (they may run other commands that write elsewhere in it).
pub fn shipped_project() -> &'static (Project, PathBuf) {
    static SITE: OnceLock<(Project, PathBuf)> = OnceLock::new();
    SITE.get_or_init(|| {
        let p = Project::shipped();
        p.run(&["site", "--out", "site"]).expect_code(0);
        let dir = p.path("site");
        (p, dir)
    })
}

/// The shipped project's site.
pub fn shipped_site() -> &'static Path {
    &shipped_project().1
}

/// Every file of a folder, relative to it, in name order.
pub fn files(dir: &Path) -> Vec<String> {
    fn walk(base: &Path, dir: &Path, out: &mut Vec<String>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let e = e.unwrap();
            if e.file_type().unwrap().is_dir() {
                walk(base, &e.path(), out);
            } else {
                let rel = e.path().strip_prefix(base).unwrap().to_path_buf();
                out.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

fn html_pages(dir: &Path) -> Vec<String> {
    let pages: Vec<String> = files(dir)
        .into_iter()
        .filter(|f| f.ends_with(".html"))
        .collect();
    assert!(pages.len() > 10, "too few pages: {pages:?}");
    pages
}

/// The values of an attribute (`href="…"`) in some HTML.
pub fn attr_values(html: &str, attr: &str) -> Vec<String> {
    let needle = format!(" {attr}=\"");
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(&needle) {
        let after = &rest[i + needle.len()..];
        let end = after.find('"').unwrap_or(after.len());
        out.push(after[..end].replace("&amp;", "&"));
        rest = &after[end..];
    }
    out
}

fn is_external(link: &str) -> bool {
    link.starts_with("http://") || link.starts_with("https://") || link.starts_with("mailto:")
}

/// Where a relative link from `page` lands, relative to the site's root.
pub fn resolve(page: &str, link: &str) -> String {
    let link = link.split(['#', '?']).next().unwrap_or("");
    let mut parts: Vec<&str> = page.split('/').collect();
    parts.pop();
    if link.is_empty() {
        return page.to_string();
    }
    for seg in link.split('/') {
        match seg {
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            s => parts.push(s),
        }
    }
    parts.join("/")
}

#[test]
fn every_internal_link_resolves_to_a_file_and_none_starts_with_a_slash() {
    let site = shipped_site();
    let mut broken = Vec::new();
    let mut checked = 0;
    for page in html_pages(site) {
        let html = std::fs::read_to_string(site.join(&page)).unwrap();
        for attr in ["href", "src"] {
            for link in attr_values(&html, attr) {
                if is_external(&link) || link.starts_with('#') {
                    continue;
                }
                if link.starts_with('/') {
                    broken.push(format!("{page}: {link} starts with /"));
                    continue;
                }
                checked += 1;
                let target = resolve(&page, &link);
                if !site.join(&target).is_file() {
                    broken.push(format!("{page}: {link} -> {target}"));
                }
            }
        }
    }
    assert!(checked > 300, "only {checked} links checked");
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}

#[test]
fn the_site_has_the_pages_the_issue_lists() {
    let site = shipped_site();
    for f in [
        "index.html",
        "404.html",
        "search.js",
        "es/index.html",
        "es/status.html",
        "es/search.html",
        "es/search-index.js",
        "es/rights-at-borders/index.html",
        "es/rights-at-borders/guide.html",
        "es/rights-at-borders/handout-rights-card.html",
        "es/rights-at-borders/letter/guide.pdf",
        "es/rights-at-borders/a4/guide.pdf",
        "es/rights-at-borders/letter/cards-rights-card.pdf",
        "es/rights-at-borders/letter/es+en/guide.pdf",
        "en/climate-and-migration/a4/en+es/guide.pdf",
    ] {
        assert!(site.join(f).is_file(), "{f} is missing");
    }
    // Without --base-url there is no sitemap (it needs whole addresses).
    assert!(!site.join("sitemap.xml").exists());
    let module = std::fs::read_to_string(site.join("es/rights-at-borders/index.html")).unwrap();
    for part in [
        "guide.html",
        "a4/guide.pdf",
        "letter/es+en/guide.pdf",
        "Tamaño del grupo",
    ] {
        assert!(module.contains(part), "the module page lacks {part}");
    }
}

#[test]
fn every_page_lang_matches_its_folder_and_its_alternates_resolve() {
    let site = shipped_site();
    let mut wrong = Vec::new();
    for page in html_pages(site) {
        let html = std::fs::read_to_string(site.join(&page)).unwrap();
        let lang = html
            .split("<html lang=\"")
            .nth(1)
            .and_then(|r| r.split('"').next())
            .unwrap_or("")
            .to_string();
        let folder = match page.split_once('/') {
            Some((l, _)) => l.to_string(),
            None => "en".to_string(),
        };
        if lang != folder {
            wrong.push(format!("{page}: lang={lang}"));
        }
        if page.contains('/') {
            let alternates: Vec<String> = html
                .split("<link rel=\"alternate\" hreflang=\"")
                .skip(1)
                .map(|s| s.to_string())
                .collect();
            let tags: Vec<&str> = alternates
                .iter()
                .map(|a| a.split('"').next().unwrap())
                .collect();
            if tags != ["en", "es"] {
                wrong.push(format!("{page}: hreflang {tags:?}"));
            }
            for a in &alternates {
                let href = a
                    .split("href=\"")
                    .nth(1)
                    .unwrap()
                    .split('"')
                    .next()
                    .unwrap();
                let target = resolve(&page, href);
                let tag = a.split('"').next().unwrap();
                if !site.join(&target).is_file() || !target.starts_with(&format!("{tag}/")) {
                    wrong.push(format!("{page}: alternate {tag} -> {target}"));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn no_page_loads_anything_from_another_host() {
    let site = shipped_site();
    for page in html_pages(site) {
        let html = std::fs::read_to_string(site.join(&page)).unwrap();
        for tag in [
            "<script", "<link", "<img", "<iframe", "<source", "<video", "<audio",
        ] {
            for piece in html.split(tag).skip(1) {
                let t = piece.split('>').next().unwrap();
                assert!(
                    !t.contains("http://") && !t.contains("https://") && !t.contains("src=\"//"),
                    "{page}: {tag}{t}>"
                );
            }
        }
        assert!(
            !html.contains("@import") && !html.contains("url(http"),
            "{page}"
        );
    }
}

#[test]
fn the_search_index_is_small() {
    let site = shipped_site();
    for lang in ["en", "es"] {
        let size = std::fs::metadata(site.join(format!("{lang}/search-index.js")))
            .unwrap()
            .len();
        assert!(size < 120_000, "{lang}: the search index is {size} bytes");
    }
}

#[test]
fn two_builds_are_identical() {
    let p = Project::shipped();
    p.run(&[
        "site",
        "--out",
        "a",
        "--base-url",
        "https://example.org/puente/",
    ])
    .expect_code(0);
    p.run(&[
        "site",
        "--out",
        "b",
        "--base-url",
        "https://example.org/puente/",
    ])
    .expect_code(0);
    let a = files(&p.path("a"));
    assert_eq!(a, files(&p.path("b")));
    assert!(a.contains(&"sitemap.xml".to_string()));
    let differ: Vec<&String> = a
        .iter()
        .filter(|f| {
            std::fs::read(p.path("a").join(f)).unwrap()
                != std::fs::read(p.path("b").join(f)).unwrap()
        })
        .collect();
    assert!(differ.is_empty(), "these differ: {differ:?}");
}

/// The PDFs a run rendered, and those it kept from the last one, from its
/// progress lines.
pub fn rendered_and_kept(stderr: &str) -> (Vec<&str>, Vec<&str>) {
    let rendered = stderr
        .lines()
        .filter_map(|l| l.strip_prefix("rendered "))
        .collect();
    let kept = stderr
        .lines()
        .filter_map(|l| l.strip_prefix("unchanged "))
        .collect();
    (rendered, kept)
}

#[test]
fn a_rebuild_renders_only_the_pdfs_an_edit_touches_and_gives_the_same_bytes() {
    let p = Project::fixture("basic");
    let first = p.run(&["site", "--out", "site"]);
    first.expect_code(0);
    let (rendered, kept) = rendered_and_kept(&first.stderr);
    assert!(kept.is_empty(), "{kept:?}");
    assert!(rendered.len() > 8, "{}", first.stderr);
    // The record of the PDFs lives beside the site, not in it.
    assert!(p.exists(".site.puente-pdfs.json"));
    assert!(!files(&p.path("site"))
        .iter()
        .any(|f| f.contains("puente-pdfs")));

    p.edit(
        "locales/es/sample.ftl",
        "module-title = Taller de ejemplo",
        "module-title = Taller cambiado",
    );
    // A PDF changed by hand in the published site is not trusted.
    p.write_bytes("site/en/sample/letter/guide.pdf", b"not the guide");
    let second = p.run(&["site", "--out", "site"]);
    second.expect_code(0);
    let (rendered, kept) = rendered_and_kept(&second.stderr);
    // The plan's packet is in English: the Spanish edit leaves every PDF
    // of it as it was, taken from the last site's zip.
    let (packet_kept, mut kept): (Vec<&str>, Vec<&str>) =
        kept.into_iter().partition(|k| k.starts_with("packets/"));
    assert!(
        !rendered.iter().any(|r| r.starts_with("packets/")),
        "{rendered:?}"
    );
    assert!(
        packet_kept.contains(&"packets/two-days.zip/two-days/1-run-sheet.pdf")
            && packet_kept.contains(&"packets/two-days.zip/two-days/4-guide-sample.pdf"),
        "{packet_kept:?}"
    );
    kept.sort();
    assert!(
        rendered.contains(&"es/sample/letter/guide.pdf"),
        "{}",
        second.stderr
    );
    assert!(rendered.contains(&"en/sample/letter/guide.pdf"));
    assert!(
        kept.contains(&"en/sample/a4/guide.pdf"),
        "{}",
        second.stderr
    );
    assert!(
        !kept
            .iter()
            .any(|k| k.starts_with("es/") && k.ends_with("guide.pdf")),
        "a Spanish guide was kept after its title changed: {kept:?}"
    );
    // Every English-only PDF but the one changed by hand was kept; every
    // Spanish or bilingual one was rendered again.
    assert_eq!(
        kept,
        [
            "en/sample/a4/guide.pdf",
            "en/sample/a4/handout-notes-sheet.pdf",
            "en/sample/letter/handout-notes-sheet.pdf",
        ],
        "rendered {rendered:?}"
    );

    // The same bytes as a site made from nothing.
    p.run(&["site", "--out", "fresh"]).expect_code(0);
    let names = files(&p.path("site"));
    assert_eq!(names, files(&p.path("fresh")));
    let differ: Vec<&String> = names
        .iter()
        .filter(|f| {
            std::fs::read(p.path("site").join(f)).unwrap()
                != std::fs::read(p.path("fresh").join(f)).unwrap()
        })
        .collect();
    assert!(differ.is_empty(), "these differ: {differ:?}");
    assert!(p
        .read("site/es/sample/guide.html")
        .contains("Taller cambiado"));
}

#[test]
fn a_locale_started_with_sync_is_not_published_as_translated() {
    let p = Project::fixture("basic");
    p.run(&["sync", "--lang", "ht"]).expect_code(0);
    let run = p.run(&["site", "--out", "site"]);
    run.expect_code(0)
        .stderr_has(&["site-locale-left-out", "ht is not published"]);
    assert!(
        !p.exists("site/ht"),
        "the untranslated locale was published"
    );
    let home = p.read("site/index.html");
    assert!(!home.contains("hreflang=\"ht\""), "{home}");
    assert!(p.read("site/es/status.html").contains("ht"));
}

#[test]
fn asking_only_for_an_untranslated_locale_is_a_usage_error_in_the_users_language() {
    let p = Project::fixture("basic");
    p.run(&["sync", "--lang", "ht"]).expect_code(0);
    p.run(&["site", "--out", "site", "--lang", "ht"])
        .expect_code(2)
        .stderr_has(&["no language to publish", "(ht)", "leave out --lang"]);
    assert!(!p.exists("site"), "a site was written");
    p.run_env(
        &["site", "--out", "site", "--lang", "ht"],
        &[("LANG", "es_MX.UTF-8")],
    )
    .expect_code(2)
    .stderr_has(&["no hay ningún idioma que publicar", "(ht)"]);
}

#[test]
fn text_still_in_english_is_marked_and_listed() {
    let p = Project::fixture("basic");
    p.edit(
        "locales/es/sample.ftl",
        "activity-stories-title = Historias\n",
        "",
    );
    p.run(&["site", "--out", "site"]).expect_code(0);
    let en = p.read("locales/en/sample.ftl");
    let english = en
        .lines()
        .find_map(|l| l.strip_prefix("activity-stories-title = "))
        .unwrap()
        .to_string();
    let guide = p.read("site/es/sample/guide.html");
    assert!(
        guide.contains(&format!("<span lang=\"en\">{english}</span>")),
        "no lang=en span around {english:?}"
    );
    assert!(guide.contains("class=\"fallback-notice\""));
    assert!(guide.contains("Partes de esta página siguen en inglés"));
    // The language is marked as having gaps wherever it is offered.
    assert!(p.read("site/index.html").contains("traducido en parte"));
    assert!(p.read("site/en/index.html").contains("partly translated"));
    // The page that is complete has no notice.
    let handout = p.read("site/es/sample/handout-notes-sheet.html");
    assert!(!handout.contains("class=\"fallback-notice\""));
}

#[test]
fn a_failed_site_build_leaves_the_previous_site_intact() {
    let p = Project::fixture("basic");
    p.run(&["site", "--out", "site"]).expect_code(0);
    let before = files(&p.path("site"));
    let guide = p.read("site/es/sample/guide.html");
    p.edit(
        "locales/es/sample.ftl",
        "module-title = Taller de ejemplo",
        "module-title = Taller cambiado",
    );
    p.run_env(
        &["site", "--out", "site"],
        &[("PUENTE_TEST_FAIL_AFTER_WRITES", "5")],
    )
    .expect_code(2);
    assert_eq!(files(&p.path("site")), before);
    assert_eq!(p.read("site/es/sample/guide.html"), guide);
    let leftovers: Vec<_> = std::fs::read_dir(p.root())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().starts_with(".puente"))
        .collect();
    assert!(leftovers.is_empty(), "staging left behind");
}

#[test]
fn bad_content_is_reported_with_its_place_and_nothing_is_written() {
    let p = Project::fixture("basic");
    let good = p.read("locales/es/sample.ftl");
    p.write("locales/es/sample.ftl", &format!("{good}\nroto = {{ $x\n"));
    p.run(&["site", "--out", "site"])
        .expect_code(1)
        .stderr_has(&["ftl-syntax", "locales/es/sample.ftl:"]);
    assert!(!p.exists("site"));
}

#[test]
fn a_bad_base_url_is_a_usage_error() {
    let p = Project::fixture("basic");
    p.run(&["site", "--out", "site", "--base-url", "example.org"])
        .expect_code(2)
        .stderr_has(&["--base-url"]);
}

// ---- In Chromium, from file:// -------------------------------------------

fn file_url(path: &Path) -> String {
    format!("file://{}", path.display())
}

/// axe-core from `target/axe` (`tests/setup.sh` installs it). Missing, the
/// test prints SKIPPED, or fails under `CI=true`.
pub fn axe() -> Option<String> {
    let path = repo().join("target/axe/node_modules/axe-core/axe.min.js");
    match std::fs::read_to_string(&path) {
        Ok(s) => Some(s),
        Err(_) => {
            let msg = "axe-core is needed for the accessibility tests: `bash tests/setup.sh` installs it into target/axe/";
            if std::env::var("CI").as_deref() == Ok("true") {
                panic!("{msg}");
            }
            eprintln!("SKIPPED: {msg}");
            None
        }
    }
}

#[test]
fn axe_finds_no_serious_or_critical_violations() {
    let Some(axe) = axe() else { return };
    let Some(b) = browser(1280, 900) else { return };
    let site = shipped_site();
    let mut report = BTreeMap::new();
    for page in [
        "index.html",
        "es/index.html",
        "es/rights-at-borders/index.html",
        "es/rights-at-borders/guide.html",
        "es/rights-at-borders/handout-rights-card.html",
        "en/climate-and-migration/handout-action-worksheet.html",
        "es/search.html",
        "es/status.html",
        "404.html",
    ] {
        let tab = open(&b, &file_url(&site.join(page)));
        tab.evaluate(&axe, false).expect("axe loads");
        let js = r#"axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa','best-practice']}})
            .then(r => JSON.stringify(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '))))"#;
        let out = tab
            .evaluate(js, true)
            .ok()
            .and_then(|r| r.value)
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_else(|| "axe did not run".into());
        if out != "[]" {
            report.insert(page, out);
        }
    }
    assert!(report.is_empty(), "{report:#?}");
}

#[test]
fn search_works_from_file_urls() {
    let Some(b) = browser(1280, 900) else { return };
    let site = shipped_site();
    let tab = open(
        &b,
        &format!("{}?q=asilo", file_url(&site.join("es/search.html"))),
    );
    let hits = eval_string(
        &tab,
        "Array.from(document.querySelectorAll('[data-search-results] a')).map(a => a.href).join('\\n')",
    );
    assert!(hits.contains("rights-at-borders/guide.html"), "{hits}");
    // Typing into the box searches too, accents or not.
    tab.find_element("input[type=search]")
        .unwrap()
        .click()
        .unwrap();
    tab.evaluate(
        "(function(){var i=document.querySelector('main input[type=search]'); i.value='educacion'; i.dispatchEvent(new Event('input'));})()",
        false,
    )
    .unwrap();
    let n = eval_string(
        &tab,
        "String(document.querySelectorAll('[data-search-results] a').length)",
    );
    assert_ne!(n, "0");
    screenshot(&tab, "site-search-es");
    // Each result opens its page from the file system.
    let first = eval_string(
        &tab,
        "document.querySelector('[data-search-results] a').href",
    );
    assert!(first.starts_with("file://"), "{first}");
    let tab2 = open(&b, &first);
    assert!(eval_bool(&tab2, "!!document.querySelector('main h1')"));
}

#[test]
fn nothing_scrolls_sideways_at_390_px() {
    let Some(b) = browser(390, 844) else { return };
    let site = shipped_site();
    let mut wide = Vec::new();
    for page in html_pages(site) {
        let tab = open(&b, &file_url(&site.join(&page)));
        let w = eval_string(
            &tab,
            "String(document.documentElement.scrollWidth) + ' ' + String(document.documentElement.clientWidth)",
        );
        let (sw, cw) = w.split_once(' ').unwrap();
        assert_eq!(cw, "390", "{page}: the page is not at a phone's width");
        if sw.parse::<u32>().unwrap() > cw.parse::<u32>().unwrap() {
            wide.push(format!("{page}: {w}"));
        }
        drop(tab); // closes it
    }
    assert!(wide.is_empty(), "{}", wide.join("\n"));
}

#[test]
fn no_request_leaves_the_machine() {
    let Some(b) = browser(1280, 900) else { return };
    let site = shipped_site();
    for page in [
        "index.html",
        "es/rights-at-borders/guide.html",
        "es/search.html",
        "en/climate-and-migration/index.html",
    ] {
        let tab = open(&b, &file_url(&site.join(page)));
        let outside = eval_string(
            &tab,
            "performance.getEntriesByType('resource').map(e => e.name).filter(n => !n.startsWith('file:')).join(' ')",
        );
        assert_eq!(outside, "", "{page}");
        let resources = eval_string(
            &tab,
            "Array.from(document.querySelectorAll('script[src],link[href],img[src],iframe[src]')).map(e => e.src || e.href).filter(u => u && !u.startsWith('file:')).join(' ')",
        );
        assert_eq!(resources, "", "{page}");
    }
}

#[test]
fn the_skip_link_leads_to_main_and_every_page_has_one_h1() {
    let Some(b) = browser(1280, 900) else { return };
    let site = shipped_site();
    for page in [
        "es/index.html",
        "es/rights-at-borders/guide.html",
        "index.html",
    ] {
        let tab = open(&b, &file_url(&site.join(page)));
        assert!(
            eval_bool(
                &tab,
                "(function(){var a=document.querySelector('a.skip'); return !!a && a.getAttribute('href')==='#main' && !!document.querySelector('main#main') && document.querySelectorAll('h1').length===1;})()"
            ),
            "{page}"
        );
    }
}

/// Not a test of behaviour: pictures of the site to look at, at a desktop's
/// and a phone's width, under `target/screenshots/`.
#[test]
fn screenshots_of_the_site() {
    let site = shipped_site();
    for (w, h) in [(1280, 900), (390, 844)] {
        let Some(b) = browser(w, h) else { return };
        for (page, name) in [
            ("index.html", "home"),
            ("es/index.html", "es-home"),
            ("es/rights-at-borders/index.html", "es-module"),
            (
                "es/rights-at-borders/index.html#packets",
                "es-module-packets",
            ),
            (
                "en/rights-at-borders/index.html#packets",
                "en-module-packets",
            ),
            ("es/rights-at-borders/guide.html", "es-guide"),
            ("es/rights-at-borders/handout-rights-card.html", "es-card"),
        ] {
            let tab = open(&b, &file_url(&site.join(page)));
            screenshot(&tab, &format!("site-{name}-{w}"));
        }
    }
}

#[test]
fn build_pages_get_the_same_landmarks() {
    let p = Project::fixture("basic");
    p.run(&["build", "--lang", "es", "--out", "out"])
        .expect_code(0);
    for page in [
        "out/sample/es/guide.html",
        "out/sample/es/handout-notes-sheet.html",
    ] {
        let html = p.read(page);
        assert!(html.contains("<a class=\"skip\" href=\"#main\">"), "{page}");
        assert!(html.contains("<main id=\"main\">"), "{page}");
        // No site navigation outside the site.
        assert!(!html.contains("header class=\"site\""), "{page}");
    }
}
