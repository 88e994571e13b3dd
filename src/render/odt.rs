//! ODT (OpenDocument Text) from the document tree in [`super::doc_model`],
//! written with `zip` and plain XML text (there is no mature ODT crate).
//!
//! Same inputs, same bytes: `mimetype` first and stored, every entry with
//! the document's [`Stamp`], parts in a fixed order.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write as _;

use super::doc_model::{esc, footer_parts, Block, Document, FooterPart, Run, Style};

/// The parts of a reference document Puente takes: the common styles and
/// the font declarations they use, with the namespaces of its root element.
#[derive(Debug, Clone, Default)]
pub struct Reference {
    pub styles: Option<String>,
}

impl Reference {
    /// Reads `templates/reference.odt`.
    pub fn read(bytes: &[u8]) -> Result<Reference, String> {
        let mut z = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| e.to_string())?;
        let mut f = z
            .by_name("styles.xml")
            .map_err(|_| "it has no styles.xml")?;
        let mut v = String::new();
        std::io::Read::read_to_string(&mut f, &mut v).map_err(|_| "styles.xml is not UTF-8")?;
        Ok(Reference { styles: Some(v) })
    }
}

const NS: &str = r#"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3""#;

/// `fo:language` and `fo:country` of a BCP 47 tag.
fn lang_props(tag: &str) -> String {
    let mut parts = tag.split('-');
    let lang = parts.next().unwrap_or("und");
    let country = parts.find(|p| p.len() == 2).unwrap_or("none");
    format!(
        r#"fo:language="{}" fo:country="{}""#,
        esc(lang),
        esc(country)
    )
}

/// Writes `doc` as a .odt file.
pub fn write(doc: &Document, reference: &Reference) -> Vec<u8> {
    let mut w = Writer::default();
    let width = text_width_cm(&doc.paper);
    for b in &doc.blocks {
        w.block(b, &doc.lang, width);
    }
    let content = w.content();
    let styles = styles(reference.styles.as_deref(), doc);
    let parts: Vec<(&str, Vec<u8>)> = vec![
        (
            "mimetype",
            b"application/vnd.oasis.opendocument.text".to_vec(),
        ),
        ("META-INF/manifest.xml", MANIFEST.into()),
        ("meta.xml", meta(doc).into()),
        ("styles.xml", styles.into()),
        ("content.xml", content.into()),
    ];
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut z = zip::ZipWriter::new(&mut buf);
        let base = zip::write::SimpleFileOptions::default()
            .last_modified_time(doc.stamp.zip_time())
            .unix_permissions(0o644);
        for (name, bytes) in parts {
            let method = if name == "mimetype" {
                zip::CompressionMethod::Stored
            } else {
                zip::CompressionMethod::Deflated
            };
            z.start_file(name, base.compression_method(method))
                .and_then(|_| z.write_all(&bytes).map_err(Into::into))
                .expect("writing into memory does not fail");
        }
        z.finish().expect("writing into memory does not fail");
    }
    buf.into_inner()
}

fn page_cm(paper: &str) -> (f32, f32) {
    if paper == "a4" {
        (21.0, 29.7)
    } else {
        (21.59, 27.94)
    }
}

fn text_width_cm(paper: &str) -> f32 {
    page_cm(paper).0 - 2.0 * 2.54
}

#[derive(Default)]
struct Writer {
    body: String,
    /// Automatic text styles by (language, bold, italic).
    spans: BTreeMap<(String, bool, bool), usize>,
    /// Automatic styles of tables and their columns, in order.
    auto: String,
    tables: usize,
}

impl Writer {
    fn span_style(&mut self, lang: &str, bold: bool, italic: bool) -> String {
        let n = self.spans.len() + 1;
        let n = *self
            .spans
            .entry((lang.to_string(), bold, italic))
            .or_insert(n);
        format!("T{n}")
    }

    fn runs(&mut self, runs: &[Run], lang: &str) {
        for r in runs {
            let st = self.span_style(r.lang.as_deref().unwrap_or(lang), r.bold, r.italic);
            let _ = write!(
                self.body,
                r#"<text:span text:style-name="{st}">{}</text:span>"#,
                text_with_spaces(&r.text)
            );
        }
    }

    fn para(&mut self, style: Style, runs: &[Run], lang: &str, page_break: bool) {
        self.para_at(style, style.heading_level(), runs, lang, page_break);
    }

