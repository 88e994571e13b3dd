//! Boxed notes ("Before you begin", facilitator notes, a day that runs
//! late) are one box with a real heading: in ODT the heading and the
//! paragraphs after it share border, padding, background and indents and
//! join their borders; in DOCX they share borders and indents (Word's rule
//! for one box); in a bilingual document the whole note sits in one cell;
//! and LibreOffice, opening the file, still finds the note's heading as a
//! heading.

use std::collections::BTreeMap;

use quick_xml::events::Event;

use super::{body, files_under, part, soffice, text};
use crate::support::Project;

const BEFORE_YOU_BEGIN: &str = "Antes de empezar: el cuidado del grupo";

/// The attributes of the first `child` element inside the element named
/// `name` (its `style:name`), in an ODF styles part.
fn style_props(xml: &str, name: &str, child: &str) -> BTreeMap<String, String> {
    let mut r = quick_xml::Reader::from_str(xml);
    let mut inside = false;
    loop {
        match r.read_event().unwrap() {
            Event::Eof => panic!("no {child} in style {name}"),
            Event::Start(e) | Event::Empty(e) => {
                let attrs: BTreeMap<String, String> = e
                    .attributes()
                    .map(|a| {
                        let a = a.unwrap();
                        (
                            String::from_utf8(a.key.as_ref().to_vec()).unwrap(),
                            a.unescape_value().unwrap().into_owned(),
                        )
                    })
                    .collect();
                if attrs.get("style:name").map(String::as_str) == Some(name) {
                    inside = true;
                } else if inside && e.name().as_ref() == child.as_bytes() {
                    return attrs;
                }
            }
            _ => {}
        }
    }
}

fn build(p: &Project, extra: &[&str]) {
    let mut args = vec![
        "build",
        "rights-at-borders",
        "--lang",
        "es",
        "--format",
        "docx,odt",
        "--out",
        "out",
    ];
    args.extend_from_slice(extra);
    p.run(&args).expect_code(0);
}

