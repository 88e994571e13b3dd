//! Editable exports (`--format docx,odt`): structure read back from the
//! files, the same words as the HTML, no facilitator note in a handout,
//! identical bytes on a second build, reference documents' styles, and
//! LibreOffice (headless) opening every file and converting it to PDF.

use std::collections::BTreeMap;
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use quick_xml::events::Event;

use crate::support::Project;

mod bilingual;
mod lang;
mod notes;

/// One part of a zipped document, as text.
fn part(path: &Path, name: &str) -> String {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut f = z
        .by_name(name)
        .unwrap_or_else(|_| panic!("{} has no {name}", path.display()));
    let mut s = String::new();
    f.read_to_string(&mut s).unwrap();
    s
}

/// The main text part of a .docx or .odt.
fn body(path: &Path) -> String {
    match path.extension().and_then(|e| e.to_str()) {
        Some("docx") => part(path, "word/document.xml"),
        _ => part(path, "content.xml"),
    }
}

/// The text of an XML part, one line per paragraph or heading.
fn text(xml: &str) -> String {
    let mut r = quick_xml::Reader::from_str(xml);
    // Fragments (one table cell, one run) are read too.
    r.config_mut().check_end_names = false;
    let mut out = String::new();
    let mut in_style = false;
    while let Ok(event) = r.read_event() {
        match event {
            Event::Eof => break,
            Event::Start(e) if e.name().as_ref() == b"office:automatic-styles" => in_style = true,
            Event::End(e) => match e.name().as_ref() {
                b"office:automatic-styles" => in_style = false,
                b"w:p" | b"text:p" | b"text:h" => out.push('\n'),
                _ => {}
            },
            Event::Empty(e) if e.name().as_ref() == b"text:s" => out.push(' '),
            Event::Text(t) if !in_style => out.push_str(&t.decode().unwrap()),
            Event::GeneralRef(g) => {
                let name = g.decode().unwrap();
                out.push_str(match name.as_ref() {
                    "amp" => "&",
                    "lt" => "<",
                    "gt" => ">",
                    "quot" => "\"",
                    "apos" => "'",
                    _ => "",
                });
            }
            _ => {}
        }
    }
    out
}

/// The visible text of an HTML page (tags, styles and scripts dropped).
fn html_text(html: &str) -> String {
    let mut s = html.to_string();
    for tag in ["style", "script"] {
        while let Some(i) = s.find(&format!("<{tag}")) {
            let end = s[i..]
                .find(&format!("</{tag}>"))
                .map(|j| i + j + tag.len() + 3)
                .unwrap_or(s.len());
            s.replace_range(i..end, " ");
        }
    }
    let mut out = String::new();
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&#x2F;", "/")
}

fn words(s: &str) -> BTreeMap<String, usize> {
    let mut m = BTreeMap::new();
    for w in s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        *m.entry(w.to_lowercase()).or_insert(0) += 1;
    }
    m
}

/// The share of the HTML's words (counted with repetition) the document has.
fn coverage(html: &str, doc: &str) -> f64 {
    let h = words(html);
    let d = words(doc);
    let total: usize = h.values().sum();
    let found: usize = h
        .iter()
        .map(|(w, n)| (*n).min(d.get(w).copied().unwrap_or(0)))
        .sum();
    found as f64 / total.max(1) as f64
}

