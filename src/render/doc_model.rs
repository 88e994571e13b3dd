//! The editable documents (DOCX, ODT) as a small tree: headings,
//! paragraphs, real lists, tables, boxed notes and ruled write-in lines,
//! built from the same localized models as the HTML and the PDFs. Both
//! writers ([`super::docx`], [`super::odt`]) serialise this tree and nothing
//! else, so the two formats cannot drift apart.
//!
//! A handout's tree is built from a [`HandoutDoc`], which has no facilitator
//! notes in it, exactly as for the other formats.

use std::collections::BTreeMap;

use crate::l10n::Traced;
use crate::localize::{HandoutDoc, LocalizedActivity, LocalizedModule, Meta};
use crate::packet::model::PacketDoc;

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

fn para(style: Style, runs: Vec<Run>) -> Block {
    Block::Para {
        style,
        runs,
        page_break: false,
    }
}

fn text(style: Style, s: &str) -> Block {
    para(style, vec![Run::plain(s)])
}

fn bullets(items: &[String]) -> Block {
    Block::List {
        ordered: false,
        style: Style::ListItem,
        items: items.iter().map(|i| vec![Run::plain(i)]).collect(),
    }
}

/// A note box of bullet points under a heading at `level`.
fn note_box(out: &mut Vec<Block>, heading: &str, level: u8, items: &[String]) {
    out.push(Block::Note {
        heading: vec![Run::plain(heading)],
        level,
        body: vec![Block::List {
            ordered: false,
            style: Style::FacilitatorNote,
            items: items.iter().map(|i| vec![Run::plain(i)]).collect(),
        }],
    });
}

/// Table header or footer cells, one plain paragraph each.
fn cells(texts: Vec<String>) -> Vec<Vec<Run>> {
    texts.into_iter().map(|t| vec![Run::plain(t)]).collect()
}

/// "Label: value" with the label in bold.
fn labelled(label: &str, value: &str) -> Vec<Run> {
    vec![
        Run::bold(format!("{label}:")),
        Run::plain(format!(" {value}")),
    ]
}

struct Labels<'a>(&'a BTreeMap<String, String>);

impl Labels<'_> {
    fn t(&self, id: &str) -> String {
        self.0.get(id).cloned().unwrap_or_else(|| id.to_string())
    }
}

fn foot_line(meta: &Meta, l: &Labels, with_date: bool) -> Block {
    let mut s = format!("{} · {}", meta.title, meta.licence_label);
    if with_date {
        s.push_str(&format!(
            " · {}: {}",
            l.t("ui-current-as-of"),
            meta.current_as_of
        ));
    }
    text(Style::Details, &s)
}

/// "Module title · Página {page} de {total}".
fn footer(title: &str, page_of: &str) -> Vec<Run> {
    vec![Run::plain(format!("{title} · {page_of}"))]
}

/// A module's document, its trace marks turned into languages (see
/// [`super::doc_lang`]).
fn doc_for(
    meta: &Meta,
    title: String,
    stamp: Stamp,
    blocks: Vec<Block>,
    trace: &[Traced],
) -> Document {
    let mut doc = Document {
        title,
        lang: meta.lang.clone(),
        paper: meta.paper.clone(),
        footer: footer(&meta.title, &meta.page_of),
        stamp,
        blocks,
    };
    super::doc_lang::resolve(&mut doc, trace);
    doc
}