#[test]
fn odt_note_heading_and_items_share_one_box_that_joins() {
    let p = Project::shipped();
    build(&p, &[]);
    let f = p.path("out/rights-at-borders/es/guide.odt");
    let styles = part(&f, "styles.xml");
    let props = |name| style_props(&styles, name, "style:paragraph-properties");
    let heading = props("Facilitator_20_Note_20_Heading");
    let note = props("Facilitator_20_Note");
    for key in [
        "fo:border",
        "fo:padding",
        "fo:background-color",
        "fo:margin-left",
        "fo:margin-right",
        "fo:text-indent",
        "style:join-border",
    ] {
        assert!(note.contains_key(key), "the note style has no {key}");
        assert_eq!(heading.get(key), note.get(key), "{key} differs");
    }
    assert_eq!(note["style:join-border"], "true");
    // List items take their indents from the list style: the same ones.
    let bullets = style_props(
        &styles,
        "Puente_20_Bullets",
        "style:list-level-label-alignment",
    );
    assert_eq!(bullets["fo:margin-left"], note["fo:margin-left"]);
    assert_eq!(bullets["fo:text-indent"], note["fo:text-indent"]);

    // Each note: a heading one level below the section it is in (or
    // beside the activity's parts), never skipping a level, then at once
    // its items.
    let content = body(&f);
    let mut section = 0;
    let mut notes = Vec::new();
    for h in content.split("<text:h ").skip(1) {
        let level: u8 = h
            .split(r#"text:outline-level=""#)
            .nth(1)
            .and_then(|l| l.split('"').next())
            .and_then(|l| l.parse().ok())
            .unwrap_or_else(|| panic!("a heading without a level: {h:.200}"));
        if !h.starts_with(r#"text:style-name="Facilitator_20_Note_20_Heading""#) {
            section = level;
            continue;
        }
        assert!(
            level >= 2 && level <= section + 1,
            "a note at level {level} after a heading at {section}: {h:.200}"
        );
        let after = &h[h.find("</text:h>").unwrap() + "</text:h>".len()..];
        assert!(
            after.starts_with(r#"<text:list text:style-name="Puente_20_Bullets"><text:list-item><text:p text:style-name="Facilitator_20_Note">"#),
            "{after:.200}"
        );
        notes.push(text(&h[h.find('>').unwrap() + 1..]));
    }
    assert!(notes.len() >= 5, "only {} notes", notes.len());
    assert!(notes[0].starts_with(BEFORE_YOU_BEGIN), "{}", notes[0]);
}

#[test]
fn docx_note_heading_is_a_heading_and_shares_borders_and_indents() {
    let p = Project::shipped();
    build(&p, &[]);
    let f = p.path("out/rights-at-borders/es/guide.docx");
    let doc = body(&f);
    let heading = doc
        .split("<w:p>")
        .find(|para| text(&format!("<w:p>{para}")).starts_with(BEFORE_YOU_BEGIN))
        .expect("the note's heading");
    assert!(
        heading.contains(r#"<w:pStyle w:val="FacilitatorNoteHeading"/><w:outlineLvl w:val="1"/>"#),
        "{heading}"
    );
    let styles = part(&f, "word/styles.xml");
    let style = |id: &str| {
        let start = styles
            .find(&format!(r#"w:styleId="{id}""#))
            .unwrap_or_else(|| panic!("no style {id}"));
        let end = start + styles[start..].find("</w:style>").unwrap();
        styles[start..end].to_string()
    };
    let between = |s: &str, from: &str, to: &str| {
        let i = s.find(from).unwrap_or_else(|| panic!("no {from} in {s}"));
        s[i..i + s[i..].find(to).unwrap() + to.len()].to_string()
    };
    let (h, n) = (style("FacilitatorNoteHeading"), style("FacilitatorNote"));
    assert_eq!(
        between(&h, "<w:pBdr>", "</w:pBdr>"),
        between(&n, "<w:pBdr>", "</w:pBdr>")
    );
    let ind = between(&n, "<w:ind ", "/>");
    assert_eq!(between(&h, "<w:ind ", "/>"), ind);
    let numbering = part(&f, "word/numbering.xml");
    let bullet = between(
        &numbering,
        r#"<w:abstractNum w:abstractNumId="0">"#,
        "</w:abstractNum>",
    );
    let bullet_ind = between(&bullet, "<w:ind ", "/>");
    for side in [r#"w:left="720""#, r#"w:hanging="360""#] {
        assert!(
            ind.contains(side) && bullet_ind.contains(side),
            "{ind} / {bullet_ind}"
        );
    }
}

#[test]
fn a_bilingual_note_is_in_one_cell_with_its_items() {
    let p = Project::shipped();
    p.run(&[
        "build",
        "rights-at-borders",
        "--lang",
        "es",
        "--lang",
        "en",
        "--bilingual",
        "--format",
        "docx,odt",
        "--out",
        "out",
    ])
    .expect_code(0);
    for (ext, cell_end, note) in [
        ("docx", "</w:tc>", r#"<w:pStyle w:val="FacilitatorNote"/>"#),
        (
            "odt",
            "</table:table-cell>",
            r#"text:style-name="Facilitator_20_Note""#,
        ),
    ] {
        let doc = body(&p.path(&format!("out/rights-at-borders/es+en/guide.{ext}")));
        let cell = doc
            .split(cell_end)
            .find(|c| c.contains(BEFORE_YOU_BEGIN))
            .unwrap_or_else(|| panic!("no note heading in guide.{ext}"));
        let after = &cell[cell.find(BEFORE_YOU_BEGIN).unwrap()..];
        assert!(
            after.contains(note),
            "guide.{ext}: the note's items are not in its heading's cell"
        );
    }
}

#[test]
fn a_day_that_runs_late_is_one_note_with_a_heading_on_the_run_sheet() {
    let p = Project::fixture("basic");
    let plan = "plans/two-days.yaml";
    p.edit(plan, "end: \"11:30\"", "end: \"11:00\"");
    p.edit(
        plan,
        "      - module: sample\n      - break: 10",
        "      - module: sample\n        optional: [stories]\n      - break: 10",
    );
    p.run(&["packet", plan, "--format", "docx,odt", "--out", "out"])
        .expect_code(0);
    let odt = body(&p.path("out/two-days/1-run-sheet.odt"));
    let note = odt
        .split(
            r#"<text:h text:style-name="Facilitator_20_Note_20_Heading" text:outline-level="2">"#,
        )
        .nth(1)
        .expect("the overrun as a note heading");
    assert!(text(note).starts_with("This day runs 25 minutes past its "));
    // The intro, the list of fixes: all inside the box, right after it.
    let after = &note[note.find("</text:h>").unwrap()..];
    assert!(after.starts_with(r#"</text:h><text:p text:style-name="Facilitator_20_Note">"#));
    assert!(after.contains(r#"<text:list-item><text:p text:style-name="Facilitator_20_Note">"#));
    let docx = body(&p.path("out/two-days/1-run-sheet.docx"));
    assert!(docx.contains(r#"<w:pStyle w:val="FacilitatorNoteHeading"/><w:outlineLvl w:val="1"/>"#));
}

#[test]
fn libreoffice_still_finds_the_note_heading_as_a_heading() {
    let Some(soffice) = soffice() else { return };
    let p = Project::shipped();
    build(&p, &[]);
    let dir = p.path("out/rights-at-borders/es");
    for ext in ["odt", "docx"] {
        let out = p.path(&format!("again-{ext}"));
        super::convert_to(
            &soffice,
            &[dir.join(format!("guide.{ext}"))],
            &out,
            &p.path(&format!("profile-{ext}")),
            "odt",
        );
        let again = files_under(&out, "odt");
        assert_eq!(again.len(), 1, "LibreOffice wrote no ODT from guide.{ext}");
        let content = body(&again[0]);
        let heading = content
            .split("<text:h ")
            .skip(1)
            .find(|h| text(&format!("<text:h {h}")).starts_with(BEFORE_YOU_BEGIN))
            .unwrap_or_else(|| panic!("guide.{ext}: the note heading is not a heading"));
        assert!(
            heading.contains(r#"text:outline-level="2""#),
            "guide.{ext}: {heading:.200}"
        );
    }
}
