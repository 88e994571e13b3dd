//! The shipped modules: all render in both languages with no fallback,
//! their agendas add up, their handouts carry no facilitator notes, every
//! guide is long enough to teach from, and a material that several modules
//! need has one name.

use crate::support::Project;

const MODULES: [&str; 3] = [
    "rights-at-borders",
    "climate-and-migration",
    "mapping-and-documentation",
];

#[test]
fn list_shows_both_modules_fully_translated() {
    let p = Project::shipped();
    let run = p.run(&["list"]);
    run.expect_code(0);
    for m in MODULES {
        assert!(run.stdout.contains(m), "{}", run.stdout);
    }
    assert!(!run.stdout.contains("es         0%"), "{}", run.stdout);
}

#[test]
fn both_modules_build_in_both_languages_without_fallbacks() {
    let p = Project::shipped();
    let run = p.run(&["build", "--lang", "en", "--lang", "es", "--out", "out"]);
    run.expect_code(0);
    assert!(!run.stderr.contains("fallback"), "{}", run.stderr);
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);
    for m in MODULES {
        for lang in ["en", "es"] {
            let guide = p.read(&format!("out/{m}/{lang}/guide.html"));
            assert!(guide.contains(&format!("<html lang=\"{lang}\"")));
        }
    }
    assert!(p
        .read("out/rights-at-borders/es/guide.html")
        .contains("Guía para la persona facilitadora"));
}

/// Every facilitator-only message text (activity notes and safety notes) in
/// the shipped `.ftl` files, per language.
fn facilitator_only_texts(p: &Project, module: &str, lang: &str) -> Vec<String> {
    let ftl = p.read(&format!("locales/{lang}/{module}.ftl"));
    let mut out = Vec::new();
    let mut current: Option<String> = None;
    for line in ftl.lines() {
        if let Some((id, value)) = line.split_once(" = ") {
            if let Some(text) = current.take() {
                out.push(text);
            }
            if !id.starts_with(' ') && (id.contains("-note-") || id.starts_with("safety-")) {
                current = Some(value.trim().to_string());
            }
        } else if line.starts_with("    ") {
            if let Some(text) = current.as_mut() {
                text.push(' ');
                text.push_str(line.trim());
            }
        } else if let Some(text) = current.take() {
            out.push(text);
        }
    }
    out.extend(current);
    out
}

#[test]
fn shipped_handouts_never_contain_facilitator_notes() {
    let p = Project::shipped();
    p.run(&["build", "--lang", "en", "--lang", "es", "--out", "out"])
        .expect_code(0);
    for m in MODULES {
        for lang in ["en", "es"] {
            let notes = facilitator_only_texts(&p, m, lang);
            assert!(
                notes.len() >= 10,
                "{m}/{lang}: expected many notes, found {}",
                notes.len()
            );
            let guide = p.read(&format!("out/{m}/{lang}/guide.html"));
            for entry in std::fs::read_dir(p.path(&format!("out/{m}/{lang}"))).unwrap() {
                let path = entry.unwrap().path();
                let name = path.file_name().unwrap().to_string_lossy().into_owned();
                if !name.starts_with("handout-") {
                    continue;
                }
                let html = std::fs::read_to_string(&path).unwrap();
                for note in &notes {
                    // Compare a distinctive stretch of each note (HTML escapes
                    // quotes, so take the first words up to any quote).
                    let probe: String = note
                        .chars()
                        .take_while(|c| !"\"'<>&{".contains(*c))
                        .take(60)
                        .collect();
                    if probe.len() < 20 {
                        continue;
                    }
                    assert!(
                        guide.contains(&probe),
                        "{m}/{lang}: the guide should show the note {probe:?}"
                    );
                    assert!(
                        !html.contains(&probe),
                        "{m}/{lang}/{name} contains the facilitator note {probe:?}"
                    );
                }
            }
        }
    }
}

/// The words a reader sees in an HTML page: the text between tags.
fn visible_words(html: &str) -> usize {
    let mut text = String::new();
    let mut in_tag = false;
    let body = html.split("<body").nth(1).unwrap_or(html);
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count()
}

#[test]
fn every_shipped_guide_has_at_least_2500_words_in_each_language() {
    let p = Project::shipped();
    p.run(&[
        "build", "--lang", "en", "--lang", "es", "--format", "html", "--out", "out",
    ])
    .expect_code(0);
    for m in MODULES {
        for lang in ["en", "es"] {
            let n = visible_words(&p.read(&format!("out/{m}/{lang}/guide.html")));
            assert!(n >= 2500, "{m}/{lang}: the guide has only {n} words");
        }
    }
}

/// A material id that two modules both need names one thing: the modules
/// must give it the same text in every language (a shared `-supply-*` term
/// of `common.ftl`), or a packet lists it under two names.
#[test]
fn a_material_shared_by_modules_has_one_name_in_each_language() {
    let p = Project::shipped();
    for lang in ["en", "es"] {
        let mut seen: std::collections::BTreeMap<String, (String, String)> = Default::default();
        let mut shared = 0;
        for m in MODULES {
            let ftl = p.read(&format!("locales/{lang}/{m}.ftl"));
            for line in ftl.lines() {
                let Some((id, value)) = line.split_once(" = ") else {
                    continue;
                };
                if !id.starts_with("material-") {
                    continue;
                }
                match seen.get(id) {
                    Some((other, text)) => {
                        shared += 1;
                        assert_eq!(
                            text, value,
                            "{lang}: `{id}` is \"{value}\" in {m} but \"{text}\" in {other}"
                        );
                    }
                    None => {
                        seen.insert(id.to_string(), (m.to_string(), value.to_string()));
                    }
                }
            }
        }
        assert!(shared >= 10, "{lang}: only {shared} shared materials found");
    }
}