/// The facilitator guide, in the order of `guide.html`. `trace` describes
/// the marks of a traced model (empty for one without).
pub fn guide(g: &LocalizedModule, trace: &[Traced], stamp: Stamp) -> Document {
    let l = Labels(&g.labels);
    let m = &g.meta;
    let mut out = vec![
        text(Style::Subtitle, &l.t("ui-facilitator-guide")),
        text(Style::Title, &m.title),
    ];
    out.extend(m.summary.iter().map(|p| text(Style::Body, p)));
    for (label, value) in [
        ("ui-total-time", &m.total_label),
        ("ui-group-size", &m.group_size_label),
        ("ui-current-as-of", &m.current_as_of),
        ("ui-licence", &m.licence_label),
    ] {
        out.push(para(Style::Body, labelled(&l.t(label), value)));
    }
    out.push(text(Style::Notice, &m.legal_notice));

    out.push(text(Style::Heading1, &l.t("ui-objectives")));
    out.push(bullets(&g.objectives));
    if !g.safety.is_empty() {
        note_box(&mut out, &l.t("ui-before-you-begin"), 2, &g.safety);
    }
    if !g.timeline.is_empty() {
        out.push(text(Style::Heading1, &l.t("ui-preparation-timeline")));
        for moment in &g.timeline {
            out.push(text(Style::Heading2, &moment.label));
            out.push(bullets(&moment.items));
        }
    }
    if !g.interpretation.is_empty() {
        note_box(&mut out, &l.t("ui-interpretation"), 2, &g.interpretation);
    }

    out.push(text(Style::Heading1, &l.t("ui-agenda")));
    let optional = l.t("ui-optional");
    out.push(Block::Table {
        widths: vec![6, 44, 22, 12, 16],
        header: cells(vec![
            "#".into(),
            l.t("ui-activity"),
            l.t("ui-method"),
            l.t("ui-minutes-column"),
            l.t("ui-running-time"),
        ]),
        rows: g
            .activities
            .iter()
            .map(|a| {
                let mut what = vec![Run::plain(&a.title)];
                if a.optional {
                    what.push(Run::italic(format!(" ({optional})")));
                }
                vec![
                    vec![vec![Run::plain(a.number.to_string())]],
                    vec![what],
                    vec![vec![Run::plain(&a.method_label)]],
                    vec![vec![Run::plain(a.minutes.to_string())]],
                    vec![vec![Run::plain(format!("{}–{}", a.start, a.end))]],
                ]
            })
            .collect(),
        footer: cells(vec![
            String::new(),
            l.t("ui-total-time"),
            String::new(),
            m.total_minutes.to_string(),
            m.total_label.clone(),
        ]),
    });
    if !g.handouts.is_empty() {
        out.push(text(Style::Heading2, &l.t("ui-handouts")));
        out.push(bullets(
            &g.handouts
                .iter()
                .map(|h| format!("{} ({})", h.title, h.kind_label))
                .collect::<Vec<_>>(),
        ));
    }

    for a in &g.activities {
        let mut title = vec![Run::plain(format!("{}. {}", a.number, a.title))];
        if a.optional {
            title.push(Run::plain(format!(" ({optional})")));
        }
        out.push(Block::Para {
            style: Style::Heading1,
            runs: title,
            page_break: true,
        });
        if a.skip_when_continuing {
            out.push(text(
                Style::Details,
                &format!("({})", l.t("ui-skip-when-continuing")),
            ));
        }
        let mut details = labelled(
            &l.t("ui-time"),
            &format!("{} ({}–{})", a.minutes_label, a.start, a.end),
        );
        details.push(Run::plain(" · "));
        details.extend(details_tail(a, &l));
        if let Some(stage) = &a.stage_label {
            details.push(Run::plain(" · "));
            details.extend(labelled(&l.t("ui-stage"), stage));
        }
        out.push(para(Style::Details, details));
        out.push(text(Style::Heading2, &l.t("ui-purpose")));
        out.push(text(Style::Body, &a.purpose));
        out.push(text(Style::Heading2, &l.t("ui-materials")));
        if a.materials.is_empty() {
            out.push(text(Style::Body, &l.t("ui-no-materials")));
        } else {
            out.push(bullets(&materials(a)));
        }
        if !a.preparation.is_empty() {
            out.push(text(Style::Heading2, &l.t("ui-preparation")));
            out.push(bullets(&a.preparation));
        }
        out.push(text(Style::Heading2, &l.t("ui-steps")));
        out.push(steps(a));
        if !a.notes.is_empty() {
            note_box(&mut out, &l.t("ui-facilitator-notes"), 2, &a.notes);
        }
        if !a.debrief.is_empty() {
            out.push(text(Style::Heading2, &l.t("ui-debrief")));
            out.push(bullets(&a.debrief));
        }
        if !a.adaptations.is_empty() {
            out.push(text(Style::Heading2, &l.t("ui-adaptations")));
            out.push(Block::List {
                ordered: false,
                style: Style::ListItem,
                items: a
                    .adaptations
                    .iter()
                    .map(|ad| labelled(&ad.kind_label, &ad.text))
                    .collect(),
            });
        }
        if !a.handouts.is_empty() {
            let titles: Vec<&str> = a.handouts.iter().map(|h| h.title.as_str()).collect();
            out.push(para(
                Style::Body,
                labelled(&l.t("ui-handouts"), &titles.join("; ")),
            ));
        }
        if !a.source_refs.is_empty() {
            let refs: Vec<String> = a.source_refs.iter().map(|n| format!("[{n}]")).collect();
            out.push(para(
                Style::Details,
                labelled(&l.t("ui-sources"), &refs.join(" ")),
            ));
        }
    }

    let mut first_tool = true;
    let mut tool_section = |out: &mut Vec<Block>, heading: String, intro: String| {
        out.push(Block::Para {
            style: Style::Heading1,
            runs: vec![Run::plain(heading)],
            page_break: std::mem::take(&mut first_tool),
        });
        out.push(text(Style::Body, &intro));
    };
    if let Some(a) = &g.reopening {
        tool_section(&mut out, l.t("ui-reopening"), l.t("ui-reopening-intro"));
        tool(&mut out, a, &l);
    }
    if !g.energisers.is_empty() {
        tool_section(&mut out, l.t("ui-energisers"), l.t("ui-energisers-intro"));
        for a in &g.energisers {
            tool(&mut out, a, &l);
        }
    }

    if !g.sources.is_empty() {
        out.push(Block::Para {
            style: Style::Heading1,
            runs: vec![Run::plain(l.t("ui-sources"))],
            page_break: true,
        });
        out.push(Block::List {
            ordered: true,
            style: Style::ListItem,
            items: g
                .sources
                .iter()
                .map(|s| {
                    vec![
                        Run::plain(format!("{} ({}). ", s.publisher, s.year)),
                        Run {
                            lang: s.title_lang.clone(),
                            ..Run::italic(&s.title)
                        },
                        Run::plain(format!(". {}", s.url)),
                    ]
                })
                .collect(),
        });
    }
    if !g.fallbacks.is_empty() {
        out.push(text(Style::Heading1, &l.t("ui-untranslated")));
        out.push(text(Style::Body, &l.t("ui-untranslated-intro")));
        out.push(bullets(
            &g.fallbacks
                .iter()
                .map(|f| format!("{} ({})", f.id, f.used))
                .collect::<Vec<_>>(),
        ));
    }
    out.push(foot_line(m, &l, true));
    let title = format!("{} · {}", m.title, l.t("ui-facilitator-guide"));
    doc_for(m, title, stamp, out, trace)
}