    /// A paragraph, or a heading at outline `level` when it is above 0.
    fn para_at(&mut self, style: Style, level: u8, runs: &[Run], lang: &str, page_break: bool) {
        let name = if page_break {
            format!("{}_break", style.odt_name())
        } else {
            style.odt_name()
        };
        if level > 0 {
            let _ = write!(
                self.body,
                r#"<text:h text:style-name="{name}" text:outline-level="{level}">"#
            );
            self.runs(runs, lang);
            self.body.push_str("</text:h>");
        } else {
            let _ = write!(self.body, r#"<text:p text:style-name="{name}">"#);
            self.runs(runs, lang);
            self.body.push_str("</text:p>");
        }
    }

    fn block(&mut self, b: &Block, lang: &str, width: f32) {
        match b {
            Block::Para {
                style,
                runs,
                page_break,
            } => self.para(*style, runs, lang, *page_break),
            Block::List {
                ordered,
                style,
                items,
            } => {
                let list = if *ordered {
                    "Puente_20_Numbers"
                } else {
                    "Puente_20_Bullets"
                };
                let _ = write!(self.body, r#"<text:list text:style-name="{list}">"#);
                for item in items {
                    self.body.push_str("<text:list-item>");
                    self.para(*style, item, lang, false);
                    self.body.push_str("</text:list-item>");
                }
                self.body.push_str("</text:list>");
            }
            Block::Table {
                widths,
                header,
                rows,
                footer,
            } => {
                let t = self.table_styles(widths, width, true);
                let _ = write!(
                    self.body,
                    r#"<table:table table:name="{t}" table:style-name="{t}">"#
                );
                for i in 0..widths.len() {
                    let _ = write!(
                        self.body,
                        r#"<table:table-column table:style-name="{t}.C{i}"/>"#
                    );
                }
                let one_paragraph = |cells: &[Vec<Run>]| -> Vec<Vec<Vec<Run>>> {
                    cells.iter().map(|c| vec![c.clone()]).collect()
                };
                self.body.push_str("<table:table-header-rows>");
                self.row(&one_paragraph(header), &t, Style::TableHeading, lang);
                self.body.push_str("</table:table-header-rows>");
                for r in rows {
                    self.row(r, &t, Style::TableContents, lang);
                }
                if !footer.is_empty() {
                    self.row(&one_paragraph(footer), &t, Style::TableHeading, lang);
                }
                self.body.push_str("</table:table>");
            }
            Block::Note {
                heading,
                level,
                body,
            } => {
                // One box: the heading (a real heading) and the paragraphs
                // after it have the same border, padding, background and
                // indents, and join their borders (see `style_xml`).
                self.para_at(Style::FacilitatorNoteHeading, *level, heading, lang, false);
                for b in body {
                    self.block(b, lang, width);
                }
            }
            Block::WriteInLines(n) => {
                for _ in 0..*n {
                    self.para(Style::WriteInLine, &[], lang, false);
                }
            }
            Block::Columns { langs, rows } => {
                let t = self.table_styles(&[50, 50], width, false);
                let _ = write!(
                    self.body,
                    r#"<table:table table:name="{t}" table:style-name="{t}"><table:table-column table:style-name="{t}.C0"/><table:table-column table:style-name="{t}.C1"/>"#
                );
                for pair in rows {
                    self.body.push_str("<table:table-row>");
                    for (blocks, lang) in pair.iter().zip(langs) {
                        let _ = write!(
                            self.body,
                            r#"<table:table-cell table:style-name="{t}.Cell" office:value-type="string">"#
                        );
                        for b in blocks {
                            let b = match b {
                                Block::Para { style, runs, .. } => Block::Para {
                                    style: *style,
                                    runs: runs.clone(),
                                    page_break: false,
                                },
                                other => other.clone(),
                            };
                            self.block(&b, lang, width / 2.0 - 0.2);
                        }
                        if blocks.is_empty() {
                            self.para(Style::Body, &[], lang, false);
                        }
                        self.body.push_str("</table:table-cell>");
                    }
                    self.body.push_str("</table:table-row>");
                }
                self.body.push_str("</table:table>");
            }
        }
    }

    /// Automatic styles for one table: its width, its columns' widths, its
    /// cells (ruled, or, for the two language columns, unruled).
    fn table_styles(&mut self, widths: &[u32], width: f32, ruled: bool) -> String {
        self.tables += 1;
        let t = format!("Table{}", self.tables);
        let total: u32 = widths.iter().sum::<u32>().max(1);
        let _ = write!(
            self.auto,
            r#"<style:style style:name="{t}" style:family="table"><style:table-properties style:width="{width:.2}cm" table:align="margins"/></style:style>"#
        );
        for (i, w) in widths.iter().enumerate() {
            let cm = width * *w as f32 / total as f32;
            let _ = write!(
                self.auto,
                r#"<style:style style:name="{t}.C{i}" style:family="table-column"><style:table-column-properties style:column-width="{cm:.2}cm" style:rel-width="{}*"/></style:style>"#,
                w * 100
            );
        }
        let border = if ruled {
            r#"fo:border="0.5pt solid #000000""#
        } else {
            r#"fo:border="none""#
        };
        let _ = write!(
            self.auto,
            r#"<style:style style:name="{t}.Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" {border}/></style:style>"#
        );
        t
    }

    fn row(&mut self, cells: &[Vec<Vec<Run>>], t: &str, style: Style, lang: &str) {
        self.body.push_str("<table:table-row>");
        for cell in cells {
            let _ = write!(
                self.body,
                r#"<table:table-cell table:style-name="{t}.Cell" office:value-type="string">"#
            );
            if cell.is_empty() {
                self.para(style, &[], lang, false);
            }
            for p in cell {
                self.para(style, p, lang, false);
            }
            self.body.push_str("</table:table-cell>");
        }
        self.body.push_str("</table:table-row>");
    }

    fn content(&self) -> String {
        let mut auto = String::new();
        let mut spans: Vec<(&(String, bool, bool), &usize)> = self.spans.iter().collect();
        spans.sort_by_key(|(_, n)| **n);
        for ((lang, bold, italic), n) in spans {
            let _ = write!(
                auto,
                r#"<style:style style:name="T{n}" style:family="text"><style:text-properties {}{}{}/></style:style>"#,
                lang_props(lang),
                if *bold {
                    r#" fo:font-weight="bold""#
                } else {
                    ""
                },
                if *italic {
                    r#" fo:font-style="italic""#
                } else {
                    ""
                },
            );
        }
        // A page break before a heading, keeping its style.
        let _ = write!(
            auto,
            r#"<style:style style:name="{0}_break" style:family="paragraph" style:parent-style-name="{0}"><style:paragraph-properties fo:break-before="page"/></style:style>"#,
            Style::Heading1.odt_name()
        );
        auto.push_str(&self.auto);
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {NS}><office:automatic-styles>{auto}</office:automatic-styles><office:body><office:text>{}</office:text></office:body></office:document-content>"#,
            self.body
        )
    }
}

/// Text with runs of spaces, tabs and line breaks as ODF wants them.
fn text_with_spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev_space = false;
    for c in s.chars() {
        match c {
            ' ' if prev_space => out.push_str("<text:s/>"),
            '\t' => out.push_str("<text:tab/>"),
            '\n' => out.push_str("<text:line-break/>"),
            _ => out.push_str(&esc(c.encode_utf8(&mut [0; 4]))),
        }
        prev_space = c == ' ';
    }
    out
}

