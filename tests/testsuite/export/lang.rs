//! The language on the text of editable documents: English that stands in
//! for a missing Spanish message, and English source titles, are marked
//! English (`w:lang`, `fo:language`) in guides and handouts; everything
//! else is marked Spanish.

use std::collections::BTreeMap;
use std::path::Path;

use quick_xml::events::{BytesStart, Event};

use super::body;
use crate::support::Project;

fn attr(e: &BytesStart, name: &str) -> Option<String> {
    e.try_get_attribute(name)
        .ok()
        .flatten()
        .map(|a| a.unescape_value().unwrap().into_owned())
}

fn entity(name: &str) -> &'static str {
    match name {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        _ => "",
    }
}

/// Every run of text in a .docx or .odt body, with its language: `w:r`
/// with its `w:lang`, or `text:span` with its automatic style's
/// `fo:language`. A run without a language is `"?"`.
pub fn runs(path: &Path) -> Vec<(String, String)> {
    let xml = body(path);
    let docx = path.extension().is_some_and(|e| e == "docx");
    let mut r = quick_xml::Reader::from_str(&xml);
    let mut out: Vec<(String, String)> = Vec::new();
    // ODT: the language of each automatic text style.
    let mut styles: BTreeMap<String, String> = BTreeMap::new();
    let mut style = None;
    // The run being read: (language, text).
    let mut run: Option<(String, String)> = None;
    let mut in_text = false;
    loop {
        match r.read_event().unwrap() {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) => match e.name().as_ref() {
                b"w:r" if docx => run = Some(("?".into(), String::new())),
                b"w:lang" => {
                    if let Some(run) = &mut run {
                        run.0 = attr(&e, "w:val").unwrap();
                    }
                }
                b"w:t" => in_text = true,
                b"style:style" => style = attr(&e, "style:name"),
                b"style:text-properties" => {
                    if let (Some(s), Some(l)) = (&style, attr(&e, "fo:language")) {
                        styles.insert(s.clone(), l);
                    }
                }
                b"text:span" => {
                    let name = attr(&e, "text:style-name").unwrap_or_default();
                    let lang = styles.get(&name).cloned().unwrap_or("?".into());
                    run = Some((lang, String::new()));
                    in_text = true;
                }
                b"text:s" => {
                    if let Some(run) = &mut run {
                        run.1.push(' ');
                    }
                }
                _ => {}
            },
            Event::End(e) => match e.name().as_ref() {
                b"w:t" => in_text = false,
                b"w:r" | b"text:span" => {
                    in_text = false;
                    out.extend(run.take());
                }
                _ => {}
            },
            Event::Text(t) if in_text => {
                if let Some(run) = &mut run {
                    run.1.push_str(&t.decode().unwrap());
                }
            }
            Event::GeneralRef(g) if in_text => {
                if let Some(run) = &mut run {
                    run.1.push_str(entity(&g.decode().unwrap()));
                }
            }
            _ => {}
        }
    }
    out
}

/// The texts of the runs marked `lang`, in order.
fn marked(runs: &[(String, String)], lang: &str) -> Vec<String> {
    runs.iter()
        .filter(|(l, _)| l == lang)
        .map(|(_, t)| t.clone())
        .collect()
}

/// Asserts that the runs of `doc` marked English are exactly `english`
/// (in any order) and that every other run is Spanish.
#[track_caller]
fn english_is_exactly(doc: &Path, english: &[String]) {
    let runs = runs(doc);
    assert!(!runs.is_empty(), "{}: no runs", doc.display());
    let mut found = marked(&runs, "en");
    found.sort();
    let mut want = english.to_vec();
    want.sort();
    assert_eq!(found, want, "{}: the runs marked English", doc.display());
    let other: Vec<&(String, String)> = runs
        .iter()
        .filter(|(l, _)| l != "en" && l != "es")
        .collect();
    assert!(other.is_empty(), "{}: {other:?}", doc.display());
}

/// `id = value` of the single-line messages of an .ftl file.
fn messages(ftl: &str) -> BTreeMap<String, String> {
    ftl.lines()
        .filter_map(|l| l.split_once(" = "))
        .filter(|(id, _)| !id.starts_with([' ', '#', '-']))
        .map(|(id, v)| (id.to_string(), v.trim().to_string()))
        .collect()
}

/// The source titles the Spanish keeps in English (the same text as the
/// English, without term references) that `text` shows.
fn english_titles_in(p: &Project, module: &str, text: &str) -> Vec<String> {
    let en = messages(&p.read(&format!("locales/en/{module}.ftl")));
    let es = messages(&p.read(&format!("locales/es/{module}.ftl")));
    en.iter()
        .filter(|(id, v)| {
            id.starts_with("source-")
                && id.ends_with("-title")
                && !v.contains('{')
                && es.get(*id) == Some(v)
                && text.contains(v.as_str())
        })
        .map(|(_, v)| v.clone())
        .collect()
}

fn build_es(p: &Project) {
    p.run(&[
        "build",
        "rights-at-borders",
        "--lang",
        "es",
        "--format",
        "docx,odt",
        "--out",
        "out",
    ])
    .expect_code(0);
}