fn details_tail(a: &LocalizedActivity, l: &Labels) -> Vec<Run> {
    let mut runs = labelled(&l.t("ui-method"), &a.method_label);
    runs.push(Run::plain(" · "));
    runs.extend(labelled(&l.t("ui-grouping"), &a.grouping_label));
    runs
}

fn materials(a: &LocalizedActivity) -> Vec<String> {
    a.materials
        .iter()
        .map(|m| format!("{} — {}", m.name, m.quantity_label))
        .collect()
}

fn steps(a: &LocalizedActivity) -> Block {
    Block::List {
        ordered: true,
        style: Style::ListItem,
        items: a
            .steps
            .iter()
            .zip(&a.step_times)
            .map(|(s, t)| match t {
                Some(t) => vec![Run::italic(format!("{t}: ")), Run::plain(s)],
                None => vec![Run::plain(s)],
            })
            .collect(),
    }
}

/// A reopening or an energiser in the guide's toolbox.
fn tool(out: &mut Vec<Block>, a: &LocalizedActivity, l: &Labels) {
    out.push(text(Style::Heading3, &a.title));
    let mut details = labelled(&l.t("ui-time"), &a.minutes_label);
    details.push(Run::plain(" · "));
    details.extend(details_tail(a, l));
    out.push(para(Style::Details, details));
    out.push(text(Style::Body, &a.purpose));
    if !a.materials.is_empty() {
        out.push(para(
            Style::Body,
            labelled(&l.t("ui-materials"), &materials(a).join("; ")),
        ));
    }
    if !a.preparation.is_empty() {
        out.push(para(
            Style::Body,
            vec![Run::bold(format!("{}:", l.t("ui-preparation")))],
        ));
        out.push(bullets(&a.preparation));
    }
    out.push(steps(a));
    if !a.notes.is_empty() {
        note_box(out, &l.t("ui-facilitator-notes"), 4, &a.notes);
    }
    if !a.debrief.is_empty() {
        out.push(para(
            Style::Body,
            vec![Run::bold(format!("{}:", l.t("ui-debrief")))],
        ));
        out.push(bullets(&a.debrief));
    }
}

