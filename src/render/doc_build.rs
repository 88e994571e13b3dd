//! Building the document tree ([`super::doc_model`]) of each editable
//! document: the guide and the handouts, in the order of their HTML, from
//! the localized models, and the packet's run sheet, materials checklist
//! and print list.
//!
//! A handout's tree is built from a [`HandoutDoc`], which has no facilitator
//! notes in it, exactly as for the other formats. A module's documents come
//! from a model with trace marks; [`super::doc_lang`] turns them into the
//! language of each run.

use std::collections::BTreeMap;

use super::doc_model::{Block, Document, Run, Stamp, Style};
use crate::l10n::Traced;
use crate::localize::{HandoutDoc, LocalizedActivity, LocalizedModule, Meta};
use crate::packet::model::PacketDoc;

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
