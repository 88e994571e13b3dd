//! The editable documents (DOCX, ODT) as a small tree: headings,
//! paragraphs, real lists, tables, boxed notes and ruled write-in lines,
//! built ([`super::doc_build`]) from the same localized models as the HTML
//! and the PDFs. Both writers ([`super::docx`], [`super::odt`]) serialise
//! this tree and nothing else, so the two formats cannot drift apart.

/// A stretch of text with one formatting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    pub text: String,
    pub bold: bool,
    pub italic: bool,
    /// A language other than the block's (an English source title in a
    /// Spanish guide), as a BCP 47 tag.
    pub lang: Option<String>,
}

impl Run {
    pub fn plain(text: impl Into<String>) -> Run {
        Run {
            text: text.into(),
            bold: false,
            italic: false,
            lang: None,
        }
    }
    pub fn bold(text: impl Into<String>) -> Run {
        Run {
            bold: true,
            ..Run::plain(text)
        }
    }
    pub fn italic(text: impl Into<String>) -> Run {
        Run {
            italic: true,
            ..Run::plain(text)
        }
    }
}

/// The named paragraph styles Puente uses. Each writer maps them to its
/// format's style names (see [`Style::docx_id`], [`Style::odt_name`]); a
/// reference document may define any of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Style {
    Title,
    Subtitle,
    Heading1,
    Heading2,
    Heading3,
    Body,
    /// A list item (the list itself is real numbering).
    ListItem,
    /// Facilitator-only text, in a box.
    FacilitatorNote,
    FacilitatorNoteHeading,
    /// The not-legal-advice notice, in a box.
    Notice,
    /// Small print: activity details, the document's foot line.
    Details,
    /// A worksheet question.
    Prompt,
    /// One ruled line to write on.
    WriteInLine,
    TableHeading,
    TableContents,
    Footer,
}

impl Style {
    pub const ALL: [Style; 16] = [
        Style::Title,
        Style::Subtitle,
        Style::Heading1,
        Style::Heading2,
        Style::Heading3,
        Style::Body,
        Style::ListItem,
        Style::FacilitatorNote,
        Style::FacilitatorNoteHeading,
        Style::Notice,
        Style::Details,
        Style::Prompt,
        Style::WriteInLine,
        Style::TableHeading,
        Style::TableContents,
        Style::Footer,
    ];

    /// The name a person sees in Word's or LibreOffice's style list.
    pub fn display_name(self) -> &'static str {
        match self {
            Style::Title => "Title",
            Style::Subtitle => "Subtitle",
            Style::Heading1 => "Heading 1",
            Style::Heading2 => "Heading 2",
            Style::Heading3 => "Heading 3",
            Style::Body => "Body Text",
            Style::ListItem => "List Paragraph",
            Style::FacilitatorNote => "Facilitator Note",
            Style::FacilitatorNoteHeading => "Facilitator Note Heading",
            Style::Notice => "Notice",
            Style::Details => "Details",
            Style::Prompt => "Prompt",
            Style::WriteInLine => "Write-in Line",
            Style::TableHeading => "Table Heading",
            Style::TableContents => "Table Contents",
            Style::Footer => "Footer",
        }
    }

    /// The `w:styleId` in DOCX: the display name without spaces or
    /// hyphens, as Word makes it.
    pub fn docx_id(self) -> String {
        self.display_name().replace([' ', '-'], "")
    }

    /// The `style:name` in ODT: spaces written `_20_`, hyphens `_2d_`, as
    /// LibreOffice writes them.
    pub fn odt_name(self) -> String {
        match self {
            Style::Body => "Text_20_body".into(),
            s => s.display_name().replace(' ', "_20_").replace('-', "_2d_"),
        }
    }

    /// 1 to 3 for headings (the outline level), 0 otherwise.
    pub fn heading_level(self) -> u8 {
        match self {
            Style::Heading1 => 1,
            Style::Heading2 => 2,
            Style::Heading3 => 3,
            _ => 0,
        }
    }
}

/// A table cell: one or more paragraphs.
pub type Cell = Vec<Vec<Run>>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Para {
        style: Style,
        runs: Vec<Run>,
        /// Start a new page before it.
        page_break: bool,
    },
    List {
        ordered: bool,
        /// [`Style::ListItem`] or [`Style::FacilitatorNote`].
        style: Style,
        items: Vec<Vec<Run>>,
    },
    Table {
        /// Relative widths of the columns, in percent.
        widths: Vec<u32>,
        /// One paragraph per cell, as for `footer`.
        header: Vec<Vec<Run>>,
        rows: Vec<Vec<Cell>>,
        footer: Vec<Vec<Run>>,
    },
    /// A boxed note (facilitator notes, "Before you begin", a day that
    /// runs late): a heading and what it holds, drawn as one box. The
    /// heading is a real heading at `level` (the outline level under the
    /// section it is in); `body` holds [`Style::FacilitatorNote`]
    /// paragraphs and lists.
    Note {
        heading: Vec<Run>,
        level: u8,
        body: Vec<Block>,
    },
    /// Ruled lines to write on, one paragraph each.
    WriteInLines(u32),
    /// Two languages block beside block: each row holds a block of the
    /// first language and the same block of the second.
    Columns {
        langs: [String; 2],
        rows: Vec<[Vec<Block>; 2]>,
    },
}