/// A reading or a worksheet, in the order of `handout.html`. `trace` as
/// for [`guide`].
pub fn handout(d: &HandoutDoc, trace: &[Traced], stamp: Stamp) -> Document {
    let l = Labels(&d.labels);
    let h = &d.handout;
    let m = &d.meta;
    let mut out = vec![
        text(Style::Subtitle, &format!("{} · {}", h.kind_label, m.title)),
        text(Style::Title, &h.title),
    ];
    out.extend(h.intro.iter().map(|p| text(Style::Body, p)));
    for s in &h.sections {
        out.push(text(Style::Heading1, &s.heading));
        out.extend(s.body.iter().map(|p| text(Style::Body, p)));
        if !s.items.is_empty() {
            out.push(bullets(&s.items));
        }
        for p in &s.prompts {
            out.push(text(Style::Prompt, &p.text));
            out.push(Block::WriteInLines(p.lines));
        }
    }
    if !h.sources.is_empty() {
        out.push(text(Style::Heading2, &l.t("ui-sources")));
        out.push(Block::List {
            ordered: false,
            style: Style::ListItem,
            items: h
                .sources
                .iter()
                .map(|s| {
                    vec![
                        Run::plain(format!("{} ({}). ", s.publisher, s.year)),
                        Run {
                            lang: s.title_lang.clone(),
                            ..Run::plain(&s.title)
                        },
                        Run::plain(format!(". {}", s.url)),
                    ]
                })
                .collect(),
        });
    }
    out.push(text(Style::Notice, &m.legal_notice));
    out.push(foot_line(m, &l, false));
    let title = format!("{} · {}", h.title, m.title);
    doc_for(m, title, stamp, out, trace)
}

/// The packet's own documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sheet {
    RunSheet,
    Checklist,
    PrintList,
}

