//! DOCX (Office Open XML) from the document tree in [`super::doc_model`],
//! written with `zip` and plain XML text.
//!
//! Not docx-rs: its 0.4.22 has no way to set `w:lang` on text, cannot take
//! the styles part of a reference document as it is (it would have to be
//! parsed into its own types, losing what they do not model), and brings a
//! second major version of `zip` and of `quick-xml`. The parts Puente needs
//! are few and small, so it writes them itself, like the ODT.
//!
//! Same inputs, same bytes: every zip entry and the document properties
//! carry the document's [`Stamp`], and parts are written in a fixed order.

use std::fmt::Write as _;
use std::io::Write as _;

use super::doc_model::{esc, footer_parts, Block, Document, FooterPart, Run, Style};

/// The parts of a reference document Puente takes: its styles (and the
/// theme they may refer to).
#[derive(Debug, Clone, Default)]
pub struct Reference {
    pub styles: Option<String>,
    pub theme: Option<Vec<u8>>,
}

impl Reference {
    /// Reads `templates/reference.docx`.
    pub fn read(bytes: &[u8]) -> Result<Reference, String> {
        let mut z = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| e.to_string())?;
        let mut read = |name: &str| -> Option<Vec<u8>> {
            let mut f = z.by_name(name).ok()?;
            let mut v = Vec::new();
            std::io::Read::read_to_end(&mut f, &mut v).ok()?;
            Some(v)
        };
        let styles = read("word/styles.xml").ok_or("it has no word/styles.xml")?;
        let styles = String::from_utf8(styles).map_err(|_| "word/styles.xml is not UTF-8")?;
        Ok(Reference {
            styles: Some(styles),
            theme: read("word/theme/theme1.xml"),
        })
    }
}

const W_NS: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#;

/// Page width, height and text width in twentieths of a point.
fn page(paper: &str) -> (u32, u32, u32) {
    let (w, h) = if paper == "a4" {
        (11906, 16838)
    } else {
        (12240, 15840)
    };
    (w, h, w - 2 * 1440)
}

/// Writes `doc` as a .docx file.
pub fn write(doc: &Document, reference: &Reference) -> Vec<u8> {
    let mut w = Writer {
        body: String::new(),
        lists: 0,
        text_width: page(&doc.paper).2,
        in_columns: false,
    };
    for b in &doc.blocks {
        w.block(b, &doc.lang, w.text_width);
    }
    let document = w.document(doc);
    let styles = styles(reference.styles.as_deref(), &doc.lang);
    let numbering = numbering(w.lists);
    let footer = footer(doc);
    let theme = reference.theme.as_deref();

    let mut parts: Vec<(&str, Vec<u8>)> = vec![
        ("[Content_Types].xml", content_types(theme.is_some()).into()),
        ("_rels/.rels", ROOT_RELS.into()),
        ("docProps/core.xml", core(doc).into()),
        ("docProps/app.xml", APP.into()),
        (
            "word/_rels/document.xml.rels",
            doc_rels(theme.is_some()).into(),
        ),
        ("word/document.xml", document.into()),
        ("word/styles.xml", styles.into()),
        ("word/numbering.xml", numbering.into()),
        ("word/settings.xml", settings(&doc.lang).into()),
        ("word/footer1.xml", footer.into()),
    ];
    if let Some(t) = theme {
        parts.push(("word/theme/theme1.xml", t.to_vec()));
    }
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut z = zip::ZipWriter::new(&mut buf);
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .last_modified_time(doc.stamp.zip_time())
            .unix_permissions(0o644);
        for (name, bytes) in parts {
            z.start_file(name, options)
                .and_then(|_| z.write_all(&bytes).map_err(Into::into))
                .expect("writing into memory does not fail");
        }
        z.finish().expect("writing into memory does not fail");
    }
    buf.into_inner()
}

struct Writer {
    body: String,
    /// Ordered lists so far: each gets its own numbering instance, so each
    /// starts again at 1.
    lists: u32,
    text_width: u32,
    /// Inside the two language columns of a bilingual document.
    in_columns: bool,
}

