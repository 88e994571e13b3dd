//! PDF output: the text a reader would see, page sizes, reproducibility.
//! Text is extracted with lopdf, as a PDF reader would; bytes are never
//! compared with golden files from another Typst version.

use crate::support::Project;

/// The text of each page of a PDF.
pub fn pdf_pages(path: &std::path::Path) -> Vec<String> {
    let doc = lopdf::Document::load(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let pages = doc.get_pages();
    pages
        .keys()
        .map(|n| doc.extract_text(&[*n]).unwrap_or_default())
        .collect()
}

/// Width and height in points of the first page.
pub fn page_size(path: &std::path::Path) -> (f32, f32) {
    let doc = lopdf::Document::load(path).unwrap();
    let (_, id) = doc.get_pages().into_iter().next().unwrap();
    let page = doc.get_dictionary(id).unwrap();
    let media = page.get(b"MediaBox").unwrap().as_array().unwrap();
    let num = |o: &lopdf::Object| {
        o.as_float()
            .or_else(|_| o.as_i64().map(|i| i as f32))
            .unwrap()
    };
    (
        num(&media[2]) - num(&media[0]),
        num(&media[3]) - num(&media[1]),
    )
}

/// Removes whitespace and hyphenation breaks, so that where the layout
/// broke lines (or how a PDF reader spaces glyphs) does not matter when
/// looking for a phrase. Apply it to both sides of a comparison.
fn flat(s: &str) -> String {
    s.replace('\u{ad}', "")
        .replace(" - ", "")
        .replace("-\n", "")
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

#[test]
fn spanish_guide_has_title_and_page_x_of_n() {
    let p = Project::fixture("basic");
    p.run(&["build", "--lang", "es", "--format", "pdf", "--out", "out"])
        .expect_code(0);
    let pages = pdf_pages(&p.path("out/sample/es/guide.pdf"));
    let n = pages.len();
    assert!(n >= 2, "a guide has a cover and activity pages");
    assert!(
        flat(&pages[0]).contains(&flat("Taller de ejemplo")),
        "{}",
        pages[0]
    );
    assert!(
        flat(&pages[0]).contains(&flat("Página 1 de")),
        "{}",
        pages[0]
    );
    assert!(
        flat(&pages[0]).contains(&flat(&format!("Página 1 de {n}"))),
        "{}",
        pages[0]
    );
    assert!(flat(&pages[n - 1]).contains(&flat(&format!("Página {n} de {n}"))));
    let all = flat(&pages.join(" "));
    assert!(
        all.contains(&flat("Nota SOLO-FACILITACIÓN de bienvenida")),
        "the guide shows facilitator notes"
    );
    assert!(all.contains(&flat("Información vigente al")));
}

#[test]
fn pdf_handouts_never_contain_facilitator_notes() {
    let p = Project::fixture("basic");
    p.run(&[
        "build", "--lang", "en", "--lang", "es", "--format", "pdf", "--out", "out",
    ])
    .expect_code(0);
    for lang in ["en", "es"] {
        let text = flat(
            &pdf_pages(&p.path(&format!("out/sample/{lang}/handout-notes-sheet.pdf"))).join(" "),
        );
        assert!(
            text.contains(&flat(if lang == "en" {
                "What did you learn?"
            } else {
                "¿Qué aprendió?"
            })),
            "{text}"
        );
        assert!(
            !text.contains(&flat("FACILITATOR-ONLY")) && !text.contains(&flat("SOLO-FACILITACIÓN")),
            "{lang}: {text}"
        );
    }
}

#[test]
fn typst_syntax_in_a_translation_prints_as_text() {
    let p = Project::fixture("basic");
    let tricky = r#"Costo $5 *no* _no_ #panic("x") <b> @ref [a] \n // c"#;
    p.edit(
        "locales/es/sample.ftl",
        "module-title = Taller de ejemplo",
        &format!("module-title = {tricky}"),
    );
    p.edit(
        "locales/es/sample.ftl",
        "handout-notes-sheet-title = Mis notas",
        "handout-notes-sheet-title = Notas # * _ $ @ < y más",
    );
    p.run(&["build", "--lang", "es", "--format", "pdf", "--out", "out"])
        .expect_code(0);
    let guide = flat(&pdf_pages(&p.path("out/sample/es/guide.pdf"))[0]);
    assert!(guide.contains(&flat(tricky)), "{guide}");
    let handout = flat(&pdf_pages(&p.path("out/sample/es/handout-notes-sheet.pdf"))[0]);
    assert!(
        handout.contains(&flat("Notas # * _ $ @ < y más")),
        "{handout}"
    );
}

#[test]
fn bilingual_guide_has_both_languages_on_the_same_page() {
    let p = Project::fixture("basic");
    p.run(&[
        "build",
        "--lang",
        "es",
        "--lang",
        "en",
        "--bilingual",
        "--format",
        "pdf",
        "--out",
        "out",
    ])
    .expect_code(0);
    let pages = pdf_pages(&p.path("out/sample/es+en/guide.pdf"));
    let first = flat(&pages[0]);
    assert!(
        first.contains(&flat("Taller de ejemplo")) && first.contains(&flat("Sample Workshop")),
        "{first}"
    );
    let handout = flat(&pdf_pages(&p.path("out/sample/es+en/handout-notes-sheet.pdf"))[0]);
    assert!(
        handout.contains(&flat("¿Qué aprendió?")) && handout.contains(&flat("What did you learn?")),
        "{handout}"
    );
    // Each activity page carries both languages too.
    assert!(pages
        .iter()
        .any(|pg| flat(pg).contains(&flat("Historias")) && flat(pg).contains(&flat("Stories"))));
}

#[test]
fn bilingual_needs_two_languages() {
    let p = Project::fixture("basic");
    let run = p.run(&[
        "build",
        "--lang",
        "es",
        "--bilingual",
        "--format",
        "pdf",
        "--out",
        "out",
    ]);
    run.expect_code(2);
    assert!(
        run.stderr
            .contains("--bilingual needs exactly two languages"),
        "{}",
        run.stderr
    );
}

#[test]
fn two_builds_give_identical_bytes() {
    let p = Project::fixture("basic");
    p.run(&["build", "--lang", "es", "--format", "pdf", "--out", "a"])
        .expect_code(0);
    p.run(&["build", "--lang", "es", "--format", "pdf", "--out", "b"])
        .expect_code(0);
    for f in ["guide.pdf", "handout-notes-sheet.pdf"] {
        let a = std::fs::read(p.path(&format!("a/sample/es/{f}"))).unwrap();
        let b = std::fs::read(p.path(&format!("b/sample/es/{f}"))).unwrap();
        assert!(a == b, "{f} differs between two builds");
    }
}

#[test]
pub fn page_size_follows_paper() {
    let p = Project::fixture("basic");
    p.run(&[
        "build", "--lang", "en", "--format", "pdf", "--out", "letter",
    ])
    .expect_code(0);
    p.run(&[
        "build", "--lang", "en", "--format", "pdf", "--paper", "a4", "--out", "a4",
    ])
    .expect_code(0);
    let (w, h) = page_size(&p.path("letter/sample/en/guide.pdf"));
    assert!(
        (w - 612.0).abs() < 0.5 && (h - 792.0).abs() < 0.5,
        "letter is 612 x 792 pt, got {w} x {h}"
    );
    let (w, h) = page_size(&p.path("a4/sample/en/guide.pdf"));
    assert!(
        (w - 595.3).abs() < 0.5 && (h - 841.9).abs() < 0.5,
        "A4 is 595.3 x 841.9 pt, got {w} x {h}"
    );
}

/// The structure tree of a tagged PDF: each element's type (`/S`), in
/// document order, with `TH` cells followed by their `/Scope`.
fn structure(path: &std::path::Path) -> Vec<String> {
    use lopdf::Object;
    fn walk(doc: &lopdf::Document, obj: &Object, out: &mut Vec<String>, depth: usize) {
        if depth > 200 {
            return;
        }
        let obj = match obj {
            Object::Reference(id) => match doc.get_object(*id) {
                Ok(o) => o,
                Err(_) => return,
            },
            o => o,
        };
        match obj {
            Object::Array(items) => {
                for i in items {
                    walk(doc, i, out, depth + 1);
                }
            }
            Object::Dictionary(d) => {
                if let Ok(Object::Name(s)) = d.get(b"S") {
                    let mut name = String::from_utf8_lossy(s).into_owned();
                    if name == "TH" {
                        let scope = d
                            .get(b"A")
                            .ok()
                            .and_then(|a| match a {
                                Object::Reference(id) => doc.get_object(*id).ok(),
                                o => Some(o),
                            })
                            .and_then(|a| a.as_dict().ok())
                            .and_then(|a| a.get(b"Scope").ok())
                            .and_then(|s| s.as_name().ok())
                            .map(|s| String::from_utf8_lossy(s).into_owned());
                        if let Some(s) = scope {
                            name = format!("TH/{s}");
                        }
                    }
                    out.push(name);
                }
                if let Ok(k) = d.get(b"K") {
                    walk(doc, k, out, depth + 1);
                }
            }
            _ => {}
        }
    }
    let doc = lopdf::Document::load(path).expect("a PDF");
    let root = doc
        .catalog()
        .expect("a catalog")
        .get(b"StructTreeRoot")
        .expect("a structure tree")
        .clone();
    let mut out = Vec::new();
    walk(&doc, &root, &mut out, 0);
    out
}

fn count(tree: &[String], name: &str) -> usize {
    tree.iter().filter(|s| s.as_str() == name).count()
}

#[test]
fn guide_box_titles_are_headings_and_key_value_tables_have_row_headers() {
    let p = Project::shipped();
    p.run(&[
        "build",
        "rights-at-borders",
        "--lang",
        "es",
        "--format",
        "pdf",
        "--out",
        "out",
    ])
    .expect_code(0);
    let tree = structure(&p.path("out/rights-at-borders/es/guide.pdf"));
    // The audit of 2026-12 found 61 H3 and 11 box titles ("Antes de
    // empezar", ten "Notas para la persona facilitadora") tagged as bold
    // text; the box titles are headings now.
    let headings = count(&tree, "H3") + count(&tree, "H4");
    assert!(headings >= 61 + 11, "{headings} H3/H4: {tree:?}");
    // The cover facts (4) and every activity's details have row headers.
    // (The agenda's own header row has 5.)
    let th = count(&tree, "TH") + count(&tree, "TH/Row");
    assert!(th >= 5 + 4 + 3 * 5, "only {th} header cells: {tree:?}");
    assert!(count(&tree, "H1") == 1, "{tree:?}");
}

#[test]
fn pocket_cards_have_headings_and_are_read_once() {
    let p = Project::shipped();
    p.run(&[
        "build",
        "rights-at-borders",
        "--lang",
        "es",
        "--format",
        "pdf",
        "--out",
        "out",
    ])
    .expect_code(0);
    let tree = structure(&p.path("out/rights-at-borders/es/cards-rights-card.pdf"));
    assert_eq!(count(&tree, "H1"), 1, "{tree:?}");
    assert!(count(&tree, "H2") >= 1, "{tree:?}");
}

/// The text of every marked-content sequence of a PDF, by page and MCID:
/// what the structure tree's elements point at.
fn marked_text(doc: &lopdf::Document) -> std::collections::HashMap<(lopdf::ObjectId, i64), String> {
    use lopdf::Object;
    let mut out = std::collections::HashMap::new();
    for page in doc.get_pages().into_values() {
        let fonts = doc.get_page_fonts(page).unwrap_or_default();
        let encodings: std::collections::HashMap<Vec<u8>, lopdf::Encoding> = fonts
            .iter()
            .filter_map(|(name, f)| Some((name.clone(), f.get_font_encoding(doc).ok()?)))
            .collect();
        let content = doc.get_and_decode_page_content(page).expect("page content");
        // Each open marked-content sequence: its MCID (nested ones, such as
        // a hyphen's span, have none and belong to theirs) and whether it
        // gives its text as ActualText (its glyphs are then not read).
        let mut open: Vec<(Option<i64>, bool)> = Vec::new();
        let mut font: Vec<u8> = Vec::new();
        let mcid_of = |open: &[(Option<i64>, bool)]| open.iter().rev().find_map(|m| m.0);
        for op in &content.operations {
            let mut show = |bytes: &[u8], open: &[(Option<i64>, bool)]| {
                let Some(mcid) = mcid_of(open) else { return };
                if open.iter().any(|m| m.1) {
                    return;
                }
                if let Some(enc) = encodings.get(&font) {
                    let text = lopdf::Document::decode_text(enc, bytes).unwrap_or_default();
                    out.entry((page, mcid))
                        .or_insert_with(String::new)
                        .push_str(&text);
                }
            };
            match op.operator.as_str() {
                "BDC" => {
                    let props = op.operands.get(1).and_then(|p| p.as_dict().ok());
                    let mcid = props
                        .and_then(|d| d.get(b"MCID").ok())
                        .and_then(|m| m.as_i64().ok());
                    let actual = props
                        .and_then(|d| d.get(b"ActualText").ok())
                        .and_then(|t| lopdf::decode_text_string(t).ok());
                    if let (Some(text), Some(id)) = (&actual, mcid.or(mcid_of(&open))) {
                        out.entry((page, id))
                            .or_insert_with(String::new)
                            .push_str(text);
                    }
                    open.push((mcid, actual.is_some()));
                }
                "BMC" => open.push((None, false)),
                "EMC" => {
                    open.pop();
                }
                "Tf" => {
                    if let Some(Ok(name)) = op.operands.first().map(|n| n.as_name()) {
                        font = name.to_vec();
                    }
                }
                "Tj" | "'" => {
                    if let Some(Object::String(b, _)) = op.operands.last() {
                        show(b, &open);
                    }
                }
                "TJ" => {
                    if let Some(Object::Array(items)) = op.operands.first() {
                        for i in items {
                            if let Object::String(b, _) = i {
                                show(b, &open);
                            }
                        }
                    }
                }
                _ => {}
            }
        }
    }
    out
}

/// Every structure element that declares a language (`/Lang`): its type,
/// its language and the text it holds.
fn elements_with_lang(path: &std::path::Path) -> Vec<(String, String, String)> {
    use lopdf::Object;
    let doc = lopdf::Document::load(path).expect("a PDF");
    let text = marked_text(&doc);
    fn deref<'a>(doc: &'a lopdf::Document, o: &'a Object) -> Option<&'a Object> {
        match o {
            Object::Reference(id) => doc.get_object(*id).ok(),
            o => Some(o),
        }
    }
    /// The text under `k`, whose page is `pg` unless it says otherwise.
    fn text_of(
        doc: &lopdf::Document,
        text: &std::collections::HashMap<(lopdf::ObjectId, i64), String>,
        k: &Object,
        pg: Option<lopdf::ObjectId>,
        depth: usize,
    ) -> String {
        if depth > 100 {
            return String::new();
        }
        match deref(doc, k) {
            Some(Object::Integer(mcid)) => pg
                .and_then(|p| text.get(&(p, *mcid)))
                .cloned()
                .unwrap_or_default(),
            Some(Object::Array(items)) => items
                .iter()
                .map(|i| text_of(doc, text, i, pg, depth + 1))
                .collect(),
            Some(Object::Dictionary(d)) => {
                let pg = d.get(b"Pg").ok().and_then(|p| p.as_reference().ok()).or(pg);
                match (d.get(b"MCID"), d.get(b"K")) {
                    (Ok(m), _) => text_of(doc, text, m, pg, depth + 1),
                    (_, Ok(k)) => text_of(doc, text, k, pg, depth + 1),
                    _ => String::new(),
                }
            }
            _ => String::new(),
        }
    }
    fn walk(
        doc: &lopdf::Document,
        text: &std::collections::HashMap<(lopdf::ObjectId, i64), String>,
        o: &Object,
        out: &mut Vec<(String, String, String)>,
        depth: usize,
    ) {
        if depth > 200 {
            return;
        }
        match deref(doc, o) {
            Some(Object::Array(items)) => {
                for i in items {
                    walk(doc, text, i, out, depth + 1);
                }
            }
            Some(Object::Dictionary(d)) => {
                if let (Ok(s), Ok(lang)) = (d.get(b"S"), d.get(b"Lang")) {
                    let name = s.as_name().map(|n| String::from_utf8_lossy(n).into_owned());
                    let lang = lopdf::decode_text_string(lang).unwrap_or_default();
                    let pg = d.get(b"Pg").ok().and_then(|p| p.as_reference().ok());
                    let k = d.get(b"K").cloned().unwrap_or(Object::Null);
                    out.push((
                        name.unwrap_or_default(),
                        lang,
                        text_of(doc, text, &k, pg, 0),
                    ));
                }
                if let Ok(k) = d.get(b"K") {
                    walk(doc, text, k, out, depth + 1);
                }
            }
            _ => {}
        }
    }
    let root = doc
        .catalog()
        .expect("a catalog")
        .get(b"StructTreeRoot")
        .expect("a structure tree")
        .clone();
    let mut out = Vec::new();
    walk(&doc, &text, &root, &mut out, 0);
    out
}

/// What the HTML marks `lang="en"` in `tag` elements (`<i lang="en">…</i>`).
fn marked_english(html: &str, tag: &str) -> Vec<String> {
    let open = format!("<{tag} lang=\"en\">");
    html.split(&open)
        .skip(1)
        .map(|s| s.split('<').next().unwrap_or("").replace("&amp;", "&"))
        .collect()
}

/// The English titles of a Spanish guide's and handout's sources are
/// structure elements of their own with `/Lang (en)` (an inline `Quote`,
/// see `in-lang` in templates/lib.typ), holding exactly the titles the
/// HTML marks English; the Spanish text around them is not marked.
#[test]
fn english_source_titles_in_spanish_pdfs_are_marked_english() {
    let p = Project::shipped();
    p.run(&[
        "build",
        "rights-at-borders",
        "--lang",
        "es",
        "--format",
        "html,pdf",
        "--out",
        "out",
    ])
    .expect_code(0);
    let html = p.read("out/rights-at-borders/es/guide.html");
    let mut titles = marked_english(&html, "i");
    assert!(
        titles.iter().any(|t| t.starts_with("Zadvydas v. Davis")),
        "no English title marked in the HTML: {titles:?}"
    );
    // A title the translation changed is not marked.
    assert!(!titles.iter().any(|t| t.starts_with("Pacto Internacional")));

    let elems = elements_with_lang(&p.path("out/rights-at-borders/es/guide.pdf"));
    let mut english: Vec<String> = elems
        .iter()
        .filter(|(_, lang, _)| lang == "en")
        .map(|(s, _, text)| {
            assert_eq!(s, "Quote", "{elems:?}");
            flat(text)
        })
        .collect();
    titles = titles.iter().map(|t| flat(t)).collect();
    titles.sort();
    english.sort();
    assert_eq!(english, titles, "English in the PDF's structure tree");
    // Nothing else declares a language of its own: the Spanish text is the
    // document's language.
    assert!(elems.iter().all(|(_, lang, _)| lang == "en"), "{elems:?}");

    // A handout's sources too (without italics there).
    let mut found = 0;
    for h in std::fs::read_dir(p.path("out/rights-at-borders/es")).unwrap() {
        let path = h.unwrap().path();
        if path.extension().is_some_and(|e| e == "html") && !path.ends_with("guide.html") {
            let marked: Vec<String> =
                marked_english(&std::fs::read_to_string(&path).unwrap(), "span")
                    .iter()
                    .map(|t| flat(t))
                    .collect();
            if marked.is_empty() {
                continue;
            }
            found += 1;
            let pdf = path.with_extension("pdf");
            assert!(pdf.is_file(), "{} has no PDF", path.display());
            let mut english: Vec<String> = elements_with_lang(&pdf)
                .into_iter()
                .filter(|(s, lang, _)| s == "Quote" && lang == "en")
                .map(|(_, _, t)| flat(&t))
                .collect();
            let mut marked = marked;
            marked.sort();
            english.sort();
            assert_eq!(english, marked, "{}", pdf.display());
        }
    }
    assert!(found > 0, "no handout has an English source title");
}

/// An English guide has no title in another language, so nothing in it
/// declares a language of its own.
#[test]
fn an_english_guide_declares_no_other_language() {
    let p = Project::shipped();
    p.run(&[
        "build",
        "rights-at-borders",
        "--lang",
        "en",
        "--format",
        "pdf",
        "--out",
        "out",
    ])
    .expect_code(0);
    let elems = elements_with_lang(&p.path("out/rights-at-borders/en/guide.pdf"));
    assert!(elems.is_empty(), "{elems:?}");
}