/// A run sheet, materials checklist or print list, with editable tables.
pub fn sheet(p: &PacketDoc, which: Sheet, stamp: Stamp) -> Document {
    let l = Labels(&p.labels);
    let m = &p.meta;
    let mut out = Vec::new();
    let title = match which {
        Sheet::RunSheet => {
            out.push(text(
                Style::Subtitle,
                &format!("{} · {}", l.t("ui-workshop-packet"), l.t("ui-run-sheet")),
            ));
            out.push(text(Style::Title, &m.title));
            if let Some(v) = &m.venue {
                out.push(para(Style::Body, labelled(&l.t("ui-venue"), v)));
            }
            if !m.facilitators.is_empty() {
                out.push(para(
                    Style::Body,
                    labelled(&l.t("ui-facilitators"), &m.facilitators.join(", ")),
                ));
            }
            out.push(para(
                Style::Body,
                labelled(&l.t("ui-participants"), &m.participants_label),
            ));
            let optional = l.t("ui-optional");
            for day in &p.days {
                out.push(text(Style::Heading1, &day.heading));
                out.push(Block::Table {
                    widths: vec![24, 62, 14],
                    header: cells(vec![
                        l.t("ui-time-column"),
                        l.t("ui-what"),
                        l.t("ui-minutes-column"),
                    ]),
                    rows: day
                        .rows
                        .iter()
                        .map(|r| {
                            let mut what = vec![vec![Run::plain(&r.what)]];
                            if r.optional {
                                what[0].push(Run::plain(format!(" ({optional})")));
                            }
                            if let Some(n) = &r.note {
                                what.push(vec![Run::italic(n)]);
                            }
                            if let Some(md) = &r.module {
                                what.push(vec![Run::plain(md)]);
                            }
                            vec![
                                vec![vec![Run::plain(&r.time)]],
                                what,
                                vec![vec![Run::plain(r.minutes.to_string())]],
                            ]
                        })
                        .collect(),
                    footer: cells(vec![day.end.clone(), l.t("ui-end-of-day"), String::new()]),
                });
                if let Some(h) = &day.hard_end {
                    out.push(text(Style::Body, h));
                }
                if let Some(o) = &day.overrun {
                    let mut body = Vec::new();
                    if !o.fixes.is_empty() {
                        body.push(text(Style::FacilitatorNote, &o.fixes_intro));
                        body.push(Block::List {
                            ordered: false,
                            style: Style::FacilitatorNote,
                            items: o.fixes.iter().map(|f| vec![Run::plain(f)]).collect(),
                        });
                    }
                    if let Some(n) = &o.not_enough {
                        body.push(text(Style::FacilitatorNote, n));
                    }
                    out.push(Block::Note {
                        heading: vec![Run::plain(&o.text)],
                        level: 2,
                        body,
                    });
                }
            }
            format!("{} · {}", m.title, l.t("ui-run-sheet"))
        }
        Sheet::Checklist => {
            out.push(text(Style::Subtitle, &m.title));
            out.push(text(Style::Title, &l.t("ui-materials-checklist")));
            out.push(text(Style::Body, &p.checklist_intro));
            for g in &p.checklist {
                out.push(text(Style::Heading1, &g.label));
                out.push(Block::Table {
                    widths: vec![12, 72, 16],
                    header: cells(vec![
                        l.t("ui-tick"),
                        l.t("ui-item"),
                        l.t("ui-quantity-column"),
                    ]),
                    rows: g
                        .items
                        .iter()
                        .map(|i| {
                            vec![
                                vec![vec![Run::plain("☐")]],
                                vec![vec![Run::plain(&i.name)]],
                                vec![vec![Run::plain(i.quantity.to_string())]],
                            ]
                        })
                        .collect(),
                    footer: Vec::new(),
                });
            }
            format!("{} · {}", m.title, l.t("ui-materials-checklist"))
        }
        Sheet::PrintList => {
            out.push(text(Style::Subtitle, &m.title));
            out.push(text(Style::Title, &l.t("ui-print-list")));
            out.push(text(Style::Body, &l.t("ui-print-intro")));
            out.push(Block::Table {
                widths: vec![6, 46, 10, 10, 18, 10],
                header: cells(vec![
                    String::new(),
                    l.t("ui-document"),
                    l.t("ui-pages"),
                    l.t("ui-copies"),
                    l.t("ui-sides"),
                    l.t("ui-sheets"),
                ]),
                rows: p
                    .print
                    .iter()
                    .map(|r| {
                        vec![
                            vec![vec![Run::plain("☐")]],
                            vec![vec![Run::plain(&r.document)], vec![Run::plain(&r.file)]],
                            vec![vec![Run::plain(r.pages.to_string())]],
                            vec![vec![Run::plain(r.copies.to_string())]],
                            vec![vec![Run::plain(&r.sides)]],
                            vec![vec![Run::plain(r.sheets.to_string())]],
                        ]
                    })
                    .collect(),
                footer: cells(vec![
                    String::new(),
                    l.t("ui-total-sheets"),
                    String::new(),
                    String::new(),
                    String::new(),
                    p.print_total.to_string(),
                ]),
            });
            format!("{} · {}", m.title, l.t("ui-print-list"))
        }
    };
    Document {
        title,
        lang: m.lang.clone(),
        paper: m.paper.clone(),
        footer: footer(&m.title, &m.page_of),
        stamp,
        blocks: out,
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