fn lang_attr(lang: &str) -> String {
    format!(r#"<w:lang w:val="{}"/>"#, esc(lang))
}

impl Writer {
    fn runs(&mut self, runs: &[Run], lang: &str) {
        for r in runs {
            self.body.push_str("<w:r><w:rPr>");
            if r.bold {
                self.body.push_str("<w:b/>");
            }
            if r.italic {
                self.body.push_str("<w:i/>");
            }
            self.body
                .push_str(&lang_attr(r.lang.as_deref().unwrap_or(lang)));
            let _ = write!(
                self.body,
                r#"</w:rPr><w:t xml:space="preserve">{}</w:t></w:r>"#,
                esc(&r.text)
            );
        }
    }

    fn para(&mut self, style: Style, runs: &[Run], lang: &str, extra_ppr: &str) {
        let _ = write!(
            self.body,
            r#"<w:p><w:pPr><w:pStyle w:val="{}"/>{extra_ppr}<w:rPr>{}</w:rPr></w:pPr>"#,
            style.docx_id(),
            lang_attr(lang)
        );
        self.runs(runs, lang);
        self.body.push_str("</w:p>");
    }

    fn block(&mut self, b: &Block, lang: &str, width: u32) {
        match b {
            Block::Para {
                style,
                runs,
                page_break,
            } => {
                let extra = if *page_break {
                    "<w:pageBreakBefore/>"
                } else {
                    ""
                };
                self.para(*style, runs, lang, extra);
            }
            Block::List {
                ordered,
                style,
                items,
            } => {
                let num = if *ordered {
                    self.lists += 1;
                    self.lists + 1
                } else {
                    1
                };
                let numpr =
                    format!(r#"<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>"#);
                for item in items {
                    self.para(*style, item, lang, &numpr);
                }
            }
            Block::Table {
                widths,
                header,
                rows,
                footer,
            } => {
                let total: u32 = widths.iter().sum::<u32>().max(1);
                let cols: Vec<u32> = widths.iter().map(|p| width * p / total).collect();
                let _ = write!(
                    self.body,
                    r#"<w:tbl><w:tblPr><w:tblStyle w:val="PuenteTable"/><w:tblW w:w="{width}" w:type="dxa"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="{}" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>"#,
                    u8::from(!footer.is_empty())
                );
                for c in &cols {
                    let _ = write!(self.body, r#"<w:gridCol w:w="{c}"/>"#);
                }
                self.body.push_str("</w:tblGrid>");
                let one_paragraph = |cells: &[Vec<Run>]| -> Vec<Vec<Vec<Run>>> {
                    cells.iter().map(|c| vec![c.clone()]).collect()
                };
                self.row(
                    &one_paragraph(header),
                    &cols,
                    Style::TableHeading,
                    lang,
                    true,
                );
                for r in rows {
                    self.row(r, &cols, Style::TableContents, lang, false);
                }
                if !footer.is_empty() {
                    self.row(
                        &one_paragraph(footer),
                        &cols,
                        Style::TableHeading,
                        lang,
                        false,
                    );
                }
                self.body.push_str("</w:tbl>");
            }
            Block::Note {
                heading,
                level,
                body,
            } => {
                // One box: Word joins the borders of consecutive paragraphs
                // whose borders and indents are the same, and the note
                // styles and the numbering share theirs. The heading is a
                // heading through its outline level (0-based in DOCX).
                // In a bilingual table a kept-with-next paragraph makes
                // LibreOffice move the whole row to the next page.
                let keep = if self.in_columns {
                    r#"<w:keepNext w:val="0"/>"#
                } else {
                    ""
                };
                let ppr = format!(
                    r#"{keep}<w:outlineLvl w:val="{}"/>"#,
                    level.saturating_sub(1)
                );
                self.para(Style::FacilitatorNoteHeading, heading, lang, &ppr);
                for b in body {
                    self.block(b, lang, width);
                }
            }
            Block::WriteInLines(n) => {
                for _ in 0..*n {
                    self.para(Style::WriteInLine, &[], lang, "");
                }
            }
            Block::Columns { langs, rows } => {
                let col = width / 2;
                let _ = write!(
                    self.body,
                    r#"<w:tbl><w:tblPr><w:tblW w:w="{width}" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="144" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid><w:gridCol w:w="{col}"/><w:gridCol w:w="{col}"/></w:tblGrid>"#
                );
                // Rows may break across pages: a block taller than what is
                // left of a page (a long note in a half-width column) would
                // otherwise leave the page empty.
                self.in_columns = true;
                for pair in rows {
                    self.body.push_str("<w:tr>");
                    for (blocks, lang) in pair.iter().zip(langs) {
                        let _ = write!(
                            self.body,
                            r#"<w:tc><w:tcPr><w:tcW w:w="{col}" w:type="dxa"/></w:tcPr>"#
                        );
                        for b in blocks {
                            // A page break inside a table cell is not allowed.
                            let b = match b {
                                Block::Para { style, runs, .. } => Block::Para {
                                    style: *style,
                                    runs: runs.clone(),
                                    page_break: false,
                                },
                                other => other.clone(),
                            };
                            self.block(&b, lang, col - 144);
                        }
                        // A cell must end with a paragraph.
                        if blocks.is_empty() || matches!(blocks.last(), Some(Block::Table { .. })) {
                            self.para(Style::Body, &[], lang, "");
                        }
                        self.body.push_str("</w:tc>");
                    }
                    self.body.push_str("</w:tr>");
                }
                self.in_columns = false;
                self.body.push_str("</w:tbl>");
            }
        }
    }

    fn row(
        &mut self,
        cells: &[Vec<Vec<Run>>],
        cols: &[u32],
        style: Style,
        lang: &str,
        header: bool,
    ) {
        self.body.push_str("<w:tr>");
        if header {
            self.body.push_str("<w:trPr><w:tblHeader/></w:trPr>");
        }
        for (cell, w) in cells.iter().zip(cols) {
            let _ = write!(
                self.body,
                r#"<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>"#
            );
            if cell.is_empty() {
                self.para(style, &[], lang, "");
            }
            for p in cell {
                self.para(style, p, lang, "");
            }
            self.body.push_str("</w:tc>");
        }
        self.body.push_str("</w:tr>");
    }

    fn document(&self, doc: &Document) -> String {
        let (w, h, _) = page(&doc.paper);
        format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document {W_NS}><w:body>{}<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter1"/><w:pgSz w:w="{w}" w:h="{h}"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>"#,
            self.body
        )
    }
}

fn footer(doc: &Document) -> String {
    let mut s = String::new();
    for r in &doc.footer {
        let lang = lang_attr(r.lang.as_deref().unwrap_or(&doc.lang));
        for part in footer_parts(&r.text) {
            let _ = match part {
                FooterPart::Text(t) => write!(
                    s,
                    r#"<w:r><w:rPr>{lang}</w:rPr><w:t xml:space="preserve">{}</w:t></w:r>"#,
                    esc(t)
                ),
                FooterPart::Page => write!(
                    s,
                    r#"<w:fldSimple w:instr=" PAGE "><w:r><w:rPr>{lang}</w:rPr><w:t>1</w:t></w:r></w:fldSimple>"#
                ),
                FooterPart::Total => write!(
                    s,
                    r#"<w:fldSimple w:instr=" NUMPAGES "><w:r><w:rPr>{lang}</w:rPr><w:t>1</w:t></w:r></w:fldSimple>"#
                ),
            };
        }
    }
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr {W_NS}><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>{s}</w:p></w:ftr>"#
    )
}

/// Puente's definition of each style it uses, for a reference document
/// that lacks it (and for the built-in styles).
fn style_xml(s: Style) -> String {
    let (ppr, rpr, next) = match s {
        Style::Title => (
            r#"<w:spacing w:before="0" w:after="240"/><w:outlineLvl w:val="0"/>"#,
            r#"<w:b/><w:sz w:val="48"/>"#,
            "BodyText",
        ),
        Style::Subtitle => (
            r#"<w:spacing w:before="0" w:after="60"/>"#,
            r#"<w:caps/><w:color w:val="555555"/><w:sz w:val="20"/>"#,
            "Title",
        ),
        Style::Heading1 => (
            r#"<w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/>"#,
            r#"<w:b/><w:sz w:val="34"/>"#,
            "BodyText",
        ),
        Style::Heading2 => (
            r#"<w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/>"#,
            r#"<w:b/><w:sz w:val="28"/>"#,
            "BodyText",
        ),
        Style::Heading3 => (
            r#"<w:keepNext/><w:spacing w:before="200" w:after="60"/><w:outlineLvl w:val="2"/>"#,
            r#"<w:b/><w:sz w:val="24"/>"#,
            "BodyText",
        ),
        Style::Body => (r#"<w:spacing w:before="0" w:after="120"/>"#, "", "BodyText"),
        Style::ListItem => (
            r#"<w:spacing w:before="0" w:after="60"/><w:ind w:left="360" w:hanging="360"/>"#,
            "",
            "ListParagraph",
        ),
        Style::FacilitatorNote | Style::FacilitatorNoteHeading | Style::Notice => {
            const BOX: &str = r#"<w:pBdr><w:top w:val="single" w:sz="8" w:space="4" w:color="333333"/><w:left w:val="single" w:sz="8" w:space="4" w:color="333333"/><w:bottom w:val="single" w:sz="8" w:space="4" w:color="333333"/><w:right w:val="single" w:sz="8" w:space="4" w:color="333333"/></w:pBdr><w:shd w:val="clear" w:color="auto" w:fill="EEEEEE"/>"#;
            // A note's heading and items share borders and indents (those
            // of the numbering's bullets), so Word draws them as one box.
            let ppr = match s {
                Style::FacilitatorNote => format!(
                    r#"{BOX}<w:spacing w:before="0" w:after="60"/><w:ind w:left="720" w:right="115" w:hanging="360"/>"#
                ),
                Style::FacilitatorNoteHeading => format!(
                    r#"<w:keepNext/>{BOX}<w:spacing w:before="0" w:after="60"/><w:ind w:left="720" w:right="115" w:hanging="360"/>"#
                ),
                _ => format!(
                    r#"{BOX}<w:spacing w:before="120" w:after="120"/><w:ind w:left="115" w:right="115"/>"#
                ),
            };
            let bold = if s == Style::FacilitatorNote {
                ""
            } else {
                "<w:b/>"
            };
            let next = if s == Style::FacilitatorNoteHeading {
                "FacilitatorNote"
            } else {
                "BodyText"
            };
            return one_style(s, &ppr, bold, next);
        }
        Style::Details => (
            r#"<w:spacing w:before="0" w:after="120"/>"#,
            r#"<w:color w:val="444444"/><w:sz w:val="20"/>"#,
            "BodyText",
        ),
        Style::Prompt => (
            r#"<w:keepNext/><w:spacing w:before="240" w:after="0"/>"#,
            r#"<w:b/>"#,
            "WriteinLine",
        ),
        Style::WriteInLine => (
            r#"<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/><w:between w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr><w:spacing w:before="0" w:after="0" w:line="520" w:lineRule="exact"/>"#,
            "",
            "WriteinLine",
        ),
        Style::TableHeading => (
            r#"<w:keepNext/><w:spacing w:before="40" w:after="40"/>"#,
            r#"<w:b/>"#,
            "TableContents",
        ),
        Style::TableContents => (
            r#"<w:spacing w:before="40" w:after="40"/>"#,
            "",
            "TableContents",
        ),
        Style::Footer => (
            r#"<w:tabs><w:tab w:val="center" w:pos="4680"/><w:tab w:val="right" w:pos="9360"/></w:tabs><w:spacing w:before="0" w:after="0"/>"#,
            r#"<w:sz w:val="18"/>"#,
            "Footer",
        ),
    };
    one_style(s, ppr, rpr, next)
}

fn one_style(s: Style, ppr: &str, rpr: &str, next: &str) -> String {
    let name = match s {
        // Word's own names for its built-in styles.
        Style::Heading1 | Style::Heading2 | Style::Heading3 => s.display_name().to_lowercase(),
        _ => s.display_name().to_string(),
    };
    let based = if s == Style::Body {
        ""
    } else {
        r#"<w:basedOn w:val="BodyText"/>"#
    };
    format!(
        r#"<w:style w:type="paragraph" w:customStyle="{}" w:styleId="{}"><w:name w:val="{}"/>{based}<w:next w:val="{next}"/><w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"#,
        u8::from(matches!(
            s,
            Style::FacilitatorNote
                | Style::FacilitatorNoteHeading
                | Style::Notice
                | Style::Details
                | Style::Prompt
                | Style::WriteInLine
                | Style::TableHeading
                | Style::TableContents
        )),
        s.docx_id(),
        name
    )
}

const TABLE_STYLE: &str = r#"<w:style w:type="table" w:customStyle="1" w:styleId="PuenteTable"><w:name w:val="Puente Table"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders><w:tblCellMar><w:left w:w="100" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblStylePr w:type="firstRow"><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="E6E6E6"/></w:tcPr></w:tblStylePr></w:style>"#;

/// The style names Puente uses in DOCX (`w:styleId`), for the README and
/// the tests.
pub fn style_ids() -> Vec<String> {
    let mut v: Vec<String> = Style::ALL.iter().map(|s| s.docx_id()).collect();
    v.push("PuenteTable".into());
    v
}

/// The styles part: the reference document's, with Puente's definition
/// added for each style it uses that the reference lacks; or Puente's own.
fn styles(reference: Option<&str>, lang: &str) -> String {
    let missing = |have: &str| -> String {
        let mut s = String::new();
        for st in Style::ALL {
            if !have.contains(&format!(r#"w:styleId="{}""#, st.docx_id())) {
                s.push_str(&style_xml(st));
            }
        }
        if !have.contains(r#"w:styleId="PuenteTable""#) {
            s.push_str(TABLE_STYLE);
        }
        s
    };
    if let Some(r) = reference {
        if let Some(end) = r.rfind("</w:styles>") {
            return format!("{}{}{}", &r[..end], missing(r), &r[end..]);
        }
    }
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W_NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans" w:cs="Liberation Sans" w:eastAsia="Liberation Sans"/><w:sz w:val="23"/><w:szCs w:val="23"/>{}</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>{}</w:styles>"#,
        lang_attr(lang),
        missing("")
    )
}

fn numbering(ordered_lists: u32) -> String {
    let mut s = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W_NS}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"#
    );
    for i in 0..ordered_lists {
        let _ = write!(
            s,
            r#"<w:num w:numId="{}"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>"#,
            i + 2
        );
    }
    s.push_str("</w:numbering>");
    s
}