/// A date and time, UTC, for the document properties and the zip entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    pub year: i32,
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
    pub second: u32,
}

impl Stamp {
    /// `SOURCE_DATE_EPOCH` when given, else midnight of `date` (`YYYY-MM-DD`),
    /// else 1980-01-01 (the earliest a zip entry can carry).
    pub fn new(epoch: Option<i64>, date: Option<(i32, u32, u32)>) -> Stamp {
        if let Some(e) = epoch {
            let days = e.div_euclid(86_400);
            let secs = e.rem_euclid(86_400) as u32;
            let (year, month, day) = civil_from_days(days);
            return Stamp {
                year,
                month,
                day,
                hour: secs / 3600,
                minute: secs / 60 % 60,
                second: secs % 60,
            };
        }
        let (year, month, day) = date.unwrap_or((1980, 1, 1));
        Stamp {
            year,
            month,
            day,
            hour: 0,
            minute: 0,
            second: 0,
        }
    }

    /// `2026-11-01T00:00:00Z`.
    pub fn iso(&self) -> String {
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
            self.year, self.month, self.day, self.hour, self.minute, self.second
        )
    }

    /// The zip entries' time (zip cannot hold dates before 1980 or after
    /// 2107; those are clamped).
    pub fn zip_time(&self) -> zip::DateTime {
        let year = self.year.clamp(1980, 2107) as u16;
        zip::DateTime::from_date_and_time(
            year,
            self.month as u8,
            self.day as u8,
            self.hour as u8,
            self.minute as u8,
            self.second as u8,
        )
        .unwrap_or_default()
    }
}

/// Howard Hinnant's civil_from_days.
fn civil_from_days(z: i64) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    ((y + i64::from(m <= 2)) as i32, m, d)
}

/// One editable document, ready for a writer.
#[derive(Debug, Clone)]
pub struct Document {
    /// The title in the document properties.
    pub title: String,
    /// The document's language (BCP 47), on the text and in the properties.
    pub lang: String,
    /// `letter` or `a4`.
    pub paper: String,
    /// The footer: the module title, then "Página {page} de {total}",
    /// whose placeholders become page fields.
    pub footer: Vec<Run>,
    pub stamp: Stamp,
    pub blocks: Vec<Block>,
}

impl Document {
    /// Two documents of the same shape in two languages, block beside block
    /// (the first is primary). Blocks are paired in order; where one
    /// language has more (its list of untranslated messages, say), the other
    /// column stays empty.
    pub fn side_by_side(a: Document, b: Document) -> Document {
        let n = a.blocks.len().max(b.blocks.len());
        let mut left = a.blocks.into_iter();
        let mut right = b.blocks.into_iter();
        let rows = (0..n)
            .map(|_| {
                [
                    left.next().into_iter().collect(),
                    right.next().into_iter().collect(),
                ]
            })
            .collect();
        Document {
            title: format!("{} / {}", a.title, b.title),
            blocks: vec![Block::Columns {
                langs: [a.lang.clone(), b.lang],
                rows,
            }],
            ..a
        }
    }
}

/// Splits "Página {page} de {total}" into text and the two fields, in the
/// order the translation puts them.
pub enum FooterPart<'a> {
    Text(&'a str),
    Page,
    Total,
}

pub fn footer_parts(page_of: &str) -> Vec<FooterPart<'_>> {
    let mut out = Vec::new();
    let mut rest = page_of;
    loop {
        let next = [("{page}", 0), ("{total}", 1)]
            .iter()
            .filter_map(|(k, w)| rest.find(k).map(|i| (i, *k, *w)))
            .min();
        match next {
            Some((i, k, w)) => {
                if i > 0 {
                    out.push(FooterPart::Text(&rest[..i]));
                }
                out.push(if w == 0 {
                    FooterPart::Page
                } else {
                    FooterPart::Total
                });
                rest = &rest[i + k.len()..];
            }
            None => {
                if !rest.is_empty() {
                    out.push(FooterPart::Text(rest));
                }
                return out;
            }
        }
    }
}

/// Escapes text for XML content and attribute values.
pub fn esc(s: &str) -> std::borrow::Cow<'_, str> {
    quick_xml::escape::escape(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamp_from_epoch() {
        assert_eq!(
            Stamp::new(Some(1_764_547_200), None).iso(),
            "2025-12-01T00:00:00Z"
        );
        assert_eq!(
            Stamp::new(None, Some((2026, 11, 1))).iso(),
            "2026-11-01T00:00:00Z"
        );
    }

    #[test]
    fn footer_keeps_the_translation_order() {
        let parts = footer_parts("{total} / {page}");
        assert!(matches!(parts[0], FooterPart::Total));
        assert!(matches!(parts[1], FooterPart::Text(" / ")));
        assert!(matches!(parts[2], FooterPart::Page));
    }

    #[test]
    fn style_names() {
        assert_eq!(Style::Heading1.docx_id(), "Heading1");
        assert_eq!(Style::WriteInLine.docx_id(), "WriteinLine");
        assert_eq!(Style::WriteInLine.odt_name(), "Write_2d_in_20_Line");
        assert_eq!(Style::Body.odt_name(), "Text_20_body");
    }
}