fn files_under(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().and_then(|e| e.to_str()) == Some(ext) {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// The shipped project built in Spanish and English as HTML, DOCX and ODT.
fn built(extra: &[&str]) -> Project {
    let p = Project::shipped();
    let mut args = vec![
        "build",
        "--lang",
        "es",
        "--lang",
        "en",
        "--format",
        "html,docx,odt",
        "--out",
        "out",
    ];
    args.extend_from_slice(extra);
    p.run(&args).expect_code(0);
    p
}

#[test]
fn build_writes_docx_and_odt_beside_the_html_but_no_pocket_cards() {
    let p = built(&[]);
    for lang in ["es", "en"] {
        for ext in ["docx", "odt"] {
            for f in [
                "guide",
                "handout-rights-reading",
                "handout-documentation-worksheet",
            ] {
                let rel = format!("out/rights-at-borders/{lang}/{f}.{ext}");
                assert!(p.exists(&rel), "{rel} is missing");
            }
            let card = format!("out/rights-at-borders/{lang}/handout-rights-card.{ext}");
            assert!(!p.exists(&card), "{card} should not be written");
        }
    }
}

#[test]
fn docx_guide_has_real_headings_lists_tables_language_and_page_fields() {
    let p = built(&[]);
    let f = p.path("out/rights-at-borders/es/guide.docx");
    let doc = body(&f);
    for style in [
        "Title",
        "Subtitle",
        "Heading1",
        "Heading2",
        "ListParagraph",
        "FacilitatorNote",
    ] {
        assert!(
            doc.contains(&format!(r#"<w:pStyle w:val="{style}"/>"#)),
            "no {style} paragraph"
        );
    }
    assert!(doc.contains("<w:numPr>"), "lists are not real lists");
    assert!(
        doc.contains(r#"<w:tblStyle w:val="PuenteTable"/>"#),
        "no agenda table"
    );
    assert!(doc.contains(r#"<w:lang w:val="es"/>"#));
    assert!(
        doc.contains(r#"<w:pgSz w:w="12240" w:h="15840"/>"#),
        "not Letter"
    );
    let numbering = part(&f, "word/numbering.xml");
    assert!(numbering.contains(r#"<w:numFmt w:val="decimal"/>"#));
    assert!(numbering.contains(r#"<w:numFmt w:val="bullet"/>"#));
    let footer = part(&f, "word/footer1.xml");
    assert!(footer.contains(r#"w:instr=" PAGE ""#) && footer.contains(r#"w:instr=" NUMPAGES ""#));
    assert!(text(&footer).contains("Página 1 de 1"), "{footer}");
    let core = part(&f, "docProps/core.xml");
    assert!(core.contains("<dc:title>Derechos humanos en las fronteras · Guía para la persona facilitadora</dc:title>"), "{core}");
    assert!(core.contains("<dc:language>es</dc:language>"));
    let styles = part(&f, "word/styles.xml");
    for id in [
        "Title",
        "Subtitle",
        "Heading1",
        "Heading2",
        "Heading3",
        "BodyText",
        "ListParagraph",
        "FacilitatorNote",
        "FacilitatorNoteHeading",
        "Notice",
        "Details",
        "Prompt",
        "WriteinLine",
        "TableHeading",
        "TableContents",
        "Footer",
        "PuenteTable",
    ] {
        assert!(
            styles.contains(&format!(r#"w:styleId="{id}""#)),
            "style {id} undefined"
        );
    }
}

#[test]
fn odt_guide_has_real_headings_lists_tables_language_and_page_fields() {
    let p = built(&[]);
    let f = p.path("out/rights-at-borders/es/guide.odt");
    let doc = body(&f);
    for level in 1..=2 {
        assert!(
            doc.contains(&format!(r#"text:outline-level="{level}""#)),
            "no heading {level}"
        );
    }
    assert!(doc.contains(r#"<text:p text:style-name="Title">"#));
    assert!(doc.contains(r#"<text:list text:style-name="Puente_20_Numbers">"#));
    assert!(doc.contains(r#"<text:list text:style-name="Puente_20_Bullets">"#));
    assert!(doc.contains("<table:table ") && doc.contains("<table:table-header-rows>"));
    assert!(doc.contains(r#"fo:language="es""#));
    let styles = part(&f, "styles.xml");
    assert!(styles.contains("<text:page-number") && styles.contains("<text:page-count"));
    assert!(styles.contains(r#"fo:page-width="21.59cm""#), "not Letter");
    assert!(styles.contains(r#"style:name="Facilitator_20_Note""#));
    let meta = part(&f, "meta.xml");
    assert!(meta.contains("<dc:language>es</dc:language>"));
    assert!(meta.contains("<dc:title>Derechos humanos en las fronteras · Guía para la persona facilitadora</dc:title>"));
    assert_eq!(
        part(&f, "mimetype"),
        "application/vnd.oasis.opendocument.text"
    );
}

#[test]
fn toolbox_activities_are_heading_3() {
    let p = Project::fixture("toolbox");
    p.run(&[
        "build", "--lang", "en", "--format", "docx,odt", "--out", "out",
    ])
    .expect_code(0);
    let docx = files_under(&p.path("out"), "docx");
    let guide = docx
        .iter()
        .find(|f| f.ends_with("guide.docx"))
        .expect("a guide");
    assert!(body(guide).contains(r#"<w:pStyle w:val="Heading3"/>"#));
    assert!(body(&guide.with_extension("odt")).contains(r#"text:outline-level="3""#));
}

#[test]
fn worksheets_have_ruled_write_in_lines_in_both_formats() {
    let p = built(&[]);
    let docx = body(&p.path("out/rights-at-borders/es/handout-documentation-worksheet.docx"));
    assert!(docx.matches(r#"<w:pStyle w:val="WriteinLine"/>"#).count() >= 5);
    let odt = body(&p.path("out/rights-at-borders/es/handout-documentation-worksheet.odt"));
    assert!(
        odt.matches(r#"text:style-name="Write_2d_in_20_Line""#)
            .count()
            >= 5
    );
}

#[test]
fn a4_is_honoured() {
    let p = built(&["--paper", "a4"]);
    let docx = body(&p.path("out/rights-at-borders/es/guide.docx"));
    assert!(docx.contains(r#"<w:pgSz w:w="11906" w:h="16838"/>"#));
    let odt = part(&p.path("out/rights-at-borders/es/guide.odt"), "styles.xml");
    assert!(odt.contains(r#"fo:page-width="21cm""#));
}

#[test]
fn the_words_are_the_words_of_the_html() {
    let p = built(&[]);
    let htmls = files_under(&p.path("out"), "html");
    assert!(!htmls.is_empty());
    let mut low = Vec::new();
    let mut checked = 0;
    for html in &htmls {
        for ext in ["docx", "odt"] {
            let doc = html.with_extension(ext);
            if !doc.exists() {
                continue; // pocket cards
            }
            checked += 1;
            // The HTML's <title> is the document's title property.
            let c = coverage(
                &html_text(&std::fs::read_to_string(html).unwrap()),
                &format!("{}\n{}", title(&doc), text(&body(&doc))),
            );
            if c < 0.97 {
                low.push(format!("{}: {:.1} %", doc.display(), c * 100.0));
            }
        }
    }
    assert!(checked >= 20, "only {checked} documents compared");
    assert!(
        low.is_empty(),
        "word coverage under 97 %:\n{}",
        low.join("\n")
    );
}

#[test]
fn no_facilitator_note_in_any_handout() {
    let p = built(&[]);
    // The notes as the guide prints them.
    let mut notes = Vec::new();
    for guide in files_under(&p.path("out"), "docx")
        .into_iter()
        .filter(|f| f.ends_with("guide.docx"))
    {
        let xml = body(&guide);
        for para in xml
            .split("<w:p>")
            .filter(|s| s.contains(r#"w:val="FacilitatorNote""#))
        {
            let t = text(&format!("<w:p>{}", para.split("</w:p>").next().unwrap()));
            if t.trim().len() > 20 {
                notes.push(t.trim().to_string());
            }
        }
    }
    assert!(
        notes.len() > 10,
        "found only {} notes in the guides",
        notes.len()
    );
    let mut handouts = files_under(&p.path("out"), "docx");
    handouts.extend(files_under(&p.path("out"), "odt"));
    handouts.retain(|f| {
        f.file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("handout-")
    });
    assert!(handouts.len() >= 8);
    for h in handouts {
        let xml = body(&h);
        assert!(!xml.contains("FacilitatorNote") && !xml.contains("Facilitator_20_Note"));
        let t = text(&xml);
        for n in &notes {
            assert!(!t.contains(n.as_str()), "{} holds a note: {n}", h.display());
        }
    }
}

#[test]
fn two_builds_give_identical_bytes() {
    let p = built(&[]);
    p.run(&[
        "build", "--lang", "es", "--lang", "en", "--format", "docx,odt", "--out", "again",
    ])
    .expect_code(0);
    let mut files = files_under(&p.path("out"), "docx");
    files.extend(files_under(&p.path("out"), "odt"));
    assert!(files.len() >= 20);
    for f in files {
        let rel = f.strip_prefix(p.path("out")).unwrap();
        let again = p.path("again").join(rel);
        assert!(
            std::fs::read(&f).unwrap() == std::fs::read(&again).unwrap(),
            "{} differs between two builds",
            rel.display()
        );
    }
}

#[test]
fn source_date_epoch_sets_the_timestamps() {
    let p = Project::shipped();
    p.run_env(
        &[
            "build",
            "rights-at-borders",
            "--lang",
            "es",
            "--format",
            "docx,odt",
            "--out",
            "out",
        ],
        &[("SOURCE_DATE_EPOCH", "1764547200")],
    )
    .expect_code(0);
    let core = part(
        &p.path("out/rights-at-borders/es/guide.docx"),
        "docProps/core.xml",
    );
    assert!(
        core.contains(">2025-12-01T00:00:00Z</dcterms:modified>"),
        "{core}"
    );
    let meta = part(&p.path("out/rights-at-borders/es/guide.odt"), "meta.xml");
    assert!(
        meta.contains("<dc:date>2025-12-01T00:00:00</dc:date>"),
        "{meta}"
    );
}

#[test]
fn bilingual_is_a_two_column_table_with_each_cell_in_its_language() {
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
    let docx = body(&p.path("out/rights-at-borders/es+en/guide.docx"));
    let first_row = docx.split("</w:tr>").next().unwrap();
    let cells: Vec<&str> = first_row.split("<w:tc>").skip(1).collect();
    assert_eq!(cells.len(), 2);
    assert!(cells[0].contains(r#"<w:lang w:val="es"/>"#) && !cells[0].contains(r#"w:val="en""#));
    assert!(cells[1].contains(r#"<w:lang w:val="en"/>"#));
    assert!(text(cells[0]).contains("Guía para la persona facilitadora"));
    assert!(text(cells[1]).contains("Facilitator guide"));
    let odt = body(&p.path("out/rights-at-borders/es+en/handout-rights-reading.odt"));
    assert!(odt.contains(r#"fo:language="es""#) && odt.contains(r#"fo:language="en""#));
}

/// A zip with the given parts, as a reference document.
fn zipped(parts: &[(&str, &str)]) -> Vec<u8> {
    use std::io::Write as _;
    let mut buf = std::io::Cursor::new(Vec::new());
    let mut z = zip::ZipWriter::new(&mut buf);
    for (name, text) in parts {
        z.start_file(*name, zip::write::SimpleFileOptions::default())
            .unwrap();
        z.write_all(text.as_bytes()).unwrap();
    }
    z.finish().unwrap();
    buf.into_inner()
}

#[test]
fn reference_docx_supplies_the_styles_and_puente_adds_what_it_lacks() {
    let p = Project::shipped();
    p.write_bytes(
        "templates/reference.docx",
        &zipped(&[(
            "word/styles.xml",
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:rPr><w:color w:val="C0FFEE"/></w:rPr></w:style><w:style w:type="paragraph" w:customStyle="1" w:styleId="FacilitatorNote"><w:name w:val="Facilitator Note"/><w:rPr><w:color w:val="BADA55"/></w:rPr></w:style></w:styles>"#,
        )]),
    );
    p.run(&[
        "build",
        "rights-at-borders",
        "--lang",
        "es",
        "--format",
        "docx",
        "--out",
        "out",
    ])
    .expect_code(0);
    let styles = part(
        &p.path("out/rights-at-borders/es/guide.docx"),
        "word/styles.xml",
    );
    assert!(styles.contains("C0FFEE") && styles.contains("BADA55"));
    assert_eq!(styles.matches(r#"w:styleId="Heading1""#).count(), 1);
    assert_eq!(styles.matches(r#"w:styleId="FacilitatorNote""#).count(), 1);
    assert!(
        styles.contains(r#"w:styleId="Heading2""#),
        "missing styles are not added"
    );
}

#[test]
fn reference_odt_supplies_the_styles_and_puente_adds_what_it_lacks() {
    let p = Project::shipped();
    p.write_bytes(
        "templates/reference.odt",
        &zipped(&[
            ("mimetype", "application/vnd.oasis.opendocument.text"),
            (
                "styles.xml",
                r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3"><office:styles><style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"><style:text-properties fo:color='#c0ffee'/></style:style></office:styles><office:automatic-styles/><office:master-styles/></office:document-styles>"#,
            ),
        ]),
    );
    p.run(&[
        "build",
        "rights-at-borders",
        "--lang",
        "es",
        "--format",
        "odt",
        "--out",
        "out",
    ])
    .expect_code(0);
    let styles = part(&p.path("out/rights-at-borders/es/guide.odt"), "styles.xml");
    assert!(styles.contains("#c0ffee"));
    assert_eq!(styles.matches(r#"style:name="Heading_20_1""#).count(), 1);
    assert!(styles.contains(r#"style:name="Heading_20_2""#));
    assert!(styles.contains("<text:page-number"), "the footer is lost");
}

#[test]
fn a_reference_that_is_not_a_docx_stops_the_build_with_its_path() {
    let p = Project::shipped();
    p.write("templates/reference.docx", "not a zip");
    p.run(&[
        "build",
        "rights-at-borders",
        "--lang",
        "es",
        "--format",
        "docx",
        "--out",
        "out",
    ])
    .expect_code(2)
    .stderr_has(&["reference.docx", "not a usable reference document"]);
    assert!(!p.exists("out/rights-at-borders/es/guide.docx"));
}

#[test]
fn packet_sheets_are_editable_tables() {
    let p = Project::shipped();
    p.run(&[
        "packet",
        "plans/one-day-workshop.yaml",
        "--format",
        "docx,odt",
        "--out",
        "out",
    ])
    .expect_code(0);
    let dir = p.path("out/one-day-workshop");
    for name in ["1-run-sheet", "2-materials-checklist", "3-print-list"] {
        assert!(
            body(&dir.join(format!("{name}.docx"))).contains("<w:tbl>"),
            "{name}.docx"
        );
        assert!(
            body(&dir.join(format!("{name}.odt"))).contains("<table:table "),
            "{name}.odt"
        );
    }
    for name in [
        "4-guide-rights-at-borders",
        "5-rights-at-borders-handout-rights-reading",
        "5-climate-and-migration-handout-action-worksheet",
    ] {
        for ext in ["docx", "odt"] {
            assert!(dir.join(format!("{name}.{ext}")).is_file(), "{name}.{ext}");
        }
    }
    assert!(!dir
        .join("5-rights-at-borders-handout-rights-card.docx")
        .exists());
}

/// LibreOffice's `soffice`, or `None` (a failure under `CI=true`).
fn soffice() -> Option<PathBuf> {
    let found = [
        "/usr/bin/soffice",
        "/usr/bin/libreoffice",
        "/usr/lib/libreoffice/program/soffice",
    ]
    .iter()
    .map(PathBuf::from)
    .find(|p| p.exists());
    let pdftotext = Command::new("pdftotext").arg("-v").output().is_ok();
    let found = found.filter(|_| pdftotext);
    if found.is_none() {
        if std::env::var("CI").as_deref() == Ok("true") {
            panic!(
                "LibreOffice is not installed (tests/setup.sh installs libreoffice-writer-nogui)"
            );
        }
        eprintln!("SKIPPED: LibreOffice or pdftotext is not installed (bash tests/setup.sh installs them)");
    }
    found
}

/// Converts `files` to `format` (`pdf`, `odt`) in `out` with one soffice
/// run: its own profile folder (concurrent runs sharing one fail silently)
/// and a timeout.
fn convert_to(soffice: &Path, files: &[PathBuf], out: &Path, profile: &Path, format: &str) {
    let mut child = Command::new(soffice)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            format,
            "--outdir",
        ])
        .arg(out)
        .args(files)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("starting soffice");
    let start = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            return;
        }
        if start.elapsed() > Duration::from_secs(600) {
            let _ = child.kill();
            panic!("soffice took more than 10 minutes");
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

fn pdf_text(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils)");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn squash(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The document's title, from its properties.
fn title(doc: &Path) -> String {
    let xml = match doc.extension().and_then(|e| e.to_str()) {
        Some("docx") => part(doc, "docProps/core.xml"),
        _ => part(doc, "meta.xml"),
    };
    let start = xml.find("<dc:title>").unwrap() + "<dc:title>".len();
    let end = xml.find("</dc:title>").unwrap();
    quick_xml::escape::unescape(&xml[start..end])
        .unwrap()
        .into_owned()
}

#[test]
fn libreoffice_converts_every_document_and_the_pdf_holds_its_title() {
    let Some(soffice) = soffice() else { return };
    let p = built(&[]);
    p.run(&[
        "packet",
        "plans/one-day-workshop-bilingual.yaml",
        "--format",
        "docx,odt",
        "--out",
        "packets",
    ])
    .expect_code(0);
    let mut docs = Vec::new();
    for ext in ["docx", "odt"] {
        docs.extend(files_under(&p.path("out"), ext));
        docs.extend(files_under(&p.path("packets"), ext));
    }
    assert!(docs.len() >= 40, "only {} documents", docs.len());
    // soffice names each PDF after its file alone: convert each folder's
    // files in a run of their own, two runs at a time.
    let mut batches: BTreeMap<(PathBuf, String), Vec<PathBuf>> = BTreeMap::new();
    for d in &docs {
        let ext = d.extension().unwrap().to_string_lossy().into_owned();
        batches
            .entry((d.parent().unwrap().to_path_buf(), ext))
            .or_default()
            .push(d.clone());
    }
    let jobs: Vec<(usize, Vec<PathBuf>)> = batches.into_values().enumerate().collect();
    let pdf_root = p.path("pdf");
    std::thread::scope(|s| {
        for chunk in jobs.chunks(jobs.len().div_ceil(2)) {
            let soffice = &soffice;
            let pdf_root = &pdf_root;
            s.spawn(move || {
                for (i, files) in chunk {
                    let out = pdf_root.join(i.to_string());
                    let profile = pdf_root.join(format!("profile-{i}"));
                    convert_to(soffice, files, &out, &profile, "pdf");
                }
            });
        }
    });
    let mut problems = Vec::new();
    for (i, files) in &jobs {
        for f in files {
            let pdf = pdf_root
                .join(i.to_string())
                .join(f.file_stem().unwrap())
                .with_extension("pdf");
            if !pdf.exists() {
                problems.push(format!("{}: no PDF", f.display()));
                continue;
            }
            let text = squash(&pdf_text(&pdf));
            let title = title(f);
            if title.contains(" / ") {
                // Two columns side by side: pdftotext interleaves their
                // lines, so look for each word of the title.
                let have = words(&text);
                for w in words(&title).keys() {
                    if !have.contains_key(w) {
                        problems.push(format!("{}: the PDF lacks {w:?}", f.display()));
                    }
                }
                continue;
            }
            for piece in title.split(" · ") {
                if !text.contains(&squash(piece)) {
                    problems.push(format!("{}: the PDF lacks {piece:?}", f.display()));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