/// Puente's definition of each style it uses, for a reference document
/// that lacks it (and for the built-in styles).
fn style_xml(s: Style) -> String {
    let box_props = r#"fo:border="0.75pt solid #333333" fo:padding="0.12cm" fo:background-color='#eeeeee' style:join-border="true""#;
    // A note's heading, paragraphs and list items join into one box only
    // where border, padding and indents are the same: all take the indents
    // of the bullets (`LISTS`), as the DOCX takes its numbering's.
    let note_props = format!(
        r#"fo:margin-left="0.64cm" fo:margin-right="0cm" fo:text-indent="-0.64cm" {box_props}"#
    );
    let (class, next, ppr, tpr) = match s {
        Style::Title => (
            "chapter",
            Style::Body,
            r#"fo:margin-top="0cm" fo:margin-bottom="0.4cm""#.to_string(),
            r#"fo:font-size="24pt" fo:font-weight="bold""#,
        ),
        Style::Subtitle => (
            "chapter",
            Style::Title,
            r#"fo:margin-top="0cm" fo:margin-bottom="0.1cm""#.to_string(),
            r#"fo:font-size="10pt" fo:text-transform="uppercase" fo:letter-spacing="0.05em" fo:color='#555555'"#,
        ),
        Style::Heading1 => (
            "text",
            Style::Body,
            r#"fo:margin-top="0.6cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always""#.to_string(),
            r#"fo:font-size="17pt" fo:font-weight="bold""#,
        ),
        Style::Heading2 => (
            "text",
            Style::Body,
            r#"fo:margin-top="0.4cm" fo:margin-bottom="0.14cm" fo:keep-with-next="always""#.to_string(),
            r#"fo:font-size="14pt" fo:font-weight="bold""#,
        ),
        Style::Heading3 => (
            "text",
            Style::Body,
            r#"fo:margin-top="0.35cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always""#.to_string(),
            r#"fo:font-size="12pt" fo:font-weight="bold""#,
        ),
        Style::Body => (
            "text",
            Style::Body,
            r#"fo:margin-top="0cm" fo:margin-bottom="0.21cm""#.to_string(),
            "",
        ),
        Style::ListItem => (
            "list",
            Style::ListItem,
            r#"fo:margin-top="0cm" fo:margin-bottom="0.1cm""#.to_string(),
            "",
        ),
        Style::FacilitatorNote => (
            "extra",
            Style::FacilitatorNote,
            format!(r#"fo:margin-top="0cm" fo:margin-bottom="0cm" {note_props}"#),
            "",
        ),
        Style::FacilitatorNoteHeading => (
            "extra",
            Style::FacilitatorNote,
            format!(r#"fo:margin-top="0.2cm" fo:margin-bottom="0cm" fo:keep-with-next="always" {note_props}"#),
            r#"fo:font-weight="bold""#,
        ),
        Style::Notice => (
            "extra",
            Style::Body,
            format!(r#"fo:margin-top="0.2cm" fo:margin-bottom="0.2cm" {box_props}"#),
            r#"fo:font-weight="bold""#,
        ),
        Style::Details => (
            "extra",
            Style::Body,
            r#"fo:margin-top="0cm" fo:margin-bottom="0.21cm""#.to_string(),
            r#"fo:font-size="10pt" fo:color='#444444'"#,
        ),
        Style::Prompt => (
            "extra",
            Style::WriteInLine,
            r#"fo:margin-top="0.4cm" fo:margin-bottom="0cm" fo:keep-with-next="always""#.to_string(),
            r#"fo:font-weight="bold""#,
        ),
        Style::WriteInLine => (
            "extra",
            Style::WriteInLine,
            r#"fo:margin-top="0cm" fo:margin-bottom="0cm" fo:line-height="0.92cm" fo:border-bottom="0.5pt solid #000000" fo:padding-bottom="0.02cm" style:join-border="false""#.to_string(),
            "",
        ),
        Style::TableHeading => (
            "extra",
            Style::TableContents,
            r#"fo:margin-top="0cm" fo:margin-bottom="0cm""#.to_string(),
            r#"fo:font-weight="bold""#,
        ),
        Style::TableContents => (
            "extra",
            Style::TableContents,
            r#"fo:margin-top="0cm" fo:margin-bottom="0cm""#.to_string(),
            "",
        ),
        Style::Footer => (
            "extra",
            Style::Footer,
            r#"fo:margin-top="0cm" fo:margin-bottom="0cm""#.to_string(),
            r#"fo:font-size="9pt""#,
        ),
    };
    let parent = if s == Style::Body {
        "Standard".to_string()
    } else {
        Style::Body.odt_name()
    };
    let level = match s.heading_level() {
        0 => String::new(),
        n => format!(r#" style:default-outline-level="{n}""#),
    };
    format!(
        r#"<style:style style:name="{}" style:display-name="{}" style:family="paragraph" style:parent-style-name="{parent}" style:next-style-name="{}" style:class="{class}"{level}><style:paragraph-properties {ppr}/><style:text-properties {tpr}/></style:style>"#,
        s.odt_name(),
        s.display_name(),
        next.odt_name()
    )
}

const LISTS: &str = r#"<text:list-style style:name="Puente_20_Bullets" style:display-name="Puente Bullets"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.64cm" fo:text-indent="-0.64cm" fo:margin-left="0.64cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style><text:list-style style:name="Puente_20_Numbers" style:display-name="Puente Numbers"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.64cm" fo:text-indent="-0.64cm" fo:margin-left="0.64cm"/></style:list-level-properties></text:list-level-style-number></text:list-style>"#;

/// The style names Puente uses in ODT (`style:name`), for the README and
/// the tests.
pub fn style_names() -> Vec<String> {
    let mut v: Vec<String> = Style::ALL.iter().map(|s| s.odt_name()).collect();
    v.push("Puente_20_Bullets".into());
    v.push("Puente_20_Numbers".into());
    v
}

fn missing_styles(have: &str) -> String {
    let mut s = String::new();
    if !have.contains(r#"style:name="Standard""#) {
        s.push_str(
            r#"<style:style style:name="Standard" style:family="paragraph" style:class="text"/>"#,
        );
    }
    for st in Style::ALL {
        if !have.contains(&format!(r#"style:name="{}""#, st.odt_name())) {
            s.push_str(&style_xml(st));
        }
    }
    for (name, def) in [
        (
            "Puente_20_Bullets",
            LISTS.split("</text:list-style>").next().unwrap_or(""),
        ),
        (
            "Puente_20_Numbers",
            LISTS.split("</text:list-style>").nth(1).unwrap_or(""),
        ),
    ] {
        if !have.contains(&format!(r#"style:name="{name}""#)) {
            s.push_str(def);
            s.push_str("</text:list-style>");
        }
    }
    s
}

/// The part of `xml` between the end of `<tag …>` and `</tag>`.
fn inner<'a>(xml: &'a str, tag: &str) -> Option<&'a str> {
    let open = xml.find(&format!("<{tag}"))?;
    let after = open + xml[open..].find('>')? + 1;
    if xml[..after].ends_with("/>") {
        return Some("");
    }
    let close = xml[after..].find(&format!("</{tag}>"))? + after;
    Some(&xml[after..close])
}

/// The styles part: the reference document's common styles and fonts, with
/// Puente's definition added for each style it uses that the reference
/// lacks; the page size and footer are always Puente's.
fn styles(reference: Option<&str>, doc: &Document) -> String {
    let (w, h) = page_cm(&doc.paper);
    // One text style per language in the footer: F1 the document's.
    let mut langs: Vec<&str> = vec![&doc.lang];
    let mut footer = String::new();
    for r in &doc.footer {
        let lang = r.lang.as_deref().unwrap_or(&doc.lang);
        let n = match langs.iter().position(|l| *l == lang) {
            Some(i) => i + 1,
            None => {
                langs.push(lang);
                langs.len()
            }
        };
        for part in footer_parts(&r.text) {
            let _ = match part {
                FooterPart::Text(t) => write!(
                    footer,
                    r#"<text:span text:style-name="F{n}">{}</text:span>"#,
                    text_with_spaces(t)
                ),
                FooterPart::Page => write!(
                    footer,
                    r#"<text:span text:style-name="F{n}"><text:page-number text:select-page="current">1</text:page-number></text:span>"#,
                ),
                FooterPart::Total => write!(
                    footer,
                    r#"<text:span text:style-name="F{n}"><text:page-count>1</text:page-count></text:span>"#,
                ),
            };
        }
    }
    let footer_styles: String = langs
        .iter()
        .enumerate()
        .map(|(i, l)| {
            format!(
                r#"<style:style style:name="F{}" style:family="text"><style:text-properties {}/></style:style>"#,
                i + 1,
                lang_props(l)
            )
        })
        .collect();
    let lang = lang_props(&doc.lang);
    let auto = format!(
        r#"<office:automatic-styles>{footer_styles}<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="{w}cm" fo:page-height="{h}cm" style:print-orientation="portrait" fo:margin-top="2.54cm" fo:margin-bottom="1.5cm" fo:margin-left="2.54cm" fo:margin-right="2.54cm"/><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout></office:automatic-styles><office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:footer><text:p text:style-name="Footer">{footer}</text:p></style:footer></style:master-page></office:master-styles>"#
    );
    if let Some(r) = reference {
        let root_end = r
            .find("<office:document-styles")
            .and_then(|i| r[i..].find('>').map(|j| i + j + 1));
        if let (Some(root_end), Some(common)) = (root_end, inner(r, "office:styles")) {
            let fonts = inner(r, "office:font-face-decls")
                .map(|f| format!("<office:font-face-decls>{f}</office:font-face-decls>"))
                .unwrap_or_default();
            return format!(
                r#"{}{fonts}<office:styles>{common}{}</office:styles>{auto}</office:document-styles>"#,
                &r[..root_end],
                missing_styles(common)
            );
        }
    }
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {NS}><office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/></office:font-face-decls><office:styles><style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit" style:writing-mode="page"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="11.5pt" {lang} fo:hyphenate="false"/></style:default-style>{}</office:styles>{auto}</office:document-styles>"#,
        missing_styles("")
    )
}

fn meta(doc: &Document) -> String {
    let t = doc.stamp.iso();
    let t = t.trim_end_matches('Z');
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta {NS}><office:meta><meta:generator>Puente</meta:generator><dc:title>{}</dc:title><dc:language>{}</dc:language><meta:creation-date>{t}</meta:creation-date><dc:date>{t}</dc:date></office:meta></office:document-meta>"#,
        esc(&doc.title),
        esc(&doc.lang)
    )
}

const MANIFEST: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;