/// Makes two messages of the rights reading (a section heading and a list
/// item) untranslated in Spanish, and returns their English.
fn drop_two_spanish_messages(p: &Project) -> Vec<String> {
    // Spanish is declared complete; make it incomplete so English stands in.
    std::fs::remove_file(p.path("locales/es/puente.yaml")).unwrap();
    let en = messages(&p.read("locales/en/rights-at-borders.ftl"));
    let es = p.read("locales/es/rights-at-borders.ftl");
    let mut english = Vec::new();
    for id in [
        "handout-rights-reading-ohchr-guidelines-heading",
        "handout-rights-reading-ohchr-guidelines-item-rescue",
    ] {
        let line = es
            .lines()
            .find(|l| l.starts_with(&format!("{id} = ")))
            .unwrap_or_else(|| panic!("{id} is not in the Spanish"));
        p.edit("locales/es/rights-at-borders.ftl", &format!("{line}\n"), "");
        let text = en[id].clone();
        assert!(
            !text.contains('{'),
            "{id}: pick a message without references"
        );
        english.push(text);
    }
    english
}

#[test]
fn english_standing_in_for_a_spanish_handout_message_is_marked_english() {
    let p = Project::shipped();
    let mut english = drop_two_spanish_messages(&p);
    build_es(&p);
    let docx = p.path("out/rights-at-borders/es/handout-rights-reading.docx");
    let shown = super::text(&body(&docx));
    let titles = english_titles_in(&p, "rights-at-borders", &shown);
    assert!(!titles.is_empty(), "the reading cites no English title");
    english.extend(titles);
    english_is_exactly(&docx, &english);
    english_is_exactly(&docx.with_extension("odt"), &english);
}

#[test]
fn english_source_titles_are_the_only_english_in_spanish_guides_and_handouts() {
    let p = Project::shipped();
    build_es(&p);
    for name in ["guide", "handout-rights-reading", "handout-glossary"] {
        let docx = p.path(&format!("out/rights-at-borders/es/{name}.docx"));
        let shown = super::text(&body(&docx));
        let titles = english_titles_in(&p, "rights-at-borders", &shown);
        assert!(!titles.is_empty(), "{name} cites no English title");
        english_is_exactly(&docx, &titles);
        english_is_exactly(&docx.with_extension("odt"), &titles);
    }
}

#[test]
fn an_untranslated_source_title_is_marked_english() {
    let p = Project::shipped();
    std::fs::remove_file(p.path("locales/es/puente.yaml")).unwrap();
    // A source title whose English is plain text (no term references).
    let en = p.read("locales/en/rights-at-borders.ftl");
    let (id, english) = en
        .lines()
        .filter(|l| l.starts_with("source-") && l.contains("-title = ") && !l.contains('{'))
        .map(|l| l.split_once(" = ").unwrap())
        .next()
        .expect("a plain source title");
    let ftl = p.read("locales/es/rights-at-borders.ftl");
    let line = ftl
        .lines()
        .find(|l| l.starts_with(&format!("{id} = ")))
        .expect("its Spanish")
        .to_string();
    p.edit("locales/es/rights-at-borders.ftl", &format!("{line}\n"), "");
    build_es(&p);
    let english = english.trim().to_string();
    for ext in ["docx", "odt"] {
        let guide = runs(&p.path(&format!("out/rights-at-borders/es/guide.{ext}")));
        assert!(
            marked(&guide, "en").contains(&english),
            "{english} is not marked English in guide.{ext}"
        );
    }
}

#[test]
fn a_packet_marks_english_standing_in_for_spanish_too() {
    let p = Project::shipped();
    let english = drop_two_spanish_messages(&p);
    p.run(&[
        "packet",
        "plans/one-day-workshop.yaml",
        "--format",
        "docx,odt",
        "--out",
        "out",
    ])
    .expect_code(0);
    for ext in ["docx", "odt"] {
        let doc = p.path(&format!(
            "out/one-day-workshop/5-rights-at-borders-handout-rights-reading.{ext}"
        ));
        let en = marked(&runs(&doc), "en");
        for e in &english {
            assert!(en.contains(e), "{e} is not marked English in {ext}");
        }
    }
}

#[test]
fn the_footer_of_a_module_whose_title_fell_back_is_marked_english() {
    let p = Project::shipped();
    std::fs::remove_file(p.path("locales/es/puente.yaml")).unwrap();
    let title = messages(&p.read("locales/en/rights-at-borders.ftl"))["module-title"].clone();
    let es = p.read("locales/es/rights-at-borders.ftl");
    let line = es
        .lines()
        .find(|l| l.starts_with("module-title = "))
        .expect("the Spanish title")
        .to_string();
    p.edit("locales/es/rights-at-borders.ftl", &format!("{line}\n"), "");
    build_es(&p);
    let docx = super::part(
        &p.path("out/rights-at-borders/es/guide.docx"),
        "word/footer1.xml",
    );
    let run = docx
        .split("<w:r>")
        .find(|r| r.contains(&title))
        .unwrap_or_else(|| panic!("{title} is not in the footer: {docx}"));
    assert!(run.contains(r#"<w:lang w:val="en"/>"#), "{run}");
    assert!(
        docx.contains(r#"<w:lang w:val="es"/>"#),
        "the page count is not Spanish"
    );
    let odt = super::part(&p.path("out/rights-at-borders/es/guide.odt"), "styles.xml");
    let footer = &odt[odt.find("<style:footer>").expect("a footer")..];
    let span = footer
        .split("<text:span ")
        .find(|s| s.contains(&title))
        .unwrap();
    let style = span
        .split('"')
        .nth(1)
        .unwrap_or_else(|| panic!("no style in {span}"));
    assert!(
        odt.contains(&format!(
            r#"style:name="{style}" style:family="text"><style:text-properties fo:language="en""#
        )),
        "{style} is not English: {odt}"
    );
}