fn settings(lang: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings {W_NS}><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:themeFontLang w:val="{}"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>"#,
        esc(lang)
    )
}

fn core(doc: &Document) -> String {
    let t = doc.stamp.iso();
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{}</dc:title><dc:language>{}</dc:language><dc:creator>Puente</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">{t}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{t}</dcterms:modified></cp:coreProperties>"#,
        esc(&doc.title),
        esc(&doc.lang)
    )
}

const APP: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Puente</Application></Properties>"#;

const ROOT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>"#;

fn doc_rels(theme: bool) -> String {
    let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    let mut s = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="{r}/styles" Target="styles.xml"/><Relationship Id="rIdNumbering" Type="{r}/numbering" Target="numbering.xml"/><Relationship Id="rIdSettings" Type="{r}/settings" Target="settings.xml"/><Relationship Id="rIdFooter1" Type="{r}/footer" Target="footer1.xml"/>"#
    );
    if theme {
        let _ = write!(
            s,
            r#"<Relationship Id="rIdTheme" Type="{r}/theme" Target="theme/theme1.xml"/>"#
        );
    }
    s.push_str("</Relationships>");
    s
}

fn content_types(theme: bool) -> String {
    let o = "application/vnd.openxmlformats-officedocument";
    let mut s = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="{o}.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="{o}.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="{o}.wordprocessingml.numbering+xml"/><Override PartName="/word/settings.xml" ContentType="{o}.wordprocessingml.settings+xml"/><Override PartName="/word/footer1.xml" ContentType="{o}.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="{o}.extended-properties+xml"/>"#
    );
    if theme {
        let _ = write!(
            s,
            r#"<Override PartName="/word/theme/theme1.xml" ContentType="{o}.theme+xml"/>"#
        );
    }
    s.push_str("</Types>");
    s
}
